//! Property tests over random event sequences: no panic; a refused event changes nothing;
//! replay of the log reproduces the case; no case reaches carried-out without an approval by a
//! competent actor; every deadline is a date the calendar accepts; the JSON form round-trips.

mod workflow_common;

use chrono::{Days, NaiveDate};
use doingoai::rules::ReportKind;
use doingoai::workflow::*;
use doingoai::WorkCalendar;
use proptest::prelude::*;
use workflow_common::*;

fn actor(i: u8) -> Actor {
    match i % 10 {
        0 => applicant(),
        1 => fa_agency(),
        2 => chairman(),
        3 => pm(),
        4 => mofa(),
        5 => mps(),
        6 => director(),
        7 => Actor::body("cong-an-tinh", Role::ProvincialPolice),
        8 => Actor::official("so-giao-duc", Role::ProvincialChairman),
        _ => Actor::body("ai-do", Role::Departments),
    }
}

fn assessment(p: Procedure, on: NaiveDate) -> Assessment {
    match p {
        Procedure::Agreement => agreement_ppc(on).reconcile_within(TimeLimit::new(
            doingoai::Period::WorkingDays(5),
            art("64/2021/NĐ-CP", 7),
        )),
        Procedure::Outbound => outbound_state(on, on + Days::new(3)),
        _ => conference_provincial(on),
    }
}

fn action(p: Procedure, k: u8, on: NaiveDate, skew: bool) -> Action {
    let as_of = if skew { on - Days::new(1) } else { on };
    match k % 20 {
        0 => Action::Submit {
            assessment: Box::new(assessment(p, as_of)),
        },
        1 => Action::Accept,
        2 => Action::Reply {
            opinion: Opinion::Agree,
        },
        3 => Action::Reply {
            opinion: Opinion::Object {
                reason: "lý do".into(),
            },
        },
        4 => Action::EndConsultation,
        5 => Action::Reconcile,
        6 => Action::Escalate,
        7 | 8 => Action::Approve,
        9 => Action::Refuse {
            reason: "không".into(),
        },
        10 => Action::ReturnForCompletion {
            missing: "bản dịch".into(),
        },
        11 => Action::Resubmit {
            assessment: Box::new(assessment(p, as_of)),
        },
        12 => Action::CarryOut,
        13 => Action::ReportResult,
        14 => Action::Discharge {
            kind: DeadlineKind::Owed(ReportKind::PassportReturn),
        },
        15 => Action::Close,
        16 => Action::Withdraw {
            reason: "rút".into(),
        },
        17 => Action::RequestHosting {
            assessment: Box::new(assessment(p, as_of)),
        },
        18 => Action::ApproveHosting,
        _ => Action::Recheck {
            assessment: Box::new(assessment(p, as_of)),
        },
    }
}

/// The natural actor of an action in the current state (to steer sequences deep).
fn natural(case: &Case, kind: ActionKind, a: u8) -> Actor {
    match kind {
        ActionKind::Submit
        | ActionKind::Resubmit
        | ActionKind::Reconcile
        | ActionKind::CarryOut
        | ActionKind::ReportResult
        | ActionKind::Discharge
        | ActionKind::Withdraw
        | ActionKind::RequestHosting => applicant(),
        ActionKind::Accept
        | ActionKind::EndConsultation
        | ActionKind::Close
        | ActionKind::ReturnForCompletion
        | ActionKind::Cancel
        | ActionKind::Recheck => fa_agency(),
        ActionKind::Reply => match a % 3 {
            0 => mofa(),
            1 => mps(),
            _ => Actor::body("cong-an-tinh", Role::ProvincialPolice),
        },
        _ if case.state() == State::Escalated => pm(),
        _ if a % 2 == 0 => director(),
        _ => chairman(),
    }
}

/// Picks an allowed action, rarely one that ends the case early.
fn pick(allowed: &[ActionKind], k: u8) -> Option<ActionKind> {
    let early_end = |a: &ActionKind| {
        matches!(
            a,
            ActionKind::Withdraw
                | ActionKind::Cancel
                | ActionKind::Refuse
                | ActionKind::ReturnForCompletion
        )
    };
    let forward: Vec<ActionKind> = allowed.iter().copied().filter(|a| !early_end(a)).collect();
    let pool = if k % 8 == 0 || forward.is_empty() {
        allowed.to_vec()
    } else {
        forward
    };
    pool.get(usize::from(k / 8) % pool.len().max(1)).copied()
}

