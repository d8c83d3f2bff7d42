//! The fillable layer a province starts from: [`Rulebook::template`] writes a province's layer
//! file ready to fill — the province's own rules live, and every national rule in force that
//! it may override as a commented-out `[[rule]]` block already carrying the province's id,
//! every national gap flagged. Read as it is, the template is a valid layer (commented rules do
//! not count); a province removes the `# ` of a block, writes its figure, citation and grade,
//! and loads the file with [`Rulebook::with_layer_files`]. What each province already has is
//! counted by [`Rulebook::coverage`] (`coverage.rs`).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::label::Label;
use crate::law::Validity;
use crate::org::Jurisdiction;

use super::index::Slot;
use super::layer::Layer;
use super::layer_file;
use super::rule::{RuleId, RuleRef};
use super::rulebook::Rulebook;
use super::{Family, Query, ResolveError, RuleSource, Subject};

// ───────────────────────────── template ─────────────────────────────

/// Why no template can be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TemplateError {
    /// The national baseline is not a province: there is nothing to override.
    #[error("the national baseline has no template: ask for a province such as `34:40`")]
    National,
    /// The jurisdiction does not exist on the date (or is unknown).
    #[error(transparent)]
    Jurisdiction(#[from] ResolveError),
}

/// The id slug of a province: its Vietnamese name without diacritics, `_` for spaces
/// (`Nghệ An` → `nghe_an`), the first segment of its rule ids.
///
/// ```
/// use doingoai::rules::province_slug;
/// assert_eq!(province_slug("34:40".parse()?), "nghe_an");
/// assert_eq!(province_slug("34:79".parse()?), "ho_chi_minh");
/// assert_eq!(province_slug(doingoai::Jurisdiction::National), "vn");
/// # Ok::<(), doingoai::org::JurisdictionError>(())
/// ```
pub fn province_slug(j: Jurisdiction) -> String {
    if j.is_national() {
        return "vn".to_string();
    }
    crate::org::fold(j.name_vi()).replace(' ', "_")
}

/// The shipped data file of a jurisdiction (`provinces/34-40-nghe-an.toml`), if any.
fn shipped_file(j: Jurisdiction) -> Option<(&'static str, &'static str)> {
    let prefix = format!("provinces/{}-", j.to_string().replace(':', "-"));
    // a province may ship more than one file (`34-42-ha-tinh.toml` and the party side's
    // `34-42-ha-tinh-party.toml`, which sorts first): its layer is the one named after the
    // province alone, the shortest name
    crate::data::FILES
        .iter()
        .copied()
        .filter(|(p, _)| p.starts_with(&prefix))
        .min_by_key(|(p, _)| (p.len(), *p))
}

/// The file name a province's layer is saved under (`34-40-nghe-an.toml`).
fn file_name(j: Jurisdiction) -> String {
    match shipped_file(j) {
        Some((p, _)) => p.rsplit('/').next().unwrap_or(p).to_string(),
        None => format!(
            "{}-{}.toml",
            j.to_string().replace(':', "-"),
            province_slug(j).replace('_', "-")
        ),
    }
}

/// An example value of each family, in the data format (a shape to start from).
fn example_value(f: Family) -> &'static str {
    match f {
        Family::Authority => "{ decides = \"provincial_chairman\" }",
        Family::Escalation => "{ to = \"prime_minister\", submitted_by = \"provincial_chairman\", answer_within = { working_days = 7 } }",
        Family::LeadTime => "{ before = { working_days = 10 }, anchor = \"start\", filed_with = \"fa_agency\" }",
        Family::Consultation => "{ by = \"fa_agency\", consultees = [\"provincial_police\"], reply_within = { working_days = 7 } }",
        Family::Processing => "{ by = \"fa_agency\", step = \"appraisal\", within = { working_days = 3 }, from = \"complete_dossier\" }",
        Family::Condition => "{ max_trips_per_person_per_year = { max = 2 } }",
        _ => "{ report = \"result_report\", owed_by = \"organiser\", to = [\"provincial_chairman\"], due = { after = { anchor = \"end\", within = { calendar_days = 15 } } } }",
    }
}

/// A copy of a rule as a rule of `j`, with a new id and validity, alone in a layer.
fn adopt(r: RuleRef<'_>, j: Jurisdiction, id: RuleId, validity: Validity) -> Layer {
    let mut l = Layer::new(j, RuleSource::UbndRegulation, "template", "mẫu", "template");
    macro_rules! put {
        ($x:expr) => {{
            let mut y = $x.clone();
            y.id = id;
            y.validity = validity;
            y.jurisdiction = j;
            l.push(y);
        }};
    }
    match r {
        RuleRef::Authority(x) => put!(x),
        RuleRef::Escalation(x) => put!(x),
        RuleRef::LeadTime(x) => put!(x),
        RuleRef::Consultation(x) => put!(x),
        RuleRef::Processing(x) => put!(x),
        RuleRef::Condition(x) => put!(x),
        RuleRef::Obligation(x) => put!(x),
    }
    l
}

