//! Provincial overrides, one test per sourced figure, and the 2025 succession.

mod support;

use doingoai::activity::ActivityKind;
use doingoai::law::Evidence;
use doingoai::org::{Jurisdiction, Succession};
use doingoai::rules::{
    Anchor, AttrSet, Attribute as At, Authority, Condition, Due, HeadRank as H, LeadTime,
    Obligation, Period as P, Processing, Query, ResolveError, Role, Rulebook, Sanction,
    Subject as A, Tier,
};
use support::*;

const OUT: A = A::Activity(ActivityKind::OutboundDelegation);

#[test]
fn da_nang_cv_101_ubnd_snv_2025_at_most_2_trips_per_person_a_year() {
    let r = rule::<Condition>(
        "34:48",
        OUT,
        d(2025, 7, 9),
        &[],
        "trips_per_person_per_year",
    );
    assert_eq!(
        r.value,
        Some(Condition::MaxTripsPerPersonPerYear { max: 2 })
    );
    assert_eq!(r.evidence, Evidence::Secondary);
}

#[test]
fn da_nang_cv_101_ubnd_snv_2025_delegation_size_10_7_5_by_head_rank() {
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "size_provincial_head"),
        Condition::MaxDelegationSize {
            head: H::ProvincialHead,
            max: 10
        }
    );
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "size_provincial_deputy"),
        Condition::MaxDelegationSize {
            head: H::ProvincialDeputy,
            max: 7
        }
    );
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "size_department_level"),
        Condition::MaxDelegationSize {
            head: H::DepartmentLevel,
            max: 5
        }
    );
}

#[test]
fn da_nang_cv_101_ubnd_snv_2025_3_days_per_country_5_for_major_events_3_countries_no_enterprise_trips(
) {
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "days_per_country"),
        Condition::MaxDaysPerCountry {
            max: 3,
            major_event_max: Some(5)
        }
    );
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "countries_per_trip"),
        Condition::MaxCountriesPerTrip { max: 3 }
    );
    assert_eq!(
        value::<Condition>("34:48", OUT, d(2025, 8, 1), &[], "enterprise_funded"),
        Condition::NoEnterpriseFunded
    );
}

#[test]
fn da_nang_cv_101_is_not_in_force_before_09_07_2025() {
    let q = Query::new(t("34:48"), OUT, d(2025, 7, 8));
    assert!(Rulebook::shipped()
        .resolve(&q)
        .unwrap()
        .get::<Condition>("trips_per_person_per_year")
        .is_none());
}

#[test]
fn ho_chi_minh_2018_no_trip_under_a_sanction_of_reprimand_or_higher() {
    assert_eq!(
        value::<Condition>("63:79", OUT, d(2018, 5, 7), &[], "sanction"),
        Condition::NoSanctionAtLeast {
            level: Sanction::Reprimand
        }
    );
}

#[test]
fn ho_chi_minh_2018_at_most_2_trips_a_year_no_two_key_leaders_leaders_10_working_days() {
    assert_eq!(
        value::<Condition>(
            "63:79",
            OUT,
            d(2019, 1, 1),
            &[],
            "trips_per_person_per_year"
        ),
        Condition::MaxTripsPerPersonPerYear { max: 2 }
    );
    assert_eq!(
        value::<Condition>("63:79", OUT, d(2019, 1, 1), &[], "two_key_leaders"),
        Condition::NoTwoKeyLeadersTogether
    );
    assert_eq!(
        value::<Condition>(
            "63:79",
            OUT,
            d(2019, 1, 1),
            &[At::LeaderTravels],
            "leader_trip_length"
        ),
        Condition::MaxTripLength {
            max: P::WorkingDays(10)
        }
    );
}

#[test]
fn ha_noi_city_regulation_leaders_2_trips_10_people_10_days_3_countries() {
    assert_eq!(
        value::<Condition>("63:01", OUT, d(2016, 1, 1), &[], "leader_trips_per_year"),
        Condition::MaxLeaderTripsPerYear { max: 2 }
    );
    assert_eq!(
        value::<Condition>("63:01", OUT, d(2016, 1, 1), &[], "size"),
        Condition::MaxDelegationSize {
            head: H::Any,
            max: 10
        }
    );
    assert_eq!(
        value::<Condition>("63:01", OUT, d(2016, 1, 1), &[], "trip_length"),
        Condition::MaxTripLength {
            max: P::CalendarDays(10)
        }
    );
    assert_eq!(
        value::<Condition>("63:01", OUT, d(2016, 1, 1), &[], "countries_per_trip"),
        Condition::MaxCountriesPerTrip { max: 3 }
    );
    assert!(
        rule::<Obligation>("63:01", OUT, d(2016, 1, 1), &[], "semiannual_report").is_unsourced()
    );
}

