//! The APEC business travel card permission at the province (QĐ 09/2023/QĐ-TTg), run from the
//! shipped rulebook: tests named after the articles, and random event sequences.

use chrono::{Days, NaiveDate};
use doingoai::activity::{
    AbtcEnterprise, AbtcPost, AbtcRequest, ActivityKind, Details, Participant, ProposedActivity,
};
use doingoai::history::History;
use doingoai::ledger::sources::{periodic_obligations, ProvinceBodies};
use doingoai::org::{Jurisdiction, Official, Position};
use doingoai::rules::{Family, FindingKind, ReportKind, Rulebook, Tenure};
use doingoai::workflow::*;
use doingoai::{DueStatus, WorkCalendar};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn province() -> Jurisdiction {
    Jurisdiction::new_unit(48).expect("Đà Nẵng")
}

fn request(enterprise: AbtcEnterprise) -> AbtcRequest {
    let mut r = AbtcRequest::new(enterprise, AbtcPost::Director);
    r.enterprise_name = "Công ty TNHH Hải Vân".into();
    r.age_years = Some(41);
    r.months_in_post = Some(30);
    r.enterprise_months = Some(60);
    r.social_insurance_months = Some(30);
    r.apec_partner = Some(true);
    r
}

fn activity(filed: NaiveDate, r: AbtcRequest) -> ProposedActivity {
    ProposedActivity::new("ABTC-1", ActivityKind::AbtcPermission, province(), filed)
        .titled("Cho phép sử dụng thẻ ABTC")
        .participant(Participant::head(Official::new(
            "dn-1",
            "Nguyễn Văn A",
            Position::Staff,
        )))
        .details(Details::Abtc(r))
}

