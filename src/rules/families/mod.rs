//! The rule families: the typed values a rule can carry. Each family is one table of a
//! [`Layer`](super::Layer).

mod authority;
mod check;
mod check_abtc;
mod conditions;
mod obligations;
mod timing;

pub use authority::{Authority, Delegation, Escalation};
pub use conditions::{Condition, Tenure};
pub use obligations::{DataWindow, Due, MonthDay, Obligation, ReportKind};
pub use timing::{Consultation, LeadTime, Processing};

use super::Family;

/// A value type of a rule family.
pub trait FamilyValue {
    /// The family of this value type.
    const FAMILY: Family;
    /// The roles the value names (checked against their existence by validation).
    fn roles(&self) -> Vec<super::Role>;
}
