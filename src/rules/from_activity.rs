//! The bridge from the activity module: the subject of a [`ProposedActivity`] and the flat
//! facts the rules read, derived from it.

use crate::activity::ActivityKind;
use crate::activity::{
    AbtcEnterprise, AgreementConcern, AgreementLevel, AgreementProcedure, BorderMatter,
    ConferenceMode, Details, ForeignRank, Funding, ParticipantRole, ProposedActivity,
    SensitiveTopic,
};
use crate::org::{BodyKind, DisciplineKind, Jurisdiction, LeadershipTier, ManagedBy, ProvinceSet};

use super::facts::{FlatFacts, FlatParticipant};
use super::{AttrSet, Attribute, HeadRank, Subject};

/// The provinces of the 34-unit set TT 03/2026/TT-BNG names: Art. 3(1) (the nine that receive
/// consular certification and legalisation files and forward them) and Art. 4(1) (the three
/// cities that decide). The circular is read in one transcription (grade provisional).
fn consular_decentralisation(j: Jurisdiction) -> Option<Attribute> {
    const RECEIVING: [u8; 9] = [42, 15, 46, 20, 38, 25, 44, 22, 75];
    const DECIDING: [u8; 3] = [31, 48, 92];
    let Jurisdiction::Province(p) = j else {
        return None;
    };
    if p.set != ProvinceSet::From2025 {
        return None;
    }
    if RECEIVING.contains(&p.code) {
        Some(Attribute::ConsularReceivingProvince)
    } else if DECIDING.contains(&p.code) {
        Some(Attribute::ConsularDecidingCity)
    } else {
        None
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

impl ProposedActivity {
    /// What the rules are about: the activity's kind, foreign press split by the reporter's
    /// residence ([`Subject::of`]).
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, Details, ProposedActivity};
    /// use doingoai::rules::Subject;
    /// use chrono::NaiveDate;
    /// let p = ProposedActivity::new("BC-1", ActivityKind::ForeignPress, "34:48".parse()?,
    ///         NaiveDate::from_ymd_opt(2025, 9, 1).unwrap())
    ///     .details(Details::Press { resident: false, outlet: "NHK".into() });
    /// assert_eq!(p.subject(), Subject::NonResidentPress);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// A sister or friendship relation signed as a memorandum (with [`Details::Agreement`]) is
    /// an international agreement (Luật 70/2020/QH14 Art. 18–19): its subject is
    /// [`ActivityKind::InternationalAgreement`], so the agreement rules decide it.
    pub fn subject(&self) -> Subject {
        let resident = matches!(self.details, Details::Press { resident: true, .. });
        match (self.kind, &self.details) {
            (ActivityKind::SisterRelation, Details::Agreement { .. }) => {
                Subject::Activity(ActivityKind::InternationalAgreement)
            }
            (kind, _) => Subject::of(kind, resident),
        }
    }

    /// The flat facts the rules read: attributes from the kind-specific details (foreign rank,
    /// topics, agreement level, funding, reception by the Chairman), participants with the
    /// sanction and exit suspension in effect during the activity (on the filing day when it
    /// has no dates), the head's rank, countries, plan status, the proposal and the opinions
    /// obtained, as stated.
    pub(crate) fn facts(&self) -> FlatFacts<'_> {
        let mut f = FlatFacts::new(self.subject(), self.jurisdiction, self.filed_on);
        f.channel = self.channel();
        f.starts_on = self.starts_on;
        f.ends_on = self.ends_on;
        f.in_plan = Some(self.in_plan);
        f.applicant = self.applicant.as_ref().map(std::borrow::Cow::Borrowed);
        f.proposal_attached = self.proposal_attached;
        f.opinions = std::borrow::Cow::Borrowed(&self.opinions);
        let mut attrs = AttrSet::EMPTY;
        match &self.details {
            Details::Conference {
                mode,
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
                f.no_end_in_vietnam = *mode == ConferenceMode::OnlineNoEndInVietnam;
            }
            Details::Agreement {
                level,
                procedure,
                concerns,
                shortened_ground,
                ..
            } => {
                f.shortened_without_ground =
                    *procedure == AgreementProcedure::Shortened && shortened_ground.is_none();
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
                if self.applicant.as_ref().is_some_and(|a| {
                    matches!(
                        a.kind,
                        BodyKind::ProvincialPeoplesCouncil | BodyKind::PeoplesCouncilStanding
                    )
                }) {
                    attrs = attrs.with(Attribute::PeoplesCouncilStaff);
                }
                f.enterprise_funded = *funding == Funding::Enterprise;
                if countries.iter().any(|c| c.major_event) {
                    attrs = attrs.with(Attribute::MajorEvent);
                }
                f.countries = std::borrow::Cow::Borrowed(countries);
            }
            Details::Inbound {
                received_by_chairman: true,
                ..
            } => attrs = attrs.with(Attribute::ReceivedByChairman),
            Details::Ngo { expiry, .. } => f.expiry = *expiry,
            Details::Border { matter, .. } => {
                attrs = attrs.with(match matter {
                    BorderMatter::MaritimeBorderEntry => Attribute::MaritimeBorderEntry,
                    BorderMatter::LiaisonMeeting => Attribute::BorderLiaison,
                    BorderMatter::GateOpening => Attribute::BorderGateOpening,
                })
            }
            _ if self.kind == ActivityKind::CitizenProtection => {
                if let Some(a) = consular_decentralisation(self.jurisdiction) {
                    attrs = attrs.with(a);
                }
            }
            Details::Abtc(r) => {
                attrs = attrs.with(match r.enterprise {
                    AbtcEnterprise::StateEnterprise => Attribute::AbtcStateEnterprise,
                    AbtcEnterprise::LawfulEnterprise => Attribute::AbtcLawfulEnterprise,
                });
                f.abtc = Some(std::borrow::Cow::Borrowed(r));
            }
            _ => {}
        }
        let from = self.starts_on.unwrap_or(self.filed_on);
        let to = self.ends_on.unwrap_or(from).max(from);
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
            f.participants.push(FlatParticipant {
                person: std::borrow::Cow::Borrowed(&o.id.0),
                unit: o.unit.as_ref().map(|b| b.to_string()).unwrap_or_default(),
                leader,
                key_leader: o.key_leader,
                relative_of: p
                    .relative_of
                    .as_ref()
                    .map(|r| std::borrow::Cow::Borrowed(r.0.as_str())),
                serving_sanction: sanction.map(|r| r.kind),
                sanction_until: sanction.and_then(|r| r.in_effect.to),
                exit_suspended: o.exit_suspended_during(from, to).is_some(),
            });
        }
        f.attributes = attrs;
        f
    }
}
