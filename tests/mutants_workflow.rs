//! Tests that kill the mutants cargo-mutants left alive in the workflow guards
//! (`src/workflow/transition/*.rs`, issue 13 item 2; scores in `docs/mutation.md`).
//! Each test pins one rule or boundary of a guard through the public API (`Case::apply`,
//! the refusal's typed findings, the case's deadlines and records) and names, in its comment,
//! the mutant it fails on.

mod workflow_common;

use doingoai::rules::{DecisionTier, DelegationGap, FindingKind, ReportKind};
use doingoai::workflow::*;
use doingoai::{Channel, Citation, Period};
use workflow_common::*;

const LAW: &str = "70/2020/QH14";

/// An agreement case after submission and acceptance, consulting MOFA and the Ministry of
/// Public Security (7 working days each from 04/03/2025: due 13/03/2025).
fn agreement_in_consultation(a: Assessment) -> Case {
    let mut case = new_case("MUT-AGR", Procedure::Agreement);
    given(
        &mut case,
        vec![
            ev(applicant(), d(2025, 3, 3), submit(a)),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
        ],
    );
    case
}

fn agree() -> Action {
    Action::Reply {
        opinion: Opinion::Agree,
    }
}

fn object() -> Action {
    Action::Reply {
        opinion: Opinion::Object {
            reason: "an ninh".into(),
        },
    }
}

/// A provincial conference (`conference_provincial`) whose only delegation is `grant`,
/// taken to the decision: accepted 04/03/2025, the police agreed, consultation ended 10/03.
fn conference_awaiting_decision(grant: Grant) -> Case {
    let mut a = conference_provincial(d(2025, 3, 3));
    a.delegates = vec![grant];
    let mut case = new_case("MUT-CONF", Procedure::Conference);
    given(
        &mut case,
        vec![
            ev(applicant(), d(2025, 3, 3), submit(a)),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
            ev(
                Actor::body("cong-an-tinh", Role::ProvincialPolice),
                d(2025, 3, 10),
                agree(),
            ),
            ev(fa_agency(), d(2025, 3, 10), Action::EndConsultation),
        ],
    );
    case
}

/// The Chairman's delegation to the FA agency's director (157/QĐ-UBND), in force
/// 01/11/2024–31/12/2026, for `scope`.
fn grant(from: Role, scope: Vec<Procedure>) -> Grant {
    Grant {
        from,
        to: Role::FaAgencyHead,
        holder: None,
        scope,
        validity: doingoai::Validity::between(d(2024, 11, 1), d(2026, 12, 31)).expect("valid"),
        revoked: None,
        citation: Citation::instrument("157/QĐ-UBND"),
        excepted: vec![],
    }
}

// ---- authorize.rs ------------------------------------------------------------------------

/// What a refused submission of 03/03/2025 says of the bodies gone, in order: an agreement
/// of the provincial People's Committee consulting `consultees` (role, working days).
fn bodies_gone_on_submission(consultees: &[(Role, u32)]) -> Vec<String> {
    let on = d(2025, 3, 3);
    let mut a = Assessment::new(
        "test",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art(LAW, 18)),
    );
    for &(role, days) in consultees {
        a = a.consult(
            role,
            TimeLimit::new(Period::WorkingDays(days), art(LAW, 19).clause(2)),
        );
    }
    let mut case = Case::new(
        "MUT-GONE",
        Procedure::Agreement,
        applicant(),
        CaseFacts::new(
            "Thỏa thuận",
            "63:20".parse().expect("jurisdiction"),
            Channel::State,
        ),
    );
    let r = refused(&mut case, ev(applicant(), on, submit(a)));
    r.unmet
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::BodyGone { .. }))
        .map(|f| f.wrong.en.clone())
        .collect()
}

// `bodies_gone`: `!out.contains(&g)` → `out.contains(&g)` (every body would be dropped, or
// the same body repeated).
#[test]
fn a_body_that_ended_is_reported_once_however_many_steps_name_it() {
    // the National Assembly's foreign affairs committee ended on 17/02/2025
    let gone = bodies_gone_on_submission(&[
        (Role::NaForeignAffairsCommittee, 7),
        (Role::NaForeignAffairsCommittee, 3),
    ]);
    assert_eq!(gone.len(), 1, "{gone:?}");
    assert!(gone[0].contains("17/02/2025"), "{gone:?}");
}

