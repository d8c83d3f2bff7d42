//! The obligation ledger: every report, notice and return that someone owes someone, with its
//! due date, its citation and its status on any date.
//!
//! An [`Obligation`] is plain data. It is created by a workflow transition (a result report
//! after a trip or a conference, a passport return, a notice after signing an agreement), by a
//! periodic rule of the rulebook (the conferences annual report by 18 December, the agreements
//! plan and report by 15 November, the NGO report by the 18th of the period's last month, …)
//! or by a plan (the yearly implementation report of an action plan). The [`Ledger`] keeps
//! them, records when each was met or waived, and answers *what is the status on date D*.
//!
//! What is owed is named in the rulebook's vocabulary, whole: an [`Owed`] is the
//! [`Subject`] and the [`ReportKind`] (an aid's completion report, each of its three finance
//! reports, a conference's result report: each its own entry, nothing merged), and its labels
//! are the two labels composed.
//!
//! Statuses only move forward: `pending` → `met on time`, or `pending` → `overdue` →
//! `met late`; `waived` closes either open state.
//!
//! The JSON form of a [`Ledger`] carries its schema version ([`SCHEMA_VERSION`]);
//! [`Ledger::from_json`] also reads the previous, unversioned form (see there).
//!
//! ```
//! use doingoai::activity::ActivityKind;
//! use doingoai::ledger::{Ledger, Obligation, Owed};
//! use doingoai::rules::{ReportKind, Subject};
//! use doingoai::calendar::DueStatus;
//! use doingoai::org::{Body, BodyKind, Jurisdiction};
//! use doingoai::{Channel, Citation};
//! use chrono::NaiveDate;
//! # fn main() -> Result<(), doingoai::ledger::LedgerError> {
//! let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
//! let ha_tinh = Jurisdiction::new_unit(42).unwrap();
//! let organiser = Body::new(BodyKind::ProvincialDepartment, ha_tinh).named("Sở Công Thương");
//! let fa = Body::new(BodyKind::DepartmentOfForeignAffairs, ha_tinh);
//! let owed = Owed::new(Subject::Activity(ActivityKind::InternationalConference), ReportKind::ResultReport);
//! let report = Obligation::new("hn-17/report", owed, Channel::State, ha_tinh, organiser, d(3, 10), d(3, 25))
//!     .owed_to(fa)
//!     .cite(Citation::article("06/2020/QĐ-TTg", 5));
//! let mut ledger = Ledger::new();
//! let id = ledger.add(report)?;
//! assert_eq!(ledger.status_on(&id, d(3, 20)), Some(DueStatus::Pending));
//! assert_eq!(ledger.status_on(&id, d(3, 26)), Some(DueStatus::Overdue));
//! ledger.fulfil(&id, d(3, 30))?;
//! assert_eq!(ledger.status_on(&id, d(3, 31)), Some(DueStatus::MetLate));
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::activity::ActivityId;
use crate::calendar::DueStatus;
use crate::label::{vocabulary, Label};
use crate::law::{Citation, Evidence};
use crate::org::{Body, Channel, Jurisdiction};
use crate::rules::{text, Finding, FindingKind, ReportKind, RuleId, Rulebook, Subject};

pub mod sources;
mod stored;

// date spans live in `calendar`; re-exported here for compatibility
pub use crate::calendar::DateRange;

pub use stored::SCHEMA_VERSION;

/// What is owed: a kind of report, plan or notice ([`ReportKind`]) about a [`Subject`] — the
/// key of a ledger entry, in the rulebook's own vocabulary. Nothing is merged: an aid's
/// completion report is not a result report, and the aid's first-half, second-half and
/// annual finance reports are three kinds.
///
/// The labels compose the report's and the subject's.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::ledger::Owed;
/// use doingoai::rules::{ReportKind, Subject};
/// let owed = Owed::new(Subject::Activity(ActivityKind::ForeignAid), ReportKind::CompletionReport);
/// assert_eq!(owed.code(), "foreign_aid/completion_report");
/// assert_eq!(owed.vi(), "báo cáo kết thúc (viện trợ không hoàn lại không thuộc ODA)");
/// assert_eq!(owed.en(), "completion report (non-ODA foreign aid)");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Owed {
    /// What it is about.
    pub subject: Subject,
    /// What is owed.
    pub report: ReportKind,
}

