//! The obligation ledger: a conference's result report filed late, a passport returned on
//! time, the periodic reports of a province, waivers, and the invariants (exactly one status on
//! any date; statuses only move forward).

use chrono::{Days, NaiveDate};
use doingoai::activity::{ActivityKind, Details, ProposedActivity};
use doingoai::calendar::DueStatus;
use doingoai::ledger::sources::{from_case, periodic_obligations, ProvinceBodies};
use doingoai::ledger::{Ledger, LedgerError, Obligation, Owed};
use doingoai::org::{Body, BodyKind, Jurisdiction};
use doingoai::rules::Role;
use doingoai::rules::{DecisionTier, ReportKind, Subject};
use doingoai::workflow::*;
use doingoai::{Channel, Citation, Period, Rulebook, WorkCalendar};
use proptest::prelude::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

/// What is owed about an activity kind.
fn owed(kind: ActivityKind, report: ReportKind) -> Owed {
    Owed::new(Subject::Activity(kind), report)
}

#[test]
fn a_conference_result_report_filed_late_is_overdue_then_met_late() {
    // Hà Tĩnh, Sở Công Thương holds a provincial-tier seminar on 8–9 April 2026; the organiser
    // reports within 15 days after the event (QĐ 06/2020/QĐ-TTg), but files on 5 May.
    let j = Jurisdiction::new_unit(42).unwrap();
    let bodies = ProvinceBodies::standard(j);
    let organiser = Body::new(BodyKind::ProvincialDepartment, j).named("Sở Công Thương");
    let act = ProposedActivity::new(
        "ht-hts-2026-04",
        ActivityKind::InternationalConference,
        j,
        d(2026, 3, 2),
    )
    .by(organiser.clone())
    .runs(d(2026, 4, 8), d(2026, 4, 9));
    let art = |n| Citation::article("06/2020/QĐ-TTg", n);
    let a = Assessment::new(
        "test",
        d(2026, 3, 2),
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, art(3).clause(2)),
    )
    .received_by(Role::FaAgency)
    .oblige(
        ReportKind::ResultReport,
        Role::Organiser,
        Some(Role::ProvincialChairman),
        Trigger::CarriedOut,
        TimeLimit::new(Period::CalendarDays(15), art(4).clause(2).point('c')),
    );
    let cal = WorkCalendar::state_agency();
    let mut case = Case::for_activity(&act).unwrap();
    let app = case.applicant().clone();
    let fa = Actor::body("so-ngoai-vu", Role::FaAgency);
    let chair = Actor::official("chu-tich", Role::ProvincialChairman);
    case.apply_with(
        &cal,
        Event::new(
            app.clone(),
            d(2026, 3, 2),
            Action::Submit {
                assessment: Box::new(a),
            },
        ),
    )
    .unwrap();
    case.apply_with(&cal, Event::new(fa, d(2026, 3, 3), Action::Accept))
        .unwrap();
    case.apply_with(&cal, Event::new(chair, d(2026, 3, 16), Action::Approve))
        .unwrap();
    case.apply_with(
        &cal,
        Event::new(app.clone(), d(2026, 4, 9), Action::CarryOut),
    )
    .unwrap();

    let mut ledger = Ledger::new();
    ledger.extend(from_case(&case, &act, &bodies)).unwrap();
    let id = ledger.iter().next().unwrap().id.clone();
    let o = ledger.get(&id).unwrap();
    assert_eq!(
        o.owed,
        owed(
            ActivityKind::InternationalConference,
            ReportKind::ResultReport
        )
    );
    assert_eq!(o.owed_by, organiser);
    assert_eq!(o.owed_to, vec![Body::new(BodyKind::PpcChairman, j)]);
    assert_eq!(o.due, d(2026, 4, 24));
    assert_eq!(
        o.citations[0].to_string(),
        "điểm c khoản 2 Điều 4 06/2020/QĐ-TTg"
    );
    assert_eq!(
        ledger.status_on(&id, d(2026, 4, 24)),
        Some(DueStatus::Pending)
    );
    assert_eq!(
        ledger.status_on(&id, d(2026, 4, 27)),
        Some(DueStatus::Overdue)
    );
    assert_eq!(ledger.overdue_on(d(2026, 4, 30)).len(), 1);

    // The report is filed on 5 May: the case records it, and so does the ledger.
    case.apply_with(&cal, Event::new(app, d(2026, 5, 5), Action::ReportResult))
        .unwrap();
    let again: Ledger = from_case(&case, &act, &bodies).into_iter().collect();
    assert_eq!(
        again.status_on(&id, d(2026, 5, 5)),
        Some(DueStatus::MetLate)
    );
    assert_eq!(again.get(&id).unwrap().days_late(d(2026, 12, 31)), 11);
    assert_eq!(
        again.status_on(&id, d(2026, 5, 4)),
        Some(DueStatus::Overdue)
    );
}