// `bodies_gone`: the roles are checked in the order the submission names them (the
// authority, then the receiving body, then the consultees...), not in the vocabulary's
// order; the set of roles seen only skips a role named again.
#[test]
fn bodies_gone_are_reported_in_the_order_the_submission_names_their_roles() {
    // the NA foreign affairs committee ended on 17/02/2025, the Central External Relations
    // Commission on 24/01/2025; `Role::ALL` lists the commission first
    let ended = bodies_gone_on_submission(&[
        (Role::NaForeignAffairsCommittee, 7),
        (Role::CentralExternalRelations, 7),
        (Role::NaForeignAffairsCommittee, 3),
    ]);
    assert_eq!(ended.len(), 2, "{ended:?}");
    assert!(ended[0].contains("17/02/2025"), "{ended:?}");
    assert!(ended[1].contains("24/01/2025"), "{ended:?}");
}

fn not_competent(r: &Refusal) -> &FindingKind {
    r.unmet
        .iter()
        .map(|f| &f.kind)
        .find(|k| matches!(k, FindingKind::NotCompetent { .. }))
        .unwrap_or_else(|| panic!("not competent: {r}"))
}

// `competence`: the match guard `!g.scope.contains(&procedure)` → `false`, or its `!` deleted.
#[test]
fn a_delegate_outside_its_scope_is_told_the_procedure_is_not_covered() {
    let mut case =
        conference_awaiting_decision(grant(Role::ProvincialChairman, vec![Procedure::Agreement]));
    let r = refused(&mut case, ev(director(), d(2025, 3, 11), Action::Approve));
    let FindingKind::NotCompetent {
        delegation: Some(miss),
        competent: Role::ProvincialChairman,
        ..
    } = not_competent(&r)
    else {
        panic!("the delegation is named: {r}");
    };
    assert_eq!(miss.why, DelegationGap::OutOfScope);
    assert_eq!(miss.grant.en(), "157/QĐ-UBND");
    assert!(
        r.unmet[0].wrong.en.contains("does not cover the"),
        "{}",
        r.unmet[0].wrong.en
    );
    // in scope, the same director decides as a delegate
    let mut case =
        conference_awaiting_decision(grant(Role::ProvincialChairman, vec![Procedure::Conference]));
    case.apply(ev(director(), d(2025, 3, 11), Action::Approve))
        .expect("the delegate decides");
    assert!(matches!(
        case.approval().map(|a| &a.basis),
        Some(Basis::Delegate { .. })
    ));
}

// `competence`: the guard `!g.excepted.is_empty()` → `true` (an in-force, in-scope grant
// of another kind would be reported as excepted), and `!g.scope…` → `true`.
#[test]
fn a_delegation_out_of_force_is_reported_as_not_in_force_not_as_excepted_or_out_of_scope() {
    let mut g = grant(Role::ProvincialChairman, vec![Procedure::Conference]);
    g.revoked = Some(d(2025, 3, 1));
    let mut case = conference_awaiting_decision(g);
    let r = refused(&mut case, ev(director(), d(2025, 3, 11), Action::Approve));
    let FindingKind::NotCompetent {
        delegation: Some(miss),
        ..
    } = not_competent(&r)
    else {
        panic!("the delegation is named: {r}");
    };
    assert!(
        matches!(
            miss.why,
            DelegationGap::NotInForce { on, revoked: Some(rev), .. }
                if on == d(2025, 3, 11) && rev == d(2025, 3, 1)
        ),
        "{:?}",
        miss.why
    );
    assert!(r.unmet[0].wrong.en.contains("revoked 01/03/2025"), "{r}");
}

// `competence`: `g.from == competent.role && g.names(actor)` → `||` (a grant naming someone
// else would be quoted to a stranger).
#[test]
fn an_actor_no_grant_names_is_refused_without_a_delegation() {
    let mut case =
        conference_awaiting_decision(grant(Role::ProvincialChairman, vec![Procedure::Conference]));
    let other = Actor::official("pho-giam-doc", Role::FaAgency);
    let r = refused(&mut case, ev(other, d(2025, 3, 11), Action::Approve));
    assert_eq!(
        not_competent(&r),
        &FindingKind::NotCompetent {
            actor: "pho-giam-doc".into(),
            role: Role::FaAgency,
            competent: Role::ProvincialChairman,
            holder: None,
            delegation: None,
        }
    );
}

// `competence`: `g.from == competent.role` → `!=` in the grant that covers and in the grant
// that names the actor: a grant of another role's power gives no competence here.
#[test]
fn a_grant_of_another_roles_power_makes_no_delegate() {
    let mut case = conference_awaiting_decision(grant(Role::Mofa, vec![Procedure::Conference]));
    let r = refused(&mut case, ev(director(), d(2025, 3, 11), Action::Approve));
    assert!(
        matches!(
            not_competent(&r),
            FindingKind::NotCompetent {
                delegation: None,
                competent: Role::ProvincialChairman,
                ..
            }
        ),
        "{r}"
    );
    assert_eq!(case.state(), State::AwaitingDecision);
}

