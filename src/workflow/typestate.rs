//! The typestate face: [`Flow<P, S>`] wraps a [`Case`] whose procedure `P` and state `S` are
//! known at compile time. Its methods exist only for the (procedure, state) pairs whose
//! [`Machine`](super::Machine) has that edge, and each goes through the same core as
//! [`Case::apply`] (same guards, same refusals, same log); a refused step gives the flow back
//! unchanged, with the [`Refusal`].
//!
//! The methods are generated from one table per procedure, written below as `edges!` rows
//! (`action: from, … => to | …;`) and readable as data in [`TABLE`] / [`edges`]. A test
//! (`tests/workflow_core.rs`, `typestate_tables_are_the_runtime_machines`) checks that, for
//! every procedure, the edges of this table are exactly the edges of
//! [`Machine::of`](super::Machine::of): every method is an edge of its procedure's machine and
//! every edge is a method. The generic families of the runtime table (withdraw from every open
//! state, cancel from every open state but the draft, recheck, discharge) are rows of the table
//! like any other edge: no method is generic over the state.
//!
//! Calling a transition the procedure's machine does not have does not compile. A draft cannot
//! be cancelled (only withdrawn: there is no draft → cancelled edge):
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{Draft, Outbound};
//! use doingoai::workflow::{Actor, Flow};
//! fn go(flow: Flow<Outbound, Draft>, who: Actor, on: chrono::NaiveDate) {
//!     let _ = flow.cancel(who, on, String::new());
//! }
//! ```
//!
//! An outbound delegation is never escalated (only agreements are):
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{AwaitingDecision, Outbound};
//! use doingoai::workflow::{Actor, Flow};
//! fn go(flow: Flow<Outbound, AwaitingDecision>, who: Actor, on: chrono::NaiveDate) {
//!     let _ = flow.escalate(who, on);
//! }
//! ```
//!
//! Foreign press has no hosting approval (only conferences do):
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{Draft, Press};
//! use doingoai::workflow::{Actor, Assessment, Flow};
//! fn go(flow: Flow<Press, Draft>, who: Actor, on: chrono::NaiveDate, a: Assessment) {
//!     let _ = flow.request_hosting(who, on, a);
//! }
//! ```
//!
//! A draft cannot be approved, a refused case cannot be carried out, a closed case cannot be
//! withdrawn:
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{Draft, Outbound};
//! use doingoai::workflow::{Actor, Flow};
//! fn go(flow: Flow<Outbound, Draft>, who: Actor, on: chrono::NaiveDate) {
//!     let _ = flow.approve(who, on);
//! }
//! ```
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{Agreement, Refused};
//! use doingoai::workflow::{Actor, Flow};
//! fn go(flow: Flow<Agreement, Refused>, who: Actor, on: chrono::NaiveDate) {
//!     let _ = flow.carry_out(who, on);
//! }
//! ```
//!
//! ```compile_fail,E0599
//! use doingoai::workflow::typestate::{Closed, Inbound};
//! use doingoai::workflow::{Actor, Flow};
//! fn go(flow: Flow<Inbound, Closed>, who: Actor, on: chrono::NaiveDate) {
//!     let _ = flow.withdraw(who, on, String::new());
//! }
//! ```
//!
//! The neighbouring calls that the machines do have compile:
//!
//! ```
//! use doingoai::workflow::typestate::*;
//! use doingoai::workflow::{Actor, Assessment, Flow};
//! use chrono::NaiveDate;
//! fn draft(flow: Flow<Outbound, Draft>, who: Actor, on: NaiveDate) {
//!     let _ = flow.withdraw(who, on, String::new());
//! }
//! fn submitted(flow: Flow<Outbound, Submitted>, who: Actor, on: NaiveDate) {
//!     let _ = flow.cancel(who, on, String::new());
//! }
//! fn agreement(flow: Flow<Agreement, AwaitingDecision>, who: Actor, on: NaiveDate) {
//!     let _ = flow.escalate(who, on);
//! }
//! fn conference(flow: Flow<Conference, Draft>, who: Actor, on: NaiveDate, a: Assessment) {
//!     let _ = flow.request_hosting(who, on, a);
//! }
//! fn closed(flow: Flow<Inbound, Closed>) -> doingoai::workflow::Case {
//!     flow.into_case()
//! }
//! ```
//!
//! A foreign reporter's activity, from draft to closure. Foreign press has no consultation, so
//! `accept` leads straight to the decision (no [`AfterAccept`] to match):
//!
//! ```
//! use doingoai::workflow::typestate::{Draft, Press};
//! use doingoai::rules::DecisionTier;
//! use doingoai::workflow::*;
//! use doingoai::{Channel, Citation, Jurisdiction};
//! use chrono::NaiveDate;
//! let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
//! let applicant = Actor::body("bao-x", Role::Organiser);
//! let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
//! let a = Assessment::new("vn-2025.1", d(3, 3), Channel::State, DecisionTier::Provincial,
//!     Authority::new(Role::ProvincialChairman, Citation::article("88/2012/NĐ-CP", 13).clause(3)));
//! let flow: Flow<Press, Draft> = Flow::new("P-1", applicant.clone(),
//!     CaseFacts::new("Phóng sự", Jurisdiction::National, Channel::State));
//! let flow = flow.submit(applicant.clone(), d(3, 3), a).map_err(|r| r.refusal)?;
//! let flow = flow.accept(chairman.clone(), d(3, 4)).map_err(|r| r.refusal)?;
//! let flow = flow.approve(chairman.clone(), d(3, 5)).map_err(|r| r.refusal)?;
//! let flow = flow.carry_out(applicant, d(3, 20)).map_err(|r| r.refusal)?;
//! let flow = flow.close(chairman, d(3, 21)).map_err(|r| r.refusal)?;
//! assert_eq!(flow.case().state(), State::Closed);
//! assert_eq!(flow.case().procedure(), Procedure::Press);
//! # Ok::<(), Refusal>(())
//! ```
//!
//! A provincial conference with hosting approval in principle first, a consultation, the event
//! and its result report; a refused step gives the flow back unchanged:
//!
//! ```
//! use doingoai::workflow::typestate::{AfterAccept, Conference, Draft};
//! use doingoai::rules::{DecisionTier, ReportKind};
//! use doingoai::workflow::*;
//! use doingoai::{Channel, Citation, Jurisdiction, Period};
//! use chrono::NaiveDate;
//! let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
//! let art = |n| Citation::article("06/2020/QĐ-TTg", n);
//! let organiser = Actor::body("so-du-lich", Role::Organiser);
//! let fa = Actor::body("so-ngoai-vu", Role::FaAgency);
//! let police = Actor::body("cong-an-tinh", Role::ProvincialPolice);
//! let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
//! let assess = |on| {
//!     Assessment::new("vn-2025.1", on, Channel::State, DecisionTier::Provincial,
//!             Authority::new(Role::ProvincialChairman, art(3)))
//!         .received_by(Role::FaAgency)
//!         .consult(Role::ProvincialPolice, TimeLimit::new(Period::CalendarDays(15), art(5)))
//!         .oblige(ReportKind::ResultReport, Role::Organiser, Some(Role::FaAgency),
//!                 Trigger::CarriedOut,
//!                 TimeLimit::new(Period::CalendarDays(15), art(4).clause(2).point('c')))
//! };
//! let flow: Flow<Conference, Draft> = Flow::new("HN-1", organiser.clone(),
//!     CaseFacts::new("Hội thảo du lịch", Jurisdiction::National, Channel::State));
//! let flow = flow.request_hosting(organiser.clone(), d(8, 1), assess(d(8, 1))).map_err(|r| r.refusal)?;
//! // the applicant cannot approve its own hosting: the flow comes back as it was
//! let rejected = flow.clone().approve_hosting(organiser.clone(), d(8, 8)).unwrap_err();
//! assert_eq!(rejected.flow.case(), flow.case());
//! let flow = flow.approve_hosting(chairman.clone(), d(8, 8)).map_err(|r| r.refusal)?;
//! let flow = flow.submit(organiser.clone(), d(9, 15), assess(d(9, 15))).map_err(|r| r.refusal)?;
//! let AfterAccept::InConsultation(flow) = flow.accept(fa.clone(), d(9, 16)).map_err(|r| r.refusal)? else {
//!     unreachable!("the police are consulted")
//! };
//! let flow = flow.reply(police, d(9, 20), Opinion::Agree).map_err(|r| r.refusal)?;
//! // no reconciliation step in a conference: straight to the decision
//! let flow = flow.end_consultation(fa.clone(), d(9, 22)).map_err(|r| r.refusal)?;
//! let flow = flow.approve(chairman, d(9, 25)).map_err(|r| r.refusal)?;
//! let flow = flow.carry_out(organiser.clone(), d(11, 11)).map_err(|r| r.refusal)?;
//! let flow = flow.report_result(organiser, d(11, 20)).map_err(|r| r.refusal)?;
//! let flow = flow.close(fa, d(11, 21)).map_err(|r| r.refusal)?;
//! assert_eq!(flow.case().state(), State::Closed);
//! assert_eq!(flow.case().log().len(), 10);
//! # Ok::<(), Refusal>(())
//! ```

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;

