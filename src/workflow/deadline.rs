//! Deadlines as data: created by transitions, computed with a working-day calendar, explained,
//! and read with [`Case::deadlines`](super::Case::deadlines) as of any date.
//!
//! Nothing here reads the clock: every date comes in with an event or a query.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::label::{vocabulary, Label};
use crate::law::Citation;

use super::Role;

/// Whether a time limit counts calendar days (ngày) or working days (ngày làm việc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DayUnit {
    /// Calendar days ("ngày").
    Calendar,
    /// Working days ("ngày làm việc").
    Working,
}

/// A time limit: a number of calendar or working days.
///
/// ```
/// use doingoai::workflow::Span;
/// assert_eq!(Span::working(7).to_string(), "7 ngày làm việc");
/// assert_eq!(Span::days(15).en(), "15 days");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Span {
    /// How many days.
    pub count: u16,
    /// Which days count.
    pub unit: DayUnit,
}

impl Span {
    /// `n` calendar days.
    pub const fn days(n: u16) -> Self {
        Span {
            count: n,
            unit: DayUnit::Calendar,
        }
    }

    /// `n` working days.
    pub const fn working(n: u16) -> Self {
        Span {
            count: n,
            unit: DayUnit::Working,
        }
    }

    /// The span in English.
    pub fn en(&self) -> String {
        match self.unit {
            DayUnit::Calendar => format!("{} days", self.count),
            DayUnit::Working => format!("{} working days", self.count),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.unit {
            DayUnit::Calendar => write!(f, "{} ngày", self.count),
            DayUnit::Working => write!(f, "{} ngày làm việc", self.count),
        }
    }
}

/// A time limit with the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct TimeLimit {
    /// The period.
    pub span: Span,
    /// The rule that sets it.
    pub citation: Citation,
}

impl TimeLimit {
    /// A time limit.
    pub fn new(span: Span, citation: Citation) -> Self {
        TimeLimit { span, citation }
    }
}

/// The working-day calendar the workflow computes deadlines with.
///
/// The crate's [`calendar`](crate::calendar) module provides the Vietnamese state-agency
/// calendar; [`WeekendCalendar`] (Saturdays and Sundays off, no holidays) is the fallback used
/// by [`Case::apply`](super::Case::apply) until a calendar is given with
/// [`Case::apply_with`](super::Case::apply_with).
pub trait DeadlineCalendar {
    /// The last day of `span` counted from the event on `from` (the day of the event does not
    /// count). `None` when the date falls outside the calendar's range.
    fn due(&self, from: NaiveDate, span: Span) -> Option<NaiveDate>;
    /// Whether `date` is a working day.
    fn is_working_day(&self, date: NaiveDate) -> bool;
    /// Whether the calendar covers `date` (has its day table).
    fn accepts(&self, date: NaiveDate) -> bool;
    /// A short name of the calendar, recorded in explanations.
    fn name(&self) -> &str;
}

/// Saturdays and Sundays off, no public holidays, years 1900–2200. A stand-in for tests and
/// for callers without the state-agency calendar.
///
/// ```
/// use doingoai::workflow::{DeadlineCalendar, Span, WeekendCalendar};
/// use chrono::NaiveDate;
/// let fri = NaiveDate::from_ymd_opt(2025, 3, 7).unwrap();
/// // 1 working day after a Friday is the Monday
/// assert_eq!(WeekendCalendar.due(fri, Span::working(1)), NaiveDate::from_ymd_opt(2025, 3, 10));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WeekendCalendar;

impl DeadlineCalendar for WeekendCalendar {
    fn due(&self, from: NaiveDate, span: Span) -> Option<NaiveDate> {
        if !self.accepts(from) {
            return None;
        }
        let out = match span.unit {
            DayUnit::Calendar => {
                // a period ending on a day off ends on the next working day
                let mut d = from.checked_add_days(Days::new(u64::from(span.count)))?;
                while !self.is_working_day(d) {
                    d = d.succ_opt()?;
                }
                d
            }
            DayUnit::Working => {
                let mut d = from;
                let mut left = span.count;
                while left > 0 {
                    d = d.succ_opt()?;
                    if self.is_working_day(d) {
                        left -= 1;
                    }
                }
                d
            }
        };
        self.accepts(out).then_some(out)
    }

    fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
    }

    fn accepts(&self, date: NaiveDate) -> bool {
        (1900..=2200).contains(&date.year())
    }

    fn name(&self) -> &str {
        "weekends"
    }
}

