//! Boundaries of the caps and of the filing lead time, through `evaluate` with the shipped
//! rulebook: a cap is met **at** its limit and broken one above it; the per-year caps count
//! only the year's trips (the leaders' trips, the province's distinct out-of-plan
//! delegations); a request filed on its latest filing day is on time. These tests pin the
//! mutants cargo-mutants found surviving in `rules/families/check.rs`, `rules/evaluate.rs`
//! and `rules/resolve.rs` (issue 13): each fails when `>` becomes `>=` in its cap, when the
//! leader or out-of-plan filter is inverted, and when `Rulebook::find` answers `None`.
//!
//! Requests are written as JSON (the format of `examples/data/`), the crate's stable input.

use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, ProposedActivity};
use doingoai::history::History;
use doingoai::rules::{evaluate, Cap, Condition, Decision, FindingKind, Query, Rulebook, Subject};
use doingoai::WorkCalendar;
use serde_json::{json, Value};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn person(id: &str, position: &str, head: bool) -> Value {
    json!({
        "role": if head { "head" } else { "member" },
        "official": { "id": id, "name": id, "position": position, "managed_by": "unit" }
    })
}

/// An outbound delegation of a department of `j`, state channel.
struct Trip {
    j: &'static str,
    filed: NaiveDate,
    starts: NaiveDate,
    ends: NaiveDate,
    in_plan: bool,
    people: Vec<Value>,
    countries: Vec<Value>,
}

impl Trip {
    fn new(j: &'static str, filed: NaiveDate, starts: NaiveDate, ends: NaiveDate) -> Self {
        Trip {
            j,
            filed,
            starts,
            ends,
            in_plan: true,
            people: vec![person("truong-doan", "department_director", true)],
            countries: vec![json!({ "country": "JP", "days": 2 })],
        }
    }

    fn activity(&self) -> ProposedActivity {
        let v = json!({
            "id": "DR-test",
            "kind": "outbound_delegation",
            "channel": "state",
            "jurisdiction": self.j,
            "applicant": { "kind": "provincial_department", "jurisdiction": self.j },
            "filed_on": self.filed.to_string(),
            "starts_on": self.starts.to_string(),
            "ends_on": self.ends.to_string(),
            "in_plan": self.in_plan,
            "participants": self.people,
            "details": {
                "type": "delegation",
                "countries": self.countries,
                "funding": "state_budget",
                "purpose": "xúc tiến"
            }
        });
        serde_json::from_value(v).expect("a well-formed request")
    }

    fn decide(&self, history: &History) -> Decision {
        let cal = WorkCalendar::state_agency();
        evaluate(&self.activity(), Rulebook::shipped(), &cal, history).expect("decided")
    }
}

fn trips(rows: &[(&str, NaiveDate, &str, bool)]) -> History {
    let trips: Vec<Value> = rows
        .iter()
        .map(|(p, start, j, out)| {
            json!({ "person": p, "start": start.to_string(), "jurisdiction": j, "out_of_plan": out })
        })
        .collect();
    serde_json::from_value(json!({ "trips": trips })).expect("history")
}

/// The caps of `cap_on` broken: (of whom, cap, actual).
fn broken(dec: &Decision, cap_on: Cap) -> Vec<(Option<String>, u32, u32)> {
    dec.violations
        .iter()
        .chain(&dec.advisories)
        .filter_map(|f| match &f.kind {
            FindingKind::CapExceeded {
                cap_on: c,
                cap,
                actual,
                of,
                ..
            } if *c == cap_on => Some((of.clone(), *cap, *actual)),
            _ => None,
        })
        .collect()
}

#[test]
fn leader_trips_per_year_cap_allows_the_second_trip_and_refuses_the_third() {
    // Chỉ thị 38-CT/TW: leaders at most 2 trips a year; a vice-chairman leads, a staff member
    // with many trips is not a leader
    let mut t = Trip::new("34:12", d(2026, 3, 2), d(2026, 4, 6), d(2026, 4, 9));
    t.people = vec![
        person("pho-chu-tich", "ppc_vice_chairman", true),
        person("chuyen-vien", "staff", false),
    ];
    let staff_trips = [
        ("chuyen-vien", d(2026, 1, 5), "34:12", false),
        ("chuyen-vien", d(2026, 2, 9), "34:12", false),
        ("chuyen-vien", d(2026, 2, 23), "34:12", false),
    ];
    // one trip this year (and one last year, which does not count): this is the second
    let mut rows = vec![
        ("pho-chu-tich", d(2025, 11, 3), "34:12", false),
        ("pho-chu-tich", d(2026, 1, 12), "34:12", false),
    ];
    rows.extend(staff_trips);
    let at_cap = t.decide(&trips(&rows));
    assert_eq!(broken(&at_cap, Cap::LeaderTripsPerYear), vec![]);
    // two trips this year: this is the third
    rows.push(("pho-chu-tich", d(2026, 2, 16), "34:12", false));
    let over = t.decide(&trips(&rows));
    assert_eq!(
        broken(&over, Cap::LeaderTripsPerYear),
        vec![(Some("pho-chu-tich".to_string()), 2, 3)]
    );
}

