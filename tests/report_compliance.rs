//! The compliance report: an agreement left on the shelf, totals that add up, renderings.

use chrono::{Days, NaiveDate};
use doingoai::activity::{ActivityKind, AgreementLevel, ProposedActivity};
use doingoai::agreements::{Agreement, AgreementRegistry, DormancyPolicy, Implementation};
use doingoai::ledger::{DateRange, Ledger, Obligation, Owed};
use doingoai::org::{Body, BodyKind, Jurisdiction};
use doingoai::report::{ActivityRecord, CaseOutcome, ReportBuilder};
use doingoai::rules::{ReportKind, Subject};
use doingoai::{Channel, Evidence};
use proptest::prelude::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

#[test]
fn an_agreement_signed_and_left_on_the_shelf_is_flagged_dormant() {
    // Long An signs two memoranda in 2023; one is implemented, the other never ("ký rồi để đấy").
    let la = Jurisdiction::old(80).unwrap();
    let ppc = Body::new(BodyKind::ProvincialPeoplesCommittee, la);
    let mut reg = AgreementRegistry::new();
    let mut kr = Agreement::new(
        "la-2023-01",
        "Biên bản ghi nhớ về nông nghiệp công nghệ cao",
        "Tỉnh Gyeonggi",
        "KR",
        ppc.clone(),
        AgreementLevel::PeoplesCommittee,
        d(2023, 3, 1),
    );
    kr.signed_by = Some("Chủ tịch UBND tỉnh".into());
    reg.sign(kr).unwrap();
    reg.sign(Agreement::new(
        "la-2023-02",
        "Thỏa thuận hợp tác giáo dục",
        "Tỉnh Champasak",
        "LA",
        ppc,
        AgreementLevel::PeoplesCommittee,
        d(2023, 5, 10),
    ))
    .unwrap();
    reg.implement(Implementation {
        agreement: "la-2023-02".into(),
        on: d(2023, 11, 2),
        description: "đoàn giáo viên sang Champasak".into(),
        activity: None,
    })
    .unwrap();
    reg.implement(Implementation {
        agreement: "la-2023-02".into(),
        on: d(2024, 4, 20),
        description: "tiếp đoàn Champasak".into(),
        activity: None,
    })
    .unwrap();
    assert!(reg
        .implement(Implementation {
            agreement: "la-2023-02".into(),
            on: d(2023, 1, 1),
            description: "x".into(),
            activity: None
        })
        .is_err());
    assert!(reg
        .implement(Implementation {
            agreement: "nope".into(),
            on: d(2024, 1, 1),
            description: "x".into(),
            activity: None
        })
        .is_err());

    let policy = DormancyPolicy::default();
    let flags = reg.dormant_on(d(2024, 6, 30), &policy);
    assert_eq!(flags.len(), 1);
    let f = &flags[0];
    assert_eq!(f.agreement, "la-2023-01");
    assert_eq!(f.last_activity, None);
    assert_eq!(f.days_idle, 487);
    assert_eq!(f.evidence, Evidence::Guidance);
    assert!(f.explanation_vi.contains("không có hoạt động triển khai"));
    // A shorter window also catches the second one a year after its last activity.
    let tight = DormancyPolicy::days(60);
    assert_eq!(reg.dormant_on(d(2024, 6, 30), &tight).len(), 2);
    // Months as people say them: the first, signed on 01/03/2023, is dormant on 30/06/2024
    // under a 15-month window (from 01/06/2024), not under 16 months (from 01/07/2024); the
    // flag keeps the window in months.
    let months = |n| reg.dormant_on(d(2024, 6, 30), &DormancyPolicy::months(n));
    assert_eq!(months(16).len(), 0);
    let flags = months(15);
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].signed_on, d(2023, 3, 1));
    assert_eq!(flags[0].window_months, Some(15));
    assert!(
        flags[0].explanation_en.contains("window 15 months"),
        "{}",
        flags[0].explanation_en
    );

    // And the report lists it.
    let report = ReportBuilder::new(la, DateRange::year(2024).unwrap(), d(2024, 6, 30))
        .agreements(&reg, policy)
        .build();
    assert_eq!(report.dormant_agreements.len(), 1);
    assert!(report.to_markdown().contains("la-2023-01"));
    assert!(report.to_csv().contains("agreements.dormant,la-2023-01"));
}

