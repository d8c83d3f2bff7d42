//! Where obligations come from: the adapters that turn an activity's event (a conference held,
//! an agreement signed, a trip ended) and a reporting year into [`Obligation`]s.
//!
//! **Temporary adapter.** The figures below (15 days, 5 working days, 18 December, 15 November,
//! …) belong to the rulebook (`rules`, obligation family). Until that module lands on this
//! branch they are kept here in one table each, with their citations and evidence grades, so
//! that the rest of the ledger and the reports can be built and tested; the table is to be
//! replaced by rulebook lookups, not extended. The working-day arithmetic is likewise a
//! stand-in for `calendar::WorkCalendar` (weekends, fixed solar holidays and a table of Tết
//! days only; no swapped or compensatory days).
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

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{DateRange, Obligation, ObligationKind, ObligationOrigin};
use crate::activity::{ActivityKind, AgreementLevel, Details, ProposedActivity};
use crate::law::{Citation, Evidence};
use crate::org::{Body, BodyKind, Channel, Jurisdiction};

/// A time limit counted from an event (temporary stand-in for `calendar::Period`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Term {
    /// Calendar days (ngày).
    Days(u32),
    /// Working days (ngày làm việc).
    WorkingDays(u32),
}

impl Term {
    /// The last day of the term counted from `event` (the event day itself not counted).
    ///
    /// ```
    /// use doingoai::ledger::sources::Term;
    /// use chrono::NaiveDate;
    /// let fri = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
    /// assert_eq!(Term::WorkingDays(5).after(fri).to_string(), "2026-03-13");
    /// assert_eq!(Term::Days(15).after(fri).to_string(), "2026-03-21");
    /// ```
    pub fn after(self, event: NaiveDate) -> NaiveDate {
        match self {
            Term::Days(n) => event
                .checked_add_days(Days::new(u64::from(n)))
                .unwrap_or(event),
            Term::WorkingDays(n) => {
                let mut d = event;
                let mut left = n;
                while left > 0 {
                    match d.succ_opt() {
                        Some(x) => d = x,
                        None => return d,
                    }
                    if is_working_day(d) {
                        left -= 1;
                    }
                }
                d
            }
        }
    }
}

/// First day of Tết Nguyên đán (temporary table until the calendar module lands).
const TET: &[(i32, u32, u32)] = &[
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 3),
];

/// The first day of Tết Nguyên đán in `year`, for the years the temporary table covers.
pub fn tet(year: i32) -> Option<NaiveDate> {
    TET.iter()
        .find(|(y, _, _)| *y == year)
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(*y, *m, *d))
}

/// Whether `d` is a working day of state agencies, approximately (temporary: weekends, 1/1,
/// 30/4, 1/5, 2/9 and five days around Tết; the calendar module replaces this).
pub fn is_working_day(d: NaiveDate) -> bool {
    if matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        return false;
    }
    if matches!((d.month(), d.day()), (1, 1) | (4, 30) | (5, 1) | (9, 2)) {
        return false;
    }
    if let Some(t) = tet(d.year()).or_else(|| tet(d.year() + 1)) {
        let off = (d - t).num_days();
        if (-1..=3).contains(&off) {
            return false;
        }
    }
    true
}

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

/// The result-report term for outbound delegations, which no national text fixes (Chỉ thị
/// 38-CT/TW requires a report without a deadline): a province configures it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ConfiguredTerm {
    /// The term.
    pub term: Term,
    /// The provision that fixes it.
    pub citation: Option<Citation>,
    /// How far it can be trusted.
    pub evidence: Evidence,
    /// Where the figure comes from.
    pub note: String,
}

