//! Where obligations come from: the adapters that turn a workflow case's deadlines (a result
//! report after a trip or an event, a passport return, a notice after signing) and a reporting
//! year's periodic rules into [`Obligation`]s.
//!
//! * [`from_case`] reads the obligations a [`Case`] created through its transitions (their due
//!   dates computed by the workflow with its calendar, their citations from the assessment)
//!   and when each was discharged or lapsed.
//! * [`periodic_obligations`] lists the periodic reports of a province. **Temporary adapter:**
//!   the dates (18 December, 15 November, …) belong to the rulebook's obligation family; until
//!   `rules` lands on this branch they are kept here in one table with their citations and
//!   evidence grades, to be replaced by rulebook lookups, not extended. Fixed dates are used as
//!   written (no rolling to a working day).
//!
//! ```
//! use doingoai::ledger::sources::{periodic_obligations, ProvinceBodies};
//! use doingoai::ledger::ObligationKind;
//! use doingoai::org::Jurisdiction;
//! let ha_tinh = Jurisdiction::new_unit(42).unwrap();
//! let year = periodic_obligations(&ProvinceBodies::standard(ha_tinh), 2026);
//! let conf = year.iter().find(|o| o.kind == ObligationKind::ConferencesAnnualReport).unwrap();
//! assert_eq!(conf.due.to_string(), "2026-12-18");
//! assert_eq!(conf.data_window.unwrap().from.to_string(), "2025-12-15");
//! ```

use chrono::NaiveDate;

use super::{DateRange, Obligation, ObligationKind, ObligationOrigin};
use crate::activity::{ActivityKind, ProposedActivity};
use crate::label::Label;
use crate::law::{Citation, Evidence};
use crate::org::{Body, BodyKind, Channel, Jurisdiction};
use crate::workflow::{Case, DeadlineKind, Role};

/// The bodies of a province that owe and receive periodic reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date relative to the reporting year: (year offset, month, day).
type Rel = (i32, u32, u32);

/// One periodic obligation of the temporary table.
struct Periodic {
    kind: ObligationKind,
    tag: &'static str,
    /// In force from (the instrument's first day).
    from: (i32, u32, u32),
    /// Last day in force, if it ended.
    until: Option<(i32, u32, u32)>,
    /// (year offset, month, day) of the due date relative to the reporting year.
    due: (i32, u32, u32),
    /// Data window relative to the reporting year: ((offset, m, d), (offset, m, d)).
    window: Option<(Rel, Rel)>,
    citation: Citation,
    evidence: Evidence,
    owner: fn(&ProvinceBodies) -> Body,
    to: fn() -> Vec<Body>,
    note: &'static str,
}

fn mofa() -> Vec<Body> {
    vec![Body::central(BodyKind::Mofa)]
}

fn mofa_and_ngo_committee() -> Vec<Body> {
    vec![
        Body::central(BodyKind::Mofa),
        Body::central(BodyKind::Vufo)
            .named("Ủy ban công tác về các tổ chức phi chính phủ nước ngoài"),
    ]
}

fn mof() -> Vec<Body> {
    vec![Body::central(BodyKind::Mof)]
}

fn ppc(b: &ProvinceBodies) -> Body {
    b.ppc.clone()
}

fn finance(b: &ProvinceBodies) -> Body {
    b.finance.clone()
}

