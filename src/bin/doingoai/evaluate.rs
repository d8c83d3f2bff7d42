//! `doingoai evaluate [FILE|-]`.

use std::process::ExitCode;

use doingoai::request::Request;

use crate::io::{self, Failure, Format, Res};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The request (JSON); `-` or nothing: standard input.
    pub file: Option<String>,
    /// Output format; default: JSON when standard output is not a terminal, Markdown when it is.
    #[arg(long, short)]
    pub format: Option<Format>,
    /// Shorthand for `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

pub fn run(a: &Args) -> Res<ExitCode> {
    let text = io::read_input(a.file.as_deref())?;
    let request = Request::from_json(&text).map_err(|e| Failure::json("the request", &e))?;
    let answer = request
        .evaluate()
        .map_err(|e| Failure::Malformed(format!("the request cannot be evaluated: {e}")))?;
    let format = if a.json {
        Format::Json
    } else {
        io::format_or_auto(a.format)
    };
    let body = match format {
        Format::Json => answer
            .to_json()
            .map_err(|e| Failure::Io(format!("cannot write the answer: {e}")))?,
        Format::Markdown => answer.to_markdown(),
    };
    io::out(&body)?;
    Ok(if answer.admissible {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(io::REFUSED)
    })
}
