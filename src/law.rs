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
use std::sync::Arc;

use chrono::NaiveDate;

use crate::label::vocabulary;

mod citations;
pub(crate) mod forever;
mod registry;
pub use citations::Citations;
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
///
/// A number read from JSON that the crate's instrument registry knows exactly points at the
/// registry's text (nothing allocated); any other valid number is kept as read.
///
/// It is 16 bytes: a number known at compile time or to the registry is the static text
/// itself, any other one a shared, immutable copy (a [`Citation`] holding one is 56 bytes
/// rather than 64, and a clone allocates nothing).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(into = "String")]
pub struct InstrumentNumber(Text);

/// An immutable text that is copied often (an [`InstrumentNumber`], a
/// [`RuleId`](crate::rules::RuleId)): static (the crate's tables, the registry, a table kept
/// for the program's life by `law::forever`: a copy is a pointer) or shared (a copy is an
/// atomic count).
// `Arc<Box<str>>` is one pointer wide, so the enum fits in the 16 bytes of the `&str`
#[derive(Clone)]
pub(crate) enum Text {
    Static(&'static str),
    Shared(Arc<Box<str>>),
}

impl Text {
    /// A shared copy of `s`.
    pub(crate) fn shared(s: &str) -> Text {
        Text::Shared(Arc::new(Box::from(s)))
    }

    /// The text.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Static(s) => s,
            Text::Shared(s) => s,
        }
    }

    /// The text kept for the life of the program: a static text as it is (a number of the
    /// registry stays the registry's), a shared one kept by `forever`.
    pub(crate) fn kept(&self, forever: &mut forever::Forever) -> Text {
        match self {
            Text::Static(s) => Text::Static(s),
            Text::Shared(s) => Text::Static(forever.text(s)),
        }
    }
}

/// Equal when the texts are (the same static text is equal without reading it).
impl PartialEq for Text {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.as_str(), other.as_str());
        std::ptr::eq(a, b) || a == b
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Ordered, hashed and printed as the text, whichever way it is held.
impl Ord for Text {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// An instrument number that is not well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an instrument number: expected a number such as `06/2020/QĐ-TTg`, `272-QĐ/TW` or `45/2019/QH14` (digits, then `/` or `-`, no spaces at the ends)")]
#[non_exhaustive]
pub struct InvalidInstrumentNumber(pub String);

impl InstrumentNumber {
    /// A number known valid at compile time (the crate's own tables). Not checked: tables are
    /// checked by the test suite.
    pub const fn from_static(s: &'static str) -> Self {
        InstrumentNumber(Text::Static(s))
    }

    /// Parses and validates an instrument number: it starts with a digit, contains `/` or `-`,
    /// has no surrounding white space and is at most 64 characters. A number the crate's
    /// instrument registry knows exactly points at the registry's text (nothing is
    /// allocated); it reads, compares and serialises the same.
    ///
    /// ```
    /// use doingoai::law::InstrumentNumber;
    /// assert!(InstrumentNumber::parse("64/2021/NĐ-CP").is_ok());
    /// assert!(InstrumentNumber::parse("hello").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Self, InvalidInstrumentNumber> {
        if !Self::well_formed(s) {
            return Err(InvalidInstrumentNumber(s.to_string()));
        }
        if let Some(Text::Static(text)) = registry().get(s).map(|i| &i.number.0) {
            return Ok(InstrumentNumber(Text::Static(text)));
        }
        // kept for good while the shipped rulebook is read (`law::forever`)
        Ok(InstrumentNumber(forever::text(s)))
    }

    fn well_formed(s: &str) -> bool {
        !s.is_empty()
            && s.chars().count() <= 64
            && s.trim() == s
            && s.chars().next().is_some_and(|c| c.is_ascii_digit())
            && (s.contains('/') || s.contains('-'))
            && !s.chars().any(|c| c.is_control())
    }

    /// The number as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl InstrumentNumber {
    /// The number with its text kept for the life of the program (`law::forever`).
    pub(crate) fn kept(&self, forever: &mut forever::Forever) -> InstrumentNumber {
        InstrumentNumber(self.0.kept(forever))
    }
}

