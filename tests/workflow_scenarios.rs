//! Scenarios that read like real cases, run through the shipped rulebook, the state-agency
//! calendar and the workflow core. Given / when / then; each asserts the outcome and the
//! citations.
//
// Every scenario states its activity as a `ProposedActivity`, the one input of `evaluate`,
// `assess` and `Case`: the assessment and the case are made from the same value.

mod workflow_common;

use doingoai::activity::{
    ActivityId, ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode,
    Details, ForeignRank, Participant, ProposedActivity,
};
use doingoai::history::{History, PastTrip};
use doingoai::org::{
    DisciplineKind, DisciplineRecord, ExitSuspension, ManagedBy, Official, Position,
};
use doingoai::rules::{
    Attribute, DecisionTier, DelegationGap, FindingKind, Ground, ReportKind, Rulebook,
};
use doingoai::workflow::*;
use doingoai::{Channel, DueStatus, Validity, WorkCalendar};
use workflow_common::d;

fn cal() -> WorkCalendar {
    WorkCalendar::state_agency()
}

/// A proposed activity of `kind` in `j`, filed on `filed`: no applicant body, no dates, no
/// details yet.
fn facts(kind: ActivityKind, j: &str, filed: chrono::NaiveDate) -> ProposedActivity {
    ProposedActivity::new("t", kind, j.parse().expect("territory"), filed)
}

/// A conference's details: the rank of the highest foreign guest, whether the province chairs.
fn conference(rank: ForeignRank, chaired_by_ppc: bool) -> Details {
    Details::Conference {
        mode: ConferenceMode::InPerson,
        foreign_rank: rank,
        topics: vec![],
        chaired_by_ppc,
        front_or_mass_organisation: false,
        hosting_approval: false,
    }
}

/// An agreement's details under the normal procedure.
fn agreement(level: AgreementLevel, concerns: Vec<AgreementConcern>) -> Details {
    Details::Agreement {
        level,
        procedure: AgreementProcedure::Normal,
        concerns,
        partner: "đối tác nước ngoài".into(),
        shortened_ground: None,
    }
}

/// A member of a delegation: a civil servant of `id`.
fn member(id: &str) -> Participant {
    Participant::member(Official::new(id, id, Position::Staff))
}

fn assessed(f: &ProposedActivity, history: &History) -> Assessment {
    let p = Procedure::for_kind(f.kind).expect("a procedure");
    assess(f, p, Rulebook::shipped(), &cal(), history).expect("evaluates")
}

/// The case of the activity under the id `id`, filed by `applicant`.
fn case_for(id: &str, f: &ProposedActivity, applicant: &Actor) -> Case {
    let mut p = f.clone();
    p.id = ActivityId(id.into());
    Case::for_activity_by(&p, applicant.clone()).expect("a case")
}

fn submit(
    case: &mut Case,
    who: &Actor,
    f: &ProposedActivity,
    history: &History,
) -> Result<Outcome, Refusal> {
    let a = assessed(f, history);
    case.apply_with(
        &cal(),
        Event::new(
            who.clone(),
            f.filed_on,
            Action::Submit {
                assessment: Box::new(a),
            },
        ),
    )
}

fn ok(case: &mut Case, who: &Actor, on: chrono::NaiveDate, action: Action) -> Outcome {
    let kind = action.kind();
    match case.apply_with(&cal(), Event::new(who.clone(), on, action)) {
        Ok(o) => o,
        Err(r) => panic!("`{}` refused: {r}", kind.code()),
    }
}

fn cites(out: &[doingoai::Citation]) -> Vec<String> {
    out.iter().map(|c| c.en()).collect()
}