#[test]
fn a_province_owes_its_periodic_reports_with_their_windows() {
    let j = Jurisdiction::new_unit(66).unwrap();
    let obs = periodic_obligations(Rulebook::shipped(), &ProvinceBodies::standard(j), 2026);
    let find = |k: ActivityKind, r: ReportKind| obs.iter().find(|o| o.owed == owed(k, r)).unwrap();
    let conf = find(
        ActivityKind::InternationalConference,
        ReportKind::AnnualReport,
    );
    assert_eq!(
        (
            conf.due,
            conf.data_window.unwrap().from,
            conf.data_window.unwrap().to
        ),
        (d(2026, 12, 18), d(2025, 12, 15), d(2026, 12, 14))
    );
    assert_eq!(conf.owed_to, vec![Body::central(BodyKind::Mofa)]);
    // The agreements plan for 2027 is due by 15 Nov 2026 (Luật 70/2020/QH14 Art. 46(1)).
    assert_eq!(
        find(ActivityKind::InternationalAgreement, ReportKind::AnnualPlan).due,
        d(2026, 11, 15)
    );
    let rep = find(
        ActivityKind::InternationalAgreement,
        ReportKind::AnnualReport,
    );
    assert_eq!(rep.due, d(2026, 11, 15));
    assert!(
        rep.citations
            .iter()
            .any(|c| c.instrument.as_str() == "70/2020/QH14"),
        "{:?}",
        rep.citations
    );
    assert_eq!(
        find(ActivityKind::ForeignNgo, ReportKind::AnnualReport).due,
        d(2026, 12, 18)
    );
    // the aid's finance reports, each under its own report kind
    let finance = |r| -> Vec<NaiveDate> {
        obs.iter()
            .filter(|o| o.owed == owed(ActivityKind::ForeignAid, r))
            .map(|o| o.due)
            .collect()
    };
    assert!(
        finance(ReportKind::FinanceReportH2).contains(&d(2026, 2, 15)),
        "{:?}",
        finance(ReportKind::FinanceReportH2)
    );
    assert!(
        finance(ReportKind::FinanceReportH1).contains(&d(2026, 8, 10)),
        "{:?}",
        finance(ReportKind::FinanceReportH1)
    );
    // Before the instruments were in force, no obligation: agreements from 01/07/2021, NGOs
    // from 01/11/2022.
    let old = periodic_obligations(
        Rulebook::shipped(),
        &ProvinceBodies::standard(Jurisdiction::old(66).unwrap()),
        2020,
    );
    assert!(
        old.iter().all(|o| {
            o.owed
                != owed(
                    ActivityKind::InternationalAgreement,
                    ReportKind::AnnualReport,
                )
                && o.owed != owed(ActivityKind::ForeignNgo, ReportKind::AnnualReport)
        }),
        "{old:?}"
    );
    assert!(old.iter().any(|o| o.owed
        == owed(
            ActivityKind::InternationalConference,
            ReportKind::AnnualReport
        )));
}

#[test]
fn the_ledger_refuses_what_cannot_happen_and_changes_nothing() {
    let j = Jurisdiction::new_unit(1).unwrap();
    let b = Body::new(BodyKind::ProvincialDepartment, j);
    let passport = owed(ActivityKind::OutboundDelegation, ReportKind::PassportReturn);
    let o = Obligation::new(
        "x",
        passport,
        Channel::State,
        j,
        b.clone(),
        d(2026, 5, 4),
        d(2026, 5, 11),
    );
    let mut l = Ledger::new();
    let id = l.add(o.clone()).unwrap();
    assert!(matches!(l.add(o), Err(LedgerError::Duplicate(_))));
    let bad = Obligation::new(
        "y",
        passport,
        Channel::State,
        j,
        b,
        d(2026, 5, 4),
        d(2026, 5, 1),
    );
    assert!(matches!(
        l.add(bad),
        Err(LedgerError::DueBeforeArising { .. })
    ));
    assert!(matches!(
        l.fulfil(&id, d(2026, 5, 1)),
        Err(LedgerError::BeforeArising { .. })
    ));
    l.waive(&id, d(2026, 5, 6), "chuyến công tác bị hủy")
        .unwrap();
    assert!(matches!(
        l.fulfil(&id, d(2026, 5, 7)),
        Err(LedgerError::AlreadyClosed { .. })
    ));
    assert_eq!(l.status_on(&id, d(2026, 6, 1)), Some(DueStatus::Waived));
    assert_eq!(l.status_on(&id, d(2026, 5, 5)), Some(DueStatus::Pending));
    assert_eq!(l.len(), 1);
}

