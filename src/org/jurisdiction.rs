//! Jurisdictions: the nation and its provincial-level units — the 63 in force until
//! 30/06/2025 and the 34 from 01/07/2025 — with their official codes and succession.
//!
//! Sources: NA Resolution 202/2025/QH15 (the 63 → 34 mapping; new units start on 01/07/2025),
//! Decision 19/2025/QĐ-TTg (the new two-digit codes), Decision 124/2004/QĐ-TTg as amended (old
//! codes), Resolution 175/2024/QH15 (Huế a centrally-run city from 01/01/2025). The data is the
//! cross-checked table of `shared/domain/provinces.csv`.
//!
//! A code is **not** an identifier across the 2025 boundary (code 82 was Tiền Giang and is now
//! Đồng Tháp), so a province is identified by its [`ProvinceSet`] *and* its code:
//! `63:49` is Quảng Nam (until 30/06/2025), `34:48` is the new Đà Nẵng.
//!
//! ```
//! use doingoai::org::{Jurisdiction, ProvinceSet};
//! use chrono::NaiveDate;
//! let quang_nam: Jurisdiction = "63:49".parse()?;
//! let p = quang_nam.province().unwrap();
//! assert_eq!(p.name_vi, "Quảng Nam");
//! let after = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
//! let succ = quang_nam.on(after)?;
//! assert_eq!(succ.to_string(), "34:48");
//! assert_eq!(succ.province().unwrap().name_vi, "Đà Nẵng");
//! assert_eq!(Jurisdiction::by_name("Quảng Nam", NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?, quang_nam);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::label::{vocabulary, Label as _};
use crate::law::{ymd as d, Citation, Evidence, Validity};

vocabulary! {
    /// The set of provincial-level units a code belongs to.
    pub enum ProvinceSet {
        /// The 63 units in force until 30/06/2025.
        Until2025 = ("63", "63 tỉnh, thành phố (đến 30/06/2025)", "63 units (until 30 June 2025)"),
        /// The 34 units from 01/07/2025 (NQ 202/2025/QH15).
        From2025 = ("34", "34 tỉnh, thành phố (từ 01/07/2025)", "34 units (from 1 July 2025)"),
    }
}

vocabulary! {
    /// The kind of a provincial-level unit.
    pub enum UnitKind {
        /// A province (tỉnh).
        Province = ("tinh", "tỉnh", "province"),
        /// A centrally-run city (thành phố trực thuộc trung ương).
        City = ("thanh_pho", "thành phố trực thuộc trung ương", "centrally-run city"),
    }
}

/// The last day of the 63-unit set.
pub const LAST_DAY_OF_63: NaiveDate = d(2025, 6, 30);
/// The first day of the 34-unit set.
pub const FIRST_DAY_OF_34: NaiveDate = d(2025, 7, 1);
/// The first day of the 63-unit set as modelled: Hà Tây merged into Hà Nội on 01/08/2008
/// (NQ 15/2008/QH12; date from secondary sources). Earlier dates have no province set here.
pub const FIRST_DAY_OF_63: NaiveDate = d(2008, 8, 1);

impl ProvinceSet {
    /// The period in which the set is in force.
    #[inline]
    pub fn validity(self) -> Validity {
        match self {
            ProvinceSet::Until2025 => Validity {
                from: FIRST_DAY_OF_63,
                to: Some(LAST_DAY_OF_63),
            },
            ProvinceSet::From2025 => Validity::from(FIRST_DAY_OF_34),
        }
    }

    /// The set in force on `date`, if any.
    pub fn on(date: NaiveDate) -> Option<ProvinceSet> {
        ProvinceSet::ALL
            .iter()
            .copied()
            .find(|s| s.validity().contains(date))
    }

    /// The instruments that establish the set and its codes.
    pub fn citations(self) -> Vec<Citation> {
        match self {
            ProvinceSet::Until2025 => vec![Citation::instrument("124/2004/QĐ-TTg")],
            ProvinceSet::From2025 => vec![
                Citation::instrument("202/2025/QH15"),
                Citation::instrument("19/2025/QĐ-TTg"),
            ],
        }
    }
}

