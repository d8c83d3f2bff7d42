//! Plans: each unit's annual external-activities plan (kế hoạch hoạt động đối ngoại hằng năm)
//! and its approval, the marking of activities outside the approved plan (phát sinh ngoài kế
//! hoạch) and their count against the jurisdiction's quota; and, in [`action`], multi-year
//! action plans and directives with task groups, tasks, progress and the yearly
//! implementation report.
//!
//! Chỉ thị 38-CT/TW asks every agency, organisation and locality to build an annual plan with
//! a budget estimate, approved by the competent level, and to keep out-of-plan delegations to a
//! minimum; provinces cap them (Quảng Nam, 2024: at most 2 out-of-plan delegations a year).
//!
//! ```
//! use doingoai::plan::{AnnualPlan, PlanBook, PlannedActivity, PlanMatch, OutOfPlanQuota};
//! use doingoai::activity::{ActivityKind, ProposedActivity};
//! use doingoai::org::{Body, BodyKind, Jurisdiction};
//! use doingoai::Channel;
//! use chrono::NaiveDate;
//! let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
//! let dn = Jurisdiction::new_unit(48).unwrap();
//! let tourism = Body::new(BodyKind::ProvincialDepartment, dn).named("Sở Du lịch");
//! let mut plan = AnnualPlan::new(tourism.clone(), 2026);
//! plan.items.push(PlannedActivity::new("dl-1", ActivityKind::OutboundDelegation, Channel::State, 2)
//!     .partner("JP").budget(350_000_000));
//! plan.approve(Body::new(BodyKind::PpcChairman, dn), d(1, 15), "12/QĐ-UBND");
//! let mut book = PlanBook::new(dn, 2026, Some(OutOfPlanQuota::new(2)));
//! book.plans.push(plan);
//! let mut trip = ProposedActivity::new("dl-2026-07", ActivityKind::OutboundDelegation, dn, d(3, 2))
//!     .by(tourism)
//!     .runs(d(4, 6), d(4, 10));
//! assert!(matches!(book.mark(&mut trip), PlanMatch::InPlan { .. }));
//! assert!(trip.in_plan);
//! ```

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::activity::{ActivityId, ActivityKind, Details, ProposedActivity};
use crate::label::vocabulary;
use crate::law::{Citation, Evidence};
use crate::org::{Body, Channel, Jurisdiction};

pub mod action;

pub use action::{
    ActionPlan, ActionPlanKind, GroupSummary, ImplementationReport, ProgressUpdate, Task,
    TaskGroup, TaskLine, TaskStatus,
};

/// One activity in a unit's annual plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PlannedActivity {
    /// Identifier within the plan.
    pub id: String,
    /// Kind of activity.
    pub kind: ActivityKind,
    /// Channel.
    pub channel: Channel,
    /// Partner country (ISO 3166-1 alpha-2), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_country: Option<String>,
    /// Quarter of the year (1–4).
    pub quarter: u8,
    /// Estimated budget in VND (dự toán kinh phí).
    pub budget_vnd: u64,
    /// Title.
    #[serde(default)]
    pub title: String,
}

impl PlannedActivity {
    /// A planned activity in quarter `quarter` (clamped to 1–4), no partner, no budget.
    pub fn new(id: impl Into<String>, kind: ActivityKind, channel: Channel, quarter: u8) -> Self {
        PlannedActivity {
            id: id.into(),
            kind,
            channel,
            partner_country: None,
            quarter: quarter.clamp(1, 4),
            budget_vnd: 0,
            title: String::new(),
        }
    }

    /// Sets the partner country.
    pub fn partner(mut self, country: impl Into<String>) -> Self {
        self.partner_country = Some(country.into());
        self
    }

    /// Sets the estimated budget.
    pub fn budget(mut self, vnd: u64) -> Self {
        self.budget_vnd = vnd;
        self
    }

    /// Sets the title.
    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }
}

/// The approval of a plan by the competent body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanApproval {
    /// Who approved it.
    pub by: Body,
    /// When.
    pub on: NaiveDate,
    /// The approving instrument's number, as written.
    pub instrument: String,
}

/// A unit's annual external-activities plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AnnualPlan {
    /// The unit whose plan it is.
    pub unit: Body,
    /// The year planned.
    pub year: i32,
    /// The planned activities.
    pub items: Vec<PlannedActivity>,
    /// The approval, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<PlanApproval>,
}

impl AnnualPlan {
    /// An empty, unapproved plan.
    pub fn new(unit: Body, year: i32) -> Self {
        AnnualPlan {
            unit,
            year,
            items: Vec::new(),
            approval: None,
        }
    }

