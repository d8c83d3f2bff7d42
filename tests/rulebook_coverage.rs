//! Fillable provincial layers (`Rulebook::template`) and the coverage matrix
//! (`Rulebook::coverage`): every province's template reads as a valid layer and loads; a block
//! uncommented and filled in overrides the national rule; the coverage counts match a hand
//! count; the SVG heat map is well-formed XML.

use chrono::NaiveDate;
use doingoai::activity::ActivityKind;
use doingoai::org::{provinces, Jurisdiction, ProvinceSet};
use doingoai::rules::{
    province_slug, CoverageSource, Family, Layer, LeadTime, Period, Query, Rulebook, Subject,
    TemplateError, Tier,
};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

fn j(s: &str) -> Jurisdiction {
    s.parse().unwrap()
}

/// The template with the commented-out block of rule `id` made live: every line of the block
/// loses its leading `# ` (lines that were comments inside the block stay comments).
fn uncomment(text: &str, id: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == format!("# id = \"{id}\""))
        .unwrap_or_else(|| panic!("no commented block for {id}"));
    let start = (0..at)
        .rev()
        .find(|i| lines[*i] == "# [[rule]]")
        .expect("the block starts with # [[rule]]");
    let end = (at..lines.len())
        .find(|i| lines[*i].is_empty())
        .unwrap_or(lines.len());
    let mut out = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        if (start..end).contains(&i) {
            out.push(l.strip_prefix("# ").unwrap_or(l).to_string());
        } else {
            out.push(l.to_string());
        }
    }
    out.join("\n") + "\n"
}

#[test]
fn every_provinces_template_reads_as_a_valid_layer_and_loads() {
    let book = Rulebook::shipped();
    let mut n = 0;
    for p in provinces(ProvinceSet::From2025) {
        let jur = p.jurisdiction();
        let text = book.template(jur, day()).unwrap();
        let file = format!("{}.toml", jur.to_string().replace(':', "-"));
        let layer = Layer::from_toml(&file, &text).unwrap_or_else(|e| panic!("{jur}: {e}\n{text}"));
        assert_eq!(layer.jurisdiction, jur);
        // only the province's own rules are live; the commented blocks do not count
        let own: usize = book
            .layers()
            .iter()
            .filter(|l| l.jurisdiction == jur && l.source == layer.source)
            .map(Layer::len)
            .sum();
        assert_eq!(layer.len(), own, "{jur}");
        assert!(text.contains("# [[rule]]"), "{jur}: no national block");
        let slug = province_slug(jur);
        // the outbound lead-time gap is offered as a block, or the province's own rule of
        // that key (Đồng Tháp's) is named
        assert!(
            text.contains(&format!(
                "# id = \"{slug}.outbound_delegation.lead_time.request"
            )) || text.contains(&format!(
                "# already overridden by your rule `{slug}.outbound_delegation.lead_time.request`"
            )),
            "{jur}: the outbound lead-time gap is offered"
        );
        // it loads on top of the shipped rulebook, replacing the province's shipped layer
        let loaded = book
            .with_layer_files(&[(&file, &text)])
            .unwrap_or_else(|e| panic!("{jur}: {e}"));
        assert_eq!(loaded.rules().count(), book.rules().count(), "{jur}");
        assert!(loaded
            .version_id()
            .ends_with(&format!("+{jur}@{}", layer.version)));
        n += 1;
    }
    assert_eq!(n, 34);
}

#[test]
fn templates_name_predecessors_and_flag_gaps() {
    let book = Rulebook::shipped();
    let tq = book.template(j("34:08"), day()).unwrap();
    assert!(
        tq.contains("merges 63:02 Hà Giang, 63:08 Tuyên Quang"),
        "{tq}"
    );
    let hn = book.template(j("34:01"), day()).unwrap();
    assert!(hn.contains("continues 63:01 Hà Nội unchanged"));
    assert!(hn.contains("applies today instead: `ha_noi.outbound_delegation.processing.total`"));
    // every national gap in force is flagged
    let gaps = book
        .gaps()
        .filter(|g| g.jurisdiction() == Jurisdiction::National && g.validity().contains(day()))
        .count();
    let flagged = tq
        .lines()
        .filter(|l| *l == "# GAP: no national figure — your province's figure goes here")
        .count();
    assert_eq!(flagged, gaps);
    // sourced national blocks carry the national citation, figure and grade
    assert!(tq.contains("# cite = [\"điểm a khoản 1 Điều 4 06/2020/QĐ-TTg\"]"));
    assert!(tq.contains("# value = { before = { calendar_days = 30 }"));
    // the national baseline and a unit that no longer exists have none
    assert_eq!(
        book.template(Jurisdiction::National, day()),
        Err(TemplateError::National)
    );
    assert!(matches!(
        book.template(j("63:40"), day()),
        Err(TemplateError::Jurisdiction(_))
    ));
}

