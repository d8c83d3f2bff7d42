//! Builders of the kind-specific facts ([`Details`]): one constructor per kind with the facts
//! that kind cannot do without, and chained setters for the rest, so that a new fact can be
//! added without breaking callers. The struct-literal forms keep working.
//!
//! ```
//! use doingoai::activity::{ConferenceMode, Details, ForeignRank, SensitiveTopic, Funding, CountryVisit};
//! let conf: Details = Details::conference(ForeignRank::ViceMinister)
//!     .mode(ConferenceMode::Hybrid)
//!     .topic(SensitiveTopic::Religion)
//!     .into();
//! assert!(matches!(conf, Details::Conference { mode: ConferenceMode::Hybrid, .. }));
//! let trip: Details = Details::delegation(Funding::StateBudget)
//!     .visit(CountryVisit::new("JP", 4))
//!     .purpose("xúc tiến du lịch")
//!     .into();
//! assert!(matches!(trip, Details::Delegation { ref countries, .. } if countries.len() == 1));
//! ```

use chrono::NaiveDate;

use super::{
    AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode, CountryVisit, Details,
    ForeignRank, Funding, SensitiveTopic, ShortenedGround,
};

/// The facts of a conference ([`Details::conference`]); into [`Details::Conference`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct ConferenceDetails {
    mode: ConferenceMode,
    foreign_rank: ForeignRank,
    topics: Vec<SensitiveTopic>,
    chaired_by_ppc: bool,
    front_or_mass_organisation: bool,
    hosting_approval: bool,
}

impl ConferenceDetails {
    /// How it is held (default: in person).
    pub fn mode(mut self, mode: ConferenceMode) -> Self {
        self.mode = mode;
        self
    }
    /// A sensitive topic its content touches (QĐ 06/2020/QĐ-TTg Art. 3(1)(b)).
    pub fn topic(mut self, topic: SensitiveTopic) -> Self {
        self.topics.push(topic);
        self
    }
    /// The People's Committee or Council chairs or co-organises it.
    pub fn chaired_by_ppc(mut self) -> Self {
        self.chaired_by_ppc = true;
        self
    }
    /// Organised by the Fatherland Front or a mass organisation (QĐ 06/2020/QĐ-TTg Art.
    /// 1(2)(b)).
    pub fn front_or_mass_organisation(mut self) -> Self {
        self.front_or_mass_organisation = true;
        self
    }
    /// A hosting approval in principle (đăng cai) is sought first.
    pub fn hosting_approval(mut self) -> Self {
        self.hosting_approval = true;
        self
    }
}

impl From<ConferenceDetails> for Details {
    fn from(c: ConferenceDetails) -> Details {
        Details::Conference {
            mode: c.mode,
            foreign_rank: c.foreign_rank,
            topics: c.topics,
            chaired_by_ppc: c.chaired_by_ppc,
            front_or_mass_organisation: c.front_or_mass_organisation,
            hosting_approval: c.hosting_approval,
        }
    }
}

/// The facts of an outbound delegation ([`Details::delegation`]); into
/// [`Details::Delegation`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct DelegationDetails {
    countries: Vec<CountryVisit>,
    funding: Funding,
    purpose: String,
}

impl DelegationDetails {
    /// A country visited (in order).
    pub fn visit(mut self, visit: CountryVisit) -> Self {
        self.countries.push(visit);
        self
    }
    /// The purpose (mục đích).
    pub fn purpose(mut self, purpose: impl Into<String>) -> Self {
        self.purpose = purpose.into();
        self
    }
}

impl From<DelegationDetails> for Details {
    fn from(d: DelegationDetails) -> Details {
        Details::Delegation {
            countries: d.countries,
            funding: d.funding,
            purpose: d.purpose,
        }
    }
}

/// The facts of an inbound delegation ([`Details::inbound`]); into [`Details::Inbound`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct InboundDetails {
    country: String,
    rank: ForeignRank,
    size: u32,
    received_by_chairman: bool,
}

impl InboundDetails {
    /// The Chairman or a Vice-Chairman of the People's Committee receives them.
    pub fn received_by_chairman(mut self) -> Self {
        self.received_by_chairman = true;
        self
    }
}

impl From<InboundDetails> for Details {
    fn from(i: InboundDetails) -> Details {
        Details::Inbound {
            country: i.country,
            rank: i.rank,
            size: i.size,
            received_by_chairman: i.received_by_chairman,
        }
    }
}

/// The facts of an international agreement ([`Details::agreement`]); into
/// [`Details::Agreement`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct AgreementDetails {
    level: AgreementLevel,
    procedure: AgreementProcedure,
    concerns: Vec<AgreementConcern>,
    partner: String,
    shortened_ground: Option<ShortenedGround>,
}

