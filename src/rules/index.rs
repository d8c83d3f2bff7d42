//! The resolution index: for each (jurisdiction, activity kind) a precomputed list of key slots,
//! each holding the candidate rules of the jurisdiction itself, of the unit it continues
//! unchanged (2025), and of the national baseline — so a query is an array lookup and a short
//! walk, never a scan of the rulebook.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::org::{Channel, Jurisdiction, ProvinceId, ProvinceSet, Succession};

use super::layer::RulebookData;
use super::rule::{Applicability, RuleId, RuleRef};
use super::{Family, Subject};

/// Where a rule lives in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Loc {
    pub layer: u32,
    pub family: Family,
    pub idx: u32,
}

/// The hot data of one rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub loc: Loc,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub when: Applicability,
    pub channels: u8,
}

impl Entry {
    #[inline]
    pub fn in_force(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
    #[inline]
    pub fn applies(&self, q: &super::Query) -> bool {
        self.when.matches(q.attributes)
            && q.channel
                .is_none_or(|c| self.channels & channel_bit(c) != 0)
    }
}

pub(crate) fn channel_bit(c: Channel) -> u8 {
    match c {
        Channel::Party => 1,
        Channel::State => 2,
        Channel::People => 4,
        #[allow(unreachable_patterns)]
        _ => 8,
    }
}

/// What a trace says of one rule: its id, its validity and whether it is an unsourced entry
/// (kept beside [`Entry`], in the same order, so a trace is expanded from the index alone).
#[derive(Debug, Clone)]
pub(crate) struct EntryMeta {
    pub id: RuleId,
    pub validity: crate::law::Validity,
    pub unsourced: bool,
}

/// One key of a view: the candidates per tier (own, continued, national), as ranges of `cands`.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub family: Family,
    pub topic: Box<str>,
    pub tiers: [(u32, u32); 3],
}

/// What the index knows of a jurisdiction.
#[derive(Debug, Clone, Default)]
pub(crate) struct JurisdictionInfo {
    /// Whether the jurisdiction has a layer of its own.
    pub has_own: bool,
    /// The 63-set unit it continues unchanged, if that unit has a layer.
    pub continued: Option<Jurisdiction>,
    /// Predecessors merged into it that have layers (their rules are not applied).
    pub merged_with_layers: Vec<Jurisdiction>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub entries: Vec<Entry>,
    /// `meta[i]` is what a trace says of `entries[i]`.
    pub meta: Vec<EntryMeta>,
    pub cands: Vec<u32>,
    pub slots: Vec<Slot>,
    /// `[tslot * N + activity]` → range of `slots`.
    pub views: Vec<(u32, u32)>,
    pub info: Vec<JurisdictionInfo>,
    pub ids: HashMap<String, Loc>,
}

pub(crate) const TSLOTS: usize = 201;

pub(crate) fn tslot(t: Jurisdiction) -> usize {
    match t {
        Jurisdiction::National => 0,
        Jurisdiction::Province(ProvinceId {
            set: ProvinceSet::Until2025,
            code,
        }) => 1 + (code as usize).min(99),
        Jurisdiction::Province(ProvinceId {
            set: ProvinceSet::From2025,
            code,
        }) => 101 + (code as usize).min(99),
    }
}

/// Subject slots per jurisdiction: every subject, plus one (always empty) for foreign press as
/// a whole, which is not a subject (see [`Subject::index`]).
fn n_act() -> usize {
    Subject::ALL.len() + 1
}

type KeyMap = BTreeMap<(Family, String), Vec<u32>>;

