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
        // built once for the program: the edges' lists are kept for good as they are made,
        // so an event adopting one copies a pointer, without an atomic count
        crate::law::forever::keeping(|| {
            Procedure::ALL
                .iter()
                .map(|&p| {
                    let m = machine(p);
                    let index = EdgeIndex::of(&m);
                    (m, index)
                })
                .collect()
        })
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

/// The optional steps a case's assessment rules out, for [`course_len`]: a state the case
/// will not enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Skips {
    /// No consultation (`in_consultation`).
    pub consultation: bool,
    /// No reconciliation (`reconciling`).
    pub reconciliation: bool,
    /// No escalation (`escalated`).
    pub escalation: bool,
}

impl Skips {
    fn bits(self) -> usize {
        usize::from(self.consultation)
            | usize::from(self.reconciliation) << 1
            | usize::from(self.escalation) << 2
    }

    fn skips(self, s: State) -> bool {
        match s {
            State::InConsultation => self.consultation,
            State::Reconciling => self.reconciliation,
            State::Escalated => self.escalation,
            // a detour: the case comes back to `submitted`
            State::ReturnedForCompletion => true,
            _ => false,
        }
    }
}

/// The number of events a case of `procedure` takes from `from` to `closed` when it runs its
/// whole course: the longest path of the machine that enters no state twice, takes no step
/// that stays in its state (a reply, a discharge, a recheck) and enters no state `skips`
/// rules out; 0 when `closed` cannot be reached so. The case reserves its log for this many
/// entries when its assessment comes in (nothing to regrow or give back at closing when
/// the case runs as planned). Computed once per procedure, state and skips.
pub(crate) fn course_len(procedure: Procedure, from: State, skips: Skips) -> usize {
    const STATES: usize = State::ALL.len();
    const ENTRIES: usize = Procedure::ALL.len() * STATES * 8;
    static LENS: [OnceLock<u8>; ENTRIES] = [const { OnceLock::new() }; ENTRIES];
    let key = (procedure as usize * STATES + from as usize) * 8 + skips.bits();
    let Some(cell) = LENS.get(key) else {
        return 0;
    };
    usize::from(*cell.get_or_init(|| {
        let m = Machine::of(procedure);
        let n = longest(m, from, skips, &mut Vec::new()).unwrap_or(0);
        u8::try_from(n).unwrap_or(u8::MAX)
    }))
}

/// The longest path from `from` to `closed` (depth first over a dozen states at most).
fn longest(m: &Machine, from: State, skips: Skips, seen: &mut Vec<State>) -> Option<usize> {
    if from == State::Closed {
        return Some(0);
    }
    seen.push(from);
    let mut best: Option<usize> = None;
    for t in m.transitions.iter().filter(|t| t.from == from) {
        if t.to != from && !skips.skips(t.to) && !seen.contains(&t.to) {
            if let Some(n) = longest(m, t.to, skips, seen) {
                best = Some(best.map_or(n + 1, |b: usize| b.max(n + 1)));
            }
        }
    }
    seen.pop();
    best
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

    /// The registry's machines are built once for the program: every edge's list is kept
    /// for good (an event adopting it copies no count) and says what the machine built
    /// afresh says.
    #[test]
    fn the_registrys_edge_lists_are_kept_and_equal_to_a_fresh_build() {
        let mut cited = 0;
        for &p in Procedure::ALL {
            let (kept, fresh) = (Machine::of(p), machine(p));
            assert_eq!(kept.transitions.len(), fresh.transitions.len());
            for (k, f) in kept.transitions.iter().zip(&fresh.transitions) {
                assert!(k.cited.is_static(), "{p:?} {:?} {:?}", k.from, k.action);
                assert_eq!(k.cited, f.cited);
                assert_eq!(k.citation, f.citation);
                cited += usize::from(!k.cited.is_empty());
            }
        }
        assert!(cited > 50, "{cited} edges cite a provision");
    }
}

#[cfg(test)]
mod course_tests {
    use super::*;

    const NONE: Skips = Skips {
        consultation: true,
        reconciliation: true,
        escalation: true,
    };

    /// A delegation abroad with no consultation: accept, approve, carry out, report, close
    /// after the submission; every step the assessment allows lengthens the course.
    #[test]
    fn the_course_of_a_delegation_is_its_main_line() {
        assert_eq!(course_len(Procedure::Outbound, State::Submitted, NONE), 5);
        assert_eq!(course_len(Procedure::Outbound, State::Draft, NONE), 6);
        assert_eq!(course_len(Procedure::Outbound, State::Closed, NONE), 0);
        assert_eq!(
            course_len(Procedure::Outbound, State::ResultReported, NONE),
            1
        );
        for &p in Procedure::ALL {
            let all = Skips {
                consultation: false,
                reconciliation: false,
                escalation: false,
            };
            let (short, long) = (
                course_len(p, State::Draft, NONE),
                course_len(p, State::Draft, all),
            );
            assert!(short > 0 && long >= short, "{p:?}: {short} {long}");
            // the same answer again (the cached one)
            assert_eq!(course_len(p, State::Draft, all), long);
        }
        // an agreement consults, reconciles and may escalate: each step allowed lengthens it
        let only = |consultation, reconciliation, escalation| Skips {
            consultation,
            reconciliation,
            escalation,
        };
        let agreement = |s| course_len(Procedure::Agreement, State::Submitted, s);
        assert!(agreement(only(false, true, true)) > agreement(NONE));
        assert!(agreement(only(false, false, true)) > agreement(only(false, true, true)));
        assert!(agreement(only(false, false, false)) > agreement(only(false, false, true)));
    }

    /// Every cached length is the one computed afresh, for every procedure, state and skips
    /// (the cache is keyed by all three).
    #[test]
    fn the_cached_course_is_the_computed_one() {
        for &p in Procedure::ALL {
            for &from in State::ALL {
                for bits in 0..8u8 {
                    let skips = Skips {
                        consultation: bits & 1 != 0,
                        reconciliation: bits & 2 != 0,
                        escalation: bits & 4 != 0,
                    };
                    let fresh = longest(Machine::of(p), from, skips, &mut Vec::new()).unwrap_or(0);
                    assert_eq!(
                        course_len(p, from, skips),
                        fresh,
                        "{p:?} {from:?} {skips:?}"
                    );
                }
            }
        }
        // the optional states are skipped as asked, a detour always, a main-line state never
        let all = Skips {
            consultation: false,
            reconciliation: false,
            escalation: false,
        };
        assert!(!all.skips(State::InConsultation) && !all.skips(State::Escalated));
        assert!(
            NONE.skips(State::ReturnedForCompletion) && all.skips(State::ReturnedForCompletion)
        );
        assert!(NONE.skips(State::Reconciling) && !NONE.skips(State::Approved));
    }
}
