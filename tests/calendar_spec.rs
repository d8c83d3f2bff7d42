//! The examples of the domain notes (shared/domain/calendar.md §3–§5): official schedules
//! 2024–2026 day by day, deadline examples D1, D7, D14, D17, day-status spot checks, the
//! lunar annotations of the notices and the UTC+7 divergence years.

use chrono::{Datelike, NaiveDate, Weekday};
use doingoai::calendar::{
    lunar, lunar::LunarDate, Backward, CalendarError, Confidence, DayKind, Occasion, Period,
    Profile, WorkCalendar,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn dates(y: i32, list: &[(u32, u32)]) -> Vec<NaiveDate> {
    list.iter().map(|&(m, day)| d(y, m, day)).collect()
}

#[test]
fn official_2024() {
    let cal = WorkCalendar::state_agency();
    assert_eq!(
        cal.non_working_weekdays(2024).unwrap(),
        dates(
            2024,
            &[
                (1, 1),
                (2, 8),
                (2, 9),
                (2, 12),
                (2, 13),
                (2, 14),
                (4, 18),
                (4, 29),
                (4, 30),
                (5, 1),
                (9, 2),
                (9, 3)
            ]
        )
    );
    assert_eq!(
        cal.working_weekend_days(2024).unwrap(),
        dates(2024, &[(5, 4)])
    );
    assert_eq!(cal.working_days_in_year(2024).unwrap(), 251);
}

#[test]
fn official_2025() {
    let cal = WorkCalendar::state_agency();
    assert_eq!(
        cal.non_working_weekdays(2025).unwrap(),
        dates(
            2025,
            &[
                (1, 1),
                (1, 27),
                (1, 28),
                (1, 29),
                (1, 30),
                (1, 31),
                (4, 7),
                (4, 30),
                (5, 1),
                (5, 2),
                (9, 1),
                (9, 2)
            ]
        )
    );
    assert_eq!(
        cal.working_weekend_days(2025).unwrap(),
        dates(2025, &[(4, 26)])
    );
    assert_eq!(cal.working_days_in_year(2025).unwrap(), 250);
}

#[test]
fn official_2026() {
    let cal = WorkCalendar::state_agency();
    assert_eq!(
        cal.non_working_weekdays(2026).unwrap(),
        dates(
            2026,
            &[
                (1, 1),
                (1, 2),
                (2, 16),
                (2, 17),
                (2, 18),
                (2, 19),
                (2, 20),
                (4, 27),
                (4, 30),
                (5, 1),
                (8, 31),
                (9, 1),
                (9, 2),
                (11, 24)
            ]
        )
    );
    assert_eq!(
        cal.working_weekend_days(2026).unwrap(),
        dates(2026, &[(1, 10), (8, 22)])
    );
    assert_eq!(cal.working_days_in_year(2026).unwrap(), 249);
    // 23 Nov 2026 is a working day until a swap is announced.
    assert!(cal.is_working_day(d(2026, 11, 23)));
    let culture = cal.day(d(2026, 11, 24)).unwrap();
    assert_eq!(culture.kind, DayKind::Holiday);
    assert_eq!(culture.occasion, Some(Occasion::CultureDay));
    assert_eq!(culture.confidence, Confidence::Secondary);
    assert_eq!(culture.source.instrument.as_str(), "28/2026/QH16");
}

#[test]
fn day_status_spot_checks() {
    let cal = WorkCalendar::state_agency();
    for (day, working) in [
        (d(2026, 8, 22), true),
        (d(2026, 8, 31), false),
        (d(2026, 4, 27), false),
        (d(2026, 1, 2), false),
        (d(2025, 4, 26), true),
        (d(2025, 5, 2), false),
        (d(2024, 5, 4), true),
        (d(2024, 4, 29), false),
    ] {
        assert_eq!(cal.is_working_day(day), working, "{day}");
    }
    let info = cal.day(d(2026, 8, 31)).unwrap();
    assert_eq!(info.kind, DayKind::SwappedOff);
    assert_eq!(info.source.instrument.as_str(), "9441/TB-BNV");
    assert_eq!(info.confidence, Confidence::Official);
    assert_eq!(cal.day(d(2026, 4, 27)).unwrap().kind, DayKind::Compensatory);
    assert_eq!(cal.day(d(2024, 5, 4)).unwrap().kind, DayKind::MakeUpWorkday);
}

#[test]
fn statutory_profile_ignores_swaps() {
    let cal = WorkCalendar::statutory();
    assert_eq!(cal.profile(), Profile::Statutory);
    assert!(cal.is_working_day(d(2026, 8, 31)));
    assert!(!cal.is_working_day(d(2026, 8, 22)));
    assert!(cal.is_working_day(d(2026, 1, 2)));
    assert!(!cal.is_working_day(d(2026, 1, 10)));
    assert!(!cal.is_working_day(d(2026, 4, 27)));
    assert!(!cal.is_working_day(d(2026, 9, 1)));
    assert!(!cal.is_working_day(d(2024, 2, 13)));
    assert!(cal.is_working_day(d(2024, 4, 29)));
    assert!(cal.is_working_day(d(2025, 5, 2)));
}

#[test]
fn deadline_examples() {
    let cal = WorkCalendar::state_agency();
    // D1
    assert_eq!(
        cal.deadline_after(d(2026, 2, 13), Period::WorkingDays(10))
            .unwrap(),
        d(2026, 3, 6)
    );
    // D7
    let d7 = cal
        .explain_deadline_after(d(2026, 8, 15), Period::CalendarDays(15))
        .unwrap();
    assert_eq!(d7.date, d(2026, 9, 3));
    assert_eq!(d7.rolled_from, Some(d(2026, 8, 30)));
    assert!(d7.rolled());
    let skipped: Vec<_> = d7.skipped.iter().map(|s| s.date).collect();
    assert_eq!(
        skipped,
        vec![d(2026, 8, 30), d(2026, 8, 31), d(2026, 9, 1), d(2026, 9, 2)]
    );
    assert!(d7
        .citations
        .iter()
        .any(|c| c.instrument.as_str() == "91/2015/QH13"
            && c.article == Some(148)
            && c.clause == Some(5)));
    assert!(d7
        .citations
        .iter()
        .any(|c| c.instrument.as_str() == "9441/TB-BNV"));
    assert!(d7.explain_en().contains("2026-08-30"));
    // D14
    assert_eq!(
        cal.latest_before(d(2026, 3, 10), Period::CalendarDays(20))
            .unwrap(),
        d(2026, 2, 13)
    );
    let strict = cal
        .explain_latest_before(
            d(2026, 3, 10),
            Period::CalendarDays(20),
            Backward::StrictClearDays,
        )
        .unwrap();
    assert_eq!(strict.date, d(2026, 2, 13));
    assert_eq!(strict.rolled_from, Some(d(2026, 2, 17)));
    assert_eq!(
        cal.latest_before_with(d(2026, 3, 10), Period::CalendarDays(20), Backward::AtLeast)
            .unwrap(),
        d(2026, 2, 13)
    );
    // D17
    assert_eq!(
        cal.latest_before(d(2026, 2, 23), Period::WorkingDays(5))
            .unwrap(),
        d(2026, 2, 9)
    );
    // Strict reading of working days: one more working day.
    assert_eq!(
        cal.latest_before_with(
            d(2026, 2, 23),
            Period::WorkingDays(5),
            Backward::StrictClearDays
        )
        .unwrap(),
        d(2026, 2, 6)
    );
}

#[test]
fn months_and_years() {
    let cal = WorkCalendar::state_agency();
    // 31 Jan + 1 month -> 28 Feb 2026 (Sat) -> Mon 2 Mar.
    let dl = cal
        .explain_deadline_after(d(2026, 1, 31), Period::Months(1))
        .unwrap();
    assert_eq!(dl.date, d(2026, 3, 2));
    assert_eq!(dl.rolled_from, Some(d(2026, 2, 28)));
    assert_eq!(
        cal.deadline_after(d(2024, 2, 29), Period::Years(1))
            .unwrap(),
        d(2025, 2, 28)
    );
    assert_eq!(
        cal.deadline_after(d(2026, 3, 2), Period::Weeks(2)).unwrap(),
        d(2026, 3, 16)
    );
}

#[test]
fn estimation_2027() {
    let cal = WorkCalendar::state_agency();
    let tet: Vec<_> = cal
        .special_days(2027)
        .unwrap()
        .into_iter()
        .filter(|s| {
            s.occasion == Occasion::Tet && !matches!(s.date.weekday(), Weekday::Sat | Weekday::Sun)
        })
        .collect();
    assert_eq!(
        tet.iter().map(|s| s.date).collect::<Vec<_>>(),
        dates(2027, &[(2, 4), (2, 5), (2, 8), (2, 9), (2, 10)])
    );
    assert!(tet.iter().all(|s| s.confidence == Confidence::Estimated));
}

#[test]
fn estimation_reproduces_2020_and_2023() {
    let cal = WorkCalendar::state_agency();
    let tet = |y| -> Vec<NaiveDate> {
        cal.non_working_weekdays(y)
            .unwrap()
            .into_iter()
            .filter(|x| x.month() <= 2 && x.day() > 2 || x.month() == 2)
            .collect()
    };
    assert_eq!(
        tet(2020),
        dates(2020, &[(1, 23), (1, 24), (1, 27), (1, 28), (1, 29)])
    );
    assert_eq!(
        tet(2023),
        dates(2023, &[(1, 20), (1, 23), (1, 24), (1, 25), (1, 26)])
    );
    // National Day 2023: Sat 2 Sep, adjacent Fri 1 Sep, compensatory Mon 4 Sep.
    assert!(!cal.is_working_day(d(2023, 9, 1)));
    assert!(!cal.is_working_day(d(2023, 9, 4)));
    assert!(cal.is_working_day(d(2023, 9, 5)));
}

#[test]
fn labour_code_2012_era_and_earlier() {
    let cal = WorkCalendar::state_agency();
    // 2019: National Day is one day (Mon 2 Sep), Tết 5 days.
    assert!(!cal.is_working_day(d(2019, 9, 2)));
    assert!(cal.is_working_day(d(2019, 9, 3)));
    // Tết 2010 (Sun 14 Feb): 4 days: eve Sat 13, 14, 15, 16; before 2014 the weekend days
    // moved after the block -> Mon 15 to Thu 18 (the civil service also swapped Fri 19).
    let t: Vec<_> = cal
        .non_working_weekdays(2010)
        .unwrap()
        .into_iter()
        .filter(|x| x.month() == 2)
        .collect();
    assert_eq!(t, dates(2010, &[(2, 15), (2, 16), (2, 17), (2, 18)]));
    // Hùng Kings' Day is a holiday from 2007 only.
    assert!(!cal.is_working_day(lunar::hung_kings_day(2008).unwrap()));
    let h2006 = lunar::hung_kings_day(2006).unwrap();
    assert_eq!(
        cal.is_working_day(h2006),
        !matches!(h2006.weekday(), Weekday::Sat | Weekday::Sun)
    );
}

#[test]
fn out_of_range() {
    let cal = WorkCalendar::state_agency();
    assert!(!cal.is_working_day(d(1999, 12, 31)));
    assert!(!cal.is_working_day(d(2101, 1, 3)));
    assert!(matches!(
        cal.day(d(1999, 12, 31)),
        Err(CalendarError::DateOutOfRange { .. })
    ));
    assert!(matches!(
        cal.deadline_after(d(2100, 12, 20), Period::CalendarDays(30)),
        Err(CalendarError::DeadlineOutOfRange { .. })
    ));
    assert!(cal
        .deadline_after(NaiveDate::MAX, Period::Years(u32::MAX))
        .is_err());
    assert!(cal
        .latest_before(NaiveDate::MIN, Period::Months(u32::MAX))
        .is_err());
    assert!(cal
        .latest_before(d(2000, 1, 3), Period::WorkingDays(5))
        .is_err());
    assert!(cal
        .deadline_after(d(2050, 1, 1), Period::WorkingDays(u32::MAX))
        .is_err());
    assert!(lunar::to_lunar(d(1900, 1, 30)).is_err());
    assert!(lunar::to_lunar(d(1900, 1, 31)).is_ok());
    assert!(lunar::to_lunar(lunar::last_day()).is_ok());
    assert!(lunar::to_lunar(lunar::last_day().succ_opt().unwrap()).is_err());
    assert!(lunar::tet(1899).is_err());
    assert!(lunar::tet(2101).is_err());
    assert!(
        lunar::from_lunar(LunarDate::new(2025, 2, 30)).is_ok()
            || lunar::from_lunar(LunarDate::new(2025, 2, 30)).is_err()
    );
    assert!(lunar::from_lunar(LunarDate::new(2025, 13, 1)).is_err());
    assert!(lunar::from_lunar(LunarDate::new(2025, 1, 0)).is_err());
    assert!(lunar::from_lunar(LunarDate::new(2025, 5, 1).in_leap_month()).is_err());
}

#[test]
fn lunar_annotations_of_the_notices() {
    for (date, (y, m, day)) in [
        (d(2014, 1, 28), (2013, 12, 28)),
        (d(2014, 2, 5), (2014, 1, 6)),
        (d(2020, 1, 23), (2019, 12, 29)),
        (d(2020, 1, 29), (2020, 1, 5)),
        (d(2023, 1, 20), (2022, 12, 29)),
        (d(2024, 2, 8), (2023, 12, 29)),
        (d(2024, 2, 14), (2024, 1, 5)),
        (d(2025, 1, 25), (2024, 12, 26)),
        (d(2025, 1, 27), (2024, 12, 28)),
        (d(2025, 1, 31), (2025, 1, 3)),
        (d(2025, 2, 2), (2025, 1, 5)),
        (d(2026, 2, 14), (2025, 12, 27)),
        (d(2026, 2, 16), (2025, 12, 29)),
        (d(2026, 2, 20), (2026, 1, 4)),
        (d(2026, 2, 22), (2026, 1, 6)),
    ] {
        assert_eq!(
            lunar::to_lunar(date).unwrap(),
            LunarDate::new(y, m, day),
            "{date}"
        );
    }
    // 16 Feb 2026 is New Year's Eve (month 12 of Ất Tỵ has 29 days).
    assert_eq!(lunar::new_years_eve(2025).unwrap(), d(2026, 2, 16));
}

#[test]
fn divergence_years_vietnam_not_china() {
    for (y, tet) in [
        (1968, d(1968, 1, 29)),
        (1969, d(1969, 2, 16)),
        (1985, d(1985, 1, 21)),
        (2007, d(2007, 2, 17)),
        (2030, d(2030, 2, 2)),
        (2053, d(2053, 2, 18)),
    ] {
        assert_eq!(lunar::tet(y).unwrap(), tet, "Tết {y}");
    }
    for (y, h) in [
        (2009, d(2009, 4, 4)),
        (2037, d(2037, 4, 24)),
        (2038, d(2038, 4, 13)),
        (1975, d(1975, 4, 20)),
        (2085, d(2085, 4, 3)),
        (2086, d(2086, 4, 22)),
        (2095, d(2095, 4, 13)),
        (2100, d(2100, 4, 18)),
    ] {
        assert_eq!(lunar::hung_kings_day(y).unwrap(), h, "Hùng Kings {y}");
    }
    // 1985: leap 2nd month in Vietnam (China: leap 10th month in 1984).
    assert_eq!(lunar::leap_month(1985).unwrap(), Some(2));
    assert_eq!(lunar::leap_month(1984).unwrap(), None);
}

#[test]
fn leap_month_edge_cases() {
    // 2033: leap month 11 (the "2033 problem"); Tết 2034 on 19 Feb.
    assert_eq!(lunar::leap_month(2033).unwrap(), Some(11));
    assert_eq!(lunar::tet(2034).unwrap(), d(2034, 2, 19));
    // A year with a leap month 3: Hùng Kings' Day is in the regular month 3.
    let y = (1900..=2100)
        .find(|&y| lunar::leap_month(y).unwrap() == Some(3))
        .unwrap();
    let regular = lunar::hung_kings_day(y).unwrap();
    let leap = lunar::from_lunar(LunarDate::new(y, 3, 10).in_leap_month()).unwrap();
    assert!(leap > regular);
    // Month 12 with 29 or 30 days: New Year's Eve is the last day.
    for y in 2000..2040 {
        let eve = lunar::new_years_eve(y).unwrap();
        let l = lunar::to_lunar(eve).unwrap();
        assert_eq!(l.month, 12);
        assert!(l.day == 29 || l.day == 30);
        assert_eq!(lunar::month_length(y, 12, false).unwrap(), l.day);
        assert_eq!(eve.succ_opt().unwrap(), lunar::tet(y + 1).unwrap());
    }
}

#[test]
fn round_trip_every_day() {
    let mut date = lunar::first_day();
    let last = lunar::last_day();
    let mut n = 0;
    while date <= last {
        let l = lunar::to_lunar(date).unwrap();
        assert_eq!(lunar::from_lunar(l).unwrap(), date);
        date = date.succ_opt().unwrap();
        n += 1;
    }
    assert!(n > 73_000);
}

#[test]
fn secondary_swaps_2015_2019() {
    let cal = WorkCalendar::state_agency();
    assert_eq!(
        cal.non_working_weekdays(2015).unwrap(),
        dates(
            2015,
            &[
                (1, 1),
                (1, 2),
                (2, 16),
                (2, 17),
                (2, 18),
                (2, 19),
                (2, 20),
                (2, 23),
                (4, 28),
                (4, 29),
                (4, 30),
                (5, 1),
                (9, 2)
            ]
        )
    );
    assert_eq!(
        cal.working_weekend_days(2015).unwrap(),
        dates(2015, &[(2, 14), (4, 25)])
    );
    assert!(cal.is_working_day(d(2014, 12, 27)));
    assert!(!cal.is_working_day(d(2018, 12, 31)));
    assert!(cal.is_working_day(d(2019, 1, 5)));
    let info = cal.day(d(2019, 4, 29)).unwrap();
    assert_eq!(info.kind, DayKind::SwappedOff);
    assert_eq!(info.confidence, Confidence::Secondary);
    // The statutory profile ignores them.
    assert!(WorkCalendar::statutory().is_working_day(d(2019, 4, 29)));
}

#[test]
fn national_day_and_culture_day_estimates() {
    let cal = WorkCalendar::state_agency();
    let off = |y| -> Vec<NaiveDate> {
        cal.non_working_weekdays(y)
            .unwrap()
            .into_iter()
            .filter(|x| x.month() >= 8)
            .collect()
    };
    // 2027: Thu 2 Sep -> Fri 3 Sep; Culture Day Wed 24 Nov.
    assert_eq!(off(2027), dates(2027, &[(9, 2), (9, 3), (11, 24)]));
    // 2028: Sat 2 Sep -> Fri 1 Sep + compensatory Mon 4 Sep; Culture Day Fri 24 Nov.
    assert_eq!(off(2028), dates(2028, &[(9, 1), (9, 4), (11, 24)]));
    // 2029: Sun 2 Sep -> Mon 3 Sep + compensatory Tue 4 Sep; Culture Day Sat 24 Nov -> Mon 26.
    assert_eq!(off(2029), dates(2029, &[(9, 3), (9, 4), (11, 26)]));
    let comp = cal.day(d(2029, 11, 26)).unwrap();
    assert_eq!(comp.kind, DayKind::Compensatory);
    assert_eq!(comp.occasion, Some(Occasion::CultureDay));
    assert_eq!(comp.confidence, Confidence::Secondary);
    let adj = cal.day(d(2027, 9, 3)).unwrap();
    assert_eq!(adj.confidence, Confidence::Estimated);
    assert_eq!(adj.source.article, Some(112));
    // No Culture Day before 2026.
    assert!(cal.is_working_day(d(2025, 11, 24)));
}

#[test]
fn explanations_and_labels() {
    use doingoai::Label;
    let cal = WorkCalendar::state_agency();
    let d1 = cal
        .explain_deadline_after(d(2026, 2, 13), Period::WorkingDays(10))
        .unwrap();
    assert_eq!(d1.date, d(2026, 3, 6));
    assert_eq!(d1.rolled_from, None);
    let tet: Vec<_> = d1
        .skipped
        .iter()
        .filter(|s| s.occasion == Some(Occasion::Tet))
        .map(|s| s.date)
        .collect();
    assert_eq!(
        tet,
        dates(2026, &[(2, 16), (2, 17), (2, 18), (2, 19), (2, 20)])
    );
    assert!(d1
        .citations
        .iter()
        .any(|c| c.instrument.as_str() == "9859/VPCP-KGVX"));
    assert!(d1.citations.iter().any(|c| c.article == Some(147)));
    assert!(d1.explain_vi().contains("Tết Âm lịch"));
    assert!(d1.to_string().contains("06/03/2026"));
    let h = cal
        .explain_deadline_after(d(2026, 4, 24), Period::CalendarDays(3))
        .unwrap();
    assert_eq!(h.date, d(2026, 4, 28));
    assert_eq!(h.skipped.len(), 1);
    assert_eq!(
        h.skipped[0].name_en(),
        "compensatory day off (Hùng Kings' Commemoration Day)"
    );
    assert_eq!(h.skipped[0].name_vi(), "ngày nghỉ bù (Giỗ Tổ Hùng Vương)");
    assert_eq!(Period::CalendarDays(15).en(), "15 days");
    assert_eq!(Period::CalendarDays(1).en(), "1 day");
    assert_eq!(Period::Weeks(2).vi(), "2 tuần");
    assert_eq!(Period::Years(1).to_string(), "1 năm");
    assert_eq!(DayKind::SwappedOff.en(), "swapped day off");
    assert_eq!(
        "make_up_workday".parse::<DayKind>().unwrap(),
        DayKind::MakeUpWorkday
    );
    assert_eq!(
        "chính thức".parse::<Confidence>().unwrap(),
        Confidence::Official
    );
    assert_eq!(lunar::LEGAL_BASIS[0].instrument.as_str(), "121-CP");
    assert_eq!(
        LunarDate::new(2025, 6, 1).in_leap_month().to_string(),
        "1/6 nhuận/2025 (âm lịch)"
    );
}

#[test]
fn official_days_carry_source_and_confidence() {
    let cal = WorkCalendar::state_agency();
    for y in 2024..=2026 {
        for s in cal.special_days(y).unwrap() {
            let expected = if s.occasion == Occasion::CultureDay {
                Confidence::Secondary
            } else {
                Confidence::Official
            };
            assert_eq!(s.confidence, expected, "{}", s.date);
            assert!(!s.name_vi().is_empty() && !s.name_en().is_empty());
        }
    }
    for (day, instrument, kind) in [
        (d(2024, 2, 13), "8662/VPCP-KGVX", DayKind::Compensatory),
        (d(2024, 4, 29), "2450/VPCP-KGVX", DayKind::SwappedOff),
        (d(2024, 4, 18), "45/2019/QH14", DayKind::Holiday),
        (d(2025, 1, 27), "8726/VPCP-KGVX", DayKind::Holiday),
        (d(2025, 5, 2), "6150/TB-BLĐTBXH", DayKind::SwappedOff),
        (d(2025, 4, 26), "6150/TB-BLĐTBXH", DayKind::MakeUpWorkday),
        (d(2026, 1, 2), "12729/VPCP-KGVX", DayKind::SwappedOff),
        (d(2026, 1, 10), "12729/VPCP-KGVX", DayKind::MakeUpWorkday),
        (d(2026, 2, 18), "9859/VPCP-KGVX", DayKind::Holiday),
        (d(2026, 9, 1), "9441/TB-BNV", DayKind::Holiday),
        (d(2026, 4, 27), "45/2019/QH14", DayKind::Compensatory),
    ] {
        let info = cal.day(day).unwrap();
        assert_eq!(info.source.instrument.as_str(), instrument, "{day}");
        assert_eq!(info.kind, kind, "{day}");
    }
    // An ordinary day.
    let info = cal.day(d(2026, 3, 4)).unwrap();
    assert_eq!(info.kind, DayKind::Workday);
    assert!(info.working);
    assert_eq!(info.source.instrument.as_str(), "188/1999/QĐ-TTg");
}

#[test]
fn cited_instrument_numbers_are_well_formed() {
    use doingoai::law::InstrumentNumber;
    let mut numbers: Vec<String> = Vec::new();
    for a in doingoai::calendar::official_announcements() {
        numbers.push(a.source.instrument.as_str().to_string());
    }
    let cal = WorkCalendar::state_agency();
    for y in 2000..=2100 {
        for s in cal.special_days(y).unwrap() {
            numbers.push(s.source.instrument.as_str().to_string());
        }
    }
    for c in lunar::LEGAL_BASIS {
        numbers.push(c.instrument.as_str().to_string());
    }
    numbers.sort();
    numbers.dedup();
    for n in &numbers {
        assert!(InstrumentNumber::parse(n).is_ok(), "{n}");
    }
    for expected in [
        "45/2019/QH14",
        "10/2012/QH13",
        "35-L/CTN",
        "84/2007/QH11",
        "28/2026/QH16",
        "8662/VPCP-KGVX",
        "2450/VPCP-KGVX",
        "8726/VPCP-KGVX",
        "6150/TB-BLĐTBXH",
        "12729/VPCP-KGVX",
        "9859/VPCP-KGVX",
        "9441/TB-BNV",
        "89/TTr-LĐTBXH",
        "6519/VPCP-KGVX",
        "121-CP",
        "134/2002/QĐ-TTg",
    ] {
        assert!(numbers.iter().any(|n| n == expected), "{expected}");
    }
}
