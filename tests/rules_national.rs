//! The national baseline, one test per sourced figure, named after its article.

mod support;

use doingoai::activity::ActivityKind;
use doingoai::law::{Citation, Evidence};
use doingoai::rules::{
    Anchor, Attribute as At, Authority, Condition, Consultation, DataWindow, Due, Escalation,
    LeadTime, MonthDay, Obligation, Period as P, Processing, ReportKind, Role, Step, Subject as A,
};
use support::*;

const QD06: &str = "06/2020/QĐ-TTg";
const L70: &str = "70/2020/QH14";

// ── QĐ 06/2020/QĐ-TTg ──

#[test]
fn qd_06_2020_art_3_1_foreign_minister_level_conference_goes_to_the_prime_minister() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 5, 1),
        &[At::ForeignMinisterLevel],
        "pm_tier",
    );
    assert_eq!(a.decides, Role::PrimeMinister);
    assert_eq!(a.submitted_by, Some(Role::ProvincialChairman));
    let r = rule::<Authority>(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 5, 1),
        &[At::SensitiveTopic],
        "pm_tier",
    );
    assert!(cites(r, Citation::article(QD06, 3).clause(1)));
    assert!(graded(r, Evidence::Codification));
}

#[test]
fn qd_06_2020_art_3_2_other_conferences_are_decided_by_the_provincial_chairman() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 5, 1),
        &[],
        "provincial_tier",
    );
    assert_eq!(a.decides, Role::ProvincialChairman);
}

#[test]
fn qd_06_2020_art_1_2_b_mass_organisation_conferences_follow_party_rules() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2024, 5, 1),
        &[At::MassOrganisationOrganiser],
        "mass_organisation",
    );
    assert_eq!(a.decides, Role::PartyCompetentLevel);
}

#[test]
fn qd_06_2020_art_4_1_a_pm_tier_dossier_at_least_40_days_before() {
    let l: LeadTime = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[At::ForeignMinisterLevel],
        "pm_tier",
    );
    assert_eq!(l.before, P::CalendarDays(40));
    assert_eq!(l.anchor, Anchor::Start);
    let r = rule::<LeadTime>(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[At::SensitiveTopic],
        "pm_tier",
    );
    assert!(cites(r, Citation::article(QD06, 4).clause(1).point('a')));
}

#[test]
fn qd_06_2020_art_4_1_a_provincial_tier_dossier_at_least_30_days_before() {
    let l: LeadTime = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[],
        "provincial_tier",
    );
    assert_eq!(l.before, P::CalendarDays(30));
}

#[test]
fn qd_76_2010_provincial_lead_time_before_15_04_2020_is_an_unsourced_entry() {
    let r = rule::<LeadTime>(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2019, 1, 1),
        &[],
        "provincial_tier",
    );
    assert!(r.is_unsourced());
    assert!(cites(r, Citation::instrument("76/2010/QĐ-TTg")));
}

#[test]
fn qd_06_2020_art_5_1_pm_tier_consults_mofa_and_public_security_reply_within_15_days() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[At::ForeignMinisterLevel],
        "pm_tier",
    );
    assert!(c.consultees.contains(&Role::Mofa) && c.consultees.contains(&Role::PublicSecurity));
    assert_eq!(c.reply_within, P::CalendarDays(15));
}

#[test]
fn qd_06_2020_art_5_2_provincial_tier_consults_related_bodies_reply_within_15_days() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[],
        "provincial_tier",
    );
    assert_eq!(c.consultees, vec![Role::RelatedBodies]);
    assert_eq!(c.reply_within, P::CalendarDays(15));
}

#[test]
fn qd_06_2020_art_4_2_c_result_report_within_15_days_after_the_event_copy_mofa_for_pm_tier() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[At::ForeignMinisterLevel],
        "result_report_pm_tier",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::CalendarDays(15)
        }
    );
    assert!(o.to.contains(&Role::Mofa));
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[],
        "result_report_provincial_tier",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::CalendarDays(15)
        }
    );
    assert!(!o.to.contains(&Role::Mofa));
}

