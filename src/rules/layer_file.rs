//! The rulebook data format: one [`Layer`] per TOML file, rules in the order of the law.
//!
//! This is the form a province's legal officer reads, checks against the article and fills in;
//! the crate embeds the shipped files (`rulebook/**/*.toml`) and parses them once, and a
//! province loads its own file at run time with [`Layer::from_toml`]. The format is described
//! field by field in `docs/rulebook-format.md`; [`Layer::to_toml`] writes it back, so
//! file → [`Layer`] → JSON → [`Layer`] → file loses nothing.
//!
//! ```
//! use doingoai::rules::{Layer, Rulebook, Subject, Query};
//! use doingoai::activity::ActivityKind;
//! let text = r#"
//! schema = 1
//! [layer]
//! jurisdiction = "34:38"
//! source = "ubnd_regulation"
//! version = "2026.1"
//! title = { vi = "Thanh Hóa: ví dụ", en = "Thanh Hoa: example" }
//!
//! [[rule]]
//! id = "thanh_hoa.outbound_delegation.condition.countries_per_trip"
//! family = "condition"
//! subject = "outbound_delegation"
//! topic = "countries_per_trip"
//! channels = ["state"]
//! from = 2026-01-01
//! cite = ["Điều 4 06/2020/QĐ-TTg"]
//! grade = "guidance"
//! value = { max_countries_per_trip = { max = 2 } }
//! vi = "Ví dụ: không quá 2 nước mỗi chuyến."
//! en = "Example: at most 2 countries per trip."
//! "#;
//! let layer = Layer::from_toml("34-38-thanh-hoa.toml", text)?;
//! assert_eq!(layer.len(), 1);
//! let book = Rulebook::shipped().with_layers(vec![layer.clone()])?;
//! assert!(book.get("thanh_hoa.outbound_delegation.condition.countries_per_trip").is_some());
//! // and back: the written file reads as the same layer
//! assert_eq!(Layer::from_toml("again.toml", &layer.to_toml())?, layer);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::data::{Day, OneOrMany};
use crate::law::{Citation, Evidence, Instrument, InstrumentKind, InstrumentNumber, Validity};
use crate::org::{Channel, Jurisdiction};

use super::families::{
    Authority, Condition, Consultation, Escalation, LeadTime, Obligation, Processing,
};
use super::layer::{Layer, LayerTable};
use super::rule::{Applicability, Rule, RuleId, RuleRef, Statement};
use super::{Family, RuleSource, Subject};

/// The version of the data format this crate reads and writes.
pub const SCHEMA: u32 = 1;

/// A layer file that could not be read: the file, the line (where known), the rule (where
/// known) and what was wrong.
///
/// ```
/// use doingoai::rules::Layer;
/// let text = "schema = 1\n[layer]\njurisdiction = \"34:99\"\nsource = \"procedure\"\nversion = \"1\"\ntitle = { vi = \"x\", en = \"x\" }\n";
/// let e = Layer::from_toml("bad.toml", text).unwrap_err();
/// assert_eq!(e.file, "bad.toml");
/// assert_eq!(e.line, Some(3)); // no province 99 in the 34-unit set
/// assert!(e.to_string().starts_with("bad.toml:3:"), "{e}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct LayerFileError {
    /// The file name given to the reader.
    pub file: String,
    /// The line (1-based), where known.
    pub line: Option<usize>,
    /// The rule's id, where the problem is in a rule.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LayerFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        f.write_str(": ")?;
        if let Some(r) = &self.rule {
            write!(f, "rule `{r}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Where each rule of a file was read: id → line.
pub(crate) type Lines = Vec<(String, usize)>;

// ───────────────────────────── reading ─────────────────────────────

/// `[layer]`: the jurisdiction, source, version and title of the file.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    /// `national`, or a province-level unit (`34:48`, `63:79`).
    jurisdiction: Jurisdiction,
    /// The kind of source: `national`, `party_regulation`, `ubnd_regulation`, `procedure`.
    source: RuleSource,
    /// The layer's own version (a date is fine).
    version: String,
    /// The title, in Vietnamese and English.
    title: Statement,
}

/// `[[instrument]]`: an instrument the rules cite that the instrument registry does not list.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentRow {
    /// The number (số hiệu) as printed; unnumbered: `<year>-sn/<issuer>`.
    number: InstrumentNumber,
    /// The kind of instrument.
    kind: InstrumentKind,
    /// The issuing body, as printed.
    issuer: String,
    /// The day it was signed.
    #[serde(default)]
    signed: Option<Day>,
    /// First day in force.
    from: Day,
    /// Last day in force.
    #[serde(default)]
    until: Option<Day>,
    /// The instruments it replaces.
    #[serde(default)]
    replaces: Vec<InstrumentNumber>,
    /// The title, in Vietnamese and English.
    title: Statement,
    /// How it was read (the evidence grade).
    grade: Evidence,
    /// Where it was read, or why it is not read.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// `[defaults]`: values every rule of the file takes unless it sets its own.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Defaults {
    /// The subject of every rule that states none.
    #[serde(default)]
    subject: Option<Subject>,
    /// The channels of every rule that states none.
    #[serde(default)]
    channels: Option<Vec<Channel>>,
    /// The first day in force of every rule that states none.
    #[serde(default)]
    from: Option<Day>,
    /// The last day in force of every rule that states none.
    #[serde(default)]
    until: Option<Day>,
    /// The grade of every rule that states none.
    #[serde(default)]
    grade: Option<Evidence>,
    /// The note of every rule that states none (a rule's `note = ""` says "no note").
    #[serde(default)]
    note: Option<String>,
}

