//! Inputs checked for sense (issue 13, item 4): a request that cannot be real is refused with a
//! typed error naming the field, by `validate`, `evaluate`, `assess` and `Case::for_activity`
//! alike; every refusal has a test here, and random requests either validate or are refused
//! with a field path that exists in their JSON form.

use chrono::NaiveDate;
use doingoai::activity::{
    ActivityKind, CountryVisit, Details, Funding, InvalidActivity, JurisdictionReason, Participant,
    Problem, ProposedActivity, MAX_COUNTRIES, MAX_PARTICIPANTS,
};
use doingoai::history::History;
use doingoai::org::{Jurisdiction, Official, Position};
use doingoai::rules::{evaluate, EvaluateError, Rulebook, WeekdaysOnly};
use doingoai::workflow::{assess, Case, Procedure};
use doingoai::{Label, WorkCalendar};
use proptest::prelude::*;
use serde_json::Value;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn head() -> Participant {
    Participant::head(Official::new(
        "h",
        "Nguyễn Văn A",
        Position::DepartmentDirector,
    ))
}

fn member(i: usize) -> Participant {
    Participant::member(Official::new(
        format!("m{i}"),
        "Trần Thị B",
        Position::Staff,
    ))
}

fn delegation(countries: Vec<CountryVisit>) -> Details {
    Details::Delegation {
        countries,
        funding: Funding::StateBudget,
        purpose: "hợp tác".into(),
    }
}

/// A real trip: 5 days in Japan, head and one member.
fn trip() -> ProposedActivity {
    let j = Jurisdiction::new_unit(48).expect("Đà Nẵng");
    ProposedActivity::new("DN-1", ActivityKind::OutboundDelegation, j, d(2026, 3, 2))
        .runs(d(2026, 4, 6), d(2026, 4, 10))
        .participant(head())
        .participant(member(1))
        .details(delegation(vec![CountryVisit::new("JP", 5)]))
}

/// Refused by every entry point with `field` and a problem matching `problem`.
fn refused(a: &ProposedActivity, field: &str, problem: fn(&Problem) -> bool) {
    let e: InvalidActivity = a.validate().expect_err("refused");
    assert_eq!(e.field, field, "{e}");
    assert!(problem(&e.problem), "{e}");
    assert!(e.to_string().contains(field), "{e}");
    assert!(
        path_exists(&serde_json::to_value(a).expect("json"), &e.field),
        "{} is not a path of the request",
        e.field
    );
    let cal = WorkCalendar::state_agency();
    let rb = Rulebook::shipped();
    match evaluate(a, rb, &cal, &History::default()) {
        Err(EvaluateError::Invalid(x)) => assert_eq!(x, e),
        Err(EvaluateError::EndsBeforeStart { .. }) => assert_eq!(field, "ends_on"),
        other => panic!("evaluate did not refuse: {other:?}"),
    }
    if let Some(p) = Procedure::for_kind(a.kind) {
        assert!(assess(a, p, rb, &cal, &History::default()).is_err());
    }
    assert!(
        Case::for_activity(a).is_none(),
        "a case for an impossible request"
    );
}

/// Whether `path` (`a.b[0].c`, `details.type`) names a field of `v`.
fn path_exists(v: &Value, path: &str) -> bool {
    let mut here = v;
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let Some(next) = here.get(name) else {
            return false;
        };
        here = match index {
            Some(i) => match next.get(i) {
                Some(x) => x,
                None => return false,
            },
            None => next,
        };
    }
    true
}

#[test]
fn a_real_trip_validates_and_is_evaluated() {
    let a = trip();
    assert_eq!(a.validate(), Ok(()));
    let cal = WorkCalendar::state_agency();
    assert!(evaluate(&a, Rulebook::shipped(), &cal, &History::default()).is_ok());
    assert!(Case::for_activity(&a).is_some());
}

#[test]
fn a_delegation_with_no_participants_is_refused() {
    let mut a = trip();
    a.participants.clear();
    refused(&a, "participants", |p| *p == Problem::NoParticipants);
}

#[test]
fn a_delegation_with_no_head_is_refused() {
    let mut a = trip();
    a.participants = vec![member(1), member(2)];
    refused(&a, "participants", |p| *p == Problem::NoHead);
}

#[test]
fn a_delegation_visiting_no_country_is_refused() {
    let a = trip().details(delegation(vec![]));
    refused(&a, "details.countries", |p| *p == Problem::NoCountry);
}

