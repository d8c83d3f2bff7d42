//! Resolution speed (≤ 200 ns per query); loading the shipped rulebook from its data files —
//! parsing every embedded TOML file, validating and indexing (`shipped_load_and_validate`,
//! ≤ 5 ms) — and from JSON (≤ 5 ms).

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use doingoai::activity::ActivityKind;
use doingoai::org::Jurisdiction;
use doingoai::rules::{Attribute, Query, Rulebook, Subject};

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

criterion_group!(benches, bench);
criterion_main!(benches);
