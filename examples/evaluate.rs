//! JSON in, decision out: reads a proposed activity from stdin and prints, as JSON, what the
//! rulebook decides — tier and competent authority (with delegation), the consultations and
//! their deadlines, the latest filing date and whether the request is on time, every violated
//! condition with its citation and what would satisfy it, the obligations it will create — and
//! the assessment the workflow would submit the case under.
//!
//! ```text
//! cargo run --example evaluate < examples/data/request.json
//! ```
//!
//! The input is a `ProposedActivity` — the one input type of `evaluate`, `workflow::assess`
//! and `Case`: kind, jurisdiction and filing day, and where the matter has them the applicant
//! body, the dates, the officials with their discipline records and the kind-specific details
//! — with an optional `history` of past trips. See `docs/workflows.md`. A malformed request is
//! refused with an error naming the field path, and the exit code is 2.

use std::io::Read;
use std::process::ExitCode;

use doingoai::activity::ProposedActivity;
use doingoai::history::History;
use doingoai::rules::{evaluate, Rulebook};
use doingoai::workflow::{assess, Procedure};
use doingoai::WorkCalendar;
use serde_json::{json, Value};

fn parse(text: &str) -> Result<(ProposedActivity, History), String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("the request is not JSON: {e}"))?;
    let Value::Object(mut obj) = value else {
        return Err("the request must be a JSON object".into());
    };
    let history = match obj.remove("history") {
        Some(h) => doingoai::json::from_str::<History>(&h.to_string())
            .map_err(|e| format!("field `history.{}`: {}", e.path, e.message))?,
        None => History::default(),
    };
    let activity = doingoai::json::from_str::<ProposedActivity>(&Value::Object(obj).to_string())
        .map_err(|e| format!("field `{}`: {}", e.path, e.message))?;
    Ok((activity, history))
}

fn run(activity: &ProposedActivity, history: &History) -> Result<Value, String> {
    let cal = WorkCalendar::state_agency();
    let rb = Rulebook::shipped();
    let decision = evaluate(activity, rb, &cal, history).map_err(|e| e.to_string())?;
    let assessment = Procedure::for_kind(activity.kind)
        .and_then(|p| assess(activity, p, rb, &cal, history).ok());
    // `on_time` is `null` when no sourced lead-time rule applies: the request can then be
    // neither on time nor late, and the unsourced entry is listed under `decision.gaps`.
    let on_time = if decision.filings.is_empty() {
        Value::Null
    } else {
        Value::Bool(decision.filings.iter().all(|f| f.on_time))
    };
    Ok(json!({
        "on_time": on_time,
        "latest_filing": decision.latest_filing(),
        "admissible": decision.is_admissible(),
        "subject": activity.subject(),
        "channel": activity.channel(),
        "decision": decision,
        "workflow": assessment,
    }))
}

fn main() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let (activity, history) = match parse(&text) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let out = run(&activity, &history);
    match out.and_then(|v| serde_json::to_string_pretty(&v).map_err(|e| e.to_string())) {
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
