//! `evaluate`: from the facts of a proposed activity to a decision, with refusals as data.

mod support;

use doingoai::activity::{
    ActivityKind, ConferenceMode, CountryVisit, Details, ForeignRank, Funding, Participant as P,
    ProposedActivity, SensitiveTopic,
};
use doingoai::calendar::WorkCalendar;
use doingoai::history::{History, PastTrip};
use doingoai::org::{Body, BodyKind, DisciplineKind, DisciplineRecord, Official, Position};
use doingoai::rules::{evaluate, Role, Rulebook, WeekdaysOnly};
use doingoai::Validity;
use support::*;

/// A conference with no minister-level guest and no sensitive topic, not chaired by the
/// province.
fn conference(topics: Vec<SensitiveTopic>, chaired_by_ppc: bool) -> Details {
    Details::Conference {
        mode: ConferenceMode::InPerson,
        foreign_rank: ForeignRank::Other,
        topics,
        chaired_by_ppc,
        front_or_mass_organisation: false,
        hosting_approval: false,
    }
}

fn da_nang_trip(filed: chrono::NaiveDate) -> ProposedActivity {
    let j = doingoai::org::Jurisdiction::new_unit(48).unwrap();
    let mut a = ProposedActivity::new(
        "DN-2025-01",
        doingoai::activity::ActivityKind::OutboundDelegation,
        j,
        filed,
    )
    .by(Body::new(BodyKind::DepartmentOfForeignAffairs, j))
    .runs(d(2025, 10, 6), d(2025, 10, 12));
    a.details = Details::Delegation {
        countries: vec![
            CountryVisit::new("JP", 4),
            CountryVisit::new("KR", 2),
            CountryVisit::new("CN", 1),
            CountryVisit::new("MN", 1),
        ],
        funding: Funding::StateBudget,
        purpose: "xúc tiến đầu tư".into(),
    };
    let mut head = Official::new("a", "Nguyễn Văn A", Position::DepartmentDirector);
    head.key_leader = true;
    let mut b = Official::new("b", "Trần Thị B", Position::Staff);
    b.discipline.push(DisciplineRecord {
        kind: DisciplineKind::Warning,
        decided: d(2025, 3, 1),
        in_effect: Validity::between(d(2025, 3, 1), d(2026, 2, 28)).unwrap(),
        decision: None,
    });
    a.participants = vec![P::head(head), P::member(b)];
    a
}

#[test]
fn da_nang_caps_refuse_a_four_country_trip_with_four_days_in_japan() {
    let trip = da_nang_trip(d(2025, 9, 1));
    let dec = evaluate(
        &trip,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let ids: Vec<&str> = dec.violations.iter().filter_map(|v| v.rule_id()).collect();
    assert!(
        ids.contains(&"da_nang.outbound_delegation.condition.countries_per_trip"),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"da_nang.outbound_delegation.condition.days_per_country"),
        "{ids:?}"
    );
    assert!(!dec.is_admissible());
    let v = dec
        .violations
        .iter()
        .find(|v| v.rule_id().is_some_and(|r| r.ends_with("days_per_country")))
        .unwrap();
    assert!(v.wrong.en.contains("JP") && v.satisfy.en.contains("3 days"));
    assert_eq!(v.citations[0].instrument.as_str(), "101/UBND-SNV");
    // the decision names the rulebook version it was taken under
    assert_eq!(dec.rulebook, Rulebook::shipped().version_id());
    // the passport must be returned within 5 working days after the trip (Luật 49/2019 Art. 23(3))
    let ret = dec
        .obligations
        .iter()
        .find(|o| o.rule.as_str() == "vn.outbound_delegation.obligation.passport_return")
        .unwrap();
    assert_eq!(ret.due, Some(d(2025, 10, 17)));
}

#[test]
fn a_third_trip_in_the_year_breaks_the_da_nang_cap() {
    let trip = da_nang_trip(d(2025, 9, 1));
    let mut h = History::default();
    for m in [2, 5] {
        h.trips.push(PastTrip {
            person: "a".into(),
            start: d(2025, m, 1),
            jurisdiction: t("34:48"),
            out_of_plan: false,
        });
    }
    let dec = evaluate(&trip, Rulebook::shipped(), &WeekdaysOnly, &h).unwrap();
    let v = dec
        .violations
        .iter()
        .find(|v| {
            v.rule_id() == Some("da_nang.outbound_delegation.condition.trips_per_person_per_year")
        })
        .unwrap();
    assert!(v.wrong.en.contains("already made 2 trips"));
}

#[test]
fn ho_chi_minh_2018_refuses_a_member_serving_a_warning() {
    let mut trip = da_nang_trip(d(2019, 9, 1));
    trip.jurisdiction = doingoai::org::Jurisdiction::old(79).unwrap();
    // filed by Hồ Chí Minh City's own department (a body of the jurisdiction, issue 13)
    trip.applicant = Some(Body::new(
        BodyKind::DepartmentOfForeignAffairs,
        trip.jurisdiction,
    ));
    trip.starts_on = Some(d(2019, 10, 6));
    trip.ends_on = Some(d(2019, 10, 8));
    // three days: one country (four countries' stays would not fit the dates)
    trip.details = Details::Delegation {
        countries: vec![CountryVisit::new("JP", 3)],
        funding: Funding::StateBudget,
        purpose: "xúc tiến đầu tư".into(),
    };
    if let Some(p) = trip.participants.get_mut(1) {
        p.official.discipline[0].in_effect =
            Validity::between(d(2019, 3, 1), d(2020, 2, 28)).unwrap();
    }
    let dec = evaluate(
        &trip,
        Rulebook::shipped(),
        &WeekdaysOnly,
        &History::default(),
    )
    .unwrap();
    let v = dec
        .violations
        .iter()
        .find(|v| v.rule_id() == Some("hcm.outbound_delegation.condition.sanction"))
        .unwrap();
    assert!(v.wrong.en.contains('b'));
}