fn obligation() -> impl Strategy<Value = Obligation> {
    (
        0u64..400,
        0u64..60,
        proptest::option::of(0u64..120),
        proptest::option::of(0u64..120),
    )
        .prop_map(|(start, span, met, waived)| {
            let j = Jurisdiction::new_unit(42).unwrap();
            let arises = d(2026, 1, 1) + Days::new(start);
            let mut o = Obligation::new(
                "p",
                owed(ActivityKind::InboundDelegation, ReportKind::ResultReport),
                Channel::People,
                j,
                Body::new(BodyKind::ProvincialFriendshipUnion, j),
                arises,
                arises + Days::new(span),
            );
            o.met_on = met.map(|m| arises + Days::new(m));
            o.waived = waived.map(|w| doingoai::ledger::Waiver {
                on: arises + Days::new(w),
                reason: "x".into(),
            });
            o
        })
}

proptest! {
    #[test]
    fn every_obligation_has_exactly_one_status_on_any_date(o in obligation(), day in 0u64..700) {
        let date = d(2025, 12, 1) + Days::new(day);
        let s = o.status_on(date);
        let all = [DueStatus::Pending, DueStatus::MetOnTime, DueStatus::MetLate,
                   DueStatus::Overdue, DueStatus::Waived];
        prop_assert_eq!(all.iter().filter(|x| **x == s).count(), 1);
        // And the counters agree with it.
        let mut c = doingoai::ledger::StatusCounts::default();
        c.add(s);
        prop_assert_eq!(c.total(), 1);
    }

    #[test]
    fn statuses_only_move_forward_in_time(o in obligation()) {
        let mut prev = o.status_on(d(2025, 12, 1));
        for k in 1..700u64 {
            let s = o.status_on(d(2025, 12, 1) + Days::new(k));
            prop_assert!(s.rank() >= prev.rank(), "{:?} then {:?}", prev, s);
            if prev.is_closed() {
                prop_assert_eq!(s, prev, "a closed obligation never changes");
            }
            prev = s;
        }
    }
}

