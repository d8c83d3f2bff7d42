//! The trace of a [`Decision`](super::Decision), kept as what it is computed from — the
//! rulebook's index (shared, not copied) and the query — and expanded into a [`Trace`] only
//! when it is read, printed, compared or serialised. `evaluate` thus builds no string and no
//! list for the trace (issue 14: building the trace eagerly was two thirds of its cost).

use std::borrow::Cow;
use std::sync::Arc;

use super::index::Index;
use super::resolve::{candidates, choose, succession_notes, Query, Trace, TraceLine};

/// The trace of a decision: for every key of the jurisdiction and subject, what applied, what
/// it overrode, what was not in force on the date and what did not apply — the same
/// [`Trace`] as [`Resolution::trace`](super::Resolution::trace) gives for the decision's
/// query, expanded on demand ([`LazyTrace::to_trace`]). Its JSON form, its `Display` and its
/// `Debug` are those of the [`Trace`]; read from JSON it holds the [`Trace`] read.
///
/// ```
/// use doingoai::activity::{ActivityKind, Details, ForeignRank, ProposedActivity};
/// use doingoai::history::History;
/// use doingoai::rules::{evaluate, Rulebook, WeekdaysOnly};
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let conf = ProposedActivity::new("HT-1", ActivityKind::InternationalConference, "34:48".parse()?, d(2026, 2, 2))
///     .runs(d(2026, 3, 12), d(2026, 3, 13))
///     .details(Details::conference(ForeignRank::ViceMinister));
/// let book = Rulebook::shipped();
/// let dec = evaluate(&conf, book, &WeekdaysOnly, &History::default())?;
/// let trace = dec.trace.to_trace();
/// assert_eq!(trace, book.resolve(&dec.trace.query())?.trace());
/// assert!(trace.lines.iter().any(|l| l.applied.as_ref().is_some_and(|id| id.as_str() == "vn.conference.authority.provincial_tier")));
/// assert_eq!(dec.trace.rulebook(), book.version_id());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct LazyTrace(Repr);

#[derive(Clone)]
enum Repr {
    /// Computed from the rulebook's index when read.
    Index {
        index: Arc<Index>,
        rulebook: Arc<str>,
        query: Query,
    },
    /// Read from JSON, or given.
    Owned(Box<Trace>),
}

impl LazyTrace {
    /// The trace of `query` under the rulebook whose index and version these are.
    pub(crate) fn new(index: Arc<Index>, rulebook: Arc<str>, query: Query) -> Self {
        LazyTrace(Repr::Index {
            index,
            rulebook,
            query,
        })
    }

    /// The trace, expanded.
    pub fn to_trace(&self) -> Trace {
        self.as_trace().into_owned()
    }

    /// The query the rules were resolved for.
    pub fn query(&self) -> Query {
        match &self.0 {
            Repr::Index { query, .. } => *query,
            Repr::Owned(t) => t.query,
        }
    }

    /// The version of the rulebook the rules were resolved in.
    pub fn rulebook(&self) -> &str {
        match &self.0 {
            Repr::Index { rulebook, .. } => rulebook,
            Repr::Owned(t) => &t.rulebook,
        }
    }

    fn as_trace(&self) -> Cow<'_, Trace> {
        match &self.0 {
            Repr::Index {
                index,
                rulebook,
                query,
            } => Cow::Owned(expand(index, rulebook, query)),
            Repr::Owned(t) => Cow::Borrowed(t),
        }
    }
}

/// The trace of a query from the index alone (the entries' ids, validity and grade are kept
/// beside them in [`Index::meta`]); equal to [`Resolution::trace`](super::Resolution::trace).
fn expand(ix: &Index, rulebook: &str, q: &Query) -> Trace {
    let id = |e: u32| ix.meta.get(e as usize).map(|m| m.id.clone());
    let lines = ix
        .view(q.jurisdiction, q.activity)
        .iter()
        .map(|slot| {
            let chosen = choose(ix, slot, q);
            let entry = |e: u32| ix.entries.get(e as usize);
            let mut overridden = Vec::new();
            let mut not_in_force = Vec::new();
            let mut not_applicable = Vec::new();
            for (e, _) in candidates(ix, slot) {
                let (Some(x), Some(m)) = (entry(e), ix.meta.get(e as usize)) else {
                    continue;
                };
                let in_force = x.in_force(q.date);
                let applies = x.applies(q);
                if !in_force {
                    not_in_force.push((m.id.clone(), m.validity));
                } else if !applies {
                    not_applicable.push(m.id.clone());
                } else if chosen.is_some_and(|c| c.0 != e) {
                    overridden.push(m.id.clone());
                }
            }
            TraceLine {
                family: slot.family,
                topic: slot.topic.to_string(),
                applied: chosen.and_then(|c| id(c.0)),
                tier: chosen.map(|c| c.1),
                unsourced: chosen
                    .and_then(|c| ix.meta.get(c.0 as usize))
                    .is_some_and(|m| m.unsourced),
                overridden,
                not_in_force,
                not_applicable,
            }
        })
        .collect();
    Trace {
        rulebook: rulebook.to_string(),
        query: *q,
        notes: succession_notes(ix, q.jurisdiction),
        lines,
    }
}

