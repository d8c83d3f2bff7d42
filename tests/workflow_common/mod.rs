//! Shared fixtures for the workflow tests: actors, hand-made assessments (standing in for the
//! rulebook where a test is about the workflow itself), and a given / when / then harness.
#![allow(dead_code)]

use chrono::NaiveDate;
use doingoai::rules::{DecisionTier, ReportKind};
use doingoai::workflow::*;
use doingoai::{Channel, Citation, Jurisdiction, Period};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

pub fn applicant() -> Actor {
    Actor::body("so-giao-duc", Role::Organiser)
}
pub fn fa_agency() -> Actor {
    Actor::body("so-ngoai-vu", Role::FaAgency)
}
pub fn chairman() -> Actor {
    Actor::official("chu-tich-ubnd", Role::ProvincialChairman)
}
pub fn pm() -> Actor {
    Actor::official("thu-tuong", Role::PrimeMinister)
}
pub fn mofa() -> Actor {
    Actor::body("bo-ngoai-giao", Role::Mofa)
}
pub fn mps() -> Actor {
    Actor::body("bo-cong-an", Role::PublicSecurity)
}
pub fn director() -> Actor {
    Actor::official("giam-doc-so-ngoai-vu", Role::FaAgencyHead)
}

pub fn art(n: &'static str, a: u16) -> Citation {
    Citation::article(n, a)
}

/// An agreement in the name of the People's Committee (Luật 70/2020 Art. 18–19), normal
/// procedure, consulting MOFA and the Ministry of Public Security.
pub fn agreement_ppc(on: NaiveDate) -> Assessment {
    let law = "70/2020/QH14";
    Assessment::new(
        "test-2025.1",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art(law, 18)),
    )
    .received_by(Role::FaAgency)
    .consult(
        Role::Mofa,
        TimeLimit::new(Period::WorkingDays(7), art(law, 19).clause(2)),
    )
    .consult(
        Role::PublicSecurity,
        TimeLimit::new(Period::WorkingDays(7), art(law, 19).clause(2)),
    )
    .escalate_to(
        Authority::new(Role::PrimeMinister, art(law, 19).clause(4)),
        true,
        Some(TimeLimit::new(
            Period::WorkingDays(7),
            art(law, 19).clause(4),
        )),
    )
    .oblige(
        ReportKind::ResultReport,
        Role::Organiser,
        Some(Role::PrimeMinister),
        Trigger::CarriedOut,
        TimeLimit::new(Period::CalendarDays(15), art(law, 19).clause(5)),
    )
}

/// An outbound delegation of a department, state channel, decided by the Chairman, with a
/// 10-working-day lead time, a 7-working-day decision period, a result report and the
/// passport return.
pub fn outbound_state(on: NaiveDate, latest: NaiveDate) -> Assessment {
    Assessment::new(
        "test-2025.1",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art("49/2019/QH14", 11)),
    )
    .received_by(Role::FaAgency)
    .file_by(
        latest,
        Period::WorkingDays(10),
        Citation::instrument("12/2024/QĐ-UBND"),
    )
    .decide_within(
        TimeLimit::new(
            Period::WorkingDays(7),
            Citation::instrument("12/2024/QĐ-UBND"),
        ),
        DecisionClock::Ready,
    )
    .oblige(
        ReportKind::ResultReport,
        Role::Organiser,
        Some(Role::ProvincialChairman),
        Trigger::CarriedOut,
        TimeLimit::new(
            Period::WorkingDays(7),
            Citation::instrument("12/2024/QĐ-UBND"),
        ),
    )
    .oblige(
        ReportKind::PassportReturn,
        Role::Organiser,
        None,
        Trigger::CarriedOut,
        TimeLimit::new(Period::WorkingDays(5), art("49/2019/QH14", 23).clause(3)),
    )
}

