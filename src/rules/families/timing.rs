use super::super::{Anchor, Family, Period, Role, Step};
use super::FamilyValue;

/// "At least N (working) days before" an anchor: the latest filing date.
///
/// ```
/// use doingoai::rules::{Anchor, LeadTime, Period, Role};
/// // QĐ 06/2020 Art. 4(1)(a): full dossier at least 30 days before the event
/// let l = LeadTime { before: Period::CalendarDays(30), anchor: Anchor::Start, filed_with: Role::ProvincialChairman };
/// assert_eq!(l.before, Period::CalendarDays(30));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct LeadTime {
    /// How long before the anchor the dossier is due.
    pub before: Period,
    /// The event counted back from.
    pub anchor: Anchor,
    /// Whose agency the dossier is filed with.
    pub filed_with: Role,
}

impl FamilyValue for LeadTime {
    const FAMILY: Family = Family::LeadTime;
    fn roles(&self) -> Vec<Role> {
        vec![self.filed_with]
    }
}

/// Whom to consult (xin ý kiến) and the period they have to reply.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Consultation {
    /// Who consults.
    pub by: Role,
    /// The bodies consulted.
    pub consultees: Vec<Role>,
    /// The reply period, counted from receipt of the request.
    pub reply_within: Period,
}

impl FamilyValue for Consultation {
    const FAMILY: Family = Family::Consultation;
    fn roles(&self) -> Vec<Role> {
        let mut v = vec![self.by];
        v.extend(self.consultees.iter().copied());
        v
    }
}

/// A decision or appraisal period.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Processing {
    /// Who acts.
    pub by: Role,
    /// The step.
    pub step: Step,
    /// Within how long, counted from the anchor.
    pub within: Period,
    /// The event counted from (usually a complete dossier).
    pub from: Anchor,
}

impl FamilyValue for Processing {
    const FAMILY: Family = Family::Processing;
    fn roles(&self) -> Vec<Role> {
        vec![self.by]
    }
}
