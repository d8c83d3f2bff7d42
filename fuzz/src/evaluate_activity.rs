//! Target (a): a proposed activity → `rules::evaluate` with the shipped rulebook, then the
//! workflow's assessment and the submission of a case for it. Never panics.
//!
//! The input is either a request in the format of `examples/data/*.json` (a
//! `ProposedActivity`, with an optional `history` of past trips), or bytes from which a
//! proposed activity is built field by field: kind, channel, jurisdiction, applicant body,
//! dates (sometimes reversed, sometimes outside the calendar), participants with positions,
//! sanctions, exit suspensions and relatives, kind-specific details (sometimes of another kind)
//! and a history of past trips by the same people. The activity is assembled as JSON and read
//! with the crate's own deserialiser, so the harness does not depend on how the struct is
//! built in Rust.

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use chrono::NaiveDate;
use doingoai::activity::{
    ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode,
    ForeignRank, Funding, SensitiveTopic,
};
use doingoai::calendar::WeekdaysOnly;
use doingoai::history::History;
use doingoai::org::{BodyKind, DisciplineKind, ManagedBy, Position};
use doingoai::rules::{evaluate, Rulebook};
use doingoai::workflow::{assess, Action, Case, Event, Procedure};
use doingoai::{Channel, Jurisdiction, ProposedActivity};
use serde_json::{json, Map, Value};

use crate::{calendar, date, pick, shift, text};

/// What one run did (for the harness test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ran {
    /// The activity was read (from JSON or built).
    pub read: bool,
    /// `evaluate` returned a decision.
    pub decided: bool,
    /// The decision was admissible.
    pub admissible: bool,
    /// A case was submitted and the submission accepted.
    pub submitted: bool,
}

/// Runs the target on one input.
pub fn run(data: &[u8]) -> Ran {
    let request = match from_json(data) {
        Some(r) => Some(r),
        None => build(&mut Unstructured::new(data)).ok().flatten(),
    };
    match request {
        Some((activity, history)) => check(&activity, &history),
        None => Ran::default(),
    }
}

/// A request in the format of `examples/data/*.json`.
fn from_json(data: &[u8]) -> Option<(ProposedActivity, History)> {
    let Value::Object(mut obj) = serde_json::from_slice::<Value>(data).ok()? else {
        return None;
    };
    let history = match obj.remove("history") {
        Some(h) => serde_json::from_value::<History>(h).ok()?,
        None => History::default(),
    };
    let activity = serde_json::from_value::<ProposedActivity>(Value::Object(obj)).ok()?;
    Some((activity, history))
}

fn jurisdictions() -> &'static [Jurisdiction] {
    static ALL: OnceLock<Vec<Jurisdiction>> = OnceLock::new();
    ALL.get_or_init(|| Jurisdiction::all().collect())
}

/// The jurisdictions with the most rules (their layers, and the provinces merged in 2025).
const FAVOURED: &[&str] = &[
    "national", "34:48", "63:79", "63:01", "63:49", "34:01", "34:79", "63:48",
];

fn jurisdiction(u: &mut Unstructured<'_>) -> Result<Jurisdiction> {
    if u.ratio(3u8, 4)? {
        let code = pick(u, FAVOURED)?;
        Ok(code.parse().unwrap_or(Jurisdiction::National))
    } else {
        Ok(*pick(u, jurisdictions())?)
    }
}

fn code<T: Copy>(u: &mut Unstructured<'_>, all: &[T], f: fn(T) -> &'static str) -> Result<Value> {
    Ok(Value::from(f(*pick(u, all)?)))
}

fn day(d: NaiveDate) -> Value {
    Value::from(d.to_string())
}

fn body(u: &mut Unstructured<'_>, j: Jurisdiction) -> Result<Value> {
    let mut b = Map::new();
    b.insert("kind".into(), code(u, BodyKind::ALL, BodyKind::code)?);
    let j = if u.ratio(7u8, 8)? {
        j
    } else {
        jurisdiction(u)?
    };
    b.insert("jurisdiction".into(), Value::from(j.to_string()));
    if u.ratio(1u8, 3)? {
        b.insert("name".into(), Value::from(text(u)?));
    }
    Ok(Value::Object(b))
}

/// A validity period from `around`, sometimes reversed (the request is then malformed).
fn validity(u: &mut Unstructured<'_>, around: NaiveDate) -> Result<Value> {
    let from = shift(u, around, true)?;
    Ok(if u.ratio(1u8, 4)? {
        json!({ "from": day(from) })
    } else {
        let back = u.ratio(1u8, 16)?;
        json!({ "from": day(from), "to": day(shift(u, from, back)?) })
    })
}

