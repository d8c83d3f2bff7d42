//! `doingoai`: the crate as a command-line tool for systems that are not Rust.
//!
//! Build with the `cli` feature: `cargo install --path . --features cli`, or
//! `cargo run --features cli -- SUBCOMMAND …`. See `doingoai --help` and the README's section
//! "Command-line tool".

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod case;
mod evaluate;
mod io;
mod rulebook;
mod simulate;

use io::Failure;

pub(crate) const EXIT_CODES: &str = "\
Exit codes:
  0  success (for `evaluate`: the request is admissible)
  1  the rules say no: `evaluate` — the request is not admissible (the decision is still
     printed); `case new --submit` / `case apply` — the event is refused (every finding is
     printed with its citation, the case file is left byte for byte unchanged)
  2  malformed input: a bad argument, a request, event or case file that is not valid JSON of
     its form (the message names the field path, e.g. `participants[0].official.position`),
     an unknown jurisdiction, a date or scenario the crate cannot work with
  3  input/output error: a file that cannot be read or written, or that `case new` would
     overwrite
  4  a stored case that does not verify: its log does not replay to the stored state
     (`case verify`, and `case apply`/`case show` on such a file)
A closed standard output (`doingoai rulebook | head -1`) ends the program quietly with 0.";

/// Vietnam's unified management of external-affairs activities: decisions, rulebook, workflows,
/// cases and the province-year simulation, as JSON or Markdown.
#[derive(Debug, Parser)]
#[command(name = "doingoai", version, after_help = EXIT_CODES, after_long_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Evaluates a request (a proposed activity as in `examples/data/*.json`, with an optional
    /// `history`): who decides, whom to consult, the latest filing day, every violated
    /// condition with its citation, the obligations it creates.
    #[command(after_help = EXIT_CODES)]
    Evaluate(evaluate::Args),
    /// Lists the shipped rulebook; its gaps; a province's fillable layer (`--template`); the
    /// provincial coverage matrix (`--coverage`).
    #[command(after_help = EXIT_CODES)]
    Rulebook(rulebook::Args),
    /// Prints the approval workflows: one line per transition, or Mermaid state diagrams.
    #[command(after_help = EXIT_CODES)]
    Workflows(rulebook::WorkflowArgs),
    /// A case stored as a JSON file: create it, apply an event, show it, verify it.
    #[command(subcommand, after_help = EXIT_CODES)]
    Case(case::CaseCommand),
    /// Simulates the year of external affairs of one or more provinces over one or more years
    /// and prints the compliance report.
    #[command(after_help = EXIT_CODES)]
    Simulate(simulate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Evaluate(a) => evaluate::run(&a),
        Command::Rulebook(a) => rulebook::run(&a),
        Command::Workflows(a) => rulebook::workflows(&a),
        Command::Case(c) => case::run(&c),
        Command::Simulate(a) => simulate::run(&a),
    };
    match result {
        Ok(code) => code,
        Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(f) => {
            io::warn(&format!("error: {f}"));
            f.code()
        }
    }
}
