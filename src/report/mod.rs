//! The periodic compliance report: for any period and jurisdiction, activities by channel,
//! kind, partner country, unit and tier; the on-time rate of filings and of reports owed;
//! the overdue list; dormant agreements; plan versus actual; directives' implementation; the
//! leaders' programmes; inspections — as one serialisable structure with Markdown, CSV and SVG
//! renderings (and JSON with the `serde` feature).
//!
//! The builder reads, never writes: it takes the records of the cases, the ledger, the
//! agreement register and the plans, and makes one pass over each (linear in their size).
//!
//! ```
//! use doingoai::report::{ActivityRecord, CaseOutcome, ReportBuilder};
//! use doingoai::activity::{ActivityKind, ProposedActivity};
//! use doingoai::calendar::DateRange;
//! use doingoai::ledger::Ledger;
//! use doingoai::org::{Body, BodyKind, Jurisdiction};
//! use doingoai::Channel;
//! use chrono::NaiveDate;
//! let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
//! let j = Jurisdiction::new_unit(42).unwrap();
//! let a = ProposedActivity::new("a1", ActivityKind::InboundDelegation, j, d(2, 20))
//!     .by(Body::new(BodyKind::ProvincialFriendshipUnion, j)) // people's diplomacy
//!     .runs(d(3, 10), d(3, 12));
//! let records = vec![ActivityRecord::from_proposed(&a, CaseOutcome::Approved, Some(true))];
//! let ledger = Ledger::new();
//! let report = ReportBuilder::new(j, DateRange::year(2026).unwrap(), d(12, 31))
//!     .records(&records)
//!     .ledger(&ledger)
//!     .build();
//! assert_eq!(report.activities.total, 1);
//! assert_eq!(report.activities.by_channel[0].key, Channel::People.code());
//! assert!(report.to_markdown().contains("Hoạt động / Activities"));
//! ```

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::agreements::{AgreementRegistry, DormancyFlag, DormancyPolicy};
use crate::calendar::{DateRange, DueStatus};
use crate::inspection::{Inspection, InspectionSummary};
use crate::label::Label;
use crate::law::Citation;
use crate::ledger::{Ledger, StatusCounts};
use crate::org::{Channel, Jurisdiction};
use crate::plan::{ImplementationReport, PlanBook, PlanItemOutcome};
use crate::programme::ProgrammeAssessment;

mod render;
mod svg;

pub use crate::register::{ActivityRecord, CaseOutcome, GapRef};

/// One row of a breakdown: a key, its labels and a count.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tally {
    /// The machine key (a code, a country, a unit).
    pub key: String,
    /// Vietnamese label.
    pub vi: String,
    /// English label.
    pub en: String,
    /// How many.
    pub count: u64,
}

/// One row of an obligations breakdown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StatusTally {
    /// The machine key.
    pub key: String,
    /// Vietnamese label.
    pub vi: String,
    /// English label.
    pub en: String,
    /// Counts by status.
    pub counts: StatusCounts,
    /// Share met on time among those that fell due, per mille.
    pub on_time_per_mille: Option<u32>,
}

/// Obligations falling due in one month on one channel.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MonthTally {
    /// Year.
    pub year: i32,
    /// Month (1–12).
    pub month: u32,
    /// Channel.
    pub channel: Channel,
    /// Counts by status on the report date.
    pub counts: StatusCounts,
}

/// The activities section.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ActivitySection {
    /// Activities starting in the period.
    pub total: u64,
    /// By channel.
    pub by_channel: Vec<Tally>,
    /// By kind.
    pub by_kind: Vec<Tally>,
    /// By partner country (`—` when none).
    pub by_partner_country: Vec<Tally>,
    /// By applying unit.
    pub by_unit: Vec<Tally>,
    /// By leadership tier of the head.
    pub by_tier: Vec<Tally>,
    /// By outcome.
    pub by_outcome: Vec<Tally>,
    /// In the approved plan.
    pub in_plan: u64,
    /// Outside it.
    pub out_of_plan: u64,
    /// Cases decided without a sourced rule for some step (see [`ActivityRecord::rule_gaps`]),
    /// by kind.
    pub without_sourced_rule: Vec<Tally>,
    /// The gaps behind [`without_sourced_rule`](Self::without_sourced_rule), by rule: the key
    /// is the rule id, the labels its citation (where the figure should be), the count the
    /// activities that met it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps_by_rule: Vec<Tally>,
}

