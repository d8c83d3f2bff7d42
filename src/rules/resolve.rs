//! Resolution: the rules in force for a (jurisdiction, activity, attributes, date) query, with
//! the trace of what was overridden, not in force, or not applicable.

use chrono::NaiveDate;

use crate::law::Validity;
use crate::org::Channel;

use super::index::{Index, Slot};
use super::layer::LayerTable;
use super::rule::{RuleId, RuleRef};
use super::rulebook::Rulebook;
use super::{AttrSet, Family, Subject};
use crate::org::{Jurisdiction, Succession};

/// What a resolution is asked about.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Attribute, Query};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// let q = Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalConference), NaiveDate::from_ymd_opt(2024, 5, 1).unwrap())
///     .with(Attribute::SensitiveTopic);
/// assert!(q.attributes.contains(Attribute::SensitiveTopic));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Query {
    /// The jurisdiction where the activity takes place (or whose body acts).
    pub jurisdiction: Jurisdiction,
    /// The activity kind.
    pub activity: Subject,
    /// The date the rules are taken at (the act's date).
    pub date: NaiveDate,
    /// The attributes of the activity.
    #[serde(default)]
    pub attributes: AttrSet,
    /// Only rules governing this channel, if given.
    #[serde(default)]
    pub channel: Option<Channel>,
}

impl Query {
    /// A query with no attributes and any channel.
    pub fn new(jurisdiction: Jurisdiction, activity: Subject, date: NaiveDate) -> Self {
        Query {
            jurisdiction,
            activity,
            date,
            attributes: AttrSet::EMPTY,
            channel: None,
        }
    }
    /// The same query with an attribute added.
    pub fn with(mut self, a: super::Attribute) -> Self {
        self.attributes = self.attributes.with(a);
        self
    }
    /// The same query with these attributes.
    pub fn with_attributes(mut self, a: AttrSet) -> Self {
        self.attributes = a;
        self
    }
    /// The same query restricted to a channel.
    pub fn on_channel(mut self, c: Channel) -> Self {
        self.channel = Some(c);
        self
    }
}

/// Why a query cannot be resolved: the jurisdiction does not exist on the date. The error
/// states what applies instead; nothing is guessed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResolveError {
    /// A unit of the 63-unit set asked about after 30/06/2025.
    #[error("{jurisdiction} ({name}) ceased on {last_day} (NQ 202/2025/QH15): {}", succession_text(*.succession))]
    JurisdictionEnded {
        /// The jurisdiction asked about.
        jurisdiction: Jurisdiction,
        /// Its name.
        name: &'static str,
        /// Its last day.
        last_day: NaiveDate,
        /// What became of it.
        succession: Option<Succession>,
    },
    /// A unit of the 34-unit set asked about before 01/07/2025.
    #[error("{jurisdiction} ({name}) exists from {first_day}; before that ask its predecessors: {predecessors}")]
    NotYetInExistence {
        /// The jurisdiction asked about.
        jurisdiction: Jurisdiction,
        /// Its name.
        name: &'static str,
        /// Its first day.
        first_day: NaiveDate,
        /// Its predecessors, as text.
        predecessors: String,
    },
    /// An unknown code.
    #[error("{0} is not a known jurisdiction")]
    Unknown(Jurisdiction),
}

fn succession_text(s: Option<Succession>) -> String {
    match s {
        Some(Succession::Unchanged(t)) => format!("it continues unchanged as {t} ({}); ask {t}", t.name_vi()),
        Some(Succession::MergedInto(t)) => format!(
            "it was merged into {t} ({}); its rules are tied to its own territory and period and are not carried over — ask {t}, whose own rules and the national baseline apply",
            t.name_vi()
        ),
        None => "no successor is recorded".to_string(),
    }
}

/// Where a resolved rule comes from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Tier {
    /// The jurisdiction's own layer.
    Own,
    /// The layer of the 63-set unit that the jurisdiction continues unchanged (2025).
    Continued,
    /// The national baseline.
    National,
}

const TIERS: [Tier; 3] = [Tier::Own, Tier::Continued, Tier::National];

/// One key of a resolution: the rule that applies (if any), and access to the trace.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Resolved<'a> {
    book: &'a Rulebook,
    query: Query,
    slot: &'a Slot,
    chosen: Option<(u32, Tier)>,
}