fn of_kind(p: Procedure, kind: ActionKind, on: NaiveDate, a: u8) -> Action {
    (0u8..20)
        .map(|k| action(p, k.wrapping_add(a % 2), on, false))
        .find(|x| x.kind() == kind)
        .unwrap_or(Action::Close)
}

fn competent(case: &Case, rec: &DecisionRecord) -> bool {
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

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256), .. ProptestConfig::default() })]

    #[test]
    fn random_event_sequences_keep_the_invariants(
        proc_i in 0usize..3,
        steps in proptest::collection::vec((any::<u8>(), any::<u8>(), 0u64..6, any::<bool>(), 0u8..10, 0u8..4), 1..40),
    ) {
        let p = [Procedure::Agreement, Procedure::Outbound, Procedure::Conference][proc_i];
        let cal = WorkCalendar::state_agency();
        let mut case = new_case("P", p);
        let mut on = d(2025, 6, 20);
        let mut reached = Vec::new();
        for (a, k, gap, skew, back, steer) in steps {
            on = on + Days::new(gap);
            // now and then, an event dated in the past
            let date = if back == 0 { on - Days::new(3) } else { on };
            let allowed = Machine::of(p).actions_from(case.state());
            let event = if let Some(kind) = pick(&allowed, k).filter(|_| steer > 0) {
                // steered: an action the machine allows, by its natural actor
                Event::new(natural(&case, kind, a), date, of_kind(p, kind, date, a))
            } else {
                Event::new(actor(a), date, action(p, k, date, skew && back == 1))
            };
            let before = case.clone();
            match case.apply_with(&cal, event) {
                Ok(out) => {
                    prop_assert_eq!(out.to, case.state());
                    prop_assert_eq!(case.log().last().map(|e| e.to), Some(case.state()));
                }
                Err(refusal) => {
                    prop_assert_eq!(&case, &before, "a refused event changed the case");
                    prop_assert!(!refusal.unmet.is_empty());
                }
            }
            reached.push(case.state());
            if case.state().implies_approval() {
                let rec = case.approval();
                prop_assert!(rec.is_some(), "{:?} without approval", case.state());
                prop_assert!(rec.is_some_and(|r| competent(&case, r)), "approval by an incompetent actor");
            }
            if let (Some(done), Some(rec)) = (case.carried_out(), case.approval()) {
                prop_assert!(done >= rec.on);
            }
            for dl in case.all_deadlines() {
                prop_assert!(cal.day(dl.due).is_ok());
                prop_assert!(dl.due >= dl.from);
                prop_assert_eq!(cal.deadline_after(dl.from, dl.period).ok(), Some(dl.due));
            }
        }
        if case.carried_out().is_some() {
            prop_assert!(case.approval().is_some());
        }
        let again = Case::replay(case.id(), case.procedure(), case.applicant().clone(),
            case.facts().clone(), case.events().cloned(), &cal);
        prop_assert_eq!(again.as_ref().ok(), Some(&case));
        let json = case.to_json().expect("json");
        prop_assert_eq!(Case::from_json(&json).ok(), Some(case));
    }

    #[test]
    fn arbitrary_json_never_panics(s in ".{0,200}") {
        let _ = Case::from_json(&s);
    }
}

/// The steered generator reaches the deep states (a sanity check of the property test itself).
#[test]
fn steered_sequences_reach_execution() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strat = proptest::collection::vec((any::<u8>(), any::<u8>(), 0u64..6), 40);
    let cal = WorkCalendar::state_agency();
    let mut carried = 0;
    for _ in 0..200 {
        let steps = strat.new_tree(&mut runner).expect("tree").current();
        let mut case = new_case("P", Procedure::Agreement);
        let mut on = d(2025, 6, 20);
        for (a, k, gap) in steps {
            on = on + Days::new(gap);
            let allowed = Machine::of(Procedure::Agreement).actions_from(case.state());
            let Some(kind) = pick(&allowed, k) else { break };
            let _ = case.apply_with(
                &cal,
                Event::new(
                    natural(&case, kind, a),
                    on,
                    of_kind(Procedure::Agreement, kind, on, a),
                ),
            );
        }
        if case.carried_out().is_some() {
            carried += 1;
        }
    }
    assert!(
        carried > 10,
        "only {carried} of 200 steered sequences reached execution"
    );
}

