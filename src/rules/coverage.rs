//! What the rulebook covers province by province, and the fillable layer a province starts from.
//!
//! - [`Rulebook::template`] writes a province's layer file ready to fill: the province's own
//!   rules live, and every national rule in force that it may override as a commented-out
//!   `[[rule]]` block already carrying the province's id, every national gap flagged. Read as
//!   it is, the template is a valid layer (commented rules do not count); a province removes
//!   the `# ` of a block, writes its figure, citation and grade, and loads the file with
//!   [`Rulebook::with_layer_files`].
//! - [`Rulebook::coverage`] says, for each of the 34 current provinces, each [`Subject`] and
//!   each [`Family`], where the rule that applies on a date comes from: the province (its own
//!   layer or the 63-set unit it continues), the national baseline, or only an unsourced entry
//!   (a gap) — or nothing at all. [`Coverage::to_markdown`] and [`Coverage::to_svg`] render it.
//!
//! ```
//! use doingoai::rules::{Layer, Rulebook};
//! use chrono::NaiveDate;
//! let on = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
//! let book = Rulebook::shipped();
//! let text = book.template("34:40".parse()?, on)?;
//! assert!(text.contains("# id = \"nghe_an.outbound_delegation.lead_time.request\""));
//! assert!(text.contains("GAP: no national figure — your province's figure goes here"));
//! let layer = Layer::from_toml("34-40-nghe-an.toml", &text)?;
//! assert!(layer.is_empty()); // commented rules do not count
//! let cov = book.coverage(on);
//! assert_eq!(cov.summary.provinces, 34);
//! assert_eq!(cov.province("34:48".parse()?).unwrap().provincial_keys, 8);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::label::Label;
use crate::org::{provinces, Jurisdiction, ProvinceSet};

use super::rule::RuleRef;
use super::rulebook::Rulebook;
use super::template::label2;
use super::{Family, Subject};

// ───────────────────────────── coverage ─────────────────────────────

/// Where the rule that applies to a key comes from, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CoverageSource {
    /// A sourced provincial rule: the province's own layer, or the 63-set unit it continues.
    Provincial,
    /// A sourced national rule (no provincial rule).
    National,
    /// Only an unsourced entry (a gap), provincial or national.
    Unsourced,
    /// No rule in force.
    None,
}

impl CoverageSource {
    /// Every source, best first.
    pub const ALL: [CoverageSource; 4] = [
        CoverageSource::Provincial,
        CoverageSource::National,
        CoverageSource::Unsourced,
        CoverageSource::None,
    ];

    /// The one-character code of the Markdown matrix (`P`, `N`, `G`, `-`).
    ///
    /// ```
    /// use doingoai::rules::CoverageSource;
    /// let codes: String = CoverageSource::ALL.iter().map(|s| s.code()).collect();
    /// assert_eq!(codes, "PNG-");
    /// assert!(CoverageSource::Provincial < CoverageSource::National); // best first
    /// ```
    pub fn code(self) -> char {
        match self {
            CoverageSource::Provincial => 'P',
            CoverageSource::National => 'N',
            CoverageSource::Unsourced => 'G',
            CoverageSource::None => '-',
        }
    }

    /// The colour of the SVG heat map.
    pub fn colour(self) -> &'static str {
        match self {
            CoverageSource::Provincial => "#2e7d32",
            CoverageSource::National => "#64b5f6",
            CoverageSource::Unsourced => "#f9a825",
            CoverageSource::None => "#eeeeee",
        }
    }
}

impl Label for CoverageSource {
    fn vi(&self) -> &'static str {
        match self {
            CoverageSource::Provincial => "quy định của tỉnh (có nguồn)",
            CoverageSource::National => "quy định trung ương (có nguồn)",
            CoverageSource::Unsourced => "chỉ có mục chưa có nguồn",
            CoverageSource::None => "không có quy định",
        }
    }
    fn en(&self) -> &'static str {
        match self {
            CoverageSource::Provincial => "provincial rule (sourced)",
            CoverageSource::National => "national rule (sourced)",
            CoverageSource::Unsourced => "unsourced entries only (gap)",
            CoverageSource::None => "no rule",
        }
    }
}

