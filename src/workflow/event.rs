//! Events: who did what, when. An event is the only way to change a [`Case`](super::Case).

use chrono::NaiveDate;

use crate::label::vocabulary;
use crate::law::Citations;

use super::{Actor, Assessment, Deadline, DeadlineKind, State};

/// A consultee's answer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "opinion")]
#[non_exhaustive]
pub enum Opinion {
    /// Agrees (đồng ý).
    Agree,
    /// Objects (không đồng ý), with its reason.
    Object {
        /// The reason given.
        reason: String,
    },
}

/// What an event does. The JSON form is tagged by `action`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "action", deny_unknown_fields)]
#[non_exhaustive]
pub enum Action {
    /// The applicant asks for hosting approval in principle (conferences).
    RequestHosting {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The competent authority approves hosting in principle.
    ApproveHosting,
    /// The applicant files the dossier.
    Submit {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The receiving agency finds the dossier complete and sends the consultations.
    Accept,
    /// A consultee answers its own consultation.
    Reply {
        /// The answer.
        opinion: Opinion,
    },
    /// The receiving agency closes the consultation (all answered or the rest overdue).
    EndConsultation,
    /// The applicant files its reconciliation of the opinions.
    Reconcile,
    /// The case is submitted to the higher authority.
    Escalate,
    /// The competent authority (or the higher authority after escalation) approves.
    Approve,
    /// The competent authority (or the higher authority) refuses.
    Refuse {
        /// The reason given.
        reason: String,
    },
    /// The dossier is returned to the applicant to complete.
    ReturnForCompletion {
        /// What is missing.
        missing: String,
    },
    /// The applicant files the completed dossier.
    Resubmit {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The authority re-evaluates the case as of the act date before deciding or before the
    /// activity (a member sanctioned or under exit suspension since the filing…). The
    /// conditions the fresh assessment finds violated block the approval and the execution
    /// until a later recheck finds none.
    Recheck {
        /// The rulebook's assessment as of the act date.
        assessment: Box<Assessment>,
    },
    /// The activity was carried out (the event date is the end of the trip or event, or the
    /// signing date).
    CarryOut,
    /// The applicant files the result report.
    ReportResult,
    /// The owner discharges an obligation other than the result report (passports returned,
    /// notice sent…).
    Discharge {
        /// Which obligation.
        kind: DeadlineKind,
    },
    /// The case is closed.
    Close,
    /// The applicant withdraws the request.
    Withdraw {
        /// The reason given.
        reason: String,
    },
    /// The authority cancels the case.
    Cancel {
        /// The reason given.
        reason: String,
    },
}

vocabulary! {
    /// The kind of an [`Action`], without its data (for tables, diagrams and refusals).
    pub enum ActionKind {
        /// See [`Action::RequestHosting`].
        RequestHosting = ("request_hosting", "đề nghị chủ trương đăng cai", "request hosting approval"),
        /// See [`Action::ApproveHosting`].
        ApproveHosting = ("approve_hosting", "đồng ý chủ trương đăng cai", "approve hosting"),
        /// See [`Action::Submit`].
        Submit = ("submit", "nộp hồ sơ", "submit"),
        /// See [`Action::Accept`].
        Accept = ("accept", "tiếp nhận hồ sơ", "accept dossier"),
        /// See [`Action::Reply`].
        Reply = ("reply", "trả lời xin ý kiến", "reply to consultation"),
        /// See [`Action::EndConsultation`].
        EndConsultation = ("end_consultation", "kết thúc lấy ý kiến", "end consultation"),
        /// See [`Action::Reconcile`].
        Reconcile = ("reconcile", "tiếp thu, giải trình", "reconcile opinions"),
        /// See [`Action::Escalate`].
        Escalate = ("escalate", "trình cấp trên", "escalate"),
        /// See [`Action::Approve`].
        Approve = ("approve", "cho phép", "approve"),
        /// See [`Action::Refuse`].
        Refuse = ("refuse", "không cho phép", "refuse"),
        /// See [`Action::ReturnForCompletion`].
        ReturnForCompletion = ("return_for_completion", "trả lại hồ sơ", "return for completion"),
        /// See [`Action::Resubmit`].
        Resubmit = ("resubmit", "nộp lại hồ sơ", "resubmit"),
        /// See [`Action::Recheck`].
        Recheck = ("recheck", "rà soát lại điều kiện", "recheck conditions"),
        /// See [`Action::CarryOut`].
        CarryOut = ("carry_out", "thực hiện", "carry out"),
        /// See [`Action::ReportResult`].
        ReportResult = ("report_result", "báo cáo kết quả", "report result"),
        /// See [`Action::Discharge`].
        Discharge = ("discharge", "thực hiện nghĩa vụ", "discharge obligation"),
        /// See [`Action::Close`].
        Close = ("close", "kết thúc hồ sơ", "close"),
        /// See [`Action::Withdraw`].
        Withdraw = ("withdraw", "rút hồ sơ", "withdraw"),
        /// See [`Action::Cancel`].
        Cancel = ("cancel", "hủy bỏ", "cancel"),
    }
}

impl Action {
    /// The assessment the action carries (`request_hosting`, `submit`, `resubmit`,
    /// `recheck`).
    pub(crate) fn assessment(&self) -> Option<&Assessment> {
        match self {
            Action::RequestHosting { assessment }
            | Action::Submit { assessment }
            | Action::Resubmit { assessment }
            | Action::Recheck { assessment } => Some(assessment),
            _ => None,
        }
    }

    /// The kind of the action.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::RequestHosting { .. } => ActionKind::RequestHosting,
            Action::ApproveHosting => ActionKind::ApproveHosting,
            Action::Submit { .. } => ActionKind::Submit,
            Action::Accept => ActionKind::Accept,
            Action::Reply { .. } => ActionKind::Reply,
            Action::EndConsultation => ActionKind::EndConsultation,
            Action::Reconcile => ActionKind::Reconcile,
            Action::Escalate => ActionKind::Escalate,
            Action::Approve => ActionKind::Approve,
            Action::Refuse { .. } => ActionKind::Refuse,
            Action::ReturnForCompletion { .. } => ActionKind::ReturnForCompletion,
            Action::Resubmit { .. } => ActionKind::Resubmit,
            Action::Recheck { .. } => ActionKind::Recheck,
            Action::CarryOut => ActionKind::CarryOut,
            Action::ReportResult => ActionKind::ReportResult,
            Action::Discharge { .. } => ActionKind::Discharge,
            Action::Close => ActionKind::Close,
            Action::Withdraw { .. } => ActionKind::Withdraw,
            Action::Cancel { .. } => ActionKind::Cancel,
        }
    }
}

/// Reading an internally tagged enum (`{"<tag>": "<variant>", <fields>…}`) without buffering
/// it when the tag comes first, as this crate writes it.
///
/// Serde's derive for an internally tagged enum buffers every object into an untyped tree to
/// find the tag, then reads the tree again (for a submission, the whole assessment): 45 % of
/// `Case::from_json` (issue 14). Here the first key is read: when it
/// is the tag, the variant is known and its fields are read straight from the rest of the
/// object; otherwise the object is buffered as before (a document written by hand), so every
/// document the derive read still reads, with the same errors for unknown and missing fields.
mod tagged {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::value::MapAccessDeserializer;
    use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
    use serde::Deserialize;

