//! Every machine checked exhaustively (issue 13, item 3).
//!
//! For each [`Procedure`] (over [`Procedure::ALL`], so a procedure added later is covered), a
//! breadth-first search over every sequence of events up to a depth covering the machine's
//! longest simple path plus two, over:
//!
//! * the actions the machine accepts from the state (with each kind of data: both assessments,
//!   an agreeing and an objecting reply, each open obligation and one not owed), plus every
//!   other action kind once (refused: not an edge);
//! * a small set of actors: the applicant, the receiving agency, the competent authority, a
//!   delegate within the scope of a written delegation and one outside it, a consultee, the
//!   higher authority and a stranger;
//! * dates: the previous event's day, the day before it (refused), and the day before, on and
//!   after each open deadline, the latest filing day and the activity's first day;
//! * three assessments: one with every optional step the machine has (consultation,
//!   reconciliation, escalation on objection, a decision period, a latest filing day, an
//!   obligations, two delegations; on submission), the same without the reconciliation (on
//!   resubmission) and a bare one (the authority receives and decides; on submission).
//!
//! States are deduplicated by a canonical key (the case's JSON value without its log, plus the
//! last event's day and whether a result report was filed: everything the core reads), so the
//! search is finite. Properties:
//!
//! 1. nothing approved or carried out without a competent decision (every approval on record
//!    is by the holder, a delegate within scope and dates, or the higher authority; carried
//!    out on or after it);
//! 2. every reachable state can reach a terminal state;
//! 3. a refusal leaves the case unchanged (value and JSON), and `check` agrees with `apply`;
//! 4. replay of the log reproduces every reachable case, and so does the JSON round trip;
//! 5. the typestate face allows exactly the edges the runtime allows (every typestate edge is
//!    taken by the search, and no accepted event takes another).
//!
//! The numbers of states and transitions explored per machine are printed (`cargo test --test
//! workflow_exhaustive -- --nocapture`) and recorded in `docs/reliability.md`. A deeper run
//! (depth plus two more) is `#[ignore]`d: `cargo test --release --test workflow_exhaustive --
//! --ignored --nocapture`.

use std::collections::{BTreeSet, HashMap, VecDeque};

use chrono::{Days, NaiveDate};
use doingoai::law::Validity;
use doingoai::rules::{DecisionTier, ReportKind};
use doingoai::workflow::*;
use doingoai::{Channel, Citation, Jurisdiction, Period, WorkCalendar};

type Edge = (State, ActionKind, State);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn plus(on: NaiveDate, n: u64) -> NaiveDate {
    on.checked_add_days(Days::new(n)).expect("in range")
}

fn minus(on: NaiveDate, n: u64) -> NaiveDate {
    on.checked_sub_days(Days::new(n)).expect("in range")
}

/// The day the case starts (a Monday).
const START: (i32, u32, u32) = (2025, 3, 3);

fn start() -> NaiveDate {
    d(START.0, START.1, START.2)
}

fn cite(n: u16) -> Citation {
    Citation::article("70/2020/QH14", n)
}

// ---- the actors ----

fn applicant() -> Actor {
    Actor::body("don-vi", Role::Organiser)
}
fn receiving() -> Actor {
    Actor::body("so-ngoai-vu", Role::FaAgency)
}
fn competent() -> Actor {
    Actor::official("chu-tich", Role::ProvincialChairman)
}
fn delegate_in() -> Actor {
    Actor::official("uy-quyen", Role::FaAgencyHead)
}
fn delegate_out() -> Actor {
    Actor::official("ngoai-pham-vi", Role::FaAgencyHead)
}
fn consultee() -> Actor {
    Actor::body("bo-ngoai-giao", Role::Mofa)
}
fn higher() -> Actor {
    Actor::official("thu-tuong", Role::PrimeMinister)
}
fn stranger() -> Actor {
    Actor::body("nguoi-la", Role::Departments)
}

fn actors() -> Vec<Actor> {
    vec![
        applicant(),
        receiving(),
        competent(),
        delegate_in(),
        consultee(),
        higher(),
        delegate_out(),
        stranger(),
    ]
}

// ---- the assessments ----

fn has(m: &Machine, k: ActionKind) -> bool {
    m.transitions.iter().any(|t| t.action == k)
}

/// The latest filing day of the full assessment.
fn latest_filing() -> NaiveDate {
    plus(start(), 2)
}

/// The activity's first day.
fn activity_starts() -> NaiveDate {
    plus(start(), 40)
}

