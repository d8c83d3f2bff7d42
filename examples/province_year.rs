//! One province's year of external affairs, simulated and reported.
//!
//! ```text
//! cargo run --release --example province_year
//! cargo run --release --example province_year -- --province "Đắk Lắk" --year 2027 --seed 7 --activities 1000
//! cargo run --release --example province_year -- --json --out target/report.json
//! cargo run --release --example province_year -- --csv > report.csv
//! ```
//!
//! Options: `--province NAME|SET:CODE` (default Hà Tĩnh), `--year Y` (default 2026), `--seed N`
//! (default 2026), `--activities N` (default 600), `--from`/`--to YYYY-MM-DD` (a period within
//! the year, e.g. a 6-month report; default the whole year), `--json` (the full report as JSON, to stdout
//! or to `--out FILE`), `--csv` (CSV instead of Markdown), `--svg FILE` (the chart; default
//! `target/province_year.svg`), `--quiet` (no report on stdout). The same arguments always
//! give the same output, byte for byte.

use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use doingoai::calendar::DateRange;
use doingoai::org::Jurisdiction;
use doingoai::simulation::{simulate, Scenario};

struct Args {
    province: String,
    year: i32,
    seed: u64,
    activities: usize,
    json: bool,
    csv: bool,
    out: Option<String>,
    svg: String,
    quiet: bool,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

fn usage() -> &'static str {
    "usage: province_year [--province NAME|SET:CODE] [--year Y] [--seed N] [--activities N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--csv] [--out FILE] [--svg FILE] [--quiet]"
}

fn parse() -> Result<Args, String> {
    let mut a = Args {
        province: "Hà Tĩnh".into(),
        year: 2026,
        seed: 2026,
        activities: 600,
        json: false,
        csv: false,
        out: None,
        svg: "target/province_year.svg".into(),
        quiet: false,
        from: None,
        to: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value\n{}", usage()))
        };
        match flag.as_str() {
            "--province" => a.province = val("--province")?,
            "--year" => a.year = val("--year")?.parse().map_err(|e| format!("--year: {e}"))?,
            "--seed" => a.seed = val("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--activities" => {
                a.activities = val("--activities")?
                    .parse()
                    .map_err(|e| format!("--activities: {e}"))?
            }
            "--json" => a.json = true,
            "--csv" => a.csv = true,
            "--out" => a.out = Some(val("--out")?),
            "--svg" => a.svg = val("--svg")?,
            "--quiet" => a.quiet = true,
            "--from" => a.from = Some(val("--from")?.parse().map_err(|e| format!("--from: {e}"))?),
            "--to" => a.to = Some(val("--to")?.parse().map_err(|e| format!("--to: {e}"))?),
            "-h" | "--help" => return Err(usage().to_string()),
            other => return Err(format!("unknown argument `{other}`\n{}", usage())),
        }
    }
    Ok(a)
}

fn run() -> Result<(), String> {
    let args = parse()?;
    let jan1 = NaiveDate::from_ymd_opt(args.year, 1, 1).ok_or("year out of range")?;
    let j: Jurisdiction = match args.province.parse::<Jurisdiction>() {
        Ok(j) => j,
        Err(_) => Jurisdiction::by_name(&args.province, jan1).map_err(|e| e.to_string())?,
    };
    let scenario = Scenario::new(j, args.year, args.seed, args.activities);
    let t0 = Instant::now();
    let year = simulate(&scenario).map_err(|e| e.to_string())?;
    let report = match (args.from, args.to) {
        (None, None) => year.report(),
        (from, to) => {
            let dec31 = NaiveDate::from_ymd_opt(args.year, 12, 31).ok_or("year out of range")?;
            let period = DateRange::new(from.unwrap_or(jan1), to.unwrap_or(dec31))
                .ok_or("--to is before --from")?;
            year.report_for(period, period.to)
        }
    };
    let elapsed = t0.elapsed();

    let svg = report.to_svg();
    if let Some(dir) = std::path::Path::new(&args.svg).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
    }
    std::fs::write(&args.svg, svg).map_err(|e| format!("{}: {e}", args.svg))?;

    let body = if args.json {
        json(&report)?
    } else if args.csv {
        report.to_csv()
    } else {
        report.to_markdown()
    };
    match &args.out {
        Some(path) => std::fs::write(path, &body).map_err(|e| format!("{path}: {e}"))?,
        None if !args.quiet => print!("{body}"),
        None => {}
    }
    eprintln!(
        "{} ({}), {}: {} activities, {} cases, {} obligations — simulated and reported in {:.1} ms; chart: {}{}",
        report.jurisdiction_vi,
        report.jurisdiction,
        args.year,
        year.activities.len(),
        year.cases.len(),
        year.ledger.len(),
        elapsed.as_secs_f64() * 1000.0,
        args.svg,
        args.out.as_ref().map_or_else(String::new, |o| format!("; report: {o}"))
    );
    Ok(())
}

fn json(r: &doingoai::ComplianceReport) -> Result<String, String> {
    r.to_json()
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
