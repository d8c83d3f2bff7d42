//! # doingoai — unified management of external-affairs activities, as code
//!
//! Vietnam's regime for the *unified management of external-affairs activities* (quản lý
//! thống nhất các hoạt động đối ngoại) as an executable, citable, testable model: which
//! channel an activity belongs to, who approves it, whom to consult, whether the request is on
//! time, which reports it owes and by when — each answer with the article it comes from.
//!
//! ## The flow
//!
//! ```text
//!  ProposedActivity (one input) ─┐
//!  rulebook (national + province)├─► evaluate ─► Decision ─► Case ─► events ─► obligations ─► ledger ─► reports
//!  calendar (working days)       │
//!  context (past trips, plan)  ──┘
//! ```
//!
//! Everything flows one way: law → rules → decisions → cases → obligations → reports. Nothing
//! reads the clock: dates arrive with facts and events.
//!
//! One input, one vocabulary: a [`ProposedActivity`] is what [`evaluate`],
//! [`workflow::assess`] and [`Case::for_activity`] all take (the flat facts the rules read are
//! derived from it inside the crate), and what is owed is named in the rulebook's terms from
//! the rule to the case to the ledger ([`ledger::Owed`]: a [`rules::ReportKind`] about a
//! [`rules::Subject`]).
//!
//! ## Design: the rooms of the house
//!
//! | module | holds | knows about |
//! |---|---|---|
//! | [`law`] | instruments, [`Citation`], [`Evidence`], [`Validity`]; the instrument registry | — |
//! | [`label`] | bilingual labels ([`Label`]: Vietnamese with diacritics, English) | — |
//! | [`org`] | [`Channel`], bodies with the periods they exist, roles ([`org::Role`]) and the body holding each on a date, the provincial foreign-affairs agency role, [`Official`], [`Jurisdiction`] (63 units until 30/06/2025, 34 from 01/07/2025, succession) | `law` |
//! | [`calendar`] | the lunar calendar at UTC+7, [`WorkCalendar`], [`Period`], deadline arithmetic with explanations | `law` |
//! | [`activity`] | kinds of activity and the facts of a [`ProposedActivity`], the one input for a proposed activity | `org` |
//! | [`history`] | the caller's register of past activities (trips per person, out-of-plan count) | `org` |
//! | [`rules`] | [`Rule`] families as cited tables, the shipped [`Rulebook`]s, resolution with a trace, validation, [`evaluate`] → [`Decision`] | `law`, `org`, `calendar`, `activity`, `history` |
//! | [`workflow`] | one state machine per procedure over one core: [`Case`] + [`Event`] → [`Outcome`] / [`Refusal`], the typestate `Flow<P, S>`, deadlines, audit log, persistence, Mermaid | all of the above |
//! | [`plan`] | annual plans (out-of-plan marking and quota), multi-year action plans and directives | `activity`, `org`, `rules` |
//! | [`ledger`] | obligations keyed by what is owed ([`ledger::Owed`]) and their status on any date | `workflow`, `rules`, `calendar` |
//! | [`agreements`] | signed agreements, their implementation, dormancy ("ký rồi để đấy") | `law` |
//! | [`programme`] | a leader's programme across the three channels (guidance) | `org` |
//! | [`inspection`] | diplomatic inspection plans, samples and findings | `ledger`, `workflow` |
//! | [`report`] | the periodic compliance report and its Markdown, CSV, SVG and JSON renderings | everything above, read-only |
//! | [`simulation`] | a seeded, reproducible province year (the main example) | everything above |
//! | [`register`] | the register of activities and what became of their cases ([`register::ActivityRecord`]), sampled by inspections and counted by reports | `activity`, `org`, `workflow` |
//! | [`json`] | JSON loading whose errors name the offending field | — |
//! | [`guide`] | the guide (`docs/workflows.md`), the [`guide::cookbook`] and the [`guide::sources`] page, as doctested documentation | everything above |
//!
//! ## Where is…
//!
//! | question | module | file |
//! |---|---|---|
//! | who approves a conference in Đà Nẵng | `rules` (the authority family), [`evaluate`] → [`Decision::authority`](rules::Decision::authority) | `rulebook/national/qd-06-2020-conferences.toml` (QĐ 06/2020/QĐ-TTg Art. 3), `rulebook/provinces/34-48-da-nang.toml` (from 01/07/2025; before it, Quảng Nam had `63-49-quang-nam.toml`); code in `src/rules/families/authority.rs` |
//! | is our delegation on time | [`rules`] (lead time) → [`Decision::filings`](rules::Decision::filings), [`calendar`] | `src/rules/families/timing.rs`, `src/calendar/deadline.rs`, `src/calendar/counting.rs` |
//! | what do we owe this month | [`ledger`] ([`ledger::Owed`], [`Obligation::status_on`](ledger::Obligation::status_on)) | `src/ledger/mod.rs`; the obligation rules in `src/rules/families/obligations.rs` |
//! | the main questions as code | [`guide::cookbook`] | `docs/cookbook.md` |
//! | the approval workflows, the JSON request and decision | [`guide`], [`workflow`] | `docs/workflows.md`; each machine in `src/workflow/procedures/<procedure>.rs`, the edges in `src/workflow/machine.rs`, the guards in `src/workflow/transition/` |
//! | every rule in force for a province on a day | [`rules::Rulebook::resolve`] | `cargo run --example rulebook -- --jurisdiction 34:48 --date 2026-06-01` |
//! | what a province must still supply (its fillable layer) | [`rules::Rulebook::template`] | `src/rules/template.rs`; `cargo run --example rulebook -- --template 34:40` |
//! | which provinces have rules of their own | [`rules::Coverage`] | `src/rules/coverage.rs`; `cargo run --example rulebook -- --coverage` |
//! | the data format of a rule file | [`rules::Layer`] | `docs/rulebook-format.md`; the reader and writer: `src/rules/layer_file.rs` |
//! | every instrument cited, its dates, grade and address | [`law::registry`], [`guide::sources`] | `docs/sources.md` (generated), `src/law/registry/` |
//! | how Tết and Hùng Kings' day are computed | [`calendar::lunar`] | `src/calendar/lunar.rs` (astronomy in `src/calendar/astronomy.rs`) |
//! | working days, holidays, compensatory days and swaps | [`calendar`] ([`WorkCalendar`]) | `src/calendar/holidays.rs`, `src/calendar/schedules.rs`, `src/calendar/work_calendar.rs` |
//! | the 2025 merger of provinces (63 → 34), province names people write | [`org::Jurisdiction`] ([`Jurisdiction::by_name`](org::Jurisdiction::by_name)) | `src/org/jurisdiction.rs` |
//! | which bodies exist on a date, and their successors | [`org`] (`BodyKind::existence`, `check_exists`) | `src/org/body.rs` |
//! | why a request is refused (the findings) | [`rules::Finding`] | `src/rules/finding.rs`; the condition checks in `src/rules/families/check.rs` |
//! | an agreement left on the shelf (dormancy) | [`agreements`] ([`agreements::DormancyWindow`]) | `src/agreements/mod.rs` |
//! | JSON in and out, errors naming the field | [`json`] (`to_json` / `from_json` on every stored form) | `src/json.rs` |
//! | every error of the crate in one type | [`Error`] | `src/error.rs` |
//! | what was audited against the article texts | — | `docs/audit-resolution-2026-11.md` |
//!
//! Choices kept from the architecture proposal: rules are data (Rust tables that serialise to
//! the same JSON a province can load); one core with two faces (the runtime `Case` is the only
//! source of behaviour, the typestate wrappers call it); a refusal is data, a technical error
//! is a `thiserror` type, and neither changes state; explanations are built while deciding;
//! time is explicit. Changed from the proposal: `registry` is called [`agreements`] (the
//! instrument registry lives in [`law`]); `rules` reads [`activity`] facts directly; the
//! leader's programme, inspections and the simulation have rooms of their own. One vocabulary
//! per concept: jurisdictions are [`org::Jurisdiction`] everywhere (rules included), and a
//! rule is about a [`rules::Subject`] — an [`ActivityKind`], or the finer or non-activity
//! subjects the law keys rules by (resident / non-resident foreign press, the plan and reports).
//!
//! ## Cookbook
//!
//! ### Which province governs a territory on a date
//!
//! ```
//! use doingoai::org::Jurisdiction;
//! use chrono::NaiveDate;
//! let binh_duong = Jurisdiction::by_name("Bình Dương", NaiveDate::from_ymd_opt(2025, 6, 1).unwrap())?;
//! let later = binh_duong.on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())?;
//! assert_eq!(later.name_vi(), "Hồ Chí Minh");
//! # Ok::<(), doingoai::org::JurisdictionError>(())
//! ```
//!
//! ### Labels in both languages
//!
//! ```
//! use doingoai::{ActivityKind, Label};
//! assert_eq!(ActivityKind::OutboundDelegation.vi(), "đoàn ra");
//! assert_eq!(ActivityKind::OutboundDelegation.en(), "outbound delegation");
//! assert_eq!("đoàn ra".parse::<ActivityKind>()?, ActivityKind::OutboundDelegation);
//! # Ok::<(), doingoai::label::UnknownValue>(())
//! ```
//!
//! ### Where a citation points
//!
//! ```
//! use doingoai::{law, Citation};
//! let c = Citation::article("06/2020/QĐ-TTg", 4).clause(1);
//! assert_eq!(c.en(), "Art. 4(1) 06/2020/QĐ-TTg");
//! assert!(law::registry().get(c.instrument.as_str()).is_some());
//! ```
//!
//! ### The latest filing day, explained
//!
//! ```
//! use doingoai::calendar::{Backward, Period, WorkCalendar};
//! use chrono::NaiveDate;
//! let cal = WorkCalendar::state_agency();
//! // Departure Tue 10 March 2026, "at least 20 days before": 18 Feb falls in the Tết break,
//! // so the last filing day is Friday 13 February.
//! let d = cal.explain_latest_before(NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
//!     Period::CalendarDays(20), Backward::AtLeast)?;
//! assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 2, 13).unwrap());
//! println!("{}", d.explain_en());
//! # Ok::<(), doingoai::calendar::CalendarError>(())
//! ```
//!
//! ### Tết and Hùng Kings' day at UTC+7
//!
//! ```
//! use doingoai::calendar::lunar;
//! use chrono::NaiveDate;
//! // 2030: the new moon falls at 23:07 in Hanoi, after midnight in Beijing.
//! assert_eq!(lunar::tet(2030)?, NaiveDate::from_ymd_opt(2030, 2, 2).unwrap());
//! assert_eq!(lunar::hung_kings_day(2026)?, NaiveDate::from_ymd_opt(2026, 4, 26).unwrap());
//! # Ok::<(), doingoai::calendar::CalendarError>(())
//! ```
//!
//! ### The province's reply on a foreign NGO's registration
//!
//! The one input states only what the matter has: here no applicant body of the province and
//! no dates, the registration and the day the NGO committee asks.
//!
//! ```
//! use doingoai::activity::{ActivityKind, Details, ProposedActivity};
//! use doingoai::history::History;
//! use doingoai::workflow::{assess, Actor, Case, Procedure, Role};
//! use doingoai::{Rulebook, WorkCalendar};
//! use chrono::NaiveDate;
//! let reg = ProposedActivity::new("PCPNN-2025-04", ActivityKind::ForeignNgo, "34:48".parse()?,
//!         NaiveDate::from_ymd_opt(2025, 9, 3).unwrap())
//!     .details(Details::Ngo { organisation: "Plan International".into(), renewal: false, expiry: None });
//! let cal = WorkCalendar::state_agency();
//! let a = assess(&reg, Procedure::NgoReply, Rulebook::shipped(), &cal, &History::default())?;
//! assert_eq!(a.authority.role, Role::ProvincialChairman); // NĐ 58/2022/NĐ-CP Art. 11
//! let case = Case::for_activity_by(&reg, Actor::body("uy-ban-pcpnn", Role::NgoCommittee)).unwrap();
//! assert_eq!(case.procedure(), Procedure::NgoReply);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod activity;
pub mod agreements;
pub mod calendar;
mod data;
mod error;
pub mod guide;
pub mod history;
pub mod inspection;
pub mod json;
pub mod label;
pub mod law;
pub mod ledger;
pub mod org;
pub mod plan;
pub mod programme;
pub mod register;
pub mod report;
pub mod request;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod simulation;
pub mod workflow;

#[cfg(feature = "testing")]
pub mod testing;

pub use activity::{ActivityKind, ProposedActivity};
pub use agreements::AgreementRegistry;
pub use calendar::{DueStatus, Period, WorkCalendar};
pub use error::Error;
pub use label::{Label, Lang};
pub use law::{Citation, Evidence, Instrument, InstrumentNumber, InvalidCitation, Validity};
pub use ledger::{Ledger, Obligation};
pub use org::{Channel, Jurisdiction, Official};
pub use plan::{ActionPlan, AnnualPlan, PlanBook};
pub use report::{ComplianceReport, ReportBuilder};
pub use rules::{evaluate, Decision, Rule, Rulebook};
pub use workflow::{Case, Event, Outcome, Refusal};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
