//! Provenance as types: legal instruments, citations, evidence grades and validity periods.
//!
//! Every rule in this crate points back to the law through a [`Citation`] (instrument number +
//! article + clause + point) and carries the [`Evidence`] grade of what was actually read.
//! The [`registry`] lists every instrument the crate knows, with its dates.
//!
//! ```
//! use doingoai::law::{self, Citation};
//! use chrono::NaiveDate;
//!
//! let c = Citation::article("06/2020/QĐ-TTg", 3).clause(1);
//! assert_eq!(c.to_string(), "khoản 1 Điều 3 06/2020/QĐ-TTg");
//! assert_eq!(c.en(), "Art. 3(1) 06/2020/QĐ-TTg");
//!
//! let reg = law::registry();
//! let d = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
//! assert!(reg.get("06/2020/QĐ-TTg").unwrap().in_force.contains(d));
//! assert!(!reg.get("76/2010/QĐ-TTg").unwrap().in_force.contains(d));
//! ```

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

use crate::label::vocabulary;

mod registry;
pub use registry::{normalise_number, registry, InstrumentRegistry, UnknownInstrument};

/// `ymd(2020, 4, 15)`: a date of the crate's own tables, in a `const` context. An impossible
/// triple gives `NaiveDate::MIN`, which the table tests forbid.
pub(crate) const fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => NaiveDate::MIN,
    }
}

vocabulary! {
    /// How far a figure can be trusted: what was actually read (domain README §1).
    pub enum Evidence {
        /// Read in the article text of the instrument.
        Text = ("text", "văn bản gốc", "article text read"),
        /// Read in the official codification (Bộ Pháp điển).
        Codification = ("codification", "Bộ Pháp điển", "official codification"),
        /// Read on an official administrative-procedure page (thủ tục hành chính).
        ProcedurePage = ("procedure_page", "trang thủ tục hành chính", "official procedure page"),
        /// Press or third-party summary; the text itself was not read.
        Secondary = ("secondary", "nguồn thứ cấp", "secondary source"),
        /// A single OCR copy, not confirmed.
        Provisional = ("provisional", "bản OCR chưa xác nhận", "provisional (single OCR copy)"),
        /// An orientation or good practice, not a binding rule.
        Guidance = ("guidance", "định hướng", "guidance (not binding)"),
    }
}

impl Evidence {
    /// Whether the grade rests on the text of the instrument itself (text, codification or an
    /// official procedure page).
    pub const fn is_primary(self) -> bool {
        matches!(
            self,
            Evidence::Text | Evidence::Codification | Evidence::ProcedurePage
        )
    }
}

vocabulary! {
    /// The kind of a legal or party instrument.
    pub enum InstrumentKind {
        /// A code (bộ luật), e.g. the Labour Code or the Civil Code.
        Code = ("code", "bộ luật", "code"),
        /// A law (luật) of the National Assembly.
        Law = ("law", "luật", "law"),
        /// An ordinance (pháp lệnh) of the NA Standing Committee.
        Ordinance = ("ordinance", "pháp lệnh", "ordinance"),
        /// A resolution (nghị quyết) of the National Assembly, the Government or a party body.
        Resolution = ("resolution", "nghị quyết", "resolution"),
        /// A decree (nghị định) of the Government.
        Decree = ("decree", "nghị định", "decree"),
        /// A decision (quyết định) of the Prime Minister or a People's Committee.
        Decision = ("decision", "quyết định", "decision"),
        /// A circular (thông tư) of a ministry.
        Circular = ("circular", "thông tư", "circular"),
        /// A directive (chỉ thị).
        Directive = ("directive", "chỉ thị", "directive"),
        /// A party regulation (quy định / quy chế of a party body).
        PartyRegulation = ("party_regulation", "quy định của Đảng", "party regulation"),
        /// A party conclusion (kết luận).
        Conclusion = ("conclusion", "kết luận", "conclusion"),
        /// A guidance (hướng dẫn).
        Guidance = ("guidance", "hướng dẫn", "guidance"),
        /// An official letter (công văn).
        OfficialLetter = ("official_letter", "công văn", "official letter"),
        /// A notice (thông báo).
        Notice = ("notice", "thông báo", "notice"),
        /// A plan (kế hoạch).
        Plan = ("plan", "kế hoạch", "plan"),
    }
}

