//! Provinces with caps on delegations abroad (Đà Nẵng, TP Hồ Chí Minh 2018, Hà Nội, Quảng Nam, Bình Dương).

use super::*;

pub(super) fn da_nang() -> Layer {
    const CV: &str = "101/UBND-SNV";
    let mut l = Layer::new(
        t("34:48"),
        S::UbndRegulation,
        "2025.07.09",
        "Đà Nẵng: Công văn 101/UBND-SNV ngày 09/07/2025 về quản lý đoàn ra",
        "Da Nang: letter 101/UBND-SNV of 09/07/2025 on delegations abroad",
    );
    l.instruments.push(ins(
        CV,
        K::OfficialLetter,
        "UBND thành phố Đà Nẵng",
        Some(d(2025, 7, 9)),
        d(2025, 7, 9),
        None,
        "Công văn về tăng cường quản lý cán bộ, công chức đi nước ngoài",
        "Letter on managing officials' trips abroad",
        E::Secondary,
    ));
    let src = "https://www.vietnamplus.vn/da-nang-cong-chuc-khong-tham-gia-cac-doan-di-nuoc-ngoai-do-doanh-nghiep-to-chuc-post1048812.vnp; https://thongtin.vietnam.vn/en/da-nang-gioi-han-can-bo-di-cong-tac-nuoc-ngoai-khong-qua-2-lan-nam; https://www.sggp.org.vn/da-nang-gioi-han-can-bo-di-cong-toc-nuoc-ngoai-khong-qua-2-lannam-post803224.html (as quoted by vietnam.vn, re-read with the search tool: two key leaders of one body never in one delegation)";
    let r = |id: &str, topic: &str, c: Condition, vi: &str, en: &str| {
        Rule::draft(id, A::OutboundDelegation, topic, cap(c))
            .from(2025, 7, 9)
            .on(&ST)
            .cite(C::instrument(CV))
            .grade(E::Secondary)
            .note(src)
            .say(vi, en)
    };
    l.push(r("da_nang.outbound_delegation.condition.trips_per_person_per_year", "trips_per_person_per_year", Condition::MaxTripsPerPersonPerYear { max: 2 }, "Mỗi cán bộ đi công tác nước ngoài không quá 2 lần/năm (trừ trường hợp thật cần thiết, tháp tùng cấp trên).", "Each official at most 2 trips abroad a year (exceptions: necessity, accompanying superiors)."));
    l.push(r("da_nang.outbound_delegation.condition.size_provincial_head", "size_provincial_head", Condition::MaxDelegationSize { head: H::ProvincialHead, max: 10 }, "Đoàn do người đứng đầu Thành ủy, HĐND, UBND thành phố dẫn đầu không quá 10 người.", "A delegation led by the head of the city party committee, Council or People's Committee has at most 10 members."));
    l.push(r(
        "da_nang.outbound_delegation.condition.size_provincial_deputy",
        "size_provincial_deputy",
        Condition::MaxDelegationSize {
            head: H::ProvincialDeputy,
            max: 7,
        },
        "Đoàn do cấp phó dẫn đầu không quá 7 người.",
        "A delegation led by a deputy head has at most 7 members.",
    ));
    l.push(r(
        "da_nang.outbound_delegation.condition.size_department_level",
        "size_department_level",
        Condition::MaxDelegationSize {
            head: H::DepartmentLevel,
            max: 5,
        },
        "Đoàn liên ngành do cấp sở, cấp xã dẫn đầu không quá 5 người.",
        "An inter-sector delegation led at department or commune level has at most 5 members.",
    ));
    l.push(r(
        "da_nang.outbound_delegation.condition.days_per_country",
        "days_per_country",
        Condition::MaxDaysPerCountry {
            max: 3,
            major_event_max: Some(5),
        },
        "Không quá 3 ngày mỗi nước (tối đa 5 ngày với sự kiện lớn).",
        "At most 3 days per country (5 for major events).",
    ));
    l.push(r(
        "da_nang.outbound_delegation.condition.countries_per_trip",
        "countries_per_trip",
        Condition::MaxCountriesPerTrip { max: 3 },
        "Không quá 3 nước mỗi chuyến, ưu tiên các nước gần nhau.",
        "At most 3 countries per trip, neighbouring countries preferred.",
    ));
    l.push(r(
        "da_nang.outbound_delegation.condition.enterprise_funded",
        "enterprise_funded",
        Condition::NoEnterpriseFunded,
        "Không tham gia đoàn do doanh nghiệp tổ chức, tài trợ hoặc mời đích danh.",
        "No delegations organised, funded or invited by name by an enterprise.",
    ));
    l.push(r(
        "da_nang.outbound_delegation.condition.two_key_leaders",
        "two_key_leaders",
        Condition::NoTwoKeyLeadersTogether,
        "Không cử hai lãnh đạo chủ chốt trong cùng một đoàn.",
        "Never two key leaders in one delegation.",
    ));
    l
}