#[test]
fn a_pm_tier_conference_report_reaches_the_ledger_with_its_copy_to_mofa_its_citations_and_grade() {
    // QĐ 06/2020 Art. 4(2)(c): after a conference the Prime Minister permitted, the organiser
    // reports to the Chairman with a copy to MOFA within 15 days.
    let act: ProposedActivity =
        doingoai::json::from_str(include_str!("../examples/data/conference_minister_pm.json"))
            .expect("the sample request");
    let cal = WorkCalendar::state_agency();
    let rules = Rulebook::shipped();
    let history = doingoai::history::History::default();
    let decision = doingoai::rules::evaluate(&act, rules, &cal, &history).expect("evaluates");
    let owed = decision
        .obligations
        .iter()
        .find(|o| o.report == ReportKind::ResultReport)
        .expect("the result report");
    assert_eq!(owed.to, vec![Role::ProvincialChairman, Role::Mofa]);

    // the case: every obligation of the decision counted from an event, as the rule says it
    let a = assess(&act, Procedure::Conference, rules, &cal, &history).expect("assesses");
    let rule = a
        .obligations
        .iter()
        .find(|o| o.report == ReportKind::ResultReport)
        .expect("in the assessment");
    assert_eq!(rule.to, owed.to);
    let source = rule.limit.source.clone().expect("the rule");
    assert_eq!(source.rule, owed.rule);
    assert_eq!(source.citations, owed.citations);
    assert_eq!(source.evidence, owed.evidence);

    let mut case = Case::for_activity(&act).expect("a case");
    let app = case.applicant().clone();
    let at = |on, who: &Actor, action| Event::new(who.clone(), on, action);
    case.apply_with(
        &cal,
        at(
            act.filed_on,
            &app,
            Action::Submit {
                assessment: Box::new(a),
            },
        ),
    )
    .expect("on time");
    let receiving = Actor::body("nhan-ho-so", case.assessment().expect("a").receiving);
    case.apply_with(&cal, at(d(2026, 2, 3), &receiving, Action::Accept))
        .expect("accepted");
    for c in case.consultations().to_vec() {
        let body = Actor::body(format!("co-quan-{}", c.consultee.code()), c.consultee);
        let agree = Action::Reply {
            opinion: Opinion::Agree,
        };
        case.apply_with(&cal, at(d(2026, 2, 10), &body, agree))
            .expect("reply");
    }
    case.apply_with(
        &cal,
        at(d(2026, 2, 11), &receiving, Action::EndConsultation),
    )
    .expect("closed");
    let pm = Actor::official("thu-tuong", Role::PrimeMinister);
    case.apply_with(&cal, at(d(2026, 2, 20), &pm, Action::Approve))
        .expect("approved");
    case.apply_with(&cal, at(d(2026, 3, 21), &app, Action::CarryOut))
        .expect("held");
    let report = case
        .obligations(d(2026, 3, 21))
        .into_iter()
        .find(|v| v.deadline.kind == DeadlineKind::Owed(ReportKind::ResultReport))
        .expect("the report is owed");
    assert_eq!(report.deadline.to, owed.to);
    assert_eq!(report.deadline.source.as_ref(), Some(&source));

    // the ledger: both recipients, every citation, the rule's grade
    let j = act.jurisdiction;
    let obs = from_case(&case, &act, &ProvinceBodies::standard(j));
    let o = obs
        .iter()
        .find(|o| o.owed == Owed::new(act.subject(), ReportKind::ResultReport))
        .expect("in the ledger");
    assert_eq!(
        o.owed_to,
        vec![
            Body::new(BodyKind::PpcChairman, j),
            Body::central(BodyKind::Mofa)
        ]
    );
    assert_eq!(o.citations, owed.citations);
    assert_eq!(o.evidence, owed.evidence);
    assert_eq!(o.rule.as_ref(), Some(&owed.rule));
    // unmet after its due day, it is a finding under the same rule, citations and grade
    let late = o.finding_on(o.due + Days::new(3)).expect("overdue");
    assert_eq!(
        late.kind,
        doingoai::rules::FindingKind::NotMetByDue {
            due: o.due,
            met: None
        }
    );
    assert_eq!(late.rule.as_ref(), Some(&owed.rule));
    assert_eq!(late.citations, owed.citations);
    assert_eq!(late.evidence, Some(owed.evidence));
}

