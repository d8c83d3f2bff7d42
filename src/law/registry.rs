//! The registry of instruments the crate knows, queryable by number and by date.
//!
//! The rows themselves live in [`national`] (laws, decrees, party instruments, holiday
//! notices) and [`provincial`] (provincial party and People's Committee instruments); each row
//! carries a comment with its source and with any date the sources do not give.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::{Evidence, Instrument, InstrumentKind, InstrumentNumber, Validity};

mod national;
mod party;
mod provincial;
mod sectoral;

/// An instrument number that the registry does not know.
///
/// ```
/// use doingoai::law::registry;
/// let err = registry().find("99/2099/QĐ-TTg").unwrap_err();
/// assert_eq!(err.number, "99/2099/QĐ-TTg");
/// assert!(err.to_string().contains("99/2099/QĐ-TTg"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown instrument `{number}`: no instrument with this number (compared as `{key}`) is in the registry")]
#[non_exhaustive]
pub struct UnknownInstrument {
    /// The number as it was asked for.
    pub number: String,
    /// The normalised form it was compared in (upper case, `Đ` as `D`, no spaces).
    pub key: String,
}

/// Every instrument named in the crate's rules and in the domain reference, with its dates.
///
/// ```
/// use doingoai::law::registry;
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
/// // the conference decision of 2020 replaced that of 2010
/// assert!(registry().in_force_on(on).any(|i| i.number.as_str() == "06/2020/QĐ-TTg"));
/// // tolerant look-up: case, spaces, `D` for `Đ`
/// assert_eq!(registry().find("06/2020/qd-ttg")?.number.as_str(), "06/2020/QĐ-TTg");
/// # Ok::<(), doingoai::law::UnknownInstrument>(())
/// ```
#[derive(Debug, Clone)]
pub struct InstrumentRegistry {
    instruments: Vec<Instrument>,
    by_number: HashMap<String, usize>,
    by_key: HashMap<String, usize>,
    /// `(amending, amended)` pairs: amendments that leave the amended instrument in force.
    amendments: Vec<(InstrumentNumber, InstrumentNumber)>,
}

/// The comparison key of an instrument number: white space removed, upper case, `Đ` read as
/// `D` (so `QD` matches `QĐ`), typographic dashes read as `-`, combining accents dropped.
///
/// ```
/// use doingoai::law::normalise_number;
/// assert_eq!(normalise_number(" 06/2020/qđ-ttg "), "06/2020/QD-TTG");
/// assert_eq!(normalise_number("272 – QĐ/TW"), "272-QD/TW");
/// ```
pub fn normalise_number(number: &str) -> String {
    let mut key = String::with_capacity(number.len());
    for c in number.chars() {
        match c {
            c if c.is_whitespace() => {}
            // combining diacritical marks (a decomposed `Đ` has none, but `QĐ` typed with a
            // combining stroke or accents on other letters should still match)
            '\u{0300}'..='\u{036F}' => {}
            'Đ' | 'đ' | 'Ð' | 'ð' => key.push('D'),
            '–' | '—' | '‐' | '‑' | '−' => key.push('-'),
            c => key.extend(c.to_uppercase()),
        }
    }
    key
}

impl InstrumentRegistry {
    /// Builds a registry from a list of instruments; a later duplicate number replaces an
    /// earlier one.
    pub fn new(instruments: Vec<Instrument>) -> Self {
        let mut by_number = HashMap::with_capacity(instruments.len());
        let mut by_key = HashMap::with_capacity(instruments.len());
        for (i, ins) in instruments.iter().enumerate() {
            by_number.insert(ins.number.as_str().to_string(), i);
            by_key.insert(normalise_number(ins.number.as_str()), i);
        }
        InstrumentRegistry {
            instruments,
            by_number,
            by_key,
            amendments: Vec::new(),
        }
    }

    /// The same registry with amendment links: each pair is `(amending, amended)`, for
    /// instruments that amend another without replacing it (the amended one stays in force,
    /// so it is not listed in [`Instrument::replaces`]).
    pub fn with_amendments(
        mut self,
        pairs: impl IntoIterator<Item = (InstrumentNumber, InstrumentNumber)>,
    ) -> Self {
        self.amendments.extend(pairs);
        self
    }

