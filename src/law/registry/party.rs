//! Party instruments of the central level (issue 2's registry, moved out of `national.rs` to
//! keep each source file small): unified management of external affairs on the party side,
//! delegations abroad, members abroad and discipline, rank tiers, the 2025 reorganisation.
//! Sources are the domain reference (`party-framework.md` §1 and §10); a date marked
//! *unsourced* is not in any source read (the row then uses the signing date and is graded
//! `Secondary`).

use super::{row, Row};

pub(crate) const ROWS: &[Row] = &[
    // ---- party: unified management and delegations abroad --------------------------------
    // Chỉ thị 38: 21/07/2014 (party-framework.md §1, §8.1; content [SRC] via press); entry into
    // force *unsourced*: date of the directive used.
    row! {
        "38-CT/TW", Directive, "Bộ Chính trị",
        signed 2014-7-21, from 2014-7-21, to open, replaces [], Secondary,
        "Chỉ thị về tăng cường quản lý các đoàn đi công tác nước ngoài",
        "Directive on tightening the management of delegations going abroad",
    },
    // Quy chế 272: 21/01/2015 (party-framework.md §1); operative text and entry into force
    // not read: date of the decision used. Replaced "Quy chế 295" (2010, number not read).
    row! {
        "272-QĐ/TW", PartyRegulation, "Bộ Chính trị",
        signed 2015-1-21, from 2015-1-21, to open, replaces [], Secondary,
        "Quyết định ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại",
        "Regulation on the unified management of external-affairs activities",
    },
    // HD 01-HD/BĐNTW: 30/06/2016, first guidance on 272 (cited in the Thái Bình decision
    // [SRC]); superseded in practice by HD 05 (not stated in any text read): kept open.
    row! {
        "01-HD/BĐNTW", Guidance, "Ban Đối ngoại Trung ương",
        signed 2016-6-30, from 2016-6-30, to open, replaces [], Secondary,
        "Hướng dẫn thực hiện Quy chế quản lý thống nhất các hoạt động đối ngoại (Quyết định 272-QĐ/TW)",
        "Guidance implementing the unified-management regulation 272-QĐ/TW",
    },
    // Quy định 02-QĐi/TW: 18/07/2018, party external protocol (party-framework.md §9 [SRC]);
    // entry into force *unsourced*.
    row! {
        "02-QĐi/TW", PartyRegulation, "Ban Bí thư",
        signed 2018-7-18, from 2018-7-18, to open, replaces [], Secondary,
        "Quy định về lễ tân đối ngoại đảng",
        "Regulation on party external-affairs protocol",
    },
    // KL 33: 25/07/2018 (number, date and title from the preamble of HD 05 [SRC]); entry into
    // force *unsourced*: date of the conclusion used.
    row! {
        "33-KL/TW", Conclusion, "Bộ Chính trị",
        signed 2018-7-25, from 2018-7-25, to open, replaces [], Secondary,
        "Kết luận về việc tiếp tục thực hiện Quy chế quản lý thống nhất các hoạt động đối ngoại",
        "Conclusion on continuing to implement the unified-management regulation",
    },
    // HD 05: 26/03/2019, in force the same day (party-framework.md §1 [SRC]). Its issuer was
    // abolished in 2025; the guidance was not repealed in any text read.
    row! {
        "05-HD/BĐNTW", Guidance, "Ban Đối ngoại Trung ương",
        signed 2019-3-26, from 2019-3-26, to open, replaces [], Text,
        "Hướng dẫn thực hiện Quy chế quản lý thống nhất các hoạt động đối ngoại và Kết luận 33-KL/TW",
        "Guidance implementing the unified-management regulation and Conclusion 33-KL/TW",
    },
    // ---- party: members abroad and discipline --------------------------------------------
    // Quy định 58-QĐ/TW (08/02/2022), 69-QĐ/TW (06/07/2022), 86-QĐ/TW (28/10/2022):
    // party-framework.md §1, §8.3 [SEC]; entry into force *unsourced*: dates used.
    row! {
        "58-QĐ/TW", PartyRegulation, "Bộ Chính trị",
        signed 2022-2-8, from 2022-2-8, to open, replaces [], Secondary,
        "Quy định một số vấn đề về bảo vệ chính trị nội bộ Đảng",
        "Regulation on internal political protection (party members' private travel abroad)",
    },
    row! {
        "69-QĐ/TW", PartyRegulation, "Bộ Chính trị",
        signed 2022-7-6, from 2022-7-6, to open, replaces [], Secondary,
        "Quy định về kỷ luật tổ chức đảng, đảng viên vi phạm",
        "Regulation on the discipline of party organisations and members (Art. 34: travel abroad)",
    },
    row! {
        "86-QĐ/TW", PartyRegulation, "Ban Bí thư",
        signed 2022-10-28, from 2022-10-28, to open, replaces [], Secondary,
        "Quy định về nhiệm vụ của đảng viên (kể cả đảng viên ở nước ngoài)",
        "Regulation on the duties of party members, including abroad",
    },
    // ---- party: rank tiers --------------------------------------------------------------
    // KL 35: 05/05/2022, used until 07/09/2025 (party-framework.md §5.1, §10.5 [SEC]); entry
    // into force *unsourced*: date used.
    row! {
        "35-KL/TW", Conclusion, "Bộ Chính trị",
        signed 2022-5-5, from 2022-5-5, to 2025-9-7, replaces [], Secondary,
        "Kết luận về danh mục chức danh, chức vụ lãnh đạo và tương đương của hệ thống chính trị",
        "Conclusion on the catalogue of leadership titles of the political system",
    },
    // Quy định 368: 08/09/2025, in force on signing, replaces KL 35 (vietnamplus, dantri [SEC]).
    row! {
        "368-QĐ/TW", PartyRegulation, "Bộ Chính trị",
        signed 2025-9-8, from 2025-9-8, to open, replaces ["35-KL/TW"], Secondary,
        "Quy định về danh mục vị trí chức danh, chức vụ lãnh đạo và tương đương của hệ thống chính trị",
        "Regulation on the catalogue of leadership titles (groups I–IV)",
    },
    // ---- party: the 2025 reorganisation ------------------------------------------------
    // KL 121 (24/01/2025), KL 126 (14/02/2025), KL 127 (28/02/2025): dates as cited in the
    // text of KL 127 (party-framework.md §1, §10 [SRC]); entry into force *unsourced*.
    // KL 167-KL/TW (HCMC moratorium, mid-2025) is not a row: no source dates it.
    row! {
        "121-KL/TW", Conclusion, "Ban Chấp hành Trung ương Đảng",
        signed 2025-1-24, from 2025-1-24, to open, replaces [], Secondary,
        "Kết luận về tổng kết Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị",
        "Conclusion summarising Resolution 18-NQ/TW on streamlining the political system",
    },
    row! {
        "126-KL/TW", Conclusion, "Bộ Chính trị, Ban Bí thư",
        signed 2025-2-14, from 2025-2-14, to open, replaces [], Secondary,
        "Kết luận về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025",
        "Conclusion on further streamlining the political system in 2025",
    },
    row! {
        "127-KL/TW", Conclusion, "Bộ Chính trị, Ban Bí thư",
        signed 2025-2-28, from 2025-2-28, to open, replaces [], Secondary,
        "Kết luận về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị",
        "Conclusion on studying the merger of provinces and two-level local government",
    },
];
