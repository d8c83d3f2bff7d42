//! The fidelity audit of 2026-11-29 (`shared/domain/fidelity-audit.md`), one test per fixed
//! figure, named after its article. Each asserts what the old data got wrong or lacked; the
//! resolution of every item is in `docs/audit-resolution-2026-11.md`.

mod support;

use doingoai::activity::ActivityKind;
use doingoai::law::{registry, Citation, Evidence};
use doingoai::rules::{
    Anchor, Attribute as At, Authority, Condition, Consultation, DataWindow, Due, LeadTime,
    MonthDay, Obligation, Period as P, Processing, Query, ReportKind, Role, Rulebook, Step,
    Subject as A,
};
use support::*;

const AID: A = A::Activity(ActivityKind::ForeignAid);
const AGR: A = A::Activity(ActivityKind::InternationalAgreement);
const OUT: A = A::Activity(ActivityKind::OutboundDelegation);
const INB: A = A::Activity(ActivityKind::InboundDelegation);
const CONF: A = A::Activity(ActivityKind::InternationalConference);
const NGO: A = A::Activity(ActivityKind::ForeignNgo);
const L70: &str = "70/2020/QH14";
const L49: &str = "49/2019/QH14";
const ND64: &str = "64/2021/NĐ-CP";
const ND177: &str = "177/2025/NĐ-CP";
const ND262: &str = "262/2026/NĐ-CP";
const ND58: &str = "58/2022/NĐ-CP";
const TT23: &str = "23/2022/TT-BTC";

fn unsourced_in<V: doingoai::rules::LayerTable + 'static>(
    j: &str,
    s: A,
    on: chrono::NaiveDate,
    attrs: &[At],
    topic: &str,
) -> bool {
    rule::<V>(j, s, on, attrs, topic).is_unsourced()
}

// ── A-1: NĐ 80/2020/NĐ-CP Art. 13(9) ──

#[test]
fn nd_80_2020_art_13_9_line_agency_annual_report_due_15_january_next_year() {
    let r = rule::<Obligation>(
        "national",
        AID,
        d(2021, 6, 1),
        &[],
        "line_agency_annual_report",
    );
    let o = r
        .value
        .as_ref()
        .expect("sourced: the clause gives the date");
    assert_eq!(o.report, ReportKind::AnnualReport);
    assert_eq!(o.owed_by, Role::ProvincialChairman);
    assert_eq!(o.to, vec![Role::InvestmentMinistry, Role::Finance]);
    assert_eq!(o.due.yearly_due(2021), Some(d(2022, 1, 15)));
    assert!(cites(r, Citation::article("80/2020/NĐ-CP", 13).clause(9)));
    assert!(graded(r, Evidence::Codification));
    // the decree ends on 07/12/2025
    assert_eq!(r.validity.to, Some(d(2025, 12, 7)));
}

#[test]
fn nd_80_2020_art_13_9_line_agency_end_of_aid_report_within_6_months() {
    let o: Obligation = value(
        "national",
        AID,
        d(2021, 6, 1),
        &[],
        "line_agency_completion_report",
    );
    assert_eq!(o.report, ReportKind::CompletionReport);
    assert_eq!(o.to, vec![Role::InvestmentMinistry, Role::Finance]);
    assert_eq!(
        o.due,
        Due::After {
            anchor: Anchor::Completion,
            within: P::Months(6)
        }
    );
}

// ──: Luật 70/2020/QH14 Art. 25, 39 ──