impl<'a> Resolved<'a> {
    /// The family.
    pub fn family(&self) -> Family {
        self.slot.family
    }
    /// The topic.
    pub fn topic(&self) -> &'a str {
        &self.slot.topic
    }
    /// The rule that applies, if any.
    pub fn rule(&self) -> Option<RuleRef<'a>> {
        let (e, _) = self.chosen?;
        let entry = self.book.index.entries.get(e as usize)?;
        self.book.index.rule(&self.book.data, entry.loc)
    }
    /// Where the applying rule comes from.
    pub fn tier(&self) -> Option<Tier> {
        self.chosen.map(|c| c.1)
    }
    fn all(&self) -> impl Iterator<Item = (u32, Tier)> + 'a {
        let ix: &'a Index = &self.book.index;
        candidates(ix, self.slot)
    }
    fn rule_at(&self, e: u32) -> Option<RuleRef<'a>> {
        let entry = self.book.index.entries.get(e as usize)?;
        self.book.index.rule(&self.book.data, entry.loc)
    }
    /// Rules in force and applicable but shadowed by a more specific jurisdiction.
    pub fn overridden(&self) -> impl Iterator<Item = (RuleRef<'a>, Tier)> + 'a {
        let me = *self;
        let q = self.query;
        self.all().filter_map(move |(e, t)| {
            let entry = me.book.index.entries.get(e as usize)?;
            let chosen = me.chosen?;
            (chosen.0 != e && entry.in_force(q.date) && entry.applies(&q)).then_some(())?;
            Some((me.rule_at(e)?, t))
        })
    }
    /// Rules of this key not in force on the date.
    pub fn not_in_force(&self) -> impl Iterator<Item = RuleRef<'a>> + 'a {
        let me = *self;
        let d = self.query.date;
        self.all().filter_map(move |(e, _)| {
            let entry = me.book.index.entries.get(e as usize)?;
            (!entry.in_force(d)).then_some(())?;
            me.rule_at(e)
        })
    }
    /// Rules of this key in force but not applicable to the activity's attributes or channel.
    pub fn not_applicable(&self) -> impl Iterator<Item = RuleRef<'a>> + 'a {
        let me = *self;
        let q = self.query;
        self.all().filter_map(move |(e, _)| {
            let entry = me.book.index.entries.get(e as usize)?;
            (entry.in_force(q.date) && !entry.applies(&q)).then_some(())?;
            me.rule_at(e)
        })
    }
}

/// One key of a resolution, compactly: the slot and the chosen entry.
#[derive(Debug, Clone, Copy)]
struct Hit<'a> {
    slot: &'a Slot,
    chosen: Option<(u32, Tier)>,
}

/// The rules in force for a query.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Resolution<'a> {
    book: &'a Rulebook,
    /// The query.
    pub query: Query,
    hits: Vec<Hit<'a>>,
}

impl<'a> Resolution<'a> {
    /// One entry per key known for the jurisdiction and activity, in key order (family, topic).
    pub fn entries(&self) -> impl Iterator<Item = Resolved<'a>> + '_ {
        let book = self.book;
        let query = self.query;
        self.hits.iter().map(move |h| Resolved {
            book,
            query,
            slot: h.slot,
            chosen: h.chosen,
        })
    }
    /// The number of keys.
    pub fn len(&self) -> usize {
        self.hits.len()
    }
    /// Whether no key is known for the jurisdiction and activity.
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }
    /// The rules that apply.
    pub fn rules(&self) -> impl Iterator<Item = RuleRef<'a>> + '_ {
        self.entries().filter_map(|e| e.rule())
    }
    /// The applying rules of one family, typed.
    pub fn family<V: LayerTable + 'a>(&self) -> impl Iterator<Item = &'a super::Rule<V>> + '_ {
        self.rules().filter_map(V::pick)
    }
    /// The applying rule of a family and topic.
    pub fn get<V: LayerTable + 'a>(&self, topic: &str) -> Option<&'a super::Rule<V>> {
        self.entries()
            .filter(|e| e.family() == V::FAMILY && e.topic() == topic)
            .find_map(|e| e.rule().and_then(V::pick))
    }
    /// The rulebook resolved against.
    pub fn rulebook(&self) -> &'a Rulebook {
        self.book
    }
    /// Notes on the 2025 succession for this jurisdiction: which predecessor layers continue
    /// and which are not applied.
    pub fn succession_notes(&self) -> Vec<String> {
        succession_notes(&self.book.index, self.query.jurisdiction)
    }
    /// The trace as owned, serialisable data.
    pub fn trace(&self) -> Trace {
        Trace {
            rulebook: self.book.version_id(),
            query: self.query,
            notes: self.succession_notes(),
            lines: self
                .entries()
                .map(|e| TraceLine {
                    family: e.family(),
                    topic: e.topic().to_string(),
                    applied: e.rule().map(|r| r.id().clone()),
                    tier: e.tier(),
                    unsourced: e.rule().is_some_and(|r| r.is_unsourced()),
                    overridden: e.overridden().map(|(r, _)| r.id().clone()).collect(),
                    not_in_force: e
                        .not_in_force()
                        .map(|r| (r.id().clone(), r.validity()))
                        .collect(),
                    not_applicable: e.not_applicable().map(|r| r.id().clone()).collect(),
                })
                .collect(),
        }
    }
}