#[test]
fn qd_06_2020_art_8_annual_report_by_18_december_data_15_december_to_14_december() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[],
        "annual_report",
    );
    assert_eq!(o.report, ReportKind::AnnualReport);
    assert_eq!(o.to, vec![Role::Mofa]);
    let w = DataWindow {
        from: MonthDay::new(12, 15),
        to: MonthDay::new(12, 14),
    };
    assert_eq!(
        o.due,
        Due::Yearly {
            by: MonthDay::new(12, 18),
            year_offset: 0,
            data: Some(w)
        }
    );
    assert_eq!(o.due.yearly_due(2025), Some(d(2025, 12, 18)));
    assert_eq!(w.for_year(2025), Some((d(2024, 12, 15), d(2025, 12, 14))));
}

#[test]
fn qd_06_2020_has_no_national_processing_time_an_explicit_gap() {
    assert!(rule::<Processing>(
        "national",
        A::Activity(ActivityKind::InternationalConference),
        d(2021, 1, 1),
        &[],
        "provincial_tier"
    )
    .is_unsourced());
}

// ── Luật 70/2020/QH14, NĐ 64/2021/NĐ-CP, NĐ 177/2025/NĐ-CP ──

#[test]
fn luat_70_2020_art_18_chairman_decides_agreements_in_the_name_of_the_ppc() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfPpc],
        "ppc",
    );
    assert_eq!(a.decides, Role::ProvincialChairman);
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfHdnd],
        "hdnd",
    );
    assert_eq!(a.decides, Role::HdndChairman);
}

#[test]
fn luat_70_2020_art_19_2_consultees_reply_within_7_working_days() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfPpc],
        "ppc",
    );
    assert_eq!(c.reply_within, P::WorkingDays(7));
    assert!(c.consultees.contains(&Role::Mofa));
}

#[test]
fn luat_70_2020_art_25_defence_security_and_investment_ministries_consulted_by_content() {
    for (concern, topic, ministry) in [
        (At::ConcernsDefence, "ppc_defence", Role::Defence),
        (At::ConcernsSecurity, "ppc_security", Role::PublicSecurity),
        (
            At::ConcernsInvestment,
            "ppc_investment",
            Role::InvestmentMinistry,
        ),
    ] {
        let r = rule::<Consultation>(
            "national",
            A::Activity(ActivityKind::InternationalAgreement),
            d(2025, 9, 1),
            &[At::InNameOfPpc, concern],
            topic,
        );
        let c = r.value.as_ref().unwrap();
        assert_eq!(c.consultees, vec![ministry]);
        assert_eq!(c.reply_within, P::WorkingDays(7));
        // the clause that sets the period comes first: Art. 25(4), then the ministry's clause
        // (fidelity audit A-2: these were cited to Art. 19, which names only MOFA)
        assert_eq!(r.citations[0], Citation::article(L70, 25).clause(4));
        assert!(!cites(r, Citation::article(L70, 19).clause(1)));
        // shortened procedure: 3 working days (Art. 39) — a reading, graded guidance
        let s = rule::<Consultation>(
            "national",
            A::Activity(ActivityKind::InternationalAgreement),
            d(2025, 9, 1),
            &[At::InNameOfPpc, concern, At::ShortenedProcedure],
            &format!("{topic}_shortened"),
        );
        assert_eq!(s.value.as_ref().unwrap().reply_within, P::WorkingDays(3));
        assert!(graded(s, Evidence::Guidance));
    }
    // no concern, no ministry
    let q = doingoai::rules::Query::new(
        t("national"),
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 9, 1),
    )
    .with(At::InNameOfPpc);
    let r = doingoai::Rulebook::shipped().resolve(&q).unwrap();
    assert!(r.get::<Consultation>("ppc_defence").is_none());
    // the general consultation cites its period clause first too
    let g = rule::<Consultation>(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 9, 1),
        &[At::InNameOfPpc],
        "ppc",
    );
    assert_eq!(g.citations[0], Citation::article(L70, 19).clause(2));
}

#[test]
fn nd_64_2021_art_7_as_amended_by_nd_177_2025_border_commune_reconciles_within_5_working_days() {
    let r = rule::<Processing>(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 9, 1),
        &[At::InNameOfBorderCommune],
        "border_commune_reconciliation",
    );
    let p = r.value.as_ref().unwrap();
    assert_eq!(p.by, Role::CommuneChairman);
    assert_eq!(p.step, Step::Reconciliation);
    assert_eq!(p.within, P::WorkingDays(5));
    assert!(cites(r, Citation::article("64/2021/NĐ-CP", 7)));
    // not before the amendment
    let q = doingoai::rules::Query::new(
        t("national"),
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 6, 30),
    )
    .with(At::InNameOfBorderCommune);
    let r = doingoai::Rulebook::shipped().resolve(&q).unwrap();
    assert!(r
        .get::<Processing>("border_commune_reconciliation")
        .is_none());
}

