//! Bridges to the organisation and activity modules: jurisdictions, activity kinds, and the
//! facts of a [`ProposedActivity`].

use std::borrow::Cow;

use crate::activity::{
    self, AgreementLevel, AgreementProcedure, Details, ForeignRank, Funding, ParticipantRole,
    ProposedActivity, SensitiveTopic,
};
use crate::org::{
    DisciplineKind, Jurisdiction, LeadershipTier, ManagedBy, ProvinceId, ProvinceSet,
};

use super::facts::{ActivityFacts, CountryStay, Facts, Participant};
use super::{ActivityKind, AttrSet, Attribute, HeadRank, Territory};

impl From<Jurisdiction> for Territory {
    fn from(j: Jurisdiction) -> Territory {
        match j {
            Jurisdiction::National => Territory::National,
            Jurisdiction::Province(ProvinceId {
                set: ProvinceSet::Until2025,
                code,
            }) => Territory::Province63(code),
            Jurisdiction::Province(ProvinceId {
                set: ProvinceSet::From2025,
                code,
            }) => Territory::Province34(code),
        }
    }
}

impl From<Territory> for Jurisdiction {
    /// The organisation module's jurisdiction with the same set and code.
    ///
    /// ```
    /// use doingoai::org::Jurisdiction;
    /// use doingoai::rules::Territory;
    /// let t: Territory = "34:48".parse().unwrap();
    /// let j: Jurisdiction = t.into();
    /// assert_eq!(j.to_string(), "34:48");
    /// assert_eq!(Territory::from(j), t);
    /// ```
    fn from(t: Territory) -> Jurisdiction {
        match t {
            Territory::National => Jurisdiction::National,
            Territory::Province63(code) => Jurisdiction::Province(ProvinceId {
                set: ProvinceSet::Until2025,
                code,
            }),
            Territory::Province34(code) => Jurisdiction::Province(ProvinceId {
                set: ProvinceSet::From2025,
                code,
            }),
        }
    }
}

impl ActivityKind {
    /// The rules' kind for an activity kind; foreign press is split by `resident`.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind as K;
    /// use doingoai::rules::ActivityKind;
    /// assert_eq!(ActivityKind::from_activity(K::InternationalConference, false), ActivityKind::Conference);
    /// assert_eq!(ActivityKind::from_activity(K::ForeignPress, true), ActivityKind::ForeignPressResident);
    /// ```
    pub fn from_activity(kind: activity::ActivityKind, resident_press: bool) -> ActivityKind {
        use activity::ActivityKind as K;
        match kind {
            K::OutboundDelegation => ActivityKind::OutboundDelegation,
            K::InboundDelegation => ActivityKind::InboundDelegation,
            K::InternationalConference => ActivityKind::Conference,
            K::InternationalAgreement => ActivityKind::Agreement,
            K::ForeignAid => ActivityKind::ForeignAid,
            K::ForeignNgo => ActivityKind::ForeignNgo,
            K::ForeignPress if resident_press => ActivityKind::ForeignPressResident,
            K::ForeignPress => ActivityKind::ForeignPressNonResident,
            K::SisterRelation => ActivityKind::SisterRelation,
            K::CitizenProtection => ActivityKind::CitizenProtection,
            K::BorderAffair => ActivityKind::BorderAffair,
            K::OverseasVietnamese => ActivityKind::OverseasVietnamese,
            K::Inspection => ActivityKind::Inspection,
        }
    }
}

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
        let kind = ActivityKind::from_activity(self.kind, resident);
        let mut f = ActivityFacts::new(kind, self.jurisdiction.into(), self.filed_on);
        f.channel = self.channel;
        f.starts_on = Some(self.starts_on);
        f.ends_on = Some(self.ends_on);
        f.in_plan = Some(self.in_plan);
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
                level, procedure, ..
            } => {
                attrs = attrs.with(match level {
                    AgreementLevel::PeoplesCommittee => Attribute::InNameOfPpc,
                    AgreementLevel::PeoplesCouncil => Attribute::InNameOfHdnd,
                    AgreementLevel::Department | AgreementLevel::ProvincialBranch => {
                        Attribute::InNameOfDepartment
                    }
                    AgreementLevel::BorderCommune => Attribute::InNameOfBorderCommune,
                });
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
                .map(|r| r.kind)
                .max();
            f.participants.push(Participant {
                person: o.id.0.clone(),
                unit: o.unit.as_ref().map(|b| b.to_string()).unwrap_or_default(),
                leader,
                key_leader: o.key_leader,
                relative_of: p.relative_of.as_ref().map(|r| r.0.clone()),
                serving_sanction: sanction,
                exit_suspended: o.exit_suspended_during(from, to).is_some(),
            });
        }
        f.attributes = attrs;
        Cow::Owned(f)
    }
}
