//! International agreements: Luật 70/2020/QH14, NĐ 64/2021/NĐ-CP, NĐ 177/2025/NĐ-CP; Pháp lệnh 33/2007/PL-UBTVQH11 before 01/07/2021.

use super::*;

pub(super) fn push(l: &mut Layer) {
    let st = [Channel::State];
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
}
