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
