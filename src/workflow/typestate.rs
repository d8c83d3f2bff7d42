//! The typestate face: [`Flow<S>`] wraps a [`Case`] whose state is known at compile time. Its
//! methods exist only in the states that allow them, and each calls the same core as
//! [`Case::apply`]; a refused step gives the flow back unchanged, with the [`Refusal`].
//!
//! Calling a transition the state does not allow does not compile:
//!
//! ```compile_fail
//! use doingoai::workflow::{typestate::Draft, Actor, CaseFacts, Flow, Procedure, Role};
//! use doingoai::{Channel, Jurisdiction};
//! let flow: Flow<Draft> = Flow::new("X", Procedure::Outbound, Actor::body("a", Role::Organiser),
//!     CaseFacts::new("t", Jurisdiction::National, Channel::State));
//! let chairman = Actor::official("ct", Role::ProvincialChairman);
//! // a draft cannot be approved: there is no `approve` on `Flow<Draft>`
//! let _ = flow.approve(chairman, chrono::NaiveDate::MIN);
//! ```
//!
//! ```compile_fail
//! use doingoai::workflow::{typestate::Refused, Actor, Flow};
//! // a refused case cannot be carried out
//! fn go(flow: Flow<Refused>, who: Actor, on: chrono::NaiveDate) { let _ = flow.carry_out(who, on); }
//! ```
//!
//! ```compile_fail
//! use doingoai::workflow::{typestate::Closed, Actor, Flow};
//! // a closed case cannot be withdrawn
//! fn go(flow: Flow<Closed>, who: Actor, on: chrono::NaiveDate) { let _ = flow.withdraw(who, on, String::new()); }
//! ```
//!
//! The same steps that compile:
//!
//! ```
//! use doingoai::workflow::typestate::{AfterAccept, Draft};
//! use doingoai::rules::DecisionTier;
//! use doingoai::workflow::*;
//! use doingoai::{Channel, Citation, Jurisdiction, Period};
//! use chrono::NaiveDate;
//! let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
//! let applicant = Actor::body("bao-x", Role::Organiser);
//! let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
//! let a = Assessment::new("vn-2025.1", d(3, 3), Channel::State, DecisionTier::Provincial,
//!     Authority::new(Role::ProvincialChairman, Citation::article("88/2012/NĐ-CP", 13).clause(3)));
//! let flow: Flow<Draft> = Flow::new("P-1", Procedure::Press, applicant.clone(),
//!     CaseFacts::new("Phóng sự", Jurisdiction::National, Channel::State));
//! let flow = flow.submit(applicant.clone(), d(3, 3), a).map_err(|r| r.refusal)?;
//! let AfterAccept::Awaiting(flow) = flow.accept(chairman.clone(), d(3, 4)).map_err(|r| r.refusal)? else {
//!     unreachable!("no consultation in this assessment")
//! };
//! let flow = flow.approve(chairman, d(3, 5)).map_err(|r| r.refusal)?;
//! let flow = flow.carry_out(applicant, d(3, 20)).map_err(|r| r.refusal)?;
//! assert_eq!(flow.case().state(), State::CarriedOut);
//! # Ok::<(), Refusal>(())
//! ```

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;

use super::{
    Action, Actor, Assessment, Case, CaseFacts, DeadlineKind, Event, Opinion, Procedure, Refusal,
    State,
};

mod sealed {
    pub trait Sealed {}
}

/// A state known at compile time.
pub trait Marker: sealed::Sealed + fmt::Debug + Copy + Eq + 'static {
    /// The runtime state it stands for.
    const STATE: State;
}

/// A state from which the case may be withdrawn or cancelled.
pub trait Open: Marker {}

