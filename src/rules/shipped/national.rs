//! The national baseline: QĐ 06/2020/QĐ-TTg (and QĐ 76/2010 before it), Luật 70/2020/QH14 +
//! NĐ 64/2021/NĐ-CP (with NĐ 177/2025/NĐ-CP), NĐ 58/2022/NĐ-CP, NĐ 80/2020/NĐ-CP and the switch to
//! NĐ 313/2025/NĐ-CP, TT 23/2022/TT-BTC, NĐ 88/2012/NĐ-CP and NĐ 262/2026/NĐ-CP, Luật 49/2019/QH14
//! and TT 04/2020/TT-BNG, Chỉ thị 38-CT/TW, and the unsourced entries of QĐ 67/2011/QĐ-TTg.
//!
//! Content: `domain/README.md` §3–§4, `state-procedures.md`, `party-framework.md` §8.1.

use crate::law::{Citation as C, Evidence as E, InstrumentKind as K};
use crate::org::Channel;

use super::super::families::*;
use super::super::{
    d, ActivityKind as A, Anchor, Applicability as W, AttrSet, Attribute as At, HeadRank, Layer,
    Period as P, Role as R, Rule, RuleSource, Step, Territory,
};
use super::ins;

const QD06: &str = "06/2020/QĐ-TTg";
const QD76: &str = "76/2010/QĐ-TTg";
const QD67: &str = "67/2011/QĐ-TTg";
const L70: &str = "70/2020/QH14";
const ND64: &str = "64/2021/NĐ-CP";
const ND177: &str = "177/2025/NĐ-CP";
const ND58: &str = "58/2022/NĐ-CP";
const ND80: &str = "80/2020/NĐ-CP";
const ND313: &str = "313/2025/NĐ-CP";
const TT23: &str = "23/2022/TT-BTC";
const ND88: &str = "88/2012/NĐ-CP";
const ND262: &str = "262/2026/NĐ-CP";
const L49: &str = "49/2019/QH14";
const TT04: &str = "04/2020/TT-BNG";
const CT38: &str = "38-CT/TW";

const PD: &str =
    "https://github.com/diepxuan/diepxuan.github.io (Pháp điển transcription, commit fbaa690e)";

fn consult(by: R, who: &[R], reply: P) -> Consultation {
    Consultation {
        by,
        consultees: who.to_vec(),
        reply_within: reply,
    }
}
fn proc(by: R, step: Step, within: P) -> Processing {
    Processing {
        by,
        step,
        within,
        from: Anchor::CompleteDossier,
    }
}
fn after(report: ReportKind, owed_by: R, to: &[R], anchor: Anchor, within: P) -> Obligation {
    Obligation {
        report,
        owed_by,
        to: to.to_vec(),
        due: Due::After { anchor, within },
    }
}
fn yearly(
    report: ReportKind,
    owed_by: R,
    to: &[R],
    m: u8,
    dd: u8,
    year_offset: i8,
    data: Option<DataWindow>,
) -> Obligation {
    Obligation {
        report,
        owed_by,
        to: to.to_vec(),
        due: Due::Yearly {
            by: MonthDay::new(m, dd),
            year_offset,
            data,
        },
    }
}
fn lead(before: P, anchor: Anchor, filed_with: R) -> LeadTime {
    LeadTime {
        before,
        anchor,
        filed_with,
    }
}
const DEC15_DEC14: DataWindow = DataWindow {
    from: MonthDay::new(12, 15),
    to: MonthDay::new(12, 14),
};

