//! JSON Schema (draft 2020-12) of the crate's JSON forms, generated from the types (feature
//! `schema`): the request, the decision, a stored case, an event and a rulebook layer.
//!
//! Lược đồ JSON (bản 2020-12) của các dạng JSON của thư viện — yêu cầu, quyết định, hồ sơ lưu,
//! sự kiện, lớp quy tắc — sinh ra từ chính các kiểu dữ liệu.
//!
//! The committed files under `schema/` are these schemas; `tests/schema.rs` regenerates them and
//! compares (`DOINGOAI_BLESS=1` rewrites them) and validates every sample document against them.
//! `cargo run --features schema --example schema -- --out schema/` writes them too.
//!
//! ```
//! let all = doingoai::schema::all();
//! assert_eq!(all.len(), 5);
//! let (file, request) = &all[0];
//! assert_eq!(*file, "request.schema.json");
//! assert_eq!(request["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(request["$id"], "urn:doingoai:schema:request");
//! // a kind of activity is one of the vocabulary's codes, each with its labels
//! let kind = &request["$defs"]["ActivityKind"]["oneOf"][0];
//! assert_eq!(kind["const"], "outbound_delegation");
//! ```

use schemars::generate::{Contract, SchemaSettings};
use schemars::{JsonSchema, Schema};
use serde_json::{json, Value};

use crate::activity::ProposedActivity;
use crate::history::History;
use crate::rules::Subject;

/// The prefix of every schema's `$id` (a URN: the schemas are not served from anywhere; a
/// validator is given them as files).
pub const ID_PREFIX: &str = "urn:doingoai:schema:";

/// What `cargo run --example evaluate` reads: a [`ProposedActivity`] with, optionally, the
/// `history` of past trips the caps count.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Request {
    #[serde(flatten)]
    activity: ProposedActivity,
    /// Past trips (the caller's register), counted by the per-person caps.
    #[serde(default)]
    history: History,
}

fn generator(contract: Contract) -> schemars::SchemaGenerator {
    let mut settings = SchemaSettings::draft2020_12();
    settings.contract = contract;
    settings.into_generator()
}

/// Sets the `$id`, `title` and `description` of a root schema, and tidies its descriptions.
fn head(schema: Schema, name: &str, title: &str, description: &str) -> Value {
    let mut out = serde_json::Map::new();
    let Value::Object(body) = schema.to_value() else {
        return Value::Null;
    };
    let mut body = body;
    if let Some(s) = body.remove("$schema") {
        out.insert("$schema".into(), s);
    }
    out.insert("$id".into(), json!(format!("{ID_PREFIX}{name}")));
    out.insert("title".into(), json!(title));
    out.insert("description".into(), json!(description));
    body.remove("title");
    body.remove("description");
    out.extend(body);
    let mut v = Value::Object(out);
    tidy(&mut v);
    v
}