/// A request filed without the required lead time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LateFiling {
    /// The activity.
    pub activity: String,
    /// Its kind.
    pub kind: String,
    /// The unit.
    pub unit: String,
    /// Filed on.
    pub filed_on: NaiveDate,
    /// Starts on.
    pub starts_on: NaiveDate,
    /// What became of it.
    pub outcome: CaseOutcome,
}

/// The filings section: were requests filed with the lead time the rules require?
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FilingSection {
    /// Requests to which a lead time applies.
    pub with_lead_time: u64,
    /// Filed in time.
    pub on_time: u64,
    /// Filed late.
    pub late: u64,
    /// Share on time, per mille.
    pub on_time_per_mille: Option<u32>,
    /// The late filings, by filing date.
    pub late_list: Vec<LateFiling>,
    /// Refused or escalated cases, and cases stopped in the workflow, with their reasons.
    pub refusals: Vec<RefusalLine>,
}

/// A refused or escalated case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RefusalLine {
    /// The activity.
    pub activity: String,
    /// Refused or escalated.
    pub outcome: CaseOutcome,
    /// The reasons.
    pub reasons: Vec<String>,
}

/// An obligation past due (or met late).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObligationLine {
    /// Obligation id.
    pub id: String,
    /// What is owed, as its code `{subject}/{report}` ([`Owed::code`](crate::ledger::Owed::code);
    /// in a version-1 report, the ledger's kind of then).
    pub kind: String,
    /// What is owed, in Vietnamese ([`Owed::vi`](crate::ledger::Owed::vi)).
    pub kind_vi: String,
    /// Who owes it.
    pub owed_by: String,
    /// To whom.
    pub owed_to: Vec<String>,
    /// Due date.
    pub due: NaiveDate,
    /// Day met, if met late.
    pub met_on: Option<NaiveDate>,
    /// Days late on the report date (or when met).
    pub days_late: i64,
    /// The provisions, in Vietnamese.
    pub citations: Vec<String>,
}

/// The obligations section.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObligationSection {
    /// Counts of obligations due in the period, by status on the report date.
    pub counts: StatusCounts,
    /// Share met on time, per mille.
    pub on_time_per_mille: Option<u32>,
    /// By what is owed: one row per subject and report ([`Owed`](crate::ledger::Owed), keyed
    /// by its code `{subject}/{report}`; nothing merged).
    pub by_kind: Vec<StatusTally>,
    /// By channel.
    pub by_channel: Vec<StatusTally>,
    /// By month of the due date and channel.
    pub by_month: Vec<MonthTally>,
    /// Overdue on the report date, most overdue first.
    pub overdue: Vec<ObligationLine>,
    /// Met late, by due date.
    pub met_late: Vec<ObligationLine>,
    /// Reporting duties whose due date no source gives (rulebook gaps), by rule, with the
    /// citation of where the date should be
    /// ([`undated_duties`](crate::ledger::sources::undated_duties)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undated: Vec<GapRef>,
}

/// One unit's plan against what it did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnitPlanRow {
    /// The unit.
    pub unit: String,
    /// Whether its plan was approved.
    pub approved: bool,
    /// Planned items.
    pub planned: u64,
    /// Items carried out.
    pub carried_out: u64,
    /// Items not carried out.
    pub not_carried_out: u64,
    /// Estimated budget, VND.
    pub budget_vnd: u64,
    /// Activities of the unit outside the plan in the period.
    pub out_of_plan: u64,
}

/// Plan versus actual.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PlanSection {
    /// Per unit.
    pub units: Vec<UnitPlanRow>,
    /// Counted out-of-plan activities of the year.
    pub out_of_plan_counted: u64,
    /// The quota, if one applies.
    pub quota: Option<u32>,
    /// How many went beyond the quota.
    pub beyond_quota: u64,
    /// The quota's provision.
    pub quota_citation: Option<Citation>,
}