#[test]
fn an_uncommented_gap_block_filled_in_overrides_the_national_lead_time() {
    let book = Rulebook::shipped();
    let nghe_an = j("34:40");
    let text = book.template(nghe_an, day()).unwrap();
    let id = "nghe_an.outbound_delegation.lead_time.request";
    let filled = uncomment(&text, id).replace(
        "# value = { before = { working_days = 10 }, anchor = \"start\", filed_with = \"fa_agency\" }",
        "value = { before = { working_days = 15 }, anchor = \"start\", filed_with = \"fa_agency\" }",
    );
    let layer = Layer::from_toml("34-40-nghe-an.toml", &filled).unwrap();
    assert_eq!(layer.len(), 1);
    let loaded = book
        .with_layer_files(&[("34-40-nghe-an.toml", &filled)])
        .unwrap();
    let q = Query::new(
        nghe_an,
        Subject::Activity(ActivityKind::OutboundDelegation),
        day(),
    );
    let r = loaded.resolve(&q).unwrap();
    let e = r
        .entries()
        .find(|e| e.family() == Family::LeadTime && e.topic() == "request")
        .unwrap();
    assert_eq!(e.tier(), Some(Tier::Own));
    let rule = r.get::<LeadTime>("request").unwrap();
    assert_eq!(rule.id.as_str(), id);
    assert_eq!(rule.jurisdiction, nghe_an);
    assert_eq!(rule.value.as_ref().unwrap().before, Period::WorkingDays(15));
    // before: the national gap
    let before = book.resolve(&q).unwrap();
    assert!(before.get::<LeadTime>("request").unwrap().value.is_none());
    // and in the coverage matrix the key is now provincial
    let cov = loaded.coverage(day());
    let row = cov.province(nghe_an).unwrap();
    assert_eq!(row.provincial_keys, 1);
    let cell = row
        .cell(
            Subject::Activity(ActivityKind::OutboundDelegation),
            Family::LeadTime,
        )
        .unwrap();
    assert_eq!(cell.source, CoverageSource::Provincial);
    assert_eq!(loaded.coverage(day()).summary.with_provincial_rule, 7);
}

#[test]
fn an_uncommented_national_block_with_its_figure_changed_overrides_it() {
    let book = Rulebook::shipped();
    let tq = j("34:08");
    let text = book.template(tq, day()).unwrap();
    let id = "tuyen_quang.conference.lead_time.provincial_tier";
    let filled = uncomment(&text, id).replace(
        "value = { before = { calendar_days = 30 }, anchor = \"start\"",
        "value = { before = { calendar_days = 45 }, anchor = \"start\"",
    );
    let loaded = book
        .with_layer_files(&[("34-08-tuyen-quang.toml", &filled)])
        .unwrap();
    let q = Query::new(
        tq,
        Subject::Activity(ActivityKind::InternationalConference),
        day(),
    );
    let r = loaded.resolve(&q).unwrap();
    let e = r
        .entries()
        .find(|e| e.family() == Family::LeadTime && e.topic() == "provincial_tier")
        .unwrap();
    assert_eq!(e.tier(), Some(Tier::Own));
    assert_eq!(
        r.get::<LeadTime>("provincial_tier")
            .unwrap()
            .value
            .as_ref()
            .unwrap()
            .before,
        Period::CalendarDays(45)
    );
    assert_eq!(
        e.overridden().count(),
        1,
        "the national 30 days is overridden"
    );
}

#[test]
fn the_da_nang_template_keeps_its_caps_live_and_reloads_identically() {
    let book = Rulebook::shipped();
    let text = book.template(j("34:48"), day()).unwrap();
    let layer = Layer::from_toml("34-48-da-nang.toml", &text).unwrap();
    let shipped = book
        .layers()
        .iter()
        .find(|l| l.jurisdiction == j("34:48"))
        .unwrap();
    assert_eq!(&layer, shipped);
    // the national two-key-leaders rule is already overridden: named, no block
    assert!(text.contains(
        "# already overridden by your rule `da_nang.outbound_delegation.condition.two_key_leaders`"
    ));
    assert!(!text.contains("# id = \"da_nang.outbound_delegation.condition.two_key_leaders\""));
}