/// How much of the machine an assessment switches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Steps {
    /// The authority receives and decides, nothing else.
    Bare,
    /// Every optional step but the reconciliation.
    NoReconciliation,
    /// Every optional step the machine has.
    Full,
}

/// The assessment made as of `on`, with the optional `steps`.
fn assessment(p: Procedure, on: NaiveDate, steps: Steps) -> Assessment {
    let m = Machine::of(p);
    let a = Assessment::new(
        "exhaustive-1",
        on,
        Channel::State,
        DecisionTier::Provincial,
        Authority::new(Role::ProvincialChairman, cite(18)),
    );
    if steps == Steps::Bare {
        return a;
    }
    let wd = |n| TimeLimit::new(Period::WorkingDays(n), cite(19).clause(2));
    let mut a = a
        .received_by(Role::FaAgency)
        .decide_within(wd(5), DecisionClock::Receipt)
        .file_by(latest_filing(), Period::WorkingDays(25), cite(19));
    if has(m, ActionKind::Reply) {
        a = a.consult(Role::Mofa, wd(3));
    }
    if has(m, ActionKind::Reconcile) && steps == Steps::Full {
        a = a.reconcile_within(wd(2));
    }
    if has(m, ActionKind::Escalate) {
        a = a.escalate_to(
            Authority::new(Role::PrimeMinister, cite(19)),
            true,
            Some(wd(3)),
        );
    }
    let trigger = if has(m, ActionKind::CarryOut) {
        Trigger::CarriedOut
    } else {
        Trigger::Approved
    };
    a = a.oblige(
        ReportKind::ResultReport,
        Role::Organiser,
        Some(Role::ProvincialChairman),
        trigger,
        TimeLimit::new(Period::CalendarDays(3), cite(19).clause(5)),
    );
    // one obligation owed from the approval on, to discharge before and after the report
    a = a.oblige(
        ReportKind::CompletionReport,
        Role::Organiser,
        None,
        Trigger::Approved,
        TimeLimit::new(Period::CalendarDays(60), cite(19).clause(5)),
    );
    let other = Procedure::ALL
        .iter()
        .copied()
        .find(|&o| o != p)
        .unwrap_or(p);
    let grant = |holder: &str, scope: Procedure| Grant {
        from: Role::ProvincialChairman,
        to: Role::FaAgencyHead,
        holder: Some(holder.to_string()),
        scope: vec![scope],
        validity: Validity::from(minus(start(), 30)),
        revoked: None,
        citation: Citation::instrument(if scope == p {
            "101/QĐ-UBND"
        } else {
            "102/QĐ-UBND"
        }),
        excepted: vec![],
    };
    a.delegate(grant("uy-quyen", p))
        .delegate(grant("ngoai-pham-vi", other))
}

// ---- the events ----

/// Every action of kind `k` the search tries in `case` on `on`.
fn actions(case: &Case, k: ActionKind, on: NaiveDate) -> Vec<Action> {
    let p = case.procedure();
    let both = |f: fn(Box<Assessment>) -> Action| {
        vec![
            f(Box::new(assessment(p, on, Steps::Full))),
            f(Box::new(assessment(p, on, Steps::Bare))),
        ]
    };
    match k {
        ActionKind::RequestHosting => vec![Action::RequestHosting {
            assessment: Box::new(assessment(p, on, Steps::Full)),
        }],
        ActionKind::Submit => both(|a| Action::Submit { assessment: a }),
        ActionKind::Resubmit => vec![Action::Resubmit {
            assessment: Box::new(assessment(p, on, Steps::NoReconciliation)),
        }],
        ActionKind::Recheck => vec![Action::Recheck {
            assessment: Box::new(assessment(p, on, Steps::Full)),
        }],
        ActionKind::ApproveHosting => vec![Action::ApproveHosting],
        ActionKind::Accept => vec![Action::Accept],
        ActionKind::Reply => vec![
            Action::Reply {
                opinion: Opinion::Agree,
            },
            Action::Reply {
                opinion: Opinion::Object {
                    reason: "phản đối".into(),
                },
            },
        ],
        ActionKind::EndConsultation => vec![Action::EndConsultation],
        ActionKind::Reconcile => vec![Action::Reconcile],
        ActionKind::Escalate => vec![Action::Escalate],
        ActionKind::Approve => vec![Action::Approve],
        ActionKind::Refuse => vec![Action::Refuse {
            reason: "không".into(),
        }],
        ActionKind::ReturnForCompletion => vec![Action::ReturnForCompletion {
            missing: "bản dịch".into(),
        }],
        ActionKind::CarryOut => vec![Action::CarryOut],
        ActionKind::ReportResult => vec![Action::ReportResult],
        ActionKind::Discharge => {
            let mut kinds: Vec<DeadlineKind> = case
                .all_deadlines()
                .iter()
                .filter(|x| x.kind.owed().is_some() && x.met.is_none() && x.lapsed.is_none())
                .map(|x| x.kind)
                .collect();
            kinds.push(DeadlineKind::Owed(ReportKind::PassportReturn));
            kinds.dedup();
            kinds
                .into_iter()
                .map(|kind| Action::Discharge { kind })
                .collect()
        }
        ActionKind::Withdraw => vec![Action::Withdraw {
            reason: "rút".into(),
        }],
        ActionKind::Cancel => vec![Action::Cancel {
            reason: "hủy".into(),
        }],
        _ => vec![Action::Close],
    }
}

