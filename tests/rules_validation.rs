//! A loaded rulebook is validated: every error names the rule and the field.

mod support;

use doingoai::activity::ActivityKind;
use doingoai::law::{Citation, Evidence};
use doingoai::org::{BodyKind, Jurisdiction};
use doingoai::rules::{
    Authority, Condition, Layer, Role, Rule, RuleError, RuleSource, Rulebook, RulebookData, Subject,
};
use support::*;

fn base() -> RulebookData {
    Rulebook::shipped().data().clone()
}

fn errors(data: RulebookData) -> Vec<RuleError> {
    Rulebook::new(data)
        .err()
        .map(|e| e.errors)
        .unwrap_or_default()
}

fn cap(id: &str, topic: &str) -> Rule<Condition> {
    Rule::draft(
        id,
        Subject::Activity(ActivityKind::OutboundDelegation),
        topic,
        Some(Condition::MaxTripsPerPersonPerYear { max: 1 }),
    )
    .from(2021, 1, 1)
    .cite(Citation::instrument("06/2020/QĐ-TTg"))
    .grade(Evidence::Secondary)
    .say("Thử.", "Test.")
}

fn province_layer(j: &str) -> Layer {
    Layer::new(t(j), RuleSource::UbndRegulation, "1", "Thử", "Test")
}

#[test]
fn overlapping_periods_for_one_key_in_one_jurisdiction_are_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("thanh_hoa.a", "trips"));
    l.push(cap("thanh_hoa.b", "trips").from(2022, 1, 1));
    data.layers.push(l);
    let e = errors(data);
    assert!(e.iter().any(|e| matches!(e, RuleError::Overlap { first, second, .. } if first == "thanh_hoa.a" && second == "thanh_hoa.b")), "{e:?}");
    assert!(e
        .iter()
        .any(|e| e.to_string().contains("field `validity` overlaps")));
}

#[test]
fn successive_periods_for_one_key_are_accepted() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("thanh_hoa.a", "trips").until(2021, 12, 31));
    l.push(cap("thanh_hoa.b", "trips").from(2022, 1, 1));
    data.layers.push(l);
    assert!(errors(data).is_empty());
}

#[test]
fn a_dangling_instrument_is_refused_with_the_citation_position() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("thanh_hoa.a", "trips").cite(Citation::instrument("999/2099/QĐ-UBND")));
    data.layers.push(l);
    let e = errors(data);
    assert!(e.iter().any(|e| matches!(e, RuleError::DanglingInstrument { id, position: 1, number } if id == "thanh_hoa.a" && number == "999/2099/QĐ-UBND")), "{e:?}");
}

#[test]
fn a_missing_citation_is_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    let mut r = cap("thanh_hoa.a", "trips");
    r.citations.clear();
    l.push(r);
    data.layers.push(l);
    assert!(errors(data)
        .iter()
        .any(|e| matches!(e, RuleError::MissingCitation { id } if id == "thanh_hoa.a")));
}

#[test]
fn a_body_used_after_it_ceased_is_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(
        Rule::draft(
            "thanh_hoa.ban_doi_ngoai",
            Subject::Activity(ActivityKind::OutboundDelegation),
            "party",
            Some(Authority::new(Role::CentralExternalRelations)),
        )
        .from(2021, 1, 1)
        .cite(Citation::instrument("06/2020/QĐ-TTg"))
        .say("Thử.", "Test."),
    );
    data.layers.push(l);
    let e = errors(data);
    assert!(e.iter().any(|e| matches!(e, RuleError::BodyEnded { id, role: "central_external_relations", ended, .. } if id == "thanh_hoa.ban_doi_ngoai" && *ended == d(2025, 1, 24))), "{e:?}");
}

fn district_rule(id: &str) -> Rule<Authority> {
    Rule::draft(
        id,
        Subject::Activity(ActivityKind::InternationalAgreement),
        "test_district",
        Some(Authority::new(Role::DistrictCommittee)),
    )
    .from(2021, 7, 1)
    .cite(Citation::instrument("70/2020/QH14"))
    .say("Thử.", "Test.")
}

#[test]
fn luat_72_2025_a_rule_naming_district_committees_ends_30_06_2025() {
    let mut data = base();
    data.layers[0].push(district_rule("vn.test.district_open"));
    let e = errors(data);
    let found = e.iter().find_map(|e| match e {
        RuleError::BodyEnded {
            id,
            role,
            body,
            ended,
            successor,
            ..
        } if id == "vn.test.district_open" => Some((*role, *body, *ended, *successor)),
        _ => None,
    });
    assert_eq!(
        found,
        Some((
            "district_committee",
            BodyKind::DistrictPeoplesCommittee,
            d(2025, 6, 30),
            Some(BodyKind::ProvincialPeoplesCommittee)
        )),
        "{e:?}"
    );
    let msg = e
        .iter()
        .find(|e| matches!(e, RuleError::BodyEnded { .. }))
        .unwrap()
        .to_string();
    assert!(
        msg.contains("vn.test.district_open") && msg.contains("30/06/2025"),
        "{msg}"
    );

    let mut data = base();
    data.layers[0].push(district_rule("vn.test.district_closed").until(2025, 6, 30));
    assert!(errors(data).is_empty());
}

