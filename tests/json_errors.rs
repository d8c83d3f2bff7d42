//! Malformed JSON is refused with an error that names the field, never a panic.

use doingoai::activity::ProposedActivity;
use doingoai::json::from_str;
use doingoai::law::Instrument;
use doingoai::org::Official;
use proptest::prelude::*;

const TRIP: &str = r#"{
  "id": "dn-1", "kind": "outbound_delegation", "channel": "state",
  "jurisdiction": "34:48",
  "applicant": {"kind": "provincial_department", "jurisdiction": "34:48", "name": "Sở Du lịch"},
  "filed_on": "2026-03-02", "starts_on": "2026-04-06", "ends_on": "2026-04-10",
  "participants": [{"official": {"id": "a", "name": "A", "position": "department_director",
                    "managed_by": "unit"}, "role": "head"}],
  "details": {"type": "delegation", "countries": [{"country": "JP", "days": 4}],
              "funding": "state_budget", "purpose": "x"}
}"#;

#[test]
fn a_valid_request_loads() {
    let a: ProposedActivity = from_str(TRIP).unwrap();
    assert_eq!(a.participants.len(), 1);
    assert!(a.in_plan);
}

#[test]
fn an_unknown_enum_value_names_its_field() {
    let bad = TRIP.replace("department_director", "emperor");
    let e = from_str::<ProposedActivity>(&bad).unwrap_err();
    assert_eq!(e.path, "participants[0].official.position");
    assert!(e.message.contains("unknown variant `emperor`"), "{e}");
}

#[test]
fn an_unknown_jurisdiction_names_its_field() {
    let bad = TRIP.replace(
        "\"jurisdiction\": \"34:48\",\n",
        "\"jurisdiction\": \"63:48x\",\n",
    );
    let e = from_str::<ProposedActivity>(&bad).unwrap_err();
    assert_eq!(e.path, "jurisdiction");
}

#[test]
fn an_unknown_field_is_refused() {
    let bad = TRIP
        .replace("\"title\"", "\"x\"")
        .replace("\"id\": \"dn-1\"", "\"id\": \"dn-1\", \"colour\": 1");
    let e = from_str::<ProposedActivity>(&bad).unwrap_err();
    assert!(e.message.contains("unknown field `colour`"), "{e}");
}

#[test]
fn a_bad_instrument_kind_names_kind() {
    let bad = r#"{"number": "06/2020/QĐ-TTg", "kind": "bogus"}"#;
    let e = from_str::<Instrument>(bad).unwrap_err();
    assert_eq!(e.path, "kind");
}

#[test]
fn trailing_garbage_is_refused() {
    assert!(from_str::<ProposedActivity>(&format!("{TRIP} x")).is_err());
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = from_str::<ProposedActivity>(&s);
        let _ = from_str::<Official>(&s);
    }

    #[test]
    fn truncated_documents_never_panic(n in 0usize..600) {
        let cut: String = TRIP.chars().take(n).collect();
        let _ = from_str::<ProposedActivity>(&cut);
    }
}