    /// Records the approval.
    pub fn approve(&mut self, by: Body, on: NaiveDate, instrument: impl Into<String>) {
        self.approval = Some(PlanApproval {
            by,
            on,
            instrument: instrument.into(),
        });
    }

    /// Whether the plan was approved on or before `date`.
    pub fn approved_on(&self, date: NaiveDate) -> bool {
        self.approval.as_ref().is_some_and(|a| a.on <= date)
    }

    /// Total estimated budget.
    pub fn budget_vnd(&self) -> u64 {
        self.items.iter().map(|i| i.budget_vnd).sum()
    }
}

/// A cap on out-of-plan activities per jurisdiction and year.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutOfPlanQuota {
    /// The most out-of-plan activities allowed in a year.
    pub max_per_year: u32,
    /// The kinds counted (outbound delegations by default).
    pub kinds: Vec<ActivityKind>,
    /// The provision that sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// How far it can be trusted.
    pub evidence: Evidence,
}

impl OutOfPlanQuota {
    /// A quota of `max` outbound delegations a year, with no citation, secondary evidence
    /// (give the province's instrument with [`OutOfPlanQuota::cited`]).
    pub fn new(max: u32) -> Self {
        OutOfPlanQuota {
            max_per_year: max,
            kinds: vec![ActivityKind::OutboundDelegation],
            citation: None,
            evidence: Evidence::Secondary,
        }
    }

    /// Sets the citation and evidence.
    pub fn cited(mut self, citation: Citation, evidence: Evidence) -> Self {
        self.citation = Some(citation);
        self.evidence = evidence;
        self
    }
}

/// How a proposed activity stands against the approved plans.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanMatch {
    /// In the approved plan of its unit.
    InPlan {
        /// The planned item it carries out.
        item: String,
    },
    /// Outside the approved plan.
    OutOfPlan {
        /// Why it does not match (no approved plan, no matching item, …).
        reason: String,
        /// Its position among the counted out-of-plan activities of the year (1-based), if
        /// its kind is counted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        count: Option<u32>,
        /// The quota, if one applies.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota: Option<u32>,
        /// Whether it goes beyond the quota.
        beyond_quota: bool,
    },
}

impl PlanMatch {
    /// Whether the activity is in the plan.
    pub fn is_in_plan(&self) -> bool {
        matches!(self, PlanMatch::InPlan { .. })
    }

    /// Whether the activity goes beyond the out-of-plan quota.
    pub fn beyond_quota(&self) -> bool {
        matches!(
            self,
            PlanMatch::OutOfPlan {
                beyond_quota: true,
                ..
            }
        )
    }
}

vocabulary! {
    /// What became of a planned item by the end of the period.
    pub enum PlanItemOutcome {
        /// Carried out by an activity.
        CarriedOut = ("carried_out", "đã thực hiện", "carried out"),
        /// Not carried out.
        NotCarriedOut = ("not_carried_out", "chưa thực hiện", "not carried out"),
    }
}

/// The plans of a jurisdiction for a year, the quota, and the out-of-plan activities counted
/// so far.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PlanBook {
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The year.
    pub year: i32,
    /// Each unit's plan.
    pub plans: Vec<AnnualPlan>,
    /// The out-of-plan quota, if the jurisdiction sets one.
    pub quota: Option<OutOfPlanQuota>,
    /// Out-of-plan activities marked so far, in order.
    pub out_of_plan: Vec<ActivityId>,
    /// Planned items matched so far: (unit plan index, item id, activity).
    pub carried_out: Vec<(usize, String, ActivityId)>,
    /// Index of `carried_out` for lookups (rebuilt on demand when it falls out of step, e.g.
    /// after deserialisation).
    #[serde(skip)]
    used: BTreeSet<(usize, String)>,
}

impl PartialEq for PlanBook {
    /// Equal when the plans, quota and recorded activities are equal (the lookup index is
    /// not compared).
    fn eq(&self, o: &Self) -> bool {
        self.jurisdiction == o.jurisdiction
            && self.year == o.year
            && self.plans == o.plans
            && self.quota == o.quota
            && self.out_of_plan == o.out_of_plan
            && self.carried_out == o.carried_out
    }
}

impl Eq for PlanBook {}

impl PlanBook {
    /// A plan book with no plans yet.
    pub fn new(jurisdiction: Jurisdiction, year: i32, quota: Option<OutOfPlanQuota>) -> Self {
        PlanBook {
            jurisdiction,
            year,
            plans: Vec::new(),
            quota,
            out_of_plan: Vec::new(),
            carried_out: Vec::new(),
            used: BTreeSet::new(),
        }
    }

