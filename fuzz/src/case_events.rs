//! Target (b): a case driven by a sequence of events over a real procedure.
//!
//! The bytes choose the procedure, the assessment each filing carries (hand-made from the
//! machine's optional steps, or made by `workflow::assess` from one of the example requests
//! with its dates moved to the act date), and then, step by step, an edge of
//! `Machine::of(procedure)` from the current state (now and then any action at all), the actor
//! (usually the one the edge names, sometimes the applicant acting in another role, a stranger
//! or a random role), the act date (usually a few days on, sometimes before the previous event
//! or outside the calendar) and the action's data. The steps therefore reach `closed` often,
//! and the refusals are near misses.
//!
//! After every event:
//! * `Case::check` (the dry run) agrees with `Case::apply`;
//! * a refused event lists at least one unmet condition and leaves the case unchanged, both
//!   as a value and as its JSON;
//! * an accepted event moves the case to the outcome's state, appends one log entry, never
//!   leaves an approved state without an approval on record, and the case replays from its
//!   log identically and round-trips through `to_json` / `from_json`.
//!
//! An input that starts with `{` is a stored case instead (`tests/data/case-*.json`): when it
//! loads, it round-trips.

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use chrono::{Days, NaiveDate};
use doingoai::activity::ProposedActivity;
use doingoai::history::History;
use doingoai::law::Validity;
use doingoai::rules::{Attribute, DecisionTier, Finding, ReportKind, Rulebook};
use doingoai::workflow::{
    assess, Action, ActionKind, Actor, Assessment, Authority, Case, CaseFacts, DeadlineKind,
    DecisionClock, Event, Grant, Machine, Opinion, Procedure, Role, State, TimeLimit, Trigger, Who,
};
use doingoai::{Channel, Citation, Jurisdiction, Period};
use serde_json::Value;

use crate::{calendar, date, pick, text};

/// What one run did (for the harness test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ran {
    /// The procedure driven (`None` for a stored case).
    pub procedure: Option<Procedure>,
    /// Whether the assessments came from the rulebook (`assess`) rather than by hand.
    pub real: bool,
    /// Events accepted.
    pub accepted: usize,
    /// Events refused.
    pub refused: usize,
    /// The final state.
    pub state: Option<State>,
    /// A stored case loaded (and round-tripped).
    pub loaded: bool,
}

impl Ran {
    /// Whether the case ended `closed`.
    pub fn closed(&self) -> bool {
        self.state == Some(State::Closed)
    }
}

/// Runs the target on one input.
pub fn run(data: &[u8]) -> Ran {
    if data.first() == Some(&b'{') {
        return stored(data);
    }
    let mut u = Unstructured::new(data);
    let mut ran = Ran::default();
    // an exhausted input keeps choosing the first option: the run goes on deterministically
    let _ = drive(&mut u, &mut ran);
    ran
}

/// A stored case: when it loads, writing and loading it again gives the same case and text.
fn stored(data: &[u8]) -> Ran {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ran::default();
    };
    let Ok(case) = Case::from_json(text) else {
        return Ran::default();
    };
    let json = case.to_json().expect("json");
    let back = Case::from_json(&json).expect("a loaded case, written again, loads");
    assert_eq!(back, case);
    assert_eq!(back.to_json().expect("json"), json);
    Ran {
        loaded: true,
        state: Some(case.state()),
        ..Ran::default()
    }
}

// ---- the example requests, for assessments made by the rulebook ----

const EXAMPLES: &[&str] = &[
    include_str!("../../examples/data/request.json"),
    include_str!("../../examples/data/conference_minister_pm.json"),
    include_str!("../../examples/data/agreement_ppc_security_shortened.json"),
    include_str!("../../examples/data/delegation_da_nang_over_cap.json"),
];

/// An example request with its `history` removed.
fn example(i: usize) -> (Value, History) {
    let mut v: Value = serde_json::from_str(EXAMPLES[i % EXAMPLES.len()]).expect("example JSON");
    let h = v
        .as_object_mut()
        .and_then(|o| o.remove("history"))
        .and_then(|h| serde_json::from_value(h).ok())
        .unwrap_or_default();
    (v, h)
}

