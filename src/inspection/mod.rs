//! Diplomatic inspection (thanh tra ngoại giao): a yearly inspection plan over the content
//! areas named in Hà Tĩnh's action plan (seed 004, task group 6) — consular work, the
//! implementation of international agreements, foreign NGO management, international
//! conferences, border management and overseas-Vietnamese work. Each inspection draws its
//! sample from the cases and the ledger (reproducibly, from a seed) and records findings
//! linked to the cases and obligations they concern.
//!
//! ```
//! use doingoai::inspection::{InspectionArea, InspectionPlan};
//! use doingoai::ledger::Ledger;
//! use doingoai::org::{Body, BodyKind, Jurisdiction};
//! use chrono::NaiveDate;
//! let j = Jurisdiction::new_unit(42).unwrap();
//! let mut plan = InspectionPlan::seed_areas(j, 2026, Body::new(BodyKind::DepartmentOfForeignAffairs, j), 5);
//! assert_eq!(plan.inspections.len(), 6);
//! let ledger = Ledger::new();
//! plan.run(&[], &ledger, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(), 7);
//! assert!(plan.inspections.iter().all(|i| i.findings.is_empty()));
//! assert_eq!(plan.inspections[0].area, InspectionArea::Consular);
//! ```

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::activity::{ActivityId, ActivityKind};
use crate::calendar::{DateRange, DueStatus};
use crate::label::{vocabulary, Label};
use crate::law::Citation;
use crate::ledger::{Ledger, ObligationId, Owed};
use crate::org::{Body, Jurisdiction};
use crate::register::ActivityRecord;

vocabulary! {
    /// The content areas of diplomatic inspection (seed 004).
    pub enum InspectionArea {
        /// Consular work (công tác lãnh sự), incl. passports and citizen protection.
        Consular = ("consular", "công tác lãnh sự", "consular work"),
        /// Implementation of international agreements (thực hiện thỏa thuận quốc tế).
        Agreements = ("agreements", "thực hiện thỏa thuận quốc tế", "international agreements"),
        /// Management of foreign NGOs (quản lý hoạt động của các tổ chức phi chính phủ nước ngoài).
        ForeignNgo = ("foreign_ngo", "quản lý tổ chức phi chính phủ nước ngoài", "foreign NGO management"),
        /// Management of international conferences (quản lý hội nghị, hội thảo quốc tế).
        Conferences = ("conferences", "quản lý hội nghị, hội thảo quốc tế", "international conferences"),
        /// Border management (quản lý biên giới).
        Border = ("border", "quản lý biên giới", "border management"),
        /// Overseas Vietnamese work (công tác về người Việt Nam ở nước ngoài).
        OverseasVietnamese = ("overseas_vietnamese", "công tác về người Việt Nam ở nước ngoài", "overseas Vietnamese work"),
    }
}

impl InspectionArea {
    /// The activity kinds the area covers.
    pub fn activity_kinds(self) -> &'static [ActivityKind] {
        use ActivityKind as K;
        match self {
            InspectionArea::Consular => &[K::OutboundDelegation, K::CitizenProtection],
            InspectionArea::Agreements => &[K::InternationalAgreement, K::SisterRelation],
            InspectionArea::ForeignNgo => &[K::ForeignNgo, K::ForeignAid],
            InspectionArea::Conferences => &[K::InternationalConference],
            InspectionArea::Border => &[K::BorderAffair],
            InspectionArea::OverseasVietnamese => &[K::OverseasVietnamese],
        }
    }

    /// Whether the area covers what is owed by itself (besides the obligations of its sampled
    /// activities): everything owed about one of its activity kinds — the passports returned
    /// after trips, an agreement's post-signing report and the yearly agreements plan and
    /// report, an NGO's and an aid's reports, the conferences' annual report.
    ///
    /// ```
    /// use doingoai::activity::ActivityKind;
    /// use doingoai::inspection::InspectionArea;
    /// use doingoai::ledger::Owed;
    /// use doingoai::rules::{ReportKind, Subject};
    /// let finance = Owed::new(Subject::Activity(ActivityKind::ForeignAid), ReportKind::FinanceReportH1);
    /// assert!(InspectionArea::ForeignNgo.covers(finance));
    /// assert!(!InspectionArea::Conferences.covers(finance));
    /// ```
    pub fn covers(self, owed: Owed) -> bool {
        owed.subject
            .activity_kind()
            .is_some_and(|k| self.activity_kinds().contains(&k))
    }
}

