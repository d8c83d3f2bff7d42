//! The Vietnamese lunar calendar (âm lịch) at UTC+7.
//!
//! A clean-room implementation of the rules of Decision 121-CP (1967) and Decision
//! 134/2002/QĐ-TTg as explained in the crate's domain notes (§5): a month starts on the civil
//! day, **in Vietnam time (UTC+7, 105°E)**, that contains the new moon; the month containing
//! the winter solstice is month 11; in a year with 13 lunations between two months 11, the
//! first month without a major solar term is the leap month and repeats the number of the month
//! before it. The astronomy is Meeus' published series (new moons with the planetary
//! arguments, the Sun's apparent longitude, ΔT after Espenak–Meeus).
//!
//! Because Vietnam is one hour behind China, the Vietnamese calendar differs from the Chinese
//! one whenever a new moon (or the solstice) falls between 23:00 and 24:00 Vietnam time:
//! Tết 2007 was on 17 February in Vietnam (18 in China), Tết 1985 a whole month earlier.
//!
//! The whole range is reckoned at UTC+7. Historically Vietnam used UTC+8 before 1968 (the
//! South until 1975, so Tết 1968 and 1969 were a day apart in North and South); the dates here
//! are those of the UTC+7 calendar, the legal one since Decision 121-CP.
//!
//! **Accuracy:** checked against PyEphem (VSOP87 Sun, precise Moon) month by month over the
//! whole range, and against two Vietnamese packages (`lunar-vn`, `vnlunar`) for Tết and Hùng
//! Kings' Day of every year (see `tests/calendar_lunar_vectors.rs`). One known deviation: the
//! new moon of 8 July 1967 at 00:00:03 UTC+7 falls a few seconds before midnight with Meeus'
//! series, so month 6 of 1967 starts on 7 July here. The near-midnight new moons of
//! 9 Dec 2072 (23:58) and 15 Nov 2077 (23:59), which the simplified series gets wrong, come out
//! right. Future ΔT is extrapolated (Espenak–Meeus), so a new moon within a minute or so of
//! midnight after 2026 remains uncertain in any computation.
//!
//! **Range:** lunar years 1900 to 2100 inclusive, i.e. the Gregorian days from Tết 1900
//! (31 January 1900) to the day before Tết 2101 ([`first_day`], [`last_day`]). Anything
//! outside is an [`CalendarError`], never a wrong answer.
//!
//! **Cost:** the month table (≈ 2,490 months × 12 bytes ≈ 30 KB, plus a 201-entry year index)
//! is computed once, lazily, on first use (a few milliseconds) and shared by every thread.
//! [`to_lunar`] is then a direct index (a guess from the mean lunation, corrected by a step or
//! two), [`from_lunar`] a direct year index.
//!
//! ```
//! use doingoai::calendar::lunar::{self, LunarDate};
//! use chrono::NaiveDate;
//! # fn main() -> Result<(), doingoai::calendar::CalendarError> {
//! let tet = lunar::tet(2026)?;
//! assert_eq!(tet, NaiveDate::from_ymd_opt(2026, 2, 17).unwrap());
//! // Vietnam, not China: Tết 2007 fell on 17 February at UTC+7.
//! assert_eq!(lunar::tet(2007)?, NaiveDate::from_ymd_opt(2007, 2, 17).unwrap());
//! let l = lunar::to_lunar(NaiveDate::from_ymd_opt(2025, 1, 25).unwrap())?;
//! assert_eq!(l, LunarDate { year: 2024, month: 12, day: 26, leap: false });
//! assert_eq!(lunar::leap_month(2025)?, Some(6));
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::astronomy::{new_moon_day, sun_sector_at_day_start};
use super::CalendarError;
use crate::law::Citation;

/// The legal basis of the lunar calendar at UTC+7: Decision 121-CP (8 Aug 1967) and Decision
/// 134/2002/QĐ-TTg (14 Oct 2002).
pub const LEGAL_BASIS: [Citation; 2] = [
    Citation::instrument("121-CP"),
    Citation::instrument("134/2002/QĐ-TTg"),
];

