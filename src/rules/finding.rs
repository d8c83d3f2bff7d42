//! [`Finding`]: the one answer to "why not", wherever it is asked — a condition of the rulebook
//! that [`evaluate`](super::evaluate()) finds unmet, a refusal of the workflow
//! ([`Refusal`](crate::workflow::Refusal)), a recheck that blocks a case, the ledger's record of
//! what went wrong.
//!
//! A finding keeps everything the law and the facts say: the rule (when one of the rulebook
//! sets the condition), **every** citation, the evidence grade, a typed [`FindingKind`] with
//! the figures (cap 10, actual 11; latest filing day and the day filed; the person and the
//! sanction; the delegation and why it did not apply) and what was wrong and what would
//! satisfy it, in Vietnamese and English. Its [`Ground`] (the family of the condition, used to
//! group refusals) is a function of the kind — never of a rule id or a topic.
//!
//! The kinds about the case itself (a step not allowed in a state, an actor who is not
//! competent, a date before the previous event) carry their figures in the types of the lower
//! floors (dates, roles, actors' ids, citations); the event and the state they refuse are in
//! the [`Refusal`](crate::workflow::Refusal) that holds them.
//!
//! ```
//! use doingoai::activity::{ActivityKind, Participant, ProposedActivity};
//! use doingoai::history::History;
//! use doingoai::org::{Official, Position};
//! use doingoai::rules::{evaluate, Cap, FindingKind, Ground, Rulebook, WeekdaysOnly};
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! // Đà Nẵng (CV 101/UBND-SNV): at most 10 persons in a delegation led by a provincial head
//! let mut trip = ProposedActivity::new("DR-DN-1", ActivityKind::OutboundDelegation, "34:48".parse()?, d(2025, 9, 1))
//!     .participant(Participant::head(Official::new("ct", "Chủ tịch", Position::PpcChairman)));
//! trip.participants.extend((1..11).map(|i| Participant::member(Official::new(format!("p{i}"), "X", Position::Staff))));
//! let dec = evaluate(&trip, Rulebook::shipped(), &WeekdaysOnly, &History::default())?;
//! let size = dec.violations.iter().find(|v| matches!(v.kind, FindingKind::CapExceeded { cap_on: Cap::DelegationSize, .. })).unwrap();
//! assert!(matches!(size.kind, FindingKind::CapExceeded { cap: 10, actual: 11, .. }));
//! assert_eq!(size.kind.ground(), Ground::Cap);
//! assert_eq!(size.citations[0].instrument.as_str(), "101/UBND-SNV");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;

use chrono::NaiveDate;

use crate::calendar::Period;
use crate::label::{vocabulary, Label};
use crate::law::{Citation, Evidence, Validity};
use crate::org::{Body, Channel, Jurisdiction};

use super::rule::{RuleId, Statement};
use super::{Anchor, Attribute, Family, HeadRank, Role, Sanction, Subject, Tenure};
use crate::activity::{AbtcEnterprise, AbtcPost};

vocabulary! {
    /// The family of a finding (what kind of condition failed), to group and filter refusals.
    /// It is a function of the [`FindingKind`] ([`FindingKind::ground`]).
    pub enum Ground {
        /// The event is not a transition of this procedure from the current state.
        Transition = ("transition", "bước không hợp lệ", "transition not allowed"),
        /// The actor may not perform this event.
        Authorization = ("authorization", "thẩm quyền", "authorization"),
        /// The request was filed after the latest filing date.
        LeadTime = ("lead_time", "thời hạn nộp hồ sơ", "lead time"),
        /// A member is under a disciplinary sanction that bars the trip.
        Discipline = ("discipline", "kỷ luật", "discipline"),
        /// A member's exit is suspended.
        ExitSuspension = ("exit_suspension", "tạm hoãn xuất cảnh", "exit suspension"),
        /// A cap (trips per year, size, days, countries, length, key leaders, relatives, funding) is exceeded.
        Cap = ("cap", "giới hạn", "cap"),
        /// Outside the annual plan, or the out-of-plan quota is exhausted.
        OutOfPlan = ("out_of_plan", "ngoài kế hoạch", "out of plan"),
        /// A step that must come first has not happened (consultation, opinion, escalation, approval…).
        Sequence = ("sequence", "trình tự", "sequence of steps"),
        /// A date is inconsistent (before an earlier step, outside the calendar, assessment of another day).
        Date = ("date", "ngày tháng", "date"),
        /// No sourced rule is in force for this case (the rulebook must be completed).
        NoRule = ("no_rule", "chưa có quy định", "no sourced rule"),
        /// Something owed was not met by its due day.
        Overdue = ("overdue", "quá hạn", "overdue"),
        /// A body named by the case no longer exists on the act date.
        BodyGone = ("body_gone", "cơ quan không còn tồn tại", "body no longer exists"),
        /// Any other condition.
        Other = ("other", "điều kiện khác", "other condition"),
    }
}