/// A rule's `when`: a tier of `[tiers]` by name, or an applicability set.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum When {
    /// The name of a tier of `[tiers]`.
    Tier(String),
    /// An applicability set.
    Set(Applicability),
}

/// `[[rule]]`: one rule, with its citations and grade; without `value` it is an explicit gap.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleRow {
    /// Stable id: `<vn|province slug>.<subject>.<family>.<topic>[.<variant>]`.
    #[cfg_attr(feature = "schema", schemars(with = "RuleId"))]
    id: String,
    /// The family, which says what `value` is.
    family: Family,
    /// With subject and family: the key a province overrides.
    topic: String,
    /// What the rule is about; optional when in `defaults`.
    #[serde(default)]
    subject: Option<Subject>,
    /// The channels it applies to; optional when in `defaults`.
    #[serde(default)]
    channels: Option<Vec<Channel>>,
    /// When it applies: the name of a tier of `tiers`, or a set `{ any, all, none }` of attributes; always when absent.
    #[serde(default)]
    when: Option<When>,
    /// First day in force; optional when in `defaults`.
    #[serde(default)]
    from: Option<Day>,
    /// Last day in force.
    #[serde(default)]
    until: Option<Day>,
    /// The citations, as the law writes them (`điểm a khoản 1 Điều 4 06/2020/QĐ-TTg`; `Art. 4(1)(a) 06/2020/QĐ-TTg` is accepted too); every instrument must be in the registry or in `instrument`.
    cite: OneOrMany,
    /// How the cited text was read; optional when in `defaults`.
    #[serde(default)]
    grade: Option<Evidence>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "family_value_schema"))]
    value: Option<toml::Value>,
    /// The rule in one Vietnamese sentence.
    vi: String,
    /// The rule in one English sentence.
    en: String,
    /// The source URL, or a remark.
    #[serde(default)]
    note: Option<String>,
}

/// A whole file. `R` and `A` are the rule and FA-agency rows, with their spans when read
/// from TOML (`toml::Spanned<_>`) or plain when read from the JSON form `build.rs` embeds.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(deserialize = "R: Deserialize<'de>, A: Deserialize<'de>"))]
struct FileDoc<R, A> {
    /// The version of this format: 1.
    schema: u32,
    /// What the file is.
    layer: Header,
    /// Instruments the rules cite that the crate's registry does not list.
    #[serde(default)]
    instrument: Vec<InstrumentRow>,
    /// The provincial foreign-affairs agency on each date, where a text says so.
    #[serde(default = "Vec::new")]
    #[cfg_attr(feature = "schema", schemars(default))]
    fa_agency: Vec<A>,
    /// Values every rule takes unless it sets its own.
    #[serde(default)]
    defaults: Defaults,
    /// Named applicability sets a rule's `when` may name.
    #[serde(default)]
    tiers: BTreeMap<String, Applicability>,
    /// The rules, in the order of the articles.
    #[serde(default = "Vec::new")]
    #[cfg_attr(feature = "schema", schemars(default))]
    rule: Vec<R>,
}