#[test]
fn conference_with_a_foreign_vice_minister_is_permitted_by_the_province_under_delegation() {
    // Given: Bình Dương (before the 2025 merger) delegated conference permission to the
    // director of its foreign-affairs department (11/2024). A university files on 03/03/2025
    // for a seminar on 15/04/2025 with a foreign vice-minister (below minister rank).
    let organiser = Actor::body("dai-hoc-thu-dau-mot", Role::Organiser);
    let fa = Actor::body("so-ngoai-vu-binh-duong", Role::FaAgency);
    let director = Actor::official("giam-doc-so-ngoai-vu", Role::FaAgencyHead);
    let f = facts(
        ActivityKind::InternationalConference,
        "63:74",
        d(2025, 3, 3),
    )
    .runs(d(2025, 4, 15), d(2025, 4, 16))
    .details(conference(ForeignRank::ViceMinister, false));
    let a = assessed(&f, &History::default());

    // Then: provincial tier, the Chairman decides, the director may decide under delegation,
    // dossier at least 30 days before, opinions within 15 days.
    assert_eq!(a.tier, DecisionTier::Provincial);
    assert_eq!(a.authority.role, Role::ProvincialChairman);
    assert_eq!(a.delegates.first().map(|g| g.to), Some(Role::FaAgencyHead));
    let filing = a.filings.first().expect("lead time");
    assert_eq!(filing.citation.en(), "Art. 4(1)(a) 06/2020/QĐ-TTg");
    assert_eq!(filing.latest, d(2025, 3, 14));
    assert!(a
        .consultations
        .iter()
        .all(|c| c.reply.period == doingoai::Period::CalendarDays(15)));

    // When: the case runs
    let mut case = case_for("HN-BD-2025-03", &f, &organiser);
    let out = submit(&mut case, &organiser, &f, &History::default()).expect("on time");
    assert!(cites(&out.citations).contains(&"Art. 4(1)(a) 06/2020/QĐ-TTg".to_string()));
    // the dossier goes to the Chairman's agency; the director, holding the delegation, runs it
    assert_eq!(
        case.assessment().map(|a| a.receiving),
        Some(Role::ProvincialChairman)
    );
    let r = case
        .apply_with(
            &cal(),
            Event::new(fa.clone(), d(2025, 3, 4), Action::Accept),
        )
        .expect_err("the department itself holds no delegation");
    assert!(r.has(Ground::Authorization));
    ok(&mut case, &director, d(2025, 3, 4), Action::Accept);
    for c in case.consultations().to_vec() {
        let body = Actor::body(format!("co-quan-{}", c.consultee.code()), c.consultee);
        ok(
            &mut case,
            &body,
            d(2025, 3, 10),
            Action::Reply {
                opinion: Opinion::Agree,
            },
        );
    }
    ok(
        &mut case,
        &director,
        d(2025, 3, 11),
        Action::EndConsultation,
    );
    let approved = ok(&mut case, &director, d(2025, 3, 14), Action::Approve);

    // Then: approved by the delegate, on the written delegation
    assert_eq!(approved.to, State::Approved);
    let rec = case.approval().expect("approval");
    assert!(
        matches!(&rec.basis, Basis::Delegate { .. }),
        "{:?}",
        rec.basis
    );
    ok(&mut case, &organiser, d(2025, 4, 16), Action::CarryOut);
    let report = &case.obligations(d(2025, 4, 16))[0];
    assert_eq!(report.deadline.citation.en(), "Art. 4(2)(c) 06/2020/QĐ-TTg");
    // the 15th day (01/05) is a holiday and 02/05/2025 was swapped off: Monday 05/05
    assert_eq!(report.deadline.due, d(2025, 5, 5));

    // Contrast: with a foreign minister the Prime Minister decides and the lead time is 40 days
    let mut g = f.clone().details(conference(ForeignRank::Minister, false));
    let pm = assessed(&g, &History::default());
    assert_eq!(pm.tier, DecisionTier::PrimeMinister);
    assert_eq!(pm.authority.role, Role::PrimeMinister);
    assert!(pm.delegates.is_empty());
    g.filed_on = d(2025, 3, 10);
    let mut late = case_for("HN-BD-2025-04", &g, &organiser);
    let r = submit(&mut late, &organiser, &g, &History::default())
        .expect_err("40 days before 15/04 is 06/03");
    assert_eq!(r.citations()[0].en(), "Art. 4(1)(a) 06/2020/QĐ-TTg");
    assert!(r.has(Ground::LeadTime), "{r}");
}

#[test]
fn agreement_where_the_ministry_of_public_security_objects_goes_to_the_prime_minister() {
    // Given: Đà Nẵng (34:48) proposes an agreement in the name of the People's Committee.
    let dept = Actor::body("so-van-hoa-da-nang", Role::Organiser);
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    let mofa = Actor::body("bo-ngoai-giao", Role::Mofa);
    // the agreement concerns security, so the Ministry of Public Security is consulted and
    // answers as itself (Luật 70/2020 Art. 25(2), reply within 7 working days under Art. 25(4))
    let mps = Actor::body("bo-cong-an", Role::PublicSecurity);
    let pm = Actor::official("thu-tuong", Role::PrimeMinister);
    let f = facts(ActivityKind::InternationalAgreement, "34:48", d(2025, 9, 1))
        .starts(d(2025, 10, 20))
        .details(agreement(
            AgreementLevel::PeoplesCommittee,
            vec![AgreementConcern::Security],
        ));
    let mut case = case_for("TTQT-DN-2025-12", &f, &dept);
    submit(&mut case, &dept, &f, &History::default()).expect("submitted");
    ok(&mut case, &chairman, d(2025, 9, 3), Action::Accept);
    assert_eq!(case.consultations()[0].due, d(2025, 9, 12)); // 7 WD, the 2/9 holiday skipped
    let asked: Vec<Role> = case.consultations().iter().map(|c| c.consultee).collect();
    assert!(asked.contains(&Role::PublicSecurity), "{asked:?}");
    let mps_due = case
        .consultations()
        .iter()
        .find(|c| c.consultee == Role::PublicSecurity)
        .map(|c| (c.due, c.citation.en()));
    assert_eq!(
        mps_due,
        Some((d(2025, 9, 12), "Art. 25(4) 70/2020/QH14".to_string()))
    );
    ok(
        &mut case,
        &mofa,
        d(2025, 9, 8),
        Action::Reply {
            opinion: Opinion::Agree,
        },
    );

    let related = Actor::body("bo-van-hoa", Role::RelatedBodies);
    ok(
        &mut case,
        &related,
        d(2025, 9, 9),
        Action::Reply {
            opinion: Opinion::Agree,
        },
    );

    // When: the Ministry of Public Security objects
    ok(
        &mut case,
        &mps,
        d(2025, 9, 10),
        Action::Reply {
            opinion: Opinion::Object {
                reason: "nội dung liên quan an ninh biên giới".into(),
            },
        },
    );
    ok(
        &mut case,
        &chairman,
        d(2025, 9, 11),
        Action::EndConsultation,
    );

    // Then: the Chairman may not approve; the refusal cites Art. 19(4) and says what to do
    let before = case.clone();
    let r = case
        .apply_with(
            &cal(),
            Event::new(chairman.clone(), d(2025, 9, 12), Action::Approve),
        )
        .expect_err("objection");
    assert_eq!(case, before);
    assert_eq!(r.unmet.len(), 1);
    assert_eq!(
        r.unmet[0].citations.first().map(|c| c.en()),
        Some("Art. 19(4) 70/2020/QH14".into())
    );
    assert!(r.unmet[0].satisfy.en.contains("Prime Minister"));

    // When: escalated, the PM has 7 working days and consents
    let esc = ok(&mut case, &chairman, d(2025, 9, 12), Action::Escalate);
    assert_eq!(esc.created[0].kind, DeadlineKind::EscalatedDecision);
    assert_eq!(esc.created[0].due, d(2025, 9, 23));
    ok(&mut case, &pm, d(2025, 9, 22), Action::Approve);
    ok(&mut case, &dept, d(2025, 10, 20), Action::CarryOut);

    // Then: signed; the post-signing report is due in 15 days, to the PM and MOFA (Art. 19(5))
    let report = &case.obligations(d(2025, 10, 20))[0];
    assert_eq!(report.deadline.citation.en(), "Art. 19(5) 70/2020/QH14");
    assert_eq!(report.deadline.due, d(2025, 11, 4));
    assert_eq!(
        case.approval().map(|a| a.basis.clone()),
        Some(Basis::Higher)
    );
}