/// The number (số hiệu) of an instrument, such as `06/2020/QĐ-TTg` or `272-QĐ/TW`.
///
/// Built with [`InstrumentNumber::parse`] (validating) or, for numbers known at compile time,
/// [`InstrumentNumber::from_static`].
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct InstrumentNumber(Cow<'static, str>);

/// An instrument number that is not well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an instrument number: expected a number such as `06/2020/QĐ-TTg`, `272-QĐ/TW` or `45/2019/QH14` (digits, then `/` or `-`, no spaces at the ends)")]
pub struct InvalidInstrumentNumber(pub String);

impl InstrumentNumber {
    /// A number known valid at compile time (the crate's own tables). Not checked: tables are
    /// checked by the test suite.
    pub const fn from_static(s: &'static str) -> Self {
        InstrumentNumber(Cow::Borrowed(s))
    }

    /// Parses and validates an instrument number: it starts with a digit, contains `/` or `-`,
    /// has no surrounding white space and is at most 64 characters.
    ///
    /// ```
    /// use doingoai::law::InstrumentNumber;
    /// assert!(InstrumentNumber::parse("64/2021/NĐ-CP").is_ok());
    /// assert!(InstrumentNumber::parse("hello").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Self, InvalidInstrumentNumber> {
        let ok = !s.is_empty()
            && s.chars().count() <= 64
            && s.trim() == s
            && s.chars().next().is_some_and(|c| c.is_ascii_digit())
            && (s.contains('/') || s.contains('-'))
            && !s.chars().any(|c| c.is_control());
        if ok {
            Ok(InstrumentNumber(Cow::Owned(s.to_string())))
        } else {
            Err(InvalidInstrumentNumber(s.to_string()))
        }
    }

    /// The number as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for InstrumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for InstrumentNumber {
    type Error = InvalidInstrumentNumber;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        InstrumentNumber::parse(&s)
    }
}

impl From<InstrumentNumber> for String {
    fn from(n: InstrumentNumber) -> String {
        n.0.into_owned()
    }
}

impl std::str::FromStr for InstrumentNumber {
    type Err = InvalidInstrumentNumber;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        InstrumentNumber::parse(s)
    }
}

/// A period of validity: from a first day to an optional last day, both inclusive.
///
/// ```
/// use doingoai::law::Validity;
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let v = Validity::between(d(2020, 4, 15), d(2025, 6, 30)).unwrap();
/// assert!(v.contains(d(2025, 6, 30)));
/// assert!(!v.contains(d(2025, 7, 1)));
/// assert!(Validity::from(d(2025, 7, 1)).contains(d(2100, 1, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Validity {
    /// First day in force.
    pub from: NaiveDate,
    /// Last day in force (inclusive); `None` while open-ended.
    pub to: Option<NaiveDate>,
}

/// A validity period whose end is before its start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("validity period ends ({to}) before it starts ({from})")]
pub struct InvalidValidity {
    /// The start given.
    pub from: NaiveDate,
    /// The end given.
    pub to: NaiveDate,
}

impl<'de> serde::Deserialize<'de> for Validity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            from: NaiveDate,
            #[serde(default)]
            to: Option<NaiveDate>,
        }
        let r = Raw::deserialize(d)?;
        match r.to {
            Some(to) => Validity::between(r.from, to).map_err(serde::de::Error::custom),
            None => Ok(Validity::from(r.from)),
        }
    }
}

impl Validity {
    /// Open-ended validity from `from`.
    pub const fn from(from: NaiveDate) -> Self {
        Validity { from, to: None }
    }

    /// Validity from `from` to `to`, both inclusive.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Result<Self, InvalidValidity> {
        if to < from {
            Err(InvalidValidity { from, to })
        } else {
            Ok(Validity { from, to: Some(to) })
        }
    }

    /// Whether `date` lies within the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.from && self.to.is_none_or(|t| date <= t)
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Validity) -> bool {
        let a_end = self.to.unwrap_or(NaiveDate::MAX);
        let b_end = other.to.unwrap_or(NaiveDate::MAX);
        self.from <= b_end && other.from <= a_end
    }

    /// Whether `other` lies entirely within `self`.
    pub fn covers(&self, other: &Validity) -> bool {
        let a_end = self.to.unwrap_or(NaiveDate::MAX);
        let b_end = other.to.unwrap_or(NaiveDate::MAX);
        self.from <= other.from && b_end <= a_end
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            Some(to) => write!(
                f,
                "{} – {}",
                self.from.format("%d/%m/%Y"),
                to.format("%d/%m/%Y")
            ),
            None => write!(f, "từ {}", self.from.format("%d/%m/%Y")),
        }
    }
}

