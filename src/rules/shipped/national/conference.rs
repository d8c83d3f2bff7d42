//! International conferences and seminars: QĐ 06/2020/QĐ-TTg (from 15/04/2020), QĐ 76/2010/QĐ-TTg before.

use super::*;

pub(super) fn push(l: &mut Layer) {
    let st = [Channel::State];
    let all = [Channel::Party, Channel::State, Channel::People];
    let pm = [At::ForeignMinisterLevel, At::SensitiveTopic];
    // ── International conferences: QĐ 06/2020/QĐ-TTg (from 15/04/2020), QĐ 76/2010 before ──
    l.push(Rule::draft("vn.conference.authority.pm_tier", A::Activity(Kind::InternationalConference), "pm_tier", Some(Authority::new(R::PrimeMinister).submitted_by(R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W { none: AttrSet::of(&[At::MassOrganisationOrganiser]), ..W::any_of(&pm) })
        .cite(C::article(QD06, 3).clause(1)).grade(E::Codification).note(PD)
        .say("Thủ tướng cho phép hội nghị có khách nước ngoài cấp Bộ trưởng trở lên hoặc nội dung về chủ quyền, an ninh, quốc phòng, dân tộc, tôn giáo, nhân quyền, bí mật nhà nước; Chủ tịch UBND tỉnh trình.",
             "The Prime Minister permits a conference with foreign minister-level participants or on sovereignty, security, defence, ethnicity, religion, human rights or state secrets; the Chairman submits."));
    l.push(Rule::draft("vn.conference.authority.provincial_tier", A::Activity(Kind::InternationalConference), "provincial_tier", Some(Authority::new(R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 3).clause(2)).cite(C::article(QD06, 2).clause(5)).grade(E::Codification).note(PD)
        .say("Chủ tịch UBND tỉnh quyết định, cho phép các hội nghị, hội thảo quốc tế khác của địa phương.",
             "The provincial Chairman decides and permits the province's other international conferences."));
    l.push(Rule::draft("vn.conference.authority.mass_organisation", A::Activity(Kind::InternationalConference), "mass_organisation", Some(Authority::new(R::PartyCompetentLevel)))
        .from(2020, 4, 15).on(&all).when(W::all_of(&[At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 1).clause(2).point('b')).grade(E::Codification).note(PD)
        .say("Hội nghị do Mặt trận Tổ quốc và các đoàn thể tổ chức theo quy định của Đảng, không theo QĐ 06/2020.",
             "Conferences of the Fatherland Front and the mass organisations follow party rules, not QĐ 06/2020."));
    l.push(Rule::draft("vn.conference.lead_time.pm_tier", A::Activity(Kind::InternationalConference), "pm_tier", Some(lead(P::CalendarDays(40), Anchor::Start, R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W { none: AttrSet::of(&[At::MassOrganisationOrganiser]), ..W::any_of(&pm) })
        .cite(C::article(QD06, 4).clause(1).point('a')).grade(E::Codification).note(PD)
        .say("Hồ sơ đầy đủ gửi cơ quan của người có thẩm quyền ít nhất 40 ngày trước ngày tổ chức (cấp Thủ tướng).",
             "Full dossier to the competent person's agency at least 40 days before the event (PM tier)."));
    l.push(Rule::draft("vn.conference.lead_time.provincial_tier", A::Activity(Kind::InternationalConference), "provincial_tier", Some(lead(P::CalendarDays(30), Anchor::Start, R::ProvincialChairman)))
        .from(2020, 4, 15).on(&st).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 4).clause(1).point('a')).grade(E::Codification).note(PD)
        .say("Hồ sơ đầy đủ gửi cơ quan của người có thẩm quyền ít nhất 30 ngày trước ngày tổ chức (cấp tỉnh).",
             "Full dossier to the competent person's agency at least 30 days before the event (provincial tier)."));
    l.push(
        Rule::<LeadTime>::draft(
            "vn.conference.lead_time.provincial_tier.qd76",
            A::Activity(Kind::InternationalConference),
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
    l.push(Rule::draft("vn.conference.consultation.pm_tier", A::Activity(Kind::InternationalConference), "pm_tier", Some(consult(R::ProvincialChairman, &[R::Mofa, R::PublicSecurity, R::RelatedBodies], P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W { none: AttrSet::of(&[At::MassOrganisationOrganiser]), ..W::any_of(&pm) })
        .cite(C::article(QD06, 5).clause(1)).grade(E::Codification).note(PD)
        .say("Lấy ý kiến bằng văn bản của Bộ Ngoại giao, Bộ Công an và cơ quan liên quan; trả lời trong 15 ngày kể từ khi nhận.",
             "Written opinions of MOFA, the Ministry of Public Security and related bodies; reply within 15 days of receipt."));
    l.push(Rule::draft("vn.conference.consultation.provincial_tier", A::Activity(Kind::InternationalConference), "provincial_tier", Some(consult(R::ProvincialChairman, &[R::RelatedBodies], P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 5).clause(2)).grade(E::Codification).note(PD)
        .say("Lấy ý kiến bằng văn bản của cơ quan, địa phương liên quan; trả lời trong 15 ngày kể từ khi nhận.",
             "Written opinions of related bodies and localities; reply within 15 days of receipt."));
    l.push(Rule::<Processing>::draft("vn.conference.processing.provincial_tier", A::Activity(Kind::InternationalConference), "provincial_tier", None)
        .from(2020, 4, 15).on(&st).when(W::none_of(&[At::ForeignMinisterLevel, At::SensitiveTopic, At::MassOrganisationOrganiser]))
        .cite(C::article(QD06, 4)).grade(E::ProcedurePage).note("https://dichvucong.binhdinh.gov.vn/dichvucong/bothutuc/chiTietThuTuc?maThuTuc=33023")
        .say("Không có thời hạn giải quyết quốc gia (\"tùy theo cơ quan của người có thẩm quyền\"); tỉnh tự quy định.",
             "No national processing time (\"depends on the competent person's agency\"); provinces set their own."));
    l.push(Rule::draft("vn.conference.obligation.result_report.pm_tier", A::Activity(Kind::InternationalConference), "result_report_pm_tier", Some(after(ReportKind::ResultReport, R::Organiser, &[R::ProvincialChairman, R::Mofa], Anchor::End, P::CalendarDays(15))))
        .from(2020, 4, 15).on(&st).when(W { none: AttrSet::of(&[At::MassOrganisationOrganiser]), ..W::any_of(&pm) })
        .cite(C::article(QD06, 4).clause(2).point('c')).grade(E::Codification).note(PD)
        .say("Đơn vị tổ chức báo cáo kết quả trong 15 ngày sau khi kết thúc hội nghị, đồng gửi Bộ Ngoại giao.",
             "The organiser reports results within 15 days after the event, with a copy to MOFA."));
    l.push(
        Rule::draft(
            "vn.conference.obligation.result_report.provincial_tier",
            A::Activity(Kind::InternationalConference),
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
        .when(W::none_of(&[
            At::ForeignMinisterLevel,
            At::SensitiveTopic,
            At::MassOrganisationOrganiser,
        ]))
        .cite(C::article(QD06, 4).clause(2).point('c'))
        .grade(E::Codification)
        .note(PD)
        .say(
            "Đơn vị tổ chức báo cáo kết quả trong 15 ngày sau khi kết thúc hội nghị.",
            "The organiser reports results within 15 days after the event.",
        ),
    );
    l.push(Rule::draft("vn.conference.obligation.annual_report", A::Activity(Kind::InternationalConference), "annual_report", Some(yearly(ReportKind::AnnualReport, R::ProvincialChairman, &[R::Mofa], 12, 18, 0, Some(DEC15_DEC14))))
        .from(2020, 4, 15).on(&st)
        .cite(C::article(QD06, 8)).grade(E::Codification).note(PD)
        .say("Tỉnh báo cáo Bộ Ngoại giao tình hình hội nghị quốc tế chậm nhất ngày 18/12 hằng năm; số liệu từ 15/12 năm trước đến 14/12.",
             "The province reports on international conferences to MOFA by 18 December each year; data 15 Dec of the previous year to 14 Dec."));
}