/// The agreement of `agreement_ppc` escalated after the Ministry of Public Security objected.
fn escalated_agreement() -> Case {
    let mut case = agreement_in_consultation(agreement_ppc(d(2025, 3, 3)));
    given(
        &mut case,
        vec![
            ev(mofa(), d(2025, 3, 5), agree()),
            ev(mps(), d(2025, 3, 6), object()),
            ev(fa_agency(), d(2025, 3, 6), Action::EndConsultation),
            ev(chairman(), d(2025, 3, 7), Action::Escalate),
        ],
    );
    case
}

// `authorize` (`Who::Higher`): `actor.id == applicant.id || …` — the applicant never
// decides, even acting in the higher authority's role.
#[test]
fn the_applicant_acting_as_the_higher_authority_is_refused() {
    let mut case = escalated_agreement();
    let as_pm = Actor::official("so-giao-duc", Role::PrimeMinister);
    let r = refused(&mut case, ev(as_pm, d(2025, 3, 10), Action::Approve));
    assert!(
        matches!(
            not_competent(&r),
            FindingKind::NotCompetent {
                competent: Role::PrimeMinister,
                delegation: None,
                ..
            }
        ),
        "{r}"
    );
    // the Prime Minister's approval is on the higher authority's basis, citing Art. 19(4) once
    let out = case
        .apply(ev(pm(), d(2025, 3, 14), Action::Approve))
        .expect("the PM consents");
    assert_eq!(case.approval().map(|a| &a.basis), Some(&Basis::Higher));
    // `Effect::cite`: `!self.citations.contains(&c)` → `contains` (the edge's provision and
    // the higher authority's are the same article: listed once)
    assert_eq!(
        out.citations.iter().map(|c| c.en()).collect::<Vec<_>>(),
        ["Art. 19(4) 70/2020/QH14"]
    );
}

fn not_receiving(r: &Refusal) -> &FindingKind {
    r.unmet
        .iter()
        .map(|f| &f.kind)
        .find(|k| matches!(k, FindingKind::NotReceiving { .. }))
        .unwrap_or_else(|| panic!("not receiving: {r}"))
}

// `authorize` (`Who::Receiving`): `actor.role == receiving && actor.id != applicant` → `||`.
#[test]
fn a_body_neither_receiving_nor_competent_may_not_accept() {
    let mut case = new_case("MUT-RECV", Procedure::Agreement);
    given(
        &mut case,
        vec![ev(
            applicant(),
            d(2025, 3, 3),
            submit(agreement_ppc(d(2025, 3, 3))),
        )],
    );
    let r = refused(&mut case, ev(mofa(), d(2025, 3, 4), Action::Accept));
    assert_eq!(
        not_receiving(&r),
        &FindingKind::NotReceiving {
            actor: "bo-ngoai-giao".into(),
            role: Role::Mofa,
            receiving: Role::FaAgency,
            competent: Role::ProvincialChairman,
            delegation: None,
        }
    );
    // the applicant acting as the receiving body is not the receiving body either
    let as_agency = Actor::body("so-giao-duc", Role::FaAgency);
    let r = refused(&mut case, ev(as_agency, d(2025, 3, 4), Action::Accept));
    assert!(
        matches!(not_receiving(&r), FindingKind::NotReceiving { .. }),
        "{r}"
    );
    // the competent authority may take the receiving body's step
    let out = case
        .apply(ev(chairman(), d(2025, 3, 4), Action::Accept))
        .expect("the Chairman accepts");
    assert_eq!(out.to, State::InConsultation);
}

// `authorize` (`Who::Receiving`): the match arm `FindingKind::NotCompetent { delegation, .. }`
// deleted (the delegation that did not apply would be lost).
#[test]
fn a_delegate_out_of_force_who_accepts_is_told_why_its_delegation_does_not_apply() {
    let mut a = conference_provincial(d(2027, 3, 3));
    a.consultations.clear();
    let mut case = new_case("MUT-RECV-DEL", Procedure::Conference);
    given(&mut case, vec![ev(applicant(), d(2027, 3, 3), submit(a))]);
    let r = refused(&mut case, ev(director(), d(2027, 3, 4), Action::Accept));
    let FindingKind::NotReceiving {
        delegation: Some(miss),
        ..
    } = not_receiving(&r)
    else {
        panic!("the delegation is named: {r}");
    };
    assert!(matches!(miss.why, DelegationGap::NotInForce { on, .. } if on == d(2027, 3, 4)));
    assert!(r.citations().iter().any(|c| c.en() == "157/QĐ-UBND"), "{r}");
}

// ---- submission.rs -----------------------------------------------------------------------

