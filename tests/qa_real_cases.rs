//! QA: real requests a provincial e-government vendor sends, read as `ProposedActivity` JSON
//! (the `evaluate` example's input), evaluated with the shipped rulebook and the state-agency
//! calendar, and driven through the workflow `Case`. Figures checked against the domain
//! reference (QĐ 06/2020, Luật 70/2020, NĐ 64/2021 as amended by NĐ 177/2025, NĐ 80/2020,
//! NĐ 313/2025, NĐ 88/2012, NĐ 262/2026, NĐ 58/2022, CV 101/UBND-SNV Đà Nẵng).

use chrono::NaiveDate;
use doingoai::activity::{Problem, ProposedActivity};
use doingoai::history::History;
use doingoai::rules::Ground;
use doingoai::rules::{evaluate, Decision, EvaluateError, Rulebook};
use doingoai::workflow::*;
use doingoai::WorkCalendar;
use serde_json::{json, Value};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).expect("a date")
}

fn cal() -> WorkCalendar {
    WorkCalendar::state_agency()
}

#[allow(clippy::too_many_arguments)]
fn request(
    id: &str,
    kind: &str,
    jurisdiction: &str,
    applicant: &str,
    dates: [&str; 3],
    details: Value,
    participants: Value,
) -> Value {
    json!({
        "id": id, "kind": kind, "channel": "state", "jurisdiction": jurisdiction,
        "applicant": {"kind": applicant, "jurisdiction": jurisdiction},
        "filed_on": dates[0], "starts_on": dates[1], "ends_on": dates[2],
        "participants": participants, "details": details,
    })
}

fn conference(mode: &str, rank: &str) -> Value {
    json!({"type": "conference", "mode": mode, "foreign_rank": rank, "topics": [],
           "chaired_by_ppc": false, "front_or_mass_organisation": false, "hosting_approval": false})
}

fn agreement(level: &str, procedure: &str, concerns: Value) -> Value {
    json!({"type": "agreement", "level": level, "procedure": procedure, "concerns": concerns,
           "partner": "Khu tự trị dân tộc Choang Quảng Tây"})
}

fn delegation(countries: Value, funding: &str) -> Value {
    json!({"type": "delegation", "countries": countries, "funding": funding, "purpose": "xúc tiến đầu tư"})
}

fn official(id: &str, position: &str, managed_by: &str, key_leader: bool) -> Value {
    json!({"id": id, "name": id, "position": position, "managed_by": managed_by, "key_leader": key_leader})
}

fn load(v: &Value) -> ProposedActivity {
    doingoai::json::from_str(&v.to_string()).expect("a well-formed request")
}

fn decide(p: &ProposedActivity) -> Decision {
    evaluate(p, Rulebook::shipped(), &cal(), &History::default()).expect("evaluates")
}

fn code<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_value(x)
        .expect("serialises")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn violation_rules(dec: &Decision) -> Vec<String> {
    dec.violations
        .iter()
        .filter_map(|v| v.rule_id().map(str::to_string))
        .collect()
}

fn violation_citations(dec: &Decision) -> Vec<String> {
    dec.violations
        .iter()
        .flat_map(|v| v.citations.iter().map(|c| c.en()))
        .collect()
}

fn consultees(dec: &Decision) -> Vec<String> {
    dec.consultations
        .iter()
        .flat_map(|c| c.consultees.iter().map(code))
        .collect()
}

fn authority(dec: &Decision) -> (String, String) {
    let a = dec.authority.as_ref().expect("an authority");
    (a.rule.to_string(), code(&a.effective))
}

fn ok(case: &mut Case, who: &Actor, on: NaiveDate, action: Action) -> Outcome {
    let kind = action.kind();
    match case.apply_with(&cal(), Event::new(who.clone(), on, action)) {
        Ok(o) => o,
        Err(r) => panic!("`{}` refused: {r}", kind.code()),
    }
}