vocabulary! {
    /// Which numeric cap a [`FindingKind::CapExceeded`] is about.
    pub enum Cap {
        /// Trips abroad per person per calendar year.
        TripsPerPersonPerYear = ("trips_per_person_per_year", "số chuyến mỗi người mỗi năm", "trips per person per year"),
        /// Trips abroad per leader per calendar year.
        LeaderTripsPerYear = ("leader_trips_per_year", "số chuyến của lãnh đạo mỗi năm", "leader trips per year"),
        /// Persons in a delegation (for a head of a given rank).
        DelegationSize = ("delegation_size", "số thành viên đoàn", "delegation size"),
        /// Days in one country.
        DaysPerCountry = ("days_per_country", "số ngày ở mỗi nước", "days per country"),
        /// Countries in one trip.
        CountriesPerTrip = ("countries_per_trip", "số nước mỗi chuyến", "countries per trip"),
        /// Delegations outside the annual plan per year.
        OutOfPlanPerYear = ("out_of_plan_per_year", "số đoàn ngoài kế hoạch mỗi năm", "out-of-plan delegations per year"),
    }
}

/// Why a delegation of power did not let an actor decide.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "why", deny_unknown_fields)]
#[non_exhaustive]
pub enum DelegationGap {
    /// The written delegation does not cover this procedure.
    OutOfScope,
    /// The delegation is not in force on the act date (or was revoked).
    NotInForce {
        /// The act date.
        on: NaiveDate,
        /// The period of the delegation.
        validity: Validity,
        /// The day it was revoked, if it was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        revoked: Option<NaiveDate>,
    },
    /// An exception of the delegation holds for this matter: the power stays with its holder.
    Excepted {
        /// The attributes of the matter that the delegation excepts.
        attributes: Vec<Attribute>,
    },
}

/// A delegation that names the actor (or its role) but did not apply, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DelegationMiss {
    /// The delegate's role.
    pub to: Role,
    /// The written delegation.
    pub grant: Citation,
    /// Why it did not apply.
    pub why: DelegationGap,
}

/// What a [`Finding`] found, with its figures. The JSON form is tagged by `code`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "code", deny_unknown_fields)]
#[non_exhaustive]
pub enum FindingKind {
    // ---- conditions of the rulebook ----
    /// Filed after the latest filing day of a lead-time rule.
    Late {
        /// The latest filing day.
        latest: NaiveDate,
        /// The day filed.
        filed: NaiveDate,
        /// The lead time.
        lead: Period,
        /// The event the lead time counts back from.
        anchor: Anchor,
        /// The day of that event, when the facts give it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        anchor_on: Option<NaiveDate>,
    },
    /// A member serves a disciplinary sanction that bars the trip.
    Sanctioned {
        /// The member.
        person: String,
        /// The sanction.
        sanction: Sanction,
        /// The last day of the sanction, when the facts give it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<NaiveDate>,
    },
    /// A member's exit from Vietnam is suspended.
    ExitSuspended {
        /// The member.
        person: String,
    },
    /// A numeric cap is exceeded: `actual` against `cap`.
    CapExceeded {
        /// Which cap.
        cap_on: Cap,
        /// The cap.
        cap: u32,
        /// The figure of the request (this trip included).
        actual: u32,
        /// The person or country the figure counts, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        of: Option<String>,
        /// The calendar year counted, for yearly caps.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// The rank of the head the size cap applies to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        head: Option<HeadRank>,
    },
    /// A trip lasts longer than the cap.
    TripTooLong {
        /// The last day of the trip.
        ends: NaiveDate,
        /// The last day the cap allows.
        limit: NaiveDate,
        /// The cap.
        max: Period,
    },
    /// Two or more key leaders of one unit in one delegation.
    KeyLeadersTogether {
        /// The unit.
        unit: String,
        /// The key leaders.
        people: Vec<String>,
    },
    /// A relative of a member is in the delegation.
    RelativeIncluded {
        /// The relative.
        person: String,
        /// The member they are a relative of.
        of: String,
    },
    /// Organised, funded or invited by an enterprise.
    EnterpriseFunded,
    /// Outside the approved annual plan.
    OutOfPlan,
    /// No proposal (đề án) attached.
    ProposalMissing,
    /// A required opinion was not obtained.
    OpinionMissing {
        /// Whose opinion.
        of: Role,
    },
    /// No sourced rule of a family is in force for the request (the rulebook has a gap, or no
    /// rule at all, for this key); [`Finding::rule`] names the unsourced entry, if any.
    NoSourcedRule {
        /// The family missing (e.g. the authority).
        family: Family,
        /// The subject of the request.
        subject: Subject,
        /// The jurisdiction.
        jurisdiction: Jurisdiction,
        /// The date the rules were taken at.
        on: NaiveDate,
    },
    /// A body the case names no longer exists on the act date.
    BodyGone {
        /// The body.
        body: Body,
        /// Its last day.
        ended: NaiveDate,
        /// The body that took over its functions, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        successor: Option<Body>,
    },

