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
//!  facts of a proposed activity ─┐
//!  rulebook (national + province)├─► evaluate ─► Decision ─► Case ─► events ─► obligations ─► ledger ─► reports
//!  calendar (working days)       │
//!  context (past trips, plan)  ──┘
//! ```
//!
//! Everything flows one way: law → rules → decisions → cases → obligations → reports. Nothing
//! reads the clock: dates arrive with facts and events.
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
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod activity;
pub mod agreements;
pub mod calendar;
pub mod history;
pub mod inspection;
#[cfg(feature = "serde")]
pub mod json;
pub mod label;
pub mod law;
pub mod ledger;
pub mod org;
pub mod plan;
pub mod programme;
pub mod report;
pub mod rules;
pub mod simulation;
pub mod workflow;

pub use activity::{ActivityKind, ProposedActivity};
pub use agreements::AgreementRegistry;
pub use calendar::{Period, WorkCalendar};
pub use label::{Label, Lang};
pub use law::{Citation, Evidence, Instrument, InstrumentNumber, Validity};
pub use ledger::{Ledger, Obligation, ObligationStatus};
pub use org::{Channel, Jurisdiction, Official};
pub use plan::{ActionPlan, AnnualPlan, PlanBook};
pub use report::{ComplianceReport, ReportBuilder};
pub use rules::{evaluate, Decision, Rule, Rulebook};
pub use workflow::{Case, Event, Outcome, Refusal};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