use super::{
    Action, ActionKind, Actor, Assessment, Case, CaseFacts, DeadlineKind, Event, Opinion,
    Procedure, Refusal, State,
};

mod sealed {
    pub trait Sealed {}
}

/// A state known at compile time.
pub trait Marker: sealed::Sealed + fmt::Debug + Copy + Eq + 'static {
    /// The runtime state it stands for.
    const STATE: State;
}

/// A procedure known at compile time.
pub trait ProcedureMarker: sealed::Sealed + fmt::Debug + Copy + Eq + 'static {
    /// The runtime procedure it stands for.
    const PROCEDURE: Procedure;
}

macro_rules! markers {
    ($($(#[$m:meta])* $name:ident = $state:ident;)+) => {$(
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {}
        impl sealed::Sealed for $name {}
        impl Marker for $name { const STATE: State = State::$state; }
    )+};
}

markers! {
    /// [`State::Draft`].
    Draft = Draft;
    /// [`State::HostingRequested`].
    HostingRequested = HostingRequested;
    /// [`State::Submitted`].
    Submitted = Submitted;
    /// [`State::InConsultation`].
    InConsultation = InConsultation;
    /// [`State::Reconciling`].
    Reconciling = Reconciling;
    /// [`State::AwaitingDecision`].
    AwaitingDecision = AwaitingDecision;
    /// [`State::Escalated`].
    Escalated = Escalated;
    /// [`State::ReturnedForCompletion`].
    Returned = ReturnedForCompletion;
    /// [`State::Approved`].
    Approved = Approved;
    /// [`State::CarriedOut`].
    CarriedOut = CarriedOut;
    /// [`State::ResultReported`].
    ResultReported = ResultReported;
    /// [`State::Refused`].
    Refused = Refused;
    /// [`State::Closed`].
    Closed = Closed;
    /// [`State::Withdrawn`].
    Withdrawn = Withdrawn;
    /// [`State::Cancelled`].
    Cancelled = Cancelled;
}

/// A case whose procedure `P` and state `S` are known at compile time.
pub struct Flow<P: ProcedureMarker, S: Marker> {
    case: Box<Case>,
    _marker: PhantomData<(P, S)>,
}

impl<P: ProcedureMarker, S: Marker> fmt::Debug for Flow<P, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Flow")
            .field("procedure", &P::PROCEDURE)
            .field("state", &S::STATE)
            .field("case", &self.case)
            .finish()
    }
}

