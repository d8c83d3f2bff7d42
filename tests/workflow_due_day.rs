//! "On the due day" is on time: every lateness flag of the workflow (a reply, the decision,
//! the higher authority's decision, the reconciliation, the result report, a discharged
//! obligation, a filing) and every status of a deadline turn the day **after** the due day.
//! Each test acts on the due day and on the day after, so it fails when a `>` of a lateness
//! flag becomes `>=` (or a `<=` becomes `<`) in `workflow/transition/*.rs`,
//! `workflow/deadline.rs` or `workflow/plan.rs` — the mutants issue 13 found surviving.

mod workflow_common;

use chrono::{Days, NaiveDate};
use doingoai::rules::{FindingKind, ReportKind};
use doingoai::workflow::*;
use doingoai::{Citation, DueStatus, Period};
use workflow_common::*;

fn next(day: NaiveDate) -> NaiveDate {
    day + Days::new(1)
}

fn reply(actor: Actor, on: NaiveDate) -> Event {
    ev(
        actor,
        on,
        Action::Reply {
            opinion: Opinion::Agree,
        },
    )
}

/// The due day of the (last) deadline of `kind`.
fn due(case: &Case, kind: DeadlineKind) -> NaiveDate {
    case.all_deadlines()
        .iter()
        .rev()
        .find(|x| x.kind == kind)
        .map(|x| x.due)
        .unwrap_or_else(|| panic!("no {kind:?} deadline"))
}

/// An agreement in consultation since Tue 04/03/2025: both replies due Thu 13/03/2025.
fn agreement(assessment: Assessment) -> Case {
    let mut case = new_case("TT-DUE", Procedure::Agreement);
    given(
        &mut case,
        vec![
            ev(applicant(), d(2025, 3, 3), submit(assessment)),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
        ],
    );
    assert_eq!(due(&case, DeadlineKind::ConsultationReply), d(2025, 3, 13));
    case
}

/// An outbound delegation accepted on Tue 04/03/2025: the decision is due Thu 13/03/2025.
fn outbound() -> Case {
    let mut case = new_case("DR-DUE", Procedure::Outbound);
    given(
        &mut case,
        vec![
            ev(
                applicant(),
                d(2025, 3, 3),
                submit(outbound_state(d(2025, 3, 3), d(2025, 3, 17))),
            ),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
        ],
    );
    assert_eq!(due(&case, DeadlineKind::Decision), d(2025, 3, 13));
    case
}

// consultation.rs `guard_reply`: `on > c.due`
#[test]
fn a_reply_on_its_due_day_is_on_time_and_the_day_after_late() {
    let mut case = agreement(agreement_ppc(d(2025, 3, 3)));
    let on_time = case.apply(reply(mofa(), d(2025, 3, 13))).expect("reply");
    assert_eq!(on_time.late, Some(false));
    let late = case.apply(reply(mps(), d(2025, 3, 14))).expect("reply");
    assert_eq!(late.late, Some(true));
    let statuses: Vec<DueStatus> = case
        .deadlines(d(2025, 3, 14))
        .iter()
        .map(|v| v.status)
        .collect();
    assert_eq!(statuses, vec![DueStatus::MetOnTime, DueStatus::MetLate]);
}

// consultation.rs `guard_end_consultation`: `on <= c.due`
#[test]
fn a_consultation_stays_open_through_the_last_reply_day() {
    let mut case = agreement(agreement_ppc(d(2025, 3, 3)));
    given(&mut case, vec![reply(mofa(), d(2025, 3, 5))]);
    let r = refused(
        &mut case,
        ev(fa_agency(), d(2025, 3, 13), Action::EndConsultation),
    );
    assert!(r.unmet.iter().any(|f| matches!(
        f.kind,
        FindingKind::ReplyAwaited {
            consultee: Role::PublicSecurity,
            ..
        }
    )));
    given(
        &mut case,
        vec![ev(fa_agency(), d(2025, 3, 14), Action::EndConsultation)],
    );
    assert_eq!(case.state(), State::AwaitingDecision);
}

