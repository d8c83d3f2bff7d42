//! International agreement (thỏa thuận quốc tế): Luật 70/2020/QH14 and NĐ 64/2021/NĐ-CP (as
//! amended by NĐ 177/2025/NĐ-CP from 01/07/2025).
//!
//! Tiers: in the name of the People's Committee or Council (Art. 18–19: consult MOFA and the
//! bodies concerned, replies within 7 working days, 3 in the shortened procedure of Art. 39;
//! an objection sends the case to the Prime Minister, who answers within 7 working days, and
//! signing waits for the PM's written consent); a provincial department (NĐ 64 Art. 5); a
//! border commune (NĐ 64 Art. 7 as amended: the commune reconciles the opinions); a provincial
//! branch of an organisation (NĐ 64 Art. 8). Report within 15 days of signing.

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Agreement,
        hosting: false,
        consultation: true,
        reconciliation: true,
        escalation: true,
        execution: true,
        result_report: true,
        carry_out_label: "sign",
        submit: (
            "proposal dossier (Art. 27); shortened procedure only on its grounds (Art. 39)",
            Some(Citation::article("70/2020/QH14", 19).clause(1)),
        ),
        consult: (
            "own consultation only; reply within 7 WD (3 WD shortened)",
            Some(Citation::article("70/2020/QH14", 19).clause(2)),
        ),
        decide: (
            "no unresolved objection; competent by tier; not the applicant",
            Some(Citation::article("70/2020/QH14", 19).clause(3)),
        ),
        escalate: (
            "a consultee objected",
            Some(Citation::article("70/2020/QH14", 19).clause(4)),
        ),
        report: (
            "report and copy within 15 days of signing",
            Some(Citation::article("70/2020/QH14", 19).clause(5)),
        ),
        host: ("", None),
    }
}