/// Line numbers of byte offsets in one text (one scan, then binary search).
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        LineIndex(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }
    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

fn value_of<V: DeserializeOwned>(v: Option<toml::Value>) -> Result<Option<V>, String> {
    v.map(|v| V::deserialize(v).map_err(|e| e.to_string()))
        .transpose()
}

/// Reads one layer file; also returns the line of each rule.
pub(crate) fn read(file: &str, text: &str) -> Result<(Layer, Lines), LayerFileError> {
    type Doc = FileDoc<toml::Spanned<RuleRow>, toml::Spanned<crate::org::FaAgencyRow>>;
    let lines = LineIndex::new(text);
    let doc: Doc = toml::from_str(text).map_err(|e| LayerFileError {
        file: file.to_string(),
        line: e.span().map(|s| lines.line(s.start)),
        rule: None,
        message: e.message().trim_end().to_string(),
    })?;
    let agencies = doc
        .fa_agency
        .into_iter()
        .map(|a| (Some(lines.line(a.span().start)), a.into_inner()))
        .collect();
    let rules = doc
        .rule
        .into_iter()
        .map(|r| (Some(lines.line(r.span().start)), r.into_inner()))
        .collect();
    let parts = Parts {
        schema: doc.schema,
        layer: doc.layer,
        instrument: doc.instrument,
        defaults: doc.defaults,
        tiers: doc.tiers,
    };
    assemble(file, parts, agencies, rules)
}

/// Reads one layer from the JSON form of its file that `build.rs` embeds (the shipped files:
/// parsing JSON is several times faster than TOML). Rules have no line: on any error the
/// caller reads the TOML text again for a located message.
pub(crate) fn read_json(file: &str, json: &str) -> Result<(Layer, Lines), LayerFileError> {
    let doc: FileDoc<RuleRow, crate::org::FaAgencyRow> =
        serde_json::from_str(json).map_err(|e| LayerFileError {
            file: file.to_string(),
            line: None,
            rule: None,
            message: e.to_string(),
        })?;
    let parts = Parts {
        schema: doc.schema,
        layer: doc.layer,
        instrument: doc.instrument,
        defaults: doc.defaults,
        tiers: doc.tiers,
    };
    let agencies = doc.fa_agency.into_iter().map(|a| (None, a)).collect();
    let rules = doc.rule.into_iter().map(|r| (None, r)).collect();
    assemble(file, parts, agencies, rules)
}

/// The parts of a file other than its rows.
struct Parts {
    schema: u32,
    layer: Header,
    instrument: Vec<InstrumentRow>,
    defaults: Defaults,
    tiers: BTreeMap<String, Applicability>,
}

/// The JSON Schema of a layer file's JSON form (see `crate::schema::layer`).
#[cfg(feature = "schema")]
pub(crate) fn layer_file_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let mut root = g.root_schema_for::<FileDoc<RuleRow, crate::org::FaAgencyRow>>();
    // a rule's `value` is the value of its family: one `if family … then value …` per family
    let row = g.subschema_for::<RuleRow>();
    let name = row
        .get("$ref")
        .and_then(serde_json::Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
        .map(str::to_string);
    let by_family: Vec<serde_json::Value> = family_values(g)
        .into_iter()
        .map(|(family, value)| {
            serde_json::json!({
                "if": { "properties": { "family": { "const": family } }, "required": ["family"] },
                "then": { "properties": { "value": value } },
            })
        })
        .collect();
    if let Some(def) = name.and_then(|n| {
        root.get_mut("$defs")
            .and_then(|d| d.get_mut(n.as_str()))
            .and_then(serde_json::Value::as_object_mut)
    }) {
        def.insert("allOf".into(), serde_json::Value::Array(by_family));
    }
    root
}