#[test]
fn luat_70_2020_art_25_4_ministries_reply_within_7_working_days_cited_to_art_25_not_19() {
    for (attr, topic, clause) in [
        (At::ConcernsDefence, "ppc_defence", 1),
        (At::ConcernsSecurity, "ppc_security", 2),
        (At::ConcernsInvestment, "ppc_investment", 3),
    ] {
        let r = rule::<Consultation>(
            "national",
            AGR,
            d(2024, 1, 2),
            &[At::InNameOfPpc, attr],
            topic,
        );
        assert_eq!(r.value.as_ref().unwrap().reply_within, P::WorkingDays(7));
        assert_eq!(r.citations[0], Citation::article(L70, 25).clause(4));
        assert!(cites(r, Citation::article(L70, 25).clause(clause)));
        assert!(r.citations.iter().all(|c| c.article != Some(19)), "{topic}");
    }
}

#[test]
fn luat_70_2020_art_39_ministry_3_working_days_in_the_shortened_procedure_is_a_reading() {
    let r = rule::<Consultation>(
        "national",
        AGR,
        d(2024, 1, 2),
        &[At::InNameOfPpc, At::ConcernsDefence, At::ShortenedProcedure],
        "ppc_defence_shortened",
    );
    assert_eq!(r.value.as_ref().unwrap().reply_within, P::WorkingDays(3));
    assert!(graded(r, Evidence::Guidance));
    assert!(cites(r, Citation::article(L70, 39).clause(1)));
}

// ──: NĐ 262/2026/NĐ-CP Art. 12(1), 15(3)–(4), 20(2) ──

#[test]
fn nd_262_2026_art_12_1_province_answers_on_an_extra_resident_reporter_within_5_working_days() {
    let r = rule::<Consultation>(
        "national",
        A::ResidentPress,
        d(2026, 7, 1),
        &[],
        "additional_reporter",
    );
    assert_eq!(r.value.as_ref().unwrap().reply_within, P::WorkingDays(5));
    assert_eq!(r.citations, vec![Citation::article(ND262, 12).clause(1)]);
    assert!(graded(r, Evidence::Provisional));
}

#[test]
fn nd_262_2026_art_12_1_mofa_answers_on_an_extra_resident_reporter_within_10_days() {
    let p: Processing = value(
        "national",
        A::ResidentPress,
        d(2026, 7, 1),
        &[],
        "additional_reporter",
    );
    assert_eq!((p.by, p.within), (Role::Mofa, P::CalendarDays(10)));
}

#[test]
fn nd_262_2026_art_15_3_card_renewal_filed_at_least_15_days_before_expiry() {
    let r = rule::<LeadTime>(
        "national",
        A::ResidentPress,
        d(2026, 7, 1),
        &[],
        "card_renewal",
    );
    let l = r.value.as_ref().unwrap();
    assert_eq!((l.before, l.anchor), (P::CalendarDays(15), Anchor::Expiry));
    assert!(cites(r, Citation::article(ND262, 15).clause(3)));
    assert!(graded(r, Evidence::Provisional));
}

#[test]
fn nd_262_2026_art_15_4_card_issued_or_renewed_within_3_working_days() {
    let r = rule::<Processing>("national", A::ResidentPress, d(2026, 7, 1), &[], "card");
    assert_eq!(r.value.as_ref().unwrap().within, P::WorkingDays(3));
    assert!(cites(r, Citation::article(ND262, 15).clause(4)));
}

#[test]
fn nd_262_2026_art_20_2_press_conference_24_hour_notice_is_an_explicit_gap_quoting_the_text() {
    let r = rule::<LeadTime>(
        "national",
        A::NonResidentPress,
        d(2026, 7, 1),
        &[],
        "press_conference",
    );
    assert!(r.is_unsourced());
    assert!(r.statement.vi.contains("24 giờ"));
    assert!(cites(r, Citation::article(ND262, 20).clause(2)));
}

// ──: NĐ 58/2022/NĐ-CP Art. 11(6)–(7), 21(3), 21(5) ──

