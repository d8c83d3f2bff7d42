//! Non-refundable aid outside ODA: NĐ 80/2020/NĐ-CP (17/09/2020 – 07/12/2025), then NĐ
//! 313/2025/NĐ-CP (whose operative figures were not read).
//!
//! The PM approves aid touching security, defence, religion or law drafting; otherwise the head
//! of the line agency (the Chairman) (Art. 7). Appraisal led by the provincial planning (since
//! 2025 finance) department with the police and the departments concerned, within 20 days
//! (Art. 10). The donor is notified within 5 days of approval (Art. 11(2)).

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Aid,
        hosting: false,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: true,
        carry_out_label: "aid implemented",
        submit: (
            "dossier (Art. 8); tier by subject (PM if security, defence, religion, law drafting)",
            Some(Citation::article("80/2020/NĐ-CP", 8)),
        ),
        consult: (
            "appraisal opinions; own consultation only",
            Some(Citation::article("80/2020/NĐ-CP", 10)),
        ),
        decide: (
            "competent by tier; not the applicant",
            Some(Citation::article("80/2020/NĐ-CP", 7)),
        ),
        escalate: ("", None),
        report: (
            "end-of-aid report",
            Some(Citation::article("80/2020/NĐ-CP", 14).clause(4)),
        ),
        host: ("", None),
    }
}
