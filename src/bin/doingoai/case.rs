//! `doingoai case new|apply|show|verify`: a case stored as a JSON file (`Case::to_json`).
//!
//! The file is only ever replaced whole, through a temporary file renamed over it, and only
//! when the event is accepted: a refused event leaves it byte for byte unchanged.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use doingoai::request::Request;
use doingoai::rules::{Finding, Rulebook};
use doingoai::workflow::{
    assess, Action, ActionKind, Case, DeadlineView, Event, LoadError, Machine, Outcome, Refusal,
    State,
};
use doingoai::{Label, WorkCalendar};

use crate::io::{self, Failure, Format, Res};

#[derive(Debug, clap::Subcommand)]
pub enum CaseCommand {
    /// Creates CASE (a JSON file) for the request in REQUEST (`-` or nothing: standard
    /// input), in state `draft`; with `--submit`, the applicant also files it on the filing
    /// day with the assessment the rules give.
    #[command(after_help = crate::EXIT_CODES)]
    New {
        /// The case file to write (refused if it exists, unless `--force`).
        case: PathBuf,
        /// The request (JSON, as `doingoai evaluate` reads it).
        request: Option<String>,
        /// File the case (`submit`, or `request_hosting` where the procedure starts there).
        #[arg(long)]
        submit: bool,
        /// Overwrite CASE if it exists.
        #[arg(long)]
        force: bool,
        /// Output format (of the outcome or the refusal); default: JSON when standard output
        /// is not a terminal, Markdown when it is.
        #[arg(long, short)]
        format: Option<Format>,
    },
    /// Applies one event (JSON: `{"actor": {"id", "kind", "role"}, "on": "YYYY-MM-DD",
    /// "action": {"action": "accept", …}}`) to CASE. Accepted: CASE is rewritten and the
    /// outcome printed. Refused: every unmet condition is printed with its citation, CASE is
    /// left unchanged, exit code 1.
    #[command(after_help = crate::EXIT_CODES)]
    Apply {
        /// The case file.
        case: PathBuf,
        /// The event (JSON); `-` or nothing: standard input.
        event: Option<String>,
        /// Output format; default: JSON when standard output is not a terminal, Markdown
        /// when it is.
        #[arg(long, short)]
        format: Option<Format>,
    },
    /// Shows the state, the log, the deadlines and the obligations of CASE as of a day.
    #[command(after_help = crate::EXIT_CODES)]
    Show {
        /// The case file.
        case: PathBuf,
        /// The day the deadlines' statuses are taken on (YYYY-MM-DD or DD/MM/YYYY); default:
        /// the day of the last event (never the clock, unless `--today`).
        #[arg(long, value_parser = io::parse_date, conflicts_with = "today")]
        as_of: Option<NaiveDate>,
        /// Take the statuses on today's date (the system clock, UTC).
        #[arg(long)]
        today: bool,
        /// Output format; default: JSON when standard output is not a terminal, Markdown
        /// when it is.
        #[arg(long, short)]
        format: Option<Format>,
    },
    /// Replays the log of CASE through the workflow and checks that it reproduces the stored
    /// state, approver and rulebook version: exit 0 if it does, 4 if not.
    #[command(after_help = crate::EXIT_CODES)]
    Verify {
        /// The case file.
        case: PathBuf,
    },
}

pub fn run(c: &CaseCommand) -> Res<ExitCode> {
    match c {
        CaseCommand::New {
            case,
            request,
            submit,
            force,
            format,
        } => new(case, request.as_deref(), *submit, *force, *format),
        CaseCommand::Apply {
            case,
            event,
            format,
        } => apply(case, event.as_deref(), *format),
        CaseCommand::Show {
            case,
            as_of,
            today,
            format,
        } => show(case, *as_of, *today, *format),
        CaseCommand::Verify { case } => verify(case),
    }
}

fn load(path: &Path) -> Res<(String, Case)> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Io(format!("{}: {e}", path.display())))?;
    let case = Case::from_json(&text).map_err(|e| match e {
        LoadError::Json {
            path: field,
            message,
            line,
            column,
        } => Failure::Malformed(format!(
            "{}: not a stored case: field `{field}`: {message} (line {line}, column {column})",
            path.display()
        )),
        other => Failure::Unverified(format!("{}: {other}", path.display())),
    })?;
    Ok((text, case))
}