/// One province × subject × family: how many keys (topics) the rulebook knows there and
/// where the rule that applies to each comes from on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CoverageCell {
    /// The subject (activity kind).
    pub subject: Subject,
    /// The family.
    pub family: Family,
    /// Keys known for the province (its own, continued and national).
    pub keys: u32,
    /// Keys whose applying rule is a sourced provincial one (own or continued).
    pub provincial: u32,
    /// Of those, the ones from the continued 63-set unit.
    pub continued: u32,
    /// Keys whose applying rule is a sourced national one.
    pub national: u32,
    /// Keys whose applying rule is an unsourced entry (a gap).
    pub unsourced: u32,
    /// Of those, the ones where the gap is provincial (an instrument of the province known to
    /// fix the figure, not read yet).
    pub provincial_gaps: u32,
    /// The best source of the cell: provincial if any key is, else national, else unsourced,
    /// else none.
    pub source: CoverageSource,
}

impl CoverageCell {
    /// Keys with no rule in force on the date.
    pub fn without_rule(&self) -> u32 {
        self.keys
            .saturating_sub(self.provincial + self.national + self.unsourced)
    }

    /// The cell's character in the Markdown matrix: `P`/`N` (lower case `p`/`n` when a key
    /// of the family is still a gap), `G` for gaps only, `-` for no rule.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{Family, Rulebook, Subject};
    /// use chrono::NaiveDate;
    /// let cov = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    /// let hue = cov.province("34:46".parse()?).unwrap();
    /// let c = hue.cell(Subject::Activity(ActivityKind::OutboundDelegation), Family::Processing).unwrap();
    /// // Huế's appraisal period (continued from 63:46) is sourced; its decision period and its
    /// // total are gaps (the page's figures conflict, fidelity audit B-6)
    /// assert_eq!((c.provincial, c.continued, c.unsourced, c.code()), (1, 1, 2, 'p'));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn code(&self) -> char {
        let c = self.source.code();
        match self.source {
            CoverageSource::Provincial | CoverageSource::National if self.unsourced > 0 => {
                c.to_ascii_lowercase()
            }
            _ => c,
        }
    }
}

/// One province's row of the coverage matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ProvinceCoverage {
    /// The province (34-unit set).
    pub jurisdiction: Jurisdiction,
    /// Its Vietnamese name.
    pub name_vi: String,
    /// Its English name.
    pub name_en: String,
    /// Whether the rulebook has a layer of its own for it.
    pub has_layer: bool,
    /// The 63-set unit it continues unchanged, whose rules still apply, if that unit has a layer.
    pub continues: Option<Jurisdiction>,
    /// Keys whose applying rule is a sourced provincial rule (own or continued).
    pub provincial_keys: u32,
    /// Keys whose applying rule is a provincial unsourced entry (a provincial gap).
    pub provincial_gaps: u32,
    /// Every subject × family, in [`Subject::ALL`] × [`Family::ALL`] order.
    pub cells: Vec<CoverageCell>,
}

impl ProvinceCoverage {
    /// The cell of a subject and family.
    pub fn cell(&self, subject: Subject, family: Family) -> Option<&CoverageCell> {
        self.cells
            .iter()
            .find(|c| c.subject == subject && c.family == family)
    }
}

/// The summary figures of a coverage matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CoverageSummary {
    /// Provinces in the matrix (the 34).
    pub provinces: u32,
    /// Provinces with a layer of their own in the rulebook.
    pub with_layer: u32,
    /// Provinces where at least one sourced provincial rule (own or continued) is in force.
    pub with_provincial_rule: u32,
    /// Keys with a sourced provincial rule, over all provinces.
    pub provincial_keys: u32,
}

