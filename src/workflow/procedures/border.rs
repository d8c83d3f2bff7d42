//! A border affair that needs the People's Committee's approval (issue 11, BOR-1..3;
//! `docs/procedures.md` §2.9): the applicant files with the People's Committee through the
//! foreign-affairs agency, the People's Committee decides (for foreigners brought into the
//! maritime border area: its letter of introduction, NĐ 71/2015/NĐ-CP Art. 7(2)), and the
//! matter is carried out. No consultation step: the police and border guard are notified, not
//! consulted (at least 24 hours before, 12 for a delegation — a period in hours, which the
//! crate's day-counted periods cannot hold, so the rulebook keeps it as a cited gap). No
//! result report: none is named by the sources read. Border liaison meetings have no procedure
//! in any text found: they run through the same steps with the authority as a cited gap.

use crate::law::Citation;
use crate::workflow::machine::Shape;
use crate::workflow::Procedure;

pub(crate) fn shape() -> Shape {
    Shape {
        procedure: Procedure::Border,
        hosting: false,
        consultation: false,
        reconciliation: false,
        escalation: false,
        execution: true,
        result_report: false,
        carry_out_label: "entry or meeting held",
        submit: (
            "request to the People's Committee; notice to police and border guard",
            Some(Citation::article("71/2015/NĐ-CP", 7).clause(2)),
        ),
        consult: ("", None),
        decide: (
            "letter of introduction of the People's Committee; not the applicant",
            Some(Citation::article("71/2015/NĐ-CP", 7).clause(2)),
        ),
        escalate: ("", None),
        report: ("", None),
        host: ("", None),
    }
}
