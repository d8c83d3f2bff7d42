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
//! `target/province_year.svg`), `--quiet` (no report on stdout), `--lean` (the report through
//! `simulate_report`, which drops each case once its record and obligations are taken: the
//! same report in far less memory; no chart, no `--from`/`--to`). The same arguments always
//! give the same output, byte for byte.
//!
//! National scale (issue 14, goal 4): `--national` simulates every one of the 34 provinces for
//! `--years N` years (default 3) from `--year`, `--activities` each, through `simulate_report`,
//! one province-year after another, keeping only each one's headline figures. It first times
//! one province-year of `--reference N` activities (default 10 000; the province of
//! `--province`, seed 7) and prints both throughputs, their ratio and the peak memory (`VmHWM`
//! of `/proc/self/status`, Linux). One million activities (34 × 3 × 9 804):
//!
//! ```text
//! cargo run --release --example province_year -- --national --years 3 --activities 9804 --quiet
//! cargo run --release --example province_year -- --lean --seed 7 --activities 1000000 --quiet
//! ```

use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use doingoai::calendar::DateRange;
use doingoai::org::{provinces, Jurisdiction, ProvinceSet};
use doingoai::simulation::{simulate, simulate_report, Scenario};

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
    national: bool,
    lean: bool,
    years: i32,
    reference: usize,
}

fn usage() -> &'static str {
    "usage: province_year [--province NAME|SET:CODE] [--year Y] [--seed N] [--activities N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--csv] [--out FILE] [--svg FILE] [--quiet] [--lean] [--national [--years N] [--reference N]]"
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
        national: false,
        lean: false,
        years: 3,
        reference: 10_000,
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
            "--national" => a.national = true,
            "--lean" => a.lean = true,
            "--years" => {
                a.years = val("--years")?
                    .parse()
                    .map_err(|e| format!("--years: {e}"))?
            }
            "--reference" => {
                a.reference = val("--reference")?
                    .parse()
                    .map_err(|e| format!("--reference: {e}"))?
            }
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
    if args.national {
        return national(&args, j);
    }
    let scenario = Scenario::new(j, args.year, args.seed, args.activities);
    if args.lean {
        return lean(&args, &scenario);
    }
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

    write_report(&args, &report)?;
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

/// The report as `--json`, `--csv` or Markdown, to `--out` or standard output (none with
/// `--quiet`).
fn write_report(args: &Args, report: &doingoai::ComplianceReport) -> Result<(), String> {
    let body = if args.json {
        json(report)?
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
    Ok(())
}

/// The peak resident set size of this process, in KiB (`VmHWM`), where the system says it.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One province-year through `simulate_report`: the same report, without keeping the cases.
fn lean(args: &Args, scenario: &Scenario) -> Result<(), String> {
    let t0 = Instant::now();
    let report = simulate_report(scenario).map_err(|e| e.to_string())?;
    let elapsed = t0.elapsed();
    write_report(args, &report)?;
    eprintln!(
        "{} ({}), {}: {} activities (lean: cases not kept) — simulated and reported in {:.1} ms, {:.0} activities/s; peak memory {}",
        report.jurisdiction_vi,
        report.jurisdiction,
        args.year,
        args.activities,
        elapsed.as_secs_f64() * 1000.0,
        args.activities as f64 / elapsed.as_secs_f64(),
        peak_kib().map_or_else(|| "not available".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0))
    );
    Ok(())
}

/// Every province of the 34 for `--years` years, streamed: each province-year is simulated,
/// reported and dropped; only its headline figures are kept.
fn national(args: &Args, reference: Jurisdiction) -> Result<(), String> {
    let t0 = Instant::now();
    let r = simulate_report(&Scenario::new(reference, args.year, 7, args.reference))
        .map_err(|e| e.to_string())?;
    let ref_n = args.reference;
    let ref_s = t0.elapsed().as_secs_f64();
    let ref_rate = ref_n as f64 / ref_s;
    eprintln!(
        "reference: {} {}, {} activities in {:.2} s — {:.0} activities/s",
        r.jurisdiction_vi, args.year, ref_n, ref_s, ref_rate
    );
    drop(r);

    let mut rows = Vec::new();
    let t1 = Instant::now();
    let (mut acts, mut obligations) = (0usize, 0u64);
    for year in args.year..args.year.saturating_add(args.years) {
        for (i, p) in provinces(ProvinceSet::From2025).enumerate() {
            let seed = args.seed.wrapping_add(i as u64);
            let r = simulate_report(&Scenario::new(
                p.jurisdiction(),
                year,
                seed,
                args.activities,
            ))
            .map_err(|e| e.to_string())?;
            acts += args.activities;
            let ob = r.obligations.counts.total();
            obligations += ob;
            rows.push(format!(
                "| {} | {year} | {} | {} | {} | {ob} |",
                r.jurisdiction_vi, r.jurisdiction, args.activities, r.activities.total,
            ));
        }
    }
    let s = t1.elapsed().as_secs_f64();
    let rate = acts as f64 / s;
    if !args.quiet {
        println!(
            "| tỉnh / province | year | code | simulated | starting in the year | obligations |"
        );
        println!("|---|---|---|---|---|---|");
        for r in &rows {
            println!("{r}");
        }
    }
    eprintln!(
        "national: {} province-years, {acts} activities, {obligations} obligations in {s:.1} s — {rate:.0} activities/s, {:.1} % of the reference",
        rows.len(),
        100.0 * rate / ref_rate
    );
    match peak_kib() {
        Some(k) => eprintln!("peak memory (VmHWM): {:.1} MiB", k as f64 / 1024.0),
        None => eprintln!("peak memory: not available on this system"),
    }
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