/// Where the rules that apply on a date come from, for the 34 current provinces × subject ×
/// family ([`Rulebook::coverage`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// The rulebook's version id.
    pub rulebook: String,
    /// The date.
    pub date: NaiveDate,
    /// One row per province, by code.
    pub provinces: Vec<ProvinceCoverage>,
    /// The summary figures.
    pub summary: CoverageSummary,
}

impl Rulebook {
    /// Where the rule of each key comes from, for each of the 34 current provinces × subject ×
    /// family, on `date`. A key's rule is the first in force of the province's own layer, the
    /// layer of the 63-set unit it continues and the national baseline (as in
    /// [`Rulebook::resolve`], whatever the activity's attributes); it counts as provincial or
    /// national when sourced, as unsourced when it is a gap.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{CoverageSource, Family, Rulebook, Subject};
    /// use chrono::NaiveDate;
    /// let cov = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    /// let tq = cov.province("34:08".parse()?).unwrap();
    /// assert_eq!(tq.provincial_keys, 0);
    /// let lead = tq.cell(Subject::Activity(ActivityKind::OutboundDelegation), Family::LeadTime).unwrap();
    /// assert_eq!(lead.source, CoverageSource::Unsourced); // the national lead time is a gap
    /// assert!(cov.summary.with_provincial_rule >= 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn coverage(&self, date: NaiveDate) -> Coverage {
        let mut rows = Vec::new();
        for p in provinces(ProvinceSet::From2025) {
            let j = p.jurisdiction();
            let info = self
                .index
                .info
                .get(super::index::tslot(j))
                .cloned()
                .unwrap_or_default();
            let mut cells = Vec::with_capacity(Subject::ALL.len() * Family::ALL.len());
            for subject in Subject::ALL {
                let view = self.index.view(j, *subject);
                for family in Family::ALL {
                    let mut c = CoverageCell {
                        subject: *subject,
                        family: *family,
                        keys: 0,
                        provincial: 0,
                        continued: 0,
                        national: 0,
                        unsourced: 0,
                        provincial_gaps: 0,
                        source: CoverageSource::None,
                    };
                    for slot in view.iter().filter(|s| s.family == *family) {
                        c.keys += 1;
                        let chosen = (0..3).find_map(|t| {
                            let in_force: Vec<RuleRef<'_>> = self
                                .slot_rules(slot, t)
                                .filter(|(e, _)| e.in_force(date))
                                .map(|(_, r)| r)
                                .collect();
                            (!in_force.is_empty())
                                .then(|| (t, in_force.iter().any(|r| !r.is_unsourced())))
                        });
                        let s = match chosen {
                            Some((t, true)) if t < 2 => {
                                c.provincial += 1;
                                if t == 1 {
                                    c.continued += 1;
                                }
                                CoverageSource::Provincial
                            }
                            Some((_, true)) => {
                                c.national += 1;
                                CoverageSource::National
                            }
                            Some((t, false)) => {
                                c.unsourced += 1;
                                if t < 2 {
                                    c.provincial_gaps += 1;
                                }
                                CoverageSource::Unsourced
                            }
                            None => CoverageSource::None,
                        };
                        c.source = c.source.min(s);
                    }
                    cells.push(c);
                }
            }
            rows.push(ProvinceCoverage {
                jurisdiction: j,
                name_vi: p.name_vi.to_string(),
                name_en: p.name_en.to_string(),
                has_layer: info.has_own,
                continues: info.continued,
                provincial_keys: cells.iter().map(|c| c.provincial).sum(),
                provincial_gaps: cells.iter().map(|c| c.provincial_gaps).sum(),
                cells,
            });
        }
        let summary = CoverageSummary {
            provinces: rows.len() as u32,
            with_layer: rows.iter().filter(|r| r.has_layer).count() as u32,
            with_provincial_rule: rows.iter().filter(|r| r.provincial_keys > 0).count() as u32,
            provincial_keys: rows.iter().map(|r| r.provincial_keys).sum(),
        };
        Coverage {
            rulebook: self.version_id(),
            date,
            provinces: rows,
            summary,
        }
    }
}