#[test]
fn nd_58_2022_art_21_5_annual_report_goes_to_mofa_mpi_the_sector_ministry_and_the_ngo_committee() {
    let r = rule::<Obligation>("national", NGO, d(2023, 1, 1), &[], "ngo_annual_report");
    let o = r.value.as_ref().unwrap();
    assert_eq!(
        o.to,
        vec![
            Role::Mofa,
            Role::InvestmentMinistry,
            Role::NgoCommittee,
            Role::RelatedBodies
        ]
    );
    assert!(!o.to.contains(&Role::CompetentLevel));
    assert!(cites(r, Citation::article(ND58, 21).clause(5)));
}

#[test]
fn nd_58_2022_art_21_3_bank_account_notice_cites_clause_3_and_covers_a_change_of_account() {
    let r = rule::<Obligation>("national", NGO, d(2023, 1, 1), &[], "bank_account");
    assert_eq!(r.citations, vec![Citation::article(ND58, 21).clause(3)]);
    assert!(r.statement.vi.contains("thay đổi"));
}

#[test]
fn nd_58_2022_art_11_7_ngo_committee_delivers_the_registration_within_30_working_days() {
    let p: Processing = value("national", NGO, d(2023, 1, 1), &[], "certificate");
    assert_eq!((p.by, p.within), (Role::NgoCommittee, P::WorkingDays(30)));
}

#[test]
fn nd_58_2022_art_11_6_mofa_appraises_and_decides_within_10_working_days() {
    let r = rule::<Processing>("national", NGO, d(2023, 1, 1), &[], "mofa_decision");
    let p = r.value.as_ref().unwrap();
    assert_eq!(
        (p.by, p.step, p.within),
        (Role::Mofa, Step::Decision, P::WorkingDays(10))
    );
    assert!(cites(r, Citation::article(ND58, 11).clause(6)));
}

// ── A-8: QĐ 76/2010/QĐ-TTg ──

#[test]
fn qd_76_2010_rules_start_on_its_signing_30_11_2010_like_the_registry_not_on_an_unsourced_date() {
    let row = registry().find("76/2010/QĐ-TTg").unwrap();
    assert_eq!(row.in_force.from, d(2010, 11, 30));
    for id in [
        "vn.conference.lead_time.provincial_tier.qd76",
        "binh_dinh.conference.lead_time.provincial_tier",
    ] {
        let r = Rulebook::shipped().get(id).unwrap();
        assert_eq!(r.validity().from, row.in_force.from, "{id}");
    }
}

// ── A-9, B-4, A-20: Luật 70/2020 Art. 20(2); NĐ 64/2021 Art. 6, 7, 9; NĐ 177/2025 Art. 3 ──

#[test]
fn luat_70_2020_art_20_2_chairman_decides_district_agreements_01_07_2021_to_30_06_2025() {
    let r = rule::<Authority>(
        "national",
        AGR,
        d(2023, 3, 1),
        &[At::InNameOfDistrict],
        "district",
    );
    assert_eq!(r.value.as_ref().unwrap().decides, Role::ProvincialChairman);
    assert!(cites(r, Citation::article(L70, 20).clause(2)));
    assert_eq!(r.validity.from, d(2021, 7, 1));
    assert_eq!(r.validity.to, Some(d(2025, 6, 30)));
}

#[test]
fn luat_70_2020_art_20_2_chairman_decides_border_commune_agreements_before_01_07_2025() {
    let r = rule::<Authority>(
        "national",
        AGR,
        d(2023, 3, 1),
        &[At::InNameOfBorderCommune],
        "border_commune",
    );
    assert_eq!(r.value.as_ref().unwrap().decides, Role::ProvincialChairman);
    assert!(cites(r, Citation::article(L70, 20).clause(2)));
}

