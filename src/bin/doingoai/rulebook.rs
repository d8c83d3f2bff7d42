//! `doingoai rulebook` and `doingoai workflows`.

use std::process::ExitCode;

use chrono::NaiveDate;
use doingoai::rules::Rulebook;
use doingoai::workflow::{Machine, Procedure};
use doingoai::Label;

use crate::io::{self, Failure, Res};

/// The day `--template` and `--coverage` use without `--date` (a fixed day, never the clock,
/// so the output is reproducible).
const DEFAULT_DAY: (i32, u32, u32) = (2026, 6, 1);

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this jurisdiction: `national`, `63:NN`, `34:NN` or a province's name (`Đà Nẵng`).
    /// Default: every jurisdiction (without `--date`) or national (with `--date`).
    #[arg(long, short)]
    pub jurisdiction: Option<String>,
    /// The rules in force on this day (YYYY-MM-DD or DD/MM/YYYY), resolved per subject
    /// (province over national) with the tier; without it, every rule with its in-force
    /// period. For `--template` and `--coverage` the default is 2026-06-01.
    #[arg(long, short, value_parser = io::parse_date)]
    pub date: Option<NaiveDate>,
    /// JSON rows instead of a Markdown table.
    #[arg(long)]
    pub json: bool,
    /// Only the gaps: unsourced entries (a rule without a figure, citing where it should be).
    #[arg(long)]
    pub gaps: bool,
    /// Prints the fillable TOML layer of this province (e.g. `34:40`).
    #[arg(long, value_name = "JURISDICTION", conflicts_with_all = ["coverage", "json", "gaps", "jurisdiction"])]
    pub template: Option<String>,
    /// Prints the coverage matrix (34 provinces × subject × family) as Markdown.
    #[arg(long, conflicts_with_all = ["json", "gaps", "jurisdiction"])]
    pub coverage: bool,
    /// With `--coverage`: also writes the matrix as an SVG heat map to FILE.
    #[arg(long, value_name = "FILE", requires = "coverage")]
    pub svg: Option<String>,
}

fn fixed_day(date: Option<NaiveDate>) -> NaiveDate {
    let (y, m, d) = DEFAULT_DAY;
    date.or_else(|| NaiveDate::from_ymd_opt(y, m, d))
        .unwrap_or(NaiveDate::MIN)
}

pub fn run(a: &Args) -> Res<ExitCode> {
    let book = Rulebook::shipped();
    if let Some(j) = &a.template {
        let day = fixed_day(a.date);
        let t = io::jurisdiction(j, day)?;
        let text = book
            .template(t, day)
            .map_err(|e| Failure::Malformed(e.to_string()))?;
        io::out(&text)?;
        return Ok(ExitCode::SUCCESS);
    }
    if a.coverage {
        let cov = book.coverage(fixed_day(a.date));
        io::out(&cov.to_markdown())?;
        if let Some(path) = &a.svg {
            std::fs::write(path, cov.to_svg()).map_err(|e| Failure::Io(format!("{path}: {e}")))?;
            io::warn(&format!("wrote {path}"));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let territory = match &a.jurisdiction {
        None => None,
        Some(j) => Some(io::jurisdiction(j, a.date.unwrap_or(NaiveDate::MAX))?),
    };
    let mut listing = book
        .listing(territory, a.date)
        .map_err(|e| Failure::Malformed(e.to_string()))?;
    if a.gaps {
        listing = listing.gaps_only();
    }
    if a.json {
        let text = doingoai::json::to_string_pretty(&listing.to_json())
            .map_err(|e| Failure::Io(e.to_string()))?;
        io::out(&text)?;
        io::out("\n")?;
    } else {
        for n in listing.notes() {
            io::warn(&format!("note: {n}"));
        }
        io::out(&listing.to_markdown())?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct WorkflowArgs {
    /// One Mermaid `stateDiagram-v2` per procedure, each edge labelled with the event, the
    /// actor role, the guard and the citation.
    #[arg(long, conflicts_with = "json")]
    pub mermaid: bool,
    /// JSON: per procedure, its transitions (`from`, `action`, `to`, `who`, `guard`,
    /// `citation`).
    #[arg(long)]
    pub json: bool,
    /// Only this procedure (e.g. `outbound`, `agreement`).
    #[arg(long, short)]
    pub procedure: Option<String>,
}

pub fn workflows(a: &WorkflowArgs) -> Res<ExitCode> {
    let procedures: Vec<Procedure> = match &a.procedure {
        Some(p) => vec![p
            .parse::<Procedure>()
            .map_err(|e| Failure::Malformed(e.to_string()))?],
        None => Procedure::ALL.to_vec(),
    };
    if a.mermaid {
        for p in procedures {
            io::out(&doingoai::workflow::mermaid(p))?;
            io::out("\n")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if a.json {
        let v: Vec<serde_json::Value> = procedures
            .iter()
            .map(|&p| {
                let m = Machine::of(p);
                let t: Vec<serde_json::Value> = m
                    .transitions
                    .iter()
                    .map(|t| {
                        serde_json::json!({
                            "from": t.from.code(),
                            "action": t.label.unwrap_or(t.action.code()),
                            "event": t.action.code(),
                            "to": t.to.code(),
                            "who": t.who.en(),
                            "guard": t.guard,
                            "citation": t.citation.as_ref().map(|c| c.to_string()),
                        })
                    })
                    .collect();
                serde_json::json!({
                    "procedure": p.code(), "vi": p.vi(), "en": p.en(), "transitions": t,
                })
            })
            .collect();
        let text = doingoai::json::to_string_pretty(&v).map_err(|e| Failure::Io(e.to_string()))?;
        io::out(&text)?;
        io::out("\n")?;
        return Ok(ExitCode::SUCCESS);
    }
    let esc = |s: &str| s.replace('|', "\\|");
    for p in procedures {
        let m = Machine::of(p);
        let mut s = format!("## {} / {} (`{}`)\n\n", p.vi(), p.en(), p.code());
        s.push_str("| from | event | to | who | guard | citation |\n|---|---|---|---|---|---|\n");
        for t in &m.transitions {
            s.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                t.from.code(),
                t.label.unwrap_or(t.action.code()),
                t.to.code(),
                t.who.en(),
                esc(t.guard),
                t.citation
                    .as_ref()
                    .map_or_else(String::new, |c| esc(&c.to_string()))
            ));
        }
        s.push('\n');
        io::out(&s)?;
    }
    Ok(ExitCode::SUCCESS)
}
