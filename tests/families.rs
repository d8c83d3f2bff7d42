//! Issue 11, part B: the families that were only counted now run as cases (sister relations as
//! agreements, overseas-Vietnamese receptions as inbound cases), their gaps are named with their
//! citations, and the external-information duties are cited gaps. Tests are named after the
//! articles they check.

use chrono::NaiveDate;
use doingoai::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, Details, ForeignRank, ProposedActivity,
};
use doingoai::calendar::Period;
use doingoai::history::History;
use doingoai::org::Jurisdiction;
use doingoai::rules::{Ground, Role, Rulebook, Subject};
use doingoai::simulation::{simulate, Scenario};
use doingoai::workflow::{assess, Procedure};
use doingoai::WorkCalendar;
use proptest::prelude::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).expect("date")
}

fn ha_tinh() -> Jurisdiction {
    "34:42".parse().expect("34:42")
}

fn sister(j: Jurisdiction, on: NaiveDate) -> ProposedActivity {
    ProposedActivity::new("KN-1", ActivityKind::SisterRelation, j, on).details(Details::Agreement {
        level: AgreementLevel::PeoplesCommittee,
        procedure: AgreementProcedure::Normal,
        concerns: vec![],
        partner: "Tỉnh Gangwon".into(),
    })
}

fn overseas(j: Jurisdiction, on: NaiveDate) -> ProposedActivity {
    ProposedActivity::new("KB-1", ActivityKind::OverseasVietnamese, j, on).details(
        Details::Inbound {
            country: "FR".into(),
            rank: ForeignRank::Other,
            size: 12,
            received_by_chairman: false,
        },
    )
}

#[test]
fn luat_70_2020_art_18_19_a_sister_memorandum_in_the_ppc_name_is_decided_as_an_agreement() {
    let a = sister(ha_tinh(), d(2026, 5, 4));
    assert_eq!(
        a.subject(),
        Subject::Activity(ActivityKind::InternationalAgreement)
    );
    let p = Procedure::for_kind(a.kind).expect("a procedure");
    assert_eq!(p, Procedure::Agreement);
    let x = assess(
        &a,
        p,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .expect("assesses");
    assert_eq!(x.authority.role, Role::ProvincialChairman);
    // Art. 19(2): MOFA and the bodies concerned answer within 7 working days
    let mofa = x
        .consultations
        .iter()
        .find(|c| c.consultee == Role::Mofa)
        .expect("MOFA consulted");
    assert_eq!(mofa.reply.period, Period::WorkingDays(7));
    assert!(!x.violations.iter().any(|v| v.ground() == Ground::NoRule));
    // Art. 19(4): the Prime Minister on an objection
    assert_eq!(
        x.escalation.as_ref().map(|e| e.authority.role),
        Some(Role::PrimeMinister)
    );
}

#[test]
fn luat_70_2020_art_46_the_review_of_a_sister_relation_is_a_cited_gap() {
    let book = Rulebook::shipped();
    let r = book
        .get("vn.sister_relation.obligation.review")
        .expect("the review entry");
    assert!(r.is_unsourced());
    assert!(r
        .citations()
        .iter()
        .any(|c| c.vi().contains("Điều 46") && c.vi().contains("70/2020/QH14")));
}

#[test]
fn an_overseas_vietnamese_reception_runs_as_an_inbound_case_and_names_its_gap() {
    let a = overseas(ha_tinh(), d(2026, 8, 3));
    let p = Procedure::for_kind(a.kind).expect("a procedure");
    assert_eq!(p, Procedure::Inbound);
    let x = assess(
        &a,
        p,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .expect("assesses");
    let gap = x
        .violations
        .iter()
        .find(|v| v.ground() == Ground::NoRule)
        .expect("the authority is a gap");
    assert_eq!(
        gap.rule_id(),
        Some("vn.overseas_vietnamese.authority.reception")
    );
    assert!(!gap.citations.is_empty());
}

#[test]
fn nd_72_2015_art_24_the_external_information_plan_and_reports_are_cited_gaps() {
    let book = Rulebook::shipped();
    for (id, clause) in [
        (
            "vn.external_affairs_plan.obligation.external_information_plan",
            "khoản 3 Điều 24",
        ),
        (
            "vn.external_affairs_plan.obligation.external_information_report",
            "khoản 6 Điều 24",
        ),
    ] {
        let r = book.get(id).expect(id);
        assert!(r.is_unsourced(), "{id} has no date in the text");
        assert!(
            r.citations().iter().any(|c| c.vi().starts_with(clause)),
            "{id} cites {clause}"
        );
        // NĐ 148/2026 amends the regime from 01/07/2026: the 2015 entries stop the day before
        assert!(r.validity().contains(d(2026, 6, 30)));
        assert!(!r.validity().contains(d(2026, 7, 1)));
        let next = book.get(&format!("{id}.nd148")).expect("the 2026 entry");
        assert!(next.is_unsourced());
        assert!(next.validity().contains(d(2026, 7, 1)));
    }
}

#[test]
fn the_report_names_every_gap_by_rule_with_its_citation() {
    let s = Scenario::new(ha_tinh(), 2026, 11, 300);
    let year = simulate(&s).expect("simulates");
    let r = year.report();
    let without: u64 = r
        .activities
        .without_sourced_rule
        .iter()
        .map(|t| t.count)
        .sum();
    assert!(without > 0);
    assert!(!r.activities.gaps_by_rule.is_empty());
    for t in &r.activities.gaps_by_rule {
        assert!(t.count > 0 && t.count <= without, "{t:?}");
        assert!(!t.en.is_empty() && !t.vi.is_empty());
    }
    // every record decided without a sourced rule names at least one gap, and conversely
    for rec in &year.records {
        assert_eq!(rec.rule_gaps.is_empty(), rec.gap_rules.is_empty(), "{rec:?}");
    }
    // the sister relations now run as agreement cases and meet no gap in 2026
    assert!(year
        .records
        .iter()
        .filter(|rec| rec.kind == ActivityKind::SisterRelation)
        .all(|rec| rec.gap_rules.is_empty()));
    let md = r.to_markdown();
    assert!(md.contains("vn.inbound_delegation.authority.reception"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Random sister memoranda and overseas-Vietnamese receptions, in any unit of either set on
    /// any day it exists: assessing never fails or panics, a sister memorandum under the law of
    /// 2020 is always the Chairman's, and every gap met names its rule.
    #[test]
    fn random_family_cases_assess_and_name_their_gaps(
        unit in 0usize..200, days in 0i64..(365 * 8), which in any::<bool>()
    ) {
        let on = d(2019, 1, 1) + chrono::Days::new(u64::try_from(days).unwrap_or(0));
        let js: Vec<Jurisdiction> = Jurisdiction::all()
            .into_iter()
            .filter(|j| !j.is_national() && j.exists_on(on))
            .collect();
        prop_assume!(!js.is_empty());
        let j = js[unit % js.len()];
        let a = if which { sister(j, on) } else { overseas(j, on) };
        let p = Procedure::for_kind(a.kind).expect("a procedure");
        let x = assess(&a, p, Rulebook::shipped(), &WorkCalendar::state_agency(), &History::default());
        let x = x.map_err(|e| TestCaseError::fail(e.to_string()))?;
        if which && on >= d(2021, 7, 1) {
            prop_assert_eq!(x.authority.role, Role::ProvincialChairman);
        }
        for v in x.violations.iter().filter(|v| v.ground() == Ground::NoRule) {
            prop_assert!(v.rule_id().is_some() || !which);
        }
    }
}
