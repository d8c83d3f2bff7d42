//! Tests that kill the mutants cargo-mutants left alive in `src/rules/resolve.rs` (issue 13
//! item 2; see `docs/mutation.md`): what the resolution of a real query chooses, what its
//! trace lists as overridden, not in force and not applicable, the succession notes, the
//! lookups (`get`, `find`), the refusals of a jurisdiction that does not exist on the date,
//! and the trace as text. Every expected value is read off the shipped rulebook files.

mod support;

use doingoai::activity::ActivityKind;
use doingoai::org::Jurisdiction;
use doingoai::rules::{
    Condition, Family, Obligation, Query, ResolveError, Rulebook, Subject as A, Tier, Trace,
    TraceLine,
};
use support::{d, t};

const OUT: A = A::Activity(ActivityKind::OutboundDelegation);
const CONF: A = A::Activity(ActivityKind::InternationalConference);

/// Hà Nội (63:01) on 01/01/2016: its own layer (2014 plan) over the national baseline.
fn ha_noi_2016() -> Query {
    Query::new(t("63:01"), OUT, d(2016, 1, 1))
}

/// Bình Định (63:52) conference on 01/01/2024: its 2010 lead time no longer in force.
fn binh_dinh_conference_2024() -> Query {
    Query::new(t("63:52"), CONF, d(2024, 1, 1))
}

fn trace(q: &Query) -> Trace {
    Rulebook::shipped().resolve(q).expect("exists").trace()
}

fn line<'a>(tr: &'a Trace, family: Family, topic: &str) -> &'a TraceLine {
    tr.lines
        .iter()
        .find(|l| l.family == family && l.topic == topic)
        .unwrap_or_else(|| panic!("no line {family:?}.{topic}"))
}

fn ids(v: &[doingoai::rules::RuleId]) -> Vec<&str> {
    v.iter().map(|x| x.as_str()).collect()
}

/// The line of the trace text for a key (`family.topic: …`).
fn text_line(text: &str, key: &str) -> String {
    let prefix = format!("  {key}: ");
    text.lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no line {key} in\n{text}"))
        .to_string()
}

// `overridden`: only the rules in force AND applicable that lost to the chosen one — not the
// chosen rule itself, not a rule out of force (`chosen.0 != e && in_force && applies`).
#[test]
fn a_rule_out_of_force_is_not_listed_as_overridden() {
    let tr = trace(&binh_dinh_conference_2024());
    let l = line(&tr, Family::LeadTime, "provincial_tier");
    assert_eq!(
        l.applied.as_ref().map(|x| x.as_str()),
        Some("vn.conference.lead_time.provincial_tier")
    );
    assert_eq!(l.tier, Some(Tier::National));
    assert!(l.overridden.is_empty(), "{:?}", l.overridden);
    assert_eq!(
        l.not_in_force
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        vec![
            "binh_dinh.conference.lead_time.provincial_tier",
            "vn.conference.lead_time.provincial_tier.qd76"
        ]
    );
    assert!(l.not_applicable.is_empty());
}

#[test]
fn the_provincial_rule_overrides_only_the_national_one_of_its_key() {
    let tr = trace(&ha_noi_2016());
    let l = line(&tr, Family::Condition, "leader_trips_per_year");
    assert_eq!(
        l.applied.as_ref().map(|x| x.as_str()),
        Some("ha_noi.outbound_delegation.condition.leader_trips_per_year")
    );
    assert_eq!(l.tier, Some(Tier::Own));
    assert!(!l.unsourced);
    assert_eq!(
        ids(&l.overridden),
        vec!["vn.outbound_delegation.condition.leader_trips_per_year"]
    );
    assert!(l.not_in_force.is_empty());
    assert!(l.not_applicable.is_empty());
    // A key with only a provincial rule overrides nothing.
    let l = line(&tr, Family::Condition, "size");
    assert_eq!(
        l.applied.as_ref().map(|x| x.as_str()),
        Some("ha_noi.outbound_delegation.condition.size")
    );
    assert!(l.overridden.is_empty());
}

// `choose` (`in_force && applies`) and `not_applicable` (`in_force && !applies`): a rule in
// force that does not apply to the activity is never chosen, and is listed as not applicable.
#[test]
fn a_rule_in_force_that_does_not_apply_is_not_chosen() {
    let tr = trace(&binh_dinh_conference_2024());
    let l = line(&tr, Family::LeadTime, "pm_tier");
    assert_eq!(l.applied, None);
    assert_eq!(l.tier, None);
    assert!(l.overridden.is_empty());
    assert!(l.not_in_force.is_empty());
    assert_eq!(
        ids(&l.not_applicable),
        vec!["vn.conference.lead_time.pm_tier"]
    );
    let l = line(&tr, Family::Authority, "pm_tier");
    assert_eq!(l.applied, None);
    assert_eq!(
        ids(&l.not_applicable),
        vec!["vn.conference.authority.pm_tier"]
    );
    // Rules out of force are not "not applicable": they are listed as not in force only.
    let tr = trace(&ha_noi_2016());
    let l = line(&tr, Family::Authority, "sender");
    assert_eq!(l.applied, None);
    assert!(l.not_applicable.is_empty());
    assert_eq!(
        l.not_in_force
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        vec![
            "vn.outbound_delegation.authority.sender",
            "vn.outbound_delegation.authority.sender.tt04"
        ]
    );
}