impl<P: ProcedureMarker, S: Marker> Clone for Flow<P, S> {
    fn clone(&self) -> Self {
        Flow {
            case: self.case.clone(),
            _marker: PhantomData,
        }
    }
}

/// A refused step: the flow, unchanged, and the reasons.
#[derive(Debug, Clone)]
pub struct Rejected<P: ProcedureMarker, S: Marker> {
    /// The flow as it was.
    pub flow: Flow<P, S>,
    /// Why.
    pub refusal: Refusal,
}

impl<P: ProcedureMarker, S: Marker> fmt::Display for Rejected<P, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.refusal.fmt(f)
    }
}

impl<P: ProcedureMarker, S: Marker> std::error::Error for Rejected<P, S> {}

/// The result of a step of procedure `P` from state `S`.
pub type Step<P, S, T> = Result<T, Rejected<P, S>>;

/// What a step lands on, built from the case once the core has accepted the event.
trait Land<P>: Sized {
    fn land(case: Box<Case>) -> Self;
}

impl<P: ProcedureMarker, S: Marker> Land<P> for Flow<P, S> {
    fn land(case: Box<Case>) -> Self {
        debug_assert_eq!(
            (case.procedure(), case.state()),
            (P::PROCEDURE, S::STATE),
            "the typestate table is out of step with the machine"
        );
        Flow {
            case,
            _marker: PhantomData,
        }
    }
}