/// The last event's day, or the day the case starts.
fn last(case: &Case) -> NaiveDate {
    case.events().last().map_or(start(), |e| e.on)
}

/// The act dates tried: the last event's day, the day before it (refused, when there was an
/// event), and on and after the earliest open deadline (the last event's day is before it),
/// the latest filing day (in the draft) and the activity's first day (once approved).
///
/// Without `on_due`, the deadline's own day is left out (the last event's day stands for
/// "before or on"): the quick run.
fn dates(case: &Case, on_due: bool) -> Vec<NaiveDate> {
    let last = last(case);
    let mut marks: Vec<NaiveDate> = case
        .all_deadlines()
        .iter()
        .filter(|x| x.met.is_none() && x.lapsed.is_none() && x.due >= last)
        .map(|x| x.due)
        .min()
        .into_iter()
        .collect();
    if case.state() == State::Draft {
        marks.push(latest_filing());
    }
    if case.state().implies_approval() {
        marks.push(activity_starts());
    }
    let mut out = BTreeSet::from([last]);
    for m in marks {
        for x in [m, plus(m, 1)] {
            if x >= last && (on_due || x != m) {
                out.insert(x);
            }
        }
    }
    out.into_iter().collect()
}

/// The canonical key of a case: everything the core reads to decide an event (the case
/// without its log, the last event's day, whether a result report was filed).
fn key(case: &Case) -> String {
    let mut v = serde_json::to_value(case).expect("a case serialises");
    if let Some(o) = v.as_object_mut() {
        o.remove("log");
        o.insert(
            "last".into(),
            serde_json::Value::from(last(case).to_string()),
        );
        let reported = case
            .events()
            .any(|e| e.action.kind() == ActionKind::ReportResult);
        o.insert("reported".into(), serde_json::Value::from(reported));
    }
    v.to_string()
}

/// Whether the decision `rec` was taken by a competent actor for `case`.
fn competent_decision(case: &Case, rec: &DecisionRecord) -> bool {
    let Some(a) = case.assessment() else {
        return false;
    };
    if rec.by.id == case.applicant().id {
        return false;
    }
    match &rec.basis {
        Basis::Holder => a.authority.held_by(&rec.by),
        Basis::Delegate { grant } => a
            .delegates
            .iter()
            .any(|g| &g.citation == grant && g.covers(&rec.by, case.procedure(), rec.on)),
        Basis::Higher => a
            .escalation
            .as_ref()
            .is_some_and(|e| e.authority.held_by(&rec.by)),
        _ => false,
    }
}

/// The length of the machine's longest simple path from the draft (in edges).
fn longest_path(m: &Machine) -> usize {
    fn go(m: &Machine, s: State, seen: &mut Vec<State>) -> usize {
        let mut best = 0;
        for t in m.transitions.iter().filter(|t| t.from == s && t.to != s) {
            if !seen.contains(&t.to) {
                seen.push(t.to);
                best = best.max(1 + go(m, t.to, seen));
                seen.pop();
            }
        }
        best
    }
    go(m, State::Draft, &mut vec![State::Draft])
}

/// What the search of one machine explored.
#[derive(Debug, Default)]
struct Explored {
    depth: usize,
    states: usize,
    events: usize,
    accepted: usize,
    refused: usize,
    edges: BTreeSet<Edge>,
}

