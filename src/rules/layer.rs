//! The plain data of a rulebook: layers of rules (one per issuing jurisdiction and source, one
//! per data file) and the rulebook that holds them. Data only: validation (`validate.rs`),
//! indexing (`index.rs`) and the [`Rulebook`](super::Rulebook) that uses both depend on this
//! file, never the other way round.

use crate::law::Instrument;

use super::families::{
    Authority, Condition, Consultation, Escalation, FamilyValue, LeadTime, Obligation, Processing,
};
use super::rule::{Rule, RuleRef, Statement};
use super::RuleSource;
use crate::org::Jurisdiction;

/// The rules one jurisdiction issued through one kind of source, as typed tables (one per
/// family), with the instruments they cite that the crate's registry may not know.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// The issuing jurisdiction; every rule of the layer carries the same.
    pub jurisdiction: Jurisdiction,
    /// What issued the rules (party regulation, UBND regulation, procedure, national).
    pub source: RuleSource,
    /// The layer's version identifier.
    pub version: String,
    /// Its title.
    pub title: Statement,
    /// Instruments cited by the layer that are declared here (provincial instruments, or
    /// national ones the registry does not list yet).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<Instrument>,
    /// Who decides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authority: Vec<Rule<Authority>>,
    /// When matters go up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub escalation: Vec<Rule<Escalation>>,
    /// Lead times.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead_time: Vec<Rule<LeadTime>>,
    /// Consultations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consultation: Vec<Rule<Consultation>>,
    /// Processing periods.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processing: Vec<Rule<Processing>>,
    /// Conditions and caps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Rule<Condition>>,
    /// Obligations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<Rule<Obligation>>,
}

impl Layer {
    /// Every rule of the layer, family by family.
    pub fn rules(&self) -> impl Iterator<Item = RuleRef<'_>> {
        self.authority
            .iter()
            .map(RuleRef::Authority)
            .chain(self.escalation.iter().map(RuleRef::Escalation))
            .chain(self.lead_time.iter().map(RuleRef::LeadTime))
            .chain(self.consultation.iter().map(RuleRef::Consultation))
            .chain(self.processing.iter().map(RuleRef::Processing))
            .chain(self.conditions.iter().map(RuleRef::Condition))
            .chain(self.obligations.iter().map(RuleRef::Obligation))
    }

    /// Keeps every rule's id and citation list for the life of the program
    /// (`law::forever`).
    pub(crate) fn keep(&mut self, forever: &mut crate::law::forever::Forever) {
        self.authority.iter_mut().for_each(|r| r.keep(forever));
        self.escalation.iter_mut().for_each(|r| r.keep(forever));
        self.lead_time.iter_mut().for_each(|r| r.keep(forever));
        self.consultation.iter_mut().for_each(|r| r.keep(forever));
        self.processing.iter_mut().for_each(|r| r.keep(forever));
        self.conditions.iter_mut().for_each(|r| r.keep(forever));
        self.obligations.iter_mut().for_each(|r| r.keep(forever));
    }

    /// The number of rules.
    pub fn len(&self) -> usize {
        self.authority.len()
            + self.escalation.len()
            + self.lead_time.len()
            + self.consultation.len()
            + self.processing.len()
            + self.conditions.len()
            + self.obligations.len()
    }

    /// Whether the layer has no rules.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A family table of a [`Layer`]: lets generic code push a rule into the right table.
pub trait LayerTable: FamilyValue + Sized {
    /// The table of this family in a layer.
    fn table(layer: &mut Layer) -> &mut Vec<Rule<Self>>;
    /// The rule behind a reference, if it is of this family.
    fn pick(r: RuleRef<'_>) -> Option<&Rule<Self>>;
}

macro_rules! table {
    ($t:ty, $field:ident, $variant:ident) => {
        impl LayerTable for $t {
            fn table(layer: &mut Layer) -> &mut Vec<Rule<Self>> {
                &mut layer.$field
            }
            fn pick(r: RuleRef<'_>) -> Option<&Rule<Self>> {
                match r {
                    RuleRef::$variant(x) => Some(x),
                    _ => None,
                }
            }
        }
    };
}
table!(Authority, authority, Authority);
table!(Escalation, escalation, Escalation);
table!(LeadTime, lead_time, LeadTime);
table!(Consultation, consultation, Consultation);
table!(Processing, processing, Processing);
table!(Condition, conditions, Condition);
table!(Obligation, obligations, Obligation);

/// The plain data of a rulebook: a name, a version and its layers. This is what the JSON form
/// holds; [`Rulebook::new`](super::Rulebook::new) validates and indexes it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulebookData {
    /// The rulebook's name (e.g. `doingoai-shipped`).
    pub name: String,
    /// The rulebook's version.
    pub version: String,
    /// The layers: national baseline and provincial layers.
    pub layers: Vec<Layer>,
}

impl RulebookData {
    /// Keeps every rule's id and citation list for the life of the program
    /// (`law::forever`).
    pub(crate) fn keep(&mut self, forever: &mut crate::law::forever::Forever) {
        self.layers.iter_mut().for_each(|l| l.keep(forever));
    }
}

impl Layer {
    /// An empty layer.
    pub fn new(
        jurisdiction: Jurisdiction,
        source: RuleSource,
        version: &str,
        title_vi: &str,
        title_en: &str,
    ) -> Self {
        Layer {
            jurisdiction,
            source,
            version: version.to_string(),
            title: Statement {
                vi: title_vi.to_string(),
                en: title_en.to_string(),
            },
            instruments: Vec::new(),
            authority: Vec::new(),
            escalation: Vec::new(),
            lead_time: Vec::new(),
            consultation: Vec::new(),
            processing: Vec::new(),
            conditions: Vec::new(),
            obligations: Vec::new(),
        }
    }

    /// Adds a rule to the table of its family, setting its jurisdiction to the layer's.
    pub fn push<V: LayerTable>(&mut self, rule: Rule<V>) -> &mut Self {
        let r = rule.of(self.jurisdiction);
        V::table(self).push(r);
        self
    }
}
