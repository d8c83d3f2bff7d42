//! A province's year of external affairs, simulated from a seed: hundreds of activities of
//! every kind on the three channels, dated around Tết and the holidays of the working-day
//! calendar; every case run through its workflow (some filed late and refused, an official
//! under discipline refused, an objection escalated to the Prime Minister, filings made on
//! time, late or never); the obligations in the ledger; the plans and the out-of-plan quota;
//! a directive's tasks; the agreement register with one agreement left on the shelf; the
//! leaders' three-channel programmes; the diplomatic inspections — and the compliance report.
//!
//! Every family with an approval runs as a case (issue 11): sister and friendship memoranda
//! as agreements, overseas-Vietnamese receptions through the inbound steps, border affairs as
//! [`Procedure::Border`] cases. A case decided where the rulebook has a gap is counted under
//! "decided without a sourced rule", and the report lists each gap by rule with its citation.
//!
//! Reproducible: the same [`Scenario`] gives the same year, byte for byte (a SplitMix64
//! generator written here; ordered maps everywhere; no clock).
//!
//! ```
//! use doingoai::simulation::{simulate, Scenario};
//! use doingoai::org::Jurisdiction;
//! let s = Scenario::new(Jurisdiction::new_unit(42).unwrap(), 2026, 7, 120);
//! let year = simulate(&s).unwrap();
//! let report = year.report();
//! assert_eq!(report.activities.total as usize, year.activities.len());
//! assert!(report.obligations.counts.total() > 0);
//! ```

use chrono::{Datelike, NaiveDate};

use crate::activity::{ActivityKind, AgreementConcern, Details, ParticipantRole, ProposedActivity};
use crate::agreements::{Agreement, AgreementRegistry, DormancyPolicy, Implementation};
use crate::calendar::{DateRange, WorkCalendar};
use crate::history::{History, PastTrip};
use crate::inspection::InspectionPlan;
use crate::ledger::sources::{
    applicant_yearly_obligations, from_case, periodic_obligations, ProvinceBodies,
};
use crate::ledger::Ledger;
use crate::org::{Body, BodyKind, Channel, Jurisdiction, LeadershipTier, Official};
use crate::plan::{ActionPlan, AnnualPlan, OutOfPlanQuota, PlanBook, PlannedActivity, Task};
use crate::programme::{Contact, LeaderProgramme};
use crate::report::{ActivityRecord, CaseOutcome, ComplianceReport, ReportBuilder};
use crate::rules::Rulebook;
use crate::workflow::{assess, Case, Procedure};

mod abtc;
mod generate;
mod rng;
mod run;

pub use rng::SplitMix64;

/// What to simulate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Scenario {
    /// The province.
    pub jurisdiction: Jurisdiction,
    /// The year.
    pub year: i32,
    /// The seed.
    pub seed: u64,
    /// How many activities.
    pub activities: usize,
    /// Days without implementation after which an agreement is dormant.
    pub dormancy_days: u32,
    /// The out-of-plan quota the plan section counts against, when the rulebook does not set
    /// one for the province (the rules decide what an out-of-plan trip needs).
    pub out_of_plan_quota: Option<u32>,
    /// Day and month of the directive's yearly implementation report (the seed says only
    /// "hằng năm"; a scenario figure).
    pub directive_report: (u32, u32),
}

impl Scenario {
    /// A scenario with a 365-day dormancy window, no extra out-of-plan quota, and the
    /// directive reported by 15 December.
    pub fn new(jurisdiction: Jurisdiction, year: i32, seed: u64, activities: usize) -> Self {
        Scenario {
            jurisdiction,
            year,
            seed,
            activities,
            dormancy_days: 365,
            out_of_plan_quota: None,
            directive_report: (12, 15),
        }
    }
}

/// A scenario that cannot be simulated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SimulationError {
    /// The jurisdiction does not exist throughout the year (e.g. a unit of the 34 in 2024, or
    /// any province in 2025, the year of the reorganisation).
    #[error("{jurisdiction} does not exist throughout {year}: use a unit of the 63 up to 2024 and of the 34 from 2026")]
    Jurisdiction {
        /// The jurisdiction.
        jurisdiction: Jurisdiction,
        /// The year.
        year: i32,
    },
    /// The year is outside the working-day calendar (2001–2099 can be simulated).
    #[error("year {0} cannot be simulated: the working-day calendar covers 2000–2100 (simulate 2001–2099)")]
    Year(i32),
    /// The national level is not a province.
    #[error("the simulation is of one province, not of the national level")]
    National,
}