/// A provincial-level unit of one set: its official code, names, kind and succession.
/// (Static data of the crate: serialisable for reports, not deserialisable.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Province {
    /// Which set it belongs to.
    pub set: ProvinceSet,
    /// Its official two-digit code in that set.
    pub code: u8,
    /// Short Vietnamese name (without “Tỉnh” / “Thành phố”).
    pub name_vi: &'static str,
    /// Conventional English name (not official).
    pub name_en: &'static str,
    /// Province or centrally-run city (as of the end of the set for the 63, as of 01/07/2025 for
    /// the 34).
    pub kind: UnitKind,
    /// For a unit of the 63: the code of the unit of the 34 it became part of.
    pub successor: Option<u8>,
    /// For a unit of the 34: the code (in the 63) of the former unit holding its centre.
    pub centre: Option<u8>,
    /// How the mapping row was established (official for both successor and centre, or
    /// secondary where the centre was found only in secondary sources).
    pub evidence: Evidence,
}

impl Province {
    /// Its identifier as a jurisdiction.
    pub fn jurisdiction(&self) -> Jurisdiction {
        Jurisdiction::Province(ProvinceId {
            set: self.set,
            code: self.code,
        })
    }

    /// The period in which the unit exists.
    pub fn validity(&self) -> Validity {
        self.set.validity()
    }

    /// For a unit of the 34: the former units merged into it (one for an unchanged unit).
    pub fn members(&self) -> Vec<&'static Province> {
        match self.set {
            ProvinceSet::Until2025 => Vec::new(),
            ProvinceSet::From2025 => OLD_PROVINCES
                .iter()
                .filter(|p| p.successor == Some(self.code))
                .collect(),
        }
    }
}

/// A province identified by its set and its code (`63:49`, `34:48`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct ProvinceId {
    /// The set of units.
    pub set: ProvinceSet,
    /// The official code in that set.
    pub code: u8,
}

/// Where a rule, body or activity belongs: the nation, or one provincial-level unit.
///
/// Its text form (also its JSON form) is `national`, or `SET:CODE` such as `63:49` or `34:48`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum Jurisdiction {
    /// The whole country (national baseline).
    National,
    /// One provincial-level unit.
    Province(ProvinceId),
}

/// How a unit of the 63-unit set continued on 01/07/2025 (NQ 202/2025/QH15).
///
/// ```
/// use doingoai::org::{Jurisdiction, Succession};
/// let quang_ninh: Jurisdiction = "63:22".parse()?;
/// assert_eq!(quang_ninh.succession(), Some(Succession::Unchanged("34:22".parse()?)));
/// let quang_nam: Jurisdiction = "63:49".parse()?;
/// assert_eq!(quang_nam.succession(), Some(Succession::MergedInto("34:48".parse()?)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Succession {
    /// The unit was kept unchanged (one of the 11): same territory, same authorities; its
    /// rules continue.
    Unchanged(Jurisdiction),
    /// The unit was merged with others into a new unit: its rules are tied to its own
    /// territory and period and do not carry over to the new unit.
    MergedInto(Jurisdiction),
}

impl Succession {
    /// The unit of the 34-unit set, whichever way the old unit continued.
    pub fn unit(self) -> Jurisdiction {
        match self {
            Succession::Unchanged(j) | Succession::MergedInto(j) => j,
        }
    }
}

/// A jurisdiction that could not be found or is not valid for the question asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JurisdictionError {
    /// The text is neither `national` nor `SET:CODE` of an existing unit.
    #[error("unknown jurisdiction `{0}`: expected `national` or `SET:CODE` with SET 63 (until 30/06/2025) or 34 (from 01/07/2025), e.g. `63:49` or `34:48`")]
    Unknown(String),
    /// No unit of the set in force on the date has that name.
    #[error("no provincial-level unit named `{name}` exists on {date} (NQ 202/2025/QH15)")]
    NoSuchName {
        /// The name looked up.
        name: String,
        /// The date of the question.
        date: NaiveDate,
    },
    /// The name fits more than one unit, or names a city that is not a provincial-level unit
    /// (e.g. "Thành phố Thanh Hóa", the city inside Thanh Hóa province); the candidates are
    /// listed and nothing is chosen.
    #[error("`{name}` is ambiguous: {reason}; candidates: {}", candidates.iter().map(|j| format!("{j} ({})", j.name_vi())).collect::<Vec<_>>().join(", "))]
    Ambiguous {
        /// The name looked up.
        name: String,
        /// Why it is ambiguous.
        reason: String,
        /// The units it may mean.
        candidates: Vec<Jurisdiction>,
    },
    /// The unit does not exist on the date, and no successor can be stated.
    #[error("{jurisdiction} does not exist on {date}; the province sets cover {first} onwards")]
    NotInForce {
        /// The jurisdiction asked about.
        jurisdiction: Jurisdiction,
        /// The date of the question.
        date: NaiveDate,
        /// The first day the crate models.
        first: NaiveDate,
    },
}