#[test]
fn the_trace_lines_carry_their_family_and_topic() {
    let tr = trace(&ha_noi_2016());
    let r = Rulebook::shipped().resolve(&ha_noi_2016()).expect("exists");
    assert_eq!(r.len(), 22);
    assert!(!r.is_empty());
    assert_eq!(r.entries().count(), r.len());
    assert_eq!(tr.lines.len(), 22);
    let first = tr.lines.first().expect("a line");
    assert_eq!(
        (first.family, first.topic.as_str()),
        (Family::Authority, "sender")
    );
    let last = tr.lines.last().expect("a line");
    assert_eq!(
        (last.family, last.topic.as_str()),
        (Family::Obligation, "semiannual_report")
    );
    assert!(last.unsourced);
    let e = r
        .entries()
        .find(|e| e.topic() == "leader_trips_per_year")
        .expect("key");
    assert_eq!(e.family(), Family::Condition);
    assert_eq!(e.tier(), Some(Tier::Own));
    assert_eq!(r.rulebook().version_id(), Rulebook::shipped().version_id());
    assert_eq!(tr.rulebook, Rulebook::shipped().version_id());
}

#[test]
fn an_empty_rulebook_resolves_to_no_key() {
    let book = Rulebook::from_toml_files("empty", "1", &[]).expect("an empty rulebook is valid");
    let r = book.resolve(&ha_noi_2016()).expect("exists");
    assert_eq!(r.len(), 0);
    assert!(r.is_empty());
    assert_eq!(r.rules().count(), 0);
    assert!(r.trace().lines.is_empty());
}

// `get`: the key is family AND topic.
#[test]
fn get_finds_the_rule_of_its_family_and_topic_only() {
    let r = Rulebook::shipped().resolve(&ha_noi_2016()).expect("exists");
    for topic in [
        "annual_plan",
        "two_key_leaders",
        "size",
        "leader_trips_per_year",
    ] {
        let rule = r.get::<Condition>(topic).expect("a rule");
        assert_eq!(rule.topic, topic);
        assert_eq!(
            rule.id.as_str(),
            format!("ha_noi.outbound_delegation.condition.{topic}")
        );
    }
    assert_eq!(
        r.get::<Condition>("leader_trips_per_year")
            .and_then(|x| x.value.clone()),
        Some(Condition::MaxLeaderTripsPerYear { max: 2 })
    );
    // A topic of another family, and a topic that does not exist.
    assert!(r.get::<Obligation>("leader_trips_per_year").is_none());
    assert!(r.get::<Condition>("result_report").is_none());
    assert!(r.get::<Condition>("no_such_topic").is_none());
    assert_eq!(
        r.family::<Obligation>()
            .map(|x| x.id.as_str())
            .collect::<Vec<_>>(),
        vec![
            "ha_noi.outbound_delegation.obligation.result_report",
            "ha_noi.outbound_delegation.obligation.semiannual_report"
        ]
    );
}

// `Rulebook::find` (survived the whole suite in issue 13's measurement).
#[test]
fn find_returns_the_applying_rule_of_a_topic() {
    let book = Rulebook::shipped();
    let rule = book
        .find::<Condition>(&ha_noi_2016(), "leader_trips_per_year")
        .expect("exists")
        .expect("a rule");
    assert_eq!(
        rule.id.as_str(),
        "ha_noi.outbound_delegation.condition.leader_trips_per_year"
    );
    assert_eq!(rule.jurisdiction, t("63:01"));
    assert_eq!(
        rule.value,
        Some(Condition::MaxLeaderTripsPerYear { max: 2 })
    );
    // The national one where Hà Nội had none: a province without a layer.
    let rule = book
        .find::<Condition>(
            &Query::new(t("63:38"), OUT, d(2020, 1, 1)),
            "leader_trips_per_year",
        )
        .expect("exists")
        .expect("a rule");
    assert_eq!(
        rule.id.as_str(),
        "vn.outbound_delegation.condition.leader_trips_per_year"
    );
    assert_eq!(rule.jurisdiction, Jurisdiction::National);
    assert_eq!(
        book.find::<Condition>(&ha_noi_2016(), "no_such_topic"),
        Ok(None)
    );
    assert!(matches!(
        book.find::<Condition>(
            &Query::new(t("63:74"), OUT, d(2025, 7, 1)),
            "leader_trips_per_year"
        ),
        Err(ResolveError::JurisdictionEnded { .. })
    ));
}

