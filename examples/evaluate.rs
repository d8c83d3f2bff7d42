//! JSON in, decision out: reads the facts of a proposed activity from stdin and prints, as
//! JSON, what the rulebook decides — tier and competent authority (with delegation), the
//! consultations and their deadlines, the latest filing date and whether the request is on
//! time, every violated condition with its citation, the obligations it will create — and the
//! assessment the workflow would submit the case under.
//!
//! ```text
//! cargo run --example evaluate < examples/data/request.json
//! ```
//!
//! The input is the rulebook's `ActivityFacts` (see `docs/workflows.md`), optionally with a
//! `history` of past trips. A malformed request is refused with an error naming the field,
//! and the exit code is non-zero.

use std::io::Read;
use std::process::ExitCode;

use doingoai::history::History;
use doingoai::rules::{evaluate, ActivityFacts, ActivityKind, Rulebook, Territory};
use doingoai::workflow::{assess, Procedure};
use doingoai::WorkCalendar;
use serde_json::{json, Map, Value};

/// Finds the top-level field that makes the request fail, by swapping each field for a valid
/// value in turn.
fn culprit(input: &Map<String, Value>, first: &str) -> Option<String> {
    let on = chrono::NaiveDate::from_ymd_opt(2025, 1, 1)?;
    let good = serde_json::to_value(ActivityFacts::new(
        ActivityKind::Conference,
        Territory::National,
        on,
    ))
    .ok()?;
    let good = good.as_object()?;
    for key in input.keys() {
        let mut candidate = input.clone();
        match good.get(key) {
            Some(v) => {
                candidate.insert(key.clone(), v.clone());
            }
            None => {
                candidate.remove(key);
            }
        }
        match serde_json::from_value::<ActivityFacts>(Value::Object(candidate)) {
            Ok(_) => return Some(key.clone()),
            Err(e) if e.to_string() != first => return Some(key.clone()),
            Err(_) => {}
        }
    }
    None
}

fn parse(text: &str) -> Result<(ActivityFacts, History), String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("the request is not JSON: {e}"))?;
    let Value::Object(mut obj) = value else {
        return Err("the request must be a JSON object".into());
    };
    let history = match obj.remove("history") {
        Some(h) => {
            serde_json::from_value::<History>(h).map_err(|e| format!("field `history`: {e}"))?
        }
        None => History::default(),
    };
    serde_json::from_value::<ActivityFacts>(Value::Object(obj.clone()))
        .map(|f| (f, history))
        .map_err(|e| {
            let msg = e.to_string();
            match culprit(&obj, &msg) {
                Some(field) if !msg.contains(&format!("`{field}`")) => {
                    format!("field `{field}`: {msg}")
                }
                _ => msg,
            }
        })
}

fn main() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let (facts, history) = match parse(&text) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let cal = WorkCalendar::state_agency();
    let rb = Rulebook::shipped();
    let decision = match evaluate(&facts, rb, &cal, &history) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let assessment = Procedure::for_rules_kind(facts.kind)
        .and_then(|p| assess(&facts, p, rb, &cal, &history).ok());
    let out = json!({
        "on_time": decision.filings.iter().all(|f| f.on_time),
        "latest_filing": decision.latest_filing(),
        "admissible": decision.is_admissible(),
        "decision": decision,
        "workflow": assessment,
    });
    match serde_json::to_string_pretty(&out) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