#[test]
fn a_report_of_a_merged_province_includes_its_predecessors_cases() {
    // Bình Dương (63:74) became part of TP Hồ Chí Minh (34:79) on 01/07/2025.
    let bd = Jurisdiction::old(74).unwrap();
    let hcm = bd.on(d(2025, 7, 1)).unwrap();
    let a = ProposedActivity::new("bd-1", ActivityKind::InboundDelegation, bd, d(2025, 5, 2))
        .by(Body::new(BodyKind::ProvincialDepartment, bd))
        .runs(d(2025, 6, 2), d(2025, 6, 3));
    let recs = vec![ActivityRecord::from_proposed(
        &a,
        CaseOutcome::Approved,
        Some(true),
    )];
    let r = ReportBuilder::new(hcm, DateRange::year(2025).unwrap(), d(2025, 12, 31))
        .records(&recs)
        .build();
    assert_eq!(r.activities.total, 1);
}

fn kinds() -> Vec<ActivityKind> {
    ActivityKind::ALL.to_vec()
}

prop_compose! {
    fn record()(k in 0usize..12, c in 0usize..3, day in 0u64..730, lead in proptest::option::of(any::<bool>()),
                o in 0usize..5, plan in any::<bool>(), country in proptest::option::of(0usize..4)) -> ActivityRecord {
        let j = Jurisdiction::new_unit(42).unwrap();
        let start = d(2025, 7, 1) + Days::new(day);
        let mut a = ProposedActivity::new(format!("a{day}-{k}"), kinds()[k], j, start)
            .by(Body::new(BodyKind::ProvincialDepartment, j).named(["Sở Y tế", "Sở Công Thương"][day as usize % 2]))
            .in_channel(Channel::ALL[c])
            .runs(start, start);
        a.in_plan = plan;
        let mut r = ActivityRecord::from_proposed(&a, CaseOutcome::ALL[o], lead);
        if let Some(i) = country { r = r.with_partner(["LA", "JP", "KR", "TH"][i]); }
        r
    }
}