// ---- one finding type: evaluate and submit agree ----

mod facts {
    use chrono::{Days, NaiveDate};
    use doingoai::activity::{
        ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode,
        CountryVisit, Details, ForeignRank, Funding, Participant, ProposedActivity, SensitiveTopic,
    };
    use doingoai::history::{History, PastTrip};
    use doingoai::org::{
        Body, BodyKind, DisciplineKind, DisciplineRecord, ExitSuspension, ManagedBy, Official,
        OfficialId, Position,
    };
    use doingoai::rules::Role;
    use doingoai::{Channel, Validity};
    use proptest::prelude::*;

    /// Outbound delegations, which meet the most conditions, come four times as often.
    const KINDS: [ActivityKind; 10] = [
        ActivityKind::OutboundDelegation,
        ActivityKind::OutboundDelegation,
        ActivityKind::OutboundDelegation,
        ActivityKind::OutboundDelegation,
        ActivityKind::InboundDelegation,
        ActivityKind::InternationalConference,
        ActivityKind::InternationalAgreement,
        ActivityKind::ForeignAid,
        ActivityKind::ForeignPress,
        ActivityKind::ForeignNgo,
    ];
    const PLACES: [&str; 11] = [
        "34:48", "34:79", "34:01", "34:22", "63:79", "63:79", "63:74", "63:48", "63:20", "63:01",
        "63:67",
    ];
    /// Applicant bodies of the three channels, and none.
    const APPLICANTS: [Option<BodyKind>; 8] = [
        Some(BodyKind::ProvincialDepartment),
        Some(BodyKind::ProvincialDepartment),
        Some(BodyKind::DepartmentOfForeignAffairs),
        Some(BodyKind::ProvincialPeoplesCommittee),
        Some(BodyKind::ProvincialPeoplesCouncil),
        Some(BodyKind::ProvincialFriendshipUnion),
        Some(BodyKind::ProvincialPartyCommittee),
        None,
    ];

    fn day(from: NaiveDate, n: u64) -> NaiveDate {
        from + Days::new(n)
    }

    fn pick<T: Copy>(all: &[T], n: u32) -> T {
        all[n as usize % all.len()]
    }