/// A simulated year.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SimulatedYear {
    /// The scenario.
    pub scenario: Scenario,
    /// The province's bodies.
    pub bodies: ProvinceBodies,
    /// The officials.
    pub officials: Vec<Official>,
    /// The activities, in filing order.
    pub activities: Vec<ProposedActivity>,
    /// The workflow cases (activities of kinds with a procedure).
    pub cases: Vec<Case>,
    /// One record per activity.
    pub records: Vec<ActivityRecord>,
    /// The obligations.
    pub ledger: Ledger,
    /// The agreement register.
    pub agreements: AgreementRegistry,
    /// The plans.
    pub plans: PlanBook,
    /// The directive whose implementation the FA agency reports.
    pub directive: ActionPlan,
    /// Leaders' programmes.
    pub programmes: Vec<LeaderProgramme>,
    /// The inspection plan, run.
    pub inspections: InspectionPlan,
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn add(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(chrono::TimeDelta::days(n))
        .unwrap_or(d)
}

fn partner_of(a: &ProposedActivity) -> Option<&str> {
    match &a.details {
        Details::Delegation { countries, .. } => countries.first().map(|c| c.country.as_str()),
        Details::Inbound { country, .. } => Some(country.as_str()),
        _ => None,
    }
}

fn plannable(k: ActivityKind) -> bool {
    matches!(
        k,
        ActivityKind::OutboundDelegation
            | ActivityKind::InboundDelegation
            | ActivityKind::InternationalConference
            | ActivityKind::InternationalAgreement
    )
}

/// Simulates the year of `scenario`.
pub fn simulate(scenario: &Scenario) -> Result<SimulatedYear, SimulationError> {
    run_year(scenario, Keep::All)
}

/// Simulates the year of `scenario` and reports it, keeping only what the report reads: each
/// activity and its case are dropped once its record, its obligations and the yearly
/// obligations it puts on its applicant are taken. The report is the one
/// `simulate(scenario)?.report()` gives, in a fraction of the memory — the way to simulate a
/// very large year (issue 14: a finished case is most of a simulated year's memory).
///
/// ```
/// use doingoai::simulation::{simulate, simulate_report, Scenario};
/// use doingoai::org::Jurisdiction;
/// let s = Scenario::new(Jurisdiction::new_unit(42).unwrap(), 2026, 7, 150);
/// let lean = simulate_report(&s).unwrap();
/// assert_eq!(lean, simulate(&s).unwrap().report());
/// ```
pub fn simulate_report(scenario: &Scenario) -> Result<ComplianceReport, SimulationError> {
    run_year(scenario, Keep::Report).map(|y| y.report())
}

/// What the simulation keeps of each activity once it is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The activity and its case (a whole [`SimulatedYear`]).
    All,
    /// Only what the report reads: `activities` and `cases` are left empty.
    Report,
}

