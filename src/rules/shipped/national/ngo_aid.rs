//! Foreign NGOs (NĐ 58/2022/NĐ-CP) and non-ODA aid (NĐ 80/2020/NĐ-CP, NĐ 313/2025/NĐ-CP, TT 23/2022/TT-BTC).

use super::*;

pub(super) fn push(l: &mut Layer) {
    let st = [Channel::State];
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
}
