//! **Temporary assessor.** What the rulebook's `evaluate` will say about each simulated
//! activity — authority, consultations, lead time, obligations, violations — written out here
//! so the simulation can run every case through the workflow before `rules` lands on this
//! branch. To be replaced by `rules::evaluate`, not extended. National figures carry their
//! citations; the provincial ones (outbound and inbound lead times, the delegation's
//! result-report term, the discipline bar, the out-of-plan quota) are *scenario figures* of
//! [`ScenarioFigures`], illustrative and not the sourced rule of any one province.

use chrono::NaiveDate;

use crate::activity::{
    ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, Details, ForeignRank,
    ProposedActivity,
};
use crate::calendar::{Period, WorkCalendar};
use crate::law::Citation;
use crate::org::{Channel, DisciplineKind};
use crate::workflow::{
    Assessment, Authority, Condition, DeadlineKind, DecisionClock, Procedure, Role, Span, Tier,
    TimeLimit, Trigger, Unmet,
};

/// The provincial figures a scenario assumes (not sourced for any one province; see the
/// domain README §5 for the figures that were read).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ScenarioFigures {
    /// Outbound delegation: request at least this long before departure (Đắk Nông 2012: 10 WD).
    pub outbound_lead: Span,
    /// Inbound delegation: request at least this long before arrival (Bắc Giang: 5 WD).
    pub inbound_lead: Span,
    /// Head of delegation's result report after the trip (no national figure; institutions
    /// use 7 WD, 10 days or 15 days).
    pub delegation_report: Span,
    /// Whether an official under a sanction of reprimand or higher may not travel (TP Hồ Chí
    /// Minh, 2018).
    pub discipline_bar: bool,
    /// Out-of-plan outbound delegations allowed a year (Quảng Nam, 2024: 2).
    pub out_of_plan_quota: u32,
}

impl Default for ScenarioFigures {
    fn default() -> Self {
        ScenarioFigures {
            outbound_lead: Span::working(10),
            inbound_lead: Span::working(5),
            delegation_report: Span::days(15),
            discipline_bar: true,
            out_of_plan_quota: 2,
        }
    }
}

