//! Activities: the kinds of external-affairs activity and the facts of a proposed one, as
//! plain serialisable data. What the rules *say* about them lives in the `rules` module; here
//! is only what the applicant declares.
//!
//! ```
//! use doingoai::activity::{ActivityKind, ProposedActivity, Details, Participant, CountryVisit, Funding};
//! use doingoai::org::{Body, BodyKind, Jurisdiction, Official, Position};
//! use doingoai::Channel;
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! let da_nang = Jurisdiction::new_unit(48).unwrap();
//! let applicant = Body::new(BodyKind::ProvincialDepartment, da_nang).named("Sở Du lịch");
//! let mut trip = ProposedActivity::new("dn-2026-017", ActivityKind::OutboundDelegation,
//!     Channel::State, da_nang, applicant, d(2026, 3, 2), d(2026, 4, 6), d(2026, 4, 10));
//! trip.participants.push(Participant::head(Official::new("dn-1", "Trần Thị B", Position::DepartmentDirector)));
//! trip.details = Details::Delegation { countries: vec![CountryVisit::new("JP", 4)], funding: Funding::StateBudget, purpose: "xúc tiến du lịch".into() };
//! assert_eq!(trip.head().map(|p| p.official.position), Some(Position::DepartmentDirector));
//! assert_eq!(trip.duration_days(), 5);
//! ```

use chrono::NaiveDate;

use crate::label::vocabulary;
use crate::org::{Body, Channel, Jurisdiction, Official, OfficialId};

vocabulary! {
    /// The kinds of external-affairs activity.
    pub enum ActivityKind {
        /// Outbound delegation (đoàn ra): officials travelling abroad on official business.
        OutboundDelegation = ("outbound_delegation", "đoàn ra", "outbound delegation"),
        /// Inbound delegation (đoàn vào): a foreign delegation received by the province.
        InboundDelegation = ("inbound_delegation", "đoàn vào", "inbound delegation"),
        /// International conference or seminar, in person or online (hội nghị, hội thảo quốc tế).
        InternationalConference = ("international_conference", "hội nghị, hội thảo quốc tế", "international conference or seminar"),
        /// International agreement that is not a treaty (thỏa thuận quốc tế).
        InternationalAgreement = ("international_agreement", "thỏa thuận quốc tế", "international agreement"),
        /// Non-refundable aid outside ODA (viện trợ không hoàn lại không thuộc ODA).
        ForeignAid = ("foreign_aid", "viện trợ không hoàn lại không thuộc ODA", "non-ODA foreign aid"),
        /// A foreign NGO matter (registration, activity plan, report).
        ForeignNgo = ("foreign_ngo", "tổ chức phi chính phủ nước ngoài", "foreign NGO matter"),
        /// Foreign press activity in the province.
        ForeignPress = ("foreign_press", "báo chí nước ngoài", "foreign press"),
        /// Sister relation / twinning (kết nghĩa, thiết lập quan hệ hữu nghị).
        SisterRelation = ("sister_relation", "kết nghĩa, quan hệ hữu nghị", "sister relation"),
        /// Citizen protection and consular case (bảo hộ công dân).
        CitizenProtection = ("citizen_protection", "bảo hộ công dân, lãnh sự", "citizen-protection case"),
        /// Border affair (công tác biên giới).
        BorderAffair = ("border_affair", "công tác biên giới", "border affair"),
        /// Overseas Vietnamese affairs (công tác người Việt Nam ở nước ngoài).
        OverseasVietnamese = ("overseas_vietnamese", "công tác người Việt Nam ở nước ngoài", "overseas Vietnamese affairs"),
        /// Diplomatic inspection (thanh tra ngoại giao).
        Inspection = ("inspection", "thanh tra ngoại giao", "diplomatic inspection"),
    }
}

