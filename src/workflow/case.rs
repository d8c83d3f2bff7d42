//! The runtime face: a serialisable [`Case`] holding state, facts, deadlines and the log of
//! accepted events, changed only by [`Case::apply`].
//!
//! `apply` works in two phases: it first decides, reading the case only, everything the event
//! would do (or every reason it may not); only then does it write. A refused event therefore
//! leaves the case exactly as it was (smlang #75 cannot happen here).

use chrono::NaiveDate;

use crate::activity::ProposedActivity;
use crate::calendar::WorkCalendar;
use crate::law::Citation;
use crate::org::{Body, Channel, Jurisdiction};
use crate::workflow::transition::Effect;

use super::{
    Action, Actor, Assessment, Deadline, DeadlineView, Event, LogEntry, Outcome, Procedure,
    Refusal, Role, State,
};

/// The facts of a case that the workflow itself needs (the full facts of the activity are
/// assessed by the rulebook and travel in the [`Assessment`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CaseFacts {
    /// A short title (e.g. the delegation's purpose).
    pub title: String,
    /// The jurisdiction whose rules apply.
    pub jurisdiction: Jurisdiction,
    /// The applicant's channel.
    pub channel: Channel,
    /// First day of the activity, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<NaiveDate>,
    /// Last day of the activity, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<NaiveDate>,
    /// The body filing the request, when known: a submission by a body that no longer exists
    /// on the act date is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_body: Option<Body>,
}

impl CaseFacts {
    /// Facts with a title, jurisdiction and channel.
    pub fn new(title: impl Into<String>, jurisdiction: Jurisdiction, channel: Channel) -> Self {
        CaseFacts {
            title: title.into(),
            jurisdiction,
            channel,
            starts: None,
            ends: None,
            applicant_body: None,
        }
    }

    /// The same facts with the activity's dates.
    pub fn dates(mut self, starts: NaiveDate, ends: NaiveDate) -> Self {
        self.starts = Some(starts);
        self.ends = Some(ends);
        self
    }
}

/// A consultee's answer as recorded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "answer")]
#[non_exhaustive]
pub enum Answer {
    /// No answer yet.
    Pending,
    /// Agreed on `on`.
    Agreed {
        /// The day of the answer.
        on: NaiveDate,
    },
    /// Objected on `on`.
    Objected {
        /// The day of the answer.
        on: NaiveDate,
        /// The reason given.
        reason: String,
    },
    /// No answer by the deadline; noted when the consultation was closed.
    Silent {
        /// The day the consultation was closed.
        noted: NaiveDate,
        /// Whether the silence counts as consent, as the consultation's rule says
        /// ([`ConsultationRecord::silence_is_consent`]).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        consent: bool,
    },
}

/// One consultation of a case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ConsultationRecord {
    /// The body consulted.
    pub consultee: Role,
    /// The day the request was sent.
    pub sent: NaiveDate,
    /// The reply deadline.
    pub due: NaiveDate,
    /// The rule that sets the reply period.
    pub citation: Citation,
    /// The answer.
    pub answer: Answer,
    /// Index of its deadline in [`Case::all_deadlines`].
    pub deadline: usize,
    /// Whether silence after the due day counts as consent (the rule at
    /// [`ConsultationRecord::citation`] says so, e.g. QĐ 09/2023/QĐ-TTg Art. 12(5)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub silence_is_consent: bool,
}

/// On what basis a decision was taken.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "basis")]
#[non_exhaustive]
pub enum Basis {
    /// The actor holds the authority itself.
    Holder,
    /// The actor decided under a delegation of power.
    Delegate {
        /// The written delegation.
        grant: Citation,
    },
    /// The higher authority after escalation.
    Higher,
}

/// A decision as recorded: who, when, on what basis, under which rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DecisionRecord {
    /// Who decided.
    pub by: Actor,
    /// When.
    pub on: NaiveDate,
    /// On what basis.
    pub basis: Basis,
    /// The rule that gives the power.
    pub citation: Citation,
}