    fn topics(n: u32) -> Vec<SensitiveTopic> {
        SensitiveTopic::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| n % 4 == 0 && n & (1 << (i + 4)) != 0)
            .map(|(_, t)| *t)
            .collect()
    }

    /// The kind-specific details of a kind, from a seed.
    fn details(
        kind: ActivityKind,
        resident: bool,
        n: u32,
        countries: Vec<CountryVisit>,
    ) -> Details {
        match kind {
            ActivityKind::OutboundDelegation => Details::Delegation {
                countries,
                funding: pick(Funding::ALL, n),
                purpose: "công tác".into(),
            },
            ActivityKind::InboundDelegation => Details::Inbound {
                country: "JP".into(),
                rank: pick(ForeignRank::ALL, n),
                size: n % 20,
                received_by_chairman: n % 3 == 0,
            },
            ActivityKind::InternationalConference => Details::Conference {
                mode: pick(ConferenceMode::ALL, n),
                foreign_rank: pick(ForeignRank::ALL, n / 3),
                topics: topics(n),
                chaired_by_ppc: n % 5 == 0,
                front_or_mass_organisation: n % 7 == 0,
                hosting_approval: false,
            },
            ActivityKind::InternationalAgreement => Details::Agreement {
                level: pick(AgreementLevel::ALL, n),
                procedure: pick(AgreementProcedure::ALL, n / 7),
                concerns: AgreementConcern::ALL
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| n & (1 << (i + 8)) != 0)
                    .map(|(_, c)| *c)
                    .collect(),
                partner: "đối tác".into(),
                shortened_ground: Some(pick(doingoai::activity::ShortenedGround::ALL, n / 3))
                    .filter(|_| n % 3 != 0),
            },
            ActivityKind::ForeignAid => Details::Aid {
                value_vnd: u64::from(n),
                topics: topics(n),
                donor: "nhà tài trợ".into(),
            },
            ActivityKind::ForeignPress => Details::Press {
                resident,
                outlet: "báo".into(),
            },
            ActivityKind::ForeignNgo => Details::Ngo {
                organisation: "tổ chức".into(),
                renewal: n % 2 == 0,
                expiry: None,
            },
            _ => Details::None,
        }
    }

    /// The seed of a participant: position, manager, key leader, sanction (kind, days before
    /// the filing, length), exit suspension (days from 150 days before the filing), relative
    /// of, unit.
    type Member = (
        Position,
        ManagedBy,
        bool,
        Option<(DisciplineKind, u64, u64)>,
        Option<u64>,
        Option<u8>,
        u8,
    );

    /// A participant: an official of a random position, managed by a random body, perhaps a
    /// key leader, perhaps under a sanction (decided up to 400 days before the filing) or an
    /// exit suspension (from up to 150 days before or after the filing), perhaps a relative
    /// of another.
    fn participant() -> impl Strategy<Value = Member> {
        (
            prop::sample::select(Position::ALL.to_vec()),
            prop::sample::select(ManagedBy::ALL.to_vec()),
            any::<bool>(),
            proptest::option::weighted(
                0.15,
                (
                    prop::sample::select(DisciplineKind::ALL.to_vec()),
                    0u64..400,
                    30u64..800,
                ),
            ),
            proptest::option::weighted(0.1, 0u64..300),
            proptest::option::weighted(0.1, 0u8..3),
            0u8..3,
        )
    }

    /// Random proposed activities of a kind with a procedure, in a province of either set,
    /// filed between 2019 and 2027: with or without an applicant body, a stated channel and
    /// dates; random kind-specific details, members, countries, plan and proposal status and
    /// opinions; and a random history of trips.
    pub fn activity() -> impl Strategy<Value = (ProposedActivity, History)> {
        (
            (
                prop::sample::select(KINDS.to_vec()),
                any::<bool>(),
                prop::sample::select(PLACES.to_vec()),
                0u64..3200,
                0u64..120,
                proptest::option::weighted(0.85, 0u64..25),
                any::<u32>(),
                proptest::option::weighted(
                    0.3,
                    prop::sample::select(vec![Channel::State, Channel::Party, Channel::People]),
                ),
                prop::sample::select(APPLICANTS.to_vec()),
            ),
            (
                proptest::collection::vec(participant(), 0..13),
                proptest::collection::vec(
                    (
                        prop::sample::select(vec!["JP", "KR", "CN", "US", "FR"]),
                        1u32..9,
                        proptest::bool::weighted(0.1),
                    ),
                    0..5,
                ),
                any::<bool>(),
                proptest::option::of(any::<bool>()),
                proptest::collection::vec(
                    prop::sample::select(vec![
                        Role::ProvincialPartyStanding,
                        Role::Mofa,
                        Role::PublicSecurity,
                    ]),
                    0..3,
                ),
                proptest::collection::vec((0u8..4, 0u64..365, any::<bool>()), 0..8),
                proptest::bool::weighted(0.9),
            ),
        )
            .prop_map(
                |(
                    (kind, resident, place, filed, lead, length, seed, channel, applicant),
                    (members, countries, in_plan, proposal, opinions, trips, dated),
                )| {
                    let origin = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
                    let filed = day(origin, filed);
                    let j = place.parse().expect("a jurisdiction");
                    let countries = countries
                        .into_iter()
                        .map(|(c, days, major)| {
                            let mut v = CountryVisit::new(c, days);
                            v.major_event = major;
                            v
                        })
                        .collect();
                    let mut p = ProposedActivity::new("P", kind, j, filed)
                        .details(details(kind, resident, seed, countries));
                    p.channel = channel;
                    p.applicant = applicant.map(|b| Body::new(b, j));
                    if dated {
                        let start = day(filed, lead);
                        p.starts_on = Some(start);
                        p.ends_on = length.map(|n| day(start, n));
                    }
                    for (i, (position, managed_by, key, sanction, exit, relative, unit)) in
                        members.into_iter().enumerate()
                    {
                        let mut o = Official::new(format!("p{i}"), format!("P {i}"), position);
                        o.managed_by = managed_by;
                        o.key_leader = key;
                        o.unit = Some(
                            Body::new(BodyKind::ProvincialDepartment, j)
                                .named(format!("unit-{unit}")),
                        );
                        if let Some((kind, before, span)) = sanction {
                            let from = filed - Days::new(before);
                            o.discipline.push(DisciplineRecord {
                                kind,
                                decided: from,
                                in_effect: Validity::between(from, day(from, span))
                                    .expect("a period"),
                                decision: None,
                            });
                        }
                        if let Some(from) = exit {
                            o.exit_suspensions.push(ExitSuspension {
                                period: Validity {
                                    from: day(filed - Days::new(150), from),
                                    to: None,
                                },
                                ground: "x".into(),
                            });
                        }
                        let mut m = if i == 0 {
                            Participant::head(o)
                        } else {
                            Participant::member(o)
                        };
                        m.relative_of = relative.map(|r| OfficialId(format!("p{r}")));
                        p.participants.push(m);
                    }
                    p.in_plan = in_plan;
                    p.proposal_attached = proposal;
                    p.opinions = opinions;
                    let history = History {
                        trips: trips
                            .into_iter()
                            .map(|(who, n, out)| PastTrip {
                                person: format!("p{who}"),
                                start: day(
                                    NaiveDate::from_ymd_opt(filed.year_ce().1 as i32, 1, 1)
                                        .expect("date"),
                                    n,
                                ),
                                jurisdiction: j,
                                out_of_plan: out,
                            })
                            .collect(),
                    };
                    (p, history)
                },
            )
    }

    use chrono::Datelike;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256), .. ProptestConfig::default() })]

    /// For random proposed activities, every finding of `evaluate` appears in the refusal of
    /// the submission, identical: kind and figures, rule, every citation, grade and text; an
    /// admissible request is not refused for a condition of the rulebook; and every obligation
    /// the decision counts from an event reaches the assessment with all its addressees, its
    /// citations and its grade. `evaluate`, `assess` and the case take the same
    /// `ProposedActivity`.
    #[test]
    fn every_finding_of_evaluate_is_in_the_refusal_of_submit((f, history) in facts::activity()) {
        use doingoai::rules::{evaluate, Rulebook};
        let cal = WorkCalendar::state_agency();
        let Ok(decision) = evaluate(&f, Rulebook::shipped(), &cal, &history) else {
            return Ok(());
        };
        let procedure = Procedure::for_kind(f.kind).expect("a procedure");
        let a = assess(&f, procedure, Rulebook::shipped(), &cal, &history).expect("assesses");
        // every obligation counted from an event of the case reaches the assessment whole:
        // what is owed, by whom, every addressee, the rule, every citation, the grade
        for o in &decision.obligations {
            use doingoai::rules::Anchor;
            let from_event = matches!(
                o.anchor,
                Some(Anchor::End | Anchor::Signing | Anchor::Completion | Anchor::Approval)
            );
            if !from_event || o.within.is_none() {
                continue;
            }
            let source = doingoai::rules::Provenance::new(o.rule.clone(), o.citations.clone(), o.evidence);
            prop_assert!(
                a.obligations.iter().any(|r| r.report == o.report
                    && r.owner == o.owed_by
                    && r.to == o.to
                    && r.limit.source.as_ref() == Some(&source)),
                "{o:?} not in {:?}", a.obligations
            );
        }
        let mut case = Case::for_activity(&f).expect("a case");
        let applicant = case.applicant().clone();
        let submitted = case.apply_with(
            &cal,
            Event::new(applicant, f.filed_on, Action::Submit { assessment: Box::new(a) }),
        );
        match submitted {
            Ok(_) => prop_assert!(decision.violations.is_empty(), "{:#?}", decision.violations),
            Err(refusal) => {
                for v in &decision.violations {
                    prop_assert!(refusal.unmet.contains(v), "{v}\nnot in {refusal}");
                }
                if decision.violations.is_empty() {
                    prop_assert!(refusal.unmet.iter().all(|u| u.rule.is_none()), "{refusal}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(128), .. ProptestConfig::default() })]

    /// One input, one answer: given the same `ProposedActivity`, `evaluate`, `assess` and the
    /// case agree — the same findings (the assessment keeps every finding but the late filing,
    /// which the case finds at the act date from the same filing rules), the same tier, the
    /// same obligations, the same channel, dates and applicant body.
    #[test]
    fn evaluate_assess_and_the_case_agree_on_one_proposed_activity((p, history) in facts::activity()) {
        use doingoai::rules::{evaluate, Anchor, FindingKind, Rulebook};
        let cal = WorkCalendar::state_agency();
        let Ok(decision) = evaluate(&p, Rulebook::shipped(), &cal, &history) else {
            return Ok(());
        };
        let procedure = Procedure::for_kind(p.kind).expect("a procedure");
        let a = assess(&p, procedure, Rulebook::shipped(), &cal, &history).expect("assesses");
        // findings
        let not_late: Vec<_> = decision
            .violations
            .iter()
            .filter(|v| !matches!(v.kind, FindingKind::Late { .. }))
            .cloned()
            .collect();
        prop_assert_eq!(&a.violations, &not_late);
        prop_assert_eq!(a.filings.len(), decision.filings.len());
        for (f, g) in a.filings.iter().zip(&decision.filings) {
            prop_assert_eq!(f.latest, g.latest);
        }
        prop_assert_eq!(a.on_time(p.filed_on), decision.filings.iter().all(|x| x.on_time));
        // tier (the NGO reply is the province's own decision on a central matter)
        if let (Some(tier), true) = (decision.tier, procedure != Procedure::NgoReply) {
            prop_assert_eq!(a.tier, tier);
        }
        prop_assert_eq!(a.channel, p.channel());
        // obligations: those counted from an event of the case, each once, whole
        let from_event: Vec<_> = decision
            .obligations
            .iter()
            .filter(|o| {
                o.within.is_some()
                    && matches!(
                        o.anchor,
                        Some(Anchor::End | Anchor::Signing | Anchor::Completion | Anchor::Approval)
                    )
            })
            .collect();
        prop_assert_eq!(a.obligations.len(), from_event.len());
        for (r, o) in a.obligations.iter().zip(&from_event) {
            prop_assert_eq!(r.report, o.report);
            prop_assert_eq!(r.owner, o.owed_by);
            prop_assert_eq!(&r.to, &o.to);
        }
        // the case: the same facts, and on submission every finding of `evaluate`
        let mut case = Case::for_activity(&p).expect("a case");
        prop_assert_eq!(case.facts().channel, p.channel());
        prop_assert_eq!(case.facts().starts, p.starts_on);
        prop_assert_eq!(case.facts().ends, p.ends_on);
        prop_assert_eq!(case.facts().applicant_body.as_ref(), p.applicant.as_ref());
        let applicant = case.applicant().clone();
        let submitted = case.apply_with(
            &cal,
            Event::new(applicant, p.filed_on, Action::Submit { assessment: Box::new(a) }),
        );
        match submitted {
            Ok(_) => prop_assert!(decision.violations.is_empty()),
            Err(refusal) => {
                for v in &decision.violations {
                    prop_assert!(refusal.unmet.contains(v), "{v}\nnot in {refusal}");
                }
            }
        }
    }
}

/// The generator of proposed activities meets findings of most kinds, late filings and
/// missing authorities included (a sanity check of the property test itself).
#[test]
fn random_activities_meet_findings_of_many_kinds() {
    use doingoai::rules::{evaluate, Rulebook};
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let cal = WorkCalendar::state_agency();
    let mut seen = std::collections::BTreeSet::new();
    let mut with = 0;
    for _ in 0..400 {
        let (f, h) = facts::activity()
            .new_tree(&mut runner)
            .expect("tree")
            .current();
        let Ok(dec) = evaluate(&f, Rulebook::shipped(), &cal, &h) else {
            continue;
        };
        with += usize::from(!dec.violations.is_empty());
        for v in &dec.violations {
            let code = serde_json::to_value(&v.kind).expect("json")["code"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            seen.insert(code);
        }
    }
    assert!(with > 100, "only {with} of 400 activities had findings");
    for code in ["late", "cap_exceeded", "sanctioned", "no_sourced_rule"] {
        assert!(seen.contains(code), "{code} never found; found {seen:?}");
    }
}