    /// Whether out-of-plan activities of `kind` are counted: the quota's kinds, or outbound
    /// delegations when no quota is set.
    pub fn counts(&self, kind: ActivityKind) -> bool {
        self.quota
            .as_ref()
            .map_or(kind == ActivityKind::OutboundDelegation, |q| {
                q.kinds.contains(&kind)
            })
    }

    fn is_used(&self, plan: usize, item: &str) -> bool {
        if self.used.len() == self.carried_out.len() {
            self.used.contains(&(plan, item.to_string()))
        } else {
            self.carried_out
                .iter()
                .any(|(p, id, _)| *p == plan && id == item)
        }
    }

    /// The approved plan of `unit`, if any.
    pub fn plan_of(&self, unit: &Body) -> Option<&AnnualPlan> {
        self.plans.iter().find(|p| &p.unit == unit)
    }

    fn partner_of(a: &ProposedActivity) -> Option<&str> {
        match &a.details {
            Details::Delegation { countries, .. } => countries.first().map(|c| c.country.as_str()),
            Details::Inbound { country, .. } => Some(country.as_str()),
            _ => None,
        }
    }

    /// Classifies `activity` without recording it: in the plan if its unit's (the applicant
    /// body's) plan was approved by the filing date and has an unused item of the same kind
    /// and channel in the quarter of the start date, or of the filing date for an activity
    /// without one (and the same partner country where both are known); out of the plan when
    /// no applicant body is named.
    pub fn classify(&self, activity: &ProposedActivity) -> PlanMatch {
        self.find(activity)
            .map(|(_, item)| PlanMatch::InPlan { item })
            .unwrap_or_else(|reason| self.out_of_plan_match(activity, reason, false))
    }

    fn find(&self, a: &ProposedActivity) -> Result<(usize, String), String> {
        let pi = self.plan_for(a)?;
        let plan = &self.plans[pi];
        let partner = Self::partner_of(a);
        plan.items
            .iter()
            .find(|i| Self::fits(i, a, partner) && !self.is_used(pi, &i.id))
            .map(|i| (pi, i.id.clone()))
            .ok_or_else(|| self.no_unused_item(a))
    }

    /// The index of the plan that covers `a` (its unit's plan for the year of its start, or of
    /// its filing when it has no start), approved by the filing date.
    fn plan_for(&self, a: &ProposedActivity) -> Result<usize, String> {
        let day = a.day();
        let Some(unit) = a.applicant.as_ref() else {
            return Err("no applicant body, so no unit's plan".into());
        };
        let Some((pi, plan)) = self
            .plans
            .iter()
            .enumerate()
            .find(|(_, p)| &p.unit == unit && p.year == day.year())
        else {
            return Err(format!("no plan of {unit} for {}", day.year()));
        };
        if !plan.approved_on(a.filed_on) {
            return Err(format!(
                "the plan of {unit} was not approved by {}",
                a.filed_on
            ));
        }
        Ok(pi)
    }

    /// The quarter of the year in which `a` starts (of its filing without a start), 1–4.
    fn quarter_of(a: &ProposedActivity) -> u8 {
        u8::try_from(a.day().month0() / 3 + 1).unwrap_or(4)
    }