/// The schema version of a [`ComplianceReport`]'s JSON form, written by
/// [`ComplianceReport::to_json`]; [`ComplianceReport::from_json`] also reads the previous
/// version, 1, which carried no `schema` field.
///
/// Version 2 (this crate): the obligations are counted and listed by what is owed, the
/// subject and the report ([`Owed`](crate::ledger::Owed)): keys `{subject}/{report}` such as
/// `foreign_aid/finance_report_h1`, labels `{report} ({subject})`. Version 1 keyed them by the
/// ledger's own kinds (`aid_finance_report`, `conferences_annual_report`, …), which merged
/// some reports; a version-1 report is read as it was written (its keys are kept).
pub const SCHEMA_VERSION: u32 = 2;

fn schema_v1() -> u32 {
    1
}

/// The compliance report of a jurisdiction for a period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ComplianceReport {
    /// The schema version of the form the report was read from or is written in
    /// ([`SCHEMA_VERSION`]; 1 for a stored report without the field).
    #[serde(default = "schema_v1")]
    pub schema: u32,
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// Its name in Vietnamese.
    pub jurisdiction_vi: String,
    /// Its name in English.
    pub jurisdiction_en: String,
    /// The period covered (activities starting, obligations falling due).
    pub period: DateRange,
    /// The day statuses are taken.
    pub as_of: NaiveDate,
    /// Activities.
    pub activities: ActivitySection,
    /// Filings.
    pub filings: FilingSection,
    /// Obligations.
    pub obligations: ObligationSection,
    /// Dormant agreements on the report date.
    pub dormant_agreements: Vec<DormancyFlag>,
    /// Plan versus actual, if plans were given.
    pub plan: Option<PlanSection>,
    /// Implementation reports of action plans and directives.
    pub action_plans: Vec<ImplementationReport>,
    /// Leaders' programmes across the three channels (guidance).
    pub programmes: Vec<ProgrammeAssessment>,
    /// Inspections.
    pub inspections: Vec<InspectionSummary>,
    /// Notes on the data and the assumptions behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Builds a [`ComplianceReport`] from borrowed inputs.
#[derive(Debug, Clone)]
pub struct ReportBuilder<'a> {
    jurisdiction: Jurisdiction,
    period: DateRange,
    as_of: NaiveDate,
    records: &'a [ActivityRecord],
    ledger: Option<&'a Ledger>,
    agreements: Option<(&'a AgreementRegistry, DormancyPolicy)>,
    plans: Option<&'a PlanBook>,
    action_plans: Vec<ImplementationReport>,
    programmes: Vec<ProgrammeAssessment>,
    inspections: Vec<InspectionSummary>,
    notes: Vec<String>,
    undated: Vec<GapRef>,
}

fn tallies<K: Ord>(
    m: BTreeMap<K, u64>,
    label: impl Fn(&K) -> (String, String, String),
) -> Vec<Tally> {
    m.into_iter()
        .map(|(k, count)| {
            let (key, vi, en) = label(&k);
            Tally { key, vi, en, count }
        })
        .collect()
}

fn vocab<T: Label + Copy>(code: &'static str, v: T) -> (String, String, String) {
    (code.to_string(), v.vi().to_string(), v.en().to_string())
}

fn line(o: &crate::ledger::Obligation, as_of: NaiveDate) -> ObligationLine {
    ObligationLine {
        id: o.id.0.clone(),
        kind: o.owed.code(),
        kind_vi: o.owed.vi(),
        owed_by: o.owed_by.to_string(),
        owed_to: o.owed_to.iter().map(|b| b.to_string()).collect(),
        due: o.due,
        met_on: o.met_on.filter(|m| *m <= as_of),
        days_late: o.days_late(as_of),
        citations: o.citations.iter().map(|c| c.vi()).collect(),
    }
}

impl<'a> ReportBuilder<'a> {
    /// A report of `jurisdiction` over `period`, with statuses taken on `as_of`.
    pub fn new(jurisdiction: Jurisdiction, period: DateRange, as_of: NaiveDate) -> Self {
        ReportBuilder {
            jurisdiction,
            period,
            as_of,
            records: &[],
            ledger: None,
            agreements: None,
            plans: None,
            action_plans: Vec::new(),
            programmes: Vec::new(),
            inspections: Vec::new(),
            notes: Vec::new(),
            undated: Vec::new(),
        }
    }