impl fmt::Display for InstrumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InstrumentNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Number;
        impl serde::de::Visitor<'_> for Number {
            type Value = InstrumentNumber;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<InstrumentNumber, E> {
                InstrumentNumber::parse(s).map_err(E::custom)
            }
        }
        d.deserialize_str(Number)
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
        n.as_str().to_string()
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
#[non_exhaustive]
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
    #[inline]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
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

/// Equal when every field is: the numbers (article, clause, point) are compared before the
/// instrument's text, which is read only when they agree.
impl PartialEq for Citation {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.article == other.article
            && self.clause == other.clause
            && self.point == other.point
            && self.instrument == other.instrument
            && self.part == other.part
    }
}

/// Hashes every field, in the order of the struct (as a derived hash did).
impl std::hash::Hash for Citation {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.instrument.hash(state);
        self.article.hash(state);
        self.clause.hash(state);
        self.point.hash(state);
        self.part.hash(state);
    }
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

    /// The citation in English (`Art. 19(2)(a) 70/2020/QH14`); a clause or point of an
    /// instrument without articles is `Cl. 3(a) 06/2020/QĐ-TTg` or `Pt. a 06/2020/QĐ-TTg`.
    pub fn en(&self) -> String {
        let mut s = String::new();
        match (self.article, self.clause) {
            (Some(a), _) => {
                s.push_str(&format!("Art. {a}"));
                if let Some(c) = self.clause {
                    s.push_str(&format!("({c})"));
                }
                if let Some(p) = self.point {
                    s.push_str(&format!("({p})"));
                }
                s.push(' ');
            }
            (None, Some(c)) => {
                s.push_str(&format!("Cl. {c}"));
                if let Some(p) = self.point {
                    s.push_str(&format!("({p})"));
                }
                s.push(' ');
            }
            (None, None) => {
                if let Some(p) = self.point {
                    s.push_str(&format!("Pt. {p} "));
                }
            }
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

/// A text that is not a citation in either of the forms [`Citation::vi`] and [`Citation::en`]
/// print; returned by `str::parse::<Citation>()`.
///
/// ```
/// use doingoai::law::Citation;
/// let e = "khoản 0 Điều 4 06/2020/QĐ-TTg".parse::<Citation>().unwrap_err();
/// assert_eq!(e.input, "khoản 0 Điều 4 06/2020/QĐ-TTg");
/// assert_eq!(e.to_string(), "`khoản 0 Điều 4 06/2020/QĐ-TTg` is not a citation: clause numbers start at 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a citation: {reason}")]
#[non_exhaustive]
pub struct InvalidCitation {
    /// The text given.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

/// The provision keywords, in the order `vi()` prints them (point, clause, article).
const VI_KEYWORDS: [&str; 3] = ["điểm", "khoản", "điều"];
/// The English keyword of an article.
const EN_ARTICLE: &str = "art.";
/// The English keyword of a clause of an instrument without articles.
const EN_CLAUSE: &str = "cl.";
/// The English keyword of a point of an instrument without articles or clauses.
const EN_POINT: &str = "pt.";

/// A word's rank among [`VI_KEYWORDS`] (case-insensitive), or `None`.
fn vi_keyword(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    VI_KEYWORDS.iter().position(|k| *k == lower)
}

/// Whether a word is a provision keyword of either form.
fn is_keyword(word: &str) -> bool {
    vi_keyword(word).is_some()
        || [EN_ARTICLE, EN_CLAUSE, EN_POINT]
            .iter()
            .any(|k| word.eq_ignore_ascii_case(k))
}

/// The first word of `s` (which starts with no white space) and the rest after it.
fn split_word(s: &str) -> (&str, &str) {
    match s.find(char::is_whitespace) {
        Some(i) => (&s[..i], s[i..].trim_start()),
        None => (s, ""),
    }
}

/// An article or clause number: ASCII digits, 1 to 65535.
/// `what` is `article` or `clause`.
fn provision_number(digits: &str, what: &str) -> Result<u16, String> {
    let a = if what.starts_with('a') { "an" } else { "a" };
    if digits.is_empty() {
        return Err(format!("expected {a} {what} number, found nothing"));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("expected {a} {what} number, found `{digits}`"));
    }
    match digits.parse::<u16>() {
        Ok(0) => Err(format!("{what} numbers start at 1")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "{what} number `{digits}` is too large (at most 65535)"
        )),
    }
}

/// A point: one letter (`a`, `b`, `đ`, …).
fn provision_point(word: &str) -> Result<char, String> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() => Ok(c),
        (None, _) => Err("expected a point letter (`a`, `b`, `đ`, …), found nothing".to_string()),
        _ => Err(format!(
            "expected a point letter (`a`, `b`, `đ`, …), found `{word}`"
        )),
    }
}

