//! Events: who did what, when. An event is the only way to change a [`Case`](super::Case).

use chrono::NaiveDate;

use crate::label::vocabulary;
use crate::law::Citation;

use super::{Actor, Assessment, Deadline, DeadlineKind, State};

/// A consultee's answer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "opinion")]
#[non_exhaustive]
pub enum Opinion {
    /// Agrees (đồng ý).
    Agree,
    /// Objects (không đồng ý), with its reason.
    Object {
        /// The reason given.
        reason: String,
    },
}

/// What an event does. The JSON form is tagged by `action`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "action", deny_unknown_fields)]
#[non_exhaustive]
pub enum Action {
    /// The applicant asks for hosting approval in principle (conferences).
    RequestHosting {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The competent authority approves hosting in principle.
    ApproveHosting,
    /// The applicant files the dossier.
    Submit {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The receiving agency finds the dossier complete and sends the consultations.
    Accept,
    /// A consultee answers its own consultation.
    Reply {
        /// The answer.
        opinion: Opinion,
    },
    /// The receiving agency closes the consultation (all answered or the rest overdue).
    EndConsultation,
    /// The applicant files its reconciliation of the opinions.
    Reconcile,
    /// The case is submitted to the higher authority.
    Escalate,
    /// The competent authority (or the higher authority after escalation) approves.
    Approve,
    /// The competent authority (or the higher authority) refuses.
    Refuse {
        /// The reason given.
        reason: String,
    },
    /// The dossier is returned to the applicant to complete.
    ReturnForCompletion {
        /// What is missing.
        missing: String,
    },
    /// The applicant files the completed dossier.
    Resubmit {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The authority re-evaluates the case as of the act date before deciding or before the
    /// activity (a member sanctioned or under exit suspension since the filing…). The
    /// conditions the fresh assessment finds violated block the approval and the execution
    /// until a later recheck finds none.
    Recheck {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The activity was carried out (the event date is the end of the trip or event, or the
    /// signing date).
    CarryOut,
    /// The applicant files the result report.
    ReportResult,
    /// The owner discharges an obligation other than the result report (passports returned,
    /// notice sent…).
    Discharge {
        /// Which obligation.
        kind: DeadlineKind,
    },
    /// The case is closed.
    Close,
    /// The applicant withdraws the request.
    Withdraw {
        /// The reason given.
        reason: String,
    },
    /// The authority cancels the case.
    Cancel {
        /// The reason given.
        reason: String,
    },
}

vocabulary! {
    /// The kind of an [`Action`], without its data (for tables, diagrams and refusals).
    pub enum ActionKind {
        /// See [`Action::RequestHosting`].
        RequestHosting = ("request_hosting", "đề nghị chủ trương đăng cai", "request hosting approval"),
        /// See [`Action::ApproveHosting`].
        ApproveHosting = ("approve_hosting", "đồng ý chủ trương đăng cai", "approve hosting"),
        /// See [`Action::Submit`].
        Submit = ("submit", "nộp hồ sơ", "submit"),
        /// See [`Action::Accept`].
        Accept = ("accept", "tiếp nhận hồ sơ", "accept dossier"),
        /// See [`Action::Reply`].
        Reply = ("reply", "trả lời xin ý kiến", "reply to consultation"),
        /// See [`Action::EndConsultation`].
        EndConsultation = ("end_consultation", "kết thúc lấy ý kiến", "end consultation"),
        /// See [`Action::Reconcile`].
        Reconcile = ("reconcile", "tiếp thu, giải trình", "reconcile opinions"),
        /// See [`Action::Escalate`].
        Escalate = ("escalate", "trình cấp trên", "escalate"),
        /// See [`Action::Approve`].
        Approve = ("approve", "cho phép", "approve"),
        /// See [`Action::Refuse`].
        Refuse = ("refuse", "không cho phép", "refuse"),
        /// See [`Action::ReturnForCompletion`].
        ReturnForCompletion = ("return_for_completion", "trả lại hồ sơ", "return for completion"),
        /// See [`Action::Resubmit`].
        Resubmit = ("resubmit", "nộp lại hồ sơ", "resubmit"),
        /// See [`Action::Recheck`].
        Recheck = ("recheck", "rà soát lại điều kiện", "recheck conditions"),
        /// See [`Action::CarryOut`].
        CarryOut = ("carry_out", "thực hiện", "carry out"),
        /// See [`Action::ReportResult`].
        ReportResult = ("report_result", "báo cáo kết quả", "report result"),
        /// See [`Action::Discharge`].
        Discharge = ("discharge", "thực hiện nghĩa vụ", "discharge obligation"),
        /// See [`Action::Close`].
        Close = ("close", "kết thúc hồ sơ", "close"),
        /// See [`Action::Withdraw`].
        Withdraw = ("withdraw", "rút hồ sơ", "withdraw"),
        /// See [`Action::Cancel`].
        Cancel = ("cancel", "hủy bỏ", "cancel"),
    }
}

impl Action {
    /// The kind of the action.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::RequestHosting { .. } => ActionKind::RequestHosting,
            Action::ApproveHosting => ActionKind::ApproveHosting,
            Action::Submit { .. } => ActionKind::Submit,
            Action::Accept => ActionKind::Accept,
            Action::Reply { .. } => ActionKind::Reply,
            Action::EndConsultation => ActionKind::EndConsultation,
            Action::Reconcile => ActionKind::Reconcile,
            Action::Escalate => ActionKind::Escalate,
            Action::Approve => ActionKind::Approve,
            Action::Refuse { .. } => ActionKind::Refuse,
            Action::ReturnForCompletion { .. } => ActionKind::ReturnForCompletion,
            Action::Resubmit { .. } => ActionKind::Resubmit,
            Action::Recheck { .. } => ActionKind::Recheck,
            Action::CarryOut => ActionKind::CarryOut,
            Action::ReportResult => ActionKind::ReportResult,
            Action::Discharge { .. } => ActionKind::Discharge,
            Action::Close => ActionKind::Close,
            Action::Withdraw { .. } => ActionKind::Withdraw,
            Action::Cancel { .. } => ActionKind::Cancel,
        }
    }
}

/// An event: an actor, the act date, and what it does.
///
/// ```
/// use doingoai::workflow::{Action, Actor, Event, Role};
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
/// let e = Event::new(Actor::official("chu-tich", Role::ProvincialChairman), on, Action::Approve);
/// assert_eq!(e.action.kind().code(), "approve");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Who acts.
    pub actor: Actor,
    /// The act date.
    pub on: NaiveDate,
    /// What it does.
    pub action: Action,
}

impl Event {
    /// An event.
    pub fn new(actor: Actor, on: NaiveDate, action: Action) -> Self {
        Event { actor, on, action }
    }
}

/// What an accepted event did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Outcome {
    /// The state before.
    pub from: State,
    /// The state after.
    pub to: State,
    /// The provisions the transition relied on.
    pub citations: Vec<Citation>,
    /// The deadlines the transition created.
    pub created: Vec<Deadline>,
    /// For an event that meets a deadline: whether it was late.
    pub late: Option<bool>,
}
