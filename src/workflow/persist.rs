//! Persistence: the JSON form of a case carries the schema version and the rulebook version,
//! the header, the state, the approver and the log (each event with its transition; the
//! citations and rulebook version of each entry are restored by the replay, which is
//! deterministic);
//! loading replays the log through the same core and compares the result with the stored
//! state, so a state the rules forbid is refused with a typed error, never accepted and never
//! a panic.
//!
//! Reading (issue 14): an event's action is stored internally tagged (`{"action": "submit",
//! "assessment": {…}}`), and so is a consultee's opinion (`{"opinion": "agree"}`). Serde's
//! derive for such an enum buffers every object into an untyped tree to find its tag, then
//! reads the tree again — for a submission, the whole assessment. [`Action`](super::Action)
//! and [`Opinion`](super::Opinion) read their first key instead: the tag, as [`Case::to_json`]
//! writes it, so the fields are read once, straight from the text; a tag further on (a
//! document written by hand) is found by buffering the object, as before. The stored form did
//! not change (schema version 2), so no version was added: every document read before reads
//! the same, with the same errors for unknown and missing fields.
//!
//! ```
//! use doingoai::workflow::{Action, Opinion};
//! let reply: Action = serde_json::from_str(r#"{"action": "reply", "opinion": {"opinion": "agree"}}"#)?;
//! assert_eq!(reply, Action::Reply { opinion: Opinion::Agree });
//! // the tag after the fields reads the same
//! let late: Action = serde_json::from_str(r#"{"reason": "x", "action": "withdraw"}"#)?;
//! assert_eq!(late, Action::Withdraw { reason: "x".into() });
//! assert!(serde_json::from_str::<Action>(r#"{"action": "withdraw", "why": "x"}"#).is_err());
//! assert!(serde_json::from_str::<Action>(r#"{"why": "x", "action": "withdraw"}"#).is_err());
//! assert!(serde_json::from_str::<Action>(r#"{"reason": "x"}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::calendar::WorkCalendar;

use super::case::default_calendar;
use crate::rules::Ground;

use super::{ActionKind, Actor, Case, CaseFacts, Procedure, Refusal, State};

/// The schema version written by [`Case::to_json`] and accepted by [`Case::from_json`], which
/// also reads the previous version, 1.
///
/// Version 2 (this crate): every unmet condition of an assessment is a
/// [`Finding`](crate::rules::Finding) (typed kind, every citation, grade, Vietnamese and English
/// text) in place of version 1's `Unmet` (category, English message, first citation); an
/// assessment lists `filings` (each with its anchor) in place of one `filing`; an obligation
/// names what is owed in the rulebook's vocabulary (`report`: a
/// [`ReportKind`](crate::rules::ReportKind), in place of `kind`) and lists all its addressees
/// (`to`: a list), and so does a `discharge` (`kind`: `{"owed": …}`); time limits, authorities and filings may carry the
/// rule they come from (`source`); a delegation may list the exceptions that withhold it
/// (`excepted`). A version-1 case is upgraded on load: its conditions become
/// [`FindingKind::Recorded`](crate::rules::FindingKind::Recorded) findings (the category and the
/// English text version 1 kept, in both languages), its filing a one-item list counted from the
/// start, its single addressee a one-item list, its kinds of what is owed the rulebook's
/// (`notice`, the only one a case could create, the aid's approval notice; `start`, the start
/// of implementation).
pub const SCHEMA_VERSION: u32 = 2;

/// The previous schema version, still read (see [`SCHEMA_VERSION`]).
const SCHEMA_V1: u32 = 1;

