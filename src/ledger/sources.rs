//! Where obligations come from: the adapters that turn a workflow case's deadlines (a result
//! report after a trip or an event, a passport return, a notice after signing) and the
//! rulebook's periodic obligations of a reporting year into [`Obligation`]s.
//!
//! * [`from_case`] reads the obligations a [`Case`] created through its transitions (due dates
//!   computed by the workflow with the working-day calendar, citations from the rulebook) and
//!   when each was discharged or lapsed.
//! * [`periodic_obligations`] asks the rulebook (obligation family, `Due::Yearly` rules) what a
//!   province owes each year — the conferences report by 18 December with data 15 December to
//!   14 December, the agreements plan and report by 15 November, the NGO report by the 18th of
//!   the period's last month, the aid finance reports, and whatever 6-month or annual reports a
//!   provincial layer adds. Fixed dates are used as the rule states them.
//!
//! ```
//! use doingoai::activity::ActivityKind;
//! use doingoai::ledger::sources::{periodic_obligations, ProvinceBodies};
//! use doingoai::ledger::Owed;
//! use doingoai::org::Jurisdiction;
//! use doingoai::rules::{ReportKind, Subject};
//! use doingoai::Rulebook;
//! let ha_tinh = Jurisdiction::new_unit(42).unwrap();
//! let year = periodic_obligations(Rulebook::shipped(), &ProvinceBodies::standard(ha_tinh), 2026);
//! let annual = Owed::new(Subject::Activity(ActivityKind::InternationalConference), ReportKind::AnnualReport);
//! let conf = year.iter().find(|o| o.owed == annual).unwrap();
//! assert_eq!(conf.due.to_string(), "2026-12-18");
//! assert_eq!(conf.data_window.unwrap().from.to_string(), "2025-12-15");
//! ```

use chrono::{Datelike, NaiveDate};

use super::{Obligation, ObligationOrigin, Owed};
use crate::activity::{ActivityKind, ProposedActivity};
use crate::calendar::DateRange;
use crate::label::Label;
use crate::org::{Body, BodyKind, Channel, Jurisdiction};
use crate::rules::{Due, Obligation as RuleObligation, Query, Role, Rulebook, Subject};
use crate::workflow::Case;

/// The bodies of a province that owe and receive periodic reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProvinceBodies {
    /// The province.
    pub jurisdiction: Jurisdiction,
    /// The provincial People's Committee (UBND tỉnh).
    pub ppc: Body,
    /// The provincial foreign-affairs agency (Sở Ngoại vụ or Văn phòng UBND tỉnh).
    pub fa_agency: Body,
    /// The Department of Finance (aid finance reports).
    pub finance: Body,
}

impl ProvinceBodies {
    /// The usual bodies: UBND tỉnh, a Sở Ngoại vụ, a Sở Tài chính.
    pub fn standard(jurisdiction: Jurisdiction) -> Self {
        ProvinceBodies {
            jurisdiction,
            ppc: Body::new(BodyKind::ProvincialPeoplesCommittee, jurisdiction),
            fa_agency: Body::new(BodyKind::DepartmentOfForeignAffairs, jurisdiction),
            finance: Body::new(BodyKind::DepartmentOfFinance, jurisdiction),
        }
    }
}

/// The rulebook's subjects that carry periodic obligations.
const PERIODIC_SUBJECTS: [Subject; 7] = [
    Subject::Activity(ActivityKind::InternationalConference),
    Subject::Activity(ActivityKind::InternationalAgreement),
    Subject::Activity(ActivityKind::ForeignNgo),
    Subject::Activity(ActivityKind::ForeignAid),
    Subject::Activity(ActivityKind::OutboundDelegation),
    Subject::ExternalAffairsPlan,
    Subject::Activity(ActivityKind::AbtcPermission),
];

