//! `doingoai simulate`: the province year (`doingoai::simulation`) for any set of provinces
//! and years, with a progress bar on standard error.
//!
//! The progress bar is written here (a line redrawn with `\r`) rather than taken from a crate:
//! the simulation runs one scenario at a time without a progress callback, so the bar counts
//! scenarios, and a dozen lines do that without adding dependencies to the tool.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use doingoai::calendar::DateRange;
use doingoai::org::{provinces, Jurisdiction, ProvinceSet};
use doingoai::simulation::{simulate, Scenario};
use doingoai::ComplianceReport;

use crate::io::{self, Failure, Res};

/// Output format of `simulate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SimFormat {
    /// The report as Markdown.
    Markdown,
    /// The report as JSON (an array of reports for more than one scenario).
    Json,
    /// The report as CSV (for more than one scenario, each row prefixed with the
    /// jurisdiction and the year).
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A province: a name (`Đắk Lắk`) or `SET:CODE` (`34:40`); repeat the option or separate
    /// with commas for several. Default: Hà Tĩnh.
    #[arg(long, short, value_delimiter = ',')]
    pub province: Vec<String>,
    /// Every province of the set in force on 1 January of each year (34 from 2026, 63 up to
    /// 2024).
    #[arg(long, conflicts_with = "province")]
    pub all_provinces: bool,
    /// A year (`2026`) or a range of years (`2026-2028`); repeat for several. Default: 2026.
    #[arg(long, short, value_parser = years)]
    pub year: Vec<(i32, i32)>,
    /// The seed (the same arguments always give the same output, byte for byte).
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// How many activities per province and year.
    #[arg(long, default_value_t = 600)]
    pub activities: usize,
    /// First day of the reported period (within the year; one year only).
    #[arg(long, value_parser = io::parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day of the reported period (within the year; one year only).
    #[arg(long, value_parser = io::parse_date)]
    pub to: Option<NaiveDate>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = SimFormat::Markdown)]
    pub format: SimFormat,
    /// Shorthand for `--format json`.
    #[arg(long, conflicts_with_all = ["format", "csv"])]
    pub json: bool,
    /// Shorthand for `--format csv`.
    #[arg(long, conflicts_with = "format")]
    pub csv: bool,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<String>,
    /// Also write the chart (SVG) to FILE (one province and one year only).
    #[arg(long, value_name = "FILE")]
    pub svg: Option<String>,
    /// No report on standard output.
    #[arg(long)]
    pub quiet: bool,
    /// Show the progress bar even when standard error is not a terminal (one line per
    /// scenario there).
    #[arg(long)]
    pub progress: bool,
}

fn years(s: &str) -> Result<(i32, i32), String> {
    let one = |x: &str| {
        x.trim()
            .parse::<i32>()
            .map_err(|_| format!("`{s}` is not a year or a range of years (2026, 2026-2028)"))
    };
    match s.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (one(a)?, one(b)?);
            if b < a {
                return Err(format!("`{s}`: the range ends before it starts"));
            }
            if b - a > 100 {
                return Err(format!("`{s}`: more than a century"));
            }
            Ok((a, b))
        }
        None => one(s).map(|y| (y, y)),
    }
}

struct Progress {
    on: bool,
    tty: bool,
    total: usize,
    t0: Instant,
}

impl Progress {
    fn show(&self, done: usize, what: &str) {
        if !self.on {
            return;
        }
        const W: usize = 30;
        let filled = (done * W).checked_div(self.total).unwrap_or(W);
        let bar: String = "#".repeat(filled) + &" ".repeat(W - filled.min(W));
        let line = format!(
            "[{bar}] {done}/{} {what} ({:.1} s)",
            self.total,
            self.t0.elapsed().as_secs_f64()
        );
        let mut e = std::io::stderr().lock();
        let _ = if self.tty {
            write!(e, "\r\x1b[2K{line}")
        } else {
            writeln!(e, "{line}")
        };
        let _ = e.flush();
    }

    fn finish(&self) {
        if self.on && self.tty {
            let _ = writeln!(std::io::stderr().lock());
        }
    }
}