    /// The instruments that amend `number` (without replacing it), in registry order of the
    /// links.
    ///
    /// ```
    /// use doingoai::law::registry;
    /// let by: Vec<_> = registry().amendments_of("64/2021/NĐ-CP").map(|i| i.number.as_str()).collect();
    /// assert_eq!(by, ["177/2025/NĐ-CP"]);
    /// ```
    pub fn amendments_of<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a Instrument> {
        self.amendments
            .iter()
            .filter(move |(_, amended)| amended.as_str() == number)
            .filter_map(move |(amending, _)| self.get(amending.as_str()))
    }

    /// The instruments that `number` amends (without replacing them).
    pub fn amended_by<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a Instrument> {
        self.amendments
            .iter()
            .filter(move |(amending, _)| amending.as_str() == number)
            .filter_map(move |(_, amended)| self.get(amended.as_str()))
    }

    /// The instrument with exactly this number, if the registry has it.
    pub fn get(&self, number: &str) -> Option<&Instrument> {
        self.by_number
            .get(number)
            .and_then(|&i| self.instruments.get(i))
    }

    /// The instrument with this number, compared tolerantly (see [`normalise_number`]):
    /// `06/2020/qd-ttg` finds `06/2020/QĐ-TTg`. The instrument returned carries the
    /// canonical number.
    pub fn find(&self, number: &str) -> Result<&Instrument, UnknownInstrument> {
        if let Some(i) = self.get(number) {
            return Ok(i);
        }
        let key = normalise_number(number);
        self.by_key
            .get(&key)
            .and_then(|&i| self.instruments.get(i))
            .ok_or_else(|| UnknownInstrument {
                number: number.to_string(),
                key,
            })
    }

    /// Whether the registry has an instrument with exactly this number.
    pub fn contains(&self, number: &str) -> bool {
        self.by_number.contains_key(number)
    }

    /// Every instrument, in registry order.
    pub fn all(&self) -> &[Instrument] {
        &self.instruments
    }

    /// The number of instruments.
    pub fn len(&self) -> usize {
        self.instruments.len()
    }

    /// Whether the registry is empty.
    pub fn is_empty(&self) -> bool {
        self.instruments.is_empty()
    }

    /// The instruments in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> impl Iterator<Item = &Instrument> {
        self.instruments
            .iter()
            .filter(move |i| i.in_force.contains(date))
    }

    /// The instruments that `number` replaced, directly.
    pub fn replaced_by<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a Instrument> {
        self.get(number)
            .into_iter()
            .flat_map(|i| i.replaces.iter())
            .filter_map(move |n| self.get(n.as_str()))
    }

    /// The instruments that directly replace `number` (those listing it in
    /// [`Instrument::replaces`]).
    pub fn successors<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a Instrument> {
        self.instruments
            .iter()
            .filter(move |i| i.replaces.iter().any(|r| r.as_str() == number))
    }

    /// The instrument that replaced `number` (directly or through a chain of replacements)
    /// and is in force on `date`; `Ok(None)` when no successor is in force on that day (for
    /// example because `number` itself still is).
    ///
    /// ```
    /// use doingoai::law::registry;
    /// use chrono::NaiveDate;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let reg = registry();
    /// let s = reg.successor_on("76/2010/QĐ-TTg", d(2021, 1, 1))?.unwrap();
    /// assert_eq!(s.number.as_str(), "06/2020/QĐ-TTg");
    /// assert!(reg.successor_on("76/2010/QĐ-TTg", d(2019, 1, 1))?.is_none());
    /// assert!(reg.successor_on("no/such", d(2019, 1, 1)).is_err());
    /// # Ok::<(), doingoai::law::UnknownInstrument>(())
    /// ```
    pub fn successor_on(
        &self,
        number: &str,
        date: NaiveDate,
    ) -> Result<Option<&Instrument>, UnknownInstrument> {
        let start = self.find(number)?;
        let mut seen: HashSet<&str> = HashSet::new();
        let mut frontier: Vec<&str> = vec![start.number.as_str()];
        seen.insert(start.number.as_str());
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for n in frontier {
                for s in self.successors(n) {
                    if s.in_force.contains(date) {
                        return Ok(Some(s));
                    }
                    if seen.insert(s.number.as_str()) {
                        next.push(s.number.as_str());
                    }
                }
            }
            frontier = next;
        }
        Ok(None)
    }

    /// The version in force on `date` of the instrument `number`: the instrument itself if it
    /// is in force, otherwise its successor in force (see [`InstrumentRegistry::successor_on`]).
    pub fn version_on(
        &self,
        number: &str,
        date: NaiveDate,
    ) -> Result<Option<&Instrument>, UnknownInstrument> {
        let ins = self.find(number)?;
        if ins.in_force.contains(date) {
            Ok(Some(ins))
        } else {
            self.successor_on(number, date)
        }
    }
}