// `guard_accept`: `base + i` → `base - i` / `base * i` (the consultation would point at
// another deadline).
#[test]
fn each_consultation_points_at_its_own_reply_deadline() {
    // a decision period counted from receipt: the submission creates deadline 0
    let a = agreement_ppc(d(2025, 3, 3)).decide_within(
        TimeLimit::new(Period::WorkingDays(20), art(LAW, 19).clause(3)),
        DecisionClock::Receipt,
    );
    let mut case = agreement_in_consultation(a);
    let deadlines: Vec<_> = case.consultations().iter().map(|c| c.deadline).collect();
    assert_eq!(deadlines, [1, 2]);
    let all = case.all_deadlines();
    assert_eq!(all.len(), 3);
    assert_eq!(all[1].owner, Role::Mofa);
    assert_eq!(all[2].owner, Role::PublicSecurity);
    // the Ministry of Public Security's reply meets its own deadline, no other
    given(&mut case, vec![ev(mps(), d(2025, 3, 5), agree())]);
    let met: Vec<_> = case.all_deadlines().iter().map(|x| x.met).collect();
    assert_eq!(met, [None, None, Some(d(2025, 3, 5))]);
}

// `guard_return_for_completion` → `()` (the open deadlines would stay open).
#[test]
fn returning_for_completion_lapses_the_open_deadlines() {
    let a = agreement_ppc(d(2025, 3, 3)).decide_within(
        TimeLimit::new(Period::WorkingDays(20), art(LAW, 19).clause(3)),
        DecisionClock::Receipt,
    );
    let mut case = new_case("MUT-RET", Procedure::Agreement);
    given(&mut case, vec![ev(applicant(), d(2025, 3, 3), submit(a))]);
    assert_eq!(case.all_deadlines()[0].lapsed, None);
    given(
        &mut case,
        vec![ev(
            fa_agency(),
            d(2025, 3, 5),
            Action::ReturnForCompletion {
                missing: "bản dịch".into(),
            },
        )],
    );
    assert_eq!(case.state(), State::ReturnedForCompletion);
    assert_eq!(case.all_deadlines()[0].lapsed, Some(d(2025, 3, 5)));
    assert_eq!(case.all_deadlines()[0].met, None);
}

// ---- decision.rs -------------------------------------------------------------------------

// `guard_escalate`: `esc.on_objection && !has_objection` → `||` (an escalation that is not
// the objection route would wait for an objection).
#[test]
fn an_escalation_that_is_not_the_objection_route_needs_no_objection() {
    let a = Assessment::new(
        "test",
        d(2025, 3, 3),
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art(LAW, 18)),
    )
    .received_by(Role::FaAgency)
    .escalate_to(
        Authority::new(Role::PrimeMinister, art(LAW, 19).clause(4)),
        false,
        None,
    );
    let mut case = new_case("MUT-ESC", Procedure::Agreement);
    given(
        &mut case,
        vec![
            ev(applicant(), d(2025, 3, 3), submit(a)),
            ev(fa_agency(), d(2025, 3, 4), Action::Accept),
        ],
    );
    assert_eq!(case.state(), State::AwaitingDecision);
    let out = case
        .apply(ev(chairman(), d(2025, 3, 5), Action::Escalate))
        .expect("escalated without an objection");
    assert_eq!(out.to, State::Escalated);
}

/// An outbound delegation accepted on 04/03/2025: the Chairman decides within 7 working days
/// (due 13/03/2025).
fn outbound_awaiting_decision() -> Case {
    let mut case = new_case("MUT-REF", Procedure::Outbound);
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
    assert_eq!(case.all_deadlines()[0].due, d(2025, 3, 13));
    case
}

fn refuse() -> Action {
    Action::Refuse {
        reason: "không phù hợp".into(),
    }
}

// `guard_refuse` → `()`, `meet_decision`'s `on > due` → `>=` / `==` / `<`, and the lapse
// filter's `met.is_none() && lapsed.is_none()` → `||` in `commit`.
#[test]
fn a_refusal_on_the_due_day_meets_the_decision_deadline_on_time() {
    let mut case = outbound_awaiting_decision();
    let out = case
        .apply(ev(chairman(), d(2025, 3, 13), refuse()))
        .expect("refused on the due day");
    assert_eq!(out.late, Some(false));
    let dl = &case.all_deadlines()[0];
    assert_eq!((dl.met, dl.lapsed), (Some(d(2025, 3, 13)), None));
}

#[test]
fn a_refusal_the_day_after_the_due_day_is_late() {
    let mut case = outbound_awaiting_decision();
    let out = case
        .apply(ev(chairman(), d(2025, 3, 14), refuse()))
        .expect("refused late");
    assert_eq!(out.late, Some(true));
    assert_eq!(case.all_deadlines()[0].met, Some(d(2025, 3, 14)));
}

