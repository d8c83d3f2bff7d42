//! A case holds each fact once (issue 14, goal 2): a rule's citation list is shared — not
//! copied — by the decision, the assessment's provenance and every deadline taken from it; an
//! accepted event's citations are one list for its log entry and its outcome; an instrument
//! number the registry knows, read from JSON, points at the registry's text.

mod workflow_common;

use doingoai::history::History;
use doingoai::law::{registry, Citations, InstrumentNumber};
use doingoai::rules::{evaluate, Provenance, Rulebook};
use doingoai::workflow::{assess, Case, Procedure};
use doingoai::{Citation, WorkCalendar};
use workflow_common::{hcm_outbound_delegation as outbound, hcm_outbound_events};

/// The rulebook's own list for the rule a provenance names.
fn rule_list<'a>(rb: &'a Rulebook, p: &Provenance) -> &'a Citations {
    rb.get(p.rule.as_str())
        .expect("the provenance names a rule of the rulebook")
        .shared_citations()
}

#[test]
fn the_decision_and_the_assessment_share_the_rules_citation_lists() {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let facts = outbound();
    let dec = evaluate(&facts, rb, &cal, &History::default()).expect("evaluates");
    let auth = dec.authority.as_ref().expect("an authority");
    let rule = rb.get(auth.rule.as_str()).expect("rule");
    assert!(auth.citations.ptr_eq(rule.shared_citations()));
    assert!(!auth.citations.is_empty());

    let a = assess(&facts, Procedure::Outbound, rb, &cal, &History::default()).expect("assess");
    let src = a.authority.source.as_ref().expect("sourced authority");
    assert!(src.citations.ptr_eq(rule_list(rb, src)));
    // the assessment's own list is the authority rule's until a step adds one
    assert_eq!(a.citations, rule.citations().to_vec());
    let obligation = a
        .obligations
        .first()
        .expect("the passport-return obligation");
    let src = obligation.limit.source.as_ref().expect("sourced limit");
    assert!(src.citations.ptr_eq(rule_list(rb, src)));
}

#[test]
fn deadlines_share_the_list_and_an_entry_shares_it_with_its_outcome() {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let facts = outbound();
    let a = assess(&facts, Procedure::Outbound, rb, &cal, &History::default()).expect("assess");
    let mut case = Case::for_activity(&facts).expect("case");
    // submit, accept, approve, carry out
    let events = hcm_outbound_events(&a).into_iter().take(4);
    for e in events {
        let out = case.apply_with(&cal, e).expect("accepted");
        let entry = case.log().last().expect("entry");
        assert_eq!(out.citations, entry.citations);
        assert!(
            out.citations.ptr_eq(&entry.citations),
            "{:?}: the outcome and the log entry hold one list",
            entry.event.action.kind()
        );
    }
    let sourced: Vec<_> = case
        .all_deadlines()
        .iter()
        .filter_map(|dl| dl.source.as_ref())
        .collect();
    assert!(
        !sourced.is_empty(),
        "carrying out creates a sourced deadline"
    );
    for src in sourced {
        assert!(src.citations.ptr_eq(rule_list(rb, src)), "{}", src.rule);
    }
}

