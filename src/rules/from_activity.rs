//! The bridge from the activity module: the rules' facts of a [`ProposedActivity`].

use std::borrow::Cow;

use crate::activity::{
    AgreementConcern, AgreementLevel, AgreementProcedure, Details, ForeignRank, Funding,
    ParticipantRole, ProposedActivity, SensitiveTopic,
};
use crate::org::{BodyKind, DisciplineKind, LeadershipTier, ManagedBy};

use super::facts::{ActivityFacts, CountryStay, Facts, Participant};
use super::{AttrSet, Attribute, HeadRank, Subject};

fn sensitive(topics: &[SensitiveTopic]) -> bool {
    topics.iter().any(|t| *t != SensitiveTopic::LawDrafting)
}

fn reserved_aid(topics: &[SensitiveTopic]) -> bool {
    topics.iter().any(|t| {
        matches!(
            t,
            SensitiveTopic::Security
                | SensitiveTopic::Defence
                | SensitiveTopic::Religion
                | SensitiveTopic::LawDrafting
        )
    })
}

impl Facts for ProposedActivity {
    /// The flat facts: attributes from the kind-specific details (foreign rank, topics, agreement
    /// level, funding), participants with the sanction and exit suspension in effect during the
    /// activity, the head's rank, countries, plan status. A `ProposedActivity` does not state
    /// whether a proposal (đề án) is attached (left `None`: not checked), nor opinions already
    /// obtained (none are assumed).
    fn facts(&self) -> Cow<'_, ActivityFacts> {
        let resident = matches!(self.details, Details::Press { resident: true, .. });
        let kind = Subject::of(self.kind, resident);
        let mut f = ActivityFacts::new(kind, self.jurisdiction, self.filed_on);
        f.channel = self.channel;
        f.starts_on = Some(self.starts_on);
        f.ends_on = Some(self.ends_on);
        f.in_plan = Some(self.in_plan);
        f.applicant = Some(self.applicant.clone());
        let mut attrs = AttrSet::EMPTY;
        match &self.details {
            Details::Conference {
                foreign_rank,
                topics,
                chaired_by_ppc,
                front_or_mass_organisation,
                ..
            } => {
                if matches!(
                    foreign_rank,
                    ForeignRank::HeadOfState | ForeignRank::Minister
                ) {
                    attrs = attrs.with(Attribute::ForeignMinisterLevel);
                }
                if sensitive(topics) {
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
                level,
                procedure,
                concerns,
                ..
            } => {
                attrs = attrs.with(match level {
                    AgreementLevel::PeoplesCommittee => Attribute::InNameOfPpc,
                    AgreementLevel::PeoplesCouncil => Attribute::InNameOfHdnd,
                    AgreementLevel::Department => Attribute::InNameOfDepartment,
                    AgreementLevel::ProvincialBranch => Attribute::InNameOfProvincialBranch,
                    AgreementLevel::BorderCommune => Attribute::InNameOfBorderCommune,
                    AgreementLevel::District => Attribute::InNameOfDistrict,
                });
                for c in concerns {
                    attrs = attrs.with(match c {
                        AgreementConcern::Defence => Attribute::ConcernsDefence,
                        AgreementConcern::Security => Attribute::ConcernsSecurity,
                        AgreementConcern::Investment => Attribute::ConcernsInvestment,
                        // border matters: the directly concerned bodies (no named ministry)
                        _ => continue,
                    });
                }
                if *procedure == AgreementProcedure::Shortened {
                    attrs = attrs.with(Attribute::ShortenedProcedure);
                }
            }
            Details::Aid { topics, .. } if reserved_aid(topics) => {
                attrs = attrs.with(Attribute::AidReservedToPm)
            }
            Details::Delegation {
                countries, funding, ..
            } => {
                if *funding != Funding::StateBudget {
                    attrs = attrs.with(Attribute::NotStateFunded);
                }
                if matches!(
                    self.applicant.kind,
                    BodyKind::ProvincialPeoplesCouncil | BodyKind::PeoplesCouncilStanding
                ) {
                    attrs = attrs.with(Attribute::PeoplesCouncilStaff);
                }
                f.enterprise_funded = *funding == Funding::Enterprise;
                if countries.iter().any(|c| c.major_event) {
                    attrs = attrs.with(Attribute::MajorEvent);
                }
                f.countries = countries
                    .iter()
                    .map(|c| CountryStay {
                        country: c.country.clone(),
                        days: c.days,
                    })
                    .collect();
            }
            Details::Ngo { expiry, .. } => f.expiry = *expiry,
            _ => {}
        }
        let (from, to) = (self.starts_on, self.ends_on.max(self.starts_on));
        for p in &self.participants {
            let o = &p.official;
            let leader = o.position.tier() != LeadershipTier::Other;
            if o.managed_by != ManagedBy::Unit {
                attrs = attrs.with(Attribute::ManagedByPartyBoard);
            }
            if p.role == ParticipantRole::Head {
                f.head_rank = Some(match o.position.tier() {
                    LeadershipTier::ProvincialHead => HeadRank::ProvincialHead,
                    LeadershipTier::ProvincialDeputy => HeadRank::ProvincialDeputy,
                    LeadershipTier::DepartmentOrCommune => HeadRank::DepartmentLevel,
                    _ => HeadRank::Any,
                });
                if leader {
                    attrs = attrs.with(Attribute::LeaderTravels);
                }
            }
            let sanction = o
                .discipline
                .iter()
                .filter(|r| {
                    r.kind >= DisciplineKind::Reprimand
                        && r.in_effect
                            .overlaps(&crate::law::Validity { from, to: Some(to) })
                })
                .max_by_key(|r| (r.kind, r.in_effect.to));
            f.participants.push(Participant {
                person: o.id.0.clone(),
                unit: o.unit.as_ref().map(|b| b.to_string()).unwrap_or_default(),
                leader,
                key_leader: o.key_leader,
                relative_of: p.relative_of.as_ref().map(|r| r.0.clone()),
                serving_sanction: sanction.map(|r| r.kind),
                sanction_until: sanction.and_then(|r| r.in_effect.to),
                exit_suspended: o.exit_suspended_during(from, to).is_some(),
            });
        }
        f.attributes = attrs;
        Cow::Owned(f)
    }
}