#[test]
fn a_delegation_that_files_late_is_refused_with_the_latest_filing_date() {
    // Given: Đắk Nông (until 30/06/2025) requires the request 10 working days before departure.
    let unit = Actor::body("so-nong-nghiep-dak-nong", Role::Organiser);
    let f = facts(ActivityKind::OutboundDelegation, "63:67", d(2025, 3, 12))
        .runs(d(2025, 3, 20), d(2025, 3, 27))
        .proposal(true);
    let mut case = case_for("DR-DN-2025-07", &f, &unit);

    // When: filed on 12/03/2025 for a departure on 20/03/2025
    let r = submit(&mut case, &unit, &f, &History::default()).expect_err("late");

    // Then: refused; the case did not move; the reason cites the province's procedure
    assert_eq!(case.state(), State::Draft);
    assert!(case.log().is_empty());
    let late: Vec<_> = r
        .unmet
        .iter()
        .filter(|u| u.ground() == Ground::LeadTime)
        .collect();
    assert_eq!(late.len(), 1, "{r}");
    assert_eq!(
        late[0].citations.first().map(|c| c.en()),
        Some("2012-sn/TTHC-Đắk Nông".into())
    );
    assert!(
        late[0].satisfy.en.contains("06/03/2025"),
        "{}",
        late[0].satisfy.en
    );
    assert!(
        late[0].satisfy.en.contains("26/03/2025"),
        "{}",
        late[0].satisfy.en
    );

    // When: filed in time for a later departure, the same request goes through
    let g = f.clone().runs(d(2025, 3, 31), d(2025, 4, 4));
    let mut case = case_for("DR-DN-2025-08", &g, &unit);
    let out = submit(&mut case, &unit, &g, &History::default()).expect("on time");
    assert_eq!(out.to, State::Submitted);
}

#[test]
fn a_member_under_reprimand_cannot_travel_from_ho_chi_minh_city() {
    // Given: HCMC bars official trips while serving a reprimand or higher (QĐ 12/2018/QĐ-UBND)
    // and caps trips at 2 a year; one member is under reprimand, another has made 2 trips this
    // year. (2021: the 2018 regulation's caps end when QĐ 14/2022/QĐ-UBND was signed on
    // 19/04/2022, fidelity audit A-14.)
    let unit = Actor::body("so-ke-hoach-hcm", Role::Organiser);
    let mut reprimanded = Official::new("nguyen-van-a", "Nguyễn Văn A", Position::Staff);
    reprimanded.discipline.push(DisciplineRecord {
        kind: DisciplineKind::Reprimand,
        decided: d(2021, 1, 4),
        in_effect: Validity::between(d(2021, 1, 4), d(2021, 12, 31)).expect("a period"),
        decision: None,
    });
    let f = facts(ActivityKind::OutboundDelegation, "63:79", d(2021, 3, 3))
        .runs(d(2021, 4, 1), d(2021, 4, 5))
        .proposal(true)
        .participant(Participant::member(reprimanded))
        .participant(member("tran-thi-b"));
    let history = History {
        trips: ["2021-01-10", "2021-02-14"]
            .iter()
            .map(|s| PastTrip {
                person: "tran-thi-b".into(),
                start: s.parse().expect("date"),
                jurisdiction: "63:79".parse().expect("t"),
                out_of_plan: false,
            })
            .collect(),
    };
    let mut case = case_for("DR-HCM-2021-11", &f, &unit);

    // When
    let r = submit(&mut case, &unit, &f, &history).expect_err("barred");

    // Then: every unmet condition is listed, each with the city's regulation
    assert!(r.has(Ground::Discipline), "{r}");
    assert!(r.has(Ground::Cap), "{r}");
    let sanction = r
        .unmet
        .iter()
        .find(|u| u.ground() == Ground::Discipline)
        .expect("discipline");
    assert_eq!(
        sanction.rule_id(),
        Some("hcm.outbound_delegation.condition.sanction")
    );
    assert_eq!(
        sanction.citations.first().map(|c| c.en()),
        Some("12/2018/QĐ-UBND".into())
    );
    assert!(sanction.satisfy.en.contains("nguyen-van-a"));
    assert_eq!(case.state(), State::Draft);

    // Contrast: the same delegation from Hà Nội meets no discipline bar
    let mut g = f.clone();
    g.jurisdiction = "63:01".parse().expect("t");
    let r = assessed(&g, &History::default());
    assert!(
        r.violations
            .iter()
            .all(|u| u.ground() != Ground::Discipline),
        "{:?}",
        r.violations
    );
}