/// Checks the invariants of a reachable case (properties 1 and 4).
fn check_case(case: &Case, cal: &WorkCalendar) {
    if case.state().implies_approval() {
        let rec = case.approval().expect("an approved state has an approval");
        assert!(
            competent_decision(case, rec),
            "{}: approval by {:?} ({:?}) is not competent",
            case.procedure(),
            rec.by,
            rec.basis
        );
    }
    if let Some(on) = case.carried_out() {
        let rec = case.approval().expect("carried out without an approval");
        assert!(on >= rec.on, "carried out before the approval");
    }
    let again = Case::replay(
        case.id(),
        case.procedure(),
        case.applicant().clone(),
        case.facts().clone(),
        case.events().cloned(),
        cal,
    )
    .expect("the log of a reachable case replays");
    assert_eq!(&again, case, "replay differs");
    let back = Case::from_json(&case.to_json().expect("stored")).expect("a reachable case loads");
    assert_eq!(&back, case, "JSON round trip differs");
}

/// The breadth-first search over one procedure, `extra` levels beyond its longest path.
fn explore(p: Procedure, extra: usize, on_due: bool) -> Explored {
    let cal = WorkCalendar::state_agency();
    let m = Machine::of(p);
    let depth = longest_path(m) + extra;
    let facts = CaseFacts::new(
        "Hoạt động đối ngoại",
        Jurisdiction::National,
        Channel::State,
    )
    .dates(activity_starts(), plus(activity_starts(), 5));
    let root = Case::new("HS-1", p, applicant(), facts);
    let mut ex = Explored {
        depth,
        ..Explored::default()
    };
    // key → (index, depth); successors by index; terminal flags
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut succ: Vec<Vec<usize>> = Vec::new();
    let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
    index.insert(key(&root), 0);
    cases.push(root);
    succ.push(Vec::new());
    queue.push_back((0, 0));
    let people = actors();
    let mut seen_level = 0;
    while let Some((i, level)) = queue.pop_front() {
        if level != seen_level && std::env::var_os("EXHAUSTIVE_TRACE").is_some() {
            eprintln!("{p}: level {level}, {} states", cases.len());
            seen_level = level;
        }
        let case = cases[i].clone();
        if level >= depth || case.state().is_terminal() {
            continue;
        }
        let allowed = m.actions_from(case.state());
        let case_json = case.to_json().expect("stored");
        // a day before the previous event is refused, whoever acts
        if let Some(&k) = allowed.first() {
            if !case.log().is_empty() {
                let on = minus(last(&case), 1);
                for action in actions(&case, k, on) {
                    let event = Event::new(applicant(), on, action);
                    refused(&case, &case_json, &cal, event, &mut ex);
                }
            }
        }
        for &k in ActionKind::ALL {
            let on_edge = allowed.contains(&k);
            let days = if on_edge && k != ActionKind::Recheck {
                dates(&case, on_due)
            } else {
                vec![last(&case)]
            };
            let who: &[Actor] = if on_edge { &people } else { &people[..1] };
            let mut sampled = false;
            // the quick run stops at the first day an event of the kind is accepted
            let mut taken = false;
            for (n, &on) in days.iter().enumerate() {
                if taken && !on_due {
                    break;
                }
                // every actor on the last event's day; on later days, not the two who may
                // never act (the stranger, the delegate out of scope)
                let who = if n == 0 {
                    who
                } else {
                    &who[..who.len().min(6)]
                };
                for action in actions(&case, k, on) {
                    for actor in who {
                        let event = Event::new(actor.clone(), on, action.clone());
                        ex.events += 1;
                        if case.check(&cal, &event).is_err() {
                            if !sampled {
                                // apply the first refused event of each kind for real
                                sampled = true;
                                ex.events -= 1;
                                refused(&case, &case_json, &cal, event, &mut ex);
                            } else {
                                ex.refused += 1;
                            }
                            continue;
                        }
                        let mut next = case.clone();
                        let out = next
                            .apply_with(&cal, event)
                            .expect("apply accepts what check accepted");
                        ex.accepted += 1;
                        taken = true;
                        assert_eq!(out.from, case.state());
                        assert_eq!(out.to, next.state());
                        assert!(
                            on_edge,
                            "{p}: {} accepted from {}, not an edge",
                            k.code(),
                            case.state().code()
                        );
                        ex.edges.insert((out.from, k, out.to));
                        if matches!(k, ActionKind::Approve | ActionKind::CarryOut) {
                            assert!(
                                next.approval()
                                    .is_some_and(|r| competent_decision(&next, r)),
                                "{p}: {} without a competent decision",
                                k.code()
                            );
                        }
                        let kk = key(&next);
                        let j = match index.get(&kk) {
                            Some(&j) => j,
                            None => {
                                check_case(&next, &cal);
                                let j = cases.len();
                                index.insert(kk, j);
                                cases.push(next);
                                succ.push(Vec::new());
                                queue.push_back((j, level + 1));
                                j
                            }
                        };
                        succ[i].push(j);
                    }
                }
            }
        }
    }
    ex.states = cases.len();
    // property 2: every state reaches a terminal one (states left at the depth bound are
    // driven on by `finish`)
    let mut memo = HashMap::new();
    let mut good: Vec<bool> = cases
        .iter()
        .zip(&succ)
        .map(|(c, next)| {
            c.state().is_terminal() || (next.is_empty() && finish(c, &cal, &people, 8, &mut memo))
        })
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..cases.len() {
            if !good[i] && succ[i].iter().any(|&j| good[j]) {
                good[i] = true;
                changed = true;
            }
        }
    }
    for (i, c) in cases.iter().enumerate() {
        assert!(
            good[i],
            "{p}: no terminal state is reachable from {}: {}",
            c.state().code(),
            c.log()
                .iter()
                .map(|e| e.line())
                .collect::<Vec<_>>()
                .join(" / ")
        );
    }
    ex
}

