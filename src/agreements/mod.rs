//! The register of signed international agreements (thỏa thuận quốc tế) of a province, their
//! implementation activities, and dormancy: an agreement with no implementation activity
//! within a configurable window is flagged *dormant* — "ký rồi để đấy", signed and left on the
//! shelf, which the national conference of external-affairs departments asked localities to
//! avoid (seed 001).
//!
//! ```
//! use doingoai::agreements::{Agreement, AgreementRegistry, DormancyPolicy};
//! use doingoai::activity::AgreementLevel;
//! use doingoai::org::{Body, BodyKind, Jurisdiction};
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! let la = Jurisdiction::old(80).unwrap(); // Long An
//! let mut reg = AgreementRegistry::new();
//! reg.sign(Agreement::new("la-2023-04", "Biên bản ghi nhớ hợp tác nông nghiệp", "Tỉnh Gyeonggi", "KR",
//!     Body::new(BodyKind::ProvincialPeoplesCommittee, la), AgreementLevel::PeoplesCommittee, d(2023, 3, 1))).unwrap();
//! let flags = reg.dormant_on(d(2024, 6, 1), &DormancyPolicy::default());
//! assert_eq!(flags.len(), 1);
//! assert_eq!(flags[0].days_idle, 458);
//! ```

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::activity::{ActivityId, AgreementLevel};
use crate::law::Evidence;
use crate::org::Body;

/// A signed international agreement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Agreement {
    /// Identifier, unique in the register.
    pub id: String,
    /// Title.
    pub title: String,
    /// The foreign partner.
    pub partner: String,
    /// The partner's country (ISO 3166-1 alpha-2).
    pub partner_country: String,
    /// The Vietnamese signing body.
    pub signer: Body,
    /// In whose name it was signed.
    pub level: AgreementLevel,
    /// The person who signed, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<String>,
    /// The day of signing.
    pub signed_on: NaiveDate,
    /// The last day in force, if it has a term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<NaiveDate>,
    /// The case of the signing procedure, if it ran through the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<ActivityId>,
}

impl Agreement {
    /// An agreement signed on `signed_on`, without term, signatory or case.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        partner: impl Into<String>,
        partner_country: impl Into<String>,
        signer: Body,
        level: AgreementLevel,
        signed_on: NaiveDate,
    ) -> Self {
        Agreement {
            id: id.into(),
            title: title.into(),
            partner: partner.into(),
            partner_country: partner_country.into(),
            signer,
            level,
            signed_by: None,
            signed_on,
            expires_on: None,
            case: None,
        }
    }

    /// Whether the agreement is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.signed_on <= date && self.expires_on.is_none_or(|e| date <= e)
    }
}

/// An activity that implements an agreement (a visit, a programme, a project step).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Implementation {
    /// The agreement implemented.
    pub agreement: String,
    /// The day of the activity.
    pub on: NaiveDate,
    /// What was done.
    pub description: String,
    /// The activity (case), if it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityId>,
}

/// How long an agreement may go without implementation activity: days, or calendar months
/// as people say it ("18 tháng"). In JSON a key of the policy: `"window_days": 365` (the form
/// of older files, still read) or `"window_months": 18`.
///
/// ```
/// use doingoai::agreements::{DormancyPolicy, DormancyWindow};
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let w = DormancyWindow::Months(18);
/// assert!(!w.elapsed(d(2024, 1, 31), d(2025, 7, 30)));
/// assert!(w.elapsed(d(2024, 1, 31), d(2025, 7, 31)));
/// let old: DormancyPolicy = serde_json::from_str(r#"{"window_days":365,"evidence":"guidance","source":"x"}"#)?;
/// assert_eq!(old.window, DormancyWindow::Days(365));
/// let json = serde_json::to_string(&DormancyPolicy::months(18))?;
/// assert!(json.starts_with(r#"{"window_months":18,"#));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum DormancyWindow {
    /// A number of days.
    #[serde(rename = "window_days")]
    Days(u32),
    /// A number of calendar months (the same day of the month, or the month's last day).
    #[serde(rename = "window_months")]
    Months(u32),
}

impl DormancyWindow {
    /// Whether the window has run from `since` by `date`.
    pub fn elapsed(self, since: NaiveDate, date: NaiveDate) -> bool {
        match self {
            DormancyWindow::Days(n) => (date - since).num_days() >= i64::from(n),
            DormancyWindow::Months(n) => since
                .checked_add_months(chrono::Months::new(n))
                .is_some_and(|end| date >= end),
        }
    }

    /// "365 ngày" / "18 tháng".
    pub fn vi(self) -> String {
        match self {
            DormancyWindow::Days(n) => format!("{n} ngày"),
            DormancyWindow::Months(n) => format!("{n} tháng"),
        }
    }

    /// "365 days" / "18 months".
    pub fn en(self) -> String {
        match self {
            DormancyWindow::Days(n) => format!("{n} days"),
            DormancyWindow::Months(n) => format!("{n} months"),
        }
    }
}

