//! A loop over `evaluate` for profiling (issue 14, goal 1): `callgrind` counts the instructions
//! of `ITERATIONS` decisions, so the cost of one is the inclusive count of `evaluate` divided
//! by `ITERATIONS`.
//!
//! ```text
//! cargo build --release --example evaluate_profile
//! valgrind --tool=callgrind target/release/examples/evaluate_profile conference 1000
//! valgrind --tool=callgrind target/release/examples/evaluate_profile delegation 1000 10000
//! ```
//!
//! The first argument is `conference` (the Đà Nẵng conference of the README) or `delegation`
//! (the 5-person Đà Nẵng outbound delegation of `benches/rules.rs`); the second the number of
//! decisions; the third, for the delegation, the number of past trips in the history.

use std::process::ExitCode;

use chrono::NaiveDate;
use doingoai::activity::{
    ActivityKind, CountryVisit, Details, ForeignRank, Funding, Participant, ProposedActivity,
};
use doingoai::history::{History, PastTrip};
use doingoai::org::{Body, BodyKind, Jurisdiction, Official, Position};
use doingoai::{evaluate, Rulebook, WorkCalendar};

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn conference() -> Option<ProposedActivity> {
    let da_nang: Jurisdiction = "34:48".parse().ok()?;
    Some(
        ProposedActivity::new(
            "HT-2026-03",
            ActivityKind::InternationalConference,
            da_nang,
            day(2026, 2, 2)?,
        )
        .by(Body::new(BodyKind::ProvincialDepartment, da_nang).named("Sở Du lịch"))
        .runs(day(2026, 3, 12)?, day(2026, 3, 13)?)
        .details(Details::conference(ForeignRank::ViceMinister)),
    )
}

fn delegation(n: usize) -> Option<ProposedActivity> {
    let dn: Jurisdiction = "34:48".parse().ok()?;
    let mut a = ProposedActivity::new(
        "DN-B",
        ActivityKind::OutboundDelegation,
        dn,
        day(2025, 8, 1)?,
    )
    .by(Body::new(BodyKind::DepartmentOfForeignAffairs, dn))
    .runs(day(2025, 9, 15)?, day(2025, 9, 20)?)
    .proposal(true);
    a.details = Details::Delegation {
        countries: vec![CountryVisit::new("JP", 5)],
        funding: Funding::StateBudget,
        purpose: "xúc tiến đầu tư".into(),
    };
    a.participants = (0..n)
        .map(|i| {
            let o = Official::new(format!("p{i}"), format!("P {i}"), Position::Staff);
            if i == 0 {
                Participant::head(o)
            } else {
                Participant::member(o)
            }
        })
        .collect();
    Some(a)
}

fn history(n: usize, members: usize) -> Option<History> {
    let dn: Jurisdiction = "34:48".parse().ok()?;
    let people = (n / 4).max(1);
    let mut h = History::default();
    for i in 0..n {
        h.trips.push(PastTrip {
            person: format!("q{}", i % people),
            start: day(
                2019 + (i % 8) as i32,
                1 + (i % 12) as u32,
                1 + (i % 28) as u32,
            )?,
            jurisdiction: dn,
            out_of_plan: i % 5 == 0,
        });
    }
    for i in 0..members {
        h.trips.push(PastTrip {
            person: format!("p{i}"),
            start: day(2025, 3, 1 + (i % 28) as u32)?,
            jurisdiction: dn,
            out_of_plan: false,
        });
    }
    Some(h)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = args.first().map(String::as_str).unwrap_or("conference");
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let past: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let (activity, hist) = match which {
        "conference" => (conference(), Some(History::default())),
        "delegation" => (delegation(5), history(past, 5)),
        _ => (None, None),
    };
    let (Some(activity), Some(hist)) = (activity, hist) else {
        eprintln!("usage: evaluate_profile conference|delegation [ITERATIONS] [PAST_TRIPS]");
        return ExitCode::from(2);
    };
    let book = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let mut kept = 0usize;
    for _ in 0..n {
        match evaluate(std::hint::black_box(&activity), book, &cal, &hist) {
            Ok(d) => kept += d.violations.len() + d.obligations.len(),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        }
    }
    println!("{which}: {n} decisions ({kept} findings and obligations)");
    ExitCode::SUCCESS
}