/// A case: one activity going through its procedure.
///
/// ```
/// use doingoai::rules::{DecisionTier, Ground};
/// use doingoai::workflow::*;
/// use doingoai::{Channel, Citation, DueStatus, Jurisdiction, Period};
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let applicant = Actor::body("so-van-hoa", Role::Organiser);
/// let mut case = Case::new("P-2025-001", Procedure::Press, applicant.clone(),
///     CaseFacts::new("Phỏng vấn tại Hội An", Jurisdiction::National, Channel::State));
/// let assessment = Assessment::new("vn-2025.1", d(3, 3), Channel::State, DecisionTier::Provincial,
///         Authority::new(Role::ProvincialChairman, Citation::article("88/2012/NĐ-CP", 13).clause(3)))
///     .decide_within(TimeLimit::new(Period::WorkingDays(5), Citation::article("88/2012/NĐ-CP", 13).clause(3)),
///                    DecisionClock::Receipt);
/// case.apply(Event::new(applicant.clone(), d(3, 3), Action::Submit { assessment: Box::new(assessment) }))?;
/// let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
/// case.apply(Event::new(chairman.clone(), d(3, 4), Action::Accept))?;
///
/// // the applicant may not approve its own request; the case does not change
/// let before = case.clone();
/// let no = case.apply(Event::new(applicant, d(3, 5), Action::Approve)).unwrap_err();
/// assert!(no.has(Ground::Authorization));
/// assert_eq!(case, before);
///
/// let ok = case.apply(Event::new(chairman, d(3, 7), Action::Approve))?;
/// assert_eq!(ok.to, State::Approved);
/// assert_eq!(case.deadlines(d(3, 7))[0].status, DueStatus::MetOnTime);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A case holds each fact once: the assessment it is under stays in the event of the log that
/// brought it (the case refers to that entry), the log entries share one rulebook version's
/// text (with the thread's other cases under the same version). Its
/// serde form (e.g. inside a simulated year) is the full one, with the assessment written out;
/// the stored form of [`Case::to_json`] is the log.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(from = "CaseForm")]
pub struct Case {
    pub(crate) id: String,
    pub(crate) procedure: Procedure,
    pub(crate) applicant: Actor,
    pub(crate) facts: CaseFacts,
    pub(crate) state: State,
    pub(crate) assessment: Held,
    pub(crate) hosting: Option<Box<DecisionRecord>>,
    pub(crate) consultations: Vec<ConsultationRecord>,
    pub(crate) deadlines: Vec<Deadline>,
    pub(crate) approval: Option<Box<DecisionRecord>>,
    pub(crate) carried_out: Option<NaiveDate>,
    pub(crate) blocking: Vec<crate::rules::Finding>,
    pub(crate) log: Vec<LogEntry>,
}

/// Two cases are equal when every field is, the assessment compared by value wherever it is
/// held.
impl PartialEq for Case {
    fn eq(&self, other: &Case) -> bool {
        self.id == other.id
            && self.procedure == other.procedure
            && self.applicant == other.applicant
            && self.facts == other.facts
            && self.state == other.state
            && self.assessment() == other.assessment()
            && self.hosting == other.hosting
            && self.consultations == other.consultations
            && self.deadlines == other.deadlines
            && self.approval == other.approval
            && self.carried_out == other.carried_out
            && self.blocking == other.blocking
            && self.log == other.log
    }
}

impl Eq for Case {}

/// Where the assessment a case is under is held.
#[derive(Debug, Clone)]
pub(crate) enum Held {
    /// Not submitted.
    None,
    /// In the event of this log entry (the submission, resubmission or hosting request that
    /// brought it): the one copy.
    Logged(usize),
    /// Held by the case itself: a serde form whose assessment is not one of its log's.
    Own(Box<Assessment>),
}

/// The serde form of a [`Case`] (the fields as they were before the assessment was held once;
/// `Case` is written and read in this form).
#[derive(serde::Serialize)]
#[serde(rename = "Case")]
struct CaseOut<'a> {
    id: &'a str,
    procedure: Procedure,
    applicant: &'a Actor,
    facts: &'a CaseFacts,
    state: State,
    assessment: Option<&'a Assessment>,
    hosting: Option<&'a DecisionRecord>,
    consultations: &'a [ConsultationRecord],
    deadlines: &'a [Deadline],
    approval: Option<&'a DecisionRecord>,
    carried_out: Option<NaiveDate>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    blocking: &'a [crate::rules::Finding],
    log: &'a [LogEntry],
}

/// The serde form of a [`Case`], read.
#[derive(serde::Deserialize)]
#[serde(rename = "Case")]
struct CaseForm {
    id: String,
    procedure: Procedure,
    applicant: Actor,
    facts: CaseFacts,
    state: State,
    assessment: Option<Box<Assessment>>,
    hosting: Option<DecisionRecord>,
    consultations: Vec<ConsultationRecord>,
    deadlines: Vec<Deadline>,
    approval: Option<DecisionRecord>,
    carried_out: Option<NaiveDate>,
    #[serde(default)]
    blocking: Vec<crate::rules::Finding>,
    log: Vec<LogEntry>,
}

