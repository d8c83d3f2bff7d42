//! # doingoai — unified management of external-affairs activities, as code
//!
//! Vietnam's regime for the *unified management of external-affairs activities* (quản lý
//! thống nhất các hoạt động đối ngoại) as an executable, citable, testable model.
//!
//! (The cookbook grows with the crate; see the module docs.)
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod activity;
pub mod agreements;
pub mod calendar;
pub mod inspection;
pub mod label;
pub mod law;
pub mod ledger;
pub mod org;
pub mod plan;
pub mod programme;
pub mod report;

pub use activity::{ActivityKind, ProposedActivity};
pub use agreements::AgreementRegistry;
pub use label::{Label, Lang};
pub use law::{Citation, Evidence, Instrument, InstrumentNumber, Validity};
pub use ledger::{Ledger, Obligation, ObligationStatus};
pub use org::{Channel, Jurisdiction, Official};
pub use plan::{ActionPlan, AnnualPlan, PlanBook};
pub use report::{ComplianceReport, ReportBuilder};
