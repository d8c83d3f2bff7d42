//! One rule: a cited, effective-dated, bilingual statement carrying a typed value.

use std::fmt;

use crate::law::{Citation, Citations, Evidence, Text, Validity};
use crate::org::Channel;

use super::families::{
    Authority, Condition, Consultation, Escalation, FamilyValue, LeadTime, Obligation, Processing,
};
use super::{AttrSet, Family, Subject};
use crate::org::Jurisdiction;

/// The stable, readable identifier of a rule, e.g. `vn.conference.lead_time.pm_tier`:
/// lower-case ASCII letters, digits, `_`, `-` and `.`, 3 to 96 characters.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
// static for a rule of the shipped rulebook or of one kept for good (a copy counts nothing),
// shared otherwise; compared, hashed and printed as its text either way (`law::Text`)
pub struct RuleId(Text);

/// A rule id that is not well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a rule id: expected 3–96 characters of a–z, 0–9, `_`, `-`, `.` such as `vn.conference.lead_time.pm_tier`")]
#[non_exhaustive]
pub struct InvalidRuleId(pub String);

impl RuleId {
    /// Parses a rule id.
    ///
    /// ```
    /// use doingoai::rules::RuleId;
    /// assert!(RuleId::parse("vn.conference.lead_time.pm_tier").is_ok());
    /// assert!(RuleId::parse("Not An Id").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Self, InvalidRuleId> {
        let ok = (3..=96).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b));
        if ok {
            // kept for good while the shipped rulebook is read (`law::forever`)
            Ok(RuleId(crate::law::forever::text(s)))
        } else {
            Err(InvalidRuleId(s.to_string()))
        }
    }
    /// The id as text.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether the id's text is kept for the life of the program (a copy counts nothing).
    #[cfg(test)]
    pub(crate) fn is_static(&self) -> bool {
        matches!(self.0, Text::Static(_))
    }

    /// The id with its text kept for the life of the program (`law::forever`).
    pub(crate) fn kept(&self, forever: &mut crate::law::forever::Forever) -> RuleId {
        RuleId(self.0.kept(forever))
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TryFrom<String> for RuleId {
    type Error = InvalidRuleId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        RuleId::parse(&s)
    }
}
impl From<RuleId> for String {
    fn from(r: RuleId) -> String {
        r.as_str().to_string()
    }
}

/// The key a province overrides by: activity kind, family and topic.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleKey {
    /// The activity kind.
    pub activity: Subject,
    /// The family.
    pub family: Family,
    /// The topic within the family (e.g. `pm_tier`, `trips_per_person_per_year`).
    pub topic: String,
}

impl fmt::Display for RuleKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}.{}",
            self.activity.code(),
            self.family.code(),
            self.topic
        )
    }
}

/// When a rule applies, by the attributes of the activity: at least one of `any` (if not
/// empty), all of `all`, none of `none`.
///
/// ```
/// use doingoai::rules::{Applicability, AttrSet, Attribute::*};
/// let pm = Applicability::any_of(&[ForeignMinisterLevel, SensitiveTopic]);
/// assert!(pm.matches(AttrSet::of(&[SensitiveTopic])));
/// assert!(!pm.matches(AttrSet::EMPTY));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(default, deny_unknown_fields)]
pub struct Applicability {
    /// At least one of these (ignored when empty).
    pub any: AttrSet,
    /// All of these.
    pub all: AttrSet,
    /// None of these.
    pub none: AttrSet,
}

impl Applicability {
    /// Always applies.
    pub const ALWAYS: Applicability = Applicability {
        any: AttrSet::EMPTY,
        all: AttrSet::EMPTY,
        none: AttrSet::EMPTY,
    };
    /// Applies when at least one of the attributes holds.
    pub fn any_of(a: &[super::Attribute]) -> Self {
        Applicability {
            any: AttrSet::of(a),
            ..Self::ALWAYS
        }
    }
    /// Applies when all of the attributes hold.
    pub fn all_of(a: &[super::Attribute]) -> Self {
        Applicability {
            all: AttrSet::of(a),
            ..Self::ALWAYS
        }
    }
    /// Applies when none of the attributes holds.
    pub fn none_of(a: &[super::Attribute]) -> Self {
        Applicability {
            none: AttrSet::of(a),
            ..Self::ALWAYS
        }
    }
    /// Whether the rule applies to an activity with these attributes.
    #[inline]
    pub fn matches(&self, attrs: AttrSet) -> bool {
        (self.any.0 == 0 || attrs.0 & self.any.0 != 0)
            && attrs.0 & self.all.0 == self.all.0
            && attrs.0 & self.none.0 == 0
    }
    /// Whether it always applies.
    pub fn is_always(&self) -> bool {
        *self == Self::ALWAYS
    }
}