#[test]
fn a_stay_of_zero_days_is_refused_at_its_own_field() {
    let a = trip().details(delegation(vec![
        CountryVisit::new("JP", 3),
        CountryVisit::new("KR", 0),
    ]));
    refused(&a, "details.countries[1].days", |p| *p == Problem::ZeroDays);
}

#[test]
fn an_end_before_the_start_is_refused() {
    let a = trip().runs(d(2026, 4, 10), d(2026, 4, 6));
    refused(&a, "ends_on", |p| {
        matches!(p, Problem::EndsBeforeStart { .. })
    });
}

#[test]
fn stays_that_do_not_fit_the_dates_are_refused() {
    // 5 days, 2 countries: at most 6 days of stays (one travel day counted twice)
    let fits = trip().details(delegation(vec![
        CountryVisit::new("JP", 3),
        CountryVisit::new("KR", 3),
    ]));
    assert_eq!(fits.validate(), Ok(()));
    let a = trip().details(delegation(vec![
        CountryVisit::new("JP", 4),
        CountryVisit::new("KR", 3),
    ]));
    refused(&a, "details.countries", |p| {
        *p == Problem::StaysExceedDates { stays: 7, lasts: 5 }
    });
}

#[test]
fn a_kind_contradicting_the_details_is_refused() {
    let mut a = trip();
    a.kind = ActivityKind::InternationalConference;
    refused(&a, "details.type", |p| {
        *p == Problem::KindContradictsDetails {
            kind: ActivityKind::InternationalConference,
            details: ActivityKind::OutboundDelegation,
        }
    });
}

#[test]
fn absurd_sizes_are_refused_in_bounded_time() {
    let start = std::time::Instant::now();
    let mut a = trip();
    a.participants.extend((0..100_000).map(member));
    refused(&a, "participants", |p| {
        *p == Problem::TooMany {
            len: 100_002,
            limit: MAX_PARTICIPANTS,
        }
    });
    let b = trip().details(delegation(
        (0..=MAX_COUNTRIES)
            .map(|_| CountryVisit::new("JP", 1))
            .collect(),
    ));
    refused(
        &b,
        "details.countries",
        |p| matches!(p, Problem::TooMany { limit, .. } if *limit == MAX_COUNTRIES),
    );
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
}

#[test]
fn an_event_before_the_previous_one_is_refused() {
    use doingoai::workflow::{Action, Actor, Event, Role};
    // three days in Japan (Đà Nẵng's cap per country)
    let a = trip()
        .runs(d(2026, 4, 6), d(2026, 4, 8))
        .details(delegation(vec![CountryVisit::new("JP", 3)]));
    let mut case = Case::for_activity(&a).expect("a case");
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let assessment =
        assess(&a, Procedure::Outbound, rb, &cal, &History::default()).expect("assessed");
    let applicant = case.applicant().clone();
    case.apply(Event::new(
        applicant.clone(),
        d(2026, 3, 2),
        Action::Submit {
            assessment: Box::new(assessment),
        },
    ))
    .expect("submitted");
    let before = case.clone();
    let fa = Actor::body("so-ngoai-vu", Role::FaAgency);
    let r = case
        .apply(Event::new(fa, d(2026, 3, 1), Action::Accept))
        .expect_err("dated before the submission");
    assert!(r.to_string().contains("before the previous event"), "{r}");
    assert_eq!(case, before);
}

#[test]
fn the_shipped_example_requests_validate() {
    for text in [
        include_str!("../examples/data/request.json"),
        include_str!("../examples/data/conference_minister_pm.json"),
        include_str!("../examples/data/agreement_ppc_security_shortened.json"),
        include_str!("../examples/data/delegation_da_nang_over_cap.json"),
    ] {
        let mut v: Value = serde_json::from_str(text).expect("json");
        if let Some(o) = v.as_object_mut() {
            o.remove("history");
        }
        let a: ProposedActivity = serde_json::from_value(v).expect("a request");
        assert_eq!(a.validate(), Ok(()), "{}", a.id);
    }
}

