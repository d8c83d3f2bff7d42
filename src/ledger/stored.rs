//! The stored (JSON) form of a ledger and the loader of its previous version.

use serde_json::{Map, Value};

use super::{Ledger, Obligation, Owed};
use crate::activity::ActivityKind as A;
use crate::json::JsonError;
use crate::rules::{ReportKind as R, RuleRef, Rulebook, Subject};

/// The schema version of a ledger's JSON form, written by [`Ledger::to_json`] and read by
/// [`Ledger::from_json`], which also reads the previous, unversioned form (version 1).
///
/// Version 2 (this crate): the form is `{"schema": 2, "obligations": [...]}`, and each
/// obligation names what is owed as the rulebook does, `"owed": {"subject": …, "report": …}`
/// ([`Owed`]), in place of version 1's `"kind"` from the ledger's own vocabulary, which merged
/// several reports into one kind (an aid's completion report into the result reports, its
/// three finance reports into one).
pub const SCHEMA_VERSION: u32 = 2;

/// The stored form (written).
#[derive(serde::Serialize)]
pub(super) struct LedgerOut<'a> {
    pub(super) schema: u32,
    pub(super) obligations: &'a [Obligation],
}

/// The stored form (read).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LedgerIn {
    schema: u32,
    obligations: Vec<Obligation>,
}

fn error(path: impl Into<String>, message: impl Into<String>) -> JsonError {
    JsonError {
        path: path.into(),
        message: message.into(),
        line: 0,
        column: 0,
    }
}

fn decode<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, JsonError> {
    crate::json::from_str(&v.to_string())
}

/// Reads either form; the ledger is rebuilt with [`Ledger::add`] (unique ids, due dates not
/// before the day an obligation arises).
pub(super) fn read(v: Value, rulebook: &Rulebook) -> Result<Ledger, JsonError> {
    let obligations: Vec<Obligation> = match v {
        Value::Array(items) => {
            let mut upgraded = Vec::with_capacity(items.len());
            for (i, mut item) in items.into_iter().enumerate() {
                if let Some(o) = item.as_object_mut() {
                    v1(o, rulebook).map_err(|m| error(format!("[{i}].kind"), m))?;
                }
                upgraded.push(item);
            }
            decode(Value::Array(upgraded))?
        }
        v => {
            let stored: LedgerIn = decode(v)?;
            if stored.schema != SCHEMA_VERSION {
                return Err(error(
                    "schema",
                    format!(
                        "ledger schema version {} is not supported; this crate reads version \
                         {SCHEMA_VERSION} and the previous, unversioned form",
                        stored.schema
                    ),
                ));
            }
            stored.obligations
        }
    };
    let mut ledger = Ledger::new();
    for (i, o) in obligations.into_iter().enumerate() {
        ledger
            .add(o)
            .map_err(|e| error(format!("[{i}]"), e.to_string()))?;
    }
    Ok(ledger)
}

/// Upgrades one version-1 obligation in place: its `kind` becomes `owed`.
fn v1(o: &mut Map<String, Value>, rulebook: &Rulebook) -> Result<(), String> {
    let Some(kind) = o.remove("kind") else {
        return Ok(());
    };
    let kind = kind
        .as_str()
        .ok_or_else(|| format!("a version-1 `kind` is a string, found {kind}"))?
        .to_string();
    // the obligation rule it names says exactly what is owed, about what
    let by_rule = o
        .get("rule")
        .and_then(Value::as_str)
        .and_then(|id| match rulebook.get(id) {
            Some(RuleRef::Obligation(r)) => {
                r.value.as_ref().map(|v| Owed::new(r.activity, v.report))
            }
            _ => None,
        });
    let owed = match by_rule.or_else(|| v1_kind(&kind)) {
        Some(owed) => owed,
        None => {
            return Err(match o.get("rule").and_then(Value::as_str) {
                Some(rule) => format!(
                "version-1 kind `{kind}` merged several reports, and its rule `{rule}` is not an \
                     obligation rule of the rulebook: what is owed cannot be told"
            ),
                None => format!(
                    "version-1 kind `{kind}` merged several reports and the entry names no rule: \
                     what is owed cannot be told"
                ),
            })
        }
    };
    let owed = serde_json::to_value(owed).map_err(|e| e.to_string())?;
    o.insert("owed".into(), owed);
    Ok(())
}

/// What a version-1 kind names when it names one report about one subject; `None` for the
/// kinds that merged several (`result_report`, `aid_finance_report`, `signing_notice`) and for
/// an unknown code.
fn v1_kind(kind: &str) -> Option<Owed> {
    let activity = |k: A, r: R| Some(Owed::new(Subject::Activity(k), r));
    let plan = |r: R| Some(Owed::new(Subject::ExternalAffairsPlan, r));
    match kind {
        "passport_return" => activity(A::OutboundDelegation, R::PassportReturn),
        "aid_approval_notice" => activity(A::ForeignAid, R::ApprovalNotice),
        "press_programme_report" => Some(Owed::new(Subject::NonResidentPress, R::ResultReport)),
        "conferences_annual_report" => activity(A::InternationalConference, R::AnnualReport),
        "agreements_annual_plan" => activity(A::InternationalAgreement, R::AnnualPlan),
        "agreements_annual_report" => activity(A::InternationalAgreement, R::AnnualReport),
        "ngo_annual_report" => activity(A::ForeignNgo, R::AnnualReport),
        "six_month_report" => plan(R::SemiannualReport),
        "annual_report" => plan(R::AnnualReport),
        "implementation_report" => plan(R::ImplementationReport),
        "annual_plan_submission" => plan(R::AnnualPlan),
        _ => None,
    }
}