impl Jurisdiction {
    /// A province of the 63 (until 30/06/2025) by its old code, if it exists.
    pub fn old(code: u8) -> Option<Jurisdiction> {
        province(ProvinceSet::Until2025, code).map(|p| p.jurisdiction())
    }

    /// A province of the 34 (from 01/07/2025) by its new code, if it exists.
    pub fn new_unit(code: u8) -> Option<Jurisdiction> {
        province(ProvinceSet::From2025, code).map(|p| p.jurisdiction())
    }

    /// The province data, for a provincial jurisdiction.
    pub fn province(&self) -> Option<&'static Province> {
        match self {
            Jurisdiction::National => None,
            Jurisdiction::Province(id) => province(id.set, id.code),
        }
    }

    /// Whether this is the national level.
    pub fn is_national(&self) -> bool {
        matches!(self, Jurisdiction::National)
    }

    /// The period in which the jurisdiction exists (the nation: always, from the earliest
    /// date the crate models).
    #[inline]
    pub fn validity(&self) -> Validity {
        match self {
            Jurisdiction::National => Validity::from(NaiveDate::MIN),
            Jurisdiction::Province(id) => id.set.validity(),
        }
    }

    /// Whether the jurisdiction exists on `date`.
    #[inline]
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.validity().contains(date)
    }

    /// The jurisdiction that governs this territory on `date`: itself while it exists; for a
    /// unit of the 63 on or after 01/07/2025, the unit of the 34 it became part of. A unit of
    /// the 34 asked about before 01/07/2025 has no single predecessor: that is an error (look
    /// at [`Province::members`]).
    #[inline]
    pub fn on(&self, date: NaiveDate) -> Result<Jurisdiction, JurisdictionError> {
        if self.exists_on(date) {
            return Ok(*self);
        }
        self.successor_on(date)
    }

    /// [`Jurisdiction::on`] for a territory that does not exist on `date` (out of line: the
    /// common case, a jurisdiction in force, is only the check above).
    fn successor_on(&self, date: NaiveDate) -> Result<Jurisdiction, JurisdictionError> {
        match self.province() {
            Some(p) if p.set == ProvinceSet::Until2025 && date >= FIRST_DAY_OF_34 => p
                .successor
                .and_then(Jurisdiction::new_unit)
                .ok_or(JurisdictionError::Unknown(self.to_string())),
            _ => Err(JurisdictionError::NotInForce {
                jurisdiction: *self,
                date,
                first: FIRST_DAY_OF_63,
            }),
        }
    }

    /// The unit named `name` in the set in force on `date`: the names people use resolve —
    /// Vietnamese with or without diacritics and in any case, with or without "Tỉnh",
    /// "Thành phố", "TP", "TP.", "T.P."; the English forms ("Ho Chi Minh City", "Da Nang City",
    /// "Quang Nam Province", "Hanoi" or "Ha Noi"); the abbreviations of the table
    /// [`NAME_ALIASES`] ("TP.HCM", "Thừa Thiên Huế" for the unit 46 of the 63). `national` /
    /// `toàn quốc` give the national level.
    ///
    /// A "Thành phố" / "TP" name of a *province* is the city inside it, not a provincial-level
    /// unit, so it is refused as [`JurisdictionError::Ambiguous`] listing the province (and
    /// "Tỉnh" before a centrally-run city likewise).
    ///
    /// ```
    /// use doingoai::org::{Jurisdiction, JurisdictionError};
    /// use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let hcm: Jurisdiction = "34:79".parse()?;
    /// for name in ["TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "tp. ho chi minh", "TP.HCM", "Ho Chi Minh City"] {
    ///     assert_eq!(Jurisdiction::by_name(name, day)?, hcm, "{name}");
    /// }
    /// assert_eq!(Jurisdiction::by_name("Da Nang City", day)?.to_string(), "34:48");
    /// assert_eq!(Jurisdiction::by_name("tỉnh quảng ngãi", day)?.to_string(), "34:51");
    /// // the city of Thanh Hóa is inside the province: not a provincial-level unit
    /// let e = Jurisdiction::by_name("Thành phố Thanh Hóa", day).unwrap_err();
    /// assert!(matches!(e, JurisdictionError::Ambiguous { ref candidates, .. } if candidates.len() == 1));
    /// # Ok::<(), JurisdictionError>(())
    /// ```
    pub fn by_name(name: &str, date: NaiveDate) -> Result<Jurisdiction, JurisdictionError> {
        let no_such = || JurisdictionError::NoSuchName {
            name: name.to_string(),
            date,
        };
        let key = fold(name);
        if matches!(key.as_str(), "national" | "toan quoc" | "quoc gia" | "vn") {
            return Ok(Jurisdiction::National);
        }
        let set = ProvinceSet::on(date).ok_or_else(no_such)?;
        let (stated, key) = strip_kind(&key);
        let p = provinces(set)
            .find(|p| names_of(p).any(|n| n == key))
            .ok_or_else(no_such)?;
        let kind = p.kind_on(date);
        match stated {
            Some(k) if k != kind => Err(JurisdictionError::Ambiguous {
                name: name.to_string(),
                reason: format!(
                    "the name says {} but {} is a {} on {date}: a place of that name inside it is not a provincial-level unit",
                    k.en(),
                    p.name_vi,
                    kind.en()
                ),
                candidates: vec![p.jurisdiction()],
            }),
            _ => Ok(p.jurisdiction()),
        }
    }

    /// A jurisdiction from a code (`national`, `SET:CODE`) only — the form stored in JSON.
    pub fn from_code(s: &str) -> Result<Jurisdiction, JurisdictionError> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("national") {
            return Ok(Jurisdiction::National);
        }
        let (set, code) = t
            .split_once(':')
            .ok_or_else(|| JurisdictionError::Unknown(s.to_string()))?;
        let set = match set {
            "63" => ProvinceSet::Until2025,
            "34" => ProvinceSet::From2025,
            _ => return Err(JurisdictionError::Unknown(s.to_string())),
        };
        let code: u8 = code
            .parse()
            .map_err(|_| JurisdictionError::Unknown(s.to_string()))?;
        province(set, code)
            .map(|p| p.jurisdiction())
            .ok_or_else(|| JurisdictionError::Unknown(s.to_string()))
    }

    /// How a unit of the 63-unit set continued on 01/07/2025; `None` for the nation and the
    /// units of the 34.
    pub fn succession(&self) -> Option<Succession> {
        let p = self.province()?;
        let next = Jurisdiction::new_unit(p.successor?)?;
        let merged = OLD_PROVINCES
            .iter()
            .filter(|o| o.successor == p.successor)
            .count()
            > 1;
        Some(if merged {
            Succession::MergedInto(next)
        } else {
            Succession::Unchanged(next)
        })
    }

    /// The unit of the 34-unit set that a unit of the 63 became (part of) on 01/07/2025.
    ///
    /// ```
    /// use doingoai::org::Jurisdiction;
    /// let binh_duong: Jurisdiction = "63:74".parse()?;
    /// assert_eq!(binh_duong.successor(), Some("34:79".parse()?));
    /// assert_eq!(Jurisdiction::National.successor(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn successor(&self) -> Option<Jurisdiction> {
        self.succession().map(Succession::unit)
    }

    /// For a unit of the 34: the units of the 63 that form it (see [`Province::members`]);
    /// empty otherwise.
    pub fn predecessors(&self) -> impl Iterator<Item = Jurisdiction> {
        let code = match self {
            Jurisdiction::Province(ProvinceId {
                set: ProvinceSet::From2025,
                code,
            }) => Some(*code),
            _ => None,
        };
        OLD_PROVINCES
            .iter()
            .filter(move |p| code.is_some() && p.successor == code)
            .map(|p| p.jurisdiction())
    }

    /// For a unit of the 34 that is one of the 11 kept unchanged: the unit of the 63 it
    /// continues.
    ///
    /// ```
    /// use doingoai::org::Jurisdiction;
    /// let cao_bang: Jurisdiction = "34:04".parse()?;
    /// assert_eq!(cao_bang.continues(), Some("63:04".parse()?));
    /// let da_nang: Jurisdiction = "34:48".parse()?;
    /// assert_eq!(da_nang.continues(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn continues(&self) -> Option<Jurisdiction> {
        let mut p = self.predecessors();
        let first = p.next()?;
        match (p.next(), first.succession()) {
            (None, Some(Succession::Unchanged(_))) => Some(first),
            _ => None,
        }
    }

    /// Every jurisdiction: the nation, the 63 units, then the 34.
    pub fn all() -> impl Iterator<Item = Jurisdiction> {
        std::iter::once(Jurisdiction::National)
            .chain(OLD_PROVINCES.iter().map(Province::jurisdiction))
            .chain(NEW_PROVINCES.iter().map(Province::jurisdiction))
    }

    /// The name in Vietnamese (`Toàn quốc` for the nation).
    pub fn name_vi(&self) -> &'static str {
        self.province().map_or("Toàn quốc", |p| p.name_vi)
    }

    /// The name in English (`National` for the nation).
    pub fn name_en(&self) -> &'static str {
        self.province().map_or("National", |p| p.name_en)
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Jurisdiction::National => f.write_str("national"),
            Jurisdiction::Province(id) => write!(f, "{}:{:02}", id.set.code(), id.code),
        }
    }
}

