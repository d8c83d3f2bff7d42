//! Statutory holidays by legal period, compensatory days, and the estimation rule for years
//! without an announced schedule (domain notes §1–§2).
//!
//! | Period | Instrument | Tết | National Day | Hùng Kings | Culture Day |
//! |---|---|---|---|---|---|
//! | to 30 Apr 2013 | Labour Code 1994 (`35-L/CTN`) Art. 73, as amended by `84/2007/QH11` | 4 days | 1 day | from 2007 | — |
//! | 1 May 2013 – 31 Dec 2020 | Labour Code 2012 (`10/2012/QH13`) Art. 115 | 5 days | 1 day | yes | — |
//! | from 1 Jan 2021 | Labour Code 2019 (`45/2019/QH14`) Art. 112 | 5 days | 2 days | yes | — |
//! | from 1 Jul 2026 | + Resolution `28/2026/QH16` (secondary) | | | | 24 Nov |
//!
//! Estimation (inference, validated on the official 2020 and 2023–2026 placements): the
//! statutory Tết days are the lunar New Year's Eve and the first days of month 1; a statutory
//! day on a Saturday moves to the previous free weekday, one on a Sunday to the next free
//! weekday (before 2014 both moved to the next free weekdays). The second National Day day is 1 or 3 September by the weekday of 2 September.
//! Any other holiday on a weekend gives a compensatory day on the next free weekday (Labour
//! Code 2019 Art. 111(3); 2012 Art. 115(3)). Fixed-date holidays are `official`, the Culture
//! Day `secondary`, everything placed by estimation `estimated`.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::lunar;
use super::CalendarError;
use crate::label::vocabulary;
use crate::law::Citation;
use crate::Label;

vocabulary! {
    /// The status of a day in the working-day calendar.
    pub enum DayKind {
        /// An ordinary working day (Monday to Friday).
        Workday = ("workday", "ngày làm việc", "working day"),
        /// A weekly rest day (Saturday or Sunday).
        WeeklyRest = ("weekly_rest", "ngày nghỉ hằng tuần", "weekly rest day"),
        /// A public holiday (ngày nghỉ lễ, tết).
        Holiday = ("holiday", "ngày nghỉ lễ, tết", "public holiday"),
        /// A compensatory day off for a holiday on a weekly rest day (nghỉ bù).
        Compensatory = ("compensatory", "ngày nghỉ bù", "compensatory day off"),
        /// A weekday made a day off by a swap (hoán đổi ngày làm việc).
        SwappedOff = ("swapped_off", "ngày nghỉ do hoán đổi", "swapped day off"),
        /// A Saturday made a working day by a swap (làm bù).
        MakeUpWorkday = ("make_up_workday", "ngày làm bù", "make-up working day"),
    }
}

impl DayKind {
    /// Whether a day of this kind is a working day.
    pub const fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeUpWorkday)
    }

    /// Whether this kind only exists by a swap (ignored by the statutory profile).
    pub const fn is_swap(self) -> bool {
        matches!(self, DayKind::SwappedOff | DayKind::MakeUpWorkday)
    }
}

vocabulary! {
    /// How far the status of a day can be trusted.
    pub enum Confidence {
        /// From the text of the law or the government notice.
        Official = ("official", "chính thức", "official"),
        /// Reported by third parties; the primary text was not read.
        Secondary = ("secondary", "nguồn thứ cấp", "secondary"),
        /// Computed by the estimation rule; no notice yet.
        Estimated = ("estimated", "ước tính", "estimated"),
    }
}

