//! The instrument registry: its rows are well formed, its replacement chains are consistent,
//! and the version switch dates of the domain reference (README §3) hold.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use doingoai::law::{
    normalise_number, registry, Evidence, InstrumentKind, InstrumentNumber, UnknownInstrument,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn in_force(number: &str, on: NaiveDate) -> bool {
    registry()
        .get(number)
        .unwrap_or_else(|| panic!("{number} is in the registry"))
        .in_force
        .contains(on)
}

/// `old` is in force until the day before `on`, `new` from `on`, and `new` replaces `old`.
fn assert_switch(old: &str, new: &str, on: NaiveDate) {
    let before = on.pred_opt().expect("a day before");
    assert!(in_force(old, before), "{old} in force on {before}");
    assert!(!in_force(old, on), "{old} no longer in force on {on}");
    assert!(!in_force(new, before), "{new} not yet in force on {before}");
    assert!(in_force(new, on), "{new} in force on {on}");
    let reg = registry();
    let n = reg.get(new).expect("new instrument");
    assert!(
        n.replaces.iter().any(|r| r.as_str() == old),
        "{new} lists {old} in `replaces`"
    );
    assert_eq!(
        reg.successor_on(old, on)
            .expect("known")
            .map(|i| i.number.as_str()),
        Some(new)
    );
    assert!(reg.successor_on(old, before).expect("known").is_none());
}

// ---- the rows ---------------------------------------------------------------------------

#[test]
fn registry_has_the_instruments_of_the_domain_reference() {
    let reg = registry();
    assert!(reg.len() >= 60, "registry has {} rows", reg.len());
    for n in [
        "45/2019/QH14",
        "10/2012/QH13",
        "91/2015/QH13",
        "28/2026/QH16",
        "121-CP",
        "134/2002/QĐ-TTg",
        "188/1999/QĐ-TTg",
        "8662/VPCP-KGVX",
        "2450/VPCP-KGVX",
        "8726/VPCP-KGVX",
        "6150/TB-BLĐTBXH",
        "9859/VPCP-KGVX",
        "9441/TB-BNV",
        "12729/VPCP-KGVX",
        "6519/VPCP-KGVX",
        "89/TTr-LĐTBXH",
        "35-L/CTN",
        "84/2007/QH11",
        "23/2022/TT-BTC",
        "202/2025/QH15",
        "19/2025/QĐ-TTg",
        "175/2024/QH15",
        "72/2025/QH15",
        "124/2004/QĐ-TTg",
        "60-NQ/TW",
        "759/QĐ-TTg",
        "45/2025/NĐ-CP",
        "150/2025/NĐ-CP",
        "09/2025/TT-BNG",
        "368-QĐ/TW",
        "35-KL/TW",
        "67/2011/QĐ-TTg",
        "272-QĐ/TW",
        "33-KL/TW",
        "05-HD/BĐNTW",
        "38-CT/TW",
        "70/2020/QH14",
        "64/2021/NĐ-CP",
        "177/2025/NĐ-CP",
        "58/2022/NĐ-CP",
        "12/2012/NĐ-CP",
        "93/2009/NĐ-CP",
        "80/2020/NĐ-CP",
        "313/2025/NĐ-CP",
        "88/2012/NĐ-CP",
        "262/2026/NĐ-CP",
        "49/2019/QH14",
        "04/2020/TT-BNG",
        "76/2010/QĐ-TTg",
        "06/2020/QĐ-TTg",
        "33/2007/PL-UBTVQH11",
        "121-KL/TW",
        "127-KL/TW",
        "101/UBND-SNV",
        "1336-QĐ/TU",
        "339-QĐ/TU",
        "357/KH-UBND",
        "13/CT-UBND",
    ] {
        assert!(reg.contains(n), "{n} missing from the registry");
    }
}

