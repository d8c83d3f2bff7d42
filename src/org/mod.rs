//! Organisations: the three channels, bodies and the periods they exist, roles (the provincial
//! foreign-affairs agency), officials, and jurisdictions (the nation; 63 provinces until
//! 30/06/2025 and 34 from 01/07/2025).

use crate::label::vocabulary;

mod body;
mod jurisdiction;
mod official;
mod role;

pub(crate) use body::FaAgencyRow;
pub use body::{
    check_exists, fa_agency, fa_agency_assignments, Body, BodyGone, BodyKind, Existence,
    FaAgencyAssignment, Level, UnknownFaAgency,
};
#[allow(unused_imports)]
pub(crate) use jurisdiction::fold;
pub use jurisdiction::{
    province, provinces, Jurisdiction, JurisdictionError, Province, ProvinceId, ProvinceSet,
    Succession, UnitKind, FIRST_DAY_OF_34, FIRST_DAY_OF_63, LAST_DAY_OF_63, NAME_ALIASES,
};
pub use official::{
    DisciplineKind, DisciplineRecord, ExitSuspension, LeadershipTier, ManagedBy, Official,
    OfficialId, Position, TitleGroup,
};
pub use role::Role;

vocabulary! {
    /// The three channels of external affairs, one front (đối ngoại Đảng, ngoại giao Nhà nước /
    /// đối ngoại chính quyền, đối ngoại nhân dân). A leader's trip is expected to use all three.
    pub enum Channel {
        /// Party external relations (đối ngoại Đảng).
        Party = ("party", "đối ngoại Đảng", "party external relations"),
        /// State diplomacy; at provincial level, external affairs of the government.
        State = ("state", "ngoại giao Nhà nước", "state diplomacy"),
        /// People's diplomacy (đối ngoại nhân dân).
        People = ("people", "đối ngoại nhân dân", "people's diplomacy"),
    }
}