// decision.rs `meet_decision`: `on > d.due` (approval and refusal)
#[test]
fn a_decision_on_its_due_day_is_on_time_and_the_day_after_late() {
    let mut case = outbound();
    let out = case
        .apply(ev(chairman(), d(2025, 3, 13), Action::Approve))
        .expect("approved");
    assert_eq!(out.late, Some(false));
    let mut case = outbound();
    let out = case
        .apply(ev(chairman(), d(2025, 3, 14), Action::Approve))
        .expect("approved");
    assert_eq!(out.late, Some(true));
    let mut case = outbound();
    let out = case
        .apply(ev(
            chairman(),
            d(2025, 3, 13),
            Action::Refuse {
                reason: "không".into(),
            },
        ))
        .expect("refused");
    assert_eq!(out.late, Some(false));
}

// decision.rs `meet_decision` after escalation: `on > d.due`
#[test]
fn the_higher_authoritys_decision_on_its_due_day_is_on_time() {
    let escalated = || {
        let mut case = agreement(agreement_ppc(d(2025, 3, 3)));
        given(
            &mut case,
            vec![
                reply(mofa(), d(2025, 3, 5)),
                ev(
                    mps(),
                    d(2025, 3, 6),
                    Action::Reply {
                        opinion: Opinion::Object {
                            reason: "an ninh".into(),
                        },
                    },
                ),
                ev(fa_agency(), d(2025, 3, 6), Action::EndConsultation),
                ev(chairman(), d(2025, 3, 7), Action::Escalate),
            ],
        );
        assert_eq!(due(&case, DeadlineKind::EscalatedDecision), d(2025, 3, 18));
        case
    };
    let mut case = escalated();
    let out = case
        .apply(ev(pm(), d(2025, 3, 18), Action::Approve))
        .expect("approved");
    assert_eq!(out.late, Some(false));
    let mut case = escalated();
    let out = case
        .apply(ev(pm(), d(2025, 3, 19), Action::Approve))
        .expect("approved");
    assert_eq!(out.late, Some(true));
}

// consultation.rs `guard_reconcile`: `on > d.due`
#[test]
fn a_reconciliation_on_its_due_day_is_on_time() {
    let reconciling = || {
        let a = agreement_ppc(d(2025, 3, 3)).reconcile_within(TimeLimit::new(
            Period::WorkingDays(5),
            art("64/2021/NĐ-CP", 7),
        ));
        let mut case = agreement(a);
        given(
            &mut case,
            vec![
                reply(mofa(), d(2025, 3, 5)),
                reply(mps(), d(2025, 3, 5)),
                ev(fa_agency(), d(2025, 3, 5), Action::EndConsultation),
            ],
        );
        assert_eq!(case.state(), State::Reconciling);
        // five working days after Wed 05/03/2025
        assert_eq!(due(&case, DeadlineKind::Reconciliation), d(2025, 3, 12));
        case
    };
    let mut case = reconciling();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 12), Action::Reconcile))
        .expect("reconciled");
    assert_eq!(out.late, Some(false));
    let mut case = reconciling();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 13), Action::Reconcile))
        .expect("reconciled");
    assert_eq!(out.late, Some(true));
}