    /// Whether item `i` can carry out `a` (used or not): same kind, channel and quarter, and
    /// the same partner country where both are known.
    fn fits(i: &PlannedActivity, a: &ProposedActivity, partner: Option<&str>) -> bool {
        i.kind == a.kind
            && i.channel == a.channel()
            && i.quarter == Self::quarter_of(a)
            && match (&i.partner_country, partner) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            }
    }

    fn no_unused_item(&self, a: &ProposedActivity) -> String {
        let unit = a
            .applicant
            .as_ref()
            .map_or_else(|| "no applicant".to_string(), |b| b.to_string());
        format!(
            "no unused item of kind `{}` in quarter {} of the plan of {unit}",
            a.kind.code(),
            Self::quarter_of(a),
        )
    }

    fn out_of_plan_match(&self, a: &ProposedActivity, reason: String, recorded: bool) -> PlanMatch {
        let counted = self.counts(a.kind);
        let already = self.out_of_plan.len();
        let pos = if recorded { already } else { already + 1 };
        let count = counted.then(|| u32::try_from(pos).unwrap_or(u32::MAX));
        let quota = self.quota.as_ref().map(|q| q.max_per_year);
        PlanMatch::OutOfPlan {
            reason,
            count,
            quota,
            beyond_quota: counted && quota.zip(count).is_some_and(|(q, c)| c > q),
        }
    }

    /// Classifies `activity`, records the result (an item used, or one more out-of-plan
    /// activity of a counted kind) and sets `activity.in_plan` so the rules and the workflow
    /// see it.
    ///
    /// Each call looks through the items of the unit's plan; to mark many activities in a
    /// row, [`PlanBook::marker`] indexes the items once and gives the same results.
    pub fn mark(&mut self, activity: &mut ProposedActivity) -> PlanMatch {
        let found = self.find(activity);
        self.record(found, activity)
    }

    /// Records the result of a lookup for `activity` (see [`PlanBook::mark`]).
    fn record(
        &mut self,
        found: Result<(usize, String), String>,
        activity: &mut ProposedActivity,
    ) -> PlanMatch {
        match found {
            Ok((pi, item)) => {
                if self.used.len() == self.carried_out.len() {
                    self.used.insert((pi, item.clone()));
                }
                self.carried_out
                    .push((pi, item.clone(), activity.id.clone()));
                activity.in_plan = true;
                PlanMatch::InPlan { item }
            }
            Err(reason) => {
                activity.in_plan = false;
                let counted = self.counts(activity.kind);
                if counted {
                    self.out_of_plan.push(activity.id.clone());
                }
                self.out_of_plan_match(activity, reason, counted)
            }
        }
    }

    /// A marker over this book: the unused items of every plan indexed once (by kind, channel,
    /// quarter and partner country), after which [`PlanMarker::mark`] costs the same however
    /// many items the plans hold and however many activities were marked before — the way to
    /// mark a year of activities (the simulation does). It marks exactly as
    /// [`PlanBook::mark`] would, in the same order; the book cannot change otherwise while the
    /// marker holds it.
    ///
    /// ```
    /// use doingoai::plan::{AnnualPlan, PlanBook, PlannedActivity};
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::Channel;
    /// use chrono::NaiveDate;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let dn = Jurisdiction::new_unit(48).unwrap();
    /// let unit = Body::new(BodyKind::ProvincialDepartment, dn);
    /// let mut plan = AnnualPlan::new(unit.clone(), 2026);
    /// for i in 0..3 {
    ///     plan.items.push(PlannedActivity::new(format!("kh-{i}"), ActivityKind::OutboundDelegation, Channel::State, 2));
    /// }
    /// plan.approve(Body::new(BodyKind::PpcChairman, dn), d(1, 15), "12/QĐ-UBND");
    /// let mut book = PlanBook::new(dn, 2026, None);
    /// book.plans.push(plan);
    /// let mut marker = book.marker();
    /// let in_plan: Vec<bool> = (0..4).map(|i| {
    ///     let mut trip = ProposedActivity::new(format!("t{i}"), ActivityKind::OutboundDelegation, dn, d(3, 2))
    ///         .in_channel(Channel::State).by(unit.clone()).runs(d(4, 6), d(4, 10));
    ///     marker.mark(&mut trip).is_in_plan()
    /// }).collect();
    /// assert_eq!(in_plan, [true, true, true, false]);
    /// assert_eq!((book.carried_out.len(), book.out_of_plan_count()), (3, 1));
    /// ```
    pub fn marker(&mut self) -> PlanMarker<'_> {
        if self.used.len() != self.carried_out.len() {
            self.used = self
                .carried_out
                .iter()
                .map(|(p, id, _)| (*p, id.clone()))
                .collect();
        }
        let plans = self
            .plans
            .iter()
            .enumerate()
            .map(|(pi, p)| PlanIndex::new(pi, p, &self.used))
            .collect();
        PlanMarker { book: self, plans }
    }

    /// The number of counted out-of-plan activities so far.
    pub fn out_of_plan_count(&self) -> usize {
        self.out_of_plan.len()
    }

    /// For each planned item of each plan: whether an activity carried it out.
    pub fn outcomes(&self) -> Vec<(&Body, &PlannedActivity, PlanItemOutcome)> {
        let done_set: std::collections::BTreeSet<(usize, &str)> = self
            .carried_out
            .iter()
            .map(|(p, id, _)| (*p, id.as_str()))
            .collect();
        let mut v = Vec::new();
        for (pi, p) in self.plans.iter().enumerate() {
            for i in &p.items {
                let done = done_set.contains(&(pi, i.id.as_str()));
                v.push((
                    &p.unit,
                    i,
                    if done {
                        PlanItemOutcome::CarriedOut
                    } else {
                        PlanItemOutcome::NotCarriedOut
                    },
                ));
            }
        }
        v
    }
}

