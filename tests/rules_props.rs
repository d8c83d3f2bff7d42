//! Property tests of resolution and loading.

mod support;

use chrono::NaiveDate;
use doingoai::activity::ActivityKind;
use doingoai::org::Jurisdiction;
use doingoai::rules::{AttrSet, Attribute, Query, Rulebook, Subject, Tier};
use proptest::prelude::*;

fn territories() -> Vec<Jurisdiction> {
    Jurisdiction::all().collect()
}

fn query() -> impl Strategy<Value = Query> {
    let ts = territories();
    (
        0..ts.len(),
        0..Subject::ALL.len(),
        // 2010-01-01 .. 2027-12-31
        0i64..(18 * 366),
        any::<u64>(),
    )
        .prop_map(move |(ti, ai, day, bits)| {
            let date = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap() + chrono::Days::new(day as u64);
            let mask = (1u64 << Attribute::ALL.len()) - 1;
            Query::new(ts[ti], Subject::ALL[ai], date).with_attributes(AttrSet(bits & mask))
        })
}

fn json() -> &'static str {
    static J: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    J.get_or_init(|| Rulebook::shipped().to_json().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn resolution_is_deterministic(q in query()) {
        let book = Rulebook::shipped();
        match (book.resolve(&q), book.resolve(&q)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a.trace(), b.trace()),
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "different outcomes"),
        }
    }

    #[test]
    fn an_applied_rule_is_in_force_applicable_and_of_the_jurisdiction_its_continuation_or_national(q in query()) {
        let Ok(r) = Rulebook::shipped().resolve(&q) else { return Ok(()); };
        let continued = q.jurisdiction.predecessors().find(|p| p.successor() == Some(q.jurisdiction) && q.jurisdiction.continues() == Some(*p));
        for e in r.entries() {
            let Some(rule) = e.rule() else { continue };
            prop_assert!(rule.validity().contains(q.date), "{} not in force on {}", rule.id(), q.date);
            prop_assert!(rule.when().matches(q.attributes));
            let j = rule.jurisdiction();
            let expected = match e.tier() {
                Some(Tier::Own) => j == q.jurisdiction,
                Some(Tier::Continued) => Some(j) == continued,
                Some(Tier::National) => j == Jurisdiction::National,
                Some(_) | None => false,
            };
            prop_assert!(expected, "{} of {} leaked into {}", rule.id(), j, q.jurisdiction);
            prop_assert!(j.exists_on(q.date) || j == Jurisdiction::National || e.tier() == Some(Tier::Continued));
        }
    }

    #[test]
    fn at_most_one_rule_per_key_per_jurisdiction_is_in_force(day in 0i64..(18 * 366)) {
        let date = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap() + chrono::Days::new(day as u64);
        let mut seen = std::collections::HashSet::new();
        for r in Rulebook::shipped().rules().filter(|r| r.validity().contains(date)) {
            prop_assert!(seen.insert((r.jurisdiction(), r.key())), "two rules for {} in {} on {}", r.key(), r.jurisdiction(), date);
        }
    }

    #[test]
    fn serialise_load_resolve_gives_the_same_answers(q in query()) {
        static BACK: std::sync::OnceLock<Rulebook> = std::sync::OnceLock::new();
        let back = BACK.get_or_init(|| Rulebook::from_json(json()).unwrap());
        let a = Rulebook::shipped().resolve(&q).map(|r| r.trace());
        let b = back.resolve(&q).map(|r| r.trace());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_corrupted_rulebook_is_refused_and_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), prop::sample::select(vec!["", "0", "9", "\"", "{", "}", "[", "]", ",", ":", "-", "x", "null", "2099-13-40", "63:99", "34:00", "weeks"])), 1..4)
    ) {
        let mut chars: Vec<char> = json().chars().collect();
        for (at, with) in &edits {
            let i = at.index(chars.len());
            chars.splice(i..=i, with.chars());
        }
        let text: String = chars.into_iter().collect();
        match Rulebook::from_json(&text) {
            Ok(book) => {
                // an edit that kept the rulebook well formed (e.g. inside a statement) must still resolve
                let _ = book.resolve(&Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalConference), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()));
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
