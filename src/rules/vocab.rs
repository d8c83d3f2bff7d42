//! The vocabulary the rules are written in: activity kinds, roles, attributes of a proposed
//! activity, rule families and the small enums of the family values.
//!
//! What a rule is about is a [`Subject`](super::Subject) (in `subject.rs`), built on
//! [`crate::activity::ActivityKind`].

use crate::label::vocabulary;

vocabulary! {
    /// The family of a rule: what kind of value it carries.
    pub enum Family {
        /// Who decides or permits (with delegation).
        Authority = ("authority", "thẩm quyền", "authority"),
        /// When a matter goes up.
        Escalation = ("escalation", "trình cấp trên", "escalation"),
        /// "At least N (working) days before".
        LeadTime = ("lead_time", "thời hạn nộp trước", "lead time"),
        /// Whom to consult and their reply period.
        Consultation = ("consultation", "lấy ý kiến", "consultation"),
        /// Decision and appraisal periods.
        Processing = ("processing", "thời hạn giải quyết", "processing"),
        /// Conditions and caps.
        Condition = ("condition", "điều kiện, giới hạn", "condition or cap"),
        /// Reports and plans owed.
        Obligation = ("obligation", "nghĩa vụ báo cáo", "obligation"),
    }
}

pub use crate::org::Role;

vocabulary! {
    /// A fact about a proposed activity that decides which rule applies (a bit in
    /// [`AttrSet`]).
    pub enum Attribute {
        /// A foreign participant is a head of state or government, or of minister rank or higher.
        ForeignMinisterLevel = ("foreign_minister_level", "có khách nước ngoài cấp Bộ trưởng trở lên", "foreign minister-level participant"),
        /// The topic touches sovereignty, security, defence, ethnicity, religion, human rights or state secrets.
        SensitiveTopic = ("sensitive_topic", "nội dung nhạy cảm", "sensitive topic"),
        /// Organised by the Fatherland Front or one of the five mass organisations.
        MassOrganisationOrganiser = ("mass_organisation_organiser", "do Mặt trận hoặc đoàn thể tổ chức", "organised by the Front or a mass organisation"),
        /// Chaired, co-chaired or co-organised by the provincial People's Committee or Council.
        ChairedByProvince = ("chaired_by_province", "do UBND/HĐND tỉnh chủ trì, đồng chủ trì", "chaired by the province"),
        /// An agreement in the name of the provincial People's Committee.
        InNameOfPpc = ("in_name_of_ppc", "nhân danh UBND tỉnh", "in the name of the People's Committee"),
        /// An agreement in the name of the provincial People's Council.
        InNameOfHdnd = ("in_name_of_hdnd", "nhân danh HĐND tỉnh", "in the name of the People's Council"),
        /// An agreement in the name of a provincial department.
        InNameOfDepartment = ("in_name_of_department", "nhân danh cơ quan cấp sở", "in the name of a department"),
        /// An agreement in the name of a border commune.
        InNameOfBorderCommune = ("in_name_of_border_commune", "nhân danh UBND xã biên giới", "in the name of a border commune"),
        /// The shortened procedure applies (high-level visit, urgency, relief).
        ShortenedProcedure = ("shortened_procedure", "thủ tục rút gọn", "shortened procedure"),
        /// A consulted body objects.
        ConsulteeObjects = ("consultee_objects", "có cơ quan không đồng ý", "a consultee objects"),
        /// An agreement whose content concerns defence (the Ministry of National Defence is consulted).
        ConcernsDefence = ("concerns_defence", "có nội dung liên quan quốc phòng", "concerns defence"),
        /// An agreement whose content concerns security (the Ministry of Public Security is consulted).
        ConcernsSecurity = ("concerns_security", "có nội dung liên quan an ninh", "concerns security"),
        /// An agreement whose content concerns investment (the investment ministry is consulted).
        ConcernsInvestment = ("concerns_investment", "có nội dung liên quan đầu tư", "concerns investment"),
        /// An agreement in the name of a provincial branch of an organisation (NĐ 64/2021 Art. 8).
        InNameOfProvincialBranch = ("in_name_of_provincial_branch", "nhân danh cơ quan cấp tỉnh của tổ chức", "in the name of an organisation's provincial branch"),
        /// The aid touches security, defence or religion, or drafts legal documents.
        AidReservedToPm = ("aid_reserved_to_pm", "viện trợ thuộc thẩm quyền Thủ tướng", "aid reserved to the Prime Minister"),
        /// The traveller is managed by the provincial party standing board.
        ManagedByPartyBoard = ("managed_by_party_board", "diện Ban Thường vụ Tỉnh ủy quản lý", "managed by the party standing board"),
        /// The head of delegation is a leader (of a party body, ministry, sector or locality).
        LeaderTravels = ("leader_travels", "lãnh đạo đi công tác", "a leader travels"),
        /// The trip is funded outside the state budget or is private.
        NotStateFunded = ("not_state_funded", "không dùng ngân sách nhà nước", "not state-funded"),
        /// The Chairman or Vice-Chairman receives the foreign guests.
        ReceivedByChairman = ("received_by_chairman", "lãnh đạo UBND tỉnh tiếp", "received by the Chairman"),
        /// A major event (allows a longer stay per country where a province says so).
        MajorEvent = ("major_event", "sự kiện lớn", "major event"),
        /// An agreement in the name of a district People's Committee (Luật 70/2020/QH14 Art.
        /// 20(2)); from 01/07/2025, when the districts ceased, an agreement a district signed
        /// before that day and the province inherited (NĐ 177/2025/NĐ-CP Art. 3).
        InNameOfDistrict = ("in_name_of_district", "nhân danh UBND cấp huyện", "in the name of a district People's Committee"),
        /// The traveller works for the provincial People's Council (sent by its standing
        /// committee, Luật 49/2019/QH14 Art. 11(7)).
        PeoplesCouncilStaff = ("peoples_council_staff", "cán bộ thuộc Hội đồng nhân dân tỉnh", "People's Council staff"),
        /// A Vietnamese body brings foreigners into the maritime border area (NĐ 71/2015/NĐ-CP
        /// Art. 7(2): the People's Committee's letter of introduction).
        MaritimeBorderEntry = ("maritime_border_entry", "đưa người nước ngoài vào khu vực biên giới biển", "foreigners brought into the maritime border area"),
        /// A border liaison meeting with the neighbouring province (hội đàm, giao ban biên giới).
        BorderLiaison = ("border_liaison", "hội đàm, giao ban công tác biên giới", "border liaison meeting"),
        /// Preparing the opening or upgrading of a land border gate (TT 04/2012/TT-BNG Art. 5).
        BorderGateOpening = ("border_gate_opening", "mở, nâng cấp cửa khẩu", "opening or upgrading a border gate"),
        /// An ABTC request for a business person of a state enterprise under the province
        /// (QĐ 09/2023/QĐ-TTg Art. 9(1), 10(3)(a), 11).
        AbtcStateEnterprise = ("abtc_state_enterprise", "thẻ ABTC: doanh nghiệp nhà nước thuộc UBND tỉnh", "ABTC: state enterprise under the province"),
        /// An ABTC request for a business person of a lawfully established enterprise
        /// (QĐ 09/2023/QĐ-TTg Art. 9(3), 10(3)(b), 12).
        AbtcLawfulEnterprise = ("abtc_lawful_enterprise", "thẻ ABTC: doanh nghiệp thành lập hợp pháp", "ABTC: lawfully established enterprise"),
        /// A consular matter in one of the nine provinces that receive consular certification
        /// and legalisation files (TT 03/2026/TT-BNG Art. 3(1): Hà Tĩnh, Lào Cai, Huế, Lạng
        /// Sơn, Thanh Hóa, Phú Thọ, Quảng Trị, Quảng Ninh, Đồng Nai).
        ConsularReceivingProvince = ("consular_receiving_province", "tỉnh tiếp nhận hồ sơ chứng nhận, hợp pháp hóa lãnh sự", "province receiving consular legalisation files"),
        /// A consular matter in one of the three cities that decide consular certification and
        /// legalisation (TT 03/2026/TT-BNG Art. 4(1): Hải Phòng, Đà Nẵng, Cần Thơ).
        ConsularDecidingCity = ("consular_deciding_city", "thành phố giải quyết chứng nhận, hợp pháp hóa lãnh sự", "city deciding consular legalisation"),
    }
}