/// Why a stored case could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The text is not a stored case (bad JSON, a missing or unknown field, a bad value).
    #[error("not a stored case: at `{path}`: {message} (line {line}, column {column})")]
    Json {
        /// The path of the offending field (e.g. `log[3].event.on`).
        path: String,
        /// What was wrong.
        message: String,
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// The schema version is not one this crate reads.
    #[error("schema version {found} is not supported; this crate reads version {supported} and the previous version 1")]
    Schema {
        /// The version found.
        found: u32,
        /// The version supported.
        supported: u32,
    },
    /// The stored state implies an approval but no approver is recorded.
    #[error(
        "the stored state `{state}` implies an approval, but no competent approver is recorded"
    )]
    ApprovedWithoutApprover {
        /// The stored state.
        state: State,
    },
    /// The log carries the activity out before any approval.
    #[error("log entry #{seq} carries the activity out before any approval by a competent actor")]
    CarriedOutBeforeApproval {
        /// The position of the event in the log.
        seq: usize,
    },
    /// An approval in the log was given by an actor who was not competent.
    #[error("log entry #{seq}: approval by {actor}, who was not competent: {refusal}")]
    IncompetentApprover {
        /// The position of the event in the log.
        seq: usize,
        /// The actor.
        actor: String,
        /// The core's refusal.
        refusal: Box<Refusal>,
    },
    /// An event of the log is refused by the core.
    #[error("log entry #{seq} is refused on replay: {refusal}")]
    Refused {
        /// The position of the event in the log.
        seq: usize,
        /// The core's refusal.
        refusal: Box<Refusal>,
    },
    /// A log entry's recorded states differ from the replay's.
    #[error("log entry #{seq} records {stored_from} → {stored_to}, the replay gives {replayed_from} → {replayed_to}")]
    LogMismatch {
        /// The position in the log.
        seq: usize,
        /// Stored state before.
        stored_from: State,
        /// Stored state after.
        stored_to: State,
        /// Replayed state before.
        replayed_from: State,
        /// Replayed state after.
        replayed_to: State,
    },
    /// The stored state differs from the state the log replays to.
    #[error("the stored state is `{stored}` but the log replays to `{replayed}`")]
    StateMismatch {
        /// The stored state.
        stored: State,
        /// The replayed state.
        replayed: State,
    },
    /// The stored approver differs from the one in the log.
    #[error("the stored approver ({stored}) is not the approver in the log ({replayed})")]
    ApproverMismatch {
        /// The stored approver.
        stored: String,
        /// The approver in the log, or `none`.
        replayed: String,
    },
    /// The stored rulebook version differs from the one in the log.
    #[error("the stored rulebook version `{stored}` is not the version in the log (`{replayed}`)")]
    RulebookMismatch {
        /// Stored version.
        stored: String,
        /// Version from the log.
        replayed: String,
    },
}

/// The stored form (written).
#[derive(Serialize)]
struct StoredOut<'a> {
    schema: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    rulebook_version: Option<&'a str>,
    id: &'a str,
    procedure: Procedure,
    applicant: &'a Actor,
    facts: &'a CaseFacts,
    state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    approved_by: Option<&'a Actor>,
    log: Vec<EntryOut<'a>>,
}

/// A stored log entry (written): the event and the transition. The citations and rulebook
/// version of each entry are restored by the replay.
#[derive(Serialize)]
struct EntryOut<'a> {
    event: &'a super::Event,
    from: State,
    to: State,
}

/// The stored form (read).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredIn {
    /// The schema version of the stored form.
    schema: u32,
    /// The version of the rulebook the case was assessed under (absent before any assessment).
    #[serde(default)]
    rulebook_version: Option<String>,
    /// The case's identifier.
    id: String,
    /// The procedure (the state machine) the case runs.
    procedure: Procedure,
    /// Who applies.
    applicant: Actor,
    /// The facts of the header.
    facts: CaseFacts,
    /// The state the log leads to.
    state: State,
    /// The competent approver, once approved.
    #[serde(default)]
    approved_by: Option<Actor>,
    /// Every event applied, in order, with its transition.
    log: Vec<EntryIn>,
}

/// A stored log entry (read).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "LogEntry"))]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryIn {
    /// The event.
    event: super::Event,
    /// The state before it.
    from: State,
    /// The state after it.
    to: State,
}

/// The JSON Schema of the stored form (see `crate::schema::case`).
#[cfg(feature = "schema")]
pub(crate) fn stored_case_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    g.root_schema_for::<StoredIn>()
}