#[test]
fn ha_noi_plan_29_12_head_of_delegation_reports_within_10_days() {
    let o: Obligation = value("63:01", OUT, d(2016, 1, 1), &[], "result_report");
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::CalendarDays(10)
        }
    );
}

#[test]
fn ha_noi_procedure_official_exit_in_6_working_days() {
    let p: Processing = value("63:01", OUT, d(2016, 1, 1), &[], "decision");
    assert_eq!(p.within, P::WorkingDays(6));
}

#[test]
fn quang_nam_2024_party_instruments_at_most_2_out_of_plan_delegations_a_year() {
    assert_eq!(
        value::<Condition>("63:49", OUT, d(2025, 1, 1), &[], "out_of_plan_per_year"),
        Condition::MaxOutOfPlanPerYear { max: 2 }
    );
}

#[test]
fn binh_duong_2017_report_within_7_working_days_10_persons_2_trips_no_enterprise_funding() {
    let o: Obligation = value("63:74", OUT, d(2018, 1, 1), &[], "result_report");
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::WorkingDays(7)
        }
    );
    assert_eq!(
        value::<Condition>("63:74", OUT, d(2018, 1, 1), &[], "size"),
        Condition::MaxDelegationSize {
            head: H::Any,
            max: 10
        }
    );
    assert_eq!(
        value::<Condition>(
            "63:74",
            OUT,
            d(2018, 1, 1),
            &[],
            "trips_per_person_per_year"
        ),
        Condition::MaxTripsPerPersonPerYear { max: 2 }
    );
    assert_eq!(
        value::<Condition>("63:74", OUT, d(2018, 1, 1), &[], "enterprise_funded"),
        Condition::NoEnterpriseFunded
    );
}

#[test]
fn binh_duong_2024_delegates_conference_permission_to_the_fa_director_except_events_the_province_chairs(
) {
    let r = rule::<Authority>(
        "63:74",
        A::Activity(ActivityKind::InternationalConference),
        d(2025, 1, 1),
        &[],
        "provincial_tier",
    );
    let a = r.value.as_ref().unwrap();
    assert_eq!(a.effective_decider(AttrSet::EMPTY), Role::FaAgencyHead);
    assert_eq!(
        a.effective_decider(AttrSet::of(&[At::ChairedByProvince])),
        Role::ProvincialChairman
    );
    // before the delegation the national rule applies
    let before = rule::<Authority>(
        "63:74",
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 1, 1),
        &[],
        "provincial_tier",
    );
    assert_eq!(
        before.id.as_str(),
        "vn.conference.authority.provincial_tier"
    );
}

#[test]
fn bac_giang_procedure_appraisal_3_working_days_decision_3_working_days() {
    let attrs = [At::NotStateFunded];
    assert_eq!(
        value::<Processing>("63:24", OUT, d(2014, 1, 1), &attrs, "appraisal").within,
        P::WorkingDays(3)
    );
    assert_eq!(
        value::<Processing>("63:24", OUT, d(2014, 1, 1), &attrs, "decision").within,
        P::WorkingDays(3)
    );
}

#[test]
fn bac_giang_procedure_reception_request_at_least_5_working_days_before() {
    let l: LeadTime = value(
        "63:24",
        A::Activity(ActivityKind::InboundDelegation),
        d(2014, 1, 1),
        &[At::ReceivedByChairman],
        "reception",
    );
    assert_eq!(l.before, P::WorkingDays(5));
}

#[test]
fn dak_nong_procedure_2012_outbound_request_at_least_10_working_days_before_departure() {
    let l: LeadTime = value("63:67", OUT, d(2013, 1, 1), &[], "request");
    assert_eq!((l.before, l.anchor), (P::WorkingDays(10), Anchor::Start));
}

