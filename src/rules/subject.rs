//! What a rule is about: a [`Subject`].

use std::fmt;
use std::str::FromStr;

use crate::activity::ActivityKind;
use crate::label::{Label, UnknownValue};

/// What a rule is about: an activity kind, foreign press by the reporter's residence, or the
/// external-affairs plan and periodic reports.
///
/// The crate has **one** vocabulary of activity kinds, [`crate::activity::ActivityKind`]. A rule
/// is about one of those kinds — with two refinements the law itself makes, and nothing else:
///
/// - **foreign press** is governed differently for a *resident* reporter (a correspondent or
///   office accredited in Vietnam) and a *non-resident* one (a reporter visiting on a
///   programme) — different lead times, authorities and reports under NĐ 88/2012/NĐ-CP and its
///   successor — so their rules are keyed apart: [`Subject::ResidentPress`] and
///   [`Subject::NonResidentPress`];
/// - the **annual external-affairs plan and the periodic reports** are not activities but
///   obligations of the province itself: [`Subject::ExternalAffairsPlan`].
///
/// Every other subject is [`Subject::Activity`] with its activity kind. Foreign press as a whole
/// is never a subject: `Subject::Activity(ActivityKind::ForeignPress)` is not in
/// [`Subject::ALL`], does not parse and no shipped rule uses it; [`Subject::of`] chooses the
/// resident or non-resident subject from the facts.
///
/// The text (and JSON) form is the activity kind's code for an activity subject
/// (`international_conference`), and `foreign_press_resident`, `foreign_press_non_resident`,
/// `external_affairs_plan` for the others.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::Subject;
/// let s = Subject::of(ActivityKind::InternationalConference, false);
/// assert_eq!(s, Subject::Activity(ActivityKind::InternationalConference));
/// assert_eq!(s.to_string(), "hội nghị, hội thảo quốc tế");
/// assert_eq!(s.code(), "international_conference");
/// assert_eq!(Subject::of(ActivityKind::ForeignPress, true), Subject::ResidentPress);
/// assert_eq!("external_affairs_plan".parse::<Subject>()?, Subject::ExternalAffairsPlan);
/// assert!("foreign_press".parse::<Subject>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum Subject {
    /// An activity of this kind (any kind but [`ActivityKind::ForeignPress`], which is split
    /// below).
    Activity(ActivityKind),
    /// A resident foreign reporter working in the province (phóng viên nước ngoài thường trú).
    ResidentPress,
    /// A non-resident foreign reporter's programme (phóng viên nước ngoài không thường trú).
    NonResidentPress,
    /// The annual external-affairs plan and periodic external-affairs reporting.
    ExternalAffairsPlan,
}

use ActivityKind as K;

impl Subject {
    /// Every subject a rule can have, in index order.
    pub const ALL: &'static [Subject] = &[
        Subject::Activity(K::OutboundDelegation),
        Subject::Activity(K::InboundDelegation),
        Subject::Activity(K::InternationalConference),
        Subject::Activity(K::InternationalAgreement),
        Subject::Activity(K::ForeignAid),
        Subject::Activity(K::ForeignNgo),
        Subject::ResidentPress,
        Subject::NonResidentPress,
        Subject::ExternalAffairsPlan,
        Subject::Activity(K::SisterRelation),
        Subject::Activity(K::CitizenProtection),
        Subject::Activity(K::BorderAffair),
        Subject::Activity(K::OverseasVietnamese),
        Subject::Activity(K::Inspection),
        Subject::Activity(K::AbtcPermission),
    ];

    /// The subject of an activity of `kind`; foreign press is split by `resident_press`.
    pub fn of(kind: ActivityKind, resident_press: bool) -> Subject {
        match kind {
            K::ForeignPress if resident_press => Subject::ResidentPress,
            K::ForeignPress => Subject::NonResidentPress,
            k => Subject::Activity(k),
        }
    }

    /// The activity kind the subject belongs to (`None` for the plan and reports).
    pub fn activity_kind(self) -> Option<ActivityKind> {
        match self {
            Subject::Activity(k) => Some(k),
            Subject::ResidentPress | Subject::NonResidentPress => Some(K::ForeignPress),
            Subject::ExternalAffairsPlan => None,
        }
    }

    /// Position in [`Subject::ALL`] (the index slot); `ALL.len()` for the foreign press as a
    /// whole, which is not a subject.
    pub fn index(self) -> usize {
        match self {
            Subject::Activity(K::OutboundDelegation) => 0,
            Subject::Activity(K::InboundDelegation) => 1,
            Subject::Activity(K::InternationalConference) => 2,
            Subject::Activity(K::InternationalAgreement) => 3,
            Subject::Activity(K::ForeignAid) => 4,
            Subject::Activity(K::ForeignNgo) => 5,
            Subject::ResidentPress => 6,
            Subject::NonResidentPress => 7,
            Subject::ExternalAffairsPlan => 8,
            Subject::Activity(K::SisterRelation) => 9,
            Subject::Activity(K::CitizenProtection) => 10,
            Subject::Activity(K::BorderAffair) => 11,
            Subject::Activity(K::OverseasVietnamese) => 12,
            Subject::Activity(K::Inspection) => 13,
            Subject::Activity(K::AbtcPermission) => 14,
            Subject::Activity(_) => Subject::ALL.len(),
        }
    }

    /// The machine code (the JSON name).
    pub fn code(self) -> &'static str {
        match self {
            Subject::Activity(k) => k.code(),
            Subject::ResidentPress => "foreign_press_resident",
            Subject::NonResidentPress => "foreign_press_non_resident",
            Subject::ExternalAffairsPlan => "external_affairs_plan",
        }
    }
}

impl Label for Subject {
    fn vi(&self) -> &'static str {
        match self {
            Subject::Activity(k) => k.vi(),
            Subject::ResidentPress => "phóng viên nước ngoài thường trú",
            Subject::NonResidentPress => "phóng viên nước ngoài không thường trú",
            Subject::ExternalAffairsPlan => "kế hoạch, báo cáo đối ngoại",
        }
    }
    fn en(&self) -> &'static str {
        match self {
            Subject::Activity(k) => k.en(),
            Subject::ResidentPress => "resident foreign reporter",
            Subject::NonResidentPress => "non-resident foreign reporter",
            Subject::ExternalAffairsPlan => "external-affairs plan and reports",
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.vi())
    }
}

impl FromStr for Subject {
    type Err = UnknownValue;
    /// A subject by its code, Vietnamese or English label (case-insensitive).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::label::parse_labelled(Subject::ALL, Subject::code, "Subject", s)
    }
}

impl TryFrom<String> for Subject {
    type Error = UnknownValue;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Subject> for String {
    fn from(s: Subject) -> String {
        s.code().to_string()
    }
}
