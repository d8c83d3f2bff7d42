//! Property tests of the working-day calendar, deadlines and the lunar calendar.

use chrono::{Datelike, Days, NaiveDate};
use doingoai::calendar::{
    self, lunar, Announcement, Backward, DayKind, Occasion, Period, WorkCalendar,
};
use doingoai::law::Citation;
use proptest::prelude::*;

/// Any date of the working-day range.
fn in_range() -> impl Strategy<Value = NaiveDate> {
    let first = calendar::first_day();
    let span = (calendar::last_day() - first).num_days() as u64;
    (0..=span).prop_map(move |i| first + Days::new(i))
}

/// Any date chrono can represent.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn any_period() -> impl Strategy<Value = Period> {
    prop_oneof![
        any::<u32>().prop_map(Period::CalendarDays),
        any::<u32>().prop_map(Period::WorkingDays),
        any::<u32>().prop_map(Period::Weeks),
        any::<u32>().prop_map(Period::Months),
        any::<u32>().prop_map(Period::Years),
    ]
}

fn small_period() -> impl Strategy<Value = Period> {
    prop_oneof![
        (0u32..400).prop_map(Period::CalendarDays),
        (0u32..300).prop_map(Period::WorkingDays),
        (0u32..60).prop_map(Period::Weeks),
        (0u32..24).prop_map(Period::Months),
        (0u32..3).prop_map(Period::Years),
    ]
}

