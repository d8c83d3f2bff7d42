//! Guards the mutation tests of issue 13 found unpinned in `workflow/transition/`: who may
//! discharge an obligation or file the result report (`Case::owns`), escalation when nobody
//! objected (`Case::has_objection`), and carrying out on the approval day. Each test fails on
//! the mutant named in its comment.

mod workflow_common;

use doingoai::rules::{FindingKind, ReportKind};
use doingoai::workflow::*;
use workflow_common::*;

/// An outbound delegation approved on 10/03/2025 and carried out on 17/03/2025: a result
/// report (7 working days) and the passports (5 working days) are owed by the organiser.
fn carried_out() -> Case {
    let mut case = new_case("DR-OWN", Procedure::Outbound);
    given(
        &mut case,
        vec![
            ev(
                applicant(),
                d(2025, 3, 3),
                submit(outbound_state(d(2025, 3, 3), d(2025, 3, 17))),
            ),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
            ev(chairman(), d(2025, 3, 10), Action::Approve),
            ev(applicant(), d(2025, 3, 17), Action::CarryOut),
        ],
    );
    case
}

fn passports() -> Action {
    Action::Discharge {
        kind: DeadlineKind::Owed(ReportKind::PassportReturn),
    }
}

fn not_owner(r: &Refusal) -> bool {
    r.unmet.iter().any(|f| {
        matches!(
            f.kind,
            FindingKind::NotOwner {
                owner: Role::Organiser,
                ..
            }
        )
    })
}

// `Case::owns`: `actor.role == owner` → `!=`, `actor.id == applicant.id` → `!=`, `||` → `&&`,
// or the whole function → `true` / `false`.
#[test]
fn only_the_owner_or_the_applicant_discharges_an_obligation() {
    let mut case = carried_out();
    // the foreign-affairs agency neither acts as the organiser nor is the applicant
    let r = refused(&mut case, ev(fa_agency(), d(2025, 3, 18), passports()));
    assert!(not_owner(&r), "{r}");
    // another body acting as the organiser owns it
    let organiser = Actor::body("so-du-lich", Role::Organiser);
    let out = case
        .apply(ev(organiser, d(2025, 3, 18), passports()))
        .expect("the organiser discharges it");
    assert_eq!(out.late, Some(false));
    // the applicant owns what its side owes, whatever role it acts in
    let mut case = carried_out();
    let applicant_as_head = Actor::official("so-giao-duc", Role::HeadOfDelegation);
    case.apply(ev(applicant_as_head, d(2025, 3, 18), passports()))
        .expect("the applicant discharges it");
}

#[test]
fn only_the_owner_or_the_applicant_files_the_result_report() {
    let mut case = carried_out();
    let r = refused(
        &mut case,
        ev(fa_agency(), d(2025, 3, 18), Action::ReportResult),
    );
    assert!(not_owner(&r), "{r}");
    let r = refused(
        &mut case,
        ev(
            Actor::official("chu-tich-ubnd", Role::ProvincialChairman),
            d(2025, 3, 18),
            Action::ReportResult,
        ),
    );
    assert!(not_owner(&r), "{r}");
    let organiser = Actor::body("so-du-lich", Role::Organiser);
    let out = case
        .apply(ev(organiser, d(2025, 3, 18), Action::ReportResult))
        .expect("the organiser files it");
    assert_eq!(out.to, State::ResultReported);
}

// `Case::has_objection` → `true`.
#[test]
fn escalation_is_refused_when_no_consultee_objected() {
    let mut case = new_case("TT-ESC", Procedure::Agreement);
    given(
        &mut case,
        vec![
            ev(
                applicant(),
                d(2025, 3, 3),
                submit(agreement_ppc(d(2025, 3, 3))),
            ),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
            ev(
                mofa(),
                d(2025, 3, 5),
                Action::Reply {
                    opinion: Opinion::Agree,
                },
            ),
            ev(
                mps(),
                d(2025, 3, 6),
                Action::Reply {
                    opinion: Opinion::Agree,
                },
            ),
            ev(fa_agency(), d(2025, 3, 6), Action::EndConsultation),
        ],
    );
    let r = refused(&mut case, ev(chairman(), d(2025, 3, 7), Action::Escalate));
    assert!(
        r.unmet.iter().any(|f| matches!(
            f.kind,
            FindingKind::NoObjection {
                competent: Role::ProvincialChairman
            }
        )),
        "{r}"
    );
    // the competent authority decides
    given(
        &mut case,
        vec![ev(chairman(), d(2025, 3, 7), Action::Approve)],
    );
    assert_eq!(case.state(), State::Approved);
}

// `guard_carry_out`: `on < approved` → `on <= approved` (or `==`).
#[test]
fn carrying_out_on_the_approval_day_is_accepted() {
    let mut case = new_case("DR-SAME-DAY", Procedure::Outbound);
    given(
        &mut case,
        vec![
            ev(
                applicant(),
                d(2025, 3, 3),
                submit(outbound_state(d(2025, 3, 3), d(2025, 3, 17))),
            ),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
            ev(chairman(), d(2025, 3, 10), Action::Approve),
        ],
    );
    let out = case
        .apply(ev(applicant(), d(2025, 3, 10), Action::CarryOut))
        .expect("carried out on the day of the approval");
    assert_eq!(out.to, State::CarriedOut);
    assert_eq!(case.carried_out(), Some(d(2025, 3, 10)));
}
