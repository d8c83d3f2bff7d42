//! The province's reply as consultee on a foreign NGO registration (NĐ 58/2022/NĐ-CP Art. 11):
//! the request comes from the NGO committee; the province (through its foreign-affairs agency,
//! which may consult the police and departments) replies within 10 working days. `approve`
//! is a favourable reply, `refuse` an objection.

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::NgoReply,
        hosting: false,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: false,
        result_report: false,
        carry_out_label: "",
        submit: (
            "request for the province's opinion received",
            Some(Citation::article("58/2022/NĐ-CP", 11)),
        ),
        consult: ("own consultation only (police, departments)", None),
        decide: (
            "reply within 10 WD of receipt; not the requester",
            Some(Citation::article("58/2022/NĐ-CP", 11)),
        ),
        escalate: ("", None),
        report: ("", None),
        host: ("", None),
    }
}