#[test]
fn luat_70_2020_art_39_shortened_procedure_reply_within_3_working_days() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfPpc, At::ShortenedProcedure],
        "ppc_shortened",
    );
    assert_eq!(c.reply_within, P::WorkingDays(3));
}

#[test]
fn luat_70_2020_art_19_4_an_objection_goes_to_the_prime_minister_who_answers_within_7_working_days()
{
    let e: Escalation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfPpc, At::ConsulteeObjects],
        "objection",
    );
    assert_eq!(e.to, Role::PrimeMinister);
    assert_eq!(e.answer_within, Some(P::WorkingDays(7)));
}

#[test]
fn luat_70_2020_art_19_5_report_to_the_pm_and_copy_mofa_within_15_days_of_signing() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfPpc],
        "post_signing_ppc",
    );
    assert_eq!(o.to, vec![Role::PrimeMinister, Role::Mofa]);
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Signing,
            within: P::CalendarDays(15)
        }
    );
}

#[test]
fn luat_70_2020_art_46_1_annual_signing_plan_by_15_november_of_the_previous_year() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[],
        "annual_plan",
    );
    assert_eq!(o.due.yearly_due(2026), Some(d(2025, 11, 15)));
    assert!(cites(
        rule::<Obligation>(
            "national",
            A::Activity(ActivityKind::InternationalAgreement),
            d(2022, 1, 1),
            &[],
            "annual_plan"
        ),
        Citation::article(L70, 46).clause(1)
    ));
}

#[test]
fn luat_70_2020_art_46_3_annual_report_by_15_november_each_year() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[],
        "annual_report",
    );
    assert_eq!(o.due.yearly_due(2026), Some(d(2026, 11, 15)));
}

#[test]
fn luat_70_2020_is_not_in_force_before_01_07_2021_the_ordinance_of_2007_applies() {
    let q = doingoai::rules::Query::new(
        t("national"),
        A::Activity(ActivityKind::InternationalAgreement),
        d(2021, 6, 30),
    )
    .with(At::InNameOfPpc);
    let r = doingoai::rules::Rulebook::shipped().resolve(&q).unwrap();
    assert_eq!(
        r.get::<Authority>("ppc").unwrap().id.as_str(),
        "vn.agreement.authority.ppc.pl2007"
    );
    assert!(r.entries().any(|e| e
        .not_in_force()
        .any(|x| x.id().as_str() == "vn.agreement.authority.ppc")));
}

#[test]
fn phap_lenh_33_2007_art_16_2_consultees_reply_within_7_working_days() {
    let r = rule::<Consultation>(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2015, 1, 1),
        &[At::InNameOfPpc],
        "ppc",
    );
    assert_eq!(r.value.as_ref().unwrap().reply_within, P::WorkingDays(7));
    assert!(cites(
        r,
        Citation::article("33/2007/PL-UBTVQH11", 16).clause(2)
    ));
    assert_eq!(r.evidence, Evidence::Text);
}

#[test]
fn phap_lenh_33_2007_art_16_4_differing_opinions_go_to_the_pm_who_answers_within_7_working_days() {
    let e: Escalation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2015, 1, 1),
        &[At::InNameOfPpc, At::ConsulteeObjects],
        "objection",
    );
    assert_eq!(
        (e.to, e.answer_within),
        (Role::PrimeMinister, Some(P::WorkingDays(7)))
    );
}

#[test]
fn nd_64_2021_art_5_department_consults_7_working_days_chairman_decides_within_5() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfDepartment],
        "department",
    );
    assert_eq!(c.reply_within, P::WorkingDays(7));
    assert!(c.consultees.contains(&Role::FaAgency));
    let p: Processing = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfDepartment],
        "department",
    );
    assert_eq!(
        (p.by, p.step, p.within),
        (Role::ProvincialChairman, Step::Decision, P::WorkingDays(5))
    );
}

