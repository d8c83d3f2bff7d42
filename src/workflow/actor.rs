//! Who acts: bodies and officials acting in a [`Role`], and delegations of power ([`Grant`]).
//!
//! Every [`Event`](super::Event) names its [`Actor`]. The case checks the actor against the
//! [`Assessment`](super::Assessment) made under the rulebook: only the competent
//! [`Authority`] (or a delegate holding a [`Grant`] in force on the act date, within its scope)
//! may decide; a consultee may answer only its own consultation; the applicant may not decide
//! its own request.
//!
//! ```
//! use doingoai::workflow::{Actor, Role};
//! let chairman = Actor::official("hcm/chu-tich", Role::ProvincialChairman);
//! assert_eq!(chairman.role.en(), "Chairman of the provincial People's Committee");
//! # use doingoai::Label;
//! ```

use std::fmt;

use chrono::NaiveDate;

use crate::label::{vocabulary, Label};
use crate::law::{Citation, Validity};

use super::Procedure;

vocabulary! {
    /// The capacity in which a body or an official acts in a procedure.
    pub enum Role {
        /// The body or person that applies (the organiser, the sending unit, the department…).
        Applicant = ("applicant", "đơn vị đề nghị", "applicant"),
        /// Chairman of the provincial People's Committee (Chủ tịch UBND tỉnh).
        ProvincialChairman = ("provincial_chairman", "Chủ tịch UBND tỉnh", "Chairman of the provincial People's Committee"),
        /// Chairman of the provincial People's Council (Chủ tịch HĐND tỉnh).
        CouncilChairman = ("council_chairman", "Chủ tịch HĐND tỉnh", "Chairman of the provincial People's Council"),
        /// Standing committee of the provincial People's Council (Thường trực HĐND tỉnh).
        CouncilStandingCommittee = ("council_standing_committee", "Thường trực HĐND tỉnh", "standing committee of the provincial People's Council"),
        /// The provincial foreign-affairs agency (Sở Ngoại vụ or Văn phòng UBND tỉnh).
        ProvincialFaAgency = ("provincial_fa_agency", "cơ quan ngoại vụ cấp tỉnh", "provincial foreign-affairs agency"),
        /// Standing committee of the provincial party committee (Thường trực Tỉnh ủy).
        PartyStandingCommittee = ("party_standing_committee", "Thường trực Tỉnh ủy", "standing committee of the provincial party committee"),
        /// Standing board of the provincial party committee (Ban Thường vụ Tỉnh ủy).
        PartyStandingBoard = ("party_standing_board", "Ban Thường vụ Tỉnh ủy", "standing board of the provincial party committee"),
        /// The provincial union of friendship organisations (Liên hiệp các tổ chức hữu nghị tỉnh).
        FriendshipUnion = ("friendship_union", "Liên hiệp các tổ chức hữu nghị tỉnh", "provincial union of friendship organisations"),
        /// The Prime Minister (Thủ tướng Chính phủ).
        PrimeMinister = ("prime_minister", "Thủ tướng Chính phủ", "Prime Minister"),
        /// The Ministry of Foreign Affairs (Bộ Ngoại giao).
        Mofa = ("mofa", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
        /// The Ministry of Public Security (Bộ Công an).
        PublicSecurity = ("public_security", "Bộ Công an", "Ministry of Public Security"),
        /// The Ministry of National Defence (Bộ Quốc phòng).
        Defence = ("defence", "Bộ Quốc phòng", "Ministry of National Defence"),
        /// The ministry in charge of investment (Bộ Kế hoạch và Đầu tư, since 2025 Bộ Tài chính).
        InvestmentMinistry = ("investment_ministry", "bộ quản lý đầu tư", "ministry in charge of investment"),
        /// The provincial police (Công an tỉnh).
        ProvincialPolice = ("provincial_police", "Công an tỉnh", "provincial police"),
        /// The provincial military command (Bộ Chỉ huy Quân sự tỉnh).
        MilitaryCommand = ("military_command", "Bộ Chỉ huy Quân sự tỉnh", "provincial military command"),
        /// A provincial department concerned (sở, ngành liên quan).
        Department = ("department", "sở, ngành liên quan", "department concerned"),
        /// The provincial body that appraises aid (Sở Kế hoạch và Đầu tư, since 2025 Sở Tài chính).
        AidAppraiser = ("aid_appraiser", "cơ quan thẩm định viện trợ", "aid appraisal body"),
        /// The foreign-affairs management body of an organisation (for its provincial branch).
        OrganisationFaBody = ("organisation_fa_body", "cơ quan quản lý đối ngoại của tổ chức", "foreign-affairs management body of the organisation"),
        /// The committee for foreign non-governmental organisations (Ủy ban công tác về các tổ chức PCPNN).
        NgoCommittee = ("ngo_committee", "Ủy ban công tác về các tổ chức phi chính phủ nước ngoài", "Committee for Foreign Non-Governmental Organisations"),
    }
}

/// Whether an actor is a body or a natural person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ActorKind {
    /// A body (cơ quan, tổ chức).
    Body,
    /// An official (cán bộ, công chức) acting for a body.
    Official,
}

/// A body or an official acting in a [`Role`]. `id` is the caller's stable identifier (e.g.
/// an official's personnel code or a body's code); the crate only compares ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Actor {
    /// The caller's identifier of the body or official.
    pub id: String,
    /// Body or official.
    pub kind: ActorKind,
    /// The role in which the actor acts.
    pub role: Role,
}

impl Actor {
    /// A body acting in a role.
    pub fn body(id: impl Into<String>, role: Role) -> Self {
        Actor {
            id: id.into(),
            kind: ActorKind::Body,
            role,
        }
    }

    /// An official acting in a role.
    pub fn official(id: impl Into<String>, role: Role) -> Self {
        Actor {
            id: id.into(),
            kind: ActorKind::Official,
            role,
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.id, self.role.vi())
    }
}

/// The competent authority for a decision, with the rule that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Authority {
    /// The role that decides.
    pub role: Role,
    /// The id of the body or official holding that role, when the rulebook or the caller pins
    /// it; `None` accepts any actor acting in `role`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub holder: Option<String>,
    /// The rule that says who decides.
    pub citation: Citation,
}

impl Authority {
    /// An authority identified by its role only.
    pub fn new(role: Role, citation: Citation) -> Self {
        Authority {
            role,
            holder: None,
            citation,
        }
    }

    /// Whether `actor` holds this authority itself (not by delegation).
    pub fn held_by(&self, actor: &Actor) -> bool {
        actor.role == self.role && self.holder.as_deref().is_none_or(|h| h == actor.id)
    }
}

/// A delegation of power (ủy quyền): the holder of `from` lets `to` decide in its place, for
/// the procedures in `scope`, during `validity`, until revoked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Grant {
    /// The role whose power is delegated.
    pub from: Role,
    /// The id of the delegate (a body or an official).
    pub to: String,
    /// The procedures the grant covers; empty covers none.
    pub scope: Vec<Procedure>,
    /// The period of the grant.
    pub validity: Validity,
    /// The day the grant was revoked, if it was (no effect from that day on).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub revoked: Option<NaiveDate>,
    /// The written delegation (decision number, article).
    pub citation: Citation,
}

impl Grant {
    /// Whether the grant lets `actor` exercise `from`'s power for `procedure` on `on`.
    pub fn covers(&self, actor: &Actor, procedure: Procedure, on: NaiveDate) -> bool {
        self.to == actor.id
            && self.scope.contains(&procedure)
            && self.validity.contains(on)
            && self.revoked.is_none_or(|r| on < r)
    }
}