#[test]
fn a_rule_naming_the_investment_ministry_stays_in_force_across_the_merger() {
    // the role passes from the Ministry of Planning and Investment to its successor
    let mut data = base();
    data.layers[0].push(
        Rule::draft(
            "vn.test.investment",
            Subject::Activity(ActivityKind::InternationalAgreement),
            "investment",
            Some(Authority::new(Role::InvestmentMinistry)),
        )
        .from(2021, 7, 1)
        .cite(Citation::instrument("70/2020/QH14"))
        .say("Thử.", "Test."),
    );
    assert!(errors(data).is_empty());
}

#[test]
fn no_shipped_rule_outlives_the_body_it_names() {
    let ended: Vec<String> = doingoai::rules::validate(Rulebook::shipped().data())
        .err()
        .map(|e| e.errors)
        .unwrap_or_default()
        .iter()
        .filter(|e| {
            matches!(
                e,
                RuleError::BodyEnded { .. } | RuleError::BodyOutsideExistence { .. }
            )
        })
        .map(ToString::to_string)
        .collect();
    assert!(ended.is_empty(), "{ended:#?}");
}

#[test]
fn a_merged_province_rule_cannot_start_after_30_06_2025() {
    let mut data = base();
    let mut l = province_layer("63:74");
    l.push(cap("binh_duong.late", "late").from(2025, 7, 1));
    data.layers.push(l);
    assert!(errors(data).iter().any(|e| matches!(e, RuleError::JurisdictionOutsideExistence { id, .. } if id == "binh_duong.late")));
}

#[test]
fn a_rule_whose_jurisdiction_differs_from_its_layer_is_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("thanh_hoa.a", "trips"));
    l.conditions[0].jurisdiction = Jurisdiction::National;
    data.layers.push(l);
    assert!(errors(data)
        .iter()
        .any(|e| matches!(e, RuleError::JurisdictionMismatch { id, .. } if id == "thanh_hoa.a")));
}

#[test]
fn a_duplicate_id_an_empty_statement_and_a_bad_topic_are_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("vn.conference.lead_time.pm_tier", "Bad Topic").say("", "Test."));
    data.layers.push(l);
    let e = errors(data);
    assert!(e.iter().any(|e| matches!(e, RuleError::DuplicateId { .. })));
    assert!(e.iter().any(|e| matches!(
        e,
        RuleError::MissingStatement {
            field: "statement.vi",
            ..
        }
    )));
    assert!(e.iter().any(|e| matches!(e, RuleError::BadTopic { .. })));
}

#[test]
fn a_rule_starting_before_its_instrument_is_refused() {
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(cap("thanh_hoa.early", "early").from(2019, 1, 1));
    data.layers.push(l);
    assert!(errors(data)
        .iter()
        .any(|e| matches!(e, RuleError::BeforeInstrument { id, .. } if id == "thanh_hoa.early")));
}

#[test]
fn a_rule_citing_a_later_instrument_in_a_second_citation_is_refused_too() {
    // fidelity audit A-11: a sender rule from 01/07/2020 cited TT 04/2020/TT-BNG (in force
    // 10/11/2020) after Luật 49/2019; every citation is checked, not only the first
    let mut data = base();
    let mut l = province_layer("63:38");
    l.push(
        cap("thanh_hoa.second", "second")
            .from(2020, 7, 1)
            .cite(Citation::article("04/2020/TT-BNG", 5)),
    );
    data.layers.push(l);
    assert!(errors(data).iter().any(|e| matches!(
        e,
        RuleError::BeforeInstrument { id, number, .. }
            if id == "thanh_hoa.second" && number == "04/2020/TT-BNG"
    )));
}

#[test]
fn bad_json_is_a_load_error_that_says_where() {
    let e = Rulebook::from_json(
        "{\"name\": \"x\", \"version\": \"1\", \"layers\": [{\"jurisdiction\": \"63:99\"}]}",
    )
    .unwrap_err();
    assert!(e.to_string().contains("63:99"), "{e}");
    assert!(e.to_string().contains("layers[0].jurisdiction"), "{e}");
    let e = Rulebook::from_json("{\"name\": \"\", \"version\": \"\", \"layers\": []}").unwrap_err();
    assert!(e.to_string().contains("`name`"), "{e}");
    let json = Rulebook::shipped().to_json().unwrap().replacen(
        "\"from\": \"2020-04-15\"",
        "\"from\": \"2099-04-15\", \"to\": \"2020-01-01\"",
        1,
    );
    assert!(Rulebook::from_json(&json).is_err());
}