vocabulary! {
    /// How serious a finding is.
    pub enum Severity {
        /// An observation or recommendation (kiến nghị).
        Observation = ("observation", "kiến nghị", "observation"),
        /// A shortcoming (thiếu sót, hạn chế).
        Shortcoming = ("shortcoming", "thiếu sót", "shortcoming"),
        /// A violation of a provision (vi phạm).
        Violation = ("violation", "vi phạm", "violation"),
    }
}

/// A finding of an inspection, linked to the cases and obligations it concerns.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// How serious.
    pub severity: Severity,
    /// The finding in Vietnamese.
    pub text_vi: String,
    /// The finding in English.
    pub text_en: String,
    /// The cases concerned.
    pub activities: Vec<ActivityId>,
    /// The obligations concerned.
    pub obligations: Vec<ObligationId>,
    /// The provisions concerned.
    pub citations: Vec<Citation>,
}

/// One inspection of one content area.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Inspection {
    /// Identifier.
    pub id: String,
    /// The content area.
    pub area: InspectionArea,
    /// The inspecting body.
    pub inspector: Body,
    /// The inspected unit; `None` for all units of the jurisdiction.
    pub inspected: Option<Body>,
    /// The period inspected.
    pub period: DateRange,
    /// How many cases and how many obligations to draw, at most.
    pub sample_size: usize,
    /// The sampled cases.
    pub sample_activities: Vec<ActivityId>,
    /// The sampled obligations.
    pub sample_obligations: Vec<ObligationId>,
    /// The findings.
    pub findings: Vec<Finding>,
}

/// A summary of an inspection for the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InspectionSummary {
    /// Identifier.
    pub id: String,
    /// Area code.
    pub area: InspectionArea,
    /// The inspected unit or `all units`.
    pub inspected: String,
    /// Cases sampled.
    pub sampled_activities: u64,
    /// Obligations sampled.
    pub sampled_obligations: u64,
    /// Findings by severity (observation, shortcoming, violation).
    pub findings_by_severity: [u64; 3],
    /// The findings.
    pub findings: Vec<Finding>,
}

/// SplitMix64 finaliser: a well-mixed hash of a 64-bit value.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The `k` smallest of `v`, in no particular order: what sorting `v` and taking `k` keeps,
/// in linear time.
fn smallest<T: Ord>(mut v: Vec<T>, k: usize) -> Vec<T> {
    if k < v.len() {
        if k > 0 {
            v.select_nth_unstable(k);
        }
        v.truncate(k);
    }
    v
}

fn key(seed: u64, s: &str) -> u64 {
    s.bytes().fold(mix(seed), |h, b| mix(h ^ u64::from(b)))
}