    // ---- who may act ----
    /// The applicant may not decide its own request.
    ApplicantMayNotDecide {
        /// The applicant's id.
        applicant: String,
        /// The competent role.
        competent: Role,
    },
    /// The actor is not the competent (or higher) authority.
    NotCompetent {
        /// The actor's id.
        actor: String,
        /// The role it acted in.
        role: Role,
        /// The competent role.
        competent: Role,
        /// The holder of the competent role, when pinned.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        holder: Option<String>,
        /// The delegation naming the actor that did not apply, and why.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delegation: Option<DelegationMiss>,
    },
    /// The actor is neither the receiving body nor the competent authority.
    NotReceiving {
        /// The actor's id.
        actor: String,
        /// The role it acted in.
        role: Role,
        /// The receiving role.
        receiving: Role,
        /// The competent role.
        competent: Role,
        /// The delegation naming the actor that did not apply, and why.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delegation: Option<DelegationMiss>,
    },
    /// Only the applicant may take this step.
    NotApplicant {
        /// The actor's id.
        actor: String,
        /// The applicant's id.
        applicant: String,
    },
    /// The actor is not consulted in this case.
    NotConsulted {
        /// The actor's id.
        actor: String,
        /// The role it acted in.
        role: Role,
        /// The consultees.
        consultees: Vec<Role>,
    },
    /// The obligation belongs to another role.
    NotOwner {
        /// The actor's id.
        actor: String,
        /// The role that owes it.
        owner: Role,
    },

    // ---- sequence of steps ----
    /// The step is not a transition of the procedure from the current state.
    NotAStep,
    /// Nothing was submitted yet: there is no assessment.
    NotSubmitted,
    /// The consultee has already answered.
    AlreadyAnswered {
        /// The consultee.
        consultee: Role,
    },
    /// A consultee's reply is awaited.
    ReplyAwaited {
        /// The consultee.
        consultee: Role,
        /// Its reply deadline.
        until: NaiveDate,
    },
    /// A consultee objected: the higher authority must consent first.
    ObjectionNeedsConsent {
        /// The consultee.
        consultee: Role,
        /// The day of the objection.
        on: NaiveDate,
        /// The reason given.
        reason: String,
        /// The higher authority.
        higher: Role,
    },
    /// The rules provide no escalation for this case.
    NoEscalation,
    /// No consultee objected, so the case is not escalated.
    NoObjection {
        /// The competent role that decides instead.
        competent: Role,
    },
    /// No approval by a competent actor is recorded.
    NotApproved,
    /// The result report was already filed.
    AlreadyReported,
    /// The result report is not filed yet.
    ReportPending {
        /// Its due day.
        due: NaiveDate,
    },
    /// No open obligation of the kind to discharge.
    NothingToDischarge,

    /// Something owed was not met by its due day (overdue, or met late).
    NotMetByDue {
        /// The due day.
        due: NaiveDate,
        /// The day it was met, when met late.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        met: Option<NaiveDate>,
    },