/// The crate's registry of instruments, built once.
pub fn registry() -> &'static InstrumentRegistry {
    static REG: OnceLock<InstrumentRegistry> = OnceLock::new();
    REG.get_or_init(|| {
        InstrumentRegistry::new(table()).with_amendments(national::AMENDMENTS.iter().map(
            |(amending, amended)| {
                (
                    InstrumentNumber::from_static(amending),
                    InstrumentNumber::from_static(amended),
                )
            },
        ))
    })
}

/// `d(2020, 4, 15)`: a date of the crate's own tables (the law module's `ymd`; an impossible
/// triple gives the minimum date, which the registry tests forbid).
pub(crate) use super::ymd as d;

/// One row of the crate's instrument tables.
pub(crate) struct Row {
    pub(crate) number: &'static str,
    pub(crate) kind: InstrumentKind,
    pub(crate) issuer: &'static str,
    pub(crate) signed: Option<NaiveDate>,
    pub(crate) from: NaiveDate,
    pub(crate) to: Option<NaiveDate>,
    pub(crate) replaces: &'static [&'static str],
    pub(crate) vi: &'static str,
    pub(crate) en: &'static str,
    pub(crate) evidence: Evidence,
}

/// Writes a [`Row`] compactly: `row! { "06/2020/QĐ-TTg", Decision, "Thủ tướng Chính phủ",
/// signed 2020-2-21, from 2020-4-15, to open, replaces ["76/2010/QĐ-TTg"], Text, "vi", "en" }`.
macro_rules! row {
    (@opt) => { None };
    (@opt $y:literal - $m:literal - $d:literal) => { Some($crate::law::registry::d($y, $m, $d)) };
    (
        $number:literal, $kind:ident, $issuer:literal,
        signed $($sy:literal - $sm:literal - $sd:literal)? $(none)?,
        from $fy:literal - $fm:literal - $fd:literal,
        to $($ty:literal - $tm:literal - $td:literal)? $(open)?,
        replaces [$($rep:literal),* $(,)?],
        $evidence:ident,
        $vi:literal,
        $en:literal $(,)?
    ) => {
        $crate::law::registry::Row {
            number: $number,
            kind: $crate::law::InstrumentKind::$kind,
            issuer: $issuer,
            signed: row!(@opt $($sy - $sm - $sd)?),
            from: $crate::law::registry::d($fy, $fm, $fd),
            to: row!(@opt $($ty - $tm - $td)?),
            replaces: &[$($rep),*],
            vi: $vi,
            en: $en,
            evidence: $crate::law::Evidence::$evidence,
        }
    };
}
pub(crate) use row;

fn table() -> Vec<Instrument> {
    national::ROWS
        .iter()
        .chain(provincial::ROWS.iter())
        .chain(sectoral::ROWS.iter())
        .chain(party::ROWS.iter())
        .map(|r| Instrument {
            number: InstrumentNumber::from_static(r.number),
            kind: r.kind,
            issuer: Cow::Borrowed(r.issuer),
            signed: r.signed,
            in_force: Validity {
                from: r.from,
                to: r.to,
            },
            replaces: r
                .replaces
                .iter()
                .map(|n| InstrumentNumber::from_static(n))
                .collect(),
            title_vi: Cow::Borrowed(r.vi),
            title_en: Cow::Borrowed(r.en),
            evidence: r.evidence,
        })
        .collect()
}
