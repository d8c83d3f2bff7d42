//! Approval workflows as typed state machines, with authorization, deadlines and an audit
//! trail.
//!
//! One core, two faces:
//!
//! * the runtime [`Case`] — state, facts, consultations, deadlines and the log of accepted
//!   events — changed only by [`Case::apply`], which returns an [`Outcome`] or a [`Refusal`]
//!   listing *every* unmet condition with its citation and what would satisfy it; a refused
//!   event leaves the case exactly as it was;
//! * the typestate [`Flow<P, S>`](Flow), procedure `P` and state `S` known at compile time,
//!   whose methods exist only for the edges of that procedure's machine and call the same core
//!   (`approve` on a draft, `escalate` on an outbound delegation or `request_hosting` on foreign
//!   press do not compile). Its methods are generated from one table per procedure, which a
//!   test checks edge for edge against the runtime [`Machine`] (see [`typestate`]).
//!
//! One [`Machine`] per [`Procedure`] (outbound and inbound delegations, conferences,
//! agreements, aid, foreign press, the province's reply on a foreign NGO registration, the APEC
//! business travel card permission) over the
//! common life cycle: draft → submitted → in consultation → awaiting decision → approved /
//! refused / escalated / returned for completion → carried out → result reported → closed;
//! withdrawn or cancelled from any open state. Which optional steps a case takes, who decides,
//! who is consulted and how long everybody has come from the rulebook through an
//! [`Assessment`] made as of the act date; it travels inside the event, so the log is the
//! evidence and a case replays under the law of its time.
//!
//! Nothing reads the clock: dates come with events; [`Case::deadlines`] answers "as of" any
//! date. Guards are checked with the act date: the submission under the assessment made as
//! of the filing day; the approval and the execution also against the latest
//! [`Action::Recheck`] (a fresh assessment as of its own day).
//!
//! # Where the assessment comes from
//!
//! [`assess`] runs [`rules::evaluate`](crate::rules::evaluate) on a proposed activity (a
//! [`ProposedActivity`](crate::ProposedActivity), the one input `evaluate`, `assess` and
//! [`Case::for_activity`] share) with a rulebook, the
//! [`WorkCalendar`](crate::WorkCalendar) and the history context
//! ([`History`](crate::history::History): the register of past trips the caller keeps, which
//! the per-person and out-of-plan caps read; serialisable), and builds the [`Assessment`].
//! Tests and callers with their own rules may also build one by hand
//! ([`Assessment::new`] and its builder methods).
//!
//! # For the layers above (ledger, reports, simulation)
//!
//! * create: [`Case::for_activity`] (or [`Case::for_activity_by`] with the applicant given),
//!   or [`Case::new`] from the workflow's own [`CaseFacts`];
//! * act: [`Case::apply`] / [`Case::apply_with`] (dry run: [`Case::check`]);
//! * read: [`Case::state`], [`Case::deadlines`] and [`Case::obligations`] as of a date,
//!   [`Case::consultations`], [`Case::approval`], [`Case::log`] (each [`LogEntry`] with who,
//!   what, when, rulebook version and citations; [`LogEntry::line`] for listings);
//! * store: [`Case::to_json`] / [`Case::from_json`] (validated by replay);
//! * draw: [`mermaid`] / [`Machine::of`].
//!
//! # A whole case
//!
//! ```
//! use doingoai::rules::{DecisionTier, ReportKind};
//! use doingoai::workflow::*;
//! use doingoai::{Channel, Citation, DueStatus, Jurisdiction, Period, WorkCalendar};
//! use chrono::NaiveDate;
//! let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
//! let art = |n| Citation::article("70/2020/QH14", n);
//!
//! let dept = Actor::body("so-gd", Role::Organiser);
//! let fa = Actor::body("so-ngoai-vu", Role::FaAgency);
//! let mofa = Actor::body("bng", Role::Mofa);
//! let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
//!
//! let assessment = Assessment::new("vn-2025.1", d(3, 3), Channel::State, DecisionTier::Provincial,
//!         Authority::new(Role::ProvincialChairman, art(18)))
//!     .received_by(Role::FaAgency)
//!     .consult(Role::Mofa, TimeLimit::new(Period::WorkingDays(7), art(19).clause(2)))
//!     .escalate_to(Authority::new(Role::PrimeMinister, art(19).clause(4)), true,
//!                  Some(TimeLimit::new(Period::WorkingDays(7), art(19).clause(4))))
//!     .oblige(ReportKind::ResultReport, Role::Organiser, Some(Role::PrimeMinister),
//!             Trigger::CarriedOut, TimeLimit::new(Period::CalendarDays(15), art(19).clause(5)));
//!
//! let mut case = Case::new("TT-2025-07", Procedure::Agreement, dept.clone(),
//!     CaseFacts::new("Thỏa thuận hợp tác giáo dục", Jurisdiction::National, Channel::State));
//! case.apply(Event::new(dept.clone(), d(3, 3), Action::Submit { assessment: Box::new(assessment) }))?;
//! case.apply(Event::new(fa.clone(), d(3, 4), Action::Accept))?;
//! assert_eq!(case.consultations()[0].due, d(3, 13)); // 7 working days
//! case.apply(Event::new(mofa, d(3, 10), Action::Reply { opinion: Opinion::Agree }))?;
//! case.apply(Event::new(fa, d(3, 10), Action::EndConsultation))?;
//! case.apply(Event::new(chairman, d(3, 12), Action::Approve))?;
//! case.apply(Event::new(dept.clone(), d(4, 1), Action::CarryOut))?;
//! let report = &case.obligations(d(4, 1))[0];
//! assert_eq!(report.deadline.due, d(4, 16));
//! assert_eq!(report.status, DueStatus::Pending);
//! case.apply(Event::new(dept, d(4, 20), Action::ReportResult))?;
//! assert_eq!(case.obligations(d(4, 20))[0].status, DueStatus::MetLate);
//!
//! // the log replays to the same case
//! let again = Case::replay(case.id(), case.procedure(), case.applicant().clone(),
//!     case.facts().clone(), case.events().cloned(), &WorkCalendar::state_agency()).unwrap();
//! assert_eq!(again, case);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod actor;
mod assess;
mod case;
mod deadline;
mod event;
mod log;
pub(crate) mod machine;
mod mermaid;
mod persist;
mod plan;
mod procedures;
mod refusal;
mod state;
mod transition;
pub mod typestate;

pub use actor::{Actor, ActorKind, Authority, Grant, Role};
pub use assess::assess;
pub use case::{Answer, Basis, Case, CaseFacts, ConsultationRecord, DecisionRecord};
pub use deadline::{Deadline, DeadlineKind, DeadlineView, TimeLimit};
pub use event::{Action, ActionKind, Event, Opinion, Outcome};
pub use log::LogEntry;
pub use machine::{Machine, Transition, Who};
pub use mermaid::mermaid;
#[cfg(feature = "schema")]
pub(crate) use persist::stored_case_schema;
pub use persist::{LoadError, SCHEMA_VERSION};
pub use plan::{
    Assessment, ConsultationRule, DecisionClock, DecisionLimit, Escalation, Filing, ObligationRule,
    Trigger,
};
pub use refusal::Refusal;
pub use state::{Procedure, State};
pub use typestate::Flow;