/// The reporting duties of a province in `year` whose due date no source gives: the rulebook's
/// unsourced obligation entries (gaps) in force during the year, for the periodic subjects and
/// the families of issue 11 (the external-information plan and reports, NĐ 72/2015/NĐ-CP Art.
/// 24; the overseas-Vietnamese report; the review of a sister relation). A gap carries no
/// due rule, so periodic duties and per-case ones without a deadline (e.g. the post-trip
/// report of Chỉ thị 38-CT/TW) are listed alike. They cannot enter the ledger — an
/// [`Obligation`] needs a due date — so they are listed, each with its rule and the citation
/// of where the date should be, never given a guessed date.
///
/// ```
/// use doingoai::ledger::sources::{undated_duties, ProvinceBodies};
/// use doingoai::org::Jurisdiction;
/// use doingoai::Rulebook;
/// let bodies = ProvinceBodies::standard(Jurisdiction::new_unit(42).unwrap());
/// let gaps = undated_duties(Rulebook::shipped(), &bodies, 2026);
/// assert!(gaps.iter().any(|g| g.rule == "vn.external_affairs_plan.obligation.external_information_plan"));
/// assert!(gaps.iter().any(|g| g.rule == "vn.external_affairs_plan.obligation.external_information_plan.nd148"));
/// ```
pub fn undated_duties(
    rulebook: &Rulebook,
    bodies: &ProvinceBodies,
    year: i32,
) -> Vec<crate::register::GapRef> {
    let mut out = std::collections::BTreeMap::new();
    let dates = [(1, 1), (7, 1), (12, 31)]
        .iter()
        .filter_map(|(m, d)| NaiveDate::from_ymd_opt(year, *m, *d))
        .collect::<Vec<_>>();
    let families = [
        Subject::Activity(ActivityKind::OverseasVietnamese),
        Subject::Activity(ActivityKind::SisterRelation),
    ];
    for subject in PERIODIC_SUBJECTS.into_iter().chain(families) {
        for date in &dates {
            let Ok(res) = rulebook.resolve(&Query::new(bodies.jurisdiction, subject, *date)) else {
                continue;
            };
            for r in res.family::<RuleObligation>().filter(|r| r.value.is_none()) {
                let join = |f: &dyn Fn(&crate::law::Citation) -> String| {
                    let v: Vec<String> = r.citations.iter().map(f).collect();
                    if v.is_empty() {
                        "—".to_string()
                    } else {
                        v.join("; ")
                    }
                };
                let g = crate::register::GapRef::new(
                    r.id.as_str(),
                    join(&|c| c.vi()),
                    join(&|c| c.en()),
                );
                out.insert(g.rule.clone(), g);
            }
        }
    }
    out.into_values().collect()
}

/// The periodic obligations of a province falling due in `year`, from the yearly rules of
/// `rulebook` in force on their due date (national and the province's own layers). Ids are
/// `{jurisdiction}/{year}/{rule id}`; a rule with no due day in `year` gives nothing.
pub fn periodic_obligations(
    rulebook: &Rulebook,
    bodies: &ProvinceBodies,
    year: i32,
) -> Vec<Obligation> {
    let territory = bodies.jurisdiction;
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    let dates = [(1, 1), (7, 1), (12, 31)]
        .iter()
        .filter_map(|(m, d)| NaiveDate::from_ymd_opt(year, *m, *d))
        .collect::<Vec<_>>();
    for subject in PERIODIC_SUBJECTS {
        for date in &dates {
            let q = Query::new(territory, subject, *date);
            let Ok(res) = rulebook.resolve(&q) else {
                continue;
            };
            for r in res.family::<RuleObligation>() {
                let Some(v) = &r.value else { continue };
                // a yearly report each applicant owes (an enterprise's ABTC report, QĐ
                // 09/2023/QĐ-TTg Art. 27(5)) is not the province's own obligation
                if v.owed_by == Role::Organiser {
                    continue;
                }
                let Due::Yearly {
                    year_offset, data, ..
                } = &v.due
                else {
                    continue;
                };
                let period = year - i32::from(*year_offset);
                let Some(due) = v.due.yearly_due(period) else {
                    continue;
                };
                if due.year() != year
                    || !r.validity.contains(due)
                    || !seen.insert(r.id.as_str().to_string())
                {
                    continue;
                }
                let window = data
                    .and_then(|w| w.for_year(period))
                    .and_then(|(f, t)| DateRange::new(f, t));
                let arises = window
                    .and_then(|w| w.to.succ_opt())
                    .filter(|a| *a <= due)
                    .or_else(|| NaiveDate::from_ymd_opt(year, 1, 1))
                    .unwrap_or(due)
                    .min(due);
                let mut o = yearly_obligation(
                    format!("{}/{year}/{}", bodies.jurisdiction, r.id.as_str()),
                    (r, v),
                    (
                        r.channels.first().copied().unwrap_or(Channel::State),
                        bodies.jurisdiction,
                    ),
                    None,
                    bodies,
                    (arises, due),
                );
                if let Some(w) = window {
                    o = o.window(w);
                }
                out.push(o);
            }
        }
    }
    out.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    out
}