impl AgreementDetails {
    /// What it touches (decides extra consultees).
    pub fn concern(mut self, concern: AgreementConcern) -> Self {
        self.concerns.push(concern);
        self
    }
    /// By the shortened procedure, on this ground (Luật 70/2020/QH14 Art. 35(2), Art. 39).
    pub fn shortened(mut self, ground: ShortenedGround) -> Self {
        self.procedure = AgreementProcedure::Shortened;
        self.shortened_ground = Some(ground);
        self
    }
    /// By the shortened procedure without a stated ground (evaluated as a finding).
    pub fn shortened_without_ground(mut self) -> Self {
        self.procedure = AgreementProcedure::Shortened;
        self.shortened_ground = None;
        self
    }
}

impl From<AgreementDetails> for Details {
    fn from(a: AgreementDetails) -> Details {
        Details::Agreement {
            level: a.level,
            procedure: a.procedure,
            concerns: a.concerns,
            partner: a.partner,
            shortened_ground: a.shortened_ground,
        }
    }
}

impl Details {
    /// A conference whose highest foreign participant has `foreign_rank`: in person, no
    /// sensitive topic, not chaired by the province, not of a mass organisation.
    pub fn conference(foreign_rank: ForeignRank) -> ConferenceDetails {
        ConferenceDetails {
            mode: ConferenceMode::InPerson,
            foreign_rank,
            topics: Vec::new(),
            chaired_by_ppc: false,
            front_or_mass_organisation: false,
            hosting_approval: false,
        }
    }

    /// An outbound delegation paid by `funding`, countries added with
    /// [`DelegationDetails::visit`].
    pub fn delegation(funding: Funding) -> DelegationDetails {
        DelegationDetails {
            countries: Vec::new(),
            funding,
            purpose: String::new(),
        }
    }

    /// An inbound delegation of `size` visitors from `country` (ISO code), the highest of
    /// `rank`.
    pub fn inbound(country: impl Into<String>, rank: ForeignRank, size: u32) -> InboundDetails {
        InboundDetails {
            country: country.into(),
            rank,
            size,
            received_by_chairman: false,
        }
    }

    /// An agreement signed at `level` with `partner`, by the normal procedure.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, AgreementLevel, Details, ProposedActivity, ShortenedGround};
    /// use doingoai::{evaluate, history::History, rules::FindingKind, Rulebook, WorkCalendar};
    /// use chrono::NaiveDate;
    /// let sign = |details: Details| ProposedActivity::new("TTQT-1", ActivityKind::InternationalAgreement,
    ///         "34:48".parse().unwrap(), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()).details(details);
    /// let cal = WorkCalendar::state_agency();
    /// let no_ground = sign(Details::agreement(AgreementLevel::PeoplesCommittee, "Tỉnh Gyeonggi").shortened_without_ground().into());
    /// let d = evaluate(&no_ground, Rulebook::shipped(), &cal, &History::default())?;
    /// let f = d.violations.iter().find(|v| v.kind == FindingKind::ShortenedWithoutGround).unwrap();
    /// assert!(f.citations.iter().any(|c| c.en() == "Art. 35(2) 70/2020/QH14"));
    /// let visit = sign(Details::agreement(AgreementLevel::PeoplesCommittee, "Tỉnh Gyeonggi").shortened(ShortenedGround::HighLevelVisit).into());
    /// let d = evaluate(&visit, Rulebook::shipped(), &cal, &History::default())?;
    /// assert!(d.violations.iter().all(|v| v.kind != FindingKind::ShortenedWithoutGround));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn agreement(level: AgreementLevel, partner: impl Into<String>) -> AgreementDetails {
        AgreementDetails {
            level,
            procedure: AgreementProcedure::Normal,
            concerns: Vec::new(),
            partner: partner.into(),
            shortened_ground: None,
        }
    }

    /// Non-ODA aid of `value_vnd` from `donor`, on no sensitive topic.
    pub fn aid(value_vnd: u64, donor: impl Into<String>) -> Details {
        Details::Aid {
            value_vnd,
            topics: Vec::new(),
            donor: donor.into(),
        }
    }

    /// Foreign press of `outlet`, resident correspondent or not.
    pub fn press(outlet: impl Into<String>, resident: bool) -> Details {
        Details::Press {
            resident,
            outlet: outlet.into(),
        }
    }

    /// A foreign NGO's registration (`expiry`: of the current one, for a renewal).
    pub fn ngo(organisation: impl Into<String>, expiry: Option<NaiveDate>) -> Details {
        Details::Ngo {
            organisation: organisation.into(),
            renewal: expiry.is_some(),
            expiry,
        }
    }
}
