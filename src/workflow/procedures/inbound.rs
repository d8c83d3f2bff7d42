//! Inbound delegation (đoàn vào): a foreign delegation comes to work with a provincial body.
//! Overseas-Vietnamese delegations received by the province run through the same steps (issue
//! 11, OVS-1), under their own rule subject.
//!
//! The steps are those the provincial procedures read give (`docs/procedures.md` IN-1, IN-2):
//! the inviting body files with the People's Committee through the foreign-affairs agency (Phú
//! Yên, QĐ 92/QĐ-UBND of 18/01/2019: the agency submits within 3 working days; Bắc Giang: the
//! file reaches the agency at least 5 working days before a reception by the Chairman); where
//! opinions are needed the agency writes to the bodies concerned (Phú Yên: within 3 days; they
//! answer within 12 working days; Bình Dương: copy to the provincial police) and advises
//! within 3 working days of the last opinion; the superior body decides (Phú Yên: 5 working
//! days). Every figure is in the provincial layers, none here. The national annex of QĐ
//! 67/2011/QĐ-TTg could not be read: the national authority and lead time are explicit gaps.
//! The result report is kept from the earlier machine; no source read names one for inbound
//! delegations.

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
            "through the FA agency; lead time (provincial rule)",
            Some(Citation::instrument("67/2011/QĐ-TTg")),
        ),
        consult: (
            "bodies concerned, where the province asks (e.g. police)",
            None,
        ),
        decide: (
            "competent level on the FA agency's advice; not the applicant",
            Some(Citation::instrument("67/2011/QĐ-TTg")),
        ),
        escalate: ("", None),
        report: ("result report (no source read)", None),
        host: ("", None),
    }
}