/// A code (`national`, `63:49`, `34:48`), or a name that fits one unit of either set ("Quảng
/// Nam" is 63:49); a name that fits a unit of each set ("Đà Nẵng": 63:48 and 34:48) is
/// [`JurisdictionError::Ambiguous`] — use [`Jurisdiction::by_name`] with a date. JSON reads
/// codes only ([`Jurisdiction::from_code`]).
///
/// ```
/// use doingoai::org::{Jurisdiction, JurisdictionError};
/// assert_eq!("Quảng Nam".parse::<Jurisdiction>()?.to_string(), "63:49");
/// assert_eq!("34:48".parse::<Jurisdiction>()?.to_string(), "34:48");
/// assert!(matches!("Đà Nẵng".parse::<Jurisdiction>(), Err(JurisdictionError::Ambiguous { .. })));
/// # Ok::<(), JurisdictionError>(())
/// ```
impl FromStr for Jurisdiction {
    type Err = JurisdictionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code_err = match Jurisdiction::from_code(s) {
            Ok(j) => return Ok(j),
            Err(e) => e,
        };
        let mut found = Vec::new();
        for day in [LAST_DAY_OF_63, FIRST_DAY_OF_34] {
            match Jurisdiction::by_name(s, day) {
                Ok(j) => found.push(j),
                Err(e @ JurisdictionError::Ambiguous { .. }) if found.is_empty() => {
                    if Jurisdiction::by_name(s, FIRST_DAY_OF_34).is_err() {
                        return Err(e);
                    }
                }
                Err(_) => {}
            }
        }
        match found.as_slice() {
            [] => Err(code_err),
            [j] => Ok(*j),
            _ => Err(JurisdictionError::Ambiguous {
                name: s.to_string(),
                reason: "a unit of the 63 (until 30/06/2025) and one of the 34 (from 01/07/2025) have that name: give the date (Jurisdiction::by_name) or the code".into(),
                candidates: found,
            }),
        }
    }
}