macro_rules! markers {
    ($($(#[$m:meta])* $name:ident = $state:ident, open = $open:tt;)+) => {$(
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {}
        impl sealed::Sealed for $name {}
        impl Marker for $name { const STATE: State = State::$state; }
        markers!(@open $name $open);
    )+};
    (@open $name:ident true) => { impl Open for $name {} };
    (@open $name:ident false) => {};
}

markers! {
    /// [`State::Draft`].
    Draft = Draft, open = true;
    /// [`State::HostingRequested`].
    HostingRequested = HostingRequested, open = true;
    /// [`State::Submitted`].
    Submitted = Submitted, open = true;
    /// [`State::InConsultation`].
    InConsultation = InConsultation, open = true;
    /// [`State::Reconciling`].
    Reconciling = Reconciling, open = true;
    /// [`State::AwaitingDecision`].
    AwaitingDecision = AwaitingDecision, open = true;
    /// [`State::Escalated`].
    Escalated = Escalated, open = true;
    /// [`State::ReturnedForCompletion`].
    Returned = ReturnedForCompletion, open = true;
    /// [`State::Approved`].
    Approved = Approved, open = true;
    /// [`State::CarriedOut`].
    CarriedOut = CarriedOut, open = false;
    /// [`State::ResultReported`].
    ResultReported = ResultReported, open = false;
    /// [`State::Refused`].
    Refused = Refused, open = false;
    /// [`State::Closed`].
    Closed = Closed, open = false;
    /// [`State::Withdrawn`].
    Withdrawn = Withdrawn, open = false;
    /// [`State::Cancelled`].
    Cancelled = Cancelled, open = false;
}

/// A case whose state `S` is known at compile time.
pub struct Flow<S: Marker> {
    case: Box<Case>,
    _state: PhantomData<S>,
}

impl<S: Marker> fmt::Debug for Flow<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Flow")
            .field("state", &S::STATE)
            .field("case", &self.case)
            .finish()
    }
}

impl<S: Marker> Clone for Flow<S> {
    fn clone(&self) -> Self {
        Flow {
            case: self.case.clone(),
            _state: PhantomData,
        }
    }
}

/// A refused step: the flow, unchanged, and the reasons.
#[derive(Debug, Clone)]
pub struct Rejected<S: Marker> {
    /// The flow as it was.
    pub flow: Flow<S>,
    /// Why.
    pub refusal: Refusal,
}

impl<S: Marker> fmt::Display for Rejected<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.refusal.fmt(f)
    }
}

impl<S: Marker> std::error::Error for Rejected<S> {}

/// The result of a step from state `S`.
pub type Step<S, T> = Result<T, Rejected<S>>;

impl<S: Marker> Flow<S> {
    /// The case inside.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case inside, for storage or for the runtime face.
    pub fn into_case(self) -> Case {
        *self.case
    }

    /// Wraps a case if it is in state `S`; gives it back otherwise.
    pub fn try_from_case(case: Case) -> Result<Self, Box<Case>> {
        if case.state() == S::STATE {
            Ok(Flow {
                case: Box::new(case),
                _state: PhantomData,
            })
        } else {
            Err(Box::new(case))
        }
    }

    fn step<T: Marker>(mut self, event: Event) -> Step<S, Flow<T>> {
        match self.case.apply(event) {
            Ok(_) => Ok(Flow {
                case: self.case,
                _state: PhantomData,
            }),
            Err(refusal) => Err(Rejected {
                flow: self,
                refusal,
            }),
        }
    }

    fn step_any(mut self, event: Event) -> Step<S, Box<Case>> {
        match self.case.apply(event) {
            Ok(_) => Ok(self.case),
            Err(refusal) => Err(Rejected {
                flow: self,
                refusal,
            }),
        }
    }
}

fn wrap<T: Marker>(case: Box<Case>) -> Flow<T> {
    Flow {
        case,
        _state: PhantomData,
    }
}

impl Flow<Draft> {
    /// A new case in draft.
    pub fn new(
        id: impl Into<String>,
        procedure: Procedure,
        applicant: Actor,
        facts: CaseFacts,
    ) -> Self {
        wrap(Box::new(Case::new(id, procedure, applicant, facts)))
    }

