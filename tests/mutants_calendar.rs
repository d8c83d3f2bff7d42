//! Tests that kill the mutants cargo-mutants left alive in `src/calendar/deadline.rs`
//! (issue 13 item 2; see `docs/mutation.md`). Each test pins the explained deadline of a
//! real case against the arithmetic done by hand: the date, whether it rolled, the days
//! passed over, and the exact English and Vietnamese explanation.
//!
//! Dates: Tết 2026 is Mon 16 – Fri 20 Feb 2026 (Official Letter 9859/VPCP-KGVX), with the
//! weekends 14–15 and 21–22 Feb around it; March 2026 has no public holiday.

use chrono::NaiveDate;
use doingoai::calendar::{Backward, DayKind, DeadlineRule, Period, SkippedDay, WorkCalendar};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn dates(skipped: &[SkippedDay]) -> Vec<NaiveDate> {
    skipped.iter().map(|s| s.date).collect()
}

const TET_EN: &str = "public holiday (Lunar New Year (Tết))";
const TET_VI: &str = "ngày nghỉ lễ, tết (Tết Âm lịch)";

// `Deadline::rolled -> true`: a deadline whose last day is a working day did not roll.
#[test]
fn a_deadline_on_a_working_day_has_not_rolled() {
    let cal = WorkCalendar::state_agency();
    // Fri 06/03/2026 + 3 days = Mon 09/03/2026, a working day.
    let x = cal
        .explain_deadline_after(d(2026, 3, 6), Period::CalendarDays(3))
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 9));
    assert_eq!(x.rolled_from, None);
    assert!(!x.rolled());
    assert!(x.skipped.is_empty());
    // A working-day period never rolls, even across Tết.
    let x = cal
        .explain_deadline_after(d(2026, 2, 13), Period::WorkingDays(10))
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 6));
    assert!(!x.rolled());
    // Backward, "at least 3 working days before Fri 20/03/2026" = Tue 17/03/2026.
    let x = cal
        .explain_latest_before(d(2026, 3, 20), Period::WorkingDays(3), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 17));
    assert!(!x.rolled());
    // And a period that does land on a weekend did roll.
    let x = cal
        .explain_latest_before(d(2026, 3, 23), Period::CalendarDays(8), Backward::AtLeast)
        .expect("in range");
    assert!(x.rolled());
}

// `explain_en`/`explain_vi`: the list of days off is shown iff a holiday was passed over
// (`!self.skipped.is_empty()` and `!list.is_empty()`), and the citations iff there are some.
#[test]
fn working_days_across_tet_are_explained_with_the_holidays_passed_over() {
    let cal = WorkCalendar::state_agency();
    // Receipt Fri 13/02/2026, 10 working days: 23–27 Feb and 2–6 Mar → Fri 06/03/2026.
    let x = cal
        .explain_deadline_after(d(2026, 2, 13), Period::WorkingDays(10))
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 6));
    assert_eq!(x.rule, DeadlineRule::WorkingDaysAfter);
    assert_eq!(
        x.explain_en(),
        format!(
            "2026-03-06: 10 working days after 2026-02-13 — period in working days; \
             days off passed over: 2026-02-16 {TET_EN}, 2026-02-17 {TET_EN}, 2026-02-18 {TET_EN}, \
             2026-02-19 {TET_EN}, 2026-02-20 {TET_EN} \
             [Art. 147(3) 91/2015/QH13; Art. 148(1) 91/2015/QH13; 9859/VPCP-KGVX]"
        )
    );
    assert_eq!(
        x.explain_vi(),
        format!(
            "06/03/2026: 10 ngày làm việc kể từ 13/02/2026 — thời hạn tính bằng ngày làm việc; \
             các ngày nghỉ: 16/02/2026 {TET_VI}, 17/02/2026 {TET_VI}, 18/02/2026 {TET_VI}, \
             19/02/2026 {TET_VI}, 20/02/2026 {TET_VI} \
             [khoản 3 Điều 147 91/2015/QH13; khoản 1 Điều 148 91/2015/QH13; 9859/VPCP-KGVX]"
        )
    );
    assert_eq!(x.to_string(), x.explain_vi());
}

