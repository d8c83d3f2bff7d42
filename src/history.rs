//! The context of past activities that caps are counted against: trips made per person per
//! year, and delegations sent outside the annual plan per jurisdiction per year.
//!
//! The history is plain, serialisable data a caller assembles from its own records (or from the
//! crate's ledger); the rules never read a clock or a database.
//!
//! The trips are kept with an index by person and year and by jurisdiction and year, kept up
//! to date as trips are pushed, so the caps cost the same whatever the size of the history
//! (issue 14). [`Trips`] reads like a slice (`h.trips.len()`, `h.trips.iter()`,
//! `h.trips[0]`) and grows like a vector (`push`, `extend`, `collect`); the JSON form is the
//! plain list it always was.
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

use std::collections::HashMap;
use std::ops::Deref;

use chrono::{Datelike, NaiveDate};

use crate::org::Jurisdiction;

/// A trip abroad already made (or approved), counted against caps.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Every past trip, one row per traveller and trip, in the order added.
    #[serde(default)]
    pub trips: Trips,
}

impl History {
    /// The number of trips `person` started in calendar year `year`.
    ///
    /// Constant time: read from the index, whatever the number of trips.
    pub fn trips_in_year(&self, person: &str, year: i32) -> u32 {
        self.trips
            .index
            .by_person
            .get(person)
            .and_then(|years| years.get(&year))
            .copied()
            .unwrap_or(0)
    }

    /// The number of distinct out-of-plan delegations `jurisdiction` sent in `year` (trips with
    /// the same start day count once).
    ///
    /// Constant time: read from the index, whatever the number of trips.
    pub fn out_of_plan_in_year(&self, jurisdiction: Jurisdiction, year: i32) -> u32 {
        self.trips
            .index
            .out_of_plan
            .get(&(jurisdiction, year))
            .map_or(0, |days| u32::try_from(days.len()).unwrap_or(u32::MAX))
    }
}

impl From<Vec<PastTrip>> for History {
    fn from(trips: Vec<PastTrip>) -> Self {
        History {
            trips: Trips::from(trips),
        }
    }
}

impl FromIterator<PastTrip> for History {
    fn from_iter<I: IntoIterator<Item = PastTrip>>(iter: I) -> Self {
        History {
            trips: iter.into_iter().collect(),
        }
    }
}

/// The counts the caps read, kept in step with the trips.
#[derive(Debug, Clone, Default)]
struct TripIndex {
    /// Trips per person and calendar year.
    by_person: HashMap<String, HashMap<i32, u32>>,
    /// Out-of-plan trips per jurisdiction and year, by start day (the number of keys is the
    /// number of distinct delegations).
    out_of_plan: HashMap<(Jurisdiction, i32), HashMap<NaiveDate, u32>>,
}

impl TripIndex {
    fn add(&mut self, t: &PastTrip) {
        let year = t.start.year();
        match self.by_person.get_mut(t.person.as_str()) {
            Some(years) => *years.entry(year).or_insert(0) += 1,
            None => {
                self.by_person
                    .insert(t.person.clone(), HashMap::from([(year, 1)]));
            }
        }
        if t.out_of_plan {
            *self
                .out_of_plan
                .entry((t.jurisdiction, year))
                .or_default()
                .entry(t.start)
                .or_insert(0) += 1;
        }
    }

    fn remove(&mut self, t: &PastTrip) {
        let year = t.start.year();
        if let Some(years) = self.by_person.get_mut(t.person.as_str()) {
            if let Some(n) = years.get_mut(&year) {
                *n -= 1;
                if *n == 0 {
                    years.remove(&year);
                }
            }
            if years.is_empty() {
                self.by_person.remove(t.person.as_str());
            }
        }
        if t.out_of_plan {
            let key = (t.jurisdiction, year);
            if let Some(days) = self.out_of_plan.get_mut(&key) {
                if let Some(n) = days.get_mut(&t.start) {
                    *n -= 1;
                    if *n == 0 {
                        days.remove(&t.start);
                    }
                }
                if days.is_empty() {
                    self.out_of_plan.remove(&key);
                }
            }
        }
    }
}