vocabulary! {
    /// How a conference is held (QĐ 06/2020/QĐ-TTg Art. 2(1): online with at least one end in
    /// Vietnam is in scope).
    pub enum ConferenceMode {
        /// In person (trực tiếp).
        InPerson = ("in_person", "trực tiếp", "in person"),
        /// Online (trực tuyến).
        Online = ("online", "trực tuyến", "online"),
        /// Both.
        Hybrid = ("hybrid", "trực tiếp kết hợp trực tuyến", "hybrid"),
    }
}

vocabulary! {
    /// Rank of the highest foreign participant (decides the conference tier: minister level
    /// or higher goes to the Prime Minister, QĐ 06/2020/QĐ-TTg Art. 3(1)).
    pub enum ForeignRank {
        /// Head of state or government, or equivalent.
        HeadOfState = ("head_of_state", "nguyên thủ, người đứng đầu Chính phủ", "head of state or government"),
        /// Minister or equivalent.
        Minister = ("minister", "cấp Bộ trưởng", "minister"),
        /// Vice-minister or equivalent.
        ViceMinister = ("vice_minister", "cấp Thứ trưởng", "vice-minister"),
        /// Governor or head of a foreign locality.
        LocalLeader = ("local_leader", "lãnh đạo địa phương nước ngoài", "head of a foreign locality"),
        /// Anyone else.
        Other = ("other", "khác", "other"),
    }
}

vocabulary! {
    /// Topics that send a conference to the Prime Minister (QĐ 06/2020/QĐ-TTg Art. 3(1)(b)) or
    /// aid to the Prime Minister (NĐ 80/2020/NĐ-CP Art. 7).
    pub enum SensitiveTopic {
        /// Sovereignty, borders, territory.
        Sovereignty = ("sovereignty", "chủ quyền, biên giới, lãnh thổ", "sovereignty and borders"),
        /// National security.
        Security = ("security", "an ninh", "security"),
        /// Defence.
        Defence = ("defence", "quốc phòng", "defence"),
        /// Ethnic affairs.
        Ethnicity = ("ethnicity", "dân tộc", "ethnicity"),
        /// Religion.
        Religion = ("religion", "tôn giáo", "religion"),
        /// Human rights.
        HumanRights = ("human_rights", "nhân quyền", "human rights"),
        /// State secrets.
        StateSecrets = ("state_secrets", "bí mật nhà nước", "state secrets"),
        /// Drafting of legal documents (aid for law-making).
        LawDrafting = ("law_drafting", "xây dựng văn bản pháp luật", "law drafting"),
    }
}

vocabulary! {
    /// Who pays for an activity.
    pub enum Funding {
        /// State budget.
        StateBudget = ("state_budget", "ngân sách nhà nước", "state budget"),
        /// The foreign partner (mời, tài trợ).
        ForeignPartner = ("foreign_partner", "phía nước ngoài tài trợ", "foreign partner"),
        /// A domestic enterprise (barred in several provinces).
        Enterprise = ("enterprise", "doanh nghiệp tài trợ", "enterprise"),
        /// The unit's own lawful revenue.
        OwnRevenue = ("own_revenue", "nguồn thu hợp pháp của đơn vị", "own revenue"),
        /// The participants themselves.
        Personal = ("personal", "kinh phí cá nhân", "personal"),
    }
}

vocabulary! {
    /// In whose name an international agreement is signed (Luật 70/2020/QH14 Arts. 18–20;
    /// NĐ 64/2021/NĐ-CP as amended by NĐ 177/2025/NĐ-CP).
    pub enum AgreementLevel {
        /// In the name of the provincial People's Committee.
        PeoplesCommittee = ("peoples_committee", "nhân danh UBND tỉnh", "in the name of the PPC"),
        /// In the name of the provincial People's Council.
        PeoplesCouncil = ("peoples_council", "nhân danh HĐND tỉnh", "in the name of the People's Council"),
        /// In the name of a provincial department.
        Department = ("department", "nhân danh sở, ban, ngành", "in the name of a department"),
        /// In the name of a border commune (Luật 70/2020/QH14 Art. 20(2), from 01/07/2021).
        BorderCommune = ("border_commune", "nhân danh UBND xã biên giới", "in the name of a border commune"),
        /// A provincial branch of a central organisation.
        ProvincialBranch = ("provincial_branch", "cơ quan cấp tỉnh của tổ chức", "provincial branch of an organisation"),
        /// In the name of a district People's Committee (until 30/06/2025; from 01/07/2025 an
        /// agreement a district signed and the province inherited, NĐ 177/2025/NĐ-CP Art. 3).
        District = ("district", "nhân danh UBND cấp huyện", "in the name of a district People's Committee"),
    }
}

