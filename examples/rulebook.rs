//! Prints the shipped rulebook, a province's fillable layer, or the provincial coverage matrix.
//!
//! ```text
//! cargo run --example rulebook -- [--jurisdiction J] [--date D] [--json] [--gaps]
//! cargo run --example rulebook -- --template J [--date D]
//! cargo run --example rulebook -- --coverage [--date D] [--svg [PATH]]
//! ```
//! - `--jurisdiction J`: `national`, `63:NN`, `34:NN` or a province name (`Đà Nẵng`); default:
//!   every jurisdiction (without `--date`) or `national` (with `--date`).
//! - `--date D` (`YYYY-MM-DD` or `DD/MM/YYYY`): the rules in force on that day for the
//!   jurisdiction, resolved per activity kind (province over national), with the tier.
//!   Without it, every rule with its in-force period.
//! - `--json`: JSON rows (`id`, `jurisdiction`, `activity`, `family`, `topic`, `in_force_from`,
//!   `in_force_to`, `citations`, `evidence`, `statement_vi`, `statement_en`, `figure`,
//!   `unsourced`, `tier`) instead of a Markdown table.
//! - `--gaps`: only the unsourced entries.
//! - `--template J`: prints the fillable TOML layer of province `J` (e.g. `34:40`): its own
//!   rules live, every national rule in force on the date that it may override commented out
//!   with the province's id, every national gap flagged (`Rulebook::template`). Save it, fill
//!   it, load it with `Rulebook::with_layer_files`.
//! - `--coverage`: prints the Markdown matrix 34 provinces × subject × family of where the
//!   applying rule comes from (provincial, national, unsourced, none) with the summary figures
//!   (`Rulebook::coverage`).
//! - `--svg [PATH]` (with `--coverage`): also writes the matrix as an SVG heat map to `PATH`
//!   (`coverage.svg` in the current directory when no path follows). Without `--svg`, no file
//!   is written.
//!
//! With `--template` and `--coverage`, `--date` defaults to **2026-06-01** (a fixed day, never
//! the clock, so the output is reproducible).

use std::io::Write as _;

use chrono::NaiveDate;
use doingoai::activity::ActivityKind;
use doingoai::org::Jurisdiction;
use doingoai::rules::{Query, RuleRef, Rulebook, Subject, Tier};
use doingoai::Label;

/// The day `--template` and `--coverage` use without `--date`.
const DEFAULT_DAY: (i32, u32, u32) = (2026, 6, 1);

const USAGE: &str = "usage: rulebook [--jurisdiction J] [--date D] [--json] [--gaps]
       rulebook --template J [--date D]          fillable TOML layer of province J (e.g. 34:40)
       rulebook --coverage [--date D] [--svg [PATH]]  coverage matrix (Markdown; SVG to PATH, default coverage.svg)
  --date D: YYYY-MM-DD or DD/MM/YYYY; for --template and --coverage the default is 2026-06-01";

struct Args {
    jurisdiction: Option<String>,
    date: Option<NaiveDate>,
    json: bool,
    gaps: bool,
    template: Option<String>,
    coverage: bool,
    svg: Option<String>,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        jurisdiction: None,
        date: None,
        json: false,
        gaps: false,
        template: None,
        coverage: false,
        svg: None,
    };
    let mut it = std::env::args().skip(1).peekable();
    while let Some(x) = it.next() {
        match x.as_str() {
            "--jurisdiction" | "-j" => {
                a.jurisdiction = Some(it.next().ok_or("--jurisdiction needs a value")?)
            }
            "--date" | "-d" => {
                let v = it.next().ok_or("--date needs a value")?;
                a.date = Some(
                    parse_date(&v)
                        .ok_or(format!("`{v}` is not a date (YYYY-MM-DD or DD/MM/YYYY)"))?,
                );
            }
            "--json" => a.json = true,
            "--gaps" => a.gaps = true,
            "--template" => a.template = Some(it.next().ok_or("--template needs a province")?),
            "--coverage" => a.coverage = true,
            "--svg" => {
                a.svg = Some(match it.peek() {
                    Some(p) if !p.starts_with("--") => it.next().unwrap_or_default(),
                    _ => "coverage.svg".to_string(),
                })
            }
            "--help" | "-h" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(a)
}

struct Row<'a> {
    rule: RuleRef<'a>,
    tier: Option<Tier>,
}

