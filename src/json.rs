//! JSON in and out, with errors that name the field.
//!
//! Every JSON loader of the crate (rulebooks, calendar announcements, cases, requests) goes
//! through [`from_str`], so a malformed document is refused with the path of the offending
//! field, never a panic:
//!
//! ```
//! use doingoai::activity::ProposedActivity;
//! let bad = r#"{"id": "x", "kind": "outbound_delegation", "channel": "bogus"}"#;
//! let err = doingoai::json::from_str::<ProposedActivity>(bad).unwrap_err();
//! assert_eq!(err.path, "channel");
//! assert!(err.to_string().contains("unknown variant `bogus`"));
//! ```

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A JSON document that could not be read (or a value that could not be written).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("JSON error at `{path}` (line {line}, column {column}): {message}")]
#[non_exhaustive]
pub struct JsonError {
    /// The path of the offending field, e.g. `participants[0].official.position`; `.` for the
    /// document itself.
    pub path: String,
    /// What was wrong, from the parser.
    pub message: String,
    /// Line of the error (1-based; 0 when not applicable).
    pub line: usize,
    /// Column of the error (1-based; 0 when not applicable).
    pub column: usize,
}

/// Reads a value from JSON text; the error names the field that was wrong.
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(s);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        JsonError {
            path,
            message: strip_position(&inner.to_string()),
            line: inner.line(),
            column: inner.column(),
        }
    })?;
    de.end().map_err(|e| JsonError {
        path: ".".into(),
        message: strip_position(&e.to_string()),
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

/// Writes a value as pretty-printed JSON.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    serde_json::to_string_pretty(value).map_err(|e| JsonError {
        path: ".".into(),
        message: e.to_string(),
        line: 0,
        column: 0,
    })
}

/// Writes a value as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    serde_json::to_string(value).map_err(|e| JsonError {
        path: ".".into(),
        message: e.to_string(),
        line: 0,
        column: 0,
    })
}

/// serde_json appends " at line L column C" to its messages; the position is kept in fields.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// `to_json`, `to_json_pretty` and `from_json` for a plain data form (no schema upgrade, no
/// validation beyond the types): the crate's one JSON convention.
macro_rules! json_form {
    ($ty:ty, $name:literal) => {
        impl $ty {
            #[doc = concat!("The JSON form of the ", $name, " (compact).")]
            pub fn to_json(&self) -> Result<String, $crate::json::JsonError> {
                $crate::json::to_string(self)
            }

            #[doc = concat!("The JSON form of the ", $name, ", pretty-printed.")]
            pub fn to_json_pretty(&self) -> Result<String, $crate::json::JsonError> {
                $crate::json::to_string_pretty(self)
            }

            #[doc = concat!("Reads the ", $name, " from JSON; the error names the offending field.")]
            pub fn from_json(json: &str) -> Result<Self, $crate::json::JsonError> {
                $crate::json::from_str(json)
            }
        }
    };
}

json_form!(
    crate::activity::ProposedActivity,
    "proposed activity (the request)"
);
json_form!(crate::rules::Decision, "decision");
json_form!(crate::agreements::AgreementRegistry, "agreement register");
json_form!(crate::plan::AnnualPlan, "annual plan");
json_form!(crate::plan::PlanBook, "plan book");
json_form!(crate::plan::ActionPlan, "action plan");
json_form!(crate::history::History, "history of past activities");
json_form!(crate::register::ActivityRecord, "activity record");

#[cfg(test)]
mod tests {
    #[test]
    fn plain_forms_round_trip_and_name_the_field() {
        use crate::activity::{ActivityKind, ProposedActivity};
        let a = ProposedActivity::new(
            "X-1",
            ActivityKind::ForeignPress,
            crate::org::Jurisdiction::National,
            crate::law::ymd(2026, 1, 5),
        );
        let json = a.to_json().unwrap_or_default();
        assert_eq!(ProposedActivity::from_json(&json).ok(), Some(a.clone()));
        let pretty = a.to_json_pretty().unwrap_or_default();
        assert!(pretty.contains('\n'));
        let e = ProposedActivity::from_json(&json.replace("foreign_press", "bogus"));
        assert_eq!(e.err().map(|e| e.path), Some("kind".to_string()));
    }
}