pub fn run(a: &Args) -> Res<ExitCode> {
    let mut years_list: Vec<i32> = a.year.iter().flat_map(|&(x, y)| x..=y).collect();
    if years_list.is_empty() {
        years_list.push(2026);
    }
    years_list.sort_unstable();
    years_list.dedup();
    if (a.from.is_some() || a.to.is_some()) && years_list.len() > 1 {
        return Err(Failure::Malformed(
            "--from/--to select a period within one year: give one --year".into(),
        ));
    }
    let mut scenarios: Vec<Scenario> = Vec::new();
    for &y in &years_list {
        let jan1 = NaiveDate::from_ymd_opt(y, 1, 1)
            .ok_or_else(|| Failure::Malformed(format!("year {y} is out of range")))?;
        let js: Vec<Jurisdiction> = if a.all_provinces {
            let set = ProvinceSet::on(jan1).ok_or_else(|| {
                Failure::Malformed(format!("no set of provinces is in force on {jan1}"))
            })?;
            provinces(set).map(|p| p.jurisdiction()).collect()
        } else if a.province.is_empty() {
            vec![io::jurisdiction("Hà Tĩnh", jan1)?]
        } else {
            a.province
                .iter()
                .map(|p| io::jurisdiction(p.trim(), jan1))
                .collect::<Res<_>>()?
        };
        for j in js {
            scenarios.push(Scenario::new(j, y, a.seed, a.activities));
        }
    }
    if a.svg.is_some() && scenarios.len() != 1 {
        return Err(Failure::Malformed(
            "--svg writes the chart of one province and one year".into(),
        ));
    }
    let format = if a.json {
        SimFormat::Json
    } else if a.csv {
        SimFormat::Csv
    } else {
        a.format
    };
    let progress = Progress {
        on: a.progress || std::io::stderr().is_terminal(),
        tty: std::io::stderr().is_terminal(),
        total: scenarios.len(),
        t0: Instant::now(),
    };
    let mut reports: Vec<ComplianceReport> = Vec::new();
    let (mut acts, mut cases, mut obligations) = (0usize, 0usize, 0usize);
    for (i, s) in scenarios.iter().enumerate() {
        progress.show(i, &format!("{} {}", s.jurisdiction.name_vi(), s.year));
        let year = simulate(s).map_err(|e| Failure::Malformed(e.to_string()))?;
        let report = match (a.from, a.to) {
            (None, None) => year.report(),
            (from, to) => {
                let jan1 = NaiveDate::from_ymd_opt(s.year, 1, 1).unwrap_or(NaiveDate::MIN);
                let dec31 = NaiveDate::from_ymd_opt(s.year, 12, 31).unwrap_or(NaiveDate::MAX);
                let period = DateRange::new(from.unwrap_or(jan1), to.unwrap_or(dec31))
                    .ok_or_else(|| Failure::Malformed("--to is before --from".into()))?;
                year.report_for(period, period.to)
            }
        };
        acts += year.activities.len();
        cases += year.cases.len();
        obligations += year.ledger.len();
        reports.push(report);
    }
    progress.show(scenarios.len(), "done");
    progress.finish();

    if let (Some(path), [r]) = (&a.svg, reports.as_slice()) {
        std::fs::write(path, r.to_svg()).map_err(|e| Failure::Io(format!("{path}: {e}")))?;
    }
    let body = render(&reports, format)?;
    match &a.out {
        Some(path) => {
            std::fs::write(path, &body).map_err(|e| Failure::Io(format!("{path}: {e}")))?
        }
        None if !a.quiet => io::out(&body)?,
        None => {}
    }
    io::warn(&format!(
        "{} scenario(s): {acts} activities, {cases} cases, {obligations} obligations — simulated and reported in {:.1} s{}{}",
        scenarios.len(),
        progress.t0.elapsed().as_secs_f64(),
        a.svg.as_ref().map_or_else(String::new, |p| format!("; chart: {p}")),
        a.out.as_ref().map_or_else(String::new, |p| format!("; report: {p}")),
    ));
    Ok(ExitCode::SUCCESS)
}

fn render(reports: &[ComplianceReport], format: SimFormat) -> Res<String> {
    let json = |r: &ComplianceReport| {
        r.to_json()
            .map_err(|e| Failure::Io(format!("cannot write the report: {e}")))
    };
    Ok(match (format, reports) {
        (SimFormat::Markdown, _) => reports
            .iter()
            .map(|r| r.to_markdown())
            .collect::<Vec<_>>()
            .join("\n---\n\n"),
        (SimFormat::Json, [r]) => json(r)? + "\n",
        (SimFormat::Json, _) => {
            let all: Vec<String> = reports.iter().map(json).collect::<Res<_>>()?;
            format!("[\n{}\n]\n", all.join(",\n"))
        }
        (SimFormat::Csv, [r]) => r.to_csv(),
        (SimFormat::Csv, _) => {
            let mut out = String::new();
            for (i, r) in reports.iter().enumerate() {
                let year = r.period.from.format("%Y").to_string();
                for (n, line) in r.to_csv().lines().enumerate() {
                    match (i, n) {
                        (0, 0) => out.push_str(&format!("jurisdiction,year,{line}\n")),
                        (_, 0) => {}
                        _ => out.push_str(&format!("{},{year},{line}\n", r.jurisdiction)),
                    }
                }
            }
            out
        }
    })
}