#[test]
fn a_border_commune_agreement_before_and_after_1_july_2025() {
    let commune = Actor::body("ubnd-xa-tan-thanh", Role::Organiser);
    let fa = Actor::body("so-ngoai-vu-lang-son", Role::FaAgency);
    let chairman = Actor::official("chu-tich-lang-son", Role::ProvincialChairman);

    // Before: on 20/06/2025 the Chairman decides (Luật 70/2020 Art. 20(2), fidelity audit A-9),
    // but the original procedure needs the district's and the border guard's opinions first
    // (Lào Cai procedure page, B-4); the day counts are explicit gaps
    let f = facts(
        ActivityKind::InternationalAgreement,
        "63:20",
        d(2025, 6, 20),
    )
    .details(agreement(AgreementLevel::BorderCommune, vec![]));
    let before = assessed(&f, &History::default());
    assert_eq!(before.authority.role, Role::ProvincialChairman);
    let mut case = case_for("TTQT-LS-2025-06", &f, &commune);
    let r = submit(&mut case, &commune, &f, &History::default()).expect_err("opinions missing");
    assert!(!r.has(Ground::NoRule), "{r}");
    assert!(
        r.unmet
            .iter()
            .any(|u| u.rule_id() == Some("vn.agreement.condition.border_commune_district_opinion")),
        "{r}"
    );
    assert_eq!(case.state(), State::Draft);

    // After: from 01/07/2025 (NĐ 177/2025) the Chairman decides on the FA agency's file
    let g = facts(
        ActivityKind::InternationalAgreement,
        "34:20",
        d(2025, 7, 15),
    )
    .starts(d(2025, 9, 1))
    .details(agreement(AgreementLevel::BorderCommune, vec![]));
    let a = assessed(&g, &History::default());
    assert_eq!(a.tier, DecisionTier::BorderCommune);
    assert_eq!(a.authority.role, Role::ProvincialChairman);
    assert_eq!(a.receiving, Role::FaAgency);
    let all: Vec<String> = a.citations.iter().map(|c| c.en()).collect();
    assert!(all.iter().any(|c| c.contains("177/2025/NĐ-CP")), "{all:?}");
    let consultees: Vec<Role> = a.consultations.iter().map(|c| c.consultee).collect();
    assert_eq!(
        consultees,
        vec![
            Role::ProvincialPolice,
            Role::ProvincialMilitary,
            Role::Departments
        ]
    );

    let mut case = case_for("TTQT-LS-2025-07", &g, &commune);
    submit(&mut case, &commune, &g, &History::default()).expect("submitted");
    ok(&mut case, &fa, d(2025, 7, 16), Action::Accept);
    for c in case.consultations().to_vec() {
        ok(
            &mut case,
            &Actor::body(c.consultee.code(), c.consultee),
            d(2025, 7, 22),
            Action::Reply {
                opinion: Opinion::Agree,
            },
        );
    }
    let ready = ok(&mut case, &fa, d(2025, 7, 23), Action::EndConsultation);
    let decision = ready
        .created
        .iter()
        .find(|x| x.kind == DeadlineKind::Decision)
        .expect("5 WD");
    assert_eq!(decision.due, d(2025, 7, 30));
    assert!(decision.citation.en().contains("64/2021/NĐ-CP"));
    ok(&mut case, &chairman, d(2025, 7, 28), Action::Approve);
    assert_eq!(
        case.deadlines(d(2025, 7, 28))
            .iter()
            .filter(|v| v.status == DueStatus::MetOnTime)
            .count(),
        4
    );
}