/// The schema of each family's `value`, by family code.
#[cfg(feature = "schema")]
fn family_values(g: &mut schemars::SchemaGenerator) -> Vec<(&'static str, schemars::Schema)> {
    vec![
        (Family::Authority.code(), g.subschema_for::<Authority>()),
        (Family::Escalation.code(), g.subschema_for::<Escalation>()),
        (Family::LeadTime.code(), g.subschema_for::<LeadTime>()),
        (
            Family::Consultation.code(),
            g.subschema_for::<Consultation>(),
        ),
        (Family::Processing.code(), g.subschema_for::<Processing>()),
        (Family::Condition.code(), g.subschema_for::<Condition>()),
        (Family::Obligation.code(), g.subschema_for::<Obligation>()),
    ]
}

/// The schema of a rule's `value`: the value of one of the families (which one is said by the
/// rule's `family`); absent for a gap.
#[cfg(feature = "schema")]
fn family_value_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let any: Vec<schemars::Schema> = family_values(g).into_iter().map(|(_, s)| s).collect();
    schemars::json_schema!({
        "description": "The rule's figure: the value of its family (see `family`); absent for a gap (a rule whose figure no public text gives).",
        "anyOf": any,
    })
}

/// Builds the layer from a file's parts and rows (each with its line, where known).
fn assemble(
    file: &str,
    doc: Parts,
    agencies: Vec<(Option<usize>, crate::org::FaAgencyRow)>,
    rules: Vec<(Option<usize>, RuleRow)>,
) -> Result<(Layer, Lines), LayerFileError> {
    let err = |line: Option<usize>, rule: Option<&str>, message: String| LayerFileError {
        file: file.to_string(),
        line,
        rule: rule.map(str::to_string),
        message,
    };
    if doc.schema != SCHEMA {
        return Err(err(
            Some(1),
            None,
            format!(
                "`schema = {}`: this crate reads schema {SCHEMA}",
                doc.schema
            ),
        ));
    }
    let mut layer = Layer::new(
        doc.layer.jurisdiction,
        doc.layer.source,
        &doc.layer.version,
        &doc.layer.title.vi,
        &doc.layer.title.en,
    );
    for i in doc.instrument {
        layer.instruments.push(Instrument {
            number: i.number,
            kind: i.kind,
            issuer: i.issuer.into(),
            signed: i.signed.map(|d| d.0),
            in_force: Validity {
                from: i.from.0,
                to: i.until.map(|d| d.0),
            },
            replaces: i.replaces,
            title_vi: i.title.vi.into(),
            title_en: i.title.en.into(),
            evidence: i.grade,
        });
    }
    for (line, a) in &agencies {
        let line = *line;
        for c in a.cite.iter() {
            let c = c
                .parse::<Citation>()
                .map_err(|e| err(line, None, format!("`fa_agency.cite`: {e}")))?;
            let n = c.instrument.as_str();
            if !crate::law::registry().contains(n)
                && !layer.instruments.iter().any(|i| i.number.as_str() == n)
            {
                return Err(err(
                    line,
                    None,
                    format!("`fa_agency.cite`: `{n}` is not in the instrument registry nor declared in this file's [[instrument]]"),
                ));
            }
        }
    }
    let mut lines = Vec::with_capacity(rules.len());
    let d = &doc.defaults;
    for (line, row) in rules {
        let id = row.id.clone();
        let e = |m: String| err(line, Some(&id), m);
        let rule_id = RuleId::parse(&row.id).map_err(|x| e(x.to_string()))?;
        let subject = row
            .subject
            .or(d.subject)
            .ok_or_else(|| e("no `subject` (and none in [defaults])".into()))?;
        let channels = row
            .channels
            .or_else(|| d.channels.clone())
            .ok_or_else(|| e("no `channels` (and none in [defaults])".into()))?;
        let from = row
            .from
            .or(d.from)
            .ok_or_else(|| e("no `from` (and none in [defaults])".into()))?
            .0;
        let until = row.until.or(d.until).map(|x| x.0);
        let validity = match until {
            Some(to) => Validity::between(from, to).map_err(|x| e(format!("`until`: {x}")))?,
            None => Validity::from(from),
        };
        let when = match row.when {
            None => Applicability::ALWAYS,
            Some(When::Set(a)) => a,
            Some(When::Tier(name)) => *doc.tiers.get(&name).ok_or_else(|| {
                e(format!(
                    "`when = \"{name}\"` names no tier of [tiers] (known: {})",
                    doc.tiers.keys().cloned().collect::<Vec<_>>().join(", ")
                ))
            })?,
        };
        let citations = row
            .cite
            .iter()
            .map(|c| c.parse::<Citation>().map_err(|x| e(format!("`cite`: {x}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let evidence = row
            .grade
            .or(d.grade)
            .ok_or_else(|| e("no `grade` (and none in [defaults])".into()))?;
        // `note = ""` on a rule says "no note" where [defaults] gives one.
        let note = row
            .note
            .or_else(|| d.note.clone())
            .filter(|n| !n.is_empty());
        let common = Common {
            id: rule_id,
            jurisdiction: layer.jurisdiction,
            subject,
            topic: row.topic,
            channels,
            when,
            validity,
            citations,
            evidence,
            statement: Statement {
                vi: row.vi,
                en: row.en,
            },
            note,
        };
        let v = row.value;
        let bad = |m: String| e(format!("`value` is not a {} value: {m}", row.family.code()));
        match row.family {
            Family::Authority => push::<Authority>(&mut layer, common, v).map_err(bad)?,
            Family::Escalation => push::<Escalation>(&mut layer, common, v).map_err(bad)?,
            Family::LeadTime => push::<LeadTime>(&mut layer, common, v).map_err(bad)?,
            Family::Consultation => push::<Consultation>(&mut layer, common, v).map_err(bad)?,
            Family::Processing => push::<Processing>(&mut layer, common, v).map_err(bad)?,
            Family::Condition => push::<Condition>(&mut layer, common, v).map_err(bad)?,
            Family::Obligation => push::<Obligation>(&mut layer, common, v).map_err(bad)?,
        }
        lines.push((id, line.unwrap_or(0)));
    }
    Ok((layer, lines))
}

struct Common {
    id: RuleId,
    jurisdiction: Jurisdiction,
    subject: Subject,
    topic: String,
    channels: Vec<Channel>,
    when: Applicability,
    validity: Validity,
    citations: Vec<Citation>,
    evidence: Evidence,
    statement: Statement,
    note: Option<String>,
}

fn push<V: LayerTable + DeserializeOwned>(
    layer: &mut Layer,
    c: Common,
    value: Option<toml::Value>,
) -> Result<(), String> {
    let value = value_of::<V>(value)?;
    V::table(layer).push(Rule {
        id: c.id,
        jurisdiction: c.jurisdiction,
        activity: c.subject,
        topic: c.topic,
        channels: c.channels,
        when: c.when,
        validity: c.validity,
        // kept for good while the shipped rulebook is read (`law::forever`), else shared
        citations: crate::law::forever::list(c.citations),
        evidence: c.evidence,
        statement: c.statement,
        value,
        note: c.note,
    });
    Ok(())
}

// ───────────────────────────── writing ─────────────────────────────

/// How a file is written: every field on every rule, or common values factored into
/// `[defaults]` and repeated applicability sets into named `[tiers]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Every field on every rule (a template to fill).
    Explicit,
    /// `[defaults]` and `[tiers]` factored out (the shipped files).
    Factored,
}

/// TOML basic string.
fn q(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn key(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        k.to_string()
    } else {
        q(k)
    }
}

/// A TOML value on one line (inline tables and arrays).
fn inline(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => q(s),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Array(a) => {
            let items: Vec<String> = a.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        toml::Value::Table(t) => {
            if t.is_empty() {
                return "{}".into();
            }
            let items: Vec<String> = t
                .iter()
                .map(|(k, v)| format!("{} = {}", key(k), inline(v)))
                .collect();
            format!("{{ {} }}", items.join(", "))
        }
    }
}

fn toml_of<T: serde::Serialize + ?Sized>(v: &T) -> String {
    match toml::Value::try_from(v) {
        Ok(v) => inline(&v),
        // Every value of the crate's vocabularies serialises; keep the JSON form otherwise
        // so nothing is silently dropped.
        Err(_) => q(&serde_json::to_string(v).unwrap_or_default()),
    }
}

fn list<T: serde::Serialize>(items: impl IntoIterator<Item = T>) -> String {
    toml_of(&items.into_iter().collect::<Vec<T>>())
}

fn applicability(a: &Applicability) -> String {
    let mut parts = Vec::new();
    for (name, set) in [("any", a.any), ("all", a.all), ("none", a.none)] {
        if !set.is_empty() {
            parts.push(format!("{name} = {}", list(set.iter())));
        }
    }
    format!("{{ {} }}", parts.join(", "))
}

/// The order of the law: by the first citation's instrument, article, clause, point and part.
pub(crate) fn law_order(a: &RuleRef<'_>) -> impl Ord {
    let c = a.citations().first();
    (
        c.map(|c| c.instrument.as_str().to_string()),
        c.and_then(|c| c.article).unwrap_or(0),
        c.and_then(|c| c.clause).unwrap_or(0),
        c.and_then(|c| c.point).unwrap_or(' '),
        c.and_then(|c| c.part.as_ref().map(|p| p.to_string())),
    )
}

fn most_common<T: PartialEq + Clone>(items: impl Iterator<Item = T>) -> Option<(T, usize)> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for x in items {
        match counts.iter_mut().find(|(y, _)| *y == x) {
            Some((_, n)) => *n += 1,
            None => counts.push((x, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n)
}

/// Writes a layer as a file.
pub(crate) fn write(layer: &Layer, style: Style, header_comment: &str) -> String {
    let mut rules: Vec<RuleRef<'_>> = layer.rules().collect();
    rules.sort_by_key(law_order);
    let mut o = String::new();
    for l in header_comment.lines() {
        let _ = writeln!(o, "{}", format!("# {l}").trim_end());
    }
    let _ = writeln!(o, "schema = {SCHEMA}\n\n[layer]");
    let _ = writeln!(o, "jurisdiction = {}", q(&layer.jurisdiction.to_string()));
    let _ = writeln!(o, "source = {}", q(layer.source.code()));
    let _ = writeln!(o, "version = {}", q(&layer.version));
    let _ = writeln!(
        o,
        "title = {{ vi = {}, en = {} }}",
        q(&layer.title.vi),
        q(&layer.title.en)
    );
    for i in &layer.instruments {
        let _ = writeln!(o, "\n[[instrument]]");
        let _ = writeln!(o, "number = {}", q(i.number.as_str()));
        let _ = writeln!(o, "kind = {}", q(i.kind.code()));
        let _ = writeln!(o, "issuer = {}", q(&i.issuer));
        if let Some(s) = i.signed {
            let _ = writeln!(o, "signed = {s}");
        }
        let _ = writeln!(o, "from = {}", i.in_force.from);
        if let Some(t) = i.in_force.to {
            let _ = writeln!(o, "until = {t}");
        }
        if !i.replaces.is_empty() {
            let v: Vec<String> = i.replaces.iter().map(|r| q(r.as_str())).collect();
            let _ = writeln!(o, "replaces = [{}]", v.join(", "));
        }
        let _ = writeln!(
            o,
            "title = {{ vi = {}, en = {} }}",
            q(&i.title_vi),
            q(&i.title_en)
        );
        let _ = writeln!(o, "grade = {}", q(i.evidence.code()));
    }

    // Defaults and tiers.
    let factored = style == Style::Factored && rules.len() > 1;
    let half = |n: usize| factored && n >= 2 && n * 2 >= rules.len();
    let d_subject = most_common(rules.iter().map(|r| r.activity())).filter(|x| half(x.1));
    let d_channels = most_common(rules.iter().map(|r| r.channels().to_vec())).filter(|x| half(x.1));
    let d_from = most_common(rules.iter().map(|r| r.validity().from)).filter(|x| half(x.1));
    let d_grade = most_common(rules.iter().map(|r| r.evidence())).filter(|x| half(x.1));
    let d_note = most_common(rules.iter().map(|r| r.note().map(str::to_string)))
        .filter(|x| half(x.1) && x.0.is_some());
    if d_subject.is_some()
        || d_channels.is_some()
        || d_from.is_some()
        || d_grade.is_some()
        || d_note.is_some()
    {
        let _ = writeln!(
            o,
            "\n# Values every rule below takes unless it sets its own.\n[defaults]"
        );
        if let Some((s, _)) = d_subject {
            let _ = writeln!(o, "subject = {}", q(s.code()));
        }
        if let Some((c, _)) = &d_channels {
            let _ = writeln!(o, "channels = {}", list(c.iter().copied()));
        }
        if let Some((f, _)) = d_from {
            let _ = writeln!(o, "from = {f}");
        }
        if let Some((g, _)) = d_grade {
            let _ = writeln!(o, "grade = {}", q(g.code()));
        }
        if let Some((Some(n), _)) = &d_note {
            let _ = writeln!(o, "note = {}", q(n));
        }
    }
    // Tiers: applicability sets used by two rules or more, named by their commonest topic.
    let mut tiers: Vec<(String, Applicability)> = Vec::new();
    if factored {
        let mut sets: Vec<Applicability> = Vec::new();
        for r in &rules {
            let w = r.when();
            if !w.is_always() && !sets.contains(&w) {
                sets.push(w);
            }
        }
        for w in sets {
            let users: Vec<&RuleRef<'_>> = rules.iter().filter(|r| r.when() == w).collect();
            if users.len() < 2 {
                continue;
            }
            let topic = most_common(users.iter().map(|r| r.topic().to_string()))
                .map(|x| x.0)
                .unwrap_or_else(|| "tier".into());
            let mut name = topic.clone();
            let mut n = 2;
            while tiers.iter().any(|(t, _)| *t == name) {
                name = format!("{topic}_{n}");
                n += 1;
            }
            tiers.push((name, w));
        }
    }
    if !tiers.is_empty() {
        let _ = writeln!(
            o,
            "\n# Named applicability sets: a rule's `when` names one.\n[tiers]"
        );
        for (name, w) in &tiers {
            let _ = writeln!(o, "{} = {}", key(name), applicability(w));
        }
    }

    let mut last_provision: Option<(Option<u16>, Option<u16>)> = None;
    for r in &rules {
        let c = r.citations().first();
        let provision = (c.and_then(|c| c.article), c.and_then(|c| c.clause));
        if last_provision != Some(provision) {
            if let Some(c) = c {
                let mut head = c.clone();
                head.point = None;
                let _ = writeln!(o, "\n# ── {} ──", head.vi());
            }
            last_provision = Some(provision);
        }
        let f = Factors {
            subject: d_subject.map(|x| x.0),
            channels: d_channels.as_ref().map(|x| x.0.as_slice()),
            from: d_from.map(|x| x.0),
            grade: d_grade.map(|x| x.0),
            note: d_note.as_ref().and_then(|x| x.0.as_deref()),
            tiers: &tiers,
        };
        write_rule(&mut o, r, &f);
    }
    o
}

/// What a factored file states once for all its rules (`[defaults]`, `[tiers]`); a rule
/// written with empty factors spells out every field.
#[derive(Default)]
struct Factors<'a> {
    subject: Option<Subject>,
    channels: Option<&'a [Channel]>,
    from: Option<chrono::NaiveDate>,
    grade: Option<Evidence>,
    note: Option<&'a str>,
    tiers: &'a [(String, Applicability)],
}

/// One `[[rule]]` table, every field spelled out (the form of a template block).
pub(crate) fn rule_block(r: &RuleRef<'_>) -> String {
    let mut o = String::new();
    write_rule(&mut o, r, &Factors::default());
    o
}

fn write_rule(o: &mut String, r: &RuleRef<'_>, f: &Factors<'_>) {
    let _ = writeln!(o, "[[rule]]");
    let _ = writeln!(o, "id = {}", q(r.id().as_str()));
    let _ = writeln!(o, "family = {}", q(r.family().code()));
    let _ = writeln!(o, "topic = {}", q(r.topic()));
    if f.subject != Some(r.activity()) {
        let _ = writeln!(o, "subject = {}", q(r.activity().code()));
    }
    if f.channels != Some(r.channels()) {
        let _ = writeln!(o, "channels = {}", list(r.channels().iter().copied()));
    }
    let w = r.when();
    if !w.is_always() {
        match f.tiers.iter().find(|(_, t)| *t == w) {
            Some((name, _)) => {
                let _ = writeln!(o, "when = {}", q(name));
            }
            None => {
                let _ = writeln!(o, "when = {}", applicability(&w));
            }
        }
    }
    let v = r.validity();
    if f.from != Some(v.from) {
        let _ = writeln!(o, "from = {}", v.from);
    }
    if let Some(t) = v.to {
        let _ = writeln!(o, "until = {t}");
    }
    let cites: Vec<String> = r.citations().iter().map(|c| q(&c.vi())).collect();
    let _ = writeln!(o, "cite = [{}]", cites.join(", "));
    if f.grade != Some(r.evidence()) {
        let _ = writeln!(o, "grade = {}", q(r.evidence().code()));
    }
    match value_toml(r) {
        Some(v) => {
            let _ = writeln!(o, "value = {v}");
        }
        None => {
            let _ = writeln!(
                o,
                "# no value: UNSOURCED — the figure is not in the sources read"
            );
        }
    }
    let _ = writeln!(o, "vi = {}", q(&r.statement().vi));
    let _ = writeln!(o, "en = {}", q(&r.statement().en));
    match (r.note(), f.note) {
        (Some(n), Some(dn)) if n == dn => {}
        (Some(n), _) => {
            let _ = writeln!(o, "note = {}", q(n));
        }
        (None, Some(_)) => {
            // The default note would apply: say explicitly that this rule has none.
            let _ = writeln!(o, "note = \"\"");
        }
        (None, None) => {}
    }
}

fn value_toml(r: &RuleRef<'_>) -> Option<String> {
    match r {
        RuleRef::Authority(x) => x.value.as_ref().map(toml_of),
        RuleRef::Escalation(x) => x.value.as_ref().map(toml_of),
        RuleRef::LeadTime(x) => x.value.as_ref().map(toml_of),
        RuleRef::Consultation(x) => x.value.as_ref().map(toml_of),
        RuleRef::Processing(x) => x.value.as_ref().map(toml_of),
        RuleRef::Condition(x) => x.value.as_ref().map(toml_of),
        RuleRef::Obligation(x) => x.value.as_ref().map(toml_of),
    }
}

impl Layer {
    /// Reads a layer from its TOML data file (the format of `docs/rulebook-format.md`);
    /// `file` names the file in errors. The layer is not yet validated against a rulebook:
    /// pass it to [`Rulebook::with_layers`](super::Rulebook::with_layers).
    ///
    /// ```
    /// use doingoai::rules::Layer;
    /// let e = Layer::from_toml("34-48-da-nang.toml", "schema = 1\n[layer]\njurisdiction = \"34:48\"\nsource = \"ubnd_regulation\"\nversion = \"1\"\ntitle = { vi = \"a\", en = \"b\" }\n[[rule]]\nid = \"da_nang.x.condition.y\"\n").unwrap_err();
    /// assert_eq!(e.line, Some(7));
    /// ```
    pub fn from_toml(file: &str, text: &str) -> Result<Layer, LayerFileError> {
        read(file, text).map(|(l, _)| l)
    }

    /// Writes the layer as a TOML data file, rules in the order of the articles, every field
    /// spelled out. [`Layer::from_toml`] reads it back to the same rules, each family's rules
    /// in the order of the articles (a hand-written file may group them otherwise); written
    /// once more, it gives the same layer exactly.
    pub fn to_toml(&self) -> String {
        write(self, Style::Explicit, "")
    }

    /// Writes the layer as a TOML data file with common values factored into `[defaults]`
    /// and repeated applicability sets into named `[tiers]`, after a header comment.
    pub fn to_toml_factored(&self, header_comment: &str) -> String {
        write(self, Style::Factored, header_comment)
    }
}
