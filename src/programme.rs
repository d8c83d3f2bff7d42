//! A provincial leader's programme abroad across the three channels — **guidance, not a
//! rule**. The national conference of external-affairs departments asked localities, when
//! arranging the external activities of local leaders (above all the provincial party
//! secretary), to arrange contacts on all three channels: party external relations, state
//! diplomacy and people's diplomacy (seed 001, "ba mũi giáp công"). The assessment below says
//! which channels a programme includes and which are missing; it never refuses anything.
//!
//! ```
//! use doingoai::programme::{Contact, LeaderProgramme};
//! use doingoai::org::{Official, Position};
//! use doingoai::{Channel, Evidence};
//! use chrono::NaiveDate;
//! let d = NaiveDate::from_ymd_opt(2026, 5, 12).unwrap();
//! let secretary = Official::new("ht-bt", "Nguyễn Văn A", Position::ProvincialPartySecretary);
//! let mut p = LeaderProgramme::new("ht-2026-lao", secretary);
//! p.contacts.push(Contact::new(Channel::Party, d, "Tỉnh ủy Khăm Muộn"));
//! p.contacts.push(Contact::new(Channel::State, d, "Chính quyền tỉnh Khăm Muộn"));
//! let a = p.assess();
//! assert_eq!(a.missing, vec![Channel::People]);
//! assert_eq!(a.evidence, Evidence::Guidance);
//! ```

use chrono::NaiveDate;

use crate::activity::ActivityId;
use crate::law::Evidence;
use crate::org::{Channel, LeadershipTier, Official};

/// One contact in a leader's programme.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// The channel of the contact.
    pub channel: Channel,
    /// The day.
    pub on: NaiveDate,
    /// The counterpart met (party, authority, friendship organisation, community).
    pub counterpart: String,
}

impl Contact {
    /// A contact on `channel` with `counterpart`.
    pub fn new(channel: Channel, on: NaiveDate, counterpart: impl Into<String>) -> Self {
        Contact {
            channel,
            on,
            counterpart: counterpart.into(),
        }
    }
}

/// The programme of a delegation led by a provincial leader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LeaderProgramme {
    /// The delegation (activity).
    pub delegation: ActivityId,
    /// The leader heading it.
    pub leader: Official,
    /// The contacts arranged.
    pub contacts: Vec<Contact>,
}

/// Which channels a programme includes and which it misses.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProgrammeAssessment {
    /// The delegation.
    pub delegation: ActivityId,
    /// The leader's name.
    pub leader: String,
    /// Whether the guidance addresses this leader (provincial heads and deputies).
    pub applies: bool,
    /// Channels with at least one contact, in channel order.
    pub included: Vec<Channel>,
    /// Channels without a contact, in channel order.
    pub missing: Vec<Channel>,
    /// Always [`Evidence::Guidance`].
    pub evidence: Evidence,
    /// Where the guidance comes from.
    pub source: String,
}

impl ProgrammeAssessment {
    /// Whether all three channels are used.
    pub fn complete(&self) -> bool {
        self.missing.is_empty()
    }
}

impl LeaderProgramme {
    /// A programme without contacts.
    pub fn new(delegation: impl Into<String>, leader: Official) -> Self {
        LeaderProgramme {
            delegation: ActivityId(delegation.into()),
            leader,
            contacts: Vec::new(),
        }
    }

    /// Assesses the programme against the three-channel guidance.
    pub fn assess(&self) -> ProgrammeAssessment {
        let (included, missing): (Vec<Channel>, Vec<Channel>) = Channel::ALL
            .iter()
            .copied()
            .partition(|c| self.contacts.iter().any(|x| x.channel == *c));
        ProgrammeAssessment {
            delegation: self.delegation.clone(),
            leader: self.leader.name.clone(),
            applies: matches!(
                self.leader.position.tier(),
                LeadershipTier::ProvincialHead | LeadershipTier::ProvincialDeputy
            ),
            included,
            missing,
            evidence: Evidence::Guidance,
            source: "Hội nghị Ngoại vụ toàn quốc lần thứ 20 (Ban Đối ngoại Trung ương): thu xếp chương trình hoạt động, tiếp xúc trên cả 3 kênh".into(),
        }
    }
}