#[test]
fn weekends_alone_are_not_listed_as_days_off() {
    let cal = WorkCalendar::state_agency();
    // Mon 02/03/2026, 5 working days: 3, 4, 5, 6, 9 March → Mon 09/03/2026 over a weekend.
    let x = cal
        .explain_deadline_after(d(2026, 3, 2), Period::WorkingDays(5))
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 9));
    assert_eq!(dates(&x.skipped), vec![d(2026, 3, 7), d(2026, 3, 8)]);
    assert!(x.skipped.iter().all(|s| s.kind == DayKind::WeeklyRest));
    assert_eq!(
        x.explain_en(),
        "2026-03-09: 5 working days after 2026-03-02 — period in working days \
         [Art. 147(3) 91/2015/QH13; Art. 148(1) 91/2015/QH13]"
    );
    assert_eq!(
        x.explain_vi(),
        "09/03/2026: 5 ngày làm việc kể từ 02/03/2026 — thời hạn tính bằng ngày làm việc \
         [khoản 3 Điều 147 91/2015/QH13; khoản 1 Điều 148 91/2015/QH13]"
    );
}

#[test]
fn a_calendar_period_on_a_working_day_is_explained_without_a_roll() {
    let cal = WorkCalendar::state_agency();
    let x = cal
        .explain_deadline_after(d(2026, 3, 6), Period::CalendarDays(3))
        .expect("in range");
    assert_eq!(
        x.explain_en(),
        "2026-03-09: 3 days after 2026-03-06 — period in days or weeks (Civil Code Arts. 147–148) \
         [Art. 147(3) 91/2015/QH13; Art. 148(1) 91/2015/QH13]"
    );
    assert_eq!(
        x.explain_vi(),
        "09/03/2026: 3 ngày kể từ 06/03/2026 — thời hạn tính bằng ngày, tuần (Điều 147, 148 BLDS) \
         [khoản 3 Điều 147 91/2015/QH13; khoản 1 Điều 148 91/2015/QH13]"
    );
}

// A backward period rolled back over a weekend only: no source to cite, so no brackets.
#[test]
fn a_backward_roll_over_a_weekend_cites_nothing() {
    let cal = WorkCalendar::state_agency();
    // Mon 23/03/2026 − 8 days = Sun 15/03/2026 → Fri 13/03/2026.
    let x = cal
        .explain_latest_before(d(2026, 3, 23), Period::CalendarDays(8), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 13));
    assert_eq!(x.rolled_from, Some(d(2026, 3, 15)));
    assert_eq!(x.rule, DeadlineRule::AtLeastBefore);
    assert!(x.citations.is_empty());
    assert_eq!(
        x.explain_en(),
        "2026-03-13: 8 days before 2026-03-23 — at least N days before (common reading; no \
         statutory rule); 2026-03-15 is not a working day, moved to 2026-03-13"
    );
    assert_eq!(
        x.explain_vi(),
        "13/03/2026: 8 ngày trước 23/03/2026 — trước ít nhất N ngày (cách đọc thông dụng, không \
         có quy định chung); 15/03/2026 không phải ngày làm việc, chuyển sang 13/03/2026"
    );
}

// `explain_latest_before`: for a calendar period only the roll's days are listed — those
// between the result and the nominal day (`s.date <= r`), not the weekend 21–22 March
// between the nominal day and the target.
#[test]
fn a_backward_calendar_period_lists_only_the_days_it_rolled_over() {
    let cal = WorkCalendar::state_agency();
    let x = cal
        .explain_latest_before(d(2026, 3, 23), Period::CalendarDays(8), Backward::AtLeast)
        .expect("in range");
    assert_eq!(dates(&x.skipped), vec![d(2026, 3, 14), d(2026, 3, 15)]);
    // Without a roll nothing is listed, though the weekend 14–15 March lies in between.
    // Fri 20/03/2026 − 7 days = Fri 13/03/2026, a working day.
    let x = cal
        .explain_latest_before(d(2026, 3, 20), Period::CalendarDays(7), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.date, d(2026, 3, 13));
    assert_eq!(x.rolled_from, None);
    assert!(x.skipped.is_empty());
}

