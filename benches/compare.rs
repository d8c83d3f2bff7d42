//! Ours against what a user would pick instead, in one run (issue 14, goal 5): each pair is a
//! criterion group with the two side by side, and after criterion a short interleaved pass
//! (the two timed in alternation, a ratio per round, the median printed) records the ratios
//! in `target/criterion/compare-ratios.txt`.
//!
//! * `compare deadline 30 working days`: [`WorkCalendar::deadline_after`] against a day loop
//!   over a `HashSet<NaiveDate>` of the weekday holidays plus a weekend check that knows the
//!   official make-up Saturdays (the same calendar data, so the loop is correct: both give the
//!   same date for every input, asserted before timing);
//! * `compare outbound path`: [`Case::apply_with`] over a whole outbound-delegation case
//!   (submit to the last filing) against a bare `match (state, event)` enum machine with no
//!   guards, no log and no citations — the ratio is the price of those;
//! * `compare load case`: [`Case::from_json`] (parse, replay, validation) against
//!   `serde_json::from_str::<Value>` of the same JSON.
//!
//! Run: `cargo bench --bench compare -- --warm-up-time 1 --measurement-time 3 compare`; note
//! the machine's load (`uptime`) beside the figures.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Instant;

use chrono::{Datelike, NaiveDate, Weekday};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use doingoai::activity::ProposedActivity;
use doingoai::calendar::{Period, WorkCalendar};
use doingoai::history::History;
use doingoai::rules::{Role, Rulebook};
use doingoai::workflow::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

// ---- deadlines ---------------------------------------------------------------------------

/// The dates the deadlines are counted from: a spread over 2000–2099 (as `benches/calendar.rs`).
fn dates() -> Vec<NaiveDate> {
    (0..1024)
        .map(|i| {
            d(
                2000 + (i * 7) % 100,
                1 + (i as u32 % 12),
                1 + (i as u32 * 3) % 28,
            )
        })
        .collect()
}

/// The calendar data a user would load into sets: the Monday–Friday days off and the
/// Saturdays and Sundays worked, 2000–2100.
struct Sets {
    off: HashSet<NaiveDate>,
    worked: HashSet<NaiveDate>,
}

impl Sets {
    fn of(cal: &WorkCalendar) -> Sets {
        let mut off = HashSet::new();
        let mut worked = HashSet::new();
        for y in 2000..=2100 {
            off.extend(cal.non_working_weekdays(y).unwrap_or_default());
            worked.extend(cal.working_weekend_days(y).unwrap_or_default());
        }
        Sets { off, worked }
    }

    fn working(&self, day: NaiveDate) -> bool {
        if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            self.worked.contains(&day)
        } else {
            !self.off.contains(&day)
        }
    }

    /// The `n`-th working day after `from` (the day of the event not counted).
    fn deadline(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut day = from;
        let mut k = 0;
        while k < n {
            day = day.succ_opt().unwrap_or(day);
            if self.working(day) {
                k += 1;
            }
        }
        day
    }
}

// ---- transitions -------------------------------------------------------------------------

/// The outbound delegation of the tests (`tests/workflow_common`).
#[path = "../tests/workflow_common/mod.rs"]
mod workflow_common;

fn outbound() -> ProposedActivity {
    workflow_common::hcm_outbound_delegation()
}

/// The outbound path the simulation runs: submit, accept, the consultations (if the rulebook
/// has any), approve, carry out, then every filing on time. Each event is applied as it is
/// built, so every one is known to be accepted.
fn outbound_path(cal: &WorkCalendar) -> (Case, Vec<Event>, Case) {
    let a = outbound();
    let fresh = Case::for_activity(&a).expect("an outbound case");
    let assessment = assess(
        &a,
        Procedure::Outbound,
        Rulebook::shipped(),
        cal,
        &History::default(),
    )
    .expect("assess");
    let applicant = fresh.applicant().clone();
    let receiving = Actor::body("co-quan-tiep-nhan", assessment.receiving);
    let authority = Actor::official("nguoi-co-tham-quyen", assessment.authority.role);
    let consultees: Vec<Role> = assessment
        .consultations
        .iter()
        .map(|c| c.consultee)
        .collect();
    let mut case = fresh.clone();
    let mut events = Vec::new();
    let mut push = |case: &mut Case, e: Event| {
        case.apply_with(cal, e.clone())
            .unwrap_or_else(|r| panic!("{:?} refused: {r:?}", e.action));
        events.push(e);
    };
    push(
        &mut case,
        Event::new(
            applicant.clone(),
            d(2025, 3, 3),
            Action::Submit {
                assessment: Box::new(assessment),
            },
        ),
    );
    push(
        &mut case,
        Event::new(receiving.clone(), d(2025, 3, 4), Action::Accept),
    );
    if case.state() == State::InConsultation {
        for role in consultees {
            push(
                &mut case,
                Event::new(
                    Actor::body(role.code(), role),
                    d(2025, 3, 5),
                    Action::Reply {
                        opinion: Opinion::Agree,
                    },
                ),
            );
        }
        push(
            &mut case,
            Event::new(receiving.clone(), d(2025, 3, 6), Action::EndConsultation),
        );
    }
    push(
        &mut case,
        Event::new(authority, d(2025, 3, 10), Action::Approve),
    );
    push(
        &mut case,
        Event::new(applicant.clone(), d(2025, 4, 5), Action::CarryOut),
    );
    let owed: Vec<(DeadlineKind, Role)> = case
        .obligations(d(2025, 4, 5))
        .iter()
        .map(|v| (v.deadline.kind, v.deadline.owner))
        .collect();
    for (kind, owner) in owed {
        let (actor, action) = if DeadlineKind::RESULT_REPORTS.contains(&kind) {
            (applicant.clone(), Action::ReportResult)
        } else if owner == Role::Organiser {
            (applicant.clone(), Action::Discharge { kind })
        } else {
            (
                Actor::body(applicant.id.clone(), owner),
                Action::Discharge { kind },
            )
        };
        push(&mut case, Event::new(actor, d(2025, 4, 8), action));
    }
    (fresh, events, case)
}

