//! Validation of a rulebook: every error names the rule (or layer) and the field.

use std::collections::HashMap;
use std::fmt;

use crate::law::{self, Validity};

use chrono::NaiveDate;

use super::families::{Due, Obligation};
use super::layer::{Layer, RulebookData};
use super::rule::RuleRef;
use super::Role;
use crate::org::{BodyKind, Jurisdiction};

/// One problem in a rulebook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RuleError {
    /// The rulebook has no name or version.
    #[error("rulebook field `{field}` is empty; give it a value (e.g. `2026.11.1`)")]
    MissingRulebookField {
        /// The field.
        field: &'static str,
    },
    /// A layer field is empty.
    #[error("layer {layer} ({jurisdiction}): field `{field}` is empty")]
    MissingLayerField {
        /// Position of the layer.
        layer: usize,
        /// Its jurisdiction.
        jurisdiction: Jurisdiction,
        /// The field.
        field: &'static str,
    },
    /// Two rules share an id.
    #[error("rule `{id}`: field `id` is used twice in the rulebook; ids must be unique")]
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A rule has no citation.
    #[error("rule `{id}`: field `citations` is empty; every rule cites at least one instrument (an unsourced entry cites where the figure is expected)")]
    MissingCitation {
        /// The rule.
        id: String,
    },
    /// A rule governs no channel.
    #[error("rule `{id}`: field `channels` is empty; name at least one of party, state, people")]
    MissingChannel {
        /// The rule.
        id: String,
    },
    /// A rule's statement is empty.
    #[error("rule `{id}`: field `{field}` is empty; give a one-line statement")]
    MissingStatement {
        /// The rule.
        id: String,
        /// `statement.vi` or `statement.en`.
        field: &'static str,
    },
    /// A rule's topic is empty or not snake_case.
    #[error("rule `{id}`: field `topic` = `{topic}` must be 1–64 characters of a–z, 0–9 and `_`")]
    BadTopic {
        /// The rule.
        id: String,
        /// The topic.
        topic: String,
    },
    /// A rule's jurisdiction is not the jurisdiction of its layer.
    #[error("rule `{id}`: field `jurisdiction` = {rule} but its layer is for {layer}")]
    JurisdictionMismatch {
        /// The rule.
        id: String,
        /// The rule's jurisdiction.
        rule: Jurisdiction,
        /// The layer's.
        layer: Jurisdiction,
    },
    /// A rule is in force when its jurisdiction does not exist.
    #[error("rule `{id}`: field `validity` ({validity}) lies outside the existence of {jurisdiction} ({existence}); a rule of a merged province applies to its own period only")]
    JurisdictionOutsideExistence {
        /// The rule.
        id: String,
        /// The jurisdiction.
        jurisdiction: Jurisdiction,
        /// The rule's validity.
        validity: Validity,
        /// The jurisdiction's existence, as text.
        existence: String,
    },
    /// Two rules with the same key in one jurisdiction are in force on a common day.
    #[error("rules `{first}` and `{second}`: field `validity` overlaps ({first_validity} and {second_validity}) for the same key `{key}` in {jurisdiction}; end the first before the second starts")]
    Overlap {
        /// The key.
        key: String,
        /// The jurisdiction.
        jurisdiction: Jurisdiction,
        /// One rule.
        first: String,
        /// Its validity.
        first_validity: Validity,
        /// The other.
        second: String,
        /// Its validity.
        second_validity: Validity,
    },
    /// A citation names an instrument neither the registry nor the layer knows.
    #[error("rule `{id}`: field `citations[{position}].instrument` = `{number}` is not in the instrument registry nor declared in the layer's `instruments`")]
    DanglingInstrument {
        /// The rule.
        id: String,
        /// Position of the citation.
        position: usize,
        /// The number cited.
        number: String,
    },
    /// A rule starts before an instrument it cites is in force (every citation is checked, not
    /// only the first: a later one may be the instrument that is not yet in force).
    #[error(
        "rule `{id}`: field `validity.from` = {from} is before `{number}` is in force ({in_force})"
    )]
    BeforeInstrument {
        /// The rule.
        id: String,
        /// The instrument.
        number: String,
        /// The rule's start.
        from: chrono::NaiveDate,
        /// The instrument's validity.
        in_force: Validity,
    },
    /// A rule names a body before the body exists.
    #[error("rule `{id}`: field `value` names {role}, which exists {existence}, but the rule is in force {validity}; end the rule or name the successor")]
    BodyOutsideExistence {
        /// The rule.
        id: String,
        /// The role, as its code.
        role: &'static str,
        /// The body's existence.
        existence: Validity,
        /// The rule's validity.
        validity: Validity,
    },
    /// A rule names a role whose body ends while the rule is still in force (and no successor
    /// takes the role over: see [`Role::body_on`](super::Role::body_on)). A rule that names a
    /// body ends when the body ends.
    #[error("rule `{id}`: field `value` names {role}, held by {body} whose last day was {}, but the rule is in force {validity}; end the rule by {} or name the body that takes over{}", ended.format("%d/%m/%Y"), ended.format("%d/%m/%Y"), successor.map(|s| format!(" ({})", s.code())).unwrap_or_default())]
    BodyEnded {
        /// The rule.
        id: String,
        /// The role, as its code.
        role: &'static str,
        /// The body that holds the role and ends.
        body: BodyKind,
        /// The body's last day.
        ended: NaiveDate,
        /// The body's successor, where a text names one.
        successor: Option<BodyKind>,
        /// The rule's validity.
        validity: Validity,
    },
    /// A value is malformed (a day that does not exist, an empty list, a zero cap).
    #[error("rule `{id}`: field `{field}` is invalid: {problem}")]
    BadValue {
        /// The rule.
        id: String,
        /// The field.
        field: &'static str,
        /// What is wrong.
        problem: String,
    },
}