vocabulary! {
    /// The procedure chosen for an agreement (Luật 70/2020/QH14 Art. 19, 25).
    pub enum AgreementProcedure {
        /// Normal procedure.
        Normal = ("normal", "thủ tục thông thường", "normal procedure"),
        /// Shortened procedure (thủ tục rút gọn).
        Shortened = ("shortened", "thủ tục rút gọn", "shortened procedure"),
    }
}

vocabulary! {
    /// What an agreement touches, which decides extra consultees (Luật 70/2020/QH14 Art. 19):
    /// defence → Ministry of Defence, security → Ministry of Public Security, investment → the
    /// investment ministry.
    pub enum AgreementConcern {
        /// Defence.
        Defence = ("defence", "quốc phòng", "defence"),
        /// Security and public order.
        Security = ("security", "an ninh, trật tự", "security"),
        /// Investment.
        Investment = ("investment", "đầu tư", "investment"),
        /// Border and territory.
        Border = ("border", "biên giới, lãnh thổ", "border"),
    }
}

/// A country visited by a delegation, with the days spent there.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryVisit {
    /// ISO 3166-1 alpha-2 code of the country (e.g. `JP`).
    pub country: String,
    /// Days spent in the country.
    pub days: u32,
    /// Whether the visit is for a major event (Đà Nẵng allows 5 days per country instead of 3).
    #[serde(default)]
    pub major_event: bool,
}

impl CountryVisit {
    /// A visit of `days` days to `country`.
    pub fn new(country: impl Into<String>, days: u32) -> Self {
        CountryVisit {
            country: country.into(),
            days,
            major_event: false,
        }
    }
}

vocabulary! {
    /// A participant's role in a delegation.
    pub enum ParticipantRole {
        /// Head of delegation (trưởng đoàn).
        Head = ("head", "trưởng đoàn", "head of delegation"),
        /// Member.
        Member = ("member", "thành viên", "member"),
    }
}

/// A participant of a delegation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The person.
    pub official: Official,
    /// Head or member.
    pub role: ParticipantRole,
    /// If the participant is a relative of another participant, that participant (Chỉ thị
    /// 38-CT/TW: no relatives except special cases decided by the competent level).
    #[serde(default)]
    pub relative_of: Option<OfficialId>,
}

impl Participant {
    /// The head of delegation.
    pub fn head(official: Official) -> Self {
        Participant {
            official,
            role: ParticipantRole::Head,
            relative_of: None,
        }
    }

    /// A member.
    pub fn member(official: Official) -> Self {
        Participant {
            official,
            role: ParticipantRole::Member,
            relative_of: None,
        }
    }
}