#[test]
fn a_refusal_before_the_due_day_is_on_time() {
    let mut case = outbound_awaiting_decision();
    let out = case
        .apply(ev(chairman(), d(2025, 3, 12), refuse()))
        .expect("refused early");
    assert_eq!(out.late, Some(false));
}

// ---- consultation.rs ---------------------------------------------------------------------

/// An agreement with a reconciliation step of 3 working days and a 10-working-day decision
/// period from a complete dossier: both consultees agreed, consultation ended 06/03/2025
/// (reconciliation due 11/03/2025).
fn agreement_reconciling() -> Case {
    let a = agreement_ppc(d(2025, 3, 3))
        .reconcile_within(TimeLimit::new(
            Period::WorkingDays(3),
            Citation::article("64/2021/NĐ-CP", 7),
        ))
        .decide_within(
            TimeLimit::new(Period::WorkingDays(10), art(LAW, 19).clause(3)),
            DecisionClock::Ready,
        );
    let mut case = agreement_in_consultation(a);
    given(
        &mut case,
        vec![
            ev(mofa(), d(2025, 3, 5), agree()),
            ev(mps(), d(2025, 3, 6), agree()),
            ev(fa_agency(), d(2025, 3, 6), Action::EndConsultation),
        ],
    );
    assert_eq!(case.state(), State::Reconciling);
    let rec = case
        .all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Reconciliation)
        .expect("a reconciliation deadline");
    assert_eq!(rec.due, d(2025, 3, 11));
    case
}

fn reconcile(case: &mut Case, on: chrono::NaiveDate) -> Outcome {
    case.apply(ev(applicant(), on, Action::Reconcile))
        .expect("reconciled")
}

// `guard_reconcile` → `()` and its `on > due` → `>=` / `==` / `<`.
#[test]
fn reconciling_on_the_due_day_is_on_time_and_starts_the_decision_clock() {
    let mut case = agreement_reconciling();
    let out = reconcile(&mut case, d(2025, 3, 11));
    assert_eq!(out.late, Some(false));
    assert_eq!(out.to, State::AwaitingDecision);
    let decision = case
        .all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Decision)
        .expect("the decision clock starts");
    assert_eq!(
        (decision.from, decision.due),
        (d(2025, 3, 11), d(2025, 3, 25))
    );
    let rec = case
        .all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Reconciliation)
        .expect("reconciliation");
    assert_eq!(rec.met, Some(d(2025, 3, 11)));
}

#[test]
fn reconciling_the_day_after_the_due_day_is_late() {
    let mut case = agreement_reconciling();
    assert_eq!(reconcile(&mut case, d(2025, 3, 12)).late, Some(true));
}

#[test]
fn reconciling_before_the_due_day_is_on_time() {
    let mut case = agreement_reconciling();
    assert_eq!(reconcile(&mut case, d(2025, 3, 7)).late, Some(false));
}

// `guard_reply`: `on > c.due` → `>=` / `==` / `<`.
#[test]
fn a_reply_on_its_due_day_is_on_time_and_the_day_after_is_late() {
    let mut case = agreement_in_consultation(agreement_ppc(d(2025, 3, 3)));
    assert_eq!(case.consultations()[0].due, d(2025, 3, 13));
    let out = case
        .apply(ev(mofa(), d(2025, 3, 13), agree()))
        .expect("on the due day");
    assert_eq!(out.late, Some(false));
    let out = case
        .apply(ev(mps(), d(2025, 3, 14), object()))
        .expect("the day after");
    assert_eq!(out.late, Some(true));
    let mut case = agreement_in_consultation(agreement_ppc(d(2025, 3, 3)));
    let out = case
        .apply(ev(mofa(), d(2025, 3, 5), agree()))
        .expect("early");
    assert_eq!(out.late, Some(false));
}

// `guard_end_consultation`: `Pending && on <= due` → `on > due` / `||`.
#[test]
fn consultation_ends_only_after_the_last_pending_due_day() {
    let mut case = agreement_in_consultation(agreement_ppc(d(2025, 3, 3)));
    given(&mut case, vec![ev(mofa(), d(2025, 3, 5), agree())]);
    // the Ministry of Public Security's reply is awaited until 13/03/2025
    let r = refused(
        &mut case,
        ev(fa_agency(), d(2025, 3, 13), Action::EndConsultation),
    );
    assert!(
        r.unmet.iter().any(|f| f.kind
            == FindingKind::ReplyAwaited {
                consultee: Role::PublicSecurity,
                until: d(2025, 3, 13),
            }),
        "{r}"
    );
    assert_eq!(r.unmet.len(), 1, "{r}");
    given(
        &mut case,
        vec![ev(fa_agency(), d(2025, 3, 14), Action::EndConsultation)],
    );
    assert!(matches!(
        case.consultations()[1].answer,
        Answer::Silent { noted, .. } if noted == d(2025, 3, 14)
    ));
    assert!(matches!(
        case.consultations()[0].answer,
        Answer::Agreed { .. }
    ));
}