impl RuleError {
    /// The id of the rule the problem is in (the first of two for an overlap), if it is in a
    /// rule.
    pub fn rule_id(&self) -> Option<&str> {
        use RuleError as E;
        match self {
            E::DuplicateId { id }
            | E::MissingCitation { id }
            | E::MissingChannel { id }
            | E::MissingStatement { id, .. }
            | E::BadTopic { id, .. }
            | E::JurisdictionMismatch { id, .. }
            | E::JurisdictionOutsideExistence { id, .. }
            | E::DanglingInstrument { id, .. }
            | E::BeforeInstrument { id, .. }
            | E::BodyOutsideExistence { id, .. }
            | E::BodyEnded { id, .. }
            | E::BadValue { id, .. } => Some(id),
            E::Overlap { first, .. } => Some(first),
            _ => None,
        }
    }
}

/// A rulebook that failed validation: every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct ValidationError {
    /// The problems, in rulebook order.
    pub errors: Vec<RuleError>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the rulebook is not valid ({} problem(s))",
            self.errors.len()
        )?;
        for e in self.errors.iter().take(10) {
            write!(f, "\n  - {e}")?;
        }
        if self.errors.len() > 10 {
            write!(f, "\n  - … and {} more", self.errors.len() - 10)?;
        }
        Ok(())
    }
}

fn existence_text(t: Jurisdiction) -> String {
    let v = t.validity();
    match (v.from, v.to) {
        (_, _) if t.is_national() => "always".to_string(),
        (from, Some(to)) => format!(
            "from {} until {}",
            from.format("%d/%m/%Y"),
            to.format("%d/%m/%Y")
        ),
        (from, None) => format!("from {}", from.format("%d/%m/%Y")),
    }
}