/// The first lunar year supported.
pub const FIRST_YEAR: i32 = 1900;
/// The last lunar year supported.
pub const LAST_YEAR: i32 = 2100;

/// A date of the Vietnamese lunar calendar.
///
/// `year` is the Gregorian number of the year in which the lunar year begins (Tết 2026 is
/// `LunarDate { year: 2026, month: 1, day: 1, leap: false }`); `leap` marks the intercalary
/// month (tháng nhuận), which repeats the number of the month before it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct LunarDate {
    /// The lunar year (Gregorian number of the year of its Tết).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day, 1 to 30.
    pub day: u8,
    /// Whether the month is the leap (intercalary) month.
    pub leap: bool,
}

impl LunarDate {
    /// A regular (non-leap) lunar date.
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        LunarDate {
            year,
            month,
            day,
            leap: false,
        }
    }

    /// The same date in the leap month.
    pub const fn in_leap_month(mut self) -> Self {
        self.leap = true;
        self
    }
}

impl fmt::Display for LunarDate {
    /// `26/12/2024 (âm lịch)`, with `nhuận` after the month of a leap month.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.leap {
            write!(
                f,
                "{}/{} nhuận/{} (âm lịch)",
                self.day, self.month, self.year
            )
        } else {
            write!(f, "{}/{}/{} (âm lịch)", self.day, self.month, self.year)
        }
    }
}

/// One lunar month of the table.
#[derive(Debug, Clone, Copy)]
struct Month {
    /// Julian Day Number of its first day (Vietnam time).
    start: i32,
    year: i32,
    month: u8,
    leap: bool,
}

#[derive(Debug)]
struct Table {
    /// The months of lunar years FIRST_YEAR..=LAST_YEAR, in order.
    months: Vec<Month>,
    /// The JDN of the day after the last month (Tết of LAST_YEAR + 1).
    end: i32,
    /// For each year FIRST_YEAR..=LAST_YEAR, the index in `months` of its month 1.
    year_start: Vec<usize>,
}

/// Lunation number k of the first month computed (about November 1899).
const K_MIN: i32 = -1_245;
/// Lunation number k of the last month computed (about March 2102).
const K_MAX: i32 = 1_265;

fn build() -> Table {
    let starts: Vec<i32> = (K_MIN..=K_MAX).map(new_moon_day).collect();
    let sectors: Vec<u8> = starts.iter().map(|&s| sun_sector_at_day_start(s)).collect();
    // Month i contains the winter solstice when the Sun crosses 270° during it: it starts in a
    // sector before 9 and the next month starts in sector 9 or later (a month can hold two
    // major terms, as in November 2033, so the start may be in sector 7).
    let month11: Vec<usize> = (0..starts.len().saturating_sub(1))
        .filter(|&i| {
            let here = sectors.get(i).copied().unwrap_or_default();
            let next = sectors.get(i + 1).copied().unwrap_or_default();
            (6..9).contains(&here) && (9..11).contains(&next)
        })
        .collect();
    let mut months = Vec::with_capacity(2_500);
    let mut end = 0;
    for pair in month11.windows(2) {
        let (a, b) = match pair {
            [a, b] => (*a, *b),
            _ => continue,
        };
        let a_start = starts.get(a).copied().unwrap_or_default();
        let mut year = jdn_to_date(a_start).map(|d| d.year()).unwrap_or_default();
        let leap_index = if b - a == 13 {
            (a + 1..b).find(|&j| sectors.get(j) == sectors.get(j + 1))
        } else {
            None
        };
        let mut number = 11u8;
        for i in a..b {
            let leap = Some(i) == leap_index;
            if i > a && !leap {
                number = number % 12 + 1;
                if number == 1 {
                    year += 1;
                }
            }
            let start = starts.get(i).copied().unwrap_or_default();
            if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
                months.push(Month {
                    start,
                    year,
                    month: number,
                    leap,
                });
            } else if year > LAST_YEAR && end == 0 {
                end = start;
            }
        }
    }
    let mut year_start = Vec::with_capacity((LAST_YEAR - FIRST_YEAR + 1) as usize);
    for (i, m) in months.iter().enumerate() {
        if m.month == 1 && !m.leap {
            year_start.push(i);
        }
    }
    Table {
        months,
        end,
        year_start,
    }
}