fn kind() -> impl Strategy<Value = DayKind> {
    prop::sample::select(DayKind::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn deadline_is_a_working_day_not_before_event(e in in_range(), p in small_period()) {
        let cal = WorkCalendar::state_agency();
        if let Ok(d) = cal.deadline_after(e, p) {
            prop_assert!(cal.is_working_day(d));
            prop_assert!(d >= e);
            if p.count() > 0 {
                prop_assert!(d > e);
            }
            let x = cal.explain_deadline_after(e, p).unwrap();
            prop_assert_eq!(x.date, d);
            prop_assert!(x.skipped.iter().all(|s| !cal.is_working_day(s.date)));
        }
    }

    #[test]
    fn working_days_are_monotone(e in in_range(), n in 0u32..500) {
        let cal = WorkCalendar::state_agency();
        if let (Ok(a), Ok(b)) = (
            cal.deadline_after(e, Period::WorkingDays(n)),
            cal.deadline_after(e, Period::WorkingDays(n + 1)),
        ) {
            // WorkingDays(0) is the event day rolled to a working day: it may equal the first.
            let ordered = if n == 0 { a <= b } else { a < b };
            prop_assert!(ordered);
            if n > 0 {
                // Exactly n working days in (e, a].
                prop_assert_eq!(
                    cal.working_days_between(e.succ_opt().unwrap(), a).unwrap(),
                    n
                );
            }
        }
    }

    #[test]
    fn latest_before_satisfies_the_period(t in in_range(), n in 0u32..400, strict in any::<bool>()) {
        let cal = WorkCalendar::state_agency();
        let reading = if strict { Backward::StrictClearDays } else { Backward::AtLeast };
        if let Ok(s) = cal.latest_before_with(t, Period::CalendarDays(n), reading) {
            prop_assert!(cal.is_working_day(s));
            let gap = (t - s).num_days();
            prop_assert!(gap >= i64::from(n) + i64::from(strict));
            // And it is the latest such working day.
            let mut x = s.succ_opt().unwrap();
            while (t - x).num_days() >= i64::from(n) + i64::from(strict) {
                prop_assert!(!cal.is_working_day(x));
                x = x.succ_opt().unwrap();
            }
        }
        if let Ok(s) = cal.latest_before_with(t, Period::WorkingDays(n), reading) {
            prop_assert!(cal.is_working_day(s));
            prop_assert!(s <= t);
            if n + u32::from(strict) > 0 {
                // S and the working days up to D (excluded) number n (+1 when strict).
                let count = cal.working_days_between(s, t.pred_opt().unwrap()).unwrap();
                prop_assert_eq!(count, n + u32::from(strict));
            }
        }
    }

}

proptest! {
    // Each case builds a calendar: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn announcement_changes_only_named_days(
        days in prop::collection::btree_map(in_range(), kind(), 1..6),
        probe in prop::collection::vec(in_range(), 50),
    ) {
        let base = WorkCalendar::state_agency();
        let mut a = Announcement::new(Citation::instrument("1/TB-TEST"));
        for (d, k) in &days {
            a = a.day(*d, *k, Occasion::Other);
        }
        let cal = base.with_announcement(a).unwrap();
        for (d, k) in &days {
            prop_assert_eq!(cal.is_working_day(*d), k.is_working());
            prop_assert_eq!(cal.day(*d).unwrap().kind, *k);
        }
        for p in probe {
            if !days.contains_key(&p) {
                prop_assert_eq!(cal.is_working_day(p), base.is_working_day(p));
                prop_assert_eq!(cal.day(p).unwrap(), base.day(p).unwrap());
            }
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn lunar_round_trip(n in 0i64..74_000) {
        let d = lunar::first_day() + chrono::Duration::days(n);
        if d <= lunar::last_day() {
            let l = lunar::to_lunar(d).unwrap();
            prop_assert_eq!(lunar::from_lunar(l).unwrap(), d);
        } else {
            prop_assert!(lunar::to_lunar(d).is_err());
        }
    }

    #[test]
    fn no_input_panics(d in any_date(), p in any_period(), y in any::<i32>(), m in any::<u8>(), day in any::<u8>(), leap in any::<bool>()) {
        let cal = WorkCalendar::state_agency();
        let _ = cal.is_working_day(d);
        let _ = cal.day(d);
        let _ = cal.deadline_after(d, p);
        let _ = cal.latest_before(d, p);
        let _ = cal.latest_before_with(d, p, Backward::StrictClearDays);
        let _ = cal.explain_deadline_after(d, p);
        let _ = cal.explain_latest_before(d, p, Backward::AtLeast);
        let _ = cal.special_days(y);
        let _ = cal.working_days_in_year(y);
        let _ = lunar::to_lunar(d);
        let _ = lunar::tet(y);
        let _ = lunar::hung_kings_day(y);
        let _ = lunar::leap_month(y);
        let _ = lunar::new_years_eve(y);
        let _ = lunar::month_length(y, m, leap);
        let _ = lunar::from_lunar(lunar::LunarDate { year: y, month: m, day, leap });
        let _ = calendar::estimated_year(y);
        if d < calendar::first_day() || d > calendar::last_day() {
            prop_assert!(!cal.is_working_day(d));
            prop_assert!(cal.day(d).is_err());
            prop_assert!(cal.deadline_after(d, p).is_err());
        }
    }
}

#[test]
fn edges() {
    let cal = WorkCalendar::state_agency();
    let first = calendar::first_day();
    let last = calendar::last_day();
    assert!(cal.day(first).is_ok());
    assert!(cal.day(last).is_ok());
    assert!(cal.deadline_after(last, Period::CalendarDays(1)).is_err());
    assert!(cal.latest_before(first, Period::CalendarDays(1)).is_err());
    assert!(cal.deadline_after(first, Period::WorkingDays(1)).is_ok());
    assert!(cal
        .with_announcement(Announcement::new(Citation::instrument("1/X")).day(
            NaiveDate::from_ymd_opt(2101, 1, 1).unwrap(),
            DayKind::Holiday,
            Occasion::Other
        ))
        .is_err());
}

#[test]
fn calendar_is_send_sync_and_cheap() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<WorkCalendar>();
}

#[test]
fn json_announcements_and_serde() {
    let cal = WorkCalendar::state_agency()
        .with_announcements_json(
            r#"[{"source": {"instrument": "9999/TB-BNV"}, "confidence": "secondary",
                 "days": [{"date": "2026-11-23", "kind": "swapped_off", "occasion": "culture_day"},
                          {"date": "2026-11-28", "kind": "make_up_workday", "occasion": "culture_day"}]}]"#,
        )
        .unwrap();
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    assert!(!cal.is_working_day(d(11, 23)));
    assert!(cal.is_working_day(d(11, 28)));
    assert_eq!(cal.working_days_in_year(2026).unwrap(), 249);
    assert_eq!(cal.announcements().len(), 1);
    // The statutory profile keeps the announcement but ignores its swap.
    let st = cal.with_profile(calendar::Profile::Statutory);
    assert!(st.is_working_day(d(11, 23)));
    assert!(WorkCalendar::state_agency()
        .with_announcements_json("{not json")
        .is_err());
    let p: Period = serde_json::from_str(r#"{"working_days": 7}"#).unwrap();
    assert_eq!(p, Period::WorkingDays(7));
    assert_eq!(
        serde_json::to_string(&Period::CalendarDays(15)).unwrap(),
        r#"{"calendar_days":15}"#
    );
    let dl = WorkCalendar::state_agency()
        .explain_deadline_after(d(8, 15), Period::CalendarDays(15))
        .unwrap();
    let back: calendar::Deadline =
        serde_json::from_str(&serde_json::to_string(&dl).unwrap()).unwrap();
    assert_eq!(back, dl);
}
