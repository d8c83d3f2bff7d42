//! Loading reads an event's `action` tag first, without buffering the event (issue 14, goal
//! 3); a tag written after the fields (by hand) is still found. Both reads give the same case,
//! for every stored case of the tests and every case of a simulated year.

use doingoai::simulation::{simulate, Scenario};
use doingoai::workflow::Case;
use serde_json::Value;

/// The same document with the `action` tag of every event written last.
fn tag_last(json: &str) -> String {
    let mut doc: Value = serde_json::from_str(json).expect("JSON");
    let mut actions = Vec::new();
    if let Some(log) = doc.get_mut("log").and_then(Value::as_array_mut) {
        for (i, entry) in log.iter_mut().enumerate() {
            let Some(action) = entry.pointer_mut("/event/action") else {
                continue;
            };
            let mut fields = action.as_object().cloned().expect("an action is an object");
            let tag = fields.remove("action").expect("tagged");
            let mut text = String::from("{");
            for (k, v) in &fields {
                text.push_str(&format!("{}:{},", Value::from(k.as_str()), v));
            }
            text.push_str(&format!("\"action\":{tag}}}"));
            actions.push(text);
            *action = Value::from(format!("@@action-{i}@@"));
        }
    }
    let mut out = doc.to_string();
    for (i, text) in actions.iter().enumerate() {
        out = out.replace(&format!("\"@@action-{i}@@\""), text);
    }
    out
}

fn same_either_way(json: &str, what: &str) -> usize {
    let first = Case::from_json(json).unwrap_or_else(|e| panic!("{what}: {e}"));
    let moved = tag_last(json);
    assert_ne!(moved, json, "{what}: nothing moved");
    let last = Case::from_json(&moved).unwrap_or_else(|e| panic!("{what}, tag last: {e}"));
    assert_eq!(first, last, "{what}");
    first.log().len()
}

#[test]
fn the_stored_cases_load_the_same_with_the_tag_first_or_last() {
    for (what, json) in [
        ("v1 outbound", include_str!("data/case-v1-outbound.json")),
        (
            "v1 conference",
            include_str!("data/case-v1-conference.json"),
        ),
        ("v2 aid", include_str!("data/case-v2-aid.json")),
        (
            "v2 conference",
            include_str!("data/case-v2-conference.json"),
        ),
    ] {
        assert!(same_either_way(json, what) > 0);
    }
}

#[test]
fn the_cases_of_a_simulated_year_load_the_same_with_the_tag_first_or_last() {
    let unit = "34:48".parse().expect("Đà Nẵng");
    let year = simulate(&Scenario::new(unit, 2026, 3, 60)).expect("simulate");
    let mut events = 0;
    for c in year.cases.iter().filter(|c| !c.log().is_empty()) {
        let json = c.to_json().expect("stored");
        events += same_either_way(&json, c.id());
    }
    assert!(events > 100, "{events} events");
}

#[test]
fn an_unknown_or_missing_field_is_refused_with_the_tag_first_or_last() {
    let base = r#"{"schema":2,"id":"X","procedure":"outbound",
      "applicant":{"id":"so","kind":"body","role":"organiser"},
      "facts":{"title":"t","jurisdiction":"national","channel":"state"},
      "state":"withdrawn","log":[{"event":{"actor":{"id":"so","kind":"body","role":"organiser"},
      "on":"2025-03-03","action":ACTION},"from":"draft","to":"withdrawn"}]}"#;
    let ok = [
        r#"{"action":"withdraw","reason":"r"}"#,
        r#"{"reason":"r","action":"withdraw"}"#,
    ];
    for a in ok {
        let case = Case::from_json(&base.replace("ACTION", a)).expect(a);
        assert_eq!(case.log().len(), 1);
    }
    let bad = [
        (r#"{"action":"withdraw","why":"r"}"#, "unknown field `why`"),
        (r#"{"why":"r","action":"withdraw"}"#, "unknown field `why`"),
        (r#"{"action":"withdraw"}"#, "missing field `reason`"),
        (r#"{"reason":"r"}"#, "missing field `action`"),
        (r#"{"action":"fly","reason":"r"}"#, "unknown variant `fly`"),
        (r#"{"reason":"r","action":"fly"}"#, "unknown variant `fly`"),
    ];
    for (a, says) in bad {
        let e = Case::from_json(&base.replace("ACTION", a)).expect_err(a);
        assert!(e.to_string().contains(says), "{a}: {e}");
    }
}

#[test]
fn the_serde_form_of_a_case_writes_the_assessment_out_and_reads_back_the_same() {
    let unit = "34:48".parse().expect("Đà Nẵng");
    let year = simulate(&Scenario::new(unit, 2026, 5, 40)).expect("simulate");
    let mut submitted = 0;
    for c in &year.cases {
        let form: Value = serde_json::to_value(c).expect("serde form");
        // the assessment is written out in full, as before it was held once
        assert_eq!(
            form.get("assessment").filter(|a| !a.is_null()).is_some(),
            c.assessment().is_some(),
            "{}",
            c.id()
        );
        let back: Case = serde_json::from_value(form.clone()).expect("reads back");
        assert_eq!(&back, c);
        assert_eq!(back.assessment(), c.assessment());
        assert_eq!(serde_json::to_value(&back).expect("again"), form);
        submitted += usize::from(c.assessment().is_some());
        // a form whose assessment is none of its log's keeps its own
        if let Some(mut a) = c.assessment().cloned() {
            a.rulebook_version.push_str("-edited");
            let mut edited = form.clone();
            edited["assessment"] = serde_json::to_value(&a).expect("assessment");
            let back: Case = serde_json::from_value(edited).expect("reads");
            assert_eq!(back.assessment(), Some(&a));
            assert_ne!(&back, c);
        }
    }
    assert!(submitted > 10, "{submitted}");
}

#[test]
fn a_case_written_by_the_code_before_the_tag_was_read_first_loads_and_is_written_the_same() {
    // the 10-event agreement case of benches/workflow.rs, written by commit 6dedd8e (the
    // derived, buffering reader): it loads, replays to the closed case, and is written back
    // byte for byte (the stored form did not change)
    let json = include_str!("data/case-v2-agreement.json");
    assert!(json.starts_with("{\"schema\":2,"));
    let case = Case::from_json(json).expect("loads");
    assert_eq!(case.state(), doingoai::workflow::State::Closed);
    assert_eq!(case.log().len(), 10);
    assert_eq!(
        case.rulebook_version(),
        Some("doingoai-shipped@2026.11.29+ca2ad42d2683efa6")
    );
    assert!(case
        .log()
        .iter()
        .all(|e| e.rulebook_version.as_deref() == case.rulebook_version()));
    assert_eq!(case.to_json().expect("json"), json.trim_end());
}
