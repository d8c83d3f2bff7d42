//! The register of activities: one [`ActivityRecord`] per activity, plain data, built from a
//! proposed activity and what became of its case. Inspections sample it and reports count it;
//! both depend on this module, neither on the other's (`crate::report` re-exports these names).
//!
//! ```
//! use doingoai::register::{ActivityRecord, CaseOutcome};
//! assert_eq!(CaseOutcome::Approved.to_string(), "được chấp thuận");
//! ```

use chrono::NaiveDate;

use crate::activity::{ActivityId, ActivityKind, Details, ProposedActivity};
use crate::label::vocabulary;
use crate::org::{Body, Channel, Jurisdiction, LeadershipTier};

vocabulary! {
    /// What became of a case.
    pub enum CaseOutcome {
        /// Approved (or permitted, or signed) and carried out.
        Approved = ("approved", "được chấp thuận", "approved"),
        /// Refused, with reasons.
        Refused = ("refused", "không chấp thuận", "refused"),
        /// Escalated to a higher authority (e.g. a consultee objected).
        Escalated = ("escalated", "trình cấp trên", "escalated"),
        /// Still being processed.
        Pending = ("pending", "đang xử lý", "pending"),
        /// Withdrawn by the applicant.
        Withdrawn = ("withdrawn", "rút hồ sơ", "withdrawn"),
    }
}

/// One activity as the report sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActivityRecord {
    /// The activity.
    pub id: ActivityId,
    /// Kind.
    pub kind: ActivityKind,
    /// Channel.
    pub channel: Channel,
    /// Jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The applying unit, when the activity names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Body>,
    /// The partner country (ISO 3166-1 alpha-2), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_country: Option<String>,
    /// The leadership tier of the head of delegation ([`LeadershipTier::Other`] without one).
    pub tier: LeadershipTier,
    /// Filing day.
    pub filed_on: NaiveDate,
    /// First day; the filing day for a matter without one (a foreign NGO's registration).
    pub starts_on: NaiveDate,
    /// Last day, when the activity has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<NaiveDate>,
    /// Whether the request was filed with the required lead time (`None` if no lead time
    /// applies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_time_met: Option<bool>,
    /// Whether it was in the approved plan.
    pub in_plan: bool,
    /// What became of it.
    pub outcome: CaseOutcome,
    /// Reasons for a refusal or an escalation, one per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// What the rulebook had no sourced rule for (e.g. the competent authority), so that the
    /// case was decided under the province's own regulation, outside the crate's rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_gaps: Vec<String>,
    /// The rules behind [`rule_gaps`](Self::rule_gaps): each unsourced entry (or missing key)
    /// met, with the citation of where its figure should be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gap_rules: Vec<GapRef>,
}

/// A gap met while deciding a case: the unsourced rule (its id, or `<subject>.<family>` when
/// the rulebook has no entry at all for the key) and the citation of where the figure should
/// be, in both languages.
///
/// ```
/// use doingoai::register::GapRef;
/// let g = GapRef::new("vn.inbound_delegation.authority.reception", "Quy chế kèm theo 67/2011/QĐ-TTg", "Regulation attached to 67/2011/QĐ-TTg");
/// assert_eq!(g.rule, "vn.inbound_delegation.authority.reception");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct GapRef {
    /// The rule id (or `<subject>.<family>` without an entry).
    pub rule: String,
    /// Where the figure should be, in Vietnamese (`—` when no citation).
    pub cite_vi: String,
    /// The same, in English.
    pub cite_en: String,
}

impl GapRef {
    /// A gap reference.
    pub fn new(
        rule: impl Into<String>,
        cite_vi: impl Into<String>,
        cite_en: impl Into<String>,
    ) -> Self {
        GapRef {
            rule: rule.into(),
            cite_vi: cite_vi.into(),
            cite_en: cite_en.into(),
        }
    }
}

