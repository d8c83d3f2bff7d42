//! The registry of instruments the crate knows, queryable by number and by date.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::{Evidence, Instrument, InstrumentKind, InstrumentNumber, Validity};

/// Every instrument named in the crate's rules and in the domain reference, with its dates.
///
/// ```
/// use doingoai::law::registry;
/// use chrono::NaiveDate;
/// let on = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
/// // the conference decision of 2020 replaced that of 2010
/// assert!(registry().in_force_on(on).any(|i| i.number.as_str() == "06/2020/QĐ-TTg"));
/// ```
#[derive(Debug, Clone)]
pub struct InstrumentRegistry {
    instruments: Vec<Instrument>,
    by_number: HashMap<String, usize>,
}

impl InstrumentRegistry {
    /// Builds a registry from a list of instruments; a later duplicate number replaces an
    /// earlier one.
    pub fn new(instruments: Vec<Instrument>) -> Self {
        let mut by_number = HashMap::with_capacity(instruments.len());
        for (i, ins) in instruments.iter().enumerate() {
            by_number.insert(ins.number.as_str().to_string(), i);
        }
        InstrumentRegistry {
            instruments,
            by_number,
        }
    }

    /// The instrument with this number, if the registry has it.
    pub fn get(&self, number: &str) -> Option<&Instrument> {
        self.by_number.get(number).map(|&i| &self.instruments[i])
    }

    /// Whether the registry has an instrument with this number.
    pub fn contains(&self, number: &str) -> bool {
        self.by_number.contains_key(number)
    }

    /// Every instrument, in registry order.
    pub fn all(&self) -> &[Instrument] {
        &self.instruments
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
}

/// The crate's registry of instruments, built once.
pub fn registry() -> &'static InstrumentRegistry {
    static REG: OnceLock<InstrumentRegistry> = OnceLock::new();
    REG.get_or_init(|| InstrumentRegistry::new(table()))
}

/// `d(2020, 4, 15)`: a date of the crate's own tables. Falls back to the minimum date for an
/// impossible triple, which the registry tests forbid.
pub(crate) const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => NaiveDate::MIN,
    }
}

struct Row {
    number: &'static str,
    kind: InstrumentKind,
    issuer: &'static str,
    signed: Option<NaiveDate>,
    from: NaiveDate,
    to: Option<NaiveDate>,
    replaces: &'static [&'static str],
    vi: &'static str,
    en: &'static str,
    evidence: Evidence,
}

fn table() -> Vec<Instrument> {
    ROWS.iter()
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

use Evidence as E;
use InstrumentKind as K;

const ROWS: &[Row] = &[
    Row {
        number: "76/2010/QĐ-TTg",
        kind: K::Decision,
        issuer: "Thủ tướng Chính phủ",
        signed: Some(d(2010, 11, 30)),
        from: d(2011, 1, 15),
        to: Some(d(2020, 4, 14)),
        replaces: &[],
        vi: "Quyết định về việc tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
        en: "Decision on organising and managing international conferences and seminars in Vietnam",
        evidence: E::Secondary,
    },
    Row {
        number: "06/2020/QĐ-TTg",
        kind: K::Decision,
        issuer: "Thủ tướng Chính phủ",
        signed: Some(d(2020, 2, 21)),
        from: d(2020, 4, 15),
        to: None,
        replaces: &["76/2010/QĐ-TTg"],
        vi: "Quyết định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
        en: "Decision on organising and managing international conferences and seminars in Vietnam",
        evidence: E::Text,
    },
];