fn minister_conference() -> Value {
    request(
        "HT-DN-2026-01",
        "international_conference",
        "34:48",
        "provincial_department",
        ["2026-02-02", "2026-03-20", "2026-03-21"],
        conference("in_person", "minister"),
        json!([]),
    )
}

#[test]
fn conference_with_a_foreign_minister_goes_to_the_prime_minister_forty_days_ahead_with_mofa_and_mps(
) {
    let p = load(&minister_conference());
    let dec = decide(&p);
    assert_eq!(dec.tier, Some(doingoai::rules::DecisionTier::PrimeMinister));
    assert_eq!(
        authority(&dec),
        (
            "vn.conference.authority.pm_tier".into(),
            "prime_minister".into()
        )
    );
    let a = dec.authority.as_ref().expect("authority");
    assert_eq!(
        a.submitted_by.as_ref().map(code).as_deref(),
        Some("provincial_chairman")
    );
    // 40 days before 20/03/2026 is Sunday 08/02: the last working day before is Friday 06/02
    assert_eq!(dec.latest_filing(), Some(d(2026, 2, 6)));
    assert!(dec.is_admissible());
    let c = consultees(&dec);
    assert!(
        c.contains(&"mofa".into()) && c.contains(&"public_security".into()),
        "{c:?}"
    );
    // replies within 15 days (QĐ 06/2020 Art. 4): 02/02 + 15 = 17/02, Tết: 23/02
    assert_eq!(dec.consultations[0].reply_by, Some(d(2026, 2, 23)));
    let a = assess(
        &p,
        Procedure::for_subject(dec.activity).expect("procedure"),
        Rulebook::shipped(),
        &cal(),
        &History::default(),
    )
    .expect("assessed");
    assert_eq!(a.authority.role, Role::PrimeMinister);
    assert_eq!(
        a.filings.first().map(|f| f.citation.en()).as_deref(),
        Some("Art. 4(1)(a) 06/2020/QĐ-TTg")
    );
}