    // ---- dates ----
    /// The act date is outside the calendar.
    UnusableDate {
        /// The act date.
        on: NaiveDate,
    },
    /// The event is dated before the previous one.
    BeforePreviousEvent {
        /// The act date.
        on: NaiveDate,
        /// The previous event's date.
        previous: NaiveDate,
    },
    /// The activity is carried out before its approval.
    BeforeApproval {
        /// The act date.
        on: NaiveDate,
        /// The approval's date.
        approved: NaiveDate,
    },
    /// A deadline cannot be computed with the calendar.
    DeadlineUncomputable {
        /// The day it counts from.
        from: NaiveDate,
        /// The period.
        period: Period,
    },
    /// The assessment was made as of another day than the act.
    AssessedOnAnotherDay {
        /// The assessment's date.
        as_of: NaiveDate,
        /// The act date.
        on: NaiveDate,
    },

    // ---- other ----
    /// A condition recorded by a case stored under schema version 1, which kept only its
    /// family and its English text (see [`SCHEMA_VERSION`](crate::workflow::SCHEMA_VERSION)).
    Recorded {
        /// The family of the condition.
        ground: Ground,
    },
    /// The assessment is for another channel than the applicant's.
    ChannelMismatch {
        /// The channel assessed.
        assessed: Channel,
        /// The applicant's channel.
        applicant: Channel,
    },
    /// An agreement by the shortened procedure without a ground of Luật 70/2020/QH14 Art.
    /// 35(2) (signing during a high-level visit; urgency for political or foreign-affairs
    /// reasons, emergency relief, disaster or epidemic).
    ShortenedWithoutGround,
    /// A figure of the request is below the minimum a condition sets (months, age).
    BelowMinimum {
        /// What is counted.
        of: Tenure,
        /// The minimum.
        min: u32,
        /// The figure of the request.
        actual: u32,
    },
    /// The post is not one the rule lists (QĐ 09/2023/QĐ-TTg Art. 9).
    PostNotListed {
        /// The post stated.
        post: AbtcPost,
        /// The enterprise case.
        enterprise: AbtcEnterprise,
    },
    /// The enterprise has no signed or direct cooperation with partners of APEC economies.
    NoApecPartner,
    /// The enterprise did not file its yearly report on card use (QĐ 09/2023/QĐ-TTg Art. 27(5)).
    YearlyReportMissing,
}

impl FindingKind {
    /// The family of the condition that failed.
    ///
    /// ```
    /// use doingoai::rules::{Cap, FindingKind, Ground};
    /// let k = FindingKind::CapExceeded { cap_on: Cap::OutOfPlanPerYear, cap: 2, actual: 3, of: None, year: Some(2025), head: None };
    /// assert_eq!(k.ground(), Ground::OutOfPlan);
    /// ```
    pub fn ground(&self) -> Ground {
        use FindingKind as K;
        match self {
            K::Late { .. } => Ground::LeadTime,
            K::Sanctioned { .. } => Ground::Discipline,
            K::ExitSuspended { .. } => Ground::ExitSuspension,
            K::CapExceeded {
                cap_on: Cap::OutOfPlanPerYear,
                ..
            }
            | K::OutOfPlan => Ground::OutOfPlan,
            K::CapExceeded { .. }
            | K::TripTooLong { .. }
            | K::KeyLeadersTogether { .. }
            | K::RelativeIncluded { .. }
            | K::EnterpriseFunded => Ground::Cap,
            K::ProposalMissing
            | K::ChannelMismatch { .. }
            | K::ShortenedWithoutGround
            | K::BelowMinimum { .. }
            | K::PostNotListed { .. }
            | K::NoApecPartner
            | K::YearlyReportMissing => Ground::Other,
            K::Recorded { ground } => *ground,
            K::NoSourcedRule { .. } => Ground::NoRule,
            K::BodyGone { .. } => Ground::BodyGone,
            K::ApplicantMayNotDecide { .. }
            | K::NotCompetent { .. }
            | K::NotReceiving { .. }
            | K::NotApplicant { .. }
            | K::NotConsulted { .. }
            | K::NotOwner { .. } => Ground::Authorization,
            K::NotAStep => Ground::Transition,
            K::OpinionMissing { .. }
            | K::NotSubmitted
            | K::AlreadyAnswered { .. }
            | K::ReplyAwaited { .. }
            | K::ObjectionNeedsConsent { .. }
            | K::NoEscalation
            | K::NoObjection { .. }
            | K::NotApproved
            | K::AlreadyReported
            | K::ReportPending { .. }
            | K::NothingToDischarge => Ground::Sequence,
            K::NotMetByDue { .. } => Ground::Overdue,
            K::UnusableDate { .. }
            | K::BeforePreviousEvent { .. }
            | K::BeforeApproval { .. }
            | K::DeadlineUncomputable { .. }
            | K::AssessedOnAnotherDay { .. } => Ground::Date,
        }
    }
}

