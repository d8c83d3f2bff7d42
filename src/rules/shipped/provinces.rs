//! Provincial layers: every province of `domain/README.md` §5 and the two reports
//! (`state-procedures.md` §2.3, `provincial-bodies.md` §2–§3, `party-framework.md` §8.2).
//!
//! Each layer is tied to the jurisdiction that issued it: a unit of the 63-unit set (until
//! 30/06/2025) or of the 34-unit set (from 01/07/2025). Undated sources get a stated lower
//! bound for `from`, explained in the rule's `note`. Instruments whose number is not shown are
//! cited as `<year>-sn/<issuer>` (see the module docs).

use crate::law::{Citation as C, Evidence as E, InstrumentKind as K};
use crate::org::Channel;

use super::super::families::*;
use super::super::{
    d, ActivityKind as A, Anchor, Applicability as W, AttrSet, Attribute as At, HeadRank as H,
    Layer, Period as P, Role as R, Rule, RuleSource as S, Sanction, Step, Territory as T,
};
use super::ins;

const ST: [Channel; 1] = [Channel::State];
const ALL: [Channel; 3] = [Channel::Party, Channel::State, Channel::People];
const LB67: &str = "undated source; `from` is a lower bound: QĐ 67/2011/QĐ-TTg, which provincial procedures implement, in force 01/02/2012";

fn cap(c: Condition) -> Option<Condition> {
    Some(c)
}
fn proc(by: R, step: Step, within: P) -> Option<Processing> {
    Some(Processing {
        by,
        step,
        within,
        from: Anchor::CompleteDossier,
    })
}

pub(crate) fn layers() -> Vec<Layer> {
    vec![
        da_nang(),
        ho_chi_minh_2018(),
        ha_noi(),
        quang_nam(),
        binh_duong(),
        bac_giang(),
        dak_nong(),
        dong_nai(),
        cao_bang(),
        hue(),
        binh_phuoc(),
        dak_lak(),
        quang_ngai(),
        kon_tum(),
        khanh_hoa(),
        lai_chau(),
        binh_dinh(),
        quang_binh(),
        dong_thap(),
    ]
}

fn t(s: &str) -> T {
    s.parse().unwrap_or(T::National)
}