#[test]
fn the_party_channel_asks_the_standing_committee_for_the_cadres_it_manages() {
    // Given: Đồng Nai requires Thường trực Tỉnh ủy's opinion for cadres the party board manages
    let unit = Actor::body("so-y-te-dong-nai", Role::Organiser);
    let mut cadre = Official::new("le-van-c", "Lê Văn C", Position::DepartmentDirector);
    cadre.managed_by = ManagedBy::ProvincialStandingBoard;
    let f = facts(ActivityKind::OutboundDelegation, "63:75", d(2025, 3, 3))
        .runs(d(2025, 4, 1), d(2025, 4, 5))
        .proposal(true)
        .participant(Participant::head(cadre));
    let a = assessed(&f, &History::default());
    // Then: without the opinion, the submission is refused naming the party standing committee
    let missing = a
        .violations
        .iter()
        .find(|u| u.rule_id() == Some("dong_nai.outbound_delegation.condition.party_opinion"));
    assert!(missing.is_some(), "{:?}", a.violations);
    let mut case = case_for("DR-DNai-2025-03", &f, &unit);
    let r = submit(&mut case, &unit, &f, &History::default()).expect_err("opinion missing");
    assert!(r
        .unmet
        .iter()
        .any(|u| u.rule_id() == Some("dong_nai.outbound_delegation.condition.party_opinion")));
    // With the opinion obtained, no such violation
    let g = f.clone().opinion_of(Role::ProvincialPartyStanding);
    let b = assessed(&g, &History::default());
    assert!(b
        .violations
        .iter()
        .all(|u| u.rule_id() != Some("dong_nai.outbound_delegation.condition.party_opinion")));
    assert_eq!(b.channel, Channel::State);
    let mut case = case_for("DR-DNai-2025-04", &g, &unit);
    assert!(submit(&mut case, &unit, &g, &History::default()).is_ok());
}

#[test]
fn a_resident_reporter_s_local_activity_needs_no_invented_applicant_body() {
    use doingoai::org::Jurisdiction;
    // Given: a resident reporter asks Đà Nẵng for a local activity (NĐ 88/2012 Art. 13(3)); the
    // correspondent's office is no Vietnamese body, so none is named
    let j = Jurisdiction::by_name("Đà Nẵng", d(2025, 9, 1)).expect("Đà Nẵng");
    let p = ProposedActivity::new(
        "BC-DN-2025-01",
        ActivityKind::ForeignPress,
        j,
        d(2025, 9, 1),
    )
    .runs(d(2025, 9, 20), d(2025, 9, 21))
    .details(Details::Press {
        resident: true,
        outlet: "NHK".into(),
    });
    assert!(p.applicant.is_none());
    let mut case = Case::for_activity(&p).expect("press runs a workflow");
    assert_eq!(case.facts().channel, Channel::State);
    let a = assess(
        &p,
        case.procedure(),
        Rulebook::shipped(),
        &cal(),
        &History::default(),
    )
    .expect("assessed");
    assert_eq!(a.authority.role, Role::ProvincialChairman, "{a:?}");
    let office = case.applicant().clone();
    ok(
        &mut case,
        &office,
        d(2025, 9, 1),
        Action::Submit {
            assessment: Box::new(a),
        },
    );
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    ok(&mut case, &chairman, d(2025, 9, 3), Action::Accept);
    // Then: the reply is due within 5 working days of receipt (the 2/9 holiday skipped)
    let reply = case
        .all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Decision)
        .expect("reply");
    assert_eq!(reply.due, d(2025, 9, 9));
    assert!(
        reply.citation.en().contains("88/2012/NĐ-CP"),
        "{}",
        reply.citation.en()
    );
    ok(&mut case, &chairman, d(2025, 9, 5), Action::Approve);
    assert_eq!(
        case.deadlines(d(2025, 9, 5))[0].status,
        DueStatus::MetOnTime
    );
}

#[test]
fn the_province_replies_within_ten_working_days_on_a_foreign_ngo_registration() {
    // Given: the NGO committee asks Đà Nẵng's opinion on a registration (NĐ 58/2022 Art. 11)
    let committee = Actor::body("uy-ban-cong-tac-pcpnn", Role::NgoCommittee);
    let fa = Actor::body("so-ngoai-vu-da-nang", Role::FaAgency);
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    // the registration has no applicant body of the province and no dates: none are invented
    let f = facts(ActivityKind::ForeignNgo, "34:48", d(2025, 9, 3)).details(Details::Ngo {
        organisation: "Tổ chức Plan International".into(),
        renewal: false,
        expiry: None,
    });
    assert!(f.applicant.is_none() && f.starts_on.is_none() && f.ends_on.is_none());
    let a = assessed(&f, &History::default());
    assert_eq!(a.authority.role, Role::ProvincialChairman);
    assert_eq!(a.authority.citation.en(), "Art. 11 58/2022/NĐ-CP");
    let mut case = case_for("PCPNN-2025-04", &f, &committee);
    assert_eq!(case.procedure(), Procedure::NgoReply);
    submit(&mut case, &committee, &f, &History::default()).expect("request received");
    ok(&mut case, &fa, d(2025, 9, 4), Action::Accept);
    // Then: the reply (the decision of this case) is due 10 working days after receipt
    let due = case
        .all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Decision)
        .expect("reply")
        .due;
    assert_eq!(due, d(2025, 9, 17));
    // the committee that asked may not answer for the province
    let r = case
        .apply_with(
            &cal(),
            Event::new(committee.clone(), d(2025, 9, 10), Action::Approve),
        )
        .expect_err("requester");
    assert!(r.has(Ground::Authorization));
    ok(
        &mut case,
        &chairman,
        d(2025, 9, 18),
        Action::Refuse {
            reason: "chưa phù hợp".into(),
        },
    );
    assert_eq!(case.state(), State::Refused);
    assert_eq!(case.deadlines(d(2025, 9, 18))[0].status, DueStatus::MetLate);
}