#[test]
fn nd_64_2021_art_5_6_department_reports_within_15_days_of_signing() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2022, 1, 1),
        &[At::InNameOfDepartment],
        "post_signing_department",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Signing,
            within: P::CalendarDays(15)
        }
    );
    assert_eq!(o.to, vec![Role::ProvincialChairman, Role::FaAgency]);
}

#[test]
fn nd_64_2021_art_7_as_amended_by_nd_177_2025_border_commune_chairman_decides_within_5_working_days(
) {
    let p: Processing = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 7, 1),
        &[At::InNameOfBorderCommune],
        "border_commune",
    );
    assert_eq!(p.within, P::WorkingDays(5));
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 7, 1),
        &[At::InNameOfBorderCommune],
        "border_commune",
    );
    assert_eq!(c.reply_within, P::WorkingDays(7));
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::InternationalAgreement),
        d(2025, 7, 1),
        &[At::InNameOfBorderCommune],
        "post_signing_border_commune",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Signing,
            within: P::CalendarDays(15)
        }
    );
}

// ── NĐ 58/2022/NĐ-CP ──

#[test]
fn nd_58_2022_art_7_mofa_issues_ngo_registrations() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "registration",
    );
    assert_eq!(a.decides, Role::Mofa);
}

#[test]
fn nd_58_2022_art_11_province_replies_within_10_working_days() {
    let c: Consultation = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "province",
    );
    assert_eq!(c.reply_within, P::WorkingDays(10));
    assert!(c.consultees.contains(&Role::ProvincialChairman));
}

#[test]
fn nd_58_2022_art_11_certificate_within_30_working_days() {
    let p: Processing = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "certificate",
    );
    assert_eq!(p.within, P::WorkingDays(30));
}

#[test]
fn nd_58_2022_art_12_renewal_filed_at_least_60_days_before_expiry() {
    let l: LeadTime = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "renewal",
    );
    assert_eq!((l.before, l.anchor), (P::CalendarDays(60), Anchor::Expiry));
}

#[test]
fn nd_58_2022_art_21_ngo_notifies_its_activity_plan_within_45_working_days() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "activity_plan_notice",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Registration,
            within: P::WorkingDays(45)
        }
    );
}

#[test]
fn nd_58_2022_art_24_6_province_reports_by_the_18th_of_the_last_month_data_15_dec_to_14_dec() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "province_annual_report",
    );
    assert_eq!(o.due.yearly_due(2024), Some(d(2024, 12, 18)));
    assert!(o.to.contains(&Role::NgoCommittee));
    let Due::Yearly { data: Some(w), .. } = o.due else {
        panic!()
    };
    assert_eq!(w.for_year(2024), Some((d(2023, 12, 15), d(2024, 12, 14))));
}

#[test]
fn nd_58_2022_is_not_in_force_before_01_11_2022() {
    let q = doingoai::rules::Query::new(
        t("national"),
        A::Activity(ActivityKind::ForeignNgo),
        d(2022, 10, 31),
    );
    assert!(doingoai::rules::Rulebook::shipped()
        .resolve(&q)
        .unwrap()
        .rules()
        .next()
        .is_none());
}

// ── NĐ 80/2020/NĐ-CP → NĐ 313/2025/NĐ-CP; TT 23/2022/TT-BTC ──

#[test]
fn nd_80_2020_art_7_aid_on_security_defence_religion_goes_to_the_pm_else_the_chairman() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[At::AidReservedToPm],
        "pm",
    );
    assert_eq!(a.decides, Role::PrimeMinister);
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "line_agency",
    );
    assert_eq!(a.decides, Role::ProvincialChairman);
}

#[test]
fn nd_80_2020_art_10_6_appraisal_within_20_days() {
    let p: Processing = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "appraisal",
    );
    assert_eq!(
        (p.by, p.within),
        (Role::PlanningDepartment, P::CalendarDays(20))
    );
}

#[test]
fn nd_80_2020_art_11_2_notify_the_donor_within_5_days_of_approval() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "approval_notice",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Approval,
            within: P::CalendarDays(5)
        }
    );
}

#[test]
fn nd_80_2020_art_4_7_revocable_if_not_started_within_6_months() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "implementation_start",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Approval,
            within: P::Months(6)
        }
    );
}