fn main() {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let book = Rulebook::shipped();
    let fixed_day = || {
        let (y, m, d) = DEFAULT_DAY;
        a.date
            .or_else(|| NaiveDate::from_ymd_opt(y, m, d))
            .unwrap_or(NaiveDate::MIN)
    };
    if let Some(j) = &a.template {
        let day = fixed_day();
        let Ok(t) = j
            .parse::<Jurisdiction>()
            .or_else(|_| Jurisdiction::by_name(j, day))
        else {
            eprintln!("unknown jurisdiction `{j}`");
            std::process::exit(2);
        };
        match book.template(t, day) {
            // a closed pipe (`| head`) is not an error worth a panic
            Ok(text) => {
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if a.coverage {
        let cov = book.coverage(fixed_day());
        let _ = std::io::stdout().write_all(cov.to_markdown().as_bytes());
        if let Some(path) = &a.svg {
            if let Err(e) = std::fs::write(path, cov.to_svg()) {
                eprintln!("cannot write {path}: {e}");
                std::process::exit(1);
            }
            eprintln!("wrote {path}");
        }
        return;
    }
    let territory = match &a.jurisdiction {
        None => None,
        Some(j) => match j
            .parse::<Jurisdiction>()
            .or_else(|_| Jurisdiction::by_name(j, a.date.unwrap_or(NaiveDate::MAX)))
            .or_else(|_| Jurisdiction::by_name(j, doingoai::org::LAST_DAY_OF_63))
        {
            Ok(t) => Some(t),
            Err(_) => {
                eprintln!("unknown jurisdiction `{j}`");
                std::process::exit(2);
            }
        },
    };
    let mut rows: Vec<Row> = Vec::new();
    match a.date {
        Some(date) => {
            let t = territory.unwrap_or(Jurisdiction::National);
            for kind in Subject::ALL {
                match book.resolve(&Query::new(t, *kind, date)) {
                    Ok(r) => {
                        for e in r.entries() {
                            // show every applying rule, and the keys whose rules depend on attributes
                            let shown = e
                                .rule()
                                .map(|x| (x, e.tier()))
                                .into_iter()
                                .chain(e.not_applicable().map(|x| (x, None)));
                            for (rule, tier) in shown {
                                rows.push(Row { rule, tier });
                            }
                        }
                        if *kind == Subject::Activity(ActivityKind::OutboundDelegation) && !a.json {
                            for n in r.succession_notes() {
                                eprintln!("note: {n}");
                            }
                        }
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        std::process::exit(1);
                    }
                }
            }
        }
        None => {
            for r in book.rules() {
                if territory.is_none_or(|t| r.jurisdiction() == t) {
                    rows.push(Row {
                        rule: r,
                        tier: None,
                    });
                }
            }
        }
    }
    if a.gaps {
        rows.retain(|r| r.rule.is_unsourced());
    }
    if a.json {
        let v: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                let x = r.rule;
                serde_json::json!({
                    "id": x.id().as_str(),
                    "jurisdiction": x.jurisdiction().to_string(),
                    "jurisdiction_name": x.jurisdiction().name_vi(),
                    "activity": x.activity().code(),
                    "family": x.family().code(),
                    "topic": x.topic(),
                    "in_force_from": x.validity().from.to_string(),
                    "in_force_to": x.validity().to.map(|d| d.to_string()),
                    "citations": x.citations().iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                    "evidence": x.evidence().code(),
                    "statement_vi": x.statement().vi,
                    "statement_en": x.statement().en,
                    "figure": if x.is_unsourced() { None } else { Some(x.figure()) },
                    "unsourced": x.is_unsourced(),
                    "tier": r.tier.map(|t| format!("{t:?}").to_lowercase()),
                })
            })
            .collect();
        match serde_json::to_string_pretty(&v) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    println!("# {} — {} rule(s)\n", book.version_id(), rows.len());
    println!("| rule | jurisdiction | in force | statement | figure | citation | grade |");
    println!("|---|---|---|---|---|---|---|");
    let esc = |s: &str| s.replace('|', "\\|");
    for r in &rows {
        let x = r.rule;
        let v = x.validity();
        let cites: Vec<String> = x.citations().iter().map(|c| c.to_string()).collect();
        let tier = match r.tier {
            Some(Tier::Own) | None => "",
            Some(Tier::Continued) => " (continued)",
            Some(_) => "",
        };
        println!(
            "| `{}` | {}{} | {} | {} | {} | {} | {} |",
            x.id(),
            x.jurisdiction().name_vi(),
            tier,
            v,
            esc(&x.statement().vi),
            esc(&x.figure()),
            esc(&cites.join("; ")),
            x.evidence().vi()
        );
    }
}
