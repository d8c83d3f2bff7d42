//! Backward periods in weeks and the zero-working-day period, which the mutation tests of
//! issue 13 found unpinned in `calendar/deadline.rs`: "at least N weeks before D" is D − 7N
//! (D − 7N − 1 in the strict reading), rolled back to a working day; "0 working days" is the
//! day itself when it is a working day, else the previous one before a date and the next one
//! after an event. March 2026 has no public holiday: only weekends are passed over.

use chrono::NaiveDate;
use doingoai::calendar::{Backward, Period, WorkCalendar};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn before(target: NaiveDate, p: Period, reading: Backward) -> NaiveDate {
    WorkCalendar::state_agency()
        .latest_before_with(target, p, reading)
        .expect("in range")
}

// `backward`: `u64::from(n) * 7 + strict` with `*` → `+` or `/`, `+` → `-` or `*`
#[test]
fn weeks_before_a_date_count_seven_days_each() {
    let tue = d(2026, 3, 24);
    assert_eq!(
        before(tue, Period::Weeks(1), Backward::AtLeast),
        d(2026, 3, 17)
    );
    assert_eq!(
        before(tue, Period::Weeks(2), Backward::AtLeast),
        d(2026, 3, 10)
    );
    assert_eq!(
        before(tue, Period::Weeks(3), Backward::AtLeast),
        d(2026, 3, 3)
    );
    // strict clear days: one day earlier
    assert_eq!(
        before(tue, Period::Weeks(1), Backward::StrictClearDays),
        d(2026, 3, 16)
    );
    assert_eq!(
        before(tue, Period::Weeks(2), Backward::StrictClearDays),
        d(2026, 3, 9)
    );
    assert_eq!(
        WorkCalendar::state_agency().latest_before(tue, Period::Weeks(2)),
        Ok(d(2026, 3, 10))
    );
}

#[test]
fn weeks_before_a_date_roll_back_off_a_weekend() {
    let cal = WorkCalendar::state_agency();
    // Sat 21/03/2026 − 1 week = Sat 14/03 → Fri 13/03
    let e = cal
        .explain_latest_before(d(2026, 3, 21), Period::Weeks(1), Backward::AtLeast)
        .expect("in range");
    assert_eq!(e.date, d(2026, 3, 13));
    assert_eq!(e.rolled_from, Some(d(2026, 3, 14)));
    // Mon 23/03/2026 − 2 weeks − 1 clear day = Sun 08/03 → Fri 06/03
    assert_eq!(
        before(d(2026, 3, 23), Period::Weeks(2), Backward::StrictClearDays),
        d(2026, 3, 6)
    );
}

// `backward`: `needed == 0` → `!=`, `prefix(i + 1)` → `prefix(i - 1)` / `prefix(i * 1)`,
// `u64::from(n) + strict` → `*` / `-`
#[test]
fn zero_working_days_before_a_date_is_that_day_or_the_working_day_before() {
    // a working day: itself
    assert_eq!(
        before(d(2026, 3, 10), Period::WorkingDays(0), Backward::AtLeast),
        d(2026, 3, 10)
    );
    // a Saturday: the Friday before
    assert_eq!(
        before(d(2026, 3, 14), Period::WorkingDays(0), Backward::AtLeast),
        d(2026, 3, 13)
    );
    // a Monday: itself, not the Friday before
    assert_eq!(
        before(d(2026, 3, 16), Period::WorkingDays(0), Backward::AtLeast),
        d(2026, 3, 16)
    );
    // strict: one whole working day in between, so the working day before the date
    assert_eq!(
        before(
            d(2026, 3, 10),
            Period::WorkingDays(0),
            Backward::StrictClearDays
        ),
        d(2026, 3, 9)
    );
    assert_eq!(
        before(
            d(2026, 3, 16),
            Period::WorkingDays(0),
            Backward::StrictClearDays
        ),
        d(2026, 3, 13)
    );
    // and one working day before is the previous working day
    assert_eq!(
        before(d(2026, 3, 16), Period::WorkingDays(1), Backward::AtLeast),
        d(2026, 3, 13)
    );
}

// `forward`: the `WorkingDays(0)` arm and the roll to the next working day
#[test]
fn zero_working_days_after_an_event_is_that_day_or_the_next_working_day() {
    let cal = WorkCalendar::state_agency();
    assert_eq!(
        cal.deadline_after(d(2026, 3, 10), Period::WorkingDays(0)),
        Ok(d(2026, 3, 10))
    );
    assert_eq!(
        cal.deadline_after(d(2026, 3, 14), Period::WorkingDays(0)),
        Ok(d(2026, 3, 16))
    );
    assert_eq!(
        cal.deadline_after(d(2026, 3, 13), Period::WorkingDays(0)),
        Ok(d(2026, 3, 13))
    );
    let e = cal
        .explain_deadline_after(d(2026, 3, 14), Period::WorkingDays(0))
        .expect("in range");
    assert_eq!(e.date, d(2026, 3, 16));
    assert_eq!(e.rolled_from, Some(d(2026, 3, 14)));
    // one working day after a Friday is the Monday
    assert_eq!(
        cal.deadline_after(d(2026, 3, 13), Period::WorkingDays(1)),
        Ok(d(2026, 3, 16))
    );
}