/// The obligations a workflow event creates for an activity: the event ended (`ended_on`) or,
/// for an agreement, was signed; `decided_on` is the approval day (aid notices). Temporary
/// table (see the module docs); ids are `{activity}/{tag}`.
///
/// ```
/// use doingoai::ledger::sources::{obligations_after, ProvinceBodies};
/// use doingoai::ledger::ObligationKind;
/// use doingoai::activity::{ActivityKind, ProposedActivity};
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// use doingoai::Channel;
/// use chrono::NaiveDate;
/// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
/// let j = Jurisdiction::new_unit(42).unwrap();
/// let conf = ProposedActivity::new("ht-hn-3", ActivityKind::InternationalConference, Channel::State,
///     j, Body::new(BodyKind::ProvincialDepartment, j), d(2, 2), d(4, 8), d(4, 9));
/// let obs = obligations_after(&conf, &ProvinceBodies::standard(j), d(4, 9), d(3, 1), None);
/// assert_eq!(obs[0].kind, ObligationKind::ResultReport);
/// assert_eq!(obs[0].due, d(4, 24));
/// ```
pub fn obligations_after(
    activity: &ProposedActivity,
    bodies: &ProvinceBodies,
    ended_on: NaiveDate,
    decided_on: NaiveDate,
    delegation_report: Option<&ConfiguredTerm>,
) -> Vec<Obligation> {
    let id = &activity.id;
    let mk = |tag: &str, kind: ObligationKind, due: NaiveDate, from: NaiveDate| {
        Obligation::new(
            format!("{id}/{tag}"),
            kind,
            activity.channel,
            activity.jurisdiction,
            activity.applicant.clone(),
            from,
            due.max(from),
        )
        .for_activity(id.clone())
    };
    let mut out = Vec::new();
    match activity.kind {
        ActivityKind::InternationalConference => {
            out.push(
                mk(
                    "report",
                    ObligationKind::ResultReport,
                    Term::Days(15).after(ended_on),
                    ended_on,
                )
                .owed_to(bodies.ppc.clone())
                .owed_to(bodies.fa_agency.clone())
                .cite(Citation::article("06/2020/QĐ-TTg", 4).clause(2).point('c'))
                .evidence(Evidence::Codification)
                .note("organiser's report within 15 days after the event"),
            );
        }
        ActivityKind::InternationalAgreement => {
            let level = match &activity.details {
                Details::Agreement { level, .. } => Some(*level),
                _ => None,
            };
            let due = Term::Days(15).after(ended_on);
            let o = mk(
                "signing-notice",
                ObligationKind::SigningNotice,
                due,
                ended_on,
            )
            .evidence(Evidence::Codification);
            let o = match level {
                Some(AgreementLevel::PeoplesCommittee) | Some(AgreementLevel::PeoplesCouncil) => o
                    .owed_to(Body::central(BodyKind::PrimeMinister))
                    .owed_to(Body::central(BodyKind::Mofa))
                    .cite(Citation::article("70/2020/QH14", 19).clause(5))
                    .note("report to the Prime Minister, copy MOFA, within 15 days of signing"),
                Some(AgreementLevel::BorderCommune) => o
                    .owed_to(bodies.ppc.clone())
                    .owed_to(bodies.fa_agency.clone())
                    .cite(Citation::article("64/2021/NĐ-CP", 7).clause(8))
                    .note("report to the Chairman, copy the FA agency, within 15 days of signing"),
                _ => o
                    .owed_to(bodies.ppc.clone())
                    .owed_to(bodies.fa_agency.clone())
                    .cite(Citation::article("64/2021/NĐ-CP", 5).clause(6))
                    .note("report to the Chairman, copy the FA agency, within 15 days of signing"),
            };
            out.push(o);
        }
        ActivityKind::OutboundDelegation => {
            if activity.channel == Channel::State {
                out.push(
                    mk(
                        "passport",
                        ObligationKind::PassportReturn,
                        Term::WorkingDays(5).after(ended_on),
                        ended_on,
                    )
                    .owed_to(bodies.fa_agency.clone())
                    .cite(Citation::article("49/2019/QH14", 23).clause(3))
                    .evidence(Evidence::Codification)
                    .note("return the passport to the managing agency within 5 working days"),
                );
            }
            if let Some(t) = delegation_report {
                let mut o = mk(
                    "report",
                    ObligationKind::ResultReport,
                    t.term.after(ended_on),
                    ended_on,
                )
                .owed_to(bodies.ppc.clone())
                .owed_to(bodies.fa_agency.clone())
                .cite(Citation::instrument("38-CT/TW"))
                .evidence(t.evidence)
                .note(t.note.clone());
                if let Some(c) = &t.citation {
                    o = o.cite(c.clone());
                }
                out.push(o);
            }
        }
        ActivityKind::ForeignAid => {
            let last = ymd(2025, 12, 7).unwrap_or(NaiveDate::MAX);
            if decided_on <= last {
                out.push(
                    mk(
                        "approval-notice",
                        ObligationKind::AidApprovalNotice,
                        Term::Days(5).after(decided_on),
                        decided_on,
                    )
                    .owed_to(Body::central(BodyKind::Mpi))
                    .owed_to(Body::central(BodyKind::Mof))
                    .cite(Citation::article("80/2020/NĐ-CP", 11).clause(2))
                    .evidence(Evidence::Codification)
                    .note("notify the donor and send the decision within 5 days of approval"),
                );
            }
        }
        ActivityKind::ForeignPress => {
            let first = ymd(2026, 7, 1).unwrap_or(NaiveDate::MAX);
            let resident = matches!(activity.details, Details::Press { resident: true, .. });
            if ended_on >= first && !resident {
                out.push(
                    mk(
                        "press-report",
                        ObligationKind::PressProgrammeReport,
                        Term::WorkingDays(3).after(ended_on),
                        ended_on,
                    )
                    .owed_to(Body::central(BodyKind::Mofa))
                    .cite(Citation::article("262/2026/NĐ-CP", 6))
                    .evidence(Evidence::Provisional)
                    .note("guiding agency reports within 3 working days after the programme"),
                );
            }
        }
        _ => {}
    }
    out
}