// execution.rs `guard_report_result` and `guard_discharge`: `on > d.due`
#[test]
fn a_result_report_and_a_discharge_on_their_due_days_are_on_time() {
    let carried_out = || {
        let mut case = outbound();
        given(
            &mut case,
            vec![
                ev(chairman(), d(2025, 3, 10), Action::Approve),
                ev(applicant(), d(2025, 3, 17), Action::CarryOut),
            ],
        );
        case
    };
    let passports = Action::Discharge {
        kind: DeadlineKind::Owed(ReportKind::PassportReturn),
    };
    let report_kind = DeadlineKind::Owed(ReportKind::ResultReport);

    let mut case = carried_out();
    let (p_due, r_due) = (due(&case, passports_kind()), due(&case, report_kind));
    assert_eq!((p_due, r_due), (d(2025, 3, 24), d(2025, 3, 26)));
    let out = case
        .apply(ev(applicant(), p_due, passports.clone()))
        .expect("passports back");
    assert_eq!(out.late, Some(false));
    let out = case
        .apply(ev(applicant(), r_due, Action::ReportResult))
        .expect("report filed");
    assert_eq!(out.late, Some(false));
    let statuses: Vec<DueStatus> = case.obligations(r_due).iter().map(|v| v.status).collect();
    assert_eq!(statuses, vec![DueStatus::MetOnTime, DueStatus::MetOnTime]);

    let mut case = carried_out();
    let out = case
        .apply(ev(applicant(), next(p_due), passports))
        .expect("passports back");
    assert_eq!(out.late, Some(true));
    let out = case
        .apply(ev(applicant(), next(r_due), Action::ReportResult))
        .expect("report filed");
    assert_eq!(out.late, Some(true));
}

fn passports_kind() -> DeadlineKind {
    DeadlineKind::Owed(ReportKind::PassportReturn)
}

// deadline.rs `Deadline::status`: `m <= as_of`, `m <= self.due`, `l <= as_of`, `as_of > self.due`
#[test]
fn a_deadlines_status_turns_the_day_after_its_due_day() {
    let due_day = d(2025, 3, 12);
    let deadline = |met: Option<NaiveDate>, lapsed: Option<NaiveDate>| Deadline {
        kind: DeadlineKind::ConsultationReply,
        owner: Role::Mofa,
        to: vec![],
        from: d(2025, 3, 3),
        period: Period::WorkingDays(7),
        due: due_day,
        citation: Citation::article("70/2020/QH14", 19).clause(2),
        source: None,
        met,
        lapsed,
    };
    let open = deadline(None, None);
    assert_eq!(open.status(due_day), DueStatus::Pending);
    assert_eq!(open.status(next(due_day)), DueStatus::Overdue);
    let met_on_the_day = deadline(Some(due_day), None);
    assert_eq!(met_on_the_day.status(d(2025, 3, 11)), DueStatus::Pending);
    assert_eq!(met_on_the_day.status(due_day), DueStatus::MetOnTime);
    let met_the_day_after = deadline(Some(next(due_day)), None);
    assert_eq!(met_the_day_after.status(next(due_day)), DueStatus::MetLate);
    let lapsed = deadline(None, Some(d(2025, 3, 10)));
    assert_eq!(lapsed.status(d(2025, 3, 9)), DueStatus::Pending);
    assert_eq!(lapsed.status(d(2025, 3, 10)), DueStatus::Waived);
}

// plan.rs `Filing::late_on` and `Assessment::on_time`: `on <= latest`
#[test]
fn a_filing_on_its_latest_day_is_on_time_and_the_day_after_late() {
    let latest = d(2025, 3, 3);
    let a = outbound_state(latest, latest);
    assert!(a.on_time(latest));
    assert!(!a.on_time(next(latest)));
    assert!(a.filings[0].late_on(latest, None).is_none());
    assert!(a.filings[0].late_on(next(latest), None).is_some());
    let mut case = new_case("DR-FILE", Procedure::Outbound);
    given(&mut case, vec![ev(applicant(), latest, submit(a))]);
    assert_eq!(case.state(), State::Submitted);
    let mut late = new_case("DR-FILE-2", Procedure::Outbound);
    let r = refused(
        &mut late,
        ev(
            applicant(),
            next(latest),
            submit(outbound_state(next(latest), latest)),
        ),
    );
    assert!(r
        .unmet
        .iter()
        .any(|f| matches!(f.kind, FindingKind::Late { .. })));
}