impl From<Trace> for LazyTrace {
    fn from(t: Trace) -> Self {
        LazyTrace(Repr::Owned(Box::new(t)))
    }
}

impl PartialEq for LazyTrace {
    /// Two traces are equal when they read the same.
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (
                Repr::Index {
                    index: a,
                    rulebook: ra,
                    query: qa,
                },
                Repr::Index {
                    index: b,
                    rulebook: rb,
                    query: qb,
                },
            ) if Arc::ptr_eq(a, b) => ra == rb && qa == qb,
            _ => self.as_trace() == other.as_trace(),
        }
    }
}

impl Eq for LazyTrace {}

impl std::fmt::Debug for LazyTrace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.as_trace(), f)
    }
}

impl std::fmt::Display for LazyTrace {
    /// As [`Trace`]'s `Display`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&*self.as_trace(), f)
    }
}

impl serde::Serialize for LazyTrace {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_trace().serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for LazyTrace {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Trace::deserialize(d).map(LazyTrace::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::{Channel, Jurisdiction};
    use crate::rules::{AttrSet, Attribute, Rulebook, Subject};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn query() -> impl Strategy<Value = Query> {
        let ts: Vec<Jurisdiction> = Jurisdiction::all().collect();
        (
            0..ts.len(),
            0..Subject::ALL.len(),
            0u64..(18 * 366),
            any::<u64>(),
            0usize..4,
        )
            .prop_map(move |(ti, ai, day, bits, ch)| {
                let date = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap_or_default()
                    + chrono::Days::new(day);
                let mask = (1u64 << Attribute::ALL.len()) - 1;
                let j = ts.get(ti).copied().unwrap_or(Jurisdiction::National);
                let s = Subject::ALL.get(ai).copied().unwrap_or(Subject::ALL[0]);
                let q = Query::new(j, s, date).with_attributes(AttrSet(bits & mask));
                match ch {
                    1 => q.on_channel(Channel::Party),
                    2 => q.on_channel(Channel::State),
                    3 => q.on_channel(Channel::People),
                    _ => q,
                }
            })
    }

    fn lazy(book: &Rulebook, q: Query) -> LazyTrace {
        LazyTrace::new(book.index.clone(), book.version_id.clone(), q)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// The trace expanded from the index is the resolution's trace (built from the rules
        /// themselves), line for line, and its JSON, text and debug forms are the same.
        #[test]
        fn the_lazy_trace_is_the_resolution_trace(q in query()) {
            let book = Rulebook::shipped();
            let Ok(r) = book.resolve(&q) else { return Ok(()); };
            let eager = r.trace();
            let l = lazy(book, q);
            prop_assert_eq!(&l.to_trace(), &eager);
            prop_assert_eq!(serde_json::to_string(&l).ok(), serde_json::to_string(&eager).ok());
            prop_assert_eq!(l.to_string(), eager.to_string());
            prop_assert_eq!(format!("{l:?}"), format!("{eager:?}"));
            prop_assert_eq!(l.query(), q);
            prop_assert_eq!(l.rulebook(), book.version_id());
            // read back from JSON it is the trace read, equal to the lazy one
            let back: Option<LazyTrace> = serde_json::to_string(&l).ok().and_then(|s| serde_json::from_str(&s).ok());
            prop_assert_eq!(back.as_ref(), Some(&l));
        }

        /// Two lazy traces are equal exactly when their expansions are.
        #[test]
        fn equality_is_that_of_the_expanded_traces(a in query(), b in query()) {
            let book = Rulebook::shipped();
            let (la, lb) = (lazy(book, a), lazy(book, b));
            prop_assert_eq!(la == lb, la.to_trace() == lb.to_trace());
            prop_assert_eq!(la == LazyTrace::from(lb.to_trace()), la.to_trace() == lb.to_trace());
        }
    }

    #[test]
    fn a_trace_of_another_rulebook_version_differs() {
        let book = Rulebook::shipped();
        let q = Query::new(
            Jurisdiction::National,
            Subject::ALL[0],
            NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default(),
        );
        let other = LazyTrace::new(book.index.clone(), "other@1".into(), q);
        assert_ne!(lazy(book, q), other);
        assert_eq!(other.rulebook(), "other@1");
    }

    #[test]
    fn traces_of_two_rulebooks_under_one_version_label_compare_by_their_lines() {
        // the shortcut (the same index: compare the version and the query) is not taken
        // across two indexes, even when they carry the same version label
        let book = Rulebook::shipped();
        let da_nang: Jurisdiction = "34:48".parse().unwrap_or(Jurisdiction::National);
        let mut data = book.data().clone();
        data.layers.retain(|l| l.jurisdiction != da_nang);
        let Ok(without) = Rulebook::new(data) else {
            panic!("the shipped rulebook without Đà Nẵng's layers is valid");
        };
        let q = Query::new(
            da_nang,
            Subject::ALL[0],
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        );
        let shipped = lazy(book, q);
        let same_label = LazyTrace::new(without.index.clone(), book.version_id.clone(), q);
        assert!(!shipped.to_trace().lines.is_empty());
        assert_ne!(shipped.to_trace(), same_label.to_trace());
        assert_ne!(shipped, same_label);
        // and the same index, version and query is the same trace
        assert_eq!(shipped, lazy(book, q));
    }
}