impl TryFrom<String> for Jurisdiction {
    type Error = JurisdictionError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Jurisdiction::from_code(&s)
    }
}

impl From<Jurisdiction> for String {
    fn from(j: Jurisdiction) -> String {
        j.to_string()
    }
}

/// The unit with this code in this set.
pub fn province(set: ProvinceSet, code: u8) -> Option<&'static Province> {
    let table = match set {
        ProvinceSet::Until2025 => OLD_PROVINCES,
        ProvinceSet::From2025 => NEW_PROVINCES,
    };
    table
        .binary_search_by_key(&code, |p| p.code)
        .ok()
        .and_then(|i| table.get(i))
}

/// Every unit of a set, by code.
pub fn provinces(set: ProvinceSet) -> impl Iterator<Item = &'static Province> {
    match set {
        ProvinceSet::Until2025 => OLD_PROVINCES.iter(),
        ProvinceSet::From2025 => NEW_PROVINCES.iter(),
    }
}

/// Abbreviations and former names in use, each a real usage: `(set, code, folded name,
/// where it is used)`. `None` for the set: both sets.
pub const NAME_ALIASES: &[(Option<ProvinceSet>, u8, &str, &str)] = &[
    (
        None,
        79,
        "hcm",
        "\"TP.HCM\" / \"TP HCM\": the abbreviation of Thành phố Hồ Chí Minh in administrative documents and the press",
    ),
    (
        None,
        79,
        "tphcm",
        "\"TPHCM\": the same abbreviation written without a space",
    ),
    (
        None,
        79,
        "hcmc",
        "\"HCMC\": the English abbreviation (Ho Chi Minh City) in the international press",
    ),
    (
        Some(ProvinceSet::Until2025),
        46,
        "thua thien hue",
        "Tỉnh Thừa Thiên Huế: the name of unit 46 until 31/12/2024 (Resolution 175/2024/QH15 made it Thành phố Huế)",
    ),
];

