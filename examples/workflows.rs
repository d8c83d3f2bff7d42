//! The approval workflows of a province, run end to end on the shipped rulebook and the
//! state-agency calendar.
//!
//! * `cargo run --example workflows` runs a few cases and prints their audit logs and
//!   deadlines;
//! * `cargo run --example workflows -- --mermaid` prints one Mermaid `stateDiagram-v2` per
//!   machine, each edge labelled with the event, the actor role, the guard and the citation.

use chrono::NaiveDate;
use doingoai::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, Details, ProposedActivity,
};
use doingoai::history::History;
use doingoai::org::{Body, BodyKind};
use doingoai::rules::Rulebook;
use doingoai::workflow::*;
use doingoai::{Label, WorkCalendar};

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(y, m, day).ok_or_else(|| format!("bad date {y}-{m}-{day}"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().any(|a| a == "--mermaid") {
        for &p in Procedure::ALL {
            println!("{}", mermaid(p));
        }
        return Ok(());
    }

    let cal = WorkCalendar::state_agency();
    let rb = Rulebook::shipped();

    // An agreement of Đà Nẵng in the name of its People's Committee; a consultee objects.
    let da_nang = "34:48".parse()?;
    let agreement = ProposedActivity::new(
        "TTQT-2025-12",
        ActivityKind::InternationalAgreement,
        da_nang,
        d(2025, 9, 1)?,
    )
    .by(Body::new(BodyKind::ProvincialDepartment, da_nang).named("so-van-hoa"))
    .starts(d(2025, 10, 20)?)
    .titled("Thỏa thuận hợp tác văn hóa")
    .details(Details::Agreement {
        level: AgreementLevel::PeoplesCommittee,
        procedure: AgreementProcedure::Normal,
        concerns: vec![],
        partner: "Tỉnh Gyeonggi".into(),
        shortened_ground: None,
    });
    let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
    // the same proposed activity for the rulebook and the case
    let a = assess(
        &agreement,
        Procedure::Agreement,
        rb,
        &cal,
        &History::default(),
    )?;
    let mut case = Case::for_activity(&agreement).ok_or("no workflow")?;
    let dept = case.applicant().clone(); // the department, acting as organiser
    let steps = vec![
        Event::new(
            dept.clone(),
            d(2025, 9, 1)?,
            Action::Submit {
                assessment: Box::new(a),
            },
        ),
        Event::new(chairman.clone(), d(2025, 9, 3)?, Action::Accept),
        Event::new(
            Actor::body("bo-ngoai-giao", Role::Mofa),
            d(2025, 9, 8)?,
            Action::Reply {
                opinion: Opinion::Agree,
            },
        ),
        Event::new(
            Actor::body("bo-cong-an", Role::RelatedBodies),
            d(2025, 9, 10)?,
            Action::Reply {
                opinion: Opinion::Object {
                    reason: "liên quan an ninh".into(),
                },
            },
        ),
        Event::new(chairman.clone(), d(2025, 9, 11)?, Action::EndConsultation),
        Event::new(chairman.clone(), d(2025, 9, 12)?, Action::Approve), // refused: objection
        Event::new(chairman.clone(), d(2025, 9, 12)?, Action::Escalate),
        Event::new(
            Actor::official("thu-tuong", Role::PrimeMinister),
            d(2025, 9, 22)?,
            Action::Approve,
        ),
        Event::new(dept.clone(), d(2025, 10, 20)?, Action::CarryOut),
    ];
    println!("== {} ({})", case.id(), case.procedure().en());
    for e in steps {
        let what = e.action.kind();
        match case.apply_with(&cal, e) {
            Ok(o) => println!("  {:<16} {} → {}", what.code(), o.from.code(), o.to.code()),
            Err(r) => println!("  {:<16} REFUSED: {r}", what.code()),
        }
    }
    println!("-- audit log");
    for entry in case.log() {
        println!("  {}", entry.line());
    }
    println!("-- deadlines as of 25/10/2025");
    for v in case.deadlines(d(2025, 10, 25)?) {
        println!("  {:?}: {}", v.status, v.deadline.explain_en());
    }
    let json = case.to_json()?;
    let back = Case::from_json(&json)?;
    println!(
        "-- stored: {} bytes, reloads to the same case: {}",
        json.len(),
        back == case
    );
    Ok(())
}