impl Attribute {
    /// The bit of this attribute in an [`AttrSet`].
    pub fn bit(self) -> u64 {
        1u64 << ((self as u32) & 63)
    }
}

/// A set of [`Attribute`]s (a bit set; `Copy`).
///
/// ```
/// use doingoai::rules::{AttrSet, Attribute};
/// let s = AttrSet::of(&[Attribute::SensitiveTopic]);
/// assert!(s.contains(Attribute::SensitiveTopic));
/// assert!(!s.contains(Attribute::ForeignMinisterLevel));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct AttrSet(pub u64);

impl AttrSet {
    /// The empty set.
    pub const EMPTY: AttrSet = AttrSet(0);
    /// The set of these attributes.
    pub fn of(attrs: &[Attribute]) -> Self {
        AttrSet(attrs.iter().fold(0, |acc, a| acc | a.bit()))
    }
    /// Whether `a` is in the set.
    pub fn contains(self, a: Attribute) -> bool {
        self.0 & a.bit() != 0
    }
    /// The set with `a` added.
    pub fn with(self, a: Attribute) -> Self {
        AttrSet(self.0 | a.bit())
    }
    /// The attributes in the set.
    pub fn iter(self) -> impl Iterator<Item = Attribute> {
        Attribute::ALL
            .iter()
            .copied()
            .filter(move |a| self.contains(*a))
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl serde::Serialize for AttrSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for AttrSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: Vec<Attribute> = serde::Deserialize::deserialize(d)?;
        Ok(AttrSet::of(&v))
    }
}

