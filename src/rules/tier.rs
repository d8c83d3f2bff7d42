//! The tier that decides a matter: a typed answer of the rulebook, read from the deciding role,
//! the attributes of the request and the channel — never from a rule's id or topic.

use crate::label::vocabulary;
use crate::org::Channel;

use super::{AttrSet, Attribute, Role};

vocabulary! {
    /// The tier that decides a request (from the rulebook's authority and the facts).
    ///
    /// ```
    /// use doingoai::rules::{AttrSet, Attribute, DecisionTier, Role};
    /// use doingoai::Channel;
    /// // NĐ 64/2021 Art. 5: a department's agreement, decided by the Chairman
    /// let attrs = AttrSet::of(&[Attribute::InNameOfDepartment]);
    /// assert_eq!(DecisionTier::of(Role::ProvincialChairman, attrs, Channel::State), DecisionTier::Department);
    /// assert_eq!(DecisionTier::of(Role::PrimeMinister, attrs, Channel::State), DecisionTier::PrimeMinister);
    /// ```
    pub enum DecisionTier {
        /// The provincial People's Committee (its Chairman) or People's Council.
        Provincial = ("provincial", "cấp tỉnh", "provincial"),
        /// The Prime Minister.
        PrimeMinister = ("prime_minister", "Thủ tướng Chính phủ", "Prime Minister"),
        /// An agreement in the name of a provincial department (NĐ 64/2021 Art. 5).
        Department = ("department", "cơ quan cấp sở", "provincial department"),
        /// An agreement in the name of a border commune (NĐ 64/2021 Art. 7).
        BorderCommune = ("border_commune", "UBND xã biên giới", "border commune"),
        /// An agreement of a provincial branch of an organisation (NĐ 64/2021 Art. 8).
        OrganisationBranch = ("organisation_branch", "tổ chức cấp tỉnh", "provincial branch of an organisation"),
        /// The party side: the provincial party committee's standing bodies.
        Party = ("party", "Tỉnh ủy", "provincial party committee"),
        /// The people's-diplomacy side: the provincial union of friendship organisations.
        People = ("people", "đối ngoại nhân dân", "people's diplomacy"),
        /// A central body (a ministry) decides; the province is consulted.
        Central = ("central", "cơ quan trung ương", "central body"),
    }
}

impl DecisionTier {
    /// The tier of a request decided by `decides`, with these attributes, on this channel: the
    /// Prime Minister's and the central bodies' own tiers first, then the level the request is
    /// made in the name of ([`Attribute::InNameOfDepartment`],
    /// [`Attribute::InNameOfBorderCommune`], [`Attribute::InNameOfProvincialBranch`]), then the
    /// party and people's channels; otherwise provincial.
    pub fn of(decides: Role, attributes: AttrSet, channel: Channel) -> DecisionTier {
        match decides {
            Role::PrimeMinister => DecisionTier::PrimeMinister,
            Role::Mofa | Role::NgoCommittee => DecisionTier::Central,
            _ if attributes.contains(Attribute::InNameOfDepartment) => DecisionTier::Department,
            _ if attributes.contains(Attribute::InNameOfBorderCommune) => {
                DecisionTier::BorderCommune
            }
            _ if attributes.contains(Attribute::InNameOfProvincialBranch) => {
                DecisionTier::OrganisationBranch
            }
            _ if channel == Channel::Party => DecisionTier::Party,
            _ if channel == Channel::People => DecisionTier::People,
            _ => DecisionTier::Provincial,
        }
    }
}
