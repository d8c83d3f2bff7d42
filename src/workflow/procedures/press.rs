//! A foreign resident reporter's activity in the province: request to the People's Committee
//! (copy MOFA), reply within 5 working days; the activity only after approval (NĐ 88/2012 Art.
//! 13(3); from 01/07/2026 NĐ 262/2026 Art. 16).

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Press,
        hosting: false,
        consultation: false,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: false,
        carry_out_label: "activity done",
        submit: (
            "request to the People's Committee, copy MOFA",
            Some(Citation::article("88/2012/NĐ-CP", 13).clause(3)),
        ),
        consult: ("", None),
        decide: (
            "reply within 5 WD; not the applicant",
            Some(Citation::article("88/2012/NĐ-CP", 13).clause(3)),
        ),
        escalate: ("", None),
        report: ("", None),
        host: ("", None),
    }
}
