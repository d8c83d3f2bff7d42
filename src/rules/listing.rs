//! A listing of the rulebook: every rule of a jurisdiction with its in-force period, or the
//! rules in force on a day resolved per subject (province over national) with the tier they
//! come from; as a Markdown table or JSON rows. The path of `examples/rulebook.rs` and of
//! `doingoai rulebook`.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Query, ResolveError, RuleRef, Rulebook, Subject, Tier};
use crate::org::Jurisdiction;
use crate::Label;

/// One row of a [`Listing`]: a rule, and where it comes from when resolved on a day.
#[derive(Debug, Clone, Copy)]
pub struct ListingRow<'a> {
    /// The rule.
    pub rule: RuleRef<'a>,
    /// The tier it applies from (`None` without a day, or for a rule listed because its key
    /// depends on attributes the query did not give).
    pub tier: Option<Tier>,
}

/// Rules of a [`Rulebook`] selected by jurisdiction and day ([`Rulebook::listing`]).
#[derive(Debug, Clone)]
pub struct Listing<'a> {
    version: String,
    rows: Vec<ListingRow<'a>>,
    notes: Vec<String>,
}

impl Rulebook {
    /// The rules to list.
    ///
    /// - Without `on`: every rule of `jurisdiction` (of every jurisdiction when `None`) with its
    ///   in-force period, in the rulebook's order.
    /// - With `on`: for every subject, the rules in force that day for `jurisdiction` (national
    ///   when `None`), resolved province over national, with the tier; the keys whose rule
    ///   depends on attributes are listed with every candidate. The notes of the succession of
    ///   provinces (2025) met while resolving outbound delegations are kept in
    ///   [`Listing::notes`].
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// use doingoai::org::Jurisdiction;
    /// use chrono::NaiveDate;
    /// let book = Rulebook::shipped();
    /// let all = book.listing(None, None)?;
    /// assert_eq!(all.rows().len(), book.rules().count());
    /// let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    /// let da_nang = book.listing(Some("34:48".parse()?), Some(day))?;
    /// assert!(da_nang.rows().iter().any(|r| r.tier.is_some()));
    /// let gaps = da_nang.clone().gaps_only();
    /// assert!(gaps.rows().iter().all(|r| r.rule.is_unsourced()));
    /// assert!(da_nang.to_markdown().starts_with("# "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn listing(
        &self,
        jurisdiction: Option<Jurisdiction>,
        on: Option<NaiveDate>,
    ) -> Result<Listing<'_>, ResolveError> {
        let mut rows = Vec::new();
        let mut notes = Vec::new();
        match on {
            Some(date) => {
                let t = jurisdiction.unwrap_or(Jurisdiction::National);
                for kind in Subject::ALL {
                    let r = self.resolve(&Query::new(t, *kind, date))?;
                    for e in r.entries() {
                        let shown = e
                            .rule()
                            .map(|x| (x, e.tier()))
                            .into_iter()
                            .chain(e.not_applicable().map(|x| (x, None)));
                        for (rule, tier) in shown {
                            rows.push(ListingRow { rule, tier });
                        }
                    }
                    if *kind == Subject::Activity(crate::activity::ActivityKind::OutboundDelegation)
                    {
                        notes.extend(r.succession_notes());
                    }
                }
            }
            None => {
                for rule in self.rules() {
                    if jurisdiction.is_none_or(|t| rule.jurisdiction() == t) {
                        rows.push(ListingRow { rule, tier: None });
                    }
                }
            }
        }
        Ok(Listing {
            version: self.version_id(),
            rows,
            notes,
        })
    }
}

impl<'a> Listing<'a> {
    /// The rows.
    pub fn rows(&self) -> &[ListingRow<'a>] {
        &self.rows
    }

    /// Notes met while resolving (the succession of provinces), in English.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// Keeps only the unsourced entries (the gaps: a rule without a figure, with the citation
    /// of where the figure should be).
    pub fn gaps_only(mut self) -> Self {
        self.rows.retain(|r| r.rule.is_unsourced());
        self
    }

    /// The rows as JSON values: `id`, `jurisdiction`, `jurisdiction_name`, `activity`,
    /// `family`, `topic`, `in_force_from`, `in_force_to`, `citations`, `evidence`,
    /// `statement_vi`, `statement_en`, `figure` (`null` for a gap), `unsourced`, `tier`.
    ///
    /// ```
    /// use doingoai::rules::Rulebook;
    /// let book = Rulebook::shipped();
    /// let rows = book.listing(None, None)?.gaps_only().to_json();
    /// assert!(rows.iter().all(|r| r["figure"].is_null() && r["unsourced"] == true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> Vec<serde_json::Value> {
        self.rows
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
                    "tier": r.tier,
                })
            })
            .collect()
    }

    /// The rows as a Markdown table: rule, jurisdiction (marked `(continued)` when the rule
    /// comes from the 63-set unit the province continues), in force, statement, figure,
    /// citation, grade.
    pub fn to_markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "# {} — {} rule(s)\n", self.version, self.rows.len());
        s.push_str("| rule | jurisdiction | in force | statement | figure | citation | grade |\n");
        s.push_str("|---|---|---|---|---|---|---|\n");
        let esc = |s: &str| s.replace('|', "\\|");
        for r in &self.rows {
            let x = r.rule;
            let cites: Vec<String> = x.citations().iter().map(|c| c.to_string()).collect();
            let tier = match r.tier {
                Some(Tier::Continued) => " (continued)",
                Some(Tier::Own) | Some(Tier::National) | None => "",
            };
            let _ = writeln!(
                s,
                "| `{}` | {}{} | {} | {} | {} | {} | {} |",
                x.id(),
                x.jurisdiction().name_vi(),
                tier,
                x.validity(),
                esc(&x.statement().vi),
                esc(&x.figure()),
                esc(&cites.join("; ")),
                x.evidence().vi()
            );
        }
        s
    }
}