fn assessed(a: &ProposedActivity) -> Assessment {
    assess(
        a,
        Procedure::Abtc,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .expect("assesses")
}

fn applicant() -> Actor {
    Actor::body("cong-ty-hai-van", Role::Organiser)
}
fn agency() -> Actor {
    Actor::body("so-ngoai-vu", Role::FaAgency)
}
fn chairman() -> Actor {
    Actor::official("chu-tich", Role::ProvincialChairman)
}
fn verifier(i: u8) -> Actor {
    match i % 4 {
        0 => Actor::body("thue", Role::TaxAuthority),
        1 => Actor::body("hai-quan", Role::Customs),
        2 => Actor::body("bhxh", Role::SocialInsurance),
        _ => Actor::body("cong-an-tinh", Role::ProvincialPolice),
    }
}

fn submitted(filed: NaiveDate, r: AbtcRequest) -> Case {
    let a = activity(filed, r);
    let mut case = Case::for_activity_by(&a, applicant()).expect("a procedure");
    let assessment = assessed(&a);
    case.apply(Event::new(
        applicant(),
        filed,
        Action::Submit {
            assessment: Box::new(assessment),
        },
    ))
    .expect("submitted");
    case
}

#[test]
fn qd_09_2023_art_10_3_the_chairman_decides_both_cases() {
    for e in AbtcEnterprise::ALL {
        let a = assessed(&activity(d(2025, 10, 6), request(*e)));
        assert_eq!(a.authority.role, Role::ProvincialChairman);
        assert_eq!(a.receiving, Role::FaAgency);
        assert!(a.violations.is_empty(), "{:?}", a.violations);
    }
}

#[test]
fn qd_09_2023_art_12_4_lawful_enterprise_is_verified_by_tax_customs_insurance_police() {
    let a = assessed(&activity(
        d(2025, 10, 6),
        request(AbtcEnterprise::LawfulEnterprise),
    ));
    let who: Vec<Role> = a.consultations.iter().map(|c| c.consultee).collect();
    assert_eq!(
        who,
        [
            Role::TaxAuthority,
            Role::Customs,
            Role::SocialInsurance,
            Role::ProvincialPolice
        ]
    );
    assert!(a
        .consultations
        .iter()
        .all(|c| c.silence_is_consent && c.reply.period == doingoai::Period::CalendarDays(20)));
    // the state-enterprise case of Art. 11 has no verification
    let s = assessed(&activity(
        d(2025, 10, 6),
        request(AbtcEnterprise::StateEnterprise),
    ));
    assert!(s.consultations.is_empty());
}

#[test]
fn qd_09_2023_art_12_5_silence_is_consent_after_20_days() {
    let mut case = submitted(d(2025, 10, 6), request(AbtcEnterprise::LawfulEnterprise));
    case.apply(Event::new(agency(), d(2025, 10, 8), Action::Accept))
        .expect("forwarded for verification");
    assert_eq!(case.state(), State::InConsultation);
    assert!(case
        .consultations()
        .iter()
        .all(|c| c.due == d(2025, 10, 28)));
    // two verifiers answer, two stay silent
    for i in 0..2 {
        case.apply(Event::new(
            verifier(i),
            d(2025, 10, 20),
            Action::Reply {
                opinion: Opinion::Agree,
            },
        ))
        .expect("a verifier answers");
    }
    // within the 20 days the silent ones are still awaited: refused, nothing changes
    let before = case.clone();
    let no = case
        .apply(Event::new(
            agency(),
            d(2025, 10, 28),
            Action::EndConsultation,
        ))
        .unwrap_err();
    assert!(no
        .unmet
        .iter()
        .any(|f| matches!(f.kind, FindingKind::ReplyAwaited { .. })));
    assert_eq!(case, before);
    // the day after, their silence is consent
    case.apply(Event::new(
        agency(),
        d(2025, 10, 29),
        Action::EndConsultation,
    ))
    .expect("the agency submits to the Chairman");
    let silent: Vec<&ConsultationRecord> = case
        .consultations()
        .iter()
        .filter(|c| matches!(c.answer, Answer::Silent { .. }))
        .collect();
    assert_eq!(silent.len(), 2);
    assert!(silent
        .iter()
        .all(|c| matches!(c.answer, Answer::Silent { consent: true, .. })));
    case.apply(Event::new(chairman(), d(2025, 11, 3), Action::Approve))
        .expect("the Chairman permits");
    assert_eq!(case.state(), State::Approved);
}

#[test]
fn qd_09_2023_art_12_7_the_chairman_has_5_working_days_from_the_agency_submission() {
    let mut case = submitted(d(2025, 10, 6), request(AbtcEnterprise::LawfulEnterprise));
    case.apply(Event::new(agency(), d(2025, 10, 8), Action::Accept))
        .expect("accepted");
    case.apply(Event::new(
        agency(),
        d(2025, 10, 29),
        Action::EndConsultation,
    ))
    .expect("submitted to the Chairman");
    let decision = case
        .deadlines(d(2025, 10, 29))
        .into_iter()
        .find(|v| v.deadline.kind == DeadlineKind::Decision)
        .expect("a decision deadline");
    // Wed 29/10 + 5 working days = Wed 05/11
    assert_eq!(decision.deadline.due, d(2025, 11, 5));
    assert_eq!(
        decision.deadline.citation.to_string(),
        "khoản 7 Điều 12 09/2023/QĐ-TTg"
    );
    case.apply(Event::new(chairman(), d(2025, 11, 6), Action::Approve))
        .expect("late but permitted");
    let v = case
        .deadlines(d(2025, 11, 6))
        .into_iter()
        .find(|v| v.deadline.kind == DeadlineKind::Decision)
        .expect("still there");
    assert_eq!(v.status, DueStatus::MetLate);
}

#[test]
fn qd_09_2023_art_11_5_state_enterprise_decision_counts_from_the_agency_submission() {
    let mut case = submitted(d(2025, 10, 6), request(AbtcEnterprise::StateEnterprise));
    // the agency examines the file (15 days, Art. 11(4)) and submits it: `accept`
    case.apply(Event::new(agency(), d(2025, 10, 20), Action::Accept))
        .expect("submitted to the Chairman");
    assert_eq!(case.state(), State::AwaitingDecision);
    let decision = case
        .deadlines(d(2025, 10, 20))
        .into_iter()
        .find(|v| v.deadline.kind == DeadlineKind::Decision)
        .expect("a decision deadline");
    assert_eq!(decision.deadline.due, d(2025, 10, 27));
    let no = case
        .apply(Event::new(
            chairman(),
            d(2025, 10, 22),
            Action::Refuse {
                reason: "không đủ điều kiện".into(),
            },
        ))
        .map(|o| o.to);
    assert_eq!(no, Ok(State::Refused));
}

#[test]
fn qd_09_2023_art_12_2_e_twelve_months_of_social_insurance_for_a_lawful_enterprise_only() {
    let mut r = request(AbtcEnterprise::LawfulEnterprise);
    r.social_insurance_months = Some(6);
    let a = assessed(&activity(d(2025, 10, 6), r.clone()));
    let found = a
        .violations
        .iter()
        .find(|v| matches!(v.kind, FindingKind::BelowMinimum { .. }))
        .expect("below the minimum");
    assert_eq!(
        found.kind,
        FindingKind::BelowMinimum {
            of: Tenure::SocialInsuranceMonths,
            min: 12,
            actual: 6
        }
    );
    assert_eq!(
        found.citations[0].to_string(),
        "điểm e khoản 2 Điều 12 09/2023/QĐ-TTg"
    );
    // the submission is refused with it, and the case does not move
    let act = activity(d(2025, 10, 6), r);
    let mut case = Case::for_activity_by(&act, applicant()).expect("a procedure");
    let before = case.clone();
    assert!(case
        .apply(Event::new(
            applicant(),
            d(2025, 10, 6),
            Action::Submit {
                assessment: Box::new(a)
            }
        ))
        .is_err());
    assert_eq!(case, before);
    // Art. 11 (state enterprise) does not ask for it
    let mut s = request(AbtcEnterprise::StateEnterprise);
    s.social_insurance_months = Some(6);
    assert!(assessed(&activity(d(2025, 10, 6), s)).violations.is_empty());
}

#[test]
fn qd_09_2023_art_8_and_9_conditions_give_typed_findings() {
    let mut r = request(AbtcEnterprise::LawfulEnterprise);
    r.post = AbtcPost::ZoneBoardLeader;
    r.age_years = Some(17);
    r.months_in_post = Some(11);
    r.enterprise_months = Some(3);
    r.apec_partner = Some(false);
    r.yearly_report_filed = Some(false);
    let a = assessed(&activity(d(2025, 10, 6), r));
    let kinds: Vec<&FindingKind> = a.violations.iter().map(|v| &v.kind).collect();
    assert!(kinds.contains(&&FindingKind::PostNotListed {
        post: AbtcPost::ZoneBoardLeader,
        enterprise: AbtcEnterprise::LawfulEnterprise
    }));
    for (of, min, actual) in [
        (Tenure::AgeYears, 18, 17),
        (Tenure::PostMonths, 12, 11),
        (Tenure::EnterpriseMonths, 12, 3),
    ] {
        assert!(kinds.contains(&&FindingKind::BelowMinimum { of, min, actual }));
    }
    assert!(kinds.contains(&&FindingKind::NoApecPartner));
    assert!(kinds.contains(&&FindingKind::YearlyReportMissing));
    // the same post is listed for a state enterprise (Art. 9(1)(b))
    let mut s = request(AbtcEnterprise::StateEnterprise);
    s.post = AbtcPost::ZoneBoardLeader;
    assert!(assessed(&activity(d(2025, 10, 6), s)).violations.is_empty());
}

#[test]
fn qd_09_2023_art_13_6_the_card_is_applied_for_within_6_months_of_the_permission() {
    let mut case = submitted(d(2025, 10, 6), request(AbtcEnterprise::StateEnterprise));
    case.apply(Event::new(agency(), d(2025, 10, 20), Action::Accept))
        .expect("accepted");
    case.apply(Event::new(chairman(), d(2025, 10, 22), Action::Approve))
        .expect("permitted");
    let owed = case.obligations(d(2025, 10, 22));
    let card = owed
        .iter()
        .find(|v| v.deadline.kind == DeadlineKind::Owed(ReportKind::CardApplication))
        .expect("the card application is owed");
    assert_eq!(card.deadline.due, d(2026, 4, 22));
    assert_eq!(card.deadline.to, [Role::PublicSecurity]);
    case.apply(Event::new(
        applicant(),
        d(2026, 1, 5),
        Action::Discharge {
            kind: DeadlineKind::Owed(ReportKind::CardApplication),
        },
    ))
    .expect("applied for");
    assert_eq!(
        case.obligations(d(2026, 1, 5))[0].status,
        DueStatus::MetOnTime
    );
}

#[test]
fn qd_09_2023_art_26_4_the_province_exchanges_with_mps_before_15_january() {
    let year = periodic_obligations(
        Rulebook::shipped(),
        &ProvinceBodies::standard(province()),
        2026,
    );
    let mps: Vec<_> = year
        .iter()
        .filter(|o| {
            o.rule
                .as_ref()
                .is_some_and(|r| r.as_str() == "vn.abtc_permission.obligation.mps_exchange")
        })
        .collect();
    assert_eq!(mps.len(), 1);
    assert_eq!(mps[0].due, d(2026, 1, 14));
    // the enterprises' yearly report (Art. 27(5)) is theirs, not the province's
    assert!(!year.iter().any(|o| o
        .rule
        .as_ref()
        .is_some_and(|r| r.as_str() == "vn.abtc_permission.obligation.enterprise_report")));
}

#[test]
fn qd_45_2006_before_10_july_2023_the_authority_is_an_explicit_gap() {
    let old = |on| {
        let mut a = activity(on, request(AbtcEnterprise::LawfulEnterprise));
        a.jurisdiction = "63:48".parse().expect("Đà Nẵng before 2025");
        a
    };
    let a = assessed(&old(d(2023, 7, 7)));
    assert!(a.violations.iter().any(|v| matches!(
        v.kind,
        FindingKind::NoSourcedRule {
            family: Family::Authority,
            ..
        }
    )));
    // from 10/07/2023 the Chairman is sourced
    let b = assessed(&old(d(2023, 7, 10)));
    assert_eq!(b.authority.role, Role::ProvincialChairman);
}

fn action(k: u8, a: &Assessment) -> Action {
    match k % 12 {
        0 => Action::Submit {
            assessment: Box::new(a.clone()),
        },
        1 => Action::Accept,
        2 => Action::Reply {
            opinion: Opinion::Agree,
        },
        3 => Action::Reply {
            opinion: Opinion::Object {
                reason: "nợ thuế".into(),
            },
        },
        4 => Action::EndConsultation,
        5 | 6 => Action::Approve,
        7 => Action::Refuse {
            reason: "không đủ điều kiện".into(),
        },
        8 => Action::ReturnForCompletion {
            missing: "mẫu CV01".into(),
        },
        9 => Action::Resubmit {
            assessment: Box::new(a.clone()),
        },
        10 => Action::Discharge {
            kind: DeadlineKind::Owed(ReportKind::CardApplication),
        },
        _ => Action::Close,
    }
}

fn actor(i: u8) -> Actor {
    match i % 7 {
        0 => applicant(),
        1 => agency(),
        2 => chairman(),
        n => verifier(n),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(64), .. ProptestConfig::default() })]

    /// Random event sequences on ABTC cases of either enterprise case: no panic, a refused
    /// event changes nothing, the log replays to the same case, the JSON form round-trips.
    #[test]
    fn random_abtc_event_sequences_keep_the_invariants(
        lawful in any::<bool>(),
        steps in proptest::collection::vec((any::<u8>(), any::<u8>(), 0u64..9), 1..30),
    ) {
        let e = if lawful { AbtcEnterprise::LawfulEnterprise } else { AbtcEnterprise::StateEnterprise };
        let filed = d(2025, 10, 6);
        let act = activity(filed, request(e));
        let a = assessed(&act);
        let cal = WorkCalendar::state_agency();
        let mut case = Case::for_activity_by(&act, applicant()).expect("a procedure");
        let mut on = filed;
        for (who, k, gap) in steps {
            on = on + Days::new(gap);
            let before = case.clone();
            match case.apply_with(&cal, Event::new(actor(who), on, action(k, &a))) {
                Ok(out) => prop_assert_eq!(out.to, case.state()),
                Err(refusal) => {
                    prop_assert_eq!(&case, &before, "a refused event changed the case");
                    prop_assert!(!refusal.unmet.is_empty());
                }
            }
            if case.state().implies_approval() {
                prop_assert!(case.approval().is_some_and(|r| r.by.role == Role::ProvincialChairman));
            }
        }
        let again = Case::replay(case.id(), case.procedure(), case.applicant().clone(),
            case.facts().clone(), case.events().cloned(), &cal);
        prop_assert_eq!(again.as_ref(), Ok(&case));
        let json = case.to_json().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = Case::from_json(&json).ok();
        prop_assert_eq!(back.as_ref(), Some(&case));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(64), .. ProptestConfig::default() })]

    /// Random ABTC facts: the assessment never fails, and each condition of Art. 8, 9 and
    /// 12(2)(e) is found violated exactly when its figure says so.
    #[test]
    fn random_abtc_facts_are_checked_figure_by_figure(
        lawful in any::<bool>(),
        post_i in 0usize..12,
        age in proptest::option::of(0u32..90),
        in_post in proptest::option::of(0u32..60),
        operating in proptest::option::of(0u32..60),
        insured in proptest::option::of(0u32..60),
        partner in proptest::option::of(any::<bool>()),
        reported in proptest::option::of(any::<bool>()),
    ) {
        let e = if lawful { AbtcEnterprise::LawfulEnterprise } else { AbtcEnterprise::StateEnterprise };
        let post = AbtcPost::ALL[post_i % AbtcPost::ALL.len()];
        let mut r = AbtcRequest::new(e, post);
        r.age_years = age;
        r.months_in_post = in_post;
        r.enterprise_months = operating;
        r.social_insurance_months = insured;
        r.apec_partner = partner;
        r.yearly_report_filed = reported;
        let a = assessed(&activity(d(2025, 10, 6), r));
        let has = |k: &FindingKind| a.violations.iter().any(|v| &v.kind == k);
        let below = |of: Tenure, min: u32, x: Option<u32>| {
            x.filter(|x| *x < min).map(|actual| FindingKind::BelowMinimum { of, min, actual })
        };
        prop_assert_eq!(has(&FindingKind::PostNotListed { post, enterprise: e }), !post.listed_for(e));
        prop_assert_eq!(has(&FindingKind::NoApecPartner), partner == Some(false));
        prop_assert_eq!(has(&FindingKind::YearlyReportMissing), reported == Some(false));
        for (of, min, x, applies) in [
            (Tenure::AgeYears, 18, age, true),
            (Tenure::PostMonths, 12, in_post, true),
            (Tenure::EnterpriseMonths, 12, operating, true),
            (Tenure::SocialInsuranceMonths, 12, insured, lawful),
        ] {
            let expected = below(of, min, x).filter(|_| applies);
            let found = a.violations.iter().find(|v| matches!(&v.kind, FindingKind::BelowMinimum { of: o, .. } if *o == of));
            prop_assert_eq!(found.map(|v| &v.kind), expected.as_ref());
        }
    }
}