/// A statement in Vietnamese and English.
pub(crate) fn text(vi: impl Into<String>, en: impl Into<String>) -> Statement {
    Statement {
        vi: vi.into(),
        en: en.into(),
    }
}

/// One "why not": the rule, every citation, the evidence grade, the typed kind with its figures,
/// and what was wrong and what would satisfy it in Vietnamese and English (see the module docs).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Finding {
    /// The rule of the rulebook that sets the condition; `None` for a condition of the
    /// procedure itself (who may act, the order of steps, dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleId>,
    /// What was found, with its figures.
    pub kind: FindingKind,
    /// Every provision that sets the condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
    /// The evidence grade of the rule, when a graded rule sets the condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// What is wrong.
    pub wrong: Statement,
    /// What would satisfy the condition.
    pub satisfy: Statement,
}

impl Finding {
    /// A finding of this kind, with what was wrong and what would satisfy it.
    pub fn new(kind: FindingKind, wrong: Statement, satisfy: Statement) -> Self {
        Finding {
            rule: None,
            kind,
            citations: Vec::new(),
            evidence: None,
            wrong,
            satisfy,
        }
    }

    /// The same finding under a rule of the rulebook: its id, every citation and its grade.
    pub fn under(mut self, rule: RuleId, citations: &[Citation], evidence: Evidence) -> Self {
        self.rule = Some(rule);
        for c in citations {
            self = self.cite(c.clone());
        }
        self.evidence = Some(evidence);
        self
    }

    /// The same finding under the rule a figure of the workflow comes from.
    pub fn sourced(self, source: &super::Provenance) -> Self {
        self.under(source.rule.clone(), &source.citations, source.evidence)
    }

    /// The same finding with one more citation (kept once).
    pub fn cite(mut self, citation: Citation) -> Self {
        if !self.citations.contains(&citation) {
            self.citations.push(citation);
        }
        self
    }

    /// The same finding with an evidence grade.
    pub fn graded(mut self, evidence: Option<Evidence>) -> Self {
        self.evidence = evidence;
        self
    }

    /// The family of the condition that failed ([`FindingKind::ground`]).
    pub fn ground(&self) -> Ground {
        self.kind.ground()
    }

    /// The rule id as text, if a rule of the rulebook sets the condition.
    pub fn rule_id(&self) -> Option<&str> {
        self.rule.as_ref().map(RuleId::as_str)
    }

    /// Filed on `filed`, after `latest`, the latest day of a lead time of `lead` before the
    /// `anchor` (on `anchor_on`, when known). The text is the same wherever the lateness is
    /// found: by [`evaluate`](super::evaluate()) or at the workflow's submission.
    pub fn late(
        latest: NaiveDate,
        filed: NaiveDate,
        lead: Period,
        anchor: Anchor,
        anchor_on: Option<NaiveDate>,
    ) -> Self {
        let days = (filed - latest).num_days();
        let moved = anchor_on.and_then(|a| a.checked_add_signed(filed - latest));
        let (move_vi, move_en) = match moved {
            Some(m) => (
                format!(
                    "hoặc lùi {} đến ngày {} trở đi",
                    anchor.vi(),
                    m.format("%d/%m/%Y")
                ),
                format!(
                    "or move the {} to {} or later",
                    anchor.en(),
                    m.format("%d/%m/%Y")
                ),
            ),
            None => (
                format!("hoặc lùi {} ít nhất {days} ngày", anchor.vi()),
                format!("or move the {} at least {days} days later", anchor.en()),
            ),
        };
        Finding::new(
            FindingKind::Late {
                latest,
                filed,
                lead,
                anchor,
                anchor_on,
            },
            text(
                format!(
                    "nộp ngày {}, muộn hơn hạn cuối {} ({} trước {})",
                    filed.format("%d/%m/%Y"),
                    latest.format("%d/%m/%Y"),
                    super::period_vi(lead),
                    anchor.vi()
                ),
                format!(
                    "filed on {}, after the latest filing date {} ({} before the {})",
                    filed.format("%d/%m/%Y"),
                    latest.format("%d/%m/%Y"),
                    lead.en(),
                    anchor.en()
                ),
            ),
            text(
                format!(
                    "nộp hồ sơ đầy đủ chậm nhất ngày {}, {move_vi}",
                    latest.format("%d/%m/%Y")
                ),
                format!(
                    "file the complete dossier by {}, {move_en}",
                    latest.format("%d/%m/%Y")
                ),
            ),
        )
    }
}