pub(super) fn label2(l: &dyn Label) -> String {
    format!("{} / {}", l.vi(), l.en())
}

fn cites(r: &RuleRef<'_>) -> String {
    r.citations()
        .iter()
        .map(|c| c.vi())
        .collect::<Vec<_>>()
        .join("; ")
}

impl Rulebook {
    /// The rules of one tier of a slot (0 own, 1 continued, 2 national), with their entries.
    pub(super) fn slot_rules<'a>(
        &'a self,
        slot: &'a Slot,
        tier: usize,
    ) -> impl Iterator<Item = (super::index::Entry, RuleRef<'a>)> + 'a {
        self.index.tier(slot, tier).iter().filter_map(move |e| {
            let entry = *self.index.entries.get(*e as usize)?;
            Some((entry, self.index.rule(&self.data, entry.loc)?))
        })
    }

    /// A fillable TOML layer for a province (the format of `docs/rulebook-format.md`):
    ///
    /// - a header naming the jurisdiction and the 63-set units it continues or merges, and
    ///   how to fill and load the file;
    /// - the province's own layer (its instruments and rules, live), as shipped or loaded;
    /// - every national rule in force on `date` that the province may override (a provincial
    ///   rule of the same subject, family and topic replaces it), as a **commented-out**
    ///   `[[rule]]` block with the national citation, figure and grade, its id rewritten to
    ///   the province (`vn.…` → `nghe_an.…`) and its start moved to the province's first day;
    ///   a national rule the province already overrides on the date is only named;
    /// - every national gap (an unsourced entry) flagged `GAP: no national figure — your
    ///   province's figure goes here`, with an example value of its family;
    /// - the rules of the unit it continues that still apply.
    ///
    /// Read as it is, the template is a valid layer: only the live rules count. Load the
    /// filled file with [`Rulebook::with_layer_files`]: it replaces the shipped layer of the
    /// same jurisdiction and source.
    ///
    /// ```
    /// use doingoai::rules::{Rulebook, TemplateError};
    /// use chrono::NaiveDate;
    /// let on = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    /// let book = Rulebook::shipped();
    /// let da_nang = book.template("34:48".parse()?, on)?;
    /// // its own caps live, the national rules commented out
    /// assert!(da_nang.contains("\nid = \"da_nang.outbound_delegation.condition.trips_per_person_per_year\""));
    /// assert!(da_nang.contains("\n# id = \"da_nang.conference.lead_time.provincial_tier\""));
    /// let reloaded = book.with_layer_files(&[("34-48-da-nang.toml", &da_nang)])?;
    /// assert_eq!(reloaded.rules().count(), book.rules().count());
    /// assert_eq!(book.template(doingoai::Jurisdiction::National, on), Err(TemplateError::National));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn template(
        &self,
        jurisdiction: Jurisdiction,
        date: NaiveDate,
    ) -> Result<String, TemplateError> {
        let j = jurisdiction;
        if j.is_national() {
            return Err(TemplateError::National);
        }
        // The same existence checks as a resolution.
        self.resolve(&Query::new(j, Subject::ExternalAffairsPlan, date))?;
        let slug = province_slug(j);
        let d = date.format("%d/%m/%Y");
        let own: Vec<&Layer> = self
            .layers()
            .iter()
            .filter(|l| l.jurisdiction == j)
            .collect();
        let base = own
            .iter()
            .find(|l| l.source == RuleSource::UbndRegulation)
            .or_else(|| own.first())
            .map(|l| (*l).clone())
            .unwrap_or_else(|| {
                Layer::new(
                    j,
                    RuleSource::UbndRegulation,
                    &format!("{}-draft", date.format("%Y.%m.%d")),
                    &format!("{}: lớp quy định cấp tỉnh", j.name_vi()),
                    &format!("{}: provincial layer", j.name_en()),
                )
            });
        let file = file_name(j);

        // ── header ──
        let mut h = String::new();
        let _ = writeln!(
            h,
            "{} ({j}) — bản mẫu lớp quy định cấp tỉnh / fillable provincial layer, for rules in force on {d}.",
            j.name_vi()
        );
        let _ = writeln!(
            h,
            "Written by `cargo run --example rulebook -- --template {j} --date {}` from {}.",
            date.format("%Y-%m-%d"),
            self.version_id()
        );
        let continues = j.continues();
        let continued_layer = self
            .index
            .info
            .get(super::index::tslot(j))
            .and_then(|i| i.continued);
        let preds: Vec<Jurisdiction> = j.predecessors().collect();
        match continues {
            Some(p) if continued_layer.is_some() => {
                let _ = writeln!(
                    h,
                    "Predecessor: continues {p} {} unchanged since 01/07/2025 (NQ 202/2025/QH15): the rules of {p} still apply here where this layer has none of its own (named below).",
                    p.name_vi()
                );
            }
            Some(p) => {
                let _ = writeln!(
                    h,
                    "Predecessor: continues {p} {} unchanged since 01/07/2025 (NQ 202/2025/QH15); {p} has no layer in this rulebook.",
                    p.name_vi()
                );
            }
            None if !preds.is_empty() => {
                let list: Vec<String> = preds
                    .iter()
                    .map(|p| format!("{p} {}", p.name_vi()))
                    .collect();
                let _ = writeln!(
                    h,
                    "Predecessors: merges {} on 01/07/2025 (NQ 202/2025/QH15): their rules ended on 30/06/2025 and do not carry over; only this layer and the national baseline apply.",
                    list.join(", ")
                );
            }
            None => {
                let _ = writeln!(h, "Predecessors: none modelled.");
            }
        }
        let _ = writeln!(h);
        let _ = writeln!(h, "How to fill (format: docs/rulebook-format.md):");
        let _ = writeln!(h, "1. The [[instrument]] and [[rule]] tables right below are this province's layer as the crate has it: live. Keep, correct or end them (`until`).");
        let _ = writeln!(h, "2. Further down, every national rule in force on {d} that this province may override (a rule of its own with the same");
        let _ = writeln!(h, "   subject, family and topic replaces it), commented out, id already {slug}.…: to override one, remove the leading \"# \"");
        let _ = writeln!(h, "   of each line of its block, then write your figure (`value`), your citation (`cite`; declare your instrument in");
        let _ = writeln!(h, "   [[instrument]] unless the registry lists it), the grade of what you read, both statements (`vi`, `en`) and the");
        let _ = writeln!(h, "   source (`note`).");
        let _ = writeln!(h, "3. GAP blocks have no national figure: that is where your province's figure is needed most. Uncomment the block,");
        let _ = writeln!(
            h,
            "   then also the `# value = …` example line inside it, and write your figure."
        );
        let _ = writeln!(h, "4. Load the file with Rulebook::shipped().with_layer_files(&[(\"{file}\", &text)]): it replaces the shipped");
        let _ = writeln!(h, "   layer of {j} with the same source ({}), and every error names the file, the line and the rule.", base.source.code());
        if let Some((path, text)) = shipped_file(j) {
            if text
                .lines()
                .any(|l| l.trim_start().starts_with("[[fa_agency]]"))
            {
                let _ = writeln!(h, "The foreign-affairs agency rows ([[fa_agency]]) of this province stay in rulebook/{path}: the crate reads them there.");
            }
        }
        for other in own.iter().filter(|l| l.source != base.source) {
            let ids: Vec<&str> = other.rules().map(|r| r.id().as_str()).collect();
            let _ = writeln!(
                h,
                "This province has another layer ({}: {} rule(s){}): it stays in its own file.",
                other.source.code(),
                ids.len(),
                if ids.is_empty() {
                    String::new()
                } else {
                    format!(": {}", ids.join(", "))
                }
            );
        }
        let mut o = layer_file::write(&base, layer_file::Style::Explicit, h.trim_end());

        // ── national rules the province may override ──
        let mut used: BTreeSet<String> =
            self.rules().map(|r| r.id().as_str().to_string()).collect();
        let first_day = j.validity().from;
        let mut continued_shown: BTreeSet<String> = BTreeSet::new();
        let _ = writeln!(
            o,
            "\n# ════════════════════════════════════════════════════════════════════════\n# National rules in force on {d} that {} may override — commented out.\n# Quy định trung ương có hiệu lực ngày {d} mà tỉnh có thể quy định riêng — đang để dạng chú thích.\n# ════════════════════════════════════════════════════════════════════════",
            j.name_en()
        );
        for subject in Subject::ALL {
            let mut section = String::new();
            for slot in self.index.view(j, *subject) {
                let national: Vec<RuleRef<'_>> = self
                    .slot_rules(slot, 2)
                    .filter(|(e, _)| e.in_force(date))
                    .map(|(_, r)| r)
                    .collect();
                let own_rules: Vec<RuleRef<'_>> =
                    self.slot_rules(slot, 0).map(|(_, r)| r).collect();
                let continued: Vec<RuleRef<'_>> = self
                    .slot_rules(slot, 1)
                    .filter(|(e, _)| e.in_force(date))
                    .map(|(_, r)| r)
                    .collect();
                for n in national {
                    let key = n.key();
                    let _ = writeln!(
                        section,
                        "\n# ── {key} · {} ──\n# national: {} — {} — {} ({})",
                        label2(&n.family()),
                        n.id(),
                        n.figure(),
                        cites(&n),
                        n.evidence().code()
                    );
                    if let Some(mine) = own_rules.iter().find(|r| r.validity().contains(date)) {
                        let _ = writeln!(
                            section,
                            "# already overridden by your rule `{}` ({}): no block.",
                            mine.id(),
                            mine.figure()
                        );
                        continue;
                    }
                    for c in &continued {
                        continued_shown.insert(c.id().as_str().to_string());
                        let _ = writeln!(
                            section,
                            "# applies today instead: `{}` continued from {} — {} — {} ({})",
                            c.id(),
                            c.jurisdiction(),
                            c.figure(),
                            cites(c),
                            c.evidence().code()
                        );
                    }
                    // The province's version: from its first day (and after its own earlier
                    // rule of the key), until the national rule ends or its own later rule starts.
                    let nv = n.validity();
                    let mut v = Validity {
                        from: nv.from.max(first_day),
                        to: nv.to,
                    };
                    for mine in &own_rules {
                        let mv = mine.validity();
                        if let Some(t) = mv.to.filter(|t| *t < date) {
                            if let Some(next) = t.succ_opt() {
                                v.from = v.from.max(next);
                            }
                        }
                        if mv.from > date {
                            if let Some(prev) = mv.from.pred_opt() {
                                v.to = Some(v.to.map_or(prev, |t| t.min(prev)));
                            }
                        }
                    }
                    let base_id = match n.id().as_str().strip_prefix("vn.") {
                        Some(rest) => format!("{slug}.{rest}"),
                        None => format!("{slug}.{}", n.id()),
                    };
                    // A namesake 63-set unit (or another rule) may hold the id already: then
                    // the province's rule is told apart by the year it starts.
                    let mut id = base_id.clone();
                    let mut k = 1;
                    while used.contains(&id) {
                        id = match k {
                            1 => format!("{base_id}.from_{}", v.from.format("%Y")),
                            _ => format!("{base_id}.from_{}_{k}", v.from.format("%Y")),
                        };
                        k += 1;
                    }
                    let Ok(rule_id) = RuleId::parse(&id) else {
                        let _ = writeln!(
                            section,
                            "# (no block: `{id}` is not a valid rule id; write the rule by hand)"
                        );
                        continue;
                    };
                    used.insert(id);
                    let one = adopt(n, j, rule_id, v);
                    let Some(r) = one.rules().next() else {
                        continue;
                    };
                    let mut block = layer_file::rule_block(&r);
                    if n.is_unsourced() {
                        let _ = writeln!(
                            section,
                            "# GAP: no national figure — your province's figure goes here"
                        );
                        block = block.replace(
                            "# no value: UNSOURCED — the figure is not in the sources read\n",
                            &format!(
                                "# GAP: no national figure — write your province's figure here (remove the `# ` of `value`), e.g.\n# value = {}\n",
                                example_value(n.family())
                            ),
                        );
                    }
                    for line in block.lines() {
                        let _ = writeln!(section, "# {line}");
                    }
                }
            }
            if !section.is_empty() {
                let _ = write!(o, "\n# ═══ {} ═══\n{section}", label2(subject));
            }
        }

        // ── continued rules with no national counterpart ──
        if let Some(p) = continued_layer {
            let mut rest = String::new();
            for subject in Subject::ALL {
                for slot in self.index.view(j, *subject) {
                    for (e, c) in self.slot_rules(slot, 1) {
                        if e.in_force(date) && !continued_shown.contains(c.id().as_str()) {
                            let _ = writeln!(
                                rest,
                                "# `{}` ({}) — {} — {} ({})",
                                c.id(),
                                c.key(),
                                c.figure(),
                                cites(&c),
                                c.evidence().code()
                            );
                        }
                    }
                }
            }
            if !rest.is_empty() {
                let _ = write!(
                    o,
                    "\n# ═══ Rules of {p} {} that still apply in {j} on {d} (no national counterpart) ═══\n# A rule of yours with the same subject, family and topic replaces one of them.\n{rest}",
                    p.name_vi()
                );
            }
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_with_a_party_side_file_keeps_its_own_layer_file() {
        // `34-42-ha-tinh-party.toml` sorts before `34-42-ha-tinh.toml`
        let j: Jurisdiction = "34:42".parse().expect("Hà Tĩnh");
        assert_eq!(file_name(j), "34-42-ha-tinh.toml");
        let (path, _) = shipped_file(j).expect("shipped");
        assert_eq!(path, "provinces/34-42-ha-tinh.toml");
        let old: Jurisdiction = "63:42".parse().expect("Hà Tĩnh (63)");
        assert_eq!(file_name(old), "63-42-ha-tinh.toml");
    }
}