#[test]
fn outbound_processing_times_of_dong_nai_cao_bang_binh_phuoc_dak_lak() {
    assert_eq!(
        value::<Processing>("63:75", OUT, d(2020, 1, 1), &[], "decision").within,
        P::WorkingDays(7)
    );
    assert_eq!(
        value::<Processing>("63:04", OUT, d(2020, 1, 1), &[], "decision").within,
        P::CalendarDays(14)
    );
    assert_eq!(
        value::<Processing>("63:04", OUT, d(2020, 1, 1), &[], "appraisal").within,
        P::CalendarDays(9)
    );
    assert_eq!(
        value::<Processing>("63:70", OUT, d(2020, 1, 1), &[], "decision").within,
        P::WorkingDays(5)
    );
    assert_eq!(
        value::<Processing>("63:66", OUT, d(2020, 1, 1), &[], "decision").within,
        P::WorkingDays(20)
    );
}

#[test]
fn thua_thien_hue_procedure_6_5_days_is_inconsistent_so_the_decision_step_is_a_gap() {
    assert_eq!(
        value::<Processing>("63:46", OUT, d(2020, 1, 1), &[], "appraisal").within,
        P::CalendarDays(3)
    );
    assert!(rule::<Processing>("63:46", OUT, d(2020, 1, 1), &[], "decision").is_unsourced());
}

#[test]
fn quang_ngai_leaders_report_in_writing_at_least_3_days_before_departure() {
    let o: Obligation = value(
        "63:51",
        OUT,
        d(2020, 1, 1),
        &[At::LeaderTravels],
        "prior_notice",
    );
    assert_eq!(
        o.due,
        Due::Before {
            anchor: Anchor::Start,
            at_least: P::CalendarDays(3)
        }
    );
}

#[test]
fn kon_tum_conference_workflow_7_1_10_2_working_days() {
    let p = |topic| {
        value::<Processing>(
            "63:62",
            A::Activity(ActivityKind::InternationalConference),
            d(2021, 1, 1),
            &[],
            topic,
        )
        .within
    };
    assert_eq!(p("appraisal"), P::WorkingDays(7));
    assert_eq!(p("signature"), P::WorkingDays(1));
    assert_eq!(p("decision"), P::WorkingDays(10));
    assert_eq!(p("notification"), P::WorkingDays(2));
    assert_eq!(p("provincial_tier"), P::WorkingDays(20));
}

#[test]
fn binh_dinh_procedure_under_qd_76_2010_filed_at_least_20_days_before() {
    let l: LeadTime = value(
        "63:52",
        A::Activity(ActivityKind::InternationalConference),
        d(2015, 1, 1),
        &[],
        "provincial_tier",
    );
    assert_eq!(l.before, P::CalendarDays(20));
    // QĐ 06/2020 replaces it on 15/04/2020: the national 30 days apply
    let r = rule::<LeadTime>(
        "63:52",
        A::Activity(ActivityKind::InternationalConference),
        d(2020, 4, 15),
        &[],
        "provincial_tier",
    );
    assert_eq!(r.id.as_str(), "vn.conference.lead_time.provincial_tier");
}

#[test]
fn khanh_hoa_1336_qd_tu_2020_figures_are_explicit_gaps() {
    assert!(rule::<LeadTime>("63:56", OUT, d(2021, 1, 1), &[], "request").is_unsourced());
}

#[test]
fn lai_chau_procedure_fa_director_decides_for_staff_not_managed_by_the_party_board() {
    let a: Authority = value("63:12", OUT, d(2020, 1, 1), &[], "sender");
    assert_eq!(a.effective_decider(AttrSet::EMPTY), Role::FaAgencyHead);
}

#[test]
fn dong_thap_2026_regulation_body_is_an_explicit_gap() {
    assert!(rule::<LeadTime>("34:82", OUT, d(2026, 2, 1), &[], "request").is_unsourced());
}

// ── resolution: province over national, trace, succession ──

