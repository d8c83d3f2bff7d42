//! Deadlines as data: created by transitions, computed with the working-day calendar
//! ([`WorkCalendar`], state-agency profile by default), explained,
//! and read with [`Case::deadlines`](super::Case::deadlines) as of any date.
//!
//! Nothing here reads the clock: every date comes in with an event or a query.

use chrono::NaiveDate;

use crate::calendar::{self, CalendarError, DueStatus, Period, WorkCalendar};
use crate::label::Label;
use crate::law::Citation;
use crate::rules::{Finding, Provenance, ReportKind};

use super::Role;

/// A time limit with the provision that sets it and, when it comes from the rulebook, the
/// rule with every citation and its evidence grade.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    /// The period.
    pub period: Period,
    /// The provision that sets it.
    pub citation: Citation,
    /// The rule of the rulebook it comes from (all its citations, its grade), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

impl TimeLimit {
    /// A time limit.
    pub fn new(period: Period, citation: Citation) -> Self {
        TimeLimit {
            period,
            citation,
            source: None,
        }
    }

    /// A finding about this limit: under its rule when it has one, else citing its provision.
    pub(crate) fn found(&self, finding: Finding) -> Finding {
        match &self.source {
            Some(s) => finding.sourced(s),
            None => finding.cite(self.citation.clone()),
        }
    }

    /// A time limit set by a rule of the rulebook (`None` for a rule without a citation, which
    /// validation refuses).
    pub fn sourced(period: Period, source: &Provenance) -> Option<Self> {
        Some(TimeLimit {
            period,
            citation: source.citation()?.clone(),
            source: Some(source.clone()),
        })
    }
}

/// What a deadline is for: a step of the procedure, or something owed — in the rulebook's
/// vocabulary of what is owed ([`ReportKind`]), as the rule says it (an aid completion report
/// stays a completion report; a post-signing report stays one). The JSON form of a step is its
/// code (`"decision"`); of something owed, `{"owed": "<report kind>"}`.
///
/// ```
/// use doingoai::rules::ReportKind;
/// use doingoai::workflow::DeadlineKind;
/// use doingoai::Label;
/// assert_eq!(DeadlineKind::Owed(ReportKind::PassportReturn).vi(), "nộp lại hộ chiếu");
/// assert_eq!(DeadlineKind::Decision.code(), "decision");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineKind {
    /// A consultee's written reply.
    ConsultationReply,
    /// The applicant's reconciliation of the opinions received.
    Reconciliation,
    /// The competent authority's decision.
    Decision,
    /// The higher authority's decision after escalation.
    EscalatedDecision,
    /// A report, notice, plan, return or start owed after an event of the case.
    Owed(ReportKind),
}

impl DeadlineKind {
    /// The reports whose filing is the [`Action::ReportResult`](super::Action::ReportResult)
    /// step: the result report of a trip or event, the report after signing an agreement, the
    /// completion report of an aid.
    pub const RESULT_REPORTS: [DeadlineKind; 3] = [
        DeadlineKind::Owed(ReportKind::ResultReport),
        DeadlineKind::Owed(ReportKind::PostSigningReport),
        DeadlineKind::Owed(ReportKind::CompletionReport),
    ];

    /// The machine code: the step's, or the code of what is owed.
    pub const fn code(self) -> &'static str {
        match self {
            DeadlineKind::ConsultationReply => "consultation_reply",
            DeadlineKind::Reconciliation => "reconciliation",
            DeadlineKind::Decision => "decision",
            DeadlineKind::EscalatedDecision => "escalated_decision",
            DeadlineKind::Owed(r) => r.code(),
        }
    }

    /// What is owed, for a deadline that is not a step of the procedure.
    pub const fn owed(self) -> Option<ReportKind> {
        match self {
            DeadlineKind::Owed(r) => Some(r),
            _ => None,
        }
    }
}

