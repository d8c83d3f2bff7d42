//! **Temporary example — it becomes the province simulation later.** Until the simulation
//! issue lands, it prints the crate's instrument registry as a Markdown table: number, kind,
//! issuer, in force from–to, what it replaces, evidence grade, Vietnamese and English titles.
//!
//! ```text
//! cargo run --example province_year                     # every instrument
//! cargo run --example province_year -- --date 2025-07-01  # only those in force that day
//! ```
//!
//! Later this example will run a simulated year of one province (plans, delegations,
//! conferences, agreements, reports) against the rulebooks; the registry listing will then
//! move to a `--registry` flag.

use std::process::ExitCode;

use chrono::NaiveDate;
use doingoai::law::{registry, Instrument};
use doingoai::Label;

fn usage() -> &'static str {
    "usage: province_year [--date YYYY-MM-DD]"
}

/// A Markdown table cell: pipes escaped, line breaks flattened.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn row(i: &Instrument) -> String {
    let to = i
        .in_force
        .to
        .map_or_else(|| "…".to_string(), |t| t.format("%d/%m/%Y").to_string());
    let replaces = if i.replaces.is_empty() {
        "—".to_string()
    } else {
        i.replaces
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "| {} | {} | {} | {} – {} | {} | {} | {} / {} |",
        cell(i.number.as_str()),
        cell(i.kind.vi()),
        cell(&i.issuer),
        i.in_force.from.format("%d/%m/%Y"),
        to,
        cell(&replaces),
        cell(i.evidence.en()),
        cell(&i.title_vi),
        cell(&i.title_en),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let date = match args.as_slice() {
        [] => None,
        [flag, value] if flag == "--date" => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("`{value}` is not a date YYYY-MM-DD: {e}\n{}", usage());
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{}", usage());
            return ExitCode::from(2);
        }
    };

    let reg = registry();
    let rows: Vec<&Instrument> = match date {
        Some(d) => reg.in_force_on(d).collect(),
        None => reg.all().iter().collect(),
    };
    match date {
        Some(d) => println!(
            "# Instruments in force on {} ({} of {})\n",
            d.format("%d/%m/%Y"),
            rows.len(),
            reg.len()
        ),
        None => println!("# Instrument registry ({} instruments)\n", reg.len()),
    }
    println!("| number | kind | issuer | in force | replaces | evidence | title (vi / en) |");
    println!("|---|---|---|---|---|---|---|");
    for i in rows {
        println!("{}", row(i));
    }
    ExitCode::SUCCESS
}
