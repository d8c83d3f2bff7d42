//! Prints the shipped rulebook.
//!
//! ```text
//! cargo run --example rulebook -- [--jurisdiction J] [--date D] [--json] [--gaps]
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

use chrono::NaiveDate;
use doingoai::rules::{ActivityKind, Query, RuleRef, Rulebook, Territory, Tier};
use doingoai::Label;

struct Args {
    jurisdiction: Option<String>,
    date: Option<NaiveDate>,
    json: bool,
    gaps: bool,
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
    };
    let mut it = std::env::args().skip(1);
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
            "--help" | "-h" => {
                return Err(
                    "usage: rulebook [--jurisdiction J] [--date D] [--json] [--gaps]".into(),
                )
            }
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
    let territory = match &a.jurisdiction {
        None => None,
        Some(j) => match Territory::by_name(j, a.date.unwrap_or(NaiveDate::MAX))
            .or_else(|| Territory::by_name(j, doingoai::rules::LAST_DAY_OF_63))
        {
            Some(t) => Some(t),
            None => {
                eprintln!("unknown jurisdiction `{j}`");
                std::process::exit(2);
            }
        },
    };
    let mut rows: Vec<Row> = Vec::new();
    match a.date {
        Some(date) => {
            let t = territory.unwrap_or(Territory::National);
            for kind in ActivityKind::ALL {
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
                        if *kind == ActivityKind::OutboundDelegation && !a.json {
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
            Some(Tier::National) => "",
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