#[test]
fn coverage_counts_match_a_hand_count() {
    let cov = Rulebook::shipped().coverage(day());
    assert_eq!(cov.provinces.len(), 34);
    assert_eq!(cov.summary.provinces, 34);
    assert_eq!(cov.summary.with_layer, 34);
    let out = Subject::Activity(ActivityKind::OutboundDelegation);
    let conf = Subject::Activity(ActivityKind::InternationalConference);

    // Đà Nẵng (34:48): its 8 caps of CV 101/UBND-SNV, all outbound conditions.
    let dn = cov.province(j("34:48")).unwrap();
    assert!(dn.has_layer);
    assert_eq!(dn.continues, None);
    assert_eq!(dn.provincial_keys, 8);
    assert_eq!(dn.provincial_gaps, 0);
    let k = dn.cell(out, Family::Condition).unwrap();
    // 8 own keys + 6 national (two_key_leaders shared) = 13 keys: 8 provincial, 5 national
    assert_eq!(
        (k.keys, k.provincial, k.national, k.unsourced),
        (13, 8, 5, 0)
    );
    assert_eq!(k.source, CoverageSource::Provincial);
    assert_eq!(k.code(), 'P');
    // authority (Luật 49/2019 Art. 11, after audit B-3): sender, sender_party, the HĐND-standing
    // sender and the board-managed cadres' sender are national and sourced; the provincial
    // people's-channel sender stays a gap (Art. 11 names none).
    let a = dn.cell(out, Family::Authority).unwrap();
    assert_eq!((a.keys, a.national, a.unsourced), (5, 4, 1));
    assert_eq!(a.code(), 'n');
    // the outbound lead time: one key, a national gap
    let l = dn.cell(out, Family::LeadTime).unwrap();
    assert_eq!(
        (l.keys, l.unsourced, l.source),
        (1, 1, CoverageSource::Unsourced)
    );
    assert_eq!(dn.cell(out, Family::Escalation).unwrap().keys, 0);

    // Tuyên Quang (34:08): a layer file with no rule; merged predecessors do not carry over.
    let tq = cov.province(j("34:08")).unwrap();
    assert!(tq.has_layer);
    assert_eq!((tq.provincial_keys, tq.provincial_gaps), (0, 0));
    let k = tq.cell(out, Family::Condition).unwrap();
    assert_eq!((k.keys, k.provincial, k.national), (6, 0, 6));
    let code = |p: &doingoai::rules::ProvinceCoverage, s| -> String {
        Family::ALL
            .iter()
            .map(|f| p.cell(s, *f).unwrap().code())
            .collect()
    };
    assert_eq!(code(tq, out), "n-G-nNn");
    assert_eq!(code(dn, out), "n-G-nPn");
    assert_eq!(code(tq, conf), "N-NNG-N");
    let lt = tq.cell(conf, Family::LeadTime).unwrap();
    assert_eq!((lt.keys, lt.national), (2, 2)); // pm_tier 40 days, provincial_tier 30 days

    // Đồng Tháp (34:82): its three entries are provincial gaps (instrument known, body not read).
    let dt = cov.province(j("34:82")).unwrap();
    assert_eq!((dt.provincial_keys, dt.provincial_gaps), (0, 3));

    // the summary: the provinces with a sourced provincial rule in force on 01/06/2026
    let with: Vec<String> = cov
        .provinces
        .iter()
        .filter(|p| p.provincial_keys > 0)
        .map(|p| format!("{} {}", p.jurisdiction, p.provincial_keys))
        .collect();
    assert_eq!(
        with,
        ["34:01 10", "34:04 4", "34:12 1", "34:46 1", "34:48 8", "34:79 3"]
    );
    assert_eq!(cov.summary.with_provincial_rule, 6);
    assert_eq!(cov.summary.provincial_keys, 27);

    let md = cov.to_markdown();
    assert!(
        md.contains("| 34:48 | Đà Nẵng | yes | 8 | 0 | `n-G-nPn` |"),
        "{md}"
    );
    assert!(md.contains("**6 with at least one sourced provincial rule in force**"));
    // serialisable
    let json = serde_json::to_value(&cov).unwrap();
    assert_eq!(json["summary"]["with_provincial_rule"], 6);
    assert_eq!(json["provinces"][0]["jurisdiction"], "34:01");
}