pub(super) fn ho_chi_minh_2018() -> Layer {
    const QD: &str = "2018-sn/UBND-Hồ Chí Minh";
    let mut l = Layer::new(
        t("63:79"),
        S::UbndRegulation,
        "2018.05.07",
        "TP Hồ Chí Minh: quy định quản lý cán bộ đi nước ngoài (hiệu lực 07/05/2018)",
        "Ho Chi Minh City: regulation on officials abroad (in force 07/05/2018)",
    );
    l.instruments.push(ins(
        QD,
        K::Decision,
        "UBND TP Hồ Chí Minh",
        None,
        d(2018, 5, 7),
        None,
        "Quy định quản lý cán bộ, công chức, viên chức đi nước ngoài (số không rõ)",
        "Regulation on officials travelling abroad (number not read)",
        E::Secondary,
    ));
    let src = "http://baophapluat.vn/sai-gon-24h/tu-75-can-bo-tp-hcm-bi-ky-luat-khong-duoc-di-cong-tac-nuoc-ngoai-391441.html; https://e.vnexpress.net/news/news/hcmc-tightens-control-of-overseas-travel-for-officials-3743827.html";
    let r = |id: &str, topic: &str, c: Condition, vi: &str, en: &str| {
        Rule::draft(id, A::OutboundDelegation, topic, cap(c))
            .from(2018, 5, 7)
            .on(&ST)
            .cite(C::instrument(QD))
            .grade(E::Secondary)
            .note(src)
            .say(vi, en)
    };
    l.push(r(
        "hcm.outbound_delegation.condition.sanction",
        "sanction",
        Condition::NoSanctionAtLeast {
            level: Sanction::Reprimand,
        },
        "Không cử đi công tác nước ngoài người đang chịu kỷ luật từ khiển trách trở lên.",
        "No official trip for staff serving a sanction of reprimand or higher.",
    ));
    l.push(r(
        "hcm.outbound_delegation.condition.trips_per_person_per_year",
        "trips_per_person_per_year",
        Condition::MaxTripsPerPersonPerYear { max: 2 },
        "Không quá 2 chuyến công tác/năm (trường hợp khác do Chủ tịch UBND quyết định).",
        "At most 2 official trips a year (more only with the Chairman).",
    ));
    l.push(r(
        "hcm.outbound_delegation.condition.two_key_leaders",
        "two_key_leaders",
        Condition::NoTwoKeyLeadersTogether,
        "Không cử hai lãnh đạo chủ chốt của một cơ quan trong cùng đoàn.",
        "Never two key leaders of one body in one delegation.",
    ));
    l.push(r("hcm.outbound_delegation.condition.leader_trip_length", "leader_trip_length", Condition::MaxTripLength { max: P::WorkingDays(10) }, "Lãnh đạo thuộc diện Thành ủy, UBND quản lý đi không quá 10 ngày làm việc mỗi chuyến (trừ đào tạo).", "Leaders managed by the city go at most 10 working days per trip (training excepted).").when(W::all_of(&[At::LeaderTravels])));
    l
}

