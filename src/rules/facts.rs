//! The facts of a proposed activity, as the rules need them.
//!
//! [`ActivityFacts`] is the flat form the rules check; [`ProposedActivity`](crate::activity::ProposedActivity)
//! implements [`Facts`], so [`evaluate`](super::evaluate()) takes either.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::org::Channel;

use super::{AttrSet, HeadRank, Role, Sanction, Subject};
use crate::org::{Body, Jurisdiction};

/// A participant of a delegation.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Participant {
    /// Identifier (matches [`History`](crate::history::History) rows).
    pub person: String,
    /// The unit (agency, locality) the person belongs to.
    pub unit: String,
    /// A leader (of a party body, ministry, sector, locality, department).
    pub leader: bool,
    /// A key leader (lãnh đạo chủ chốt) of the unit.
    pub key_leader: bool,
    /// Set when the person is a relative of another member of the delegation (that member's id).
    pub relative_of: Option<String>,
    /// The disciplinary sanction the person is serving on the date, if any.
    pub serving_sanction: Option<Sanction>,
    /// The last day of that sanction, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sanction_until: Option<NaiveDate>,
    /// Whether the person is under an exit suspension on the date.
    pub exit_suspended: bool,
}

/// A stay in one country during a trip.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryStay {
    /// Country (ISO 3166 code or name).
    pub country: String,
    /// Days spent there.
    pub days: u32,
}

/// The facts of a proposed activity.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{ActivityFacts, Subject};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// let f = ActivityFacts::new(Subject::Activity(ActivityKind::InternationalConference), Jurisdiction::National, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
/// assert!(f.participants.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityFacts {
    /// The kind.
    pub kind: Subject,
    /// The channel.
    pub channel: Channel,
    /// The jurisdiction whose rules apply (where the applicant belongs / the event takes place).
    pub jurisdiction: Jurisdiction,
    /// The attributes deciding which rule applies.
    #[serde(default)]
    pub attributes: AttrSet,
    /// The day the dossier is (or was) filed: the date the rules are taken at.
    pub filed_on: NaiveDate,
    /// The first day of the event or trip (for an agreement: the planned signing day; for press:
    /// the planned entry).
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    /// The last day of the event or trip.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    /// Participants (delegations).
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// The rank of the head of delegation.
    #[serde(default)]
    pub head_rank: Option<HeadRank>,
    /// Countries visited.
    #[serde(default)]
    pub countries: Vec<CountryStay>,
    /// Organised or funded by an enterprise, or on an enterprise's direct invitation.
    #[serde(default)]
    pub enterprise_funded: bool,
    /// Whether the activity is in the approved annual plan (`None`: not stated).
    #[serde(default)]
    pub in_plan: Option<bool>,
    /// Whether a proposal (đề án) with purpose, partner, content and programme is attached
    /// (`None`: not stated, so not checked).
    #[serde(default)]
    pub proposal_attached: Option<bool>,
    /// Expiry of the current registration or permit (renewals).
    #[serde(default)]
    pub expiry: Option<NaiveDate>,
    /// Opinions already obtained (e.g. the party standing committee's).
    #[serde(default)]
    pub opinions: Vec<Role>,
    /// The body filing the request, when known: a body that no longer exists on the filing
    /// day is refused ([`check_exists`](crate::org::check_exists)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant: Option<Body>,
}

impl ActivityFacts {
    /// Facts with only a kind, a jurisdiction and a filing day; state channel.
    pub fn new(kind: Subject, jurisdiction: Jurisdiction, filed_on: NaiveDate) -> Self {
        ActivityFacts {
            kind,
            channel: Channel::State,
            jurisdiction,
            attributes: AttrSet::EMPTY,
            filed_on,
            starts_on: None,
            ends_on: None,
            participants: Vec::new(),
            head_rank: None,
            countries: Vec::new(),
            enterprise_funded: false,
            in_plan: None,
            proposal_attached: None,
            expiry: None,
            opinions: Vec::new(),
            applicant: None,
        }
    }
}

/// Anything that can state the facts of a proposed activity.
pub trait Facts {
    /// The facts.
    fn facts(&self) -> Cow<'_, ActivityFacts>;
}

impl Facts for ActivityFacts {
    fn facts(&self) -> Cow<'_, ActivityFacts> {
        Cow::Borrowed(self)
    }
}
