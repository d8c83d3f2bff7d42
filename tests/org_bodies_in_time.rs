//! Bodies in time: a body that no longer exists on the act date neither files a request nor
//! takes a step; a rule that names a body ends with it (issue 9 item 4; fidelity audit A-4,
//!

mod support;

use doingoai::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, Details, ProposedActivity,
};
use doingoai::calendar::WorkCalendar;
use doingoai::history::History;
use doingoai::ledger::sources::{body_for, ProvinceBodies};
use doingoai::org::{check_exists, Body, BodyKind, Jurisdiction};
use doingoai::rules::{evaluate, Decision, Finding, FindingKind, Ground, Role};
use doingoai::workflow::{assess, Action, Case, Event, Procedure};
use doingoai::{Channel, Citation, Rulebook};
use support::*;

/// The finding that a body no longer exists, among `findings`.
fn body_gone(findings: &[Finding]) -> Option<&Finding> {
    findings
        .iter()
        .find(|v| matches!(v.kind, FindingKind::BodyGone { .. }))
}

/// An agreement proposed by a district People's Committee of Lạng Sơn, in the name of the
/// provincial People's Committee, filed on `filed` (in the unit of the day: 63:20 until
/// 30/06/2025, 34:20 from 01/07/2025).
fn district_agreement(filed: chrono::NaiveDate) -> ProposedActivity {
    let j = if filed <= d(2025, 6, 30) {
        t("63:20")
    } else {
        t("34:20")
    };
    let mut a = ProposedActivity::new("LS-H-01", ActivityKind::InternationalAgreement, j, filed)
        .by(Body::new(BodyKind::DistrictPeoplesCommittee, j).named("UBND huyện Cao Lộc"))
        .runs(filed + chrono::Days::new(60), filed + chrono::Days::new(60));
    a.details = Details::Agreement {
        level: AgreementLevel::PeoplesCommittee,
        procedure: AgreementProcedure::Normal,
        concerns: vec![],
        partner: "Huyện Bằng Tường".into(),
        shortened_ground: None,
    };
    a
}