fn new(
    path: &Path,
    request: Option<&str>,
    submit: bool,
    force: bool,
    format: Option<Format>,
) -> Res<ExitCode> {
    if path.exists() && !force {
        return Err(Failure::Io(format!(
            "{} exists; give --force to overwrite it",
            path.display()
        )));
    }
    let text = io::read_input(request)?;
    let req = Request::from_json(&text).map_err(|e| Failure::json("the request", &e))?;
    let a = &req.activity;
    let mut case = Case::for_activity(a).ok_or_else(|| {
        Failure::Malformed(format!(
            "an activity of kind `{}` has no approval workflow",
            a.kind.code()
        ))
    })?;
    let format = io::format_or_auto(format);
    if submit {
        let cal = WorkCalendar::state_agency();
        let assessment = assess(a, case.procedure(), Rulebook::shipped(), &cal, &req.history)
            .map_err(|e| Failure::Malformed(format!("the request cannot be assessed: {e}")))?;
        let first = Machine::of(case.procedure()).actions_from(State::Draft);
        let action = if first.contains(&ActionKind::Submit) {
            Action::Submit {
                assessment: Box::new(assessment),
            }
        } else {
            Action::RequestHosting {
                assessment: Box::new(assessment),
            }
        };
        let event = Event::new(case.applicant().clone(), a.filed_on, action);
        match case.apply_with(&cal, event) {
            Ok(o) => {
                io::write_atomic(path, &io::case_json(&case)?)?;
                io::out(&outcome(&case, &o, format))?;
            }
            Err(r) => {
                io::out(&refusal(&r, format))?;
                io::warn(&format!(
                    "refused: {} not written ({} unmet condition(s))",
                    path.display(),
                    r.unmet.len()
                ));
                return Ok(ExitCode::from(io::REFUSED));
            }
        }
    } else {
        io::write_atomic(path, &io::case_json(&case)?)?;
        io::out(&summary(&case, format))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn apply(path: &Path, event: Option<&str>, format: Option<Format>) -> Res<ExitCode> {
    let (_, mut case) = load(path)?;
    let text = io::read_input(event)?;
    let event: Event =
        doingoai::json::from_str(&text).map_err(|e| Failure::json("the event", &e))?;
    let format = io::format_or_auto(format);
    match case.apply(event) {
        Ok(o) => {
            io::write_atomic(path, &io::case_json(&case)?)?;
            io::out(&outcome(&case, &o, format))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(r) => {
            io::out(&refusal(&r, format))?;
            io::warn(&format!(
                "refused: {} unchanged ({} unmet condition(s))",
                path.display(),
                r.unmet.len()
            ));
            Ok(ExitCode::from(io::REFUSED))
        }
    }
}

fn show(
    path: &Path,
    as_of: Option<NaiveDate>,
    today: bool,
    format: Option<Format>,
) -> Res<ExitCode> {
    let (_, case) = load(path)?;
    let as_of = if today {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok())
            .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
            .map(|t| t.date_naive())
    } else {
        as_of.or_else(|| case.events().last().map(|e| e.on))
    };
    let (deadlines, obligations): (Vec<DeadlineView>, Vec<DeadlineView>) = match as_of {
        Some(d) => (case.deadlines(d), case.obligations(d)),
        None => (Vec::new(), Vec::new()),
    };
    let body = match io::format_or_auto(format) {
        Format::Json => {
            let v = serde_json::json!({
                "id": case.id(),
                "procedure": case.procedure(),
                "state": case.state(),
                "as_of": as_of,
                "rulebook_version": case.rulebook_version(),
                "approval": case.approval(),
                "carried_out": case.carried_out(),
                "log": case.log().iter().map(|e| e.line()).collect::<Vec<_>>(),
                "deadlines": deadlines,
                "obligations": obligations,
                "blocking": case.blocking(),
            });
            let mut s =
                doingoai::json::to_string_pretty(&v).map_err(|e| Failure::Io(e.to_string()))?;
            s.push('\n');
            s
        }
        Format::Markdown => {
            let mut s = summary(&case, Format::Markdown);
            let _ = writeln!(
                s,
                "\nAs of / tính đến: {}\n",
                as_of.map_or_else(|| "— (no events)".to_string(), |d| d.to_string())
            );
            s.push_str("## Log\n\n");
            for e in case.log() {
                let _ = writeln!(s, "- {}", e.line());
            }
            views(&mut s, "Deadlines / thời hạn", &deadlines);
            views(&mut s, "Obligations / nghĩa vụ", &obligations);
            if !case.blocking().is_empty() {
                s.push_str("\n## Blocking / điều kiện chưa đáp ứng\n\n");
                findings(&mut s, case.blocking());
            }
            s
        }
    };
    io::out(&body)?;
    Ok(ExitCode::SUCCESS)
}

fn verify(path: &Path) -> Res<ExitCode> {
    let (_, case) = load(path)?;
    io::out(&format!(
        "ok: {} — {} event(s) replay to `{}`\n",
        case.id(),
        case.log().len(),
        case.state().code()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn views(s: &mut String, title: &str, list: &[DeadlineView]) {
    let _ = writeln!(s, "\n## {title}\n");
    if list.is_empty() {
        s.push_str("- none\n");
    }
    for v in list {
        let _ = writeln!(
            s,
            "- **{}** ({}): due {} — {} ({})",
            v.deadline.kind.code(),
            v.status.en(),
            v.deadline.due,
            v.deadline.explain_en(),
            v.deadline.citation
        );
    }
}

fn findings(s: &mut String, list: &[Finding]) {
    for f in list {
        let cites: Vec<String> = f.citations.iter().map(|c| c.to_string()).collect();
        let _ = writeln!(
            s,
            "- **{}** — {} / {} ({}). Để đáp ứng / to satisfy: {} / {}",
            f.ground().en(),
            f.wrong.vi,
            f.wrong.en,
            if cites.is_empty() {
                "no citation: a condition of the procedure".to_string()
            } else {
                cites.join("; ")
            },
            f.satisfy.vi,
            f.satisfy.en
        );
    }
}

fn summary(case: &Case, format: Format) -> String {
    match format {
        Format::Json => {
            let v = serde_json::json!({
                "id": case.id(),
                "procedure": case.procedure(),
                "state": case.state(),
                "events": case.log().len(),
            });
            format!("{v}\n")
        }
        Format::Markdown => format!(
            "# {} — {} / {}\n\n- State / trạng thái: `{}` ({})\n- Events: {}\n",
            case.id(),
            case.procedure().vi(),
            case.procedure().en(),
            case.state().code(),
            case.state().vi(),
            case.log().len()
        ),
    }
}

fn outcome(case: &Case, o: &Outcome, format: Format) -> String {
    match format {
        Format::Json => {
            let v = serde_json::json!({ "id": case.id(), "accepted": o });
            let mut s = doingoai::json::to_string_pretty(&v).unwrap_or_else(|_| v.to_string());
            s.push('\n');
            s
        }
        Format::Markdown => {
            let mut s = format!(
                "accepted: `{}` → `{}` ({})\n",
                o.from.code(),
                o.to.code(),
                case.id()
            );
            for c in &o.citations {
                let _ = writeln!(s, "- under {c}");
            }
            for d in &o.created {
                let _ = writeln!(
                    s,
                    "- deadline {}: due {} ({})",
                    d.kind.code(),
                    d.due,
                    d.citation
                );
            }
            s
        }
    }
}

fn refusal(r: &Refusal, format: Format) -> String {
    match format {
        Format::Json => {
            let v = serde_json::json!({ "refused": r });
            let mut s = doingoai::json::to_string_pretty(&v).unwrap_or_else(|_| v.to_string());
            s.push('\n');
            s
        }
        Format::Markdown => {
            let mut s = format!(
                "refused: `{}` in state `{}` — {} unmet condition(s); the case is unchanged\n\n",
                r.action.code(),
                r.state.code(),
                r.unmet.len()
            );
            findings(&mut s, &r.unmet);
            s
        }
    }
}
