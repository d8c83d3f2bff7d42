//! National instruments of the APEC business travel card and of consular work (issue 11,
//! part A): the sources are `docs/procedures.md` §2.7, §2.8 and §4 (the Pháp điển
//! transcription in `diepxuan/diepxuan.github.io`, commit `fbaa690e`, and the openings of the
//! provincial regulations). A date marked *unsourced* is not in any source read: the row uses
//! the signing date and is graded `Secondary`.

use super::{row, Row};

pub(crate) const ROWS: &[Row] = &[
    // ---- APEC business travel card -------------------------------------------------------
    // QĐ 45/2006: signed 28/02/2006 (docs/procedures.md §4.8); entry into force *unsourced*.
    // Amended by QĐ 54/2015; both replaced by QĐ 09/2023 Art. 28(2) from 10/07/2023.
    row! {
        "45/2006/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2006-2-28, from 2006-2-28, to 2023-7-9, replaces [], Secondary,
        "Quyết định ban hành Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC",
        "Decision on the regulation on issuing and managing the APEC business travel card",
    },
    // QĐ 54/2015: signed 29/10/2015 (cand.com.vn, secondary); entry into force *unsourced*.
    row! {
        "54/2015/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2015-10-29, from 2015-10-29, to 2023-7-9, replaces [], Secondary,
        "Quyết định sửa đổi, bổ sung Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC",
        "Decision amending the regulation on the APEC business travel card",
    },
    // QĐ 09/2023: signed 12/04/2023, in force 10/07/2023 (each article of the codification:
    // "có hiệu lực thi hành kể từ ngày 10/07/2023"); Art. 28(2) replaces QĐ 45/2006 and QĐ
    // 54/2015.
    row! {
        "09/2023/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
        signed 2023-4-12, from 2023-7-10, to open, replaces ["45/2006/QĐ-TTg", "54/2015/QĐ-TTg"], Codification,
        "Quyết định về việc cấp và quản lý thẻ đi lại của doanh nhân APEC",
        "Decision on issuing and managing the APEC business travel card",
    },
    // ---- consular work --------------------------------------------------------------------
    // TT 03/2026/TT-BNG: in force 09/05/2026 (one repository transcription, docs/procedures.md
    // §2.8: `text*`); signing date not read.
    row! {
        "03/2026/TT-BNG", Circular, "Bộ Ngoại giao",
        signed none, from 2026-5-9, to open, replaces [], Provisional,
        "Thông tư quy định việc phân cấp thẩm quyền chứng nhận lãnh sự, hợp pháp hóa lãnh sự",
        "Circular decentralising consular certification and legalisation",
    },
];