#[test]
fn nd_64_2021_art_6_7_original_day_counts_are_explicit_gaps() {
    for (attr, topic) in [
        (At::InNameOfDistrict, "district"),
        (At::InNameOfBorderCommune, "border_commune"),
    ] {
        assert!(unsourced_in::<Consultation>(
            "national",
            AGR,
            d(2023, 3, 1),
            &[attr],
            topic
        ));
        assert!(unsourced_in::<Processing>(
            "national",
            AGR,
            d(2023, 3, 1),
            &[attr],
            topic
        ));
    }
    let c = rule::<Consultation>(
        "national",
        AGR,
        d(2023, 3, 1),
        &[At::InNameOfBorderCommune],
        "border_commune",
    );
    assert!(c.statement.vi.contains("Bộ Chỉ huy Bộ đội Biên phòng tỉnh"));
    assert!(graded(c, Evidence::ProcedurePage));
}

#[test]
fn nd_64_2021_art_7_before_2025_district_and_border_guard_opinions_are_required() {
    for (topic, of) in [
        ("border_commune_district_opinion", Role::DistrictCommittee),
        (
            "border_commune_border_guard_opinion",
            Role::ProvincialBorderGuard,
        ),
    ] {
        let r = rule::<Condition>(
            "national",
            AGR,
            d(2023, 3, 1),
            &[At::InNameOfBorderCommune],
            topic,
        );
        assert_eq!(r.value, Some(Condition::OpinionRequired { of }));
        assert!(graded(r, Evidence::ProcedurePage));
        assert_eq!(r.validity.to, Some(d(2025, 6, 30)));
    }
}

#[test]
fn nd_64_2021_art_9_department_agreements_consult_defence_security_investment_within_7_working_days(
) {
    for (attr, topic, ministry) in [
        (At::ConcernsDefence, "department_defence", Role::Defence),
        (
            At::ConcernsSecurity,
            "department_security",
            Role::PublicSecurity,
        ),
        (
            At::ConcernsInvestment,
            "department_investment",
            Role::InvestmentMinistry,
        ),
    ] {
        let c: Consultation = value(
            "national",
            AGR,
            d(2023, 3, 1),
            &[At::InNameOfDepartment, attr],
            topic,
        );
        assert_eq!(c.consultees, vec![ministry]);
        assert_eq!(c.reply_within, P::WorkingDays(7));
    }
}

#[test]
fn nd_64_2021_art_9_3_as_amended_by_nd_177_2025_investment_consultee_is_finance_from_01_07_2025() {
    let r = rule::<Consultation>(
        "national",
        AGR,
        d(2025, 7, 1),
        &[At::InNameOfDepartment, At::ConcernsInvestment],
        "department_investment",
    );
    assert_eq!(r.value.as_ref().unwrap().consultees, vec![Role::Finance]);
    assert!(cites(r, Citation::article(ND64, 9).clause(3)));
}

#[test]
fn nd_177_2025_art_3_4_inherited_district_agreements_consult_7_working_days_chairman_decides_in_5()
{
    let j = "34:20";
    let on = d(2025, 9, 1);
    let a: Authority = value(j, AGR, on, &[At::InNameOfDistrict], "district");
    assert_eq!(a.decides, Role::ProvincialChairman);
    let c = rule::<Consultation>(j, AGR, on, &[At::InNameOfDistrict], "district");
    let v = c.value.as_ref().unwrap();
    assert_eq!((v.by, v.reply_within), (Role::FaAgency, P::WorkingDays(7)));
    assert!(cites(c, Citation::article(ND177, 3).clause(4).point('b')));
    let p: Processing = value(j, AGR, on, &[At::InNameOfDistrict], "district");
    assert_eq!(
        (p.by, p.within),
        (Role::ProvincialChairman, P::WorkingDays(5))
    );
}

// ── A-20: TT 23/2022/TT-BTC Art. 20(6) ──