#[test]
fn weekdays_only_counts_huge_periods_fast() {
    use doingoai::rules::{Deadlines, Period};
    let start = std::time::Instant::now();
    let cal = WeekdaysOnly;
    let from = d(2026, 3, 2);
    assert!(cal
        .deadline_after(from, Period::WorkingDays(u32::MAX))
        .is_err());
    assert!(cal
        .latest_before(from, Period::WorkingDays(u32::MAX))
        .is_err());
    // 200,000 weeks of five days; then the same as counting day by day for small periods
    let far = cal
        .deadline_after(from, Period::WorkingDays(1_000_000))
        .expect("in range");
    assert_eq!(far, from + chrono::Days::new(1_400_000));
    let back = cal
        .latest_before(far, Period::WorkingDays(1_000_000))
        .expect("in range");
    assert_eq!(back, from);
    for n in 0..40u32 {
        for s in 0..7u64 {
            let on = from + chrono::Days::new(s);
            let mut x = on;
            let mut left = n;
            while left > 0 {
                x = x.succ_opt().expect("date");
                if !matches!(
                    chrono::Datelike::weekday(&x),
                    chrono::Weekday::Sat | chrono::Weekday::Sun
                ) {
                    left -= 1;
                }
            }
            assert_eq!(
                cal.deadline_after(on, Period::WorkingDays(n)),
                Ok(x),
                "{on} + {n}"
            );
        }
    }
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

fn kinds() -> impl Strategy<Value = ActivityKind> {
    prop::sample::select(ActivityKind::ALL.to_vec())
}

fn details() -> impl Strategy<Value = Details> {
    prop_oneof![
        Just(Details::None),
        prop::collection::vec(("[A-Z]{2}", 0u32..6), 0..4).prop_map(|c| delegation(
            c.into_iter()
                .map(|(k, n)| CountryVisit::new(k, n))
                .collect()
        )),
        Just(Details::Press {
            resident: false,
            outlet: "NHK".into()
        }),
        Just(Details::Ngo {
            organisation: "Oxfam".into(),
            renewal: false,
            expiry: None
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// Random requests either validate, or are refused with a field that exists in their JSON;
    /// `evaluate` refuses exactly the requests `validate` refuses.
    #[test]
    fn random_requests_validate_or_name_an_existing_field(
        kind in kinds(),
        details in details(),
        first in 0i64..60,
        len in -3i64..10,
        heads in 0usize..2,
        members in 0usize..3,
    ) {
        let j = Jurisdiction::new_unit(48).expect("Đà Nẵng");
        let filed = d(2026, 3, 2);
        let starts = filed + chrono::Days::new(first.unsigned_abs());
        let ends = starts.checked_add_signed(chrono::TimeDelta::days(len)).expect("date");
        let mut a = ProposedActivity::new("R", kind, j, filed).runs(starts, ends).details(details);
        for _ in 0..heads { a = a.participant(head()); }
        for i in 0..members { a = a.participant(member(i)); }
        let cal = WorkCalendar::state_agency();
        let ev = evaluate(&a, Rulebook::shipped(), &cal, &History::default());
        match a.validate() {
            Ok(()) => {
                let refused = matches!(
                    ev,
                    Err(EvaluateError::Invalid(_)) | Err(EvaluateError::EndsBeforeStart { .. })
                );
                prop_assert!(!refused, "evaluate refused a valid request");
            }
            Err(e) => {
                let v = serde_json::to_value(&a).expect("json");
                prop_assert!(path_exists(&v, &e.field), "{} not in {}", e.field, v);
                prop_assert!(ev.is_err());
            }
        }
    }
}

#[test]
fn a_duplicate_key_is_refused_naming_it() {
    let text = r#"{"id": "x", "kind": "outbound_delegation", "kind": "foreign_press",
        "jurisdiction": "national", "filed_on": "2026-03-02"}"#;
    let e = doingoai::json::from_str::<ProposedActivity>(text).expect_err("duplicate");
    assert!(e.message.contains("duplicate field `kind`"), "{e}");
}

#[test]
fn a_duplicate_key_inside_the_details_is_refused() {
    let text = r#"{"id": "x", "kind": "foreign_press", "jurisdiction": "national",
        "filed_on": "2026-03-02",
        "details": {"type": "press", "resident": true, "resident": false, "outlet": "NHK"}}"#;
    let e = doingoai::json::from_str::<ProposedActivity>(text).expect_err("duplicate");
    assert!(e.message.contains("duplicate field `resident`"), "{e}");
    assert!(e.path.starts_with("details"), "{e}");
}

#[test]
fn a_date_outside_the_calendar_is_refused() {
    let a = ProposedActivity::new(
        "HT-9999",
        ActivityKind::InternationalConference,
        Jurisdiction::National,
        d(2026, 3, 2),
    )
    .runs(d(9999, 5, 4), d(9999, 5, 5));
    assert_eq!(a.validate(), Ok(()));
    let cal = WorkCalendar::state_agency();
    match evaluate(&a, Rulebook::shipped(), &cal, &History::default()) {
        Err(EvaluateError::Invalid(e)) => {
            assert_eq!(e.field, "starts_on");
            assert_eq!(e.problem, Problem::OutsideCalendar { on: d(9999, 5, 4) });
        }
        other => panic!("not refused: {other:?}"),
    }
    assert!(assess(
        &a,
        Procedure::Conference,
        Rulebook::shipped(),
        &cal,
        &History::default()
    )
    .is_err());
    // a calendar without a range evaluates it
    assert!(evaluate(&a, Rulebook::shipped(), &WeekdaysOnly, &History::default()).is_ok());
}

/// The request `{…, "details": details}` as JSON text.
fn with_details(details: &str) -> String {
    format!(
        r#"{{"id": "x", "kind": "foreign_press", "jurisdiction": "34:48",
        "filed_on": "2026-03-02", "details": {details}}}"#
    )
}