/// TEMPORARY: the periodic obligations of a province, until the rulebook's obligation family
/// lands (domain: state-procedures.md §7).
fn periodic_table() -> Vec<Periodic> {
    vec![
        Periodic {
            kind: ObligationKind::ConferencesAnnualReport,
            tag: "conferences",
            from: (2020, 4, 15),
            until: None,
            due: (0, 12, 18),
            window: Some(((-1, 12, 15), (0, 12, 14))),
            citation: Citation::article("06/2020/QĐ-TTg", 8),
            evidence: Evidence::Codification,
            owner: ppc,
            to: mofa,
            note: "by 18 December, data 15 December of the previous year to 14 December (Form 03)",
        },
        Periodic {
            kind: ObligationKind::AgreementsAnnualPlan,
            tag: "agreements-plan",
            from: (2021, 7, 1),
            until: None,
            due: (0, 11, 15),
            window: None,
            citation: Citation::article("70/2020/QH14", 46).clause(1),
            evidence: Evidence::Codification,
            owner: ppc,
            to: mofa,
            note: "plan for signing agreements in the following year, by 15 November",
        },
        Periodic {
            kind: ObligationKind::AgreementsAnnualReport,
            tag: "agreements-report",
            from: (2021, 7, 1),
            until: None,
            due: (0, 11, 15),
            window: None,
            citation: Citation::article("70/2020/QH14", 46).clause(3),
            evidence: Evidence::Codification,
            owner: ppc,
            to: mofa,
            note: "report on signing and implementing agreements, by 15 November (data window not stated)",
        },
        Periodic {
            kind: ObligationKind::NgoAnnualReport,
            tag: "ngo",
            from: (2022, 11, 1),
            until: None,
            due: (0, 12, 18),
            window: Some(((-1, 12, 15), (0, 12, 14))),
            citation: Citation::article("58/2022/NĐ-CP", 24).clause(6),
            evidence: Evidence::Codification,
            owner: ppc,
            to: mofa_and_ngo_committee,
            note: "by the 18th of the period's last month, data 15 December to 14 December (Form 04)",
        },
        Periodic {
            kind: ObligationKind::AidFinanceReport,
            tag: "aid-h2",
            from: (2022, 5, 20),
            until: None,
            due: (0, 2, 15),
            window: Some(((-1, 7, 1), (-1, 12, 31))),
            citation: Citation::article("23/2022/TT-BTC", 21),
            evidence: Evidence::Codification,
            owner: finance,
            to: mof,
            note: "second half of the previous year, by 15 February",
        },
        Periodic {
            kind: ObligationKind::AidFinanceReport,
            tag: "aid-annual",
            from: (2022, 5, 20),
            until: None,
            due: (0, 3, 10),
            window: Some(((-1, 1, 1), (-1, 12, 31))),
            citation: Citation::article("23/2022/TT-BTC", 21),
            evidence: Evidence::Codification,
            owner: finance,
            to: mof,
            note: "the previous year, by 10 March",
        },
        Periodic {
            kind: ObligationKind::AidFinanceReport,
            tag: "aid-h1",
            from: (2022, 5, 20),
            until: None,
            due: (0, 8, 10),
            window: Some(((0, 1, 1), (0, 6, 30))),
            citation: Citation::article("23/2022/TT-BTC", 21),
            evidence: Evidence::Codification,
            owner: finance,
            to: mof,
            note: "first half of the year, by 10 August",
        },
    ]
}

/// The periodic obligations of a province falling due in `year`, from the instruments in force
/// on the due date (temporary table; see the module docs). Ids are
/// `{jurisdiction}/{year}/{tag}`.
pub fn periodic_obligations(bodies: &ProvinceBodies, year: i32) -> Vec<Obligation> {
    let mut out = Vec::new();
    for p in periodic_table() {
        let (Some(due), Some(first)) = (
            ymd(year + p.due.0, p.due.1, p.due.2),
            ymd(p.from.0, p.from.1, p.from.2),
        ) else {
            continue;
        };
        let ended = p
            .until
            .and_then(|(y, m, d)| ymd(y, m, d))
            .is_some_and(|last| due > last);
        if due < first || ended {
            continue;
        }
        let window = p.window.and_then(|((ya, ma, da), (yb, mb, db))| {
            DateRange::new(ymd(year + ya, ma, da)?, ymd(year + yb, mb, db)?)
        });
        // The obligation arises when its data window closes (or at the start of the year).
        let arises = window
            .and_then(|w| w.to.succ_opt())
            .filter(|a| *a <= due)
            .or_else(|| ymd(year, 1, 1))
            .unwrap_or(due);
        let mut o = Obligation::new(
            format!("{}/{year}/{}", bodies.jurisdiction, p.tag),
            p.kind,
            Channel::State,
            bodies.jurisdiction,
            (p.owner)(bodies),
            arises.min(due),
            due,
        )
        .cite(p.citation)
        .evidence(p.evidence)
        .origin(ObligationOrigin::Periodic)
        .note(p.note);
        o.owed_to = (p.to)();
        if let Some(w) = window {
            o = o.window(w);
        }
        out.push(o);
    }
    out
}

/// The body that acts in `role` for an activity of the province.
pub fn body_for_role(role: Role, activity: &ProposedActivity, bodies: &ProvinceBodies) -> Body {
    let j = bodies.jurisdiction;
    match role {
        Role::Applicant => activity.applicant.clone(),
        Role::ProvincialFaAgency => bodies.fa_agency.clone(),
        Role::ProvincialChairman => Body::new(BodyKind::PpcChairman, j),
        Role::CouncilChairman | Role::CouncilStandingCommittee => {
            Body::new(BodyKind::PeoplesCouncilStanding, j)
        }
        Role::PartyStandingCommittee => Body::new(BodyKind::ProvincialPartyStandingCommittee, j),
        Role::PartyStandingBoard => Body::new(BodyKind::ProvincialPartyStandingBoard, j),
        Role::FriendshipUnion => Body::new(BodyKind::ProvincialFriendshipUnion, j),
        Role::PrimeMinister => Body::central(BodyKind::PrimeMinister),
        Role::Mofa => Body::central(BodyKind::Mofa),
        Role::PublicSecurity => Body::central(BodyKind::Mps),
        Role::Defence => Body::central(BodyKind::Mod),
        Role::InvestmentMinistry => Body::central(BodyKind::Mof),
        Role::ProvincialPolice => Body::new(BodyKind::ProvincialPolice, j),
        Role::MilitaryCommand => Body::new(BodyKind::ProvincialMilitaryCommand, j),
        Role::AidAppraiser => bodies.finance.clone(),
        Role::NgoCommittee => Body::central(BodyKind::Vufo)
            .named("Ủy ban công tác về các tổ chức phi chính phủ nước ngoài"),
        _ => Body::new(BodyKind::ProvincialDepartment, j),
    }
}