#[test]
fn nd_80_2020_art_14_4_completion_report_within_6_months() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "completion_report",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Completion,
            within: P::Months(6)
        }
    );
}

#[test]
fn nd_313_2025_from_08_12_2025_authority_and_appraisal_are_explicit_gaps() {
    assert!(rule::<Authority>(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2025, 12, 8),
        &[],
        "line_agency"
    )
    .is_unsourced());
    assert!(rule::<Authority>(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2025, 12, 8),
        &[At::AidReservedToPm],
        "pm"
    )
    .is_unsourced());
    assert!(rule::<Processing>(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2025, 12, 8),
        &[],
        "appraisal"
    )
    .is_unsourced());
    // the last day of NĐ 80/2020
    assert!(!rule::<Processing>(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2025, 12, 7),
        &[],
        "appraisal"
    )
    .is_unsourced());
}

#[test]
fn tt_23_2022_art_21_finance_reports_by_10_august_15_february_and_10_march() {
    let h1: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2023, 1, 1),
        &[],
        "finance_report_h1",
    );
    let h2: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2023, 1, 1),
        &[],
        "finance_report_h2",
    );
    let y: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2023, 1, 1),
        &[],
        "finance_report_annual",
    );
    assert_eq!(h1.due.yearly_due(2023), Some(d(2023, 8, 10)));
    assert_eq!(h2.due.yearly_due(2023), Some(d(2024, 2, 15)));
    assert_eq!(y.due.yearly_due(2023), Some(d(2024, 3, 10)));
}

// ── NĐ 88/2012/NĐ-CP → NĐ 262/2026/NĐ-CP ──

#[test]
fn nd_88_2012_art_13_3_province_answers_a_resident_reporter_within_5_working_days() {
    let a: Authority = value(
        "national",
        A::ResidentPress,
        d(2020, 1, 1),
        &[],
        "local_activity",
    );
    assert_eq!(a.decides, Role::ProvincialChairman);
    let p: Processing = value("national", A::ResidentPress, d(2020, 1, 1), &[], "reply");
    assert_eq!(p.within, P::WorkingDays(5));
}

#[test]
fn nd_88_2012_art_4_non_resident_files_10_working_days_before_entry_answer_within_10() {
    let l: LeadTime = value("national", A::NonResidentPress, d(2020, 1, 1), &[], "entry");
    assert_eq!(l.before, P::WorkingDays(10));
    let p: Processing = value(
        "national",
        A::NonResidentPress,
        d(2020, 1, 1),
        &[],
        "permit",
    );
    assert_eq!(p.within, P::WorkingDays(10));
}

#[test]
fn nd_262_2026_art_5_from_01_07_2026_10_calendar_days_before_entry_permit_within_7_working_days() {
    let r = rule::<LeadTime>("national", A::NonResidentPress, d(2026, 7, 1), &[], "entry");
    assert_eq!(r.value.as_ref().unwrap().before, P::CalendarDays(10));
    assert_eq!(r.evidence, Evidence::Provisional);
    let p: Processing = value(
        "national",
        A::NonResidentPress,
        d(2026, 7, 1),
        &[],
        "permit",
    );
    assert_eq!((p.step, p.within), (Step::Issue, P::WorkingDays(7)));
}

#[test]
fn nd_262_2026_art_6_guiding_agency_reports_within_3_working_days() {
    let o: Obligation = value(
        "national",
        A::NonResidentPress,
        d(2026, 7, 1),
        &[],
        "guide_report",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::WorkingDays(3)
        }
    );
}

#[test]
fn nd_262_2026_art_16_province_answers_a_resident_reporter_within_5_working_days() {
    let r = rule::<Processing>("national", A::ResidentPress, d(2026, 7, 1), &[], "reply");
    assert_eq!(r.value.as_ref().unwrap().within, P::WorkingDays(5));
    assert_eq!(r.evidence, Evidence::Provisional);
}

// ── Luật 49/2019/QH14, TT 04/2020/TT-BNG ──