    /// Reporting duties whose due date no source gives, listed in the obligations section
    /// (e.g. from [`undated_duties`](crate::ledger::sources::undated_duties)).
    pub fn undated(mut self, duties: impl IntoIterator<Item = GapRef>) -> Self {
        self.undated.extend(duties);
        self
    }

    /// A note on the data or its assumptions, printed with the report.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The records of the cases.
    pub fn records(mut self, records: &'a [ActivityRecord]) -> Self {
        self.records = records;
        self
    }

    /// The obligation ledger.
    pub fn ledger(mut self, ledger: &'a Ledger) -> Self {
        self.ledger = Some(ledger);
        self
    }

    /// The agreement register and the dormancy policy.
    pub fn agreements(mut self, registry: &'a AgreementRegistry, policy: DormancyPolicy) -> Self {
        self.agreements = Some((registry, policy));
        self
    }

    /// The plans of the year.
    pub fn plans(mut self, plans: &'a PlanBook) -> Self {
        self.plans = Some(plans);
        self
    }

    /// An action plan's or directive's implementation report.
    pub fn action_plan(mut self, report: ImplementationReport) -> Self {
        self.action_plans.push(report);
        self
    }

    /// A leader's programme assessment.
    pub fn programme(mut self, a: ProgrammeAssessment) -> Self {
        self.programmes.push(a);
        self
    }

    /// An inspection.
    pub fn inspection(mut self, i: &Inspection) -> Self {
        self.inspections.push(i.summary());
        self
    }

    fn covers(&self, j: Jurisdiction, cache: &mut BTreeMap<Jurisdiction, bool>) -> bool {
        if self.jurisdiction.is_national() || j == self.jurisdiction {
            return true;
        }
        let as_of = self.as_of;
        let target = self.jurisdiction;
        *cache
            .entry(j)
            .or_insert_with(|| j.on(as_of).is_ok_and(|x| x == target))
    }

