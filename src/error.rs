//! The crate-level error: every technical error of the modules in one type, so that `?` works
//! across them. Each module keeps its own precise error type; this only wraps them, and says
//! what the module error says (`#[error(transparent)]`). The list is checked by the test
//! `tests/api_surface.rs` (one value of each error type, each in its own variant).
//!
//! A *refusal* (the rules say no) is not an error: it is data, [`crate::workflow::Refusal`],
//! listing every unmet condition with its citation.
//!
//! ```
//! use doingoai::{Error, Jurisdiction};
//! use chrono::NaiveDate;
//! fn successor(code: &str, on: NaiveDate) -> Result<String, Error> {
//!     let j: Jurisdiction = code.parse()?;
//!     Ok(j.on(on)?.name_vi().to_string())
//! }
//! let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
//! assert_eq!(successor("63:74", d).unwrap(), "Hồ Chí Minh");
//! let e = successor("99:01", d).unwrap_err();
//! assert!(e.to_string().contains("unknown jurisdiction"));
//! ```

/// Any technical error of the crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A vocabulary value that is not known.
    #[error(transparent)]
    UnknownValue(#[from] crate::label::UnknownValue),
    /// An instrument number that is not well formed.
    #[error(transparent)]
    InstrumentNumber(#[from] crate::law::InvalidInstrumentNumber),
    /// A text that is not a citation.
    #[error(transparent)]
    Citation(#[from] crate::law::InvalidCitation),
    /// An instrument the registry does not know.
    #[error(transparent)]
    UnknownInstrument(#[from] crate::law::UnknownInstrument),
    /// A validity period that ends before it starts.
    #[error(transparent)]
    Validity(#[from] crate::law::InvalidValidity),
    /// A jurisdiction that is unknown or not in force.
    #[error(transparent)]
    Jurisdiction(#[from] crate::org::JurisdictionError),
    /// A province whose foreign-affairs agency is not sourced for the date.
    #[error(transparent)]
    FaAgency(#[from] crate::org::UnknownFaAgency),
    /// A date outside the calendar's range, or a bad announcement.
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// A rulebook query that cannot be answered.
    #[error(transparent)]
    Resolve(#[from] crate::rules::ResolveError),
    /// An activity that cannot be evaluated.
    #[error(transparent)]
    Evaluate(#[from] crate::rules::EvaluateError),
    /// A rulebook that breaks the validation rules.
    #[error(transparent)]
    Validation(#[from] crate::rules::ValidationError),
    /// A rulebook that could not be loaded.
    #[error(transparent)]
    RulebookLoad(#[from] crate::rules::LoadError),
    /// A stored case that could not be loaded.
    #[error(transparent)]
    CaseLoad(#[from] crate::workflow::LoadError),
    /// Malformed JSON.
    #[error(transparent)]
    Json(#[from] crate::json::JsonError),
    /// A ledger operation that could not be done.
    #[error(transparent)]
    Ledger(#[from] crate::ledger::LedgerError),
    /// An agreement-register operation that could not be done.
    #[error(transparent)]
    Agreement(#[from] crate::agreements::AgreementError),
    /// An action-plan edit that could not be done.
    #[error(transparent)]
    ActionPlan(#[from] crate::plan::action::ActionPlanError),
    /// A deadline that cannot be counted.
    #[error(transparent)]
    Deadline(#[from] crate::calendar::DeadlineError),
    /// A rule id that is not well formed.
    #[error(transparent)]
    RuleId(#[from] crate::rules::InvalidRuleId),
    /// A scenario that cannot be simulated.
    #[error(transparent)]
    Simulation(#[from] crate::simulation::SimulationError),
    /// A rulebook layer file (TOML) that could not be read.
    #[error(transparent)]
    LayerFile(#[from] crate::rules::LayerFileError),
    /// A province template that cannot be written.
    #[error(transparent)]
    Template(#[from] crate::rules::TemplateError),
    /// One problem in a rulebook.
    #[error(transparent)]
    Rule(#[from] crate::rules::RuleError),
    /// A body asked about on a day it no longer exists.
    #[error(transparent)]
    BodyGone(#[from] crate::org::BodyGone),
}