fn statement(vi: &str, en: &str) -> doingoai::rules::Statement {
    doingoai::rules::Statement {
        vi: vi.into(),
        en: en.into(),
    }
}

// ---- execution.rs ------------------------------------------------------------------------

/// `outbound_state` approved on 10/03/2025 and carried out on 17/03/2025.
fn outbound_carried_out() -> Case {
    let mut case = outbound_awaiting_decision();
    given(
        &mut case,
        vec![
            ev(chairman(), d(2025, 3, 10), Action::Approve),
            ev(applicant(), d(2025, 3, 17), Action::CarryOut),
        ],
    );
    case
}

fn owed(case: &Case, kind: ReportKind) -> Deadline {
    case.all_deadlines()
        .iter()
        .find(|x| x.kind == DeadlineKind::Owed(kind))
        .cloned()
        .expect("the obligation")
}

// `guard_report_result`: `on > due` → `>=` / `==` / `<`.
#[test]
fn a_result_report_on_its_due_day_is_on_time() {
    let mut case = outbound_carried_out();
    let due = owed(&case, ReportKind::ResultReport).due;
    assert_eq!(due, d(2025, 3, 26));
    let out = case
        .apply(ev(applicant(), due, Action::ReportResult))
        .expect("on the due day");
    assert_eq!(out.late, Some(false));
    let mut case = outbound_carried_out();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 27), Action::ReportResult))
        .expect("the day after");
    assert_eq!(out.late, Some(true));
    let mut case = outbound_carried_out();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 18), Action::ReportResult))
        .expect("early");
    assert_eq!(out.late, Some(false));
}

// `guard_discharge`: `on > due` → `>=` / `==` / `<`.
#[test]
fn passports_returned_on_the_due_day_are_on_time() {
    let passports = Action::Discharge {
        kind: DeadlineKind::Owed(ReportKind::PassportReturn),
    };
    let mut case = outbound_carried_out();
    let due = owed(&case, ReportKind::PassportReturn).due;
    assert_eq!(due, d(2025, 3, 24));
    let out = case
        .apply(ev(applicant(), due, passports.clone()))
        .expect("on the due day");
    assert_eq!(out.late, Some(false));
    let mut case = outbound_carried_out();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 25), passports.clone()))
        .expect("the day after");
    assert_eq!(out.late, Some(true));
    let mut case = outbound_carried_out();
    let out = case
        .apply(ev(applicant(), d(2025, 3, 18), passports))
        .expect("early");
    assert_eq!(out.late, Some(false));
}

// `guard_carry_out`: the guard `!self.blocking.is_empty()` → `false` or its `!` deleted (a
// recheck's violation would not block the activity).
#[test]
fn a_recheck_finding_blocks_carrying_out() {
    let mut case = outbound_awaiting_decision();
    given(
        &mut case,
        vec![ev(chairman(), d(2025, 3, 10), Action::Approve)],
    );
    let mut fresh = outbound_state(d(2025, 3, 12), d(2025, 3, 17));
    let sanction = doingoai::rules::Finding::new(
        FindingKind::Recorded {
            ground: doingoai::rules::Ground::Discipline,
        },
        statement("đang bị kỷ luật", "under a sanction"),
        statement("thay người", "replace the member"),
    );
    fresh.violations.push(sanction.clone());
    given(
        &mut case,
        vec![ev(
            fa_agency(),
            d(2025, 3, 12),
            Action::Recheck {
                assessment: Box::new(fresh),
            },
        )],
    );
    assert_eq!(case.blocking(), std::slice::from_ref(&sanction));
    let r = refused(&mut case, ev(applicant(), d(2025, 3, 17), Action::CarryOut));
    assert_eq!(r.unmet, [sanction]);
}

// `check_assessment` → `()` (an assessment of another day or channel would be taken).
#[test]
fn an_assessment_made_as_of_another_day_is_refused() {
    let mut case = new_case("MUT-ASOF", Procedure::Agreement);
    let r = refused(
        &mut case,
        ev(
            applicant(),
            d(2025, 3, 4),
            submit(agreement_ppc(d(2025, 3, 3))),
        ),
    );
    assert_eq!(
        r.unmet.iter().map(|f| &f.kind).collect::<Vec<_>>(),
        [&FindingKind::AssessedOnAnotherDay {
            as_of: d(2025, 3, 3),
            on: d(2025, 3, 4),
        }]
    );
}

