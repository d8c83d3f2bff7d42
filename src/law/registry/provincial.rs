//! Provincial instruments: provincial party (Tỉnh ủy) regulations and People's Committee
//! (UBND) decisions and letters that a provincial rule, body or date of the crate relies on.
//!
//! Sources: domain `README.md` §5, `party-framework.md` §1 and §8.2, `provincial-bodies.md`
//! §2–4, `state-procedures.md` §2. Provincial numbers are not unique across provinces; the
//! issuer names the province. Figures whose instrument number no source gives (HCMC 2018,
//! Hà Nội ~2014, Bình Dương 2017, Quảng Nam 2024, Đắk Nông 2012, Kon Tum, Quảng Ngãi) have no
//! row: their rules must cite the procedure page instead. A date marked *unsourced* is not in
//! any source read; the row then uses the signing date and is graded `Secondary`.

use super::{row, Row};

pub(crate) const ROWS: &[Row] = &[
    // ---- Đà Nẵng ---------------------------------------------------------------------
    // CV 101/UBND-SNV, 09/07/2025: caps on trips abroad (README §5; vietnamplus [SEC]).
    // Entry into force *unsourced*: date of the letter used.
    row! {
        "101/UBND-SNV", OfficialLetter, "Ủy ban nhân dân thành phố Đà Nẵng",
        signed 2025-7-9, from 2025-7-9, to open, replaces [], Secondary,
        "Công văn về tăng cường quản lý cán bộ, công chức, viên chức đi công tác nước ngoài",
        "Letter tightening the management of officials' trips abroad (Đà Nẵng)",
    },
    // ---- Khánh Hòa -----------------------------------------------------------------
    // 1336-QĐ/TU, 24/07/2020: the province's single unified-management regulation, issued by
    // the party side (provincial-bodies.md §1.3 [SRC: opening of the Sở Ngoại vụ guidance]).
    // Entry into force *unsourced*: date used.
    row! {
        "1336-QĐ/TU", PartyRegulation, "Ban Thường vụ Tỉnh ủy Khánh Hòa",
        signed 2020-7-24, from 2020-7-24, to open, replaces [], Secondary,
        "Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Khánh Hòa",
        "Regulation on the unified management of external activities in Khánh Hòa",
    },
    // QĐ 257/QĐ-CTUBND, 27/01/2014: the UBND's procedure for officials' trips abroad,
    // repealed by QĐ 2492/QĐ-UBND of 18/09/2020 (same source). Entry into force
    // *unsourced*: date used; the repeal date is taken as the repealing decision's date.
    row! {
        "257/QĐ-CTUBND", Decision, "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
        signed 2014-1-27, from 2014-1-27, to 2020-9-17, replaces [], Secondary,
        "Quyết định ban hành quy trình giải quyết việc cán bộ, công chức, viên chức đi nước ngoài (Khánh Hòa)",
        "Decision on the procedure for officials' trips abroad (Khánh Hòa)",
    },
    row! {
        "2492/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Khánh Hòa",
        signed 2020-9-18, from 2020-9-18, to open, replaces ["257/QĐ-CTUBND"], Secondary,
        "Quyết định bãi bỏ Quyết định 257/QĐ-CTUBND (Khánh Hòa)",
        "Decision repealing the UBND procedure for trips abroad, after 1336-QĐ/TU (Khánh Hòa)",
    },
    // ---- party regulations of other provinces --------------------------------------------
    // Thái Bình 692-QĐ/TU, 01/09/2017, in force on signing (English translation of the
    // decision [SRC]; provincial-bodies.md §3). Thái Bình merged into Hưng Yên in 2025; no
    // end date is sourced.
    row! {
        "692-QĐ/TU", PartyRegulation, "Tỉnh ủy Thái Bình",
        signed 2017-9-1, from 2017-9-1, to open, replaces [], Text,
        "Quy định quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Thái Bình",
        "Regulation on the unified management of external activities in Thái Bình",
    },
    // Tây Ninh 353-QĐ/TU, 07/01/2016 (cited as the basis of a procedure [TTHC]); entry into
    // force *unsourced*.
    row! {
        "353-QĐ/TU", PartyRegulation, "Ban Thường vụ Tỉnh ủy Tây Ninh",
        signed 2016-1-7, from 2016-1-7, to open, replaces [], Secondary,
        "Quy định quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Tây Ninh",
        "Regulation on the unified management of external activities in Tây Ninh",
    },
    // Quảng Trị 262-QĐ/TU, 06/06/2016 (Tỉnh ủy news page [SEC]); entry into force *unsourced*.
    row! {
        "262-QĐ/TU", PartyRegulation, "Ban Thường vụ Tỉnh ủy Quảng Trị",
        signed 2016-6-6, from 2016-6-6, to open, replaces [], Secondary,
        "Quy định quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Quảng Trị",
        "Regulation on the unified management of external activities in Quảng Trị",
    },
    // Ninh Thuận 49-QĐ/TU, 03/06/2020, in force on signing (provincial portal [SEC]).
    row! {
        "49-QĐ/TU", PartyRegulation, "Tỉnh ủy Ninh Thuận",
        signed 2020-6-3, from 2020-6-3, to open, replaces [], Secondary,
        "Quy định về lễ tân đối ngoại của Tỉnh ủy Ninh Thuận",
        "Regulation on the external protocol of the Ninh Thuận party committee",
    },
    // Hà Tĩnh 339-QĐ/TU, 21/03/2017, "Quyết định ... của Tỉnh ủy về Quy chế quản lý thống nhất
    // các hoạt động đối ngoại": number, date and issuer from seed 004 only; the text was not
    // found at all (provincial-bodies.md §3 [NF]). Entry into force *unsourced*.
    row! {
        "339-QĐ/TU", PartyRegulation, "Tỉnh ủy Hà Tĩnh",
        signed 2017-3-21, from 2017-3-21, to open, replaces [], Secondary,
        "Quy định quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Hà Tĩnh",
        "Regulation on the unified management of external activities in Hà Tĩnh",
    },
    // ---- provincial plans and directives of the seed documents (cited by `plan`) ---------
    // Hà Tĩnh Kế hoạch 357/KH-UBND of 05/11/2018, action plan for external affairs 2018–2021
    // (seed 004, a provincial initiative report [SEC]).
    row! {
        "357/KH-UBND", Plan, "Ủy ban nhân dân tỉnh Hà Tĩnh",
        signed 2018-11-5, from 2018-11-5, to open, replaces [], Secondary,
        "Kế hoạch hành động triển khai công tác đối ngoại giai đoạn 2018-2021 và các năm tiếp theo",
        "Action plan for external affairs 2018–2021 and following years (Hà Tĩnh)",
    },
    // Đắk Lắk Chỉ thị 13/CT-UBND of 26/04 (seed 002, a press article dated 27/04/2023, hence
    // 2023 [SEC]), seven solution groups on state management of external affairs.
    row! {
        "13/CT-UBND", Directive, "Ủy ban nhân dân tỉnh Đắk Lắk",
        signed 2023-4-26, from 2023-4-26, to open, replaces [], Secondary,
        "Chỉ thị về tăng cường quản lý Nhà nước trong công tác đối ngoại trên địa bàn tỉnh",
        "Directive on strengthening state management of external affairs (Đắk Lắk)",
    },
    // ---- Hà Tĩnh UBND ---------------------------------------------------------------
    // QĐ 65/2005/QĐ-UBND: signed 03/08/2005, effective 10 days after issue, i.e. 13/08/2005
    // (opening [SRC]; the day is computed); replaced by QĐ 56/2013.
    row! {
        "65/2005/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Hà Tĩnh",
        signed 2005-8-3, from 2005-8-13, to 2014-1-9, replaces [], Text,
        "Quyết định ban hành Quy chế hoạt động đối ngoại (Hà Tĩnh)",
        "Decision on the regulation of external activities (Hà Tĩnh)",
    },
    // QĐ 56/2013/QĐ-UBND: signed 31/12/2013, effective 10 days after issue (10/01/2014,
    // computed; opening [SRC]); reported no longer in force from 28/02/2019 by the 2019
    // systematisation QĐ 642/QĐ-UBND ([SEC], vanbanphapluat.co).
    row! {
        "56/2013/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Hà Tĩnh",
        signed 2013-12-31, from 2014-1-10, to 2019-2-27, replaces ["65/2005/QĐ-UBND"], Secondary,
        "Quyết định ban hành Quy chế thống nhất quản lý các hoạt động đối ngoại trên địa bàn tỉnh Hà Tĩnh",
        "Decision on the regulation on unified management of external activities (Hà Tĩnh)",
    },
    // ---- Đắk Lắk ------------------------------------------------------------------------
    // QĐ 13/2013/QĐ-UBND, 18/04/2013, regulation on outbound delegations; basis of procedure
    // NV-CPRD-01 (20 WD) [TTHC]. Entry into force *unsourced*.
    row! {
        "13/2013/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Đắk Lắk",
        signed 2013-4-18, from 2013-4-18, to open, replaces [], Secondary,
        "Quyết định ban hành Quy chế quản lý đoàn ra (Đắk Lắk)",
        "Decision on the regulation on outbound delegations (Đắk Lắk)",
    },
    // NQ 10/NQ-HĐND, 19/02/2025: Sở Ngoại vụ dissolved, functions to the Văn phòng UBND
    // (provincial-bodies.md §2.1, §4 [SRC opening]); entry into force *unsourced*: date used.
    row! {
        "10/NQ-HĐND", Resolution, "Hội đồng nhân dân tỉnh Đắk Lắk",
        signed 2025-2-19, from 2025-2-19, to open, replaces [], Secondary,
        "Nghị quyết về việc sắp xếp các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Đắk Lắk (giải thể Sở Ngoại vụ)",
        "Resolution reorganising Đắk Lắk's specialised agencies (Department of Foreign Affairs dissolved)",
    },
    // ---- Đồng Tháp ----------------------------------------------------------------------
    // QĐ 12/2013/QĐ-UBND, 23/04/2013; ended by the 2026 regulation in force 01/02/2026 whose
    // number is not visible (provincial-bodies.md §2.2 [SRC opening]). Entry into force
    // *unsourced*: date used.
    row! {
        "12/2013/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Đồng Tháp",
        signed 2013-4-23, from 2013-4-23, to 2026-1-31, replaces [], Secondary,
        "Quyết định ban hành Quy chế quản lý đoàn đi nước ngoài, đoàn nước ngoài vào làm việc trên địa bàn tỉnh Đồng Tháp",
        "Decision on the regulation on delegations abroad and foreign delegations (Đồng Tháp)",
    },
    // ---- Lạng Sơn ---------------------------------------------------------------------
    // QĐ 50/2025/QĐ-UBND, 30/06/2025: functions of the Sở Ngoại vụ kept after 2025 (songv
    // Lạng Sơn [SRC]); entry into force *unsourced*.
    row! {
        "50/2025/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Lạng Sơn",
        signed 2025-6-30, from 2025-6-30, to open, replaces [], Secondary,
        "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ tỉnh Lạng Sơn",
        "Decision on the functions of the Lạng Sơn Department of Foreign Affairs",
    },
    // ---- Bắc Giang -----------------------------------------------------------------------
    // QĐ 509/2013/QĐ-UBND, 19/09/2013, provincial Quy chế (opening [SRC]); entry into force
    // *unsourced*. The 2015 party Quy chế (28/12/2015) has no number in the sources.
    row! {
        "509/2013/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Bắc Giang",
        signed 2013-9-19, from 2013-9-19, to open, replaces [], Secondary,
        "Quyết định ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Bắc Giang",
        "Decision on the regulation on unified management of external activities (Bắc Giang)",
    },
    // ---- Bình Dương ----------------------------------------------------------------------
    // QĐ 46/2023/QĐ-UBND, 14/12/2023, decentralised management of trips abroad (luatvietnam
    // [SEC]); entry into force *unsourced*. Bình Dương merged into TP Hồ Chí Minh 01/07/2025.
    row! {
        "46/2023/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Bình Dương",
        signed 2023-12-14, from 2023-12-14, to open, replaces [], Secondary,
        "Quyết định quy định phân cấp quản lý nhà nước đối với việc đi nước ngoài (Bình Dương)",
        "Decision on the decentralised management of trips abroad (Bình Dương)",
    },
    // ---- Hà Nội ----------------------------------------------------------------------------
    // QĐ 04/2021/QĐ-UBND: in force 11/04/2021, replaces QĐ 14/2016 (opening [SRC]); signing
    // date *unsourced*. QĐ 14/2016 has no sourced dates and is not a row.
    row! {
        "04/2021/QĐ-UBND", Decision, "Ủy ban nhân dân thành phố Hà Nội",
        signed none, from 2021-4-11, to open, replaces [], Text,
        "Quyết định ban hành Quy chế tổ chức và quản lý hội nghị, hội thảo quốc tế thuộc thẩm quyền của thành phố Hà Nội",
        "Decision on the regulation on international conferences under Hà Nội's authority",
    },
    // ---- Đồng Nai --------------------------------------------------------------------------
    // QĐ 66/2013/QĐ-UBND: signed 22/10/2013, effective 10 days after signing (01/11/2013,
    // computed; opening [SRC]); replaces QĐ 48/2006/QĐ-UBND, whose dates are not sourced
    // beyond its signing on 31/05/2006, so it is not a row.
    row! {
        "66/2013/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Đồng Nai",
        signed 2013-10-22, from 2013-11-1, to open, replaces [], Text,
        "Quyết định ban hành Quy chế thống nhất quản lý, tổ chức thực hiện hoạt động đối ngoại trên địa bàn tỉnh Đồng Nai",
        "Decision on the regulation on unified management of external activities (Đồng Nai)",
    },
    // ---- 2025–2026 procedure lists that show who the FA agency is (cited by `org`) ------
    // state-procedures.md §1.1 ([SEC]/[SRC], openings of the decisions): Đắk Lắk assigns the
    // agreement procedures to the Văn phòng UBND (QĐ 01652/QĐ-UBND, 13/10/2025); Hà Tĩnh
    // (QĐ 2397/QĐ-UBND, 25/09/2025) and Lâm Đồng (QĐ 831/QĐ-UBND, 14/03/2026) publish
    // procedures of a Sở Ngoại vụ. Entry into force *unsourced*: dates of the decisions used.
    row! {
        "01652/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Đắk Lắk",
        signed 2025-10-13, from 2025-10-13, to open, replaces [], Secondary,
        "Quyết định công bố thủ tục hành chính nội bộ lĩnh vực thỏa thuận quốc tế thuộc thẩm quyền giải quyết của Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk",
        "Decision publishing the internal procedures on international agreements handled by the Đắk Lắk PPC Office",
    },
    row! {
        "2397/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Hà Tĩnh",
        signed 2025-9-25, from 2025-9-25, to open, replaces [], Secondary,
        "Quyết định công bố thủ tục hành chính mới thuộc thẩm quyền giải quyết của Sở Ngoại vụ tỉnh Hà Tĩnh",
        "Decision publishing new procedures of the Hà Tĩnh Department of Foreign Affairs",
    },
    row! {
        "831/QĐ-UBND", Decision, "Ủy ban nhân dân tỉnh Lâm Đồng",
        signed 2026-3-14, from 2026-3-14, to open, replaces [], Secondary,
        "Quyết định công bố thủ tục hành chính lĩnh vực thỏa thuận quốc tế thuộc thẩm quyền giải quyết của Sở Ngoại vụ tỉnh Lâm Đồng",
        "Decision publishing the procedures on international agreements of the Lâm Đồng Department of Foreign Affairs",
    },
];
