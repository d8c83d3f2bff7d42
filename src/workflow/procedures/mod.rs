//! One file per procedure: the shape of its machine (which optional steps exist, the labels,
//! guards and provisions of its edges). The steps a given case takes come from its
//! [`Assessment`](super::Assessment).

use super::machine::{build, Machine};
use super::Procedure;

mod agreement;
mod aid;
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
    })
}
