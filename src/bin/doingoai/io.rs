//! Input, output and the exit codes: reading a file or standard input, writing to standard
//! output without panicking on a closed pipe, writing a file atomically.

use std::fmt;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use doingoai::json::JsonError;
use doingoai::org::Jurisdiction;

/// Exit code: the rules say no (not admissible, event refused).
pub const REFUSED: u8 = 1;
/// Exit code: malformed input.
pub const MALFORMED: u8 = 2;
/// Exit code: input/output error.
pub const IO: u8 = 3;
/// Exit code: a stored case that does not verify.
pub const UNVERIFIED: u8 = 4;

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// Standard output was closed by the reader: stop quietly.
    ClosedPipe,
    /// Malformed input (exit 2).
    Malformed(String),
    /// A file that cannot be read or written (exit 3).
    Io(String),
    /// A stored case that does not verify (exit 4).
    Unverified(String),
}

impl Failure {
    pub fn code(&self) -> ExitCode {
        match self {
            Failure::ClosedPipe => ExitCode::SUCCESS,
            Failure::Malformed(_) => ExitCode::from(MALFORMED),
            Failure::Io(_) => ExitCode::from(IO),
            Failure::Unverified(_) => ExitCode::from(UNVERIFIED),
        }
    }

    /// A JSON document that could not be read: names the field path.
    pub fn json(what: &str, e: &JsonError) -> Failure {
        let at = if e.line > 0 {
            format!(" (line {}, column {})", e.line, e.column)
        } else {
            String::new()
        };
        Failure::Malformed(format!("{what}: field `{}`: {}{at}", e.path, e.message))
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::ClosedPipe => f.write_str("standard output closed"),
            Failure::Malformed(m) | Failure::Io(m) | Failure::Unverified(m) => f.write_str(m),
        }
    }
}

pub type Res<T> = Result<T, Failure>;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// JSON.
    Json,
    /// Markdown.
    Markdown,
}

/// The format asked, or JSON when standard output is not a terminal and Markdown when it is.
pub fn format_or_auto(asked: Option<Format>) -> Format {
    asked.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            Format::Markdown
        } else {
            Format::Json
        }
    })
}

/// A line on standard error; never panics (a closed standard error is ignored).
pub fn warn(msg: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{msg}");
}

/// Writes `text` to standard output; a closed pipe becomes [`Failure::ClosedPipe`].
pub fn out(text: &str) -> Res<()> {
    let mut o = std::io::stdout().lock();
    o.write_all(text.as_bytes())
        .and_then(|()| o.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Failure::ClosedPipe,
            _ => Failure::Io(format!("cannot write to standard output: {e}")),
        })
}

/// Reads `path`, or standard input for `-` (or no path).
pub fn read_input(path: Option<&str>) -> Res<String> {
    match path {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failure::Io(format!("cannot read standard input: {e}")))?;
            Ok(s)
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| Failure::Io(format!("{p}: {e}"))),
    }
}

/// Writes `text` to `path` through a temporary file in the same folder renamed over it, so the
/// file is either the old one or the new one, never half written.
pub fn write_atomic(path: &Path, text: &str) -> Res<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "case.json".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let fail = |e: std::io::Error| Failure::Io(format!("{}: {e}", path.display()));
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

/// A date given as `YYYY-MM-DD` or `DD/MM/YYYY`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map_err(|_| format!("`{s}` is not a date (YYYY-MM-DD or DD/MM/YYYY)"))
}

/// A jurisdiction given as `national`, `63:NN`, `34:NN` or a province's name, looked up on
/// `on` and then, for a name of the 63-set, on its last day.
pub fn jurisdiction(s: &str, on: NaiveDate) -> Res<Jurisdiction> {
    s.parse::<Jurisdiction>()
        .or_else(|_| Jurisdiction::by_name(s, on))
        .or_else(|_| Jurisdiction::by_name(s, doingoai::org::LAST_DAY_OF_63))
        .map_err(|e| Failure::Malformed(format!("unknown jurisdiction `{s}`: {e}")))
}

/// A case's stored JSON form; a case that cannot be written as JSON is an I/O failure (the file
/// is then left as it was).
pub fn case_json(case: &doingoai::workflow::Case) -> Res<String> {
    case.to_json()
        .map_err(|e| Failure::Io(format!("the case cannot be written as JSON: {e}")))
}