/// Drops the code examples of the doc comments from every `description` (they are Rust
/// doctests, not JSON) and the trailing white space they leave.
fn tidy(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                match x {
                    Value::String(s) if k == "description" => *s = without_code(s),
                    _ => tidy(x),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// The text without its fenced code blocks, and with rustdoc links as their text
/// (``[`Case`](crate::workflow::Case)`` and ``[`Case`]`` become `` `Case` ``).
fn without_code(s: &str) -> String {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in s.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code {
            out.push(line);
        }
    }
    unlink(out.join("\n").trim_end())
}

/// Rustdoc links ``[`text`]`` and ``[`text`](target)`` as `` `text` ``.
fn unlink(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("[`") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find("`]") {
            Some(j) if !after[..j + 1].contains(']') => {
                out.push_str(&after[..j + 1]);
                rest = &after[j + 2..];
                // a link target in parentheses follows: drop it
                if let Some(t) = rest.strip_prefix('(') {
                    if let Some(k) = t.find(')') {
                        rest = &t[k + 1..];
                    }
                }
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The schema of a request: the JSON `cargo run --example evaluate` reads (the serde form of
/// [`ProposedActivity`], plus an optional `history`).
pub fn request() -> Value {
    let s = generator(Contract::Deserialize).into_root_schema_for::<Request>();
    let mut v = head(
        s,
        "request",
        "Yêu cầu / Request",
        "Hoạt động đối ngoại đề xuất (ProposedActivity) và, nếu có, lịch sử chuyến đi. \
         A proposed external-affairs activity (the serde form of `ProposedActivity`, the one \
         input of `evaluate`, `workflow::assess` and `Case`) with, optionally, the `history` of \
         past trips. Only `id`, `kind`, `jurisdiction` and `filed_on` are required.",
    );
    // `ProposedActivity` refuses unknown fields; flattening it into the request loses that
    if let Value::Object(m) = &mut v {
        m.insert("additionalProperties".into(), json!(false));
    }
    v
}

/// The schema of a decision: what `cargo run --example evaluate` prints.
pub fn decision() -> Value {
    let s = generator(Contract::Serialize).into_root_schema_for::<crate::request::Evaluation>();
    head(
        s,
        "decision",
        "Quyết định / Decision",
        "Kết quả đánh giá một yêu cầu theo bộ quy tắc. What the rulebook decides on a request \
         (the output of `doingoai evaluate` and `cargo run --example evaluate`: [`Evaluation`](crate::request::Evaluation)): tier and competent authority, \
         consultations, filings and whether they are on time, every finding with its \
         citations, the obligations it creates, and the assessment the workflow would submit.",
    )
}

/// The schema of a stored case: what [`Case::to_json`](crate::workflow::Case::to_json) writes
/// (schema version 2). A version-1 document still loads with
/// [`Case::from_json`](crate::workflow::Case::from_json) (it is upgraded on load) but is not
/// described: it fails this schema at `schema`.
pub fn case() -> Value {
    let mut g = generator(Contract::Deserialize);
    let s = crate::workflow::stored_case_schema(&mut g);
    let mut v = head(
        s,
        "case",
        "Hồ sơ lưu / Stored case",
        "Hồ sơ công việc lưu dạng JSON, phiên bản 2. A case as `Case::to_json` writes it, \
         schema version 2: header, state, approver and log (each event with its transition). \
         Version-1 documents still load with `Case::from_json` (upgraded on load) but are not \
         described here. Loading also replays the log: a document valid against this schema \
         may still be refused (a transition the rules forbid).",
    );
    if let Some(p) = v.pointer_mut("/properties/schema") {
        *p = json!({
            "description": "The schema version of the stored form: 2.",
            "const": crate::workflow::SCHEMA_VERSION,
        });
    }
    v
}

/// The schema of an event: the serde form of [`Event`](crate::workflow::Event), as in a
/// stored case's log and as `case apply` reads it.
pub fn event() -> Value {
    let s = generator(Contract::Deserialize).into_root_schema_for::<crate::workflow::Event>();
    head(
        s,
        "event",
        "Sự kiện / Event",
        "Một sự kiện của quy trình: ai, ngày nào, làm gì. An event of an approval workflow: the \
         actor, the day and the action (with the action's data, e.g. the assessment of a \
         submission).",
    )
}

/// The schema of a rulebook layer: the JSON form of a layer file (the structure `build.rs`
/// produces from a TOML file of `rulebook/`, dates as `YYYY-MM-DD` strings; the format is
/// `docs/rulebook-format.md`).
pub fn layer() -> Value {
    let mut g = generator(Contract::Deserialize);
    let s = crate::rules::layer_file_schema(&mut g);
    let mut v = head(
        s,
        "layer",
        "Lớp quy tắc / Rulebook layer",
        "Một tệp quy tắc (văn bản trung ương hoặc một tỉnh) ở dạng JSON. A rulebook layer file \
         (one national instrument or one province) in its JSON form: the same structure as the \
         TOML files under `rulebook/` (see `docs/rulebook-format.md`), dates as `YYYY-MM-DD` \
         strings. Schema version 1 of the data format.",
    );
    if let Some(p) = v.pointer_mut("/properties/schema") {
        *p = json!({
            "description": "The version of this format: 1.",
            "const": crate::rules::LAYER_FILE_SCHEMA,
        });
    }
    v
}

/// The text of a schema file: pretty-printed JSON with a final newline.
pub fn to_text(schema: &Value) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Every schema with its file name under `schema/`: request, decision, case, event, layer.
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        ("request.schema.json", request()),
        ("decision.schema.json", decision()),
        ("case.schema.json", case()),
        ("event.schema.json", event()),
        ("layer.schema.json", layer()),
    ]
}

// ───────────── the types whose JSON form is not their derived one (custom serde) ─────────────

use crate::label::Label;

impl JsonSchema for crate::data::Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A day, YYYY-MM-DD (a TOML date in the TOML form).",
            "type": "string",
            "format": "date",
        })
    }
}

