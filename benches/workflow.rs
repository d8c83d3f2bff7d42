//! Workflow speed: evaluate + assess one proposed activity, `apply` one event, replay a log,
//! and a case's JSON round trip.
//!
//! Targets (issue 5): evaluate ≤ 5 µs; apply ≤ 1 µs; replay ≥ 1 M events/s; JSON round trip
//! ≤ 20 µs. Issue 14: `apply` ≤ 150 ns per event on the outbound path (`replay 6-event
//! outbound case`, per element); `case from_json` ≤ 0.8× `json value parse only (baseline)`.
//!
//! For instruction counts (callgrind), `DOINGOAI_PROFILE=OP:N` runs one operation N times and
//! exits without criterion: OP is `apply` (clone the case before the reply, apply the reply),
//! `evaluate` (the outbound delegation), `assess` (the agreement),
//! `outbound` (replay the 6-event outbound case; `outbound_clone`: only its set-up, the
//! header and the events cloned), `from_json`, `value` (the untyped parse of
//! the same JSON), `none` (only the set-up). The count of one operation is (count at N −
//! count at 0) ÷ N; for `apply`, less the clone (`clone`: the same clones, no apply).
//! `DOINGOAI_PREFIX=K` makes `outbound` apply only the first K events: the difference between
//! K and K − 1 is the cost of event K alone. `DOINGOAI_PROFILE=time:N` times N trials of 1,000
//! outbound paths as criterion's `iter_batched` does and prints the minimum, the 10th
//! percentile and the median per path: on a noisy host the minimum moves least, so two
//! builds alternated this way compare better than by criterion's means.

use doingoai::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, Details, ProposedActivity,
};
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, BatchSize, Criterion, Throughput};
use doingoai::history::History;
use doingoai::org::{Body, BodyKind};
use doingoai::rules::{evaluate, Rulebook};
use doingoai::workflow::*;
use doingoai::WorkCalendar;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

/// The fixtures the tests use (`tests/workflow_common`): the outbound delegation measured here
/// is the one `tests/case_memory.rs` and `tests/shared_citations.rs` check.
#[path = "../tests/workflow_common/mod.rs"]
mod workflow_common;

fn outbound_facts() -> ProposedActivity {
    workflow_common::hcm_outbound_delegation()
}

fn agreement_facts() -> ProposedActivity {
    let da_nang = "34:48".parse().expect("t");
    ProposedActivity::new(
        "TT-1",
        ActivityKind::InternationalAgreement,
        da_nang,
        d(2025, 9, 1),
    )
    .by(Body::new(BodyKind::ProvincialDepartment, da_nang).named("so"))
    .starts(d(2025, 10, 20))
    .titled("bench")
    .details(Details::Agreement {
        level: AgreementLevel::PeoplesCommittee,
        procedure: AgreementProcedure::Normal,
        concerns: vec![],
        partner: "X".into(),
        shortened_ground: None,
    })
}

/// A whole agreement case: submit, accept, two replies (one objection), end, escalate, PM
/// consent, signing, the Chairman's report, close — 10 events.
fn agreement_events(a: &Assessment) -> Vec<Event> {
    let dept = Actor::body("so", Role::Organiser);
    let ch = Actor::official("ct", Role::ProvincialChairman);
    vec![
        Event::new(
            dept.clone(),
            d(2025, 9, 1),
            Action::Submit {
                assessment: Box::new(a.clone()),
            },
        ),
        Event::new(ch.clone(), d(2025, 9, 3), Action::Accept),
        Event::new(
            Actor::body("bng", Role::Mofa),
            d(2025, 9, 8),
            Action::Reply {
                opinion: Opinion::Agree,
            },
        ),
        Event::new(
            Actor::body("bca", Role::RelatedBodies),
            d(2025, 9, 10),
            Action::Reply {
                opinion: Opinion::Object {
                    reason: "an ninh".into(),
                },
            },
        ),
        Event::new(ch.clone(), d(2025, 9, 11), Action::EndConsultation),
        Event::new(ch.clone(), d(2025, 9, 12), Action::Escalate),
        Event::new(
            Actor::official("ttg", Role::PrimeMinister),
            d(2025, 9, 22),
            Action::Approve,
        ),
        Event::new(dept.clone(), d(2025, 10, 20), Action::CarryOut),
        Event::new(ch.clone(), d(2025, 10, 30), Action::ReportResult),
        Event::new(ch, d(2025, 10, 31), Action::Close),
    ]
}