#[test]
fn a_conference_with_a_sensitive_topic_goes_to_the_pm_with_mofa_and_police_consulted() {
    let f = ProposedActivity::new(
        "HT-DN-1",
        ActivityKind::InternationalConference,
        t("34:48"),
        d(2026, 3, 2),
    )
    .runs(d(2026, 5, 20), d(2026, 5, 21))
    .details(conference(vec![SensitiveTopic::Religion], false));
    let dec = evaluate(
        &f,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    assert_eq!(dec.tier, Some(doingoai::rules::DecisionTier::PrimeMinister));
    assert_eq!(
        dec.authority.as_ref().unwrap().effective,
        Role::PrimeMinister
    );
    let c = &dec.consultations[0];
    assert!(c.consultees.contains(&Role::Mofa) && c.consultees.contains(&Role::PublicSecurity));
    assert!(c.reply_by.is_some());
    assert!(dec.filings.iter().all(|x| x.on_time));
    // 20/05/2026 − 40 days = 10/04/2026 (a Friday, a working day)
    assert_eq!(dec.latest_filing(), Some(d(2026, 4, 10)));
    let report = dec
        .obligations
        .iter()
        .find(|o| o.rule.as_str().ends_with("result_report.pm_tier"))
        .unwrap();
    assert!(report.to.contains(&Role::Mofa));
    let annual = dec
        .obligations
        .iter()
        .find(|o| o.rule.as_str() == "vn.conference.obligation.annual_report")
        .unwrap();
    assert_eq!(annual.due, Some(d(2026, 12, 18)));
}

#[test]
fn binh_duong_delegated_conference_permission_goes_to_the_fa_director() {
    let f = ProposedActivity::new(
        "HT-BD-1",
        ActivityKind::InternationalConference,
        t("63:74"),
        d(2025, 2, 3),
    )
    .starts(d(2025, 4, 1))
    .details(conference(vec![], false));
    let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default()).unwrap();
    let a = dec.authority.unwrap();
    assert_eq!(
        (a.decides, a.delegated_to, a.effective),
        (
            Role::ProvincialChairman,
            Some(Role::FaAgencyHead),
            Role::FaAgencyHead
        )
    );
    let f = f.details(conference(vec![], true));
    let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default()).unwrap();
    assert_eq!(dec.authority.unwrap().effective, Role::ProvincialChairman);
}

#[test]
fn an_outbound_trip_from_a_province_without_figures_reports_the_gaps_instead_of_guessing() {
    let f = ProposedActivity::new(
        "DR-TH-1",
        ActivityKind::OutboundDelegation,
        t("34:38"),
        d(2026, 1, 5),
    )
    .starts(d(2026, 2, 2))
    .participant(P::member(Official::new("x", "X", Position::Staff)));
    let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default()).unwrap();
    let gaps: Vec<&str> = dec.gaps.iter().map(|g| g.rule.as_str()).collect();
    assert!(
        gaps.contains(&"vn.outbound_delegation.lead_time.request"),
        "{gaps:?}"
    );
    assert!(gaps.contains(&"vn.outbound_delegation.processing.decision"));
    assert!(dec.filings.is_empty());
}

#[test]
fn a_late_dak_nong_request_is_refused_with_the_latest_day() {
    let f = ProposedActivity::new(
        "DR-DNo-1",
        ActivityKind::OutboundDelegation,
        t("63:67"),
        d(2024, 3, 1),
    )
    .starts(d(2024, 3, 8));
    let dec = evaluate(
        &f,
        Rulebook::shipped(),
        &WorkCalendar::state_agency(),
        &History::default(),
    )
    .unwrap();
    let late = dec.filings.iter().find(|x| !x.on_time).unwrap();
    assert_eq!(
        late.rule.as_str(),
        "dak_nong.outbound_delegation.lead_time.request"
    );
    assert!(late.latest < d(2024, 2, 24));
    assert!(dec
        .violations
        .iter()
        .any(|v| v.rule.as_ref() == Some(&late.rule)));
}

#[test]
fn evaluating_a_merged_province_after_the_merger_is_a_technical_error_naming_the_successor() {
    let f = ProposedActivity::new(
        "DR-QNa-1",
        ActivityKind::OutboundDelegation,
        t("63:49"),
        d(2025, 8, 1),
    );
    let e = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default()).unwrap_err();
    assert!(e.to_string().contains("34:48"), "{e}");
}

#[test]
fn chi_thi_38_out_of_plan_is_an_advisory_not_a_refusal() {
    let f = ProposedActivity::new(
        "DR-TH-2",
        ActivityKind::OutboundDelegation,
        t("34:38"),
        d(2026, 1, 5),
    )
    .out_of_plan()
    .proposal(true);
    let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default()).unwrap();
    assert!(dec
        .advisories
        .iter()
        .any(|v| v.rule_id() == Some("vn.outbound_delegation.condition.annual_plan")));
    assert!(dec.is_admissible());
}