#[test]
fn aid_approval_creates_the_donor_notice_and_the_start_of_implementation() {
    // Given: non-ODA aid to a Đà Nẵng body, in the Chairman's power (NĐ 80/2020 Art. 7)
    let owner = Actor::body("benh-vien-da-nang", Role::Organiser);
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    let f = facts(ActivityKind::ForeignAid, "34:48", d(2025, 9, 3)).starts(d(2025, 11, 1));
    let mut case = case_for("VT-2025-09", &f, &owner);
    submit(&mut case, &owner, &f, &History::default()).expect("filed");
    ok(&mut case, &chairman, d(2025, 9, 4), Action::Accept);
    let out = ok(&mut case, &chairman, d(2025, 9, 25), Action::Approve);
    // Then: the donor is notified within 5 days and implementation must start within 6 months
    let kinds: Vec<DeadlineKind> = out.created.iter().map(|x| x.kind).collect();
    assert!(
        kinds.contains(&DeadlineKind::Owed(ReportKind::ApprovalNotice)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&DeadlineKind::Owed(ReportKind::ImplementationStart)),
        "{kinds:?}"
    );
    let notice = out
        .created
        .iter()
        .find(|x| x.kind == DeadlineKind::Owed(ReportKind::ApprovalNotice))
        .expect("notice");
    assert_eq!(notice.due, d(2025, 9, 30));
    assert!(notice.citation.en().contains("80/2020/NĐ-CP"));
    // the Chairman discharges the notice; the organiser may not do it in his place
    let r = case
        .apply_with(
            &cal(),
            Event::new(
                owner.clone(),
                d(2025, 9, 26),
                Action::Discharge {
                    kind: DeadlineKind::Owed(ReportKind::ApprovalNotice),
                },
            ),
        )
        .expect_err("owed by the Chairman");
    assert!(r.has(Ground::Authorization), "{r}");
    let done = ok(
        &mut case,
        &chairman,
        d(2025, 9, 26),
        Action::Discharge {
            kind: DeadlineKind::Owed(ReportKind::ApprovalNotice),
        },
    );
    assert_eq!(done.late, Some(false));
    assert_eq!(case.state(), State::Approved);
}

#[test]
fn a_conference_may_ask_for_hosting_approval_first() {
    let organiser = Actor::body("so-du-lich-da-nang", Role::Organiser);
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    let f = facts(
        ActivityKind::InternationalConference,
        "34:48",
        d(2025, 8, 1),
    )
    .runs(d(2025, 11, 10), d(2025, 11, 11));
    let mut case = case_for("HN-DN-2025-11", &f, &organiser);
    // the dossier cannot be approved before it is filed
    let hosting = assessed(&f, &History::default());
    ok(
        &mut case,
        &organiser,
        d(2025, 8, 1),
        Action::RequestHosting {
            assessment: Box::new(hosting),
        },
    );
    assert_eq!(case.state(), State::HostingRequested);
    ok(&mut case, &chairman, d(2025, 8, 8), Action::ApproveHosting);
    assert_eq!(case.state(), State::Draft);
    assert!(case.hosting().is_some());
    let mut g = f.clone();
    g.filed_on = d(2025, 9, 15);
    submit(&mut case, &organiser, &g, &History::default()).expect("dossier after hosting approval");
    assert_eq!(case.state(), State::Submitted);
    assert_eq!(
        case.log()[0].citations.first().map(|c| c.en()),
        Some("Art. 6 06/2020/QĐ-TTg".into())
    );
}

#[test]
fn the_channel_of_the_applicant_decides_the_authority_and_is_part_of_the_decision() {
    // A department's delegation goes through the People's Committee…
    let state = facts(ActivityKind::OutboundDelegation, "63:79", d(2025, 3, 3))
        .runs(d(2025, 4, 1), d(2025, 4, 3));
    let a = assessed(&state, &History::default());
    assert_eq!(a.channel, Channel::State);
    assert_eq!(a.authority.role, Role::ProvincialChairman);
    // …while the party committee's own delegation goes through the party side: the provincial
    // party committee sends its cadres (Luật 49/2019 Art. 11(1))…
    let party = state.clone().in_channel(Channel::Party);
    let p = assessed(&party, &History::default());
    assert_eq!(p.channel, Channel::Party);
    assert_eq!(p.authority.role, Role::ProvincialPartyCommittee);
    assert_eq!(p.authority.citation.en(), "Art. 11(1) 49/2019/QH14");
    // …and, Art. 11 having no separate sender for cadres of the standing board, for them too
    // (fidelity audit B-3); a provincial people's-channel sender is not stated: the engine says so
    let mut cadre = Official::new("le-van-c", "Lê Văn C", Position::DepartmentDirector);
    cadre.managed_by = ManagedBy::ProvincialStandingBoard;
    let board = party.clone().participant(Participant::head(cadre));
    assert_eq!(
        assessed(&board, &History::default()).authority.role,
        Role::ProvincialPartyCommittee
    );
    let people = state.clone().in_channel(Channel::People);
    let x = assessed(&people, &History::default());
    assert!(
        x.violations.iter().any(|u| u.ground() == Ground::NoRule),
        "{:?}",
        x.violations
    );
    // and a case never runs under an assessment made for another channel
    let unit = Actor::body("so-ke-hoach-hcm", Role::Organiser);
    let mut case = case_for("DR-HCM-2025-12", &state, &unit);
    let r = case
        .apply_with(
            &cal(),
            Event::new(
                unit.clone(),
                d(2025, 3, 3),
                Action::Submit {
                    assessment: Box::new(p),
                },
            ),
        )
        .expect_err("wrong channel");
    assert!(
        r.unmet.iter().any(|u| u.wrong.en.contains("channel")),
        "{r}"
    );
}

