//! Inputs checked for sense: a request that cannot be real is refused with a typed error
//! naming the field, before any rule is evaluated.
//!
//! [`ProposedActivity::validate`] is the one step [`evaluate`](crate::evaluate) and
//! [`workflow::assess`](crate::workflow::assess) run first (refusing with
//! [`EvaluateError::Invalid`](crate::rules::EvaluateError::Invalid)) and
//! [`Case::for_activity`](crate::workflow::Case::for_activity) runs before opening a case
//! (no case for a request that cannot be real). What is checked is what the request states:
//! a fact left out is not invented (a delegation's participants are checked when its
//! `details` are given, the stays against the dates when both days are given, the
//! jurisdiction against the applicant body's when a body is named).

use chrono::NaiveDate;

use super::{ActivityKind, Details, JurisdictionReason, ParticipantRole, ProposedActivity};
use crate::calendar::Deadlines;
use crate::org::Jurisdiction;

/// The most participants a request may list: a technical limit (no legal figure), so that an
/// absurd request is answered in bounded time and memory.
pub const MAX_PARTICIPANTS: usize = 10_000;

/// The most countries a delegation may list (a technical limit, as [`MAX_PARTICIPANTS`]).
pub const MAX_COUNTRIES: usize = 300;

/// A request that cannot be real: the field (its path in the JSON form, e.g.
/// `details.countries[0].days`) and what is wrong with it.
///
/// ```
/// use doingoai::activity::{ActivityKind, CountryVisit, Details, Funding, Problem, ProposedActivity};
/// use doingoai::org::Jurisdiction;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let trip = ProposedActivity::new("x", ActivityKind::OutboundDelegation, Jurisdiction::National, d(3, 2))
///     .details(Details::Delegation { countries: vec![CountryVisit::new("JP", 3)], funding: Funding::StateBudget, purpose: String::new() });
/// let err = trip.validate().unwrap_err();
/// assert_eq!(err.field, "participants");
/// assert_eq!(err.problem, Problem::NoParticipants);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field `{field}`: {problem}")]
#[non_exhaustive]
pub struct InvalidActivity {
    /// The path of the field in the request's JSON form.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What makes a request impossible.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// A delegation without participants.
    #[error("a delegation with no participants")]
    NoParticipants,
    /// A delegation whose participants include no head of delegation.
    #[error("no participant is the head of delegation")]
    NoHead,
    /// A delegation visiting no country.
    #[error("a delegation visiting no country")]
    NoCountry,
    /// A stay of zero days.
    #[error("a stay of zero days")]
    ZeroDays,
    /// The last day is before the first day.
    #[error("{ends_on} is before the first day {starts_on}")]
    EndsBeforeStart {
        /// The first day.
        starts_on: NaiveDate,
        /// The last day.
        ends_on: NaiveDate,
    },
    /// The stays add up to more days than the activity lasts.
    #[error("the stays add up to {stays} days, but the activity lasts {lasts} days")]
    StaysExceedDates {
        /// The days of the stays, added up.
        stays: u64,
        /// The days from the first to the last day, both included.
        lasts: i64,
    },
    /// The request's kind contradicts the type of its details.
    #[error("the kind is `{kind}` but the details are those of `{details}`")]
    KindContradictsDetails {
        /// The kind stated.
        kind: ActivityKind,
        /// The kind the details describe.
        details: ActivityKind,
    },
    /// More items than the crate's technical limit.
    #[error("{len} items, more than the limit of {limit}")]
    TooMany {
        /// Items given.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// A day the working-day calendar does not cover (its lead times could not be checked).
    #[error("{on} is outside the working-day calendar")]
    OutsideCalendar {
        /// The day.
        on: NaiveDate,
    },
    /// The jurisdiction whose rules apply differs from the applicant body's, and no
    /// [`JurisdictionReason`] says why.
    #[error("the jurisdiction {jurisdiction} differs from the applicant body's {applicant}, and no `jurisdiction_reason` says why")]
    JurisdictionDiffers {
        /// The applicant body's jurisdiction.
        applicant: Jurisdiction,
        /// The request's jurisdiction.
        jurisdiction: Jurisdiction,
    },
    /// The reason stated does not explain the two jurisdictions
    /// ([`JurisdictionReason::explains`]): they do not differ, differ otherwise, or there is
    /// no applicant body.
    #[error("the reason `{}` does not explain a request under {jurisdiction} from {}", reason.code(), applicant.map_or_else(|| "no applicant body".to_string(), |a| format!("a body of {a}")))]
    ReasonDoesNotFit {
        /// The reason stated.
        reason: JurisdictionReason,
        /// The applicant body's jurisdiction, if there is an applicant body.
        applicant: Option<Jurisdiction>,
        /// The request's jurisdiction.
        jurisdiction: Jurisdiction,
    },
}

/// The request's days (filing, first, last) that `cal` does not cover: the first refusal,
/// naming the field (`filed_on`, `starts_on`, `ends_on`). Run by `evaluate` (and so `assess`)
/// once the jurisdiction is known to exist on the filing day.
pub(crate) fn within_calendar<C: Deadlines + ?Sized>(
    filed_on: NaiveDate,
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    cal: &C,
) -> Result<(), InvalidActivity> {
    let days = [
        ("filed_on", Some(filed_on)),
        ("starts_on", starts_on),
        ("ends_on", ends_on),
    ];
    for (field, day) in days {
        if let Some(on) = day {
            if !cal.covers(on) {
                return invalid(field, Problem::OutsideCalendar { on });
            }
        }
    }
    Ok(())
}

impl Details {
    /// The kind of activity the details describe (`None` for [`Details::None`]).
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, Details};
    /// let d = Details::Press { resident: false, outlet: "NHK".into() };
    /// assert_eq!(d.kind(), Some(ActivityKind::ForeignPress));
    /// assert_eq!(Details::None.kind(), None);
    /// ```
    pub fn kind(&self) -> Option<ActivityKind> {
        Some(match self {
            Details::None => return None,
            Details::Delegation { .. } => ActivityKind::OutboundDelegation,
            Details::Inbound { .. } => ActivityKind::InboundDelegation,
            Details::Conference { .. } => ActivityKind::InternationalConference,
            Details::Agreement { .. } => ActivityKind::InternationalAgreement,
            Details::Aid { .. } => ActivityKind::ForeignAid,
            Details::Press { .. } => ActivityKind::ForeignPress,
            Details::Ngo { .. } => ActivityKind::ForeignNgo,
            Details::Border { .. } => ActivityKind::BorderAffair,
            Details::Abtc(_) => ActivityKind::AbtcPermission,
        })
    }