#[test]
fn every_row_has_a_well_formed_validity() {
    let lo = d(1945, 9, 2);
    let hi = d(2030, 12, 31);
    for i in registry().all() {
        let v = i.in_force;
        assert!(v.from > lo && v.from < hi, "{}: from {}", i.number, v.from);
        if let Some(to) = v.to {
            assert!(
                to >= v.from,
                "{}: ends {to} before it starts {}",
                i.number,
                v.from
            );
            assert!(to < hi, "{}: to {to}", i.number);
        }
        if let Some(s) = i.signed {
            assert!(s > lo, "{}: signed {s}", i.number);
            assert!(
                s <= v.from,
                "{}: signed {s} after it takes effect {}",
                i.number,
                v.from
            );
        }
        assert!(!i.issuer.trim().is_empty(), "{}: issuer", i.number);
        assert!(!i.title_vi.trim().is_empty(), "{}: title_vi", i.number);
        assert!(!i.title_en.trim().is_empty(), "{}: title_en", i.number);
        // a closed validity must be explained by a replacement or a sourced end; an open one
        // must not be contradicted by a successor already in force
        assert!(
            !i.replaces.iter().any(|r| r == &i.number),
            "{} replaces itself",
            i.number
        );
    }
}

#[test]
fn every_number_parses_and_is_unique_even_after_normalisation() {
    let mut exact = HashSet::new();
    let mut keys = HashSet::new();
    for i in registry().all() {
        let parsed = InstrumentNumber::parse(i.number.as_str())
            .unwrap_or_else(|e| panic!("{}: {e}", i.number));
        assert_eq!(parsed, i.number);
        assert!(
            exact.insert(i.number.as_str().to_string()),
            "{} twice",
            i.number
        );
        assert!(
            keys.insert(normalise_number(i.number.as_str())),
            "{} collides with another number after normalisation",
            i.number
        );
        for r in &i.replaces {
            InstrumentNumber::parse(r.as_str()).unwrap_or_else(|e| panic!("{}: {e}", r));
        }
    }
}

#[test]
fn every_replaced_instrument_exists_and_ends_the_day_before_its_replacement() {
    let reg = registry();
    for i in reg.all() {
        for r in &i.replaces {
            let old = reg
                .get(r.as_str())
                .unwrap_or_else(|| panic!("{} replaces unknown {}", i.number, r));
            let end = old
                .in_force
                .to
                .unwrap_or_else(|| panic!("{r} is replaced by {} but has no end", i.number));
            assert!(
                end < i.in_force.from,
                "{r} ends {end}, not before {} starts {}",
                i.number,
                i.in_force.from
            );
            assert_eq!(
                end.checked_add_days(Days::new(1)),
                Some(i.in_force.from),
                "{r} ends {end}; {} starts {}",
                i.number,
                i.in_force.from
            );
        }
    }
}

#[test]
fn replacement_chains_have_no_cycles() {
    let reg = registry();
    for i in reg.all() {
        let mut seen = HashSet::new();
        let mut stack = vec![i.number.as_str()];
        while let Some(n) = stack.pop() {
            for old in reg.replaced_by(n) {
                assert_ne!(old.number, i.number, "cycle through {}", i.number);
                if seen.insert(old.number.as_str()) {
                    stack.push(old.number.as_str());
                }
            }
        }
    }
}

#[test]
fn kinds_follow_the_number_suffix() {
    for i in registry().all() {
        let n = i.number.as_str();
        let expected = if n.ends_with("/NĐ-CP") {
            Some(InstrumentKind::Decree)
        } else if n.contains("/TT-") {
            Some(InstrumentKind::Circular)
        } else if n.contains("-CT/") {
            Some(InstrumentKind::Directive)
        } else if n.contains("-KL/") {
            Some(InstrumentKind::Conclusion)
        } else if n.contains("-HD/") {
            Some(InstrumentKind::Guidance)
        } else if n.contains("/VPCP-") || n.contains("/UBND-") {
            Some(InstrumentKind::OfficialLetter)
        } else if n.contains("/TB-") {
            Some(InstrumentKind::Notice)
        } else if n.contains("/PL-") {
            Some(InstrumentKind::Ordinance)
        } else if n.contains("/QĐ-TTg") || n.contains("/QĐ-UBND") {
            Some(InstrumentKind::Decision)
        } else {
            None
        };
        if let Some(k) = expected {
            assert_eq!(i.kind, k, "{n}");
        }
    }
}

