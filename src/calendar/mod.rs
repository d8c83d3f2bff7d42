//! The Vietnamese working-day calendar, the lunar calendar at UTC+7, and deadline arithmetic.
//!
//! * [`lunar`]: the Vietnamese lunar calendar computed for UTC+7 (Decision `121-CP` of 1967,
//!   restated by `134/2002/QĐ-TTg`), lunar years 1900–2100: conversions both ways, leap
//!   months, Tết, Hùng Kings' Day.
//! * [`WorkCalendar`]: the working days of state agencies (or of non-state employers,
//!   [`Profile::Statutory`]) for 2000–2100: weekends, statutory holidays by legal period
//!   (Labour Code 1994 / 2012 / 2019, Vietnam Culture Day from 2026), compensatory days, the
//!   official schedules with their swaps (2024–2026), the estimation rule for later years
//!   (each day carries its [`DayKind`], [`Occasion`], source and [`Confidence`]), and
//!   [`Announcement`]s added at run time from code or JSON.
//! * [`Period`] and deadline arithmetic ([`WorkCalendar::deadline_after`],
//!   [`WorkCalendar::latest_before`]) following the Civil Code 2015 Arts. 147–148, each
//!   explainable as a [`Deadline`].
//! * [`Deadlines`]: that arithmetic as a trait, which the rules take from any calendar
//!   ([`WorkCalendar`], or [`WeekdaysOnly`], weekends and no holidays, for tests and
//!   examples).
//! * [`DateRange`]: a closed span of dates (a reporting period, the data window of a periodic
//!   report).
//!
//! All dates are civil dates in Vietnam time (UTC+7). Nothing reads the clock.
//!
//! # Example: the latest filing day for an international conference
//!
//! Decision 06/2020/QĐ-TTg Art. 4: the dossier for a conference approved at provincial level
//! must be filed at least 30 days before the event (40 days when the Prime Minister approves).
//! For a conference opening on Thursday 12 March 2026:
//!
//! ```
//! use doingoai::calendar::{Backward, Period, WorkCalendar};
//! use chrono::NaiveDate;
//! # fn main() -> Result<(), doingoai::calendar::CalendarError> {
//! let cal = WorkCalendar::state_agency();
//! let opening = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
//!
//! // 30 days before is Tuesday 10 February 2026, a working day.
//! let provincial = cal.latest_before(opening, Period::CalendarDays(30))?;
//! assert_eq!(provincial, NaiveDate::from_ymd_opt(2026, 2, 10).unwrap());
//!
//! // For a PM-approved conference opening on Tuesday 31 March 2026, 40 days before is
//! // Thursday 19 February, inside the Tết break: the last filing day is Friday 13 February.
//! let pm = cal.explain_latest_before(
//!     NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
//!     Period::CalendarDays(40),
//!     Backward::AtLeast,
//! )?;
//! assert_eq!(pm.date, NaiveDate::from_ymd_opt(2026, 2, 13).unwrap());
//! assert_eq!(pm.rolled_from, NaiveDate::from_ymd_opt(2026, 2, 19));
//! assert!(pm.citations.iter().any(|c| c.instrument.as_str() == "9859/VPCP-KGVX"));
//! # Ok(())
//! # }
//! ```
//!
//! # Supported range and cost
//!
//! The working-day calendar covers 2000-01-01..=2100-12-31; the lunar calendar lunar years
//! 1900–2100 (31 Jan 1900 – 28 Jan 2101). Outside, functions return
//! [`CalendarError`] (and [`WorkCalendar::is_working_day`] returns `false`). Tables are built
//! once, lazily (`OnceLock`): the lunar month table (2,486 months × 12 bytes ≈ 30 KB), the
//! estimated-plus-official special days shared by all calendars (≈ 120 KB) and, per calendar,
//! a bitset, a prefix count, a working-day index and the special-day map (≈ 250 KB, see
//! [`WorkCalendar`]). `is_working_day`, `deadline_after` and `latest_before` are O(1) in the
//! length of the period and the distance from the epoch (a prefix-count
//! lookup and an index lookup), and so is `to_lunar` (a direct index into the month table).

mod astronomy;
mod counting;
mod deadline;
mod due;
mod holidays;
pub mod lunar;
mod range;
mod schedules;
mod work_calendar;

use chrono::NaiveDate;

pub use counting::{DeadlineError, Deadlines, WeekdaysOnly};
pub use deadline::{Backward, Deadline, DeadlineRule, Period, SkippedDay};
pub use due::DueStatus;
pub use holidays::{estimated_year, Confidence, DayKind, Occasion, Profile, SpecialDay};
pub use lunar::LunarDate;
pub use range::DateRange;
pub use schedules::{official_announcements, AnnouncedDay, Announcement, Replaces};
pub use work_calendar::{DayInfo, WorkCalendar};

/// The first day of the working-day calendar (1 January 2000).
pub fn first_day() -> NaiveDate {
    work_calendar::first_day()
}

/// The last day of the working-day calendar (31 December 2100).
pub fn last_day() -> NaiveDate {
    work_calendar::last_day()
}

/// The errors of the calendar module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// A date outside the working-day calendar (2000-01-01..=2100-12-31).
    #[error("{date} is outside the working-day calendar ({first} – {last})")]
    DateOutOfRange {
        /// The date given.
        date: NaiveDate,
        /// The first supported day.
        first: NaiveDate,
        /// The last supported day.
        last: NaiveDate,
    },
    /// A deadline that would fall outside the working-day calendar.
    #[error("{period} from {from} falls outside the working-day calendar")]
    DeadlineOutOfRange {
        /// The event or target day.
        from: NaiveDate,
        /// The period.
        period: Period,
    },
    /// A Gregorian year outside the calendar's range.
    #[error("year {year} is outside the supported range")]
    InvalidYear {
        /// The year given.
        year: i32,
    },
    /// A Gregorian date outside the lunar calendar's range.
    #[error("{date} is outside the supported lunar calendar range ({first} – {last})")]
    LunarDateOutOfRange {
        /// The date given.
        date: NaiveDate,
        /// The first supported day.
        first: NaiveDate,
        /// The last supported day.
        last: NaiveDate,
    },
    /// A lunar year outside the supported range.
    #[error("lunar year {year} is outside the supported range {first}–{last}")]
    LunarYearOutOfRange {
        /// The year given.
        year: i32,
        /// The first supported lunar year.
        first: i32,
        /// The last supported lunar year.
        last: i32,
    },
    /// A lunar date that does not exist (no such leap month, or the day exceeds the month).
    #[error("no such lunar date: {date}")]
    InvalidLunarDate {
        /// The date given.
        date: lunar::LunarDate,
    },
    /// An announcement that cannot be applied.
    #[error("invalid announcement: {0}")]
    InvalidAnnouncement(String),
    /// A JSON document that cannot be read.
    #[error("invalid JSON: {0}")]
    Json(String),
}
