//! `simulate_report` (each case dropped once its record and obligations are taken) gives the
//! report the full path gives: `simulate(s)?.report()`, compared as JSON, byte for byte.

use doingoai::org::Jurisdiction;
use doingoai::simulation::{simulate, simulate_report, Scenario};

fn same(s: &Scenario) {
    let full = simulate(s).expect("simulate").report();
    let lean = simulate_report(s).expect("simulate_report");
    let (f, l) = (full.to_json().expect("json"), lean.to_json().expect("json"));
    assert!(
        f == l,
        "{} {} seed {}: the lean report differs",
        s.jurisdiction,
        s.year,
        s.seed
    );
    // not an empty year: the comparison has something to compare
    assert!(lean.activities.total > 0 && lean.obligations.counts.total() > 0);
}

#[test]
fn the_lean_path_gives_the_full_report() {
    let unit = |code: &str| code.parse::<Jurisdiction>().expect("jurisdiction");
    for s in [
        // the CI scenario; Đà Nẵng with its out-of-plan quota; a year of the 63; enough
        // activities for ABTC requests (one in sixty) and their yearly obligations
        Scenario::new(unit("34:42"), 2026, 7, 600),
        Scenario::new(unit("34:48"), 2027, 1, 400),
        Scenario::new(unit("63:79"), 2024, 3, 300),
    ] {
        same(&s);
    }
}

#[test]
fn the_lean_path_refuses_what_the_full_path_refuses() {
    let s = Scenario::new(Jurisdiction::National, 2026, 1, 10);
    assert_eq!(simulate_report(&s).err(), simulate(&s).err());
}
