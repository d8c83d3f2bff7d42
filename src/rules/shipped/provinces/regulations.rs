//! Provinces whose figures come from letters and regulations read in part (Quảng Ngãi, Khánh Hòa, Quảng Bình, Đồng Tháp); most figures are explicit gaps.

use super::*;

pub(super) fn quang_ngai() -> Layer {
    // Verified with the search tool (pages corpus): m.plo.vn, Sunday 17/05/2015 — the Chairman
    // "vừa yêu cầu" heads of departments, public units and district committees to report in
    // writing through the Office "chậm nhất là ba ngày trước ngày đi công tác". Graded Secondary.
    const QD: &str = "2015-sn/UBND-Quảng Ngãi";
    let mut l = Layer::new(
        t("63:51"),
        S::UbndRegulation,
        "2015.05.17",
        "Quảng Ngãi: lãnh đạo báo cáo Chủ tịch UBND trước khi đi nước ngoài (đưa tin 17/05/2015)",
        "Quang Ngai: leaders report to the Chairman before going abroad (reported 17/05/2015)",
    );
    l.instruments.push(ins(
        QD,
        K::OfficialLetter,
        "Chủ tịch UBND tỉnh Quảng Ngãi",
        None,
        d(2015, 5, 17),
        None,
        "Yêu cầu báo cáo trước khi đi công tác nước ngoài (số, ngày không rõ; đưa tin 17/05/2015)",
        "Request to report before trips abroad (number and date not read; reported 17/05/2015)",
        E::Secondary,
    ));
    l.push(Rule::draft("quang_ngai.outbound_delegation.obligation.prior_notice", A::OutboundDelegation, "prior_notice", Some(Obligation { report: ReportKind::PriorNotice, owed_by: R::HeadOfDelegation, to: vec![R::ProvincialChairman], due: Due::Before { anchor: Anchor::Start, at_least: P::CalendarDays(3) } }))
        .from(2015, 5, 17).on(&ST).when(W::all_of(&[At::LeaderTravels])).cite(C::instrument(QD)).grade(E::Secondary)
        .note("https://m.plo.vn/thoi-su/quang-ngai-di-cong-tac-nuoc-ngoai-phai-bao-cao-chu-tich-tinh-554282.html (17/05/2015); https://plo.vn/quang-ngai-di-cong-tac-nuoc-ngoai-phai-bao-cao-chu-tich-tinh-post337580.html — `from` is the report date")
        .say("Thủ trưởng các cơ quan báo cáo bằng văn bản Chủ tịch UBND tỉnh qua Văn phòng UBND chậm nhất 3 ngày trước ngày đi (nội dung, đối tác, thời gian, người được ủy quyền); đi gấp chỉ khi Chủ tịch đồng ý.", "Heads of agencies report in writing to the Chairman through the Office at least 3 days before departure (content, counterpart, dates, deputy); urgent trips only with the Chairman's consent."));
    l
}

pub(super) fn khanh_hoa() -> Layer {
    const QD: &str = "1336-QĐ/TU";
    let mut l = Layer::new(
        t("63:56"),
        S::PartyRegulation,
        "2020.07.24",
        "Khánh Hòa: Quy chế quản lý thống nhất các hoạt động đối ngoại 1336-QĐ/TU (24/07/2020)",
        "Khanh Hoa: party regulation 1336-QĐ/TU (24/07/2020) on unified management",
    );
    l.instruments.push(ins(
        QD,
        K::PartyRegulation,
        "Ban Thường vụ Tỉnh ủy Khánh Hòa",
        Some(d(2020, 7, 24)),
        d(2020, 7, 24),
        None,
        "Quy chế quản lý thống nhất các hoạt động đối ngoại",
        "Regulation on unified management of external affairs",
        E::Text,
    ));
    let src = "https://sngv.khanhhoa.gov.vn/?ArticleId=04b145f5-9e8e-4ba3-a571-9e9ce4d5a9e8 — Art. 10–12 govern officials' trips; the UBND repealed its own procedure (QĐ 2492/QĐ-UBND, 18/09/2020); figures not read";
    l.push(
        Rule::<LeadTime>::draft(
            "khanh_hoa.outbound_delegation.lead_time.request",
            A::OutboundDelegation,
            "request",
            None,
        )
        .from(2020, 7, 24)
        .on(&ALL)
        .cite(C::article(QD, 10))
        .grade(E::Secondary)
        .note(src)
        .say(
            "Thời hạn nộp hồ sơ đi nước ngoài theo Quy chế 1336-QĐ/TU (Điều 10–12): chưa đọc được.",
            "Filing lead time under 1336-QĐ/TU (Art. 10–12): not read.",
        ),
    );
    l.push(
        Rule::<Processing>::draft(
            "khanh_hoa.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            None,
        )
        .from(2020, 7, 24)
        .on(&ALL)
        .cite(C::article(QD, 10))
        .grade(E::Secondary)
        .note(src)
        .say(
            "Thời hạn giải quyết theo Quy chế 1336-QĐ/TU: chưa đọc được.",
            "Processing time under 1336-QĐ/TU: not read.",
        ),
    );
    l
}