impl Owed {
    /// The `report` about `subject`.
    pub const fn new(subject: Subject, report: ReportKind) -> Self {
        Owed { subject, report }
    }

    /// The machine code: `{subject}/{report}`.
    pub fn code(&self) -> String {
        format!("{}/{}", self.subject.code(), self.report.code())
    }

    /// In Vietnamese: `{report} ({subject})`.
    pub fn vi(&self) -> String {
        format!("{} ({})", self.report.vi(), self.subject.vi())
    }

    /// In English: `{report} ({subject})`.
    pub fn en(&self) -> String {
        format!("{} ({})", self.report.en(), self.subject.en())
    }
}

impl std::fmt::Display for Owed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.vi())
    }
}

vocabulary! {
    /// Where an obligation came from.
    pub enum ObligationOrigin {
        /// A workflow transition of a case (an event took place, an agreement was signed).
        Case = ("case", "phát sinh từ hồ sơ", "from a case"),
        /// A periodic rule of the rulebook.
        Periodic = ("periodic", "định kỳ theo quy định", "periodic rule"),
        /// A plan, action plan or directive.
        Plan = ("plan", "theo kế hoạch, chỉ thị", "from a plan or directive"),
    }
}

/// An identifier of an obligation, unique within a ledger.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ObligationId(pub String);

impl std::fmt::Display for ObligationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One obligation: who owes what to whom, by when, under which provision, and what happened.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Obligation {
    /// Identifier, unique in the ledger.
    pub id: ObligationId,
    /// What is owed, about what.
    pub owed: Owed,
    /// The channel the obligation belongs to.
    pub channel: Channel,
    /// The jurisdiction it arises in.
    pub jurisdiction: Jurisdiction,
    /// Who owes it.
    pub owed_by: Body,
    /// To whom (first the main recipient, then copies).
    pub owed_to: Vec<Body>,
    /// The day it arises (the event, the signing, the start of the reporting year).
    pub arises_on: NaiveDate,
    /// The last day on which it is met on time.
    pub due: NaiveDate,
    /// The data window of a periodic report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_window: Option<DateRange>,
    /// The provisions that impose it.
    pub citations: Vec<Citation>,
    /// How far the figure behind the due date can be trusted (the grade of its rule).
    pub evidence: Evidence,
    /// The rule of the rulebook that imposes it, when one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleId>,
    /// Where it came from.
    pub origin: ObligationOrigin,
    /// The activity (case) it arises from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityId>,
    /// The day it was met, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_on: Option<NaiveDate>,
    /// The day it was waived, if it was, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waived: Option<Waiver>,
    /// A note on how the due date was derived.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The release of an obligation by the competent body.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Waiver {
    /// The day of the release.
    pub on: NaiveDate,
    /// Why (e.g. the event was cancelled).
    pub reason: String,
}

impl Obligation {
    /// An open obligation arising on `arises_on` and due on `due`, originating from a case,
    /// with no recipient, citation or activity yet (add them with the builder methods).
    pub fn new(
        id: impl Into<String>,
        owed: Owed,
        channel: Channel,
        jurisdiction: Jurisdiction,
        owed_by: Body,
        arises_on: NaiveDate,
        due: NaiveDate,
    ) -> Self {
        Obligation {
            id: ObligationId(id.into()),
            owed,
            channel,
            jurisdiction,
            owed_by,
            owed_to: Vec::new(),
            arises_on,
            due,
            data_window: None,
            citations: Vec::new(),
            evidence: Evidence::Text,
            rule: None,
            origin: ObligationOrigin::Case,
            activity: None,
            met_on: None,
            waived: None,
            note: String::new(),
        }
    }

    /// Adds a recipient.
    pub fn owed_to(mut self, body: Body) -> Self {
        self.owed_to.push(body);
        self
    }

    /// Adds a citation.
    pub fn cite(mut self, citation: Citation) -> Self {
        self.citations.push(citation);
        self
    }