/// When an agreement counts as dormant.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DormancyPolicy {
    /// The time without any implementation activity after which an agreement is dormant (also
    /// the grace period after signing).
    #[serde(flatten)]
    pub window: DormancyWindow,
    /// The grade of the rule: guidance, not a binding provision.
    pub evidence: Evidence,
    /// Where the expectation comes from.
    pub source: String,
}

impl Default for DormancyPolicy {
    /// A 365-day window, graded as guidance (seed 001: "tránh tình trạng ký rồi để đấy").
    fn default() -> Self {
        DormancyPolicy {
            window: DormancyWindow::Days(365),
            evidence: Evidence::Guidance,
            source: "Hội nghị Ngoại vụ toàn quốc lần thứ 20: tránh tình trạng ký rồi để đấy, không triển khai".into(),
        }
    }
}

impl DormancyPolicy {
    /// The default policy's grade and source with a window of `n` days.
    pub fn days(n: u32) -> Self {
        DormancyPolicy {
            window: DormancyWindow::Days(n),
            ..DormancyPolicy::default()
        }
    }

    /// The default policy's grade and source with a window of `n` calendar months.
    pub fn months(n: u32) -> Self {
        DormancyPolicy {
            window: DormancyWindow::Months(n),
            ..DormancyPolicy::default()
        }
    }
}

/// An agreement flagged dormant, with the evidence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DormancyFlag {
    /// The agreement.
    pub agreement: String,
    /// Its title.
    pub title: String,
    /// Partner.
    pub partner: String,
    /// Partner country.
    pub partner_country: String,
    /// The signing body.
    pub signer: String,
    /// Signed on.
    pub signed_on: NaiveDate,
    /// The last implementation activity, if any.
    pub last_activity: Option<NaiveDate>,
    /// Days since the last activity (or since signing).
    pub days_idle: i64,
    /// The window applied, in days (for a window in months: the days it spanned here).
    pub window_days: u32,
    /// The window applied, when it is in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_months: Option<u32>,
    /// The grade of the expectation.
    pub evidence: Evidence,
    /// A sentence stating the evidence, in Vietnamese and English.
    pub explanation_vi: String,
    /// The same in English.
    pub explanation_en: String,
}

/// A register operation that could not be done. The register is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AgreementError {
    /// An agreement with the same id is already registered.
    #[error("agreement `{0}` is already registered")]
    Duplicate(String),
    /// No agreement has that id.
    #[error("no agreement `{0}` in the register")]
    Unknown(String),
    /// The implementation is dated before the signing.
    #[error("agreement `{id}` was signed on {signed_on}; an implementation on {on} is before it")]
    BeforeSigning {
        /// The agreement.
        id: String,
        /// Its signing day.
        signed_on: NaiveDate,
        /// The date given.
        on: NaiveDate,
    },
}

/// The register: agreements and their implementation activities.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "StoredRegistry")]
pub struct AgreementRegistry {
    agreements: Vec<Agreement>,
    implementations: Vec<Implementation>,
    /// The position of each id among the agreements (the first, should a stored register
    /// repeat one), so that signing and looking up cost the same however many agreements
    /// are registered.
    #[serde(skip)]
    by_id: HashMap<String, usize>,
}

/// The register as stored: the index is rebuilt on reading.
#[derive(serde::Deserialize)]
struct StoredRegistry {
    agreements: Vec<Agreement>,
    implementations: Vec<Implementation>,
}

impl From<StoredRegistry> for AgreementRegistry {
    fn from(s: StoredRegistry) -> Self {
        let mut by_id = HashMap::with_capacity(s.agreements.len());
        for (i, a) in s.agreements.iter().enumerate() {
            by_id.entry(a.id.clone()).or_insert(i);
        }
        AgreementRegistry {
            agreements: s.agreements,
            implementations: s.implementations,
            by_id,
        }
    }
}

impl AgreementRegistry {
    /// An empty register.
    pub fn new() -> Self {
        AgreementRegistry::default()
    }

    /// Registers a signed agreement.
    pub fn sign(&mut self, a: Agreement) -> Result<(), AgreementError> {
        if self.get(&a.id).is_some() {
            return Err(AgreementError::Duplicate(a.id));
        }
        self.by_id.insert(a.id.clone(), self.agreements.len());
        self.agreements.push(a);
        Ok(())
    }

    /// The agreement with id `id`.
    pub fn get(&self, id: &str) -> Option<&Agreement> {
        self.by_id.get(id).and_then(|&i| self.agreements.get(i))
    }

    /// Records an implementation activity.
    pub fn implement(&mut self, i: Implementation) -> Result<(), AgreementError> {
        let a = self
            .get(&i.agreement)
            .ok_or_else(|| AgreementError::Unknown(i.agreement.clone()))?;
        if i.on < a.signed_on {
            return Err(AgreementError::BeforeSigning {
                id: a.id.clone(),
                signed_on: a.signed_on,
                on: i.on,
            });
        }
        self.implementations.push(i);
        Ok(())
    }

    /// Every agreement, in registration order.
    pub fn agreements(&self) -> &[Agreement] {
        &self.agreements
    }