/// The trace of a resolution: for every key, what applied, what it overrode, what was not in
/// force on the date and what did not apply to the activity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Trace {
    /// The rulebook version.
    pub rulebook: String,
    /// The query.
    pub query: Query,
    /// Notes on the jurisdiction (2025 succession, missing layer).
    pub notes: Vec<String>,
    /// One line per key.
    pub lines: Vec<TraceLine>,
}

/// One key of a trace.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TraceLine {
    /// The family.
    pub family: Family,
    /// The topic.
    pub topic: String,
    /// The id of the rule applied.
    pub applied: Option<RuleId>,
    /// Where it came from.
    pub tier: Option<Tier>,
    /// Whether the applied rule is an unsourced entry.
    pub unsourced: bool,
    /// Rules overridden by a more specific jurisdiction.
    pub overridden: Vec<RuleId>,
    /// Rules not in force on the date, with their validity.
    pub not_in_force: Vec<(RuleId, Validity)>,
    /// Rules in force that do not apply to the activity.
    pub not_applicable: Vec<RuleId>,
}

impl Rulebook {
    /// Resolves a query: for every key of the jurisdiction and activity, the rule in force on
    /// the date that applies — the jurisdiction's own rule over that of the unit it continues
    /// unchanged over the national baseline.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{Subject, Condition, Query, Rulebook, Tier};
    /// use doingoai::org::{Jurisdiction};
    /// use chrono::NaiveDate;
    /// let book = Rulebook::shipped();
    /// let on = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
    /// let da_nang: Jurisdiction = "34:48".parse().unwrap();
    /// let r = book.resolve(&Query::new(da_nang, Subject::Activity(ActivityKind::OutboundDelegation), on))?;
    /// let cap = r.get::<Condition>("trips_per_person_per_year").unwrap();
    /// assert_eq!(cap.value, Some(Condition::MaxTripsPerPersonPerYear { max: 2 }));
    /// assert_eq!(cap.jurisdiction, da_nang);
    /// # Ok::<(), doingoai::rules::ResolveError>(())
    /// ```
    pub fn resolve(&self, q: &Query) -> Result<Resolution<'_>, ResolveError> {
        self.check_exists(q)?;
        let view = self.index.view(q.jurisdiction, q.activity);
        let hits = view
            .iter()
            .map(|slot| Hit {
                slot,
                chosen: self.choose(slot, q),
            })
            .collect();
        Ok(Resolution {
            book: self,
            query: *q,
            hits,
        })
    }

    /// The rules that apply to a query, in key order: what `resolve(q)?.rules()` gives,
    /// without collecting the resolution (the path of `evaluate`).
    pub(crate) fn applying(
        &self,
        q: &Query,
    ) -> Result<impl Iterator<Item = RuleRef<'_>> + '_, ResolveError> {
        self.check_exists(q)?;
        let q = *q;
        let ix: &Index = &self.index;
        Ok(ix
            .view(q.jurisdiction, q.activity)
            .iter()
            .filter_map(move |slot| {
                let (e, _) = choose(ix, slot, &q)?;
                let entry = ix.entries.get(e as usize)?;
                ix.rule(&self.data, entry.loc)
            }))
    }

    /// Whether the query's jurisdiction is known and exists on its date.
    fn check_exists(&self, q: &Query) -> Result<(), ResolveError> {
        let j = q.jurisdiction;
        if !j.is_national() && j.province().is_none() {
            return Err(ResolveError::Unknown(j));
        }
        if !j.exists_on(q.date) {
            let existence = j.validity();
            return Err(match existence.to {
                Some(last_day) if q.date > last_day => ResolveError::JurisdictionEnded {
                    jurisdiction: j,
                    name: j.name_vi(),
                    last_day,
                    succession: j.succession(),
                },
                _ => ResolveError::NotYetInExistence {
                    jurisdiction: j,
                    name: j.name_vi(),
                    first_day: existence.from,
                    predecessors: {
                        let list = j
                            .predecessors()
                            .map(|p| format!("{p} ({})", p.name_vi()))
                            .collect::<Vec<_>>()
                            .join(", ");
                        if list.is_empty() {
                            "none modelled (earlier units are outside the library)".to_string()
                        } else {
                            list
                        }
                    },
                },
            });
        }
        Ok(())
    }

    #[inline]
    fn choose(&self, slot: &Slot, q: &Query) -> Option<(u32, Tier)> {
        choose(&self.index, slot, q)
    }

    /// The applying rule of one family and topic for a query (a per-family lookup).
    pub fn find<V: LayerTable>(
        &self,
        q: &Query,
        topic: &str,
    ) -> Result<Option<&super::Rule<V>>, ResolveError> {
        let r = self.resolve(q)?;
        Ok(r.get::<V>(topic))
    }
}