    /// Sets the evidence grade.
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence = evidence;
        self
    }

    /// Sets the origin.
    pub fn origin(mut self, origin: ObligationOrigin) -> Self {
        self.origin = origin;
        self
    }

    /// Links the obligation to the activity it arises from.
    pub fn for_activity(mut self, activity: ActivityId) -> Self {
        self.activity = Some(activity);
        self
    }

    /// Sets the data window.
    pub fn window(mut self, window: DateRange) -> Self {
        self.data_window = Some(window);
        self
    }

    /// Sets the note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = note.into();
        self
    }

    /// The status on `date`. Exactly one status holds on any date:
    ///
    /// * met (on or before `date`): `met on time` if met by the due date, else `met late`;
    /// * waived on or before `date` (and not met earlier): `waived`;
    /// * otherwise `overdue` after the due date, `pending` up to it.
    ///
    /// Whichever of meeting and waiving came first closes the obligation.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::ledger::{Obligation, Owed};
    /// use doingoai::calendar::DueStatus;
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::rules::{ReportKind, Subject};
    /// use doingoai::Channel;
    /// use chrono::NaiveDate;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let j = Jurisdiction::new_unit(1).unwrap();
    /// let passport = Owed::new(Subject::Activity(ActivityKind::OutboundDelegation), ReportKind::PassportReturn);
    /// let mut o = Obligation::new("p-1", passport, Channel::State, j,
    ///     Body::new(BodyKind::ProvincialDepartment, j), d(5, 4), d(5, 11));
    /// o.met_on = Some(d(5, 8));
    /// assert_eq!(o.status_on(d(5, 7)), DueStatus::Pending);
    /// assert_eq!(o.status_on(d(5, 8)), DueStatus::MetOnTime);
    /// ```
    pub fn status_on(&self, date: NaiveDate) -> DueStatus {
        let met = self.met_on.filter(|m| *m <= date);
        let waived = self.waived.as_ref().map(|w| w.on).filter(|w| *w <= date);
        match (met, waived) {
            (Some(m), Some(w)) if w < m => DueStatus::Waived,
            (Some(m), _) => {
                if m <= self.due {
                    DueStatus::MetOnTime
                } else {
                    DueStatus::MetLate
                }
            }
            (None, Some(_)) => DueStatus::Waived,
            (None, None) => {
                if date > self.due {
                    DueStatus::Overdue
                } else {
                    DueStatus::Pending
                }
            }
        }
    }

    /// Days past the due date on `date` while unmet (0 if not overdue); for a late filing, the
    /// days it was late.
    pub fn days_late(&self, date: NaiveDate) -> i64 {
        match self.status_on(date) {
            DueStatus::Overdue => (date - self.due).num_days(),
            DueStatus::MetLate => self.met_on.map_or(0, |m| (m - self.due).num_days()),
            _ => 0,
        }
    }

    /// What went wrong with the obligation by `date`, as a [`Finding`]: overdue, or met late
    /// ([`FindingKind::NotMetByDue`] with the due day and the day met), under its rule with
    /// every citation and its grade; `None` while pending, met on time or waived.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::ledger::{Obligation, Owed};
    /// use doingoai::org::{Body, BodyKind, Jurisdiction};
    /// use doingoai::rules::{FindingKind, ReportKind, Subject};
    /// use doingoai::{Channel, Citation};
    /// use chrono::NaiveDate;
    /// let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    /// let j = Jurisdiction::new_unit(1).unwrap();
    /// let report = Owed::new(Subject::Activity(ActivityKind::InternationalConference), ReportKind::ResultReport);
    /// let o = Obligation::new("r-1", report, Channel::State, j,
    ///     Body::new(BodyKind::ProvincialDepartment, j), d(3, 10), d(3, 25))
    ///     .cite(Citation::article("06/2020/QĐ-TTg", 4).clause(2).point('c'));
    /// let f = o.finding_on(d(3, 30)).unwrap();
    /// assert_eq!(f.kind, FindingKind::NotMetByDue { due: d(3, 25), met: None });
    /// assert!(f.wrong.vi.contains("quá hạn 5 ngày"));
    /// assert!(f.wrong.en.starts_with("result report (international conference or seminar) of"));
    /// assert!(o.finding_on(d(3, 20)).is_none());
    /// ```
    pub fn finding_on(&self, date: NaiveDate) -> Option<Finding> {
        let (label, en) = (self.owed.vi(), self.owed.en());
        let days = self.days_late(date);
        let due = self.due.format("%d/%m/%Y");
        let (wrong, met) = match self.status_on(date) {
            DueStatus::Overdue => (
                text(
                    format!(
                        "{label} của {} hạn {due}, quá hạn {days} ngày",
                        self.owed_by
                    ),
                    format!(
                        "{en} of the {} due {due}: {days} days overdue",
                        self.owed_by
                    ),
                ),
                None,
            ),
            DueStatus::MetLate => {
                let on = self.met_on?;
                let day = on.format("%d/%m/%Y");
                (
                    text(
                        format!(
                            "{label} của {} hạn {due}, thực hiện ngày {day}, trễ {days} ngày",
                            self.owed_by
                        ),
                        format!(
                            "{en} of the {} due {due}, met on {day}: {days} days late",
                            self.owed_by
                        ),
                    ),
                    Some(on),
                )
            }
            _ => return None,
        };
        let found = Finding::new(
            FindingKind::NotMetByDue { due: self.due, met },
            wrong,
            text(
                format!("thực hiện {label} đúng hạn"),
                format!("meet the {en} by its due date"),
            ),
        );
        let found = match &self.rule {
            Some(rule) => found.under(rule.clone(), &self.citations, self.evidence),
            None => self.citations.iter().fold(found, |f, c| f.cite(c.clone())),
        };
        Some(found)
    }

    /// The day the obligation was closed (met or waived), if it was.
    pub fn closed_on(&self) -> Option<NaiveDate> {
        match (self.met_on, self.waived.as_ref().map(|w| w.on)) {
            (Some(m), Some(w)) => Some(m.min(w)),
            (m, w) => m.or(w),
        }
    }
}