/// `DOINGOAI_PROFILE=OP:N` (see the module docs).
fn profile(spec: &str) {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let history = History::default();
    let (op, n) = spec.split_once(':').unwrap_or((spec, "1000"));
    let n: usize = n.parse().unwrap_or(1000);
    let agr_f = agreement_facts();
    let a = assess(&agr_f, Procedure::Agreement, rb, &cal, &history).expect("assess");
    let events = agreement_events(&a);
    let header = Case::for_activity(&agr_f).expect("case");
    let mut before_reply = header.clone();
    for e in events.iter().take(2).cloned() {
        before_reply.apply_with(&cal, e).expect("given");
    }
    let mut full = header.clone();
    for e in events.iter().cloned() {
        full.apply_with(&cal, e).expect("given");
    }
    let json = full.to_json().unwrap_or_default();
    let out_f = outbound_facts();
    let oa = assess(&out_f, Procedure::Outbound, rb, &cal, &history).expect("assess");
    let out_events = workflow_common::hcm_outbound_events(&oa);
    let out_header = Case::for_activity(&out_f).expect("case");
    let prefix: usize = std::env::var("DOINGOAI_PREFIX")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(99);
    if op == "time" {
        // N trials of 1,000 outbound paths each, timed as criterion's `iter_batched` times
        // them (the inputs made before, the finished cases dropped after): the minimum and
        // the median per path, less sensitive to a noisy host than a mean
        let mut per_path: Vec<f64> = Vec::with_capacity(n);
        for _ in 0..n {
            let per_trial: usize = std::env::var("DOINGOAI_TRIAL")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(1000);
            let inputs: Vec<(Case, Vec<Event>)> = (0..per_trial)
                .map(|_| (out_header.header(), out_events.clone()))
                .collect();
            let mut done = Vec::with_capacity(inputs.len());
            let t = std::time::Instant::now();
            for (mut case, evs) in inputs {
                for e in evs {
                    let _ = black_box(case.apply_with(&cal, e));
                }
                done.push(case);
            }
            per_path.push(t.elapsed().as_nanos() as f64 / per_trial as f64);
            drop(black_box(done));
        }
        per_path.sort_by(f64::total_cmp);
        let at = |q: f64| per_path[((per_path.len() - 1) as f64 * q) as usize];
        println!(
            "outbound path: min {:.1} ns, p10 {:.1}, median {:.1} ns ({} trials of 1,000)",
            at(0.0),
            at(0.1),
            at(0.5),
            per_path.len()
        );
        return;
    }
    for _ in 0..n {
        match op {
            "apply" => {
                let mut case = black_box(&before_reply).clone();
                let _ = black_box(case.apply_with(&cal, black_box(&events[2]).clone()));
                black_box(&case);
            }
            "clone" => {
                let case = black_box(&before_reply).clone();
                let e = black_box(&events[2]).clone();
                black_box((&case, &e));
            }
            "outbound" => {
                let mut case = black_box(&out_header).header();
                for e in black_box(&out_events).iter().take(prefix).cloned() {
                    let _ = black_box(case.apply_with(&cal, e));
                }
                black_box(&case);
            }
            "outbound_clone" => {
                let case = black_box(&out_header).header();
                let evs = black_box(&out_events).clone();
                black_box((&case, &evs));
            }
            "from_json" => {
                let _ = black_box(Case::from_json_with(black_box(&json), &cal));
            }
            "evaluate" => {
                let _ = black_box(evaluate(black_box(&out_f), rb, &cal, &history));
            }
            "assess" => {
                let _ = black_box(assess(
                    black_box(&agr_f),
                    Procedure::Agreement,
                    rb,
                    &cal,
                    &history,
                ));
            }
            "value" => {
                let _ = black_box(serde_json::from_str::<serde_json::Value>(black_box(&json)));
            }
            _ => {}
        }
    }
}

