//! The flat facts the rules read: an internal form, derived from the one input, a
//! [`ProposedActivity`](crate::activity::ProposedActivity), by `ProposedActivity::facts` (in
//! `from_activity.rs`). Nothing outside the crate builds or passes them: [`evaluate`](super::evaluate()),
//! [`workflow::assess`](crate::workflow::assess) and the workflow's [`Case`](crate::workflow::Case)
//! all take the proposed activity itself.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::activity::CountryVisit;
use crate::org::{Body, Channel, Jurisdiction};

use super::{AttrSet, HeadRank, Role, Sanction, Subject};

/// A participant as the rules read it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct FlatParticipant<'a> {
    /// Identifier (matches [`History`](crate::history::History) rows).
    pub(crate) person: Cow<'a, str>,
    /// The unit (agency, locality) the person belongs to.
    pub(crate) unit: String,
    /// A leader (of a party body, ministry, sector, locality, department).
    pub(crate) leader: bool,
    /// A key leader (lãnh đạo chủ chốt) of the unit.
    pub(crate) key_leader: bool,
    /// Set when the person is a relative of another member of the delegation (that member's id).
    pub(crate) relative_of: Option<Cow<'a, str>>,
    /// The disciplinary sanction the person is serving during the activity, if any.
    pub(crate) serving_sanction: Option<Sanction>,
    /// The last day of that sanction, when known.
    pub(crate) sanction_until: Option<NaiveDate>,
    /// Whether the person is under an exit suspension during the activity.
    pub(crate) exit_suspended: bool,
}

/// The facts of a proposed activity as the rules read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FlatFacts<'a> {
    /// The subject.
    pub(crate) kind: Subject,
    /// The channel.
    pub(crate) channel: Channel,
    /// The jurisdiction whose rules apply (where the applicant belongs / the event takes place).
    pub(crate) jurisdiction: Jurisdiction,
    /// The attributes deciding which rule applies.
    pub(crate) attributes: AttrSet,
    /// The day the dossier is (or was) filed: the date the rules are taken at.
    pub(crate) filed_on: NaiveDate,
    /// The first day of the event or trip (for an agreement: the planned signing day; for
    /// press: the planned entry).
    pub(crate) starts_on: Option<NaiveDate>,
    /// The last day of the event or trip.
    pub(crate) ends_on: Option<NaiveDate>,
    /// Participants (delegations).
    pub(crate) participants: Vec<FlatParticipant<'a>>,
    /// The rank of the head of delegation.
    pub(crate) head_rank: Option<HeadRank>,
    /// Countries visited.
    pub(crate) countries: Cow<'a, [CountryVisit]>,
    /// Organised or funded by an enterprise, or on an enterprise's direct invitation.
    pub(crate) enterprise_funded: bool,
    /// Whether the activity is in the approved annual plan (`None`: not stated).
    pub(crate) in_plan: Option<bool>,
    /// Whether a proposal (đề án) is attached (`None`: not stated, so not checked).
    pub(crate) proposal_attached: Option<bool>,
    /// Expiry of the current registration or permit (renewals).
    pub(crate) expiry: Option<NaiveDate>,
    /// Opinions already obtained (e.g. the party standing committee's).
    pub(crate) opinions: Cow<'a, [Role]>,
    /// The body filing the request, when known: a body that no longer exists on the filing
    /// day is refused ([`check_exists`](crate::org::check_exists)).
    pub(crate) applicant: Option<Cow<'a, Body>>,
    /// A conference held online with no end point in Vietnam (QĐ 06/2020/QĐ-TTg Art. 2(1)).
    pub(crate) no_end_in_vietnam: bool,
    /// An agreement by the shortened procedure without a ground of Luật 70/2020/QH14 Art. 35(2).
    pub(crate) shortened_without_ground: bool,
    /// The facts of an ABTC request (QĐ 09/2023/QĐ-TTg), for its conditions.
    pub(crate) abtc: Option<Cow<'a, crate::activity::AbtcRequest>>,
}

impl FlatFacts<'_> {
    /// Facts with only a subject, a jurisdiction and a filing day; state channel.
    pub(crate) fn new(kind: Subject, jurisdiction: Jurisdiction, filed_on: NaiveDate) -> Self {
        FlatFacts {
            kind,
            channel: Channel::State,
            jurisdiction,
            attributes: AttrSet::EMPTY,
            filed_on,
            starts_on: None,
            ends_on: None,
            participants: Vec::new(),
            head_rank: None,
            countries: Cow::Borrowed(&[]),
            enterprise_funded: false,
            in_plan: None,
            proposal_attached: None,
            expiry: None,
            opinions: Cow::Borrowed(&[]),
            applicant: None,
            no_end_in_vietnam: false,
            shortened_without_ground: false,
            abtc: None,
        }
    }
}