pub(super) fn quang_binh() -> Layer {
    const CV: &str = "2016-sn/TU-Quảng Bình";
    let mut l = Layer::new(
        t("63:44"),
        S::PartyRegulation,
        "2016.08.16",
        "Quảng Bình: văn bản của Thường trực Tỉnh ủy về quản lý đi công tác nước ngoài (08/2016)",
        "Quang Binh: party standing committee letter on trips abroad (08/2016)",
    );
    l.instruments.push(ins(
        CV,
        K::OfficialLetter,
        "Thường trực Tỉnh ủy Quảng Bình",
        None,
        d(2016, 8, 16),
        None,
        "Văn bản chỉ đạo tăng cường quản lý việc đi công tác nước ngoài (số không rõ)",
        "Directive letter on trips abroad (number not read)",
        E::Secondary,
    ));
    let src = "https://beta.baoquangbinh.vn/tin-tuc-su-kien/201608/tang-cuong-quan-ly-viec-di-cong-tac-nuoc-ngoai-2137622/index.html (reported 16/08/2016)";
    l.push(Rule::draft("quang_binh.outbound_delegation.condition.annual_plan", A::OutboundDelegation, "annual_plan", cap(Condition::InAnnualPlan))
        .from(2016, 8, 16).on(&ALL).cite(C::instrument(CV)).grade(E::Secondary).note(src)
        .say("Đoàn ra phải có trong kế hoạch đối ngoại năm được Ban Thường vụ Tỉnh ủy phê duyệt; không trình đoàn ngoài kế hoạch (trừ khi cấp có thẩm quyền chỉ đạo).", "Delegations must be in the annual plan approved by the party standing board; out-of-plan files are not submitted (unless directed)."));
    l.push(Rule::<Obligation>::draft("quang_binh.outbound_delegation.obligation.result_report", A::OutboundDelegation, "result_report", None)
        .from(2016, 8, 16).on(&ALL).cite(C::instrument(CV)).grade(E::Secondary).note(src)
        .say("Cán bộ do Ban Thường vụ cử đi báo cáo bằng văn bản Thường trực Tỉnh ủy sau chuyến đi; thời hạn không nêu.", "Cadres sent by the standing board report in writing to the standing committee after the trip; no deadline given."));
    l
}

pub(super) fn dong_thap() -> Layer {
    const QD: &str = "2026-sn/UBND-Đồng Tháp";
    let mut l = Layer::new(
        t("34:82"),
        S::UbndRegulation,
        "2026.02.01",
        "Đồng Tháp: Quy chế quản lý đoàn đi nước ngoài, đoàn nước ngoài vào (hiệu lực 01/02/2026)",
        "Dong Thap: regulation on delegations in and out (in force 01/02/2026)",
    );
    l.instruments.push(ins(QD, K::Decision, "UBND tỉnh Đồng Tháp", None, d(2026, 2, 1), None, "Quyết định ban hành Quy chế quản lý đoàn đi nước ngoài, đoàn nước ngoài vào làm việc (số không rõ)", "Regulation on delegations in and out (number not read)", E::Text));
    let src = "https://vbpl.vn/dongthap/Pages/vbpq-toanvan.aspx?ItemID=186199 — opening only; body not read";
    l.push(
        Rule::<LeadTime>::draft(
            "dong_thap.outbound_delegation.lead_time.request",
            A::OutboundDelegation,
            "request",
            None,
        )
        .from(2026, 2, 1)
        .on(&ST)
        .cite(C::instrument(QD))
        .grade(E::Text)
        .note(src)
        .say(
            "Thời hạn nộp hồ sơ đoàn ra theo Quy chế 2026: chưa đọc được.",
            "Outbound filing lead time under the 2026 regulation: not read.",
        ),
    );
    l.push(
        Rule::<Processing>::draft(
            "dong_thap.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            None,
        )
        .from(2026, 2, 1)
        .on(&ST)
        .cite(C::instrument(QD))
        .grade(E::Text)
        .note(src)
        .say(
            "Thẩm quyền, thời hạn giải quyết theo Quy chế 2026: chưa đọc được.",
            "Approval tiers and processing time under the 2026 regulation: not read.",
        ),
    );
    l.push(
        Rule::<Obligation>::draft(
            "dong_thap.outbound_delegation.obligation.result_report",
            A::OutboundDelegation,
            "result_report",
            None,
        )
        .from(2026, 2, 1)
        .on(&ST)
        .cite(C::instrument(QD))
        .grade(E::Text)
        .note(src)
        .say(
            "Thời hạn báo cáo sau chuyến đi theo Quy chế 2026: chưa đọc được.",
            "Post-trip report deadline under the 2026 regulation: not read.",
        ),
    );
    l
}