/// Applies an event the core must refuse, on a copy: a reason is given, `check` agrees, and
/// the case is unchanged as a value and as JSON.
fn refused(case: &Case, json: &str, cal: &WorkCalendar, event: Event, ex: &mut Explored) {
    ex.events += 1;
    ex.refused += 1;
    let dry = case.check(cal, &event);
    let mut next = case.clone();
    let r = next
        .apply_with(cal, event)
        .expect_err("the event is refused");
    assert!(!r.unmet.is_empty(), "a refusal without a reason");
    assert!(dry.is_err(), "check accepted what apply refused");
    assert_eq!(&next, case, "a refused event changed the case");
    assert_eq!(
        next.to_json().expect("stored"),
        json,
        "a refused event changed the JSON"
    );
}

/// Whether some sequence of at most `budget` events leads `case` to a terminal state (for the
/// states the search left at its depth bound).
fn finish(
    case: &Case,
    cal: &WorkCalendar,
    people: &[Actor],
    budget: usize,
    memo: &mut HashMap<String, bool>,
) -> bool {
    if case.state().is_terminal() {
        return true;
    }
    if budget == 0 {
        return false;
    }
    let here = key(case);
    if let Some(&known) = memo.get(&here) {
        return known;
    }
    let found = finish_from(case, cal, people, budget, memo, &here);
    memo.insert(here, found);
    found
}

fn finish_from(
    case: &Case,
    cal: &WorkCalendar,
    people: &[Actor],
    budget: usize,
    memo: &mut HashMap<String, bool>,
    here: &str,
) -> bool {
    let m = Machine::of(case.procedure());
    for k in m.actions_from(case.state()) {
        for on in dates(case, false).into_iter().rev() {
            for action in actions(case, k, on) {
                for actor in people {
                    let mut next = case.clone();
                    let ok = next.apply_with(cal, Event::new(actor.clone(), on, action.clone()));
                    let moved = ok.is_ok_and(|o| o.to != o.from) || key(&next) != here;
                    if moved && finish(&next, cal, people, budget - 1, memo) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Runs the search over every procedure and checks property 5.
fn run_all(extra: usize, on_due: bool) {
    println!("| procedure | depth | states | events tried | accepted | refused | edges |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let only = std::env::var("EXHAUSTIVE_ONLY").ok();
    for &p in Procedure::ALL {
        if only.as_deref().is_some_and(|o| o != p.code()) {
            continue;
        }
        let ex = explore(p, extra, on_due);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            p.code(),
            ex.depth,
            ex.states,
            ex.events,
            ex.accepted,
            ex.refused,
            ex.edges.len()
        );
        let face: BTreeSet<Edge> = typestate::edges(p).into_iter().collect();
        let missing: Vec<_> = face.difference(&ex.edges).collect();
        let extra_edges: Vec<_> = ex.edges.difference(&face).collect();
        assert!(
            missing.is_empty(),
            "{p}: typestate edges the search never took: {missing:?}"
        );
        assert!(
            extra_edges.is_empty(),
            "{p}: accepted edges the typestate face lacks: {extra_edges:?}"
        );
        assert!(ex.states > 1 && ex.refused > 0);
    }
}

#[test]
fn every_machine_explored_to_its_longest_path_plus_two() {
    run_all(2, false);
}

#[test]
#[ignore = "every deadline's own day too; run in release"]
fn every_machine_explored_with_every_deadline_day() {
    run_all(2, true);
}
