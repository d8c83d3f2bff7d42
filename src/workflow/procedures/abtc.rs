//! Permission to use the APEC business travel card (thẻ ABTC) at the province, QĐ
//! 09/2023/QĐ-TTg (12/04/2023, in force 10/07/2023; before it QĐ 45/2006/QĐ-TTg, whose
//! provincial figures were not read: explicit gaps).
//!
//! The Chairman of the People's Committee decides (Art. 10(3)) and may authorise a deputy to
//! sign (Art. 10(6)). Two cases, told apart by the request's facts:
//!
//! * **a state enterprise under the province** (Art. 9(1), procedure of Art. 11): the
//!   specialised agency examines the file within 15 days and submits it; `accept` is that
//!   submission (no consultation), and the Chairman decides within 5 working days of it
//!   (Art. 11(4)–(5));
//! * **a lawfully established enterprise** (Art. 9(3), procedure of Art. 12): the agency
//!   forwards the file within 3 working days for verification to the tax, customs,
//!   social-insurance and police bodies (12(4)); they answer within 20 days, **silence
//!   counting as consent** (12(5): the consultation is `silence_is_consent`, and a silent
//!   verifier is recorded as [`Answer::Silent`](crate::workflow::Answer::Silent) with
//!   `consent`); the agency then appraises within 5 working days and submits — modelled as
//!   `end_consultation`, which starts the Chairman's 5 working days "kể từ ngày nhận hồ sơ do
//!   cơ quan chuyên môn trình" (12(6)–(7)). The verifiers' extension of at most 15 days is
//!   in the rule's data only: no event extends a reply period.
//!
//! A refusal is in writing with its reasons (Art. 11(5), 12(7)): `refuse` carries the reason.
//! The agency's own written answer to an ineligible request (12(6)) is not a separate edge:
//! the conditions of Art. 8–9 found violated refuse the submission.
//!
//! After the permission: the enterprise applies for the card at the Ministry of Public
//! Security within 6 months, or asks for a new permission (Art. 13(6)) — an obligation of the
//! case ([`ReportKind::CardApplication`](crate::rules::ReportKind::CardApplication)),
//! discharged on the approved case; there is no execution step. The yearly report of the
//! enterprise (before 31 December, Art. 27(5)) and the province's exchange with the Ministry
//! of Public Security (before 15 January, Art. 26(4)) are periodic obligations of the ledger.

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    let art = |n| Citation::article("09/2023/QĐ-TTg", n);
    Shape {
        procedure: Procedure::Abtc,
        hosting: false,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: false,
        result_report: false,
        carry_out_label: "",
        submit: (
            "file at the specialised agency; Art. 8 conditions and an Art. 9 post",
            Some(art(12).clause(1)),
        ),
        consult: (
            "verification by tax, customs, social insurance, police within 20 days; silence is consent",
            Some(art(12).clause(5)),
        ),
        decide: (
            "within 5 WD of the agency's submission; refusal in writing with reasons; not the applicant",
            Some(art(10).clause(3)),
        ),
        escalate: ("", None),
        report: ("", None),
        host: ("", None),
    }
}