/// A reference to a provision: instrument + article (điều) + clause (khoản) + point (điểm).
///
/// Articles and clauses are numbers; a point is a letter (`a`, `b`, `đ`, …). Provisions that
/// are not numbered articles (a section of a party directive, a row of an annex) go in `part`.
///
/// ```
/// use doingoai::law::Citation;
/// let c = Citation::article("70/2020/QH14", 19).clause(2).point('a');
/// assert_eq!(c.to_string(), "điểm a khoản 2 Điều 19 70/2020/QH14");
/// assert_eq!(c.en(), "Art. 19(2)(a) 70/2020/QH14");
/// let whole = Citation::instrument("38-CT/TW");
/// assert_eq!(whole.to_string(), "38-CT/TW");
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The instrument cited.
    pub instrument: InstrumentNumber,
    /// Article (Điều), if the citation is to an article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<u16>,
    /// Clause (khoản) within the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u16>,
    /// Point (điểm) within the clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<char>,
    /// A provision that is not an article number (e.g. `mục 3`, `phụ lục I`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Cow<'static, str>>,
}

impl Citation {
    /// The whole instrument.
    pub const fn instrument(number: &'static str) -> Self {
        Citation {
            instrument: InstrumentNumber::from_static(number),
            article: None,
            clause: None,
            point: None,
            part: None,
        }
    }

    /// An article of an instrument.
    pub const fn article(number: &'static str, article: u16) -> Self {
        Citation {
            instrument: InstrumentNumber::from_static(number),
            article: Some(article),
            clause: None,
            point: None,
            part: None,
        }
    }

    /// A citation of an instrument given at run time.
    pub fn of(number: InstrumentNumber) -> Self {
        Citation {
            instrument: number,
            article: None,
            clause: None,
            point: None,
            part: None,
        }
    }

    /// The same citation narrowed to a clause.
    pub const fn clause(mut self, clause: u16) -> Self {
        self.clause = Some(clause);
        self
    }

    /// The same citation narrowed to a point.
    pub const fn point(mut self, point: char) -> Self {
        self.point = Some(point);
        self
    }

    /// The same citation narrowed to a provision that is not an article number.
    pub fn part(mut self, part: &'static str) -> Self {
        self.part = Some(Cow::Borrowed(part));
        self
    }

    /// The citation in Vietnamese (`điểm a khoản 2 Điều 19 70/2020/QH14`); same as `Display`.
    pub fn vi(&self) -> String {
        let mut s = String::new();
        if let Some(p) = self.point {
            s.push_str(&format!("điểm {p} "));
        }
        if let Some(c) = self.clause {
            s.push_str(&format!("khoản {c} "));
        }
        if let Some(a) = self.article {
            s.push_str(&format!("Điều {a} "));
        }
        if let Some(p) = &self.part {
            s.push_str(p);
            s.push(' ');
        }
        s.push_str(self.instrument.as_str());
        s
    }

    /// The citation in English (`Art. 19(2)(a) 70/2020/QH14`).
    pub fn en(&self) -> String {
        let mut s = String::new();
        if let Some(a) = self.article {
            s.push_str(&format!("Art. {a}"));
            if let Some(c) = self.clause {
                s.push_str(&format!("({c})"));
            }
            if let Some(p) = self.point {
                s.push_str(&format!("({p})"));
            }
            s.push(' ');
        }
        if let Some(p) = &self.part {
            s.push_str(p);
            s.push(' ');
        }
        s.push_str(self.instrument.as_str());
        s
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.vi())
    }
}

/// A legal or party instrument with its dates.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Its number (số hiệu).
    pub number: InstrumentNumber,
    /// Its kind.
    pub kind: InstrumentKind,
    /// Who issued it, in Vietnamese (e.g. `Thủ tướng Chính phủ`).
    pub issuer: Cow<'static, str>,
    /// The day it was signed or adopted, where known.
    pub signed: Option<NaiveDate>,
    /// The period it is (or was) in force.
    pub in_force: Validity,
    /// The instruments it replaces in full (amendments that leave the amended text in force
    /// are listed by [`InstrumentRegistry::amendments_of`]).
    pub replaces: Vec<InstrumentNumber>,
    /// Its title in Vietnamese.
    pub title_vi: Cow<'static, str>,
    /// Its title in English.
    pub title_en: Cow<'static, str>,
    /// How the dates and content were established.
    pub evidence: Evidence,
}

impl fmt::Display for Instrument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} — {}",
            crate::Label::vi(&self.kind),
            self.number,
            self.title_vi
        )
    }
}
