//! The audit log: every accepted event with who, what, when, the rulebook version and the
//! provisions relied on. A case replays from its log to the same state
//! ([`Case::replay`](super::Case::replay)).

use std::sync::Arc;

use crate::law::{Citation, Citations};

use super::{Event, State};

/// One accepted event, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LogEntry {
    /// Position in the log, from 0.
    pub seq: u32,
    /// The event (actor, act date, action).
    pub event: Event,
    /// The state before.
    pub from: State,
    /// The state after.
    pub to: State,
    /// The rulebook version the case was under when the event was accepted (one string shared
    /// by the entries of a case under the same version).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "shared::serialize",
        deserialize_with = "shared::deserialize"
    )]
    pub rulebook_version: Option<Arc<str>>,
    /// The provisions the transition relied on (one list shared with the event's
    /// [`Outcome`](super::Outcome)).
    #[serde(default, skip_serializing_if = "<[Citation]>::is_empty")]
    pub citations: Citations,
}

impl LogEntry {
    /// An entry (e.g. to list entries kept elsewhere): no rulebook version, no citation.
    pub fn new(seq: u32, event: Event, from: State, to: State) -> Self {
        LogEntry {
            seq,
            event,
            from,
            to,
            rulebook_version: None,
            citations: Citations::new(),
        }
    }

    /// The same entry under a rulebook version.
    pub fn under(mut self, rulebook_version: impl Into<String>) -> Self {
        self.rulebook_version = Some(Arc::from(rulebook_version.into()));
        self
    }

    /// The same entry with one more provision relied on.
    pub fn cite(mut self, citation: Citation) -> Self {
        self.citations.push(citation);
        self
    }

    /// One line for an audit listing: date, actor, action, states, citations.
    ///
    /// ```
    /// use doingoai::workflow::{Action, Actor, Event, LogEntry, Role, State};
    /// use doingoai::Citation;
    /// use chrono::NaiveDate;
    /// let e = LogEntry::new(3,
    ///         Event::new(Actor::official("ct", Role::ProvincialChairman),
    ///                    NaiveDate::from_ymd_opt(2025, 3, 20).unwrap(), Action::Approve),
    ///         State::AwaitingDecision, State::Approved)
    ///     .under("vn-2025.1")
    ///     .cite(Citation::article("70/2020/QH14", 18));
    /// assert_eq!(e.line(), "#3 20/03/2025 ct (Chủ tịch UBND tỉnh) approve: awaiting_decision → approved [vn-2025.1] Art. 18 70/2020/QH14");
    /// ```
    pub fn line(&self) -> String {
        let mut s = format!(
            "#{} {} {} {}: {} → {}",
            self.seq,
            self.event.on.format("%d/%m/%Y"),
            self.event.actor,
            self.event.action.kind().code(),
            self.from.code(),
            self.to.code()
        );
        if let Some(v) = &self.rulebook_version {
            s.push_str(&format!(" [{v}]"));
        }
        for c in &self.citations {
            s.push(' ');
            s.push_str(&c.en());
        }
        s
    }
}

/// The rulebook version as a plain string in the serde form.
mod shared {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(v: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(&**v),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Arc<str>>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.map(Arc::from))
    }
}