fn da_nang() -> Layer {
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
    let src = "https://www.vietnamplus.vn/da-nang-cong-chuc-khong-tham-gia-cac-doan-di-nuoc-ngoai-do-doanh-nghiep-to-chuc-post1048812.vnp; https://thongtin.vietnam.vn/en/da-nang-gioi-han-can-bo-di-cong-tac-nuoc-ngoai-khong-qua-2-lan-nam";
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

fn ho_chi_minh_2018() -> Layer {
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

fn ha_noi() -> Layer {
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

fn quang_nam() -> Layer {
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

fn binh_duong() -> Layer {
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

fn bac_giang() -> Layer {
    const QC: &str = "509/2013/QĐ-UBND";
    let mut l = Layer::new(
        t("63:24"),
        S::Procedure,
        "2013.09.19",
        "Bắc Giang: thủ tục của Sở Ngoại vụ theo Quy chế 509/2013/QĐ-UBND",
        "Bac Giang: FA department procedures under regulation 509/2013/QĐ-UBND",
    );
    l.instruments.push(ins(
        QC,
        K::Decision,
        "UBND tỉnh Bắc Giang",
        Some(d(2013, 9, 19)),
        d(2013, 9, 19),
        None,
        "Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Bắc Giang",
        "Regulation on unified management of external affairs in Bac Giang",
        E::Text,
    ));
    let out = "http://songoaivu.bacgiang.gov.vn/vi/th%E1%BB%A7-t%E1%BB%A5c-c%E1%BB%AD-cho-ph%C3%A9p-%C4%91i-n%C6%B0%E1%BB%9Bc-ngo%C3%A0i-%C4%91%E1%BB%91i-v%E1%BB%9Bi-c%C3%A1n-b%E1%BB%99-c%C3%B4ng-ch%E1%BB%A9c-vi%C3%AAn-ch%E1%BB%A9c-kh%C3%B4ng-thu%E1%BB%99c-di%E1%BB%87n-btv-t%E1%BB%89nh-%E1%BB%A7y — undated page; `from` is the regulation's signing";
    let w = W {
        all: AttrSet::of(&[At::NotStateFunded]),
        none: AttrSet::of(&[At::ManagedByPartyBoard]),
        ..W::ALWAYS
    };
    l.push(Rule::draft("bac_giang.outbound_delegation.processing.appraisal", A::OutboundDelegation, "appraisal", proc(R::FaAgency, Step::Appraisal, P::WorkingDays(3)))
        .from(2013, 9, 19).on(&ST).when(w).cite(C::instrument(QC).part("thủ tục hành chính")).grade(E::ProcedurePage).note(out)
        .say("Cán bộ không thuộc diện Ban Thường vụ Tỉnh ủy quản lý, đi bằng kinh phí ngoài ngân sách hoặc việc riêng: Sở Ngoại vụ thẩm định trong 3 ngày làm việc.", "Staff not managed by the party standing board, travelling on non-state funds or privately: the FA department appraises within 3 working days."));
    l.push(
        Rule::draft(
            "bac_giang.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            proc(R::ProvincialChairman, Step::Decision, P::WorkingDays(3)),
        )
        .from(2013, 9, 19)
        .on(&ST)
        .when(w)
        .cite(C::instrument(QC).part("thủ tục hành chính"))
        .grade(E::ProcedurePage)
        .note(out)
        .say(
            "Chủ tịch UBND tỉnh quyết định trong 3 ngày làm việc.",
            "The Chairman decides within 3 working days.",
        ),
    );
    l.push(Rule::draft("bac_giang.inbound_delegation.lead_time.reception", A::InboundDelegation, "reception", Some(LeadTime { before: P::WorkingDays(5), anchor: Anchor::Start, filed_with: R::FaAgency }))
        .from(2013, 9, 19).on(&ST).when(W::all_of(&[At::ReceivedByChairman])).cite(C::instrument(QC).part("quy trình đón tiếp đoàn vào")).grade(E::ProcedurePage)
        .note("https://songoaivu.bacgiang.gov.vn/vi/quy-tr%C3%ACnh-%C4%91%C3%B3n-ti%E1%BA%BFp-v%C3%A0-qu%E1%BA%A3n-l%C3%BD-c%C3%A1c-%C4%91o%C3%A0n-kh%C3%A1ch-n%C6%B0%E1%BB%9Bc-ngo%C3%A0i-%C4%91%E1%BA%BFn-l%C3%A0m-vi%E1%BB%87c-t%E1%BA%A1i-t%E1%BB%89nh-%C4%91o%C3%A0n-v%C3%A0o — undated page")
        .say("Đề nghị Chủ tịch, Phó Chủ tịch UBND tỉnh tiếp khách nước ngoài gửi Sở Ngoại vụ ít nhất 5 ngày làm việc trước buổi tiếp.", "A request for the Chairman or a Vice-Chairman to receive foreign partners reaches the FA department at least 5 working days before."));
    l
}

fn dak_nong() -> Layer {
    const TT: &str = "2012-sn/TTHC-Đắk Nông";
    let mut l = Layer::new(
        t("63:67"),
        S::Procedure,
        "2012.07.31",
        "Đắk Nông: thủ tục cử cán bộ đi công tác nước ngoài (đăng 31/07/2012)",
        "Dak Nong: procedure for sending officials abroad (posted 31/07/2012)",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "Sở Ngoại vụ Đắk Nông",
        Some(d(2012, 7, 31)),
        d(2012, 7, 31),
        None,
        "Thủ tục cử cán bộ, công chức, viên chức của tỉnh đi công tác nước ngoài",
        "Procedure for sending provincial officials abroad",
        E::ProcedurePage,
    ));
    l.push(Rule::draft("dak_nong.outbound_delegation.lead_time.request", A::OutboundDelegation, "request", Some(LeadTime { before: P::WorkingDays(10), anchor: Anchor::Start, filed_with: R::FaAgency }))
        .from(2012, 7, 31).on(&ST).cite(C::instrument(TT)).grade(E::ProcedurePage)
        .note("http://sngv.daknong.gov.vn/xemtintuc-1-63-51-Thu-tuc-cu-can-bo-cong-chuc-vien-chuc-cua-tinh-di-cong-tac-nuoc-ngoai.sngv")
        .say("Hồ sơ đề nghị gửi Sở Ngoại vụ thẩm định ít nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh.", "The request reaches the FA department at least 10 working days before the planned departure."));
    l
}

fn dong_nai() -> Layer {
    const QC: &str = "66/2013/QĐ-UBND";
    let mut l = Layer::new(
        t("63:75"),
        S::Procedure,
        "2013.11.01",
        "Đồng Nai: thủ tục đoàn ra của Sở Ngoại vụ (Quy chế 66/2013/QĐ-UBND)",
        "Dong Nai: outbound procedure of the FA department (regulation 66/2013/QĐ-UBND)",
    );
    l.instruments.push(ins(QC, K::Decision, "UBND tỉnh Đồng Nai", Some(d(2013, 10, 22)), d(2013, 11, 1), None, "Quy chế thống nhất quản lý, tổ chức thực hiện hoạt động đối ngoại trên địa bàn tỉnh Đồng Nai", "Regulation on external affairs in Dong Nai", E::Text));
    let src = "http://www1.dongnai.gov.vn/portaldn/en/Pages/glp-glptt-ThuTucHanhChinhCap2-glpid-1416-glpsite-3.html — undated page (pre-2025); `from` is the regulation's entry into force (10 days after 22/10/2013)";
    l.push(
        Rule::draft(
            "dong_nai.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            proc(R::ProvincialChairman, Step::Total, P::WorkingDays(7)),
        )
        .from(2013, 11, 1)
        .on(&ST)
        .cite(C::instrument(QC).part("thủ tục hành chính"))
        .grade(E::ProcedurePage)
        .note(src)
        .say(
            "Giải quyết đoàn ra trong 7 ngày làm việc kể từ khi nhận đủ hồ sơ.",
            "Outbound approval within 7 working days of a complete dossier.",
        ),
    );
    l.push(Rule::draft("dong_nai.outbound_delegation.condition.party_opinion", A::OutboundDelegation, "party_opinion", cap(Condition::OpinionRequired { of: R::ProvincialPartyStanding }))
        .from(2013, 11, 1).on(&ST).when(W::all_of(&[At::ManagedByPartyBoard])).cite(C::instrument(QC).part("thủ tục hành chính")).grade(E::Secondary)
        .note("http://www.tuvangiayphep.com/doan-ra-nuoc-ngoai-doi-voi-doi-tuong-do-tinh-uy-quan-ly/")
        .say("Cán bộ diện Tỉnh ủy quản lý (lãnh đạo sở, chủ tịch huyện, tỉnh ủy viên): hồ sơ có ý kiến của Thường trực Tỉnh ủy.", "Cadres managed by the party committee (department leaders, district chairs, committee members): the file carries the party standing committee's opinion."));
    l
}

fn cao_bang() -> Layer {
    const QD: &str = "863/QĐ-UBND";
    let mut l = Layer::new(
        t("63:04"),
        S::Procedure,
        "2014.06.25",
        "Cao Bằng: thủ tục cho phép đoàn ra (Quyết định 863/QĐ-UBND ngày 25/06/2014)",
        "Cao Bang: outbound permission procedure (decision 863/QĐ-UBND of 25/06/2014)",
    );
    l.instruments.push(ins(QD, K::Decision, "UBND tỉnh Cao Bằng", Some(d(2014, 6, 25)), d(2014, 6, 25), None, "Quy định cụ thể thực hiện Quy chế quản lý thống nhất hoạt động đối ngoại trên địa bàn tỉnh Cao Bằng", "Detailed rules implementing the external-affairs regulation of Cao Bang", E::Text));
    let src = "http://www.caobang.gov.vn/content/th%E1%BB%A7-t%E1%BB%A5c-cho-ph%C3%A9p-%C4%91o%C3%A0n-ra-thu%E1%BB%99c-th%E1%BA%A9m-quy%E1%BB%81n-gi%E1%BA%A3i-quy%E1%BA%BFt-c%E1%BB%A7a-ubnd-t%E1%BB%89nh-cao-b%E1%BA%B1ng — undated page; `from` is the decision's signing";
    l.push(
        Rule::draft(
            "cao_bang.outbound_delegation.processing.decision",
            A::OutboundDelegation,
            "decision",
            proc(R::ProvincialChairman, Step::Total, P::CalendarDays(14)),
        )
        .from(2014, 6, 25)
        .on(&ST)
        .cite(C::instrument(QD).part("thủ tục hành chính"))
        .grade(E::ProcedurePage)
        .note(src)
        .say(
            "Cho phép đoàn ra: 14 ngày (Sở Ngoại vụ 9, UBND tỉnh 4).",
            "Outbound permission: 14 days (FA department 9, People's Committee 4).",
        ),
    );
    l.push(
        Rule::draft(
            "cao_bang.outbound_delegation.processing.appraisal",
            A::OutboundDelegation,
            "appraisal",
            proc(R::FaAgency, Step::Appraisal, P::CalendarDays(9)),
        )
        .from(2014, 6, 25)
        .on(&ST)
        .cite(C::instrument(QD).part("thủ tục hành chính"))
        .grade(E::ProcedurePage)
        .note(src)
        .say(
            "Sở Ngoại vụ thẩm định trong 9 ngày.",
            "The FA department appraises within 9 days.",
        ),
    );
    l.push(Rule::draft("cao_bang.outbound_delegation.condition.party_opinion", A::OutboundDelegation, "party_opinion", cap(Condition::OpinionRequired { of: R::ProvincialPartyStanding }))
        .from(2014, 6, 25).on(&ST).when(W::all_of(&[At::ManagedByPartyBoard])).cite(C::instrument(QD).part("thủ tục hành chính")).grade(E::ProcedurePage).note(src)
        .say("Sở Ngoại vụ gửi thẩm định tới Thường trực Tỉnh ủy đối với cán bộ diện Tỉnh ủy quản lý.", "The FA department sends its appraisal to the party standing committee for cadres it manages."));
    l
}

fn hue() -> Layer {
    const TT: &str = "2012-sn/TTHC-Thừa Thiên Huế";
    let mut l = Layer::new(
        t("63:46"),
        S::Procedure,
        "2012.02.01",
        "Thừa Thiên Huế / Huế: thủ tục xuất cảnh của cán bộ, công chức, viên chức",
        "Thua Thien Hue / Hue: exit procedure for officials",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "UBND tỉnh Thừa Thiên Huế",
        None,
        d(2012, 2, 1),
        None,
        "Thủ tục xuất cảnh của CBCCVC (trang không ghi ngày)",
        "Officials' exit procedure (undated page)",
        E::ProcedurePage,
    ));
    let src = "https://dichvucong.thuathienhue.gov.vn/tthc/pid/957/ReqId/83dc927b — ";
    l.push(
        Rule::draft(
            "hue.outbound_delegation.processing.appraisal",
            A::OutboundDelegation,
            "appraisal",
            proc(R::FaAgency, Step::Appraisal, P::CalendarDays(3)),
        )
        .from(2012, 2, 1)
        .on(&ST)
        .cite(C::instrument(TT))
        .grade(E::ProcedurePage)
        .note(&format!("{src}{LB67}"))
        .say(
            "Sở Ngoại vụ giải quyết trong 3 ngày.",
            "The FA department handles it within 3 days.",
        ),
    );
    l.push(Rule::<Processing>::draft("hue.outbound_delegation.processing.decision", A::OutboundDelegation, "decision", None)
        .from(2012, 2, 1).on(&ST).cite(C::instrument(TT)).grade(E::ProcedurePage).note(&format!("{src}{LB67}"))
        .say("Tổng 6,5 ngày (UBND 3,5 ngày) nhưng cùng trang ghi UBND quyết định trong 4 ngày: nguồn mâu thuẫn, không mã hóa số liệu.", "Total 6.5 days (People's Committee 3.5) but the same page says 4 days for the Committee: the source is inconsistent; no figure encoded."));
    l
}

fn binh_phuoc() -> Layer {
    const TT: &str = "2012-sn/TTHC-Bình Phước";
    let mut l = Layer::new(
        t("63:70"),
        S::Procedure,
        "2012.02.01",
        "Bình Phước: thủ tục đi nước ngoài của CBCCVC thuộc thẩm quyền UBND tỉnh",
        "Binh Phuoc: procedure for officials abroad under the People's Committee",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "UBND tỉnh Bình Phước",
        None,
        d(2012, 2, 1),
        None,
        "Thủ tục đi công tác, học tập, du lịch nước ngoài của CBCCVC (trang không ghi ngày)",
        "Officials' trips abroad procedure (undated page)",
        E::ProcedurePage,
    ));
    let note =
        format!("http://dichvucong.binhphuoc.gov.vn/chi-tiet-thu-tuc?id=5516&unitId=1100 — {LB67}");
    l.push(Rule::draft("binh_phuoc.outbound_delegation.processing.decision", A::OutboundDelegation, "decision", proc(R::ProvincialChairman, Step::Total, P::WorkingDays(5)))
        .from(2012, 2, 1).on(&ST).cite(C::instrument(TT)).grade(E::ProcedurePage).note(&note)
        .say("Giải quyết trong 5 ngày làm việc; Sở Ngoại vụ chuyển hồ sơ cán bộ diện Tỉnh ủy tới Tỉnh ủy.", "Handled within 5 working days; the FA department routes files of party-managed cadres to the party committee."));
    l.push(
        Rule::draft(
            "binh_phuoc.outbound_delegation.condition.party_opinion",
            A::OutboundDelegation,
            "party_opinion",
            cap(Condition::OpinionRequired {
                of: R::ProvincialPartyCommittee,
            }),
        )
        .from(2012, 2, 1)
        .on(&ST)
        .when(W::all_of(&[At::ManagedByPartyBoard]))
        .cite(C::instrument(TT))
        .grade(E::ProcedurePage)
        .note(&note)
        .say(
            "Cán bộ thuộc thẩm quyền Tỉnh ủy: hồ sơ trình Tỉnh ủy.",
            "Cadres under the party committee's authority: the file goes to the party committee.",
        ),
    );
    l
}

fn dak_lak() -> Layer {
    const QC: &str = "13/2013/QĐ-UBND";
    let mut l = Layer::new(
        t("63:66"),
        S::Procedure,
        "2013.04.18",
        "Đắk Lắk: thủ tục NV-CPRD-01 (Quy chế quản lý đoàn ra 13/2013/QĐ-UBND)",
        "Dak Lak: procedure NV-CPRD-01 (outbound regulation 13/2013/QĐ-UBND)",
    );
    l.instruments.push(ins(
        QC,
        K::Decision,
        "UBND tỉnh Đắk Lắk",
        Some(d(2013, 4, 18)),
        d(2013, 4, 18),
        None,
        "Quy chế quản lý đoàn ra",
        "Regulation on delegations abroad",
        E::Secondary,
    ));
    l.push(Rule::draft("dak_lak.outbound_delegation.processing.decision", A::OutboundDelegation, "decision", proc(R::ProvincialChairman, Step::Total, P::WorkingDays(20)))
        .from(2013, 4, 18).on(&ST).cite(C::instrument(QC).part("thủ tục NV-CPRD-01")).grade(E::ProcedurePage)
        .note("http://motcua.daklak.gov.vn/trang-chu/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=18671 — undated page; `from` is the regulation's signing")
        .say("Chủ tịch UBND tỉnh quyết định cử đoàn ra trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ.", "The Chairman decides within 20 working days of a complete dossier."));
    l
}

fn quang_ngai() -> Layer {
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

fn kon_tum() -> Layer {
    const TT: &str = "2020-sn/TTHC-Kon Tum";
    let mut l = Layer::new(
        t("63:62"),
        S::Procedure,
        "2020.04.15",
        "Kon Tum: quy trình cho phép hội nghị, hội thảo quốc tế",
        "Kon Tum: workflow for permitting international conferences",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "Sở Ngoại vụ Kon Tum",
        None,
        d(2020, 4, 15),
        None,
        "Thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế (trang không ghi ngày)",
        "Conference permission procedure (undated page)",
        E::ProcedurePage,
    ));
    let src = "http://sngv.kontum.gov.vn/Th%E1%BB%A7-t%E1%BB%A5c-H%C3%A0nh-ch%C3%ADnh/H%E1%BB%99i-ngh%E1%BB%8B-H%E1%BB%99i-th%E1%BA%A3o-qu%E1%BB%91c-t%E1%BA%BF/ItemID/1278/View/Details.aspx — undated page; `from` is QĐ 06/2020's entry into force, which it implements";
    let pm = W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic]);
    let r = |id: &str, topic: &str, by: R, step: Step, n: u32, vi: &str, en: &str| {
        Rule::draft(id, A::Conference, topic, proc(by, step, P::WorkingDays(n)))
            .from(2020, 4, 15)
            .on(&ST)
            .when(pm)
            .cite(C::instrument(TT))
            .cite(C::article("06/2020/QĐ-TTg", 4))
            .grade(E::ProcedurePage)
            .note(src)
            .say(vi, en)
    };
    l.push(r(
        "kon_tum.conference.processing.provincial_tier",
        "provincial_tier",
        R::ProvincialChairman,
        Step::Total,
        20,
        "Cho phép hội nghị quốc tế cấp tỉnh: tổng 20 ngày làm việc.",
        "Provincial conference permission: 20 working days in total.",
    ));
    l.push(r(
        "kon_tum.conference.processing.appraisal",
        "appraisal",
        R::FaAgency,
        Step::Appraisal,
        7,
        "Sở Ngoại vụ thẩm định 7 ngày làm việc.",
        "The FA department appraises in 7 working days.",
    ));
    l.push(r(
        "kon_tum.conference.processing.signature",
        "signature",
        R::FaAgencyHead,
        Step::Signature,
        1,
        "Giám đốc Sở ký trình 1 ngày làm việc.",
        "The director signs the submission in 1 working day.",
    ));
    l.push(r(
        "kon_tum.conference.processing.decision",
        "decision",
        R::ProvincialChairman,
        Step::Decision,
        10,
        "UBND tỉnh quyết định 10 ngày làm việc.",
        "The People's Committee decides in 10 working days.",
    ));
    l.push(r(
        "kon_tum.conference.processing.notification",
        "notification",
        R::FaAgency,
        Step::Notification,
        2,
        "Thông báo kết quả 2 ngày làm việc.",
        "Notification in 2 working days.",
    ));
    l
}