impl From<CaseForm> for Case {
    fn from(f: CaseForm) -> Case {
        // the assessment of the last filing in the log (submission, resubmission, hosting
        // request), when it is the same; else the case keeps its own
        let last_filing = f.log.iter().rposition(|e| {
            matches!(
                e.event.action,
                Action::Submit { .. } | Action::Resubmit { .. } | Action::RequestHosting { .. }
            )
        });
        let assessment = match (f.assessment, last_filing) {
            (None, _) => Held::None,
            (Some(a), Some(i))
                if f.log.get(i).and_then(|e| e.event.action.assessment()) == Some(&*a) =>
            {
                Held::Logged(i)
            }
            (Some(a), _) => Held::Own(a),
        };
        Case {
            id: f.id,
            procedure: f.procedure,
            applicant: f.applicant,
            facts: f.facts,
            state: f.state,
            assessment,
            hosting: f.hosting.map(Box::new),
            consultations: f.consultations,
            deadlines: f.deadlines,
            approval: f.approval.map(Box::new),
            carried_out: f.carried_out,
            blocking: f.blocking,
            log: f.log,
        }
    }
}

impl serde::Serialize for Case {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let out = CaseOut {
            id: &self.id,
            procedure: self.procedure,
            applicant: &self.applicant,
            facts: &self.facts,
            state: self.state,
            assessment: self.assessment(),
            hosting: self.hosting.as_deref(),
            consultations: &self.consultations,
            deadlines: &self.deadlines,
            approval: self.approval.as_deref(),
            carried_out: self.carried_out,
            blocking: &self.blocking,
            log: &self.log,
        };
        serde::Serialize::serialize(&out, s)
    }
}

/// The calendar [`Case::apply`] uses.
pub(crate) fn default_calendar() -> &'static WorkCalendar {
    static CAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
    CAL.get_or_init(WorkCalendar::state_agency)
}

impl Case {
    /// A new case in [`State::Draft`].
    pub fn new(
        id: impl Into<String>,
        procedure: Procedure,
        applicant: Actor,
        facts: CaseFacts,
    ) -> Self {
        Case {
            id: id.into(),
            procedure,
            applicant,
            facts,
            state: State::Draft,
            assessment: Held::None,
            hosting: None,
            consultations: Vec::new(),
            deadlines: Vec::new(),
            approval: None,
            carried_out: None,
            blocking: Vec::new(),
            log: Vec::new(),
        }
    }

    /// A new case for a proposed activity: the procedure from its kind, the applicant body
    /// acting as [`Role::Organiser`] (its id is the body's name, or its kind and
    /// jurisdiction; without a body, `applicant@` the activity's jurisdiction), the facts
    /// from the activity (title, jurisdiction, channel in effect, dates, applicant body). The
    /// case's id is the activity's. `None` for a kind without a workflow (e.g. an
    /// inspection), and for a request that cannot be real
    /// ([`ProposedActivity::validate`] says why).
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::workflow::{Case, Procedure, Role};
    /// use chrono::NaiveDate;
    /// let j = Jurisdiction::new_unit(42).unwrap();
    /// let visit = ProposedActivity::new("DV-1", ActivityKind::InboundDelegation, j, NaiveDate::from_ymd_opt(2026, 2, 2).unwrap())
    ///     .by(Body::new(BodyKind::ProvincialFriendshipUnion, j).named("Liên hiệp hữu nghị"));
    /// let case = Case::for_activity(&visit).unwrap();
    /// assert_eq!(case.procedure(), Procedure::Inbound);
    /// assert_eq!(case.applicant().id, "Liên hiệp hữu nghị");
    /// assert_eq!(case.facts().channel, doingoai::Channel::People); // the union's channel
    /// ```
    pub fn for_activity(activity: &ProposedActivity) -> Option<Case> {
        let id = match &activity.applicant {
            Some(body) => body
                .name
                .clone()
                .unwrap_or_else(|| format!("{}@{}", body.kind.code(), body.jurisdiction)),
            None => format!("applicant@{}", activity.jurisdiction),
        };
        Case::for_activity_by(activity, Actor::body(id, Role::Organiser))
    }

    /// A new case for a proposed activity filed by `applicant` (e.g. the NGO committee asking
    /// the province's opinion on a registration): as [`Case::for_activity`] with the
    /// applicant given.
    pub fn for_activity_by(activity: &ProposedActivity, applicant: Actor) -> Option<Case> {
        activity.validate().ok()?;
        let procedure = Procedure::for_kind(activity.kind)?;
        let facts = CaseFacts {
            title: activity.title.clone(),
            jurisdiction: activity.jurisdiction,
            channel: activity.channel(),
            starts: activity.starts_on,
            ends: activity.ends_on,
            applicant_body: activity.applicant.clone(),
        };
        Some(Case::new(
            activity.id.0.clone(),
            procedure,
            applicant,
            facts,
        ))
    }

