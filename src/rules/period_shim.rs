//! TEMPORARY stand-in for `crate::calendar::Period` until the calendar branch lands; it has the
//! announced shape (`CalendarDays`, `WorkingDays`, `Months`) and is replaced by a re-export on
//! merge. Nothing outside `rules` should name this module.

/// A period of time as the law states it: calendar days and working days are kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Period {
    /// "N ngày": calendar days.
    CalendarDays(u32),
    /// "N ngày làm việc": working days.
    WorkingDays(u32),
    /// "N tháng": months.
    Months(u32),
}