#[test]
fn provisional_and_primary_grades_are_where_the_reference_puts_them() {
    let reg = registry();
    let grade = |n: &str| reg.get(n).expect("row").evidence;
    assert_eq!(grade("262/2026/NĐ-CP"), Evidence::Provisional);
    assert_eq!(grade("06/2020/QĐ-TTg"), Evidence::Codification);
    assert_eq!(grade("313/2025/NĐ-CP"), Evidence::Secondary);
    assert_eq!(grade("28/2026/QH16"), Evidence::Secondary);
    assert_eq!(grade("05-HD/BĐNTW"), Evidence::Text);
    // no instrument of the registry is graded as mere guidance
    assert!(reg.all().iter().all(|i| i.evidence != Evidence::Guidance));
}

// ---- the switch dates of README §3 -------------------------------------------------------

#[test]
fn conferences_switch_from_qd_76_2010_to_qd_06_2020_on_15_april_2020() {
    assert_switch("76/2010/QĐ-TTg", "06/2020/QĐ-TTg", d(2020, 4, 15));
}

#[test]
fn agreements_switch_from_ordinance_2007_to_law_70_2020_on_1_july_2021() {
    assert_switch("33/2007/PL-UBTVQH11", "70/2020/QH14", d(2021, 7, 1));
    assert!(!in_force("64/2021/NĐ-CP", d(2021, 6, 30)));
    assert!(in_force("64/2021/NĐ-CP", d(2021, 7, 1)));
}

#[test]
fn amendment_links_point_to_registered_instruments_that_stay_in_force() {
    let reg = registry();
    let mut n = 0;
    for i in reg.all() {
        for amended in reg.amended_by(i.number.as_str()) {
            n += 1;
            assert!(
                amended.in_force.contains(i.in_force.from),
                "{} amends {} which is not in force when the amendment starts",
                i.number,
                amended.number
            );
            assert!(!i.replaces.contains(&amended.number));
        }
    }
    assert!(n >= 1);
}

#[test]
fn agreement_decree_64_2021_is_amended_by_177_2025_from_1_july_2025() {
    let by: Vec<_> = registry()
        .amendments_of("64/2021/NĐ-CP")
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(by, ["177/2025/NĐ-CP"]);
    assert!(!in_force("177/2025/NĐ-CP", d(2025, 6, 30)));
    assert!(in_force("177/2025/NĐ-CP", d(2025, 7, 1)));
    // an amendment, not a replacement: 64/2021 stays in force
    assert!(in_force("64/2021/NĐ-CP", d(2026, 1, 1)));
    assert!(registry()
        .successor_on("64/2021/NĐ-CP", d(2026, 1, 1))
        .expect("known")
        .is_none());
}

#[test]
fn foreign_ngos_switch_from_nd_12_2012_to_nd_58_2022_on_1_november_2022() {
    assert_switch("12/2012/NĐ-CP", "58/2022/NĐ-CP", d(2022, 11, 1));
}

#[test]
fn non_oda_aid_switches_from_nd_93_2009_to_nd_80_2020_on_17_september_2020() {
    assert_switch("93/2009/NĐ-CP", "80/2020/NĐ-CP", d(2020, 9, 17));
    assert!(in_force("80/2020/NĐ-CP", d(2025, 12, 7)));
}

#[test]
fn non_oda_aid_chain_leads_from_93_2009_to_313_2025() {
    let reg = registry();
    let later = reg
        .successor_on("93/2009/NĐ-CP", d(2026, 1, 1))
        .expect("known")
        .expect("a successor in force");
    assert_eq!(later.number.as_str(), "313/2025/NĐ-CP");
}

#[test]
fn non_oda_aid_switches_from_nd_80_2020_to_nd_313_2025_on_8_december_2025() {
    assert_switch("80/2020/NĐ-CP", "313/2025/NĐ-CP", d(2025, 12, 8));
}

#[test]
fn foreign_press_nd_88_2012_is_in_force_from_20_december_2012() {
    assert!(!in_force("88/2012/NĐ-CP", d(2012, 12, 19)));
    assert!(in_force("88/2012/NĐ-CP", d(2012, 12, 20)));
}

#[test]
fn foreign_press_switches_from_nd_88_2012_to_nd_262_2026_on_1_july_2026() {
    assert_switch("88/2012/NĐ-CP", "262/2026/NĐ-CP", d(2026, 7, 1));
}

#[test]
fn passports_law_49_2019_from_1_july_2020_and_circular_04_2020_from_10_november_2020() {
    assert!(!in_force("49/2019/QH14", d(2020, 6, 30)));
    assert!(in_force("49/2019/QH14", d(2020, 7, 1)));
    assert!(!in_force("04/2020/TT-BNG", d(2020, 11, 9)));
    assert!(in_force("04/2020/TT-BNG", d(2020, 11, 10)));
}

