//! # The rulebook: effective-dated, cited rules with a national baseline and provincial overrides
//!
//! The regulations as data that code can query, read next to the law, and that a province can
//! extend without recompiling.
//!
//! - A [`Rule<V>`] carries an id, its jurisdiction ([`Jurisdiction`](crate::org::Jurisdiction)), channels, [`Subject`] (what it is about: an activity kind, foreign press by residence, or the plan and reports),
//!   topic, applicability (attributes of the activity), in-force [`Validity`](crate::law::Validity),
//!   one or more [`Citation`](crate::law::Citation)s, an [`Evidence`](crate::law::Evidence) grade,
//!   a bilingual [`Statement`] and a value of its family. `value: None` is an explicit
//!   **unsourced** entry: the figure is not in the sources (tag `[NF]`) and is not invented.
//! - The families are typed tables of a [`Layer`]: [`Authority`] (with [`Delegation`]),
//!   [`Escalation`], [`LeadTime`], [`Consultation`], [`Processing`], [`Condition`] (conditions
//!   and caps) and [`Obligation`] (reports and plans with [`Due`] dates and data windows).
//!   Periods are `Period`s (calendar days, working days and months kept apart).
//! - A [`Rulebook`] holds the national baseline and provincial layers under a version id. It is
//!   validated ([`RuleError`] names the rule and the field) and indexed; [`Rulebook::resolve`]
//!   answers a [`Query`] with the rules in force, the most specific jurisdiction winning
//!   ([`Tier`]), and a [`Trace`] of what was overridden, not in force or not applicable.
//! - The 2025 succession is explicit: a unit of the 63-unit set resolves only until
//!   30/06/2025; a merged unit's rules never leak into its successor; a unit kept unchanged
//!   continues ([`Tier::Continued`]).
//! - [`evaluate`] (in `src/rules/evaluate.rs`, re-exported at the crate root) turns a
//!   [`ProposedActivity`](crate::activity::ProposedActivity) — the one input for a proposed
//!   activity; the flat facts the rules read (subject, attributes, participants' sanctions…)
//!   are derived from it inside the crate — with a rulebook,
//!   a calendar ([`Deadlines`], implemented by [`WorkCalendar`](crate::calendar::WorkCalendar))
//!   and the [`History`](crate::history::History) of past trips into a [`Decision`]: the
//!   [`DecisionTier`], authority and delegation, consultations with reply days, latest filing
//!   day, every unmet condition as a [`Finding`] (typed [`FindingKind`] with its figures, every
//!   citation, the evidence grade, what would satisfy it in Vietnamese and English), the
//!   obligations created, the gaps met and the trace; [`Decision::citations`] lists every
//!   provision it rests on. A refusal is data; [`EvaluateError`] is only for a jurisdiction that
//!   does not exist on the date.
//! - One vocabulary of activity kinds: the crate's kinds are
//!   [`activity::ActivityKind`](crate::activity::ActivityKind); a rule is about a [`Subject`],
//!   which is such a kind ([`Subject::Activity`]) except where the law keys rules more finely
//!   (foreign press by the reporter's residence) or about something that is not an activity
//!   (the external-affairs plan and periodic reports). [`Subject::of`] maps an activity to its
//!   subject; the JSON codes are the activity kinds' codes.
//! - A province extends the shipped rulebook at run time with [`Rulebook::with_layers`] (or a
//!   whole JSON rulebook with `Rulebook::from_json`); [`Rulebook::template`] writes the
//!   fillable layer file it starts from, and [`Rulebook::coverage`] shows, for the 34
//!   provinces, where the rule of every subject and family comes from ([`Coverage`]).
//!
//! ## Who approves a conference with a foreign minister?
//! ```
//! use doingoai::org::Jurisdiction;
//! use doingoai::activity::ActivityKind;
//! use doingoai::rules::{Subject, Attribute, Authority, LeadTime, Period, Query, Role, Rulebook};
//! use chrono::NaiveDate;
//! let on = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
//! let q = Query::new("34:79".parse()?, Subject::Activity(ActivityKind::InternationalConference), on).with(Attribute::ForeignMinisterLevel);
//! let r = Rulebook::shipped().resolve(&q)?;
//! let who = r.family::<Authority>().next().unwrap();
//! assert_eq!(who.value.as_ref().unwrap().decides, Role::PrimeMinister);
//! let lead = r.get::<LeadTime>("pm_tier").unwrap();
//! assert_eq!(lead.value.as_ref().unwrap().before, Period::CalendarDays(40));
//! assert_eq!(lead.citations[0].to_string(), "điểm a khoản 1 Điều 4 06/2020/QĐ-TTg");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Identifiers and unnumbered instruments
//! Rule ids read `vn.<activity>.<family>.<topic>` for the national baseline and
//! `<province-slug>.<activity>.<family>.<topic>` for provinces. Provincial instruments whose
//! number the sources do not show are cited as `<year>-sn/<issuer>` (`sn`: số không rõ, number
//! not read) and declared in the layer's `instruments` with their evidence grade.

mod coverage;
mod evaluate;
mod facts;
mod families;
mod figure;
mod finding;
mod from_activity;
mod index;
mod layer;
mod layer_file;
mod listing;
mod provenance;
mod resolve;
mod rule;
mod rulebook;
mod shipped;
mod subject;
mod template;
mod tier;
mod trace;
mod validate;
mod vocab;

// re-exported for compatibility: periods and deadline sets are defined in `calendar`
pub use crate::calendar::{DeadlineError, Deadlines, Period, WeekdaysOnly};
pub use coverage::{Coverage, CoverageCell, CoverageSource, CoverageSummary, ProvinceCoverage};
pub use evaluate::{
    applicant_gone, evaluate, AuthorityFinding, ConsultationPlan, Decision, EscalationPath,
    EvaluateError, Filing, Gap, ObligationDue, ProcessingPlan, WithheldDelegation,
};
pub use families::{
    Authority, Condition, Consultation, DataWindow, Delegation, Due, Escalation, FamilyValue,
    LeadTime, MonthDay, Obligation, Processing, ReportKind, Tenure,
};
pub use finding::{Cap, DelegationGap, DelegationMiss, Finding, FindingKind, Ground};
pub use layer::{Layer, LayerTable, RulebookData};
#[cfg(feature = "schema")]
pub(crate) use layer_file::layer_file_schema;
pub use layer_file::{LayerFileError, SCHEMA as LAYER_FILE_SCHEMA};
pub use listing::{Listing, ListingRow};
pub use provenance::Provenance;
pub use resolve::{Query, Resolution, ResolveError, Resolved, Tier, Trace, TraceLine};
pub use rule::{Applicability, InvalidRuleId, Rule, RuleId, RuleKey, RuleRef, Statement};
pub use rulebook::LoadError;
pub use rulebook::Rulebook;
pub use subject::Subject;
pub use template::{province_slug, TemplateError};
pub use tier::DecisionTier;
pub use trace::LazyTrace;
pub use validate::{validate, RuleError, ValidationError};
pub use vocab::{Anchor, AttrSet, Attribute, Family, HeadRank, Role, RuleSource, Sanction, Step};

pub(crate) use evaluate::evaluate_flat;
pub(crate) use figure::period_vi;
pub(crate) use finding::text;
