//! Tests that kill the mutants cargo-mutants left alive in `src/rules/evaluate.rs` (issue 13
//! item 2; scores in `docs/mutation.md`): the decision's predicates, its citation
//! list, the reversed dates, the delegation withheld, the processing period from a complete
//! dossier, the anchors of lead times and obligations, and the gap an unsourced authority is
//! reported under. Each test checks the real value through `evaluate` and names, in its
//! comment, the mutant it fails on.

mod support;

use doingoai::activity::{
    AbtcEnterprise, AbtcPost, AbtcRequest, ActivityKind, ConferenceMode, Details, ForeignRank,
    Participant, ProposedActivity,
};
use doingoai::calendar::WorkCalendar;
use doingoai::history::History;
use doingoai::org::{Official, Position};
use doingoai::rules::{
    evaluate, Anchor, Attribute, Decision, EvaluateError, Family, FindingKind, Role, Rulebook,
    WithheldDelegation,
};
use doingoai::Period;
use support::*;

fn decide(a: &ProposedActivity) -> Decision {
    evaluate(
        a,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .expect("evaluates")
}

/// A provincial conference in Đà Nẵng (34:48) filed 02/03/2026, held 20–22/05/2026.
fn conference() -> ProposedActivity {
    ProposedActivity::new(
        "MUT-HT-1",
        ActivityKind::InternationalConference,
        t("34:48"),
        d(2026, 3, 2),
    )
    .runs(d(2026, 5, 20), d(2026, 5, 22))
    .details(Details::conference(ForeignRank::Other))
}

// `Decision::is_admissible` → `true` / `false`, its `&&` → `||`; `is_out_of_scope` → `true`.
#[test]
fn a_conference_filed_in_time_is_admissible_and_a_late_one_is_not() {
    let dec = decide(&conference());
    assert!(dec.violations.is_empty(), "{:?}", dec.violations);
    assert!(dec.is_admissible());
    assert!(!dec.is_out_of_scope());
    // filed on 04/05/2026, after the latest day (30 days before 20/05/2026, QĐ 06/2020/QĐ-TTg
    // Art. 4(1)(a)): an authority, but a violation
    let mut late = conference();
    late.filed_on = d(2026, 5, 4);
    let dec = decide(&late);
    assert!(dec.authority.is_some());
    assert_eq!(dec.latest_filing(), Some(d(2026, 4, 20)));
    assert!(!dec.violations.is_empty());
    assert!(!dec.is_admissible());
}

// `evaluate_flat`: `no_end_in_vietnam && kind == conference` → `!=`; `is_out_of_scope` →
// `false`.
#[test]
fn an_online_conference_with_no_end_in_vietnam_is_out_of_scope() {
    let web = conference().details(
        Details::conference(ForeignRank::Other).mode(ConferenceMode::OnlineNoEndInVietnam),
    );
    let dec = decide(&web);
    assert!(dec.is_out_of_scope());
    assert!(dec.authority.is_none() && dec.violations.is_empty());
    assert_eq!(
        dec.out_of_scope.expect("out of scope").citations[0].en(),
        "Art. 2(1) 06/2020/QĐ-TTg"
    );
}

// `Decision::citations` → `vec![]`, or `!out.contains(&c)` → `out.contains(&c)`.
#[test]
fn a_decision_lists_each_citation_once_authority_first() {
    let dec = decide(&conference());
    let all: Vec<String> = dec.citations().iter().map(|c| c.en()).collect();
    assert_eq!(
        all,
        [
            "Art. 3(2) 06/2020/QĐ-TTg",
            "Art. 2(5) 06/2020/QĐ-TTg",
            "Art. 5(2) 06/2020/QĐ-TTg",
            "Art. 4(1)(a) 06/2020/QĐ-TTg",
            "Art. 8 06/2020/QĐ-TTg",
            "Art. 4(2)(c) 06/2020/QĐ-TTg",
            "Art. 4 06/2020/QĐ-TTg",
        ]
    );
}

// `From<InvalidActivity> for EvaluateError`: the `EndsBeforeStart` arm deleted; and
// `evaluate_flat`'s `ends_on < starts_on` → `==` / `<=` (a one-day activity is real).
#[test]
fn a_reversed_pair_of_days_keeps_its_own_error_and_a_one_day_conference_is_evaluated() {
    let reversed = conference().runs(d(2026, 5, 20), d(2026, 5, 19));
    let e = evaluate(
        &reversed,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .expect_err("ends before it starts");
    assert_eq!(
        e,
        EvaluateError::EndsBeforeStart {
            starts_on: d(2026, 5, 20),
            ends_on: d(2026, 5, 19),
        }
    );
    let one_day = conference().runs(d(2026, 5, 20), d(2026, 5, 20));
    assert!(decide(&one_day).is_admissible());
}

/// A Bình Dương conference (63:74) of 01/04/2025 filed 03/02/2025: the Chairman's permission
/// is delegated to the FA director (QĐ 157/QĐ-UBND) except when the province chairs it.
fn binh_duong(chaired_by_ppc: bool) -> ProposedActivity {
    let details = Details::conference(ForeignRank::Other);
    let details = if chaired_by_ppc {
        details.chaired_by_ppc()
    } else {
        details
    };
    ProposedActivity::new(
        "MUT-HT-BD",
        ActivityKind::InternationalConference,
        t("63:74"),
        d(2025, 2, 3),
    )
    .starts(d(2025, 4, 1))
    .details(details)
}

// `evaluate_flat`: `!x.covers(attributes)` → `x.covers(…)` (the withheld delegation).
#[test]
fn a_delegation_is_withheld_only_when_its_exception_applies() {
    let a = decide(&binh_duong(false)).authority.expect("authority");
    assert_eq!(
        (a.delegated_to, a.withheld),
        (Some(Role::FaAgencyHead), None)
    );
    let a = decide(&binh_duong(true)).authority.expect("authority");
    assert_eq!(a.delegated_to, None);
    let w: &WithheldDelegation = a.withheld.as_ref().expect("withheld");
    assert_eq!(
        (w.to, &w.excepted[..]),
        (Role::FaAgencyHead, &[Attribute::ChairedByProvince][..])
    );
    assert_eq!(a.effective, Role::ProvincialChairman);
}

/// A foreign NGO's renewal filed 02/03/2026, its registration expiring 31/08/2026.
fn ngo_renewal() -> ProposedActivity {
    ProposedActivity::new(
        "MUT-NGO",
        ActivityKind::ForeignNgo,
        t("34:48"),
        d(2026, 3, 2),
    )
    .details(Details::ngo("Oxfam", Some(d(2026, 8, 31))))
}

// `anchor_date`: the `Anchor::Expiry` arm deleted, or the function → `None` / `Some(default)`.
#[test]
fn a_renewal_is_filed_sixty_days_before_the_registration_expires() {
    let dec = decide(&ngo_renewal());
    let f = dec
        .filings
        .iter()
        .find(|f| f.rule.as_str() == "vn.foreign_ngo.lead_time.renewal")
        .expect("the renewal lead time is checked");
    assert_eq!(f.anchor, Anchor::Expiry);
    assert_eq!(f.anchor_on, d(2026, 8, 31));
    // 31/08/2026 − 60 days (NĐ 58/2022/NĐ-CP Art. 12)
    assert_eq!(f.latest, d(2026, 7, 2));
    assert!(f.on_time);
    assert!(dec.notes.is_empty(), "{:?}", dec.notes);
}

// `evaluate_flat`: `v.from == Anchor::CompleteDossier` → `!=` (the due day of a period
// counted from the complete dossier).
#[test]
fn mofa_decides_a_renewal_within_ten_working_days_of_the_complete_dossier() {
    let dec = decide(&ngo_renewal());
    let p = dec
        .processing
        .iter()
        .find(|p| p.rule.as_str() == "vn.foreign_ngo.processing.mofa_decision")
        .expect("MOFA's decision period");
    assert_eq!(p.within, Period::WorkingDays(10));
    // 02/03/2026 (Monday) + 10 working days (NĐ 58/2022/NĐ-CP Art. 11(6))
    assert_eq!(p.due, Some(d(2026, 3, 16)));
}

// `anchor_date`: the `Anchor::End` arm deleted (the result report counted from the last day).
#[test]
fn the_conference_result_report_is_due_fifteen_days_after_its_last_day() {
    let dec = decide(&conference());
    let o = dec
        .obligations
        .iter()
        .find(|o| o.rule.as_str() == "vn.conference.obligation.result_report.provincial_tier")
        .expect("the result report");
    assert_eq!(
        (o.anchor, o.within),
        (Some(Anchor::End), Some(Period::CalendarDays(15)))
    );
    // 22/05/2026 + 15 days is Saturday 06/06/2026: the next working day
    assert_eq!(o.due, Some(d(2026, 6, 8)));
}

// `no_sourced_authority`: `g.family == Family::Authority` → `!=` (the finding would be filed
// under another gap's rule).
#[test]
fn an_unsourced_authority_is_reported_under_its_own_gap() {
    let mut r = AbtcRequest::new(AbtcEnterprise::LawfulEnterprise, AbtcPost::Director);
    r.enterprise_name = "Công ty TNHH Hải Vân".into();
    r.age_years = Some(41);
    r.months_in_post = Some(30);
    r.enterprise_months = Some(60);
    r.social_insurance_months = Some(30);
    r.apec_partner = Some(true);
    // Đà Nẵng before QĐ 09/2023/QĐ-TTg took effect (10/07/2023): QĐ 45/2006 names no authority
    let a = ProposedActivity::new(
        "MUT-ABTC",
        ActivityKind::AbtcPermission,
        t("63:48"),
        d(2023, 7, 7),
    )
    .participant(Participant::head(Official::new(
        "dn-1",
        "Nguyễn Văn A",
        Position::Staff,
    )))
    .details(Details::Abtc(r));
    let dec = decide(&a);
    assert!(dec.authority.is_none());
    let gaps: Vec<(&str, Family)> = dec
        .gaps
        .iter()
        .map(|g| (g.rule.as_str(), g.family))
        .collect();
    assert_eq!(
        gaps[0],
        ("vn.abtc_permission.authority.qd45", Family::Authority)
    );
    assert!(gaps.len() > 1, "another gap precedes nothing: {gaps:?}");
    let v = dec
        .violations
        .iter()
        .find(|v| {
            matches!(
                v.kind,
                FindingKind::NoSourcedRule {
                    family: Family::Authority,
                    ..
                }
            )
        })
        .expect("no sourced authority");
    assert_eq!(v.rule_id(), Some("vn.abtc_permission.authority.qd45"));
    assert_eq!(v.citations[0].en(), "45/2006/QĐ-TTg");
}

// `applicant_gone` → `None`: a district People's Committee ended on 30/06/2025 (Luật
// 72/2025/QH15; NĐ 177/2025/NĐ-CP Art. 3), its successor the provincial People's Committee.
#[test]
fn a_district_committee_filing_after_30_06_2025_is_an_applicant_gone() {
    use doingoai::activity::{AgreementLevel, AgreementProcedure};
    use doingoai::org::{Body, BodyKind};
    use doingoai::rules::applicant_gone;
    let filed_by = |filed: chrono::NaiveDate, unit: &str| {
        let j = t(unit);
        let mut a =
            ProposedActivity::new("MUT-LS-H", ActivityKind::InternationalAgreement, j, filed)
                .by(Body::new(BodyKind::DistrictPeoplesCommittee, j).named("UBND huyện Cao Lộc"));
        a.details = Details::Agreement {
            level: AgreementLevel::PeoplesCommittee,
            procedure: AgreementProcedure::Normal,
            concerns: vec![],
            partner: "Huyện Bằng Tường".into(),
            shortened_ground: None,
        };
        a
    };
    let gone = applicant_gone(&filed_by(d(2025, 8, 1), "34:20")).expect("ended on 30/06/2025");
    assert_eq!(gone.body.kind, BodyKind::DistrictPeoplesCommittee);
    assert_eq!(gone.ended, d(2025, 6, 30));
    assert_eq!(
        gone.successor.map(|s| s.kind),
        Some(BodyKind::ProvincialPeoplesCommittee)
    );
    assert_eq!(applicant_gone(&filed_by(d(2025, 6, 1), "63:20")), None);
}