impl Table {
    /// The month containing day `jdn`, in constant time: a guess from the mean lunation
    /// (29.530589 days) corrected by at most a step or two.
    fn month_containing(&self, jdn: i32) -> Option<&Month> {
        let first = self.months.first()?.start;
        let offset = i64::from(jdn.checked_sub(first)?);
        let mut i = usize::try_from(offset * 1_000_000 / 29_530_589).ok()?;
        i = i.min(self.months.len().checked_sub(1)?);
        while self.months.get(i).is_some_and(|m| m.start > jdn) {
            i = i.checked_sub(1)?;
        }
        while self.months.get(i + 1).is_some_and(|m| m.start <= jdn) {
            i += 1;
        }
        self.months.get(i)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// Julian Day Number of a date.
pub(crate) fn date_to_jdn(d: NaiveDate) -> i32 {
    // 1 Jan of year 1 (CE) is JDN 1721426.
    d.num_days_from_ce() + 1_721_425
}

/// The date of a Julian Day Number, if chrono can represent it.
pub(crate) fn jdn_to_date(jdn: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(jdn.checked_sub(1_721_425)?)
}

/// The first Gregorian day of the supported range: Tết of lunar year 1900 (31 January 1900).
pub fn first_day() -> NaiveDate {
    table()
        .months
        .first()
        .and_then(|m| jdn_to_date(m.start))
        .unwrap_or(NaiveDate::MIN)
}

/// The last Gregorian day of the supported range: the eve of Tết of lunar year 2101.
pub fn last_day() -> NaiveDate {
    jdn_to_date(table().end - 1).unwrap_or(NaiveDate::MIN)
}

fn out_of_range(date: NaiveDate) -> CalendarError {
    CalendarError::LunarDateOutOfRange {
        date,
        first: first_day(),
        last: last_day(),
    }
}

fn check_year(year: i32) -> Result<(), CalendarError> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError::LunarYearOutOfRange {
            year,
            first: FIRST_YEAR,
            last: LAST_YEAR,
        })
    }
}

/// The months of a lunar year, with their start days (JDN), and the start of the next year.
fn year_months(year: i32) -> Result<(&'static [Month], i32), CalendarError> {
    check_year(year)?;
    let t = table();
    let i = usize::try_from(year - FIRST_YEAR).map_err(|_| invalid_year(year))?;
    let from = *t.year_start.get(i).ok_or_else(|| invalid_year(year))?;
    let to = t.year_start.get(i + 1).copied().unwrap_or(t.months.len());
    let next = t.months.get(to).map(|m| m.start).unwrap_or(t.end);
    let months = t.months.get(from..to).ok_or_else(|| invalid_year(year))?;
    Ok((months, next))
}

fn invalid_year(year: i32) -> CalendarError {
    CalendarError::LunarYearOutOfRange {
        year,
        first: FIRST_YEAR,
        last: LAST_YEAR,
    }
}

/// Converts a Gregorian date to the Vietnamese lunar calendar.
///
/// Errors with [`CalendarError::LunarDateOutOfRange`] outside lunar years 1900–2100.
pub fn to_lunar(date: NaiveDate) -> Result<LunarDate, CalendarError> {
    let t = table();
    let jdn = date_to_jdn(date);
    if t.months.first().is_none_or(|m| jdn < m.start) || jdn >= t.end {
        return Err(out_of_range(date));
    }
    let m = t.month_containing(jdn).ok_or_else(|| out_of_range(date))?;
    let day = u8::try_from(jdn - m.start + 1).map_err(|_| out_of_range(date))?;
    Ok(LunarDate {
        year: m.year,
        month: m.month,
        day,
        leap: m.leap,
    })
}

