//! The indexed history answers exactly what a scan of its trips answers (issue 14): random
//! trips built in every way the API allows (pushed, extended, collected, from a vector, read
//! from JSON, popped, retained, cleared), random questions.

use chrono::{Datelike, NaiveDate};
use doingoai::history::{History, PastTrip, Trips};
use doingoai::org::Jurisdiction;
use proptest::prelude::*;

/// The answers as they were computed before the index: a scan of every trip.
fn scan_trips_in_year(trips: &[PastTrip], person: &str, year: i32) -> u32 {
    trips
        .iter()
        .filter(|t| t.person == person && t.start.year() == year)
        .count() as u32
}

fn scan_out_of_plan_in_year(trips: &[PastTrip], j: Jurisdiction, year: i32) -> u32 {
    let mut days: Vec<NaiveDate> = trips
        .iter()
        .filter(|t| t.out_of_plan && t.jurisdiction == j && t.start.year() == year)
        .map(|t| t.start)
        .collect();
    days.sort();
    days.dedup();
    days.len() as u32
}

const JURISDICTIONS: [&str; 3] = ["34:48", "34:42", "63:79"];

fn jurisdiction(i: usize) -> Jurisdiction {
    JURISDICTIONS[i % JURISDICTIONS.len()]
        .parse()
        .expect("jurisdiction")
}

/// Few people, years, days and jurisdictions, so that trips collide on every key.
fn trip() -> impl Strategy<Value = PastTrip> {
    (0..6usize, 2023..2027i32, 1..60u32, 0..3usize, any::<bool>()).prop_map(
        |(p, y, day, j, out)| PastTrip {
            person: format!("p{p}"),
            start: NaiveDate::from_yo_opt(y, day).expect("day"),
            jurisdiction: jurisdiction(j),
            out_of_plan: out,
        },
    )
}

#[derive(Debug, Clone)]
enum Op {
    Push(PastTrip),
    Extend(Vec<PastTrip>),
    Pop,
    /// Drop the trips of one person.
    RetainNot(usize),
    Clear,
    /// Rebuild from a vector of the current trips.
    Rebuild,
    /// Through JSON and back.
    Json,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => trip().prop_map(Op::Push),
        2 => prop::collection::vec(trip(), 0..8).prop_map(Op::Extend),
        2 => Just(Op::Pop),
        1 => (0..6usize).prop_map(Op::RetainNot),
        1 => Just(Op::Clear),
        1 => Just(Op::Rebuild),
        1 => Just(Op::Json),
    ]
}

/// Every question the caps can ask of this small world, and a few about nobody.
fn assert_same_answers(h: &History, reference: &[PastTrip]) -> Result<(), TestCaseError> {
    prop_assert_eq!(h.trips.as_slice(), reference);
    for y in 2022..2028 {
        for p in 0..7 {
            let person = format!("p{p}");
            prop_assert_eq!(
                h.trips_in_year(&person, y),
                scan_trips_in_year(reference, &person, y),
                "trips of {} in {}",
                person,
                y
            );
        }
        for (j, code) in JURISDICTIONS.iter().enumerate() {
            prop_assert_eq!(
                h.out_of_plan_in_year(jurisdiction(j), y),
                scan_out_of_plan_in_year(reference, jurisdiction(j), y),
                "out of plan of {} in {}",
                code,
                y
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_index_answers_what_the_scan_answers(ops in prop::collection::vec(op(), 0..40)) {
        let mut h = History::default();
        let mut reference: Vec<PastTrip> = Vec::new();
        for op in ops {
            match op {
                Op::Push(t) => {
                    reference.push(t.clone());
                    h.trips.push(t);
                }
                Op::Extend(ts) => {
                    reference.extend(ts.iter().cloned());
                    h.trips.extend(ts);
                }
                Op::Pop => {
                    prop_assert_eq!(h.trips.pop(), reference.pop());
                }
                Op::RetainNot(p) => {
                    let person = format!("p{p}");
                    reference.retain(|t| t.person != person);
                    h.trips.retain(|t| t.person != person);
                }
                Op::Clear => {
                    reference.clear();
                    h.trips.clear();
                }
                Op::Rebuild => {
                    h = History { trips: h.trips.to_vec().into() };
                }
                Op::Json => {
                    let json = serde_json::to_string(&h).expect("json");
                    let back: History = serde_json::from_str(&json).expect("back");
                    prop_assert_eq!(&back, &h);
                    h = back;
                }
            }
            assert_same_answers(&h, &reference)?;
        }
        // Collected in one go, the same answers again.
        let collected: History = reference.iter().cloned().collect();
        assert_same_answers(&collected, &reference)?;
        let trips: Trips = reference.clone().into();
        prop_assert_eq!(&trips, &reference);
    }

    #[test]
    fn the_json_form_is_the_plain_list(trips in prop::collection::vec(trip(), 0..20)) {
        let h = History { trips: trips.clone().into() };
        let plain = serde_json::json!({ "trips": trips });
        prop_assert_eq!(serde_json::to_value(&h).expect("json"), plain.clone());
        let back: History = serde_json::from_value(plain).expect("back");
        assert_same_answers(&back, &trips)?;
    }
}