/// A ledger operation that could not be done. The ledger is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LedgerError {
    /// An obligation with the same id is already in the ledger.
    #[error("obligation `{0}` is already in the ledger; ids must be unique")]
    Duplicate(ObligationId),
    /// No obligation has that id.
    #[error("no obligation `{0}` in the ledger")]
    Unknown(ObligationId),
    /// The obligation was already met or waived on the date given.
    #[error(
        "obligation `{id}` was already closed on {closed_on}; it cannot be met or waived again"
    )]
    AlreadyClosed {
        /// The obligation.
        id: ObligationId,
        /// The day it was closed.
        closed_on: NaiveDate,
    },
    /// The date is before the obligation arose.
    #[error("obligation `{id}` arises on {arises_on}; it cannot be met or waived on {date}")]
    BeforeArising {
        /// The obligation.
        id: ObligationId,
        /// When it arises.
        arises_on: NaiveDate,
        /// The date given.
        date: NaiveDate,
    },
    /// The due date is before the obligation arises.
    #[error("obligation `{id}` is due on {due}, before it arises on {arises_on}")]
    DueBeforeArising {
        /// The obligation.
        id: ObligationId,
        /// When it arises.
        arises_on: NaiveDate,
        /// Its due date.
        due: NaiveDate,
    },
}

/// The counts of obligations by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StatusCounts {
    /// Pending.
    pub pending: u64,
    /// Met on time.
    pub met_on_time: u64,
    /// Met late.
    pub met_late: u64,
    /// Overdue.
    pub overdue: u64,
    /// Waived.
    pub waived: u64,
}

impl StatusCounts {
    /// Counts one obligation of status `s`.
    pub fn add(&mut self, s: DueStatus) {
        match s {
            DueStatus::Pending => self.pending += 1,
            DueStatus::MetOnTime => self.met_on_time += 1,
            DueStatus::MetLate => self.met_late += 1,
            DueStatus::Overdue => self.overdue += 1,
            DueStatus::Waived => self.waived += 1,
        }
    }

    /// Adds another set of counts.
    pub fn merge(&mut self, o: &StatusCounts) {
        self.pending += o.pending;
        self.met_on_time += o.met_on_time;
        self.met_late += o.met_late;
        self.overdue += o.overdue;
        self.waived += o.waived;
    }

    /// All obligations counted.
    pub fn total(&self) -> u64 {
        self.pending + self.met_on_time + self.met_late + self.overdue + self.waived
    }

    /// Those that fell due and were not waived: met on time, met late or overdue.
    pub fn fell_due(&self) -> u64 {
        self.met_on_time + self.met_late + self.overdue
    }

    /// The share met on time among those that fell due, in per mille (‰); `None` if none fell
    /// due. Integer arithmetic keeps the figure identical on every platform.
    pub fn on_time_per_mille(&self) -> Option<u32> {
        let n = self.fell_due();
        self.met_on_time
            .saturating_mul(1000)
            .checked_div(n)
            .and_then(|x| u32::try_from(x).ok())
    }
}

