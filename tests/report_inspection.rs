//! Diplomatic inspection over the content areas of Hà Tĩnh's action plan (seed 004): the
//! sample is drawn from the cases and the ledger, reproducibly, and the findings point at the
//! cases and obligations they concern.

use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, ProposedActivity};
use doingoai::calendar::DateRange;
use doingoai::inspection::{Inspection, InspectionArea, InspectionPlan, Severity};
use doingoai::ledger::{Ledger, Obligation, Owed};
use doingoai::org::{Body, BodyKind, Jurisdiction};
use doingoai::report::{ActivityRecord, CaseOutcome, ReportBuilder};
use doingoai::rules::{ReportKind, Subject};
use doingoai::Channel;

fn d(m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, dd).unwrap()
}

#[test]
fn a_conference_inspection_finds_the_late_filing_and_the_missing_report() {
    let j = Jurisdiction::new_unit(42).unwrap();
    let fa = Body::new(BodyKind::DepartmentOfForeignAffairs, j);
    let org = Body::new(BodyKind::ProvincialDepartment, j).named("Sở Y tế");
    let conf = |id: &str, start: NaiveDate| {
        ProposedActivity::new(id, ActivityKind::InternationalConference, j, d(1, 5))
            .by(org.clone())
            .runs(start, start)
    };
    let records = vec![
        ActivityRecord::from_proposed(
            &conf("yt-hts-1", d(3, 10)),
            CaseOutcome::Approved,
            Some(true),
        ),
        ActivityRecord::from_proposed(
            &conf("yt-hts-2", d(5, 20)),
            CaseOutcome::Approved,
            Some(false),
        ),
        ActivityRecord::from_proposed(
            &ProposedActivity::new("bp-1", ActivityKind::BorderAffair, j, d(1, 5))
                .by(org.clone())
                .runs(d(6, 1), d(6, 1)),
            CaseOutcome::Approved,
            None,
        ),
    ];
    let mut ledger = Ledger::new();
    let report = |id: &str, act: &str, end: NaiveDate, due: NaiveDate| {
        Obligation::new(
            id,
            Owed::new(
                Subject::Activity(ActivityKind::InternationalConference),
                ReportKind::ResultReport,
            ),
            Channel::State,
            j,
            org.clone(),
            end,
            due,
        )
        .for_activity(doingoai::activity::ActivityId(act.into()))
        .cite(
            doingoai::Citation::article("06/2020/QĐ-TTg", 4)
                .clause(2)
                .point('c'),
        )
    };
    ledger
        .add(report("yt-hts-1/report", "yt-hts-1", d(3, 10), d(3, 25)))
        .unwrap();
    ledger
        .add(report("yt-hts-2/report", "yt-hts-2", d(5, 20), d(6, 4)))
        .unwrap();
    ledger
        .fulfil(&"yt-hts-1/report".to_string().into_id(), d(3, 20))
        .unwrap();

    let mut ins = Inspection::new(
        "tt-2026-hn",
        InspectionArea::Conferences,
        fa.clone(),
        DateRange::year(2026).unwrap(),
        10,
    );
    ins.draw_sample(&records, &ledger, 42);
    assert_eq!(
        ins.sample_activities.len(),
        2,
        "the border affair is not a conference"
    );
    assert_eq!(ins.sample_obligations.len(), 2);
    ins.examine(&records, &ledger, d(12, 31));
    let late = ins
        .findings
        .iter()
        .find(|f| f.severity == Severity::Shortcoming)
        .unwrap();
    assert_eq!(late.activities[0].0, "yt-hts-2");
    let missing = ins
        .findings
        .iter()
        .find(|f| f.severity == Severity::Violation)
        .unwrap();
    assert_eq!(missing.obligations[0].0, "yt-hts-2/report");
    assert_eq!(missing.citations[0].en(), "Art. 4(2)(c) 06/2020/QĐ-TTg");

    // The same seed draws the same sample; the report carries the summary.
    let mut again = Inspection::new(
        "tt-2026-hn",
        InspectionArea::Conferences,
        fa.clone(),
        DateRange::year(2026).unwrap(),
        1,
    );
    let mut twice = again.clone();
    again.draw_sample(&records, &ledger, 7);
    twice.draw_sample(&records, &ledger, 7);
    assert_eq!(again.sample_activities, twice.sample_activities);
    let r = ReportBuilder::new(j, DateRange::year(2026).unwrap(), d(12, 31))
        .inspection(&ins)
        .build();
    assert_eq!(r.inspections[0].findings_by_severity, [0, 1, 1]);

    let plan = InspectionPlan::seed_areas(j, 2026, fa, 5);
    let areas: Vec<_> = plan.inspections.iter().map(|i| i.area).collect();
    assert_eq!(areas, InspectionArea::ALL.to_vec());
}

trait IntoId {
    fn into_id(self) -> doingoai::ledger::ObligationId;
}
impl IntoId for String {
    fn into_id(self) -> doingoai::ledger::ObligationId {
        doingoai::ledger::ObligationId(self)
    }
}
