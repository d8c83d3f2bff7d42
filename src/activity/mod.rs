//! Activities: the kinds of external-affairs activity and the facts of a proposed one, as
//! plain serialisable data. What the rules *say* about them lives in the `rules` module; here
//! is only what the applicant declares.
//!
//! A [`ProposedActivity`] is the one input for a proposed activity:
//! [`evaluate`](crate::evaluate), [`workflow::assess`](crate::workflow::assess) and
//! [`Case::for_activity`](crate::workflow::Case::for_activity) all take it. Only its kind,
//! jurisdiction and filing day are required; the applicant body, the channel (by default the
//! applicant body's own, [`BodyKind::channel`](crate::org::BodyKind::channel)) and the first
//! and last day are stated where the matter has them.
//!
//! ```
//! use doingoai::activity::{ActivityKind, ProposedActivity, Details, Participant, CountryVisit, Funding};
//! use doingoai::org::{Body, BodyKind, Jurisdiction, Official, Position};
//! use doingoai::Channel;
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! let da_nang = Jurisdiction::new_unit(48).unwrap();
//! let applicant = Body::new(BodyKind::ProvincialDepartment, da_nang).named("Sở Du lịch");
//! let trip = ProposedActivity::new("dn-2026-017", ActivityKind::OutboundDelegation, da_nang, d(2026, 3, 2))
//!     .by(applicant)
//!     .runs(d(2026, 4, 6), d(2026, 4, 10))
//!     .participant(Participant::head(Official::new("dn-1", "Trần Thị B", Position::DepartmentDirector)))
//!     .details(Details::Delegation { countries: vec![CountryVisit::new("JP", 4)], funding: Funding::StateBudget, purpose: "xúc tiến du lịch".into() });
//! assert_eq!(trip.head().map(|p| p.official.position), Some(Position::DepartmentDirector));
//! assert_eq!(trip.duration_days(), Some(5));
//! assert_eq!(trip.channel(), Channel::State); // the department's channel
//! ```
//!
//! A national matter the province only answers needs no invented body or date: the province's
//! reply on a foreign NGO's registration is the registration and its filing day.
//!
//! ```
//! use doingoai::activity::{ActivityKind, Details, ProposedActivity};
//! use chrono::NaiveDate;
//! let reg = ProposedActivity::new("PCPNN-2025-04", ActivityKind::ForeignNgo, "34:48".parse()?,
//!         NaiveDate::from_ymd_opt(2025, 9, 3).unwrap())
//!     .details(Details::Ngo { organisation: "Oxfam".into(), renewal: false, expiry: None });
//! assert!(reg.applicant.is_none() && reg.starts_on.is_none() && reg.ends_on.is_none());
//! assert_eq!(reg.channel(), doingoai::Channel::State);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::NaiveDate;

mod build;
pub use build::{AgreementDetails, ConferenceDetails, DelegationDetails, InboundDetails};
mod abtc;
pub use abtc::{AbtcEnterprise, AbtcPost, AbtcRequest};
mod details_de;
mod reason;
pub use reason::JurisdictionReason;
mod validate;
pub(crate) use validate::within_calendar;
pub use validate::{InvalidActivity, Problem, MAX_COUNTRIES, MAX_PARTICIPANTS};

