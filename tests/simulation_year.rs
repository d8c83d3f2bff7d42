//! The province-year simulation: what the seeds ask to see, and reproducibility.

use doingoai::org::{provinces, Jurisdiction, ProvinceSet};
use doingoai::report::CaseOutcome;
use doingoai::simulation::{simulate, Scenario, SimulationError};
use proptest::prelude::*;

fn ha_tinh() -> Jurisdiction {
    Jurisdiction::new_unit(42).unwrap()
}

#[test]
fn the_year_has_what_the_seeds_describe() {
    let y = simulate(&Scenario::new(ha_tinh(), 2026, 2026, 600)).unwrap();
    let r = y.report();
    assert_eq!(r.activities.total, 600);
    // Every kind of activity, on all three channels.
    assert_eq!(
        r.activities.by_kind.len(),
        doingoai::ActivityKind::ALL.len()
    );
    assert_eq!(r.activities.by_channel.len(), 3);
    // Requests filed without the lead time (seed 002), refused by the workflow.
    assert!(r.filings.late > 0);
    assert!(y.records.iter().any(|x| x.lead_time_met == Some(false)
        && x.outcome == CaseOutcome::Refused
        && x.reasons.iter().any(|m| m.starts_with("[lead_time]"))));
    // A request for an official serving a disciplinary sanction (seed 002), refused.
    assert!(
        y.records
            .iter()
            .any(|x| x.reasons.iter().any(|m| m.starts_with("[discipline]"))),
        "no discipline refusal"
    );
    // An objection that goes up to the Prime Minister.
    assert!(y
        .records
        .iter()
        .any(|x| x.outcome == CaseOutcome::Escalated));
    assert!(y.cases.iter().any(|c| c
        .log()
        .iter()
        .any(|e| e.event.action.kind() == doingoai::workflow::ActionKind::Escalate)));
    // Filings late and never made.
    assert!(r.obligations.counts.met_late > 0);
    assert!(r.obligations.counts.overdue > 0);
    // An agreement left on the shelf (seed 001).
    assert!(r
        .dormant_agreements
        .iter()
        .any(|f| f.partner_country == "BY"));
    // Plans, the quota, the directive's seven groups, leaders' programmes, inspections.
    let plan = r.plan.as_ref().unwrap();
    assert!(plan.out_of_plan_counted > 0);
    assert_eq!(r.action_plans[0].groups.len(), 7);
    assert!(!r.programmes.is_empty());
    assert_eq!(r.inspections.len(), 6);
    // Dates avoid the Tết break for most activities.
    let cal = doingoai::WorkCalendar::state_agency();
    let tet_days = y
        .activities
        .iter()
        .filter(|a| {
            a.day() >= chrono::NaiveDate::from_ymd_opt(2026, 2, 14).unwrap()
                && a.day() <= chrono::NaiveDate::from_ymd_opt(2026, 2, 22).unwrap()
                && !cal.is_working_day(a.day())
        })
        .count();
    assert!(tet_days < 6, "{tet_days} activities start during Tết");
}

#[test]
fn every_province_of_the_34_can_be_simulated() {
    for p in provinces(ProvinceSet::From2025) {
        let y = simulate(&Scenario::new(p.jurisdiction(), 2026, 1, 60)).unwrap();
        assert_eq!(y.report().jurisdiction, p.jurisdiction());
    }
}

#[test]
fn every_province_of_the_63_can_be_simulated_before_the_reorganisation() {
    for p in provinces(ProvinceSet::Until2025) {
        let y = simulate(&Scenario::new(p.jurisdiction(), 2024, 2, 30)).unwrap();
        let r = y.report();
        assert_eq!(r.activities.total, 30);
        assert!(r.obligations.counts.total() > 0);
    }
}

#[test]
fn scenarios_that_cannot_be_simulated_are_refused() {
    assert_eq!(
        simulate(&Scenario::new(Jurisdiction::National, 2026, 1, 10)).unwrap_err(),
        SimulationError::National
    );
    assert!(matches!(
        simulate(&Scenario::new(ha_tinh(), 2024, 1, 10)),
        Err(SimulationError::Jurisdiction { .. })
    ));
    assert!(matches!(
        simulate(&Scenario::new(Jurisdiction::old(42).unwrap(), 2025, 1, 10)),
        Err(SimulationError::Jurisdiction { .. })
    ));
    assert!(matches!(
        simulate(&Scenario::new(ha_tinh(), 2200, 1, 10)),
        Err(SimulationError::Year(2200))
    ));
    assert!(simulate(&Scenario::new(Jurisdiction::old(42).unwrap(), 2024, 1, 10)).is_ok());
}

#[test]
fn zero_activities_is_a_quiet_year_not_an_error() {
    let y = simulate(&Scenario::new(ha_tinh(), 2026, 9, 0)).unwrap();
    let r = y.report();
    assert_eq!(r.activities.total, 0);
    assert!(
        r.obligations.counts.total() > 0,
        "periodic reports are still owed"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]
    #[test]
    fn the_same_seed_gives_byte_identical_json(seed in any::<u64>(), n in 0usize..250) {
        let s = Scenario::new(ha_tinh(), 2026, seed, n);
        let a = simulate(&s).unwrap().report().to_json().unwrap();
        let b = simulate(&s).unwrap().report().to_json().unwrap();
        prop_assert_eq!(&a, &b);
        let other = Scenario::new(ha_tinh(), 2026, seed ^ 1, n.max(50));
        let c = simulate(&other).unwrap().report().to_json().unwrap();
        prop_assert_ne!(a, c);
    }
}

#[test]
fn the_whole_year_serialises_and_reads_back_to_the_same_report() {
    let y = simulate(&Scenario::new(ha_tinh(), 2026, 5, 120)).unwrap();
    let json = serde_json::to_string(&y).unwrap();
    let back: doingoai::simulation::SimulatedYear = serde_json::from_str(&json).unwrap();
    assert_eq!(back.report(), y.report());
}