fn bench(c: &mut Criterion) {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let history = History::default();
    let out_f = outbound_facts();
    let agr_f = agreement_facts();

    c.bench_function("evaluate outbound delegation (rules::evaluate)", |b| {
        b.iter(|| evaluate(black_box(&out_f), rb, &cal, &history))
    });
    c.bench_function("evaluate agreement (rules::evaluate)", |b| {
        b.iter(|| evaluate(black_box(&agr_f), rb, &cal, &history))
    });
    c.bench_function(
        "assess agreement (evaluate + escalation lookup + assessment)",
        |b| b.iter(|| assess(black_box(&agr_f), Procedure::Agreement, rb, &cal, &history)),
    );

    let a = assess(&agr_f, Procedure::Agreement, rb, &cal, &history).expect("assess");
    let events = agreement_events(&a);
    let header = Case::for_activity(&agr_f).expect("case");

    // apply one event: a reply in consultation (the case is cloned outside the timing)
    let mut before_reply = header.clone();
    for e in events.iter().take(2).cloned() {
        before_reply.apply_with(&cal, e).expect("given");
    }
    let reply = events[2].clone();
    c.bench_function("apply one event (reply)", |b| {
        b.iter_batched(
            || (before_reply.clone(), reply.clone()),
            |(mut case, e)| {
                let _ = black_box(case.apply_with(&cal, e));
                case
            },
            BatchSize::SmallInput,
        )
    });
    // apply a refused event (nothing changes)
    let wrong = Event::new(
        Actor::body("so", Role::Organiser),
        d(2025, 9, 4),
        Action::Approve,
    );
    c.bench_function("apply one refused event (check only)", |b| {
        b.iter(|| black_box(&before_reply).check(&cal, black_box(&wrong)))
    });

    // replay a whole case (10 events), reported as events per second
    let mut g = c.benchmark_group("replay");
    let oa = assess(&out_f, Procedure::Outbound, rb, &cal, &history).expect("assess");
    let out_events = workflow_common::hcm_outbound_events(&oa);
    let out_header = Case::for_activity(&out_f).expect("case");
    g.throughput(Throughput::Elements(out_events.len() as u64));
    g.bench_function("replay 6-event outbound case", |b| {
        b.iter_batched(
            || (out_header.header(), out_events.clone()),
            |(mut case, evs)| {
                for e in evs {
                    let _ = black_box(case.apply_with(&cal, e));
                }
                case
            },
            BatchSize::SmallInput,
        )
    });
    g.throughput(Throughput::Elements(events.len() as u64));
    g.bench_function("replay 10-event agreement case", |b| {
        b.iter_batched(
            || events.clone(),
            |evs| {
                Case::replay(
                    "TT-1",
                    Procedure::Agreement,
                    Actor::body("so", Role::Organiser),
                    header.facts().clone(),
                    evs,
                    &cal,
                )
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();

    let mut full = header.clone();
    for e in events.iter().cloned() {
        full.apply_with(&cal, e).expect("given");
    }
    let json = full.to_json().unwrap_or_default();
    eprintln!(
        "stored case: {} bytes of JSON, {} events",
        json.len(),
        full.log().len()
    );
    if std::env::var("SHOW_JSON").is_ok() {
        eprintln!("{json}");
    }
    c.bench_function("json value parse only (baseline)", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    c.bench_function("case to_json", |b| {
        b.iter(|| black_box(&full).to_json().unwrap_or_default())
    });
    c.bench_function("case from_json (parse + validate by replay)", |b| {
        b.iter(|| Case::from_json_with(black_box(&json), &cal))
    });
    c.bench_function("case JSON round trip", |b| {
        b.iter(|| Case::from_json_with(&black_box(&full).to_json().unwrap_or_default(), &cal))
    });
}

criterion_group!(benches, bench);

fn main() {
    if let Ok(spec) = std::env::var("DOINGOAI_PROFILE") {
        profile(&spec);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