/// The first day Huế is a centrally-run city (Resolution 175/2024/QH15).
const HUE_CITY_FROM: NaiveDate = d(2025, 1, 1);

impl Province {
    /// Province or centrally-run city on `date`: [`Province::kind`], except Huế (unit 46 of the
    /// 63), a province (Thừa Thiên Huế) until 31/12/2024.
    pub fn kind_on(&self, date: NaiveDate) -> UnitKind {
        if self.set == ProvinceSet::Until2025 && self.code == 46 && date < HUE_CITY_FROM {
            UnitKind::Province
        } else {
            self.kind
        }
    }
}

/// The folded names of a unit, without spaces: Vietnamese, English (with and without its
/// "City": "HoChiMinhCity" as written run together), and the aliases of [`NAME_ALIASES`].
fn names_of(p: &Province) -> impl Iterator<Item = String> + '_ {
    let full_en = fold(p.name_en);
    let en = full_en
        .strip_suffix(" city")
        .unwrap_or(&full_en)
        .to_string();
    [fold(p.name_vi), en, full_en]
        .into_iter()
        .chain(
            NAME_ALIASES
                .iter()
                .filter(move |(set, code, _, _)| *code == p.code && set.is_none_or(|s| s == p.set))
                .map(|(_, _, n, _)| (*n).to_string()),
        )
        .map(|n| n.replace(' ', ""))
}

/// Splits a folded name into the kind its prefix or suffix states ("tỉnh", "thành phố", "tp",
/// "t.p.", English "province" / "city") and the rest, without spaces.
fn strip_kind(key: &str) -> (Option<UnitKind>, String) {
    let mut kind = None;
    let mut rest = key.trim();
    for (prefix, k) in [
        ("thanh pho ", UnitKind::City),
        ("tp ", UnitKind::City),
        ("t p ", UnitKind::City),
        ("tinh ", UnitKind::Province),
        ("city of ", UnitKind::City),
        ("province of ", UnitKind::Province),
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            kind = Some(k);
            rest = r.trim();
            break;
        }
    }
    if kind.is_none() {
        for (suffix, k) in [(" city", UnitKind::City), (" province", UnitKind::Province)] {
            if let Some(r) = rest.strip_suffix(suffix) {
                kind = Some(k);
                rest = r.trim();
                break;
            }
        }
    }
    (kind, rest.replace(' ', ""))
}

/// Lower-case, without Vietnamese diacritics, `đ` → `d`, spaces folded; for name look-ups.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().to_lowercase().chars() {
        let base = match c {
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ'
            | 'ẩ' | 'ẫ' | 'ậ' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => {
                'e'
            }
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ'
            | 'ở' | 'ỡ' | 'ợ' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => {
                'u'
            }
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            '-' | '_' | '.' => ' ',
            c => c,
        };
        if base == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(base);
    }
    out
}

const fn old(
    code: u8,
    name_vi: &'static str,
    name_en: &'static str,
    kind: UnitKind,
    successor: u8,
    official: bool,
) -> Province {
    Province {
        set: ProvinceSet::Until2025,
        code,
        name_vi,
        name_en,
        kind,
        successor: Some(successor),
        centre: None,
        evidence: if official {
            Evidence::Text
        } else {
            Evidence::Secondary
        },
    }
}