fn khanh_hoa() -> Layer {
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

fn lai_chau() -> Layer {
    const TT: &str = "2019-sn/TTHC-Lai Châu";
    let mut l = Layer::new(
        t("63:12"),
        S::Procedure,
        "2019.11.12",
        "Lai Châu: thủ tục số 3 (đăng 12/11/2019) — Giám đốc Sở Ngoại vụ quyết định",
        "Lai Chau: procedure no. 3 (posted 12/11/2019) — Director of Foreign Affairs decides",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "UBND tỉnh Lai Châu",
        Some(d(2019, 11, 12)),
        d(2019, 11, 12),
        None,
        "Thủ tục cho phép đi nước ngoài của cán bộ không thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
        "Procedure for staff not managed by the party standing board",
        E::ProcedurePage,
    ));
    l.push(Rule::draft("lai_chau.outbound_delegation.authority.sender", A::OutboundDelegation, "sender", Some(Authority::new(R::ProvincialChairman).delegated(Delegation {
            to: R::FaAgencyHead,
            scope_vi: "cán bộ không thuộc diện Ban Thường vụ Tỉnh ủy trực tiếp quản lý, đoàn doanh nghiệp không dùng ngân sách, đi việc riêng".to_string(),
            scope_en: "staff not directly managed by the party standing board, enterprise delegations without state funds, private trips".to_string(),
            except: AttrSet::of(&[At::ManagedByPartyBoard]),
            in_writing: true,
        })))
        .from(2019, 11, 12).on(&ST).cite(C::instrument(TT)).grade(E::ProcedurePage)
        .note("https://vpubnd.laichau.gov.vn/detailNews.aspx?id=5636&lang=vi&Cate=94")
        .say("Giám đốc Sở Ngoại vụ quyết định (theo ủy quyền) cho cán bộ không thuộc diện Ban Thường vụ Tỉnh ủy quản lý.", "The Director of Foreign Affairs decides (by delegation) for staff not managed by the party standing board."));
    l
}