/// The entry that applies in a slot: the first in force on the date and applicable to the
/// query, own tier first, then the continued unit's, then the national baseline.
#[inline]
pub(crate) fn choose(ix: &Index, slot: &Slot, q: &Query) -> Option<(u32, Tier)> {
    for (ti, tier) in TIERS.iter().enumerate() {
        for e in ix.tier(slot, ti) {
            if let Some(entry) = ix.entries.get(*e as usize) {
                if entry.in_force(q.date) && entry.applies(q) {
                    return Some((*e, *tier));
                }
            }
        }
    }
    None
}

/// The candidates of a slot with their tier, own tier first.
pub(crate) fn candidates<'a>(
    ix: &'a Index,
    slot: &'a Slot,
) -> impl Iterator<Item = (u32, Tier)> + 'a {
    (0..3).flat_map(move |t| {
        ix.tier(slot, t)
            .iter()
            .map(move |e| (*e, TIERS.get(t).copied().unwrap_or(Tier::National)))
    })
}

/// Notes on the 2025 succession for a jurisdiction: which predecessor layers continue and
/// which are not applied ([`Resolution::succession_notes`]).
pub(crate) fn succession_notes(ix: &Index, j: Jurisdiction) -> Vec<String> {
    let Some(info) = ix.info.get(super::index::tslot(j)) else {
        return vec![];
    };
    let mut v = Vec::new();
    if let Some(p) = info.continued {
        v.push(format!(
            "{} ({}) continues {} unchanged since 01/07/2025 (NQ 202/2025/QH15): the rules of {} still apply where {} has none of its own",
            j,
            j.name_vi(),
            p,
            p,
            j
        ));
    }
    for p in &info.merged_with_layers {
        v.push(format!(
            "{} ({}) was merged into {} on 01/07/2025: its rules are tied to its own territory and period (until 30/06/2025) and are not applied here",
            p,
            p.name_vi(),
            j
        ));
    }
    if !info.has_own && info.continued.is_none() && j != Jurisdiction::National {
        v.push(format!(
            "{} ({}) has no layer in this rulebook: only the national baseline applies",
            j,
            j.name_vi()
        ));
    }
    v
}

impl std::fmt::Display for Trace {
    /// One line per key: what applied (and from where), what it overrode, what was not in force
    /// on the date, what did not apply to the activity.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} — {} {} on {}",
            self.rulebook,
            self.query.jurisdiction,
            self.query.activity.code(),
            self.query.date.format("%d/%m/%Y")
        )?;
        for n in &self.notes {
            writeln!(f, "  note: {n}")?;
        }
        for l in &self.lines {
            let key = format!("{}.{}", l.family.code(), l.topic);
            match (&l.applied, l.tier) {
                (Some(id), Some(t)) => write!(
                    f,
                    "  {key}: {id} ({t:?}{})",
                    if l.unsourced { ", unsourced" } else { "" }
                )?,
                _ => write!(f, "  {key}: no rule applies")?,
            }
            if !l.overridden.is_empty() {
                write!(
                    f,
                    "; overrides {} (a more specific jurisdiction wins)",
                    l.overridden
                        .iter()
                        .map(RuleId::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                )?;
            }
            for (id, v) in &l.not_in_force {
                write!(f, "; {id} not in force ({v})")?;
            }
            if !l.not_applicable.is_empty() {
                write!(
                    f,
                    "; not applicable to this activity: {}",
                    l.not_applicable
                        .iter()
                        .map(RuleId::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                )?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