// `succession_notes`: a province with its own layer gets no note; one continuing an
// unchanged unit gets exactly that note; the nation gets none.
#[test]
fn succession_notes_are_given_only_where_they_apply() {
    let book = Rulebook::shipped();
    let r = book.resolve(&ha_noi_2016()).expect("exists");
    assert_eq!(r.succession_notes(), Vec::<String>::new());
    let r = book
        .resolve(&Query::new(Jurisdiction::National, OUT, d(2026, 1, 1)))
        .expect("exists");
    assert_eq!(r.succession_notes(), Vec::<String>::new());
    let r = book
        .resolve(&Query::new(t("34:04"), OUT, d(2025, 9, 1)))
        .expect("exists");
    assert_eq!(
        r.succession_notes(),
        vec![
            "34:04 (Cao Bằng) continues 63:04 unchanged since 01/07/2025 (NQ 202/2025/QH15): the \
             rules of 63:04 still apply where 34:04 has none of its own"
                .to_string()
        ]
    );
    let r = book
        .resolve(&Query::new(t("63:38"), OUT, d(2020, 1, 1)))
        .expect("exists");
    assert_eq!(r.succession_notes().len(), 1);
}

// `resolve`: a unit of the 63 asked about before its first day (01/08/2008) does not yet
// exist — the guard `q.date > last_day` tells it from a unit that has ceased.
#[test]
fn a_63_set_unit_before_01_08_2008_does_not_yet_exist() {
    let book = Rulebook::shipped();
    let e = book
        .resolve(&Query::new(t("63:01"), OUT, d(2008, 7, 31)))
        .expect_err("refused");
    assert_eq!(
        e,
        ResolveError::NotYetInExistence {
            jurisdiction: t("63:01"),
            name: "Hà Nội",
            first_day: d(2008, 8, 1),
            predecessors: "none modelled (earlier units are outside the library)".to_string(),
        }
    );
    assert_eq!(
        e.to_string(),
        "63:01 (Hà Nội) exists from 2008-08-01; before that ask its predecessors: none modelled \
         (earlier units are outside the library)"
    );
    assert!(book
        .resolve(&Query::new(t("63:01"), OUT, d(2008, 8, 1)))
        .is_ok());
}

// `succession_text`: the refusal says what became of a ceased unit.
#[test]
fn a_ceased_unit_is_refused_with_what_became_of_it() {
    let book = Rulebook::shipped();
    let e = book
        .resolve(&Query::new(t("63:04"), OUT, d(2025, 7, 1)))
        .expect_err("refused");
    assert_eq!(
        e.to_string(),
        "63:04 (Cao Bằng) ceased on 2025-06-30 (NQ 202/2025/QH15): it continues unchanged as \
         34:04 (Cao Bằng); ask 34:04"
    );
    let e = book
        .resolve(&Query::new(t("63:74"), OUT, d(2025, 7, 1)))
        .expect_err("refused");
    assert_eq!(
        e.to_string(),
        "63:74 (Bình Dương) ceased on 2025-06-30 (NQ 202/2025/QH15): it was merged into 34:79 \
         (Hồ Chí Minh); its rules are tied to its own territory and period and are not carried \
         over — ask 34:79, whose own rules and the national baseline apply"
    );
}

// `Display for Trace`: the applied rule and its tier, "overrides …" only when something was
// overridden, "not applicable …" only when something was not applicable.
#[test]
fn the_trace_text_shows_each_key_exactly() {
    let book = Rulebook::shipped();
    let text = trace(&ha_noi_2016()).to_string();
    assert_eq!(
        text.lines().next(),
        Some(
            format!(
                "{} — 63:01 outbound_delegation on 01/01/2016",
                book.version_id()
            )
            .as_str()
        )
    );
    assert_eq!(
        text_line(&text, "condition.leader_trips_per_year"),
        "  condition.leader_trips_per_year: ha_noi.outbound_delegation.condition.leader_trips_per_year \
         (Own); overrides vn.outbound_delegation.condition.leader_trips_per_year (a more specific \
         jurisdiction wins)"
    );
    assert_eq!(
        text_line(&text, "condition.size"),
        "  condition.size: ha_noi.outbound_delegation.condition.size (Own)"
    );
    assert_eq!(
        text_line(&text, "obligation.semiannual_report"),
        "  obligation.semiannual_report: ha_noi.outbound_delegation.obligation.semiannual_report \
         (Own, unsourced)"
    );
    assert_eq!(
        text_line(&text, "condition.party_opinion"),
        "  condition.party_opinion: no rule applies; not applicable to this activity: \
         ha_noi.outbound_delegation.condition.party_notice"
    );
    let text = trace(&binh_dinh_conference_2024()).to_string();
    assert_eq!(
        text_line(&text, "lead_time.provincial_tier"),
        "  lead_time.provincial_tier: vn.conference.lead_time.provincial_tier (National); \
         binh_dinh.conference.lead_time.provincial_tier not in force (30/11/2010 – 14/04/2020); \
         vn.conference.lead_time.provincial_tier.qd76 not in force (30/11/2010 – 14/04/2020)"
    );
}