/// The bare machine a user would write: the states and events as plain enums and one `match`,
/// no guards, no log, no deadlines, no citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bare {
    Draft,
    Submitted,
    InConsultation,
    AwaitingDecision,
    Approved,
    CarriedOut,
    ResultReported,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BareEvent {
    Submit,
    Accept,
    Reply,
    EndConsultation,
    Approve,
    CarryOut,
    ReportResult,
    Discharge,
    Close,
    Other,
}

fn bare_event(a: &Action) -> BareEvent {
    match a {
        Action::Submit { .. } => BareEvent::Submit,
        Action::Accept => BareEvent::Accept,
        Action::Reply { .. } => BareEvent::Reply,
        Action::EndConsultation => BareEvent::EndConsultation,
        Action::Approve => BareEvent::Approve,
        Action::CarryOut => BareEvent::CarryOut,
        Action::ReportResult => BareEvent::ReportResult,
        Action::Discharge { .. } => BareEvent::Discharge,
        Action::Close => BareEvent::Close,
        _ => BareEvent::Other,
    }
}

#[inline(never)]
fn bare_step(s: Bare, e: BareEvent) -> Option<Bare> {
    use Bare::*;
    use BareEvent as E;
    Some(match (s, e) {
        (Draft, E::Submit) => Submitted,
        (Submitted, E::Accept) => InConsultation,
        (InConsultation, E::Reply) => InConsultation,
        (InConsultation, E::EndConsultation) => AwaitingDecision,
        (InConsultation | AwaitingDecision, E::Approve) => Approved,
        (Approved, E::CarryOut) => CarriedOut,
        (CarriedOut, E::ReportResult) => ResultReported,
        (CarriedOut, E::Discharge) => CarriedOut,
        (ResultReported, E::Discharge) => ResultReported,
        (ResultReported, E::Close) => Closed,
        _ => return None,
    })
}

fn bare_run(events: &[BareEvent]) -> Option<Bare> {
    events.iter().try_fold(Bare::Draft, |s, e| bare_step(s, *e))
}

// ---- the interleaved ratios ----------------------------------------------------------------

/// Times `iters` calls of `ours` and of `theirs` in alternation, `rounds` times; returns the
/// median of the per-round ratios ours ÷ theirs and the median times per call (ns).
fn interleaved(
    iters: u32,
    rounds: usize,
    mut ours: impl FnMut(),
    mut theirs: impl FnMut(),
) -> (f64, f64, f64) {
    let mut ratios = Vec::with_capacity(rounds);
    let mut a_ns = Vec::with_capacity(rounds);
    let mut b_ns = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..iters {
            ours();
        }
        let a = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for _ in 0..iters {
            theirs();
        }
        let b = t.elapsed().as_secs_f64();
        ratios.push(a / b.max(1e-12));
        a_ns.push(a * 1e9 / f64::from(iters));
        b_ns.push(b * 1e9 / f64::from(iters));
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    (median(&mut ratios), median(&mut a_ns), median(&mut b_ns))
}

// ---- the benches -----------------------------------------------------------------------------

