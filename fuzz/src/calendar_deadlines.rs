//! Target (e): deadline arithmetic with arbitrary dates and periods. Never panics (with
//! overflow checks on), and whatever it returns is sensible:
//!
//! * a deadline after an event is a working day on or after the event, and the explained
//!   deadline has the same date;
//! * the latest day before a target is a working day on or before the target, the strict
//!   reading is never later than the default one, and the explained day is the same;
//! * one more unit never gives an earlier deadline (or a later latest day);
//! * the weekdays-only stand-in (`calendar::Deadlines`) and the calendar's day look-ups,
//!   working-day counts and date ranges accept any date.

use arbitrary::{Result, Unstructured};
use chrono::Datelike;
use doingoai::calendar::{Backward, DateRange, Deadlines, WeekdaysOnly};
use doingoai::{Period, WorkCalendar};

use crate::{calendar, date};

/// What one run did (for the harness test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ran {
    /// A forward deadline was computed.
    pub forward: bool,
    /// A backward latest day was computed.
    pub backward: bool,
}

fn statutory() -> &'static WorkCalendar {
    static CAL: std::sync::OnceLock<WorkCalendar> = std::sync::OnceLock::new();
    CAL.get_or_init(WorkCalendar::statutory)
}

fn period(u: &mut Unstructured<'_>) -> Result<(u8, u32)> {
    let n = match u.int_in_range(0u8..=7)? {
        0 => u.arbitrary::<u32>()?,
        1 => u32::MAX - u32::from(u.arbitrary::<u8>()?),
        2 => u.int_in_range(0u32..=40_000)?,
        _ => u.int_in_range(0u32..=40)?,
    };
    Ok((u.int_in_range(0u8..=4)?, n))
}

fn make(kind: u8, n: u32) -> Period {
    match kind {
        0 => Period::CalendarDays(n),
        1 => Period::WorkingDays(n),
        2 => Period::Weeks(n),
        3 => Period::Months(n),
        _ => Period::Years(n),
    }
}

/// Runs the target on one input.
pub fn run(data: &[u8]) -> Ran {
    let mut u = Unstructured::new(data);
    check(&mut u).unwrap_or_default()
}

fn check(u: &mut Unstructured<'_>) -> Result<Ran> {
    let mut ran = Ran::default();
    let day = date(u)?;
    let (kind, n) = period(u)?;
    let p = make(kind, n);
    let cal = if u.ratio(3u8, 4)? {
        calendar()
    } else {
        statutory()
    };

    let forward = cal.deadline_after(day, p);
    if let Ok(d) = forward {
        ran.forward = true;
        assert!(d >= day, "{p:?} after {day} gave {d}");
        assert!(
            cal.is_working_day(d),
            "{p:?} after {day} gave {d}, not a working day"
        );
        let e = cal
            .explain_deadline_after(day, p)
            .expect("explained when computed");
        assert_eq!(e.date, d);
        let _ = (e.explain_vi(), e.explain_en(), e.to_string());
        if let Some(m) = n.checked_add(1) {
            if let Ok(later) = cal.deadline_after(day, make(kind, m)) {
                assert!(later >= d, "{p:?} after {day}: {d}; one more: {later}");
            }
        }
    } else {
        assert!(cal.explain_deadline_after(day, p).is_err());
    }

    let reading = if u.arbitrary()? {
        Backward::AtLeast
    } else {
        Backward::StrictClearDays
    };
    let backward = cal.latest_before_with(day, p, reading);
    if let Ok(d) = backward {
        ran.backward = true;
        assert!(d <= day, "{p:?} before {day} gave {d}");
        assert!(
            cal.is_working_day(d),
            "{p:?} before {day} gave {d}, not a working day"
        );
        let e = cal
            .explain_latest_before(day, p, reading)
            .expect("explained when computed");
        assert_eq!(e.date, d);
        let _ = (e.explain_vi(), e.explain_en());
        if reading == Backward::StrictClearDays {
            if let Ok(lenient) = cal.latest_before(day, p) {
                assert!(
                    d <= lenient,
                    "{p:?} before {day}: strict {d}, default {lenient}"
                );
            }
        }
        if let Some(m) = n.checked_add(1) {
            if let Ok(earlier) = cal.latest_before_with(day, make(kind, m), reading) {
                assert!(earlier <= d, "{p:?} before {day}: {d}; one more: {earlier}");
            }
        }
    } else {
        assert!(cal.explain_latest_before(day, p, reading).is_err());
    }
    // the rules' view of the same calendar
    let _ = Deadlines::deadline_after(cal, day, p);
    let _ = Deadlines::latest_before(cal, day, p);

    // the weekdays-only stand-in counts working days one by one: keep its counts moderate
    let small = make(kind, n % 100_000);
    if let Ok(d) = WeekdaysOnly.deadline_after(day, small) {
        assert!(d >= day);
    }
    if let Ok(d) = WeekdaysOnly.latest_before(day, small) {
        assert!(d <= day);
    }

    // look-ups and counts over any dates
    let other = date(u)?;
    let _ = cal.day(day);
    let _ = cal.next_working_day_on_or_after(day);
    let _ = cal.previous_working_day_on_or_before(day);
    if let Ok(k) = cal.working_days_between(day, other) {
        if other < day {
            assert_eq!(k, 0);
        }
    }
    let _ = cal.working_days_in_year(other.year());
    let range = DateRange::new(day.min(other), day.max(other)).expect("ordered");
    assert!(range.contains(day) && range.contains(other));
    let _ = range.to_string();
    Ok(ran)
}
