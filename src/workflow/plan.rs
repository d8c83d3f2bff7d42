//! The seam between the rules and the workflow: an [`Assessment`] is what the rulebook says
//! about one case as of an act date — tier and competent authority (with delegations), the
//! consultations and their reply periods, the decision period, escalation, the latest filing
//! date, the obligations the case will create, and every violated condition.
//!
//! An assessment travels inside the event that relies on it (`submit`, `resubmit`,
//! `request_hosting`), so the log holds the evidence of each decision and a case replays
//! without the rulebook, under the law of its time.

use chrono::NaiveDate;

use crate::law::Citation;
use crate::org::Channel;

use crate::calendar::Period;

use super::{Authority, DeadlineKind, Grant, Role, Tier, TimeLimit, Unmet};

/// A consultation the rules require: who is asked, and how long it has to reply.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationRule {
    /// The body consulted.
    pub consultee: Role,
    /// Its reply period, counted from the day the request is sent.
    pub reply: TimeLimit,
}

/// From which event the decision period counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DecisionClock {
    /// From the receipt of the dossier (the submission).
    Receipt,
    /// From the day the case is ready for decision (after consultation and reconciliation).
    Ready,
}

/// The decision period with the event it counts from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionLimit {
    /// The period and its rule.
    pub limit: TimeLimit,
    /// What it counts from.
    pub clock: DecisionClock,
}

/// Escalation to a higher authority (e.g. the Prime Minister when a consultee objects to an
/// agreement, Luật 70/2020 Art. 19(4)).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// Who decides after escalation, and the rule.
    pub authority: Authority,
    /// Whether an objection of any consultee makes escalation mandatory before approval.
    pub on_objection: bool,
    /// The higher authority's decision period, if the rules set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<TimeLimit>,
}

/// The transition that starts an obligation's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Trigger {
    /// The approval.
    Approved,
    /// The activity carried out (end of trip or event, signing).
    CarriedOut,
}

/// An obligation the case will create: a deadline of `kind` for `owner`, `limit` after
/// `trigger`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObligationRule {
    /// What must be done.
    pub kind: DeadlineKind,
    /// Who must do it.
    pub owner: Role,
    /// To whom (the recipient of a report or notice), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Role>,
    /// What starts the period.
    pub trigger: Trigger,
    /// The period and its rule.
    pub limit: TimeLimit,
}

/// The latest day to file, and the rule that sets the lead time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filing {
    /// The latest filing date.
    pub latest: NaiveDate,
    /// The lead time.
    pub lead: Period,
    /// The rule.
    pub citation: Citation,
}

/// What the rulebook says about a case as of `as_of` (see the module docs).
///
/// ```
/// use doingoai::workflow::{Assessment, Authority, Role, Tier, TimeLimit};
/// use doingoai::{Channel, Citation, Period};
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
/// let a = Assessment::new("national-2025.1", on, Channel::State, Tier::Provincial,
///         Authority::new(Role::ProvincialChairman, Citation::article("70/2020/QH14", 18)))
///     .consult(Role::Mofa, TimeLimit::new(Period::WorkingDays(7), Citation::article("70/2020/QH14", 19).clause(2)));
/// assert_eq!(a.consultations.len(), 1);
/// assert!(a.violations.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The rulebook version the assessment was made under.
    pub rulebook_version: String,
    /// The act date it was made for.
    pub as_of: NaiveDate,
    /// The applicant's channel, which decided the authority and the steps.
    pub channel: Channel,
    /// The tier that decides.
    pub tier: Tier,
    /// The body that receives the dossier and runs the consultations.
    pub receiving: Role,
    /// The competent authority.
    pub authority: Authority,
    /// Delegations of the authority's power that may apply to this case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<Grant>,
    /// The consultations required, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consultations: Vec<ConsultationRule>,
    /// The applicant's reconciliation period after consultation, when the rules have that step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconciliation: Option<TimeLimit>,
    /// The decision period, when the rules set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionLimit>,
    /// Escalation to a higher authority, when the rules provide it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation: Option<Escalation>,
    /// The latest filing date, when the rules set a lead time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing: Option<Filing>,
    /// The obligations the case will create.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<ObligationRule>,
    /// Every condition of the rulebook the facts violate (checked at submission).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Unmet>,
    /// The provisions the assessment relied on (authority, tier, steps).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
}

impl Assessment {
    /// An assessment with its authority; the receiving body is the authority itself until
    /// [`Assessment::received_by`] says otherwise.
    pub fn new(
        rulebook_version: impl Into<String>,
        as_of: NaiveDate,
        channel: Channel,
        tier: Tier,
        authority: Authority,
    ) -> Self {
        let citations = vec![authority.citation.clone()];
        Assessment {
            rulebook_version: rulebook_version.into(),
            as_of,
            channel,
            tier,
            receiving: authority.role,
            authority,
            delegates: Vec::new(),
            consultations: Vec::new(),
            reconciliation: None,
            decision: None,
            escalation: None,
            filing: None,
            obligations: Vec::new(),
            violations: Vec::new(),
            citations,
        }
    }

    /// The body that receives the dossier and runs the consultations.
    pub fn received_by(mut self, role: Role) -> Self {
        self.receiving = role;
        self
    }

    /// Adds a required consultation.
    pub fn consult(mut self, consultee: Role, reply: TimeLimit) -> Self {
        self.consultations
            .push(ConsultationRule { consultee, reply });
        self
    }

    /// Adds a reconciliation step after consultation.
    pub fn reconcile_within(mut self, limit: TimeLimit) -> Self {
        self.reconciliation = Some(limit);
        self
    }

    /// Sets the decision period.
    pub fn decide_within(mut self, limit: TimeLimit, clock: DecisionClock) -> Self {
        self.decision = Some(DecisionLimit { limit, clock });
        self
    }

    /// Sets the escalation.
    pub fn escalate_to(
        mut self,
        authority: Authority,
        on_objection: bool,
        decision: Option<TimeLimit>,
    ) -> Self {
        self.escalation = Some(Escalation {
            authority,
            on_objection,
            decision,
        });
        self
    }

    /// Sets the latest filing date.
    pub fn file_by(mut self, latest: NaiveDate, lead: Period, citation: Citation) -> Self {
        self.filing = Some(Filing {
            latest,
            lead,
            citation,
        });
        self
    }

    /// Adds an obligation.
    pub fn oblige(
        mut self,
        kind: DeadlineKind,
        owner: Role,
        to: Option<Role>,
        trigger: Trigger,
        limit: TimeLimit,
    ) -> Self {
        self.obligations.push(ObligationRule {
            kind,
            owner,
            to,
            trigger,
            limit,
        });
        self
    }

    /// Adds a delegation of the authority's power.
    pub fn delegate(mut self, grant: Grant) -> Self {
        self.delegates.push(grant);
        self
    }

    /// Adds a violated condition.
    pub fn violation(mut self, unmet: Unmet) -> Self {
        self.violations.push(unmet);
        self
    }

    /// Whether the case is filed on time when filed on `on`.
    pub fn on_time(&self, on: NaiveDate) -> bool {
        self.filing.as_ref().is_none_or(|f| on <= f.latest)
    }
}
