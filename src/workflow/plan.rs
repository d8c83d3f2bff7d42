//! The seam between the rules and the workflow: an [`Assessment`] is what the rulebook says
//! about one case as of an act date — tier and competent authority (with delegations), the
//! consultations and their reply periods, the decision period, escalation, the latest filing
//! date, the obligations the case will create, and every violated condition.
//!
//! An assessment travels inside the event that relies on it (`submit`, `resubmit`,
//! `request_hosting`), so the log holds the evidence of each decision and a case replays
//! without the rulebook, under the law of its time.

use chrono::NaiveDate;

use crate::calendar::Period;
use crate::law::{Citation, Citations};
use crate::org::Channel;
use crate::rules::{Anchor, DecisionTier, Finding, Provenance, ReportKind};

use super::{Authority, Grant, Role, TimeLimit};

/// A consultation the rules require: who is asked, and how long it has to reply.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ConsultationRule {
    /// The body consulted.
    pub consultee: Role,
    /// Its reply period, counted from the day the request is sent.
    pub reply: TimeLimit,
    /// Whether no reply by the end of the period counts as consent (the rule of `reply`
    /// says so, e.g. QĐ 09/2023/QĐ-TTg Art. 12(5)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub silence_is_consent: bool,
}

/// From which event the decision period counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DecisionLimit {
    /// The period and its rule.
    pub limit: TimeLimit,
    /// What it counts from.
    pub clock: DecisionClock,
}

/// Escalation to a higher authority (e.g. the Prime Minister when a consultee objects to an
/// agreement, Luật 70/2020 Art. 19(4)).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Trigger {
    /// The approval.
    Approved,
    /// The activity carried out (end of trip or event, signing).
    CarriedOut,
}

/// An obligation the case will create: `report` owed by `owner` to `to`, `limit` after
/// `trigger`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ObligationRule {
    /// What is owed (the rulebook's kind, unchanged).
    pub report: ReportKind,
    /// Who must do it.
    pub owner: Role,
    /// To whom: the addressee of a report or notice first, then the bodies that get copies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<Role>,
    /// What starts the period.
    pub trigger: Trigger,
    /// The period and its rule.
    pub limit: TimeLimit,
}

/// The latest day to file, and the rule that sets the lead time.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "AssessmentFiling"))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Filing {
    /// The latest filing date.
    pub latest: NaiveDate,
    /// The lead time.
    pub lead: Period,
    /// The event the lead time counts back from.
    pub anchor: Anchor,
    /// The day of that event, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_on: Option<NaiveDate>,
    /// The provision that sets the lead time.
    pub citation: Citation,
    /// The rule of the rulebook it comes from (all its citations, its grade), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

impl Filing {
    /// The finding of a filing on `on` after the latest day, if it is late: the same as
    /// [`evaluate`](crate::rules::evaluate())'s for the same rule and day. `start` is the
    /// case's first day, the anchor's day when the filing does not give it.
    pub fn late_on(&self, on: NaiveDate, start: Option<NaiveDate>) -> Option<Finding> {
        if on <= self.latest {
            return None;
        }
        let anchor_on = self
            .anchor_on
            .or(start.filter(|_| self.anchor == Anchor::Start));
        let found = Finding::late(self.latest, on, self.lead, self.anchor, anchor_on);
        Some(match &self.source {
            Some(s) => found.sourced(s),
            None => found.cite(self.citation.clone()),
        })
    }
}

/// What the rulebook says about a case as of `as_of` (see the module docs).
///
/// ```
/// use doingoai::workflow::{Assessment, Authority, Role, TimeLimit};
/// use doingoai::rules::DecisionTier;
/// use doingoai::{Channel, Citation, Period};
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
/// let a = Assessment::new("national-2025.1", on, Channel::State, DecisionTier::Provincial,
///         Authority::new(Role::ProvincialChairman, Citation::article("70/2020/QH14", 18)))
///     .consult(Role::Mofa, TimeLimit::new(Period::WorkingDays(7), Citation::article("70/2020/QH14", 19).clause(2)));
/// assert_eq!(a.consultations.len(), 1);
/// assert!(a.violations.is_empty());
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Assessment {
    /// The rulebook version the assessment was made under.
    pub rulebook_version: String,
    /// The act date it was made for.
    pub as_of: NaiveDate,
    /// The applicant's channel, which decided the authority and the steps.
    pub channel: Channel,
    /// The tier that decides.
    pub tier: DecisionTier,
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
    // boxed, as are the decision period and the escalation: most procedures have none of the
    // three, and held inline they were 464 of the assessment's 792 bytes
    /// The applicant's reconciliation period after consultation, when the rules have that step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconciliation: Option<Box<TimeLimit>>,
    /// The decision period, when the rules set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Box<DecisionLimit>>,
    /// Escalation to a higher authority, when the rules provide it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation: Option<Box<Escalation>>,
    /// The latest filing dates, one per lead-time rule that applies (checked at submission).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filings: Vec<Filing>,
    /// The obligations the case will create.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<ObligationRule>,
    /// Every condition of the rulebook the facts violate (checked at submission), except the
    /// lead times, which the case checks against [`Assessment::filings`] at the act date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Finding>,
    /// The provisions the assessment relied on (authority, tier, steps).
    // the authority rule's own list, shared, until a step adds one
    #[serde(default, skip_serializing_if = "<[Citation]>::is_empty")]
    pub citations: Citations,
}