const fn new(
    code: u8,
    name_vi: &'static str,
    name_en: &'static str,
    kind: UnitKind,
    centre: u8,
) -> Province {
    Province {
        set: ProvinceSet::From2025,
        code,
        name_vi,
        name_en,
        kind,
        successor: None,
        centre: Some(centre),
        evidence: Evidence::Text,
    }
}

use UnitKind::{City, Province as Tinh};

/// The 63 units until 30/06/2025, by old code, with the new unit each became part of.
static OLD_PROVINCES: &[Province] = &[
    old(1, "Hà Nội", "Hanoi", City, 1, true),
    old(2, "Hà Giang", "Ha Giang", Tinh, 8, true),
    old(4, "Cao Bằng", "Cao Bang", Tinh, 4, true),
    old(6, "Bắc Kạn", "Bac Kan", Tinh, 19, true),
    old(8, "Tuyên Quang", "Tuyen Quang", Tinh, 8, true),
    old(10, "Lào Cai", "Lao Cai", Tinh, 15, true),
    old(11, "Điện Biên", "Dien Bien", Tinh, 11, true),
    old(12, "Lai Châu", "Lai Chau", Tinh, 12, true),
    old(14, "Sơn La", "Son La", Tinh, 14, true),
    old(15, "Yên Bái", "Yen Bai", Tinh, 15, true),
    old(17, "Hòa Bình", "Hoa Binh", Tinh, 25, true),
    old(19, "Thái Nguyên", "Thai Nguyen", Tinh, 19, true),
    old(20, "Lạng Sơn", "Lang Son", Tinh, 20, true),
    old(22, "Quảng Ninh", "Quang Ninh", Tinh, 22, true),
    old(24, "Bắc Giang", "Bac Giang", Tinh, 24, true),
    old(25, "Phú Thọ", "Phu Tho", Tinh, 25, true),
    old(26, "Vĩnh Phúc", "Vinh Phuc", Tinh, 25, true),
    old(27, "Bắc Ninh", "Bac Ninh", Tinh, 24, true),
    old(30, "Hải Dương", "Hai Duong", Tinh, 31, true),
    old(31, "Hải Phòng", "Hai Phong", City, 31, true),
    old(33, "Hưng Yên", "Hung Yen", Tinh, 33, true),
    old(34, "Thái Bình", "Thai Binh", Tinh, 33, true),
    old(35, "Hà Nam", "Ha Nam", Tinh, 37, true),
    old(36, "Nam Định", "Nam Dinh", Tinh, 37, true),
    old(37, "Ninh Bình", "Ninh Binh", Tinh, 37, true),
    old(38, "Thanh Hóa", "Thanh Hoa", Tinh, 38, true),
    old(40, "Nghệ An", "Nghe An", Tinh, 40, true),
    old(42, "Hà Tĩnh", "Ha Tinh", Tinh, 42, true),
    old(44, "Quảng Bình", "Quang Binh", Tinh, 44, true),
    old(45, "Quảng Trị", "Quang Tri", Tinh, 44, true),
    old(46, "Huế", "Hue", City, 46, true),
    old(48, "Đà Nẵng", "Da Nang", City, 48, true),
    old(49, "Quảng Nam", "Quang Nam", Tinh, 48, true),
    old(51, "Quảng Ngãi", "Quang Ngai", Tinh, 51, true),
    old(52, "Bình Định", "Binh Dinh", Tinh, 52, true),
    old(54, "Phú Yên", "Phu Yen", Tinh, 66, false),
    old(56, "Khánh Hòa", "Khanh Hoa", Tinh, 56, true),
    old(58, "Ninh Thuận", "Ninh Thuan", Tinh, 56, true),
    old(60, "Bình Thuận", "Binh Thuan", Tinh, 68, false),
    old(62, "Kon Tum", "Kon Tum", Tinh, 51, true),
    old(64, "Gia Lai", "Gia Lai", Tinh, 52, true),
    old(66, "Đắk Lắk", "Dak Lak", Tinh, 66, false),
    old(67, "Đắk Nông", "Dak Nong", Tinh, 68, false),
    old(68, "Lâm Đồng", "Lam Dong", Tinh, 68, false),
    old(70, "Bình Phước", "Binh Phuoc", Tinh, 75, true),
    old(72, "Tây Ninh", "Tay Ninh", Tinh, 80, true),
    old(74, "Bình Dương", "Binh Duong", Tinh, 79, true),
    old(75, "Đồng Nai", "Dong Nai", Tinh, 75, true),
    old(77, "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", Tinh, 79, true),
    old(79, "Hồ Chí Minh", "Ho Chi Minh City", City, 79, true),
    old(80, "Long An", "Long An", Tinh, 80, true),
    old(82, "Tiền Giang", "Tien Giang", Tinh, 82, true),
    old(83, "Bến Tre", "Ben Tre", Tinh, 86, false),
    old(84, "Trà Vinh", "Tra Vinh", Tinh, 86, false),
    old(86, "Vĩnh Long", "Vinh Long", Tinh, 86, false),
    old(87, "Đồng Tháp", "Dong Thap", Tinh, 82, true),
    old(89, "An Giang", "An Giang", Tinh, 91, true),
    old(91, "Kiên Giang", "Kien Giang", Tinh, 91, true),
    old(92, "Cần Thơ", "Can Tho", City, 92, true),
    old(93, "Hậu Giang", "Hau Giang", Tinh, 92, true),
    old(94, "Sóc Trăng", "Soc Trang", Tinh, 92, true),
    old(95, "Bạc Liêu", "Bac Lieu", Tinh, 96, true),
    old(96, "Cà Mau", "Ca Mau", Tinh, 96, true),
];