fn binh_dinh() -> Layer {
    const TT: &str = "2011-sn/TTHC-Bình Định";
    let mut l = Layer::new(
        t("63:52"),
        S::Procedure,
        "2011.01.15",
        "Bình Định: thủ tục hội nghị quốc tế thời QĐ 76/2010",
        "Binh Dinh: conference procedure under QĐ 76/2010",
    );
    l.instruments.push(ins(
        TT,
        K::Notice,
        "UBND tỉnh Bình Định",
        None,
        d(2011, 1, 15),
        Some(d(2020, 4, 14)),
        "Thủ tục cho phép hội nghị, hội thảo quốc tế (thời QĐ 76/2010)",
        "Conference permission procedure (QĐ 76/2010 era)",
        E::ProcedurePage,
    ));
    l.push(Rule::draft("binh_dinh.conference.lead_time.provincial_tier", A::Conference, "provincial_tier", Some(LeadTime { before: P::CalendarDays(20), anchor: Anchor::Start, filed_with: R::ProvincialChairman }))
        .from(2011, 1, 15).until(2020, 4, 14).on(&ST).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic])).cite(C::instrument(TT)).cite(C::instrument("76/2010/QĐ-TTg")).grade(E::ProcedurePage)
        .note("http://www.binhdinh.gov.vn/inetcloud/portal/main/page/gov/chitiettthc.ivt?intl=vi&form=51ae9be6c45a0d40025caaa8&firm=51ae99d2c45a0d40025ca9ba — `from` is QĐ 76/2010's entry into force; ends when QĐ 06/2020 replaced it")
        .say("Hồ sơ nộp ít nhất 20 ngày trước ngày tổ chức (thời QĐ 76/2010).", "File at least 20 days before the event (QĐ 76/2010 era)."));
    l
}

fn quang_binh() -> Layer {
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

fn dong_thap() -> Layer {
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
