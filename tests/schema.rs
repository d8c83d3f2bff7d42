//! The JSON Schemas under `schema/` (issue 12, item 2): regenerated from the types, they equal
//! the committed files, and a real validator (the `jsonschema` crate, draft 2020-12, formats
//! asserted) accepts every JSON document the crate reads or writes in those forms — the sample
//! requests of `examples/data/`, the stored cases of `tests/data/`, cases and events of a
//! simulated year, the decision on each request, every shipped rulebook layer — and refuses
//! malformed ones.
//!
//! When a form is meant to change (a type gained a field), regenerate with
//! `DOINGOAI_BLESS=1 cargo test --all-features --test schema` (or
//! `cargo run --features schema --example schema -- --out schema/`) and commit the files.

use std::path::{Path, PathBuf};

use doingoai::activity::ProposedActivity;
use doingoai::history::History;
use doingoai::org::Jurisdiction;
use doingoai::rules::{evaluate, Rulebook};
use doingoai::simulation::{simulate, Scenario};
use doingoai::workflow::Case;
use doingoai::WorkCalendar;
use serde_json::{json, Value};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn bless() -> bool {
    std::env::var_os("DOINGOAI_BLESS").is_some()
}

fn path(rel: &str) -> PathBuf {
    Path::new(ROOT).join(rel)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn schema(name: &str) -> Value {
    doingoai::schema::all()
        .into_iter()
        .find(|(f, _)| *f == format!("{name}.schema.json"))
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("no schema `{name}`"))
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema(name))
        .unwrap_or_else(|e| panic!("the {name} schema is not a valid draft 2020-12 schema: {e}"))
}

/// Every error of `doc` against the validator, as `path: message` lines (empty: valid).
fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .take(5)
        .collect()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let e = errors(v, doc);
    assert!(e.is_empty(), "{what} does not validate:\n{}", e.join("\n"));
}

