//! Consular work at the provincial agency under TT 03/2026/TT-BNG (read in one transcription:
//! every figure graded provisional): the nine provinces of Art. 3(1) forward files within one
//! working day; the three cities of Art. 4(1) decide, with the processing times of NĐ 111/2011
//! an explicit gap; elsewhere and before 09/05/2026 nothing applies.

use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, ProposedActivity};
use doingoai::history::History;
use doingoai::rules::{evaluate, Family, Role, Rulebook, Step, WeekdaysOnly};
use doingoai::{Evidence, Period};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn decide(j: &str, on: NaiveDate) -> doingoai::Decision {
    let a = ProposedActivity::new(
        "LS-1",
        ActivityKind::CitizenProtection,
        j.parse().expect("a unit"),
        on,
    );
    evaluate(&a, Rulebook::shipped(), &WeekdaysOnly, &History::default()).expect("evaluates")
}

#[test]
fn tt_03_2026_art_3_3_b_the_nine_provinces_forward_within_1_working_day() {
    for j in [
        "34:42", "34:15", "34:46", "34:20", "34:38", "34:25", "34:44", "34:22", "34:75",
    ] {
        let dec = decide(j, d(2026, 6, 1));
        let fwd = dec
            .processing
            .iter()
            .find(|p| p.step == Step::Forwarding)
            .unwrap_or_else(|| panic!("{j}: forwarding"));
        assert_eq!(fwd.within, Period::WorkingDays(1));
        assert_eq!(fwd.by, Role::FaAgency);
        assert_eq!(fwd.evidence, Evidence::Provisional);
        assert_eq!(
            fwd.citations[0].to_string(),
            "điểm b khoản 3 Điều 3 03/2026/TT-BNG"
        );
        assert_eq!(dec.authority.as_ref().map(|a| a.decides), Some(Role::Mofa));
    }
}

#[test]
fn tt_03_2026_art_4_1_three_cities_decide_and_the_times_of_nd_111_2011_are_a_gap() {
    for j in ["34:31", "34:48", "34:92"] {
        let dec = decide(j, d(2026, 6, 1));
        assert_eq!(
            dec.authority.as_ref().map(|a| a.decides),
            Some(Role::FaAgencyHead),
            "{j}"
        );
        assert!(dec.processing.iter().all(|p| p.step != Step::Forwarding));
        assert!(dec.gaps.iter().any(|g| g.family == Family::Processing
            && g.rule.as_str() == "vn.citizen_protection.processing.legalisation_decision"));
    }
}

#[test]
fn tt_03_2026_applies_only_to_the_named_provinces_and_from_9_may_2026() {
    // Nghệ An is not named
    let other = decide("34:40", d(2026, 6, 1));
    assert!(other.authority.is_none());
    assert!(other.processing.is_empty());
    // before the circular is in force
    let before = decide("34:42", d(2026, 5, 8));
    assert!(before.processing.is_empty());
}