#[test]
fn tt_23_2022_art_20_6_b_line_agency_reports_by_31_july_15_february_and_28_february() {
    let on = d(2023, 1, 1);
    let h1: Obligation = value("national", AID, on, &[], "line_agency_finance_report_h1");
    assert_eq!(h1.to, vec![Role::FinanceDepartment]);
    assert_eq!(h1.due.yearly_due(2023), Some(d(2023, 7, 31)));
    assert!(matches!(
        h1.due,
        Due::Yearly { data: Some(DataWindow { from, to }), .. }
            if from == MonthDay::new(1, 1) && to == MonthDay::new(6, 30)
    ));
    let h2: Obligation = value("national", AID, on, &[], "line_agency_finance_report_h2");
    assert_eq!(h2.due.yearly_due(2023), Some(d(2024, 2, 15)));
    let y: Obligation = value(
        "national",
        AID,
        on,
        &[],
        "line_agency_finance_report_annual",
    );
    assert_eq!(y.due.yearly_due(2023), Some(d(2024, 2, 28)));
}

#[test]
fn tt_23_2022_art_20_6_a_monthly_report_by_the_10th_is_an_explicit_gap_quoting_the_text() {
    let r = rule::<Obligation>(
        "national",
        AID,
        d(2023, 1, 1),
        &[],
        "line_agency_finance_report_monthly",
    );
    assert!(r.is_unsourced());
    assert!(r.statement.vi.contains("ngày 10 của tháng tiếp theo"));
    assert!(cites(r, Citation::article(TT23, 20).clause(6).point('a')));
}

// ── A-10: Đắk Lắk (63:66) ──

#[test]
fn dak_lak_nv_cprd_01_20_working_days_ends_18_02_2025_and_qd_1243_2025_day_counts_are_gaps() {
    let r = rule::<Processing>("63:66", OUT, d(2024, 1, 2), &[], "decision");
    assert_eq!(
        r.id.as_str(),
        "dak_lak.outbound_delegation.processing.decision"
    );
    assert_eq!(r.validity.to, Some(d(2025, 2, 18)));
    // after the Sở Ngoại vụ was dissolved its rule no longer applies
    let after = rule::<Processing>("63:66", OUT, d(2025, 3, 1), &[], "decision");
    assert_ne!(
        after.id.as_str(),
        "dak_lak.outbound_delegation.processing.decision"
    );
    // the Văn phòng UBND's workflow of 09/06/2025: an explicit gap citing it
    let q = rule::<Processing>("63:66", OUT, d(2025, 6, 10), &[], "decision");
    assert!(q.is_unsourced());
    assert!(cites(q, Citation::instrument("1243/QĐ-UBND")));
}

// ──, B-3: Luật 49/2019/QH14 Art. 11; TT 04/2020/TT-BNG Art. 5 ──

#[test]
fn luat_49_2019_art_11_11_delegation_to_unit_heads_has_no_party_board_exception() {
    let a: Authority = value("national", OUT, d(2021, 1, 1), &[], "sender");
    let del = a.delegation.as_ref().unwrap();
    assert!(del.except.is_empty());
    assert_eq!(
        a.effective_decider(doingoai::rules::AttrSet::of(&[At::ManagedByPartyBoard])),
        Role::DepartmentHead
    );
    // the provinces whose procedures have the gate keep it
    let lc: Authority = value("63:12", OUT, d(2020, 1, 1), &[], "sender");
    assert!(lc
        .delegation
        .unwrap()
        .except
        .contains(At::ManagedByPartyBoard));
}

#[test]
fn tt_04_2020_art_5_delegation_form_is_cited_only_from_10_11_2020() {
    let tt04 = Citation::article("04/2020/TT-BNG", 5);
    let before = rule::<Authority>("national", OUT, d(2020, 9, 1), &[], "sender");
    assert!(!cites(before, tt04.clone()));
    assert!(cites(before, Citation::article(L49, 11).clause(11)));
    let after = rule::<Authority>("national", OUT, d(2020, 11, 10), &[], "sender");
    assert!(cites(after, tt04));
    assert_eq!(after.validity.from, d(2020, 11, 10));
}