/// The short column label of a subject in the matrix.
fn short(s: Subject) -> &'static str {
    use crate::activity::ActivityKind as K;
    match s {
        Subject::Activity(K::OutboundDelegation) => "OUT",
        Subject::Activity(K::InboundDelegation) => "IN",
        Subject::Activity(K::InternationalConference) => "CONF",
        Subject::Activity(K::InternationalAgreement) => "AGR",
        Subject::Activity(K::ForeignAid) => "AID",
        Subject::Activity(K::ForeignNgo) => "NGO",
        Subject::ResidentPress => "PR-R",
        Subject::NonResidentPress => "PR-N",
        Subject::ExternalAffairsPlan => "PLAN",
        Subject::Activity(K::SisterRelation) => "SIS",
        Subject::Activity(K::CitizenProtection) => "CIT",
        Subject::Activity(K::BorderAffair) => "BOR",
        Subject::Activity(K::OverseasVietnamese) => "OV",
        Subject::Activity(K::Inspection) => "INSP",
        Subject::Activity(K::AbtcPermission) => "ABTC",
        Subject::Activity(_) => "?",
    }
}

/// The one-letter column code of a family in the matrix.
fn family_letter(f: Family) -> char {
    match f {
        Family::Authority => 'a',
        Family::Escalation => 'e',
        Family::LeadTime => 'l',
        Family::Consultation => 'c',
        Family::Processing => 'p',
        Family::Condition => 'k',
        _ => 'o',
    }
}

