//! Outbound delegation (đoàn ra): a unit sends officials abroad.
//!
//! The applicant's channel decides the authority: a delegation of the provincial party
//! committee goes through the party side (Thường trực / Ban Thường vụ Tỉnh ủy, whose opinion is
//! also asked for the cadres it manages), one of the union of friendship organisations through
//! the people's-diplomacy side, a department's through the People's Committee (Luật 49/2019
//! Art. 11). At submission the rulebook checks the lead time, the discipline and exit
//! suspension of every member (Luật 49/2019 Art. 36 and provincial rules), the caps of Chỉ thị
//! 38-CT/TW and the provinces, and the out-of-plan quota. After the trip the head reports the
//! results and the passports go back within 5 working days (Luật 49/2019 Art. 23(3)).

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Outbound,
        hosting: false,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: true,
        carry_out_label: "trip made",
        submit: (
            "lead time; discipline and exit suspension of every member; caps; out-of-plan quota",
            Some(Citation::instrument("38-CT/TW")),
        ),
        consult: (
            "own consultation only (e.g. Thường trực Tỉnh ủy for cadres it manages)",
            None,
        ),
        decide: (
            "competent by channel (party / state / people) or delegate; not the applicant",
            Some(Citation::article("49/2019/QH14", 11)),
        ),
        escalate: ("", None),
        report: (
            "head of delegation reports results",
            Some(Citation::instrument("38-CT/TW")),
        ),
        host: ("", None),
    }
}
