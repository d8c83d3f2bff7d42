//! The indexed plan marker marks exactly as `PlanBook::mark` does (issue 14): random plans
//! (shared and repeated item ids, partner countries or none, approvals before and after the
//! filing), random activities marked in a row, classified in between; and a simulated year's
//! marks, redone one by one with `PlanBook::mark`, come out the same.

use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, CountryVisit, Details, Funding, ProposedActivity};
use doingoai::org::{Body, BodyKind, Jurisdiction};
use doingoai::plan::{AnnualPlan, OutOfPlanQuota, PlanBook, PlannedActivity};
use doingoai::simulation::{simulate, Scenario};
use doingoai::Channel;
use proptest::prelude::*;

const KINDS: [ActivityKind; 3] = [
    ActivityKind::OutboundDelegation,
    ActivityKind::InboundDelegation,
    ActivityKind::InternationalConference,
];
const CHANNELS: [Channel; 2] = [Channel::State, Channel::People];
const COUNTRIES: [&str; 3] = ["JP", "KR", "LA"];

fn dn() -> Jurisdiction {
    Jurisdiction::new_unit(48).expect("Đà Nẵng")
}

fn unit(u: usize) -> Body {
    Body::new(BodyKind::ProvincialDepartment, dn()).named(format!("Sở {u}"))
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

/// (unit, approved in January or in June or never, items: (id, kind, channel, quarter, partner)),
/// dense: two kinds, two channels, the first two quarters, so items compete for activities
type PlanSpec = (usize, u8, Vec<(u8, usize, usize, u8, Option<usize>)>);

fn plan_spec() -> impl Strategy<Value = PlanSpec> {
    (
        0..4usize,
        0..3u8,
        prop::collection::vec(
            (
                0..12u8,
                0..2usize,
                0..2usize,
                1..3u8,
                prop::option::of(0..3usize),
            ),
            0..40,
        ),
    )
}

/// (unit, kind, channel, filing month, start month, partner)
type ActSpec = (usize, usize, usize, u32, u32, Option<usize>);

fn act_spec() -> impl Strategy<Value = ActSpec> {
    (
        0..5usize,
        0..3usize,
        0..2usize,
        1..13u32,
        1..8u32,
        prop::option::of(0..3usize),
    )
}

fn book(plans: &[PlanSpec], quota: Option<u32>) -> PlanBook {
    let mut b = PlanBook::new(dn(), 2026, quota.map(OutOfPlanQuota::new));
    for (u, approval, items) in plans {
        let mut p = AnnualPlan::new(unit(*u), 2026);
        for (id, k, c, q, partner) in items {
            let mut item = PlannedActivity::new(format!("kh-{id}"), KINDS[*k], CHANNELS[*c], *q);
            if let Some(x) = partner {
                item = item.partner(COUNTRIES[*x]);
            }
            p.items.push(item);
        }
        match approval {
            0 => p.approve(unit(9), day(1, 10), "QĐ"),
            1 => p.approve(unit(9), day(6, 1), "QĐ"),
            _ => {}
        }
        b.plans.push(p);
    }
    b
}

fn activity(i: usize, (u, k, c, filed, start, partner): &ActSpec) -> ProposedActivity {
    let starts = day(*start, 10);
    let filed = day(*filed, 1).min(starts);
    let mut a = ProposedActivity::new(format!("a{i}"), KINDS[*k], dn(), filed)
        .in_channel(CHANNELS[*c])
        .by(unit(*u))
        .runs(starts, starts);
    // The partner country of a trip abroad (other kinds are matched without one).
    if let (ActivityKind::OutboundDelegation, Some(x)) = (KINDS[*k], partner) {
        a.details = Details::Delegation {
            countries: vec![CountryVisit::new(COUNTRIES[*x], 3)],
            funding: Funding::StateBudget,
            purpose: "hợp tác".into(),
        };
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_marker_marks_as_mark_does(
        plans in prop::collection::vec(plan_spec(), 0..5),
        acts in prop::collection::vec(act_spec(), 0..60),
        quota in prop::option::of(0..4u32),
        marked_before in 0..5usize,
    ) {
        let mut scanned = book(&plans, quota);
        let mut acts: Vec<ProposedActivity> =
            acts.iter().enumerate().map(|(i, s)| activity(i, s)).collect();
        // A few marked by the book itself first, so the marker starts from used items.
        let split = marked_before.min(acts.len());
        for a in acts.iter_mut().take(split) {
            scanned.mark(a);
        }
        let mut indexed = scanned.clone();
        {
            let mut marker = indexed.marker();
            for a in acts.iter().skip(split) {
                let (mut x, mut y) = (a.clone(), a.clone());
                prop_assert_eq!(marker.classify(&x), scanned.classify(&x));
                let by_marker = marker.mark(&mut x);
                let by_book = scanned.mark(&mut y);
                prop_assert_eq!(&by_marker, &by_book);
                prop_assert_eq!(x.in_plan, y.in_plan);
            }
        }
        prop_assert_eq!(&indexed, &scanned);
        prop_assert_eq!(&indexed.carried_out, &scanned.carried_out);
        prop_assert_eq!(&indexed.out_of_plan, &scanned.out_of_plan);
    }
}

fn plannable(k: ActivityKind) -> bool {
    matches!(
        k,
        ActivityKind::OutboundDelegation
            | ActivityKind::InboundDelegation
            | ActivityKind::InternationalConference
            | ActivityKind::InternationalAgreement
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn a_simulated_years_marks_are_those_of_mark(seed in any::<u64>(), n in 50..400usize) {
        let y = simulate(&Scenario::new(dn(), 2026, seed, n)).expect("simulate");
        let mut again = y.plans.clone();
        again.carried_out.clear();
        again.out_of_plan.clear();
        for a in y.activities.iter().filter(|a| plannable(a.kind)) {
            let mut x = a.clone();
            again.mark(&mut x);
            prop_assert_eq!(x.in_plan, a.in_plan, "{}", a.id.0);
        }
        prop_assert_eq!(&again, &y.plans);
    }
}