/// The facts that depend on the kind of activity.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Details {
    /// No kind-specific facts.
    #[default]
    None,
    /// An outbound delegation.
    Delegation {
        /// Countries visited, in order.
        countries: Vec<CountryVisit>,
        /// Who pays.
        funding: Funding,
        /// Purpose (mục đích).
        purpose: String,
    },
    /// An inbound delegation.
    Inbound {
        /// Country of the visitors.
        country: String,
        /// Rank of the highest visitor.
        rank: ForeignRank,
        /// Number of visitors.
        size: u32,
    },
    /// An international conference or seminar.
    Conference {
        /// In person, online or both.
        mode: ConferenceMode,
        /// Rank of the highest foreign participant.
        foreign_rank: ForeignRank,
        /// Sensitive topics the content touches.
        topics: Vec<SensitiveTopic>,
        /// Whether the People's Committee or People's Council chairs or co-organises it
        /// (excludes delegated permission in several provinces).
        chaired_by_ppc: bool,
        /// Whether the organiser is the Fatherland Front or one of the mass organisations
        /// (QĐ 06/2020/QĐ-TTg Art. 1(2)(b): party rules apply instead).
        front_or_mass_organisation: bool,
        /// Whether a hosting approval in principle (đăng cai) is sought first.
        hosting_approval: bool,
    },
    /// An international agreement.
    Agreement {
        /// In whose name it is signed.
        level: AgreementLevel,
        /// Normal or shortened procedure.
        procedure: AgreementProcedure,
        /// What it touches.
        concerns: Vec<AgreementConcern>,
        /// The foreign partner.
        partner: String,
    },
    /// Non-ODA aid.
    Aid {
        /// Value in VND.
        value_vnd: u64,
        /// Sensitive topics (security, defence, religion, law drafting).
        topics: Vec<SensitiveTopic>,
        /// The donor.
        donor: String,
    },
    /// Foreign press.
    Press {
        /// Resident correspondent (thường trú) or not.
        resident: bool,
        /// The media organisation.
        outlet: String,
    },
    /// A foreign NGO registration on which the province is consulted.
    Ngo {
        /// The organisation.
        organisation: String,
        /// Whether it is a renewal of an existing registration.
        renewal: bool,
        /// Expiry of the current registration, for a renewal.
        expiry: Option<NaiveDate>,
    },
}

/// An identifier of an activity, unique within the caller's register.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ActivityId(pub String);

impl std::fmt::Display for ActivityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A proposed external-affairs activity: what the applicant declares when filing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposedActivity {
    /// Identifier.
    pub id: ActivityId,
    /// Kind of activity.
    pub kind: ActivityKind,
    /// The channel of the applicant (party, state, people's diplomacy).
    pub channel: Channel,
    /// The jurisdiction whose rules apply (the applicant's province, or national).
    pub jurisdiction: Jurisdiction,
    /// The applying body.
    pub applicant: Body,
    /// The day the request is (to be) filed: the act date of the decision.
    pub filed_on: NaiveDate,
    /// First day of the activity (departure, event, signing).
    pub starts_on: NaiveDate,
    /// Last day of the activity.
    pub ends_on: NaiveDate,
    /// Title or subject.
    #[serde(default)]
    pub title: String,
    /// Whether the activity is in the approved annual plan.
    #[serde(default = "yes")]
    pub in_plan: bool,
    /// Participants (delegations).
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// Kind-specific facts.
    #[serde(default)]
    pub details: Details,
}

fn yes() -> bool {
    true
}

impl ProposedActivity {
    /// A proposed activity with no participants, in the plan, without kind-specific facts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        kind: ActivityKind,
        channel: Channel,
        jurisdiction: Jurisdiction,
        applicant: Body,
        filed_on: NaiveDate,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    ) -> Self {
        ProposedActivity {
            id: ActivityId(id.into()),
            kind,
            channel,
            jurisdiction,
            applicant,
            filed_on,
            starts_on,
            ends_on,
            title: String::new(),
            in_plan: true,
            participants: Vec::new(),
            details: Details::None,
        }
    }

    /// The head of delegation, if one is named.
    pub fn head(&self) -> Option<&Participant> {
        self.participants
            .iter()
            .find(|p| p.role == ParticipantRole::Head)
    }

    /// Length of the activity in days, first and last day included (0 if the dates are
    /// reversed).
    pub fn duration_days(&self) -> i64 {
        let n = (self.ends_on - self.starts_on).num_days();
        if n < 0 {
            0
        } else {
            n + 1
        }
    }
}