#[test]
fn an_assessment_under_another_channel_is_refused() {
    let mut a = agreement_ppc(d(2025, 3, 3));
    a.channel = Channel::People;
    let mut case = new_case("MUT-CHAN", Procedure::Agreement);
    let r = refused(&mut case, ev(applicant(), d(2025, 3, 3), submit(a)));
    assert_eq!(
        r.unmet.iter().map(|f| &f.kind).collect::<Vec<_>>(),
        [&FindingKind::ChannelMismatch {
            assessed: Channel::People,
            applicant: Channel::State,
        }]
    );
}

// ---- mod.rs ------------------------------------------------------------------------------

// `decide`: `ev.on < last.on` → `==` / `>` / `<=`.
#[test]
fn an_event_dated_before_the_previous_one_is_refused_and_the_same_day_is_not() {
    let mut case = new_case("MUT-DATE", Procedure::Agreement);
    given(
        &mut case,
        vec![ev(
            applicant(),
            d(2025, 3, 3),
            submit(agreement_ppc(d(2025, 3, 3))),
        )],
    );
    let r = refused(&mut case, ev(fa_agency(), d(2025, 3, 2), Action::Accept));
    assert_eq!(
        r.unmet.iter().map(|f| &f.kind).collect::<Vec<_>>(),
        [&FindingKind::BeforePreviousEvent {
            on: d(2025, 3, 2),
            previous: d(2025, 3, 3),
        }]
    );
    case.apply(ev(fa_agency(), d(2025, 3, 3), Action::Accept))
        .expect("the same day as the submission");
    case.apply(ev(mofa(), d(2025, 3, 4), agree()))
        .expect("a later day");
}

fn not_a_step(r: &Refusal) -> &str {
    assert_eq!(r.unmet.len(), 1, "{r}");
    assert_eq!(r.unmet[0].kind, FindingKind::NotAStep);
    &r.unmet[0].wrong.en
}

// `decide`: `to != state && state != Draft` → `||`, either `!=` → `==` (the target state is
// named only for a step out of a filed case that would change its state).
#[test]
fn a_missing_step_names_its_target_only_out_of_a_filed_case() {
    let mut case = new_case("MUT-STEP", Procedure::Agreement);
    let r = refused(&mut case, ev(fa_agency(), d(2025, 3, 3), Action::Accept));
    assert_eq!(
        not_a_step(&r),
        "`accept` is not a step of the international agreement procedure from `draft`"
    );
    given(
        &mut case,
        vec![ev(
            applicant(),
            d(2025, 3, 3),
            submit(agreement_ppc(d(2025, 3, 3))),
        )],
    );
    let r = refused(&mut case, ev(chairman(), d(2025, 3, 4), Action::Approve));
    assert_eq!(
        not_a_step(&r),
        "`approve` is not a step of the international agreement procedure from `submitted` → `approved`"
    );
    // a step that would stay in the state names no target
    let r = refused(
        &mut case,
        ev(
            fa_agency(),
            d(2025, 3, 4),
            Action::Recheck {
                assessment: Box::new(agreement_ppc(d(2025, 3, 4))),
            },
        ),
    );
    assert_eq!(
        not_a_step(&r),
        "`recheck` is not a step of the international agreement procedure from `submitted`"
    );
}

// session 5, `transition/mod.rs`: `decide` — `!` deleted before `Deadlines::covers` (an act
// date outside the calendar's years would pass unchecked).
#[test]
fn an_act_dated_outside_the_calendar_is_refused_for_its_date_alone() {
    let mut case = outbound_awaiting_decision();
    let far = d(2300, 1, 2);
    let r = refused(&mut case, ev(chairman(), far, Action::Approve));
    assert_eq!(
        r.unmet.iter().map(|f| &f.kind).collect::<Vec<_>>(),
        [&FindingKind::UnusableDate { on: far }]
    );
    // a date inside the calendar is not refused for its date
    given(
        &mut case,
        vec![ev(chairman(), d(2025, 3, 10), Action::Approve)],
    );
}

// session 5, `transition/mod.rs`: `commit` — `take_assessment && carries an assessment` →
// `||` (a recheck, which carries an assessment but only records its findings, would replace
// the assessment the case is under).
#[test]
fn a_recheck_does_not_replace_the_assessment_the_case_is_under() {
    let mut case = outbound_awaiting_decision();
    given(
        &mut case,
        vec![ev(chairman(), d(2025, 3, 10), Action::Approve)],
    );
    let mut fresh = outbound_state(d(2025, 3, 12), d(2025, 3, 17));
    fresh.rulebook_version = "test-2025.2".into();
    given(
        &mut case,
        vec![ev(
            fa_agency(),
            d(2025, 3, 12),
            Action::Recheck {
                assessment: Box::new(fresh),
            },
        )],
    );
    let held = case.assessment().expect("an assessment");
    assert_eq!(held.as_of, d(2025, 3, 3));
    assert_eq!(case.rulebook_version(), Some("test-2025.1"));
}