use crate::label::vocabulary;
use crate::org::{Body, Channel, Jurisdiction, Official, OfficialId, Role};

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
        /// Citizen protection and consular case (bảo hộ công dân). No workflow: the province
        /// decides nothing in citizen protection (MOFA and the missions abroad act; the
        /// foreign-affairs agency is focal point and informs them, with no time or report found
        /// in the sources), and in consular certification it receives and forwards (TT
        /// 03/2026/TT-BNG Art. 3) or, in three cities, decides (Art. 4): rules only.
        CitizenProtection = ("citizen_protection", "bảo hộ công dân, lãnh sự", "citizen-protection case"),
        /// Border affair (công tác biên giới).
        BorderAffair = ("border_affair", "công tác biên giới", "border affair"),
        /// Overseas Vietnamese affairs (công tác người Việt Nam ở nước ngoài).
        OverseasVietnamese = ("overseas_vietnamese", "công tác người Việt Nam ở nước ngoài", "overseas Vietnamese affairs"),
        /// Diplomatic inspection (thanh tra ngoại giao).
        Inspection = ("inspection", "thanh tra ngoại giao", "diplomatic inspection"),
        /// Permission to use the APEC business travel card (QĐ 09/2023/QĐ-TTg Art. 10(3)).
        AbtcPermission = ("abtc_permission", "cho phép sử dụng thẻ đi lại của doanh nhân APEC (thẻ ABTC)", "APEC business travel card permission"),
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
        /// Online with no end point (đầu cầu) in Vietnam: not an international conference in
        /// the sense of QĐ 06/2020/QĐ-TTg Art. 2(1), so outside the decision ("…theo hình thức
        /// trực tuyến với ít nhất một đầu cầu thuộc lãnh thổ Việt Nam").
        OnlineNoEndInVietnam = ("online_no_end_in_vietnam", "trực tuyến, không có đầu cầu tại Việt Nam", "online with no end point in Vietnam"),
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
    /// The ground for signing an agreement in the name of a central or provincial state body
    /// by the shortened procedure (Luật 70/2020/QH14 Art. 35(2), the procedure itself in Art.
    /// 39): one of them must hold.
    pub enum ShortenedGround {
        /// Signing permitted by the competent body during a visit of a Vietnamese high-level
        /// delegation abroad or a foreign high-level delegation to Vietnam (Art. 35(2)(a):
        /// "được cơ quan có thẩm quyền cho phép ký trong chuyến thăm của đoàn cấp cao…").
        HighLevelVisit = ("high_level_visit", "ký trong chuyến thăm của đoàn cấp cao", "signed during a high-level visit"),
        /// Urgent for political or foreign-affairs reasons (Art. 35(2)(b): "cần phải xử lý gấp
        /// do yêu cầu về chính trị, đối ngoại").
        UrgentPolitical = ("urgent_political", "xử lý gấp do yêu cầu chính trị, đối ngoại", "urgent for political or foreign-affairs reasons"),
        /// Urgent for emergency relief (Art. 35(2)(b): "cứu trợ khẩn cấp").
        EmergencyRelief = ("emergency_relief", "cứu trợ khẩn cấp", "emergency relief"),
        /// Urgent to overcome a natural disaster, catastrophe or epidemic (Art. 35(2)(b):
        /// "khắc phục hậu quả thiên tai, thảm họa, dịch bệnh").
        DisasterRecovery = ("disaster_recovery", "khắc phục hậu quả thiên tai, thảm họa, dịch bệnh", "recovery from a disaster or epidemic"),
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
    /// What a border affair is (docs/procedures.md §2.9, BOR-1..3).
    pub enum BorderMatter {
        /// A Vietnamese body brings foreigners into the maritime border area: the People's
        /// Committee's letter of introduction, notice to the police and border guard (NĐ
        /// 71/2015/NĐ-CP Art. 7(2)).
        MaritimeBorderEntry = ("maritime_border_entry", "đưa người nước ngoài vào khu vực biên giới biển", "foreigners into the maritime border area"),
        /// A liaison meeting with the neighbouring province across the border (no procedure
        /// found).
        LiaisonMeeting = ("liaison_meeting", "hội đàm, giao ban công tác biên giới", "border liaison meeting"),
        /// The survey for opening or upgrading a land border gate (TT 04/2012/TT-BNG Art. 5(1)).
        GateOpening = ("gate_opening", "mở, nâng cấp cửa khẩu", "opening or upgrading a border gate"),
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// `Deserialize` is written by hand (`details_de.rs`) so that an error inside names its field;
// the attributes still give the serialised form and the JSON Schema.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
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
        /// Whether the Chairman or a Vice-Chairman of the People's Committee receives them
        /// (some provinces set a lead time for the request to be received).
        #[serde(default)]
        received_by_chairman: bool,
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
        /// For the shortened procedure: its ground (Luật 70/2020/QH14 Art. 35(2)); a shortened
        /// procedure without one is a finding.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shortened_ground: Option<ShortenedGround>,
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
    /// A border affair.
    Border {
        /// What it is.
        matter: BorderMatter,
        /// The foreign side (a neighbouring province, a delegation), as given.
        counterpart: String,
        /// Whether the foreigners come as a delegation (đoàn đại biểu, đoàn cấp cao: 12 hours'
        /// notice instead of 24, NĐ 71/2015/NĐ-CP Art. 7(2)).
        delegation: bool,
    },
    /// A request for permission to use the APEC business travel card.
    Abtc(AbtcRequest),
}

/// An identifier of an activity, unique within the caller's register.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// A proposed external-affairs activity: what the applicant declares when filing — the one
/// input of [`evaluate`](crate::evaluate), [`workflow::assess`](crate::workflow::assess) and
/// [`Case::for_activity`](crate::workflow::Case::for_activity).
///
/// Only the kind, the jurisdiction and the filing day are required
/// ([`ProposedActivity::new`]); the rest is stated where the matter has it, with the builder
/// methods or in JSON:
///
/// * `applicant`: the applying body; none for a matter the province only answers (a foreign
///   NGO's registration, on which the province is consulted);
/// * `channel`: stated, or else the applicant body's own channel
///   ([`BodyKind::channel`](crate::org::BodyKind::channel)), or else the state channel
///   ([`ProposedActivity::channel`]);
/// * `starts_on`, `ends_on`: the first and last day (agreement: the signing; press: the
///   entry); a lead time counted from the start is not checked without a first day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ProposedActivity {
    /// Identifier.
    pub id: ActivityId,
    /// Kind of activity.
    pub kind: ActivityKind,
    /// The channel of the applicant (party, state, people), when stated; see
    /// [`ProposedActivity::channel`] for the channel in effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The jurisdiction whose rules apply (the applicant body's own, or national; another
    /// only with a [`JurisdictionReason`] in `jurisdiction_reason`).
    pub jurisdiction: Jurisdiction,
    /// The applying body, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant: Option<Body>,
    /// The day the request is (to be) filed: the act date of the decision.
    pub filed_on: NaiveDate,
    /// First day of the activity (departure, event, signing, entry), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<NaiveDate>,
    /// Last day of the activity, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<NaiveDate>,
    /// Title or subject.
    #[serde(default)]
    pub title: String,
    /// Whether the activity is in the approved annual plan.
    #[serde(default = "yes")]
    pub in_plan: bool,
    /// Participants (delegations).
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// Whether a proposal (đề án) with purpose, partner, content and programme is attached
    /// (`None`: not stated, so not checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_attached: Option<bool>,
    /// Written opinions already obtained before filing (e.g. the provincial party standing
    /// committee's, for cadres it manages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opinions: Vec<Role>,
    /// Kind-specific facts.
    #[serde(default)]
    pub details: Details,
    /// Why the jurisdiction differs from the applicant body's, when it does
    /// ([`JurisdictionReason`]); a difference without a reason is refused by
    /// [`ProposedActivity::validate`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction_reason: Option<JurisdictionReason>,
}