impl JsonSchema for crate::org::Jurisdiction {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Jurisdiction".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        let one_of: Vec<Value> = crate::org::Jurisdiction::all()
            .map(|j| json!({ "const": j.to_string(), "title": j.name_en(), "description": j.name_vi() }))
            .collect();
        schemars::json_schema!({
            "description": "A jurisdiction: `national`, or a province-level unit as `SET:CODE` — `63:NN` for the 63 units until 30/06/2025, `34:NN` for the 34 from 01/07/2025.",
            "type": "string",
            "oneOf": one_of,
        })
    }
}

impl JsonSchema for Subject {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Subject".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        let one_of: Vec<Value> = Subject::ALL
            .iter()
            .map(|s| json!({ "const": s.code(), "title": s.en(), "description": s.vi() }))
            .collect();
        schemars::json_schema!({
            "description": "What a rule is about: an activity kind's code, or `foreign_press_resident`, `foreign_press_non_resident`, `external_affairs_plan`.",
            "type": "string",
            "oneOf": one_of,
        })
    }
}

impl JsonSchema for crate::law::InstrumentNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "InstrumentNumber".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "The number (số hiệu) of an instrument, such as `06/2020/QĐ-TTg` or `272-QĐ/TW`: starts with a digit, contains `/` or `-`, no surrounding white space, at most 64 characters.",
            "type": "string",
            "minLength": 2,
            "maxLength": 64,
            "pattern": "^[0-9][^/-]*[/-]",
            "not": { "pattern": "\\s$" },
        })
    }
}

impl JsonSchema for crate::rules::RuleId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleId".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A rule id: 3 to 96 characters among lower-case ASCII letters, digits, `_`, `-` and `.` (e.g. `vn.conference.authority.pm_tier`).",
            "type": "string",
            "pattern": "^[a-z0-9_.-]{3,96}$",
        })
    }
}

impl JsonSchema for crate::rules::AttrSet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AttrSet".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> Schema {
        let item = g.subschema_for::<crate::rules::Attribute>();
        schemars::json_schema!({
            "description": "A set of attributes of a matter (written in declaration order, each once; read in any order).",
            "type": "array",
            "items": item,
        })
    }
}

impl JsonSchema for crate::history::Trips {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Trips".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> Schema {
        let item = g.subschema_for::<crate::history::PastTrip>();
        schemars::json_schema!({
            "description": "Past trips, in the order they were recorded.",
            "type": "array",
            "items": item,
        })
    }
}

impl JsonSchema for crate::law::Validity {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Validity".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A period in force: from `from` to `to` inclusive (`to` absent or null: open-ended); `to` is not before `from`.",
            "type": "object",
            "properties": {
                "from": { "type": "string", "format": "date", "description": "First day in force." },
                "to": { "type": ["string", "null"], "format": "date", "description": "Last day in force (inclusive); null while open-ended." },
            },
            "required": ["from"],
            "additionalProperties": false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_lose_code_blocks_and_link_targets() {
        let doc =
            "See [`Case`](crate::workflow::Case) and [`Event`], [a] b.\n```\nlet x = 1;\n```\nEnd.";
        assert_eq!(without_code(doc), "See `Case` and `Event`, [a] b.\nEnd.");
        assert_eq!(unlink("[`x"), "[`x");
        assert_eq!(unlink("[`a`](b"), "`a`(b");
    }

    #[test]
    fn no_description_of_a_schema_keeps_a_doctest_or_a_link_target() {
        for (file, s) in all() {
            let text = s.to_string();
            assert!(!text.contains("```"), "{file}");
            assert!(!text.contains("`](crate::"), "{file}");
        }
    }
}
