//! Announcements: the official civil-service schedules (domain notes §3) and the way users add
//! a new year's schedule or a swap at run time, from code or JSON.
//!
//! An [`Announcement`] names days and gives each a [`DayKind`]; applied to a calendar it sets
//! exactly those days. It may also declare that it *replaces* the estimate of an occasion in a
//! year (`replaces: [{year: 2027, occasion: "tet"}]`): the estimated days of that occasion in
//! that year are then dropped, so that the announced placement is the only one.
//!
//! Built-in announcements (all `official`): 2024 (`8662/VPCP-KGVX`, `2450/VPCP-KGVX`),
//! 2025 (`8726/VPCP-KGVX`, `6150/TB-BLĐTBXH`), 2026 (`9859/VPCP-KGVX`, `9441/TB-BNV`,
//! `12729/VPCP-KGVX`), plus the Labour Code days of those years; the Culture Day 2026 is
//! `secondary` (`28/2026/QH16`). Secondary swaps for 2015 (`89/TTr-LĐTBXH`) and 2018–2019
//! (`6519/VPCP-KGVX`), as reported by the press and python-holidays. Other days of earlier
//! years are estimated (domain notes §2.1; the rule reproduces the official Tết placements of
//! 2015, 2020 and 2023).

use chrono::NaiveDate;

use super::holidays::{Confidence, DayKind, Occasion, LC2019_COMPENSATORY, LC2019_HOLIDAYS};
use super::CalendarError;
use crate::law::Citation;

/// One day named by an announcement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnouncedDay {
    /// The day.
    pub date: NaiveDate,
    /// Its status.
    pub kind: DayKind,
    /// The occasion it belongs to.
    #[serde(default = "other")]
    pub occasion: Occasion,
    /// A more precise source for this day than the announcement's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Citation>,
}

fn other() -> Occasion {
    Occasion::Other
}

fn official() -> Confidence {
    Confidence::Official
}

/// The estimate of an occasion in a year that an announcement replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replaces {
    /// The Gregorian year.
    pub year: i32,
    /// The occasion whose estimated days are dropped.
    pub occasion: Occasion,
}

/// A government announcement of days off, compensatory days and swaps.
///
/// ```
/// use doingoai::calendar::{Announcement, AnnouncedDay, DayKind, Occasion, WorkCalendar};
/// use doingoai::law::Citation;
/// use chrono::NaiveDate;
/// # fn main() -> Result<(), doingoai::calendar::CalendarError> {
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // A (hypothetical) swap of Monday 23 Nov 2026 with Saturday 28 Nov.
/// let swap = Announcement::new(Citation::instrument("1/TB-BNV"))
///     .day(d(11, 23), DayKind::SwappedOff, Occasion::CultureDay)
///     .day(d(11, 28), DayKind::MakeUpWorkday, Occasion::CultureDay);
/// let base = WorkCalendar::state_agency();
/// assert!(base.is_working_day(d(11, 23)));
/// let cal = base.with_announcement(swap)?;
/// assert!(!cal.is_working_day(d(11, 23)));
/// assert!(cal.is_working_day(d(11, 28)));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    /// The instrument (notice, official letter) announcing the days.
    pub source: Citation,
    /// How far it can be trusted (default `official`).
    #[serde(default = "official")]
    pub confidence: Confidence,
    /// The estimates it replaces.
    #[serde(default)]
    pub replaces: Vec<Replaces>,
    /// The days it names.
    pub days: Vec<AnnouncedDay>,
}

impl Announcement {
    /// An empty official announcement from `source`.
    pub fn new(source: Citation) -> Self {
        Announcement {
            source,
            confidence: Confidence::Official,
            replaces: Vec::new(),
            days: Vec::new(),
        }
    }

    /// Names a day.
    pub fn day(mut self, date: NaiveDate, kind: DayKind, occasion: Occasion) -> Self {
        self.days.push(AnnouncedDay {
            date,
            kind,
            occasion,
            source: None,
        });
        self
    }

    /// Declares that the announcement replaces the estimate of `occasion` in `year`.
    pub fn replacing(mut self, year: i32, occasion: Occasion) -> Self {
        self.replaces.push(Replaces { year, occasion });
        self
    }

    /// Sets the confidence.
    pub fn confidence(mut self, confidence: Confidence) -> Self {
        self.confidence = confidence;
        self
    }

