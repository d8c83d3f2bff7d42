//! The context of past activities that caps are counted against: trips made per person per
//! year, and delegations sent outside the annual plan per jurisdiction per year.
//!
//! The history is plain, serialisable data a caller assembles from its own records (or from the
//! crate's ledger); the rules never read a clock or a database.
//!
//! ```
//! use doingoai::history::{History, PastTrip};
//! use doingoai::org::Jurisdiction;
//! use chrono::NaiveDate;
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut h = History::default();
//! h.trips.push(PastTrip { person: "nguyen-van-a".into(), start: d(2026, 3, 2), jurisdiction: "34:48".parse()?, out_of_plan: false });
//! h.trips.push(PastTrip { person: "nguyen-van-a".into(), start: d(2026, 9, 9), jurisdiction: "34:48".parse()?, out_of_plan: true });
//! assert_eq!(h.trips_in_year("nguyen-van-a", 2026), 2);
//! assert_eq!(h.out_of_plan_in_year("34:48".parse()?, 2026), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{Datelike, NaiveDate};

use crate::org::Jurisdiction;

/// A trip abroad already made (or approved), counted against caps.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastTrip {
    /// The traveller's identifier (as used in the facts of proposed activities).
    pub person: String,
    /// The first day of the trip.
    pub start: NaiveDate,
    /// The jurisdiction that sent the delegation.
    pub jurisdiction: Jurisdiction,
    /// Whether the delegation was outside the annual plan.
    #[serde(default)]
    pub out_of_plan: bool,
}

/// Past trips, as the caps need them.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Every past trip, one row per traveller and trip.
    #[serde(default)]
    pub trips: Vec<PastTrip>,
}

impl History {
    /// The number of trips `person` started in calendar year `year`.
    pub fn trips_in_year(&self, person: &str, year: i32) -> u32 {
        self.trips
            .iter()
            .filter(|t| t.person == person && t.start.year() == year)
            .count() as u32
    }

    /// The number of distinct out-of-plan delegations `jurisdiction` sent in `year` (trips with
    /// the same start day count once).
    pub fn out_of_plan_in_year(&self, jurisdiction: Jurisdiction, year: i32) -> u32 {
        let mut days: Vec<NaiveDate> = self
            .trips
            .iter()
            .filter(|t| t.out_of_plan && t.jurisdiction == jurisdiction && t.start.year() == year)
            .map(|t| t.start)
            .collect();
        days.sort();
        days.dedup();
        days.len() as u32
    }
}