/// The obligation a yearly rule `r` (its value `v`) creates (periodic origin): what is owed, by whom and to
/// whom (resolved through `bodies`, for `activity` when it is an applicant's own), the rule's
/// evidence, citations and id, and a note naming the report and the rule's statement. One
/// construction for the province's own yearly duties ([`periodic_obligations`]) and each
/// applicant's ([`applicant_yearly_obligations`]).
fn yearly_obligation(
    id: String,
    (r, v): (&crate::rules::Rule<RuleObligation>, &RuleObligation),
    (channel, jurisdiction): (Channel, Jurisdiction),
    activity: Option<&ProposedActivity>,
    bodies: &ProvinceBodies,
    (arises, due): (NaiveDate, NaiveDate),
) -> Obligation {
    let mut o = Obligation::new(
        id,
        Owed::new(r.activity, v.report),
        channel,
        jurisdiction,
        body_for(v.owed_by, activity, bodies, due),
        arises,
        due,
    )
    .evidence(r.evidence)
    .origin(ObligationOrigin::Periodic)
    .note(format!("{} — {}", Label::en(&v.report), r.statement.en));
    o.citations = r.citations.to_vec();
    o.rule = Some(r.id.clone());
    o.owed_to =
        v.to.iter()
            .map(|t| body_for(*t, activity, bodies, due))
            .collect();
    o
}

/// The body that acts in `role` on `date` for an activity of the province: the applicant for
/// the organiser, the head of delegation, the passport holder and the guiding agency (the
/// province's foreign-affairs agency when the activity names no applicant body); the
/// province's own foreign-affairs agency and finance department from `bodies`; otherwise the
/// body [`Role::body_on`] maps the role to on `date` (e.g. the investment ministry is the
/// Ministry of Planning and Investment until its merger, the Ministry of Finance after); a
/// role no body models is a provincial department named after the role.
pub fn body_for(
    role: Role,
    activity: Option<&ProposedActivity>,
    bodies: &ProvinceBodies,
    date: NaiveDate,
) -> Body {
    let j = bodies.jurisdiction;
    match role {
        Role::Organiser | Role::HeadOfDelegation | Role::PassportHolder | Role::GuidingAgency => {
            match activity.and_then(|a| a.applicant.as_ref()) {
                Some(applicant) => applicant.clone(),
                None => bodies.fa_agency.clone(),
            }
        }
        Role::FaAgency | Role::FaAgencyHead | Role::ManagingAgency => bodies.fa_agency.clone(),
        Role::FinanceDepartment => bodies.finance.clone(),
        _ => match role.body_on(j, date) {
            Some(kind) => {
                let home = if kind.level() == crate::org::Level::Central {
                    Jurisdiction::National
                } else {
                    j
                };
                let body = Body::new(kind, home);
                // a role that names a body of a generic kind keeps its own name
                if matches!(role, Role::NgoCommittee | Role::Donor) {
                    body.named(role.vi())
                } else {
                    body
                }
            }
            None => Body::new(BodyKind::ProvincialDepartment, j).named(role.vi()),
        },
    }
}