impl Case {
    /// The JSON form: schema version, rulebook version, header, state, approver and log.
    ///
    /// ```
    /// use doingoai::workflow::*;
    /// use doingoai::{Channel, Jurisdiction};
    /// let case = Case::new("X-1", Procedure::Inbound, Actor::body("so-ct", Role::Organiser),
    ///     CaseFacts::new("Đoàn doanh nghiệp Nhật Bản", Jurisdiction::National, Channel::State));
    /// let json = case.to_json()?;
    /// assert!(json.contains("\"schema\":2"));
    /// assert_eq!(Case::from_json(&json)?, case);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> Result<String, crate::json::JsonError> {
        crate::json::to_string(&self.stored())
    }

    /// The JSON form, pretty-printed (the same document as [`Case::to_json`]).
    pub fn to_json_pretty(&self) -> Result<String, crate::json::JsonError> {
        crate::json::to_string_pretty(&self.stored())
    }

    fn stored(&self) -> StoredOut<'_> {
        StoredOut {
            schema: SCHEMA_VERSION,
            rulebook_version: self.rulebook_version(),
            id: &self.id,
            procedure: self.procedure,
            applicant: &self.applicant,
            facts: &self.facts,
            state: self.state,
            approved_by: self.approval.as_ref().map(|a| &a.by),
            log: self
                .log
                .iter()
                .map(|e| EntryOut {
                    event: &e.event,
                    from: e.from,
                    to: e.to,
                })
                .collect(),
        }
    }

    /// Loads a case from its JSON form with the default calendar, validating it (see
    /// [`Case::from_json_with`]).
    pub fn from_json(json: &str) -> Result<Case, LoadError> {
        Case::from_json_with(json, default_calendar())
    }

    /// Loads a case from its JSON form: checks the schema version, refuses a state that
    /// implies an approval without an approver, replays the log through the core with `cal`
    /// and compares every recorded transition, the state, the approver and the rulebook
    /// version with the replay.
    ///
    /// ```
    /// use doingoai::workflow::*;
    /// let forged = r#"{"schema":1,"id":"X","procedure":"outbound",
    ///   "applicant":{"id":"so","kind":"body","role":"organiser"},
    ///   "facts":{"title":"t","jurisdiction":"national","channel":"state"},
    ///   "state":"approved","log":[]}"#;
    /// assert!(matches!(Case::from_json(forged), Err(LoadError::ApprovedWithoutApprover { .. })));
    /// ```
    pub fn from_json_with(json: &str, cal: &WorkCalendar) -> Result<Case, LoadError> {
        let stored = read(json)?;
        if stored.schema != SCHEMA_VERSION && stored.schema != SCHEMA_V1 {
            return Err(LoadError::Schema {
                found: stored.schema,
                supported: SCHEMA_VERSION,
            });
        }
        if stored.state.implies_approval() && stored.approved_by.is_none() {
            return Err(LoadError::ApprovedWithoutApprover {
                state: stored.state,
            });
        }
        let mut case = Case::new(stored.id, stored.procedure, stored.applicant, stored.facts);
        for entry in stored.log {
            let seq = case.log.len();
            let action = entry.event.action.kind();
            match case.try_apply(cal, entry.event) {
                Ok(out) => {
                    if out.from != entry.from || out.to != entry.to {
                        return Err(LoadError::LogMismatch {
                            seq,
                            stored_from: entry.from,
                            stored_to: entry.to,
                            replayed_from: out.from,
                            replayed_to: out.to,
                        });
                    }
                }
                Err((refusal, event)) => {
                    return Err(match action {
                        ActionKind::CarryOut if case.approval.is_none() => {
                            LoadError::CarriedOutBeforeApproval { seq }
                        }
                        ActionKind::Approve if refusal.has(Ground::Authorization) => {
                            LoadError::IncompetentApprover {
                                seq,
                                actor: event.actor.to_string(),
                                refusal: Box::new(refusal),
                            }
                        }
                        _ => LoadError::Refused {
                            seq,
                            refusal: Box::new(refusal),
                        },
                    })
                }
            }
        }
        if case.state != stored.state {
            return Err(LoadError::StateMismatch {
                stored: stored.state,
                replayed: case.state,
            });
        }
        let replayed_by = case.approval.as_ref().map(|a| &a.by);
        if stored.approved_by.as_ref() != replayed_by {
            return Err(LoadError::ApproverMismatch {
                stored: stored
                    .approved_by
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "none".into()),
                replayed: replayed_by
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "none".into()),
            });
        }
        if stored.rulebook_version.as_deref() != case.rulebook_version() {
            return Err(LoadError::RulebookMismatch {
                stored: stored.rulebook_version.unwrap_or_else(|| "none".into()),
                replayed: case.rulebook_version().unwrap_or("none").to_string(),
            });
        }
        Ok(case)
    }
}