/// The path and message of the error reading `details` in a proposed activity (keys in the
/// order given).
fn details_error(details: &str) -> (String, String) {
    let e =
        doingoai::json::from_str::<ProposedActivity>(&with_details(details)).expect_err("refused");
    (e.path, e.message)
}

#[test]
fn an_error_inside_the_details_names_its_field_in_every_variant() {
    // (details, the path of the error): one wrong value per variant, the type first or last
    let cases = [
        (
            r#"{"type": "delegation", "countries": [{"country": "JP", "days": 4294967296}], "funding": "state_budget", "purpose": ""}"#,
            "details.countries[0].days",
        ),
        (
            r#"{"countries": [{"country": "JP", "days": 3}, {"country": "KR", "days": -1}], "funding": "state_budget", "purpose": "", "type": "delegation"}"#,
            "details.countries[1].days",
        ),
        (
            r#"{"type": "delegation", "countries": [{"country": "JP", "days": 3, "colour": 1}], "funding": "state_budget", "purpose": ""}"#,
            "details.countries[0].colour",
        ),
        (
            r#"{"type": "delegation", "countries": [], "funding": "lottery", "purpose": ""}"#,
            "details.funding",
        ),
        (
            r#"{"type": "inbound", "country": "JP", "rank": "other", "size": -1}"#,
            "details.size",
        ),
        (
            r#"{"type": "inbound", "country": "JP", "rank": "emperor", "size": 3}"#,
            "details.rank",
        ),
        (
            r#"{"type": "conference", "mode": "online", "foreign_rank": "other", "topics": ["security", "weather"], "chaired_by_ppc": false, "front_or_mass_organisation": false, "hosting_approval": false}"#,
            "details.topics[1]",
        ),
        (
            r#"{"type": "conference", "mode": "by_letter", "foreign_rank": "other", "topics": [], "chaired_by_ppc": false, "front_or_mass_organisation": false, "hosting_approval": false}"#,
            "details.mode",
        ),
        (
            r#"{"type": "agreement", "level": "peoples_committee", "procedure": "normal", "concerns": ["x"], "partner": "p"}"#,
            "details.concerns[0]",
        ),
        (
            r#"{"type": "agreement", "level": "peoples_committee", "procedure": "shortened", "concerns": [], "partner": "p", "shortened_ground": "haste"}"#,
            "details.shortened_ground",
        ),
        (
            r#"{"type": "aid", "value_vnd": 1.5, "topics": [], "donor": "d"}"#,
            "details.value_vnd",
        ),
        (
            r#"{"type": "press", "resident": "yes", "outlet": "NHK"}"#,
            "details.resident",
        ),
        (
            r#"{"type": "ngo", "organisation": "o", "renewal": true, "expiry": "2026-02-30"}"#,
            "details.expiry",
        ),
        (
            r#"{"type": "border", "matter": "gate_opening", "counterpart": 7, "delegation": false}"#,
            "details.counterpart",
        ),
        (
            r#"{"type": "abtc", "enterprise": "state_enterprise", "post": "director", "months_in_post": 4294967296}"#,
            "details.months_in_post",
        ),
        (
            r#"{"type": "abtc", "enterprise": "guild", "post": "director"}"#,
            "details.enterprise",
        ),
        (r#"{"type": "nope"}"#, "details.type"),
        (r#"{"type": 3}"#, "details.type"),
        // a field of another variant, or of none, at its own key
        (
            r#"{"type": "press", "resident": true, "outlet": "x", "size": 3}"#,
            "details.size",
        ),
        (r#"{"type": "none", "resident": true}"#, "details.resident"),
        // a second value for a field, or a second type
        (
            r#"{"type": "press", "resident": true, "resident": false, "outlet": "x"}"#,
            "details.resident",
        ),
        (
            r#"{"type": "press", "resident": true, "outlet": "x", "type": "aid"}"#,
            "details.type",
        ),
    ];
    for (details, path) in cases {
        let (got, message) = details_error(details);
        assert_eq!(got, path, "{details}: {message}");
    }
    // the same through a request, which reads the object in its order and names the line
    for (details, path) in cases {
        let e = doingoai::request::Request::from_json(&with_details(details)).expect_err("refused");
        assert_eq!(e.path, path, "{details}: {e}");
        assert_eq!(e.line, 2, "{e}");
    }
}

#[test]
fn a_request_read_once_refuses_a_key_given_twice_and_names_the_history_field() {
    use doingoai::request::Request;
    let twice = r#"{"id": "x", "kind": "outbound_delegation", "kind": "foreign_press",
        "jurisdiction": "national", "filed_on": "2026-03-02"}"#;
    let e = Request::from_json(twice).expect_err("duplicate");
    assert!(e.message.contains("duplicate field `kind`"), "{e}");
    let history = r#"{"history": {"trips": []}, "id": "x", "kind": "foreign_press",
        "jurisdiction": "national", "filed_on": "2026-03-02", "history": {"trips": []}}"#;
    let e = Request::from_json(history).expect_err("history twice");
    assert_eq!(e.path, "history", "{e}");
    assert!(e.message.contains("duplicate field `history`"), "{e}");
    let inside =
        with_details(r#"{"type": "press", "resident": true, "outlet": "x", "outlet": "y"}"#);
    let e = Request::from_json(&inside).expect_err("duplicate inside the details");
    assert_eq!(e.path, "details.outlet", "{e}");
    let bad_trip = r#"{"id": "x", "kind": "foreign_press", "jurisdiction": "national",
        "filed_on": "2026-03-02",
        "history": {"trips": [{"person": 3}]}}"#;
    let e = Request::from_json(bad_trip).expect_err("a bad trip");
    assert_eq!(e.path, "history.trips[0].person", "{e}");
    assert_eq!(e.line, 3, "{e}");
    // the history anywhere among the keys, and none at all
    let text = include_str!("../examples/data/request.json");
    let r = Request::from_json(text).expect("the example");
    let mut v: Value = serde_json::from_str(text).expect("json");
    let h = v
        .as_object_mut()
        .and_then(|o| o.remove("history"))
        .expect("a history");
    let mut first = serde_json::Map::new();
    first.insert("history".into(), h);
    first.extend(v.as_object().cloned().unwrap_or_default());
    let moved =
        Request::from_json(&Value::Object(first).to_string()).expect("history among the keys");
    assert_eq!(moved, r);
    let none = Request::from_json(&v.to_string()).expect("no history");
    assert_eq!(none.activity, r.activity);
    assert!(none.history.trips.is_empty());
}

#[test]
fn what_the_details_miss_or_mix_is_refused_at_the_details() {
    for (details, says) in [
        (
            r#"{"type": "press", "resident": true}"#,
            "missing field `outlet`",
        ),
        (
            r#"{"resident": true, "outlet": "x"}"#,
            "missing field `type`",
        ),
        (r#"{}"#, "missing field `type`"),
        // a field read before the type is known, then found not to be the type's
        (
            r#"{"size": 3, "type": "press", "resident": true, "outlet": "x"}"#,
            "unknown field `size`, expected `resident` or `outlet`",
        ),
        (
            r#"{"colour": 3, "type": "press", "resident": true, "outlet": "x"}"#,
            "unknown field `colour`",
        ),
        (r#"["press", true, "x"]"#, "invalid type: sequence"),
        (r#"null"#, "invalid type: null"),
    ] {
        let (path, message) = details_error(details);
        assert_eq!(path, "details", "{details}: {message}");
        assert!(message.contains(says), "{details}: {message}");
    }
}

#[test]
fn the_details_read_as_before_in_any_key_order() {
    use doingoai::activity::{AbtcEnterprise, AbtcPost, AbtcRequest, AgreementLevel};
    let mut abtc = AbtcRequest::new(AbtcEnterprise::LawfulEnterprise, AbtcPost::Director);
    abtc.age_years = Some(40);
    let all = [
        Details::None,
        delegation(vec![CountryVisit::new("JP", 3), CountryVisit::new("KR", 2)]),
        Details::agreement(AgreementLevel::PeoplesCommittee, "Tỉnh Gangwon").into(),
        Details::Press {
            resident: true,
            outlet: "NHK".into(),
        },
        Details::Ngo {
            organisation: "Oxfam".into(),
            renewal: true,
            expiry: Some(d(2027, 1, 31)),
        },
        Details::Abtc(abtc),
    ];
    for det in all {
        let v = serde_json::to_value(&det).expect("json");
        assert_eq!(
            serde_json::from_value::<Details>(v.clone()).ok(),
            Some(det.clone())
        );
        // the type last, then a null for an optional field
        let Value::Object(m) = v else {
            panic!("an object")
        };
        let mut rev: serde_json::Map<String, Value> = m.into_iter().rev().collect();
        let text = Value::Object(rev.clone()).to_string();
        assert_eq!(
            doingoai::json::from_str::<Details>(&text).ok(),
            Some(det.clone()),
            "{text}"
        );
        if let Details::Ngo { .. } = det {
            rev.insert("expiry".into(), Value::Null);
            let back: Details = serde_json::from_value(Value::Object(rev)).expect("null expiry");
            assert!(matches!(back, Details::Ngo { expiry: None, .. }));
        }
    }
}

/// A body of `j` (a provincial department, or a ministry for the nation).
fn body_of(j: Jurisdiction) -> doingoai::org::Body {
    use doingoai::org::{Body, BodyKind};
    if j.is_national() {
        Body::central(BodyKind::Mofa)
    } else {
        Body::new(BodyKind::ProvincialDepartment, j)
    }
}

#[test]
fn a_jurisdiction_differing_from_the_applicants_without_a_reason_is_refused() {
    let ha_tinh = Jurisdiction::new_unit(42).expect("Hà Tĩnh");
    let da_nang = Jurisdiction::new_unit(48).expect("Đà Nẵng");
    // the same body and jurisdiction: nothing to explain
    assert_eq!(trip().by(body_of(da_nang)).validate(), Ok(()));
    let a = trip().by(body_of(ha_tinh));
    refused(&a, "jurisdiction", |p| {
        *p == Problem::JurisdictionDiffers {
            applicant: Jurisdiction::new_unit(42).expect("Hà Tĩnh"),
            jurisdiction: Jurisdiction::new_unit(48).expect("Đà Nẵng"),
        }
    });
    // the reason stated and fitting: accepted by every entry point
    let hosted = a.jurisdiction_reason(JurisdictionReason::HostProvince);
    assert_eq!(hosted.validate(), Ok(()));
    let cal = WorkCalendar::state_agency();
    assert!(evaluate(&hosted, Rulebook::shipped(), &cal, &History::default()).is_ok());
    assert!(Case::for_activity(&hosted).is_some());
}

#[test]
fn a_body_of_a_merged_province_states_its_successor_and_the_rules_find_it_gone() {
    // Quảng Nam's department files after 01/07/2025 under the new Đà Nẵng: the request is
    // real once the succession is stated; that the body no longer exists is the rules' finding
    let quang_nam = Jurisdiction::old(49).expect("Quảng Nam");
    let a = trip()
        .by(body_of(quang_nam))
        .jurisdiction_reason(JurisdictionReason::SuccessorProvince);
    assert_eq!(a.validate(), Ok(()));
    let gone = doingoai::rules::applicant_gone(&a).expect("the body ended on 30/06/2025");
    assert_eq!(gone.ended, d(2025, 6, 30));
    let cal = WorkCalendar::state_agency();
    let dec = evaluate(&a, Rulebook::shipped(), &cal, &History::default()).expect("evaluated");
    assert!(!dec.is_admissible());
}

#[test]
fn a_reason_that_does_not_fit_is_refused() {
    let ha_tinh = Jurisdiction::new_unit(42).expect("Hà Tĩnh");
    let da_nang = Jurisdiction::new_unit(48).expect("Đà Nẵng");
    let cases = [
        // a province's body: not a central body consulting, not the predecessor
        (Some(ha_tinh), JurisdictionReason::ProvinceConsulted),
        (Some(ha_tinh), JurisdictionReason::NationalMatter),
        (Some(ha_tinh), JurisdictionReason::SuccessorProvince),
        // the same jurisdiction: nothing differs
        (Some(da_nang), JurisdictionReason::HostProvince),
        // no applicant body: nothing to differ from
        (None, JurisdictionReason::HostProvince),
    ];
    for (applicant, reason) in cases {
        let mut a = trip().jurisdiction_reason(reason);
        a.applicant = applicant.map(body_of);
        refused(&a, "jurisdiction_reason", |p| {
            matches!(p, Problem::ReasonDoesNotFit { .. })
        });
        let e = a.validate().expect_err("refused");
        assert_eq!(
            e.problem,
            Problem::ReasonDoesNotFit {
                reason,
                applicant,
                jurisdiction: da_nang
            }
        );
    }
}

#[test]
fn each_reason_fits_the_situation_the_law_gives_it() {
    let unit = |s: &str| s.parse::<Jurisdiction>().expect("jurisdiction");
    let (quang_nam, da_nang, ha_tinh) = (unit("63:49"), unit("34:48"), unit("34:42"));
    let n = Jurisdiction::National;
    // (reason, applicant body's jurisdiction, request's jurisdiction, kind, filed, fits)
    let cases = [
        // a central body asks the province's opinion on an NGO's registration
        (
            JurisdictionReason::ProvinceConsulted,
            n,
            da_nang,
            ActivityKind::ForeignNgo,
            true,
        ),
        (
            JurisdictionReason::ProvinceConsulted,
            ha_tinh,
            da_nang,
            ActivityKind::ForeignNgo,
            false,
        ),
        (
            JurisdictionReason::ProvinceConsulted,
            da_nang,
            n,
            ActivityKind::ForeignNgo,
            false,
        ),
        // a province's conference the Prime Minister permits, under the national rules alone
        (
            JurisdictionReason::NationalMatter,
            da_nang,
            n,
            ActivityKind::InternationalConference,
            true,
        ),
        (
            JurisdictionReason::NationalMatter,
            n,
            da_nang,
            ActivityKind::InternationalConference,
            false,
        ),
        // Quảng Nam's body, after 01/07/2025, under the new Đà Nẵng
        (
            JurisdictionReason::SuccessorProvince,
            quang_nam,
            da_nang,
            ActivityKind::InboundDelegation,
            true,
        ),
        (
            JurisdictionReason::SuccessorProvince,
            quang_nam,
            ha_tinh,
            ActivityKind::InboundDelegation,
            false,
        ),
        (
            JurisdictionReason::SuccessorProvince,
            da_nang,
            quang_nam,
            ActivityKind::InboundDelegation,
            false,
        ),
        // foreigners brought into Hà Tĩnh's maritime border area by a body of elsewhere
        (
            JurisdictionReason::HostProvince,
            da_nang,
            ha_tinh,
            ActivityKind::BorderAffair,
            true,
        ),
        (
            JurisdictionReason::HostProvince,
            n,
            ha_tinh,
            ActivityKind::BorderAffair,
            true,
        ),
        (
            JurisdictionReason::HostProvince,
            ha_tinh,
            n,
            ActivityKind::BorderAffair,
            false,
        ),
    ];
    for (reason, applicant, j, kind, fits) in cases {
        assert_eq!(
            reason.explains(applicant, j),
            fits,
            "{reason:?} {applicant} → {j}"
        );
        let a = ProposedActivity::new("J", kind, j, d(2026, 3, 2))
            .by(body_of(applicant))
            .jurisdiction_reason(reason);
        assert_eq!(a.validate().is_ok(), fits, "{reason:?} {applicant} → {j}");
        // without the reason, every one of these differs and is refused at `jurisdiction`
        let mut bare = a.clone();
        bare.jurisdiction_reason = None;
        assert_eq!(
            bare.validate().map_err(|e| e.field),
            Err("jurisdiction".to_string())
        );
    }
    // every reason has its code, a Vietnamese and an English label
    for r in JurisdictionReason::ALL {
        assert!(
            !r.vi().is_empty() && !r.en().is_empty() && r.vi() != r.en(),
            "{r:?}"
        );
        assert_eq!(r.code().parse::<JurisdictionReason>().ok(), Some(*r));
    }
}

#[test]
fn the_reason_is_an_optional_field_of_the_json_form() {
    let old = include_str!("../examples/data/conference_minister_pm.json");
    let a = doingoai::request::Request::from_json(old).expect("an old request still parses");
    assert_eq!(a.activity.jurisdiction_reason, None);
    assert!(!serde_json::to_string(&a.activity)
        .expect("json")
        .contains("jurisdiction_reason"));
    let mut v: Value = serde_json::from_str(old).expect("json");
    v["jurisdiction"] = "national".into();
    let e = doingoai::request::Request::from_json(&v.to_string())
        .expect("parses")
        .evaluate()
        .expect_err("a provincial body under the national rules, no reason");
    assert!(e.to_string().contains("jurisdiction_reason"), "{e}");
    v["jurisdiction_reason"] = "national_matter".into();
    let r = doingoai::request::Request::from_json(&v.to_string()).expect("parses");
    assert_eq!(
        r.activity.jurisdiction_reason,
        Some(JurisdictionReason::NationalMatter)
    );
    assert!(r.evaluate().is_ok());
    let back: ProposedActivity =
        serde_json::from_str(&serde_json::to_string(&r.activity).expect("json")).expect("back");
    assert_eq!(back, r.activity);
    v["jurisdiction_reason"] = "because".into();
    let e = doingoai::request::Request::from_json(&v.to_string()).expect_err("a bad code");
    assert_eq!(e.path, "jurisdiction_reason");
}

fn jurisdictions() -> impl Strategy<Value = Jurisdiction> {
    let units: Vec<Jurisdiction> = ["national", "34:48", "34:42", "63:49", "63:48", "63:42"]
        .iter()
        .map(|s| s.parse().expect("jurisdiction"))
        .collect();
    prop::sample::select(units)
}

/// The `pick`-th leaf of `v` (in document order) replaced by `wrong`: its path below `at`.
fn replace_leaf(v: &mut Value, at: &str, pick: &mut usize, wrong: &Value) -> Option<String> {
    match v {
        Value::Object(m) => m
            .iter_mut()
            .find_map(|(k, x)| replace_leaf(x, &format!("{at}.{k}"), pick, wrong)),
        Value::Array(a) if !a.is_empty() => a
            .iter_mut()
            .enumerate()
            .find_map(|(i, x)| replace_leaf(x, &format!("{at}[{i}]"), pick, wrong)),
        _ if *pick == 0 => {
            *v = wrong.clone();
            Some(at.to_string())
        }
        _ => {
            *pick -= 1;
            None
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// Random applicants, jurisdictions and reasons: `validate` never panics, refuses exactly
    /// a difference without a fitting reason (or a reason with nothing to explain), and
    /// names a field present in the request's JSON.
    #[test]
    fn random_jurisdictions_and_reasons_are_refused_exactly_when_unexplained(
        kind in kinds(),
        details in details(),
        applicant in prop::option::of(jurisdictions()),
        j in jurisdictions(),
        reason in prop::option::of(prop::sample::select(JurisdictionReason::ALL.to_vec())),
    ) {
        let mut a = ProposedActivity::new("R", kind, j, d(2026, 3, 2))
            .runs(d(2026, 4, 6), d(2026, 4, 10))
            .participant(head())
            .details(details);
        a.applicant = applicant.map(body_of);
        a.jurisdiction_reason = reason;
        let result = a.validate();
        let v = serde_json::to_value(&a).expect("json");
        if let Err(e) = &result {
            prop_assert!(path_exists(&v, &e.field), "{} not in {}", e.field, v);
        }
        let field = result.err().map(|e| e.field);
        let jurisdiction_field = field.as_deref().filter(|f| f.starts_with("jurisdiction"));
        let want = match (applicant, reason) {
            (Some(x), None) if x != j => Some("jurisdiction"),
            (x, Some(r)) if !x.is_some_and(|x| r.explains(x, j)) => Some("jurisdiction_reason"),
            _ => None,
        };
        prop_assert_eq!(jurisdiction_field, want);
    }

    /// A wrong value anywhere in the details: reading never panics, and the error's path is
    /// present in the JSON and reaches inside the details.
    #[test]
    fn a_wrong_value_in_the_details_is_named_by_a_path_of_the_json(
        details in details(),
        pick in 0usize..12,
        wrong in prop::sample::select(vec![
            Value::from(-1), Value::from(4_294_967_296u64), Value::from(1.5), Value::from("x"),
            Value::Null, Value::Array(vec![]), Value::Object(serde_json::Map::new()), Value::from(true),
        ]),
    ) {
        let a = trip().details(details);
        let mut v = serde_json::to_value(&a).expect("json");
        let mut n = pick;
        let replaced = replace_leaf(&mut v["details"], "details", &mut n, &wrong);
        match doingoai::json::from_str::<ProposedActivity>(&v.to_string()) {
            Ok(_) => {}
            Err(e) => {
                // a wrong value is named at its own place, whatever the variant
                prop_assert_eq!(Some(e.path.clone()), replaced, "{}", e);
                prop_assert!(path_exists(&v, &e.path), "{} not in {}", e.path, v);
            }
        }
    }
}