/// The English designator after `Art.`: `4`, `4(1)`, `4(1)(a)` or `4(a)`.
fn en_designator(word: &str) -> Result<(u16, Option<u16>, Option<char>), String> {
    let (number, mut groups) = match word.find('(') {
        Some(i) => (&word[..i], &word[i..]),
        None => (word, ""),
    };
    let article = provision_number(number, "article")?;
    let bad = || {
        format!("expected `Art. N`, `Art. N(c)` or `Art. N(c)(p)` with a clause number c and a point letter p, found `Art. {word}`")
    };
    let mut clause = None;
    let mut point = None;
    while !groups.is_empty() {
        let inner = groups
            .strip_prefix('(')
            .and_then(|g| g.find(')').map(|j| (&g[..j], &g[j + 1..])));
        let Some((inner, after)) = inner else {
            return Err(bad());
        };
        if point.is_some() {
            return Err(bad());
        }
        if inner.starts_with(|c: char| c.is_ascii_digit()) {
            if clause.is_some() {
                return Err(bad());
            }
            clause = Some(provision_number(inner, "clause")?);
        } else {
            point = Some(provision_point(inner).map_err(|_| bad())?);
        }
        groups = after;
    }
    Ok((article, clause, point))
}

/// The English designator after `Cl.`: `3` or `3(a)`.
fn en_clause_designator(word: &str) -> Result<(u16, Option<char>), String> {
    let bad = || {
        format!("expected `Cl. c` or `Cl. c(p)` with a clause number c and a point letter p, found `Cl. {word}`")
    };
    match word.find('(') {
        None => Ok((provision_number(word, "clause")?, None)),
        Some(i) => {
            let clause = provision_number(&word[..i], "clause")?;
            let inner = word[i + 1..].strip_suffix(')').ok_or_else(bad)?;
            Ok((clause, Some(provision_point(inner).map_err(|_| bad())?)))
        }
    }
}

/// Where the instrument number starts in `rest` (the text after the provisions, trimmed):
/// at the last word that starts with a digit and contains `/` or `-`; failing that, at the
/// last word that starts with a digit. `None` when no word starts with a digit.
fn number_start(rest: &str) -> Option<usize> {
    let mut looks_like_number = None;
    let mut starts_with_digit = None;
    let mut at_word_start = true;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            at_word_start = true;
            continue;
        }
        if at_word_start && c.is_ascii_digit() {
            starts_with_digit = Some(i);
            let word = rest[i..].split(char::is_whitespace).next().unwrap_or("");
            if word.contains(['/', '-']) {
                looks_like_number = Some(i);
            }
        }
        at_word_start = false;
    }
    looks_like_number.or(starts_with_digit)
}

