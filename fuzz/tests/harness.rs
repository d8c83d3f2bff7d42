//! The harnesses as normal tests (stable Rust, no libFuzzer): every seed of `corpus/` runs
//! without a panic, and random inputs get past parsing — in particular the event sequences
//! reach `closed`. Run with `cargo test --release -- --nocapture` to see the figures.

use std::collections::BTreeMap;
use std::path::Path;

use doingoai_fuzz::{
    calendar_deadlines, case_events, citation_parse, evaluate_activity, rulebook_layer,
};

/// A small deterministic generator of inputs (xorshift64*).
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn input(&mut self, max: usize) -> Vec<u8> {
        let len = 16 + (self.next() as usize) % max;
        (0..len).map(|_| self.next() as u8).collect()
    }
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    named_seeds(target).into_iter().map(|(_, s)| s).collect()
}

fn named_seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            (name.unwrap_or_default(), std::fs::read(p).expect("seed"))
        })
        .collect()
}

#[test]
fn every_seed_runs() {
    for s in seeds("evaluate_activity") {
        assert!(
            evaluate_activity::run(&s).read,
            "a seed request does not read"
        );
    }
    let mut loaded = 0;
    for (name, s) in named_seeds("case_events") {
        let r = case_events::run(&s);
        loaded += usize::from(r.loaded);
        // the structured seeds were chosen because they reach `closed`
        if name.starts_with("closed-") {
            assert!(r.closed(), "{name} no longer reaches `closed`: {r:?}");
        }
    }
    assert!(loaded > 0, "no stored case among the seeds loads");
    let mut validated = 0;
    for s in seeds("rulebook_layer") {
        let r = rulebook_layer::run(&s);
        assert!(r.parsed, "a shipped file does not parse");
        // a provincial file replaces the shipped layer of its jurisdiction and source; a
        // national one may repeat the ids of the layer it sits beside
        validated += usize::from(r.validated);
    }
    assert!(validated > 0, "no shipped file validates as an added layer");
    for s in seeds("citation_parse") {
        citation_parse::run(&s);
    }
    for s in seeds("calendar_deadlines") {
        calendar_deadlines::run(&s);
    }
}

#[test]
fn event_sequences_reach_closed() {
    let mut g = Bytes(0x9E37_79B9_7F4A_7C15);
    let runs = 3000;
    let mut closed: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut accepted, mut refused, mut real_closed) = (0, 0, 0);
    for _ in 0..runs {
        let r = case_events::run(&g.input(1500));
        let p = r
            .procedure
            .map_or("-".to_string(), |p| p.code().to_string());
        let e = closed.entry(p).or_default();
        e.0 += 1;
        e.1 += usize::from(r.closed());
        accepted += r.accepted;
        refused += r.refused;
        real_closed += usize::from(r.real && r.closed());
    }
    let total: usize = closed.values().map(|v| v.1).sum();
    println!("case_events: {runs} random inputs, {total} reached `closed` ({real_closed} under assessments from the rulebook); {accepted} events accepted, {refused} refused");
    for (p, (n, c)) in &closed {
        println!("  {p}: {c} closed of {n}");
    }
    assert!(
        total * 20 >= runs,
        "fewer than 5% of the runs reach `closed`"
    );
    // `-`: the example request could not be moved to the start day drawn (out of range)
    for (p, (_, c)) in closed.iter().filter(|(p, _)| p.as_str() != "-") {
        assert!(*c > 0, "no run of {p} reaches `closed`");
    }
    assert!(
        real_closed > 0,
        "no run under assessments from the rulebook reaches `closed`"
    );
}

#[test]
fn built_requests_get_past_parsing() {
    let mut g = Bytes(7);
    let runs = 2000;
    let (mut read, mut decided, mut admissible, mut submitted) = (0, 0, 0, 0);
    for _ in 0..runs {
        let r = evaluate_activity::run(&g.input(600));
        read += usize::from(r.read);
        decided += usize::from(r.decided);
        admissible += usize::from(r.admissible);
        submitted += usize::from(r.submitted);
    }
    println!("evaluate_activity: {runs} random inputs: {read} read, {decided} decided, {admissible} admissible, {submitted} submitted");
    assert!(
        read * 2 >= runs,
        "fewer than half the inputs make a request"
    );
    assert!(decided * 4 >= runs, "fewer than a quarter are decided");
    assert!(admissible > 0 && submitted > 0);
}

#[test]
fn edited_layers_get_past_parsing() {
    let mut g = Bytes(11);
    let runs = 300;
    let (mut parsed, mut validated) = (0, 0);
    for _ in 0..runs {
        let mut input = g.input(64);
        input[0] |= 0x80;
        let r = rulebook_layer::run(&input);
        assert!(r.edited);
        parsed += usize::from(r.parsed);
        validated += usize::from(r.validated);
    }
    println!(
        "rulebook_layer: {runs} edited shipped layers: {parsed} parsed, {validated} validated"
    );
    assert!(parsed * 6 >= runs && validated * 12 >= runs);
}

#[test]
fn citations_and_deadlines_run() {
    let mut g = Bytes(13);
    let (mut forward, mut backward) = (0, 0);
    for _ in 0..5000 {
        let r = calendar_deadlines::run(&g.input(32));
        forward += usize::from(r.forward);
        backward += usize::from(r.backward);
        citation_parse::run(&g.input(40));
    }
    println!(
        "calendar_deadlines: 5000 random inputs: {forward} forward, {backward} backward deadlines"
    );
    assert!(forward > 1000 && backward > 1000);
}

/// Writes a `closed-<procedure>` seed (and `closed-<procedure>-assessed` when a run under
/// assessments from the rulebook closes) for every procedure: the shortest random input of
/// [`event_sequences_reach_closed`]'s generator that reaches `closed`. The bytes choose the
/// procedure by its index in `Procedure::ALL`, so adding a procedure changes what an old seed
/// drives: rerun this after adding one (`cargo test --release -- --ignored write_closed_seeds`).
#[test]
#[ignore]
fn write_closed_seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join("case_events");
    let mut best: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut g = Bytes(0x9E37_79B9_7F4A_7C15);
    for _ in 0..6000 {
        let input = g.input(1500);
        let r = case_events::run(&input);
        let (Some(p), true) = (r.procedure, r.closed()) else {
            continue;
        };
        let name = if r.real {
            format!("closed-{}-assessed", p.code())
        } else {
            format!("closed-{}", p.code())
        };
        let e = best.entry(name).or_insert_with(|| input.clone());
        if input.len() < e.len() {
            *e = input;
        }
    }
    for old in std::fs::read_dir(&dir).expect("corpus") {
        let path = old.expect("entry").path();
        let stale = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("closed-"));
        if stale {
            std::fs::remove_file(&path).expect("remove a stale seed");
        }
    }
    for (name, bytes) in &best {
        std::fs::write(dir.join(name), bytes).expect("write a seed");
        println!("{name}: {} bytes", bytes.len());
    }
}
