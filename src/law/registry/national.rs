//! National instruments: laws, ordinances, decrees, decisions and circulars; the holiday
//! letters and notices of the calendar. The party instruments of the central level are in
//! `party.rs`, those of the APEC card and consular work in `sectoral.rs`.
//!
//! Sources are the domain reference (`README.md` §3, `state-procedures.md` §1,
//! `party-framework.md` §1 and §10, `provincial-bodies.md` §1, `calendar.md` §1–5,
//! `provinces.md`). A date marked *unsourced* below is not in any source read: the row then
//! uses the best sourced date (usually the signing date) and is graded `Secondary`.
//! `replaces` lists only instruments replaced in full; amendments are noted in comments.

use super::{row, Row};

/// `(amending, amended)`: amendments that leave the amended instrument in force.
pub(crate) const AMENDMENTS: &[(&str, &str)] = &[
    // NĐ 177/2025 amends NĐ 64/2021 from 01/07/2025 (state-procedures.md §1, §4.2 [SRC-PD]).
    ("177/2025/NĐ-CP", "64/2021/NĐ-CP"),
    // Law 84/2007/QH11 amends Art. 73 of the Labour Code 1994 (text of the law, see its row).
    ("84/2007/QH11", "35-L/CTN"),
];

pub(crate) const ROWS: &[Row] = &[
    // ---- unified management, state side (provinces) -------------------------------------
    // QĐ 28/2005: signed 01/02/2005, in force 01/03/2005, expired 01/02/2012 when QĐ 67/2011
    // took effect (vbpl.vn Lai Châu EN metadata; provincial-bodies.md §1.1 [SRC]).
    row! {
        "28/2005/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2005-2-1, from 2005-3-1, to 2012-1-31, replaces [], Text,
        "Quyết định ban hành Quy chế thống nhất quản lý các hoạt động đối ngoại của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Decision on the regulation on unified management of the external activities of provincial People's Committees",
    },
    // QĐ 67/2011: signed 12/12/2011, in force 01/02/2012, replaces QĐ 28/2005 (Art. 2 of the
    // decision, thuvienphapluat; README §2). Annex not read. No repeal found up to 2026.
    row! {
        "67/2011/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2011-12-12, from 2012-2-1, to open, replaces ["28/2005/QĐ-TTg"], Text,
        "Quyết định ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Decision on the regulation on unified management of the external activities of provincial People's Committees",
    },
    // ---- international conferences -------------------------------------------------------
    // QĐ 76/2010: signed 30/11/2010 (thuvienphapluat header, read with `search`:
    // https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-76-2010-QD-TTg-to-chuc-quan-ly-hoi-nghi-hoi-thao-quoc-te-115166.aspx;
    // also QĐ 06/2020 Art. 9 [SRC-PD]: "thay cho Quyết định số 76/2010/QĐ-TTg ngày 30 tháng 11
    // năm 2010"). Its entry-into-force date is *unsourced* (the page hides it: "Ngày hiệu lực: Đã
    // biết"; not found in docs/research/2026-11-national.md §7): the signing date is used, and the
    // rules citing it start on that date too (fidelity audit A-8: they used an unsourced
    // 15/01/2011). It ends the day before QĐ 06/2020 takes effect (Art. 9 [SRC-PD]).
    row! {
        "76/2010/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2010-11-30, from 2010-11-30, to 2020-4-14, replaces [], Secondary,
        "Quyết định về việc tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
        "Decision on organising and managing international conferences and seminars in Vietnam",
    },
    // QĐ 06/2020: signed 21/02/2020, in force 15/04/2020, replaces QĐ 76/2010
    // (state-procedures.md §1, [SRC-PD] x-checked).
    row! {
        "06/2020/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2020-2-21, from 2020-4-15, to open, replaces ["76/2010/QĐ-TTg"], Codification,
        "Quyết định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
        "Decision on organising and managing international conferences and seminars in Vietnam",
    },
    // ---- international agreements --------------------------------------------------------
    // Pháp lệnh 2007: number 33/2007/PL-UBTVQH11 (provincial-bodies.md §2.2, Bắc Giang bases);
    // adopted 20/04/2007, in force 01/07/2007, out of force 01/07/2021 (vietjack header, read
    // with `search`: https://vietjack.me/phap-luat/phap-lenh-ky-ket-va-thuc-hien-thoa-thuan-quoc-te-2007/chuong-3-11364.html;
    // same dates in https://www.xaluannews.com/article/500732/). The English copy on
    // thuvienphapluat prints the number as `33/2007/PL-BTVQH11`; the official form is kept.
    // Graded `Secondary`: Art. 16 was read [SRC], but the dates come from third-party pages.
    row! {
        "33/2007/PL-UBTVQH11", Ordinance, "Ủy ban Thường vụ Quốc hội",
        signed 2007-4-20, from 2007-7-1, to 2021-6-30, replaces [], Secondary,
        "Pháp lệnh ký kết và thực hiện thỏa thuận quốc tế",
        "Ordinance on the conclusion and implementation of international agreements",
    },
    // Luật 70/2020: in force 01/07/2021, replaced the 2007 ordinance (state-procedures.md §1,
    // [SRC-PD]). Adopted 13/11/2020: the Pháp điển cross-references print "Luật 70/2020/QH14
    // Thỏa thuận quốc tế ban hành ngày 13/11/2020" and "Luật số 70/2020/QH14 Thỏa thuận quốc tế
    // ngày 13/11/2020 của Quốc hội" (fidelity audit A-19 [SRC-PD]).
    row! {
        "70/2020/QH14", Law, "Quốc hội",
        signed 2020-11-13, from 2021-7-1, to open, replaces ["33/2007/PL-UBTVQH11"], Codification,
        "Luật Thỏa thuận quốc tế",
        "Law on International Agreements",
    },
    // NĐ 64/2021: signed 30/06/2021, in force 01/07/2021; amended (not replaced) by
    // NĐ 177/2025 from 01/07/2025 (state-procedures.md §1, [SRC-PD]).
    row! {
        "64/2021/NĐ-CP", Decree, "Chính phủ",
        signed 2021-6-30, from 2021-7-1, to open, replaces [], Codification,
        "Nghị định về ký kết và thực hiện thỏa thuận quốc tế nhân danh tổng cục, cục thuộc bộ, cơ quan ngang bộ; cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; Ủy ban nhân dân cấp huyện; Ủy ban nhân dân cấp xã ở khu vực biên giới; cơ quan cấp tỉnh của tổ chức",
        "Decree on international agreements concluded in the name of departments of ministries, provincial specialised agencies, district People's Committees, border communes and provincial bodies of organisations",
    },
    // NĐ 177/2025: signed 30/06/2025, in force 01/07/2025; amends NĐ 64/2021 for the
    // two-level local government (state-procedures.md §1, [SRC-PD]).
    row! {
        "177/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-6-30, from 2025-7-1, to open, replaces [], Codification,
        "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 64/2021/NĐ-CP về ký kết và thực hiện thỏa thuận quốc tế (chính quyền địa phương hai cấp)",
        "Decree amending Decree 64/2021/NĐ-CP on international agreements (two-level local government)",
    },
    // ---- foreign NGOs ----------------------------------------------------------------------
    // NĐ 12/2012: signed 01/03/2012 (preamble of TT 05/2012/TT-BNG, read with `search`:
    // https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-05-2012-TT-BNG-huong-dan-Nghi-dinh-12-2012-ND-CP-dang-ky-quan-ly-152029.aspx).
    // Entry into force *unsourced*: the signing date is used. Ends when NĐ 58/2022 starts.
    row! {
        "12/2012/NĐ-CP", Decree, "Chính phủ",
        signed 2012-3-1, from 2012-3-1, to 2022-10-31, replaces [], Secondary,
        "Nghị định về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam",
        "Decree on the registration and management of foreign non-governmental organisations in Vietnam",
    },
    // NĐ 58/2022: signed 31/08/2022, in force 01/11/2022, replaces NĐ 12/2012; registrations
    // under 12/2012 stay valid until expiry (Art. 28) (state-procedures.md §1, [SRC-PD]).
    row! {
        "58/2022/NĐ-CP", Decree, "Chính phủ",
        signed 2022-8-31, from 2022-11-1, to open, replaces ["12/2012/NĐ-CP"], Codification,
        "Nghị định về đăng ký và quản lý hoạt động của các tổ chức phi chính phủ nước ngoài tại Việt Nam",
        "Decree on the registration and management of foreign non-governmental organisations in Vietnam",
    },
    // ---- non-ODA aid -------------------------------------------------------------------------
    // NĐ 93/2009: signed 22/10/2009 (preamble of Circular 07/2010/TT-BKH, English copy read with
    // `search`: https://docest.com/doc/542918/the-ministry-of-planning). Entry into force
    // *unsourced*: the signing date is used as a lower bound. Ends when NĐ 80/2020 starts.
    row! {
        "93/2009/NĐ-CP", Decree, "Chính phủ",
        signed 2009-10-22, from 2009-10-22, to 2020-9-16, replaces [], Secondary,
        "Nghị định ban hành Quy chế quản lý và sử dụng viện trợ phi chính phủ nước ngoài",
        "Decree on the regulation on managing and using foreign non-governmental aid",
    },
    // NĐ 80/2020: signed 08/07/2020, in force 17/09/2020 – 07/12/2025, replaced NĐ 93/2009
    // (state-procedures.md §1, §5.2, [SRC-PD]).
    row! {
        "80/2020/NĐ-CP", Decree, "Chính phủ",
        signed 2020-7-8, from 2020-9-17, to 2025-12-7, replaces ["93/2009/NĐ-CP"], Codification,
        "Nghị định về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam",
        "Decree on managing and using non-refundable aid outside official development assistance from foreign bodies, organisations and individuals",
    },
    // TT 23/2022/TT-BTC: in force 20/05/2022, finance reporting on non-ODA aid (Art. 20–21)
    // (state-procedures.md §5.2 [SRC-PD]; cited by `reports`). Signing date *unsourced*; whether
    // it survives NĐ 313/2025 is not known: kept open.
    row! {
        "23/2022/TT-BTC", Circular, "Bộ Tài chính",
        signed none, from 2022-5-20, to open, replaces [], Codification,
        "Thông tư hướng dẫn quản lý tài chính nhà nước đối với viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức",
        "Circular on state financial management of non-ODA non-refundable aid",
    },
    // NĐ 313/2025: signed and in force 08/12/2025, replaces NĐ 80/2020 (state-procedures.md
    // §5.2 [SEC]; luatvietnam, vietnamplus). Operative figures not read.
    row! {
        "313/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-12-8, from 2025-12-8, to open, replaces ["80/2020/NĐ-CP"], Secondary,
        "Nghị định về quản lý và sử dụng viện trợ không hoàn lại tại Việt Nam",
        "Decree on managing and using non-refundable aid in Vietnam",
    },
    // ---- border ------------------------------------------------------------------------------
    // NĐ 71/2015: signed 03/09/2015 (as TT 162/2016/TT-BQP Art. 1 cites it), in force 20/10/2015
    // (Pháp điển, bien-gioi-quoc-gia.md: "có hiệu lực thi hành kể từ ngày 20/10/2015"); cited by
    // the border machine (Art. 7(2)) and `nd-71-2015-border.toml`.
    row! {
        "71/2015/NĐ-CP", Decree, "Chính phủ",
        signed 2015-9-3, from 2015-10-20, to open, replaces [], Codification,
        "Nghị định về quản lý hoạt động của người, phương tiện trong khu vực biên giới biển nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Decree on managing the activities of people and vehicles in the maritime border area of Vietnam",
    },
    // ---- foreign press -----------------------------------------------------------------------
    // NĐ 88/2012: signed 23/10/2012, in force 20/12/2012 – 30/06/2026 (state-procedures.md §1,
    // §6, [SRC-PD] x-checked). It replaced NĐ 67/CP (1996), not a row here.
    row! {
        "88/2012/NĐ-CP", Decree, "Chính phủ",
        signed 2012-10-23, from 2012-12-20, to 2026-6-30, replaces [], Codification,
        "Nghị định về hoạt động thông tin, báo chí của báo chí nước ngoài, cơ quan đại diện nước ngoài, tổ chức nước ngoài tại Việt Nam",
        "Decree on information and press activities of foreign press, foreign missions and foreign organisations in Vietnam",
    },
    // NĐ 262/2026: in force 01/07/2026, replaces NĐ 88/2012; one OCR copy only ([SRC-OCR]).
    // Signed 30/06/2026 and the title: header of that same OCR copy, read with `read_file`
    // (github.com/diepxuan/diepxuan.github.io, van-ban/bao-chi/262-2026-nd-cp.md); still
    // provisional until confirmed against the Official Gazette.
    row! {
        "262/2026/NĐ-CP", Decree, "Chính phủ",
        signed 2026-6-30, from 2026-7-1, to open, replaces ["88/2012/NĐ-CP"], Provisional,
        "Nghị định quy định về hoạt động báo chí của cơ quan báo chí nước ngoài, cơ quan đại diện nước ngoài, tổ chức nước ngoài tại Việt Nam",
        "Decree on press activities of foreign press agencies, foreign missions and foreign organisations in Vietnam",
    },
    // ---- exit, entry and passports -----------------------------------------------------------
    // Luật 49/2019: in force 01/07/2020 (state-procedures.md §1, [SRC-PD]); adopted 22/11/2019
    // (read with `search`: https://hethongphapluat.com/luat-xuat-canh-nhap-canh-cua-cong-dan-viet-nam-2019/dieu-1,
    // and https://hoatieu.vn/luat-xuat-canh-nhap-canh-cua-cong-dan-viet-nam-so-49-2019-qh14-190132).
    row! {
        "49/2019/QH14", Law, "Quốc hội",
        signed 2019-11-22, from 2020-7-1, to open, replaces [], Codification,
        "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam",
        "Law on Exit and Entry of Vietnamese Citizens",
    },
    // TT 04/2020/TT-BNG: in force 10/11/2020 (state-procedures.md §1, [SRC-PD]); signed
    // 25/09/2020, replacing TT 03/2016/TT-BNG (not a row), per Sở Ngoại vụ Hà Tĩnh, read with
    // `search`: https://songoaivu.hatinh.gov.vn/thong-tu-huong-dan-viec-capgia-hanhuy-gia-tri-su-dung-ho-chieu-ngoai-giaoho-chieu-cong-vu-va-cap-cong-ham-de-nghi-phia-nuoc-ngoai--1625570352.html
    row! {
        "04/2020/TT-BNG", Circular, "Bộ Ngoại giao",
        signed 2020-9-25, from 2020-11-10, to open, replaces [], Codification,
        "Thông tư hướng dẫn việc cấp, gia hạn, hủy giá trị sử dụng hộ chiếu ngoại giao, hộ chiếu công vụ và cấp công hàm đề nghị phía nước ngoài cấp thị thực",
        "Circular on diplomatic and official passports (sending decisions, delegation of the sending power, issuance)",
    },
    // ---- the 2025 reorganisation of the ministries ---------------------------------------
    // NQ 176/2025/QH15: Government structure for the XV term (14 ministries, 3 ministerial-
    // level agencies; MPI merged into MOF); adopted 18/02/2025 and in effect on adoption; the
    // new ministries worked from 01/03/2025 (docs/research/2026-11-national.md §1 [SEC]:
    // https://news.laodong.vn/thoi-su/bo-may-cu-cua-chinh-phu-hoat-dong-den-het-thang-22025-1467445.ldo).
    row! {
        "176/2025/QH15", Resolution, "Quốc hội",
        signed 2025-2-18, from 2025-2-18, to open, replaces [], Secondary,
        "Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV",
        "Resolution on the structure of the Government for the XV term (Ministry of Planning and Investment merged into the Ministry of Finance)",
    },
    // NĐ 29/2025: signed 24/02/2025 (preamble of TT 26/2026/TT-BTC [SRC], research §1);
    // entry into force *unsourced*: the day the merged ministry started work (01/03/2025,
    // press) is used. Amended by NĐ 166/2025/NĐ-CP (30/06/2025).
    row! {
        "29/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-2-24, from 2025-3-1, to open, replaces [], Secondary,
        "Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính",
        "Decree on the functions, tasks, powers and organisation of the Ministry of Finance (after the merger of the Ministry of Planning and Investment)",
    },
    // TT 08/2025/TT-BNG: issued 13/06/2025, signed by Bùi Thanh Sơn, on issuing, extending and
    // revoking diplomatic and official passports (luatvietnam attribute table [SEC]:
    // https://luatvietnam.vn/xuat-nhap-canh/thong-tu-08-2025-tt-bng-huong-dan-cap-gia-han-thu-hoi-ho-chieu-ngoai-giao-cong-vu-404212-d1.html;
    // docs/research/2026-11-national.md §3). Entry into force *unsourced*: the signing date is
    // used. Whether it replaces TT 04/2020 is *not found* (fidelity audit A-11): no `replaces`,
    // and TT 04/2020 stays open-ended.
    row! {
        "08/2025/TT-BNG", Circular, "Bộ Ngoại giao",
        signed 2025-6-13, from 2025-6-13, to open, replaces [], Secondary,
        "Thông tư hướng dẫn việc cấp, gia hạn, thu hồi, hủy giá trị sử dụng hộ chiếu ngoại giao, hộ chiếu công vụ và cấp công hàm hỗ trợ xin thị thực",
        "Circular on issuing, extending, revoking and cancelling diplomatic and official passports and on visa-support notes",
    },
    // ---- organisation of the provincial foreign-affairs agency --------------------------
    // NĐ 45/2025: signed 28/02/2025 (hdnd.dongnai.gov.vn, read with `search`:
    // http://hdnd.dongnai.gov.vn/Pages/glp-quydinhmoivecoquanchuyenmonthu-glpnd-34299-glpnc-4-glpsite-1.html,
    // which also lists Sở Ngoại vụ among the "special" departments). Entry into force
    // *unsourced*: signing date used. Superseded by NĐ 150/2025 (party-framework.md §10.4).
    row! {
        "45/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-2-28, from 2025-2-28, to 2025-6-11, replaces [], Secondary,
        "Nghị định quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương",
        "Decree on the specialised agencies of provincial and district People's Committees",
    },
    // NĐ 150/2025: signed 12/06/2025 (preamble of TT 09/2025/TT-BNG [SRC]); entry into force
    // *unsourced*: signing date used.
    row! {
        "150/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-6-12, from 2025-6-12, to open, replaces ["45/2025/NĐ-CP"], Secondary,
        "Nghị định quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương",
        "Decree on the specialised agencies of provincial and commune-level People's Committees",
    },
    // TT 09/2025/TT-BNG: signed 30/06/2025 (header, thuviennhadat, read with `search`:
    // https://thuviennhadat.vn/van-ban-phap-luat-viet-nam/thong-tu-09-2025-tt-bng-nhiem-vu-ve-cong-tac-doi-ngoai-co-quan-chuyen-mon-thuoc-uy-ban-tinh-664052.html?trang=2);
    // entry into force *unsourced*: signing date used.
    row! {
        "09/2025/TT-BNG", Circular, "Bộ Ngoại giao",
        signed 2025-6-30, from 2025-6-30, to open, replaces [], Secondary,
        "Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn về công tác đối ngoại của cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu",
        "Circular on the external-affairs functions of provincial specialised agencies and commune-level People's Committees",
    },
    // NĐ 28/2025: signed 24/02/2025, MOFA as unified manager of external affairs in the
    // political system (party-framework.md §10.1 [SRC Art. 1]); entry into force *unsourced*.
    row! {
        "28/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-2-24, from 2025-2-24, to open, replaces [], Secondary,
        "Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Ngoại giao",
        "Decree on the functions, tasks, powers and organisation of the Ministry of Foreign Affairs",
    },
    // NĐ 134/2025: signed 12/06/2025, decentralisation in foreign affairs; only Art. 1–2 read
    // (provincial-bodies.md §1.1); entry into force *unsourced*.
    row! {
        "134/2025/NĐ-CP", Decree, "Chính phủ",
        signed 2025-6-12, from 2025-6-12, to open, replaces [], Secondary,
        "Nghị định quy định về phân quyền, phân cấp trong lĩnh vực ngoại giao",
        "Decree on the devolution and delegation of powers in foreign affairs",
    },
    // ---- provinces 63 → 34 ---------------------------------------------------------------
    // NQ 175/2024: adopted 30/11/2024, in force 01/01/2025 (Huế a centrally-run city;
    // provinces.md, [SEC]).
    row! {
        "175/2024/QH15", Resolution, "Quốc hội",
        signed 2024-11-30, from 2025-1-1, to open, replaces [], Secondary,
        "Nghị quyết về việc thành lập thành phố Huế trực thuộc trung ương",
        "Resolution establishing Huế as a centrally-run city",
    },
    // NQ 60-NQ/TW: 12/04/2025, annex with the names and centres of the 34 units
    // (provinces.md); entry into force *unsourced*: date of the resolution used.
    row! {
        "60-NQ/TW", Resolution, "Ban Chấp hành Trung ương Đảng",
        signed 2025-4-12, from 2025-4-12, to open, replaces [], Secondary,
        "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII (sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp)",
        "Resolution of the 11th plenum of the 13th Central Committee (merging provinces, two-level local government)",
    },
    // QĐ 759/QĐ-TTg: 14/04/2025, Government scheme (provinces.md); entry into force
    // *unsourced*: signing date used.
    row! {
        "759/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2025-4-14, from 2025-4-14, to open, replaces [], Secondary,
        "Quyết định phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp",
        "Decision approving the scheme to reorganise administrative units and build two-level local government",
    },
    // NQ 202/2025: adopted 12/06/2025, in force on adoption; the 34 units operate from
    // 01/07/2025 (party-framework.md §10.3 [SEC]).
    row! {
        "202/2025/QH15", Resolution, "Quốc hội",
        signed 2025-6-12, from 2025-6-12, to open, replaces [], Secondary,
        "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh",
        "Resolution on the reorganisation of provincial administrative units (63 to 34)",
    },
    // Luật 72/2025: number read [SRC]; its own dates are *unsourced*: the press date on which
    // district-level government ends (01/07/2025) is used (party-framework.md §10.3).
    row! {
        "72/2025/QH15", Law, "Quốc hội",
        signed none, from 2025-7-1, to open, replaces [], Secondary,
        "Luật Tổ chức chính quyền địa phương",
        "Law on the Organisation of Local Government (two-level)",
    },
    // QĐ 124/2004: signed 08/07/2004 (quoted in public GitHub documents found with
    // `find_string`: "Quyết định số 124/2004/QĐ-TTg ngày 08/7/2004"); entry into force
    // *unsourced*: signing date used. Its code list was used until 30/06/2025 (provinces.md).
    row! {
        "124/2004/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2004-7-8, from 2004-7-8, to 2025-6-30, replaces [], Secondary,
        "Quyết định ban hành Danh mục và mã số các đơn vị hành chính Việt Nam",
        "Decision on the list and codes of Vietnam's administrative units",
    },
    // QĐ 19/2025: in force 01/07/2025 (provinces.md; not opened, [SEC]); signing date
    // *unsourced*.
    row! {
        "19/2025/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed none, from 2025-7-1, to open, replaces ["124/2004/QĐ-TTg"], Secondary,
        "Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam",
        "Decision on the list and codes of Vietnam's administrative units (34 provinces)",
    },
    // ---- calendar: time zone, working week, holidays ------------------------------------
    // QĐ 121-CP: 08/08/1967, UTC+7 and the Gregorian calendar (calendar.md §5.1 [S20]);
    // entry into force *unsourced*: date used.
    row! {
        "121-CP", Decision, "Hội đồng Chính phủ",
        signed 1967-8-8, from 1967-8-8, to open, replaces [], Secondary,
        "Quyết định về việc tính lịch và quản lý lịch của Nhà nước (múi giờ thứ 7)",
        "Decision on the official calendar and time zone (UTC+7)",
    },
    // QĐ 188/1999: 17/09/1999, 40-hour five-day week (calendar.md §2.3 [S15]); entry into
    // force *unsourced*: date used.
    row! {
        "188/1999/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 1999-9-17, from 1999-9-17, to open, replaces [], Secondary,
        "Quyết định về việc thực hiện chế độ tuần làm việc 40 giờ",
        "Decision on the 40-hour working week",
    },
    // QĐ 134/2002: 14/10/2002, restates UTC+7 (calendar.md §5.1 [S20]); entry into force
    // *unsourced*: date used.
    row! {
        "134/2002/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2002-10-14, from 2002-10-14, to open, replaces [], Secondary,
        "Quyết định về việc sử dụng lịch và giờ chính thức của Việt Nam (UTC+7)",
        "Decision on Vietnam's official calendar and time (UTC+7)",
    },
    // Labour Code 1994 (cited by `calendar`): adopted 23/06/1994 (header of the text, read with
    // `search`: https://m.thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-luat-Lao-dong-1994-35-L-CTN-38702.aspx).
    // Entry into force *unsourced*: the adoption date is used as a lower bound. Ends the day
    // before the 2012 Code takes effect.
    row! {
        "35-L/CTN", Code, "Quốc hội",
        signed 1994-6-23, from 1994-6-23, to 2013-4-30, replaces [], Secondary,
        "Bộ luật Lao động 1994",
        "Labour Code 1994",
    },
    // Law 84/2007/QH11 (cited by `calendar`): adopted 02/04/2007, amends Art. 73 of the 1994 Code
    // to add Hùng Kings' Day; "in force from its promulgation" (Art. 2), whose date is
    // *unsourced*: the adoption date is used as a lower bound. Text read with `search`:
    // https://mplaw.vn/luat-sua-doi-bo-sung-dieu-73-cua-bo-luat-lao-dong-so-84-2007-qh11-cua-quoc-hoi/
    // It ends with the Code it amends (derived, not stated).
    row! {
        "84/2007/QH11", Law, "Quốc hội",
        signed 2007-4-2, from 2007-4-2, to 2013-4-30, replaces [], Secondary,
        "Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động",
        "Law amending Article 73 of the Labour Code (Hùng Kings' Day)",
    },
    // Labour Code 2012: in force 01/05/2013 (calendar.md §1.1 [S23]), replaced by the 2019
    // Code on 01/01/2021. Adopted 18/06/2012 (read with `search`:
    // http://lamdong.gov.vn/vi-VN/a/bqlkcn/tintuc/thongtinchung/Pages/NHUNGNOIDUNGMOIBOLUATLAODONG2012.aspx).
    row! {
        "10/2012/QH13", Code, "Quốc hội",
        signed 2012-6-18, from 2013-5-1, to 2020-12-31, replaces ["35-L/CTN"], Secondary,
        "Bộ luật Lao động 2012",
        "Labour Code 2012",
    },
    // Labour Code 2019: voted 20/11/2019, in force 01/01/2021 (calendar.md §1.1 [S1][S23]).
    row! {
        "45/2019/QH14", Code, "Quốc hội",
        signed 2019-11-20, from 2021-1-1, to open, replaces ["10/2012/QH13"], Text,
        "Bộ luật Lao động 2019",
        "Labour Code 2019",
    },
    // Civil Code 2015: in force 01/01/2017 (calendar.md §4.1 [S17]); adopted 24/11/2015, replacing
    // the Civil Code 2005 33/2005/QH11 (not a row) (read with `search`:
    // https://hethongphapluat.com/bo-luat-dan-su-2015/dieu-16; vksnddienbien.gov.vn training notes).
    row! {
        "91/2015/QH13", Code, "Quốc hội",
        signed 2015-11-24, from 2017-1-1, to open, replaces [], Text,
        "Bộ luật Dân sự 2015",
        "Civil Code 2015",
    },
    // NQ 80-NQ/TW: 07/01/2026, picks 24 November as Vietnam Culture Day (calendar.md §1.2
    // [S3]); a party resolution, not law.
    row! {
        "80-NQ/TW", Resolution, "Bộ Chính trị",
        signed 2026-1-7, from 2026-1-7, to open, replaces [], Secondary,
        "Nghị quyết về phát triển văn hóa Việt Nam",
        "Resolution on developing Vietnamese culture",
    },
    // NQ 28/2026/QH16: 24 November a paid day off, in force 01/07/2026; known only from
    // secondary citations (calendar.md §1.2 [S7]); adoption date *unsourced* (Apr/May 2026).
    row! {
        "28/2026/QH16", Resolution, "Quốc hội",
        signed none, from 2026-7-1, to open, replaces [], Secondary,
        "Nghị quyết về phát triển văn hóa Việt Nam (Ngày Văn hóa Việt Nam 24/11)",
        "Resolution on developing Vietnamese culture (Vietnam Culture Day, 24 November)",
    },
    // MOLISA submission 89/TTr-LĐTBXH of 20/11/2014 on Tết 2015 and swapping weekly rest days
    // (calendar.md [S14], text read on vbpl.freshdesk.com); a submission (tờ trình), recorded as
    // an official letter. Cited by `calendar` for the 2015 swaps.
    row! {
        "89/TTr-LĐTBXH", OfficialLetter, "Bộ Lao động - Thương binh và Xã hội",
        signed 2014-11-20, from 2014-11-20, to open, replaces [], Text,
        "Tờ trình về việc nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần vào dịp nghỉ lễ năm 2015 đối với cán bộ, công chức, viên chức",
        "Submission on the 2015 Tết holiday and swaps of weekly rest days for civil servants",
    },
    // VPCP 6519/VPCP-KGVX of 11/07/2018 on the 2019 holidays (cited by `calendar`; text read with
    // `search`: https://phapluatcongdong.vn/van-ban/cong-van-6519-vpcp-kgvx-ban-hanh-van-phong-chinh-phu-nam-2018-p92752.htm).
    row! {
        "6519/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2018-7-11, from 2018-7-11, to open, replaces [], Text,
        "Công văn về nghỉ lễ, tết năm 2019 đối với cán bộ, công chức, viên chức",
        "Letter on the 2019 public holidays and swaps for civil servants",
    },
    // Holiday letters and notices (calendar.md §3). Each fixes one year's schedule; none has
    // a stated end, so they are open-ended from their date.
    row! {
        "8662/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2023-11-3, from 2023-11-3, to open, replaces [], Secondary,
        "Công văn về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024",
        "Letter approving the 2024 Tết and National Day holidays",
    },
    row! {
        "2450/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2024-4-12, from 2024-4-12, to open, replaces [], Secondary,
        "Công văn về hoán đổi ngày làm việc dịp 30/4 và 1/5 năm 2024",
        "Letter on the 2024 swap of 29 April with Saturday 4 May",
    },
    row! {
        "8726/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2024-11-26, from 2024-11-26, to open, replaces [], Secondary,
        "Công văn về lịch nghỉ Tết Âm lịch, 30/4, 1/5 và Quốc khánh năm 2025",
        "Letter approving the 2025 Tết, 30 April–1 May and National Day holidays",
    },
    // 6150/TB-BLĐTBXH: English text read on lawnet (calendar.md [S12]).
    row! {
        "6150/TB-BLĐTBXH", Notice, "Bộ Lao động - Thương binh và Xã hội",
        signed 2024-12-3, from 2024-12-3, to open, replaces [], Text,
        "Thông báo về lịch nghỉ Tết Âm lịch, Ngày Chiến thắng, Quốc tế lao động và Quốc khánh năm 2025",
        "Notice of the 2025 public holidays of officials and public employees",
    },
    row! {
        "9859/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2025-10-13, from 2025-10-13, to open, replaces [], Secondary,
        "Công văn về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026",
        "Letter approving the 2026 Tết and National Day holidays",
    },
    row! {
        "9441/TB-BNV", Notice, "Bộ Nội vụ",
        signed 2025-10-16, from 2025-10-16, to open, replaces [], Secondary,
        "Thông báo về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026",
        "Notice of the 2026 Tết and National Day holidays",
    },
    row! {
        "12729/VPCP-KGVX", OfficialLetter, "Văn phòng Chính phủ",
        signed 2025-12-25, from 2025-12-25, to open, replaces [], Secondary,
        "Công văn về hoán đổi ngày làm việc dịp Tết Dương lịch năm 2026",
        "Letter on the 2026 New Year swap of Friday 2 January with Saturday 10 January",
    },
];