    /// Whether the details may describe an activity of `kind`: their own kind, and the kinds
    /// the law decides with the same facts — a sister or friendship memorandum signed in the
    /// People's Committee's name is an international agreement (Luật 70/2020/QH14 Art. 18–19),
    /// a reception of overseas Vietnamese is an inbound delegation's reception.
    /// [`Details::None`] fits every kind.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, AgreementLevel, Details};
    /// let memorandum: Details = Details::agreement(AgreementLevel::PeoplesCommittee, "Tỉnh Gangwon").into();
    /// assert!(memorandum.fits(ActivityKind::SisterRelation));
    /// assert!(memorandum.fits(ActivityKind::InternationalAgreement));
    /// assert!(!memorandum.fits(ActivityKind::ForeignAid));
    /// assert!(Details::None.fits(ActivityKind::ForeignAid));
    /// ```
    pub fn fits(&self, kind: ActivityKind) -> bool {
        match self.kind() {
            None => true,
            Some(own) => {
                own == kind
                    || matches!(
                        (own, kind),
                        (
                            ActivityKind::InternationalAgreement,
                            ActivityKind::SisterRelation
                        ) | (
                            ActivityKind::InboundDelegation,
                            ActivityKind::OverseasVietnamese
                        )
                    )
            }
        }
    }
}