    /// Parses an announcement from JSON.
    ///
    /// ```
    /// use doingoai::calendar::{Announcement, WorkCalendar};
    /// use chrono::NaiveDate;
    /// # fn main() -> Result<(), doingoai::calendar::CalendarError> {
    /// let a = Announcement::from_json(r#"{
    ///   "source": {"instrument": "1234/TB-BNV"},
    ///   "replaces": [{"year": 2027, "occasion": "tet"}],
    ///   "days": [
    ///     {"date": "2027-02-03", "kind": "holiday", "occasion": "tet"},
    ///     {"date": "2027-02-04", "kind": "holiday", "occasion": "tet"},
    ///     {"date": "2027-02-05", "kind": "holiday", "occasion": "tet"},
    ///     {"date": "2027-02-08", "kind": "holiday", "occasion": "tet"},
    ///     {"date": "2027-02-09", "kind": "compensatory", "occasion": "tet"}
    ///   ]}"#)?;
    /// let cal = WorkCalendar::state_agency().with_announcement(a)?;
    /// assert!(!cal.is_working_day(NaiveDate::from_ymd_opt(2027, 2, 3).unwrap()));
    /// assert!(cal.is_working_day(NaiveDate::from_ymd_opt(2027, 2, 10).unwrap()));
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_json(json: &str) -> Result<Self, CalendarError> {
        serde_json::from_str(json).map_err(|e| CalendarError::Json(e.to_string()))
    }

    /// Parses a JSON array of announcements.
    pub fn list_from_json(json: &str) -> Result<Vec<Self>, CalendarError> {
        serde_json::from_str(json).map_err(|e| CalendarError::Json(e.to_string()))
    }

    /// Checks that every named day is unique; returns an error naming the first duplicate.
    pub fn validate(&self) -> Result<(), CalendarError> {
        let mut seen = std::collections::BTreeSet::new();
        for d in &self.days {
            if !seen.insert(d.date) {
                return Err(CalendarError::InvalidAnnouncement(format!(
                    "{} names {} twice",
                    self.source.en(),
                    d.date
                )));
            }
        }
        Ok(())
    }
}

type Row = (u32, u32, DayKind, Occasion);

fn build(
    source: Citation,
    confidence: Confidence,
    year: i32,
    replaces: &[Occasion],
    rows: &[Row],
) -> Announcement {
    let mut a = Announcement::new(source).confidence(confidence);
    for &o in replaces {
        a = a.replacing(year, o);
    }
    for &(m, d, kind, occ) in rows {
        if let Some(date) = NaiveDate::from_ymd_opt(year, m, d) {
            a = a.day(date, kind, occ);
        }
    }
    a
}