    /// The applicant files the dossier.
    pub fn submit(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<Draft, Flow<Submitted>> {
        self.step(Event::new(
            by,
            on,
            Action::Submit {
                assessment: Box::new(assessment),
            },
        ))
    }

    /// The applicant asks for hosting approval in principle (conferences).
    pub fn request_hosting(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<Draft, Flow<HostingRequested>> {
        self.step(Event::new(
            by,
            on,
            Action::RequestHosting {
                assessment: Box::new(assessment),
            },
        ))
    }
}

impl Flow<HostingRequested> {
    /// The competent authority approves hosting in principle.
    pub fn approve_hosting(self, by: Actor, on: NaiveDate) -> Step<HostingRequested, Flow<Draft>> {
        self.step(Event::new(by, on, Action::ApproveHosting))
    }
    /// The competent authority refuses hosting.
    pub fn refuse(
        self,
        by: Actor,
        on: NaiveDate,
        reason: String,
    ) -> Step<HostingRequested, Flow<Refused>> {
        self.step(Event::new(by, on, Action::Refuse { reason }))
    }
}

/// Where a case goes after its dossier is accepted.
#[derive(Debug)]
pub enum AfterAccept {
    /// Consultations were sent.
    Consulting(Flow<InConsultation>),
    /// No consultation: straight to the decision.
    Awaiting(Flow<AwaitingDecision>),
}

/// Where a case goes after its consultation is closed.
#[derive(Debug)]
pub enum AfterConsultation {
    /// The applicant reconciles the opinions.
    Reconciling(Flow<Reconciling>),
    /// Straight to the decision.
    Awaiting(Flow<AwaitingDecision>),
}

impl Flow<Submitted> {
    /// The receiving body accepts the dossier and sends the consultations.
    pub fn accept(self, by: Actor, on: NaiveDate) -> Step<Submitted, AfterAccept> {
        let case = self.step_any(Event::new(by, on, Action::Accept))?;
        Ok(if case.state() == State::InConsultation {
            AfterAccept::Consulting(wrap(case))
        } else {
            AfterAccept::Awaiting(wrap(case))
        })
    }
    /// The dossier is returned for completion.
    pub fn return_for_completion(
        self,
        by: Actor,
        on: NaiveDate,
        missing: String,
    ) -> Step<Submitted, Flow<Returned>> {
        self.step(Event::new(by, on, Action::ReturnForCompletion { missing }))
    }
}

impl Flow<InConsultation> {
    /// A consultee answers its own consultation.
    pub fn reply(
        self,
        by: Actor,
        on: NaiveDate,
        opinion: Opinion,
    ) -> Step<InConsultation, Flow<InConsultation>> {
        self.step(Event::new(by, on, Action::Reply { opinion }))
    }
    /// The receiving body closes the consultation.
    pub fn end_consultation(
        self,
        by: Actor,
        on: NaiveDate,
    ) -> Step<InConsultation, AfterConsultation> {
        let case = self.step_any(Event::new(by, on, Action::EndConsultation))?;
        Ok(if case.state() == State::Reconciling {
            AfterConsultation::Reconciling(wrap(case))
        } else {
            AfterConsultation::Awaiting(wrap(case))
        })
    }
}

impl Flow<Reconciling> {
    /// The applicant files its reconciliation.
    pub fn reconcile(self, by: Actor, on: NaiveDate) -> Step<Reconciling, Flow<AwaitingDecision>> {
        self.step(Event::new(by, on, Action::Reconcile))
    }
}

impl Flow<AwaitingDecision> {
    /// The authority re-evaluates the case as of the act date (see [`Action::Recheck`]).
    pub fn recheck(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<AwaitingDecision, Flow<AwaitingDecision>> {
        self.step(Event::new(
            by,
            on,
            Action::Recheck {
                assessment: Box::new(assessment),
            },
        ))
    }
    /// The competent authority (or its delegate) approves.
    pub fn approve(self, by: Actor, on: NaiveDate) -> Step<AwaitingDecision, Flow<Approved>> {
        self.step(Event::new(by, on, Action::Approve))
    }
    /// The competent authority refuses.
    pub fn refuse(
        self,
        by: Actor,
        on: NaiveDate,
        reason: String,
    ) -> Step<AwaitingDecision, Flow<Refused>> {
        self.step(Event::new(by, on, Action::Refuse { reason }))
    }
    /// The case goes to the higher authority.
    pub fn escalate(self, by: Actor, on: NaiveDate) -> Step<AwaitingDecision, Flow<Escalated>> {
        self.step(Event::new(by, on, Action::Escalate))
    }
    /// The dossier is returned for completion.
    pub fn return_for_completion(
        self,
        by: Actor,
        on: NaiveDate,
        missing: String,
    ) -> Step<AwaitingDecision, Flow<Returned>> {
        self.step(Event::new(by, on, Action::ReturnForCompletion { missing }))
    }
}

impl Flow<Escalated> {
    /// The authority re-evaluates the case as of the act date (see [`Action::Recheck`]).
    pub fn recheck(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<Escalated, Flow<Escalated>> {
        self.step(Event::new(
            by,
            on,
            Action::Recheck {
                assessment: Box::new(assessment),
            },
        ))
    }
    /// The higher authority consents.
    pub fn approve(self, by: Actor, on: NaiveDate) -> Step<Escalated, Flow<Approved>> {
        self.step(Event::new(by, on, Action::Approve))
    }
    /// The higher authority refuses.
    pub fn refuse(
        self,
        by: Actor,
        on: NaiveDate,
        reason: String,
    ) -> Step<Escalated, Flow<Refused>> {
        self.step(Event::new(by, on, Action::Refuse { reason }))
    }
}

impl Flow<Returned> {
    /// The applicant files the completed dossier.
    pub fn resubmit(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<Returned, Flow<Submitted>> {
        self.step(Event::new(
            by,
            on,
            Action::Resubmit {
                assessment: Box::new(assessment),
            },
        ))
    }
}

impl Flow<Approved> {
    /// The authority re-evaluates the case as of the act date (see [`Action::Recheck`]).
    pub fn recheck(
        self,
        by: Actor,
        on: NaiveDate,
        assessment: Assessment,
    ) -> Step<Approved, Flow<Approved>> {
        self.step(Event::new(
            by,
            on,
            Action::Recheck {
                assessment: Box::new(assessment),
            },
        ))
    }
    /// The activity is carried out (trip made, event held, agreement signed).
    pub fn carry_out(self, by: Actor, on: NaiveDate) -> Step<Approved, Flow<CarriedOut>> {
        self.step(Event::new(by, on, Action::CarryOut))
    }
    /// The case is closed without execution (the province's reply on an NGO registration).
    pub fn close(self, by: Actor, on: NaiveDate) -> Step<Approved, Flow<Closed>> {
        self.step(Event::new(by, on, Action::Close))
    }
}

impl Flow<CarriedOut> {
    /// The applicant files the result report.
    pub fn report_result(self, by: Actor, on: NaiveDate) -> Step<CarriedOut, Flow<ResultReported>> {
        self.step(Event::new(by, on, Action::ReportResult))
    }
    /// An obligation is discharged (passports returned, notice sent).
    pub fn discharge(
        self,
        by: Actor,
        on: NaiveDate,
        kind: DeadlineKind,
    ) -> Step<CarriedOut, Flow<CarriedOut>> {
        self.step(Event::new(by, on, Action::Discharge { kind }))
    }
    /// The case is closed (no result report required).
    pub fn close(self, by: Actor, on: NaiveDate) -> Step<CarriedOut, Flow<Closed>> {
        self.step(Event::new(by, on, Action::Close))
    }
}

impl Flow<ResultReported> {
    /// An obligation is discharged (passports returned, notice sent).
    pub fn discharge(
        self,
        by: Actor,
        on: NaiveDate,
        kind: DeadlineKind,
    ) -> Step<ResultReported, Flow<ResultReported>> {
        self.step(Event::new(by, on, Action::Discharge { kind }))
    }
    /// The case is closed.
    pub fn close(self, by: Actor, on: NaiveDate) -> Step<ResultReported, Flow<Closed>> {
        self.step(Event::new(by, on, Action::Close))
    }
}

impl<S: Open> Flow<S> {
    /// The applicant withdraws the request.
    pub fn withdraw(self, by: Actor, on: NaiveDate, reason: String) -> Step<S, Flow<Withdrawn>> {
        self.step(Event::new(by, on, Action::Withdraw { reason }))
    }
    /// The authority cancels the case.
    pub fn cancel(self, by: Actor, on: NaiveDate, reason: String) -> Step<S, Flow<Cancelled>> {
        self.step(Event::new(by, on, Action::Cancel { reason }))
    }
}
