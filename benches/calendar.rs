//! Benchmarks of the calendar: `is_working_day`, `deadline_after` (30 working days) and
//! `to_lunar`. Quick to run: `cargo bench --bench calendar`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use doingoai::calendar::{lunar, Period, WorkCalendar};

fn dates() -> Vec<NaiveDate> {
    // A spread of dates over the range, so that the measurement is not one cached lookup.
    (0..1024)
        .map(|i| {
            NaiveDate::from_ymd_opt(
                2000 + (i * 7) % 100,
                1 + (i as u32 % 12),
                1 + (i as u32 * 3) % 28,
            )
            .unwrap()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::state_agency();
    let ds = dates();
    // Build the lazy tables before measuring.
    let _ = lunar::to_lunar(ds[0]);
    let mut i = 0usize;
    c.bench_function("is_working_day", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(cal.is_working_day(black_box(ds[i])))
        })
    });
    c.bench_function("deadline_after 30 working days", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(cal.deadline_after(black_box(ds[i]), Period::WorkingDays(30)))
        })
    });
    c.bench_function("deadline_after 15 calendar days", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(cal.deadline_after(black_box(ds[i]), Period::CalendarDays(15)))
        })
    });
    c.bench_function("latest_before 30 calendar days", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(cal.latest_before(black_box(ds[i]), Period::CalendarDays(30)))
        })
    });
    c.bench_function("to_lunar", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(lunar::to_lunar(black_box(ds[i])))
        })
    });
    c.bench_function("from_lunar (tet)", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(lunar::tet(black_box(1900 + (i as i32 % 200))))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
