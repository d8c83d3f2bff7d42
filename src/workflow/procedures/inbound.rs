//! Inbound delegation (đoàn vào): a foreign delegation comes to work with a provincial body.
//!
//! The inviting body files with the People's Committee through the foreign-affairs agency
//! (copy to the provincial police where the province requires it); lead times are provincial
//! (e.g. Bắc Giang: 5 working days before a reception by the Chairman). The national annex of
//! QĐ 67/2011/QĐ-TTg could not be read: its figures are not encoded.

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Inbound,
        hosting: false,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: true,
        carry_out_label: "visit held",
        submit: (
            "lead time (provincial rule)",
            Some(Citation::instrument("67/2011/QĐ-TTg")),
        ),
        consult: ("own consultation only (e.g. provincial police)", None),
        decide: (
            "competent by channel or delegate; not the applicant",
            Some(Citation::instrument("67/2011/QĐ-TTg")),
        ),
        escalate: ("", None),
        report: ("result report (provincial rule)", None),
        host: ("", None),
    }
}
