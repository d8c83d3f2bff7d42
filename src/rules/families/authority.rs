use super::super::{AttrSet, Family, Role};
use super::FamilyValue;

/// Who decides or permits, on whose submission, and whether the power is delegated.
///
/// ```
/// use doingoai::rules::{Authority, Role};
/// // QĐ 06/2020 Art. 3(1): the Prime Minister decides, on the Chairman's submission
/// let a = Authority::new(Role::PrimeMinister).submitted_by(Role::ProvincialChairman);
/// assert_eq!(a.decides, Role::PrimeMinister);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// The role that decides.
    pub decides: Role,
    /// The role that submits the matter to the decider, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<Role>,
    /// Delegation (ủy quyền) of the power, if the rule provides one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation: Option<Delegation>,
}

impl Authority {
    /// `decides` alone decides.
    pub const fn new(decides: Role) -> Self {
        Authority {
            decides,
            submitted_by: None,
            delegation: None,
        }
    }
    /// On the submission of `role`.
    pub const fn submitted_by(mut self, role: Role) -> Self {
        self.submitted_by = Some(role);
        self
    }
    /// With a delegation.
    pub fn delegated(mut self, d: Delegation) -> Self {
        self.delegation = Some(d);
        self
    }
    /// Who actually decides for a matter with these attributes: the delegate when a delegation
    /// applies (none of its exceptions holds), else the holder of the power.
    pub fn effective_decider(&self, attrs: AttrSet) -> Role {
        match &self.delegation {
            Some(d) if d.covers(attrs) => d.to,
            _ => self.decides,
        }
    }
}

/// A delegation of power (ủy quyền): to whom, in which scope, with which exceptions.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// The delegate.
    pub to: Role,
    /// The scope, in Vietnamese.
    pub scope_vi: String,
    /// The scope, in English.
    pub scope_en: String,
    /// Matters with any of these attributes stay with the holder of the power.
    #[serde(default)]
    pub except: AttrSet,
    /// Whether the delegation must be in writing and notified (e.g. to the passport authority).
    #[serde(default)]
    pub in_writing: bool,
}

impl Delegation {
    /// Whether the delegation covers a matter with these attributes.
    pub fn covers(&self, attrs: AttrSet) -> bool {
        attrs.0 & self.except.0 == 0
    }
}

impl FamilyValue for Authority {
    const FAMILY: Family = Family::Authority;
    fn roles(&self) -> Vec<Role> {
        let mut v = vec![self.decides];
        v.extend(self.submitted_by);
        v.extend(self.delegation.as_ref().map(|d| d.to));
        v
    }
}

/// When a matter goes up: to whom, and the period the higher level has to answer.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Attribute, Escalation, Period, Query, Role, Rulebook};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// // Luật 70/2020/QH14 Art. 19(4): a consulted body objects → the Prime Minister, 7 working days.
/// let q = Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalAgreement), NaiveDate::from_ymd_opt(2024, 1, 2).unwrap())
///     .with(Attribute::InNameOfPpc)
///     .with(Attribute::ConsulteeObjects);
/// let e = Rulebook::shipped().find::<Escalation>(&q, "objection")?.unwrap();
/// assert_eq!(e.value.as_ref().unwrap().to, Role::PrimeMinister);
/// assert_eq!(e.value.as_ref().unwrap().answer_within, Some(Period::WorkingDays(7)));
/// # Ok::<(), doingoai::rules::ResolveError>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// The level the matter goes to.
    pub to: Role,
    /// Who submits it.
    pub submitted_by: Role,
    /// The period the higher level has to answer, counted from a complete dossier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_within: Option<super::super::Period>,
}

impl FamilyValue for Escalation {
    const FAMILY: Family = Family::Escalation;
    fn roles(&self) -> Vec<Role> {
        vec![self.to, self.submitted_by]
    }
}