vocabulary! {
    /// The occasion a special day belongs to.
    pub enum Occasion {
        /// Tết Dương lịch, 1 January.
        NewYear = ("new_year", "Tết Dương lịch", "New Year's Day"),
        /// Tết Âm lịch (Tết Nguyên đán).
        Tet = ("tet", "Tết Âm lịch", "Lunar New Year (Tết)"),
        /// Giỗ Tổ Hùng Vương, 10th day of lunar month 3.
        HungKings = ("hung_kings", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
        /// Ngày Chiến thắng, 30 April.
        VictoryDay = ("victory_day", "Ngày Chiến thắng", "Victory Day"),
        /// Ngày Quốc tế lao động, 1 May.
        LabourDay = ("labour_day", "Ngày Quốc tế lao động", "International Labour Day"),
        /// Quốc khánh, 2 September (and an adjacent day from 2021).
        NationalDay = ("national_day", "Quốc khánh", "National Day"),
        /// Ngày Văn hóa Việt Nam, 24 November (from 2026).
        CultureDay = ("culture_day", "Ngày Văn hóa Việt Nam", "Vietnam Culture Day"),
        /// Any other announced day.
        Other = ("other", "ngày khác", "other"),
    }
}

vocabulary! {
    /// Whose working days a calendar describes (domain notes §7).
    pub enum Profile {
        /// State agencies (cơ quan nhà nước): Monday–Friday, holidays, compensatory days and
        /// the swaps of the government notices.
        StateAgency = ("state_agency", "cơ quan nhà nước", "state agency"),
        /// Non-state employers: Monday–Friday, holidays and compensatory days, no swaps.
        Statutory = ("statutory", "theo luật, không hoán đổi", "statutory (no swaps)"),
    }
}

/// A day whose status differs from, or is named beyond, the ordinary weekly pattern: a holiday,
/// a compensatory day, a swapped day or a make-up Saturday.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct SpecialDay {
    /// The day.
    pub date: NaiveDate,
    /// Its status.
    pub kind: DayKind,
    /// The occasion it belongs to.
    pub occasion: Occasion,
    /// The instrument the status comes from.
    pub source: Citation,
    /// How far it can be trusted.
    pub confidence: Confidence,
}

impl SpecialDay {
    /// Its name in Vietnamese, e.g. `ngày nghỉ bù (Giỗ Tổ Hùng Vương)`.
    pub fn name_vi(&self) -> String {
        match self.kind {
            DayKind::Holiday => self.occasion.vi().to_string(),
            k => format!("{} ({})", k.vi(), self.occasion.vi()),
        }
    }

    /// Its name in English, e.g. `compensatory day off (Hùng Kings' Commemoration Day)`.
    pub fn name_en(&self) -> String {
        match self.kind {
            DayKind::Holiday => self.occasion.en().to_string(),
            k => format!("{} ({})", k.en(), self.occasion.en()),
        }
    }
}

/// Labour Code 2019 (45/2019/QH14), Art. 112(1): the list of holidays.
pub(crate) const LC2019_HOLIDAYS: Citation = Citation::article("45/2019/QH14", 112).clause(1);
/// Labour Code 2019, Art. 112(3): the Prime Minister places the Tết and National Day days.
pub(crate) const LC2019_PLACEMENT: Citation = Citation::article("45/2019/QH14", 112).clause(3);
/// Labour Code 2019, Art. 111(3): compensatory day for a holiday on the weekly rest day.
pub(crate) const LC2019_COMPENSATORY: Citation = Citation::article("45/2019/QH14", 111).clause(3);
/// Labour Code 2012 (10/2012/QH13), Art. 115(1).
pub(crate) const LC2012_HOLIDAYS: Citation = Citation::article("10/2012/QH13", 115).clause(1);
/// Labour Code 2012, Art. 115(3): compensatory day.
pub(crate) const LC2012_COMPENSATORY: Citation = Citation::article("10/2012/QH13", 115).clause(3);
/// Labour Code 1994 (35-L/CTN), Art. 73.
pub(crate) const LC1994_HOLIDAYS: Citation = Citation::article("35-L/CTN", 73);
/// The 2007 amendment of Art. 73 of the Labour Code 1994 adding Hùng Kings' Day.
pub(crate) const LC1994_HUNG_KINGS: Citation = Citation::instrument("84/2007/QH11");
/// Resolution 28/2026/QH16 on Vietnamese culture (Vietnam Culture Day, secondary).
pub(crate) const CULTURE_DAY: Citation = Citation::instrument("28/2026/QH16");