/// Validates rulebook data; every problem found is reported.
pub fn validate(data: &RulebookData) -> Result<(), ValidationError> {
    let mut errors = Vec::new();
    if data.name.trim().is_empty() {
        errors.push(RuleError::MissingRulebookField { field: "name" });
    }
    if data.version.trim().is_empty() {
        errors.push(RuleError::MissingRulebookField { field: "version" });
    }
    let registry = law::registry();
    let mut ids: HashMap<&str, ()> = HashMap::new();
    let mut by_key: HashMap<(Jurisdiction, String), Vec<(String, Validity)>> = HashMap::new();
    for (li, layer) in data.layers.iter().enumerate() {
        check_layer(li, layer, &mut errors);
        for r in layer.rules() {
            let id = r.id().as_str();
            if ids.insert(id, ()).is_some() {
                errors.push(RuleError::DuplicateId { id: id.to_string() });
            }
            check_rule(layer, r, registry, &mut errors);
            by_key
                .entry((r.jurisdiction(), r.key().to_string()))
                .or_default()
                .push((id.to_string(), r.validity()));
        }
    }
    let mut keys: Vec<_> = by_key.into_iter().collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    for ((jurisdiction, key), mut rules) in keys {
        rules.sort_by_key(|(_, v)| v.from);
        for w in rules.windows(2) {
            if let [(a, va), (b, vb)] = w {
                if va.overlaps(vb) {
                    errors.push(RuleError::Overlap {
                        key: key.clone(),
                        jurisdiction,
                        first: a.clone(),
                        first_validity: *va,
                        second: b.clone(),
                        second_validity: *vb,
                    });
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationError { errors })
    }
}

fn check_layer(li: usize, layer: &Layer, errors: &mut Vec<RuleError>) {
    let j = layer.jurisdiction;
    if layer.version.trim().is_empty() {
        errors.push(RuleError::MissingLayerField {
            layer: li,
            jurisdiction: j,
            field: "version",
        });
    }
    if layer.title.vi.trim().is_empty() {
        errors.push(RuleError::MissingLayerField {
            layer: li,
            jurisdiction: j,
            field: "title.vi",
        });
    }
    if layer.title.en.trim().is_empty() {
        errors.push(RuleError::MissingLayerField {
            layer: li,
            jurisdiction: j,
            field: "title.en",
        });
    }
}

fn check_rule(
    layer: &Layer,
    r: RuleRef<'_>,
    registry: &law::InstrumentRegistry,
    errors: &mut Vec<RuleError>,
) {
    let id = || r.id().as_str().to_string();
    let v = r.validity();
    if super::RuleId::parse(r.id().as_str()).is_err() {
        errors.push(RuleError::BadValue {
            id: id(),
            field: "id",
            problem: "expected 3–96 characters of a–z, 0–9, `_`, `-`, `.`".to_string(),
        });
    }
    if r.jurisdiction() != layer.jurisdiction {
        errors.push(RuleError::JurisdictionMismatch {
            id: id(),
            rule: r.jurisdiction(),
            layer: layer.jurisdiction,
        });
    }
    let j = r.jurisdiction();
    let existence = j.validity();
    let starts_ok = existence.to.is_none_or(|t| v.from <= t);
    let ends_ok = v.from >= existence.from;
    if !starts_ok || !ends_ok {
        errors.push(RuleError::JurisdictionOutsideExistence {
            id: id(),
            jurisdiction: j,
            validity: v,
            existence: existence_text(j),
        });
    }
    if r.citations().is_empty() {
        errors.push(RuleError::MissingCitation { id: id() });
    }
    if r.channels().is_empty() {
        errors.push(RuleError::MissingChannel { id: id() });
    }
    let st = r.statement();
    if st.vi.trim().is_empty() {
        errors.push(RuleError::MissingStatement {
            id: id(),
            field: "statement.vi",
        });
    }
    if st.en.trim().is_empty() {
        errors.push(RuleError::MissingStatement {
            id: id(),
            field: "statement.en",
        });
    }
    let topic = r.topic();
    if topic.is_empty()
        || topic.len() > 64
        || !topic
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        errors.push(RuleError::BadTopic {
            id: id(),
            topic: topic.to_string(),
        });
    }
    for (position, c) in r.citations().iter().enumerate() {
        let n = c.instrument.as_str();
        let declared = layer.instruments.iter().find(|i| i.number.as_str() == n);
        let known = declared.or_else(|| registry.get(n));
        match known {
            None => errors.push(RuleError::DanglingInstrument {
                id: id(),
                position,
                number: n.to_string(),
            }),
            Some(ins) if v.from < ins.in_force.from => errors.push(RuleError::BeforeInstrument {
                id: id(),
                number: n.to_string(),
                from: v.from,
                in_force: ins.in_force,
            }),
            Some(_) => {}
        }
    }
    for role in r.roles() {
        check_role_body(r, role, errors);
    }
    check_value(r, errors);
}

/// The days on which a role's body may start, end or change hands: the ends (and starts) of
/// the bodies and the provincial foreign-affairs agency assignments.
fn body_boundaries() -> &'static [NaiveDate] {
    static DAYS: std::sync::OnceLock<Vec<NaiveDate>> = std::sync::OnceLock::new();
    DAYS.get_or_init(|| {
        let mut v = Vec::new();
        for k in BodyKind::ALL {
            if let Some(e) = k.existence() {
                v.push(e.period.from);
                v.extend(e.period.to.and_then(|t| t.succ_opt()));
            }
        }
        for a in crate::org::fa_agency_assignments() {
            v.push(a.period.from);
            v.extend(a.period.to.and_then(|t| t.succ_opt()));
        }
        v.sort();
        v.dedup();
        v
    })
}