#[test]
fn a_member_put_under_exit_suspension_after_filing_blocks_the_approval_until_a_clean_recheck() {
    // Given: a Đà Nẵng delegation filed on 01/09/2025, on time and clean
    let unit = Actor::body("so-cong-thuong-da-nang", Role::Organiser);
    let chairman = Actor::official("chu-tich-da-nang", Role::ProvincialChairman);
    let f = facts(ActivityKind::OutboundDelegation, "34:48", d(2025, 9, 1))
        .runs(d(2025, 10, 6), d(2025, 10, 9))
        .proposal(true)
        .participant(member("pham-van-d"));
    let mut case = case_for("DR-DN-2025-21", &f, &unit);
    submit(&mut case, &unit, &f, &History::default()).expect("clean at filing");
    ok(&mut case, &chairman, d(2025, 9, 3), Action::Accept);

    // When: before deciding, the authority re-evaluates as of 15/09, when the member is
    // under an exit suspension (Luật 49/2019 Art. 36)
    let mut later = f.clone();
    later.filed_on = d(2025, 9, 15);
    later.participants[0]
        .official
        .exit_suspensions
        .push(ExitSuspension {
            period: Validity {
                from: d(2025, 9, 12),
                to: None,
            },
            ground: "đang bị điều tra".into(),
        });
    let fresh = assessed(&later, &History::default());
    ok(
        &mut case,
        &chairman,
        d(2025, 9, 15),
        Action::Recheck {
            assessment: Box::new(fresh),
        },
    );

    // Then: the approval is refused with the exit suspension and its article
    let r = case
        .apply_with(
            &cal(),
            Event::new(chairman.clone(), d(2025, 9, 15), Action::Approve),
        )
        .expect_err("blocked");
    let u = r
        .unmet
        .iter()
        .find(|u| u.ground() == Ground::ExitSuspension)
        .expect("exit suspension");
    assert_eq!(
        u.citations.first().map(|c| c.en()),
        Some("Art. 36 49/2019/QH14".into())
    );
    assert!(u.satisfy.en.contains("pham-van-d"));

    // When the suspension is lifted and a new recheck is clean, the approval goes through
    let mut cleared = later.clone();
    cleared.filed_on = d(2025, 9, 22);
    cleared.participants[0].official.exit_suspensions.clear();
    let clean = assessed(&cleared, &History::default());
    ok(
        &mut case,
        &chairman,
        d(2025, 9, 22),
        Action::Recheck {
            assessment: Box::new(clean),
        },
    );
    ok(&mut case, &chairman, d(2025, 9, 22), Action::Approve);
    assert!(case.blocking().is_empty());
    // and the whole history replays, JSON included
    assert_eq!(
        Case::from_json(&case.to_json().expect("json")).expect("loads"),
        case
    );
}

#[test]
fn a_conference_the_province_chairs_stays_with_the_chairman_and_the_refusal_says_why() {
    // Given: Bình Dương's delegation to the director of foreign affairs excepts conferences the
    // People's Committee chairs (QĐ 157/QĐ-UBND 2024); the province chairs this one.
    let organiser = Actor::body("dai-hoc-thu-dau-mot", Role::Organiser);
    let director = Actor::official("giam-doc-so-ngoai-vu", Role::FaAgencyHead);
    let f = facts(
        ActivityKind::InternationalConference,
        "63:74",
        d(2025, 3, 3),
    )
    .runs(d(2025, 4, 15), d(2025, 4, 16))
    .details(conference(ForeignRank::Other, true));
    let a = assessed(&f, &History::default());
    // the withheld delegation travels with the assessment, with the exception that holds
    let g = a.delegates.first().expect("the withheld grant");
    assert_eq!(g.excepted, vec![Attribute::ChairedByProvince]);

    // When: the case reaches the decision and the director, who would hold the delegation
    // otherwise, approves
    let mut case = case_for("HN-BD-2025-05", &f, &organiser);
    submit(&mut case, &organiser, &f, &History::default()).expect("on time");
    let chairman = Actor::official("chu-tich-binh-duong", Role::ProvincialChairman);
    ok(&mut case, &chairman, d(2025, 3, 4), Action::Accept);
    for c in case.consultations().to_vec() {
        let body = Actor::body(format!("co-quan-{}", c.consultee.code()), c.consultee);
        let reply = Action::Reply {
            opinion: Opinion::Agree,
        };
        ok(&mut case, &body, d(2025, 3, 10), reply);
    }
    ok(
        &mut case,
        &chairman,
        d(2025, 3, 11),
        Action::EndConsultation,
    );
    let r = case
        .apply_with(
            &cal(),
            Event::new(director, d(2025, 3, 14), Action::Approve),
        )
        .expect_err("not competent");

    // Then: not competent, because the delegation's exception holds; both provisions cited
    let miss = match &r.unmet[0].kind {
        FindingKind::NotCompetent {
            delegation: Some(miss),
            competent: Role::ProvincialChairman,
            ..
        } => miss,
        k => panic!("{k:?}"),
    };
    assert_eq!(
        miss.why,
        DelegationGap::Excepted {
            attributes: vec![Attribute::ChairedByProvince]
        }
    );
    assert!(
        r.unmet[0].wrong.en.contains("chaired by the province"),
        "{r}"
    );
    assert!(r.citations().contains(&&miss.grant), "{r}");
    // the Chairman decides
    ok(&mut case, &chairman, d(2025, 3, 14), Action::Approve);
}