fn run_year(scenario: &Scenario, keep: Keep) -> Result<SimulatedYear, SimulationError> {
    let (j, year) = (scenario.jurisdiction, scenario.year);
    if j.is_national() {
        return Err(SimulationError::National);
    }
    if !(2001..=2099).contains(&year) {
        return Err(SimulationError::Year(year));
    }
    if !(j.exists_on(ymd(year, 1, 1)) && j.exists_on(ymd(year, 12, 31))) {
        return Err(SimulationError::Jurisdiction {
            jurisdiction: j,
            year,
        });
    }
    let root = SplitMix64::new(scenario.seed ^ (u64::from(year.unsigned_abs()) << 32));
    let mut rng = root.fork(1);
    let cal = WorkCalendar::state_agency();
    let wc = &cal;
    let book = Rulebook::shipped();
    let mut history = History::default();
    let bodies = ProvinceBodies::standard(j);
    let pop = generate::population(j, year, &mut rng);
    // one activity in sixty is an APEC business travel card request (its own stream)
    let abtc_n = scenario.activities / 60;
    let mut acts = generate::activities(j, year, scenario.activities - abtc_n, &pop, &mut rng, wc);
    acts.extend(abtc::requests(j, year, abtc_n, &mut root.fork(11), wc));

    // The scenario's twists: a trip headed by the official under discipline; an agreement in
    // the name of the People's Committee touching security, to which the police ministry objects.
    let disciplined_trip = acts.iter().position(|a| {
        a.kind == ActivityKind::OutboundDelegation
            && a.channel() == Channel::State
            && a.day().month() >= 3
    });
    if let (Some(i), Some(unit), Some(off)) = (
        disciplined_trip,
        pop.units.get(pop.disciplined_unit),
        pop.officials.get(pop.disciplined).cloned(),
    ) {
        if let Some(a) = acts.get_mut(i) {
            a.applicant = Some(unit.body.clone());
            a.participants.retain(|p| p.role != ParticipantRole::Head);
            a.participants
                .insert(0, crate::activity::Participant::head(off));
        }
    }
    let objection = acts.iter().position(|a| {
        matches!(&a.details, Details::Agreement { level, .. } if *level == crate::activity::AgreementLevel::PeoplesCommittee)
    });
    if let Some(a) = objection.and_then(|i| acts.get_mut(i)) {
        if let Details::Agreement { concerns, .. } = &mut a.details {
            concerns.push(AgreementConcern::Security);
        }
    }

    // Filing dates: most with the lead time to spare, some late.
    let mut frng = root.fork(2);
    for a in acts.iter_mut() {
        let latest = match Procedure::for_kind(a.kind) {
            Some(p) => assess(&*a, p, book, wc, &history)
                .ok()
                .and_then(|x| x.latest_filing()),
            None => None,
        };
        a.filed_on = match latest {
            Some(l) if frng.chance(100) => add(l, frng.range(1, 6)),
            Some(l) => add(l, -frng.range(0, 25)),
            // a request that is not an event (an ABTC permission): its filing day is its day,
            // drawn inside the year by its generator
            None if a.starts_on.is_none() => a.filed_on,
            None => add(a.day(), -frng.range(25, 70)),
        };
        a.filed_on = wc
            .previous_working_day_on_or_before(a.filed_on)
            .unwrap_or(a.filed_on);
    }
    acts.sort_by(|x, y| (x.filed_on, &x.id).cmp(&(y.filed_on, &y.id)));

    // Plans: each unit's approved plan covers most of what it will do, plus items it won't.
    let mut prng = root.fork(3);
    let quota = scenario
        .out_of_plan_quota
        .map(OutOfPlanQuota::new)
        .or_else(|| quota_of(book, j, ymd(year, 7, 1)))
        .or_else(|| quota_of(book, j, ymd(year, 12, 31)));
    let mut plans = PlanBook::new(j, year, quota);
    let mut planners: Vec<(Body, Channel)> = pop
        .units
        .iter()
        .map(|u| (u.body.clone(), u.channel))
        .collect();
    planners.push((
        Body::new(BodyKind::ProvincialPeoplesCommittee, j),
        Channel::State,
    ));
    for (body, channel) in &planners {
        let mut p = AnnualPlan::new(body.clone(), year);
        for a in acts
            .iter()
            .filter(|a| a.applicant.as_ref() == Some(body) && plannable(a.kind))
        {
            let keep = if a.kind == ActivityKind::OutboundDelegation {
                975
            } else {
                880
            };
            if prng.chance(keep) {
                let q = u8::try_from(a.day().month0() / 3 + 1).unwrap_or(4);
                let mut item = PlannedActivity::new(
                    format!("{}-kh{}", a.id, p.items.len()),
                    a.kind,
                    a.channel(),
                    q,
                )
                .budget(u64::try_from(prng.range(50, 900)).unwrap_or(100) * 1_000_000);
                if let Some(c) = partner_of(a) {
                    item = item.partner(c);
                }
                p.items.push(item);
            }
        }
        for k in 0..prng.range(0, 3) {
            p.items.push(
                PlannedActivity::new(
                    format!("{body}/{year}/kh-extra-{k}"),
                    ActivityKind::InboundDelegation,
                    *channel,
                    u8::try_from(prng.range(1, 4)).unwrap_or(1),
                )
                .budget(200_000_000),
            );
        }
        if !p.items.is_empty() {
            p.approve(
                Body::new(BodyKind::PpcChairman, j),
                ymd(year - 1, 12, 20),
                "kế hoạch đối ngoại năm (mô phỏng)",
            );
            plans.plans.push(p);
        }
    }

    // Cases.
    let mut crng = root.fork(4);
    let mut cases = Vec::new();
    let mut records = Vec::with_capacity(acts.len());
    // the yearly obligations approved cases put on their applicants (an enterprise's report on
    // the use of the APEC business travel card, QĐ 09/2023/QĐ-TTg Art. 27(5)), in case order
    let mut yearly = Vec::new();
    let mut ledger = Ledger::new();
    let mut agreements = AgreementRegistry::new();
    let mut programmes = Vec::new();
    let territory = Some(j);
    // The plans' items indexed once, so marking costs the same for the first activity and
    // the hundred-thousandth.
    let mut marker = plans.marker();
    // Each activity taken out of the list and put back after its case is run (`Keep::All`) or
    // dropped with it (`Keep::Report`).
    let run_list = std::mem::take(&mut acts);
    if keep == Keep::All {
        acts.reserve_exact(run_list.len());
    }
    for mut owned in run_list {
        let a = &mut owned;
        'run: {
            if plannable(a.kind) {
                marker.mark(a);
            }
            let (Some(proc), Some(case)) = (Procedure::for_kind(a.kind), Case::for_activity(a))
            else {
                records.push(ActivityRecord::from_proposed(
                    a,
                    CaseOutcome::Approved,
                    None,
                ));
                break 'run;
            };
            let mut assessment = match assess(a, proc, book, wc, &history) {
                Ok(x) => x,
                Err(e) => {
                    let mut rec = ActivityRecord::from_proposed(a, CaseOutcome::Pending, None);
                    rec.reasons.push(format!("[no_rule] {e}"));
                    records.push(rec);
                    break 'run;
                }
            };
            // Where the rulebook names no competent authority (a figure not found, e.g. the
            // decree's annex not read), the province decides under its own regulation: the case
            // runs with the "competent level" and the gap is recorded, never guessed.
            let gaps: Vec<String> = assessment
                .violations
                .iter()
                .filter(|v| v.ground() == crate::rules::Ground::NoRule)
                .map(|v| v.wrong.en.clone())
                .collect();
            let gap_rules: Vec<crate::register::GapRef> = assessment
                .violations
                .iter()
                .filter(|v| v.ground() == crate::rules::Ground::NoRule)
                .map(gap_ref)
                .collect();
            assessment
                .violations
                .retain(|v| v.ground() != crate::rules::Ground::NoRule);
            // The foreign-press machine has no consultation step while the rulebook lists the
            // notices to MOFA as consultations: recorded as a gap, not run (reported upstream).
            let mut gaps = gaps;
            let mut gap_rules = gap_rules;
            if proc == Procedure::Press && !assessment.consultations.is_empty() {
                gap_rules.extend(assessment.consultations.iter().map(|c| {
                    let rule = c
                        .reply
                        .source
                        .as_ref()
                        .map_or_else(|| "—".to_string(), |p| p.rule.as_str().to_string());
                    crate::register::GapRef::new(
                        rule,
                        format!("{} (không có bước lấy ý kiến)", c.reply.citation.vi()),
                        format!("{} (no consultation step)", c.reply.citation.en()),
                    )
                }));
                gaps.extend(assessment.consultations.drain(..).map(|c| {
                    format!(
                        "the press procedure has no consultation step; not run: {} ({})",
                        crate::label::Label::en(&c.consultee),
                        c.reply.citation
                    )
                }));
            }
            let lead_met = assessment
                .latest_filing()
                .map(|_| assessment.on_time(a.filed_on));
            let sanctioned = a
                .facts()
                .participants
                .iter()
                .any(|p| p.serving_sanction.is_some());
            let barred = assessment
                .violations
                .iter()
                .any(|v| v.ground() == crate::rules::Ground::Discipline);
            let twist = if objection_matches(a) {
                run::Twist::Objection
            } else if sanctioned && !barred {
                run::Twist::Discipline
            } else {
                run::Twist::None
            };
            let ran = run::run_case(case, a, assessment, wc, &mut crng, twist);
            if a.kind == ActivityKind::OutboundDelegation && ran.carried_out.is_some() {
                if let Some(t) = territory {
                    for p in &a.participants {
                        history.trips.push(PastTrip {
                            person: p.official.id.0.clone(),
                            start: a.day(),
                            jurisdiction: t,
                            out_of_plan: !a.in_plan,
                        });
                    }
                }
            }
            let mut rec = ActivityRecord::from_proposed(a, ran.outcome, lead_met);
            rec.reasons = ran.reasons;
            rec.rule_gaps = gaps;
            rec.gap_rules = gap_rules;
            if let Details::Agreement { partner, .. } = &a.details {
                let country = partner.rsplit(' ').next().unwrap_or("").to_string();
                rec = rec.with_partner(country.clone());
                if let (Some(on), Some(unit)) = (ran.carried_out, a.applicant.clone()) {
                    let level = match &a.details {
                        Details::Agreement { level, .. } => *level,
                        _ => crate::activity::AgreementLevel::Department,
                    };
                    let mut ag = Agreement::new(
                        a.id.0.clone(),
                        a.title.clone(),
                        partner.clone(),
                        country,
                        unit,
                        level,
                        on,
                    );
                    ag.case = Some(a.id.clone());
                    let _ = agreements.sign(ag);
                }
            }
            if a.kind == ActivityKind::OutboundDelegation && ran.carried_out.is_some() {
                if let Some(h) = a.head() {
                    if matches!(
                        h.official.position.tier(),
                        LeadershipTier::ProvincialHead | LeadershipTier::ProvincialDeputy
                    ) {
                        let mut p = LeaderProgramme::new(a.id.0.clone(), h.official.clone());
                        let partner = partner_of(a).unwrap_or("—").to_string();
                        for (c, pm, who) in [
                            (Channel::Party, 800, "đảng bạn"),
                            (Channel::State, 950, "chính quyền địa phương"),
                            (
                                Channel::People,
                                550,
                                "tổ chức hữu nghị, cộng đồng người Việt",
                            ),
                        ] {
                            if crng.chance(pm) {
                                p.contacts.push(Contact::new(
                                    c,
                                    a.day(),
                                    format!("{who} ({partner})"),
                                ));
                            }
                        }
                        programmes.push(p);
                    }
                }
            }
            let _ = ledger.extend(from_case(&ran.case, a, &bodies));
            yearly.extend(applicant_yearly_obligations(
                book, &ran.case, a, &bodies, year,
            ));
            records.push(rec);
            if keep == Keep::All {
                cases.push(ran.case);
            }
        }
        if keep == Keep::All {
            acts.push(owned);
        }
    }

    // The agreement register: last years' agreements, one left on the shelf.
    let mut arng = root.fork(5);
    let ppc = Body::new(BodyKind::ProvincialPeoplesCommittee, j);
    let seeded = [
        ("LA", "Tỉnh bạn Lào", ymd(year - 2, 9, 12)),
        ("KR", "Tỉnh Gyeonggi", ymd(year - 1, 4, 3)),
        ("JP", "Tỉnh Tottori", ymd(year - 1, 6, 18)),
        ("BY", "Vùng Minsk", ymd(year - 1, 2, 24)),
    ];
    for (i, (c, partner, on)) in seeded.iter().enumerate() {
        let mut ag = Agreement::new(
            format!("{j}/{}/tt-{i}", on.year()),
            format!("Biên bản ghi nhớ hợp tác với {partner}"),
            *partner,
            *c,
            ppc.clone(),
            crate::activity::AgreementLevel::PeoplesCommittee,
            *on,
        );
        ag.signed_by = Some(
            pop.officials
                .get(pop.leaders.get(3).copied().unwrap_or(0))
                .map_or_else(String::new, |o| o.name.clone()),
        );
        let _ = agreements.sign(ag);
    }
    // The agreements by partner country, in register order: a delegation looks only at those
    // of its country (the same draws, in the same order, as a pass over the whole register).
    let mut ids: std::collections::HashMap<String, Vec<(String, NaiveDate)>> =
        std::collections::HashMap::new();
    for a in agreements.agreements() {
        ids.entry(a.partner_country.clone())
            .or_default()
            .push((a.id.clone(), a.signed_on));
    }
    for r in &records {
        if !matches!(
            r.kind,
            ActivityKind::InboundDelegation | ActivityKind::OutboundDelegation
        ) || r.outcome != CaseOutcome::Approved && r.outcome != CaseOutcome::Escalated
        {
            continue;
        }
        let same_country = r
            .partner_country
            .as_deref()
            .and_then(|c| ids.get(c))
            .map_or(&[][..], Vec::as_slice);
        for (id, signed) in same_country {
            if r.starts_on > *signed && arng.chance(350) {
                let _ = agreements.implement(Implementation {
                    agreement: id.clone(),
                    on: r.starts_on,
                    description: format!("{} ({})", crate::label::Label::vi(&r.kind), r.id),
                    activity: Some(r.id.clone()),
                });
                break;
            }
        }
    }

    // The directive and its tasks.
    let mut drng = root.fork(6);
    let mut directive = ActionPlan::dak_lak_directive_13_2023();
    directive.id = format!("{j}/{year}/chi-thi");
    directive.jurisdiction = j;
    directive.issuer = ppc.clone();
    directive.monitor = bodies.fa_agency.clone();
    directive.issued_on = ymd(year - 1, 4, 26);
    directive.years = (year - 1, year + 1);
    directive.title_vi = format!(
        "{} (mô phỏng theo mẫu Chỉ thị 13/CT-UBND Đắk Lắk)",
        directive.title_vi
    );
    directive = directive.report_by(scenario.directive_report.0, scenario.directive_report.1);
    let groups: Vec<u8> = directive.groups.iter().map(|g| g.number).collect();
    for g in groups {
        for t in 0..2u8 {
            let lead = pop
                .units
                .get(
                    usize::try_from(drng.below(u64::try_from(pop.units.len()).unwrap_or(1)))
                        .unwrap_or(0),
                )
                .map_or_else(|| bodies.fa_agency.clone(), |u| u.body.clone());
            let mut task = Task::new(
                format!("{}/{g}.{}", directive.id, t + 1),
                format!("Nhiệm vụ {g}.{}", t + 1),
                lead,
            )
            .supported_by(bodies.fa_agency.clone());
            if t == 0 {
                task = task.due(ymd(year, u32::try_from(drng.range(3, 11)).unwrap_or(6), 30));
            }
            let _ = directive.add_task(g, task);
            let id = format!("{}/{g}.{}", directive.id, t + 1);
            let steps = drng.range(0, 3);
            let mut pct = 0u8;
            for s in 0..steps {
                pct = pct
                    .saturating_add(u8::try_from(drng.range(20, 50)).unwrap_or(30))
                    .min(100);
                let _ = directive.update(
                    &id,
                    ymd(year, u32::try_from(3 + 3 * s).unwrap_or(3), 15),
                    pct,
                    "báo cáo tiến độ",
                );
            }
        }
    }

    // Periodic obligations and the directive's report, met on time, late or not at all.
    let mut orng = root.fork(7);
    let mut periodic = periodic_obligations(book, &bodies, year);
    periodic.extend(
        directive
            .report_obligations()
            .into_iter()
            .filter(|o| o.due.year() == year),
    );
    periodic.extend(yearly);
    for mut o in periodic {
        let roll = orng.below(1000);
        if roll < 700 {
            o.met_on = Some(add(o.due, -orng.range(0, 5)).max(o.arises_on));
        } else if roll < 900 {
            o.met_on = Some(add(o.due, orng.range(1, 20)));
        }
        let _ = ledger.add(o);
    }

    let as_of = ymd(year, 12, 31);
    let mut inspections = InspectionPlan::seed_areas(j, year, bodies.fa_agency.clone(), 8);
    inspections.run(&records, &ledger, as_of, scenario.seed);
    let dormant = agreements.dormant_on(as_of, &DormancyPolicy::days(scenario.dormancy_days));
    for i in inspections.inspections.iter_mut() {
        i.note_dormant(&dormant);
    }

    Ok(SimulatedYear {
        scenario: scenario.clone(),
        bodies,
        officials: pop.officials,
        activities: acts,
        cases,
        records,
        ledger,
        agreements,
        plans,
        directive,
        programmes,
        inspections,
    })
}