/// The legal periods of the holiday rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Era {
    Lc1994,
    Lc2012,
    Lc2019,
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate, CalendarError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(CalendarError::InvalidYear { year: y })
}

fn era(date: NaiveDate) -> Era {
    if date >= NaiveDate::from_ymd_opt(2021, 1, 1).unwrap_or(NaiveDate::MAX) {
        Era::Lc2019
    } else if date >= NaiveDate::from_ymd_opt(2013, 5, 1).unwrap_or(NaiveDate::MAX) {
        Era::Lc2012
    } else {
        Era::Lc1994
    }
}

fn holiday_source(date: NaiveDate) -> Citation {
    match era(date) {
        Era::Lc2019 => LC2019_HOLIDAYS,
        Era::Lc2012 => LC2012_HOLIDAYS,
        Era::Lc1994 => LC1994_HOLIDAYS,
    }
}

fn compensatory_source(date: NaiveDate) -> Citation {
    match era(date) {
        Era::Lc2019 => LC2019_COMPENSATORY,
        Era::Lc2012 => LC2012_COMPENSATORY,
        Era::Lc1994 => LC1994_HOLIDAYS,
    }
}

fn placement_source(date: NaiveDate) -> Citation {
    match era(date) {
        Era::Lc2019 => LC2019_PLACEMENT,
        _ => holiday_source(date),
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn step(d: NaiveDate, forward: bool) -> Result<NaiveDate, CalendarError> {
    let r = if forward {
        d.checked_add_days(Days::new(1))
    } else {
        d.checked_sub_days(Days::new(1))
    };
    r.ok_or(CalendarError::InvalidYear { year: d.year() })
}

/// The first weekday strictly after (or before) `d` that is not already a day off.
fn free_weekday(
    days: &BTreeMap<NaiveDate, SpecialDay>,
    d: NaiveDate,
    forward: bool,
) -> Result<NaiveDate, CalendarError> {
    let mut c = step(d, forward)?;
    // At most a few weeks of search: holidays never fill more than a week of weekdays.
    for _ in 0..60 {
        if !is_weekend(c) && !days.contains_key(&c) {
            return Ok(c);
        }
        c = step(c, forward)?;
    }
    Err(CalendarError::InvalidYear { year: d.year() })
}

/// The estimated special days of a Gregorian year (holidays by the law in force, compensatory
/// days, the estimated Tết and National Day placement), without any announcement.
///
/// Years 2000–2100 (the five-day week of the civil service, Decision 188/1999/QĐ-TTg, is in
/// force throughout); other years are [`CalendarError::InvalidYear`].
///
/// ```
/// use doingoai::calendar::{estimated_year, Confidence, Occasion};
/// let days = estimated_year(2027).unwrap();
/// let tet: Vec<String> = days
///     .iter()
///     .filter(|d| d.occasion == Occasion::Tet)
///     .map(|d| d.date.format("%a %d").to_string())
///     .collect();
/// // Mùng 1 is Saturday 6 Feb 2027: weekdays off Thu 4, Fri 5, Mon 8, Tue 9, Wed 10.
/// assert_eq!(tet, ["Thu 04", "Fri 05", "Sat 06", "Sun 07", "Mon 08", "Tue 09", "Wed 10"]);
/// assert!(days.iter().filter(|d| d.occasion == Occasion::Tet).all(|d| d.confidence == Confidence::Estimated));
/// ```
pub fn estimated_year(year: i32) -> Result<Vec<SpecialDay>, CalendarError> {
    if !(2000..=2100).contains(&year) {
        return Err(CalendarError::InvalidYear { year });
    }
    let mut days: BTreeMap<NaiveDate, SpecialDay> = BTreeMap::new();
    let add = |days: &mut BTreeMap<NaiveDate, SpecialDay>,
               date: NaiveDate,
               kind: DayKind,
               occasion: Occasion,
               source: Citation,
               confidence: Confidence| {
        days.entry(date).or_insert(SpecialDay {
            date,
            kind,
            occasion,
            source,
            confidence,
        });
    };

    // Tết: New Year's Eve plus the first days of month 1.
    let tet = lunar::tet(year)?;
    let eve = lunar::new_years_eve(year - 1)?;
    let n_tet = if era(tet) == Era::Lc1994 { 4 } else { 5 };
    let mut statutory = vec![eve];
    for i in 0..(n_tet - 1) {
        statutory.push(
            tet.checked_add_days(Days::new(i))
                .ok_or(CalendarError::InvalidYear { year })?,
        );
    }
    let src = placement_source(tet);
    for &d in &statutory {
        add(
            &mut days,
            d,
            DayKind::Holiday,
            Occasion::Tet,
            src.clone(),
            Confidence::Estimated,
        );
    }
    for &d in &statutory {
        match d.weekday() {
            // Since Tết 2014 the notices place a Saturday day before the block; earlier years
            // took every weekend day after it (python-holidays' rule, domain notes [S8]).
            Weekday::Sat if year >= 2014 => {
                let p = free_weekday(&days, d, false)?;
                add(
                    &mut days,
                    p,
                    DayKind::Holiday,
                    Occasion::Tet,
                    src.clone(),
                    Confidence::Estimated,
                );
            }
            Weekday::Sat | Weekday::Sun => {
                let p = free_weekday(&days, d, true)?;
                add(
                    &mut days,
                    p,
                    DayKind::Compensatory,
                    Occasion::Tet,
                    compensatory_source(d),
                    Confidence::Estimated,
                );
            }
            _ => {}
        }
    }

    // Fixed-date and lunar holidays.
    let mut fixed: Vec<(NaiveDate, Occasion, Citation, Confidence)> = Vec::new();
    let new_year = ymd(year, 1, 1)?;
    fixed.push((
        new_year,
        Occasion::NewYear,
        holiday_source(new_year),
        Confidence::Official,
    ));
    if year >= 2007 {
        let h = lunar::hung_kings_day(year)?;
        let src = if era(h) == Era::Lc1994 {
            LC1994_HUNG_KINGS
        } else {
            holiday_source(h)
        };
        fixed.push((h, Occasion::HungKings, src, Confidence::Estimated));
    }
    let v = ymd(year, 4, 30)?;
    fixed.push((
        v,
        Occasion::VictoryDay,
        holiday_source(v),
        Confidence::Official,
    ));
    let l = ymd(year, 5, 1)?;
    fixed.push((
        l,
        Occasion::LabourDay,
        holiday_source(l),
        Confidence::Official,
    ));
    let nd = ymd(year, 9, 2)?;
    fixed.push((
        nd,
        Occasion::NationalDay,
        holiday_source(nd),
        Confidence::Official,
    ));
    if era(nd) == Era::Lc2019 {
        let adjacent = match nd.weekday() {
            Weekday::Mon | Weekday::Thu | Weekday::Sun => ymd(year, 9, 3)?,
            _ => ymd(year, 9, 1)?,
        };
        fixed.push((
            adjacent,
            Occasion::NationalDay,
            LC2019_PLACEMENT,
            Confidence::Estimated,
        ));
    }
    if year >= 2026 {
        fixed.push((
            ymd(year, 11, 24)?,
            Occasion::CultureDay,
            CULTURE_DAY,
            Confidence::Secondary,
        ));
    }
    fixed.sort_by_key(|f| f.0);
    for (d, occ, src, conf) in &fixed {
        add(&mut days, *d, DayKind::Holiday, *occ, src.clone(), *conf);
    }
    for (d, occ, _, conf) in &fixed {
        if is_weekend(*d) {
            let c = free_weekday(&days, *d, true)?;
            let conf = if *conf == Confidence::Secondary {
                Confidence::Secondary
            } else {
                Confidence::Estimated
            };
            add(
                &mut days,
                c,
                DayKind::Compensatory,
                *occ,
                compensatory_source(*d),
                conf,
            );
        }
    }
    Ok(days.into_values().collect())
}
