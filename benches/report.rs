//! Benches of the province-year simulation and the report builder.
//!
//! * `province_year/1000`: simulate one province's year with 1 000 activities (every case run
//!   through the workflow under the shipped rulebook) and build its report — the example's work
//!   without printing;
//! * `report_builder/N`: the report builder alone over N case records (copies of a simulated
//!   year of 1 000, with their obligations): linear in N;
//! * `provinces_34x1000`: the 34 provinces × 1 000 activities, one core;
//! * `simulation activities/s/N`: simulate and report a year of N = 10 000 and 100 000
//!   activities; the throughput (activities per second) is the same at both sizes when the
//!   simulation is linear (issue 14). Run alone with
//!   `cargo bench --bench report -- --warm-up-time 1 --measurement-time 3 'simulation activities'`.
//!
//! A million activities (34 provinces × 3 years, issue 14 goal 4) is too long for criterion; it
//! is the example's `--national` mode, which times a 10 000-activity reference in the same run
//! and prints the ratio and the peak memory:
//! `cargo run --release --example province_year -- --national --years 3 --activities 9804 --quiet`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use doingoai::calendar::DateRange;
use doingoai::ledger::Ledger;
use doingoai::org::{provinces, Jurisdiction, ProvinceSet};
use doingoai::report::ReportBuilder;
use doingoai::simulation::{simulate, Scenario};
use std::hint::black_box;

fn province_year(c: &mut Criterion) {
    let j = Jurisdiction::new_unit(42).unwrap_or(Jurisdiction::National);
    let mut g = c.benchmark_group("province_year");
    g.sample_size(30);
    g.throughput(Throughput::Elements(1000));
    g.bench_function("1000", |b| {
        b.iter(|| {
            let y = simulate(&Scenario::new(j, 2026, black_box(2026), 1000)).unwrap();
            black_box(y.report())
        })
    });
    g.finish();

    // The builder over k copies of one simulated year (1 000 activities): the same mix at
    // every size, so the time per case shows the builder is linear.
    let mut g = c.benchmark_group("report_builder");
    let y = simulate(&Scenario::new(j, 2026, 7, 1000)).unwrap();
    let year = DateRange::year(2026).unwrap();
    for k in [1usize, 4, 16] {
        let records: Vec<_> = (0..k).flat_map(|_| y.records.iter().cloned()).collect();
        let ledger: Ledger = (0..k)
            .flat_map(|i| {
                y.ledger.iter().cloned().map(move |mut o| {
                    o.id.0.push_str(&format!("#{i}"));
                    o
                })
            })
            .collect();
        g.throughput(Throughput::Elements(records.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(records.len()),
            &(records, ledger),
            |b, (records, ledger)| {
                b.iter(|| {
                    black_box(
                        ReportBuilder::new(j, year, year.to)
                            .records(records)
                            .ledger(ledger)
                            .agreements(&y.agreements, Default::default())
                            .plans(&y.plans)
                            .build(),
                    )
                })
            },
        );
    }
    g.finish();

    let mut g = c.benchmark_group("provinces_34x1000");
    g.sample_size(10);
    g.bench_function("simulate_and_report", |b| {
        b.iter(|| {
            for p in provinces(ProvinceSet::From2025) {
                let y = simulate(&Scenario::new(p.jurisdiction(), 2026, 1, 1000)).unwrap();
                black_box(y.report());
            }
        })
    });
    g.finish();
}

fn simulation_scaling(c: &mut Criterion) {
    let j = Jurisdiction::new_unit(42).unwrap_or(Jurisdiction::National);
    let mut g = c.benchmark_group("simulation activities/s");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, &n| {
            b.iter(|| {
                let y = simulate(&Scenario::new(j, 2026, black_box(7), n)).unwrap();
                black_box(y.report())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, province_year, simulation_scaling);
criterion_main!(benches);