vocabulary! {
    /// The event a lead time or a deadline is counted from or to.
    pub enum Anchor {
        /// The first day of the event or trip.
        Start = ("start", "ngày bắt đầu", "start"),
        /// The last day of the event or trip.
        End = ("end", "ngày kết thúc", "end"),
        /// Entry into Vietnam.
        Entry = ("entry", "ngày nhập cảnh", "entry"),
        /// Expiry of a registration or permit.
        Expiry = ("expiry", "ngày hết hạn", "expiry"),
        /// Signing of an agreement.
        Signing = ("signing", "ngày ký", "signing"),
        /// Receipt of a complete dossier.
        CompleteDossier = ("complete_dossier", "ngày nhận đủ hồ sơ hợp lệ", "complete dossier received"),
        /// The approval or decision.
        Approval = ("approval", "ngày phê duyệt", "approval"),
        /// The registration (or its renewal or amendment).
        Registration = ("registration", "ngày được cấp đăng ký", "registration"),
        /// Completion of an aid programme.
        Completion = ("completion", "ngày kết thúc chương trình", "completion"),
        /// Receipt of all the opinions asked for (e.g. Phú Yên's inbound procedure: the FA
        /// department advises "kể từ khi nhận được đầy đủ ý kiến").
        OpinionsReceived = ("opinions_received", "ngày nhận đủ ý kiến", "all opinions received"),
        /// Receipt of the file the specialised agency submits to the deciding authority (QĐ
        /// 09/2023/QĐ-TTg Art. 11(5), 12(7): "kể từ ngày nhận hồ sơ do cơ quan chuyên môn trình").
        AgencySubmission = ("agency_submission", "ngày nhận hồ sơ do cơ quan chuyên môn trình", "the specialised agency's submission received"),
        /// The day a card holder stops holding the post the card was issued for (QĐ
        /// 09/2023/QĐ-TTg Art. 19(2)).
        PostLeft = ("post_left", "ngày thôi giữ chức vụ", "the post left"),
    }
}

vocabulary! {
    /// A step of processing.
    pub enum Step {
        /// Appraisal by an advisory body.
        Appraisal = ("appraisal", "thẩm định", "appraisal"),
        /// The decision.
        Decision = ("decision", "quyết định", "decision"),
        /// The whole procedure, end to end.
        Total = ("total", "tổng thời gian giải quyết", "total"),
        /// Signature of the advisory body's head.
        Signature = ("signature", "ký trình", "signature"),
        /// Notification of the result.
        Notification = ("notification", "thông báo kết quả", "notification"),
        /// Issue of a document (passport, certificate, permit).
        Issue = ("issue", "cấp", "issue"),
        /// A reply to a request.
        Reply = ("reply", "trả lời", "reply"),
        /// Taking in and answering the opinions received (tiếp thu, giải trình).
        Reconciliation = ("reconciliation", "tiếp thu, giải trình ý kiến", "reconciliation of opinions"),
        /// Sending the written requests for opinions to the bodies consulted.
        ConsultationRequest = ("consultation_request", "gửi văn bản xin ý kiến", "sending the consultation requests"),
        /// Forwarding a file to another body (for verification, or to the deciding body).
        Forwarding = ("forwarding", "chuyển hồ sơ", "forwarding the file"),
    }
}

vocabulary! {
    /// The rank of the head of a delegation, for size caps.
    pub enum HeadRank {
        /// The head of the provincial party committee, People's Council or People's Committee.
        ProvincialHead = ("provincial_head", "người đứng đầu Thành ủy/HĐND/UBND", "provincial head"),
        /// A deputy head of those bodies.
        ProvincialDeputy = ("provincial_deputy", "cấp phó Thành ủy/HĐND/UBND", "provincial deputy head"),
        /// A department or commune-level head (inter-sector delegation).
        DepartmentLevel = ("department_level", "cấp sở, cấp xã", "department or commune level"),
        /// Any head (a cap that does not depend on rank).
        Any = ("any", "mọi trưởng đoàn", "any head"),
    }
}

/// A disciplinary sanction, in increasing order of severity: the organisation module's
/// [`DisciplineKind`](crate::org::DisciplineKind).
pub type Sanction = crate::org::DisciplineKind;

vocabulary! {
    /// What issued a provincial rule (domain README §5): the source of a layer.
    pub enum RuleSource {
        /// National law, decree, PM decision or central party instrument.
        National = ("national", "văn bản trung ương", "national instrument"),
        /// A party regulation of the provincial party committee.
        PartyRegulation = ("party_regulation", "quy định của Tỉnh ủy", "provincial party regulation"),
        /// A regulation, decision or letter of the provincial People's Committee.
        UbndRegulation = ("ubnd_regulation", "văn bản của UBND tỉnh", "People's Committee regulation"),
        /// An administrative-procedure page of the province.
        Procedure = ("procedure", "thủ tục hành chính", "administrative procedure"),
    }
}
