//! [`DueStatus`]: the one status of something due on a date — a deadline of a case (a reply, a
//! decision, a report) or an obligation of the ledger.

use crate::label::vocabulary;

vocabulary! {
    /// The status on a date of something due. Exactly one holds on any date; it only moves
    /// forward: `pending` → `met on time`, or `pending` → `overdue` → `met late`; `waived`
    /// (released by the competent body, or no longer required after a withdrawal, a
    /// cancellation or a skipped step) closes either open state.
    ///
    /// ```
    /// use doingoai::calendar::DueStatus;
    /// assert!(DueStatus::MetLate.is_closed());
    /// assert!(DueStatus::Pending.rank() < DueStatus::Overdue.rank());
    /// ```
    pub enum DueStatus {
        /// Not yet due and not yet met (chưa đến hạn).
        Pending = ("pending", "chưa đến hạn", "pending"),
        /// Met on or before the due date (đúng hạn).
        MetOnTime = ("met_on_time", "thực hiện đúng hạn", "met on time"),
        /// Met after the due date (trễ hạn).
        MetLate = ("met_late", "thực hiện trễ hạn", "met late"),
        /// Past due and not met (quá hạn).
        Overdue = ("overdue", "quá hạn chưa thực hiện", "overdue"),
        /// Released, or no longer required (miễn).
        Waived = ("waived", "được miễn", "waived"),
    }
}

impl DueStatus {
    /// Whether the status is final (met on time, met late or waived).
    pub const fn is_closed(self) -> bool {
        matches!(
            self,
            DueStatus::MetOnTime | DueStatus::MetLate | DueStatus::Waived
        )
    }

    /// The position of the status in time: 0 pending, 1 overdue, 2 closed. Along the dates of
    /// one obligation the rank never decreases.
    pub const fn rank(self) -> u8 {
        match self {
            DueStatus::Pending => 0,
            DueStatus::Overdue => 1,
            _ => 2,
        }
    }
}
