//! Helpers shared by the rules tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use doingoai::law::{Citation, Evidence};
use doingoai::rules::{
    ActivityKind, AttrSet, Attribute, LayerTable, Query, Rule, Rulebook, Territory,
};

pub fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

pub fn t(s: &str) -> Territory {
    s.parse().unwrap()
}

/// The rule of family `V` and `topic` that applies to `activity` in `j` on `on` with `attrs`.
pub fn rule<V: LayerTable + 'static>(
    j: &str,
    activity: ActivityKind,
    on: NaiveDate,
    attrs: &[Attribute],
    topic: &str,
) -> &'static Rule<V> {
    let q = Query::new(t(j), activity, on).with_attributes(AttrSet::of(attrs));
    let r = Rulebook::shipped().resolve(&q).unwrap();
    r.get::<V>(topic)
        .unwrap_or_else(|| panic!("no {topic} rule for {activity:?} in {j} on {on}"))
}

/// The value of that rule (panics if unsourced).
pub fn value<V: LayerTable + Clone + 'static>(
    j: &str,
    activity: ActivityKind,
    on: NaiveDate,
    attrs: &[Attribute],
    topic: &str,
) -> V {
    rule::<V>(j, activity, on, attrs, topic)
        .value
        .clone()
        .unwrap_or_else(|| panic!("{topic} is unsourced"))
}

pub fn cites<V>(r: &Rule<V>, c: Citation) -> bool {
    r.citations.contains(&c)
}

pub fn graded<V>(r: &Rule<V>, e: Evidence) -> bool {
    r.evidence == e
}