impl From<crate::org::BodyGone> for Finding {
    /// A request filed by, or a step assigned to, a body that no longer exists
    /// ([`check_exists`](crate::org::check_exists)): the body, its last day and its successor
    /// as figures, with the instruments that ended it and how the end is known. No rule of the
    /// rulebook sets this condition (`rule` is `None`); [`evaluate`](super::evaluate()) and the
    /// workflow's submission report it alike.
    fn from(g: crate::org::BodyGone) -> Self {
        let found = Finding::new(
            FindingKind::BodyGone {
                body: g.body.clone(),
                ended: g.ended,
                successor: g.successor.clone(),
            },
            text(g.vi(), g.to_string()),
            text(g.remedy_vi(), g.remedy_en()),
        );
        let mut found = g.citations.into_iter().fold(found, Finding::cite);
        found.evidence = Some(g.evidence);
        found
    }
}

impl fmt::Display for Finding {
    /// `[ground] what is wrong (citations); to satisfy: …`, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.ground().en(), self.wrong.en)?;
        if !self.citations.is_empty() {
            let cites: Vec<String> = self.citations.iter().map(Citation::en).collect();
            write!(f, " ({})", cites.join("; "))?;
        }
        write!(f, "; to satisfy: {}", self.satisfy.en)
    }
}

#[cfg(test)]
mod tests {
    //! The figures of each kind of finding, as the checks and `evaluate` produce them.

    use chrono::NaiveDate;

