//! Provinces whose figures come from administrative-procedure pages (processing times, lead times, delegated deciders).

use super::*;

pub(super) fn bac_giang() -> Layer {
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

pub(super) fn dak_nong() -> Layer {
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

pub(super) fn dong_nai() -> Layer {
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

pub(super) fn cao_bang() -> Layer {
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
            "cao_bang.outbound_delegation.processing.ppc_step",
            A::OutboundDelegation,
            "ppc_step",
            proc(R::ProvincialChairman, Step::Decision, P::CalendarDays(4)),
        )
        .from(2014, 6, 25)
        .on(&ST)
        .cite(C::instrument(QD).part("thủ tục hành chính"))
        .grade(E::ProcedurePage)
        .note(src)
        .say(
            "UBND tỉnh giải quyết trong 4 ngày (sau khi Sở Ngoại vụ trình).",
            "The People's Committee decides within 4 days (after the FA department's submission).",
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

pub(super) fn hue() -> Layer {
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

pub(super) fn binh_phuoc() -> Layer {
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

pub(super) fn dak_lak() -> Layer {
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

pub(super) fn kon_tum() -> Layer {
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

pub(super) fn lai_chau() -> Layer {
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

pub(super) fn binh_dinh() -> Layer {
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