impl Assessment {
    /// An assessment with its authority; the receiving body is the authority itself until
    /// [`Assessment::received_by`] says otherwise.
    pub fn new(
        rulebook_version: impl Into<String>,
        as_of: NaiveDate,
        channel: Channel,
        tier: DecisionTier,
        authority: Authority,
    ) -> Self {
        let citations = Citations::from([authority.citation.clone()]);
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
            filings: Vec::new(),
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
        self.consultations.push(ConsultationRule {
            consultee,
            reply,
            silence_is_consent: false,
        });
        self
    }

    /// Adds a required consultation whose silence after the period counts as consent (the
    /// provision is `reply`'s citation).
    ///
    /// ```
    /// use doingoai::workflow::{Assessment, Authority, Role, TimeLimit};
    /// use doingoai::rules::DecisionTier;
    /// use doingoai::{Channel, Citation, Period};
    /// use chrono::NaiveDate;
    /// let art = |c| Citation::article("09/2023/QĐ-TTg", 12).clause(c);
    /// let a = Assessment::new("v", NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(), Channel::State,
    ///         DecisionTier::Provincial, Authority::new(Role::ProvincialChairman, art(7)))
    ///     .consult_tacit(Role::TaxAuthority, TimeLimit::new(Period::CalendarDays(20), art(5)));
    /// assert!(a.consultations[0].silence_is_consent);
    /// ```
    pub fn consult_tacit(mut self, consultee: Role, reply: TimeLimit) -> Self {
        self.consultations.push(ConsultationRule {
            consultee,
            reply,
            silence_is_consent: true,
        });
        self
    }

    /// Adds a reconciliation step after consultation.
    pub fn reconcile_within(mut self, limit: TimeLimit) -> Self {
        self.reconciliation = Some(Box::new(limit));
        self
    }

    /// Sets the decision period.
    pub fn decide_within(mut self, limit: TimeLimit, clock: DecisionClock) -> Self {
        self.decision = Some(Box::new(DecisionLimit { limit, clock }));
        self
    }

    /// Sets the escalation.
    pub fn escalate_to(
        mut self,
        authority: Authority,
        on_objection: bool,
        decision: Option<TimeLimit>,
    ) -> Self {
        self.escalation = Some(Box::new(Escalation {
            authority,
            on_objection,
            decision,
        }));
        self
    }

    /// Adds a latest filing date, `lead` before the start.
    pub fn file_by(mut self, latest: NaiveDate, lead: Period, citation: Citation) -> Self {
        self.filings.push(Filing {
            latest,
            lead,
            anchor: Anchor::Start,
            anchor_on: None,
            citation,
            source: None,
        });
        self
    }

    /// Adds an obligation of `owner`, addressed to the first of `to` with copies to the
    /// others (`None`, `Some(role)` or a list).
    pub fn oblige(
        mut self,
        report: ReportKind,
        owner: Role,
        to: impl IntoIterator<Item = Role>,
        trigger: Trigger,
        limit: TimeLimit,
    ) -> Self {
        self.obligations.push(ObligationRule {
            report,
            owner,
            to: to.into_iter().collect(),
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
    pub fn violation(mut self, finding: Finding) -> Self {
        self.violations.push(finding);
        self
    }

    /// Whether the case is filed on time when filed on `on`.
    pub fn on_time(&self, on: NaiveDate) -> bool {
        self.filings.iter().all(|f| on <= f.latest)
    }

    /// The earliest of the latest filing dates, if the rules set a lead time.
    pub fn latest_filing(&self) -> Option<NaiveDate> {
        self.filings.iter().map(|f| f.latest).min()
    }
}
