//! Organisations: channels, bodies and roles, officials, jurisdictions.

use crate::label::vocabulary;

vocabulary! {
    /// The three channels of external affairs, one front (đối ngoại Đảng, ngoại giao Nhà nước /
    /// đối ngoại chính quyền, đối ngoại nhân dân).
    pub enum Channel {
        /// Party external relations (đối ngoại Đảng).
        Party = ("party", "đối ngoại Đảng", "party external relations"),
        /// State diplomacy; at provincial level, external affairs of the government.
        State = ("state", "ngoại giao Nhà nước", "state diplomacy"),
        /// People's diplomacy (đối ngoại nhân dân).
        People = ("people", "đối ngoại nhân dân", "people's diplomacy"),
    }
}