/// The example request `v` filed on `on`, its first and last day moved by the same number of
/// days (so the lead time is kept), `lead` days later than the example's when `lead` is given.
fn filed(v: &Value, on: NaiveDate, extra: i64) -> Option<ProposedActivity> {
    let day = |k: &str| -> Option<NaiveDate> { v.get(k)?.as_str()?.parse().ok() };
    let was = day("filed_on")?;
    let delta = chrono::TimeDelta::days((on - was).num_days() + extra);
    let mut v = v.clone();
    let o = v.as_object_mut()?;
    o.insert("filed_on".into(), Value::from(on.to_string()));
    for k in ["starts_on", "ends_on"] {
        if let Some(d) = day(k).and_then(|d| d.checked_add_signed(delta)) {
            o.insert(k.into(), Value::from(d.to_string()));
        }
    }
    serde_json::from_value(v).ok()
}

/// Violations found by the rulebook for the over-cap delegation (a recheck may carry them).
fn some_violations() -> &'static [Finding] {
    static V: OnceLock<Vec<Finding>> = OnceLock::new();
    V.get_or_init(|| {
        let (v, h) = example(3);
        let on = NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid");
        filed(&v, on, 0)
            .and_then(|a| assess(&a, Procedure::Outbound, Rulebook::shipped(), calendar(), &h).ok())
            .map(|a| a.violations)
            .unwrap_or_default()
    })
}

// ---- the case under test ----

struct Run<'m> {
    machine: &'m Machine,
    case: Case,
    /// The example request and its history, when assessments come from the rulebook.
    real: Option<(Value, History)>,
    /// The last act date (or the day the case starts).
    last: NaiveDate,
}

/// `d` plus `n` days, or `d` at the end of time.
fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

/// `d` minus `n` days, or `d` at the start of time.
fn minus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap_or(d)
}

fn has(m: &Machine, k: ActionKind) -> bool {
    m.transitions.iter().any(|t| t.action == k)
}

fn period(u: &mut Unstructured<'_>) -> Result<Period> {
    let n = if u.ratio(1u8, 32)? {
        u.arbitrary::<u32>()?
    } else {
        u.int_in_range(0u32..=20)?
    };
    Ok(match u.int_in_range(0u8..=5)? {
        0 | 1 => Period::WorkingDays(n),
        2 | 3 => Period::CalendarDays(n),
        4 => Period::Weeks(n % 8),
        _ => {
            if u.arbitrary()? {
                Period::Months(n % 13)
            } else {
                Period::Years(n % 3)
            }
        }
    })
}

fn limit(u: &mut Unstructured<'_>) -> Result<TimeLimit> {
    Ok(TimeLimit::new(period(u)?, cite(u)?))
}

fn cite(u: &mut Unstructured<'_>) -> Result<Citation> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => Citation::article("70/2020/QH14", 19).clause(2),
        1 => Citation::article("06/2020/QĐ-TTg", 4),
        2 => Citation::instrument("12/2024/QĐ-UBND"),
        _ => Citation::article("49/2019/QH14", 23).clause(3),
    })
}

const DECIDERS: &[Role] = &[
    Role::ProvincialChairman,
    Role::ProvincialChairman,
    Role::PrimeMinister,
    Role::FaAgencyHead,
    Role::Mofa,
];
const CONSULTEES: &[Role] = &[
    Role::Mofa,
    Role::PublicSecurity,
    Role::ProvincialPolice,
    Role::Defence,
    Role::Departments,
];
const OWNERS: &[Role] = &[
    Role::Organiser,
    Role::Organiser,
    Role::HeadOfDelegation,
    Role::PassportHolder,
    Role::FaAgency,
    Role::ProvincialChairman,
];
const REPORTS: &[ReportKind] = &[
    ReportKind::ResultReport,
    ReportKind::ResultReport,
    ReportKind::PassportReturn,
    ReportKind::PostSigningReport,
    ReportKind::CompletionReport,
];