/// The obligations a case created (result report, passport return, notices, an aid's start of
/// implementation and completion report…), every one as a ledger entry of what is owed about
/// the activity's subject ([`Owed`]): due dates, citations and grade from the workflow's
/// deadline and the rule behind it, met when discharged, waived when the workflow lapsed them
/// (withdrawal, cancellation). Ids are `{case}/{deadline kind}` (with a counter when a kind
/// repeats).
///
/// ```
/// use doingoai::ledger::sources::{from_case, ProvinceBodies};
/// use doingoai::ledger::Owed;
/// use doingoai::calendar::DueStatus;
/// use doingoai::activity::{ActivityKind, ProposedActivity};
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// use doingoai::rules::{ReportKind, Role};
/// use doingoai::rules::DecisionTier;
/// use doingoai::workflow::*;
/// use doingoai::{Channel, Citation, Period};
/// use chrono::NaiveDate;
/// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
/// let j = Jurisdiction::new_unit(42).unwrap();
/// let act = ProposedActivity::new("c-1", ActivityKind::InternationalConference, j, d(3, 2))
///     .by(Body::new(BodyKind::ProvincialDepartment, j))
///     .runs(d(4, 8), d(4, 9));
/// let art = |n| Citation::article("06/2020/QĐ-TTg", n);
/// let a = Assessment::new("test", d(3, 2), Channel::State, DecisionTier::Provincial,
///         Authority::new(Role::ProvincialChairman, art(3).clause(2)))
///     .oblige(ReportKind::ResultReport, Role::Organiser, Some(Role::ProvincialChairman),
///             Trigger::CarriedOut, TimeLimit::new(Period::CalendarDays(15), art(4)));
/// let mut case = Case::for_activity(&act).unwrap();
/// let app = case.applicant().clone();
/// let chair = Actor::official("ct", Role::ProvincialChairman);
/// case.apply(Event::new(app.clone(), d(3, 2), Action::Submit { assessment: Box::new(a) }))?;
/// case.apply(Event::new(chair.clone(), d(3, 3), Action::Accept))?;
/// case.apply(Event::new(chair, d(3, 10), Action::Approve))?;
/// case.apply(Event::new(app.clone(), d(4, 9), Action::CarryOut))?;
/// case.apply(Event::new(app, d(4, 30), Action::ReportResult))?;
/// let obs = from_case(&case, &act, &ProvinceBodies::standard(j));
/// assert_eq!(obs[0].owed, Owed::new(act.subject(), ReportKind::ResultReport));
/// assert_eq!(obs[0].status_on(d(5, 1)), DueStatus::MetLate);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_case(
    case: &Case,
    activity: &ProposedActivity,
    bodies: &ProvinceBodies,
) -> Vec<Obligation> {
    let mut out: Vec<Obligation> = Vec::new();
    let subject = activity.subject();
    for d in case.all_deadlines() {
        let Some(report) = d.kind.owed() else {
            continue;
        };
        let owed = Owed::new(subject, report);
        let n = out.iter().filter(|o| o.owed == owed).count();
        let id = if n == 0 {
            format!("{}/{}", case.id(), d.kind.code())
        } else {
            format!("{}/{}-{}", case.id(), d.kind.code(), n + 1)
        };
        let mut o = Obligation::new(
            id,
            owed,
            activity.channel(),
            activity.jurisdiction,
            body_for(d.owner, Some(activity), bodies, d.due),
            d.from,
            d.due.max(d.from),
        )
        .for_activity(activity.id.clone())
        .note(d.explain_en());
        // every citation and the grade of the rule the deadline comes from, as the rule says
        match &d.source {
            Some(s) => {
                o.citations = s.citations.to_vec();
                o.evidence = s.evidence;
                o.rule = Some(s.rule.clone());
            }
            None => o.citations = vec![d.citation.clone()],
        }
        o.owed_to =
            d.to.iter()
                .map(|t| body_for(*t, Some(activity), bodies, d.due))
                .collect();
        o.met_on = d.met;
        if d.met.is_none() {
            o.waived = d.lapsed.map(|on| super::Waiver {
                on,
                reason: format!("lapsed in case {} ({})", case.id(), case.state().en()),
            });
        }
        out.push(o);
    }
    out
}