#[test]
fn luat_49_2019_art_11_chairman_sends_officials_abroad_and_may_delegate_in_writing() {
    let a: Authority = value(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2021, 1, 1),
        &[],
        "sender",
    );
    assert_eq!(a.decides, Role::ProvincialChairman);
    let del = a.delegation.as_ref().unwrap();
    assert!(del.in_writing);
    assert_eq!(
        a.effective_decider(doingoai::rules::AttrSet::EMPTY),
        Role::DepartmentHead
    );
    // Art. 11(11) has no exception for cadres of the party standing board (fidelity audit
    // the delegate decides for them too at national level; provinces add the gate.
    assert_eq!(
        a.effective_decider(doingoai::rules::AttrSet::of(&[At::ManagedByPartyBoard])),
        Role::DepartmentHead
    );
}

#[test]
fn luat_49_2019_art_11_1_provincial_party_committee_sends_the_party_channel() {
    let r = rule::<Authority>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2025, 9, 1),
        &[],
        "sender_party",
    );
    assert_eq!(
        r.value.as_ref().unwrap().decides,
        Role::ProvincialPartyCommittee
    );
    assert_eq!(r.channels, vec![doingoai::Channel::Party]);
    assert!(cites(r, Citation::article("49/2019/QH14", 11).clause(1)));
    // the state channel keeps the Chairman
    let s = rule::<Authority>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2025, 9, 1),
        &[],
        "sender",
    );
    assert_eq!(s.channels, vec![doingoai::Channel::State]);
}

#[test]
fn luat_49_2019_art_11_10_no_separate_sender_for_party_board_cadres_and_the_peoples_channel_choice_is_unsourced(
) {
    // fidelity audit B-3: Art. 11 read in full; the party-board gap became a sourced statement
    let board = rule::<Authority>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2025, 9, 1),
        &[At::ManagedByPartyBoard],
        "sender_party_board_managed",
    );
    assert_eq!(
        board.value.as_ref().unwrap().decides,
        Role::ProvincialPartyCommittee
    );
    assert!(cites(
        board,
        Citation::article("49/2019/QH14", 11).clause(10)
    ));
    let people = rule::<Authority>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2025, 9, 1),
        &[],
        "sender_people",
    );
    assert!(people.value.is_none());
    assert_eq!(people.channels, vec![doingoai::Channel::People]);
}

#[test]
fn luat_49_2019_art_12_4_official_passport_within_5_working_days() {
    let p: Processing = value(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2021, 1, 1),
        &[],
        "official_passport",
    );
    assert_eq!(p.within, P::WorkingDays(5));
}

#[test]
fn luat_49_2019_art_23_3_passport_returned_within_5_working_days_after_the_trip() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2021, 1, 1),
        &[],
        "passport_return",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::End,
            within: P::WorkingDays(5)
        }
    );
}

#[test]
fn luat_49_2019_art_36_no_exit_under_suspension() {
    let c: Condition = value(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2021, 1, 1),
        &[],
        "exit_suspension",
    );
    assert_eq!(c, Condition::NoExitSuspension);
}

// ── Chỉ thị 38-CT/TW ──

#[test]
fn chi_thi_38_ct_tw_leaders_at_most_2_trips_a_year() {
    let c: Condition = value(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2015, 1, 1),
        &[],
        "leader_trips_per_year",
    );
    assert_eq!(c, Condition::MaxLeaderTripsPerYear { max: 2 });
}

#[test]
fn chi_thi_38_ct_tw_no_two_key_leaders_no_relatives_a_proposal_required() {
    assert_eq!(
        value::<Condition>(
            "national",
            A::Activity(ActivityKind::OutboundDelegation),
            d(2015, 1, 1),
            &[],
            "two_key_leaders"
        ),
        Condition::NoTwoKeyLeadersTogether
    );
    assert_eq!(
        value::<Condition>(
            "national",
            A::Activity(ActivityKind::OutboundDelegation),
            d(2015, 1, 1),
            &[],
            "relatives"
        ),
        Condition::NoRelatives
    );
    assert_eq!(
        value::<Condition>(
            "national",
            A::Activity(ActivityKind::OutboundDelegation),
            d(2015, 1, 1),
            &[],
            "proposal"
        ),
        Condition::ProposalRequired
    );
}

#[test]
fn chi_thi_38_ct_tw_post_trip_report_has_no_stated_deadline() {
    assert!(rule::<Obligation>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2015, 1, 1),
        &[],
        "result_report"
    )
    .is_unsourced());
}