fn invalid(field: impl Into<String>, problem: Problem) -> Result<(), InvalidActivity> {
    Err(InvalidActivity {
        field: field.into(),
        problem,
    })
}

impl ProposedActivity {
    /// Checks that the request can be real (each check is a [`Problem`]): the first refusal,
    /// with the path of its field. Every evaluation and every case runs it first.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, Problem, ProposedActivity};
    /// use doingoai::org::Jurisdiction;
    /// use chrono::NaiveDate;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let a = ProposedActivity::new("x", ActivityKind::InternationalConference, Jurisdiction::National, d(3, 2));
    /// assert!(a.clone().runs(d(5, 4), d(5, 5)).validate().is_ok());
    /// let err = a.runs(d(5, 5), d(5, 4)).validate().unwrap_err();
    /// assert_eq!(err.field, "ends_on");
    /// assert!(matches!(err.problem, Problem::EndsBeforeStart { .. }));
    /// ```
    pub fn validate(&self) -> Result<(), InvalidActivity> {
        if self.participants.len() > MAX_PARTICIPANTS {
            return invalid(
                "participants",
                Problem::TooMany {
                    len: self.participants.len(),
                    limit: MAX_PARTICIPANTS,
                },
            );
        }
        let applicant = self.applicant.as_ref().map(|b| b.jurisdiction);
        match (applicant, self.jurisdiction_reason) {
            (Some(a), None) if a != self.jurisdiction => {
                return invalid(
                    "jurisdiction",
                    Problem::JurisdictionDiffers {
                        applicant: a,
                        jurisdiction: self.jurisdiction,
                    },
                );
            }
            (a, Some(reason)) if !a.is_some_and(|a| reason.explains(a, self.jurisdiction)) => {
                return invalid(
                    "jurisdiction_reason",
                    Problem::ReasonDoesNotFit {
                        reason,
                        applicant: a,
                        jurisdiction: self.jurisdiction,
                    },
                );
            }
            _ => {}
        }
        if let (Some(starts_on), Some(ends_on)) = (self.starts_on, self.ends_on) {
            if ends_on < starts_on {
                return invalid("ends_on", Problem::EndsBeforeStart { starts_on, ends_on });
            }
        }
        if let Some(details) = self.details.kind() {
            if !self.details.fits(self.kind) {
                return invalid(
                    "details.type",
                    Problem::KindContradictsDetails {
                        kind: self.kind,
                        details,
                    },
                );
            }
        }
        if let Details::Delegation { countries, .. } = &self.details {
            if self.participants.is_empty() {
                return invalid("participants", Problem::NoParticipants);
            }
            if !self
                .participants
                .iter()
                .any(|p| p.role == ParticipantRole::Head)
            {
                return invalid("participants", Problem::NoHead);
            }
            if countries.is_empty() {
                return invalid("details.countries", Problem::NoCountry);
            }
            if countries.len() > MAX_COUNTRIES {
                return invalid(
                    "details.countries",
                    Problem::TooMany {
                        len: countries.len(),
                        limit: MAX_COUNTRIES,
                    },
                );
            }
            if let Some(i) = countries.iter().position(|c| c.days == 0) {
                return invalid(format!("details.countries[{i}].days"), Problem::ZeroDays);
            }
            if let Some(lasts) = self.duration_days() {
                let stays: u64 = countries.iter().map(|c| u64::from(c.days)).sum();
                // one travel day may be spent in two countries: the stays may not add up to
                // more than the days plus one per change of country
                let changes = i64::try_from(countries.len()).unwrap_or(i64::MAX) - 1;
                let room = u64::try_from(lasts.saturating_add(changes)).unwrap_or(0);
                if stays > room {
                    return invalid(
                        "details.countries",
                        Problem::StaysExceedDates { stays, lasts },
                    );
                }
            }
        }
        Ok(())
    }
}
