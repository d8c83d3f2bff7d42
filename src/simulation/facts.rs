//! The rulebook's view of a proposed activity: [`facts_of`] states a
//! [`ProposedActivity`](crate::activity::ProposedActivity) as [`ActivityFacts`] (kind,
//! attributes, participants with their sanctions, countries, plan status). An adapter until
//! `ProposedActivity` implements `rules::Facts` itself.

use crate::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, Details, ForeignRank, Funding,
    ProposedActivity,
};
use crate::org::{DisciplineKind, LeadershipTier, ManagedBy};
use crate::rules::{
    ActivityFacts, ActivityKind as RuleKind, Attribute, CountryStay, HeadRank, Participant,
    Sanction, Territory,
};

/// The rulebook's kind for an activity kind, if the rulebook has rules for it.
pub fn rule_kind(a: &ProposedActivity) -> Option<RuleKind> {
    Some(match a.kind {
        ActivityKind::OutboundDelegation => RuleKind::OutboundDelegation,
        ActivityKind::InboundDelegation => RuleKind::InboundDelegation,
        ActivityKind::InternationalConference => RuleKind::Conference,
        ActivityKind::InternationalAgreement => RuleKind::Agreement,
        ActivityKind::ForeignAid => RuleKind::ForeignAid,
        ActivityKind::ForeignNgo => RuleKind::ForeignNgo,
        ActivityKind::ForeignPress => match a.details {
            Details::Press {
                resident: false, ..
            } => RuleKind::ForeignPressNonResident,
            _ => RuleKind::ForeignPressResident,
        },
        _ => return None,
    })
}

fn sanction(k: DisciplineKind) -> Sanction {
    match k {
        DisciplineKind::Reprimand => Sanction::Reprimand,
        DisciplineKind::Warning => Sanction::Warning,
        DisciplineKind::Dismissal | DisciplineKind::Expulsion => Sanction::Expulsion,
        _ => Sanction::Removal,
    }
}

/// The facts of `a` as the rulebook reads them; `None` for kinds the rulebook has no rules for
/// or a jurisdiction it cannot name.
///
/// ```
/// use doingoai::simulation::facts_of;
/// use doingoai::activity::{ActivityKind, ProposedActivity};
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// use doingoai::Channel;
/// use chrono::NaiveDate;
/// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
/// let j = Jurisdiction::new_unit(48).unwrap();
/// let a = ProposedActivity::new("x", ActivityKind::InternationalConference, Channel::State, j,
///     Body::new(BodyKind::ProvincialDepartment, j), d(2, 2), d(4, 8), d(4, 9));
/// let f = facts_of(&a).unwrap();
/// assert_eq!(f.jurisdiction.to_string(), "34:48");
/// assert_eq!(f.starts_on, Some(d(4, 8)));
/// ```
pub fn facts_of(a: &ProposedActivity) -> Option<ActivityFacts> {
    let kind = rule_kind(a)?;
    let territory: Territory = a.jurisdiction.to_string().parse().ok()?;
    let mut f = ActivityFacts::new(kind, territory, a.filed_on);
    f.channel = a.channel;
    f.starts_on = Some(a.starts_on);
    f.ends_on = Some(a.ends_on);
    f.proposal_attached = true;
    let mut attrs = f.attributes;
    match &a.details {
        Details::Conference {
            foreign_rank,
            topics,
            chaired_by_ppc,
            front_or_mass_organisation,
            ..
        } => {
            if matches!(
                foreign_rank,
                ForeignRank::Minister | ForeignRank::HeadOfState
            ) {
                attrs = attrs.with(Attribute::ForeignMinisterLevel);
            }
            if !topics.is_empty() {
                attrs = attrs.with(Attribute::SensitiveTopic);
            }
            if *chaired_by_ppc {
                attrs = attrs.with(Attribute::ChairedByProvince);
            }
            if *front_or_mass_organisation {
                attrs = attrs.with(Attribute::MassOrganisationOrganiser);
            }
        }
        Details::Agreement {
            level, procedure, ..
        } => {
            attrs = attrs.with(match level {
                AgreementLevel::PeoplesCommittee => Attribute::InNameOfPpc,
                AgreementLevel::PeoplesCouncil => Attribute::InNameOfHdnd,
                AgreementLevel::BorderCommune => Attribute::InNameOfBorderCommune,
                _ => Attribute::InNameOfDepartment,
            });
            if *procedure == AgreementProcedure::Shortened {
                attrs = attrs.with(Attribute::ShortenedProcedure);
            }
        }
        Details::Aid { topics, .. } if !topics.is_empty() => {
            attrs = attrs.with(Attribute::AidReservedToPm);
        }
        Details::Delegation {
            countries, funding, ..
        } => {
            f.countries = countries
                .iter()
                .map(|c| CountryStay {
                    country: c.country.clone(),
                    days: c.days,
                })
                .collect();
            if *funding != Funding::StateBudget {
                attrs = attrs.with(Attribute::NotStateFunded);
            }
            f.enterprise_funded = *funding == Funding::Enterprise;
        }
        _ => {}
    }
    if a.kind == ActivityKind::OutboundDelegation {
        f.in_plan = Some(a.in_plan);
        if let Some(h) = a.head() {
            f.head_rank = match h.official.position.tier() {
                LeadershipTier::ProvincialHead => Some(HeadRank::ProvincialHead),
                LeadershipTier::ProvincialDeputy => Some(HeadRank::ProvincialDeputy),
                LeadershipTier::DepartmentOrCommune => Some(HeadRank::DepartmentLevel),
                _ => None,
            };
            if matches!(
                f.head_rank,
                Some(HeadRank::ProvincialHead | HeadRank::ProvincialDeputy)
            ) {
                attrs = attrs.with(Attribute::LeaderTravels);
            }
        }
        if a.participants
            .iter()
            .any(|p| p.official.managed_by != ManagedBy::Unit)
        {
            attrs = attrs.with(Attribute::ManagedByPartyBoard);
        }
    }
    f.attributes = attrs;
    f.participants = a
        .participants
        .iter()
        .map(|p| Participant {
            person: p.official.id.0.clone(),
            unit: p
                .official
                .unit
                .as_ref()
                .map_or_else(|| a.applicant.to_string(), |u| u.to_string()),
            leader: p.official.position.tier() != LeadershipTier::Other,
            key_leader: p.official.key_leader,
            relative_of: p.relative_of.as_ref().map(|r| r.0.clone()),
            serving_sanction: p
                .official
                .discipline_on(a.starts_on, DisciplineKind::Reprimand)
                .map(|r| sanction(r.kind)),
            exit_suspended: p
                .official
                .exit_suspended_during(a.starts_on, a.ends_on)
                .is_some(),
        })
        .collect();
    Some(f)
}