#[test]
fn rank_tiers_switch_from_kl_35_to_qd_368_on_8_september_2025() {
    assert_switch("35-KL/TW", "368-QĐ/TW", d(2025, 9, 8));
}

#[test]
fn provinces_63_to_34_on_1_july_2025() {
    assert!(in_force("202/2025/QH15", d(2025, 6, 12)));
    assert!(!in_force("202/2025/QH15", d(2025, 6, 11)));
    assert!(in_force("72/2025/QH15", d(2025, 7, 1)));
    assert_switch("124/2004/QĐ-TTg", "19/2025/QĐ-TTg", d(2025, 7, 1));
}

#[test]
fn provincial_fa_agency_decree_45_2025_is_superseded_by_150_2025() {
    let reg = registry();
    let s = reg
        .successor_on("45/2025/NĐ-CP", d(2025, 7, 1))
        .expect("known")
        .expect("a successor");
    assert_eq!(s.number.as_str(), "150/2025/NĐ-CP");
    assert!(in_force("09/2025/TT-BNG", d(2025, 7, 1)));
}

#[test]
fn unified_management_switches_from_qd_28_2005_to_qd_67_2011_on_1_february_2012() {
    assert_switch("28/2005/QĐ-TTg", "67/2011/QĐ-TTg", d(2012, 2, 1));
}

#[test]
fn labour_code_switches_from_2012_to_2019_on_1_january_2021() {
    assert_switch("10/2012/QH13", "45/2019/QH14", d(2021, 1, 1));
    assert!(in_force("10/2012/QH13", d(2013, 5, 1)));
    assert!(!in_force("10/2012/QH13", d(2013, 4, 30)));
}

#[test]
fn labour_code_switches_from_1994_to_2012_on_1_may_2013() {
    assert_switch("35-L/CTN", "10/2012/QH13", d(2013, 5, 1));
    let by: Vec<_> = registry()
        .amendments_of("35-L/CTN")
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(by, ["84/2007/QH11"]);
}

#[test]
fn civil_code_2015_and_culture_day_resolution_take_effect_as_sourced() {
    assert!(in_force("91/2015/QH13", d(2017, 1, 1)));
    assert!(!in_force("91/2015/QH13", d(2016, 12, 31)));
    assert!(in_force("28/2026/QH16", d(2026, 7, 1)));
    assert!(!in_force("28/2026/QH16", d(2026, 6, 30)));
}

#[test]
fn khanh_hoa_ubnd_procedure_is_repealed_after_the_party_regulation() {
    assert!(in_force("1336-QĐ/TU", d(2020, 7, 24)));
    assert_switch("257/QĐ-CTUBND", "2492/QĐ-UBND", d(2020, 9, 18));
}

// ---- look-up ------------------------------------------------------------------------------

#[test]
fn find_is_tolerant_of_d_for_đ_case_and_spaces() {
    let reg = registry();
    for (asked, canonical) in [
        ("06/2020/QD-TTg", "06/2020/QĐ-TTg"),
        ("06/2020/qđ-ttg", "06/2020/QĐ-TTg"),
        (" 06 / 2020 / QĐ - TTg ", "06/2020/QĐ-TTg"),
        ("272-QD/TW", "272-QĐ/TW"),
        ("272–QĐ/TW", "272-QĐ/TW"),
        ("64/2021/nd-cp", "64/2021/NĐ-CP"),
        ("6150/TB-BLDTBXH", "6150/TB-BLĐTBXH"),
        ("05-hd/bdntw", "05-HD/BĐNTW"),
        ("33/2007/pl-ubtvqh11", "33/2007/PL-UBTVQH11"),
    ] {
        let found = reg.find(asked).unwrap_or_else(|e| panic!("{asked}: {e}"));
        assert_eq!(found.number.as_str(), canonical, "{asked}");
    }
}

#[test]
fn find_names_the_unknown_number() {
    let err: UnknownInstrument = registry().find("99/2099/NĐ-CP").unwrap_err();
    assert_eq!(err.number, "99/2099/NĐ-CP");
    assert_eq!(err.key, "99/2099/ND-CP");
    let msg = err.to_string();
    assert!(msg.contains("99/2099/NĐ-CP"), "{msg}");
    assert!(registry().successor_on("nope", d(2020, 1, 1)).is_err());
    assert!(registry().version_on("", d(2020, 1, 1)).is_err());
}