/// XML text and attribute escaping.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Coverage {
    /// The row of a province.
    pub fn province(&self, j: Jurisdiction) -> Option<&ProvinceCoverage> {
        self.provinces.iter().find(|p| p.jurisdiction == j)
    }

    /// The subjects with at least one key in some province (the matrix's columns).
    pub fn subjects(&self) -> Vec<Subject> {
        Subject::ALL
            .iter()
            .copied()
            .filter(|s| {
                self.provinces
                    .iter()
                    .any(|p| p.cells.iter().any(|c| c.subject == *s && c.keys > 0))
            })
            .collect()
    }

    /// The subject × family columns with at least one key in some province (the heat map's).
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::rules::{Family, Rulebook, Subject};
    /// use chrono::NaiveDate;
    /// let cov = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    /// let out = Subject::Activity(ActivityKind::OutboundDelegation);
    /// assert!(cov.columns().contains(&(out, Family::Condition)));
    /// assert!(!cov.columns().contains(&(out, Family::Escalation))); // no rule anywhere
    /// // a gap entry is a key too (inspections: NĐ 17/2014/NĐ-CP, not read)
    /// assert!(cov.subjects().contains(&Subject::Activity(ActivityKind::Inspection)));
    /// ```
    pub fn columns(&self) -> Vec<(Subject, Family)> {
        self.subjects()
            .into_iter()
            .flat_map(|s| Family::ALL.iter().map(move |f| (s, *f)))
            .filter(|(s, f)| {
                self.provinces
                    .iter()
                    .any(|p| p.cell(*s, *f).is_some_and(|c| c.keys > 0))
            })
            .collect()
    }

    /// The summary sentence, in both languages.
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// use chrono::NaiveDate;
    /// let cov = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    /// assert!(cov.summary_line().contains("34 provinces: 34 with a layer file, 6 with at least one sourced provincial rule in force on 2026-06-01"));
    /// ```
    pub fn summary_line(&self) -> String {
        let s = self.summary;
        format!(
            "{} tỉnh, thành phố: {} có lớp quy định riêng, {} có ít nhất một quy định cấp tỉnh có nguồn đang có hiệu lực ngày {} / {} provinces: {} with a layer file, {} with at least one sourced provincial rule in force on {}",
            s.provinces,
            s.with_layer,
            s.with_provincial_rule,
            self.date.format("%d/%m/%Y"),
            s.provinces,
            s.with_layer,
            s.with_provincial_rule,
            self.date
        )
    }

    /// The matrix as Markdown: one row per province, one column per subject with a rule
    /// somewhere, each cell one character per family (legend below the table).
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// use chrono::NaiveDate;
    /// let md = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()).to_markdown();
    /// assert!(md.contains("| 34:48 | Đà Nẵng |"));
    /// assert_eq!(md.lines().filter(|l| l.starts_with("| 34:")).count(), 34);
    /// ```
    pub fn to_markdown(&self) -> String {
        let subjects = self.subjects();
        let mut o = String::new();
        let _ = writeln!(
            o,
            "**Coverage on {}** (`{}`): {} provinces, {} with a layer file, **{} with at least one sourced provincial rule in force**.\n",
            self.date,
            self.rulebook,
            self.summary.provinces,
            self.summary.with_layer,
            self.summary.with_provincial_rule
        );
        let _ = write!(
            o,
            "| unit | tỉnh / province | layer | prov. keys | prov. gaps |"
        );
        for s in &subjects {
            let _ = write!(o, " {} |", short(*s));
        }
        let _ = write!(o, "\n|---|---|---|--:|--:|");
        for _ in &subjects {
            let _ = write!(o, "---|");
        }
        let _ = writeln!(o);
        for p in &self.provinces {
            let layer = match (p.has_layer, p.continues) {
                (true, Some(c)) => format!("yes + {c}"),
                (false, Some(c)) => format!("{c}"),
                (true, None) => "yes".to_string(),
                (false, None) => "no".to_string(),
            };
            let _ = write!(
                o,
                "| {} | {} | {layer} | {} | {} |",
                p.jurisdiction, p.name_vi, p.provincial_keys, p.provincial_gaps
            );
            for s in &subjects {
                let code: String = Family::ALL
                    .iter()
                    .map(|f| p.cell(*s, *f).map_or('-', CoverageCell::code))
                    .collect();
                let _ = write!(o, " `{code}` |");
            }
            let _ = writeln!(o);
        }
        let fams: Vec<String> = Family::ALL
            .iter()
            .map(|f| format!("{} {}", family_letter(*f), f.en()))
            .collect();
        let subj: Vec<String> = subjects
            .iter()
            .map(|s| format!("{} {} ({})", short(*s), s.en(), s.vi()))
            .collect();
        let _ = writeln!(
            o,
            "\nEach cell: one character per family, in the order `{}` ({}). \
             `P` a sourced provincial rule (own, or continued from the unchanged 63-set unit) applies to a key of the family; \
             `N` a sourced national rule and no provincial one; lower-case `p`/`n`: the same, with another key of the family still a gap; \
             `G` only unsourced entries (gaps); `-` no rule. Columns: {}. \
             Layer: `yes` a layer file of its own, `+ 63:NN` the rules of the 63-set unit it continues still apply. \
             Prov. keys: keys with a sourced provincial rule in force; prov. gaps: keys where a provincial instrument is known but its figure not read.",
            Family::ALL.iter().map(|f| family_letter(*f)).collect::<String>(),
            fams.join(", "),
            subj.join("; ")
        );
        let omitted: Vec<&str> = Subject::ALL
            .iter()
            .filter(|s| !subjects.contains(s))
            .map(|s| s.en())
            .collect();
        if !omitted.is_empty() {
            let _ = writeln!(o, "No rule anywhere for: {}.", omitted.join(", "));
        }
        o
    }

    /// The matrix as an SVG heat map: provinces × subject/family columns, coloured by the source
    /// of the applying rule (provincial, national, unsourced, none), a dot where a key of the
    /// cell is still a gap, the count of provincial keys on the right, bilingual labels and a
    /// legend. Self-contained (no external font or resource), deterministic, well-formed XML.
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// use chrono::NaiveDate;
    /// let svg = Rulebook::shipped().coverage(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()).to_svg();
    /// assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    /// assert!(svg.contains("Đà Nẵng"));
    /// ```
    pub fn to_svg(&self) -> String {
        const CELL: u32 = 14;
        const GAP: u32 = 10;
        const LEFT: u32 = 250;
        /// Width of a character of the 11 px sans-serif labels, generously.
        const CHAR: f64 = 6.2;
        /// The subject labels are written at −60°: their rise and run per unit of length.
        const RISE: f64 = 0.866;
        const RUN: f64 = 0.5;
        let cols = self.columns();
        let subjects = self.subjects();
        let longest = subjects
            .iter()
            .map(|s| s.vi().chars().count().max(s.en().chars().count()))
            .max()
            .unwrap_or(0);
        let rise = (longest as f64 * CHAR * RISE).ceil() as u32 + 24;
        let top = 92 + rise;
        // x of every column, with a gap between subjects
        let mut xs = Vec::with_capacity(cols.len());
        let mut x = LEFT;
        let mut last: Option<Subject> = None;
        for (s, _) in &cols {
            if last.is_some_and(|l| l != *s) {
                x += GAP;
            }
            xs.push(x);
            x += CELL;
            last = Some(*s);
        }
        let grid_right = x;
        let rows = self.provinces.len() as u32;
        let grid_bottom = top + rows * CELL;
        let s = self.summary;
        let d = self.date.format("%d/%m/%Y");
        let lines_top = [
            format!("{} tỉnh, thành phố: {} có lớp quy định riêng; {} có ít nhất một quy định cấp tỉnh có nguồn đang có hiệu lực ngày {d}.", s.provinces, s.with_layer, s.with_provincial_rule),
            format!("{} provinces: {} with a layer file; {} with at least one sourced provincial rule in force on {}.", s.provinces, s.with_layer, s.with_provincial_rule, self.date),
        ];
        let fams: Vec<String> = Family::ALL
            .iter()
            .map(|f| format!("{} {} / {}", family_letter(*f), f.vi(), f.en()))
            .collect();
        let (fam1, fam2) = fams.split_at(4.min(fams.len()));
        let fam_lines = [fam1.join(" · "), fam2.join(" · ")];
        let text_width = |t: &str| (t.chars().count() as f64 * CHAR).ceil() as u32 + 20;
        let width = [
            grid_right + 60,
            grid_right + (longest as f64 * CHAR * RUN).ceil() as u32 + 30,
            text_width(&lines_top[0]),
            text_width(&lines_top[1]),
            text_width(&fam_lines[0]),
            text_width(&fam_lines[1]),
        ]
        .into_iter()
        .max()
        .unwrap_or(800);
        let height = grid_bottom + 170;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">"
        );
        let _ = writeln!(
            o,
            "<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"
        );
        let _ = writeln!(
            o,
            "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{}</text>",
            esc(&format!(
                "Nguồn của quy định áp dụng ngày {d} / Source of the applying rule on {}",
                self.date
            ))
        );
        for (k, l) in lines_top.iter().enumerate() {
            let _ = writeln!(o, "<text x=\"10\" y=\"{}\">{}</text>", 38 + k * 15, esc(l));
        }
        let _ = writeln!(
            o,
            "<text x=\"10\" y=\"74\" fill=\"#555555\">{}</text>",
            esc(&self.rulebook)
        );
        // subject labels (Vietnamese over English), at −60° from the first column of each
        let mut seen: Option<Subject> = None;
        for ((s, _), x) in cols.iter().zip(&xs) {
            if seen != Some(*s) {
                let _ = writeln!(
                    o,
                    "<text transform=\"translate({},{}) rotate(-60)\" font-size=\"10\"><tspan x=\"0\" y=\"-11\">{}</tspan><tspan x=\"0\" y=\"0\" fill=\"#555555\">{}</tspan></text>",
                    x + 10,
                    top - 16,
                    esc(s.vi()),
                    esc(s.en())
                );
                seen = Some(*s);
            }
        }
        // family letters
        for ((_, f), x) in cols.iter().zip(&xs) {
            let _ = writeln!(
                o,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">{}<title>{}</title></text>",
                x + CELL / 2,
                top - 4,
                family_letter(*f),
                esc(&label2(f))
            );
        }
        let _ = writeln!(
            o,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">P<title>khóa có quy định cấp tỉnh có nguồn / keys with a sourced provincial rule</title></text>",
            grid_right + 22,
            top - 4
        );
        for (i, p) in self.provinces.iter().enumerate() {
            let y = top + i as u32 * CELL;
            let _ = writeln!(
                o,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                LEFT - 6,
                y + CELL - 3,
                esc(&format!("{} {} / {}", p.jurisdiction, p.name_vi, p.name_en))
            );
            for ((s, f), x) in cols.iter().zip(&xs) {
                let Some(c) = p.cell(*s, *f) else { continue };
                let _ = writeln!(
                    o,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{CELL}\" height=\"{CELL}\" fill=\"{}\" stroke=\"#ffffff\"><title>{}</title></rect>",
                    c.source.colour(),
                    esc(&format!(
                        "{} {} · {} · {}: {}; keys {}: provincial {}, national {}, gaps {}",
                        p.jurisdiction,
                        p.name_vi,
                        s.en(),
                        f.en(),
                        c.source.en(),
                        c.keys,
                        c.provincial,
                        c.national,
                        c.unsourced
                    ))
                );
                if c.unsourced > 0 && c.source < CoverageSource::Unsourced {
                    let _ = writeln!(
                        o,
                        "<circle cx=\"{}\" cy=\"{}\" r=\"2\" fill=\"#c62828\"/>",
                        x + CELL / 2,
                        y + CELL / 2
                    );
                }
            }
            let _ = writeln!(
                o,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                grid_right + 22,
                y + CELL - 3,
                p.provincial_keys
            );
        }
        // legend
        let ly = grid_bottom + 24;
        for (k, src) in CoverageSource::ALL.iter().enumerate() {
            let y = ly + k as u32 * 18;
            let _ = writeln!(
                o,
                "<rect x=\"10\" y=\"{y}\" width=\"{CELL}\" height=\"{CELL}\" fill=\"{}\" stroke=\"#999999\"/>",
                src.colour()
            );
            let _ = writeln!(
                o,
                "<text x=\"30\" y=\"{}\">{}</text>",
                y + CELL - 3,
                esc(&format!("{} / {}", src.vi(), src.en()))
            );
        }
        let y = ly + 4 * 18;
        let _ = writeln!(
            o,
            "<circle cx=\"17\" cy=\"{}\" r=\"2\" fill=\"#c62828\"/><text x=\"30\" y=\"{}\">{}</text>",
            y + CELL / 2,
            y + CELL - 3,
            esc("còn khóa chưa có nguồn trong ô / a key of the cell is still a gap")
        );
        for (k, l) in fam_lines.iter().enumerate() {
            let _ = writeln!(
                o,
                "<text x=\"10\" y=\"{}\" fill=\"#555555\">{}</text>",
                y + 32 + k as u32 * 15,
                esc(l)
            );
        }
        o.push_str("</svg>\n");
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subject_has_its_own_column_label() {
        let labels: Vec<&str> = Subject::ALL.iter().map(|&s| short(s)).collect();
        assert!(!labels.contains(&"?"), "{labels:?}");
        let mut unique = labels.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "{labels:?}");
    }
}