pub(super) fn ha_noi() -> Layer {
    const QC: &str = "2014-sn/UBND-Hà Nội";
    const TTHC: &str = "2025-sn/TTHC-Hà Nội";
    let mut l = Layer::new(t("63:01"), S::UbndRegulation, "2014.12.29", "Hà Nội: kế hoạch thực hiện Chỉ thị 38-CT/TW (ban hành 29/12, khoảng 2014) và thủ tục xuất cảnh công vụ", "Hanoi: plan implementing Chỉ thị 38-CT/TW (issued 29 Dec, ~2014) and the official-exit procedure");
    l.instruments.push(ins(
        QC,
        K::Plan,
        "UBND TP Hà Nội",
        None,
        d(2014, 12, 29),
        None,
        "Kế hoạch thực hiện Chỉ thị 38-CT/TW về tăng cường quản lý các đoàn đi công tác nước ngoài (ban hành 29/12; số, năm không rõ)",
        "Plan implementing Chỉ thị 38-CT/TW on delegations abroad (issued 29 Dec; number and year not read)",
        E::Secondary,
    ));
    l.instruments.push(ins(
        TTHC,
        K::Notice,
        "UBND TP Hà Nội",
        None,
        d(2014, 12, 29),
        None,
        "Thủ tục xuất cảnh công vụ của cán bộ các đơn vị thuộc thành phố (trang không ghi ngày)",
        "Official-exit procedure for city staff (undated page)",
        E::ProcedurePage,
    ));
    // Verified with the search tool (pages corpus): fica.vn / Tiền Phong ("Ngày 29/12, UBND thành
    // phố Hà Nội đã ban hành kế hoạch thực hiện Chỉ thị của Bộ Chính trị …") and viettimes.vn
    // (signed by Vice-Chair Nguyễn Thị Bích Ngọc; head of delegation reports within 10 days).
    let src = "https://thoibaotaichinhvietnam.vn/ha-noi-lanh-dao-khong-di-cong-tac-nuoc-ngoai-qua-2-lannam-87052.html; https://fica.vn/thoi-su/vi-mo/lanh-dao-thanh-pho-khong-di-nuoc-ngoai-do-doanh-nghiep-dai-tho--24889.html; https://viettimes.vn/ha-noi-cam-can-bo-di-nuoc-ngoai-do-doanh-nghiep-moi-post999.html — a plan implementing Chỉ thị 38-CT/TW (21/07/2014), so issued on 29 December 2014 at the earliest: that is `from`";
    let r = |id: &str, topic: &str, c: Condition, vi: &str, en: &str| {
        Rule::draft(id, A::OutboundDelegation, topic, cap(c))
            .from(2014, 12, 29)
            .on(&ST)
            .cite(C::instrument(QC))
            .grade(E::Secondary)
            .note(src)
            .say(vi, en)
    };
    l.push(r(
        "ha_noi.outbound_delegation.condition.leader_trips_per_year",
        "leader_trips_per_year",
        Condition::MaxLeaderTripsPerYear { max: 2 },
        "Lãnh đạo thành phố không đi nước ngoài quá 2 lần/năm.",
        "City leaders at most 2 trips abroad a year.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.size",
        "size",
        Condition::MaxDelegationSize {
            head: H::Any,
            max: 10,
        },
        "Đoàn không quá 10 người.",
        "At most 10 members per delegation.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.trip_length",
        "trip_length",
        Condition::MaxTripLength {
            max: P::CalendarDays(10),
        },
        "Mỗi đoàn không quá 10 ngày.",
        "At most 10 days per delegation.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.countries_per_trip",
        "countries_per_trip",
        Condition::MaxCountriesPerTrip { max: 3 },
        "Không quá 3 nước mỗi chuyến.",
        "At most 3 countries per trip.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.two_key_leaders",
        "two_key_leaders",
        Condition::NoTwoKeyLeadersTogether,
        "Không cử hai lãnh đạo chủ chốt trong cùng đoàn.",
        "Never two key leaders in one delegation.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.enterprise_funded",
        "enterprise_funded",
        Condition::NoEnterpriseFunded,
        "Không đi theo đoàn do doanh nghiệp chi trả.",
        "No enterprise-paid trips.",
    ));
    l.push(r(
        "ha_noi.outbound_delegation.condition.annual_plan",
        "annual_plan",
        Condition::InAnnualPlan,
        "Đoàn ngoài kế hoạch năm phải được cấp có thẩm quyền phê duyệt riêng.",
        "Trips outside the annual plan need separate approval.",
    ));
    l.push(
        Rule::draft(
            "ha_noi.outbound_delegation.obligation.result_report",
            A::OutboundDelegation,
            "result_report",
            Some(Obligation {
                report: ReportKind::ResultReport,
                owed_by: R::HeadOfDelegation,
                to: vec![R::ProvincialChairman],
                due: Due::After {
                    anchor: Anchor::End,
                    within: P::CalendarDays(10),
                },
            }),
        )
        .from(2014, 12, 29)
        .on(&ST)
        .cite(C::instrument(QC))
        .grade(E::Secondary)
        .note(src)
        .say(
            "Trong vòng 10 ngày sau khi kết thúc chuyến công tác, trưởng đoàn báo cáo kết quả.",
            "The head of delegation reports results within 10 days after the trip.",
        ),
    );
    l.push(Rule::<Obligation>::draft("ha_noi.outbound_delegation.obligation.semiannual_report", A::OutboundDelegation, "semiannual_report", None).from(2014, 12, 29).on(&ST).cite(C::instrument(QC)).grade(E::Secondary).note(src)
        .say("Các cơ quan báo cáo tình hình đi nước ngoài 6 tháng và hằng năm; ngày nộp không được nêu.", "Agencies report trips abroad 6-monthly and annually; no dates are given."));
    l.push(Rule::draft("ha_noi.outbound_delegation.processing.total", A::OutboundDelegation, "decision", proc(R::ProvincialChairman, Step::Total, P::WorkingDays(6))).from(2014, 12, 29).on(&ST).cite(C::instrument(TTHC)).grade(E::ProcedurePage)
        .note("https://vanban.hanoi.gov.vn/none-header-footer/-/dich-vu-cong/VYpSQfMaK4MI/2743223.html — undated page; lower bound as the city regulation")
        .say("Xuất cảnh công vụ: 6 ngày làm việc (Sở Ngoại vụ tiếp nhận 1, thẩm định trình 2, UBND ban hành 2, trả kết quả 1).", "Official exit: 6 working days (intake 1, review 2, city decision 2, return 1)."));
    l.push(Rule::draft("ha_noi.outbound_delegation.condition.party_notice", A::OutboundDelegation, "party_opinion", cap(Condition::OpinionRequired { of: R::ProvincialPartyCommittee })).from(2014, 12, 29).on(&ST).when(W::all_of(&[At::ManagedByPartyBoard])).cite(C::instrument(TTHC)).grade(E::ProcedurePage)
        .say("Cán bộ diện Ban Thường vụ Thành ủy quản lý: hồ sơ có thông báo của Ban Tổ chức Thành ủy.", "Cadres managed by the city party standing board: the file carries a notice of the city party Organisation Commission."));
    l
}