#[test]
fn version_on_gives_the_instrument_itself_or_its_successor() {
    let reg = registry();
    let v = |n, on| {
        reg.version_on(n, on)
            .expect("known")
            .map(|i| i.number.as_str())
    };
    assert_eq!(v("76/2010/QĐ-TTg", d(2015, 1, 1)), Some("76/2010/QĐ-TTg"));
    assert_eq!(v("76/2010/QĐ-TTg", d(2020, 4, 15)), Some("06/2020/QĐ-TTg"));
    assert_eq!(v("06/2020/QĐ-TTg", d(2010, 1, 1)), None);
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 1960-01-01 .. 2035-12-31
    (0u64..27_759).prop_map(|n| d(1960, 1, 1) + Days::new(n))
}

proptest! {
    #[test]
    fn look_up_by_date_never_returns_an_instrument_outside_its_period(on in any_date()) {
        let reg = registry();
        for i in reg.in_force_on(on) {
            prop_assert!(i.in_force.contains(on), "{} on {}", i.number, on);
        }
        for i in reg.all() {
            let n = i.number.as_str();
            if let Some(s) = reg.successor_on(n, on).expect("known number") {
                prop_assert!(s.in_force.contains(on), "successor {} of {} on {}", s.number, n, on);
                prop_assert!(s.number != i.number);
            }
            if let Some(s) = reg.version_on(n, on).expect("known number") {
                prop_assert!(s.in_force.contains(on), "version {} of {} on {}", s.number, n, on);
            }
        }
    }

    #[test]
    fn find_never_panics_and_only_returns_registry_rows(s in ".{0,40}") {
        let reg = registry();
        match reg.find(&s) {
            Ok(i) => prop_assert_eq!(normalise_number(i.number.as_str()), normalise_number(&s)),
            Err(e) => prop_assert_eq!(e.number, s),
        }
    }
}

// ---- the other modules cite only registered instruments -------------------------------

#[test]
fn every_instrument_cited_by_org_is_in_the_registry() {
    use doingoai::org::{fa_agency_assignments, BodyKind, ProvinceSet};
    let reg = registry();
    let mut cited = Vec::new();
    for k in BodyKind::ALL {
        if let Some(e) = k.existence() {
            cited.extend(e.citations);
        }
    }
    for a in fa_agency_assignments() {
        cited.extend(a.citations);
    }
    for s in ProvinceSet::ALL {
        cited.extend(s.citations());
    }
    assert!(!cited.is_empty());
    // An FA-agency row of a provincial data file may cite an instrument its file declares.
    let declared = |n: &str| {
        doingoai::rules::Rulebook::shipped()
            .layers()
            .iter()
            .any(|l| l.instruments.iter().any(|i| i.number.as_str() == n))
    };
    for c in cited {
        assert!(
            reg.contains(c.instrument.as_str()) || declared(c.instrument.as_str()),
            "{} is cited by org but neither in the registry nor declared by a rulebook file",
            c.instrument
        );
    }
}

/// Every instrument number written as a citation literal in the crate's sources
/// (`Citation::instrument("…")`, `Citation::article("…", n)`) outside comments is a row of the
/// registry, so no rule cites an instrument without dates.
#[test]
fn every_citation_literal_in_the_sources_is_in_the_registry() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(!files.is_empty());
    let reg = registry();
    let mut missing = Vec::new();
    let mut seen = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable source");
        // drop comment lines (doc examples may cite hypothetical numbers)
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for pat in ["Citation::instrument(", "Citation::article("] {
            for (at, _) in code.match_indices(pat) {
                let rest = code[at + pat.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue; // not a literal (e.g. a variable)
                };
                let Some(end) = rest.find('"') else {
                    continue;
                };
                let number = &rest[..end];
                seen += 1;
                if !reg.contains(number) {
                    missing.push(format!("{number} ({})", f.display()));
                }
            }
        }
    }
    assert!(seen > 0, "no citation literal found: the scan is broken");
    assert!(
        missing.is_empty(),
        "cited but not in the registry (add a row in src/law/registry/): {missing:?}"
    );
}