    /// Every implementation activity, in registration order.
    pub fn implementations(&self) -> &[Implementation] {
        &self.implementations
    }

    /// The implementation activities of one agreement.
    pub fn implementations_of<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Implementation> + 'a {
        self.implementations
            .iter()
            .filter(move |i| i.agreement == id)
    }

    /// The agreements in force on `date` with no implementation activity in the last
    /// `policy.window` (and signed at least that long ago), with the evidence. One
    /// pass over the implementations.
    pub fn dormant_on(&self, date: NaiveDate, policy: &DormancyPolicy) -> Vec<DormancyFlag> {
        let mut last: BTreeMap<&str, NaiveDate> = BTreeMap::new();
        for i in &self.implementations {
            if i.on <= date {
                let e = last.entry(i.agreement.as_str()).or_insert(i.on);
                if i.on > *e {
                    *e = i.on;
                }
            }
        }
        let window = policy.window.vi();
        let window_en = policy.window.en();
        let mut out = Vec::new();
        for a in &self.agreements {
            if !a.in_force_on(date) {
                continue;
            }
            let l = last.get(a.id.as_str()).copied();
            let since = l.unwrap_or(a.signed_on);
            let idle = (date - since).num_days();
            if !policy.window.elapsed(since, date) {
                continue;
            }
            let (window_days, window_months) = match policy.window {
                DormancyWindow::Days(n) => (n, None),
                DormancyWindow::Months(n) => (
                    since
                        .checked_add_months(chrono::Months::new(n))
                        .and_then(|end| u32::try_from((end - since).num_days()).ok())
                        .unwrap_or(u32::MAX),
                    Some(n),
                ),
            };
            let (vi, en) = match l {
                None => (
                    format!(
                        "Ký ngày {}; không có hoạt động triển khai nào trong {idle} ngày kể từ khi ký (ngưỡng {window}).",
                        a.signed_on.format("%d/%m/%Y")
                    ),
                    format!(
                        "Signed on {}; no implementation activity in the {idle} days since signing (window {window_en}).",
                        a.signed_on.format("%d/%m/%Y")
                    ),
                ),
                Some(x) => (
                    format!(
                        "Hoạt động triển khai gần nhất ngày {}; {idle} ngày không có hoạt động (ngưỡng {window}).",
                        x.format("%d/%m/%Y")
                    ),
                    format!(
                        "Last implementation activity on {}; {idle} days without activity (window {window_en}).",
                        x.format("%d/%m/%Y")
                    ),
                ),
            };
            out.push(DormancyFlag {
                agreement: a.id.clone(),
                title: a.title.clone(),
                partner: a.partner.clone(),
                partner_country: a.partner_country.clone(),
                signer: a.signer.to_string(),
                signed_on: a.signed_on,
                last_activity: l,
                days_idle: idle,
                window_days,
                window_months,
                evidence: policy.evidence,
                explanation_vi: vi,
                explanation_en: en,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::{BodyKind, Jurisdiction};

    fn agreement(id: &str) -> Agreement {
        let la = Jurisdiction::old(80).expect("Long An");
        Agreement::new(
            id,
            "Biên bản ghi nhớ",
            "Tỉnh Gyeonggi",
            "KR",
            Body::new(BodyKind::ProvincialPeoplesCommittee, la),
            AgreementLevel::PeoplesCommittee,
            NaiveDate::from_ymd_opt(2023, 3, 1).expect("date"),
        )
    }

    #[test]
    fn the_id_index_survives_a_json_round_trip() {
        let mut reg = AgreementRegistry::new();
        for i in 0..50 {
            reg.sign(agreement(&format!("a-{i}"))).expect("sign");
        }
        assert!(matches!(
            reg.sign(agreement("a-7")),
            Err(AgreementError::Duplicate(_))
        ));
        let json = serde_json::to_string(&reg).expect("json");
        assert!(!json.contains("by_id"));
        let mut back: AgreementRegistry = serde_json::from_str(&json).expect("back");
        assert_eq!(back, reg);
        for i in 0..50 {
            let id = format!("a-{i}");
            assert_eq!(back.get(&id).map(|a| a.id.as_str()), Some(id.as_str()));
        }
        assert_eq!(back.get("a-50"), None);
        assert!(matches!(
            back.sign(agreement("a-49")),
            Err(AgreementError::Duplicate(_))
        ));
        back.sign(agreement("a-50")).expect("sign");
        assert_eq!(back.agreements().len(), 51);
        assert!(back.get("a-50").is_some());
    }

    #[test]
    fn a_stored_register_repeating_an_id_finds_the_first() {
        let mut first = agreement("x");
        first.title = "first".into();
        let mut second = agreement("x");
        second.title = "second".into();
        let stored = serde_json::json!({ "agreements": [first, second], "implementations": [] });
        let reg: AgreementRegistry = serde_json::from_value(stored).expect("read");
        assert_eq!(reg.get("x").map(|a| a.title.as_str()), Some("first"));
    }
}