/// Converts a Vietnamese lunar date to the Gregorian calendar.
///
/// Errors with [`CalendarError::LunarYearOutOfRange`] outside lunar years 1900–2100 and with
/// [`CalendarError::InvalidLunarDate`] if the month does not exist (a leap month that the year
/// does not have) or the day exceeds the month's length (29 or 30 days).
pub fn from_lunar(l: LunarDate) -> Result<NaiveDate, CalendarError> {
    let (months, next) = year_months(l.year)?;
    let invalid = || CalendarError::InvalidLunarDate { date: l };
    let pos = months
        .iter()
        .position(|m| m.month == l.month && m.leap == l.leap)
        .ok_or_else(invalid)?;
    let m = months.get(pos).ok_or_else(invalid)?;
    let end = months.get(pos + 1).map(|n| n.start).unwrap_or(next);
    let len = end - m.start;
    if l.day == 0 || i32::from(l.day) > len {
        return Err(invalid());
    }
    jdn_to_date(m.start + i32::from(l.day) - 1).ok_or_else(invalid)
}

/// The number of days (29 or 30) of a lunar month.
pub fn month_length(year: i32, month: u8, leap: bool) -> Result<u8, CalendarError> {
    let (months, next) = year_months(year)?;
    let invalid = || CalendarError::InvalidLunarDate {
        date: LunarDate {
            year,
            month,
            day: 1,
            leap,
        },
    };
    let pos = months
        .iter()
        .position(|m| m.month == month && m.leap == leap)
        .ok_or_else(invalid)?;
    let start = months.get(pos).map(|m| m.start).ok_or_else(invalid)?;
    let end = months.get(pos + 1).map(|n| n.start).unwrap_or(next);
    u8::try_from(end - start).map_err(|_| invalid())
}

/// Tết Nguyên đán: the first day of the first month of a lunar year.
///
/// ```
/// # use doingoai::calendar::lunar;
/// # use chrono::NaiveDate;
/// assert_eq!(lunar::tet(2025).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 29).unwrap());
/// assert!(lunar::tet(2101).is_err());
/// ```
pub fn tet(lunar_year: i32) -> Result<NaiveDate, CalendarError> {
    from_lunar(LunarDate::new(lunar_year, 1, 1))
}

/// The lunar New Year's Eve (giao thừa day, the last day of month 12 — the 29th or the 30th)
/// of lunar year `lunar_year`, i.e. the day before Tết of `lunar_year + 1`.
pub fn new_years_eve(lunar_year: i32) -> Result<NaiveDate, CalendarError> {
    let (_, next) = year_months(lunar_year)?;
    jdn_to_date(next - 1).ok_or_else(|| invalid_year(lunar_year))
}

/// Giỗ Tổ Hùng Vương: the 10th day of the (regular, not leap) 3rd month.
///
/// ```
/// # use doingoai::calendar::lunar;
/// # use chrono::NaiveDate;
/// assert_eq!(lunar::hung_kings_day(2026).unwrap(), NaiveDate::from_ymd_opt(2026, 4, 26).unwrap());
/// ```
pub fn hung_kings_day(lunar_year: i32) -> Result<NaiveDate, CalendarError> {
    from_lunar(LunarDate::new(lunar_year, 3, 10))
}

/// The leap month of a lunar year, if it has one (the number it repeats).
pub fn leap_month(lunar_year: i32) -> Result<Option<u8>, CalendarError> {
    let (months, _) = year_months(lunar_year)?;
    Ok(months.iter().find(|m| m.leap).map(|m| m.month))
}

/// The Gregorian first days of the months of a lunar year, in order, with the month number and
/// the leap flag: `(first day, month, leap)`.
pub fn months_of_year(lunar_year: i32) -> Result<Vec<(NaiveDate, u8, bool)>, CalendarError> {
    let (months, _) = year_months(lunar_year)?;
    Ok(months
        .iter()
        .filter_map(|m| jdn_to_date(m.start).map(|d| (d, m.month, m.leap)))
        .collect())
}