/// The province's cap on out-of-plan delegations, from the rulebook, if it sets one.
fn quota_of(book: &Rulebook, j: Jurisdiction, on: NaiveDate) -> Option<OutOfPlanQuota> {
    let q = crate::rules::Query::new(
        j,
        crate::rules::Subject::Activity(ActivityKind::OutboundDelegation),
        on,
    );
    let res = book.resolve(&q).ok()?;
    let found = res
        .family::<crate::rules::Condition>()
        .find_map(|r| match &r.value {
            Some(crate::rules::Condition::MaxOutOfPlanPerYear { max }) => Some((*max, r)),
            _ => None,
        });
    found.map(|(max, r)| {
        let q = OutOfPlanQuota::new(max);
        match r.citations.first() {
            Some(c) => q.cited(c.clone(), r.evidence),
            None => q,
        }
    })
}

/// The gap a `NoRule` finding names: its rule (or the key it has no entry for) and the
/// citation of where the figure should be.
fn gap_ref(f: &crate::rules::Finding) -> crate::register::GapRef {
    let rule = match (&f.rule, &f.kind) {
        (Some(r), _) => r.as_str().to_string(),
        (
            None,
            crate::rules::FindingKind::NoSourcedRule {
                family, subject, ..
            },
        ) => {
            format!("{}.{}", subject.code(), family.code())
        }
        (None, _) => "—".to_string(),
    };
    let vi: Vec<String> = f.citations.iter().map(|c| c.vi()).collect();
    let en: Vec<String> = f.citations.iter().map(|c| c.en()).collect();
    let or_none = |v: Vec<String>, none: &str| {
        if v.is_empty() {
            none.to_string()
        } else {
            v.join("; ")
        }
    };
    crate::register::GapRef::new(
        rule,
        or_none(vi, "— (bộ quy tắc không có mục nào cho khóa này)"),
        or_none(en, "— (the rulebook has no entry for this key)"),
    )
}