/// The unused items of one plan, grouped by what an activity must match.
#[derive(Debug, Default)]
struct PlanIndex {
    /// By kind, channel and quarter.
    groups: HashMap<(ActivityKind, Channel, u8), ItemGroup>,
    /// The positions of the items of each id (an item used uses every item of its id, as
    /// [`PlanBook::mark`] counts items by id).
    by_id: HashMap<String, Vec<usize>>,
}

/// Unused items of one kind, channel and quarter, by position in the plan.
#[derive(Debug, Default)]
struct ItemGroup {
    /// All of them.
    all: BTreeSet<usize>,
    /// Those with no partner country.
    anywhere: BTreeSet<usize>,
    /// Those with a partner country, by country.
    by_partner: HashMap<String, BTreeSet<usize>>,
}

impl PlanIndex {
    fn new(pi: usize, plan: &AnnualPlan, used: &BTreeSet<(usize, String)>) -> Self {
        let mut x = PlanIndex::default();
        for (k, i) in plan.items.iter().enumerate() {
            x.by_id.entry(i.id.clone()).or_default().push(k);
            if used.contains(&(pi, i.id.clone())) {
                continue;
            }
            let g = x.groups.entry((i.kind, i.channel, i.quarter)).or_default();
            g.all.insert(k);
            match &i.partner_country {
                Some(c) => {
                    g.by_partner.entry(c.clone()).or_default().insert(k);
                }
                None => {
                    g.anywhere.insert(k);
                }
            }
        }
        x
    }

    /// The first unused item (by position) that can carry out `a`.
    fn first(&self, a: &ProposedActivity, partner: Option<&str>) -> Option<usize> {
        let g = self
            .groups
            .get(&(a.kind, a.channel(), PlanBook::quarter_of(a)))?;
        match partner {
            None => g.all.first().copied(),
            Some(c) => {
                let named = g.by_partner.get(c).and_then(|s| s.first().copied());
                let anywhere = g.anywhere.first().copied();
                match (named, anywhere) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                }
            }
        }
    }

    /// Takes every item with the id of item `k` out of the index.
    fn use_id(&mut self, plan: &AnnualPlan, k: usize) {
        let Some(id) = plan.items.get(k).map(|i| &i.id) else {
            return;
        };
        for &j in self.by_id.get(id).map_or(&[][..], Vec::as_slice) {
            let Some(i) = plan.items.get(j) else { continue };
            if let Some(g) = self.groups.get_mut(&(i.kind, i.channel, i.quarter)) {
                g.all.remove(&j);
                match &i.partner_country {
                    Some(c) => {
                        if let Some(s) = g.by_partner.get_mut(c) {
                            s.remove(&j);
                        }
                    }
                    None => {
                        g.anywhere.remove(&j);
                    }
                }
            }
        }
    }
}

/// A [`PlanBook`] with its unused items indexed, to mark many activities in a row (see
/// [`PlanBook::marker`]).
#[derive(Debug)]
pub struct PlanMarker<'a> {
    book: &'a mut PlanBook,
    plans: Vec<PlanIndex>,
}

impl PlanMarker<'_> {
    /// The plan and the position of the item that would carry out `a`.
    fn locate(&self, a: &ProposedActivity) -> Result<(usize, usize), String> {
        let pi = self.book.plan_for(a)?;
        self.plans
            .get(pi)
            .and_then(|x| x.first(a, PlanBook::partner_of(a)))
            .map(|k| (pi, k))
            .ok_or_else(|| self.book.no_unused_item(a))
    }

    fn item_id(&self, pi: usize, k: usize) -> String {
        self.book
            .plans
            .get(pi)
            .and_then(|p| p.items.get(k))
            .map_or_else(String::new, |i| i.id.clone())
    }

    /// Classifies `activity` without recording it, as [`PlanBook::classify`].
    pub fn classify(&self, activity: &ProposedActivity) -> PlanMatch {
        match self.locate(activity) {
            Ok((pi, k)) => PlanMatch::InPlan {
                item: self.item_id(pi, k),
            },
            Err(reason) => self.book.out_of_plan_match(activity, reason, false),
        }
    }

    /// Classifies and records `activity`, as [`PlanBook::mark`].
    pub fn mark(&mut self, activity: &mut ProposedActivity) -> PlanMatch {
        let found = self.locate(activity).map(|(pi, k)| {
            if let (Some(x), Some(plan)) = (self.plans.get_mut(pi), self.book.plans.get(pi)) {
                x.use_id(plan, k);
            }
            (pi, self.item_id(pi, k))
        });
        self.book.record(found, activity)
    }

    /// The book being marked.
    pub fn book(&self) -> &PlanBook {
        self.book
    }
}