fn before(cal: &WorkCalendar, start: NaiveDate, span: Span) -> NaiveDate {
    let p = match span.unit {
        crate::workflow::DayUnit::Calendar => Period::CalendarDays(u32::from(span.count)),
        crate::workflow::DayUnit::Working => Period::WorkingDays(u32::from(span.count)),
    };
    cal.latest_before(start, p).unwrap_or_else(|_| {
        start
            .checked_sub_days(chrono::Days::new(u64::from(span.count)))
            .unwrap_or(start)
    })
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The procedure of an activity kind, if the workflow runs one.
pub fn procedure_of(kind: ActivityKind) -> Option<Procedure> {
    Some(match kind {
        ActivityKind::OutboundDelegation => Procedure::Outbound,
        ActivityKind::InboundDelegation => Procedure::Inbound,
        ActivityKind::InternationalConference => Procedure::Conference,
        ActivityKind::InternationalAgreement => Procedure::Agreement,
        ActivityKind::ForeignAid => Procedure::Aid,
        ActivityKind::ForeignPress => Procedure::Press,
        ActivityKind::ForeignNgo => Procedure::NgoReply,
        _ => return None,
    })
}

/// The temporary assessment of `a` (see the module docs). `beyond_quota` says whether the
/// activity is out of plan beyond the quota.
pub fn assess(
    a: &ProposedActivity,
    cal: &WorkCalendar,
    fig: &ScenarioFigures,
    beyond_quota: bool,
) -> Option<(Procedure, Assessment)> {
    let proc = procedure_of(a.kind)?;
    let on = a.filed_on;
    let version = "simulation-temporary";
    let chair = |c: Citation| Authority::new(Role::ProvincialChairman, c);
    let assessment = match a.kind {
        ActivityKind::OutboundDelegation => {
            let (tier, auth) = match a.channel {
                Channel::Party => (
                    Tier::Party,
                    Authority::new(
                        Role::PartyStandingCommittee,
                        Citation::instrument("272-QĐ/TW"),
                    ),
                ),
                _ => (
                    Tier::Provincial,
                    chair(Citation::article("49/2019/QH14", 11)),
                ),
            };
            let mut x = Assessment::new(version, on, a.channel, tier, auth)
                .received_by(Role::ProvincialFaAgency)
                .file_by(
                    before(cal, a.starts_on, fig.outbound_lead),
                    fig.outbound_lead,
                    Citation::instrument("38-CT/TW"),
                )
                .oblige(
                    DeadlineKind::ResultReport,
                    Role::Applicant,
                    Some(Role::ProvincialChairman),
                    Trigger::CarriedOut,
                    TimeLimit::new(fig.delegation_report, Citation::instrument("38-CT/TW")),
                );
            if a.channel == Channel::State {
                x = x.oblige(
                    DeadlineKind::PassportReturn,
                    Role::Applicant,
                    Some(Role::ProvincialFaAgency),
                    Trigger::CarriedOut,
                    TimeLimit::new(
                        Span::working(5),
                        Citation::article("49/2019/QH14", 23).clause(3),
                    ),
                );
            }
            if fig.discipline_bar {
                for p in &a.participants {
                    if let Some(r) = p
                        .official
                        .discipline_on(a.starts_on, DisciplineKind::Reprimand)
                    {
                        x = x.violation(Unmet::new(
                            Condition::Discipline,
                            format!(
                                "{} đang trong thời hạn thi hành kỷ luật ({}, {}) / is serving a disciplinary sanction",
                                p.official.name,
                                crate::label::Label::vi(&r.kind),
                                r.in_effect
                            ),
                            None,
                            "replace the member, or travel after the sanction ends (provincial rule, e.g. TP Hồ Chí Minh 2018)",
                        ));
                    }
                }
            }
            if beyond_quota {
                x = x.violation(Unmet::new(
                    Condition::OutOfPlan,
                    format!(
                        "ngoài kế hoạch, vượt hạn mức {} đoàn/năm / out of plan beyond the quota of {} a year",
                        fig.out_of_plan_quota, fig.out_of_plan_quota
                    ),
                    None,
                    "include the trip in an approved plan, or defer it to next year",
                ));
            }
            x
        }
        ActivityKind::InboundDelegation => Assessment::new(
            version,
            on,
            a.channel,
            Tier::Provincial,
            chair(Citation::instrument("67/2011/QĐ-TTg")),
        )
        .received_by(Role::ProvincialFaAgency)
        .file_by(
            before(cal, a.starts_on, fig.inbound_lead),
            fig.inbound_lead,
            Citation::instrument("67/2011/QĐ-TTg"),
        ),
        ActivityKind::InternationalConference => {
            let art = |n| Citation::article("06/2020/QĐ-TTg", n);
            let pm = matches!(
                a.details,
                Details::Conference {
                    foreign_rank: ForeignRank::Minister | ForeignRank::HeadOfState,
                    ..
                }
            ) || matches!(&a.details, Details::Conference { topics, .. } if !topics.is_empty());
            let (tier, auth, lead, cite) = if pm {
                (
                    Tier::PrimeMinister,
                    Authority::new(Role::PrimeMinister, art(3).clause(1)),
                    Span::days(40),
                    art(4).clause(1),
                )
            } else {
                (
                    Tier::Provincial,
                    chair(art(3).clause(2)),
                    Span::days(30),
                    art(4).clause(1),
                )
            };
            let mut x = Assessment::new(version, on, a.channel, tier, auth)
                .received_by(Role::ProvincialFaAgency)
                .file_by(before(cal, a.starts_on, lead), lead, cite)
                .consult(
                    Role::ProvincialPolice,
                    TimeLimit::new(Span::days(15), art(5)),
                )
                .oblige(
                    DeadlineKind::ResultReport,
                    Role::Applicant,
                    Some(if pm {
                        Role::PrimeMinister
                    } else {
                        Role::ProvincialChairman
                    }),
                    Trigger::CarriedOut,
                    TimeLimit::new(Span::days(15), art(4).clause(2).point('c')),
                );
            if pm {
                x = x.consult(Role::Mofa, TimeLimit::new(Span::days(15), art(5)));
            }
            x
        }
        ActivityKind::InternationalAgreement => {
            let (level, procedure, concerns) = match &a.details {
                Details::Agreement {
                    level,
                    procedure,
                    concerns,
                    ..
                } => (*level, *procedure, concerns.clone()),
                _ => (
                    AgreementLevel::Department,
                    AgreementProcedure::Normal,
                    Vec::new(),
                ),
            };
            match level {
                AgreementLevel::PeoplesCommittee | AgreementLevel::PeoplesCouncil => {
                    let art = |n| Citation::article("70/2020/QH14", n);
                    let reply = if procedure == AgreementProcedure::Shortened {
                        Span::working(3)
                    } else {
                        Span::working(7)
                    };
                    let mut x =
                        Assessment::new(version, on, a.channel, Tier::Provincial, chair(art(18)))
                            .received_by(Role::ProvincialFaAgency)
                            .consult(Role::Mofa, TimeLimit::new(reply, art(19).clause(2)))
                            .escalate_to(
                                Authority::new(Role::PrimeMinister, art(19).clause(4)),
                                true,
                                Some(TimeLimit::new(Span::working(7), art(19).clause(4))),
                            )
                            .oblige(
                                DeadlineKind::Notice,
                                Role::Applicant,
                                Some(Role::PrimeMinister),
                                Trigger::CarriedOut,
                                TimeLimit::new(Span::days(15), art(19).clause(5)),
                            );
                    for c in &concerns {
                        let role = match c {
                            AgreementConcern::Defence => Role::Defence,
                            AgreementConcern::Security | AgreementConcern::Border => {
                                Role::PublicSecurity
                            }
                            _ => Role::InvestmentMinistry,
                        };
                        if !x.consultations.iter().any(|r| r.consultee == role) {
                            x = x.consult(role, TimeLimit::new(reply, art(19).clause(2)));
                        }
                    }
                    x
                }
                _ => {
                    let art = |n| Citation::article("64/2021/NĐ-CP", n);
                    Assessment::new(version, on, a.channel, Tier::Department, chair(art(5)))
                        .received_by(Role::ProvincialFaAgency)
                        .consult(
                            Role::ProvincialFaAgency,
                            TimeLimit::new(Span::working(7), art(5).clause(2)),
                        )
                        .decide_within(
                            TimeLimit::new(Span::working(5), art(5).clause(4)),
                            DecisionClock::Ready,
                        )
                        .oblige(
                            DeadlineKind::Notice,
                            Role::Applicant,
                            Some(Role::ProvincialChairman),
                            Trigger::CarriedOut,
                            TimeLimit::new(Span::days(15), art(5).clause(6)),
                        )
                }
            }
        }
        ActivityKind::ForeignAid => {
            if on <= ymd(2025, 12, 7) {
                let art = |n| Citation::article("80/2020/NĐ-CP", n);
                Assessment::new(version, on, a.channel, Tier::Provincial, chair(art(7)))
                    .received_by(Role::AidAppraiser)
                    .consult(
                        Role::ProvincialPolice,
                        TimeLimit::new(Span::days(20), art(10).clause(6)),
                    )
                    .oblige(
                        DeadlineKind::Notice,
                        Role::Applicant,
                        Some(Role::InvestmentMinistry),
                        Trigger::Approved,
                        TimeLimit::new(Span::days(5), art(11).clause(2)),
                    )
            } else {
                // NĐ 313/2025/NĐ-CP: operative figures not read — no time limits asserted.
                Assessment::new(
                    version,
                    on,
                    a.channel,
                    Tier::Provincial,
                    chair(Citation::instrument("313/2025/NĐ-CP")),
                )
                .received_by(Role::AidAppraiser)
            }
        }
        ActivityKind::ForeignPress => {
            let c = if on >= ymd(2026, 7, 1) {
                Citation::article("262/2026/NĐ-CP", 16)
            } else {
                Citation::article("88/2012/NĐ-CP", 13).clause(3)
            };
            Assessment::new(version, on, a.channel, Tier::Provincial, chair(c.clone()))
                .received_by(Role::ProvincialFaAgency)
                .decide_within(TimeLimit::new(Span::working(5), c), DecisionClock::Receipt)
        }
        ActivityKind::ForeignNgo => {
            let c = Citation::article("58/2022/NĐ-CP", 11);
            Assessment::new(version, on, a.channel, Tier::Provincial, chair(c.clone()))
                .received_by(Role::ProvincialFaAgency)
                .decide_within(TimeLimit::new(Span::working(10), c), DecisionClock::Receipt)
        }
        _ => return None,
    };
    Some((proc, assessment))
}