/// The 34 units from 01/07/2025, by new code, with the former unit holding the centre.
static NEW_PROVINCES: &[Province] = &[
    new(1, "Hà Nội", "Hanoi", City, 1),
    new(4, "Cao Bằng", "Cao Bang", Tinh, 4),
    new(8, "Tuyên Quang", "Tuyen Quang", Tinh, 8),
    new(11, "Điện Biên", "Dien Bien", Tinh, 11),
    new(12, "Lai Châu", "Lai Chau", Tinh, 12),
    new(14, "Sơn La", "Son La", Tinh, 14),
    new(15, "Lào Cai", "Lao Cai", Tinh, 15),
    new(19, "Thái Nguyên", "Thai Nguyen", Tinh, 19),
    new(20, "Lạng Sơn", "Lang Son", Tinh, 20),
    new(22, "Quảng Ninh", "Quang Ninh", Tinh, 22),
    new(24, "Bắc Ninh", "Bac Ninh", Tinh, 24),
    new(25, "Phú Thọ", "Phu Tho", Tinh, 25),
    new(31, "Hải Phòng", "Hai Phong", City, 31),
    new(33, "Hưng Yên", "Hung Yen", Tinh, 33),
    new(37, "Ninh Bình", "Ninh Binh", Tinh, 37),
    new(38, "Thanh Hóa", "Thanh Hoa", Tinh, 38),
    new(40, "Nghệ An", "Nghe An", Tinh, 40),
    new(42, "Hà Tĩnh", "Ha Tinh", Tinh, 42),
    new(44, "Quảng Trị", "Quang Tri", Tinh, 44),
    new(46, "Huế", "Hue", City, 46),
    new(48, "Đà Nẵng", "Da Nang", City, 48),
    new(51, "Quảng Ngãi", "Quang Ngai", Tinh, 51),
    new(52, "Gia Lai", "Gia Lai", Tinh, 52),
    new(56, "Khánh Hòa", "Khanh Hoa", Tinh, 56),
    new(66, "Đắk Lắk", "Dak Lak", Tinh, 66),
    new(68, "Lâm Đồng", "Lam Dong", Tinh, 68),
    new(75, "Đồng Nai", "Dong Nai", Tinh, 75),
    new(79, "Hồ Chí Minh", "Ho Chi Minh City", City, 79),
    new(80, "Tây Ninh", "Tay Ninh", Tinh, 80),
    new(82, "Đồng Tháp", "Dong Thap", Tinh, 82),
    new(86, "Vĩnh Long", "Vinh Long", Tinh, 86),
    new(91, "An Giang", "An Giang", Tinh, 91),
    new(92, "Cần Thơ", "Can Tho", City, 92),
    new(96, "Cà Mau", "Ca Mau", Tinh, 96),
];