prop_compose! {
    fn obligation()(n in 0u64..100000, c in 0usize..3, day in 0u64..730, span in 0u64..40,
                    met in proptest::option::of(0u64..80)) -> Obligation {
        let j = Jurisdiction::new_unit(42).unwrap();
        let arises = d(2025, 7, 1) + Days::new(day);
        let owed = Owed::new(Subject::ALL[(n % 14) as usize], ReportKind::ALL[(n / 14) as usize % ReportKind::ALL.len()]);
        let mut o = Obligation::new(format!("o{n}"), owed, Channel::ALL[c], j,
            Body::new(BodyKind::ProvincialDepartment, j), arises, arises + Days::new(span));
        o.met_on = met.map(|m| arises + Days::new(m));
        o
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn the_reports_totals_equal_the_sum_of_their_parts(
        recs in proptest::collection::vec(record(), 0..120),
        obs in proptest::collection::vec(obligation(), 0..120),
    ) {
        let j = Jurisdiction::new_unit(42).unwrap();
        let ledger: Ledger = obs.into_iter().collect();
        let r = ReportBuilder::new(j, DateRange::year(2026).unwrap(), d(2026, 12, 31))
            .records(&recs).ledger(&ledger).build();
        let a = &r.activities;
        let sum = |v: &[doingoai::report::Tally]| v.iter().map(|t| t.count).sum::<u64>();
        for part in [&a.by_channel, &a.by_kind, &a.by_partner_country, &a.by_unit, &a.by_tier, &a.by_outcome] {
            prop_assert_eq!(sum(part), a.total);
        }
        prop_assert_eq!(a.in_plan + a.out_of_plan, a.total);
        let expected = recs.iter().filter(|x| x.starts_on >= d(2026, 1, 1) && x.starts_on <= d(2026, 12, 31)).count() as u64;
        prop_assert_eq!(a.total, expected);
        let f = &r.filings;
        prop_assert_eq!(f.on_time + f.late, f.with_lead_time);
        prop_assert_eq!(f.late_list.len() as u64, f.late);
        let o = &r.obligations;
        let t = o.counts.total();
        prop_assert_eq!(o.by_kind.iter().map(|x| x.counts.total()).sum::<u64>(), t);
        prop_assert_eq!(o.by_channel.iter().map(|x| x.counts.total()).sum::<u64>(), t);
        prop_assert_eq!(o.by_month.iter().map(|x| x.counts.total()).sum::<u64>(), t);
        prop_assert_eq!(o.overdue.len() as u64, o.counts.overdue);
        prop_assert_eq!(o.met_late.len() as u64, o.counts.met_late);
        let in_year = ledger.iter().filter(|x| x.due >= d(2026, 1, 1) && x.due <= d(2026, 12, 31)).count() as u64;
        prop_assert_eq!(t, in_year);
        if let Some(pm) = o.on_time_per_mille { prop_assert!(pm <= 1000); }
    }
}

#[test]
fn the_report_round_trips_through_json() {
    use doingoai::simulation::{simulate, Scenario};
    let y = simulate(&Scenario::new(
        Jurisdiction::new_unit(42).unwrap(),
        2026,
        3,
        150,
    ))
    .unwrap();
    let r = y.report();
    let json = r.to_json().unwrap();
    let back = doingoai::ComplianceReport::from_json(&json).unwrap();
    assert_eq!(back, r);
    assert!(r.to_svg().contains("<rect"));
}

#[test]
fn a_report_stored_before_schema_2_loads_as_written_and_a_new_one_counts_what_is_owed_apart() {
    use doingoai::report::{ComplianceReport, SCHEMA_VERSION};
    // serialised by the code before the ledger's (subject, report) keys: no `schema` field,
    // the ledger's own kinds of then (the aid finance reports under one key)
    let v1 = include_str!("data/report-v1.json");
    let old = ComplianceReport::from_json(v1).expect("a version-1 report loads");
    assert_eq!(old.schema, 1);
    let keys: Vec<&str> = old
        .obligations
        .by_kind
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    assert!(keys.contains(&"aid_finance_report"), "{keys:?}");
    // written again, it says which version it is in
    let again = ComplianceReport::from_json(&old.to_json().expect("json")).expect("reads");
    assert_eq!(again.schema, SCHEMA_VERSION);

    // the same ledger, loaded and reported today: one row per subject and report
    let ledger = Ledger::from_json(include_str!("data/ledger-v1.json")).expect("the ledger");
    let j = Jurisdiction::new_unit(48).unwrap();
    let new = ReportBuilder::new(j, DateRange::year(2025).unwrap(), d(2025, 12, 31))
        .ledger(&ledger)
        .build();
    assert_eq!(new.schema, SCHEMA_VERSION);
    assert_eq!(
        new.obligations.counts.total(),
        old.obligations.counts.total()
    );
    let keys: Vec<&str> = new
        .obligations
        .by_kind
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    assert!(
        keys.contains(&"foreign_aid/finance_report_h1")
            && keys.contains(&"foreign_aid/finance_report_h2")
            && keys.contains(&"international_conference/annual_report"),
        "{keys:?}"
    );
    assert!(!keys.contains(&"aid_finance_report"));
    let future = new
        .to_json()
        .expect("json")
        .replacen("\"schema\": 2", "\"schema\": 3", 1);
    assert!(ComplianceReport::from_json(&future).is_err());
}