#[test]
fn a_foreign_reporter_s_programme_needs_no_invented_body_or_end_date() {
    use doingoai::ledger::sources::{from_case, ProvinceBodies};
    use doingoai::ledger::Owed;
    use doingoai::rules::{evaluate, Subject};
    // Given: a non-resident reporter's programme in Đà Nẵng from 20/08/2026 (NĐ 262/2026 Art. 5–6):
    // MOFA permits it, the province's foreign-affairs agency guides it and reports afterwards.
    // The request names no Vietnamese applicant body and no last day, and none is invented.
    let p = facts(ActivityKind::ForeignPress, "34:48", d(2026, 8, 3))
        .starts(d(2026, 8, 20))
        .details(Details::Press {
            resident: false,
            outlet: "ZDF".into(),
        });
    assert!(p.applicant.is_none() && p.ends_on.is_none());
    assert_eq!(p.subject(), Subject::NonResidentPress);
    let decision =
        evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect("evaluates");
    assert_eq!(
        decision.authority.as_ref().map(|a| a.decides),
        Some(Role::Mofa)
    );
    // at least 10 days before the entry
    assert_eq!(decision.latest_filing(), Some(d(2026, 8, 10)));
    assert!(decision.is_admissible(), "{:?}", decision.violations);

    // When: the case runs on the same proposed activity
    let a = assessed(&p, &History::default());
    assert_eq!(a.authority.role, Role::Mofa);
    let mut case = Case::for_activity(&p).expect("press runs a workflow");
    assert_eq!(case.procedure(), Procedure::Press);
    assert_eq!(case.facts().ends, None);
    assert_eq!(case.facts().applicant_body, None);
    let agency = case.applicant().clone();
    submit(&mut case, &agency, &p, &History::default()).expect("on time");
    let mofa = Actor::body("bo-ngoai-giao", Role::Mofa);
    ok(&mut case, &mofa, d(2026, 8, 4), Action::Accept);
    ok(&mut case, &mofa, d(2026, 8, 11), Action::Approve);
    ok(&mut case, &agency, d(2026, 8, 25), Action::CarryOut);

    // Then: the guiding agency reports to MOFA within 3 working days of the programme's end
    let report = case
        .obligations(d(2026, 8, 25))
        .into_iter()
        .find(|v| v.deadline.kind == DeadlineKind::Owed(ReportKind::ResultReport))
        .expect("the guide's report");
    assert_eq!(report.deadline.to, vec![Role::Mofa]);
    assert_eq!(report.deadline.due, d(2026, 8, 28));
    // and in the ledger it is the province's foreign-affairs agency that owes it
    let bodies = ProvinceBodies::standard(p.jurisdiction);
    let obs = from_case(&case, &p, &bodies);
    let o = obs
        .iter()
        .find(|o| o.owed == Owed::new(Subject::NonResidentPress, ReportKind::ResultReport))
        .expect("in the ledger");
    assert_eq!(o.owed_by, bodies.fa_agency);
}

#[test]
fn evaluate_assess_and_the_case_agree_on_a_conference_with_a_foreign_minister() {
    use doingoai::rules::evaluate;
    // One ProposedActivity, three readers: the rulebook's decision, the workflow's assessment
    // and the case give the same tier, findings and obligations.
    let p: ProposedActivity =
        doingoai::json::from_str(include_str!("../examples/data/conference_minister_pm.json"))
            .expect("the sample request");
    let decision =
        evaluate(&p, Rulebook::shipped(), &cal(), &History::default()).expect("evaluates");
    let a = assessed(&p, &History::default());
    assert_eq!(decision.tier, Some(DecisionTier::PrimeMinister));
    assert_eq!(a.tier, DecisionTier::PrimeMinister);
    assert_eq!(
        decision.authority.as_ref().map(|x| x.decides),
        Some(a.authority.role)
    );
    assert_eq!(a.violations, decision.violations);
    let owed: Vec<_> = decision
        .obligations
        .iter()
        .filter(|o| {
            use doingoai::rules::Anchor;
            o.within.is_some()
                && matches!(
                    o.anchor,
                    Some(Anchor::End | Anchor::Signing | Anchor::Completion | Anchor::Approval)
                )
        })
        .map(|o| (o.report, o.owed_by, o.to.clone()))
        .collect();
    let assessed_owed: Vec<_> = a
        .obligations
        .iter()
        .map(|o| (o.report, o.owner, o.to.clone()))
        .collect();
    assert_eq!(assessed_owed, owed);
    let mut case = Case::for_activity(&p).expect("a case");
    let organiser = case.applicant().clone();
    let out = submit(&mut case, &organiser, &p, &History::default()).expect("admissible");
    assert_eq!(out.to, State::Submitted);
    assert_eq!(
        case.assessment().map(|x| x.tier),
        Some(decision.tier.expect("a tier"))
    );
    assert_eq!(case.facts().channel, p.channel());
    assert_eq!(case.facts().starts, p.starts_on);
}