    /// Builds the report.
    pub fn build(self) -> ComplianceReport {
        let mut cache = BTreeMap::new();
        let as_of = self.as_of;

        // Activities and filings.
        let mut act = ActivitySection::default();
        let mut by_channel = BTreeMap::new();
        let mut by_kind = BTreeMap::new();
        let mut by_country: BTreeMap<String, u64> = BTreeMap::new();
        let mut by_unit: BTreeMap<String, u64> = BTreeMap::new();
        let mut by_tier = BTreeMap::new();
        let mut by_outcome = BTreeMap::new();
        let mut out_of_plan_by_unit: BTreeMap<String, u64> = BTreeMap::new();
        let mut gaps = BTreeMap::new();
        let mut gap_rules: BTreeMap<crate::register::GapRef, u64> = BTreeMap::new();
        let mut fil = FilingSection::default();
        for r in self.records {
            if !self.period.contains(r.starts_on) || !self.covers(r.jurisdiction, &mut cache) {
                continue;
            }
            act.total += 1;
            *by_channel.entry(r.channel).or_insert(0) += 1;
            *by_kind.entry(r.kind).or_insert(0) += 1;
            *by_country
                .entry(r.partner_country.clone().unwrap_or_else(|| "—".into()))
                .or_insert(0) += 1;
            let unit = r
                .unit
                .as_ref()
                .map_or_else(|| "—".into(), |b| b.to_string());
            *by_tier.entry(r.tier).or_insert(0) += 1;
            *by_outcome.entry(r.outcome).or_insert(0) += 1;
            if r.in_plan {
                act.in_plan += 1;
            } else {
                act.out_of_plan += 1;
                *out_of_plan_by_unit.entry(unit.clone()).or_insert(0) += 1;
            }
            *by_unit.entry(unit.clone()).or_insert(0) += 1;
            if !r.rule_gaps.is_empty() || !r.gap_rules.is_empty() {
                *gaps.entry(r.kind).or_insert(0) += 1;
            }
            let mut seen: Vec<&crate::register::GapRef> = r.gap_rules.iter().collect();
            seen.sort();
            seen.dedup();
            for g in seen {
                *gap_rules.entry(g.clone()).or_insert(0) += 1;
            }
            if let Some(met) = r.lead_time_met {
                fil.with_lead_time += 1;
                if met {
                    fil.on_time += 1;
                } else {
                    fil.late += 1;
                    fil.late_list.push(LateFiling {
                        activity: r.id.0.clone(),
                        kind: r.kind.code().to_string(),
                        unit,
                        filed_on: r.filed_on,
                        starts_on: r.starts_on,
                        outcome: r.outcome,
                    });
                }
            }
            if matches!(r.outcome, CaseOutcome::Refused | CaseOutcome::Escalated)
                || (r.outcome == CaseOutcome::Pending && !r.reasons.is_empty())
            {
                fil.refusals.push(RefusalLine {
                    activity: r.id.0.clone(),
                    outcome: r.outcome,
                    reasons: r.reasons.clone(),
                });
            }
        }
        fil.on_time_per_mille = (fil.on_time * 1000)
            .checked_div(fil.with_lead_time)
            .and_then(|x| u32::try_from(x).ok());
        fil.late_list
            .sort_by(|a, b| (a.filed_on, &a.activity).cmp(&(b.filed_on, &b.activity)));
        act.by_channel = tallies(by_channel, |c: &Channel| vocab(c.code(), *c));
        act.by_kind = tallies(by_kind, |k: &crate::activity::ActivityKind| {
            vocab(k.code(), *k)
        });
        act.by_partner_country =
            tallies(by_country, |c: &String| (c.clone(), c.clone(), c.clone()));
        act.by_unit = tallies(by_unit, |u: &String| (u.clone(), u.clone(), u.clone()));
        act.by_tier = tallies(by_tier, |t: &crate::org::LeadershipTier| {
            vocab(t.code(), *t)
        });
        act.by_outcome = tallies(by_outcome, |o: &CaseOutcome| vocab(o.code(), *o));
        act.without_sourced_rule = tallies(gaps, |k: &crate::activity::ActivityKind| {
            vocab(k.code(), *k)
        });
        act.gaps_by_rule = tallies(gap_rules, |g: &crate::register::GapRef| {
            (g.rule.clone(), g.cite_vi.clone(), g.cite_en.clone())
        });

        // Obligations.
        let mut obl = ObligationSection::default();
        let mut ob_kind: BTreeMap<crate::ledger::Owed, StatusCounts> = BTreeMap::new();
        let mut ob_channel: BTreeMap<Channel, StatusCounts> = BTreeMap::new();
        let mut ob_month: BTreeMap<(i32, u32, Channel), StatusCounts> = BTreeMap::new();
        if let Some(ledger) = self.ledger {
            for o in ledger {
                if !self.period.contains(o.due) || !self.covers(o.jurisdiction, &mut cache) {
                    continue;
                }
                let s = o.status_on(as_of);
                obl.counts.add(s);
                ob_kind.entry(o.owed).or_default().add(s);
                ob_channel.entry(o.channel).or_default().add(s);
                ob_month
                    .entry((o.due.year(), o.due.month(), o.channel))
                    .or_default()
                    .add(s);
                match s {
                    DueStatus::Overdue => obl.overdue.push(line(o, as_of)),
                    DueStatus::MetLate => obl.met_late.push(line(o, as_of)),
                    _ => {}
                }
            }
        }
        obl.on_time_per_mille = obl.counts.on_time_per_mille();
        obl.by_kind = ob_kind
            .into_iter()
            .map(|(k, counts)| StatusTally {
                key: k.code(),
                vi: k.vi(),
                en: k.en(),
                on_time_per_mille: counts.on_time_per_mille(),
                counts,
            })
            .collect();
        obl.by_channel = ob_channel
            .into_iter()
            .map(|(k, counts)| StatusTally {
                key: k.code().into(),
                vi: k.vi().into(),
                en: k.en().into(),
                on_time_per_mille: counts.on_time_per_mille(),
                counts,
            })
            .collect();
        obl.by_month = ob_month
            .into_iter()
            .map(|((year, month, channel), counts)| MonthTally {
                year,
                month,
                channel,
                counts,
            })
            .collect();
        obl.overdue
            .sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
        obl.met_late
            .sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
        obl.undated = self.undated.clone();
        obl.undated.sort();
        obl.undated.dedup();

        // Agreements.
        let dormant_agreements = self
            .agreements
            .as_ref()
            .map(|(r, p)| r.dormant_on(as_of, p))
            .unwrap_or_default();

        // Plans.
        let plan = self.plans.map(|book| {
            let mut rows: BTreeMap<String, UnitPlanRow> = BTreeMap::new();
            for p in &book.plans {
                let e = rows
                    .entry(p.unit.to_string())
                    .or_insert_with(|| UnitPlanRow {
                        unit: p.unit.to_string(),
                        approved: false,
                        planned: 0,
                        carried_out: 0,
                        not_carried_out: 0,
                        budget_vnd: 0,
                        out_of_plan: 0,
                    });
                e.approved |= p.approval.is_some();
                e.budget_vnd += p.budget_vnd();
            }
            for (unit, _, outcome) in book.outcomes() {
                if let Some(e) = rows.get_mut(&unit.to_string()) {
                    e.planned += 1;
                    match outcome {
                        PlanItemOutcome::CarriedOut => e.carried_out += 1,
                        _ => e.not_carried_out += 1,
                    }
                }
            }
            for (unit, n) in &out_of_plan_by_unit {
                rows.entry(unit.clone())
                    .or_insert_with(|| UnitPlanRow {
                        unit: unit.clone(),
                        approved: false,
                        planned: 0,
                        carried_out: 0,
                        not_carried_out: 0,
                        budget_vnd: 0,
                        out_of_plan: 0,
                    })
                    .out_of_plan = *n;
            }
            let counted = u64::try_from(book.out_of_plan_count()).unwrap_or(u64::MAX);
            let quota = book.quota.as_ref().map(|q| q.max_per_year);
            PlanSection {
                units: rows.into_values().collect(),
                out_of_plan_counted: counted,
                quota,
                beyond_quota: quota.map_or(0, |q| counted.saturating_sub(u64::from(q))),
                quota_citation: book.quota.as_ref().and_then(|q| q.citation.clone()),
            }
        });

        ComplianceReport {
            schema: SCHEMA_VERSION,
            jurisdiction: self.jurisdiction,
            jurisdiction_vi: self.jurisdiction.name_vi().to_string(),
            jurisdiction_en: self.jurisdiction.name_en().to_string(),
            period: self.period,
            as_of,
            activities: act,
            filings: fil,
            obligations: obl,
            dormant_agreements,
            plan,
            action_plans: self.action_plans,
            programmes: self.programmes,
            inspections: self.inspections,
            notes: self.notes,
        }
    }
}