#[test]
fn online_conference_with_a_vice_minister_is_in_scope_and_decided_by_the_provincial_chairman() {
    let p = load(&request(
        "HT-DN-2026-02",
        "international_conference",
        "34:48",
        "provincial_department",
        ["2026-05-04", "2026-06-10", "2026-06-10"],
        conference("online", "vice_minister"),
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(
        authority(&dec),
        (
            "vn.conference.authority.provincial_tier".into(),
            "provincial_chairman".into()
        )
    );
    // 30 days before 10/06/2026 is Monday 11/05
    assert_eq!(dec.latest_filing(), Some(d(2026, 5, 11)));
    assert!(dec.is_admissible());
}

#[test]
fn conference_filed_after_tet_2026_is_late_under_art_4_of_qd_06_2020() {
    let p = load(&request(
        "HT-DN-2026-03",
        "international_conference",
        "34:48",
        "provincial_department",
        ["2026-02-20", "2026-03-12", "2026-03-13"],
        conference("in_person", "vice_minister"),
        json!([]),
    ));
    let dec = decide(&p);
    // 30 days before 12/03 is Tuesday 10/02, before the Tết break (17/02/2026)
    assert_eq!(dec.latest_filing(), Some(d(2026, 2, 10)));
    assert!(!dec.is_admissible());
    assert_eq!(
        violation_rules(&dec),
        ["vn.conference.lead_time.provincial_tier"]
    );
    assert!(
        violation_citations(&dec)
            .iter()
            .all(|c| c.contains("06/2020/QĐ-TTg")),
        "{:?}",
        violation_citations(&dec)
    );
    // the workflow refuses the late submission and the case is unchanged
    let mut case = Case::for_activity(&p).expect("a case");
    let before = case.clone();
    let a = assess(
        &p,
        case.procedure(),
        Rulebook::shipped(),
        &cal(),
        &History::default(),
    )
    .expect("assessed");
    let applicant = case.applicant().clone();
    let r = case
        .apply_with(
            &cal(),
            Event::new(
                applicant,
                d(2026, 2, 20),
                Action::Submit {
                    assessment: Box::new(a),
                },
            ),
        )
        .expect_err("late");
    assert!(r.has(Ground::LeadTime), "{r}");
    assert!(
        r.citations()
            .iter()
            .any(|c| c.en() == "Art. 4(1)(a) 06/2020/QĐ-TTg"),
        "{r}"
    );
    assert_eq!(case, before);
}

#[test]
fn ppc_agreement_on_security_in_shortened_procedure_consults_mofa_and_mps_within_three_working_days(
) {
    let mut details = agreement("peoples_committee", "shortened", json!(["security"]));
    let without_ground = load(&request(
        "TT-LS-2026-01",
        "international_agreement",
        "34:20",
        "provincial_peoples_committee",
        ["2026-03-02", "2026-04-15", "2026-04-15"],
        details.clone(),
        json!([]),
    ));
    // Luật 70/2020/QH14 Art. 35(2): the shortened procedure needs one of its grounds
    let dec = decide(&without_ground);
    assert!(dec
        .violations
        .iter()
        .any(|v| v.kind == doingoai::rules::FindingKind::ShortenedWithoutGround));
    details["shortened_ground"] = json!("high_level_visit");
    let p = load(&request(
        "TT-LS-2026-01",
        "international_agreement",
        "34:20",
        "provincial_peoples_committee",
        ["2026-03-02", "2026-04-15", "2026-04-15"],
        details,
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(
        authority(&dec),
        (
            "vn.agreement.authority.ppc".into(),
            "provincial_chairman".into()
        )
    );
    let c = consultees(&dec);
    assert!(
        c.contains(&"mofa".into()) && c.contains(&"public_security".into()),
        "{c:?}"
    );
    for plan in &dec.consultations {
        assert_eq!(plan.reply_within, doingoai::Period::WorkingDays(3));
        assert_eq!(plan.reply_by, Some(d(2026, 3, 5)));
    }
    assert!(dec.is_admissible());
}

#[test]
fn border_commune_agreement_after_the_2025_reform_consults_police_and_military_under_nd_177_2025() {
    let p = load(&request(
        "TT-LS-2025-03",
        "international_agreement",
        "34:20",
        "border_commune_peoples_committee",
        ["2025-08-04", "2025-09-20", "2025-09-20"],
        agreement("border_commune", "normal", json!(["border"])),
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(
        authority(&dec),
        (
            "vn.agreement.authority.border_commune".into(),
            "provincial_chairman".into()
        )
    );
    let c = consultees(&dec);
    assert!(
        c.contains(&"provincial_police".into()) && c.contains(&"provincial_military".into()),
        "{c:?}"
    );
    assert_eq!(dec.consultations[0].reply_by, Some(d(2025, 8, 13)));
}

#[test]
fn border_commune_agreement_before_the_2025_reform_is_decided_by_the_chairman_day_counts_unsourced()
{
    // Before 01/07/2025 the Chairman decides a border commune's agreement (Luật 70/2020 Art.
    // 20(2); fidelity audit A-9, which this test asserted absent before); the original NĐ
    // 64/2021 Art. 7 day counts are explicit gaps, and the district's and border guard's
    // opinions (Lào Cai procedure page, B-4) are still missing, so it is not admissible.
    let p = load(&request(
        "TT-LS-2025-02",
        "international_agreement",
        "63:20",
        "border_commune_peoples_committee",
        ["2025-05-05", "2025-06-20", "2025-06-20"],
        agreement("border_commune", "normal", json!(["border"])),
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(
        authority(&dec),
        (
            "vn.agreement.authority.border_commune.pre2025".into(),
            "provincial_chairman".into()
        )
    );
    assert!(dec.consultations.is_empty());
    assert!(dec
        .gaps
        .iter()
        .any(|g| g.rule.as_str() == "vn.agreement.consultation.border_commune.pre2025"));
    assert!(!dec.is_admissible());
}

#[test]
fn department_agreement_is_decided_by_the_chairman_after_fa_agency_opinion_in_seven_working_days() {
    let p = load(&request(
        "TT-DN-2026-04",
        "international_agreement",
        "34:48",
        "provincial_department",
        ["2026-03-02", "2026-04-15", "2026-04-15"],
        agreement("department", "normal", json!([])),
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(
        authority(&dec),
        (
            "vn.agreement.authority.department".into(),
            "provincial_chairman".into()
        )
    );
    assert!(consultees(&dec).contains(&"fa_agency".into()));
    assert_eq!(
        dec.consultations[0].reply_within,
        doingoai::Period::WorkingDays(7)
    );
    assert_eq!(dec.consultations[0].reply_by, Some(d(2026, 3, 11)));
}

fn press(resident: bool, dates: [&str; 3]) -> ProposedActivity {
    load(&request(
        "BC-DN",
        "foreign_press",
        "34:48",
        "foreign_partner",
        dates,
        json!({"type": "press", "resident": resident, "outlet": "NHK"}),
        json!([]),
    ))
}

#[test]
fn non_resident_press_needs_ten_working_days_under_nd_88_2012_and_ten_calendar_days_under_nd_262_2026(
) {
    let before = decide(&press(false, ["2026-05-04", "2026-05-20", "2026-05-25"]));
    assert_eq!(authority(&before).1, "mofa");
    assert_eq!(before.latest_filing(), Some(d(2026, 5, 6)));
    let after = decide(&press(false, ["2026-07-06", "2026-07-20", "2026-07-25"]));
    assert_eq!(authority(&after).1, "mofa");
    assert_eq!(after.latest_filing(), Some(d(2026, 7, 10)));
    let late = decide(&press(false, ["2026-07-13", "2026-07-20", "2026-07-25"]));
    assert!(!late.is_admissible());
}

#[test]
fn resident_press_activity_in_the_province_is_answered_by_the_ppc_before_and_after_nd_262_2026() {
    for dates in [
        ["2026-05-04", "2026-05-20", "2026-05-25"],
        ["2026-07-06", "2026-07-20", "2026-07-25"],
    ] {
        let dec = decide(&press(true, dates));
        assert_eq!(authority(&dec).1, "provincial_chairman", "{dates:?}");
        assert!(dec.is_admissible());
    }
}

#[test]
fn ngo_renewal_is_filed_sixty_days_before_expiry_and_the_province_replies_in_ten_working_days() {
    let p = load(&request(
        "NGO-DN-2026-01",
        "foreign_ngo",
        "34:48",
        "foreign_ngo",
        ["2026-03-02", "2026-05-01", "2026-05-01"],
        json!({"type": "ngo", "organisation": "Save the Children", "renewal": true, "expiry": "2026-05-01"}),
        json!([]),
    ));
    let dec = decide(&p);
    assert_eq!(authority(&dec).1, "mofa");
    assert_eq!(dec.latest_filing(), Some(d(2026, 3, 2)));
    assert_eq!(
        dec.consultations[0].reply_within,
        doingoai::Period::WorkingDays(10)
    );
}

fn religious_aid(filed: &str) -> ProposedActivity {
    load(&request(
        "VT-DN",
        "foreign_aid",
        "34:48",
        "department_of_finance",
        [filed, "2026-02-20", "2027-02-20"],
        json!({"type": "aid", "value_vnd": 2_000_000_000u64, "topics": ["religion"], "donor": "Quỹ X"}),
        json!([]),
    ))
}

#[test]
fn aid_on_religion_goes_to_the_prime_minister_under_nd_80_2020_and_is_a_gap_under_nd_313_2025() {
    let before = decide(&religious_aid("2025-10-06"));
    assert_eq!(
        authority(&before),
        (
            "vn.foreign_aid.authority.pm".into(),
            "prime_minister".into()
        )
    );
    let after = decide(&religious_aid("2026-01-05"));
    assert!(after.authority.is_none());
    assert!(
        !after.is_admissible(),
        "no sourced authority under NĐ 313/2025: not admissible"
    );
    assert!(after.gaps.iter().any(|g| g
        .citations
        .iter()
        .any(|c| c.en().contains("313/2025/NĐ-CP"))));
}

fn da_nang_trip(participants: Value, countries: Value, funding: &str) -> ProposedActivity {
    load(&request(
        "DR-DN",
        "outbound_delegation",
        "34:48",
        "provincial_department",
        ["2026-03-02", "2026-04-06", "2026-04-10"],
        delegation(countries, funding),
        participants,
    ))
}

#[test]
fn da_nang_delegation_of_eleven_led_by_the_chairman_breaks_the_cap_of_ten_in_cv_101() {
    let mut people = vec![
        json!({"role": "head", "official": official("chu-tich", "ppc_chairman", "politburo", true)}),
    ];
    for i in 0..10 {
        people.push(json!({"role": "member", "official": official(&format!("cv-{i}"), "staff", "unit", false)}));
    }
    let dec = decide(&da_nang_trip(
        Value::Array(people),
        json!([{"country": "JP", "days": 3}]),
        "state_budget",
    ));
    assert_eq!(
        violation_rules(&dec),
        ["da_nang.outbound_delegation.condition.size_provincial_head"]
    );
    assert!(violation_citations(&dec)
        .iter()
        .all(|c| c.contains("101/UBND-SNV")));
}

#[test]
fn two_key_leaders_in_one_da_nang_delegation_are_refused() {
    let people = json!([
        {"role": "head", "official": official("giam-doc", "department_director", "provincial_standing_board", true)},
        {"role": "member", "official": official("pho-giam-doc", "department_deputy_director", "unit", true)},
    ]);
    let dec = decide(&da_nang_trip(
        people,
        json!([{"country": "JP", "days": 3}]),
        "state_budget",
    ));
    assert!(violation_rules(&dec)
        .contains(&"da_nang.outbound_delegation.condition.two_key_leaders".into()));
    assert!(violation_citations(&dec)
        .iter()
        .any(|c| c.contains("101/UBND-SNV")));
}

#[test]
fn enterprise_funded_trip_and_four_countries_break_da_nang_rules() {
    let people = json!([{"role": "head", "official": official("giam-doc", "department_director", "unit", false)}]);
    let funded = decide(&da_nang_trip(
        people.clone(),
        json!([{"country": "SG", "days": 3}]),
        "enterprise",
    ));
    assert_eq!(
        violation_rules(&funded),
        ["da_nang.outbound_delegation.condition.enterprise_funded"]
    );
    let four = json!([{"country": "FR", "days": 1}, {"country": "DE", "days": 1}, {"country": "IT", "days": 1}, {"country": "ES", "days": 2}]);
    let tour = decide(&da_nang_trip(people, four, "state_budget"));
    assert_eq!(
        violation_rules(&tour),
        ["da_nang.outbound_delegation.condition.countries_per_trip"]
    );
    assert!(violation_citations(&tour)
        .iter()
        .all(|c| c.contains("101/UBND-SNV")));
}

#[test]
fn quang_nam_asked_after_the_merger_is_an_error_naming_da_nang() {
    let p = load(&request(
        "DR-QN",
        "outbound_delegation",
        "63:49",
        "provincial_department",
        ["2025-08-04", "2025-09-06", "2025-09-08"],
        delegation(json!([{"country": "JP", "days": 2}]), "state_budget"),
        json!([{"role": "head", "official": official("giam-doc", "department_director", "unit", false)}]),
    ));
    let e = evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect_err("ceased");
    let msg = e.to_string();
    assert!(msg.contains("34:48") && msg.contains("Đà Nẵng"), "{msg}");
}

#[test]
fn conference_in_2150_is_outside_the_working_day_calendar_and_is_refused() {
    let p = load(&request(
        "HT-2150",
        "international_conference",
        "34:48",
        "provincial_department",
        ["2150-02-02", "2150-03-20", "2150-03-21"],
        conference("in_person", "other"),
        json!([]),
    ));
    // refused rather than evaluated without its lead time
    let e = evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect_err("2150");
    match e {
        EvaluateError::Invalid(x) => {
            assert_eq!(x.field, "filed_on");
            assert!(matches!(x.problem, Problem::OutsideCalendar { .. }));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn conference_ending_before_it_starts_is_an_error_naming_ends_on() {
    let p = load(&request(
        "HT-REV",
        "international_conference",
        "34:48",
        "provincial_department",
        ["2026-02-02", "2026-03-21", "2026-03-12"],
        conference("in_person", "other"),
        json!([]),
    ));
    let e = evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect_err("reversed");
    assert!(matches!(e, EvaluateError::EndsBeforeStart { .. }));
    assert!(e.to_string().contains("`ends_on`"), "{e}");
}

#[test]
fn malformed_requests_name_the_offending_field() {
    let mut v = minister_conference();
    v["filed_on"] = json!("2026-02-30");
    let e = doingoai::json::from_str::<ProposedActivity>(&v.to_string()).expect_err("bad date");
    assert_eq!(e.path, "filed_on");
    assert!(doingoai::json::from_str::<ProposedActivity>("{\"id\": \"X\",").is_err());
}

#[test]
fn minister_conference_runs_from_submission_to_the_result_report_and_survives_json() {
    let p = load(&minister_conference());
    let mut case = Case::for_activity(&p).expect("a case");
    let a = assess(
        &p,
        case.procedure(),
        Rulebook::shipped(),
        &cal(),
        &History::default(),
    )
    .expect("assessed");
    let applicant = case.applicant().clone();
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    let pm = Actor::official("thu-tuong", Role::PrimeMinister);
    ok(
        &mut case,
        &applicant,
        d(2026, 2, 2),
        Action::Submit {
            assessment: Box::new(a),
        },
    );
    ok(&mut case, &chairman, d(2026, 2, 3), Action::Accept);
    for c in case.consultations().to_vec() {
        let body = Actor::body(format!("co-quan-{}", c.consultee.code()), c.consultee);
        ok(
            &mut case,
            &body,
            d(2026, 2, 10),
            Action::Reply {
                opinion: Opinion::Agree,
            },
        );
    }
    if case.state() == State::InConsultation {
        ok(
            &mut case,
            &chairman,
            d(2026, 2, 11),
            Action::EndConsultation,
        );
    }
    // the applicant cannot approve: refused, case unchanged
    let before = case.clone();
    let r = case
        .apply_with(
            &cal(),
            Event::new(applicant.clone(), d(2026, 2, 12), Action::Approve),
        )
        .expect_err("not the competent authority");
    assert!(!r.citations().is_empty(), "{r}");
    assert_eq!(case, before);
    let out = ok(&mut case, &pm, d(2026, 2, 26), Action::Approve);
    assert_eq!(out.to, State::Approved);
    // carrying out before the approval date is refused and changes nothing
    let before = case.clone();
    assert!(case
        .apply_with(
            &cal(),
            Event::new(applicant.clone(), d(2026, 2, 25), Action::CarryOut)
        )
        .is_err());
    assert_eq!(case, before);
    ok(&mut case, &applicant, d(2026, 3, 21), Action::CarryOut);
    let report = case
        .obligations(d(2026, 3, 21))
        .into_iter()
        .find(|o| o.deadline.citation.en().contains("06/2020/QĐ-TTg"))
        .expect("the organiser's report");
    // 15 days after 21/03/2026 is Sunday 05/04: Monday 06/04
    assert_eq!(report.deadline.due, d(2026, 4, 6));
    let json = case.to_json().expect("json");
    assert_eq!(Case::from_json(&json).expect("loads"), case);
}

#[test]
fn conference_in_1990_is_an_error_that_does_not_end_on_an_empty_predecessor_list() {
    let p = load(&request(
        "HT-1990",
        "international_conference",
        "63:48",
        "provincial_department",
        ["1990-02-02", "1990-03-20", "1990-03-21"],
        conference("in_person", "other"),
        json!([]),
    ));
    let e = evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect_err("too early");
    let msg = e.to_string();
    assert!(
        msg.contains("63:48") && !msg.trim_end().ends_with(':'),
        "{msg}"
    );
    assert!(msg.contains("none modelled"), "{msg}");
}

#[test]
fn press_authority_cites_nd_88_2012_until_30_june_2026_and_nd_262_2026_from_1_july() {
    for (resident, before, after) in [
        (false, "Art. 4 88/2012/NĐ-CP", "Art. 5 262/2026/NĐ-CP"),
        (true, "Art. 13(3) 88/2012/NĐ-CP", "Art. 16 262/2026/NĐ-CP"),
    ] {
        for (dates, cite, other) in [
            (
                ["2026-05-04", "2026-05-20", "2026-05-25"],
                before,
                "262/2026",
            ),
            (["2026-07-06", "2026-07-20", "2026-07-25"], after, "88/2012"),
        ] {
            let p = press(resident, dates);
            let proc = Procedure::for_subject(decide(&p).activity).expect("procedure");
            let a = assess(&p, proc, Rulebook::shipped(), &cal(), &History::default())
                .expect("assessed");
            assert_eq!(
                a.authority.citation.en(),
                cite,
                "resident {resident}, {dates:?}"
            );
            assert!(
                a.citations.iter().all(|c| !c.en().contains(other)),
                "resident {resident}, {dates:?}: {:?}",
                a.citations.iter().map(|c| c.en()).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn conference_of_a_mass_organisation_is_out_of_qd_06_2020_so_no_lead_time_or_consultation_from_it()
{
    let mut v = request(
        "HT-DN-2026-05",
        "international_conference",
        "34:48",
        "provincial_mass_organisation",
        ["2026-05-04", "2026-06-10", "2026-06-10"],
        conference("in_person", "vice_minister"),
        json!([]),
    );
    v["details"]["front_or_mass_organisation"] = json!(true);
    let dec = decide(&load(&v));
    let a = dec.authority.as_ref().expect("authority");
    assert_eq!(
        a.rule.to_string(),
        "vn.conference.authority.mass_organisation"
    );
    assert_eq!(code(&a.effective), "party_competent_level");
    // QĐ 06/2020/QĐ-TTg Art. 1(2)(b): party rules apply, not Art. 4–5 of QĐ 06/2020
    assert!(dec.filings.is_empty(), "{:?}", dec.filings);
    assert!(dec.consultations.is_empty(), "{:?}", dec.consultations);
    assert!(dec
        .obligations
        .iter()
        .all(|o| o.rule.as_str() != "vn.conference.obligation.result_report.provincial_tier"));
}

#[test]
fn da_nang_size_cap_applies_only_from_cv_101_of_9_july_2025() {
    let mut people = vec![
        json!({"role": "head", "official": official("chu-tich", "ppc_chairman", "politburo", true)}),
    ];
    for i in 0..10 {
        people.push(json!({"role": "member", "official": official(&format!("cv-{i}"), "staff", "unit", false)}));
    }
    for (filed, capped) in [("2025-07-02", false), ("2025-07-09", true)] {
        let v = request(
            "DR-DN-2025",
            "outbound_delegation",
            "34:48",
            "provincial_peoples_committee",
            [filed, "2025-08-04", "2025-08-08"],
            delegation(json!([{"country": "JP", "days": 3}]), "state_budget"),
            Value::Array(people.clone()),
        );
        let dec = decide(&load(&v));
        assert_eq!(
            violation_rules(&dec).contains(
                &"da_nang.outbound_delegation.condition.size_provincial_head".to_string()
            ),
            capped,
            "filed {filed}: {:?}",
            violation_citations(&dec)
        );
    }
}