#[test]
fn out_of_plan_quota_counts_the_provinces_distinct_delegations_of_the_year() {
    // Quảng Nam: at most 2 out-of-plan delegations a year
    let mut t = Trip::new("63:49", d(2025, 3, 3), d(2025, 4, 7), d(2025, 4, 10));
    t.in_plan = false;
    // one earlier out-of-plan delegation of two people (one delegation), an in-plan one, one
    // of another province and one of last year: this request is the second
    let mut rows = vec![
        ("a", d(2025, 1, 13), "63:49", true),
        ("b", d(2025, 1, 13), "63:49", true),
        ("c", d(2025, 2, 3), "63:49", false),
        ("d", d(2025, 2, 10), "63:48", true),
        ("e", d(2024, 11, 4), "63:49", true),
    ];
    let at_cap = t.decide(&trips(&rows));
    assert_eq!(broken(&at_cap, Cap::OutOfPlanPerYear), vec![]);
    // a second earlier out-of-plan delegation: this request is the third
    rows.push(("f", d(2025, 2, 17), "63:49", true));
    let over = t.decide(&trips(&rows));
    assert_eq!(broken(&over, Cap::OutOfPlanPerYear), vec![(None, 2, 3)]);
    // the same request in the plan is not counted against the quota
    t.in_plan = true;
    let planned = t.decide(&trips(&rows));
    assert_eq!(broken(&planned, Cap::OutOfPlanPerYear), vec![]);
}

#[test]
fn trips_per_person_cap_is_met_at_its_limit() {
    // Đà Nẵng: each official at most 2 trips a year
    let t = Trip::new("34:48", d(2025, 9, 1), d(2025, 10, 6), d(2025, 10, 8));
    let mut rows = vec![
        ("truong-doan", d(2024, 12, 1), "34:48", false),
        ("truong-doan", d(2025, 3, 3), "34:48", false),
    ];
    assert_eq!(
        broken(&t.decide(&trips(&rows)), Cap::TripsPerPersonPerYear),
        vec![]
    );
    rows.push(("truong-doan", d(2025, 5, 5), "34:48", false));
    assert_eq!(
        broken(&t.decide(&trips(&rows)), Cap::TripsPerPersonPerYear),
        vec![(Some("truong-doan".to_string()), 2, 3)]
    );
}

#[test]
fn delegation_size_cap_is_met_at_its_limit() {
    // Đà Nẵng: at most 10 members when the city's head leads
    let mut t = Trip::new("34:48", d(2025, 9, 1), d(2025, 10, 6), d(2025, 10, 8));
    t.people = vec![person("chu-tich", "ppc_chairman", true)];
    t.people
        .extend((1..10).map(|i| person(&format!("m{i}"), "staff", false)));
    assert_eq!(t.people.len(), 10);
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DelegationSize),
        vec![]
    );
    t.people.push(person("m10", "staff", false));
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DelegationSize),
        vec![(None, 10, 11)]
    );
}

#[test]
fn days_per_country_cap_is_met_at_its_limit_and_at_the_major_event_limit() {
    // Đà Nẵng: at most 3 days per country, 5 for a major event
    let mut t = Trip::new("34:48", d(2025, 9, 1), d(2025, 10, 6), d(2025, 10, 12));
    t.countries = vec![json!({ "country": "JP", "days": 3 })];
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DaysPerCountry),
        vec![]
    );
    t.countries = vec![json!({ "country": "JP", "days": 4 })];
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DaysPerCountry),
        vec![(Some("JP".to_string()), 3, 4)]
    );
    t.countries = vec![json!({ "country": "KR", "days": 5, "major_event": true })];
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DaysPerCountry),
        vec![]
    );
    t.countries = vec![json!({ "country": "KR", "days": 6, "major_event": true })];
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::DaysPerCountry),
        vec![(Some("KR".to_string()), 5, 6)]
    );
}

