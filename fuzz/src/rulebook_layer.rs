//! Target (c): a rulebook layer file (TOML) → `rules::Layer::from_toml`, then
//! `Rulebook::shipped().with_layer_files` and a request evaluated under the result. Never
//! panics; a layer that loads is written by `to_toml` (and `to_toml_factored`) to a text that
//! loads back to the same layer.
//!
//! The input is either a text (the seeds are files of `rulebook/`), or, when it does not start
//! with an ASCII byte, an edit script applied to one of the shipped layers as `to_toml` writes
//! it: delete, duplicate or swap lines, replace a value with one of a list of edge cases
//! (zero, huge, negative, empty, dates at and outside the calendar's range, other
//! jurisdictions and subjects), or insert a line. Most edited files still parse, so the
//! validation of the rulebook and the evaluation are reached.

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, ProposedActivity};
use doingoai::history::History;
use doingoai::rules::{evaluate, Layer, Rulebook};
use serde_json::json;

use crate::{calendar, pick};

/// What one run did (for the harness test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ran {
    /// The text was an edited shipped layer.
    pub edited: bool,
    /// `Layer::from_toml` read it.
    pub parsed: bool,
    /// The rulebook with the layer validated.
    pub validated: bool,
}

/// Runs the target on one input.
pub fn run(data: &[u8]) -> Ran {
    match data.first() {
        Some(b) if !b.is_ascii() => {
            let mut u = Unstructured::new(&data[1..]);
            match edited(&mut u) {
                Ok(text) => Ran {
                    edited: true,
                    ..check(&text)
                },
                Err(_) => Ran::default(),
            }
        }
        _ => match std::str::from_utf8(data) {
            Ok(text) => check(text),
            Err(_) => Ran::default(),
        },
    }
}

/// The shipped layers as `to_toml` writes them.
pub fn shipped_texts() -> &'static [String] {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(|| {
        Rulebook::shipped()
            .layers()
            .iter()
            .map(Layer::to_toml)
            .collect()
    })
}

/// Replacement values by the kind of value they replace.
const DATES: &[&str] = &[
    "2000-01-01",
    "1999-12-31",
    "2100-12-31",
    "2101-01-01",
    "2025-07-01",
    "2025-06-30",
    "2026-01-01",
    "9999-12-31",
];
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "4294967295",
    "4294967296",
    "18446744073709551616",
];
const STRINGS: &[&str] = &[
    "\"\"",
    "\"x\"",
    "\"national\"",
    "\"34:48\"",
    "\"63:49\"",
    "\"99:99\"",
    "\"outbound_delegation\"",
    "\"international_conference\"",
    "\"state\"",
    "\"primary\"",
    "\"guidance\"",
    "\"unsourced\"",
    "\"condition\"",
    "\"authority\"",
];
const ARRAYS: &[&str] = &[
    "[]",
    "[\"party\", \"state\", \"people\"]",
    "[\"06/2020/QĐ-TTg\"]",
    "[\"Điều 0 06/2020/QĐ-TTg\"]",
    "[\"khoản 2 Điều 19 70/2020/QH14\", \"38-CT/TW\"]",
    "[\"\"]",
];
const TABLES: &[&str] = &[
    "{}",
    "{ working_days = 0 }",
    "{ calendar_days = 4294967295 }",
    "{ max_delegation_size = { head = \"any\", max = 0 } }",
    "{ max_trips_per_person_per_year = { max = 0 } }",
    "{ max_leader_trips_per_year = { max = 4294967295 } }",
    "{ max_days_per_country = { max = 0, major_event_max = 4294967295 } }",
    "{ any_of = [] }",
    "{ vi = \"\", en = \"\" }",
];

const LINES: &[&str] = &[
    "[[rule]]",
    "[defaults]",
    "[tiers]",
    "from = 2030-01-01",
    "until = 2020-01-01",
    "when = { any_of = [] }",
    "channels = []",
    "note = \"\"",
];

