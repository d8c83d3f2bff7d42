//! A closed span of civil dates: a reporting period, the data window of a periodic report.

use chrono::NaiveDate;

/// A closed range of dates: a reporting period, or the data window of a periodic report (số
/// liệu từ … đến …).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct DateRange {
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
}

impl DateRange {
    /// The range `from..=to`; `None` when `to` is before `from`.
    ///
    /// ```
    /// use doingoai::calendar::DateRange;
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let w = DateRange::new(d(2025, 12, 15), d(2026, 12, 14)).unwrap();
    /// assert!(w.contains(d(2026, 1, 1)));
    /// assert!(DateRange::new(d(2026, 1, 2), d(2026, 1, 1)).is_none());
    /// ```
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<Self> {
        (from <= to).then_some(DateRange { from, to })
    }

    /// The calendar year `year` (1 January to 31 December); `None` outside chrono's range.
    pub fn year(year: i32) -> Option<Self> {
        DateRange::new(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )
    }

    /// Whether `date` lies in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

impl std::fmt::Display for DateRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} – {}",
            self.from.format("%d/%m/%Y"),
            self.to.format("%d/%m/%Y")
        )
    }
}