/// A one-line statement of the rule in Vietnamese and English.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

/// A rule of family `V`: id, jurisdiction, channels, activity kind, topic, applicability,
/// in-force period, citations, evidence grade, bilingual statement and the value.
///
/// `value: None` is an explicit **unsourced** entry: the sources do not give the figure (tag
/// `[NF]`); the rule exists so the gap is visible and a jurisdiction can fill it. It still cites
/// the instrument where the figure is expected.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule<V> {
    /// Stable id.
    pub id: RuleId,
    /// The jurisdiction that issued it.
    pub jurisdiction: Jurisdiction,
    /// The activity kind.
    pub activity: Subject,
    /// The topic within the family; with the activity and family, the override key.
    pub topic: String,
    /// The channels it governs (at least one).
    pub channels: Vec<Channel>,
    /// When it applies.
    #[serde(default, skip_serializing_if = "Applicability::is_always")]
    pub when: Applicability,
    /// In force.
    pub validity: Validity,
    /// Where it is written (at least one).
    // one list shared with every decision, deadline and provenance taken from the rule
    pub citations: Citations,
    /// How far it can be trusted.
    pub evidence: Evidence,
    /// What it says.
    pub statement: Statement,
    /// The value; `None` when unsourced.
    pub value: Option<V>,
    /// Where it was read (URL) or a remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl<V> Rule<V> {
    /// Keeps the rule's id and citation list for the life of the program (`law::forever`).
    pub(crate) fn keep(&mut self, forever: &mut crate::law::forever::Forever) {
        self.id = self.id.kept(forever);
        self.citations = forever.citations(&self.citations);
    }

    /// A draft rule of the national jurisdiction, state channel, in force from the minimum
    /// date, with no citation, graded `Secondary` and without a statement: set every field
    /// with the builder methods, then validate. Used to write rulebooks in Rust.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{Subject, Condition, Rule};
    /// use doingoai::law::{Citation, Evidence};
    /// let r = Rule::draft("vn.outbound_delegation.condition.two_key_leaders", Subject::Activity(ActivityKind::OutboundDelegation),
    ///     "two_key_leaders", Some(Condition::NoTwoKeyLeadersTogether))
    ///     .from(2014, 7, 21)
    ///     .cite(Citation::instrument("38-CT/TW"))
    ///     .grade(Evidence::Text)
    ///     .say("Không cử hai lãnh đạo chủ chốt trong cùng một đoàn.", "Never two key leaders in one delegation.");
    /// assert_eq!(r.citations.len(), 1);
    /// ```
    pub fn draft(id: &str, activity: Subject, topic: &str, value: Option<V>) -> Self {
        Rule {
            id: RuleId(Text::shared(id)),
            jurisdiction: Jurisdiction::National,
            activity,
            topic: topic.to_string(),
            channels: vec![Channel::State],
            when: Applicability::ALWAYS,
            validity: Validity::from(chrono::NaiveDate::MIN),
            citations: Citations::new(),
            evidence: Evidence::Secondary,
            statement: Statement {
                vi: String::new(),
                en: String::new(),
            },
            value,
            note: None,
        }
    }
    /// In force from this day.
    pub fn from(mut self, y: i32, m: u32, d: u32) -> Self {
        self.validity.from =
            chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or(chrono::NaiveDate::MIN);
        self
    }
    /// In force until this day (inclusive).
    pub fn until(mut self, y: i32, m: u32, d: u32) -> Self {
        self.validity.to = chrono::NaiveDate::from_ymd_opt(y, m, d);
        self
    }
    /// Adds a citation.
    pub fn cite(mut self, c: Citation) -> Self {
        self.citations.push(c);
        self
    }
    /// Sets the evidence grade.
    pub fn grade(mut self, e: Evidence) -> Self {
        self.evidence = e;
        self
    }
    /// Sets the statement.
    pub fn say(mut self, vi: &str, en: &str) -> Self {
        self.statement = Statement {
            vi: vi.to_string(),
            en: en.to_string(),
        };
        self
    }
    /// Sets when it applies.
    pub fn when(mut self, w: Applicability) -> Self {
        self.when = w;
        self
    }
    /// Sets the channels.
    pub fn on(mut self, channels: &[Channel]) -> Self {
        self.channels = channels.to_vec();
        self
    }
    /// Sets the note (source URL or remark).
    pub fn note(mut self, n: &str) -> Self {
        self.note = Some(n.to_string());
        self
    }
    /// Sets the jurisdiction.
    pub fn of(mut self, j: Jurisdiction) -> Self {
        self.jurisdiction = j;
        self
    }
}