impl Index {
    pub fn build(data: &RulebookData) -> Index {
        let mut ix = Index::default();
        // (territory, activity) → key → entries
        let mut groups: BTreeMap<(Jurisdiction, usize), KeyMap> = BTreeMap::new();
        for (li, layer) in data.layers.iter().enumerate() {
            let mut counters = [0u32; 7];
            for r in layer.rules() {
                let fam = r.family();
                let fi = Family::ALL.iter().position(|f| *f == fam).unwrap_or(0);
                let idx = counters.get(fi).copied().unwrap_or(0);
                if let Some(c) = counters.get_mut(fi) {
                    *c += 1;
                }
                let loc = Loc {
                    layer: li as u32,
                    family: fam,
                    idx,
                };
                let v = r.validity();
                let e = Entry {
                    loc,
                    from: v.from,
                    to: v.to.unwrap_or(NaiveDate::MAX),
                    when: r.when(),
                    channels: r.channels().iter().fold(0, |m, c| m | channel_bit(*c)),
                };
                let ei = ix.entries.len() as u32;
                ix.entries.push(e);
                ix.meta.push(EntryMeta {
                    id: r.id().clone(),
                    validity: v,
                    unsourced: r.is_unsourced(),
                });
                ix.ids.insert(r.id().as_str().to_string(), loc);
                groups
                    .entry((r.jurisdiction(), r.activity().index()))
                    .or_default()
                    .entry((fam, r.topic().to_string()))
                    .or_default()
                    .push(ei);
            }
        }
        for list in groups.values_mut().flat_map(|m| m.values_mut()) {
            let entries = &ix.entries;
            list.sort_by_key(|e| entries.get(*e as usize).map(|x| x.from));
        }
        let has_layer = |t: Jurisdiction| data.layers.iter().any(|l| l.jurisdiction == t);
        ix.info = vec![JurisdictionInfo::default(); TSLOTS];
        ix.views = vec![(0, 0); TSLOTS * n_act()];
        let empty = KeyMap::new();
        // national first, then every jurisdiction with something of its own
        let mut terrs: Vec<Jurisdiction> = vec![Jurisdiction::National];
        for t in Jurisdiction::all().filter(|t| *t != Jurisdiction::National) {
            let cont = t.continues().filter(|p| has_layer(*p));
            if has_layer(t) || cont.is_some() {
                terrs.push(t);
            }
            let merged: Vec<Jurisdiction> = t
                .predecessors()
                .filter(|p| {
                    has_layer(*p) && matches!(p.succession(), Some(Succession::MergedInto(_)))
                })
                .collect();
            if let Some(info) = ix.info.get_mut(tslot(t)) {
                info.has_own = has_layer(t);
                info.continued = cont;
                info.merged_with_layers = merged;
            }
        }
        let national_views: Vec<(u32, u32)>;
        {
            let mut nv = Vec::new();
            for a in 0..n_act() {
                let nat = groups.get(&(Jurisdiction::National, a)).unwrap_or(&empty);
                nv.push(ix.push_view([&empty, &empty, nat]));
            }
            national_views = nv;
        }
        for ts in 0..TSLOTS {
            for a in 0..n_act() {
                if let (Some(v), Some(n)) =
                    (ix.views.get_mut(ts * n_act() + a), national_views.get(a))
                {
                    *v = *n;
                }
            }
        }
        for t in terrs.into_iter().skip(1) {
            let cont = ix.info.get(tslot(t)).and_then(|i| i.continued);
            for a in 0..n_act() {
                let own = groups.get(&(t, a)).unwrap_or(&empty);
                let c = cont.and_then(|p| groups.get(&(p, a))).unwrap_or(&empty);
                let nat = groups.get(&(Jurisdiction::National, a)).unwrap_or(&empty);
                let range = ix.push_view([own, c, nat]);
                if let Some(v) = ix.views.get_mut(tslot(t) * n_act() + a) {
                    *v = range;
                }
            }
        }
        ix
    }

    fn push_view(&mut self, tiers: [&KeyMap; 3]) -> (u32, u32) {
        let start = self.slots.len() as u32;
        let mut keys: Vec<&(Family, String)> = tiers.iter().flat_map(|m| m.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let mut ranges = [(0u32, 0u32); 3];
            for (ti, m) in tiers.iter().enumerate() {
                let list: &[u32] = m.get(k).map(Vec::as_slice).unwrap_or(&[]);
                let s = self.cands.len() as u32;
                self.cands.extend_from_slice(list);
                if let Some(r) = ranges.get_mut(ti) {
                    *r = (s, s + list.len() as u32);
                }
            }
            self.slots.push(Slot {
                family: k.0,
                topic: k.1.clone().into_boxed_str(),
                tiers: ranges,
            });
        }
        (start, self.slots.len() as u32)
    }

    #[inline]
    pub fn view(&self, t: Jurisdiction, a: Subject) -> &[Slot] {
        let (s, e) = self
            .views
            .get(tslot(t) * n_act() + a.index())
            .copied()
            .unwrap_or((0, 0));
        self.slots.get(s as usize..e as usize).unwrap_or(&[])
    }

    #[inline]
    pub fn tier(&self, slot: &Slot, tier: usize) -> &[u32] {
        let (s, e) = slot.tiers.get(tier).copied().unwrap_or((0, 0));
        self.cands.get(s as usize..e as usize).unwrap_or(&[])
    }

    pub fn by_id(&self, id: &str) -> Option<Loc> {
        self.ids.get(id).copied()
    }

    pub fn rule<'a>(&self, data: &'a RulebookData, loc: Loc) -> Option<RuleRef<'a>> {
        let layer = data.layers.get(loc.layer as usize)?;
        let i = loc.idx as usize;
        Some(match loc.family {
            Family::Authority => RuleRef::Authority(layer.authority.get(i)?),
            Family::Escalation => RuleRef::Escalation(layer.escalation.get(i)?),
            Family::LeadTime => RuleRef::LeadTime(layer.lead_time.get(i)?),
            Family::Consultation => RuleRef::Consultation(layer.consultation.get(i)?),
            Family::Processing => RuleRef::Processing(layer.processing.get(i)?),
            Family::Condition => RuleRef::Condition(layer.conditions.get(i)?),
            Family::Obligation => RuleRef::Obligation(layer.obligations.get(i)?),
        })
    }
}