// session 5, `transition/mod.rs`: `commit` — the rulebook version shared by the entries:
// the guard `**shared == *v` → `true` (a resubmission under another version would keep the
// old one), → `false` and `==` → `!=` (entries under one version would each hold a copy).
#[test]
fn entries_under_one_rulebook_version_share_it_and_a_new_version_is_recorded() {
    // submitted 03/03 under test-2025.1, accepted 04/03
    let mut case = outbound_awaiting_decision();
    let mut again = outbound_state(d(2025, 3, 5), d(2025, 3, 17));
    again.rulebook_version = "test-2025.2".into();
    let mut events = returned_and_resubmitted(again);
    events.push(ev(fa_agency(), d(2025, 3, 6), Action::Accept));
    given(&mut case, events);
    let versions: Vec<&std::sync::Arc<str>> = case
        .log()
        .iter()
        .map(|e| e.rulebook_version.as_ref().expect("a version"))
        .collect();
    let text: Vec<&str> = versions.iter().map(|v| &***v).collect();
    assert_eq!(
        text,
        [
            "test-2025.1",
            "test-2025.1",
            "test-2025.1",
            "test-2025.2",
            "test-2025.2"
        ]
    );
    // one string per version, shared by its entries
    assert!(std::sync::Arc::ptr_eq(versions[0], versions[1]));
    assert!(std::sync::Arc::ptr_eq(versions[1], versions[2]));
    assert!(std::sync::Arc::ptr_eq(versions[3], versions[4]));
    assert!(!std::sync::Arc::ptr_eq(versions[2], versions[3]));
}

/// The dossier returned for completion on 04/03/2025 and resubmitted on 05/03/2025 with
/// `again`.
fn returned_and_resubmitted(again: Assessment) -> Vec<Event> {
    vec![
        ev(
            fa_agency(),
            d(2025, 3, 4),
            Action::ReturnForCompletion {
                missing: "lý lịch".into(),
            },
        ),
        ev(
            applicant(),
            d(2025, 3, 5),
            Action::Resubmit {
                assessment: Box::new(again),
            },
        ),
    ]
}

// `rulebook_version_for`: the match guard `**shared == *v` → `false` (an event bringing an
// assessment under the version the log already names would record a second copy of it).
#[test]
fn a_resubmission_under_the_same_rulebook_version_shares_its_text() {
    // submitted 03/03 under test-2025.1, accepted 04/03, returned, resubmitted under the same
    let mut case = outbound_awaiting_decision();
    let again = outbound_state(d(2025, 3, 5), d(2025, 3, 17));
    assert_eq!(again.rulebook_version, "test-2025.1");
    given(&mut case, returned_and_resubmitted(again));
    let versions: Vec<&std::sync::Arc<str>> = case
        .log()
        .iter()
        .map(|e| e.rulebook_version.as_ref().expect("a version"))
        .collect();
    assert_eq!(versions.len(), 4);
    assert!(versions
        .windows(2)
        .all(|w| std::sync::Arc::ptr_eq(w[0], w[1])));
}

// session 8, `transition/mod.rs`: `shared_version` — the cases of a thread under one rulebook
// version share its text (a finished case holds no copy of its own); a case under another
// version records that version (the guard `**shared == *v` → `true` would give it the text
// of the version before).
#[test]
fn cases_under_one_rulebook_version_share_its_text_and_another_version_is_its_own() {
    let first = outbound_awaiting_decision();
    let mut other = outbound_state(d(2025, 3, 3), d(2025, 3, 17));
    other.rulebook_version = "test-2025.9".into();
    let mut under_other = new_case("MUT-VER", Procedure::Outbound);
    given(
        &mut under_other,
        vec![ev(applicant(), d(2025, 3, 3), submit(other))],
    );
    let second = outbound_awaiting_decision();
    let version = |c: &Case| -> std::sync::Arc<str> {
        c.log()
            .first()
            .and_then(|e| e.rulebook_version.clone())
            .expect("a version")
    };
    assert_eq!(&*version(&first), "test-2025.1");
    assert_eq!(&*version(&under_other), "test-2025.9");
    assert_eq!(&*version(&second), "test-2025.1");
    // the third case is under the version of the second: the same text, shared
    let third = outbound_awaiting_decision();
    assert!(std::sync::Arc::ptr_eq(&version(&second), &version(&third)));
    assert!(!std::sync::Arc::ptr_eq(
        &version(&first),
        &version(&under_other)
    ));
}