/// Reads the stored form: the fast path; a version-1 document that does not read as version 2
/// is upgraded first ([`v1::upgrade`]); on failure, read again through the path-tracking loader
/// to name the offending field.
fn read(json: &str) -> Result<StoredIn, LoadError> {
    let fast = match serde_json::from_str::<StoredIn>(json) {
        Ok(s) => return Ok(s),
        Err(e) => e,
    };
    #[derive(Deserialize)]
    struct Version {
        schema: u32,
    }
    let upgraded = match serde_json::from_str::<Version>(json) {
        Ok(Version { schema: SCHEMA_V1 }) => serde_json::from_str(json).ok().map(|mut v| {
            v1::upgrade(&mut v);
            v.to_string()
        }),
        _ => None,
    };
    let text = upgraded.as_deref().unwrap_or(json);
    match crate::json::from_str::<StoredIn>(text) {
        Ok(s) if upgraded.is_some() => Ok(s),
        Ok(_) => Err(LoadError::Json {
            path: ".".into(),
            message: fast.to_string(),
            line: fast.line(),
            column: fast.column(),
        }),
        Err(p) => Err(LoadError::Json {
            path: p.path,
            message: p.message,
            line: p.line,
            column: p.column,
        }),
    }
}

/// The upgrade of a stored case of schema version 1 to the current form.
mod v1 {
    use serde_json::{json, Map, Value};

    /// Rewrites, in place, every assessment of the log (submit, resubmit, hosting request,
    /// recheck) to the current form.
    pub(super) fn upgrade(case: &mut Value) {
        let Some(log) = case.get_mut("log").and_then(Value::as_array_mut) else {
            return;
        };
        for entry in log {
            if let Some(a) = entry.pointer_mut("/event/action/assessment") {
                if let Some(a) = a.as_object_mut() {
                    assessment(a);
                }
            }
            // `discharge`: the kind of what is owed, in the rulebook's vocabulary
            if let Some(kind) = entry.pointer_mut("/event/action/kind") {
                if let Some(report) = kind.as_str().and_then(owed) {
                    *kind = json!({ "owed": report });
                }
            }
        }
    }

    /// What a version-1 deadline kind of something owed is in the rulebook's vocabulary
    /// (version 1 folded the post-signing and completion reports into `result_report`, and
    /// the only notice a case could create, the aid's approval notice, into `notice`); `None`
    /// for a step of the procedure.
    fn owed(kind: &str) -> Option<&'static str> {
        Some(match kind {
            "result_report" => "result_report",
            "passport_return" => "passport_return",
            "notice" => "approval_notice",
            "start" => "implementation_start",
            _ => return None,
        })
    }

    fn assessment(a: &mut Map<String, Value>) {
        if let Some(mut f) = a.remove("filing") {
            if let Some(f) = f.as_object_mut() {
                f.entry("anchor").or_insert(json!("start"));
            }
            a.insert("filings".into(), Value::Array(vec![f]));
        }
        if let Some(obligations) = a.get_mut("obligations").and_then(Value::as_array_mut) {
            for o in obligations.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(to) = o.remove("to") {
                    o.insert("to".into(), Value::Array(vec![to]));
                }
                if let Some(kind) = o.remove("kind") {
                    let report = kind
                        .as_str()
                        .and_then(owed)
                        .map_or(kind.clone(), Value::from);
                    o.insert("report".into(), report);
                }
            }
        }
        if let Some(violations) = a.get_mut("violations").and_then(Value::as_array_mut) {
            for v in violations.iter_mut() {
                *v = finding(v);
            }
        }
    }

    /// A version-1 `Unmet` (`condition`, `rule`, `message`, `citation`, `remedy`) as a
    /// `Finding` of kind `recorded`.
    fn finding(unmet: &Value) -> Value {
        let field = |k: &str| unmet.get(k).cloned().unwrap_or(Value::Null);
        let (message, remedy) = (field("message"), field("remedy"));
        let mut f = Map::new();
        if !field("rule").is_null() {
            f.insert("rule".into(), field("rule"));
        }
        f.insert(
            "kind".into(),
            json!({ "code": "recorded", "ground": field("condition") }),
        );
        if !field("citation").is_null() {
            f.insert("citations".into(), Value::Array(vec![field("citation")]));
        }
        f.insert("wrong".into(), json!({ "vi": message, "en": message }));
        f.insert("satisfy".into(), json!({ "vi": remedy, "en": remedy }));
        Value::Object(f)
    }
}