fn yes() -> bool {
    true
}

impl ProposedActivity {
    /// A proposed activity of `kind` in `jurisdiction`, filed on `filed_on`: no applicant body,
    /// no dates, no participants, in the plan, without kind-specific facts.
    pub fn new(
        id: impl Into<String>,
        kind: ActivityKind,
        jurisdiction: Jurisdiction,
        filed_on: NaiveDate,
    ) -> Self {
        ProposedActivity {
            id: ActivityId(id.into()),
            kind,
            channel: None,
            jurisdiction,
            applicant: None,
            filed_on,
            starts_on: None,
            ends_on: None,
            title: String::new(),
            in_plan: true,
            participants: Vec::new(),
            proposal_attached: None,
            opinions: Vec::new(),
            details: Details::None,
            jurisdiction_reason: None,
        }
    }

    /// The same activity filed by `applicant`.
    pub fn by(mut self, applicant: Body) -> Self {
        self.applicant = Some(applicant);
        self
    }

    /// The same activity in `channel` (in place of the applicant body's own).
    pub fn in_channel(mut self, channel: Channel) -> Self {
        self.channel = Some(channel);
        self
    }

    /// The same activity running from `starts_on` to `ends_on`, both included.
    pub fn runs(mut self, starts_on: NaiveDate, ends_on: NaiveDate) -> Self {
        self.starts_on = Some(starts_on);
        self.ends_on = Some(ends_on);
        self
    }