/// The built-in official announcements, in the order they are applied.
pub fn official_announcements() -> Vec<Announcement> {
    use DayKind::*;
    use Occasion::*;
    let off = Confidence::Official;
    let sec = Confidence::Secondary;
    vec![
        // 2015 — MOLISA submission 89/TTr-LĐTBXH (20 Nov 2014) on Tết and swaps in 2015, as
        // adopted per the press and python-holidays (secondary): New Year swap 2 Jan / Sat
        // 27 Dec 2014, Tết swap 16 Feb / Sat 14 Feb, 30 April swap 29 Apr / Sat 25 Apr.
        build(
            Citation::instrument("89/TTr-LĐTBXH"),
            sec,
            2014,
            &[],
            &[(12, 27, MakeUpWorkday, NewYear)],
        ),
        build(
            Citation::instrument("89/TTr-LĐTBXH"),
            sec,
            2015,
            &[],
            &[
                (1, 2, SwappedOff, NewYear),
                (2, 14, MakeUpWorkday, Tet),
                (2, 16, SwappedOff, Tet),
                (4, 25, MakeUpWorkday, VictoryDay),
                (4, 29, SwappedOff, VictoryDay),
            ],
        ),
        // 2018–2019 — VPCP 6519/VPCP-KGVX (2018), as listed by python-holidays (secondary):
        // swap Mon 31 Dec 2018 / Sat 5 Jan 2019, and Mon 29 Apr / Sat 4 May 2019.
        build(
            Citation::instrument("6519/VPCP-KGVX"),
            sec,
            2018,
            &[],
            &[(12, 31, SwappedOff, NewYear)],
        ),
        build(
            Citation::instrument("6519/VPCP-KGVX"),
            sec,
            2019,
            &[],
            &[
                (1, 5, MakeUpWorkday, NewYear),
                (4, 29, SwappedOff, VictoryDay),
                (5, 4, MakeUpWorkday, VictoryDay),
            ],
        ),
        // 2024 — VPCP 8662/VPCP-KGVX (3 Nov 2023): Tết 8–14 Feb, National Day 31 Aug – 3 Sep.
        build(
            Citation::instrument("8662/VPCP-KGVX"),
            off,
            2024,
            &[Tet, NationalDay],
            &[
                (2, 8, Holiday, Tet),
                (2, 9, Holiday, Tet),
                (2, 10, Holiday, Tet),
                (2, 11, Holiday, Tet),
                (2, 12, Holiday, Tet),
                (2, 13, Compensatory, Tet),
                (2, 14, Compensatory, Tet),
                (9, 2, Holiday, NationalDay),
                (9, 3, Holiday, NationalDay),
            ],
        ),
        // 2024 — Hùng Kings' Day Thu 18 Apr, 30 Apr, 1 May (Labour Code 2019 Art. 112(1)).
        build(
            LC2019_HOLIDAYS,
            off,
            2024,
            &[HungKings, VictoryDay, LabourDay],
            &[
                (4, 18, Holiday, HungKings),
                (4, 30, Holiday, VictoryDay),
                (5, 1, Holiday, LabourDay),
            ],
        ),
        // 2024 — VPCP 2450/VPCP-KGVX (12 Apr 2024): swap of Mon 29 Apr with Sat 4 May.
        build(
            Citation::instrument("2450/VPCP-KGVX"),
            off,
            2024,
            &[],
            &[
                (4, 29, SwappedOff, VictoryDay),
                (5, 4, MakeUpWorkday, VictoryDay),
            ],
        ),
        // 2025 — VPCP 8726/VPCP-KGVX (26 Nov 2024): Tết 27–31 Jan.
        build(
            Citation::instrument("8726/VPCP-KGVX"),
            off,
            2025,
            &[Tet],
            &[
                (1, 27, Holiday, Tet),
                (1, 28, Holiday, Tet),
                (1, 29, Holiday, Tet),
                (1, 30, Holiday, Tet),
                (1, 31, Holiday, Tet),
            ],
        ),
        // 2025 — Notice 6150/TB-BLĐTBXH (3 Dec 2024): 30 Apr – 1 May with the 2 May / 26 Apr
        // swap; National Day 1–2 Sep.
        build(
            Citation::instrument("6150/TB-BLĐTBXH"),
            off,
            2025,
            &[VictoryDay, LabourDay, NationalDay],
            &[
                (4, 26, MakeUpWorkday, LabourDay),
                (4, 30, Holiday, VictoryDay),
                (5, 1, Holiday, LabourDay),
                (5, 2, SwappedOff, LabourDay),
                (9, 1, Holiday, NationalDay),
                (9, 2, Holiday, NationalDay),
            ],
        ),
        // 2025 — Hùng Kings' Day, Monday 7 April (Labour Code 2019 Art. 112(1)).
        build(
            LC2019_HOLIDAYS,
            off,
            2025,
            &[HungKings],
            &[(4, 7, Holiday, HungKings)],
        ),
        // 2026 — VPCP 12729/VPCP-KGVX (25 Dec 2025): New Year, swap 2 Jan / 10 Jan.
        build(
            Citation::instrument("12729/VPCP-KGVX"),
            off,
            2026,
            &[NewYear],
            &[
                (1, 1, Holiday, NewYear),
                (1, 2, SwappedOff, NewYear),
                (1, 10, MakeUpWorkday, NewYear),
            ],
        ),
        // 2026 — VPCP 9859/VPCP-KGVX (13 Oct 2025): Tết 16–20 Feb.
        build(
            Citation::instrument("9859/VPCP-KGVX"),
            off,
            2026,
            &[Tet],
            &[
                (2, 16, Holiday, Tet),
                (2, 17, Holiday, Tet),
                (2, 18, Holiday, Tet),
                (2, 19, Holiday, Tet),
                (2, 20, Holiday, Tet),
            ],
        ),
        // 2026 — Notice 9441/TB-BNV (16 Oct 2025): National Day 1–2 Sep, swap 31 Aug / 22 Aug.
        build(
            Citation::instrument("9441/TB-BNV"),
            off,
            2026,
            &[NationalDay],
            &[
                (8, 22, MakeUpWorkday, NationalDay),
                (8, 31, SwappedOff, NationalDay),
                (9, 1, Holiday, NationalDay),
                (9, 2, Holiday, NationalDay),
            ],
        ),
        // 2026 — Hùng Kings' Day on Sunday 26 Apr, compensatory Monday 27 Apr
        // (Labour Code 2019 Arts. 112(1), 111(3)).
        build(
            LC2019_HOLIDAYS,
            off,
            2026,
            &[HungKings],
            &[(4, 26, Holiday, HungKings)],
        ),
        build(
            LC2019_COMPENSATORY,
            off,
            2026,
            &[],
            &[(4, 27, Compensatory, HungKings)],
        ),
    ]
}
