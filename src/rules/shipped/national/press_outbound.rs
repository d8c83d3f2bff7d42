//! Foreign press (NĐ 88/2012/NĐ-CP, NĐ 262/2026/NĐ-CP), outbound delegations and passports (Luật 49/2019/QH14, TT 04/2020/TT-BNG, Chỉ thị 38-CT/TW) and the QĐ 67/2011/QĐ-TTg gaps.

use super::*;

pub(super) fn push(l: &mut Layer) {
    let st = [Channel::State];
    let all = [Channel::Party, Channel::State, Channel::People];
    // ── Foreign press: NĐ 88/2012 (to 30/06/2026), NĐ 262/2026 (from 01/07/2026, provisional) ──
    l.push(Rule::draft("vn.foreign_press_resident.authority.local_activity", A::ResidentPress, "local_activity", Some(Authority::new(R::ProvincialChairman)))
        .from(2012, 12, 20).until(2026, 6, 30).on(&st)
        .cite(C::article(ND88, 13).clause(3)).grade(E::Codification).note(PD)
        .say("Phóng viên thường trú hoạt động tại địa phương phải đề nghị UBND tỉnh (thông báo Bộ Ngoại giao) và chỉ hoạt động sau khi được đồng ý.",
             "A resident reporter working in a province asks the People's Committee (notifying MOFA) and works only after its approval."));
    l.push(Rule::draft("vn.foreign_press_resident.authority.local_activity.nd262", A::ResidentPress, "local_activity", Some(Authority::new(R::ProvincialChairman)))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 16)).grade(E::Provisional).note("https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-chi/262-2026-nd-cp.md (OCR)")
        .say("Phóng viên thường trú hoạt động tại địa phương phải đề nghị UBND tỉnh (thông báo Bộ Ngoại giao) và chỉ hoạt động sau khi được đồng ý.",
             "A resident reporter working in a province asks the People's Committee (notifying MOFA) and works only after its approval."));
    l.push(
        Rule::draft(
            "vn.foreign_press_resident.processing.reply",
            A::ResidentPress,
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
    l.push(Rule::draft("vn.foreign_press_resident.processing.reply.nd262", A::ResidentPress, "reply", Some(proc(R::ProvincialChairman, Step::Reply, P::WorkingDays(5))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 16)).grade(E::Provisional).note("https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e/van-ban/bao-chi/262-2026-nd-cp.md (OCR)")
        .say("UBND tỉnh trả lời trong 5 ngày làm việc và thông báo Bộ Ngoại giao.", "The People's Committee replies within 5 working days and notifies MOFA."));
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.authority.permit",
            A::NonResidentPress,
            "permit",
            Some(Authority::new(R::Mofa)),
        )
        .from(2012, 12, 20)
        .until(2026, 6, 30)
        .on(&st)
        .cite(C::article(ND88, 4))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Bộ Ngoại giao cấp phép hoạt động báo chí cho phóng viên không thường trú.",
            "MOFA permits a non-resident reporter's press activity.",
        ),
    );
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.authority.permit.nd262",
            A::NonResidentPress,
            "permit",
            Some(Authority::new(R::Mofa)),
        )
        .from(2026, 7, 1)
        .on(&st)
        .cite(C::article(ND262, 5))
        .grade(E::Provisional)
        .say(
            "Bộ Ngoại giao cấp phép hoạt động báo chí cho phóng viên không thường trú.",
            "MOFA permits a non-resident reporter's press activity.",
        ),
    );
    l.push(Rule::draft("vn.foreign_press_non_resident.lead_time.entry", A::NonResidentPress, "entry", Some(lead(P::WorkingDays(10), Anchor::Entry, R::Mofa)))
        .from(2012, 12, 20).until(2026, 6, 30).on(&st)
        .cite(C::article(ND88, 4)).grade(E::Codification).note(PD)
        .say("Hồ sơ gửi Bộ Ngoại giao hoặc cơ quan đại diện ít nhất 10 ngày làm việc trước ngày dự kiến nhập cảnh.",
             "File with MOFA or a mission at least 10 working days before the planned entry."));
    l.push(
        Rule::draft(
            "vn.foreign_press_non_resident.lead_time.entry.nd262",
            A::NonResidentPress,
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
            A::NonResidentPress,
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
    l.push(Rule::draft("vn.foreign_press_non_resident.processing.permit.nd262", A::NonResidentPress, "permit", Some(proc(R::Mofa, Step::Issue, P::WorkingDays(7))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 5)).grade(E::Provisional)
        .say("Bộ Ngoại giao cấp giấy phép điện tử trong 7 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.", "MOFA issues an electronic permit within 7 working days of a complete valid dossier."));
    l.push(Rule::draft("vn.foreign_press_non_resident.obligation.guide_report", A::NonResidentPress, "guide_report", Some(after(ReportKind::ResultReport, R::GuidingAgency, &[R::Mofa], Anchor::End, P::WorkingDays(3))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 6)).grade(E::Provisional)
        .say("Cơ quan hướng dẫn báo cáo Bộ Ngoại giao trong 3 ngày làm việc sau khi kết thúc chương trình.", "The guiding agency reports to MOFA within 3 working days after the programme."));

    l.push(Rule::draft("vn.foreign_press_resident.lead_time.card_renewal", A::ResidentPress, "card_renewal", Some(lead(P::WorkingDays(15), Anchor::Expiry, R::Mofa)))
        .from(2012, 12, 20).until(2026, 6, 30).on(&st)
        .cite(C::article(ND88, 12)).grade(E::Codification).note(PD)
        .say("Hồ sơ gia hạn thẻ phóng viên thường trú (thời hạn tối đa 12 tháng) nộp ít nhất 15 ngày làm việc trước khi hết hạn.",
             "A resident press card (at most 12 months) is renewed by filing at least 15 working days before expiry."));
    l.push(
        Rule::draft(
            "vn.foreign_press_resident.processing.card",
            A::ResidentPress,
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
    l.push(Rule::draft("vn.foreign_press_resident.consultation.additional_reporter", A::ResidentPress, "additional_reporter", Some(consult(R::Mofa, &[R::ProvincialChairman], P::WorkingDays(5))))
        .from(2026, 7, 1).on(&st)
        .cite(C::article(ND262, 16)).grade(E::Provisional)
        .say("Văn phòng thường trú đề nghị thêm phóng viên thường trú tại địa phương khác: Bộ Ngoại giao hỏi ý kiến UBND tỉnh, trả lời trong 5 ngày làm việc.",
             "An office asks for an extra resident reporter in another locality: MOFA asks the province, which answers within 5 working days."));

    // ── Outbound delegations: Luật 49/2019/QH14, TT 04/2020/TT-BNG, Chỉ thị 38-CT/TW ──
    l.push(Rule::draft("vn.outbound_delegation.authority.sender", A::Activity(Kind::OutboundDelegation), "sender", Some(Authority::new(R::ProvincialChairman).delegated(Delegation {
            to: R::DepartmentHead,
            scope_vi: "cử, cho phép cán bộ, công chức, viên chức đi công tác nước ngoài; phải thông báo bằng văn bản cho cơ quan cấp hộ chiếu (mẫu 04/2020/NG-XNC)".to_string(),
            scope_en: "sending or permitting officials to travel on official business; the passport authority must be notified in writing (form 04/2020/NG-XNC)".to_string(),
            except: AttrSet::of(&[At::ManagedByPartyBoard]),
            in_writing: true,
        })))
        .from(2020, 7, 1).on(&st)
        .cite(C::article(L49, 11)).cite(C::article(TT04, 5)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh cử, cho phép cán bộ đi nước ngoài; có thể ủy quyền bằng văn bản cho người đứng đầu đơn vị trực thuộc và thông báo cơ quan cấp hộ chiếu.",
             "The provincial Chairman sends or permits officials abroad; may delegate in writing to heads of subordinate units, notifying the passport authority."));
    // Senders by channel (Luật 49/2019 Art. 11). Item 1 names the party bodies that send or
    // permit, the provincial party committees (Tỉnh ủy, Thành ủy) among them; item 10: persons
    // managed by the Politburo or the Secretariat follow the party's rules.
    let art11 = "Luật 49/2019 Art. 11 as summarised on https://aztax.com.vn/ho-chieu-ngoai-giao-cap-cho-ai/ (item 1 opens with the Politburo, the Secretariat and the Central Committee's bodies; the excerpt read ends there) and its predecessor's list on https://phaply24h.net/bai-viet/tham-quyen-cu-cong-dan-viet-nam-thuoc-dien-duoc-cap-ho-chieu-ngoai-giao-ho-chieu-cong-vu-ra (NĐ 136/2007 as amended: party bodies include Tỉnh ủy, Thành ủy trực thuộc Trung ương); domain state-procedures.md §2.1 [SRC-PD] for item 1 including Tỉnh ủy";
    let party = [Channel::Party];
    l.push(Rule::draft("vn.outbound_delegation.authority.sender_party", A::Activity(Kind::OutboundDelegation), "sender_party", Some(Authority::new(R::ProvincialPartyCommittee)))
        .from(2020, 7, 1).on(&party).when(W { none: AttrSet::of(&[At::ManagedByPartyBoard]), ..W::ALWAYS })
        .cite(C::article(L49, 11).clause(1)).grade(E::Codification).note(art11)
        .say("Tỉnh ủy, Thành ủy cử, cho phép cán bộ, công chức của các cơ quan đảng thuộc mình đi nước ngoài.",
             "The provincial party committee sends or permits the cadres of the party bodies under it to travel abroad."));
    l.push(Rule::<Authority>::draft("vn.outbound_delegation.authority.sender_party_board_managed", A::Activity(Kind::OutboundDelegation), "sender_party_board_managed", None)
        .from(2020, 7, 1).on(&party).when(W::all_of(&[At::ManagedByPartyBoard]))
        .cite(C::article(L49, 11).clause(1)).cite(C::article(L49, 11).clause(10)).grade(E::Codification).note("[NF] who decides the trips of cadres managed by the provincial party standing board is set by party rules that were not read (party-framework.md: the matrix is [NF]); not guessed")
        .say("Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý: cấp quyết định theo quy định của Đảng (chưa có nguồn).",
             "Cadres managed by the provincial party standing board: the deciding level follows party rules (unsourced)."));
    l.push(Rule::<Authority>::draft("vn.outbound_delegation.authority.sender_people", A::Activity(Kind::OutboundDelegation), "sender_people", None)
        .from(2020, 7, 1).on(&[Channel::People])
        .cite(C::article(L49, 11)).grade(E::Codification).note("[NF] Art. 11 was not read in full with the search tool; no item read names a provincial mass organisation or the provincial union of friendship organisations as a sender; not guessed")
        .say("Đoàn của đoàn thể, Liên hiệp các tổ chức hữu nghị tỉnh: cơ quan cử theo Điều 11 Luật 49/2019 chưa xác định được từ nguồn.",
             "Delegations of mass organisations or the provincial friendship union: the Art. 11 sender is not established from the sources."));
    l.push(Rule::draft("vn.outbound_delegation.processing.official_passport", A::Activity(Kind::OutboundDelegation), "official_passport", Some(proc(R::Mofa, Step::Issue, P::WorkingDays(5))))
        .from(2020, 7, 1).on(&all)
        .cite(C::article(L49, 12).clause(4)).grade(E::Codification).note(PD)
        .say("Hộ chiếu ngoại giao, công vụ được cấp trong 5 ngày làm việc kể từ khi nhận đủ hồ sơ.", "A diplomatic or official passport is issued within 5 working days of a complete dossier."));
    l.push(Rule::draft("vn.outbound_delegation.obligation.passport_return", A::Activity(Kind::OutboundDelegation), "passport_return", Some(after(ReportKind::PassportReturn, R::PassportHolder, &[R::ManagingAgency], Anchor::End, P::WorkingDays(5))))
        .from(2020, 7, 1).on(&all)
        .cite(C::article(L49, 23).clause(3)).grade(E::Codification).note(PD)
        .say("Nộp lại hộ chiếu cho cơ quan quản lý trong 5 ngày làm việc sau khi kết thúc chuyến công tác.", "Return the passport to the managing agency within 5 working days after the trip."));
    l.push(
        Rule::draft(
            "vn.outbound_delegation.condition.exit_suspension",
            A::Activity(Kind::OutboundDelegation),
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
    l.push(Rule::draft("vn.outbound_delegation.condition.leader_trips_per_year", A::Activity(Kind::OutboundDelegation), "leader_trips_per_year", Some(Condition::MaxLeaderTripsPerYear { max: 2 }))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text).note("https://vtv.vn/trong-nuoc/chi-thi-cua-bo-chinh-tri-ve-tang-cuong-quan-ly-cac-doan-di-cong-tac-nuoc-ngoai-152858.htm (press reproduction of the text)")
        .say("Lãnh đạo các ban, bộ, ngành, địa phương đi nước ngoài không quá 2 lần/năm, trừ trường hợp thật cần thiết.",
             "Leaders of party commissions, ministries, sectors and localities go abroad at most twice a year unless truly necessary."));
    l.push(
        Rule::draft(
            "vn.outbound_delegation.condition.two_key_leaders",
            A::Activity(Kind::OutboundDelegation),
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
    l.push(Rule::draft("vn.outbound_delegation.condition.relatives", A::Activity(Kind::OutboundDelegation), "relatives", Some(Condition::NoRelatives))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Không đưa người thân đi cùng đoàn, trừ trường hợp đặc biệt do cấp có thẩm quyền quyết định.", "No relatives in the delegation except special cases decided by the competent level."));
    l.push(Rule::draft("vn.outbound_delegation.condition.proposal", A::Activity(Kind::OutboundDelegation), "proposal", Some(Condition::ProposalRequired))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Mỗi đoàn phải có đề án nêu rõ mục đích, yêu cầu, đối tác, nội dung và chương trình cụ thể.", "Every delegation needs a proposal with purpose, partner, content and a concrete programme."));
    l.push(Rule::draft("vn.outbound_delegation.condition.annual_plan", A::Activity(Kind::OutboundDelegation), "annual_plan", Some(Condition::InAnnualPlan))
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Guidance)
        .say("Đoàn ra theo kế hoạch đối ngoại hằng năm được cấp có thẩm quyền phê duyệt; hạn chế tối đa đoàn phát sinh ngoài kế hoạch.",
             "Delegations follow the approved annual plan; out-of-plan delegations kept to a minimum."));
    l.push(Rule::<Obligation>::draft("vn.outbound_delegation.obligation.result_report", A::Activity(Kind::OutboundDelegation), "result_report", None)
        .from(2014, 7, 21).on(&all)
        .cite(C::instrument(CT38)).grade(E::Text)
        .say("Trưởng đoàn báo cáo kết quả với cấp có thẩm quyền khi kết thúc chuyến đi; thời hạn không được nêu.",
             "The head of delegation reports results to the competent level after the trip; no deadline is stated."));
    l.push(qd67_gap::<LeadTime>(
        "vn.outbound_delegation.lead_time.request",
        A::Activity(Kind::OutboundDelegation),
        "request",
        "Thời hạn nộp hồ sơ đoàn ra theo QĐ 67/2011: phụ lục chưa đọc được; tỉnh tự quy định.",
        "Outbound filing lead time under QĐ 67/2011: annex not read; provinces set their own.",
    ));
    l.push(qd67_gap::<Processing>(
        "vn.outbound_delegation.processing.decision",
        A::Activity(Kind::OutboundDelegation),
        "decision",
        "Thời hạn giải quyết đoàn ra: không có số liệu quốc gia; tỉnh tự quy định.",
        "Outbound processing time: no national figure; provinces set their own.",
    ));
    l.push(qd67_gap::<LeadTime>(
        "vn.inbound_delegation.lead_time.request",
        A::Activity(Kind::InboundDelegation),
        "request",
        "Thời hạn đề nghị đón đoàn vào theo QĐ 67/2011: chưa đọc được.",
        "Inbound request lead time under QĐ 67/2011: not read.",
    ));
    l.push(qd67_gap::<Authority>(
        "vn.inbound_delegation.authority.reception",
        A::Activity(Kind::InboundDelegation),
        "reception",
        "Thẩm quyền cho phép đón đoàn vào theo QĐ 67/2011: chưa đọc được.",
        "Authority for inbound delegations under QĐ 67/2011: not read.",
    ));
    l.push(Rule::<Obligation>::draft("vn.external_affairs_plan.obligation.annual_plan", A::ExternalAffairsPlan, "annual_plan", None)
        .from(2012, 2, 1).on(&all)
        .cite(C::instrument(QD67).part("Quy chế kèm theo")).cite(C::instrument(CT38)).grade(E::Secondary)
        .say("Kế hoạch đối ngoại hằng năm (kèm dự toán) trình cấp có thẩm quyền; hạn nộp chưa tìm thấy.",
             "Annual external-affairs plan with budget estimate to the competent level; the deadline was not found."));
    l.push(qd67_gap::<Obligation>(
        "vn.external_affairs_plan.obligation.semiannual_report",
        A::ExternalAffairsPlan,
        "semiannual_report",
        "Báo cáo đối ngoại 6 tháng của UBND tỉnh: ngày nộp, nơi nhận chưa tìm thấy.",
        "Six-month external-affairs report of the province: date and addressee not found.",
    ));
    l.push(qd67_gap::<Obligation>(
        "vn.external_affairs_plan.obligation.annual_report",
        A::ExternalAffairsPlan,
        "annual_report",
        "Báo cáo đối ngoại hằng năm của UBND tỉnh: ngày nộp, nơi nhận chưa tìm thấy.",
        "Annual external-affairs report of the province: date and addressee not found.",
    ));
}

/// A figure the annexed regulation of QĐ 67/2011/QĐ-TTg should give but that no source could
/// read: an explicit unsourced entry (state channel, from 01/02/2012, graded secondary) that a
/// province's rulebook fills.
fn qd67_gap<V>(id: &str, subject: A, topic: &str, vi: &str, en: &str) -> Rule<V> {
    Rule::<V>::draft(id, subject, topic, None)
        .from(2012, 2, 1)
        .on(&[Channel::State])
        .cite(C::instrument(QD67).part("Quy chế kèm theo"))
        .grade(E::Secondary)
        .say(vi, en)
}
