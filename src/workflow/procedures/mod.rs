//! One file per procedure: the shape of its machine (which optional steps exist, the labels,
//! guards and provisions of its edges). The steps a given case takes come from its
//! [`Assessment`](super::Assessment).

use std::sync::OnceLock;

use super::machine::{build, unreachable_machine, Machine};
use super::Procedure;

mod abtc;
mod agreement;
mod aid;
mod border;
mod conference;
mod inbound;
mod ngo;
mod outbound;
mod press;

/// The machine of a procedure, built from its shape.
pub(crate) fn machine(p: Procedure) -> Machine {
    build(match p {
        Procedure::Outbound => outbound::shape(),
        Procedure::Inbound => inbound::shape(),
        Procedure::Conference => conference::shape(),
        Procedure::Agreement => agreement::shape(),
        Procedure::Aid => aid::shape(),
        Procedure::Press => press::shape(),
        Procedure::NgoReply => ngo::shape(),
        Procedure::Border => border::shape(),
        Procedure::Abtc => abtc::shape(),
    })
}

// The registry of machines lives beside the procedures that build them, so that `machine.rs`
// (the edge table and its builder) does not import the procedures.
impl Machine {
    /// The machine of a procedure.
    ///
    /// ```
    /// use doingoai::workflow::{ActionKind, Machine, Procedure, State};
    /// let m = Machine::of(Procedure::Agreement);
    /// assert!(m.edge(State::AwaitingDecision, ActionKind::Escalate, State::Escalated).is_some());
    /// assert!(Machine::of(Procedure::Outbound).edge(State::AwaitingDecision, ActionKind::Escalate, State::Escalated).is_none());
    /// ```
    pub fn of(procedure: Procedure) -> &'static Machine {
        static ALL: OnceLock<Vec<Machine>> = OnceLock::new();
        let all = ALL.get_or_init(|| Procedure::ALL.iter().map(|&p| machine(p)).collect());
        let i = Procedure::ALL.iter().position(|&p| p == procedure);
        // every procedure has a machine: ALL is built from Procedure::ALL
        match i.and_then(|i| all.get(i)) {
            Some(m) => m,
            None => unreachable_machine(),
        }
    }
}