#[test]
fn countries_per_trip_cap_is_met_at_its_limit() {
    // Đà Nẵng: at most 3 countries a trip
    let mut t = Trip::new("34:48", d(2025, 9, 1), d(2025, 10, 6), d(2025, 10, 12));
    t.countries = ["JP", "KR", "SG"]
        .iter()
        .map(|c| json!({ "country": c, "days": 1 }))
        .collect();
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::CountriesPerTrip),
        vec![]
    );
    t.countries.push(json!({ "country": "TH", "days": 1 }));
    assert_eq!(
        broken(&t.decide(&History::default()), Cap::CountriesPerTrip),
        vec![(None, 3, 4)]
    );
}

#[test]
fn trip_length_cap_is_met_on_its_last_day() {
    // Hà Nội (2014 plan): a trip lasts at most 10 days; from Mon 04/03/2024 the 10th day is
    // Wed 13/03/2024
    let too_long = |ends: NaiveDate| -> bool {
        let t = Trip::new("63:01", d(2024, 1, 15), d(2024, 3, 4), ends);
        t.decide(&History::default())
            .violations
            .iter()
            .chain(&t.decide(&History::default()).advisories)
            .any(|f| matches!(f.kind, FindingKind::TripTooLong { .. }))
    };
    assert!(!too_long(d(2024, 3, 13)));
    assert!(too_long(d(2024, 3, 14)));
}

#[test]
fn a_request_filed_on_its_latest_filing_day_is_on_time() {
    // a provincial-tier conference: at least 30 days before (QĐ 06/2020/QĐ-TTg Art. 4(1)(a))
    let conference = |filed: NaiveDate| -> Decision {
        let v = json!({
            "id": "HT-test",
            "kind": "international_conference",
            "channel": "state",
            "jurisdiction": "34:48",
            "applicant": { "kind": "provincial_department", "jurisdiction": "34:48" },
            "filed_on": filed.to_string(),
            "starts_on": "2026-03-20",
            "ends_on": "2026-03-21",
            "participants": [],
            "details": { "type": "conference", "mode": "in_person", "foreign_rank": "other",
                         "topics": [], "chaired_by_ppc": false,
                         "front_or_mass_organisation": false, "hosting_approval": false }
        });
        let a: ProposedActivity = serde_json::from_value(v).expect("request");
        let cal = WorkCalendar::state_agency();
        evaluate(&a, Rulebook::shipped(), &cal, &History::default()).expect("decided")
    };
    let latest = conference(d(2026, 1, 5))
        .latest_filing()
        .expect("a lead time applies");
    let on_the_day = conference(latest);
    assert!(!on_the_day.filings.is_empty());
    assert!(on_the_day.filings.iter().all(|f| f.on_time));
    assert!(!on_the_day
        .violations
        .iter()
        .any(|f| matches!(f.kind, FindingKind::Late { .. })));
    let day_after = conference(latest.succ_opt().expect("next day"));
    assert!(day_after.filings.iter().any(|f| !f.on_time));
    assert!(day_after
        .violations
        .iter()
        .any(|f| matches!(f.kind, FindingKind::Late { .. })));
}

#[test]
fn rulebook_find_answers_the_rule_the_resolution_applies() {
    let q = Query::new(
        "34:12".parse().expect("jurisdiction"),
        Subject::Activity(ActivityKind::OutboundDelegation),
        d(2026, 3, 2),
    );
    let book = Rulebook::shipped();
    let found = book
        .find::<Condition>(&q, "leader_trips_per_year")
        .expect("resolved")
        .expect("Chỉ thị 38-CT/TW applies");
    assert_eq!(
        found.id.as_str(),
        "vn.outbound_delegation.condition.leader_trips_per_year"
    );
    assert_eq!(
        found.value,
        Some(Condition::MaxLeaderTripsPerYear { max: 2 })
    );
    let resolved = book.resolve(&q).expect("resolved");
    assert!(std::ptr::eq(
        found,
        resolved
            .get::<Condition>("leader_trips_per_year")
            .expect("same rule")
    ));
    assert!(book
        .find::<Condition>(&q, "no_such_topic")
        .expect("resolved")
        .is_none());
    // a province that no longer exists on the date
    let gone = Query::new(
        "63:49".parse().expect("jurisdiction"),
        Subject::Activity(ActivityKind::OutboundDelegation),
        d(2026, 3, 2),
    );
    assert!(book
        .find::<Condition>(&gone, "leader_trips_per_year")
        .is_err());
}