    /// The case's identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The procedure.
    pub fn procedure(&self) -> Procedure {
        self.procedure
    }
    /// The applicant.
    pub fn applicant(&self) -> &Actor {
        &self.applicant
    }
    /// The facts.
    pub fn facts(&self) -> &CaseFacts {
        &self.facts
    }
    /// The current state.
    pub fn state(&self) -> State {
        self.state
    }
    /// The assessment the case is under (from the last submission), if submitted.
    pub fn assessment(&self) -> Option<&Assessment> {
        match &self.assessment {
            Held::None => None,
            Held::Logged(i) => self.log.get(*i).and_then(|e| e.event.action.assessment()),
            Held::Own(a) => Some(a),
        }
    }
    /// The rulebook version the case is under, if submitted.
    pub fn rulebook_version(&self) -> Option<&str> {
        self.assessment().map(|a| a.rulebook_version.as_str())
    }
    /// The hosting approval in principle, if given.
    pub fn hosting(&self) -> Option<&DecisionRecord> {
        self.hosting.as_deref()
    }
    /// The consultations of the current submission.
    pub fn consultations(&self) -> &[ConsultationRecord] {
        &self.consultations
    }
    /// The approval, if given.
    pub fn approval(&self) -> Option<&DecisionRecord> {
        self.approval.as_deref()
    }
    /// The day the activity was carried out, if it was.
    pub fn carried_out(&self) -> Option<NaiveDate> {
        self.carried_out
    }
    /// The conditions the latest recheck found violated (they block approval and execution).
    pub fn blocking(&self) -> &[crate::rules::Finding] {
        &self.blocking
    }
    /// The log of accepted events.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }
    /// The accepted events, in order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.log.iter().map(|e| &e.event)
    }
    /// Every deadline the case ever created, in creation order.
    pub fn all_deadlines(&self) -> &[Deadline] {
        &self.deadlines
    }

    /// Every deadline with its status as of `as_of`: due, met (on time or late), missed,
    /// lapsed.
    pub fn deadlines(&self, as_of: NaiveDate) -> Vec<DeadlineView> {
        self.deadlines
            .iter()
            .map(|d| DeadlineView {
                deadline: d.clone(),
                status: d.status(as_of),
            })
            .collect()
    }

    /// The obligations created after approval or execution (result report, passport return,
    /// notices, start) with their status as of `as_of`.
    pub fn obligations(&self, as_of: NaiveDate) -> Vec<DeadlineView> {
        self.deadlines(as_of)
            .into_iter()
            .filter(|v| v.deadline.kind.owed().is_some())
            .collect()
    }

    /// Applies an event with the state-agency calendar ([`WorkCalendar::state_agency`]). A
    /// refused event changes nothing.
    pub fn apply(&mut self, event: Event) -> Result<Outcome, Refusal> {
        self.apply_with(default_calendar(), event)
    }

    /// Applies an event, computing its deadlines with `cal`. A refused event changes nothing.
    pub fn apply_with(&mut self, cal: &WorkCalendar, event: Event) -> Result<Outcome, Refusal> {
        let mut fx = Effect::new(self.state);
        self.decide_into(cal, &event, &mut fx)?;
        Ok(self.commit(&mut fx, event))
    }

    /// As [`Case::apply_with`], giving the event back with the refusal.
    pub(crate) fn try_apply(
        &mut self,
        cal: &WorkCalendar,
        event: Event,
    ) -> Result<Outcome, (Refusal, Event)> {
        let mut fx = Effect::new(self.state);
        match self.decide_into(cal, &event, &mut fx) {
            Ok(()) => Ok(self.commit(&mut fx, event)),
            Err(r) => Err((r, event)),
        }
    }

    /// Whether the event would be accepted ("why not" without trying): the same checks as
    /// [`Case::apply_with`], nothing written.
    pub fn check(&self, cal: &WorkCalendar, event: &Event) -> Result<(), Refusal> {
        self.decide(cal, event).map(|_| ())
    }

    /// Rebuilds a case from its header and its events, through the same core. Fails at the
    /// first event the core refuses, with its position.
    pub fn replay<I>(
        id: impl Into<String>,
        procedure: Procedure,
        applicant: Actor,
        facts: CaseFacts,
        events: I,
        cal: &WorkCalendar,
    ) -> Result<Case, (usize, Refusal)>
    where
        I: IntoIterator<Item = Event>,
    {
        let mut case = Case::new(id, procedure, applicant, facts);
        for (i, e) in events.into_iter().enumerate() {
            case.apply_with(cal, e).map_err(|r| (i, r))?;
        }
        Ok(case)
    }

    /// A fresh case with the same header (id, procedure, applicant, facts) and no events.
    pub fn header(&self) -> Case {
        Case::new(
            self.id.clone(),
            self.procedure,
            self.applicant.clone(),
            self.facts.clone(),
        )
    }
}
