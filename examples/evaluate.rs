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
//! refused with an error naming the field path, and the exit code is 2. The command-line tool
//! does the same with `doingoai evaluate` (feature `cli`), over the same library path:
//! [`Request::from_json`] then [`Request::evaluate`].

use std::io::{Read, Write};
use std::process::ExitCode;

use doingoai::request::Request;

fn main() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    // the request: a `ProposedActivity` with an optional `history`
    let request = match Request::from_json(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: field `{}`: {}", e.path, e.message);
            return ExitCode::from(2);
        }
    };
    // the decision under the shipped rulebook and the state-agency calendar
    let answer = match request.evaluate() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let json = match answer.to_json() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    // `println!` panics when the reader has gone (`| head`); a closed pipe is not an error
    match std::io::stdout().lock().write_all(json.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write stdout: {e}");
            ExitCode::from(1)
        }
    }
}