#[test]
fn luat_49_2019_art_11_7_peoples_council_standing_committee_sends_its_people() {
    let r = rule::<Authority>(
        "national",
        OUT,
        d(2024, 1, 2),
        &[At::PeoplesCouncilStaff],
        "sender_hdnd",
    );
    assert_eq!(r.value.as_ref().unwrap().decides, Role::HdndStanding);
    assert_eq!(r.citations, vec![Citation::article(L49, 11).clause(7)]);
    // and the Chairman's rule does not apply to them
    let q = Query::new(t("national"), OUT, d(2024, 1, 2)).with(At::PeoplesCouncilStaff);
    let res = Rulebook::shipped().resolve(&q).unwrap();
    assert!(res.get::<Authority>("sender").is_none());
}

#[test]
fn luat_49_2019_art_11_1_party_committee_sender_is_not_restricted_to_party_body_cadres() {
    let r = rule::<Authority>(
        "national",
        OUT,
        d(2024, 1, 2),
        &[At::ManagedByPartyBoard],
        "sender_party",
    );
    assert!(r.when.is_always());
    assert_eq!(
        r.value.as_ref().unwrap().decides,
        Role::ProvincialPartyCommittee
    );
}

#[test]
fn luat_49_2019_art_11_1_and_10_no_separate_sender_for_party_board_cadres() {
    let r = rule::<Authority>(
        "national",
        OUT,
        d(2024, 1, 2),
        &[At::ManagedByPartyBoard],
        "sender_party_board_managed",
    );
    assert_eq!(
        r.value.as_ref().unwrap().decides,
        Role::ProvincialPartyCommittee
    );
    assert!(graded(r, Evidence::Codification));
}

#[test]
fn luat_49_2019_art_11_8_9_no_provincial_peoples_channel_sender_the_choice_stays_a_gap() {
    let r = rule::<Authority>("national", OUT, d(2024, 1, 2), &[], "sender_people");
    assert!(r.is_unsourced());
    assert!(cites(r, Citation::article(L49, 11).clause(8)));
    assert!(cites(r, Citation::article(L49, 11).clause(9)));
    assert!(r.statement.en.contains("only at central level"));
}

// ── A-13: QĐ 06/2020/QĐ-TTg Art. 1(2)(b) in Kon Tum (63:62) ──

#[test]
fn qd_06_2020_art_1_2_b_kon_tum_timetable_does_not_apply_to_mass_organisation_conferences() {
    let q = Query::new(t("63:62"), CONF, d(2021, 1, 4)).with(At::MassOrganisationOrganiser);
    let res = Rulebook::shipped().resolve(&q).unwrap();
    for topic in [
        "provincial_tier",
        "appraisal",
        "signature",
        "decision",
        "notification",
    ] {
        assert!(
            res.get::<Processing>(topic)
                .is_none_or(|r| !r.id.as_str().starts_with("kon_tum.")),
            "{topic}"
        );
    }
}

// ── A-14: TP Hồ Chí Minh (63:79) ──

#[test]
fn hcm_qd_12_2018_caps_end_when_qd_14_2022_is_signed_and_become_explicit_gaps() {
    let r = rule::<Condition>(
        "63:79",
        OUT,
        d(2021, 1, 4),
        &[],
        "trips_per_person_per_year",
    );
    assert_eq!(
        r.value,
        Some(Condition::MaxTripsPerPersonPerYear { max: 2 })
    );
    assert!(cites(r, Citation::instrument("12/2018/QĐ-UBND")));
    assert_eq!(r.validity.to, Some(d(2022, 4, 18)));
    let later = rule::<Condition>(
        "63:79",
        OUT,
        d(2023, 1, 4),
        &[],
        "trips_per_person_per_year",
    );
    assert!(later.is_unsourced());
    assert!(cites(later, Citation::instrument("14/2022/QĐ-UBND")));
}

// ── A-15: Hà Nội (63:01) ──