impl<P: ProcedureMarker, S: Marker> Flow<P, S> {
    /// The case inside.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case inside, for storage or for the runtime face.
    pub fn into_case(self) -> Case {
        *self.case
    }

    /// Wraps a case if it runs procedure `P` and is in state `S`; gives it back otherwise.
    pub fn try_from_case(case: Case) -> Result<Self, Box<Case>> {
        if case.procedure() == P::PROCEDURE && case.state() == S::STATE {
            Ok(Flow {
                case: Box::new(case),
                _marker: PhantomData,
            })
        } else {
            Err(Box::new(case))
        }
    }

    /// Applies the event to the case through [`Case::apply`]; on a refusal the case is
    /// unchanged and comes back inside the flow.
    fn go<O: Land<P>>(mut self, event: Event) -> Step<P, S, O> {
        match self.case.apply(event) {
            Ok(_) => Ok(O::land(self.case)),
            Err(refusal) => Err(Rejected {
                flow: self,
                refusal,
            }),
        }
    }
}

impl<P: ProcedureMarker> Flow<P, Draft> {
    /// A new case of procedure `P`, in draft.
    pub fn new(id: impl Into<String>, applicant: Actor, facts: CaseFacts) -> Self {
        Flow {
            case: Box::new(Case::new(id, P::PROCEDURE, applicant, facts)),
            _marker: PhantomData,
        }
    }
}

/// Where a case goes after its dossier is accepted, in the procedures with a consultation
/// step (in the others `accept` leads to [`AwaitingDecision`] directly).
#[derive(Debug, Clone)]
pub enum AfterAccept<P: ProcedureMarker> {
    /// Consultations were sent.
    InConsultation(Flow<P, InConsultation>),
    /// No consultation in this case: straight to the decision.
    AwaitingDecision(Flow<P, AwaitingDecision>),
}

/// Where a case goes after its consultation is closed, in the procedures with a
/// reconciliation step (in the others `end_consultation` leads to [`AwaitingDecision`]
/// directly).
#[derive(Debug, Clone)]
pub enum AfterConsultation<P: ProcedureMarker> {
    /// The applicant reconciles the opinions.
    Reconciling(Flow<P, Reconciling>),
    /// No reconciliation in this case: straight to the decision.
    AwaitingDecision(Flow<P, AwaitingDecision>),
}

/// One row of a typestate table: `action` from each state of `from` to one of the states of
/// `to` (more than one when the core chooses, e.g. `accept` with or without consultation).
/// Each row is one method on `Flow<P, S>` for every `S` in `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Row {
    /// The procedure.
    pub procedure: Procedure,
    /// The event.
    pub action: ActionKind,
    /// The states the method is defined on.
    pub from: &'static [State],
    /// The states the method may lead to.
    pub to: &'static [State],
}

impl Row {
    /// The edges of the row: every `(from, action, to)`.
    pub fn edges(self) -> impl Iterator<Item = (State, ActionKind, State)> {
        let (action, to) = (self.action, self.to);
        self.from
            .iter()
            .flat_map(move |&f| to.iter().map(move |&t| (f, action, t)))
    }
}

/// The edges of a procedure's typestate table, `(from, action, to)`, in table order. The test
/// suite checks that they are exactly the edges of [`Machine::of`](super::Machine::of).
///
/// ```
/// use doingoai::workflow::{typestate, ActionKind, Procedure, State};
/// let e = typestate::edges(Procedure::Agreement);
/// assert!(e.contains(&(State::AwaitingDecision, ActionKind::Escalate, State::Escalated)));
/// assert!(!typestate::edges(Procedure::Outbound).iter().any(|e| e.1 == ActionKind::Escalate));
/// assert!(!typestate::edges(Procedure::Press).iter().any(|e| e.1 == ActionKind::RequestHosting));
/// ```
pub fn edges(procedure: Procedure) -> Vec<(State, ActionKind, State)> {
    TABLE
        .iter()
        .filter(|r| r.procedure == procedure)
        .flat_map(|r| r.edges())
        .collect()
}