#[test]
fn qd_67_2011_annex_outbound_lead_time_and_annual_plan_deadline_are_explicit_gaps() {
    assert!(rule::<LeadTime>(
        "national",
        A::Activity(ActivityKind::OutboundDelegation),
        d(2015, 1, 1),
        &[],
        "request"
    )
    .is_unsourced());
    assert!(rule::<Obligation>(
        "national",
        A::ExternalAffairsPlan,
        d(2015, 1, 1),
        &[],
        "annual_plan"
    )
    .is_unsourced());
}

#[test]
fn nd_58_2022_art_21_bank_account_within_10_working_days_annual_report_by_the_18th() {
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "bank_account",
    );
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Registration,
            within: P::WorkingDays(10)
        }
    );
    let o: Obligation = value(
        "national",
        A::Activity(ActivityKind::ForeignNgo),
        d(2023, 1, 1),
        &[],
        "ngo_annual_report",
    );
    assert_eq!(o.due.yearly_due(2023), Some(d(2023, 12, 18)));
}

#[test]
fn nd_88_2012_art_12_press_card_renewal_15_working_days_before_expiry_issued_within_3() {
    let l: LeadTime = value(
        "national",
        A::ResidentPress,
        d(2020, 1, 1),
        &[],
        "card_renewal",
    );
    assert_eq!((l.before, l.anchor), (P::WorkingDays(15), Anchor::Expiry));
    assert_eq!(
        value::<Processing>("national", A::ResidentPress, d(2020, 1, 1), &[], "card").within,
        P::WorkingDays(3)
    );
}

#[test]
fn nd_262_2026_art_16_province_answers_on_an_extra_resident_reporter_within_5_working_days() {
    let c: Consultation = value(
        "national",
        A::ResidentPress,
        d(2026, 7, 1),
        &[],
        "additional_reporter",
    );
    assert_eq!(c.reply_within, P::WorkingDays(5));
}

#[test]
fn nd_80_2020_art_13_9_line_agency_annual_report_is_sourced() {
    // fidelity audit A-1: the clause gives the due date (15/01 of the next year); see
    // tests/rulebook_audit.rs for the figure
    assert!(!rule::<Obligation>(
        "national",
        A::Activity(ActivityKind::ForeignAid),
        d(2021, 1, 1),
        &[],
        "line_agency_annual_report"
    )
    .is_unsourced());
}

#[test]
fn nd_64_2021_art_8_the_organisations_foreign_affairs_body_decides_for_its_provincial_branch() {
    let attrs = [At::InNameOfProvincialBranch];
    let on = d(2025, 9, 1);
    let kind = A::Activity(ActivityKind::InternationalAgreement);
    let a: Authority = value("national", kind, on, &attrs, "provincial_branch");
    assert_eq!(a.decides, Role::OrganisationFaBody);
    let c: Consultation = value("national", kind, on, &attrs, "provincial_branch");
    assert_eq!(c.consultees, vec![Role::FaAgency, Role::Departments]);
    assert_eq!(c.reply_within, P::WorkingDays(7));
    let p: Processing = value("national", kind, on, &attrs, "provincial_branch");
    assert_eq!(
        (p.by, p.within),
        (Role::OrganisationFaBody, P::WorkingDays(5))
    );
    let o = rule::<Obligation>(
        "national",
        kind,
        on,
        &attrs,
        "post_signing_provincial_branch",
    );
    assert!(cites(o, Citation::article("64/2021/NĐ-CP", 8)));
}

/// Luật 49/2019/QH14 governs every holder of a diplomatic or official passport, whatever the
/// channel: a party delegation returns its passports within 5 working days too.
#[test]
fn luat_49_2019_art_23_3_passport_return_applies_to_every_channel() {
    use doingoai::rules::Rulebook;
    let json = Rulebook::shipped().to_json().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut found = 0;
    let mut stack = vec![&v];
    while let Some(x) = stack.pop() {
        match x {
            serde_json::Value::Object(m) => {
                if m.get("id").and_then(|i| i.as_str())
                    == Some("vn.outbound_delegation.obligation.passport_return")
                {
                    let ch = m["channels"].as_array().unwrap();
                    assert_eq!(ch.len(), 3, "{ch:?}");
                    found += 1;
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter()),
            _ => {}
        }
    }
    assert_eq!(found, 1);
}