impl Label for DeadlineKind {
    fn vi(&self) -> &'static str {
        match self {
            DeadlineKind::ConsultationReply => "trả lời xin ý kiến",
            DeadlineKind::Reconciliation => "tiếp thu, giải trình",
            DeadlineKind::Decision => "quyết định",
            DeadlineKind::EscalatedDecision => "ý kiến của cấp trên",
            DeadlineKind::Owed(r) => r.vi(),
        }
    }
    fn en(&self) -> &'static str {
        match self {
            DeadlineKind::ConsultationReply => "consultation reply",
            DeadlineKind::Reconciliation => "reconciliation of opinions",
            DeadlineKind::Decision => "decision",
            DeadlineKind::EscalatedDecision => "decision after escalation",
            DeadlineKind::Owed(r) => r.en(),
        }
    }
}

impl std::fmt::Display for DeadlineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.vi())
    }
}

/// A deadline created by a transition.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// What the deadline is for.
    pub kind: DeadlineKind,
    /// Who must act by then.
    pub owner: Role,
    /// To whom, for a report or notice: the addressee first, then the bodies that get copies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<Role>,
    /// The day the period starts from (the day of the triggering event; it does not count).
    pub from: NaiveDate,
    /// The period.
    pub period: Period,
    /// The last day to act.
    pub due: NaiveDate,
    /// The provision that sets it.
    pub citation: Citation,
    /// The rule of the rulebook it comes from (all its citations, its grade), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
    /// The day it was met, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met: Option<NaiveDate>,
    /// The day it stopped being required (withdrawal, cancellation, step skipped), if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lapsed: Option<NaiveDate>,
}

impl Deadline {
    /// A finding about this deadline: under its rule when it has one, else citing its
    /// provision.
    pub(crate) fn found(&self, finding: Finding) -> Finding {
        match &self.source {
            Some(s) => finding.sourced(s),
            None => finding.cite(self.citation.clone()),
        }
    }

    /// The status of the deadline as of `as_of` (events after `as_of` are ignored); a
    /// deadline no longer required (lapsed) is [`DueStatus::Waived`].
    pub fn status(&self, as_of: NaiveDate) -> DueStatus {
        match (self.met, self.lapsed) {
            (Some(m), _) if m <= as_of => {
                if m <= self.due {
                    DueStatus::MetOnTime
                } else {
                    DueStatus::MetLate
                }
            }
            (_, Some(l)) if l <= as_of => DueStatus::Waived,
            _ if as_of > self.due => DueStatus::Overdue,
            _ => DueStatus::Pending,
        }
    }

    /// How the due date was computed, in Vietnamese.
    ///
    /// ```
    /// use doingoai::workflow::{Deadline, DeadlineKind, Role};
    /// use doingoai::{Citation, Period};
    /// use chrono::NaiveDate;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let dl = Deadline {
    ///     kind: DeadlineKind::ConsultationReply, owner: Role::Mofa, to: vec![],
    ///     from: d(2025, 3, 3), period: Period::WorkingDays(7), due: d(2025, 3, 12),
    ///     citation: Citation::article("70/2020/QH14", 19).clause(2), source: None, met: None, lapsed: None,
    /// };
    /// assert_eq!(dl.explain(), "Bộ Ngoại giao: trả lời xin ý kiến trong 7 ngày làm việc kể từ 03/03/2025 → hạn 12/03/2025 (khoản 2 Điều 19 70/2020/QH14)");
    /// ```
    pub fn explain(&self) -> String {
        format!(
            "{}: {} trong {} kể từ {} → hạn {} ({})",
            self.owner.vi(),
            self.kind.vi(),
            self.period,
            self.from.format("%d/%m/%Y"),
            self.due.format("%d/%m/%Y"),
            self.citation
        )
    }

    /// The calendar's full explanation of the due date (days skipped, the Civil Code's
    /// counting rules, holidays and their sources).
    pub fn explain_with(&self, cal: &WorkCalendar) -> Result<calendar::Deadline, CalendarError> {
        cal.explain_deadline_after(self.from, self.period)
    }

    /// How the due date was computed, in English.
    pub fn explain_en(&self) -> String {
        format!(
            "{}: {} within {} from {} → due {} ({})",
            self.owner.en(),
            self.kind.en(),
            self.period.en(),
            self.from.format("%d/%m/%Y"),
            self.due.format("%d/%m/%Y"),
            self.citation.en()
        )
    }
}

/// A deadline with its status as of a date, from [`Case::deadlines`](super::Case::deadlines).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeadlineView {
    /// The deadline.
    pub deadline: Deadline,
    /// Its status as of the date asked.
    pub status: DueStatus,
}