pub(crate) fn layer() -> Layer {
    let mut l = Layer::new(
        Territory::National,
        RuleSource::National,
        "2026.11.23",
        "Cơ sở quốc gia: luật, nghị định, quyết định của Thủ tướng, chỉ thị của Bộ Chính trị",
        "National baseline: laws, decrees, Prime Minister's decisions, Politburo directive",
    );
    let reg = [
        ins(QD67, K::Decision, "Thủ tướng Chính phủ", Some(d(2011, 12, 12)), d(2012, 2, 1), None, "Quyết định ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Regulation on unified management of external activities of provincial People's Committees", E::Text),
        ins(L70, K::Law, "Quốc hội", None, d(2021, 7, 1), None, "Luật Thỏa thuận quốc tế", "Law on International Agreements", E::Codification),
        ins(ND64, K::Decree, "Chính phủ", Some(d(2021, 6, 30)), d(2021, 7, 1), None, "Nghị định về ký kết và thực hiện thỏa thuận quốc tế nhân danh tổng cục, cục, cơ quan cấp sở, UBND cấp huyện, cấp xã biên giới, cơ quan cấp tỉnh của tổ chức", "Decree on agreements of departments, border communes and provincial branches", E::Codification),
        ins(ND177, K::Decree, "Chính phủ", Some(d(2025, 6, 30)), d(2025, 7, 1), None, "Nghị định sửa đổi các nghị định về thỏa thuận quốc tế theo mô hình chính quyền địa phương hai cấp", "Decree amending the agreement decrees for two-level local government", E::Codification),
        ins(ND58, K::Decree, "Chính phủ", Some(d(2022, 8, 31)), d(2022, 11, 1), None, "Nghị định về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam", "Decree on registration and management of foreign NGOs in Vietnam", E::Codification),
        ins(ND80, K::Decree, "Chính phủ", Some(d(2020, 7, 8)), d(2020, 9, 17), Some(d(2025, 12, 7)), "Nghị định về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức", "Decree on non-ODA non-refundable aid", E::Codification),
        ins(ND313, K::Decree, "Chính phủ", Some(d(2025, 12, 8)), d(2025, 12, 8), None, "Nghị định về quản lý và sử dụng viện trợ không hoàn lại", "Decree on non-refundable aid (replaces NĐ 80/2020)", E::Secondary),
        ins(TT23, K::Circular, "Bộ Tài chính", None, d(2022, 5, 20), None, "Thông tư hướng dẫn quản lý tài chính nhà nước đối với viện trợ không hoàn lại không thuộc ODA", "Circular on state financial management of non-ODA aid", E::Codification),
        ins(ND88, K::Decree, "Chính phủ", Some(d(2012, 10, 23)), d(2012, 12, 20), Some(d(2026, 6, 30)), "Nghị định về hoạt động thông tin, báo chí của báo chí nước ngoài, cơ quan đại diện nước ngoài, tổ chức nước ngoài tại Việt Nam", "Decree on foreign press activities in Vietnam", E::Codification),
        ins(ND262, K::Decree, "Chính phủ", None, d(2026, 7, 1), None, "Nghị định về hoạt động thông tin, báo chí của báo chí nước ngoài tại Việt Nam (thay thế NĐ 88/2012)", "Decree on foreign press activities (replaces NĐ 88/2012)", E::Provisional),
        ins(L49, K::Law, "Quốc hội", None, d(2020, 7, 1), None, "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Law on Exit and Entry of Vietnamese Citizens", E::Codification),
        ins(TT04, K::Circular, "Bộ Ngoại giao", None, d(2020, 11, 10), None, "Thông tư hướng dẫn việc cấp, gia hạn, hủy giá trị sử dụng hộ chiếu ngoại giao, hộ chiếu công vụ", "Circular on diplomatic and official passports", E::Codification),
        ins(CT38, K::Directive, "Bộ Chính trị", Some(d(2014, 7, 21)), d(2014, 7, 21), None, "Chỉ thị về tăng cường quản lý các đoàn đi công tác nước ngoài", "Directive on tightening the management of delegations abroad", E::Text),
    ];
    for i in reg {
        if !crate::law::registry().contains(i.number.as_str()) {
            l.instruments.push(i);
        }
    }
    let st = [Channel::State];
    let all = [Channel::Party, Channel::State, Channel::People];
    let pm = [At::ForeignMinisterLevel, At::SensitiveTopic];

    // ── International conferences: QĐ 06/2020/QĐ-TTg (from 15/04/2020), QĐ 76/2010 before ──
    l.push(Rule::draft("vn.conference.authority.pm_tier", A::Conference, "pm_tier", Some(Authority::new(R::PrimeMinister).submitted_by(R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W { none: AttrSet::of(&[At::MassOrganisationOrganiser]), ..W::any_of(&pm) })
        .cite(C::article(QD06, 3).clause(1)).grade(E::Codification).note(PD)
        .say("Thủ tướng cho phép hội nghị có khách nước ngoài cấp Bộ trưởng trở lên hoặc nội dung về chủ quyền, an ninh, quốc phòng, dân tộc, tôn giáo, nhân quyền, bí mật nhà nước; Chủ tịch UBND tỉnh trình.",
             "The Prime Minister permits a conference with foreign minister-level participants or on sovereignty, security, defence, ethnicity, religion, human rights or state secrets; the Chairman submits."));
    l.push(Rule::draft("vn.conference.authority.provincial_tier", A::Conference, "provincial_tier", Some(Authority::new(R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 3).clause(2)).cite(C::article(QD06, 2).clause(5)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh quyết định, cho phép các hội nghị, hội thảo quốc tế khác của địa phương.",
             "The provincial Chairman decides and permits the province's other international conferences."));
    l.push(Rule::draft("vn.conference.authority.mass_organisation", A::Conference, "mass_organisation", Some(Authority::new(R::PartyCompetentLevel)))
        .from(2020, 4, 15).on(&all).when(W::all_of(&[At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 1).clause(2).point('b')).grade(E::Codification).note(PD)
        .say("Hội nghị do Mặt trận Tổ quốc và các đoàn thể tổ chức theo quy định của Đảng, không theo QĐ 06/2020.",
             "Conferences of the Fatherland Front and the mass organisations follow party rules, not QĐ 06/2020."));
    l.push(Rule::draft("vn.conference.lead_time.pm_tier", A::Conference, "pm_tier", Some(lead(P::CalendarDays(40), Anchor::Start, R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W::any_of(&pm))
        .cite(C::article(QD06, 4).clause(1).point('a')).grade(E::Codification).note(PD)
        .say("Hồ sơ đầy đủ gửi cơ quan của người có thẩm quyền ít nhất 40 ngày trước ngày tổ chức (cấp Thủ tướng).",
             "Full dossier to the competent person's agency at least 40 days before the event (PM tier)."));
    l.push(Rule::draft("vn.conference.lead_time.provincial_tier", A::Conference, "provincial_tier", Some(lead(P::CalendarDays(30), Anchor::Start, R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W::none_of(&pm))
        .cite(C::article(QD06, 4).clause(1).point('a')).grade(E::Codification).note(PD)
        .say("Hồ sơ đầy đủ gửi cơ quan của người có thẩm quyền ít nhất 30 ngày trước ngày tổ chức (cấp tỉnh).",
             "Full dossier to the competent person's agency at least 30 days before the event (provincial tier)."));
    l.push(
        Rule::<LeadTime>::draft(
            "vn.conference.lead_time.provincial_tier.qd76",
            A::Conference,
            "provincial_tier",
            None,
        )
        .from(2011, 1, 15)
        .until(2020, 4, 14)
        .on(&st)
        .when(W::none_of(&pm))
        .cite(C::instrument(QD76))
        .grade(E::Secondary)
        .say(
            "Thời hạn nộp hồ sơ theo QĐ 76/2010 (trước 15/04/2020): chưa đọc được văn bản.",
            "Filing lead time under QĐ 76/2010 (before 15/04/2020): text not read.",
        ),
    );
    l.push(Rule::draft("vn.conference.consultation.pm_tier", A::Conference, "pm_tier", Some(consult(R::ProvincialChairman, &[R::Mofa, R::PublicSecurity, R::RelatedBodies], P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W::any_of(&pm))
        .cite(C::article(QD06, 5).clause(1)).grade(E::Codification).note(PD)
        .say("Lấy ý kiến bằng văn bản của Bộ Ngoại giao, Bộ Công an và cơ quan liên quan; trả lời trong 15 ngày kể từ khi nhận.",
             "Written opinions of MOFA, the Ministry of Public Security and related bodies; reply within 15 days of receipt."));
    l.push(Rule::draft("vn.conference.consultation.provincial_tier", A::Conference, "provincial_tier", Some(consult(R::ProvincialChairman, &[R::RelatedBodies], P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W::none_of(&pm))
        .cite(C::article(QD06, 5).clause(2)).grade(E::Codification).note(PD)
        .say("Lấy ý kiến bằng văn bản của cơ quan, địa phương liên quan; trả lời trong 15 ngày kể từ khi nhận.",
             "Written opinions of related bodies and localities; reply within 15 days of receipt."));
    l.push(Rule::<Processing>::draft("vn.conference.processing.provincial_tier", A::Conference, "provincial_tier", None)
        .from(2020, 4, 15).on(&st).when(W::none_of(&pm))
        .cite(C::article(QD06, 4)).grade(E::ProcedurePage).note("https://dichvucong.binhdinh.gov.vn/dichvucong/bothutuc/chiTietThuTuc?maThuTuc=33023")
        .say("Không có thời hạn giải quyết quốc gia (\"tùy theo cơ quan của người có thẩm quyền\"); tỉnh tự quy định.",
             "No national processing time (\"depends on the competent person's agency\"); provinces set their own."));
    l.push(Rule::draft("vn.conference.obligation.result_report.pm_tier", A::Conference, "result_report_pm_tier", Some(after(ReportKind::ResultReport, R::Organiser, &[R::ProvincialChairman, R::Mofa], Anchor::End, P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W::any_of(&pm))
        .cite(C::article(QD06, 4).clause(2).point('c')).grade(E::Codification).note(PD)
        .say("Đơn vị tổ chức báo cáo kết quả trong 15 ngày sau khi kết thúc hội nghị, đồng gửi Bộ Ngoại giao.",
             "The organiser reports results within 15 days after the event, with a copy to MOFA."));
    l.push(
        Rule::draft(
            "vn.conference.obligation.result_report.provincial_tier",
            A::Conference,
            "result_report_provincial_tier",
            Some(after(
                ReportKind::ResultReport,
                R::Organiser,
                &[R::ProvincialChairman],
                Anchor::End,
                P::CalendarDays(15),
            )),
        )
        .from(2020, 4, 15)
        .on(&st)
        .when(W::none_of(&pm))
        .cite(C::article(QD06, 4).clause(2).point('c'))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Đơn vị tổ chức báo cáo kết quả trong 15 ngày sau khi kết thúc hội nghị.",
            "The organiser reports results within 15 days after the event.",
        ),
    );
    l.push(Rule::draft("vn.conference.obligation.annual_report", A::Conference, "annual_report", Some(yearly(ReportKind::AnnualReport, R::ProvincialChairman, &[R::Mofa], 12, 18, 0, Some(DEC15_DEC14))))
        .from(2020, 4, 15).on(&st)
        .cite(C::article(QD06, 8)).grade(E::Codification).note(PD)
        .say("Tỉnh báo cáo Bộ Ngoại giao tình hình hội nghị quốc tế chậm nhất ngày 18/12 hằng năm; số liệu từ 15/12 năm trước đến 14/12.",
             "The province reports on international conferences to MOFA by 18 December each year; data 15 Dec of the previous year to 14 Dec."));

    // ── International agreements: Luật 70/2020/QH14, NĐ 64/2021/NĐ-CP, NĐ 177/2025/NĐ-CP ──
    let short = [At::ShortenedProcedure];
    l.push(Rule::draft("vn.agreement.authority.ppc", A::Agreement, "ppc", Some(Authority::new(R::ProvincialChairman)))
        .from(2021, 7, 1).on(&st).when(W::all_of(&[At::InNameOfPpc]))
        .cite(C::article(L70, 18)).cite(C::article(L70, 19).clause(3)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh quyết định ký thỏa thuận quốc tế nhân danh UBND tỉnh, sau khi xem xét ý kiến các cơ quan.",
             "The provincial Chairman decides agreements in the name of the People's Committee, after considering the opinions."));
    l.push(
        Rule::draft(
            "vn.agreement.authority.hdnd",
            A::Agreement,
            "hdnd",
            Some(Authority::new(R::HdndChairman)),
        )
        .from(2021, 7, 1)
        .on(&st)
        .when(W::all_of(&[At::InNameOfHdnd]))
        .cite(C::article(L70, 18))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Chủ tịch HĐND tỉnh quyết định ký thỏa thuận quốc tế nhân danh HĐND tỉnh.",
            "The People's Council Chairman decides agreements in the name of the Council.",
        ),
    );
    l.push(Rule::draft("vn.agreement.consultation.ppc", A::Agreement, "ppc", Some(consult(R::ProvincialChairman, &[R::Mofa, R::RelatedBodies], P::WorkingDays(7))))
        .from(2021, 7, 1).on(&st).when(W { any: AttrSet::of(&[At::InNameOfPpc, At::InNameOfHdnd]), none: AttrSet::of(&short), ..W::ALWAYS })
        .cite(C::article(L70, 19).clause(1)).cite(C::article(L70, 19).clause(2)).grade(E::Codification).note(PD)
        .say("Lấy ý kiến Bộ Ngoại giao và cơ quan liên quan trực tiếp (thêm Bộ Quốc phòng, Bộ Công an, bộ quản lý đầu tư theo nội dung); trả lời trong 7 ngày làm việc.",
             "Consult MOFA and directly concerned bodies (plus Defence, Public Security, the investment ministry by content); reply within 7 working days."));
    l.push(
        Rule::draft(
            "vn.agreement.consultation.ppc_shortened",
            A::Agreement,
            "ppc_shortened",
            Some(consult(
                R::ProvincialChairman,
                &[R::Mofa, R::RelatedBodies],
                P::WorkingDays(3),
            )),
        )
        .from(2021, 7, 1)
        .on(&st)
        .when(W {
            any: AttrSet::of(&[At::InNameOfPpc, At::InNameOfHdnd]),
            all: AttrSet::of(&short),
            ..W::ALWAYS
        })
        .cite(C::article(L70, 39))
        .cite(C::article(L70, 35).clause(2))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Thủ tục rút gọn: cơ quan được lấy ý kiến trả lời trong 3 ngày làm việc.",
            "Shortened procedure: consulted bodies reply within 3 working days.",
        ),
    );
    l.push(Rule::draft("vn.agreement.escalation.objection", A::Agreement, "objection", Some(Escalation { to: R::PrimeMinister, submitted_by: R::ProvincialChairman, answer_within: Some(P::WorkingDays(7)) }))
        .from(2021, 7, 1).on(&st).when(W { any: AttrSet::of(&[At::InNameOfPpc, At::InNameOfHdnd]), all: AttrSet::of(&[At::ConsulteeObjects]), ..W::ALWAYS })
        .cite(C::article(L70, 19).clause(4)).grade(E::Codification).note(PD)
        .say("Nếu có cơ quan không đồng ý, tỉnh trình Thủ tướng; Thủ tướng trả lời trong 7 ngày làm việc; chỉ ký khi có ý kiến đồng ý bằng văn bản.",
             "If a consultee objects, the province submits to the Prime Minister, who answers within 7 working days; signing only after written consent."));
    l.push(
        Rule::draft(
            "vn.agreement.obligation.post_signing.ppc",
            A::Agreement,
            "post_signing_ppc",
            Some(after(
                ReportKind::PostSigningReport,
                R::ProvincialChairman,
                &[R::PrimeMinister, R::Mofa],
                Anchor::Signing,
                P::CalendarDays(15),
            )),
        )
        .from(2021, 7, 1)
        .on(&st)
        .when(W::any_of(&[At::InNameOfPpc, At::InNameOfHdnd]))
        .cite(C::article(L70, 19).clause(5))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Trong 15 ngày kể từ ngày ký, báo cáo Thủ tướng và gửi bản sao cho Bộ Ngoại giao.",
            "Within 15 days of signing, report to the Prime Minister and send a copy to MOFA.",
        ),
    );
    l.push(Rule::draft("vn.agreement.obligation.annual_plan", A::Agreement, "annual_plan", Some(yearly(ReportKind::AnnualPlan, R::ProvincialChairman, &[R::Mofa], 11, 15, -1, None)))
        .from(2021, 7, 1).on(&st)
        .cite(C::article(L70, 46).clause(1)).grade(E::Codification).note(PD)
        .say("Kế hoạch ký kết thỏa thuận quốc tế hằng năm gửi Bộ Ngoại giao chậm nhất ngày 15/11 năm trước.",
             "The annual plan for signing agreements goes to MOFA by 15 November of the previous year."));
    l.push(Rule::draft("vn.agreement.obligation.annual_report", A::Agreement, "annual_report", Some(yearly(ReportKind::AnnualReport, R::ProvincialChairman, &[R::Mofa], 11, 15, 0, None)))
        .from(2021, 7, 1).on(&st)
        .cite(C::article(L70, 46).clause(3)).grade(E::Codification).note(PD)
        .say("Báo cáo tình hình ký kết và thực hiện thỏa thuận quốc tế gửi Bộ Ngoại giao chậm nhất ngày 15/11 hằng năm.",
             "The report on signing and implementing agreements goes to MOFA by 15 November each year."));
    l.push(Rule::draft("vn.agreement.authority.department", A::Agreement, "department", Some(Authority::new(R::ProvincialChairman).submitted_by(R::FaAgency)))
        .from(2021, 7, 1).on(&st).when(W::all_of(&[At::InNameOfDepartment]))
        .cite(C::article(L70, 20).clause(2)).cite(C::article(ND64, 5)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh quyết định ký thỏa thuận nhân danh cơ quan cấp sở; hồ sơ qua cơ quan ngoại vụ.",
             "The provincial Chairman decides agreements of a department; the file goes through the FA agency."));
    l.push(Rule::draft("vn.agreement.consultation.department", A::Agreement, "department", Some(consult(R::DepartmentHead, &[R::FaAgency, R::Departments], P::WorkingDays(7))))
        .from(2021, 7, 1).on(&st).when(W::all_of(&[At::InNameOfDepartment]))
        .cite(C::article(ND64, 5)).grade(E::Codification).note(PD)
        .say("Cơ quan cấp sở lấy ý kiến cơ quan ngoại vụ và các sở liên quan; trả lời trong 7 ngày làm việc.",
             "The department consults the FA agency and departments concerned; reply within 7 working days."));
    l.push(
        Rule::draft(
            "vn.agreement.processing.department",
            A::Agreement,
            "department",
            Some(proc(
                R::ProvincialChairman,
                Step::Decision,
                P::WorkingDays(5),
            )),
        )
        .from(2021, 7, 1)
        .on(&st)
        .when(W::all_of(&[At::InNameOfDepartment]))
        .cite(C::article(ND64, 5))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Chủ tịch UBND tỉnh quyết định trong 5 ngày làm việc kể từ khi nhận đủ hồ sơ.",
            "The Chairman decides within 5 working days of a complete file.",
        ),
    );
    l.push(Rule::draft("vn.agreement.obligation.post_signing.department", A::Agreement, "post_signing_department", Some(after(ReportKind::PostSigningReport, R::DepartmentHead, &[R::ProvincialChairman, R::FaAgency], Anchor::Signing, P::CalendarDays(15))))
        .from(2021, 7, 1).on(&st).when(W::all_of(&[At::InNameOfDepartment]))
        .cite(C::article(ND64, 5).clause(6)).grade(E::Codification).note(PD)
        .say("Trong 15 ngày kể từ ngày ký, báo cáo Chủ tịch UBND tỉnh và gửi bản sao cho cơ quan ngoại vụ.",
             "Within 15 days of signing, report to the Chairman and copy the FA agency."));
    l.push(Rule::draft("vn.agreement.authority.border_commune", A::Agreement, "border_commune", Some(Authority::new(R::ProvincialChairman).submitted_by(R::FaAgency)))
        .from(2025, 7, 1).on(&st).when(W::all_of(&[At::InNameOfBorderCommune]))
        .cite(C::article(L70, 20).clause(2)).cite(C::article(ND64, 7)).cite(C::instrument(ND177)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh quyết định ký thỏa thuận nhân danh UBND xã biên giới (từ 01/07/2025).",
             "The provincial Chairman decides agreements of a border commune (from 01/07/2025)."));
    l.push(Rule::draft("vn.agreement.consultation.border_commune", A::Agreement, "border_commune", Some(consult(R::FaAgency, &[R::ProvincialPolice, R::ProvincialMilitary, R::Departments], P::WorkingDays(7))))
        .from(2025, 7, 1).on(&st).when(W::all_of(&[At::InNameOfBorderCommune]))
        .cite(C::article(ND64, 7)).cite(C::instrument(ND177)).grade(E::Codification).note(PD)
        .say("Cơ quan ngoại vụ cho ý kiến trong 7 ngày làm việc (xã hoàn thiện trong 5 ngày làm việc), hoặc trong 3 ngày làm việc gửi lấy ý kiến Công an, Quân sự tỉnh, các sở; trả lời trong 7 ngày làm việc.",
             "The FA agency comments within 7 working days (commune reconciles within 5), or within 3 working days consults police, military and departments, who reply within 7 working days."));
    l.push(
        Rule::draft(
            "vn.agreement.processing.border_commune",
            A::Agreement,
            "border_commune",
            Some(proc(
                R::ProvincialChairman,
                Step::Decision,
                P::WorkingDays(5),
            )),
        )
        .from(2025, 7, 1)
        .on(&st)
        .when(W::all_of(&[At::InNameOfBorderCommune]))
        .cite(C::article(ND64, 7))
        .cite(C::instrument(ND177))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Chủ tịch UBND tỉnh quyết định trong 5 ngày làm việc.",
            "The Chairman decides within 5 working days.",
        ),
    );
    l.push(Rule::draft("vn.agreement.obligation.post_signing.border_commune", A::Agreement, "post_signing_border_commune", Some(after(ReportKind::PostSigningReport, R::CommuneChairman, &[R::ProvincialChairman, R::FaAgency], Anchor::Signing, P::CalendarDays(15))))
        .from(2025, 7, 1).on(&st).when(W::all_of(&[At::InNameOfBorderCommune]))
        .cite(C::article(ND64, 7).clause(8)).cite(C::instrument(ND177)).grade(E::Codification).note(PD)
        .say("Trong 15 ngày kể từ ngày ký, báo cáo Chủ tịch UBND tỉnh và gửi bản sao cho cơ quan ngoại vụ.",
             "Within 15 days of signing, report to the Chairman and copy the FA agency."));

    // ── Before 01/07/2021: Pháp lệnh 33/2007/PL-UBTVQH11 Art. 16 (text read on
    // hethongphapluat.vn with the search tool; in force 01/07/2007, ended 01/07/2021) ──
    const PL07: &str = "33/2007/PL-UBTVQH11";
    let pl_note = "http://hethongphapluat.vn/phap-lenh-ky-ket-va-thuc-hien-thoa-thuan-quoc-te-nam-2007/dieu-16 (article text, verified with the search tool); dates: https://vietjack.me/phap-luat/phap-lenh-ky-ket-va-thuc-hien-thoa-thuan-quoc-te-2007/chuong-3-11364.html";
    let ppc_or_hdnd = W::any_of(&[At::InNameOfPpc, At::InNameOfHdnd]);
    l.push(Rule::draft("vn.agreement.authority.ppc.pl2007", A::Agreement, "ppc", Some(Authority::new(R::ProvincialChairman)))
        .from(2007, 7, 1).until(2021, 6, 30).on(&st).when(W::all_of(&[At::InNameOfPpc]))
        .cite(C::article(PL07, 16).clause(3)).grade(E::Text).note(pl_note)
        .say("Người đứng đầu cơ quan cấp tỉnh quyết định và ký (hoặc ủy quyền ký) sau khi nhận văn bản trả lời của cơ quan được lấy ý kiến.",
             "The head of the provincial body decides and signs (or authorises signing) after the consulted bodies have replied."));
    l.push(
        Rule::draft(
            "vn.agreement.authority.hdnd.pl2007",
            A::Agreement,
            "hdnd",
            Some(Authority::new(R::HdndChairman)),
        )
        .from(2007, 7, 1)
        .until(2021, 6, 30)
        .on(&st)
        .when(W::all_of(&[At::InNameOfHdnd]))
        .cite(C::article(PL07, 16).clause(3))
        .grade(E::Text)
        .note(pl_note)
        .say(
            "Người đứng đầu HĐND tỉnh quyết định và ký thỏa thuận nhân danh HĐND.",
            "The head of the People's Council decides and signs agreements in its name.",
        ),
    );
    l.push(Rule::draft("vn.agreement.consultation.ppc.pl2007", A::Agreement, "ppc", Some(consult(R::ProvincialChairman, &[R::Mofa, R::RelatedBodies], P::WorkingDays(7))))
        .from(2007, 7, 1).until(2021, 6, 30).on(&st).when(ppc_or_hdnd)
        .cite(C::article(PL07, 16).clause(1)).cite(C::article(PL07, 16).clause(2)).grade(E::Text).note(pl_note)
        .say("Lấy ý kiến bằng văn bản của Bộ Ngoại giao và cơ quan liên quan; trả lời trong 7 ngày làm việc kể từ khi nhận.",
             "Written opinions of MOFA and related bodies; reply within 7 working days of receipt."));
    l.push(Rule::draft("vn.agreement.escalation.objection.pl2007", A::Agreement, "objection", Some(Escalation { to: R::PrimeMinister, submitted_by: R::ProvincialChairman, answer_within: Some(P::WorkingDays(7)) }))
        .from(2007, 7, 1).until(2021, 6, 30).on(&st).when(W { all: AttrSet::of(&[At::ConsulteeObjects]), ..ppc_or_hdnd })
        .cite(C::article(PL07, 16).clause(4)).grade(E::Text).note(pl_note)
        .say("Có ý kiến khác nhau: tỉnh trình Thủ tướng, Thủ tướng cho ý kiến trong 7 ngày làm việc.",
             "If opinions differ, the province submits to the Prime Minister, who answers within 7 working days."));

    // ── Foreign NGOs: NĐ 58/2022/NĐ-CP (from 01/11/2022) ──
    let ngo = [Channel::State, Channel::People];
    l.push(Rule::draft("vn.foreign_ngo.authority.registration", A::ForeignNgo, "registration", Some(Authority::new(R::Mofa)))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 7)).grade(E::Codification).note(PD)
        .say("Bộ Ngoại giao cấp, gia hạn, sửa đổi giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài.",
             "MOFA issues, renews and amends foreign NGO registrations."));
    l.push(Rule::draft("vn.foreign_ngo.consultation.province", A::ForeignNgo, "province", Some(consult(R::NgoCommittee, &[R::ProvincialChairman, R::PublicSecurity, R::RelatedBodies], P::WorkingDays(10))))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 11)).grade(E::Codification).note(PD)
        .say("UBND tỉnh nơi tổ chức dự kiến hoạt động được lấy ý kiến và trả lời trong 10 ngày làm việc.",
             "The People's Committee of the province where the NGO will work is consulted and replies within 10 working days."));
    l.push(
        Rule::draft(
            "vn.foreign_ngo.processing.certificate",
            A::ForeignNgo,
            "certificate",
            Some(proc(R::Mofa, Step::Total, P::WorkingDays(30))),
        )
        .from(2022, 11, 1)
        .on(&ngo)
        .cite(C::article(ND58, 11))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Giấy đăng ký được cấp trong 30 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.",
            "The registration is issued within 30 working days of a complete valid dossier.",
        ),
    );
    l.push(
        Rule::draft(
            "vn.foreign_ngo.lead_time.renewal",
            A::ForeignNgo,
            "renewal",
            Some(lead(P::CalendarDays(60), Anchor::Expiry, R::Mofa)),
        )
        .from(2022, 11, 1)
        .on(&ngo)
        .cite(C::article(ND58, 12))
        .cite(C::article(ND58, 16))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Hồ sơ gia hạn nộp ít nhất 60 ngày trước khi giấy đăng ký hết hạn.",
            "A renewal is filed at least 60 days before the registration expires.",
        ),
    );
    l.push(Rule::draft("vn.foreign_ngo.obligation.activity_plan_notice", A::ForeignNgo, "activity_plan_notice", Some(after(ReportKind::ActivityPlanNotice, R::Ngo, &[R::ProvincialChairman], Anchor::Registration, P::WorkingDays(45))))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 21)).grade(E::Codification).note(PD)
        .say("Tổ chức thông báo kế hoạch hoạt động cho UBND tỉnh trong 45 ngày làm việc kể từ khi được cấp, gia hạn, sửa đổi đăng ký.",
             "The NGO notifies the province of its activity plan within 45 working days of registration, renewal or amendment."));
    l.push(Rule::draft("vn.foreign_ngo.obligation.province_annual_report", A::ForeignNgo, "province_annual_report", Some(yearly(ReportKind::AnnualReport, R::ProvincialChairman, &[R::Mofa, R::NgoCommittee], 12, 18, 0, Some(DEC15_DEC14))))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 24).clause(6)).grade(E::Codification).note(PD)
        .say("UBND tỉnh báo cáo Bộ Ngoại giao và Ủy ban công tác về các tổ chức PCPNN chậm nhất ngày 18 của tháng cuối kỳ báo cáo (18/12); số liệu 15/12 năm trước – 14/12.",
             "The province reports to MOFA and the NGO Committee by the 18th of the period's last month (18 Dec); data 15 Dec – 14 Dec."));

    l.push(Rule::draft("vn.foreign_ngo.obligation.bank_account", A::ForeignNgo, "bank_account", Some(after(ReportKind::BankAccountNotice, R::Ngo, &[R::CompetentLevel], Anchor::Registration, P::WorkingDays(10))))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 21)).grade(E::Codification).note(PD)
        .say("Tổ chức báo cáo tài khoản ngân hàng trong 10 ngày làm việc kể từ khi được cấp đăng ký (nơi nhận: chưa đọc được).",
             "The NGO reports its bank account within 10 working days of registration (addressee not read)."));
    l.push(Rule::draft("vn.foreign_ngo.obligation.ngo_annual_report", A::ForeignNgo, "ngo_annual_report", Some(yearly(ReportKind::AnnualReport, R::Ngo, &[R::CompetentLevel], 12, 18, 0, Some(DEC15_DEC14))))
        .from(2022, 11, 1).on(&ngo)
        .cite(C::article(ND58, 21)).grade(E::Codification).note(PD)
        .say("Tổ chức nộp báo cáo năm (mẫu 05) chậm nhất ngày 18 của tháng cuối kỳ; số liệu 15/12 năm trước – 14/12 (nơi nhận: chưa đọc được).",
             "The NGO files its annual report (form 05) by the 18th of the period's last month; data 15 Dec – 14 Dec (addressee not read)."));

    // ── Non-ODA aid: NĐ 80/2020 (17/09/2020 – 07/12/2025), then NĐ 313/2025 ──
    let reserved = [At::AidReservedToPm];
    l.push(Rule::draft("vn.foreign_aid.authority.pm", A::ForeignAid, "pm", Some(Authority::new(R::PrimeMinister)))
        .from(2020, 9, 17).until(2025, 12, 7).on(&st).when(W::all_of(&reserved))
        .cite(C::article(ND80, 7)).grade(E::Codification).note(PD)
        .say("Thủ tướng phê duyệt viện trợ liên quan an ninh, quốc phòng, tôn giáo hoặc xây dựng văn bản pháp luật.",
             "The Prime Minister approves aid touching security, defence, religion or law drafting."));
    l.push(Rule::draft("vn.foreign_aid.authority.line_agency", A::ForeignAid, "line_agency", Some(Authority::new(R::ProvincialChairman)))
        .from(2020, 9, 17).until(2025, 12, 7).on(&st).when(W::none_of(&reserved))
        .cite(C::article(ND80, 7)).grade(E::Codification).note(PD)
        .say("Người đứng đầu cơ quan chủ quản (Chủ tịch UBND tỉnh) phê duyệt các khoản viện trợ khác.",
             "The head of the line agency (the provincial Chairman) approves other aid."));
    l.push(
        Rule::draft(
            "vn.foreign_aid.processing.appraisal",
            A::ForeignAid,
            "appraisal",
            Some(Processing {
                by: R::PlanningDepartment,
                step: Step::Appraisal,
                within: P::CalendarDays(20),
                from: Anchor::CompleteDossier,
            }),
        )
        .from(2020, 9, 17)
        .until(2025, 12, 7)
        .on(&st)
        .when(W::none_of(&reserved))
        .cite(C::article(ND80, 10).clause(6))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Sở Kế hoạch và Đầu tư chủ trì thẩm định trong 20 ngày kể từ khi nhận đủ hồ sơ.",
            "The planning department appraises within 20 days of a complete dossier.",
        ),
    );
    l.push(Rule::draft("vn.foreign_aid.obligation.approval_notice", A::ForeignAid, "approval_notice", Some(after(ReportKind::ApprovalNotice, R::ProvincialChairman, &[R::Donor, R::InvestmentMinistry, R::Finance], Anchor::Approval, P::CalendarDays(5))))
        .from(2020, 9, 17).until(2025, 12, 7).on(&st)
        .cite(C::article(ND80, 11).clause(2)).grade(E::Codification).note(PD)
        .say("Trong 5 ngày kể từ khi phê duyệt, thông báo bên tài trợ và gửi quyết định cho Bộ KH&ĐT, Bộ Tài chính.",
             "Within 5 days of approval, notify the donor and send the decision to the planning and finance ministries."));
    l.push(Rule::draft("vn.foreign_aid.obligation.implementation_start", A::ForeignAid, "implementation_start", Some(after(ReportKind::ImplementationStart, R::Organiser, &[R::ProvincialChairman], Anchor::Approval, P::Months(6))))
        .from(2020, 9, 17).until(2025, 12, 7).on(&st)
        .cite(C::article(ND80, 4).clause(7)).grade(E::Codification).note(PD)
        .say("Quyết định phê duyệt có thể bị thu hồi nếu sau 6 tháng không triển khai mà không có lý do chính đáng.",
             "Approval may be revoked if the aid is not started within 6 months without good reason."));
    l.push(
        Rule::draft(
            "vn.foreign_aid.obligation.completion_report",
            A::ForeignAid,
            "completion_report",
            Some(after(
                ReportKind::CompletionReport,
                R::Organiser,
                &[R::ProvincialChairman],
                Anchor::Completion,
                P::Months(6),
            )),
        )
        .from(2020, 9, 17)
        .until(2025, 12, 7)
        .on(&st)
        .cite(C::article(ND80, 14).clause(4))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Chủ khoản viện trợ lập báo cáo kết thúc trong 6 tháng sau khi hoàn thành.",
            "The aid owner files the end-of-aid report within 6 months of completion.",
        ),
    );
    l.push(Rule::<Obligation>::draft("vn.foreign_aid.obligation.line_agency_annual_report", A::ForeignAid, "line_agency_annual_report", None)
        .from(2020, 9, 17).until(2025, 12, 7).on(&st)
        .cite(C::article(ND80, 13).clause(9)).grade(E::Codification).note(PD)
        .say("Cơ quan chủ quản báo cáo hằng năm tình hình vận động, tiếp nhận, giải ngân viện trợ gửi Bộ KH&ĐT, Bộ Tài chính; ngày nộp không nêu trong nghị định.",
             "The line agency reports yearly on aid mobilisation, receipt and disbursement to the planning and finance ministries; the decree gives no due date."));
    l.push(Rule::<Authority>::draft("vn.foreign_aid.authority.pm.nd313", A::ForeignAid, "pm", None)
        .from(2025, 12, 8).on(&st).when(W::all_of(&reserved))
        .cite(C::instrument(ND313)).grade(E::Secondary).note("https://luatvietnam.vn/tai-chinh/nghi-dinh-313-2025-nd-cp-quan-ly-va-su-dung-vien-tro-khong-hoan-lai-tai-viet-nam-421028-d1.html")
        .say("Thẩm quyền phê duyệt theo NĐ 313/2025: chưa đọc được.", "Approval authority under NĐ 313/2025: not read."));
    l.push(
        Rule::<Authority>::draft(
            "vn.foreign_aid.authority.line_agency.nd313",
            A::ForeignAid,
            "line_agency",
            None,
        )
        .from(2025, 12, 8)
        .on(&st)
        .when(W::none_of(&reserved))
        .cite(C::instrument(ND313))
        .grade(E::Secondary)
        .say(
            "Thẩm quyền phê duyệt theo NĐ 313/2025: chưa đọc được.",
            "Approval authority under NĐ 313/2025: not read.",
        ),
    );
    l.push(Rule::<Processing>::draft("vn.foreign_aid.processing.appraisal.nd313", A::ForeignAid, "appraisal", None)
        .from(2025, 12, 8).on(&st).when(W::none_of(&reserved))
        .cite(C::instrument(ND313)).grade(E::Secondary)
        .say("Cơ quan và thời hạn thẩm định theo NĐ 313/2025: chưa đọc được (có thể là Sở Tài chính — suy luận, chưa xác minh).",
             "Appraisal body and period under NĐ 313/2025: not read (probably the finance department — inference, unverified)."));
    l.push(
        Rule::draft(
            "vn.foreign_aid.obligation.finance_report_h1",
            A::ForeignAid,
            "finance_report_h1",
            Some(yearly(
                ReportKind::FinanceReportH1,
                R::FinanceDepartment,
                &[R::Finance],
                8,
                10,
                0,
                None,
            )),
        )
        .from(2022, 5, 20)
        .on(&st)
        .cite(C::article(TT23, 21))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Sở Tài chính báo cáo Bộ Tài chính 6 tháng đầu năm chậm nhất 10/8.",
            "The finance department reports H1 to the Ministry of Finance by 10 August.",
        ),
    );
    l.push(
        Rule::draft(
            "vn.foreign_aid.obligation.finance_report_h2",
            A::ForeignAid,
            "finance_report_h2",
            Some(yearly(
                ReportKind::FinanceReportH2,
                R::FinanceDepartment,
                &[R::Finance],
                2,
                15,
                1,
                None,
            )),
        )
        .from(2022, 5, 20)
        .on(&st)
        .cite(C::article(TT23, 21))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Sở Tài chính báo cáo 6 tháng cuối năm chậm nhất 15/02 năm sau.",
            "The finance department reports H2 by 15 February of the following year.",
        ),
    );
    l.push(
        Rule::draft(
            "vn.foreign_aid.obligation.finance_report_annual",
            A::ForeignAid,
            "finance_report_annual",
            Some(yearly(
                ReportKind::FinanceReportAnnual,
                R::FinanceDepartment,
                &[R::Finance],
                3,
                10,
                1,
                None,
            )),
        )
        .from(2022, 5, 20)
        .on(&st)
        .cite(C::article(TT23, 21))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Sở Tài chính báo cáo năm chậm nhất 10/3 năm sau.",
            "The finance department reports the year by 10 March of the following year.",
        ),
    );

    // ── Foreign press: NĐ 88/2012 (to 30/06/2026), NĐ 262/2026 (from 01/07/2026, provisional) ──
    l.push(Rule::draft("vn.foreign_press_resident.authority.local_activity", A::ForeignPressResident, "local_activity", Some(Authority::new(R::ProvincialChairman)))
        .from(2012, 12, 20).on(&st)
        .cite(C::article(ND88, 13).clause(3)).cite(C::article(ND262, 16)).grade(E::Codification).note(PD)
        .say("Phóng viên thường trú hoạt động tại địa phương phải đề nghị UBND tỉnh (thông báo Bộ Ngoại giao) và chỉ hoạt động sau khi được đồng ý.",
             "A resident reporter working in a province asks the People's Committee (notifying MOFA) and works only after its approval."));
    l.push(
        Rule::draft(
            "vn.foreign_press_resident.processing.reply",
            A::ForeignPressResident,
            "reply",
            Some(proc(R::ProvincialChairman, Step::Reply, P::WorkingDays(5))),
        )
        .from(2012, 12, 20)
        .until(2026, 6, 30)
        .on(&st)
        .cite(C::article(ND88, 13).clause(3))
        .grade(E::Codification)
        .note(PD)
        .say(
            "UBND tỉnh trả lời trong 5 ngày làm việc.",
            "The People's Committee replies within 5 working days.",
        ),
    );
    l.push(Rule::draft("vn.foreign_press_resident.processing.reply.nd262", A::ForeignPressResident, "reply", Some(proc(R::ProvincialChairman, Step::Reply, P::WorkingDays(5))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 16)).grade(E::Provisional).note("https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-chi/262-2026-nd-cp.md (OCR)")
        .say("UBND tỉnh trả lời trong 5 ngày làm việc và thông báo Bộ Ngoại giao.", "The People's Committee replies within 5 working days and notifies MOFA."));
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.authority.permit",
            A::ForeignPressNonResident,
            "permit",
            Some(Authority::new(R::Mofa)),
        )
        .from(2012, 12, 20)
        .on(&st)
        .cite(C::article(ND88, 4))
        .cite(C::article(ND262, 5))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Bộ Ngoại giao cấp phép hoạt động báo chí cho phóng viên không thường trú.",
            "MOFA permits a non-resident reporter's press activity.",
        ),
    );
    l.push(Rule::draft("vn.foreign_press_non_resident.lead_time.entry", A::ForeignPressNonResident, "entry", Some(lead(P::WorkingDays(10), Anchor::Entry, R::Mofa)))
        .from(2012, 12, 20).until(2026, 6, 30).on(&st)
        .cite(C::article(ND88, 4)).grade(E::Codification).note(PD)
        .say("Hồ sơ gửi Bộ Ngoại giao hoặc cơ quan đại diện ít nhất 10 ngày làm việc trước ngày dự kiến nhập cảnh.",
             "File with MOFA or a mission at least 10 working days before the planned entry."));
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.lead_time.entry.nd262",
            A::ForeignPressNonResident,
            "entry",
            Some(lead(P::CalendarDays(10), Anchor::Entry, R::Mofa)),
        )
        .from(2026, 7, 1)
        .on(&st)
        .cite(C::article(ND262, 5))
        .grade(E::Provisional)
        .say(
            "Hồ sơ gửi ít nhất 10 ngày trước ngày dự kiến nhập cảnh.",
            "File at least 10 days before the planned entry.",
        ),
    );
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.processing.permit",
            A::ForeignPressNonResident,
            "permit",
            Some(proc(R::Mofa, Step::Reply, P::WorkingDays(10))),
        )
        .from(2012, 12, 20)
        .until(2026, 6, 30)
        .on(&st)
        .cite(C::article(ND88, 4))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Bộ Ngoại giao trả lời trong 10 ngày làm việc.",
            "MOFA answers within 10 working days.",
        ),
    );
    l.push(Rule::draft("vn.foreign_press_non_resident.processing.permit.nd262", A::ForeignPressNonResident, "permit", Some(proc(R::Mofa, Step::Issue, P::WorkingDays(7))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 5)).grade(E::Provisional)
        .say("Bộ Ngoại giao cấp giấy phép điện tử trong 7 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.", "MOFA issues an electronic permit within 7 working days of a complete valid dossier."));
    l.push(Rule::draft("vn.foreign_press_non_resident.obligation.guide_report", A::ForeignPressNonResident, "guide_report", Some(after(ReportKind::ResultReport, R::GuidingAgency, &[R::Mofa], Anchor::End, P::WorkingDays(3))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 6)).grade(E::Provisional)
        .say("Cơ quan hướng dẫn báo cáo Bộ Ngoại giao trong 3 ngày làm việc sau khi kết thúc chương trình.", "The guiding agency reports to MOFA within 3 working days after the programme."));

    l.push(Rule::draft("vn.foreign_press_resident.lead_time.card_renewal", A::ForeignPressResident, "card_renewal", Some(lead(P::WorkingDays(15), Anchor::Expiry, R::Mofa)))
        .from(2012, 12, 20).until(2026, 6, 30).on(&st)
        .cite(C::article(ND88, 12)).grade(E::Codification).note(PD)
        .say("Hồ sơ gia hạn thẻ phóng viên thường trú (thời hạn tối đa 12 tháng) nộp ít nhất 15 ngày làm việc trước khi hết hạn.",
             "A resident press card (at most 12 months) is renewed by filing at least 15 working days before expiry."));
    l.push(
        Rule::draft(
            "vn.foreign_press_resident.processing.card",
            A::ForeignPressResident,
            "card",
            Some(proc(R::Mofa, Step::Issue, P::WorkingDays(3))),
        )
        .from(2012, 12, 20)
        .until(2026, 6, 30)
        .on(&st)
        .cite(C::article(ND88, 12))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Bộ Ngoại giao cấp, gia hạn thẻ trong 3 ngày làm việc.",
            "MOFA issues or renews the card within 3 working days.",
        ),
    );
    l.push(Rule::draft("vn.foreign_press_resident.consultation.additional_reporter", A::ForeignPressResident, "additional_reporter", Some(consult(R::Mofa, &[R::ProvincialChairman], P::WorkingDays(5))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 16)).grade(E::Provisional)
        .say("Văn phòng thường trú đề nghị thêm phóng viên thường trú tại địa phương khác: Bộ Ngoại giao hỏi ý kiến UBND tỉnh, trả lời trong 5 ngày làm việc.",
             "An office asks for an extra resident reporter in another locality: MOFA asks the province, which answers within 5 working days."));

    // ── Outbound delegations: Luật 49/2019/QH14, TT 04/2020/TT-BNG, Chỉ thị 38-CT/TW ──
    l.push(Rule::draft("vn.outbound_delegation.authority.sender", A::OutboundDelegation, "sender", Some(Authority::new(R::ProvincialChairman).delegated(Delegation {
            to: R::DepartmentHead,
            scope_vi: "cử, cho phép cán bộ, công chức, viên chức đi công tác nước ngoài; phải thông báo bằng văn bản cho cơ quan cấp hộ chiếu (mẫu 04/2020/NG-XNC)".to_string(),
            scope_en: "sending or permitting officials to travel on official business; the passport authority must be notified in writing (form 04/2020/NG-XNC)".to_string(),
            except: AttrSet::of(&[At::ManagedByPartyBoard]),
            in_writing: true,
        })))
        .from(2020, 11, 10).on(&st)
        .cite(C::article(L49, 11)).cite(C::article(TT04, 5)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh cử, cho phép cán bộ đi nước ngoài; có thể ủy quyền bằng văn bản cho người đứng đầu đơn vị trực thuộc và thông báo cơ quan cấp hộ chiếu.",
             "The provincial Chairman sends or permits officials abroad; may delegate in writing to heads of subordinate units, notifying the passport authority."));
    l.push(Rule::draft("vn.outbound_delegation.processing.official_passport", A::OutboundDelegation, "official_passport", Some(proc(R::Mofa, Step::Issue, P::WorkingDays(5))))
        .from(2020, 7, 1).on(&st)
        .cite(C::article(L49, 12).clause(4)).grade(E::Codification).note(PD)
        .say("Hộ chiếu ngoại giao, công vụ được cấp trong 5 ngày làm việc kể từ khi nhận đủ hồ sơ.", "A diplomatic or official passport is issued within 5 working days of a complete dossier."));
    l.push(Rule::draft("vn.outbound_delegation.obligation.passport_return", A::OutboundDelegation, "passport_return", Some(after(ReportKind::PassportReturn, R::PassportHolder, &[R::ManagingAgency], Anchor::End, P::WorkingDays(5))))
        .from(2020, 7, 1).on(&st)
        .cite(C::article(L49, 23).clause(3)).grade(E::Codification).note(PD)
        .say("Nộp lại hộ chiếu cho cơ quan quản lý trong 5 ngày làm việc sau khi kết thúc chuyến công tác.", "Return the passport to the managing agency within 5 working days after the trip."));
    l.push(
        Rule::draft(
            "vn.outbound_delegation.condition.exit_suspension",
            A::OutboundDelegation,
            "exit_suspension",
            Some(Condition::NoExitSuspension),
        )
        .from(2020, 7, 1)
        .on(&all)
        .cite(C::article(L49, 36))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Người đang bị tạm hoãn xuất cảnh (9 trường hợp) không được xuất cảnh.",
            "A person under exit suspension (9 cases) may not leave.",
        ),
    );
    l.push(Rule::draft("vn.outbound_delegation.condition.leader_trips_per_year", A::OutboundDelegation, "leader_trips_per_year", Some(Condition::MaxLeaderTripsPerYear { max: 2 }))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text).note("https://vtv.vn/trong-nuoc/chi-thi-cua-bo-chinh-tri-ve-tang-cuong-quan-ly-cac-doan-di-cong-tac-nuoc-ngoai-152858.htm (press reproduction of the text)")
        .say("Lãnh đạo các ban, bộ, ngành, địa phương đi nước ngoài không quá 2 lần/năm, trừ trường hợp thật cần thiết.",
             "Leaders of party commissions, ministries, sectors and localities go abroad at most twice a year unless truly necessary."));
    l.push(
        Rule::draft(
            "vn.outbound_delegation.condition.two_key_leaders",
            A::OutboundDelegation,
            "two_key_leaders",
            Some(Condition::NoTwoKeyLeadersTogether),
        )
        .from(2014, 7, 21)
        .on(&all)
        .cite(C::instrument(CT38))
        .grade(E::Text)
        .say(
            "Không bố trí hai lãnh đạo chủ chốt của cùng một địa phương, đơn vị trong một đoàn.",
            "Two key leaders of one locality or unit never in the same delegation.",
        ),
    );
    l.push(Rule::draft("vn.outbound_delegation.condition.relatives", A::OutboundDelegation, "relatives", Some(Condition::NoRelatives))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Không đưa người thân đi cùng đoàn, trừ trường hợp đặc biệt do cấp có thẩm quyền quyết định.", "No relatives in the delegation except special cases decided by the competent level."));
    l.push(Rule::draft("vn.outbound_delegation.condition.proposal", A::OutboundDelegation, "proposal", Some(Condition::ProposalRequired))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Mỗi đoàn phải có đề án nêu rõ mục đích, yêu cầu, đối tác, nội dung và chương trình cụ thể.", "Every delegation needs a proposal with purpose, partner, content and a concrete programme."));
    l.push(Rule::draft("vn.outbound_delegation.condition.annual_plan", A::OutboundDelegation, "annual_plan", Some(Condition::InAnnualPlan))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Guidance)
        .say("Đoàn ra theo kế hoạch đối ngoại hằng năm được cấp có thẩm quyền phê duyệt; hạn chế tối đa đoàn phát sinh ngoài kế hoạch.",
             "Delegations follow the approved annual plan; out-of-plan delegations kept to a minimum."));
    l.push(Rule::<Obligation>::draft("vn.outbound_delegation.obligation.result_report", A::OutboundDelegation, "result_report", None)
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Trưởng đoàn báo cáo kết quả với cấp có thẩm quyền khi kết thúc chuyến đi; thời hạn không được nêu.",
             "The head of delegation reports results to the competent level after the trip; no deadline is stated."));
    l.push(
        Rule::<LeadTime>::draft(
            "vn.outbound_delegation.lead_time.request",
            A::OutboundDelegation,
            "request",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Thời hạn nộp hồ sơ đoàn ra theo QĐ 67/2011: phụ lục chưa đọc được; tỉnh tự quy định.",
            "Outbound filing lead time under QĐ 67/2011: annex not read; provinces set their own.",
        ),
    );
    l.push(
        Rule::<Processing>::draft(
            "vn.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Thời hạn giải quyết đoàn ra: không có số liệu quốc gia; tỉnh tự quy định.",
            "Outbound processing time: no national figure; provinces set their own.",
        ),
    );
    l.push(
        Rule::<LeadTime>::draft(
            "vn.inbound_delegation.lead_time.request",
            A::InboundDelegation,
            "request",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Thời hạn đề nghị đón đoàn vào theo QĐ 67/2011: chưa đọc được.",
            "Inbound request lead time under QĐ 67/2011: not read.",
        ),
    );
    l.push(
        Rule::<Authority>::draft(
            "vn.inbound_delegation.authority.reception",
            A::InboundDelegation,
            "reception",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Thẩm quyền cho phép đón đoàn vào theo QĐ 67/2011: chưa đọc được.",
            "Authority for inbound delegations under QĐ 67/2011: not read.",
        ),
    );
    l.push(Rule::<Obligation>::draft("vn.external_affairs_plan.obligation.annual_plan", A::ExternalAffairsPlan, "annual_plan", None)
        .from(2012, 2, 1).on(&all)
        .cite(C::instrument(QD67).part("Quy chế kèm theo")).cite(C::instrument(CT38)).grade(E::Secondary)
        .say("Kế hoạch đối ngoại hằng năm (kèm dự toán) trình cấp có thẩm quyền; hạn nộp chưa tìm thấy.",
             "Annual external-affairs plan with budget estimate to the competent level; the deadline was not found."));
    l.push(
        Rule::<Obligation>::draft(
            "vn.external_affairs_plan.obligation.semiannual_report",
            A::ExternalAffairsPlan,
            "semiannual_report",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Báo cáo đối ngoại 6 tháng của UBND tỉnh: ngày nộp, nơi nhận chưa tìm thấy.",
            "Six-month external-affairs report of the province: date and addressee not found.",
        ),
    );
    l.push(
        Rule::<Obligation>::draft(
            "vn.external_affairs_plan.obligation.annual_report",
            A::ExternalAffairsPlan,
            "annual_report",
            None,
        )
        .from(2012, 2, 1)
        .on(&st)
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(
            "Báo cáo đối ngoại hằng năm của UBND tỉnh: ngày nộp, nơi nhận chưa tìm thấy.",
            "Annual external-affairs report of the province: date and addressee not found.",
        ),
    );
    let _ = HeadRank::Any;
    l
}