    /// An internally tagged enum: its tag's key, the tag's type, how to read a variant's fields.
    pub(super) trait Tagged: Sized {
        /// The key of the tag.
        const TAG: &'static str;
        /// What is expected, for errors.
        const EXPECTING: &'static str;
        /// The variant names.
        type Tag: for<'de> Deserialize<'de>;
        /// Reads the variant's fields (the object without its tag) from `rest`.
        fn variant<'de, D: Deserializer<'de>>(tag: Self::Tag, rest: D) -> Result<Self, D::Error>;
    }

    /// A variant without fields: the rest of the object is read and ignored, as the derive did.
    pub(super) fn unit<'de, T, D: Deserializer<'de>>(value: T, rest: D) -> Result<T, D::Error> {
        IgnoredAny::deserialize(rest).map(|_| value)
    }

    /// Reads a `T` from an object.
    pub(super) fn deserialize<'de, T: Tagged, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        d.deserialize_map(TaggedVisitor::<T>(PhantomData))
    }

    struct TaggedVisitor<T>(PhantomData<T>);

    /// The first key: the tag, or another (kept for the buffered read).
    enum Key {
        Tag,
        Other(String),
    }

    struct KeySeed(&'static str);

    impl<'de> DeserializeSeed<'de> for KeySeed {
        type Value = Key;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
            d.deserialize_str(self)
        }
    }

    impl<'de> Visitor<'de> for KeySeed {
        type Value = Key;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a field name")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
            Ok(if v == self.0 {
                Key::Tag
            } else {
                Key::Other(v.to_owned())
            })
        }
    }

    impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            match map.next_key_seed(KeySeed(T::TAG))? {
                None => Err(de::Error::missing_field(T::TAG)),
                Some(Key::Tag) => {
                    let tag: T::Tag = map.next_value()?;
                    T::variant(tag, MapAccessDeserializer::new(map))
                }
                Some(Key::Other(first)) => {
                    // the tag comes later: buffer the object, then read it as above
                    let mut rest = serde_json::Map::new();
                    rest.insert(first, map.next_value()?);
                    while let Some(key) = map.next_key::<String>()? {
                        if rest.contains_key(&key) {
                            return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                        }
                        let value = map.next_value()?;
                        rest.insert(key, value);
                    }
                    let Some(tag) = rest.remove(T::TAG) else {
                        return Err(de::Error::missing_field(T::TAG));
                    };
                    let tag = T::Tag::deserialize(tag).map_err(de::Error::custom)?;
                    T::variant(tag, serde_json::Value::Object(rest)).map_err(de::Error::custom)
                }
            }
        }
    }
}