pub(super) fn quang_nam() -> Layer {
    const QC: &str = "2024-sn/TU-Quảng Nam";
    let mut l = Layer::new(t("63:49"), S::PartyRegulation, "2024.10.15", "Quảng Nam: Quy chế số 27 (28/06/2024) và Quyết định số 1643 (15/10/2024) của Ban Thường vụ Tỉnh ủy", "Quang Nam: party standing board regulation 27 (28/06/2024) and decision 1643 (15/10/2024)");
    l.instruments.push(ins(QC, K::PartyRegulation, "Ban Thường vụ Tỉnh ủy Quảng Nam", Some(d(2024, 10, 15)), d(2024, 10, 15), None, "Quy chế số 27 và Quyết định số 1643 về quản lý thống nhất hoạt động đối ngoại (ký hiệu đầy đủ không rõ)", "Regulation 27 and Decision 1643 on unified management of external affairs (full symbols not read)", E::Secondary));
    let src = "https://vietnam.vn/quangnam/quang-nam-tang-cuong-quan-ly-nha-nuoc-trong-trien-khai-cac-hoat-dong-doi-ngoai";
    let r = |id: &str, topic: &str, c: Condition, vi: &str, en: &str| {
        Rule::draft(id, A::OutboundDelegation, topic, cap(c))
            .from(2024, 10, 15)
            .on(&ALL)
            .cite(C::instrument(QC))
            .grade(E::Secondary)
            .note(src)
            .say(vi, en)
    };
    l.push(r(
        "quang_nam.outbound_delegation.condition.out_of_plan_per_year",
        "out_of_plan_per_year",
        Condition::MaxOutOfPlanPerYear { max: 2 },
        "Không quá 2 đoàn ngoài kế hoạch mỗi năm, chỉ cho lời mời mới thật cần thiết.",
        "At most 2 out-of-plan delegations a year, only for genuinely necessary new invitations.",
    ));
    l.push(r(
        "quang_nam.outbound_delegation.condition.leader_trips_per_year",
        "leader_trips_per_year",
        Condition::MaxLeaderTripsPerYear { max: 2 },
        "Lãnh đạo chủ chốt không quá 2 chuyến/năm.",
        "Key leaders at most 2 trips a year.",
    ));
    l.push(r(
        "quang_nam.outbound_delegation.condition.two_key_leaders",
        "two_key_leaders",
        Condition::NoTwoKeyLeadersTogether,
        "Không cử từ 2 lãnh đạo chủ chốt trở lên trong một đoàn.",
        "Never two or more key leaders in one delegation.",
    ));
    l
}