impl ActivityRecord {
    /// The record of a proposed activity with its outcome; the partner country and tier are
    /// read from the facts.
    ///
    /// ```
    /// use doingoai::report::{ActivityRecord, CaseOutcome};
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction, LeadershipTier};
    /// use chrono::NaiveDate;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let j = Jurisdiction::new_unit(42).unwrap();
    /// let a = ProposedActivity::new("x", ActivityKind::BorderAffair, j, d(1, 5))
    ///     .by(Body::new(BodyKind::ProvincialMilitaryCommand, j))
    ///     .runs(d(1, 20), d(1, 20));
    /// let r = ActivityRecord::from_proposed(&a, CaseOutcome::Approved, Some(true));
    /// assert_eq!(r.tier, LeadershipTier::Other);
    /// assert_eq!(r.partner_country, None);
    /// ```
    pub fn from_proposed(
        a: &ProposedActivity,
        outcome: CaseOutcome,
        lead_time_met: Option<bool>,
    ) -> Self {
        let partner_country = match &a.details {
            Details::Delegation { countries, .. } => countries.first().map(|c| c.country.clone()),
            Details::Inbound { country, .. } => Some(country.clone()),
            _ => None,
        };
        ActivityRecord {
            id: a.id.clone(),
            kind: a.kind,
            channel: a.channel(),
            jurisdiction: a.jurisdiction,
            unit: a.applicant.clone(),
            partner_country,
            tier: a
                .head()
                .map_or(LeadershipTier::Other, |h| h.official.position.tier()),
            filed_on: a.filed_on,
            starts_on: a.day(),
            ends_on: a.ends_on,
            lead_time_met,
            in_plan: a.in_plan,
            outcome,
            reasons: Vec::new(),
            rule_gaps: Vec::new(),
            gap_rules: Vec::new(),
        }
    }

    /// The record of a case run through the workflow: the outcome from the case's state and
    /// log (a case that went up to a higher authority counts as escalated), the lead time from
    /// its assessment, the reasons of a refusal from the log.
    ///
    /// ```
    /// use doingoai::report::{ActivityRecord, CaseOutcome};
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::workflow::Case;
    /// use chrono::NaiveDate;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let j = Jurisdiction::new_unit(42).unwrap();
    /// let a = ProposedActivity::new("x", ActivityKind::InboundDelegation, j, d(1, 5))
    ///     .by(Body::new(BodyKind::ProvincialDepartment, j))
    ///     .runs(d(1, 20), d(1, 21));
    /// let case = Case::for_activity(&a).unwrap();
    /// assert_eq!(ActivityRecord::from_case(&a, &case).outcome, CaseOutcome::Pending);
    /// ```
    pub fn from_case(a: &ProposedActivity, case: &crate::workflow::Case) -> Self {
        use crate::workflow::{Action, State};
        let escalated = case.log().iter().any(|e| e.to == State::Escalated);
        let outcome = match case.state() {
            State::Refused => CaseOutcome::Refused,
            State::Withdrawn | State::Cancelled => CaseOutcome::Withdrawn,
            s if s.implies_approval() || s == State::Closed => {
                if escalated {
                    CaseOutcome::Escalated
                } else {
                    CaseOutcome::Approved
                }
            }
            State::Escalated => CaseOutcome::Escalated,
            _ => CaseOutcome::Pending,
        };
        let lead_time_met = case
            .assessment()
            .and_then(|x| x.latest_filing().map(|_| x.on_time(a.filed_on)));
        let mut r = ActivityRecord::from_proposed(a, outcome, lead_time_met);
        for e in case.log() {
            match &e.event.action {
                Action::Refuse { reason }
                | Action::Withdraw { reason }
                | Action::Cancel { reason } => r.reasons.push(reason.clone()),
                _ => {}
            }
        }
        r
    }

    /// Sets a partner country (e.g. of an agreement's partner).
    pub fn with_partner(mut self, country: impl Into<String>) -> Self {
        self.partner_country = Some(country.into());
        self
    }
}
