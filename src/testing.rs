//! Property testing for users' own rule layers (feature `testing`): [`mod@proptest`] strategies for
//! proposed activities (every kind), actors, events and sub-layers, and ready-made properties
//! a province runs on its own layer file.
//!
//! The properties return `Err` with a message saying what broke, so they can be used inside
//! `proptest!` (with `prop_assert!(… .is_ok())`) or with a [`TestRunner`](proptest::test_runner::TestRunner),
//! as `examples/check_layer.rs` does on `rulebook/provinces/34-48-da-nang.toml`:
//!
//! ```
//! use doingoai::testing::{self, proptest};
//! use doingoai::rules::{Layer, Rulebook};
//! use doingoai::WorkCalendar;
//! use proptest::test_runner::{Config, TestRunner};
//! let text = include_str!("../rulebook/provinces/34-48-da-nang.toml");
//! let layer = Layer::from_toml("34-48-da-nang.toml", text)?;
//! let book = Rulebook::shipped().with_layers(vec![layer.clone()])?;
//! testing::layer_cites_and_resolves(&layer, &book)?;
//! let national = testing::national_only(Rulebook::shipped())?;
//! let cal = WorkCalendar::state_agency();
//! let mut runner = TestRunner::new(Config { cases: 16, failure_persistence: None, ..Config::default() });
//! runner.run(&testing::activity(layer.jurisdiction), |a| {
//!     testing::evaluates_without_panic(&a, &book, &cal).map_err(proptest::test_runner::TestCaseError::fail)?;
//!     testing::no_uncited_refusal(&a, &national, &book, &cal).map_err(proptest::test_runner::TestCaseError::fail)?;
//!     Ok(())
//! })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

pub use proptest;

use crate::activity::{
    ActivityKind, ConferenceMode, CountryVisit, Details, ForeignRank, Funding, Participant,
    ProposedActivity,
};
use crate::calendar::WorkCalendar;
use crate::history::History;
use crate::org::{Jurisdiction, Official, Position};
use crate::rules::{evaluate, Layer, Rulebook, ValidationError};
use crate::workflow::{assess, Action, Actor, Event, Opinion, Procedure, Role};

/// The first filing day the strategies use (dates run from here over three years).
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default()
}

fn official(i: usize, position: Position) -> Official {
    Official::new(format!("p{i}"), format!("Người {i}"), position)
}

/// The kind-specific facts of `kind` (none for a kind without any).
fn details(kind: ActivityKind, days: u32) -> BoxedStrategy<Details> {
    match kind {
        ActivityKind::OutboundDelegation => {
            (prop::sample::select(vec!["JP", "KR", "LA"]), any::<bool>())
                .prop_map(move |(c, foreign)| Details::Delegation {
                    countries: vec![CountryVisit::new(c, days.max(1))],
                    funding: if foreign {
                        Funding::ForeignPartner
                    } else {
                        Funding::StateBudget
                    },
                    purpose: "hợp tác".into(),
                })
                .boxed()
        }
        ActivityKind::InboundDelegation => (1u32..40)
            .prop_map(|size| Details::Inbound {
                country: "JP".into(),
                rank: ForeignRank::Other,
                size,
                received_by_chairman: false,
            })
            .boxed(),
        ActivityKind::InternationalConference => (any::<bool>(), any::<bool>())
            .prop_map(|(ppc, hosting)| Details::Conference {
                mode: ConferenceMode::InPerson,
                foreign_rank: ForeignRank::Other,
                topics: vec![],
                chaired_by_ppc: ppc,
                front_or_mass_organisation: false,
                hosting_approval: hosting,
            })
            .boxed(),
        ActivityKind::ForeignPress => any::<bool>()
            .prop_map(|resident| Details::Press {
                resident,
                outlet: "NHK".into(),
            })
            .boxed(),
        ActivityKind::ForeignNgo => any::<bool>()
            .prop_map(|renewal| Details::Ngo {
                organisation: "Oxfam".into(),
                renewal,
                expiry: None,
            })
            .boxed(),
        _ => Just(Details::None).boxed(),
    }
}

/// Proposed activities of every kind ([`ActivityKind::ALL`]) in `jurisdiction`, filed over
/// three years from [`first_day`], each one a request that can be real
/// ([`ProposedActivity::validate`] accepts it): a delegation has a head, members and a country
/// whose stay fits its dates.
pub fn activity(jurisdiction: Jurisdiction) -> impl Strategy<Value = ProposedActivity> {
    (
        prop::sample::select(ActivityKind::ALL.to_vec()),
        0u64..1095,
        0u64..120,
        0u32..8,
        0usize..4,
        any::<bool>(),
    )
        .prop_flat_map(move |(kind, filed, lead, len, members, in_plan)| {
            let filed = first_day() + Days::new(filed);
            let starts = filed + Days::new(lead);
            let ends = starts + Days::new(u64::from(len));
            details(kind, len + 1).prop_map(move |details| {
                let mut a = ProposedActivity::new("thu-nghiem", kind, jurisdiction, filed)
                    .runs(starts, ends)
                    .details(details);
                if !in_plan {
                    a = a.out_of_plan();
                }
                if kind == ActivityKind::OutboundDelegation {
                    a = a.participant(Participant::head(official(0, Position::DepartmentDirector)));
                    for i in 1..=members {
                        a = a.participant(Participant::member(official(i, Position::Staff)));
                    }
                }
                a
            })
        })
}