pub(super) fn binh_duong() -> Layer {
    const CV: &str = "2017-sn/UBND-Bình Dương";
    const UQ: &str = "2024-sn/UBND-Bình Dương";
    let mut l = Layer::new(t("63:74"), S::UbndRegulation, "2024.11.30", "Bình Dương: công văn của Chủ tịch UBND (2017) về đoàn ra; ủy quyền cho phép hội nghị quốc tế (11/2024)", "Binh Duong: Chairman's letters (2017) on delegations; delegation of conference permission (11/2024)");
    l.instruments.push(ins(
        CV,
        K::OfficialLetter,
        "Chủ tịch UBND tỉnh Bình Dương",
        None,
        d(2017, 3, 1),
        None,
        "Công văn về quản lý cán bộ đi nước ngoài (số không rõ, đưa tin 03/2017)",
        "Letter on officials abroad (number not read, reported March 2017)",
        E::Secondary,
    ));
    l.instruments.push(ins(UQ, K::Decision, "UBND tỉnh Bình Dương", None, d(2024, 11, 30), None, "Quyết định ủy quyền Giám đốc Sở Ngoại vụ cho phép tổ chức hội nghị, hội thảo quốc tế (số không rõ)", "Decision delegating conference permission to the Director of Foreign Affairs (number not read)", E::Secondary));
    let src = "http://plo.vn/thoi-su/cam-can-bo-xuat-ngoai-do-doanh-nghiep-dai-tho-685913.html; http://m.btv.org.vn/tin-tuc/tang-cuong-cong-tac-quan-ly-can-bo-cong-chuc-vien-chuc-di-nuoc-ngoai-3568.html — reported March 2017; `from` is the report month";
    let r = |id: &str, topic: &str, c: Condition, vi: &str, en: &str| {
        Rule::draft(id, A::OutboundDelegation, topic, cap(c))
            .from(2017, 3, 1)
            .on(&ST)
            .cite(C::instrument(CV))
            .grade(E::Secondary)
            .note(src)
            .say(vi, en)
    };
    l.push(r(
        "binh_duong.outbound_delegation.condition.size",
        "size",
        Condition::MaxDelegationSize {
            head: H::Any,
            max: 10,
        },
        "Mỗi đoàn không quá 10 người.",
        "At most 10 members per delegation.",
    ));
    l.push(r(
        "binh_duong.outbound_delegation.condition.trips_per_person_per_year",
        "trips_per_person_per_year",
        Condition::MaxTripsPerPersonPerYear { max: 2 },
        "Mỗi người không quá 2 chuyến/năm.",
        "At most 2 trips per person a year.",
    ));
    l.push(r(
        "binh_duong.outbound_delegation.condition.two_key_leaders",
        "two_key_leaders",
        Condition::NoTwoKeyLeadersTogether,
        "Không cử 2 lãnh đạo chủ chốt của một cơ quan trong cùng đoàn.",
        "Never two key leaders of one body in one delegation.",
    ));
    l.push(r(
        "binh_duong.outbound_delegation.condition.enterprise_funded",
        "enterprise_funded",
        Condition::NoEnterpriseFunded,
        "Không đi nước ngoài do doanh nghiệp tài trợ.",
        "No enterprise-funded trips.",
    ));
    l.push(
        Rule::draft(
            "binh_duong.outbound_delegation.obligation.result_report",
            A::OutboundDelegation,
            "result_report",
            Some(Obligation {
                report: ReportKind::ResultReport,
                owed_by: R::HeadOfDelegation,
                to: vec![R::ProvincialChairman],
                due: Due::After {
                    anchor: Anchor::End,
                    within: P::WorkingDays(7),
                },
            }),
        )
        .from(2017, 3, 1)
        .on(&ST)
        .cite(C::instrument(CV))
        .grade(E::Secondary)
        .note(src)
        .say(
            "Báo cáo kết quả chuyến đi trong 7 ngày làm việc sau khi về.",
            "Report on the trip within 7 working days after it ends.",
        ),
    );
    l.push(Rule::draft("binh_duong.conference.authority.provincial_tier", A::Conference, "provincial_tier", Some(Authority::new(R::ProvincialChairman).delegated(Delegation {
            to: R::FaAgencyHead,
            scope_vi: "quản lý và quyết định cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền Chủ tịch UBND tỉnh (khoản 2 Điều 3 QĐ 06/2020)".to_string(),
            scope_en: "managing and permitting international conferences within the Chairman's power (QĐ 06/2020 Art. 3(2))".to_string(),
            except: AttrSet::of(&[At::ChairedByProvince]),
            in_writing: true,
        })))
        .from(2024, 11, 30).on(&ST).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::instrument(UQ)).cite(C::article("06/2020/QĐ-TTg", 3).clause(2)).grade(E::Secondary)
        .note("https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/11/157-uy-quyen-giam-doc-so-ngoai-vu-quan-ly-va-quyet-dinh-viec-cho-phep-to-chuc-hoi-nghi-hoi-thao-quoc-t — published November 2024; `from` is the month's end")
        .say("Ủy quyền Giám đốc Sở Ngoại vụ cho phép hội nghị quốc tế, trừ hội nghị do UBND, HĐND tỉnh chủ trì, đồng chủ trì, phối hợp tổ chức.", "The Director of Foreign Affairs permits international conferences under delegation, except those the People's Committee or Council chairs, co-chairs or co-organises."));
    l.instruments.push(ins(
        "2023-sn/TTHC-Bình Dương",
        K::Notice,
        "Sở Ngoại vụ Bình Dương",
        Some(d(2023, 11, 23)),
        d(2023, 11, 23),
        None,
        "Thủ tục số 5: cho phép tổ chức, cá nhân nước ngoài vào làm việc",
        "Procedure no. 5: permission for foreign organisations to work with local bodies",
        E::ProcedurePage,
    ));
    l.push(Rule::<Consultation>::draft("binh_duong.inbound_delegation.consultation.police", A::InboundDelegation, "police", None)
        .from(2023, 11, 23).on(&ST).cite(C::instrument("2023-sn/TTHC-Bình Dương").part("TTHC số 5")).grade(E::ProcedurePage)
        .note("https://songoaivu.binhduong.gov.vn/Lists/Hng%20dn%20TTHC/DispForm.aspx?ID=18 (posted 23/11/2023)")
        .say("Đoàn vào: hồ sơ gửi UBND qua Sở Ngoại vụ, đồng gửi Công an tỉnh; Sở có thể lấy ý kiến Công an; thời hạn không nêu.", "Inbound: file to the People's Committee through the FA department, copy to the provincial police, who may be consulted; no period given."));
    l
}
