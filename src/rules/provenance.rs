//! [`Provenance`]: where a figure the workflow or the ledger acts on comes from — the rule of
//! the rulebook, every citation and the evidence grade — carried along with the figure so
//! nothing downstream looks it up again or guesses it.

use crate::law::{Citation, Citations, Evidence};

use super::rule::RuleId;

/// The rule a figure comes from, with every citation and its evidence grade.
///
/// ```
/// use doingoai::rules::{Provenance, RuleId};
/// use doingoai::{Citation, Evidence};
/// let p = Provenance::new(RuleId::parse("vn.conference.lead_time.pm_tier")?,
///     vec![Citation::article("06/2020/QĐ-TTg", 4).clause(1).point('a')], Evidence::Codification);
/// assert_eq!(p.citation().unwrap().to_string(), "điểm a khoản 1 Điều 4 06/2020/QĐ-TTg");
/// # Ok::<(), doingoai::rules::InvalidRuleId>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The rule.
    pub rule: RuleId,
    /// Its citations, in the rule's order.
    // shared with the rulebook's rule it comes from: a copy of the provenance copies no
    // citation
    pub citations: Citations,
    /// Its evidence grade.
    pub evidence: Evidence,
}

impl Provenance {
    /// The provenance of a figure of rule `rule`.
    pub fn new(rule: RuleId, citations: impl Into<Citations>, evidence: Evidence) -> Self {
        Provenance {
            rule,
            citations: citations.into(),
            evidence,
        }
    }

    /// The rule's first citation (validation requires every rule to cite at least one
    /// instrument).
    pub fn citation(&self) -> Option<&Citation> {
        self.citations.first()
    }
}
