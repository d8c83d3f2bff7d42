//! The facts of a request for permission to use the APEC business travel card (thẻ ABTC) at
//! the province, under QĐ 09/2023/QĐ-TTg (in force 10/07/2023): which enterprise case
//! (Art. 9(1) state enterprise under the province, Art. 9(3) lawfully established enterprise),
//! the business person's post, and the figures the conditions of Art. 8 and Art. 12(2)(e)
//! check. The business person is also the request's [`Participant`](super::Participant), so
//! the exit-suspension condition of Art. 8(3)(c) (Luật 49/2019 Art. 36) reads them as it reads
//! a traveller.
//!
//! ```
//! use doingoai::activity::{AbtcEnterprise, AbtcPost, AbtcRequest};
//! let r = AbtcRequest::new(AbtcEnterprise::LawfulEnterprise, AbtcPost::ChiefAccountant);
//! assert!(r.post.listed_for(r.enterprise));
//! assert!(!AbtcPost::ZoneBoardLeader.listed_for(AbtcEnterprise::LawfulEnterprise));
//! ```

use crate::label::vocabulary;

vocabulary! {
    /// The enterprise case of an ABTC request at the province (QĐ 09/2023/QĐ-TTg Art. 10(3)).
    pub enum AbtcEnterprise {
        /// A business person of Art. 9(1) working at a state enterprise under the People's
        /// Committee (Art. 10(3)(a); procedure of Art. 11).
        StateEnterprise = ("state_enterprise", "doanh nghiệp nhà nước thuộc UBND tỉnh (khoản 1 Điều 9)", "state enterprise under the province (Art. 9(1))"),
        /// A business person of Art. 9(3) at an enterprise lawfully established under
        /// Vietnamese law (Art. 10(3)(b); procedure of Art. 12).
        LawfulEnterprise = ("lawful_enterprise", "doanh nghiệp thành lập hợp pháp (khoản 3 Điều 9)", "lawfully established enterprise (Art. 9(3))"),
    }
}

vocabulary! {
    /// The business person's post, as QĐ 09/2023/QĐ-TTg Art. 9(1) and 9(3) list them.
    pub enum AbtcPost {
        /// Chair of the members' council or of the board, company chair (Art. 9(1)(a), 9(3)(a)).
        BoardChair = ("board_chair", "Chủ tịch Hội đồng thành viên, Hội đồng quản trị, Chủ tịch công ty", "board or company chair"),
        /// Member of the members' council or of the board (Art. 9(1)(a), 9(3)(a)).
        BoardMember = ("board_member", "thành viên Hội đồng thành viên, Hội đồng quản trị", "board member"),
        /// General director or director (Art. 9(1)(a), 9(3)(a)).
        Director = ("director", "Tổng Giám đốc, Giám đốc", "general director or director"),
        /// Deputy general director or deputy director (Art. 9(1)(a), 9(3)(a)).
        DeputyDirector = ("deputy_director", "Phó Tổng giám đốc, Phó Giám đốc", "deputy director"),
        /// Owner of a private enterprise (Art. 9(3)(a)).
        PrivateOwner = ("private_owner", "Chủ doanh nghiệp tư nhân", "owner of a private enterprise"),
        /// Chair, board member or director of a cooperative or union of cooperatives
        /// (Art. 9(3)(b)).
        CooperativeLeader = ("cooperative_leader", "Chủ tịch, thành viên Hội đồng quản trị, Giám đốc hợp tác xã", "cooperative leader"),
        /// Chief accountant (Art. 9(1)(c), 9(3)(c)).
        ChiefAccountant = ("chief_accountant", "Kế toán trưởng", "chief accountant"),
        /// Head of a division or department directly in business, trade, investment or
        /// services (Art. 9(1)(c): Trưởng ban, Trưởng phòng; Art. 9(3)(c): Giám đốc bộ phận,
        /// Trưởng phòng).
        DepartmentHead = ("department_head", "Trưởng ban, Giám đốc bộ phận, Trưởng phòng (kinh doanh)", "business department head"),
        /// Deputy head of such a division or department (Art. 9(1)(c) only).
        DeputyDepartmentHead = ("deputy_department_head", "Phó Trưởng ban, Phó Trưởng phòng (kinh doanh)", "deputy business department head"),
        /// Head of a branch of the enterprise (Art. 9(1)(c), 9(3)(c)).
        BranchHead = ("branch_head", "Trưởng chi nhánh", "branch head"),
        /// Head or deputy head of an industrial-zone, export-processing-zone or economic-zone
        /// board (Art. 9(1)(b)).
        ZoneBoardLeader = ("zone_board_leader", "Trưởng ban, Phó Trưởng ban Ban quản lý khu công nghiệp, khu chế xuất, khu kinh tế", "zone board leader"),
        /// Any other post (not listed).
        Other = ("other", "chức vụ khác", "other post"),
    }
}

impl AbtcPost {
    /// Whether Art. 9 lists the post for the enterprise case (9(1) for a state enterprise,
    /// 9(3) for a lawfully established one).
    pub const fn listed_for(self, enterprise: AbtcEnterprise) -> bool {
        use AbtcPost as P;
        match enterprise {
            AbtcEnterprise::StateEnterprise => matches!(
                self,
                P::BoardChair
                    | P::BoardMember
                    | P::Director
                    | P::DeputyDirector
                    | P::ChiefAccountant
                    | P::DepartmentHead
                    | P::DeputyDepartmentHead
                    | P::BranchHead
                    | P::ZoneBoardLeader
            ),
            AbtcEnterprise::LawfulEnterprise => matches!(
                self,
                P::BoardChair
                    | P::BoardMember
                    | P::Director
                    | P::DeputyDirector
                    | P::PrivateOwner
                    | P::CooperativeLeader
                    | P::ChiefAccountant
                    | P::DepartmentHead
                    | P::BranchHead
            ),
        }
    }
}

/// The facts of an ABTC request (see the module docs); `None` figures are not stated and not
/// checked.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbtcRequest {
    /// The enterprise case.
    pub enterprise: AbtcEnterprise,
    /// The enterprise's name.
    #[serde(default)]
    pub enterprise_name: String,
    /// The business person's post.
    pub post: AbtcPost,
    /// The business person's age in full years (Art. 8(3)(a): 18 or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_years: Option<u32>,
    /// Months the person has held the post at the filing (Art. 8(3)(b): 12 or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_in_post: Option<u32>,
    /// Months the enterprise has operated continuously (Art. 8(2)(a): 12 or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_months: Option<u32>,
    /// Months of social-insurance contributions in the post (Art. 12(2)(e): at least 12);
    /// `None` when the person is not subject to compulsory insurance or past it (the report
    /// then gives the reason) or when not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_insurance_months: Option<u32>,
    /// Whether the enterprise signs or cooperates directly with partners of APEC member
    /// economies (Art. 8(2)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apec_partner: Option<bool>,
    /// Whether the enterprise filed its yearly report on card use for the last year (Art.
    /// 27(5)); `None` for an enterprise with no card in use or when not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yearly_report_filed: Option<bool>,
}

impl AbtcRequest {
    /// A request with its case and post; the figures not stated.
    pub fn new(enterprise: AbtcEnterprise, post: AbtcPost) -> Self {
        AbtcRequest {
            enterprise,
            enterprise_name: String::new(),
            post,
            age_years: None,
            months_in_post: None,
            enterprise_months: None,
            social_insurance_months: None,
            apec_partner: None,
            yearly_report_filed: None,
        }
    }
}