#[test]
fn a_province_overrides_the_national_rule_and_the_trace_says_so() {
    let q = Query::new(t("63:01"), OUT, d(2016, 1, 1));
    let r = Rulebook::shipped().resolve(&q).unwrap();
    let e = r
        .entries()
        .find(|e| e.topic() == "leader_trips_per_year")
        .unwrap();
    assert_eq!(e.tier(), Some(Tier::Own));
    let over: Vec<_> = e
        .overridden()
        .map(|(x, tier)| (x.id().to_string(), tier))
        .collect();
    assert_eq!(
        over,
        vec![(
            "vn.outbound_delegation.condition.leader_trips_per_year".to_string(),
            Tier::National
        )]
    );
    let trace = r.trace();
    let line = trace
        .lines
        .iter()
        .find(|l| l.topic == "leader_trips_per_year")
        .unwrap();
    assert_eq!(
        line.applied.as_ref().map(|x| x.as_str()),
        Some("ha_noi.outbound_delegation.condition.leader_trips_per_year")
    );
    assert_eq!(
        line.overridden
            .iter()
            .map(|x| x.as_str())
            .collect::<Vec<_>>(),
        vec!["vn.outbound_delegation.condition.leader_trips_per_year"]
    );
}

#[test]
fn a_province_without_a_layer_gets_the_national_baseline_and_a_note() {
    let q = Query::new(t("63:38"), OUT, d(2020, 1, 1));
    let r = Rulebook::shipped().resolve(&q).unwrap();
    assert!(r
        .rules()
        .all(|x| x.jurisdiction() == Jurisdiction::National));
    assert!(r.succession_notes().iter().any(|n| n.contains("no layer")));
}

#[test]
fn a_merged_province_is_refused_after_30_06_2025_with_its_successor_stated() {
    let q = Query::new(t("63:74"), OUT, d(2025, 7, 1));
    match Rulebook::shipped().resolve(&q) {
        Err(ResolveError::JurisdictionEnded {
            succession,
            last_day,
            ..
        }) => {
            assert_eq!(succession, Some(Succession::MergedInto(t("34:79"))));
            assert_eq!(last_day, d(2025, 6, 30));
        }
        other => panic!("{other:?}"),
    }
    assert!(Rulebook::shipped()
        .resolve(&Query::new(t("63:74"), OUT, d(2025, 6, 30)))
        .is_ok());
}

#[test]
fn a_34_set_unit_is_refused_before_01_07_2025() {
    let e = Rulebook::shipped()
        .resolve(&Query::new(t("34:79"), OUT, d(2025, 6, 30)))
        .unwrap_err();
    assert!(matches!(e, ResolveError::NotYetInExistence { .. }));
    assert!(e.to_string().contains("63:74"));
}

#[test]
fn binh_duong_caps_do_not_leak_into_ho_chi_minh_city_after_the_merger() {
    let r = Rulebook::shipped()
        .resolve(&Query::new(t("34:79"), OUT, d(2025, 9, 1)))
        .unwrap();
    assert!(r
        .rules()
        .all(|x| x.jurisdiction() == Jurisdiction::National));
    let notes = r.succession_notes().join("\n");
    assert!(notes.contains("63:74") && notes.contains("63:79") && notes.contains("not applied"));
}

#[test]
fn quang_nam_out_of_plan_cap_does_not_leak_into_da_nang_after_the_merger() {
    let r = Rulebook::shipped()
        .resolve(&Query::new(t("34:48"), OUT, d(2025, 9, 1)))
        .unwrap();
    assert!(r.get::<Condition>("out_of_plan_per_year").is_none());
    assert!(r.get::<Condition>("trips_per_person_per_year").is_some());
}

#[test]
fn an_unchanged_province_continues_its_rules_after_01_07_2025() {
    // Cao Bằng was kept unchanged: 63:04 → 34:04
    assert_eq!(
        t("63:04").succession(),
        Some(Succession::Unchanged(t("34:04")))
    );
    let r = Rulebook::shipped()
        .resolve(&Query::new(t("34:04"), OUT, d(2025, 9, 1)))
        .unwrap();
    let e = r.entries().find(|e| e.topic() == "decision").unwrap();
    assert_eq!(e.tier(), Some(Tier::Continued));
    assert_eq!(
        e.rule().unwrap().id().as_str(),
        "cao_bang.outbound_delegation.processing.decision"
    );
    assert!(r.succession_notes().iter().any(|n| n.contains("unchanged")));
}

#[test]
fn the_trace_reads_as_an_explanation() {
    let q = Query::new(
        t("63:52"),
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 1, 1),
    );
    let text = Rulebook::shipped().resolve(&q).unwrap().trace().to_string();
    assert!(
        text.contains("binh_dinh.conference.lead_time.provincial_tier not in force"),
        "{text}"
    );
    assert!(
        text.contains("not applicable to this activity: vn.conference.lead_time.pm_tier"),
        "{text}"
    );
}