fn kind_of(d: DeadlineKind, activity: ActivityKind) -> Option<ObligationKind> {
    match d {
        DeadlineKind::ResultReport => Some(ObligationKind::ResultReport),
        DeadlineKind::PassportReturn => Some(ObligationKind::PassportReturn),
        DeadlineKind::Notice => Some(match activity {
            ActivityKind::InternationalAgreement | ActivityKind::SisterRelation => {
                ObligationKind::SigningNotice
            }
            ActivityKind::ForeignAid => ObligationKind::AidApprovalNotice,
            ActivityKind::ForeignPress => ObligationKind::PressProgrammeReport,
            _ => ObligationKind::ResultReport,
        }),
        _ => None,
    }
}

/// The grade of the provision behind a deadline, until assessments carry their evidence:
/// the party directive was read in press reproductions, NĐ 262/2026 in a single OCR copy,
/// the rest in the official codification.
fn grade(c: &Citation) -> Evidence {
    match c.instrument.as_str() {
        "38-CT/TW" => Evidence::Secondary,
        "262/2026/NĐ-CP" => Evidence::Provisional,
        _ => Evidence::Codification,
    }
}

/// The obligations a case created (result report, passport return, notices), as ledger
/// entries: due dates and citations from the workflow, met when discharged, waived when the
/// workflow lapsed them (withdrawal, cancellation). Ids are `{case}/{deadline kind}` (with a
/// counter when a kind repeats).
///
/// ```
/// use doingoai::ledger::sources::{from_case, ProvinceBodies};
/// use doingoai::ledger::{ObligationKind, ObligationStatus};
/// use doingoai::activity::{ActivityKind, ProposedActivity};
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// use doingoai::workflow::*;
/// use doingoai::{Channel, Citation};
/// use chrono::NaiveDate;
/// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
/// let j = Jurisdiction::new_unit(42).unwrap();
/// let act = ProposedActivity::new("c-1", ActivityKind::InternationalConference, Channel::State,
///     j, Body::new(BodyKind::ProvincialDepartment, j), d(3, 2), d(4, 8), d(4, 9));
/// let art = |n| Citation::article("06/2020/QĐ-TTg", n);
/// let a = Assessment::new("test", d(3, 2), Channel::State, Tier::Provincial,
///         Authority::new(Role::ProvincialChairman, art(3).clause(2)))
///     .oblige(DeadlineKind::ResultReport, Role::Applicant, Some(Role::ProvincialChairman),
///             Trigger::CarriedOut, TimeLimit::new(Span::days(15), art(4)));
/// let app = Actor::body("so", Role::Applicant);
/// let mut case = Case::new("c-1", Procedure::Conference, app.clone(),
///     CaseFacts::new("Hội thảo", "34:42", Channel::State));
/// case.apply(Event::new(app.clone(), d(3, 2), Action::Submit { assessment: Box::new(a) }))?;
/// case.apply(Event::new(Actor::official("ct", Role::ProvincialChairman), d(3, 3), Action::Accept))?;
/// case.apply(Event::new(Actor::official("ct", Role::ProvincialChairman), d(3, 10), Action::Approve))?;
/// case.apply(Event::new(app.clone(), d(4, 9), Action::CarryOut))?;
/// case.apply(Event::new(app, d(4, 30), Action::ReportResult))?;
/// let obs = from_case(&case, &act, &ProvinceBodies::standard(j));
/// assert_eq!(obs[0].kind, ObligationKind::ResultReport);
/// assert_eq!(obs[0].status_on(d(5, 1)), ObligationStatus::MetLate);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_case(
    case: &Case,
    activity: &ProposedActivity,
    bodies: &ProvinceBodies,
) -> Vec<Obligation> {
    let mut out: Vec<Obligation> = Vec::new();
    let rules = case
        .assessment()
        .map(|a| a.obligations.as_slice())
        .unwrap_or(&[]);
    for d in case.all_deadlines() {
        let Some(kind) = kind_of(d.kind, activity.kind) else {
            continue;
        };
        let n = out.iter().filter(|o| o.kind == kind).count();
        let id = if n == 0 {
            format!("{}/{}", case.id(), d.kind.code())
        } else {
            format!("{}/{}-{}", case.id(), d.kind.code(), n + 1)
        };
        let mut o = Obligation::new(
            id,
            kind,
            activity.channel,
            activity.jurisdiction,
            body_for_role(d.owner, activity, bodies),
            d.from,
            d.due.max(d.from),
        )
        .for_activity(activity.id.clone())
        .cite(d.citation.clone())
        .evidence(grade(&d.citation))
        .note(d.explain_en());
        if let Some(to) = rules
            .iter()
            .find(|r| r.kind == d.kind && r.owner == d.owner)
            .and_then(|r| r.to)
        {
            o.owed_to.push(body_for_role(to, activity, bodies));
        }
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