fn decide(a: &ProposedActivity) -> Decision {
    evaluate(
        a,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap()
}

// ---- the bodies and their ends ---------------------------------------------------------

#[test]
fn luat_72_2025_district_peoples_committees_end_30_06_2025_nd_177_2025_art_3_province_inherits() {
    let dpc = BodyKind::DistrictPeoplesCommittee;
    assert!(check_exists(dpc, t("63:20"), d(2025, 6, 30)).is_ok());
    let gone = check_exists(dpc, t("34:20"), d(2025, 7, 1)).unwrap_err();
    assert_eq!(gone.ended, d(2025, 6, 30));
    assert_eq!(
        gone.successor,
        Some(Body::new(BodyKind::ProvincialPeoplesCommittee, t("34:20")))
    );
    assert!(gone
        .citations
        .contains(&Citation::article("177/2025/NĐ-CP", 3)));
    // a district committee of a unit of the 63: its successor is the committee of the unit
    // of the 34 the territory became part of
    let gone = check_exists(dpc, t("63:49"), d(2025, 8, 1)).unwrap_err();
    assert_eq!(gone.successor.map(|b| b.jurisdiction), Some(t("34:48")));
    assert_eq!(
        dpc.successor_on(d(2025, 7, 1)),
        Some(BodyKind::ProvincialPeoplesCommittee)
    );
    assert_eq!(
        dpc.existence().unwrap().successor,
        Some(BodyKind::ProvincialPeoplesCommittee)
    );
}

#[test]
fn nq_10_nq_hdnd_dak_lak_so_ngoai_vu_dissolved_19_02_2025_functions_to_the_ppc_office() {
    let so = BodyKind::DepartmentOfForeignAffairs;
    let dak_lak = Jurisdiction::old(66).unwrap();
    assert!(check_exists(so, dak_lak, d(2025, 2, 18)).is_ok());
    for on in [d(2025, 2, 19), d(2025, 6, 30), d(2025, 8, 1)] {
        let gone = check_exists(so, dak_lak, on).unwrap_err();
        assert_eq!(gone.ended, d(2025, 2, 18), "{on}");
        assert_eq!(gone.citations, vec![Citation::instrument("10/NQ-HĐND")]);
    }
    assert_eq!(
        check_exists(so, dak_lak, d(2025, 3, 3))
            .unwrap_err()
            .successor,
        Some(Body::new(BodyKind::PpcOffice, dak_lak))
    );
    // the new Đắk Lắk: PPC Office from 13/10/2025 (QĐ 01652/QĐ-UBND)
    let new = Jurisdiction::new_unit(66).unwrap();
    let gone = check_exists(so, new, d(2026, 1, 5)).unwrap_err();
    assert_eq!(gone.successor, Some(Body::new(BodyKind::PpcOffice, new)));
    // Lạng Sơn kept its Sở (QĐ 50/2025/QĐ-UBND); elsewhere, unknown is not "gone"
    assert!(check_exists(so, t("34:20"), d(2025, 8, 1)).is_ok());
    assert!(check_exists(so, t("34:48"), d(2025, 8, 1)).is_ok());
}

#[test]
fn nq_202_2025_qh15_a_body_of_a_unit_of_the_63_ends_30_06_2025_its_successor_in_the_34() {
    let dept = BodyKind::ProvincialDepartment;
    assert!(check_exists(dept, t("63:49"), d(2025, 6, 30)).is_ok());
    let gone = check_exists(dept, t("63:49"), d(2025, 7, 1)).unwrap_err();
    assert_eq!(gone.ended, d(2025, 6, 30));
    assert_eq!(gone.successor, Some(Body::new(dept, t("34:48"))));
    // central bodies do not belong to a province
    assert!(check_exists(BodyKind::Mofa, Jurisdiction::National, d(2026, 1, 1)).is_ok());
}

#[test]
fn the_central_external_relations_commission_ends_24_01_2025_the_na_committee_17_02_2025() {
    let n = Jurisdiction::National;
    let gone = Role::CentralExternalRelations
        .check_exists(n, d(2025, 1, 25))
        .unwrap_err();
    assert_eq!(gone.ended, d(2025, 1, 24));
    assert_eq!(
        gone.successor.map(|b| b.kind),
        Some(BodyKind::MofaPartyCommittee)
    );
    let gone = Role::NaForeignAffairsCommittee
        .check_exists(n, d(2025, 2, 18))
        .unwrap_err();
    assert_eq!(gone.ended, d(2025, 2, 17));
    assert_eq!(
        gone.successor, None,
        "its tasks were split between three bodies"
    );
    assert!(Role::Organiser.check_exists(n, d(2030, 1, 1)).is_ok());
}

#[test]
fn role_body_on_is_the_mapping_the_ledger_uses() {
    let j = t("34:20");
    let bodies = ProvinceBodies::standard(j);
    let on = d(2026, 1, 5);
    for role in [
        Role::PrimeMinister,
        Role::Mofa,
        Role::InvestmentMinistry,
        Role::PlanningDepartment,
        Role::NgoCommittee,
        Role::ProvincialChairman,
        Role::DistrictCommittee,
        Role::CommuneChairman,
    ] {
        assert_eq!(
            Some(body_for(role, None, &bodies, on).kind),
            role.body_on(j, on),
            "{role:?}"
        );
    }
    // the NGO committee's standing body, named after the committee
    let ngo = body_for(Role::NgoCommittee, None, &bodies, on);
    assert_eq!(ngo.kind, BodyKind::Vufo);
    assert!(ngo.jurisdiction.is_national());
}

// ---- a request filed by a body that no longer exists -----------------------------------

#[test]
fn luat_72_2025_a_district_committee_filing_an_agreement_on_01_08_2025_is_refused() {
    let dec = decide(&district_agreement(d(2025, 8, 1)));
    assert!(!dec.is_admissible());
    let v = body_gone(&dec.violations).expect("the applicant is refused");
    assert_eq!(v.ground(), Ground::BodyGone);
    assert_eq!(
        v.rule, None,
        "no rule of the rulebook: the body's existence"
    );
    let FindingKind::BodyGone {
        body,
        ended,
        successor,
    } = &v.kind
    else {
        unreachable!()
    };
    assert_eq!(body.kind, BodyKind::DistrictPeoplesCommittee);
    assert_eq!(*ended, d(2025, 6, 30));
    assert_eq!(
        successor.as_ref().map(|s| s.kind),
        Some(BodyKind::ProvincialPeoplesCommittee)
    );
    assert!(v.wrong.en.contains("UBND huyện Cao Lộc"), "{}", v.wrong.en);
    assert!(v.wrong.en.contains("30/06/2025"), "{}", v.wrong.en);
    assert!(
        v.wrong.en.contains("Ủy ban nhân dân tỉnh (34:20)"),
        "{}",
        v.wrong.en
    );
    assert!(v.wrong.vi.contains("30/06/2025"));
    assert!(v
        .citations
        .contains(&Citation::article("177/2025/NĐ-CP", 3)));
}

#[test]
fn luat_72_2025_a_district_committee_filing_an_agreement_on_01_06_2025_is_admitted_as_before() {
    let a = district_agreement(d(2025, 6, 1));
    let dec = decide(&a);
    assert!(dec.violations.is_empty(), "{:?}", dec.violations);
    assert!(dec.is_admissible());
    // exactly the decision the same request gets without naming its applicant
    let mut f = a.clone();
    f.applicant = None;
    let without = evaluate(
        &f,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    assert_eq!(dec, without);
}

#[test]
fn nq_10_nq_hdnd_the_dissolved_dak_lak_so_ngoai_vu_cannot_file_after_19_02_2025() {
    let j = Jurisdiction::old(66).unwrap();
    let f = ProposedActivity::new(
        "DR-DL-1",
        ActivityKind::OutboundDelegation,
        j,
        d(2025, 3, 3),
    )
    .by(Body::new(BodyKind::DepartmentOfForeignAffairs, j));
    let dec = evaluate(
        &f,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let v = body_gone(&dec.violations).expect("the Sở is refused");
    assert!(
        matches!(v.kind, FindingKind::BodyGone { ended, .. } if ended == d(2025, 2, 18)),
        "{v}"
    );
    assert!(v.wrong.en.contains("18/02/2025"), "{}", v.wrong.en);
    assert!(v.wrong.en.contains("Văn phòng UBND tỉnh"), "{}", v.wrong.en);
}

// ---- the workflow: the submission guard and steps assigned to bodies -------------------

#[test]
fn luat_72_2025_the_workflow_refuses_the_district_committee_s_submission_once() {
    let a = district_agreement(d(2025, 8, 1));
    let mut case = Case::for_activity(&a).unwrap();
    let assessment = assess(
        &a,
        Procedure::Agreement,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let before = case.clone();
    let who = case.applicant().clone();
    let r = case
        .apply(Event::new(
            who,
            d(2025, 8, 1),
            Action::Submit {
                assessment: Box::new(assessment),
            },
        ))
        .unwrap_err();
    assert!(r.has(Ground::BodyGone), "{r}");
    let gone: Vec<_> = r
        .unmet
        .iter()
        .filter(|u| u.ground() == Ground::BodyGone)
        .collect();
    assert_eq!(gone.len(), 1, "{r}");
    assert!(gone[0].wrong.en.contains("30/06/2025"));
    assert!(gone[0].satisfy.en.contains("Ủy ban nhân dân tỉnh (34:20)"));
    // the same finding as evaluate's, with the instrument that ended the district level
    assert_eq!(Some(gone[0]), body_gone(&decide(&a).violations));
    assert!(gone[0]
        .citations
        .contains(&Citation::article("177/2025/NĐ-CP", 3)));
    assert_eq!(case, before, "never admitted, never re-routed");
}

#[test]
fn luat_72_2025_the_workflow_accepts_the_district_committee_s_submission_on_01_06_2025() {
    let a = district_agreement(d(2025, 6, 1));
    let mut case = Case::for_activity(&a).unwrap();
    let assessment = assess(
        &a,
        Procedure::Agreement,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let who = case.applicant().clone();
    case.apply(Event::new(
        who,
        d(2025, 6, 1),
        Action::Submit {
            assessment: Box::new(assessment),
        },
    ))
    .unwrap();
}

#[test]
fn a_consultation_assigned_to_a_body_that_ended_is_refused_at_submission() {
    use doingoai::rules::DecisionTier;
    use doingoai::workflow::{Actor, Assessment, Authority, CaseFacts, TimeLimit};
    use doingoai::Period;
    let on = d(2025, 3, 3);
    let law = "70/2020/QH14";
    let a = Assessment::new(
        "test",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, Citation::article(law, 18)),
    )
    .consult(
        Role::NaForeignAffairsCommittee,
        TimeLimit::new(Period::WorkingDays(7), Citation::article(law, 19)),
    );
    let applicant = Actor::body("so-gd", Role::Organiser);
    let mut case = Case::new(
        "T-1",
        Procedure::Agreement,
        applicant.clone(),
        CaseFacts::new("Thỏa thuận", t("63:20"), Channel::State),
    );
    let r = case
        .apply(Event::new(
            applicant,
            on,
            Action::Submit {
                assessment: Box::new(a),
            },
        ))
        .unwrap_err();
    assert!(r.has(Ground::BodyGone), "{r}");
    assert!(r.to_string().contains("17/02/2025"), "{r}");
}

#[test]
fn an_actor_acting_as_a_district_committee_after_30_06_2025_is_refused() {
    use doingoai::workflow::Actor;
    let a = district_agreement(d(2025, 6, 2));
    let mut case = Case::for_activity(&a).unwrap();
    let assessment = assess(
        &a,
        Procedure::Agreement,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let who = case.applicant().clone();
    case.apply(Event::new(
        who,
        d(2025, 6, 2),
        Action::Submit {
            assessment: Box::new(assessment),
        },
    ))
    .unwrap();
    let district = Actor::body("ubnd-huyen", Role::DistrictCommittee);
    let r = case
        .apply(Event::new(district, d(2025, 7, 2), Action::Accept))
        .unwrap_err();
    assert!(r.has(Ground::BodyGone), "{r}");
}

#[test]
fn nq_176_2025_qh15_the_investment_ministry_is_mpi_until_28_02_2025_then_the_ministry_of_finance() {
    let n = Jurisdiction::National;
    assert_eq!(
        Role::InvestmentMinistry.body_on(n, d(2025, 2, 28)),
        Some(BodyKind::Mpi)
    );
    assert_eq!(
        Role::InvestmentMinistry.body_on(n, d(2025, 3, 1)),
        Some(BodyKind::Mof)
    );
    // the role is held throughout; the ministry itself is gone
    assert!(Role::InvestmentMinistry
        .check_exists(n, d(2026, 1, 5))
        .is_ok());
    let gone = check_exists(BodyKind::Mpi, n, d(2025, 3, 1)).unwrap_err();
    assert_eq!(gone.ended, d(2025, 2, 28));
    assert_eq!(gone.successor, Some(Body::central(BodyKind::Mof)));
    assert!(gone
        .citations
        .contains(&Citation::instrument("176/2025/QH15")));
    // and the ledger addresses the aid reports accordingly (NĐ 80/2020 Art. 13(9))
    let bodies = ProvinceBodies::standard(t("63:20"));
    assert_eq!(
        body_for(Role::InvestmentMinistry, None, &bodies, d(2025, 1, 15)).kind,
        BodyKind::Mpi
    );
    assert_eq!(
        body_for(Role::InvestmentMinistry, None, &bodies, d(2026, 1, 15)).kind,
        BodyKind::Mof
    );
}

#[test]
fn nd_45_2025_the_planning_department_becomes_the_so_tai_chinh_from_01_03_2025() {
    let j = t("63:48");
    assert_eq!(
        Role::PlanningDepartment.body_on(j, d(2025, 2, 28)),
        Some(BodyKind::DepartmentOfPlanningAndInvestment)
    );
    assert_eq!(
        Role::PlanningDepartment.body_on(j, d(2025, 3, 1)),
        Some(BodyKind::DepartmentOfFinance)
    );
    let gone = check_exists(
        BodyKind::DepartmentOfPlanningAndInvestment,
        j,
        d(2025, 3, 1),
    )
    .unwrap_err();
    assert_eq!(gone.ended, d(2025, 2, 28));
    assert_eq!(
        gone.successor,
        Some(Body::new(BodyKind::DepartmentOfFinance, j))
    );
    assert_eq!(gone.citations, vec![Citation::instrument("45/2025/NĐ-CP")]);
    // after 30/06/2025 the successor is the Sở Tài chính of the unit of the 34
    let later = check_exists(
        BodyKind::DepartmentOfPlanningAndInvestment,
        j,
        d(2025, 8, 1),
    )
    .unwrap_err();
    assert_eq!(
        later.successor,
        Some(Body::new(BodyKind::DepartmentOfFinance, t("34:48")))
    );
}
