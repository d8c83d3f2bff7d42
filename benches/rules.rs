//! Resolution speed (≤ 200 ns per query); loading the shipped rulebook from its data files —
//! parsing every embedded TOML file, validating and indexing (`shipped_load_and_validate`,
//! ≤ 5 ms) — and from JSON (≤ 5 ms).
//!
//! `evaluate README conference`: the Đà Nẵng conference of the README's first example, evaluated
//! as the README evaluates it (issue 14: ≤ 1 µs).
//!
//! `evaluate outbound delegation, history`: a 5-person Đà Nẵng delegation against a history of
//! 0, 10,000 and 1,000,000 past trips (issue 14: the largest within 1.5× of the smallest, so
//! the caps cost the same whatever the caller has recorded). `evaluate N participants, N past
//! trips`: the request that was quadratic (issue 13); the time per participant stays flat.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use doingoai::activity::{
    ActivityKind, CountryVisit, Details, ForeignRank, Funding, Participant, ProposedActivity,
};
use doingoai::calendar::WorkCalendar;
use doingoai::history::{History, PastTrip};
use doingoai::org::{Body, BodyKind, Jurisdiction, Official, Position};
use doingoai::rules::{evaluate, Attribute, Query, Rulebook, Subject};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// An outbound delegation of Đà Nẵng with `n` members (`p0` leads), in the plan, to Japan.
fn delegation(n: usize) -> ProposedActivity {
    let dn: Jurisdiction = "34:48".parse().expect("Đà Nẵng");
    let mut a = ProposedActivity::new(
        "DN-B",
        ActivityKind::OutboundDelegation,
        dn,
        day(2025, 8, 1),
    )
    .by(Body::new(BodyKind::DepartmentOfForeignAffairs, dn))
    .runs(day(2025, 9, 15), day(2025, 9, 20))
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
    a
}

/// `n` past trips of about n/4 other people over 2019–2026, and one trip in 2025 for each of
/// the first `members` delegation members (so the caps count something).
fn history(n: usize, members: usize) -> History {
    let dn: Jurisdiction = "34:48".parse().expect("Đà Nẵng");
    let people = (n / 4).max(1);
    let mut h = History::default();
    for i in 0..n {
        h.trips.push(PastTrip {
            person: format!("q{}", i % people),
            start: day(
                2019 + (i % 8) as i32,
                1 + (i % 12) as u32,
                1 + (i % 28) as u32,
            ),
            jurisdiction: dn,
            out_of_plan: i % 5 == 0,
        });
    }
    for i in 0..members {
        h.trips.push(PastTrip {
            person: format!("p{i}"),
            start: day(2025, 3, 1 + (i % 28) as u32),
            jurisdiction: dn,
            out_of_plan: false,
        });
    }
    h
}

/// The README's first example: an international conference of a Đà Nẵng department with a
/// foreign vice-minister, 12–13/03/2026, filed on 02/02/2026.
fn readme_conference(c: &mut Criterion) {
    let d = |y, m, dd| day(y, m, dd);
    let da_nang: Jurisdiction = "34:48".parse().expect("Đà Nẵng");
    let conf = ProposedActivity::new(
        "HT-2026-03",
        ActivityKind::InternationalConference,
        da_nang,
        d(2026, 2, 2),
    )
    .by(Body::new(BodyKind::ProvincialDepartment, da_nang).named("Sở Du lịch"))
    .runs(d(2026, 3, 12), d(2026, 3, 13))
    .details(Details::conference(ForeignRank::ViceMinister));
    let cal = WorkCalendar::state_agency();
    let history = History::default();
    c.bench_function("evaluate README conference", |b| {
        b.iter(|| {
            evaluate(black_box(&conf), Rulebook::shipped(), &cal, &history)
                .map(|d| d.is_admissible())
        })
    });
}

fn evaluate_with_history(c: &mut Criterion) {
    let book = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let f = delegation(5);
    let mut g = c.benchmark_group("evaluate outbound delegation, history");
    for (label, n) in [("0", 0usize), ("10k", 10_000), ("1M", 1_000_000)] {
        let h = history(n, 5);
        g.bench_with_input(BenchmarkId::from_parameter(label), &h, |b, h| {
            b.iter(|| evaluate(black_box(&f), book, &cal, h).map(|d| d.violations.len()))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("evaluate N participants, N past trips");
    g.sample_size(10);
    for n in [1_000usize, 4_000] {
        let f = delegation(n);
        let h = history(0, n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &(f, h), |b, (f, h)| {
            b.iter(|| evaluate(black_box(f), book, &cal, h).map(|d| d.violations.len()))
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let book = Rulebook::shipped();
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let da_nang: Jurisdiction = "34:48".parse().unwrap();
    let q1 = Query::new(
        da_nang,
        Subject::Activity(ActivityKind::OutboundDelegation),
        d(2025, 9, 1),
    );
    let q2 = Query::new(
        Jurisdiction::National,
        Subject::Activity(ActivityKind::InternationalConference),
        d(2024, 3, 1),
    )
    .with(Attribute::ForeignMinisterLevel);
    let q3 = Query::new(
        "63:79".parse().unwrap(),
        Subject::Activity(ActivityKind::OutboundDelegation),
        d(2020, 1, 1),
    );
    c.bench_function("resolve 34:48 outbound_delegation", |b| {
        b.iter(|| book.resolve(black_box(&q1)).map(|r| r.len()))
    });
    c.bench_function("resolve national conference pm_tier", |b| {
        b.iter(|| book.resolve(black_box(&q2)).map(|r| r.len()))
    });
    c.bench_function("resolve 63:79 outbound_delegation", |b| {
        b.iter(|| book.resolve(black_box(&q3)).map(|r| r.len()))
    });
    c.bench_function("shipped_load_and_validate", |b| {
        b.iter(|| Rulebook::load_shipped_uncached().map(|r| r.layers().len()))
    });
    let json = book.to_json().unwrap();
    c.bench_function("load + validate shipped rulebook from JSON", |b| {
        b.iter(|| Rulebook::from_json(black_box(&json)).map(|r| r.layers().len()))
    });
}

criterion_group!(benches, bench, evaluate_with_history, readme_conference);
criterion_main!(benches);