#[test]
fn a_backward_calendar_period_rolled_over_tet_cites_the_holiday_letter() {
    let cal = WorkCalendar::state_agency();
    // Departure Tue 10/03/2026, at least 20 days before: Wed 18/02/2026 is Tết → Fri 13/02.
    let x = cal
        .explain_latest_before(d(2026, 3, 10), Period::CalendarDays(20), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.date, d(2026, 2, 13));
    assert_eq!(x.rolled_from, Some(d(2026, 2, 18)));
    assert_eq!(
        dates(&x.skipped),
        vec![
            d(2026, 2, 14),
            d(2026, 2, 15),
            d(2026, 2, 16),
            d(2026, 2, 17),
            d(2026, 2, 18)
        ]
    );
    assert_eq!(
        x.explain_en(),
        format!(
            "2026-02-13: 20 days before 2026-03-10 — at least N days before (common reading; no \
             statutory rule); 2026-02-18 is not a working day, moved to 2026-02-13; days off \
             passed over: 2026-02-16 {TET_EN}, 2026-02-17 {TET_EN}, 2026-02-18 {TET_EN} \
             [9859/VPCP-KGVX]"
        )
    );
    assert_eq!(
        x.explain_vi(),
        format!(
            "13/02/2026: 20 ngày trước 10/03/2026 — trước ít nhất N ngày (cách đọc thông dụng, \
             không có quy định chung); 18/02/2026 không phải ngày làm việc, chuyển sang \
             13/02/2026; các ngày nghỉ: 16/02/2026 {TET_VI}, 17/02/2026 {TET_VI}, 18/02/2026 \
             {TET_VI} [9859/VPCP-KGVX]"
        )
    );
}

// `explain_latest_before`, the `Period::WorkingDays` arms: the rule is "at least N working
// days before", and every non-working day between the result and the target is listed.
#[test]
fn working_days_before_tet_list_every_day_off_between() {
    let cal = WorkCalendar::state_agency();
    // Departure Mon 23/02/2026, at least 5 working days before: 13, 12, 11, 10, 9 Feb.
    let x = cal
        .explain_latest_before(d(2026, 2, 23), Period::WorkingDays(5), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.date, d(2026, 2, 9));
    assert_eq!(x.rule, DeadlineRule::AtLeastWorkingDaysBefore);
    assert_eq!(x.rolled_from, None);
    assert_eq!(x.backward, Some(Backward::AtLeast));
    assert_eq!(
        dates(&x.skipped),
        (14..=22).map(|day| d(2026, 2, day)).collect::<Vec<_>>()
    );
    assert_eq!(
        x.explain_en(),
        format!(
            "2026-02-09: 5 working days before 2026-02-23 — at least N working days before; \
             days off passed over: 2026-02-16 {TET_EN}, 2026-02-17 {TET_EN}, 2026-02-18 {TET_EN}, \
             2026-02-19 {TET_EN}, 2026-02-20 {TET_EN} [9859/VPCP-KGVX]"
        )
    );
    // Without a day off in between: no list, no citation.
    let x = cal
        .explain_latest_before(d(2026, 3, 20), Period::WorkingDays(3), Backward::AtLeast)
        .expect("in range");
    assert_eq!(x.rule, DeadlineRule::AtLeastWorkingDaysBefore);
    assert_eq!(
        x.explain_en(),
        "2026-03-17: 3 working days before 2026-03-20 — at least N working days before"
    );
    assert_eq!(
        x.explain_vi(),
        "17/03/2026: 3 ngày làm việc trước 20/03/2026 — trước ít nhất N ngày làm việc"
    );
}