fn json_files(dir: &str, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(path(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = path("schema");
    let mut stale = Vec::new();
    for (file, s) in doingoai::schema::all() {
        let text = doingoai::schema::to_text(&s);
        let p = dir.join(file);
        if bless() {
            std::fs::create_dir_all(&dir).expect("schema/");
            std::fs::write(&p, &text).expect("write schema");
        } else if std::fs::read_to_string(&p).ok().as_deref() != Some(text.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "schema/{stale:?} differ from the types: regenerate with \
         `DOINGOAI_BLESS=1 cargo test --all-features --test schema` and commit"
    );
}

#[test]
fn every_schema_is_draft_2020_12_with_id_title_and_description() {
    for (file, s) in doingoai::schema::all() {
        assert_eq!(
            s["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{file}"
        );
        let name = file.trim_end_matches(".schema.json");
        assert_eq!(s["$id"], format!("urn:doingoai:schema:{name}"), "{file}");
        for key in ["title", "description"] {
            assert!(
                s[key]
                    .as_str()
                    .is_some_and(|t| t.contains('/') || t.len() > 40),
                "{file}: {key}"
            );
        }
        // it compiles with a real validator
        let _ = validator(name);
    }
}

/// The request the example reads, split as it splits it.
fn parse_request(doc: &Value) -> (ProposedActivity, History) {
    let mut obj = doc.as_object().expect("a request is an object").clone();
    let history = obj
        .remove("history")
        .map(|h| doingoai::json::from_str::<History>(&h.to_string()).expect("history"))
        .unwrap_or_default();
    let activity = doingoai::json::from_str::<ProposedActivity>(&Value::Object(obj).to_string())
        .expect("activity");
    (activity, history)
}

/// What `doingoai evaluate` and `cargo run --example evaluate` print for a request: the
/// library's `Evaluation`, the value both print.
fn decision_of(activity: &ProposedActivity, history: &History) -> Value {
    let mut request = doingoai::request::Request::new(activity.clone());
    request.history = history.clone();
    let answer = request.evaluate().expect("evaluate");
    serde_json::from_str(&answer.to_json().expect("JSON")).expect("JSON value")
}

#[test]
fn every_example_request_and_its_decision_validate() {
    let request = validator("request");
    let decision = validator("decision");
    let files = json_files("examples/data", "");
    assert!(files.len() >= 4, "{files:?}");
    for f in files {
        let doc: Value = serde_json::from_str(&read(&f)).expect("JSON");
        assert_valid(&request, &doc, &f.display().to_string());
        let (activity, history) = parse_request(&doc);
        let out = decision_of(&activity, &history);
        assert_valid(&decision, &out, &format!("the decision on {}", f.display()));
    }
}

/// The compiled `evaluate` example, when `cargo test` built it (it does with `--all-targets`).
fn evaluate_example() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?.join("examples");
    let p = dir.join(format!("evaluate{}", std::env::consts::EXE_SUFFIX));
    p.is_file().then_some(p)
}

#[test]
fn what_the_evaluate_example_prints_validates_when_it_is_built() {
    let Some(exe) = evaluate_example() else {
        eprintln!("the evaluate example is not built (run with --all-targets); skipped");
        return;
    };
    let decision = validator("decision");
    for f in json_files("examples/data", "") {
        let out = std::process::Command::new(&exe)
            .stdin(std::fs::File::open(&f).expect("open"))
            .output()
            .expect("run the example");
        assert!(out.status.success(), "{}: {:?}", f.display(), out);
        let doc: Value = serde_json::from_slice(&out.stdout).expect("the example prints JSON");
        assert_valid(&decision, &doc, &format!("evaluate < {}", f.display()));
    }
}

#[test]
fn the_stored_cases_of_the_tests_validate_and_version_1_is_told_apart() {
    let case = validator("case");
    let event = validator("event");
    let v2 = json_files("tests/data", "case-v2");
    let v1 = json_files("tests/data", "case-v1");
    assert!(!v2.is_empty() && !v1.is_empty());
    for f in &v2 {
        let doc: Value = serde_json::from_str(&read(f)).expect("JSON");
        assert_valid(&case, &doc, &f.display().to_string());
        for (i, e) in doc["log"].as_array().expect("log").iter().enumerate() {
            assert_valid(&event, &e["event"], &format!("{} log[{i}]", f.display()));
        }
    }
    // version 1 still loads (upgraded), but the schema describes version 2 only; the case it
    // loads to is stored again as version 2, which validates
    for f in &v1 {
        let text = read(f);
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        let e = errors(&case, &doc);
        assert!(
            e.iter().any(|m| m.starts_with("/schema:")),
            "{}: {e:?}",
            f.display()
        );
        let loaded = Case::from_json(&text).expect("a version-1 case loads");
        let again: Value = serde_json::from_str(&loaded.to_json().expect("stored")).expect("JSON");
        assert_valid(&case, &again, &format!("{} stored again", f.display()));
    }
}

#[test]
fn the_cases_events_requests_and_decisions_of_a_simulated_year_validate() {
    let (request, decision, case, event) = (
        validator("request"),
        validator("decision"),
        validator("case"),
        validator("event"),
    );
    let unit = "34:48".parse::<Jurisdiction>().expect("Đà Nẵng");
    let year = simulate(&Scenario::new(unit, 2026, 11, 120)).expect("simulate");
    assert!(!year.cases.is_empty());
    let mut events = 0;
    for c in &year.cases {
        let stored = c.to_json().expect("stored");
        // the stored form loads back (it is a real stored case) and validates
        assert_eq!(&Case::from_json(&stored).expect("loads"), c);
        let doc: Value = serde_json::from_str(&stored).expect("JSON");
        assert_valid(&case, &doc, &format!("case {}", c.id()));
        for e in c.events() {
            let doc = serde_json::to_value(e).expect("event JSON");
            assert_valid(&event, &doc, &format!("an event of case {}", c.id()));
            events += 1;
        }
    }
    assert!(events > year.cases.len(), "{events} events");
    for a in &year.activities {
        let doc = serde_json::to_value(a).expect("request JSON");
        assert_valid(&request, &doc, &format!("activity {}", a.id));
        if evaluate(
            a,
            Rulebook::shipped(),
            &WorkCalendar::state_agency(),
            &History::default(),
        )
        .is_ok()
        {
            let out = decision_of(a, &History::default());
            assert_valid(&decision, &out, &format!("the decision on {}", a.id));
        }
    }
}

/// The JSON form of a TOML document, as `build.rs` makes it (dates as `YYYY-MM-DD` strings).
fn json_of_toml(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(json_of_toml).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, json_of_toml(v))).collect())
        }
    }
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("rulebook/").flatten() {
        let p = e.path();
        if p.is_dir() {
            toml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

fn layer_json(text: &str) -> Value {
    json_of_toml(toml::Value::Table(
        toml::from_str::<toml::Table>(text).expect("TOML"),
    ))
}

#[test]
fn every_shipped_rulebook_layer_validates() {
    let layer = validator("layer");
    let mut files = Vec::new();
    toml_files(&path("rulebook"), &mut files);
    files.sort();
    assert!(files.len() > 10, "{files:?}");
    for f in &files {
        let doc = layer_json(&read(f));
        assert_valid(&layer, &doc, &f.display().to_string());
    }
}

#[test]
fn a_layer_written_back_by_to_toml_validates() {
    let layer = validator("layer");
    let text = read(&path("rulebook/provinces/34-48-da-nang.toml"));
    let l = doingoai::rules::Layer::from_toml("34-48-da-nang.toml", &text).expect("layer");
    assert_valid(&layer, &layer_json(&l.to_toml()), "Đà Nẵng written back");
}

#[test]
fn malformed_documents_are_refused() {
    let request = validator("request");
    let good: Value =
        serde_json::from_str(&read(&path("examples/data/request.json"))).expect("JSON");
    assert_valid(&request, &good, "request.json");
    let with = |f: &dyn Fn(&mut Value)| {
        let mut d = good.clone();
        f(&mut d);
        d
    };
    let bad = [
        (
            "a wrong kind code",
            with(&|d| d["kind"] = json!("outbound_trip")),
        ),
        (
            "a missing filing day",
            with(&|d| {
                d.as_object_mut().map(|o| o.remove("filed_on"));
            }),
        ),
        (
            "a missing kind",
            with(&|d| {
                d.as_object_mut().map(|o| o.remove("kind"));
            }),
        ),
        (
            "an unknown field",
            with(&|d| d["filed"] = json!("2021-03-03")),
        ),
        (
            "a day that is not a date",
            with(&|d| d["starts_on"] = json!("2021-02-30")),
        ),
        (
            "an unknown jurisdiction",
            with(&|d| d["jurisdiction"] = json!("63:99")),
        ),
        (
            "an unknown details type",
            with(&|d| d["details"]["type"] = json!("trip")),
        ),
        (
            "a discipline kind that is not one",
            with(&|d| d["participants"][1]["official"]["discipline"][0]["kind"] = json!("fine")),
        ),
    ];
    for (what, doc) in &bad {
        assert!(!errors(&request, doc).is_empty(), "{what} is accepted");
        // and the crate refuses it too: the schema is not stricter than the reader here
        let mut obj = doc.as_object().cloned().unwrap_or_default();
        obj.remove("history");
        assert!(
            doingoai::json::from_str::<ProposedActivity>(&Value::Object(obj).to_string()).is_err(),
            "{what}: the crate reads it"
        );
    }

    let case = validator("case");
    let stored: Value =
        serde_json::from_str(&read(&path("tests/data/case-v2-conference.json"))).expect("JSON");
    let mut wrong_state = stored.clone();
    wrong_state["state"] = json!("half_approved");
    let mut no_log = stored.clone();
    no_log.as_object_mut().map(|o| o.remove("log"));
    for (what, doc) in [("an unknown state", wrong_state), ("no log", no_log)] {
        assert!(!errors(&case, &doc).is_empty(), "{what} is accepted");
        assert!(Case::from_json(&doc.to_string()).is_err(), "{what}: loads");
    }

    let layer = validator("layer");
    let text = read(&path("rulebook/national/qd-06-2020-conferences.toml"));
    let good = layer_json(&text);
    assert_valid(&layer, &good, "qd-06-2020-conferences");
    // a rule whose value is not its family's
    let mut wrong_value = good.clone();
    let rules = wrong_value["rule"].as_array_mut().expect("rules");
    let i = rules
        .iter()
        .position(|r| r["family"] == "authority" && r.get("value").is_some())
        .expect("an authority rule with a value");
    rules[i]["value"] = json!({ "days": 3 });
    assert!(
        !errors(&layer, &wrong_value).is_empty(),
        "a wrong value is accepted"
    );
}

#[test]
fn where_the_reader_is_more_lenient_than_the_schema_as_schema_readme_says() {
    // schema/README.md: a jurisdiction also reads as `NATIONAL` or `63:1`, a subject as its
    // label; the schema gives the written form only
    let request = validator("request");
    let good: Value =
        serde_json::from_str(&read(&path("examples/data/request.json"))).expect("JSON");
    for j in ["NATIONAL", "63:1"] {
        let mut d = good.clone();
        d["jurisdiction"] = json!(j);
        d.as_object_mut().map(|o| o.remove("history"));
        assert!(
            !errors(&request, &d).is_empty(),
            "{j} is accepted by the schema"
        );
        assert!(
            doingoai::json::from_str::<ProposedActivity>(&d.to_string()).is_ok(),
            "{j} is refused by the crate: update schema/README.md"
        );
    }
    let decision = validator("decision");
    let out = decision_of(&parse_request(&good).0, &History::default());
    let mut d = out.clone();
    d["subject"] = json!("outbound delegation");
    assert!(!errors(&decision, &d).is_empty());
    assert!(
        serde_json::from_value::<doingoai::rules::Subject>(json!("outbound delegation")).is_ok(),
        "a subject's English label is refused by the crate: update schema/README.md"
    );
}