/// The fields of the variants that have some, each read as a struct that refuses unknown
/// fields (as the derive did with `deny_unknown_fields`).
mod fields {
    use super::{Assessment, DeadlineKind, Opinion};

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct WithAssessment {
        pub(super) assessment: Box<Assessment>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct WithOpinion {
        pub(super) opinion: Opinion,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct WithReason {
        pub(super) reason: String,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct WithMissing {
        pub(super) missing: String,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct WithKind {
        pub(super) kind: DeadlineKind,
    }
}

impl tagged::Tagged for Action {
    const TAG: &'static str = "action";
    const EXPECTING: &'static str = "an action: an object with `action` and the action's fields";
    type Tag = ActionKind;
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: ActionKind,
        rest: D,
    ) -> Result<Self, D::Error> {
        use fields::*;
        use serde::Deserialize;
        use tagged::unit;
        Ok(match tag {
            ActionKind::RequestHosting => Action::RequestHosting {
                assessment: WithAssessment::deserialize(rest)?.assessment,
            },
            ActionKind::ApproveHosting => unit(Action::ApproveHosting, rest)?,
            ActionKind::Submit => Action::Submit {
                assessment: WithAssessment::deserialize(rest)?.assessment,
            },
            ActionKind::Accept => unit(Action::Accept, rest)?,
            ActionKind::Reply => Action::Reply {
                opinion: WithOpinion::deserialize(rest)?.opinion,
            },
            ActionKind::EndConsultation => unit(Action::EndConsultation, rest)?,
            ActionKind::Reconcile => unit(Action::Reconcile, rest)?,
            ActionKind::Escalate => unit(Action::Escalate, rest)?,
            ActionKind::Approve => unit(Action::Approve, rest)?,
            ActionKind::Refuse => Action::Refuse {
                reason: WithReason::deserialize(rest)?.reason,
            },
            ActionKind::ReturnForCompletion => Action::ReturnForCompletion {
                missing: WithMissing::deserialize(rest)?.missing,
            },
            ActionKind::Resubmit => Action::Resubmit {
                assessment: WithAssessment::deserialize(rest)?.assessment,
            },
            ActionKind::Recheck => Action::Recheck {
                assessment: WithAssessment::deserialize(rest)?.assessment,
            },
            ActionKind::CarryOut => unit(Action::CarryOut, rest)?,
            ActionKind::ReportResult => unit(Action::ReportResult, rest)?,
            ActionKind::Discharge => Action::Discharge {
                kind: WithKind::deserialize(rest)?.kind,
            },
            ActionKind::Close => unit(Action::Close, rest)?,
            ActionKind::Withdraw => Action::Withdraw {
                reason: WithReason::deserialize(rest)?.reason,
            },
            ActionKind::Cancel => Action::Cancel {
                reason: WithReason::deserialize(rest)?.reason,
            },
        })
    }
}

impl<'de> serde::Deserialize<'de> for Action {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        tagged::deserialize(d)
    }
}

/// The variant names of [`Opinion`].
#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum OpinionTag {
    Agree,
    Object,
}

impl tagged::Tagged for Opinion {
    const TAG: &'static str = "opinion";
    const EXPECTING: &'static str = "an opinion: an object with `opinion` and its fields";
    type Tag = OpinionTag;
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: OpinionTag,
        rest: D,
    ) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Reason {
            reason: String,
        }
        use serde::Deserialize;
        Ok(match tag {
            OpinionTag::Agree => tagged::unit(Opinion::Agree, rest)?,
            OpinionTag::Object => Opinion::Object {
                reason: Reason::deserialize(rest)?.reason,
            },
        })
    }
}

impl<'de> serde::Deserialize<'de> for Opinion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        tagged::deserialize(d)
    }
}

/// An event: an actor, the act date, and what it does.
///
/// ```
/// use doingoai::workflow::{Action, Actor, Event, Role};
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
/// let e = Event::new(Actor::official("chu-tich", Role::ProvincialChairman), on, Action::Approve);
/// assert_eq!(e.action.kind().code(), "approve");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Who acts.
    pub actor: Actor,
    /// The act date.
    pub on: NaiveDate,
    /// What it does.
    pub action: Action,
}

impl Event {
    /// An event.
    pub fn new(actor: Actor, on: NaiveDate, action: Action) -> Self {
        Event { actor, on, action }
    }
}

/// What an accepted event did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Outcome {
    /// The state before.
    pub from: State,
    /// The state after.
    pub to: State,
    /// The provisions the transition relied on (the same list as the log entry's).
    pub citations: Citations,
    /// The deadlines the transition created.
    pub created: Vec<Deadline>,
    /// For an event that meets a deadline: whether it was late.
    pub late: Option<bool>,
}
