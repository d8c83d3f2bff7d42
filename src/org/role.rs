//! Roles: who decides, is consulted, reports or receives reports, and the body that holds each
//! role on a date ([`Role::body_on`]). The rules, the workflow and a proposed activity (the
//! opinions already obtained) speak of the same roles; they are re-exported as
//! `rules::Role` and `workflow::Role`.

use crate::label::vocabulary;

vocabulary! {
    /// A role that decides, is consulted, reports or receives reports. Roles are mapped to
    /// bodies on a date by [`Role::body_on`]; some of those bodies end (see
    /// [`Role::check_exists`]).
    pub enum Role {
        /// The Prime Minister.
        PrimeMinister = ("prime_minister", "Thủ tướng Chính phủ", "Prime Minister"),
        /// The Ministry of Foreign Affairs.
        Mofa = ("mofa", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
        /// The Ministry of Public Security.
        PublicSecurity = ("public_security", "Bộ Công an", "Ministry of Public Security"),
        /// The Ministry of Defence.
        Defence = ("defence", "Bộ Quốc phòng", "Ministry of Defence"),
        /// The ministry in charge of investment (Planning and Investment; Finance in the 2025 texts).
        InvestmentMinistry = ("investment_ministry", "bộ quản lý đầu tư", "investment ministry"),
        /// The Ministry of Finance.
        Finance = ("finance", "Bộ Tài chính", "Ministry of Finance"),
        /// The inter-agency committee on foreign NGOs (standing body: VUFO).
        NgoCommittee = ("ngo_committee", "Ủy ban công tác về các tổ chức phi chính phủ nước ngoài", "Committee for Foreign NGO Affairs"),
        /// The Central External Relations Commission (ended 2025).
        CentralExternalRelations = ("central_external_relations", "Ban Đối ngoại Trung ương", "Central External Relations Commission"),
        /// The National Assembly Foreign Affairs Committee (ended 18/02/2025).
        NaForeignAffairsCommittee = ("na_foreign_affairs_committee", "Ủy ban Đối ngoại của Quốc hội", "NA Foreign Affairs Committee"),
        /// The provincial party committee (Tỉnh ủy / Thành ủy).
        ProvincialPartyCommittee = ("provincial_party_committee", "Tỉnh ủy", "provincial party committee"),
        /// The standing committee of the provincial party committee (Thường trực Tỉnh ủy).
        ProvincialPartyStanding = ("provincial_party_standing", "Thường trực Tỉnh ủy", "provincial party standing committee"),
        /// The standing board of the provincial party committee (Ban Thường vụ Tỉnh ủy), distinct
        /// from the committee itself and from its standing committee; it manages the cadres
        /// "diện Ban Thường vụ Tỉnh ủy quản lý".
        ProvincialPartyStandingBoard = ("provincial_party_standing_board", "Ban Thường vụ Tỉnh ủy", "provincial party standing board"),
        /// The provincial union of friendship organisations (people's diplomacy).
        ProvincialFriendshipUnion = ("provincial_friendship_union", "Liên hiệp các tổ chức hữu nghị tỉnh", "provincial union of friendship organisations"),
        /// The body managing an organisation's foreign affairs, which decides the agreements of
        /// its provincial branches (NĐ 64/2021/NĐ-CP Art. 8).
        OrganisationFaBody = ("organisation_fa_body", "cơ quan quản lý công tác đối ngoại của tổ chức", "the organisation's foreign-affairs body"),
        /// The standing committee of the provincial People's Council.
        HdndStanding = ("hdnd_standing", "Thường trực HĐND tỉnh", "People's Council standing committee"),
        /// The Chairman of the provincial People's Council.
        HdndChairman = ("hdnd_chairman", "Chủ tịch HĐND tỉnh", "People's Council Chairman"),
        /// The Chairman of the provincial People's Committee.
        ProvincialChairman = ("provincial_chairman", "Chủ tịch UBND tỉnh", "provincial Chairman"),
        /// The provincial foreign-affairs agency (Sở Ngoại vụ or Văn phòng UBND).
        FaAgency = ("fa_agency", "cơ quan ngoại vụ cấp tỉnh", "provincial foreign-affairs agency"),
        /// The head of the provincial foreign-affairs agency.
        FaAgencyHead = ("fa_agency_head", "Thủ trưởng cơ quan ngoại vụ cấp tỉnh", "head of the foreign-affairs agency"),
        /// The provincial planning and investment department (aid appraisal under NĐ 80/2020).
        PlanningDepartment = ("planning_department", "Sở Kế hoạch và Đầu tư", "planning and investment department"),
        /// The provincial finance department.
        FinanceDepartment = ("finance_department", "Sở Tài chính", "finance department"),
        /// The provincial police.
        ProvincialPolice = ("provincial_police", "Công an tỉnh", "provincial police"),
        /// The provincial military command.
        ProvincialMilitary = ("provincial_military", "Bộ Chỉ huy Quân sự tỉnh", "provincial military command"),
        /// Provincial departments and agencies concerned.
        Departments = ("departments", "các sở, ngành liên quan", "departments concerned"),
        /// Other bodies and localities concerned.
        RelatedBodies = ("related_bodies", "cơ quan, địa phương liên quan", "related bodies"),
        /// The head of a provincial department (e.g. the one signing an agreement).
        DepartmentHead = ("department_head", "Thủ trưởng cơ quan cấp sở", "department head"),
        /// The Chairman of a commune People's Committee.
        CommuneChairman = ("commune_chairman", "Chủ tịch UBND cấp xã", "commune Chairman"),
        /// A district People's Committee (abolished 01/07/2025).
        DistrictCommittee = ("district_committee", "UBND cấp huyện", "district People's Committee"),
        /// The head of the line agency of an aid (cơ quan chủ quản).
        LineAgencyHead = ("line_agency_head", "người đứng đầu cơ quan chủ quản", "head of the line agency"),
        /// The applicant or organiser of the activity.
        Organiser = ("organiser", "cơ quan, tổ chức đề nghị", "organiser"),
        /// The head of a delegation.
        HeadOfDelegation = ("head_of_delegation", "trưởng đoàn", "head of delegation"),
        /// A traveller holding an official or diplomatic passport.
        PassportHolder = ("passport_holder", "người được cấp hộ chiếu", "passport holder"),
        /// The agency managing the traveller (and the passport).
        ManagingAgency = ("managing_agency", "cơ quan quản lý", "managing agency"),
        /// A foreign NGO.
        Ngo = ("ngo", "tổ chức phi chính phủ nước ngoài", "foreign NGO"),
        /// The donor of an aid.
        Donor = ("donor", "bên tài trợ", "donor"),
        /// The Vietnamese body guiding a foreign reporter.
        GuidingAgency = ("guiding_agency", "cơ quan hướng dẫn", "guiding agency"),
        /// The competent level under party rules (not read: see the party framework).
        PartyCompetentLevel = ("party_competent_level", "cấp có thẩm quyền theo quy định của Đảng", "competent party level"),
        /// The competent level (unspecified in the source).
        CompetentLevel = ("competent_level", "cấp có thẩm quyền", "competent level"),
        /// The provincial border-guard command (Bộ Chỉ huy Bộ đội Biên phòng tỉnh), a consultee
        /// on border-commune agreements before 01/07/2025 (Lào Cai procedure page, TTHC 44355).
        ProvincialBorderGuard = ("provincial_border_guard", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "provincial border-guard command"),
        /// The organisation commission of the provincial party committee (Ban Tổ chức Tỉnh ủy /
        /// Thành ủy), whose notice a Hà Nội file carries for cadres of the party standing board.
        ProvincialPartyOrganisationCommission = ("provincial_party_organisation_commission", "Ban Tổ chức Tỉnh ủy", "organisation commission of the provincial party committee"),
        /// The tax authority (cơ quan thuế), a verifier of ABTC requests (QĐ 09/2023/QĐ-TTg
        /// Art. 12(4)).
        TaxAuthority = ("tax_authority", "cơ quan thuế", "tax authority"),
        /// The customs authority (cơ quan hải quan), a verifier of ABTC requests (QĐ
        /// 09/2023/QĐ-TTg Art. 12(4)).
        Customs = ("customs", "cơ quan hải quan", "customs authority"),
        /// The social-insurance agency (cơ quan bảo hiểm xã hội), a verifier of ABTC requests
        /// (QĐ 09/2023/QĐ-TTg Art. 12(4): "bảo hiểm").
        SocialInsurance = ("social_insurance", "cơ quan bảo hiểm xã hội", "social-insurance agency"),
    }
}

impl Role {
    /// The kind of body that holds the role in `jurisdiction` on `date`: the one mapping from
    /// roles to bodies (the ledger and the checks use it). `None` for a role no body models
    /// (the organiser, the departments concerned, the competent level…) and for the
    /// provincial foreign-affairs agency where no sourced assignment covers the date
    /// ([`fa_agency`](super::fa_agency)).
    ///
    /// A role that names a function follows the body that holds it: the investment ministry
    /// is the Ministry of Planning and Investment until it ends, then its successor the
    /// Ministry of Finance; the planning department likewise becomes the Sở Tài chính. A role
    /// that names one body (the district People's Committee, the Central External Relations
    /// Commission) stays that body, which may have ended on `date`: see
    /// [`check_exists`](super::check_exists).
    ///
    /// ```
    /// use doingoai::org::{BodyKind, Jurisdiction};
    /// use doingoai::rules::Role;
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let n = Jurisdiction::National;
    /// assert_eq!(Role::DistrictCommittee.body_on(n, d(2025, 8, 1)), Some(BodyKind::DistrictPeoplesCommittee));
    /// assert_eq!(Role::Organiser.body_on(n, d(2025, 8, 1)), None);
    /// ```
    pub fn body_on(
        self,
        jurisdiction: super::Jurisdiction,
        date: chrono::NaiveDate,
    ) -> Option<super::BodyKind> {
        use super::BodyKind as B;
        let holder = |b: B| b.successor_on(date).unwrap_or(b);
        Some(match self {
            Role::PrimeMinister => B::PrimeMinister,
            Role::Mofa => B::Mofa,
            Role::PublicSecurity => B::Mps,
            Role::Defence => B::Mod,
            Role::InvestmentMinistry => holder(B::Mpi),
            Role::Finance => B::Mof,
            Role::NgoCommittee => B::Vufo,
            Role::CentralExternalRelations => B::CentralExternalRelationsCommission,
            Role::NaForeignAffairsCommittee => B::NaForeignAffairsCommittee,
            Role::ProvincialPartyCommittee => B::ProvincialPartyCommittee,
            Role::ProvincialPartyStanding => B::ProvincialPartyStandingCommittee,
            Role::ProvincialPartyStandingBoard => B::ProvincialPartyStandingBoard,
            Role::ProvincialFriendshipUnion => B::ProvincialFriendshipUnion,
            Role::HdndStanding | Role::HdndChairman => B::PeoplesCouncilStanding,
            Role::ProvincialChairman => B::PpcChairman,
            Role::FaAgency | Role::FaAgencyHead => {
                return super::fa_agency(jurisdiction, date).ok()
            }
            Role::PlanningDepartment => holder(B::DepartmentOfPlanningAndInvestment),
            Role::FinanceDepartment => B::DepartmentOfFinance,
            Role::ProvincialPolice => B::ProvincialPolice,
            Role::ProvincialMilitary => B::ProvincialMilitaryCommand,
            Role::DistrictCommittee => B::DistrictPeoplesCommittee,
            Role::CommuneChairman => B::CommunePeoplesCommittee,
            Role::Ngo => B::ForeignNgo,
            Role::Donor => B::ForeignPartner,
            _ => return None,
        })
    }

    /// Whether the body holding the role in `jurisdiction` exists on `date`; if not, why
    /// ([`BodyGone`](super::BodyGone): the body, its last day, its successor). A role
    /// no body models passes.
    #[inline]
    pub fn check_exists(
        self,
        jurisdiction: super::Jurisdiction,
        date: chrono::NaiveDate,
    ) -> Result<(), super::BodyGone> {
        match self.body_on(jurisdiction, date) {
            Some(kind) => super::check_exists(kind, jurisdiction, date),
            None => Ok(()),
        }
    }
}