/// A provincial-tier conference with permission delegated to the FA agency's director.
pub fn conference_provincial(on: NaiveDate) -> Assessment {
    let qd = "06/2020/QĐ-TTg";
    Assessment::new(
        "test-2025.1",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art(qd, 3).clause(2)),
    )
    .received_by(Role::FaAgency)
    .consult(
        Role::ProvincialPolice,
        TimeLimit::new(Period::CalendarDays(15), art(qd, 5)),
    )
    .delegate(Grant {
        from: Role::ProvincialChairman,
        to: Role::FaAgencyHead,
        holder: None,
        scope: vec![Procedure::Conference],
        validity: doingoai::Validity::between(d(2024, 11, 1), d(2026, 12, 31)).expect("valid"),
        revoked: None,
        citation: Citation::instrument("157/QĐ-UBND"),
        excepted: vec![],
    })
    .oblige(
        ReportKind::ResultReport,
        Role::Organiser,
        Some(Role::FaAgency),
        Trigger::CarriedOut,
        TimeLimit::new(Period::CalendarDays(15), art(qd, 4).clause(2).point('c')),
    )
}

pub fn new_case(id: &str, procedure: Procedure) -> Case {
    Case::new(
        id,
        procedure,
        applicant(),
        CaseFacts::new("test", Jurisdiction::National, Channel::State),
    )
}

pub fn ev(actor: Actor, on: NaiveDate, action: Action) -> Event {
    Event::new(actor, on, action)
}

pub fn submit(a: Assessment) -> Action {
    Action::Submit {
        assessment: Box::new(a),
    }
}

/// given / when / then: applies `given` (each must be accepted), then `when`.
pub fn given(case: &mut Case, events: Vec<Event>) {
    for e in events {
        let kind = e.action.kind();
        if let Err(r) = case.apply(e) {
            panic!("given event `{}` refused: {r}", kind.code());
        }
    }
}

/// Applies `event`, expecting a refusal, and checks that the case did not change at all.
pub fn refused(case: &mut Case, event: Event) -> Refusal {
    let before = case.clone();
    let r = case
        .apply(event)
        .expect_err("the event should have been refused");
    assert_eq!(*case, before, "a refused event changed the case");
    assert!(!r.unmet.is_empty());
    r
}

/// The outbound delegation of the benches (`benches/workflow.rs`, `benches/compare.rs`): a
/// Hồ Chí Minh City department sends five officials abroad, 1–5 April 2025, filed 3 March
/// 2025 — assessed by the shipped rulebook where a test is about what the rulebook gives.
pub fn hcm_outbound_delegation() -> doingoai::activity::ProposedActivity {
    use doingoai::activity::{ActivityKind, Participant, ProposedActivity};
    use doingoai::org::{Body, BodyKind, Official, Position};
    let hcm: Jurisdiction = "63:79".parse().expect("a province code");
    let mut p = ProposedActivity::new("DR-1", ActivityKind::OutboundDelegation, hcm, d(2025, 3, 3))
        .by(Body::new(BodyKind::ProvincialDepartment, hcm).named("so"))
        .runs(d(2025, 4, 1), d(2025, 4, 5))
        .proposal(true);
    p.participants = (0..5)
        .map(|i| Participant::member(Official::new(format!("p{i}"), "X", Position::Staff)))
        .collect();
    p
}

/// The six events of [`hcm_outbound_delegation`]'s case under assessment `a`: submitted 3 March,
/// accepted 4 March, approved by the authority 10 March, carried out 5 April, result reported
/// 9 April, closed 10 April 2025.
pub fn hcm_outbound_events(a: &Assessment) -> Vec<Event> {
    let dept = Actor::body("so", Role::Organiser);
    let receiving = Actor::body("so-ngoai-vu", a.receiving);
    let chairman = Actor::official("ct", a.authority.role);
    vec![
        ev(dept.clone(), d(2025, 3, 3), submit(a.clone())),
        ev(receiving, d(2025, 3, 4), Action::Accept),
        ev(chairman.clone(), d(2025, 3, 10), Action::Approve),
        ev(dept.clone(), d(2025, 4, 5), Action::CarryOut),
        ev(dept, d(2025, 4, 9), Action::ReportResult),
        ev(chairman, d(2025, 4, 10), Action::Close),
    ]
}