/// Parses a citation in the form [`Citation::vi`] (and `Display`) prints, or the form
/// [`Citation::en`] prints, so that both round-trip.
///
/// - Vietnamese: `[điểm p] [khoản c] [Điều a] [part] number`, keywords in this order, in any
///   case (`Điều`, `điều`, `ĐIỀU`).
/// - English: `[Art. a[(c)][(p)] | Cl. c[(p)] | Pt. p] [part] number` (`Cl.` and `Pt.` for an
///   instrument without articles, as `en` prints it).
///
/// Words may be separated by any amount of white space. The instrument number is the text
/// from the last word that starts with a digit and contains `/` or `-` (`06/2020/QĐ-TTg`,
/// `2018-sn/UBND-Hồ Chí Minh`; failing such a word, from the last word that starts with a
/// digit) to the end, kept as written and checked by [`InstrumentNumber::parse`]. What lies
/// between the provisions and the number is the `part` (`mục 3`, `phụ lục I`), kept as
/// written; it may not begin with a provision keyword.
///
/// ```
/// use doingoai::law::Citation;
/// let c = Citation::article("06/2020/QĐ-TTg", 4).clause(1).point('a');
/// assert_eq!("điểm a khoản 1 Điều 4 06/2020/QĐ-TTg".parse(), Ok(c.clone()));
/// assert_eq!("Art. 4(1)(a) 06/2020/QĐ-TTg".parse(), Ok(c.clone()));
/// assert_eq!(c.to_string().parse(), Ok(c.clone()));
/// assert_eq!(c.en().parse(), Ok(c));
///
/// let p = Citation::instrument("2018-sn/UBND-Hồ Chí Minh").part("mục 3");
/// assert_eq!("mục 3 2018-sn/UBND-Hồ Chí Minh".parse(), Ok(p));
/// assert_eq!("  ĐIỀU   8  06/2020/QĐ-TTg ".parse(), Ok(Citation::article("06/2020/QĐ-TTg", 8)));
///
/// let e = "Điều 4".parse::<Citation>().unwrap_err();
/// assert!(e.reason.contains("no instrument number"));
/// ```
impl std::str::FromStr for Citation {
    type Err = InvalidCitation;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| InvalidCitation {
            input: input.to_string(),
            reason,
        };
        let mut rest = input.trim();
        if rest.is_empty() {
            return Err(fail("the text is empty".to_string()));
        }
        let (mut article, mut clause, mut point) = (None, None, None);
        let (first, after) = split_word(rest);
        if first.eq_ignore_ascii_case(EN_ARTICLE) {
            let (designator, after) = split_word(after);
            if designator.is_empty() {
                return Err(fail("expected an article number after `Art.`".to_string()));
            }
            let (a, c, p) = en_designator(designator).map_err(&fail)?;
            (article, clause, point) = (Some(a), c, p);
            rest = after;
        } else if first.eq_ignore_ascii_case(EN_CLAUSE) {
            let (designator, after) = split_word(after);
            if designator.is_empty() {
                return Err(fail("expected a clause number after `Cl.`".to_string()));
            }
            let (c, p) = en_clause_designator(designator).map_err(&fail)?;
            (clause, point) = (Some(c), p);
            rest = after;
        } else if first.eq_ignore_ascii_case(EN_POINT) {
            let (letter, after) = split_word(after);
            point = Some(provision_point(letter).map_err(&fail)?);
            rest = after;
        } else {
            // keywords in the order `vi()` prints them: điểm, khoản, Điều
            let mut next_rank = 0;
            loop {
                let (word, after) = split_word(rest);
                let Some(rank) = vi_keyword(word) else { break };
                if rank < next_rank {
                    return Err(fail(format!(
                        "`{word}` is out of order: expected `điểm … khoản … Điều …` before the part and the number"
                    )));
                }
                let (designator, after) = split_word(after);
                match rank {
                    0 => point = Some(provision_point(designator).map_err(&fail)?),
                    1 => clause = Some(provision_number(designator, "clause").map_err(&fail)?),
                    _ => article = Some(provision_number(designator, "article").map_err(&fail)?),
                }
                next_rank = rank + 1;
                rest = after;
            }
        }
        let (word, _) = split_word(rest);
        if is_keyword(word) {
            return Err(fail(format!(
                "`{word}` is out of order: the provisions (`điểm … khoản … Điều …` or `Art. N(c)(p)`) come first, once, in one language"
            )));
        }
        let Some(start) = number_start(rest) else {
            return Err(fail(
                "no instrument number (such as `06/2020/QĐ-TTg`) at the end".to_string(),
            ));
        };
        let part = rest[..start].trim_end();
        let instrument =
            InstrumentNumber::parse(&rest[start..]).map_err(|e| fail(e.to_string()))?;
        Ok(Citation {
            instrument,
            article,
            clause,
            point,
            part: (!part.is_empty()).then(|| Cow::Owned(part.to_string())),
        })
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