#[test]
fn an_aid_keeps_its_completion_report_and_its_three_finance_reports_as_four_entries() {
    // ND 80/2020 Art. 25: the aid owner reports within 6 months of completion; TT 23/2022: the
    // first-half, second-half and annual finance reports. Each is its own kind of what is owed.
    let j = Jurisdiction::old(48).unwrap();
    let bodies = ProvinceBodies::standard(j);
    let cal = WorkCalendar::state_agency();
    let rules = Rulebook::shipped();
    let aid = ProposedActivity::new("VT-DN-2025-01", ActivityKind::ForeignAid, j, d(2025, 3, 5))
        .by(Body::new(BodyKind::ProvincialPublicUnit, j).named("Bệnh viện Đà Nẵng"))
        .runs(d(2025, 4, 1), d(2025, 9, 30))
        .details(Details::Aid {
            value_vnd: 2_000_000_000,
            topics: vec![],
            donor: "KOICA".into(),
        });
    let a = assess(&aid, Procedure::Aid, rules, &cal, &Default::default()).expect("assesses");
    assert!(
        a.obligations
            .iter()
            .any(|o| o.report == ReportKind::CompletionReport),
        "{:?}",
        a.obligations
    );
    let mut case = Case::for_activity(&aid).expect("a case");
    let owner = case.applicant().clone();
    let chairman = Actor::official("chu-tich", Role::ProvincialChairman);
    let at = |on, who: &Actor, action| Event::new(who.clone(), on, action);
    let submit = Action::Submit {
        assessment: Box::new(a),
    };
    case.apply_with(&cal, at(d(2025, 3, 5), &owner, submit))
        .expect("filed");
    case.apply_with(&cal, at(d(2025, 3, 6), &chairman, Action::Accept))
        .expect("accepted");
    case.apply_with(&cal, at(d(2025, 3, 20), &chairman, Action::Approve))
        .expect("approved");
    case.apply_with(&cal, at(d(2025, 9, 30), &owner, Action::CarryOut))
        .expect("completed");

    let mut ledger = Ledger::new();
    ledger
        .extend(from_case(&case, &aid, &bodies))
        .expect("the case's");
    ledger
        .extend(periodic_obligations(rules, &bodies, 2025))
        .expect("the year's");
    let aid_kinds: std::collections::BTreeSet<ReportKind> = ledger
        .iter()
        .filter(|o| o.owed.subject == Subject::Activity(ActivityKind::ForeignAid))
        .map(|o| o.owed.report)
        .collect();
    for r in [
        ReportKind::CompletionReport,
        ReportKind::FinanceReportH1,
        ReportKind::FinanceReportH2,
        ReportKind::FinanceReportAnnual,
    ] {
        assert!(aid_kinds.contains(&r), "{r:?} missing from {aid_kinds:?}");
    }
    // four distinct keys, none a result report
    assert!(!aid_kinds.contains(&ReportKind::ResultReport));
    let completion = ledger
        .iter()
        .find(|o| o.owed == owed(ActivityKind::ForeignAid, ReportKind::CompletionReport))
        .expect("the completion report");
    assert_eq!(completion.due, d(2026, 3, 30));
    assert_eq!(
        completion.owed.en(),
        "completion report (non-ODA foreign aid)"
    );
    // the compliance report counts them apart
    let report = doingoai::report::ReportBuilder::new(
        j,
        doingoai::ledger::DateRange::new(d(2025, 1, 1), d(2026, 12, 31)).unwrap(),
        d(2026, 12, 31),
    )
    .ledger(&ledger)
    .build();
    let keys: Vec<&str> = report
        .obligations
        .by_kind
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    for k in [
        "foreign_aid/completion_report",
        "foreign_aid/finance_report_h1",
        "foreign_aid/finance_report_h2",
        "foreign_aid/finance_report_annual",
    ] {
        assert!(keys.contains(&k), "{k} not in {keys:?}");
    }
}

#[test]
fn a_ledger_stored_before_the_rulebooks_vocabulary_loads_with_nothing_merged() {
    // serialised by the code before this change: a bare list, `kind` from the ledger's own
    // vocabulary (six aid finance reports under one kind)
    let v1 = include_str!("data/ledger-v1.json");
    assert!(v1.trim_start().starts_with('[') && v1.contains("\"aid_finance_report\""));
    let ledger = Ledger::from_json(v1).expect("a version-1 ledger loads");
    let finance: std::collections::BTreeSet<ReportKind> = ledger
        .iter()
        .filter(|o| o.owed.subject == Subject::Activity(ActivityKind::ForeignAid))
        .map(|o| o.owed.report)
        .collect();
    assert!(
        finance.contains(&ReportKind::FinanceReportH1),
        "{finance:?}"
    );
    assert!(
        finance.contains(&ReportKind::FinanceReportH2),
        "{finance:?}"
    );
    assert!(
        finance.contains(&ReportKind::FinanceReportAnnual),
        "{finance:?}"
    );
    // the conference's result report, through its rule
    assert!(ledger.iter().any(|o| o.owed
        == owed(
            ActivityKind::InternationalConference,
            ReportKind::ResultReport
        )));
    // the same through serde, and written again as version 2, it reads back the same
    let via_serde: Ledger = serde_json::from_str(v1).expect("serde");
    assert_eq!(
        via_serde.to_json().expect("json"),
        ledger.to_json().expect("json")
    );
    let v2 = ledger.to_json().expect("json");
    assert!(v2.starts_with("{\"schema\":2,"));
    let again = Ledger::from_json(&v2).expect("version 2");
    assert!(again.iter().eq(ledger.iter()));
    // a merged kind without its rule cannot be told apart: refused, naming the entry
    let ambiguous = r#"[{"id":"x","kind":"result_report","channel":"state","jurisdiction":"34:48",
        "owed_by":{"kind":"provincial_department","jurisdiction":"34:48"},"owed_to":[],
        "arises_on":"2026-01-01","due":"2026-01-15","citations":[],"evidence":"text","origin":"case"}]"#;
    let err = Ledger::from_json(ambiguous).expect_err("ambiguous");
    assert_eq!(err.path, "[0].kind");
    // an unknown schema version is refused
    let future = v2.replacen("\"schema\":2", "\"schema\":3", 1);
    assert!(Ledger::from_json(&future).is_err());
}