/// A tiny XML well-formedness check: tags balanced and properly nested, attributes quoted,
/// no stray `<` or `&` in text.
fn well_formed(xml: &str) -> Result<usize, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut elements = 0;
    let mut rest = xml;
    let check_text = |t: &str| -> Result<(), String> {
        let mut s = t;
        while let Some(i) = s.find('&') {
            let tail = &s[i..];
            let ok = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|e| tail.starts_with(e));
            if !ok {
                return Err(format!("bare & in {t:?}"));
            }
            s = &tail[1..];
        }
        Ok(())
    };
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open])?;
        let after = &rest[open..];
        let close = after.find('>').ok_or("unclosed tag")?;
        let tag = &after[1..close];
        if tag.contains('<') {
            return Err(format!("`<` inside a tag: {tag}"));
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack
                .pop()
                .ok_or(format!("</{name}> without an opening tag"))?;
            if top != name.trim() {
                return Err(format!("</{name}> closes <{top}>"));
            }
        } else if !tag.starts_with('?') && !tag.starts_with('!') {
            elements += 1;
            let self_closing = tag.ends_with('/');
            let body = tag.trim_end_matches('/');
            let name: String = body.chars().take_while(|c| !c.is_whitespace()).collect();
            if name.is_empty() {
                return Err("empty tag name".into());
            }
            // attributes: name="value" pairs, quotes balanced, values escaped
            let attrs = &body[name.len()..];
            if attrs.matches('"').count() % 2 != 0 {
                return Err(format!("unbalanced quotes in <{name}>"));
            }
            for (k, v) in attrs.split('"').enumerate() {
                if k % 2 == 1 {
                    check_text(v)?;
                } else if !v.trim().is_empty() && !v.trim().ends_with('=') {
                    return Err(format!("bad attribute syntax in <{name}>: {v:?}"));
                }
            }
            if !self_closing {
                stack.push(name);
            }
        }
        rest = &after[close + 1..];
    }
    check_text(rest)?;
    if rest.trim().is_empty() && stack.is_empty() {
        Ok(elements)
    } else {
        Err(format!("unclosed elements: {stack:?}"))
    }
}

#[test]
fn the_svg_heat_map_is_well_formed() {
    let cov = Rulebook::shipped().coverage(day());
    let svg = cov.to_svg();
    let n = well_formed(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert!(n > 34 * 40, "{n} elements");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<svg").count(), 1);
    // no external resource (fonts, images, stylesheets)
    for bad in ["@import", "url(", "<image", "href=", "@font-face"] {
        assert!(!svg.contains(bad), "{bad}");
    }
    // bilingual labels, every province, the legend's four sources
    for p in &cov.provinces {
        assert!(svg.contains(&format!("{} {} / {}", p.jurisdiction, p.name_vi, p.name_en)));
    }
    for s in CoverageSource::ALL {
        assert!(svg.contains(s.colour()));
    }
    assert!(svg.contains("đoàn ra") && svg.contains("outbound delegation"));
    // the checker itself rejects what it should
    assert!(well_formed("<svg><g></svg>").is_err());
    assert!(well_formed("<svg>a & b</svg>").is_err());
    assert!(well_formed("<svg><text x=\"1>a</text></svg>").is_err());
    // deterministic
    assert_eq!(svg, Rulebook::shipped().coverage(day()).to_svg());
}

#[test]
fn a_loaded_file_replaces_the_layer_of_the_same_jurisdiction_and_source_only() {
    let book = Rulebook::shipped();
    let header = |source: &str| {
        format!(
            "schema = 1\n[layer]\njurisdiction = \"34:48\"\nsource = \"{source}\"\nversion = \"2026.6\"\ntitle = {{ vi = \"Đà Nẵng\", en = \"Da Nang\" }}\n"
        )
    };
    // the same source: the shipped Đà Nẵng layer (8 caps) is replaced by the empty one
    let ubnd = header("ubnd_regulation");
    let replaced = book.with_layer_files(&[("34-48.toml", &ubnd)]).unwrap();
    assert_eq!(replaced.layers().len(), book.layers().len());
    assert_eq!(replaced.rules().count(), book.rules().count() - 8);
    assert_eq!(
        replaced
            .coverage(day())
            .province(j("34:48"))
            .unwrap()
            .provincial_keys,
        0
    );
    // another source: added beside it
    let party = header("party_regulation");
    let added = book
        .with_layer_files(&[("34-48-party.toml", &party)])
        .unwrap();
    assert_eq!(added.layers().len(), book.layers().len() + 1);
    assert_eq!(added.rules().count(), book.rules().count());
}