/// Actors: a body or an official of any role.
pub fn actor() -> impl Strategy<Value = Actor> {
    (
        prop::sample::select(Role::ALL.to_vec()),
        any::<bool>(),
        0u8..4,
    )
        .prop_map(|(role, official, n)| match official {
            true => Actor::official(format!("can-bo-{n}"), role),
            false => Actor::body(format!("co-quan-{n}"), role),
        })
}

/// Events without an assessment (the ones a case's participants perform after the filing),
/// dated within `days` days after `after`.
pub fn event(after: NaiveDate, days: u64) -> impl Strategy<Value = Event> {
    let action = prop_oneof![
        Just(Action::Accept),
        Just(Action::Reply {
            opinion: Opinion::Agree
        }),
        Just(Action::Reply {
            opinion: Opinion::Object {
                reason: "phản đối".into()
            }
        }),
        Just(Action::EndConsultation),
        Just(Action::Reconcile),
        Just(Action::Escalate),
        Just(Action::Approve),
        Just(Action::Refuse {
            reason: "không".into()
        }),
        Just(Action::CarryOut),
        Just(Action::ReportResult),
        Just(Action::Close),
    ];
    (actor(), 0..=days, action)
        .prop_map(move |(who, n, action)| Event::new(who, after + Days::new(n), action))
}

/// Sub-layers of `layer`: the same header with a random subset of its rules, family by
/// family (what a province's file looks like while it is being written).
pub fn sublayer(layer: Layer) -> impl Strategy<Value = Layer> {
    fn part<T: Clone + std::fmt::Debug + 'static>(v: &[T]) -> impl Strategy<Value = Vec<T>> {
        prop::sample::subsequence(v.to_vec(), 0..=v.len())
    }
    (
        part(&layer.authority),
        part(&layer.escalation),
        part(&layer.lead_time),
        part(&layer.consultation),
        part(&layer.processing),
        part(&layer.conditions),
        part(&layer.obligations),
    )
        .prop_map(move |(au, es, le, co, pr, cd, ob)| {
            let mut l = layer.clone();
            l.authority = au;
            l.escalation = es;
            l.lead_time = le;
            l.consultation = co;
            l.processing = pr;
            l.conditions = cd;
            l.obligations = ob;
            l
        })
}

/// The national baseline of `book` alone (its national layers), to compare a layer's
/// decisions with.
pub fn national_only(book: &Rulebook) -> Result<Rulebook, ValidationError> {
    let mut data = book.data().clone();
    data.layers
        .retain(|l| l.jurisdiction == Jurisdiction::National);
    Rulebook::new(data)
}

/// Property: evaluation and assessment under `book` never panic (a panic fails the
/// proptest case) and a request the crate accepts is evaluated.
pub fn evaluates_without_panic(
    a: &ProposedActivity,
    book: &Rulebook,
    cal: &WorkCalendar,
) -> Result<(), String> {
    let history = History::default();
    let decided = evaluate(a, book, cal, &history);
    if let Some(p) = Procedure::for_kind(a.kind) {
        let _ = assess(a, p, book, cal, &history);
    }
    match (a.validate(), decided) {
        (Ok(()), Err(e)) => Err(format!("{}: a valid request is not evaluated: {e}", a.id)),
        _ => Ok(()),
    }
}

/// Property: the layer never makes the national decision inadmissible without a citation —
/// when the national baseline admits `a` and `layered` does not, every violation `layered`
/// adds cites its provision, and an authority is still found.
pub fn no_uncited_refusal(
    a: &ProposedActivity,
    national: &Rulebook,
    layered: &Rulebook,
    cal: &WorkCalendar,
) -> Result<(), String> {
    let history = History::default();
    let (Ok(n), Ok(l)) = (
        evaluate(a, national, cal, &history),
        evaluate(a, layered, cal, &history),
    ) else {
        return Ok(());
    };
    if !n.is_admissible() || l.is_admissible() {
        return Ok(());
    }
    if l.authority.is_none() {
        return Err(format!("{}: the layer leaves no deciding authority", a.id));
    }
    match l.violations.iter().find(|v| v.citations.is_empty()) {
        Some(v) => Err(format!(
            "{}: refused without a citation: {}",
            a.id, v.wrong.en
        )),
        None => Ok(()),
    }
}

/// Property: every rule of `layer` cites at least one provision and resolves in `book` (the
/// rulebook with the layer added, whose validation checks that each cited instrument is one
/// the layer declares or the registry knows).
pub fn layer_cites_and_resolves(layer: &Layer, book: &Rulebook) -> Result<(), String> {
    for r in layer.rules() {
        if r.citations().is_empty() {
            return Err(format!("rule {} cites nothing", r.id()));
        }
        if book.get(r.id().as_str()).is_none() {
            return Err(format!("rule {} does not resolve in the rulebook", r.id()));
        }
    }
    Ok(())
}