impl Run<'_> {
    /// An assessment as of `on` (sometimes of another day, or of another channel).
    fn assessment(&self, u: &mut Unstructured<'_>, on: NaiveDate) -> Result<Assessment> {
        let as_of = if u.ratio(1u8, 24)? {
            on.pred_opt().unwrap_or(on)
        } else {
            on
        };
        if let Some((v, h)) = &self.real {
            let extra = if u.ratio(1u8, 8)? { -60 } else { 0 };
            let made = filed(v, as_of, extra).and_then(|a| {
                assess(
                    &a,
                    self.case.procedure(),
                    Rulebook::shipped(),
                    calendar(),
                    h,
                )
                .ok()
            });
            if let Some(a) = made {
                return Ok(a);
            }
        }
        let m = self.machine;
        let odd = u.ratio(1u8, 16)?; // ignore what the machine provides
        let channel = if u.ratio(1u8, 24)? {
            *pick(u, Channel::ALL)?
        } else {
            self.case.facts().channel
        };
        let mut authority = Authority::new(*pick(u, DECIDERS)?, cite(u)?);
        if u.ratio(1u8, 8)? {
            authority.holder = Some(pick(u, &["tham-quyen", "nguoi-khac"])?.to_string());
        }
        let decider = authority.role;
        let mut a = Assessment::new(
            "fuzz-1",
            as_of,
            channel,
            *pick(u, DecisionTier::ALL)?,
            authority,
        );
        if u.ratio(3u8, 4)? {
            a = a.received_by(Role::FaAgency);
        }
        if odd || has(m, ActionKind::Reply) {
            for _ in 0..u.int_in_range(0u8..=3)? {
                a = a.consult(*pick(u, CONSULTEES)?, limit(u)?);
            }
        }
        if (odd || has(m, ActionKind::Reconcile)) && u.ratio(1u8, 3)? {
            a = a.reconcile_within(limit(u)?);
        }
        if u.arbitrary()? {
            let clock = if u.arbitrary()? {
                DecisionClock::Receipt
            } else {
                DecisionClock::Ready
            };
            a = a.decide_within(limit(u)?, clock);
        }
        if (odd || has(m, ActionKind::Escalate)) && u.ratio(2u8, 3)? {
            let decision = if u.arbitrary()? {
                Some(limit(u)?)
            } else {
                None
            };
            a = a.escalate_to(
                Authority::new(Role::PrimeMinister, cite(u)?),
                u.ratio(3u8, 4)?,
                decision,
            );
        }
        if u.ratio(1u8, 3)? {
            let latest = match u.int_in_range(0u8..=3)? {
                0 => on.pred_opt().unwrap_or(on),
                1 => on,
                _ => plus(on, u.int_in_range(1u8..=30)?.into()),
            };
            a = a.file_by(latest, period(u)?, cite(u)?);
        }
        for _ in 0..u.int_in_range(0u8..=3)? {
            let trigger = if u.ratio(3u8, 4)? {
                Trigger::CarriedOut
            } else {
                Trigger::Approved
            };
            let to = if u.arbitrary()? {
                Some(Role::ProvincialChairman)
            } else {
                None
            };
            a = a.oblige(
                *pick(u, REPORTS)?,
                *pick(u, OWNERS)?,
                to,
                trigger,
                limit(u)?,
            );
        }
        if u.ratio(1u8, 4)? {
            let from = minus(on, u.int_in_range(0u16..=400)?.into());
            let validity = if u.arbitrary()? {
                Validity::from(from)
            } else {
                Validity::between(from, plus(from, u.int_in_range(0u16..=800)?.into()))
                    .unwrap_or(Validity::from(from))
            };
            let scope = if u.ratio(3u8, 4)? {
                vec![self.case.procedure()]
            } else {
                vec![*pick(u, Procedure::ALL)?]
            };
            let revoked = if u.ratio(1u8, 6)? {
                Some(plus(on, u.int_in_range(0u8..=20)?.into()))
            } else {
                None
            };
            let excepted = if u.ratio(1u8, 6)? {
                vec![*pick(u, Attribute::ALL)?]
            } else {
                vec![]
            };
            a = a.delegate(Grant {
                from: decider,
                to: Role::FaAgencyHead,
                holder: None,
                scope,
                validity,
                revoked,
                citation: Citation::instrument("157/QĐ-UBND"),
                excepted,
            });
        }
        if u.ratio(1u8, 24)? {
            if let Some(f) = some_violations().first() {
                a = a.violation(f.clone());
            }
        }
        Ok(a)
    }

    /// The actor an edge names, as the case stands.
    fn natural(&self, u: &mut Unstructured<'_>, who: Who) -> Result<Actor> {
        let applicant = self.case.applicant().clone();
        let Some(a) = self.case.assessment() else {
            return Ok(applicant);
        };
        let competent = || {
            let id = a.authority.holder.clone().unwrap_or("tham-quyen".into());
            Actor::official(id, a.authority.role)
        };
        Ok(match who {
            Who::Applicant => applicant,
            Who::Receiving => Actor::body("tiep-nhan", a.receiving),
            Who::Authority => {
                if u.arbitrary()? {
                    Actor::body("tiep-nhan", a.receiving)
                } else {
                    competent()
                }
            }
            Who::Competent => match a.delegates.first() {
                Some(g) if u.ratio(1u8, 3)? => Actor::official("uy-quyen", g.to),
                _ => competent(),
            },
            Who::Higher => match &a.escalation {
                Some(e) => Actor::official("cap-tren", e.authority.role),
                None => competent(),
            },
            Who::Consultee => {
                let pending: Vec<Role> = self
                    .case
                    .consultations()
                    .iter()
                    .filter(|c| matches!(c.answer, doingoai::workflow::Answer::Pending))
                    .map(|c| c.consultee)
                    .collect();
                let role = match pending.is_empty() {
                    true => *pick(u, CONSULTEES)?,
                    false => *pick(u, &pending)?,
                };
                Actor::body(format!("hoi-{}", role.code()), role)
            }
            Who::Owner => {
                let open: Vec<Role> = self.open_obligations().iter().map(|(_, r)| *r).collect();
                match open.first() {
                    Some(&r) if u.arbitrary()? => Actor::body("chu-nghia-vu", r),
                    _ => applicant,
                }
            }
            _ => competent(),
        })
    }

    /// Anyone: the applicant in another role, a stranger, or a random role.
    fn anyone(&self, u: &mut Unstructured<'_>) -> Result<Actor> {
        Ok(match u.int_in_range(0u8..=3)? {
            0 => Actor::official(self.case.applicant().id.clone(), *pick(u, Role::ALL)?),
            1 => Actor::body("nguoi-la", Role::Departments),
            2 => self.case.applicant().clone(),
            _ => Actor::official(text(u)?, *pick(u, Role::ALL)?),
        })
    }

    /// The open obligations (kind, owner).
    fn open_obligations(&self) -> Vec<(DeadlineKind, Role)> {
        self.case
            .all_deadlines()
            .iter()
            .filter(|d| d.kind.owed().is_some() && d.met.is_none() && d.lapsed.is_none())
            .map(|d| (d.kind, d.owner))
            .collect()
    }

    fn action(&self, u: &mut Unstructured<'_>, kind: ActionKind, on: NaiveDate) -> Result<Action> {
        let mut assessment =
            || -> Result<Box<Assessment>> { Ok(Box::new(self.assessment(u, on)?)) };
        Ok(match kind {
            ActionKind::RequestHosting => Action::RequestHosting {
                assessment: assessment()?,
            },
            ActionKind::Submit => Action::Submit {
                assessment: assessment()?,
            },
            ActionKind::Resubmit => Action::Resubmit {
                assessment: assessment()?,
            },
            ActionKind::Recheck => Action::Recheck {
                assessment: assessment()?,
            },
            ActionKind::ApproveHosting => Action::ApproveHosting,
            ActionKind::Accept => Action::Accept,
            ActionKind::Reply => Action::Reply {
                opinion: if u.ratio(3u8, 4)? {
                    Opinion::Agree
                } else {
                    Opinion::Object { reason: text(u)? }
                },
            },
            ActionKind::EndConsultation => Action::EndConsultation,
            ActionKind::Reconcile => Action::Reconcile,
            ActionKind::Escalate => Action::Escalate,
            ActionKind::Approve => Action::Approve,
            ActionKind::Refuse => Action::Refuse { reason: text(u)? },
            ActionKind::ReturnForCompletion => Action::ReturnForCompletion { missing: text(u)? },
            ActionKind::CarryOut => Action::CarryOut,
            ActionKind::ReportResult => Action::ReportResult,
            ActionKind::Discharge => {
                let open = self.open_obligations();
                let kind = match open.is_empty() || u.ratio(1u8, 8)? {
                    true => DeadlineKind::Owed(*pick(u, ReportKind::ALL)?),
                    false => pick(u, &open)?.0,
                };
                Action::Discharge { kind }
            }
            ActionKind::Withdraw => Action::Withdraw { reason: text(u)? },
            ActionKind::Cancel => Action::Cancel { reason: text(u)? },
            _ => Action::Close,
        })
    }

    /// The next act date: usually a few days on.
    fn next_day(&self, u: &mut Unstructured<'_>) -> Result<NaiveDate> {
        let last = self.last;
        Ok(match u.int_in_range(0u8..=31)? {
            0 => last.pred_opt().unwrap_or(last),
            1 => minus(last, u.int_in_range(2u8..=60)?.into()),
            2 => date(u)?,
            3..=6 => plus(last, u.int_in_range(4u8..=45)?.into()),
            7 => plus(last, u.int_in_range(46u16..=800)?.into()),
            _ => plus(last, u.int_in_range(0u8..=3)?.into()),
        })
    }

    /// One step: choose, apply, check.
    fn step(&mut self, u: &mut Unstructured<'_>, ran: &mut Ran) -> Result<()> {
        let state = self.case.state();
        let edges: Vec<_> = self
            .machine
            .transitions
            .iter()
            .filter(|t| t.from == state)
            .collect();
        let exits = |k: ActionKind| {
            matches!(
                k,
                ActionKind::Withdraw
                    | ActionKind::Cancel
                    | ActionKind::Refuse
                    | ActionKind::ReturnForCompletion
            )
        };
        let onward: Vec<_> = edges.iter().copied().filter(|t| !exits(t.action)).collect();
        let (kind, who) = if edges.is_empty() || u.ratio(1u8, 12)? {
            (*pick(u, ActionKind::ALL)?, None)
        } else if onward.is_empty() || u.ratio(1u8, 16)? {
            let t = pick(u, &edges)?;
            (t.action, Some(t.who))
        } else {
            let t = pick(u, &onward)?;
            (t.action, Some(t.who))
        };
        let on = self.next_day(u)?;
        let actor = match who {
            Some(w) if u.ratio(7u8, 8)? => self.natural(u, w)?,
            _ => self.anyone(u)?,
        };
        let action = self.action(u, kind, on)?;
        let event = Event::new(actor, on, action);
        let cal = calendar();
        let before = self.case.clone();
        let before_json = self.case.to_json().expect("json");
        let dry = self.case.check(cal, &event);
        match self.case.apply(event) {
            Err(r) => {
                ran.refused += 1;
                assert!(!r.unmet.is_empty(), "a refusal without a reason");
                assert!(dry.is_err(), "check accepted what apply refused");
                assert_eq!(self.case, before, "a refused event changed the case");
                assert_eq!(
                    self.case.to_json().expect("json"),
                    before_json,
                    "a refused event changed the JSON"
                );
            }
            Ok(out) => {
                ran.accepted += 1;
                assert!(dry.is_ok(), "check refused what apply accepted: {dry:?}");
                assert_eq!(out.from, before.state());
                assert_eq!(out.to, self.case.state());
                assert_eq!(self.case.log().len(), before.log().len() + 1);
                if self.case.state().implies_approval() {
                    assert!(
                        self.case.approval().is_some(),
                        "approved without an approval"
                    );
                }
                let c = &self.case;
                let again = Case::replay(
                    c.id(),
                    c.procedure(),
                    c.applicant().clone(),
                    c.facts().clone(),
                    c.events().cloned(),
                    cal,
                )
                .expect("the log of a case replays");
                assert_eq!(&again, c, "replay differs");
                let json = c.to_json().expect("json");
                let back = Case::from_json(&json).expect("a case written by to_json loads");
                assert_eq!(&back, c, "JSON round trip differs");
                self.last = on;
            }
        }
        Ok(())
    }
}