/// A value of the same kind as `old` (now and then of any kind).
fn value(u: &mut Unstructured<'_>, old: &str) -> Result<&'static str> {
    let all: [&[&str]; 5] = [DATES, NUMBERS, STRINGS, ARRAYS, TABLES];
    let b = old.as_bytes();
    let list = if u.ratio(1u8, 8)? {
        *pick(u, &all)?
    } else if b.len() >= 10 && b[0].is_ascii_digit() && b[4] == b'-' {
        DATES
    } else if b.first().is_some_and(|c| c.is_ascii_digit() || *c == b'-') {
        NUMBERS
    } else if old.starts_with('"') {
        STRINGS
    } else if old.starts_with('[') {
        ARRAYS
    } else {
        TABLES
    };
    pick(u, list).copied()
}

/// Edits one of the shipped layers that has rules: mostly replaced values, now and then
/// deleted, duplicated, swapped or inserted lines.
fn edited(u: &mut Unstructured<'_>) -> Result<String> {
    let texts = shipped_texts();
    let with_rules: Vec<&String> = texts.iter().filter(|t| t.contains("[[rule]]")).collect();
    let base = pick(u, &with_rules)?;
    let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
    let edits = if u.ratio(2u8, 3)? {
        1
    } else {
        u.int_in_range(2u8..=5)?
    };
    for _ in 0..edits {
        if lines.is_empty() {
            break;
        }
        let i = u.int_in_range(0..=lines.len() - 1)?;
        match u.int_in_range(0u8..=9)? {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = u.int_in_range(0..=lines.len() - 1)?;
                lines.swap(i, j);
            }
            3 => lines.insert(i, pick(u, LINES)?.to_string()),
            _ => {
                // a line with a value: this one or the next one that has one
                let Some(k) = (i..lines.len()).find(|&k| lines[k].contains(" = ")) else {
                    continue;
                };
                let eq = lines[k].find(" = ").unwrap_or(0);
                let (key, old) = (lines[k][..eq].to_string(), lines[k][eq + 3..].to_string());
                lines[k] = format!("{key} = {}", value(u, &old)?);
            }
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(text)
}

/// The layer with each family's rules in a canonical order.
fn normal(l: &Layer) -> Layer {
    fn sort<T: std::fmt::Debug>(v: &mut [T]) {
        v.sort_by_cached_key(|r| format!("{r:?}"));
    }
    let mut l = l.clone();
    sort(&mut l.instruments);
    sort(&mut l.authority);
    sort(&mut l.escalation);
    sort(&mut l.lead_time);
    sort(&mut l.consultation);
    sort(&mut l.processing);
    sort(&mut l.conditions);
    sort(&mut l.obligations);
    l
}

/// Reads, round-trips, validates and evaluates.
pub fn check(text: &str) -> Ran {
    let mut ran = Ran::default();
    let Ok(layer) = Layer::from_toml("fuzz.toml", text) else {
        return ran;
    };
    ran.parsed = true;
    let out = layer.to_toml();
    let back = Layer::from_toml("fuzz.toml", &out)
        .unwrap_or_else(|e| panic!("to_toml wrote a file that does not load: {e}\n{out}"));
    // `to_toml` writes the rules in the order of the articles, so the layer read back has the
    // same rules, possibly in another order (see README.md, "Found")
    assert_eq!(
        normal(&back),
        normal(&layer),
        "to_toml does not round-trip:\n{out}"
    );
    assert_eq!(back.to_toml(), out, "to_toml is not a fixed point");
    let factored = layer.to_toml_factored("# fuzz");
    let back = Layer::from_toml("fuzz.toml", &factored).unwrap_or_else(|e| {
        panic!("to_toml_factored wrote a file that does not load: {e}\n{factored}")
    });
    assert_eq!(
        normal(&back),
        normal(&layer),
        "to_toml_factored does not round-trip:\n{factored}"
    );
    let Ok(book) = Rulebook::shipped().with_layer_files(&[("fuzz.toml", text)]) else {
        return ran;
    };
    ran.validated = true;
    // a fixed request in the layer's jurisdiction, for each kind the layer has rules for
    let mut kinds: Vec<ActivityKind> = Vec::new();
    for r in layer.rules() {
        if let doingoai::rules::Subject::Activity(k) = r.activity() {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    if kinds.is_empty() {
        kinds.push(ActivityKind::OutboundDelegation);
    }
    let days = [
        NaiveDate::from_ymd_opt(2024, 3, 4).expect("valid"),
        NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid"),
    ];
    for (kind, filed_on) in kinds.iter().flat_map(|k| days.map(|d| (*k, d))) {
        let j = layer.jurisdiction.to_string();
        let request = json!({
            "id": "fuzz",
            "kind": kind.code(),
            "channel": "state",
            "jurisdiction": j,
            "applicant": { "kind": "provincial_department", "jurisdiction": j },
            "filed_on": filed_on.to_string(),
            "starts_on": (filed_on + chrono::Days::new(35)).to_string(),
            "ends_on": (filed_on + chrono::Days::new(39)).to_string(),
            "in_plan": false,
            "participants": [
                { "role": "head", "official": { "id": "a", "name": "A", "position": "ppc_vice_chairman", "managed_by": "provincial_standing_board", "key_leader": true } },
                { "role": "member", "official": { "id": "b", "name": "B", "position": "staff", "managed_by": "unit" } }
            ],
        });
        if let Ok(activity) = serde_json::from_value::<ProposedActivity>(request) {
            let _ = evaluate(&activity, &book, calendar(), &History::default());
        }
    }
    ran
}
