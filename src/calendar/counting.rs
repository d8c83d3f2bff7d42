//! Counting periods: the deadline arithmetic a calendar offers the rules, as a trait.
//!
//! [`WorkCalendar`] implements [`Deadlines`] (Vietnamese public holidays, compensatory days and
//! swapped working days). [`WeekdaysOnly`] is a stand-in for tests and examples that knows
//! weekends but **no holidays**.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{Period, WorkCalendar};

/// A deadline that cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot count {period:?} from {from}: {reason}")]
#[non_exhaustive]
pub struct DeadlineError {
    /// The day counted from.
    pub from: NaiveDate,
    /// The period.
    pub period: Period,
    /// Why.
    pub reason: String,
}

/// Deadline arithmetic: "within N (working) days after" and "at least N (working) days before".
pub trait Deadlines {
    /// The last day of a period that starts the day after `event` ("trong thời hạn N ngày kể từ").
    fn deadline_after(&self, event: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError>;
    /// The latest day that is at least `period` before `target` ("trước ít nhất N ngày").
    fn latest_before(&self, target: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError>;
    /// Whether the calendar can count from and to `day` (a request dated outside it is
    /// refused rather than evaluated without its lead times). Every day, unless the calendar
    /// says otherwise.
    ///
    /// ```
    /// use doingoai::calendar::{Deadlines, WeekdaysOnly, WorkCalendar};
    /// use chrono::NaiveDate;
    /// let far = NaiveDate::from_ymd_opt(9999, 1, 4).unwrap();
    /// assert!(WeekdaysOnly.covers(far));
    /// assert!(!WorkCalendar::state_agency().covers(far));
    /// ```
    fn covers(&self, day: NaiveDate) -> bool {
        let _ = day;
        true
    }
}

/// Saturdays and Sundays off, no holidays: a stand-in, **not** the Vietnamese calendar.
///
/// ```
/// use doingoai::calendar::{Deadlines, Period, WeekdaysOnly};
/// use chrono::NaiveDate;
/// let fri = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
/// assert_eq!(WeekdaysOnly.deadline_after(fri, Period::WorkingDays(1))?.to_string(), "2026-11-23");
/// assert_eq!(WeekdaysOnly.latest_before(fri, Period::CalendarDays(30))?.to_string(), "2026-10-21");
/// # Ok::<(), doingoai::calendar::DeadlineError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct WeekdaysOnly;

fn working(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `n` working days after (`forward`) or before `from`, in constant time per call: any seven
/// consecutive days hold exactly five weekdays, so whole weeks are jumped and at most nine
/// days counted one by one. `None` outside chrono's dates.
fn shift_working(from: NaiveDate, n: u32, forward: bool) -> Option<NaiveDate> {
    let weeks = n.saturating_sub(5) / 5;
    let jump = Days::new(u64::from(weeks) * 7);
    let mut d = match forward {
        true => from.checked_add_days(jump)?,
        false => from.checked_sub_days(jump)?,
    };
    let mut left = n - weeks * 5;
    while left > 0 {
        d = match forward {
            true => d.succ_opt()?,
            false => d.pred_opt()?,
        };
        if working(d) {
            left -= 1;
        }
    }
    Some(d)
}

fn err(from: NaiveDate, period: Period, reason: &str) -> DeadlineError {
    DeadlineError {
        from,
        period,
        reason: reason.to_string(),
    }
}

impl Deadlines for WeekdaysOnly {
    fn deadline_after(&self, event: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError> {
        let out = || err(event, period, "date out of range");
        match period {
            Period::CalendarDays(n) => event.checked_add_days(Days::new(n as u64)).ok_or_else(out),
            Period::Months(n) => event
                .checked_add_months(chrono::Months::new(n))
                .ok_or_else(out),
            Period::WorkingDays(n) => shift_working(event, n, true).ok_or_else(out),
            #[allow(unreachable_patterns)]
            _ => Err(err(event, period, "unsupported period")),
        }
    }

    fn latest_before(&self, target: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError> {
        let out = || err(target, period, "date out of range");
        match period {
            Period::CalendarDays(n) => target.checked_sub_days(Days::new(n as u64)).ok_or_else(out),
            Period::Months(n) => target
                .checked_sub_months(chrono::Months::new(n))
                .ok_or_else(out),
            Period::WorkingDays(n) => shift_working(target, n, false).ok_or_else(out),
            #[allow(unreachable_patterns)]
            _ => Err(err(target, period, "unsupported period")),
        }
    }
}

impl Deadlines for WorkCalendar {
    fn deadline_after(&self, event: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError> {
        WorkCalendar::deadline_after(self, event, period).map_err(|e| DeadlineError {
            from: event,
            period,
            reason: e.to_string(),
        })
    }
    fn latest_before(&self, target: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError> {
        WorkCalendar::latest_before(self, target, period).map_err(|e| DeadlineError {
            from: target,
            period,
            reason: e.to_string(),
        })
    }
    fn covers(&self, day: NaiveDate) -> bool {
        // what `self.day(day).is_ok()` says, without building the day's description: the
        // calendar holds whole years, so the year says it (a unit test of `work_calendar`
        // checks this against the day index at both ends and around them)
        (super::work_calendar::FIRST_YEAR..=super::work_calendar::LAST_YEAR).contains(&day.year())
    }
}
