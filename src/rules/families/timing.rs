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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
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
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Attribute, Consultation, Period, Query, Role, Rulebook};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// // Luật 70/2020/QH14 Art. 19(1)–(2): an agreement of the People's Committee is sent to MOFA and
/// // the bodies concerned, who reply within 7 working days.
/// let q = Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalAgreement), NaiveDate::from_ymd_opt(2024, 1, 2).unwrap())
///     .with(Attribute::InNameOfPpc);
/// let c = Rulebook::shipped().find::<Consultation>(&q, "ppc")?.unwrap();
/// let v = c.value.as_ref().unwrap();
/// assert!(v.consultees.contains(&Role::Mofa));
/// assert_eq!(v.reply_within, Period::WorkingDays(7));
/// # Ok::<(), doingoai::rules::ResolveError>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Who consults.
    pub by: Role,
    /// The bodies consulted.
    pub consultees: Vec<Role>,
    /// The reply period, counted from receipt of the request.
    pub reply_within: Period,
    /// Whether no reply by the end of the period counts as consent ("nếu không có văn bản trả
    /// lời thì coi như đồng ý", QĐ 09/2023/QĐ-TTg Art. 12(5)); `false` when the rule does not
    /// say so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub silence_is_consent: bool,
    /// The longest extension of the reply period the rule allows (QĐ 09/2023/QĐ-TTg Art.
    /// 12(5): at most 15 days), if any. Data only: no workflow event extends a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Period>,
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
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Attribute, Period, Processing, Query, Role, Rulebook};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// // NĐ 64/2021/NĐ-CP Art. 5: the Chairman decides a department's agreement within 5 working days.
/// let q = Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalAgreement), NaiveDate::from_ymd_opt(2024, 1, 2).unwrap())
///     .with(Attribute::InNameOfDepartment);
/// let p = Rulebook::shipped().find::<Processing>(&q, "department")?.unwrap();
/// assert_eq!(p.value.as_ref().unwrap().within, Period::WorkingDays(5));
/// assert_eq!(p.value.as_ref().unwrap().by, Role::ProvincialChairman);
/// # Ok::<(), doingoai::rules::ResolveError>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
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