#[test]
fn ha_noi_procedure_party_board_cadres_need_the_notice_of_the_organisation_commission() {
    let c: Condition = value(
        "63:01",
        OUT,
        d(2020, 1, 2),
        &[At::ManagedByPartyBoard],
        "party_opinion",
    );
    assert_eq!(
        c,
        Condition::OpinionRequired {
            of: Role::ProvincialPartyOrganisationCommission
        }
    );
}

// ── A-17: grades ──

#[test]
fn chi_thi_38_ct_tw_rules_are_graded_secondary_like_the_registry_row() {
    let row = registry().find("38-CT/TW").unwrap();
    let r = rule::<Condition>("national", OUT, d(2020, 1, 2), &[], "two_key_leaders");
    assert_eq!(r.evidence, row.evidence);
    assert!(graded(r, Evidence::Secondary));
}

#[test]
fn dong_thap_2026_regulation_gaps_are_not_graded_text() {
    let r = rule::<Processing>("34:82", OUT, d(2026, 6, 1), &[], "decision");
    assert!(r.is_unsourced());
    assert_ne!(r.evidence, Evidence::Text);
}

// ── A-19: the registry ──

#[test]
fn luat_70_2020_adopted_13_11_2020() {
    assert_eq!(registry().find(L70).unwrap().signed, Some(d(2020, 11, 13)));
}

// ── B-6: Thừa Thiên Huế (63:46) ──

#[test]
fn hue_procedure_fa_department_3_days_total_and_committee_share_are_gaps_quoting_6_5_3_5_and_4() {
    let a = rule::<Processing>("63:46", OUT, d(2020, 1, 2), &[], "appraisal");
    assert_eq!(a.value.as_ref().unwrap().within, P::CalendarDays(3));
    assert!(graded(a, Evidence::ProcedurePage));
    let total = rule::<Processing>("63:46", OUT, d(2020, 1, 2), &[], "total");
    assert!(total.is_unsourced());
    assert!(total.statement.vi.contains("6.5 ngày") && total.statement.vi.contains("3.5 ngày"));
    let dec = rule::<Processing>("63:46", OUT, d(2020, 1, 2), &[], "decision");
    assert!(dec.is_unsourced());
    assert!(dec.statement.vi.contains("4 ngày") && dec.statement.vi.contains("3.5 ngày"));
}

// ── §4: Phú Yên (63:54) and TP Hồ Chí Minh 2025 (34:79) ──

#[test]
fn phu_yen_qd_92_2019_inbound_procedure_3_3_12_3_5_days() {
    let j = "63:54";
    let on = d(2022, 6, 1);
    let p = |topic: &str| -> Processing { value(j, INB, on, &[], topic) };
    assert_eq!(p("submission").within, P::WorkingDays(3));
    // "03 ngày kể từ khi tiếp nhận hồ sơ" — the page writes days, not working days
    assert_eq!(p("consultation_request").within, P::CalendarDays(3));
    let advice = p("advice");
    assert_eq!(
        (advice.within, advice.from),
        (P::WorkingDays(3), Anchor::OpinionsReceived)
    );
    assert_eq!(p("decision").within, P::WorkingDays(5));
    let c = rule::<Consultation>(j, INB, on, &[], "related_bodies");
    assert_eq!(c.value.as_ref().unwrap().reply_within, P::WorkingDays(12));
    assert!(graded(c, Evidence::ProcedurePage));
    assert_eq!(c.validity.from, d(2019, 1, 18));
}

#[test]
fn ho_chi_minh_2025_commune_chairman_decides_commune_private_trips_under_qd_14_2022() {
    let r = rule::<Authority>(
        "34:79",
        OUT,
        d(2025, 10, 1),
        &[At::NotStateFunded],
        "commune_private_trip",
    );
    assert_eq!(r.value.as_ref().unwrap().decides, Role::CommuneChairman);
    assert!(cites(r, Citation::instrument("14/2022/QĐ-UBND")));
    assert!(graded(r, Evidence::Secondary));
}