const PEOPLE: &[&str] = &["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];

fn participant(
    u: &mut Unstructured<'_>,
    j: Jurisdiction,
    around: NaiveDate,
    head: bool,
) -> Result<Value> {
    let mut o = Map::new();
    o.insert("id".into(), Value::from(*pick(u, PEOPLE)?));
    o.insert("name".into(), Value::from(text(u)?));
    o.insert("position".into(), code(u, Position::ALL, Position::code)?);
    o.insert(
        "managed_by".into(),
        code(u, ManagedBy::ALL, ManagedBy::code)?,
    );
    o.insert("key_leader".into(), Value::from(u.arbitrary::<bool>()?));
    if u.ratio(1u8, 4)? {
        o.insert("unit".into(), body(u, j)?);
    }
    let mut discipline = Vec::new();
    for _ in 0..u.int_in_range(0u8..=2)? {
        discipline.push(json!({
            "kind": code(u, DisciplineKind::ALL, DisciplineKind::code)?,
            "decided": day(shift(u, around, true)?),
            "in_effect": validity(u, around)?,
        }));
    }
    o.insert("discipline".into(), Value::Array(discipline));
    let mut suspensions = Vec::new();
    if u.ratio(1u8, 6)? {
        suspensions.push(json!({ "period": validity(u, around)?, "ground": text(u)? }));
    }
    o.insert("exit_suspensions".into(), Value::Array(suspensions));
    let mut p = Map::new();
    p.insert(
        "role".into(),
        Value::from(if head { "head" } else { "member" }),
    );
    p.insert("official".into(), Value::Object(o));
    if u.ratio(1u8, 8)? {
        p.insert("relative_of".into(), Value::from(*pick(u, PEOPLE)?));
    }
    Ok(Value::Object(p))
}

fn topics(u: &mut Unstructured<'_>) -> Result<Value> {
    let mut v = Vec::new();
    for _ in 0..u.int_in_range(0u8..=2)? {
        v.push(code(u, SensitiveTopic::ALL, SensitiveTopic::code)?);
    }
    Ok(Value::Array(v))
}

/// Kind-specific details: usually those of `kind`, sometimes of another kind or none.
fn details(u: &mut Unstructured<'_>, kind: ActivityKind, around: NaiveDate) -> Result<Value> {
    let kind = if u.ratio(7u8, 8)? {
        kind
    } else {
        *pick(u, ActivityKind::ALL)?
    };
    Ok(match kind {
        ActivityKind::OutboundDelegation => {
            let mut countries = Vec::new();
            for _ in 0..u.int_in_range(0u8..=5)? {
                let days: u32 = if u.ratio(1u8, 16)? {
                    u.arbitrary()?
                } else {
                    u.int_in_range(0..=12)?
                };
                countries.push(json!({
                    "country": *pick(u, &["JP", "KR", "US", "FR", "LA", "", "ZZ"])?,
                    "days": days,
                    "major_event": u.ratio(1u8, 5)?,
                }));
            }
            json!({
                "type": "delegation",
                "countries": countries,
                "funding": code(u, Funding::ALL, Funding::code)?,
                "purpose": text(u)?,
            })
        }
        ActivityKind::InboundDelegation => json!({
            "type": "inbound",
            "country": text(u)?,
            "rank": code(u, ForeignRank::ALL, ForeignRank::code)?,
            "size": u.arbitrary::<u32>()?,
        }),
        ActivityKind::InternationalConference => json!({
            "type": "conference",
            "mode": code(u, ConferenceMode::ALL, ConferenceMode::code)?,
            "foreign_rank": code(u, ForeignRank::ALL, ForeignRank::code)?,
            "topics": topics(u)?,
            "chaired_by_ppc": u.arbitrary::<bool>()?,
            "front_or_mass_organisation": u.arbitrary::<bool>()?,
            "hosting_approval": u.arbitrary::<bool>()?,
        }),
        ActivityKind::InternationalAgreement => {
            let mut concerns = Vec::new();
            for _ in 0..u.int_in_range(0u8..=2)? {
                concerns.push(code(u, AgreementConcern::ALL, AgreementConcern::code)?);
            }
            json!({
                "type": "agreement",
                "level": code(u, AgreementLevel::ALL, AgreementLevel::code)?,
                "procedure": code(u, AgreementProcedure::ALL, AgreementProcedure::code)?,
                "concerns": concerns,
                "partner": text(u)?,
            })
        }
        ActivityKind::ForeignAid => json!({
            "type": "aid",
            "value_vnd": u.arbitrary::<u64>()?,
            "topics": topics(u)?,
            "donor": text(u)?,
        }),
        ActivityKind::ForeignPress => json!({
            "type": "press",
            "resident": u.arbitrary::<bool>()?,
            "outlet": text(u)?,
        }),
        ActivityKind::ForeignNgo => json!({
            "type": "ngo",
            "organisation": text(u)?,
            "renewal": u.arbitrary::<bool>()?,
            "expiry": if u.arbitrary::<bool>()? { day(shift(u, around, true)?) } else { Value::Null },
        }),
        _ => json!({ "type": "none" }),
    })
}

/// A proposed activity and a history built from the bytes; `None` when the crate's
/// deserialiser refuses what was built (a reversed validity, an out-of-range date in JSON…).
pub fn build(u: &mut Unstructured<'_>) -> Result<Option<(ProposedActivity, History)>> {
    let kind = *pick(u, ActivityKind::ALL)?;
    let j = jurisdiction(u)?;
    let filed_on = date(u)?;
    let starts_on = shift(u, filed_on, true)?;
    let ends_on = shift(u, starts_on, true)?;
    let mut a = Map::new();
    a.insert("id".into(), Value::from(text(u)?));
    a.insert("kind".into(), Value::from(kind.code()));
    a.insert("channel".into(), code(u, Channel::ALL, Channel::code)?);
    a.insert("jurisdiction".into(), Value::from(j.to_string()));
    a.insert("applicant".into(), body(u, j)?);
    a.insert("filed_on".into(), day(filed_on));
    a.insert("starts_on".into(), day(starts_on));
    a.insert("ends_on".into(), day(ends_on));
    a.insert("title".into(), Value::from(text(u)?));
    a.insert("in_plan".into(), Value::from(u.ratio(3u8, 4)?));
    let n = if u.ratio(1u8, 32)? {
        u.int_in_range(0u8..=64)?
    } else {
        u.int_in_range(0u8..=8)?
    };
    let mut participants = Vec::new();
    for i in 0..n {
        let head = i == 0 && u.ratio(7u8, 8)?;
        participants.push(participant(u, j, starts_on, head)?);
    }
    a.insert("participants".into(), Value::Array(participants));
    a.insert("details".into(), details(u, kind, starts_on)?);
    let mut trips = Vec::new();
    for _ in 0..u.int_in_range(0u8..=8)? {
        let tj = if u.ratio(3u8, 4)? {
            j
        } else {
            jurisdiction(u)?
        };
        trips.push(json!({
            "person": *pick(u, PEOPLE)?,
            "start": day(shift(u, filed_on, true)?),
            "jurisdiction": tj.to_string(),
            "out_of_plan": u.arbitrary::<bool>()?,
        }));
    }
    let history = serde_json::from_value::<History>(json!({ "trips": trips })).ok();
    let activity = serde_json::from_value::<ProposedActivity>(Value::Object(a)).ok();
    Ok(activity.zip(history))
}

/// Evaluates, assesses and submits; checks what must hold whatever the facts.
pub fn check(activity: &ProposedActivity, history: &History) -> Ran {
    let mut ran = Ran {
        read: true,
        ..Ran::default()
    };
    let rb = Rulebook::shipped();
    let cal = calendar();
    if let Ok(d) = evaluate(activity, rb, cal, history) {
        ran.decided = true;
        ran.admissible = d.is_admissible();
        assert_eq!(d.as_of, activity.filed_on);
        assert_eq!(
            d.is_admissible(),
            d.violations.is_empty() && d.authority.is_some()
        );
        for f in &d.filings {
            assert_eq!(f.on_time, f.filed_on <= f.latest, "filing {f:?}");
        }
        let _ = d.citations();
        let _ = d.trace.to_string();
        serde_json::to_string(&d).expect("a decision serialises");
    }
    // the same request on the weekdays-only calendar
    let _ = evaluate(activity, rb, &WeekdaysOnly, history);
    let Some(procedure) = Procedure::for_kind(activity.kind) else {
        return ran;
    };
    let Ok(assessment) = assess(activity, procedure, rb, cal, history) else {
        return ran;
    };
    let Some(mut case) = Case::for_activity(activity) else {
        return ran;
    };
    let before = case.clone();
    let submit = Event::new(
        case.applicant().clone(),
        activity.filed_on,
        Action::Submit {
            assessment: Box::new(assessment),
        },
    );
    match case.apply(submit) {
        Ok(_) => {
            ran.submitted = true;
            let back =
                Case::from_json(&case.to_json().expect("json")).expect("a submitted case loads");
            assert_eq!(back, case);
        }
        Err(r) => {
            assert!(!r.unmet.is_empty());
            assert_eq!(case, before, "a refused submission changed the case");
        }
    }
    ran
}