vocabulary! {
    /// What a deadline is for.
    pub enum DeadlineKind {
        /// A consultee's written reply.
        ConsultationReply = ("consultation_reply", "trả lời xin ý kiến", "consultation reply"),
        /// The applicant's reconciliation of the opinions received.
        Reconciliation = ("reconciliation", "tiếp thu, giải trình", "reconciliation of opinions"),
        /// The competent authority's decision.
        Decision = ("decision", "quyết định", "decision"),
        /// The higher authority's decision after escalation.
        EscalatedDecision = ("escalated_decision", "ý kiến của cấp trên", "decision after escalation"),
        /// The report of results after the activity (trip, event, signing).
        ResultReport = ("result_report", "báo cáo kết quả", "result report"),
        /// Return of diplomatic or official passports after the trip.
        PassportReturn = ("passport_return", "nộp lại hộ chiếu", "passport return"),
        /// A notice or copy to another body (e.g. copy to MOFA, notice to the donor).
        Notice = ("notice", "thông báo, gửi bản sao", "notice or copy"),
        /// Start of implementation (e.g. aid revocable if not started).
        Start = ("start", "bắt đầu thực hiện", "start of implementation"),
    }
}

/// A deadline created by a transition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Deadline {
    /// What the deadline is for.
    pub kind: DeadlineKind,
    /// Who must act by then.
    pub owner: Role,
    /// The day the period starts from (the day of the triggering event; it does not count).
    pub from: NaiveDate,
    /// The period.
    pub span: Span,
    /// The last day to act.
    pub due: NaiveDate,
    /// The rule that sets it.
    pub citation: Citation,
    /// The day it was met, if it was.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub met: Option<NaiveDate>,
    /// The day it stopped being required (withdrawal, cancellation, step skipped), if it did.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub lapsed: Option<NaiveDate>,
}

/// The status of a deadline as of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DeadlineStatus {
    /// Not met yet and not past due.
    Due,
    /// Met on or before the due date.
    Met,
    /// Met after the due date.
    MetLate,
    /// Not met and past due.
    Missed,
    /// No longer required.
    Lapsed,
}

impl Deadline {
    /// The status of the deadline as of `as_of` (events after `as_of` are ignored).
    pub fn status(&self, as_of: NaiveDate) -> DeadlineStatus {
        match (self.met, self.lapsed) {
            (Some(m), _) if m <= as_of => {
                if m <= self.due {
                    DeadlineStatus::Met
                } else {
                    DeadlineStatus::MetLate
                }
            }
            (_, Some(l)) if l <= as_of => DeadlineStatus::Lapsed,
            _ if as_of > self.due => DeadlineStatus::Missed,
            _ => DeadlineStatus::Due,
        }
    }

    /// How the due date was computed, in Vietnamese.
    ///
    /// ```
    /// use doingoai::workflow::{Deadline, DeadlineKind, Role, Span};
    /// use doingoai::Citation;
    /// use chrono::NaiveDate;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let dl = Deadline {
    ///     kind: DeadlineKind::ConsultationReply, owner: Role::Mofa,
    ///     from: d(2025, 3, 3), span: Span::working(7), due: d(2025, 3, 12),
    ///     citation: Citation::article("70/2020/QH14", 19).clause(2), met: None, lapsed: None,
    /// };
    /// assert_eq!(dl.explain(), "Bộ Ngoại giao: trả lời xin ý kiến trong 7 ngày làm việc kể từ 03/03/2025 → hạn 12/03/2025 (khoản 2 Điều 19 70/2020/QH14)");
    /// ```
    pub fn explain(&self) -> String {
        format!(
            "{}: {} trong {} kể từ {} → hạn {} ({})",
            self.owner.vi(),
            self.kind.vi(),
            self.span,
            self.from.format("%d/%m/%Y"),
            self.due.format("%d/%m/%Y"),
            self.citation
        )
    }

    /// How the due date was computed, in English.
    pub fn explain_en(&self) -> String {
        format!(
            "{}: {} within {} from {} → due {} ({})",
            self.owner.en(),
            self.kind.en(),
            self.span.en(),
            self.from.format("%d/%m/%Y"),
            self.due.format("%d/%m/%Y"),
            self.citation.en()
        )
    }
}

/// A deadline with its status as of a date, from [`Case::deadlines`](super::Case::deadlines).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeadlineView {
    /// The deadline.
    pub deadline: Deadline,
    /// Its status as of the date asked.
    pub status: DeadlineStatus,
}
