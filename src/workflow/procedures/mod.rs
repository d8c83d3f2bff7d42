//! One file per procedure: the shape of its machine (which optional steps exist, the labels,
//! guards and provisions of its edges). The steps a given case takes come from its
//! [`Assessment`](super::Assessment).

use std::sync::OnceLock;

use super::machine::{build, unreachable_machine, Machine, Transition};
use super::{ActionKind, Procedure, State};

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
        match registry().get(procedure as usize) {
            Some((m, _)) => m,
            None => unreachable_machine(),
        }
    }
}

/// The machines in [`Procedure::ALL`]'s order (a procedure's discriminant is its place:
/// checked when the crate compiles), each with its edges indexed by the state they leave.
fn registry() -> &'static [(Machine, EdgeIndex)] {
    const _: () = {
        let mut i = 0;
        while i < Procedure::ALL.len() {
            assert!(Procedure::ALL[i] as usize == i);
            i += 1;
        }
    };
    static ALL: OnceLock<Vec<(Machine, EdgeIndex)>> = OnceLock::new();
    ALL.get_or_init(|| {
        Procedure::ALL
            .iter()
            .map(|&p| {
                let m = machine(p);
                let index = EdgeIndex::of(&m);
                (m, index)
            })
            .collect()
    })
}

/// A machine's edges grouped by the state they leave, in the machine's order: the edge an
/// event takes is looked up among the few edges of the case's state, not the whole table.
struct EdgeIndex {
    /// For each state (by its place in [`State::ALL`]), the positions of its edges.
    by_from: Vec<Vec<u16>>,
}

impl EdgeIndex {
    fn of(m: &Machine) -> Self {
        let mut by_from: Vec<Vec<u16>> = vec![Vec::new(); State::ALL.len()];
        for (i, t) in m.transitions.iter().enumerate() {
            if let (Some(edges), Ok(i)) = (by_from.get_mut(t.from as usize), u16::try_from(i)) {
                edges.push(i);
            }
        }
        EdgeIndex { by_from }
    }
}

/// The edge of `procedure`'s machine from `from` by `action` to `to`: what
/// [`Machine::edge`] answers on [`Machine::of`]`(procedure)`, through the index.
pub(crate) fn edge(
    procedure: Procedure,
    from: State,
    action: ActionKind,
    to: State,
) -> Option<&'static Transition> {
    const _: () = {
        let mut i = 0;
        while i < State::ALL.len() {
            assert!(State::ALL[i] as usize == i);
            i += 1;
        }
    };
    let (m, index) = registry().get(procedure as usize)?;
    index
        .by_from
        .get(from as usize)?
        .iter()
        .filter_map(|&i| m.transitions.get(usize::from(i)))
        .find(|t| t.action == action && t.to == to)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers what a scan of the table answers, for every procedure, state, action
    /// and target (the same edge, by address), and finds every edge of every machine.
    #[test]
    fn the_edge_index_answers_as_the_table() {
        let mut found = 0;
        for &p in Procedure::ALL {
            let m = Machine::of(p);
            for &from in State::ALL {
                for &action in ActionKind::ALL {
                    for &to in State::ALL {
                        let scanned = m.edge(from, action, to);
                        let indexed = edge(p, from, action, to);
                        assert_eq!(
                            scanned.map(|t| t as *const _),
                            indexed.map(|t| t as *const _)
                        );
                        found += usize::from(indexed.is_some());
                    }
                }
            }
        }
        let edges: usize = Procedure::ALL
            .iter()
            .map(|&p| {
                let m = Machine::of(p);
                // an edge is found once per (from, action, to): the table has no duplicates
                m.transitions
                    .iter()
                    .enumerate()
                    .filter(|(i, t)| {
                        !m.transitions[..*i]
                            .iter()
                            .any(|u| (u.from, u.action, u.to) == (t.from, t.action, t.to))
                    })
                    .count()
            })
            .sum();
        assert!(found > 0);
        assert_eq!(found, edges);
    }
}