/// The ledger: obligations in insertion order, indexed by id.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    obligations: Vec<Obligation>,
    index: BTreeMap<ObligationId, usize>,
}

impl Ledger {
    /// An empty ledger.
    pub fn new() -> Self {
        Ledger::default()
    }

    /// Adds an obligation; refuses a duplicate id or a due date before the day it arises.
    pub fn add(&mut self, o: Obligation) -> Result<ObligationId, LedgerError> {
        if self.index.contains_key(&o.id) {
            return Err(LedgerError::Duplicate(o.id));
        }
        if o.due < o.arises_on {
            return Err(LedgerError::DueBeforeArising {
                id: o.id,
                arises_on: o.arises_on,
                due: o.due,
            });
        }
        let id = o.id.clone();
        self.index.insert(id.clone(), self.obligations.len());
        self.obligations.push(o);
        Ok(id)
    }

    /// Adds every obligation; stops at the first refusal (those before it stay added).
    pub fn extend(
        &mut self,
        obligations: impl IntoIterator<Item = Obligation>,
    ) -> Result<(), LedgerError> {
        for o in obligations {
            self.add(o)?;
        }
        Ok(())
    }

    /// The obligation with id `id`.
    pub fn get(&self, id: &ObligationId) -> Option<&Obligation> {
        self.index.get(id).and_then(|i| self.obligations.get(*i))
    }

    fn get_open_mut(
        &mut self,
        id: &ObligationId,
        date: NaiveDate,
    ) -> Result<&mut Obligation, LedgerError> {
        let i = *self
            .index
            .get(id)
            .ok_or_else(|| LedgerError::Unknown(id.clone()))?;
        let o = self
            .obligations
            .get_mut(i)
            .ok_or_else(|| LedgerError::Unknown(id.clone()))?;
        if let Some(c) = o.closed_on() {
            return Err(LedgerError::AlreadyClosed {
                id: id.clone(),
                closed_on: c,
            });
        }
        if date < o.arises_on {
            return Err(LedgerError::BeforeArising {
                id: id.clone(),
                arises_on: o.arises_on,
                date,
            });
        }
        Ok(o)
    }

    /// Records that the obligation was met on `date`.
    pub fn fulfil(&mut self, id: &ObligationId, date: NaiveDate) -> Result<(), LedgerError> {
        let o = self.get_open_mut(id, date)?;
        o.met_on = Some(date);
        Ok(())
    }

    /// Records that the obligation was waived on `date` for `reason`.
    pub fn waive(
        &mut self,
        id: &ObligationId,
        date: NaiveDate,
        reason: impl Into<String>,
    ) -> Result<(), LedgerError> {
        let o = self.get_open_mut(id, date)?;
        o.waived = Some(Waiver {
            on: date,
            reason: reason.into(),
        });
        Ok(())
    }

    /// The status of obligation `id` on `date`.
    pub fn status_on(&self, id: &ObligationId, date: NaiveDate) -> Option<DueStatus> {
        self.get(id).map(|o| o.status_on(date))
    }

    /// Every obligation, in insertion order.
    pub fn iter(&self) -> std::slice::Iter<'_, Obligation> {
        self.obligations.iter()
    }

    /// Number of obligations.
    pub fn len(&self) -> usize {
        self.obligations.len()
    }

    /// Whether the ledger is empty.
    pub fn is_empty(&self) -> bool {
        self.obligations.is_empty()
    }

    /// What went wrong by `date` ([`Obligation::finding_on`]): every obligation overdue or met
    /// late, in insertion order.
    pub fn findings_on(&self, date: NaiveDate) -> Vec<Finding> {
        self.obligations
            .iter()
            .filter_map(|o| o.finding_on(date))
            .collect()
    }

    /// The obligations overdue on `date`, most overdue first (then by id).
    pub fn overdue_on(&self, date: NaiveDate) -> Vec<&Obligation> {
        let mut v: Vec<&Obligation> = self
            .obligations
            .iter()
            .filter(|o| o.status_on(date) == DueStatus::Overdue)
            .collect();
        v.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// The counts by status on `date`.
    pub fn counts_on(&self, date: NaiveDate) -> StatusCounts {
        let mut c = StatusCounts::default();
        for o in &self.obligations {
            c.add(o.status_on(date));
        }
        c
    }

    /// The obligations a body owes.
    pub fn owed_by<'a>(&'a self, body: &'a Body) -> impl Iterator<Item = &'a Obligation> + 'a {
        self.obligations.iter().filter(move |o| &o.owed_by == body)
    }

    /// The obligations owed to a body (as the addressee or a copy).
    pub fn owed_to<'a>(&'a self, body: &'a Body) -> impl Iterator<Item = &'a Obligation> + 'a {
        self.obligations
            .iter()
            .filter(move |o| o.owed_to.contains(body))
    }

    /// The obligations arising from an activity.
    pub fn for_activity<'a>(
        &'a self,
        activity: &'a ActivityId,
    ) -> impl Iterator<Item = &'a Obligation> + 'a {
        self.obligations
            .iter()
            .filter(move |o| o.activity.as_ref() == Some(activity))
    }
}