/// The past trips of a [`History`], in the order added, with the index the caps read.
///
/// Reads as a slice of [`PastTrip`] (it dereferences to `[PastTrip]`) and grows like a vector;
/// there is no mutable access to a trip in place, so the index cannot fall out of step (take
/// the trips out with [`Trips::into_vec`], change them, and collect them back). Serialised as
/// the plain list of trips.
///
/// ```
/// use doingoai::history::{History, PastTrip, Trips};
/// use chrono::NaiveDate;
/// let trip = |p: &str, y| PastTrip { person: p.into(), start: NaiveDate::from_ymd_opt(y, 5, 1).unwrap(),
///     jurisdiction: "34:48".parse().unwrap(), out_of_plan: false };
/// let mut h = History { trips: vec![trip("a", 2025), trip("b", 2025)].into() };
/// h.trips.extend([trip("a", 2026)]);
/// assert_eq!((h.trips.len(), h.trips_in_year("a", 2025), h.trips_in_year("a", 2026)), (3, 1, 1));
/// h.trips.retain(|t| t.person != "a");
/// assert_eq!((h.trips.len(), h.trips_in_year("a", 2025)), (1, 0));
/// assert_eq!(serde_json::to_string(&h.trips).unwrap().chars().next(), Some('['));
/// ```
#[derive(Clone, Default)]
pub struct Trips {
    trips: Vec<PastTrip>,
    index: TripIndex,
}

impl Trips {
    /// No trips.
    pub fn new() -> Self {
        Trips::default()
    }

    /// Adds a trip (and counts it in the index).
    pub fn push(&mut self, trip: PastTrip) {
        self.index.add(&trip);
        self.trips.push(trip);
    }

    /// Removes the last trip added, if any.
    pub fn pop(&mut self) -> Option<PastTrip> {
        let t = self.trips.pop()?;
        self.index.remove(&t);
        Some(t)
    }

    /// Keeps only the trips for which `keep` is true, in their order.
    pub fn retain(&mut self, mut keep: impl FnMut(&PastTrip) -> bool) {
        let index = &mut self.index;
        self.trips.retain(|t| {
            let k = keep(t);
            if !k {
                index.remove(t);
            }
            k
        });
    }

    /// Removes every trip.
    pub fn clear(&mut self) {
        self.trips.clear();
        self.index = TripIndex::default();
    }

    /// The trips, as a slice.
    pub fn as_slice(&self) -> &[PastTrip] {
        &self.trips
    }

    /// The trips, as a vector (the index is dropped).
    pub fn into_vec(self) -> Vec<PastTrip> {
        self.trips
    }
}

impl Deref for Trips {
    type Target = [PastTrip];
    fn deref(&self) -> &[PastTrip] {
        &self.trips
    }
}

impl AsRef<[PastTrip]> for Trips {
    fn as_ref(&self) -> &[PastTrip] {
        &self.trips
    }
}

impl std::fmt::Debug for Trips {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.trips.fmt(f)
    }
}

/// Equal when the trips are equal, in the same order (the index follows from them).
impl PartialEq for Trips {
    fn eq(&self, o: &Self) -> bool {
        self.trips == o.trips
    }
}

impl Eq for Trips {}

impl PartialEq<Vec<PastTrip>> for Trips {
    fn eq(&self, o: &Vec<PastTrip>) -> bool {
        &self.trips == o
    }
}

impl PartialEq<[PastTrip]> for Trips {
    fn eq(&self, o: &[PastTrip]) -> bool {
        self.trips == o
    }
}

impl From<Vec<PastTrip>> for Trips {
    fn from(trips: Vec<PastTrip>) -> Self {
        let mut index = TripIndex::default();
        for t in &trips {
            index.add(t);
        }
        Trips { trips, index }
    }
}

impl From<Trips> for Vec<PastTrip> {
    fn from(t: Trips) -> Self {
        t.trips
    }
}

impl FromIterator<PastTrip> for Trips {
    fn from_iter<I: IntoIterator<Item = PastTrip>>(iter: I) -> Self {
        Trips::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl Extend<PastTrip> for Trips {
    fn extend<I: IntoIterator<Item = PastTrip>>(&mut self, iter: I) {
        for t in iter {
            self.push(t);
        }
    }
}

impl IntoIterator for Trips {
    type Item = PastTrip;
    type IntoIter = std::vec::IntoIter<PastTrip>;
    fn into_iter(self) -> Self::IntoIter {
        self.trips.into_iter()
    }
}

impl<'a> IntoIterator for &'a Trips {
    type Item = &'a PastTrip;
    type IntoIter = std::slice::Iter<'a, PastTrip>;
    fn into_iter(self) -> Self::IntoIter {
        self.trips.iter()
    }
}

impl serde::Serialize for Trips {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.trips.serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Trips {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<PastTrip>::deserialize(d).map(Trips::from)
    }
}
