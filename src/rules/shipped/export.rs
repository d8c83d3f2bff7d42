//! One-off: writes the Rust tables as data files (`DOINGOAI_EXPORT=1 cargo test --lib export`).

use super::super::layer_file::law_order;
use super::super::rule::RuleRef;
use super::super::rulebook::{Layer, LayerTable};
use crate::label::Label;
use crate::org::Jurisdiction;

fn push_ref(l: &mut Layer, r: RuleRef<'_>) {
    fn p<V: LayerTable + Clone>(l: &mut Layer, r: &super::super::Rule<V>) {
        V::table(l).push(r.clone());
    }
    match r {
        RuleRef::Authority(x) => p(l, x),
        RuleRef::Escalation(x) => p(l, x),
        RuleRef::LeadTime(x) => p(l, x),
        RuleRef::Consultation(x) => p(l, x),
        RuleRef::Processing(x) => p(l, x),
        RuleRef::Condition(x) => p(l, x),
        RuleRef::Obligation(x) => p(l, x),
    }
}

fn national_file(number: &str) -> &'static str {
    match number {
        "06/2020/QĐ-TTg" => "qd-06-2020-conferences",
        "76/2010/QĐ-TTg" => "qd-76-2010-conferences",
        "67/2011/QĐ-TTg" => "qd-67-2011-unified-management",
        "70/2020/QH14" => "luat-70-2020-agreements",
        "64/2021/NĐ-CP" => "nd-64-2021-agreements",
        "177/2025/NĐ-CP" => "nd-177-2025-agreements-two-level",
        "58/2022/NĐ-CP" => "nd-58-2022-foreign-ngos",
        "80/2020/NĐ-CP" => "nd-80-2020-aid",
        "313/2025/NĐ-CP" => "nd-313-2025-aid",
        "23/2022/TT-BTC" => "tt-23-2022-aid-finance",
        "88/2012/NĐ-CP" => "nd-88-2012-foreign-press",
        "262/2026/NĐ-CP" => "nd-262-2026-foreign-press",
        "49/2019/QH14" => "luat-49-2019-exit-entry",
        "04/2020/TT-BNG" => "tt-04-2020-passports",
        "38-CT/TW" => "ct-38-2014-delegations-abroad",
        "33/2007/PL-UBTVQH11" => "pl-33-2007-agreements",
        _ => "other",
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn slug(l: &Layer) -> String {
    l.rules()
        .next()
        .map(|r| {
            r.id()
                .as_str()
                .split('.')
                .next()
                .unwrap_or("x")
                .replace('_', "-")
        })
        .unwrap_or_else(|| "x".into())
}

#[test]
fn export() {
    if std::env::var("DOINGOAI_EXPORT").is_err() {
        return;
    }
    let data = super::legacy_data();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/rulebook");
    for layer in &data.layers {
        if layer.jurisdiction == Jurisdiction::National {
            let mut groups: Vec<(String, Layer)> = Vec::new();
            let mut rules: Vec<RuleRef<'_>> = layer.rules().collect();
            rules.sort_by_key(law_order);
            for r in rules {
                let number = r.citations()[0].instrument.as_str().to_string();
                let name = national_file(&number).to_string();
                let idx = match groups.iter().position(|(n, _)| *n == name) {
                    Some(i) => i,
                    None => {
                        let reg = crate::law::registry();
                        let ins = reg.find(&number).ok();
                        let (tvi, ten) = ins
                            .map(|i| {
                                (
                                    cap(&format!("{} {}: {}", i.kind.vi(), i.number, i.title_vi)),
                                    cap(&format!("{} {}: {}", i.kind.en(), i.number, i.title_en)),
                                )
                            })
                            .unwrap_or_else(|| (number.clone(), number.clone()));
                        let mut l = Layer::new(
                            Jurisdiction::National,
                            layer.source,
                            "2026.11.29",
                            &tvi,
                            &ten,
                        );
                        l.instruments = Vec::new();
                        groups.push((name.clone(), l));
                        groups.len() - 1
                    }
                };
                push_ref(&mut groups[idx].1, r);
            }
            for (name, l) in groups {
                let head = format!(
                    "{}\n{}\nNational baseline (cơ sở quốc gia). Format: docs/rulebook-format.md.",
                    l.title.vi, l.title.en
                );
                let text = l.to_toml_factored(&head);
                std::fs::write(format!("{root}/national/{name}.toml"), text).unwrap();
            }
        } else {
            let j = layer.jurisdiction.to_string().replace(':', "-");
            let name = format!("{j}-{}", slug(layer));
            let head = format!(
                "{}\n{}\nProvincial layer. Format: docs/rulebook-format.md.",
                layer.title.vi, layer.title.en
            );
            let text = layer.to_toml_factored(&head);
            std::fs::write(format!("{root}/provinces/{name}.toml"), text).unwrap();
        }
    }
}

#[test]
fn files_hold_every_legacy_rule_unchanged() {
    let book = match super::super::Rulebook::try_shipped() {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    };
    let legacy = super::legacy_data();
    let mut n = 0;
    let mut diffs = Vec::new();
    for l in &legacy.layers {
        for r in l.rules() {
            n += 1;
            let Some(f) = book.get(r.id().as_str()) else {
                diffs.push(format!("missing {}", r.id()));
                continue;
            };
            let same = match (r, f) {
                (RuleRef::Authority(a), RuleRef::Authority(b)) => a == b,
                (RuleRef::Escalation(a), RuleRef::Escalation(b)) => a == b,
                (RuleRef::LeadTime(a), RuleRef::LeadTime(b)) => a == b,
                (RuleRef::Consultation(a), RuleRef::Consultation(b)) => a == b,
                (RuleRef::Processing(a), RuleRef::Processing(b)) => a == b,
                (RuleRef::Condition(a), RuleRef::Condition(b)) => a == b,
                (RuleRef::Obligation(a), RuleRef::Obligation(b)) => a == b,
                _ => false,
            };
            if !same {
                diffs.push(format!("differs {}", r.id()));
            }
        }
    }
    assert!(diffs.is_empty(), "{n} rules; {diffs:#?}");
}
