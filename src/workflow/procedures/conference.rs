//! International conference or seminar (QĐ 06/2020/QĐ-TTg, in force 15/04/2020).
//!
//! Optional hosting approval in principle first (Art. 6). Tier by the facts (Art. 3): the Prime
//! Minister when a foreign participant is of minister rank or higher, or the topic is
//! sensitive; otherwise the Chairman of the provincial People's Committee (often delegated to the
//! foreign-affairs agency, except events the People's Committee or Council chairs). Dossier
//! ≥ 40 / ≥ 30 days before (Art. 4(1)(a)); consultees reply within 15 days (Art. 5); the
//! organiser reports within 15 days after the event (Art. 4(2)(c)).

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Conference,
        hosting: true,
        consultation: true,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: true,
        carry_out_label: "event held",
        submit: (
            "dossier ≥ 40 days (PM tier) / ≥ 30 days (provincial) before; hosting approved if requested",
            Some(Citation::article("06/2020/QĐ-TTg", 4).clause(1).point('a')),
        ),
        consult: (
            "own consultation only; reply within 15 days",
            Some(Citation::article("06/2020/QĐ-TTg", 5)),
        ),
        decide: (
            "tier by participants and topic (PM if minister-rank foreign participant); not the applicant",
            Some(Citation::article("06/2020/QĐ-TTg", 3)),
        ),
        escalate: ("", None),
        report: (
            "report within 15 days after the event",
            Some(Citation::article("06/2020/QĐ-TTg", 4).clause(2).point('c')),
        ),
        host: (
            "hosting in principle",
            Some(Citation::article("06/2020/QĐ-TTg", 6)),
        ),
    }
}
