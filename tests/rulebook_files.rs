//! The rulebook data files: every shipped file reads, writes back and reads again to the same
//! layer; the whole rulebook goes file → `Rulebook` → JSON → `Rulebook` unchanged; random
//! layers survive the round trip; a broken file is refused with its file, line and rule.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use doingoai::law::{Citation, Evidence, Validity};
use doingoai::org::{Channel, Jurisdiction};
use doingoai::rules::{
    Anchor, Applicability, AttrSet, Attribute, Authority, Condition, Consultation, Layer, LeadTime,
    LoadError, Period, Processing, Role, Rule, RuleSource, Rulebook, Step, Subject,
};
use doingoai::ActivityKind;
use proptest::prelude::*;

fn files() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out)
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p)
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rulebook");
    let mut v = Vec::new();
    walk(&root, &mut v);
    v.sort();
    v.into_iter()
        .map(|p| {
            let name = p.strip_prefix(&root).unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Family tables sorted by id, so that two layers holding the same rules compare equal
/// whatever order their files listed them in.
fn canonical(mut l: Layer) -> Layer {
    l.authority.sort_by(|a, b| a.id.cmp(&b.id));
    l.escalation.sort_by(|a, b| a.id.cmp(&b.id));
    l.lead_time.sort_by(|a, b| a.id.cmp(&b.id));
    l.consultation.sort_by(|a, b| a.id.cmp(&b.id));
    l.processing.sort_by(|a, b| a.id.cmp(&b.id));
    l.conditions.sort_by(|a, b| a.id.cmp(&b.id));
    l.obligations.sort_by(|a, b| a.id.cmp(&b.id));
    l
}

#[test]
fn every_shipped_file_reads_and_writes_back_to_the_same_layer() {
    let files = files();
    assert!(files.len() >= 34 + 14, "{} files", files.len());
    for (name, text) in &files {
        let layer = Layer::from_toml(name, text).unwrap_or_else(|e| panic!("{e}"));
        // The writer lists rules in the order of the articles; a hand-edited file may group
        // them otherwise (e.g. Luật 49/2019 Art. 11's state sender before its party sender), so
        // the rules are compared, not their order.
        let explicit = Layer::from_toml(name, &layer.to_toml()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            canonical(explicit.clone()),
            canonical(layer.clone()),
            "{name}: explicit form"
        );
        let factored = Layer::from_toml(name, &layer.to_toml_factored("header"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            canonical(factored),
            canonical(layer.clone()),
            "{name}: factored form"
        );
        // Written once, the file is stable: writing what was read gives the same layer, in order.
        let again = Layer::from_toml(name, &explicit.to_toml()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, explicit, "{name}: written twice");
    }
}

#[test]
fn every_current_province_has_a_layer_file() {
    let shipped = Rulebook::shipped();
    let provinces: Vec<Jurisdiction> = Jurisdiction::all()
        .filter(|j| j.to_string().starts_with("34:"))
        .collect();
    assert_eq!(provinces.len(), 34);
    for p in provinces {
        assert!(
            shipped.layers().iter().any(|l| l.jurisdiction == p),
            "{p} has no layer file"
        );
    }
}

#[test]
fn shipped_rulebook_goes_through_json_unchanged() {
    let shipped = Rulebook::shipped();
    let json = shipped.to_json().unwrap();
    let back = Rulebook::from_json(&json).unwrap();
    assert_eq!(back.data(), shipped.data());
    assert_eq!(back.version_id(), shipped.version_id());
}

#[test]
fn shipped_version_carries_the_content_hash_of_the_files() {
    let v = Rulebook::shipped().version_id();
    let (date, hash) = v
        .strip_prefix("doingoai-shipped@")
        .and_then(|x| x.split_once('+'))
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(date.len(), 10, "{v}");
    assert_eq!(hash.len(), 16, "{v}");
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{v}");
}

#[test]
fn the_national_baseline_is_one_file_per_instrument() {
    for (name, text) in files().iter().filter(|(n, _)| n.starts_with("national")) {
        let layer = Layer::from_toml(name, text).unwrap();
        let mut first: Vec<&str> = layer
            .rules()
            .map(|r| r.citations()[0].instrument.as_str())
            .collect();
        first.dedup();
        first.sort();
        first.dedup();
        assert!(first.len() <= 1, "{name} cites first {first:?}");
    }
}

// ───────────── broken files ─────────────

const HEAD: &str = "schema = 1\n[layer]\njurisdiction = \"34:38\"\nsource = \"ubnd_regulation\"\nversion = \"1\"\ntitle = { vi = \"Thanh Hóa\", en = \"Thanh Hoa\" }\n";

fn rule(extra: &str) -> String {
    format!(
        "{HEAD}\n[[rule]]\nid = \"thanh_hoa.outbound_delegation.condition.countries\"\nfamily = \"condition\"\ntopic = \"countries\"\nsubject = \"outbound_delegation\"\nchannels = [\"state\"]\nfrom = 2026-01-01\ngrade = \"guidance\"\nvi = \"Ví dụ.\"\nen = \"Example.\"\n{extra}"
    )
}

fn refused(text: &str) -> doingoai::rules::LayerFileError {
    match Rulebook::shipped().with_layer_files(&[("34-38-thanh-hoa.toml", text)]) {
        Err(LoadError::File(e)) => e,
        Err(LoadError::InvalidFiles { errors, .. }) => errors[0].clone(),
        Err(e) => panic!("unexpected {e}"),
        Ok(_) => panic!("accepted:\n{text}"),
    }
}

#[test]
fn a_good_file_loads() {
    let text = rule(
        "cite = [\"Điều 4 06/2020/QĐ-TTg\"]\nvalue = { max_countries_per_trip = { max = 2 } }\n",
    );
    let book = Rulebook::shipped()
        .with_layer_files(&[("34-38-thanh-hoa.toml", &text)])
        .unwrap();
    assert!(book
        .get("thanh_hoa.outbound_delegation.condition.countries")
        .is_some());
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let e = refused("schema = 1\n[layer\njurisdiction = \"34:38\"\n");
    assert_eq!((e.file.as_str(), e.line), ("34-38-thanh-hoa.toml", Some(2)));
}

#[test]
fn a_jurisdiction_typo_is_an_error_never_the_national_baseline() {
    let e = refused(&HEAD.replace("34:38", "34:3B"));
    assert_eq!(e.line, Some(3), "{e}");
}

#[test]
fn an_unknown_role_is_an_error_with_the_rule_and_its_line() {
    let text = rule("cite = [\"Điều 4 06/2020/QĐ-TTg\"]\nvalue = { opinion_required = { of = \"provincal_chairman\" } }\n");
    let e = refused(&text);
    assert_eq!(e.line, Some(8), "{e}");
    assert_eq!(
        e.rule.as_deref(),
        Some("thanh_hoa.outbound_delegation.condition.countries")
    );
    assert!(e.message.contains("provincal_chairman"), "{e}");
}

#[test]
fn an_unknown_instrument_is_an_error_with_file_line_and_rule() {
    let text = rule(
        "cite = [\"Điều 4 999/2026/QĐ-UBND\"]\nvalue = { max_countries_per_trip = { max = 2 } }\n",
    );
    let e = refused(&text);
    assert_eq!(e.file, "34-38-thanh-hoa.toml");
    assert_eq!(e.line, Some(8), "{e}");
    assert!(e.message.contains("999/2026/QĐ-UBND"), "{e}");
}

#[test]
fn an_unknown_tier_is_an_error() {
    let text = rule("cite = [\"Điều 4 06/2020/QĐ-TTg\"]\nwhen = \"pm_tierr\"\n");
    let e = refused(&text);
    assert!(e.message.contains("pm_tierr"), "{e}");
}

#[test]
fn an_unparsable_citation_is_an_error() {
    let text = rule("cite = [\"khoản 0 Điều 4 06/2020/QĐ-TTg\"]\n");
    let e = refused(&text);
    assert!(e.message.contains("cite"), "{e}");
}

#[test]
fn an_unknown_field_is_an_error() {
    let text = rule("cite = [\"Điều 4 06/2020/QĐ-TTg\"]\nfigure = 2\n");
    let e = refused(&text);
    assert!(e.message.contains("figure"), "{e}");
    assert!(e.line.is_some());
}

#[test]
fn an_unknown_schema_is_refused() {
    let e = refused(&HEAD.replace("schema = 1", "schema = 2"));
    assert!(e.message.contains("schema"), "{e}");
}

#[test]
fn a_rule_outside_its_province_existence_is_refused_with_its_line() {
    // 34:38 exists from 01/07/2025.
    let text = rule("cite = [\"Điều 4 06/2020/QĐ-TTg\"]\nvalue = \"no_relatives\"\n")
        .replace("from = 2026-01-01", "from = 2024-01-01");
    let e = refused(&text);
    assert_eq!(e.line, Some(8), "{e}");
}

// ───────────── random layers ─────────────

fn day() -> impl Strategy<Value = NaiveDate> {
    (2012i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{1,20}",
        "[\\PC]{1,30}",
        Just("Nói \"thẳng\" \\ và\nxuống dòng\t".to_string()),
    ]
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        prop::sample::select(vec![
            "06/2020/QĐ-TTg",
            "70/2020/QH14",
            "58/2022/NĐ-CP",
            "38-CT/TW",
        ]),
        prop::option::of(1u16..60),
        prop::option::of(1u16..10),
        prop::option::of(prop::sample::select(vec!['a', 'b', 'đ'])),
    )
        .prop_map(|(n, a, c, p)| {
            let mut x = Citation::instrument(n);
            if let Some(a) = a {
                x = Citation::article(n, a);
                if let Some(c) = c {
                    x = x.clause(c);
                    if let Some(p) = p {
                        x = x.point(p);
                    }
                }
            }
            x
        })
}

fn attrs() -> impl Strategy<Value = AttrSet> {
    prop::sample::subsequence(
        vec![
            Attribute::ForeignMinisterLevel,
            Attribute::SensitiveTopic,
            Attribute::LeaderTravels,
            Attribute::MajorEvent,
        ],
        0..3,
    )
    .prop_map(|v| AttrSet::of(&v))
}

#[derive(Debug, Clone)]
enum AnyValue {
    Authority(Option<Authority>),
    LeadTime(Option<LeadTime>),
    Consultation(Option<Consultation>),
    Processing(Option<Processing>),
    Condition(Option<Condition>),
}

fn period() -> impl Strategy<Value = Period> {
    prop_oneof![
        (1u32..90).prop_map(Period::CalendarDays),
        (1u32..60).prop_map(Period::WorkingDays),
        (1u32..12).prop_map(Period::Months),
    ]
}

fn value() -> impl Strategy<Value = AnyValue> {
    let role = prop::sample::select(vec![Role::ProvincialChairman, Role::FaAgency, Role::Mofa]);
    prop_oneof![
        prop::option::of(role.clone().prop_map(Authority::new)).prop_map(AnyValue::Authority),
        prop::option::of((period(), role.clone()).prop_map(|(p, r)| LeadTime {
            before: p,
            anchor: Anchor::Start,
            filed_with: r
        }))
        .prop_map(AnyValue::LeadTime),
        prop::option::of((period(), role.clone()).prop_map(|(p, r)| Consultation {
            by: r,
            consultees: vec![Role::RelatedBodies, Role::ProvincialPolice],
            reply_within: p,
            silence_is_consent: false,
            extension: None,
        }))
        .prop_map(AnyValue::Consultation),
        prop::option::of((period(), role).prop_map(|(p, r)| Processing {
            by: r,
            step: Step::Decision,
            within: p,
            from: Anchor::CompleteDossier
        }))
        .prop_map(AnyValue::Processing),
        prop::option::of(prop_oneof![
            (1u32..9).prop_map(|max| Condition::MaxCountriesPerTrip { max }),
            (1u32..9, prop::option::of(1u32..9)).prop_map(|(max, m)| {
                Condition::MaxDaysPerCountry {
                    max,
                    major_event_max: m,
                }
            }),
            Just(Condition::NoExitSuspension),
            Just(Condition::OpinionRequired {
                of: Role::ProvincialPartyStandingBoard
            }),
        ])
        .prop_map(AnyValue::Condition),
    ]
}

#[allow(clippy::type_complexity)]
fn rule_parts() -> impl Strategy<
    Value = (
        AnyValue,
        Vec<Citation>,
        (NaiveDate, Option<u32>),
        AttrSet,
        AttrSet,
        (String, String, Option<String>),
        Evidence,
        Vec<Channel>,
    ),
> {
    (
        value(),
        prop::collection::vec(citation(), 1..3),
        (day(), prop::option::of(0u32..2000)),
        attrs(),
        attrs(),
        (text(), text(), prop::option::of(text())),
        prop::sample::select(Evidence::ALL.to_vec()),
        prop::sample::subsequence(vec![Channel::Party, Channel::State, Channel::People], 1..=3),
    )
}

fn layer() -> impl Strategy<Value = Layer> {
    prop::collection::vec(rule_parts(), 0..12).prop_map(|rules| {
        let mut l = Layer::new(
            Jurisdiction::National,
            RuleSource::National,
            "1",
            "Lớp \"thử\"",
            "Test layer",
        );
        for (i, (v, cites, (from, len), any, none, (vi, en, note), ev, ch)) in
            rules.into_iter().enumerate()
        {
            let id = format!("vn.test.rule.r{i}");
            let topic = format!("t{i}");
            let subject = Subject::Activity(ActivityKind::OutboundDelegation);
            macro_rules! apply {
                ($r:expr) => {{
                    let mut r = $r;
                    r.citations = cites.clone().into();
                    r.validity = match len {
                        Some(n) => {
                            Validity::between(from, from + chrono::Days::new(n as u64)).unwrap()
                        }
                        None => Validity::from(from),
                    };
                    r.when = Applicability {
                        any,
                        all: AttrSet::EMPTY,
                        none,
                    };
                    r.statement.vi = vi.clone();
                    r.statement.en = en.clone();
                    r.note = note.clone().filter(|n| !n.is_empty());
                    r.evidence = ev;
                    r.channels = ch.clone();
                    r
                }};
            }
            match v {
                AnyValue::Authority(v) => {
                    l.push(apply!(Rule::draft(&id, subject, &topic, v)));
                }
                AnyValue::LeadTime(v) => {
                    l.push(apply!(Rule::draft(&id, subject, &topic, v)));
                }
                AnyValue::Consultation(v) => {
                    l.push(apply!(Rule::draft(&id, subject, &topic, v)));
                }
                AnyValue::Processing(v) => {
                    l.push(apply!(Rule::draft(&id, subject, &topic, v)));
                }
                AnyValue::Condition(v) => {
                    l.push(apply!(Rule::draft(&id, subject, &topic, v)));
                }
            }
        }
        l
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Layer → file → layer keeps every rule, field by field, in both written forms; and the
    /// layer read back writes the same file again.
    #[test]
    fn random_layers_survive_the_file_round_trip(l in layer()) {
        let once = Layer::from_toml("r.toml", &l.to_toml()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(canonical(once.clone()), canonical(l.clone()));
        let twice = Layer::from_toml("r.toml", &once.to_toml()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&twice, &once);
        let factored = Layer::from_toml("r.toml", &l.to_toml_factored("random")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(canonical(factored), canonical(l));
    }

    /// Arbitrary text never panics the reader.
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
        let _ = Layer::from_toml("x.toml", &s);
        let _ = Layer::from_toml("x.toml", &format!("{HEAD}\n[[rule]]\n{s}"));
    }
}

#[test]
fn the_embedded_json_fast_path_reads_exactly_what_the_toml_files_say() {
    let files = files();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let from_toml = Rulebook::from_toml_files("doingoai-shipped", "x", &refs).unwrap();
    assert_eq!(from_toml.layers(), Rulebook::shipped().layers());
    let uncached = Rulebook::load_shipped_uncached().unwrap();
    assert_eq!(uncached.data(), Rulebook::shipped().data());
}