fn objection_matches(a: &ProposedActivity) -> bool {
    matches!(&a.details, Details::Agreement { concerns, .. } if concerns.contains(&AgreementConcern::Security))
}

impl SimulatedYear {
    /// The compliance report of the year, as of 31 December.
    pub fn report(&self) -> ComplianceReport {
        let period = DateRange::year(self.scenario.year).unwrap_or(DateRange {
            from: NaiveDate::MIN,
            to: NaiveDate::MAX,
        });
        self.report_for(period, period.to)
    }

    /// The compliance report for any period of the year (a 6-month report, a quarter), with
    /// statuses taken on `as_of`.
    ///
    /// ```
    /// use doingoai::simulation::{simulate, Scenario};
    /// use doingoai::calendar::DateRange;
    /// use doingoai::org::Jurisdiction;
    /// use chrono::NaiveDate;
    /// let y = simulate(&Scenario::new(Jurisdiction::new_unit(42).unwrap(), 2026, 3, 200)).unwrap();
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let h1 = y.report_for(DateRange::new(d(1, 1), d(6, 30)).unwrap(), d(7, 15));
    /// let h2 = y.report_for(DateRange::new(d(7, 1), d(12, 31)).unwrap(), d(12, 31));
    /// assert_eq!(h1.activities.total + h2.activities.total, y.report().activities.total);
    /// ```
    pub fn report_for(&self, period: DateRange, as_of: NaiveDate) -> ComplianceReport {
        let year = self.scenario.year;
        let policy = DormancyPolicy::days(self.scenario.dormancy_days);
        let s = &self.scenario;
        let mut b = ReportBuilder::new(self.scenario.jurisdiction, period, as_of)
            .note(format!(
                "Dữ liệu mô phỏng / simulated data: seed {}, {} activities; every activity of a kind with a procedure run as a case through its workflow under the rulebook `{}` and the state-agency working-day calendar.",
                s.seed,
                s.activities,
                Rulebook::shipped().version_id()
            ))
            .note("Where the rulebook has no sourced rule for a step (e.g. who authorises an inbound delegation), the case is decided by the competent level under the province's own regulation and counted under 'decided without a sourced rule', listed by rule with the citation of where the figure should be; nothing is guessed.")
            .note("Families (issue 11): sister and friendship memoranda in the People's Committee's name run as agreements (Luật 70/2020 Art. 18–19; the review of a relation has no sourced period, the agreement register's dormancy window is a scenario figure); overseas-Vietnamese receptions run through the inbound steps; border affairs run as border cases (NĐ 71/2015 Art. 7(2)); inspections follow the inspection plan (no approval step in any source read).")
            .note(format!(
                "Scenario assumptions (not sourced): how often requests are filed late and reports filed late or never; the directive's yearly report due {:02}/{:02}; the dormancy window of {} days (guidance, seed 001).",
                s.directive_report.1, s.directive_report.0, s.dormancy_days
            ))
            .records(&self.records)
            .ledger(&self.ledger)
            .undated(crate::ledger::sources::undated_duties(
                Rulebook::shipped(),
                &self.bodies,
                self.scenario.year,
            ))
            .agreements(&self.agreements, policy)
            .plans(&self.plans)
            .action_plan(self.directive.implementation_report(year, as_of));
        for p in &self.programmes {
            b = b.programme(p.assess());
        }
        for i in &self.inspections.inspections {
            b = b.inspection(i);
        }
        b.build()
    }
}