impl<V: FamilyValue> Rule<V> {
    /// The override key.
    pub fn key(&self) -> RuleKey {
        RuleKey {
            activity: self.activity,
            family: V::FAMILY,
            topic: self.topic.clone(),
        }
    }
    /// Whether the figure is unsourced.
    pub fn is_unsourced(&self) -> bool {
        self.value.is_none()
    }
    /// Whether the rule governs this channel.
    pub fn governs(&self, channel: Channel) -> bool {
        self.channels.contains(&channel)
    }
}

/// A reference to a rule of any family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleRef<'a> {
    /// An authority rule.
    Authority(&'a Rule<Authority>),
    /// An escalation rule.
    Escalation(&'a Rule<Escalation>),
    /// A lead-time rule.
    LeadTime(&'a Rule<LeadTime>),
    /// A consultation rule.
    Consultation(&'a Rule<Consultation>),
    /// A processing rule.
    Processing(&'a Rule<Processing>),
    /// A condition or cap.
    Condition(&'a Rule<Condition>),
    /// An obligation.
    Obligation(&'a Rule<Obligation>),
}

macro_rules! each {
    ($s:expr, $r:ident => $e:expr) => {
        match $s {
            RuleRef::Authority($r) => $e,
            RuleRef::Escalation($r) => $e,
            RuleRef::LeadTime($r) => $e,
            RuleRef::Consultation($r) => $e,
            RuleRef::Processing($r) => $e,
            RuleRef::Condition($r) => $e,
            RuleRef::Obligation($r) => $e,
        }
    };
}

impl<'a> RuleRef<'a> {
    /// The id.
    pub fn id(&self) -> &'a RuleId {
        each!(*self, r => &r.id)
    }
    /// The family.
    pub fn family(&self) -> Family {
        match self {
            RuleRef::Authority(_) => Family::Authority,
            RuleRef::Escalation(_) => Family::Escalation,
            RuleRef::LeadTime(_) => Family::LeadTime,
            RuleRef::Consultation(_) => Family::Consultation,
            RuleRef::Processing(_) => Family::Processing,
            RuleRef::Condition(_) => Family::Condition,
            RuleRef::Obligation(_) => Family::Obligation,
        }
    }
    /// The jurisdiction.
    pub fn jurisdiction(&self) -> Jurisdiction {
        each!(*self, r => r.jurisdiction)
    }
    /// The activity kind.
    pub fn activity(&self) -> Subject {
        each!(*self, r => r.activity)
    }
    /// The topic.
    pub fn topic(&self) -> &'a str {
        each!(*self, r => &r.topic)
    }
    /// The override key.
    pub fn key(&self) -> RuleKey {
        RuleKey {
            activity: self.activity(),
            family: self.family(),
            topic: self.topic().to_string(),
        }
    }
    /// The channels.
    pub fn channels(&self) -> &'a [Channel] {
        each!(*self, r => &r.channels)
    }
    /// When it applies.
    pub fn when(&self) -> Applicability {
        each!(*self, r => r.when)
    }
    /// In force.
    pub fn validity(&self) -> Validity {
        each!(*self, r => r.validity)
    }
    /// Citations.
    pub fn citations(&self) -> &'a [Citation] {
        each!(*self, r => &r.citations)
    }
    /// Citations, as the rule's shared list (a copy shares it).
    pub fn shared_citations(&self) -> &'a Citations {
        each!(*self, r => &r.citations)
    }
    /// Evidence grade.
    pub fn evidence(&self) -> Evidence {
        each!(*self, r => r.evidence)
    }
    /// Statement.
    pub fn statement(&self) -> &'a Statement {
        each!(*self, r => &r.statement)
    }
    /// Note (source URL or remark).
    pub fn note(&self) -> Option<&'a str> {
        each!(*self, r => r.note.as_deref())
    }
    /// Whether the figure is unsourced.
    pub fn is_unsourced(&self) -> bool {
        each!(*self, r => r.value.is_none())
    }
    /// The roles the value names.
    pub fn roles(&self) -> Vec<super::Role> {
        each!(*self, r => r.value.as_ref().map(|v| v.roles()).unwrap_or_default())
    }
    /// The figure, in Vietnamese (`chưa có nguồn` when unsourced).
    pub fn figure(&self) -> String {
        each!(*self, r => r.value.as_ref().map_or_else(|| "chưa có nguồn (NF)".to_string(), super::figure::Figure::figure))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each builder sets its own set: `any_of` needs one attribute, `all_of` every one,
    /// `none_of` none of them (three mutants of session 9's run deleted the field unseen).
    #[test]
    fn an_applicability_built_from_attributes_holds_as_its_builder_says() {
        use crate::rules::{AttrSet, Attribute as A};
        let (both, one, neither) = (
            AttrSet::of(&[A::SensitiveTopic, A::ChairedByProvince]),
            AttrSet::of(&[A::SensitiveTopic]),
            AttrSet::of(&[]),
        );
        let attrs = [A::SensitiveTopic, A::ChairedByProvince];
        let any = Applicability::any_of(&attrs);
        assert!(any.matches(both) && any.matches(one) && !any.matches(neither));
        let all = Applicability::all_of(&attrs);
        assert!(all.matches(both) && !all.matches(one) && !all.matches(neither));
        let none = Applicability::none_of(&attrs);
        assert!(!none.matches(both) && !none.matches(one) && none.matches(neither));
        assert!(Applicability::ALWAYS.matches(neither) && Applicability::ALWAYS.matches(both));
    }

    /// A kept id and a parsed one of the same text are equal, hash and order alike.
    #[test]
    fn a_kept_id_reads_compares_and_hashes_as_a_parsed_one() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |r: &RuleId| {
            let mut h = DefaultHasher::new();
            r.hash(&mut h);
            h.finish()
        };
        let parsed = RuleId::parse("vn.conference.lead_time.pm_tier").expect("valid");
        let kept = parsed.kept(&mut crate::law::forever::Forever::new());
        assert!(kept.is_static() && !parsed.is_static());
        assert_eq!(kept, parsed);
        assert_eq!(hash(&kept), hash(&parsed));
        assert_eq!(kept.cmp(&parsed), std::cmp::Ordering::Equal);
        assert_eq!(format!("{kept:?}"), format!("{parsed:?}"));
        assert_eq!(kept.to_string(), "vn.conference.lead_time.pm_tier");
        assert_eq!(String::from(kept.clone()), String::from(parsed.clone()));
        let other = RuleId::parse("vn.conference.lead_time.provincial_tier").expect("valid");
        assert!(kept < other && kept != other);
        assert_ne!(hash(&kept), hash(&other));
        assert_eq!(
            format!("{kept:?}"),
            r#"RuleId("vn.conference.lead_time.pm_tier")"#
        );
        // well formed: 3–96 characters, and each a lower-case letter, digit, `_`, `-` or `.`
        assert!(RuleId::parse("Not An Id").is_err());
        assert!(RuleId::parse("ab").is_err());
        assert!(RuleId::parse(&"a".repeat(97)).is_err());
        assert!(RuleId::parse(&"a".repeat(96)).is_ok());
        assert_eq!(
            serde_json::to_string(&kept).ok(),
            serde_json::to_string(&parsed).ok()
        );
    }
}