#[test]
fn a_number_the_registry_knows_points_at_the_registrys_text() {
    let known = "06/2020/QĐ-TTg";
    let reg = registry().get(known).expect("in the registry");
    let parsed = InstrumentNumber::parse(known).expect("valid");
    assert_eq!(parsed.as_str().as_ptr(), reg.number.as_str().as_ptr());
    let read: Citation =
        serde_json::from_str(r#"{"instrument":"06/2020/QĐ-TTg","article":4}"#).expect("reads");
    assert_eq!(
        read.instrument.as_str().as_ptr(),
        reg.number.as_str().as_ptr()
    );
    assert_eq!(read, Citation::article(known, 4));
    // an unknown (valid) number is kept as read; an invalid one is refused as before
    let other: Citation = serde_json::from_str(r#"{"instrument":"99/2099/QĐ-XX"}"#).expect("reads");
    assert_eq!(other.instrument.as_str(), "99/2099/QĐ-XX");
    let bad = serde_json::from_str::<Citation>(r#"{"instrument":"hello"}"#).unwrap_err();
    assert!(
        bad.to_string().contains("is not an instrument number"),
        "{bad}"
    );
    let not_a_string = serde_json::from_str::<Citation>(r#"{"instrument":5}"#).unwrap_err();
    assert!(
        not_a_string.to_string().contains("expected a string"),
        "{not_a_string}"
    );
}

#[test]
fn every_number_of_the_shipped_rulebook_the_registry_knows_points_at_the_registrys_text() {
    let mut known = 0;
    for rule in Rulebook::shipped().rules() {
        for c in rule.citations() {
            if let Some(i) = registry().get(c.instrument.as_str()) {
                assert_eq!(
                    c.instrument.as_str().as_ptr(),
                    i.number.as_str().as_ptr(),
                    "{} cites {} with its own copy of the number",
                    rule.id(),
                    c.instrument
                );
                known += 1;
            }
        }
    }
    assert!(known > 200, "only {known} citations of known instruments");
}

#[test]
fn an_instrument_number_is_two_words_and_reads_the_same_whatever_holds_its_text() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    // 16 bytes: a citation is 56, not 64 (issue 14, goal 2)
    assert_eq!(std::mem::size_of::<InstrumentNumber>(), 16);
    assert!(std::mem::size_of::<Citation>() <= 56);
    let hash = |n: &InstrumentNumber| {
        let mut h = DefaultHasher::new();
        n.hash(&mut h);
        h.finish()
    };
    // a table's static text and an unknown number's shared copy of the same text: equal,
    // hashed, ordered, printed and written alike
    let text = "99/2099/QĐ-XX";
    let shared = InstrumentNumber::parse(text).expect("valid");
    let table = InstrumentNumber::from_static("99/2099/QĐ-XX");
    assert_ne!(shared.as_str().as_ptr(), table.as_str().as_ptr());
    assert_eq!(shared, table);
    assert_eq!(hash(&shared), hash(&table));
    // hashed as its text (as the derived hash of the text was), so distinct numbers spread
    let text_hash = {
        let mut h = DefaultHasher::new();
        text.hash(&mut h);
        h.finish()
    };
    assert_eq!(hash(&shared), text_hash);
    assert_ne!(
        hash(&shared),
        hash(&InstrumentNumber::from_static("06/2020/QĐ-TTg"))
    );
    assert_eq!(shared.cmp(&table), std::cmp::Ordering::Equal);
    assert_eq!(format!("{shared:?}"), format!("{table:?}"));
    assert_eq!(
        format!("{shared:?}"),
        r#"InstrumentNumber("99/2099/QĐ-XX")"#
    );
    assert_eq!(shared.to_string(), text);
    assert_eq!(String::from(shared.clone()), text);
    assert_eq!(
        serde_json::to_string(&shared).expect("json"),
        serde_json::to_string(&table).expect("json")
    );
    // a clone shares the copy
    let again = shared.clone();
    assert_eq!(again.as_str().as_ptr(), shared.as_str().as_ptr());
    // order is the text's, whichever holds it
    let a = InstrumentNumber::from_static("10/2020/QĐ-TTg");
    let b = InstrumentNumber::parse("99/2020/QĐ-XX").expect("valid");
    assert!(a < b);
    assert!(b > a);
    assert_ne!(a, b);
}

#[test]
fn an_event_citing_one_rule_alone_shares_that_rules_list() {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let facts = outbound();
    let a = assess(&facts, Procedure::Outbound, rb, &cal, &History::default()).expect("assess");
    let obligation = a
        .obligations
        .first()
        .expect("the passport-return obligation");
    let rule = obligation.limit.source.clone().expect("sourced limit");
    assert_eq!(
        rule.citations.len(),
        1,
        "the rule cites its provision alone"
    );
    let mut case = Case::for_activity(&facts).expect("case");
    for e in hcm_outbound_events(&a) {
        case.apply_with(&cal, e).expect("accepted");
    }
    let kinds: Vec<_> = case.log().iter().map(|e| e.event.action.kind()).collect();
    // carrying out creates the passport-return deadline and cites its rule: the rule's list
    let carry = &case.log()[3];
    assert_eq!(carry.event.action.kind().code(), "carry_out", "{kinds:?}");
    assert_eq!(carry.citations, rule.citations);
    assert!(carry.citations.ptr_eq(rule_list(rb, &rule)));
    // an entry citing more than one list has its own, in order, each provision once
    let submit = &case.log()[0];
    assert!(submit.citations.len() > a.citations.len());
    assert!(!submit.citations.ptr_eq(&a.citations));
    for c in a.citations.iter() {
        assert_eq!(submit.citations.iter().filter(|x| *x == c).count(), 1);
    }
    // and the case stores and loads to itself
    let again = Case::from_json(&case.to_json().expect("json")).expect("loads");
    assert_eq!(again, case);
}

/// An entry that combines provisions of the crate's tables (a submission: its edge's and its
/// assessment's; an approval: its edge's and the authority's) cites a list kept once for the
/// program: two cases' entries are the same list. A provision read from a caller's data (an
/// instrument number the registry does not know) makes the entry's own list, which reads the
/// same way.
#[test]
fn entries_combining_the_tables_provisions_share_one_list_across_cases() {
    let rb = Rulebook::shipped();
    let cal = WorkCalendar::state_agency();
    let facts = outbound();
    let a = assess(&facts, Procedure::Outbound, rb, &cal, &History::default()).expect("assess");
    let run = |a: &doingoai::workflow::Assessment| {
        let mut case = Case::for_activity(&facts).expect("case");
        for e in hcm_outbound_events(a) {
            case.apply_with(&cal, e).expect("accepted");
        }
        case
    };
    let (one, two) = (run(&a), run(&a));
    for i in [0, 2] {
        let (x, y) = (&one.log()[i], &two.log()[i]);
        assert!(x.citations.len() > 1, "{:?}", x.event.action.kind());
        assert!(
            x.citations.ptr_eq(&y.citations),
            "{:?}: one kept list for both cases",
            x.event.action.kind()
        );
    }
    // the approval cites its edge's provision, then the competent authority's
    let approve = &one.log()[2];
    assert_eq!(approve.citations.last(), Some(&a.authority.citation));

    // a provision the registry does not know: the submission's own list, read the same way
    let mut local = a.clone();
    let unknown: Citation = serde_json::from_str(r#"{"instrument":"99/2099/QĐ-UBND","article":3}"#)
        .expect("a citation");
    local.citations.push(unknown.clone());
    let (three, four) = (run(&local), run(&local));
    let (x, y) = (&three.log()[0], &four.log()[0]);
    assert_eq!(x.citations, y.citations);
    assert!(!x.citations.ptr_eq(&y.citations));
    assert_eq!(x.citations.last(), Some(&unknown));
    let expected: Vec<Citation> = one.log()[0]
        .citations
        .iter()
        .cloned()
        .chain(std::iter::once(unknown))
        .collect();
    assert_eq!(x.citations, expected);
}
