//! The Vietnamese working-day calendar, the lunar calendar at UTC+7, and deadline arithmetic.

mod astronomy;
pub mod lunar;

use chrono::NaiveDate;

/// The errors of the calendar module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
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
}