/// One method, for an action: its doc, its arguments beyond `by` and `on`, and its event.
macro_rules! method {
    (
        $name:ident $P:ident $from:ident [$out:ty] $edge:expr;
        $what:literal; ($($arg:ident: $ty:ty),*) => $action:expr
    ) => {
        #[doc = $what]
        #[doc = ""]
        #[doc = $edge]
        pub fn $name(self, by: Actor, on: NaiveDate $(, $arg: $ty)*) -> Step<$P, $from, $out> {
            self.go(Event::new(by, on, $action))
        }
    };
}

/// The typestate tables. Each procedure is a list of rows `action: from, … => to | …;` (with
/// `as Enum` when a row has more than one target); each row becomes one method per `from`
/// state, and one [`Row`] of [`TABLE`].
macro_rules! edges {
    // --- one method per (procedure, from state) of a row
    (@row $P:ident [$($from:ident),+] $act:ident $tos:tt $branch:tt) => {
        $( edges!(@edge $P $from $act $tos $branch); )+
    };
    (@edge $P:ident $from:ident $act:ident [$to:ident] []) => {
        impl Flow<$P, $from> {
            edges!(@fn $act $P $from [Flow<$P, $to>] concat!(
                "Edge `", stringify!($from), "` → `", stringify!($to), "` of the [`",
                stringify!($P), "`] machine."
            ));
        }
    };
    (@edge $P:ident $from:ident $act:ident [$($to:ident)|+] [$branch:ident]) => {
        impl Flow<$P, $from> {
            edges!(@fn $act $P $from [$branch<$P>] concat!(
                "Edges `", stringify!($from), "` → one of ", $("`", stringify!($to), "`, ",)+
                "in the [`", stringify!($P), "`] machine (see [`", stringify!($branch), "`])."
            ));
        }
        impl Land<$P> for $branch<$P> {
            fn land(case: Box<Case>) -> Self {
                edges!(@conv $P $branch case [$($to)|+])
            }
        }
    };
    (@conv $P:ident $b:ident $case:ident [$to:ident]) => {
        $b::$to(<Flow<$P, $to> as Land<$P>>::land($case))
    };
    (@conv $P:ident $b:ident $case:ident [$to:ident | $($rest:ident)|+]) => {
        if $case.state() == <$to as Marker>::STATE {
            $b::$to(<Flow<$P, $to> as Land<$P>>::land($case))
        } else {
            edges!(@conv $P $b $case [$($rest)|+])
        }
    };
    // --- the methods, one per action
    (@fn request_hosting $($x:tt)*) => { method!(request_hosting $($x)*;
        "The applicant asks for hosting approval in principle.";
        (assessment: Assessment) => Action::RequestHosting { assessment: Box::new(assessment) }); };
    (@fn approve_hosting $($x:tt)*) => { method!(approve_hosting $($x)*;
        "The competent authority approves hosting in principle."; () => Action::ApproveHosting); };
    (@fn submit $($x:tt)*) => { method!(submit $($x)*;
        "The applicant files the dossier.";
        (assessment: Assessment) => Action::Submit { assessment: Box::new(assessment) }); };
    (@fn accept $($x:tt)*) => { method!(accept $($x)*;
        "The receiving body accepts the dossier (and sends the consultations, if any).";
        () => Action::Accept); };
    (@fn reply $($x:tt)*) => { method!(reply $($x)*;
        "A consultee answers its own consultation.";
        (opinion: Opinion) => Action::Reply { opinion }); };
    (@fn end_consultation $($x:tt)*) => { method!(end_consultation $($x)*;
        "The receiving body closes the consultation."; () => Action::EndConsultation); };
    (@fn reconcile $($x:tt)*) => { method!(reconcile $($x)*;
        "The applicant files its reconciliation of the opinions."; () => Action::Reconcile); };
    (@fn escalate $($x:tt)*) => { method!(escalate $($x)*;
        "The case goes to the higher authority."; () => Action::Escalate); };
    (@fn approve $($x:tt)*) => { method!(approve $($x)*;
        "The competent authority (or its delegate; the higher authority after escalation) approves.";
        () => Action::Approve); };
    (@fn refuse $($x:tt)*) => { method!(refuse $($x)*;
        "The competent (or higher) authority refuses.";
        (reason: String) => Action::Refuse { reason }); };
    (@fn return_for_completion $($x:tt)*) => { method!(return_for_completion $($x)*;
        "The dossier is returned for completion.";
        (missing: String) => Action::ReturnForCompletion { missing }); };
    (@fn resubmit $($x:tt)*) => { method!(resubmit $($x)*;
        "The applicant files the completed dossier.";
        (assessment: Assessment) => Action::Resubmit { assessment: Box::new(assessment) }); };
    (@fn recheck $($x:tt)*) => { method!(recheck $($x)*;
        "The authority re-evaluates the case as of the act date (see [`Action::Recheck`]).";
        (assessment: Assessment) => Action::Recheck { assessment: Box::new(assessment) }); };
    (@fn carry_out $($x:tt)*) => { method!(carry_out $($x)*;
        "The activity is carried out (trip made, event held, agreement signed…).";
        () => Action::CarryOut); };
    (@fn report_result $($x:tt)*) => { method!(report_result $($x)*;
        "The applicant files the result report."; () => Action::ReportResult); };
    (@fn discharge $($x:tt)*) => { method!(discharge $($x)*;
        "An obligation is discharged (passports returned, notice sent…).";
        (kind: DeadlineKind) => Action::Discharge { kind }); };
    (@fn close $($x:tt)*) => { method!(close $($x)*;
        "The case is closed."; () => Action::Close); };
    (@fn withdraw $($x:tt)*) => { method!(withdraw $($x)*;
        "The applicant withdraws the request.";
        (reason: String) => Action::Withdraw { reason }); };
    (@fn cancel $($x:tt)*) => { method!(cancel $($x)*;
        "The authority cancels the case.";
        (reason: String) => Action::Cancel { reason }); };
    // --- the kind of each action, for the table as data
    (@kind request_hosting) => { ActionKind::RequestHosting };
    (@kind approve_hosting) => { ActionKind::ApproveHosting };
    (@kind submit) => { ActionKind::Submit };
    (@kind accept) => { ActionKind::Accept };
    (@kind reply) => { ActionKind::Reply };
    (@kind end_consultation) => { ActionKind::EndConsultation };
    (@kind reconcile) => { ActionKind::Reconcile };
    (@kind escalate) => { ActionKind::Escalate };
    (@kind approve) => { ActionKind::Approve };
    (@kind refuse) => { ActionKind::Refuse };
    (@kind return_for_completion) => { ActionKind::ReturnForCompletion };
    (@kind resubmit) => { ActionKind::Resubmit };
    (@kind recheck) => { ActionKind::Recheck };
    (@kind carry_out) => { ActionKind::CarryOut };
    (@kind report_result) => { ActionKind::ReportResult };
    (@kind discharge) => { ActionKind::Discharge };
    (@kind close) => { ActionKind::Close };
    (@kind withdraw) => { ActionKind::Withdraw };
    (@kind cancel) => { ActionKind::Cancel };
    // --- the tables: a marker per procedure, its methods, and the rows as data
    ($(
        $(#[$pm:meta])*
        $P:ident {
            $( $act:ident : $($from:ident),+ => $($to:ident)|+ $(as $branch:ident)? ; )*
        }
    )*) => {
        $(
            $(#[$pm])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub enum $P {}
            impl sealed::Sealed for $P {}
            impl ProcedureMarker for $P { const PROCEDURE: Procedure = Procedure::$P; }
            $( edges!(@row $P [$($from),+] $act [$($to)|+] [$($branch)?]); )*
        )*

        /// Every row of every procedure's typestate table, as written in the source.
        pub const TABLE: &[Row] = &[$($(
            Row {
                procedure: Procedure::$P,
                action: edges!(@kind $act),
                from: &[$(<$from as Marker>::STATE),+],
                to: &[$(<$to as Marker>::STATE),+],
            },
        )*)*];
    };
}

edges! {
    /// [`Procedure::Outbound`]: consultation, execution and result report.
    Outbound {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        report_result: CarriedOut => ResultReported;
        close: CarriedOut, ResultReported => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        discharge: ResultReported => ResultReported;
        withdraw: Draft, Submitted, Returned, InConsultation, AwaitingDecision, Approved
            => Withdrawn;
        cancel: Submitted, Returned, InConsultation, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::Inbound`]: consultation, execution and result report.
    Inbound {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        report_result: CarriedOut => ResultReported;
        close: CarriedOut, ResultReported => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        discharge: ResultReported => ResultReported;
        withdraw: Draft, Submitted, Returned, InConsultation, AwaitingDecision, Approved
            => Withdrawn;
        cancel: Submitted, Returned, InConsultation, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::Conference`]: hosting approval in principle, consultation, execution and
    /// result report.
    Conference {
        request_hosting: Draft => HostingRequested;
        approve_hosting: HostingRequested => Draft;
        refuse: HostingRequested => Refused;
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        report_result: CarriedOut => ResultReported;
        close: CarriedOut, ResultReported => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        discharge: ResultReported => ResultReported;
        withdraw: Draft, HostingRequested, Submitted, Returned, InConsultation,
            AwaitingDecision, Approved => Withdrawn;
        cancel: HostingRequested, Submitted, Returned, InConsultation, AwaitingDecision,
            Approved => Cancelled;
    }

    /// [`Procedure::Agreement`]: consultation, reconciliation, escalation to the higher
    /// authority, execution (signing) and result report.
    Agreement {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => Reconciling | AwaitingDecision as AfterConsultation;
        reconcile: Reconciling => AwaitingDecision;
        approve: AwaitingDecision, Escalated => Approved;
        refuse: AwaitingDecision, Escalated => Refused;
        escalate: AwaitingDecision => Escalated;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Escalated => Escalated;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        report_result: CarriedOut => ResultReported;
        close: CarriedOut, ResultReported => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        discharge: ResultReported => ResultReported;
        withdraw: Draft, Submitted, Returned, InConsultation, Reconciling, AwaitingDecision,
            Escalated, Approved => Withdrawn;
        cancel: Submitted, Returned, InConsultation, Reconciling, AwaitingDecision, Escalated,
            Approved => Cancelled;
    }

    /// [`Procedure::Aid`]: consultation (appraisal), execution and result report.
    Aid {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        report_result: CarriedOut => ResultReported;
        close: CarriedOut, ResultReported => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        discharge: ResultReported => ResultReported;
        withdraw: Draft, Submitted, Returned, InConsultation, AwaitingDecision, Approved
            => Withdrawn;
        cancel: Submitted, Returned, InConsultation, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::Press`]: no consultation, execution, no result report.
    Press {
        submit: Draft => Submitted;
        accept: Submitted => AwaitingDecision;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        close: CarriedOut => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        withdraw: Draft, Submitted, Returned, AwaitingDecision, Approved => Withdrawn;
        cancel: Submitted, Returned, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::NgoReply`]: consultation, no execution (the reply closes the case).
    NgoReply {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        close: Approved => Closed;
        discharge: Approved => Approved;
        withdraw: Draft, Submitted, Returned, InConsultation, AwaitingDecision, Approved
            => Withdrawn;
        cancel: Submitted, Returned, InConsultation, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::Border`]: no consultation, execution, no result report.
    Border {
        submit: Draft => Submitted;
        accept: Submitted => AwaitingDecision;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        carry_out: Approved => CarriedOut;
        close: CarriedOut => Closed;
        discharge: Approved => Approved;
        discharge: CarriedOut => CarriedOut;
        withdraw: Draft, Submitted, Returned, AwaitingDecision, Approved => Withdrawn;
        cancel: Submitted, Returned, AwaitingDecision, Approved => Cancelled;
    }

    /// [`Procedure::Abtc`]: verification (Art. 12 case only), no execution (the card is
    /// applied for at the Ministry of Public Security, an obligation of the permission).
    Abtc {
        submit: Draft => Submitted;
        accept: Submitted => InConsultation | AwaitingDecision as AfterAccept;
        return_for_completion: Submitted, AwaitingDecision => Returned;
        resubmit: Returned => Submitted;
        reply: InConsultation => InConsultation;
        end_consultation: InConsultation => AwaitingDecision;
        approve: AwaitingDecision => Approved;
        refuse: AwaitingDecision => Refused;
        recheck: AwaitingDecision => AwaitingDecision;
        recheck: Approved => Approved;
        close: Approved => Closed;
        discharge: Approved => Approved;
        withdraw: Draft, Submitted, Returned, InConsultation, AwaitingDecision, Approved
            => Withdrawn;
        cancel: Submitted, Returned, InConsultation, AwaitingDecision, Approved => Cancelled;
    }
}