impl ComplianceReport {
    /// The report as pretty JSON (stable: every map is ordered), in the current schema
    /// version ([`SCHEMA_VERSION`]).
    /// (Pretty-printed, as it always was: [`ComplianceReport::to_json_pretty`] is the same.)
    pub fn to_json(&self) -> Result<String, crate::json::JsonError> {
        let mut current = std::borrow::Cow::Borrowed(self);
        if self.schema != SCHEMA_VERSION {
            current.to_mut().schema = SCHEMA_VERSION;
        }
        crate::json::to_string_pretty(&current)
    }

    /// The same as [`ComplianceReport::to_json`] (the report is always written pretty).
    pub fn to_json_pretty(&self) -> Result<String, crate::json::JsonError> {
        self.to_json()
    }

    /// Reads a report back from JSON: the current version, or version 1 (no `schema` field),
    /// read as it was written (see [`SCHEMA_VERSION`]). A later version is refused.
    /// The error names the offending field.
    pub fn from_json(s: &str) -> Result<Self, crate::json::JsonError> {
        let report: ComplianceReport = crate::json::from_str(s)?;
        if report.schema > SCHEMA_VERSION {
            return Err(crate::json::JsonError {
                path: "schema".into(),
                message: format!(
                    "compliance report schema version {} is not supported; this crate reads versions 1 and {SCHEMA_VERSION}",
                    report.schema
                ),
                line: 0,
                column: 0,
            });
        }
        Ok(report)
    }
}