/// A rule that names a body is in force only while the body exists: checked on the rule's
/// first day and on every day in its period (and its jurisdiction's) on which a body ends or
/// a role changes hands. The first day a role's body is gone is reported.
fn check_role_body(r: RuleRef<'_>, role: Role, errors: &mut Vec<RuleError>) {
    let v = r.validity();
    let j = r.jurisdiction();
    let alive = j.validity();
    if let Some(kind) = role.body_on(j, v.from) {
        if let Some(existence) = kind.existence().map(|e| e.period) {
            if v.from < existence.from {
                errors.push(RuleError::BodyOutsideExistence {
                    id: r.id().as_str().to_string(),
                    role: role.code(),
                    existence,
                    validity: v,
                });
                return;
            }
        }
    }
    let days = std::iter::once(v.from).chain(
        body_boundaries()
            .iter()
            .copied()
            .filter(|b| *b > v.from && v.contains(*b) && alive.contains(*b)),
    );
    for day in days {
        if let Err(gone) = role.check_exists(j, day) {
            errors.push(RuleError::BodyEnded {
                id: r.id().as_str().to_string(),
                role: role.code(),
                body: gone.body.kind,
                ended: gone.ended,
                successor: gone.successor.map(|s| s.kind),
                validity: v,
            });
            return;
        }
    }
}

fn check_value(r: RuleRef<'_>, errors: &mut Vec<RuleError>) {
    let id = || r.id().as_str().to_string();
    let bad = |field: &'static str, problem: &str| RuleError::BadValue {
        id: id(),
        field,
        problem: problem.to_string(),
    };
    match r {
        RuleRef::Consultation(c) if c.value.as_ref().is_some_and(|v| v.consultees.is_empty()) => {
            errors.push(bad("value.consultees", "no body to consult"));
        }
        RuleRef::Obligation(o) => {
            if let Some(Obligation { to, due, .. }) = &o.value {
                if to.is_empty() {
                    errors.push(bad("value.to", "no addressee"));
                }
                if let Due::Yearly {
                    by,
                    data,
                    year_offset,
                } = due
                {
                    if !by.is_valid() {
                        errors.push(bad("value.due.by", "not a day of the year"));
                    }
                    if data.is_some_and(|w| !w.from.is_valid() || !w.to.is_valid()) {
                        errors.push(bad("value.due.data", "not a day of the year"));
                    }
                    if !(-1..=1).contains(year_offset) {
                        errors.push(bad("value.due.year_offset", "must be -1, 0 or 1"));
                    }
                }
            }
        }
        RuleRef::Condition(c) => {
            use super::families::Condition as C;
            let zero = matches!(
                c.value,
                Some(C::MaxTripsPerPersonPerYear { max: 0 })
                    | Some(C::MaxDelegationSize { max: 0, .. })
                    | Some(C::MaxCountriesPerTrip { max: 0 })
                    | Some(C::MaxDaysPerCountry { max: 0, .. })
            );
            if zero {
                errors.push(bad(
                    "value.max",
                    "a cap of 0 forbids the activity; state a ban as its own condition",
                ));
            }
        }
        _ => {}
    }
}