impl Inspection {
    /// An inspection of `area` over `period`, drawing at most `sample_size` cases and as many
    /// obligations.
    pub fn new(
        id: impl Into<String>,
        area: InspectionArea,
        inspector: Body,
        period: DateRange,
        sample_size: usize,
    ) -> Self {
        Inspection {
            id: id.into(),
            area,
            inspector,
            inspected: None,
            period,
            sample_size,
            sample_activities: Vec::new(),
            sample_obligations: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// Draws the sample: the cases of the area's kinds starting in the period (of the
    /// inspected unit, if any), and the obligations due in the period that belong to those
    /// kinds or to the area's own obligation kinds; `sample_size` of each, chosen by a hash of
    /// `seed` and the id (same seed, same sample), listed in id order.
    ///
    /// Linear in the records and obligations: the sample is the `sample_size` smallest hashes,
    /// selected without sorting every candidate.
    pub fn draw_sample(&mut self, records: &[ActivityRecord], ledger: &Ledger, seed: u64) {
        let kinds = self.area.activity_kinds();
        let mut kind_of: HashMap<&ActivityId, ActivityKind> = HashMap::with_capacity(records.len());
        let mut cands: Vec<(u64, &ActivityId)> = Vec::new();
        for r in records {
            kind_of.insert(&r.id, r.kind);
            if kinds.contains(&r.kind)
                && self.period.contains(r.starts_on)
                && self
                    .inspected
                    .as_ref()
                    .is_none_or(|b| r.unit.as_ref() == Some(b))
            {
                cands.push((key(seed, &r.id.0), &r.id));
            }
        }
        let mut acts: Vec<ActivityId> = smallest(cands, self.sample_size)
            .into_iter()
            .map(|(_, id)| id.clone())
            .collect();
        acts.sort();
        let obs: Vec<(u64, &ObligationId)> = ledger
            .iter()
            .filter(|o| self.period.contains(o.due))
            .filter(|o| {
                self.inspected.as_ref().is_none_or(|b| b == &o.owed_by) || o.activity.is_none()
            })
            .filter(|o| {
                self.area.covers(o.owed)
                    || o.activity
                        .as_ref()
                        .and_then(|a| kind_of.get(a))
                        .is_some_and(|k| kinds.contains(k))
            })
            .map(|o| (key(seed ^ 0x5A5A, &o.id.0), &o.id))
            .collect();
        let mut obs: Vec<ObligationId> = smallest(obs, self.sample_size)
            .into_iter()
            .map(|(_, id)| id.clone())
            .collect();
        obs.sort();
        self.sample_activities = acts;
        self.sample_obligations = obs;
    }

    /// Examines the sample on `as_of` and records findings: late filings and refusals among
    /// the cases, overdue and late obligations among the obligations.
    pub fn examine(&mut self, records: &[ActivityRecord], ledger: &Ledger, as_of: NaiveDate) {
        let sampled: std::collections::BTreeSet<&ActivityId> =
            self.sample_activities.iter().collect();
        let mut late = Vec::new();
        for r in records.iter().filter(|r| sampled.contains(&r.id)) {
            if r.lead_time_met == Some(false) {
                late.push(r.id.clone());
            }
        }
        late.sort();
        if !late.is_empty() {
            self.findings.push(Finding {
                severity: Severity::Shortcoming,
                text_vi: format!(
                    "{} hồ sơ gửi xin phép không bảo đảm thời gian quy định.",
                    late.len()
                ),
                text_en: format!(
                    "{} requests filed without the required lead time.",
                    late.len()
                ),
                activities: late,
                obligations: Vec::new(),
                citations: Vec::new(),
            });
        }
        let mut overdue = Vec::new();
        let mut met_late = Vec::new();
        for id in &self.sample_obligations {
            let Some(o) = ledger.get(id) else { continue };
            match o.status_on(as_of) {
                DueStatus::Overdue => overdue.push(o),
                DueStatus::MetLate => met_late.push(o),
                _ => {}
            }
        }
        for (list, sev, vi, en) in [
            (
                overdue,
                Severity::Violation,
                "nghĩa vụ báo cáo quá hạn chưa thực hiện",
                "reporting obligations overdue and not met",
            ),
            (
                met_late,
                Severity::Shortcoming,
                "nghĩa vụ báo cáo thực hiện trễ hạn",
                "reporting obligations met late",
            ),
        ] {
            if list.is_empty() {
                continue;
            }
            let mut acts: Vec<ActivityId> =
                list.iter().filter_map(|o| o.activity.clone()).collect();
            acts.sort();
            acts.dedup();
            let mut c: Vec<Citation> = list
                .iter()
                .flat_map(|o| o.citations.iter().cloned())
                .collect();
            c.sort();
            c.dedup();
            self.findings.push(Finding {
                severity: sev,
                text_vi: format!("{} {vi} ({}).", list.len(), self.area.vi()),
                text_en: format!("{} {en} ({}).", list.len(), self.area.en()),
                activities: acts,
                obligations: list.iter().map(|o| o.id.clone()).collect(),
                citations: c,
            });
        }
    }

    /// For an inspection of agreements: records the agreements flagged dormant on the
    /// inspection date as an observation (guidance: "tránh tình trạng ký rồi để đấy").
    pub fn note_dormant(&mut self, flags: &[crate::agreements::DormancyFlag]) {
        if self.area != InspectionArea::Agreements || flags.is_empty() {
            return;
        }
        let ids: Vec<String> = flags.iter().map(|f| f.agreement.clone()).collect();
        self.findings.push(Finding {
            severity: Severity::Observation,
            text_vi: format!(
                "{} thỏa thuận ký rồi chưa triển khai (\"ký rồi để đấy\"): {}.",
                flags.len(),
                ids.join(", ")
            ),
            text_en: format!(
                "{} agreements signed and not implemented (left on the shelf): {}.",
                flags.len(),
                ids.join(", ")
            ),
            activities: Vec::new(),
            obligations: Vec::new(),
            citations: Vec::new(),
        });
    }

    /// The summary for the report.
    pub fn summary(&self) -> InspectionSummary {
        let mut by = [0u64; 3];
        for f in &self.findings {
            let i = match f.severity {
                Severity::Observation => 0,
                Severity::Shortcoming => 1,
                Severity::Violation => 2,
            };
            if let Some(x) = by.get_mut(i) {
                *x += 1;
            }
        }
        InspectionSummary {
            id: self.id.clone(),
            area: self.area,
            inspected: self.inspected.as_ref().map_or_else(
                || "tất cả đơn vị / all units".to_string(),
                |b| b.to_string(),
            ),
            sampled_activities: u64::try_from(self.sample_activities.len()).unwrap_or(u64::MAX),
            sampled_obligations: u64::try_from(self.sample_obligations.len()).unwrap_or(u64::MAX),
            findings_by_severity: by,
            findings: self.findings.clone(),
        }
    }
}

/// A year's inspection plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InspectionPlan {
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The year.
    pub year: i32,
    /// The inspections.
    pub inspections: Vec<Inspection>,
}

impl InspectionPlan {
    /// One inspection per content area of seed 004 over the calendar year, each drawing at
    /// most `sample_size` cases and obligations.
    pub fn seed_areas(
        jurisdiction: Jurisdiction,
        year: i32,
        inspector: Body,
        sample_size: usize,
    ) -> Self {
        let period = DateRange::year(year).unwrap_or(DateRange {
            from: NaiveDate::MIN,
            to: NaiveDate::MAX,
        });
        InspectionPlan {
            jurisdiction,
            year,
            inspections: InspectionArea::ALL
                .iter()
                .map(|a| {
                    Inspection::new(
                        format!("{jurisdiction}/{year}/tt-{}", a.code()),
                        *a,
                        inspector.clone(),
                        period,
                        sample_size,
                    )
                })
                .collect(),
        }
    }

    /// Draws every sample and examines it on `as_of`.
    pub fn run(
        &mut self,
        records: &[ActivityRecord],
        ledger: &Ledger,
        as_of: NaiveDate,
        seed: u64,
    ) {
        for (i, ins) in self.inspections.iter_mut().enumerate() {
            ins.draw_sample(records, ledger, mix(seed ^ (i as u64)));
            ins.examine(records, ledger, as_of);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::smallest;
    use proptest::prelude::*;

    proptest! {
        /// The selection keeps what sorting everything and taking the first `k` keeps (the
        /// sample the inspection drew before issue 14), ties and repeats included.
        #[test]
        fn smallest_keeps_what_a_full_sort_keeps(
            v in prop::collection::vec((0..50u64, 0..20u8), 0..200),
            k in 0..220usize,
        ) {
            let mut sorted = v.clone();
            sorted.sort();
            sorted.truncate(k);
            let mut got = smallest(v, k);
            got.sort();
            prop_assert_eq!(got, sorted);
        }
    }
}
