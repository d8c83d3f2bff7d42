//! Plans as the seeds describe them: annual plans with out-of-plan trips counted against the
//! quota (Quảng Nam, now part of Đà Nẵng: at most 2 a year), Hà Tĩnh's 2018–2021 action plan
//! with six task groups, Đắk Lắk's Chỉ thị 13/CT-UBND with seven solution groups reported
//! yearly by the Sở Ngoại vụ.

use chrono::NaiveDate;
use doingoai::activity::{ActivityKind, CountryVisit, Details, Funding, ProposedActivity};
use doingoai::calendar::DueStatus;
use doingoai::ledger::Owed;
use doingoai::org::{Body, BodyKind, Jurisdiction};
use doingoai::plan::{
    ActionPlan, ActionPlanKind, AnnualPlan, OutOfPlanQuota, PlanBook, PlanMatch, PlannedActivity,
    Task, TaskStatus,
};
use doingoai::rules::{ReportKind, Subject};
use doingoai::{Channel, Citation, Evidence};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn trip(
    id: &str,
    unit: &Body,
    j: Jurisdiction,
    filed: NaiveDate,
    start: NaiveDate,
    country: &str,
) -> ProposedActivity {
    let mut a = ProposedActivity::new(id, ActivityKind::OutboundDelegation, j, filed)
        .by(unit.clone())
        .in_channel(Channel::State)
        .runs(start, start + chrono::Days::new(4));
    a.details = Details::Delegation {
        countries: vec![CountryVisit::new(country, 5)],
        funding: Funding::StateBudget,
        purpose: "xúc tiến đầu tư".into(),
    };
    a
}

#[test]
fn an_out_of_plan_trip_beyond_the_quota_is_marked_and_counted() {
    let dn = Jurisdiction::new_unit(48).unwrap();
    let tourism = Body::new(BodyKind::ProvincialDepartment, dn).named("Sở Du lịch");
    let industry = Body::new(BodyKind::ProvincialDepartment, dn).named("Sở Công Thương");
    let mut plan = AnnualPlan::new(tourism.clone(), 2026);
    plan.items.push(
        PlannedActivity::new("dl-01", ActivityKind::OutboundDelegation, Channel::State, 2)
            .partner("JP")
            .budget(420_000_000)
            .titled("Xúc tiến du lịch tại Nhật Bản"),
    );
    plan.approve(
        Body::new(BodyKind::PpcChairman, dn),
        d(2026, 1, 12),
        "45/QĐ-UBND",
    );
    let quota = OutOfPlanQuota::new(2).cited(Citation::instrument("38-CT/TW"), Evidence::Secondary);
    let mut book = PlanBook::new(dn, 2026, Some(quota));
    book.plans.push(plan);

    // The planned trip to Japan in the second quarter is in the plan.
    let mut planned = trip("dn-07", &tourism, dn, d(2026, 3, 20), d(2026, 5, 11), "JP");
    assert_eq!(
        book.mark(&mut planned),
        PlanMatch::InPlan {
            item: "dl-01".into()
        }
    );
    assert!(planned.in_plan);

    // A second trip to Japan: the only item is used, so it is out of plan (first of the year).
    let mut again = trip("dn-08", &tourism, dn, d(2026, 4, 2), d(2026, 6, 1), "JP");
    let m = book.mark(&mut again);
    assert!(!again.in_plan);
    assert!(matches!(
        m,
        PlanMatch::OutOfPlan {
            count: Some(1),
            quota: Some(2),
            beyond_quota: false,
            ..
        }
    ));

    // The industry department has no plan at all: out of plan, second of the year.
    let mut korea = trip("dn-09", &industry, dn, d(2026, 4, 10), d(2026, 6, 15), "KR");
    assert!(matches!(
        book.mark(&mut korea),
        PlanMatch::OutOfPlan {
            count: Some(2),
            beyond_quota: false,
            ..
        }
    ));

    // The third out-of-plan delegation goes beyond the quota of two.
    let mut third = trip("dn-10", &industry, dn, d(2026, 5, 4), d(2026, 7, 6), "SG");
    let m = book.mark(&mut third);
    assert!(m.beyond_quota(), "{m:?}");
    assert_eq!(book.out_of_plan_count(), 3);

    // Plan versus actual: the planned item carried out, nothing left undone.
    let outcomes = book.outcomes();
    assert_eq!(outcomes.len(), 1);
    assert_eq!(outcomes[0].2, doingoai::plan::PlanItemOutcome::CarriedOut);
}