    /// The same activity starting on `starts_on`, with no last day stated (an agreement's
    /// signing, a reporter's entry, the start of an aid's implementation).
    pub fn starts(mut self, starts_on: NaiveDate) -> Self {
        self.starts_on = Some(starts_on);
        self
    }

    /// The same activity with a title.
    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The same activity with its kind-specific facts.
    pub fn details(mut self, details: impl Into<Details>) -> Self {
        self.details = details.into();
        self
    }

    /// The same activity with one more participant.
    pub fn participant(mut self, participant: Participant) -> Self {
        self.participants.push(participant);
        self
    }

    /// The same activity outside the approved annual plan.
    pub fn out_of_plan(mut self) -> Self {
        self.in_plan = false;
        self
    }

    /// The same activity stating whether a proposal (đề án) is attached.
    pub fn proposal(mut self, attached: bool) -> Self {
        self.proposal_attached = Some(attached);
        self
    }

    /// The same activity stating why its jurisdiction differs from the applicant body's
    /// (see [`JurisdictionReason`]).
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, JurisdictionReason, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use chrono::NaiveDate;
    /// let (da_nang, ha_tinh) = (Jurisdiction::new_unit(48).unwrap(), Jurisdiction::new_unit(42).unwrap());
    /// // a Đà Nẵng unit brings foreigners into Hà Tĩnh's maritime border area
    /// let a = ProposedActivity::new("x", ActivityKind::BorderAffair, ha_tinh, NaiveDate::from_ymd_opt(2026, 4, 6).unwrap())
    ///     .by(Body::new(BodyKind::ProvincialDepartment, da_nang));
    /// assert!(a.validate().is_err());
    /// assert!(a.jurisdiction_reason(JurisdictionReason::HostProvince).validate().is_ok());
    /// ```
    pub fn jurisdiction_reason(mut self, reason: JurisdictionReason) -> Self {
        self.jurisdiction_reason = Some(reason);
        self
    }

    /// The same activity with the written opinion of `role` already obtained.
    pub fn opinion_of(mut self, role: Role) -> Self {
        self.opinions.push(role);
        self
    }

    /// The channel in effect: as stated, else the applicant body's own channel
    /// ([`BodyKind::channel`](crate::org::BodyKind::channel)), else the state channel.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, ProposedActivity};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::Channel;
    /// use chrono::NaiveDate;
    /// let j = Jurisdiction::new_unit(42).unwrap();
    /// let a = ProposedActivity::new("x", ActivityKind::InboundDelegation, j, NaiveDate::from_ymd_opt(2026, 2, 2).unwrap())
    ///     .by(Body::new(BodyKind::ProvincialFriendshipUnion, j));
    /// assert_eq!(a.channel(), Channel::People);
    /// assert_eq!(a.in_channel(Channel::State).channel(), Channel::State);
    /// ```
    pub fn channel(&self) -> Channel {
        self.channel
            .or_else(|| self.applicant.as_ref().and_then(|b| b.kind.channel()))
            .unwrap_or(Channel::State)
    }

    /// The first day, else the filing day: the day an activity is counted on in a register or
    /// a plan.
    pub fn day(&self) -> NaiveDate {
        self.starts_on.unwrap_or(self.filed_on)
    }

    /// The head of delegation, if one is named.
    pub fn head(&self) -> Option<&Participant> {
        self.participants
            .iter()
            .find(|p| p.role == ParticipantRole::Head)
    }

    /// Length of the activity in days, first and last day included (0 if the dates are
    /// reversed); `None` without both days.
    pub fn duration_days(&self) -> Option<i64> {
        let n = (self.ends_on? - self.starts_on?).num_days();
        Some(if n < 0 { 0 } else { n + 1 })
    }
}