impl<'a> IntoIterator for &'a Ledger {
    type Item = &'a Obligation;
    type IntoIter = std::slice::Iter<'a, Obligation>;
    fn into_iter(self) -> Self::IntoIter {
        self.obligations.iter()
    }
}

impl FromIterator<Obligation> for Ledger {
    /// Collects obligations; a duplicate id keeps the first one.
    fn from_iter<I: IntoIterator<Item = Obligation>>(iter: I) -> Self {
        let mut l = Ledger::new();
        for o in iter {
            let _ = l.add(o);
        }
        l
    }
}

impl serde::Serialize for Ledger {
    /// The versioned form: `{"schema": 2, "obligations": [...]}` ([`SCHEMA_VERSION`]).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        stored::LedgerOut {
            schema: SCHEMA_VERSION,
            obligations: &self.obligations,
        }
        .serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Ledger {
    /// The current form, or the previous, unversioned one upgraded with the shipped rulebook
    /// (see [`Ledger::from_json`]).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        stored::read(v, Rulebook::shipped()).map_err(serde::de::Error::custom)
    }
}

impl Ledger {
    /// The JSON form, with its schema version ([`SCHEMA_VERSION`]).
    pub fn to_json(&self) -> Result<String, crate::json::JsonError> {
        crate::json::to_string(self)
    }

    /// The JSON form, pretty-printed.
    pub fn to_json_pretty(&self) -> Result<String, crate::json::JsonError> {
        crate::json::to_string_pretty(self)
    }

    /// Loads a ledger from its JSON form ([`Ledger::from_json_with`] the shipped rulebook).
    pub fn from_json(json: &str) -> Result<Ledger, crate::json::JsonError> {
        Ledger::from_json_with(json, Rulebook::shipped())
    }

    /// Loads a ledger from its JSON form: the current form (schema 2), or the previous,
    /// unversioned form (a bare list of obligations, each with a `kind` from the ledger's own
    /// vocabulary of then). A version-1 entry is upgraded to what is owed ([`Owed`]): from the
    /// obligation rule of `rulebook` it names (`rule`), which gives the subject and the report
    /// exactly; else from its `kind` where that names one subject and one report (the
    /// conferences' annual report, a passport return, an aid's approval notice, …). A
    /// version-1 `result_report`, `aid_finance_report` or `signing_notice` merged several
    /// reports: without its rule in `rulebook` it cannot be upgraded and the load fails,
    /// naming the entry. Duplicate ids and due dates before the day an obligation arises are
    /// refused, as by [`Ledger::add`].
    ///
    /// ```
    /// use doingoai::ledger::Ledger;
    /// let v1 = r#"[{"id":"34:48/2026/x","kind":"conferences_annual_report","channel":"state",
    ///   "jurisdiction":"34:48","owed_by":{"kind":"provincial_peoples_committee","jurisdiction":"34:48"},
    ///   "owed_to":[],"arises_on":"2026-01-01","due":"2026-12-18","citations":[],"evidence":"text",
    ///   "origin":"periodic"}]"#;
    /// let ledger = Ledger::from_json(v1)?;
    /// let o = ledger.iter().next().unwrap();
    /// assert_eq!(o.owed.code(), "international_conference/annual_report");
    /// assert!(ledger.to_json()?.starts_with(r#"{"schema":2,"#));
    /// assert_eq!(Ledger::from_json(&ledger.to_json()?)?.iter().next(), Some(o));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_with(
        json: &str,
        rulebook: &Rulebook,
    ) -> Result<Ledger, crate::json::JsonError> {
        let v: serde_json::Value = crate::json::from_str(json)?;
        stored::read(v, rulebook)
    }
}