fn drive(u: &mut Unstructured<'_>, ran: &mut Ran) -> Result<()> {
    let real = u.ratio(1u8, 4)?;
    let (procedure, facts, applicant, real, start) = if real {
        let i = u.int_in_range(0..=EXAMPLES.len() - 1)?;
        let (v, h) = example(i);
        let start = if u.ratio(7u8, 8)? {
            NaiveDate::from_ymd_opt(2025, 1, 2).expect("valid")
                + Days::new(u64::from(u.int_in_range(0u16..=700)?))
        } else {
            date(u)?
        };
        let Some(case) = filed(&v, start, 0).and_then(|a| Case::for_activity(&a)) else {
            return Ok(());
        };
        (
            case.procedure(),
            case.facts().clone(),
            case.applicant().clone(),
            Some((v, h)),
            start,
        )
    } else {
        let procedure = *pick(u, Procedure::ALL)?;
        let start = if u.ratio(15u8, 16)? {
            NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid")
                + Days::new(u64::from(u.int_in_range(0u16..=3000)?))
        } else {
            date(u)?
        };
        let channel = *pick(u, Channel::ALL)?;
        let mut facts = CaseFacts::new(text(u)?, Jurisdiction::National, channel);
        if u.arbitrary()? {
            facts = facts.dates(plus(start, 40), plus(start, 45));
        }
        let applicant = Actor::body("don-vi", Role::Organiser);
        (procedure, facts, applicant, None, start)
    };
    ran.procedure = Some(procedure);
    ran.real = real.is_some();
    let mut run = Run {
        machine: Machine::of(procedure),
        case: Case::new("fuzz", procedure, applicant, facts),
        real,
        last: start,
    };
    let steps = 8 + u.int_in_range(0u8..=40)?;
    for _ in 0..steps {
        ran.state = Some(run.case.state());
        if run.case.state().is_terminal() && u.ratio(7u8, 8)? {
            break;
        }
        run.step(u, ran)?;
    }
    ran.state = Some(run.case.state());
    Ok(())
}
