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
//! assert_eq!(chairman.role.vi(), "Chủ tịch UBND tỉnh");
//! # use doingoai::Label;
//! ```

use std::fmt;

use chrono::NaiveDate;

use crate::label::Label;
use crate::law::{Citation, Validity};

pub use crate::rules::Role;
use crate::rules::{Attribute, Finding, Provenance};

use super::Procedure;

/// Whether an actor is a body or a natural person.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActorKind {
    /// A body (cơ quan, tổ chức).
    Body,
    /// An official (cán bộ, công chức) acting for a body.
    Official,
}

/// A body or an official acting in a [`Role`]. `id` is the caller's stable identifier (e.g.
/// an official's personnel code or a body's code); the crate only compares ids.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// The role that decides.
    pub role: Role,
    /// The id of the body or official holding that role, when the rulebook or the caller pins
    /// it; `None` accepts any actor acting in `role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// The provision that says who decides.
    pub citation: Citation,
    /// The rule of the rulebook that names it (all its citations, its grade), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

impl Authority {
    /// An authority identified by its role only.
    pub fn new(role: Role, citation: Citation) -> Self {
        Authority {
            role,
            holder: None,
            citation,
            source: None,
        }
    }

    /// An authority named by a rule of the rulebook (`None` for a rule without a citation,
    /// which validation refuses).
    pub fn sourced(role: Role, source: &Provenance) -> Option<Self> {
        Some(Authority {
            role,
            holder: None,
            citation: source.citation()?.clone(),
            source: Some(source.clone()),
        })
    }

    /// A finding about this authority: under its rule when it has one, else citing its
    /// provision.
    pub(crate) fn found(&self, finding: Finding) -> Finding {
        match &self.source {
            Some(s) => finding.sourced(s),
            None => finding.cite(self.citation.clone()),
        }
    }

    /// Whether `actor` holds this authority itself (not by delegation).
    pub fn held_by(&self, actor: &Actor) -> bool {
        actor.role == self.role && self.holder.as_deref().is_none_or(|h| h == actor.id)
    }
}

/// A delegation of power (ủy quyền): the holder of `from` lets whoever acts as `to` (or only
/// the official `holder`, when named) decide in its place, for the procedures in `scope`,
/// during `validity`, until revoked.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    /// The role whose power is delegated.
    pub from: Role,
    /// The role of the delegate (e.g. the head of the foreign-affairs agency).
    pub to: Role,
    /// The id of the delegate, when the written delegation names a person or body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// The procedures the grant covers; empty covers none.
    pub scope: Vec<Procedure>,
    /// The period of the grant.
    pub validity: Validity,
    /// The day the grant was revoked, if it was (no effect from that day on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<NaiveDate>,
    /// The written delegation (decision number, article).
    pub citation: Citation,
    /// The delegation's exceptions that hold for this case: the power stays with the holder
    /// of `from` and the grant covers nothing (e.g. a conference delegated to the director of
    /// foreign affairs, except when the topic is sensitive).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excepted: Vec<Attribute>,
}

impl Grant {
    /// Whether `actor` is the delegate named by the grant (whatever its scope and dates).
    pub fn names(&self, actor: &Actor) -> bool {
        self.to == actor.role && self.holder.as_deref().is_none_or(|h| h == actor.id)
    }

    /// Whether the grant lets `actor` exercise `from`'s power for `procedure` on `on`.
    pub fn covers(&self, actor: &Actor, procedure: Procedure, on: NaiveDate) -> bool {
        self.to == actor.role
            && self.holder.as_deref().is_none_or(|h| h == actor.id)
            && self.excepted.is_empty()
            && self.scope.contains(&procedure)
            && self.validity.contains(on)
            && self.revoked.is_none_or(|r| on < r)
    }
}