    use super::*;
    use crate::activity::ActivityKind;
    use crate::activity::CountryVisit;
    use crate::history::{History, PastTrip};
    use crate::rules::evaluate::evaluate_flat as evaluate;
    use crate::rules::facts::{FlatFacts, FlatParticipant};
    use crate::rules::{AttrSet, Condition, Rulebook, WeekdaysOnly};

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).expect("a date")
    }

    fn outbound(j: &str, filed: NaiveDate) -> FlatFacts<'static> {
        let mut f = FlatFacts::new(
            Subject::Activity(ActivityKind::OutboundDelegation),
            j.parse().expect("a jurisdiction"),
            filed,
        );
        f.starts_on = Some(d(2025, 10, 6));
        f.ends_on = Some(d(2025, 10, 8));
        f.in_plan = Some(true);
        f
    }

    fn members(n: usize) -> Vec<FlatParticipant<'static>> {
        (0..n)
            .map(|i| FlatParticipant {
                person: format!("p{i}").into(),
                unit: "so-a".into(),
                ..FlatParticipant::default()
            })
            .collect()
    }

    fn kinds(c: Condition, f: &FlatFacts, h: &History) -> Vec<FindingKind> {
        c.check_flat(f, h, &WeekdaysOnly)
            .into_iter()
            .map(|x| x.kind)
            .collect()
    }

    #[test]
    fn da_nang_cv_101_eleven_persons_under_a_provincial_head_exceed_the_cap_of_ten() {
        let mut f = outbound("34:48", d(2025, 9, 1));
        f.head_rank = Some(HeadRank::ProvincialHead);
        f.participants = members(11);
        let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default())
            .expect("evaluates");
        let size = dec
            .violations
            .iter()
            .find(|v| {
                v.rule_id() == Some("da_nang.outbound_delegation.condition.size_provincial_head")
            })
            .expect("the size cap");
        assert_eq!(
            size.kind,
            FindingKind::CapExceeded {
                cap_on: Cap::DelegationSize,
                cap: 10,
                actual: 11,
                of: None,
                year: None,
                head: Some(HeadRank::ProvincialHead),
            }
        );
        assert_eq!(size.ground(), Ground::Cap);
        assert_eq!(size.citations[0].instrument.as_str(), "101/UBND-SNV");
        assert_eq!(size.evidence, Some(Evidence::Secondary));
        assert!(size.wrong.vi.contains("11 người") && size.wrong.en.contains("11 members"));
    }

    #[test]
    fn late_filing_carries_the_latest_day_the_day_filed_the_lead_and_the_anchor_day() {
        // QĐ 06/2020 Art. 4(1)(a): 40 days before a PM-tier conference on 20/03/2026
        let mut f = FlatFacts::new(
            Subject::Activity(ActivityKind::InternationalConference),
            "34:48".parse().expect("j"),
            d(2026, 3, 1),
        );
        f.attributes = AttrSet::of(&[Attribute::SensitiveTopic]);
        f.starts_on = Some(d(2026, 3, 20));
        let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default())
            .expect("evaluates");
        let late = dec
            .violations
            .iter()
            .find(|v| v.ground() == Ground::LeadTime)
            .expect("late");
        assert_eq!(
            late.kind,
            FindingKind::Late {
                latest: d(2026, 2, 8),
                filed: d(2026, 3, 1),
                lead: Period::CalendarDays(40),
                anchor: Anchor::Start,
                anchor_on: Some(d(2026, 3, 20)),
            }
        );
        assert_eq!(late.rule_id(), Some("vn.conference.lead_time.pm_tier"));
        assert!(
            late.satisfy.en.contains("10/04/2026"),
            "{}",
            late.satisfy.en
        );
    }

    #[test]
    fn a_sanctioned_member_is_named_with_the_sanction_and_its_last_day() {
        let mut f = outbound("63:79", d(2019, 9, 1));
        f.participants = members(2);
        f.participants[1].serving_sanction = Some(Sanction::Warning);
        f.participants[1].sanction_until = Some(d(2020, 2, 28));
        let found = kinds(
            Condition::NoSanctionAtLeast {
                level: Sanction::Reprimand,
            },
            &f,
            &History::default(),
        );
        assert_eq!(
            found,
            vec![FindingKind::Sanctioned {
                person: "p1".into(),
                sanction: Sanction::Warning,
                until: Some(d(2020, 2, 28)),
            }]
        );
        assert_eq!(found[0].ground(), Ground::Discipline);
    }

    #[test]
    fn exit_suspension_relatives_key_leaders_enterprise_plan_proposal_and_opinion() {
        let mut f = outbound("34:48", d(2025, 9, 1));
        f.participants = members(3);
        f.participants[0].exit_suspended = true;
        f.participants[1].key_leader = true;
        f.participants[2].key_leader = true;
        f.participants[2].relative_of = Some("p0".into());
        f.enterprise_funded = true;
        f.in_plan = Some(false);
        f.proposal_attached = Some(false);
        let h = History::default();
        assert_eq!(
            kinds(Condition::NoExitSuspension, &f, &h),
            vec![FindingKind::ExitSuspended {
                person: "p0".into()
            }]
        );
        assert_eq!(
            kinds(Condition::NoTwoKeyLeadersTogether, &f, &h),
            vec![FindingKind::KeyLeadersTogether {
                unit: "so-a".into(),
                people: vec!["p1".into(), "p2".into()]
            }]
        );
        assert_eq!(
            kinds(Condition::NoRelatives, &f, &h),
            vec![FindingKind::RelativeIncluded {
                person: "p2".into(),
                of: "p0".into()
            }]
        );
        assert_eq!(
            kinds(Condition::NoEnterpriseFunded, &f, &h),
            vec![FindingKind::EnterpriseFunded]
        );
        assert_eq!(
            kinds(Condition::InAnnualPlan, &f, &h),
            vec![FindingKind::OutOfPlan]
        );
        assert_eq!(
            kinds(Condition::ProposalRequired, &f, &h),
            vec![FindingKind::ProposalMissing]
        );
        let opinion = kinds(
            Condition::OpinionRequired {
                of: Role::ProvincialPartyStanding,
            },
            &f,
            &h,
        );
        assert_eq!(
            opinion,
            vec![FindingKind::OpinionMissing {
                of: Role::ProvincialPartyStanding
            }]
        );
        assert_eq!(opinion[0].ground(), Ground::Sequence);
    }

    #[test]
    fn yearly_caps_count_this_trip_and_name_the_year() {
        let mut f = outbound("34:48", d(2025, 9, 1));
        f.participants = members(1);
        f.participants[0].leader = true;
        f.in_plan = Some(false);
        let trip = |m| PastTrip {
            person: "p0".into(),
            start: d(2025, m, 1),
            jurisdiction: "34:48".parse().expect("j"),
            out_of_plan: true,
        };
        let h = History {
            trips: vec![trip(2), trip(5)].into(),
        };
        let cap = |cap_on, of: Option<&str>| FindingKind::CapExceeded {
            cap_on,
            cap: 2,
            actual: 3,
            of: of.map(str::to_string),
            year: Some(2025),
            head: None,
        };
        assert_eq!(
            kinds(Condition::MaxTripsPerPersonPerYear { max: 2 }, &f, &h),
            vec![cap(Cap::TripsPerPersonPerYear, Some("p0"))]
        );
        assert_eq!(
            kinds(Condition::MaxLeaderTripsPerYear { max: 2 }, &f, &h),
            vec![cap(Cap::LeaderTripsPerYear, Some("p0"))]
        );
        let out_of_plan = kinds(Condition::MaxOutOfPlanPerYear { max: 2 }, &f, &h);
        assert_eq!(out_of_plan, vec![cap(Cap::OutOfPlanPerYear, None)]);
        assert_eq!(out_of_plan[0].ground(), Ground::OutOfPlan);
    }

    #[test]
    fn countries_days_and_length_caps_carry_the_figures() {
        let mut f = outbound("34:48", d(2025, 9, 1));
        f.countries = vec![CountryVisit::new("JP", 4), CountryVisit::new("KR", 2)].into();
        let h = History::default();
        assert_eq!(
            kinds(Condition::MaxCountriesPerTrip { max: 1 }, &f, &h),
            vec![FindingKind::CapExceeded {
                cap_on: Cap::CountriesPerTrip,
                cap: 1,
                actual: 2,
                of: None,
                year: None,
                head: None
            }]
        );
        assert_eq!(
            kinds(
                Condition::MaxDaysPerCountry {
                    max: 3,
                    major_event_max: Some(5)
                },
                &f,
                &h
            ),
            vec![FindingKind::CapExceeded {
                cap_on: Cap::DaysPerCountry,
                cap: 3,
                actual: 4,
                of: Some("JP".into()),
                year: None,
                head: None
            }]
        );
        // 06/10 – 08/10 with a cap of 2 days: the last allowed day is 07/10
        assert_eq!(
            kinds(
                Condition::MaxTripLength {
                    max: Period::CalendarDays(2)
                },
                &f,
                &h
            ),
            vec![FindingKind::TripTooLong {
                ends: d(2025, 10, 8),
                limit: d(2025, 10, 7),
                max: Period::CalendarDays(2)
            }]
        );
    }

    #[test]
    fn no_sourced_authority_names_the_key_and_the_unsourced_entry() {
        // Luật 49/2019 Art. 11 names no provincial people's-channel sender (fidelity audit
        // B-3): no sourced authority, under the unsourced entry that says so
        let mut f = outbound("63:79", d(2025, 3, 3));
        f.channel = Channel::People;
        let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default())
            .expect("evaluates");
        assert!(dec.authority.is_none() && !dec.is_admissible());
        let gap = dec
            .violations
            .iter()
            .find(|v| v.ground() == Ground::NoRule)
            .expect("no sourced rule");
        assert_eq!(
            gap.kind,
            FindingKind::NoSourcedRule {
                family: Family::Authority,
                subject: Subject::Activity(ActivityKind::OutboundDelegation),
                jurisdiction: "63:79".parse().expect("j"),
                on: d(2025, 3, 3),
            }
        );
        assert_eq!(
            gap.rule_id(),
            Some("vn.outbound_delegation.authority.sender_people")
        );
        assert!(gap
            .citations
            .iter()
            .any(|c| c.instrument.as_str() == "49/2019/QH14"));
    }

    #[test]
    fn the_json_form_is_tagged_by_code_and_round_trips() {
        let f = Finding::new(
            FindingKind::BodyGone {
                body: crate::org::Body::central(
                    crate::org::BodyKind::CentralExternalRelationsCommission,
                ),
                ended: d(2025, 2, 28),
                successor: Some(crate::org::Body::central(crate::org::BodyKind::Mofa)),
            },
            text("cơ quan không còn", "the body no longer exists"),
            text("gửi cơ quan kế thừa", "address the successor"),
        );
        assert_eq!(f.ground(), Ground::BodyGone);
        let json = serde_json::to_value(&f).expect("json");
        assert_eq!(json["kind"]["code"], "body_gone");
        assert_eq!(serde_json::from_value::<Finding>(json).expect("back"), f);
    }
}