#[test]
fn a_plan_approved_after_the_request_does_not_cover_it() {
    let j = Jurisdiction::new_unit(42).unwrap();
    let unit = Body::new(BodyKind::ProvincialDepartment, j).named("Sở Y tế");
    let mut plan = AnnualPlan::new(unit.clone(), 2026);
    plan.items.push(PlannedActivity::new(
        "yt-1",
        ActivityKind::OutboundDelegation,
        Channel::State,
        1,
    ));
    plan.approve(
        Body::new(BodyKind::PpcChairman, j),
        d(2026, 2, 1),
        "12/QĐ-UBND",
    );
    let mut book = PlanBook::new(j, 2026, None);
    book.plans.push(plan);
    let a = trip("yt-2026-1", &unit, j, d(2026, 1, 20), d(2026, 3, 2), "LA");
    match book.classify(&a) {
        PlanMatch::OutOfPlan {
            reason,
            quota: None,
            beyond_quota: false,
            ..
        } => {
            assert!(reason.contains("not approved"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn ha_tinh_action_plan_2018_2021_has_the_six_task_groups_of_the_seed() {
    let p = ActionPlan::ha_tinh_2018_2021();
    assert_eq!(p.kind, ActionPlanKind::ActionPlan);
    assert_eq!(p.number, "357/KH-UBND");
    assert_eq!(p.issued_on, d(2018, 11, 5));
    assert_eq!(p.groups.len(), 6);
    assert!(p.groups[2].title_vi.contains("lãnh sự và bảo hộ công dân"));
    assert!(p.groups[5].title_vi.contains("thanh tra ngoại giao"));
    assert_eq!(p.jurisdiction.name_vi(), "Hà Tĩnh");
}

#[test]
fn a_directives_tasks_are_reported_yearly_by_the_fa_agency() {
    let mut ct = ActionPlan::dak_lak_directive_13_2023().report_by(12, 15);
    assert_eq!(ct.groups.len(), 7);
    let j = ct.jurisdiction;
    let fa = Body::new(BodyKind::DepartmentOfForeignAffairs, j);
    let home = Body::new(BodyKind::ProvincialDepartment, j).named("Sở Nội vụ");
    // Group 2: revise the province's regulation on external affairs by 30/09/2023.
    ct.add_task(
        2,
        Task::new(
            "ct13-2.1",
            "Sửa đổi Quy chế quản lý thống nhất các hoạt động đối ngoại",
            fa.clone(),
        )
        .supported_by(Body::new(BodyKind::ProvincialDepartment, j).named("Sở Tư pháp"))
        .due(d(2023, 9, 30)),
    )
    .unwrap();
    // Group 3: strengthen the apparatus — a standing task.
    ct.add_task(
        3,
        Task::new(
            "ct13-3.1",
            "Bố trí công chức kiêm nhiệm công tác đối ngoại",
            home,
        ),
    )
    .unwrap();
    // Group 7: inspection plan by 31/12/2023, not started.
    ct.add_task(
        7,
        Task::new(
            "ct13-7.1",
            "Kế hoạch thanh tra công tác đối ngoại",
            fa.clone(),
        )
        .due(d(2023, 12, 31)),
    )
    .unwrap();
    ct.update("ct13-2.1", d(2023, 7, 1), 60, "dự thảo đã lấy ý kiến")
        .unwrap();
    ct.update("ct13-3.1", d(2023, 8, 1), 30, "đã rà soát biên chế")
        .unwrap();
    assert!(ct
        .update("ct13-2.1", d(2023, 6, 1), 70, "out of order")
        .is_err());
    assert!(ct.add_task(9, Task::new("x", "x", fa.clone())).is_err());

    let r = ct.implementation_report(2023, d(2023, 12, 10));
    assert_eq!(r.groups.len(), 7);
    assert_eq!(
        r.groups[1].overdue, 1,
        "the regulation was due 30/09 and is at 60%"
    );
    assert_eq!(r.groups[2].ongoing, 1);
    assert_eq!(r.groups[6].not_started, 1);
    let total: u32 = r.groups.iter().map(|g| g.tasks).sum();
    assert_eq!(total as usize, r.lines.len());
    assert_eq!(r.lines[0].status, TaskStatus::Overdue);

    // The yearly report is an obligation of the Sở Ngoại vụ to the UBND tỉnh.
    let obs = ct.report_obligations();
    assert_eq!(obs.len(), 3);
    let o = &obs[0];
    assert_eq!(
        o.owed,
        Owed::new(
            Subject::ExternalAffairsPlan,
            ReportKind::ImplementationReport
        )
    );
    assert_eq!(o.owed_by, fa);
    assert_eq!(o.due, d(2023, 12, 15));
    assert_eq!(o.status_on(d(2023, 12, 16)), DueStatus::Overdue);
}