fn bench(c: &mut Criterion) {
    let cal = WorkCalendar::state_agency();
    let mut lines = Vec::new();

    // (a) deadlines: the same answers first.
    let ds = dates();
    let sets = Sets::of(&cal);
    let weekdays_only = Sets {
        off: sets.off.clone(),
        worked: HashSet::new(),
    };
    let mut makeup_matters = 0;
    for &x in &ds {
        let ours = cal
            .deadline_after(x, Period::WorkingDays(30))
            .expect("in range");
        assert_eq!(ours, sets.deadline(x, 30), "30 working days after {x}");
        if weekdays_only.deadline(x, 30) != ours {
            makeup_matters += 1;
        }
    }
    assert!(
        makeup_matters > 0,
        "the inputs must include windows with a make-up Saturday"
    );
    eprintln!(
        "deadlines: the day loop agrees on all {} inputs; without the make-up Saturdays it would get {makeup_matters} wrong",
        ds.len()
    );
    let mut g = c.benchmark_group("compare deadline 30 working days");
    let mut i = 0usize;
    g.bench_function("doingoai deadline_after", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(cal.deadline_after(black_box(ds[i]), Period::WorkingDays(30)))
        })
    });
    g.bench_function("day loop over a HashSet", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(sets.deadline(black_box(ds[i]), 30))
        })
    });
    g.finish();
    let (mut ia, mut ib) = (0usize, 0usize);
    let (r, a, b) = interleaved(
        20_000,
        15,
        || {
            ia = (ia + 1) & 1023;
            black_box(cal.deadline_after(black_box(ds[ia]), Period::WorkingDays(30))).ok();
        },
        || {
            ib = (ib + 1) & 1023;
            black_box(sets.deadline(black_box(ds[ib]), 30));
        },
    );
    lines.push(format!(
        "deadline 30 working days: deadline_after {a:.1} ns, day loop over a HashSet {b:.1} ns; ours ÷ loop = {r:.3} (loop {:.1}× slower)",
        1.0 / r
    ));

    // (b) transitions.
    let (fresh, events, done) = outbound_path(&cal);
    let kinds: Vec<BareEvent> = events.iter().map(|e| bare_event(&e.action)).collect();
    let end = bare_run(&kinds).expect("the bare machine takes the same path");
    assert_eq!(
        format!("{end:?}"),
        format!("{:?}", done.state()),
        "the bare machine ends where the case ends"
    );
    let n = events.len();
    eprintln!(
        "outbound path: {n} events ({:?}), ends {:?}",
        kinds,
        done.state()
    );
    let mut g = c.benchmark_group("compare outbound path");
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("doingoai Case::apply_with", |b| {
        b.iter_batched(
            || (fresh.clone(), events.clone()),
            |(mut case, evs)| {
                for e in evs {
                    let _ = black_box(case.apply_with(&cal, e));
                }
                case
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("bare enum match", |b| {
        b.iter(|| black_box(bare_run(black_box(&kinds))))
    });
    g.finish();
    // the interleaved pass: the cases and events are cloned before each round, outside the
    // timing, as criterion's batched setup does
    let (r, a, b) = {
        let (iters, rounds) = (1_000usize, 15);
        let (mut ratios, mut ours, mut bare) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..rounds {
            let inputs: Vec<(Case, Vec<Event>)> = (0..iters)
                .map(|_| (fresh.clone(), events.clone()))
                .collect();
            let mut done_cases = Vec::with_capacity(iters);
            let t = Instant::now();
            for (mut case, evs) in inputs {
                for e in evs {
                    let _ = black_box(case.apply_with(&cal, e));
                }
                done_cases.push(case);
            }
            let x = t.elapsed().as_secs_f64();
            drop(done_cases);
            let t = Instant::now();
            for _ in 0..iters {
                black_box(bare_run(black_box(&kinds)));
            }
            let y = t.elapsed().as_secs_f64();
            ratios.push(x / y.max(1e-12));
            ours.push(x * 1e9 / iters as f64);
            bare.push(y * 1e9 / iters as f64);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
        };
        (median(&mut ratios), median(&mut ours), median(&mut bare))
    };
    lines.push(format!(
        "outbound path ({n} events): Case::apply_with {:.0} ns per event, bare enum match {:.0} ns per event; ours ÷ bare = {r:.1}",
        a / n as f64,
        b / n as f64
    ));

    // (c) loading.
    let json = done.to_json().expect("json");
    assert_eq!(Case::from_json(&json).expect("loads").state(), done.state());
    let mut g = c.benchmark_group("compare load case");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("doingoai Case::from_json", |b| {
        b.iter(|| Case::from_json(black_box(&json)))
    });
    g.bench_function("serde_json Value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    g.finish();
    let (r, a, b) = interleaved(
        2_000,
        15,
        || {
            black_box(Case::from_json(black_box(&json)).ok());
        },
        || {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(&json)).ok());
        },
    );
    lines.push(format!(
        "load case ({} bytes of JSON): Case::from_json {:.2} µs, serde_json Value {:.2} µs; ours ÷ Value = {r:.2}",
        json.len(),
        a / 1000.0,
        b / 1000.0
    ));

    let text = format!(
        "# benches/compare.rs: medians of 15 interleaved rounds (ratio per round)\n{}\n",
        lines.join("\n")
    );
    eprint!("{text}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("compare-ratios.txt"), text);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