/// The yearly obligations an applicant owes after its approved case, falling due in `year`:
/// the rules of `rulebook` for the activity's subject with a yearly due day owed by the
/// applicant (e.g. an enterprise's yearly report on the use of the APEC business travel card,
/// before 31 December, QĐ 09/2023/QĐ-TTg Art. 27(5)), each due after the approval and in force
/// on its due day. Owed by the applicant body, to the addressees of the rule. Ids are
/// `{case}/{year}/{rule id}`. Nothing for a case that was not approved.
///
/// ```
/// use doingoai::activity::{AbtcEnterprise, AbtcPost, AbtcRequest, ActivityKind, Details, ProposedActivity};
/// use doingoai::history::History;
/// use doingoai::ledger::sources::{applicant_yearly_obligations, ProvinceBodies};
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// use doingoai::workflow::{assess, Action, Actor, Case, Event, Procedure, Role};
/// use doingoai::{Rulebook, WorkCalendar};
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let j = Jurisdiction::new_unit(48).unwrap();
/// let act = ProposedActivity::new("ABTC-7", ActivityKind::AbtcPermission, j, d(2026, 3, 2))
///     .by(Body::new(BodyKind::ProvincialPublicUnit, j).named("Công ty Cấp nước"))
///     .details(Details::Abtc(AbtcRequest::new(AbtcEnterprise::StateEnterprise, AbtcPost::Director)));
/// let a = assess(&act, Procedure::Abtc, Rulebook::shipped(), &WorkCalendar::state_agency(), &History::default())?;
/// let mut case = Case::for_activity(&act).unwrap();
/// let app = case.applicant().clone();
/// case.apply(Event::new(app, d(2026, 3, 2), Action::Submit { assessment: Box::new(a) }))?;
/// case.apply(Event::new(Actor::body("snv", Role::FaAgency), d(2026, 3, 16), Action::Accept))?;
/// case.apply(Event::new(Actor::official("ct", Role::ProvincialChairman), d(2026, 3, 18), Action::Approve))?;
/// let owed = applicant_yearly_obligations(Rulebook::shipped(), &case, &act, &ProvinceBodies::standard(j), 2026);
/// assert_eq!(owed.len(), 1);
/// assert_eq!(owed[0].due, d(2026, 12, 30));
/// assert_eq!(owed[0].owed_by.name.as_deref(), Some("Công ty Cấp nước"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn applicant_yearly_obligations(
    rulebook: &Rulebook,
    case: &Case,
    activity: &ProposedActivity,
    bodies: &ProvinceBodies,
    year: i32,
) -> Vec<Obligation> {
    let Some(approved) = case.approval().map(|r| r.on) else {
        return Vec::new();
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    let dates = [(1, 1), (12, 31)]
        .iter()
        .filter_map(|(m, d)| NaiveDate::from_ymd_opt(year, *m, *d))
        .collect::<Vec<_>>();
    for date in &dates {
        let q = Query::new(activity.jurisdiction, activity.subject(), *date);
        let Ok(res) = rulebook.resolve(&q) else {
            continue;
        };
        for r in res.family::<RuleObligation>() {
            let Some(v) = r.value.as_ref().filter(|v| v.owed_by == Role::Organiser) else {
                continue;
            };
            let Due::Yearly { year_offset, .. } = &v.due else {
                continue;
            };
            let Some(due) = v.due.yearly_due(year - i32::from(*year_offset)) else {
                continue;
            };
            if due.year() != year
                || due <= approved
                || !r.validity.contains(due)
                || !seen.insert(r.id.as_str().to_string())
            {
                continue;
            }
            let arises = NaiveDate::from_ymd_opt(year, 1, 1)
                .unwrap_or(due)
                .max(approved)
                .min(due);
            out.push(yearly_obligation(
                format!("{}/{year}/{}", case.id(), r.id.as_str()),
                (r, v),
                (activity.channel(), activity.jurisdiction),
                Some(activity),
                bodies,
                (arises, due),
            ));
        }
    }
    out
}
