//! The simulation's output, byte for byte, against snapshots taken before the plan book, the
//! history and the inspection sample were indexed (issue 14): the report CI compares
//! (`province_year --seed 7 --json`) in full, and the whole simulated year (activities, cases,
//! ledger, plans, inspections) of a few scenarios as a length and an FNV-1a hash of its JSON.
//!
//! When an output is meant to change (a new JSON form), regenerate with
//! `DOINGOAI_BLESS=1 cargo test --test simulation_snapshot` and say why in the commit.

use doingoai::org::Jurisdiction;
use doingoai::simulation::{simulate, Scenario};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

fn bless() -> bool {
    std::env::var_os("DOINGOAI_BLESS").is_some()
}

/// FNV-1a, 64 bits: stable across platforms and Rust versions.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The scenarios whose whole year is pinned: the CI one, a bigger Đà Nẵng year (more planned
/// items per unit, more trips counted against the caps) and a year before the reorganisation.
fn scenarios() -> Vec<Scenario> {
    let unit = |code: &str| code.parse::<Jurisdiction>().expect("jurisdiction");
    vec![
        Scenario::new(unit("34:42"), 2026, 7, 600),
        Scenario::new(unit("34:48"), 2027, 1, 1500),
        Scenario::new(unit("63:79"), 2024, 3, 800),
    ]
}

fn line(s: &Scenario) -> String {
    let year = simulate(s).expect("simulate");
    let json = serde_json::to_string(&year).expect("json");
    format!(
        "{} {} {} {} {} {:016x}",
        s.jurisdiction,
        s.year,
        s.seed,
        s.activities,
        json.len(),
        fnv1a(json.as_bytes())
    )
}

#[test]
fn the_seed_7_report_is_byte_identical_to_the_snapshot() {
    // What `cargo run --release --example province_year -- --seed 7 --json` writes.
    let j = Jurisdiction::by_name(
        "Hà Tĩnh",
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    )
    .expect("Hà Tĩnh");
    let year = simulate(&Scenario::new(j, 2026, 7, 600)).expect("simulate");
    let mut json = year.report().to_json().expect("json");
    json.push('\n');
    let path = format!("{DATA}/province_year-seed7.json");
    if bless() {
        std::fs::write(&path, &json).expect("write snapshot");
    }
    let want = std::fs::read_to_string(&path).expect("snapshot");
    assert!(json == want, "the seed-7 report differs from {path}");
}

#[test]
fn whole_simulated_years_hash_as_in_the_snapshot() {
    let got: Vec<String> = scenarios().iter().map(line).collect();
    let path = format!("{DATA}/simulation-years.txt");
    if bless() {
        let mut text = String::from(
            "# jurisdiction year seed activities json_bytes fnv1a64 (serde_json::to_string of the SimulatedYear)\n",
        );
        for l in &got {
            text.push_str(l);
            text.push('\n');
        }
        std::fs::write(&path, text).expect("write snapshot");
    }
    let want: Vec<String> = std::fs::read_to_string(&path)
        .expect("snapshot")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert_eq!(got, want);
}
