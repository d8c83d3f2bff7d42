//! Multi-year action plans (kế hoạch hành động giai đoạn) and directives (chỉ thị): task
//! groups, tasks assigned to a lead body and supporting bodies with due dates, progress
//! updates, and the yearly implementation report the foreign-affairs agency owes.
//!
//! Two templates come from the seed documents: Hà Tĩnh's action plan 2018–2021 (KH
//! 357/KH-UBND of 05/11/2018, six task groups) and Đắk Lắk's Chỉ thị 13/CT-UBND of 26/04/2023
//! (seven solution groups; the Sở Ngoại vụ monitors and reports yearly to the UBND tỉnh).
//!
//! ```
//! use doingoai::plan::{ActionPlan, Task, TaskStatus};
//! use doingoai::org::{Body, BodyKind};
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! let mut plan = ActionPlan::ha_tinh_2018_2021();
//! assert_eq!(plan.groups.len(), 6);
//! let j = plan.jurisdiction;
//! let task = Task::new("ht-3.1", "Rà soát quy trình bảo hộ công dân",
//!     Body::new(BodyKind::DepartmentOfForeignAffairs, j)).due(d(2019, 6, 30));
//! plan.add_task(3, task).unwrap();
//! plan.update("ht-3.1", d(2019, 6, 20), 100, "hoàn thành").unwrap();
//! let r = plan.implementation_report(2019, d(2019, 12, 15));
//! assert_eq!(r.groups[2].done, 1);
//! assert_eq!(r.lines[0].status, TaskStatus::Done);
//! ```

use chrono::NaiveDate;

use crate::label::vocabulary;
use crate::law::{Citation, Evidence};
use crate::ledger::{Obligation, ObligationOrigin, Owed};
use crate::org::{Body, BodyKind, Channel, Jurisdiction};
use crate::rules::{ReportKind, Subject};

vocabulary! {
    /// The kind of a multi-year instrument.
    pub enum ActionPlanKind {
        /// A multi-year action plan (kế hoạch hành động giai đoạn).
        ActionPlan = ("action_plan", "kế hoạch hành động", "action plan"),
        /// A directive (chỉ thị) with solution groups.
        Directive = ("directive", "chỉ thị", "directive"),
        /// A programme (chương trình hành động).
        Programme = ("programme", "chương trình hành động", "action programme"),
    }
}

vocabulary! {
    /// The status of a task on a date.
    pub enum TaskStatus {
        /// No progress reported.
        NotStarted = ("not_started", "chưa triển khai", "not started"),
        /// Some progress reported, not finished, not past due.
        InProgress = ("in_progress", "đang triển khai", "in progress"),
        /// Reported finished.
        Done = ("done", "hoàn thành", "done"),
        /// Past its due date and not finished.
        Overdue = ("overdue", "quá hạn", "overdue"),
        /// A standing task without a due date (thường xuyên), with progress reported.
        Ongoing = ("ongoing", "thường xuyên", "ongoing"),
    }
}

/// A progress update on a task.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProgressUpdate {
    /// The day of the update.
    pub on: NaiveDate,
    /// Percent complete (0–100).
    pub percent: u8,
    /// What was done.
    pub note: String,
}

/// A task assigned to a lead body with supporting bodies.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Task {
    /// Identifier, unique in the plan.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// The body in charge (chủ trì).
    pub lead: Body,
    /// The bodies that support (phối hợp).
    pub supporting: Vec<Body>,
    /// The due date; `None` for a standing task (thường xuyên).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Progress updates, in date order.
    pub updates: Vec<ProgressUpdate>,
}

impl Task {
    /// A standing task led by `lead`.
    pub fn new(id: impl Into<String>, title: impl Into<String>, lead: Body) -> Self {
        Task {
            id: id.into(),
            title: title.into(),
            lead,
            supporting: Vec::new(),
            due: None,
            updates: Vec::new(),
        }
    }

    /// Sets the due date.
    pub fn due(mut self, due: NaiveDate) -> Self {
        self.due = Some(due);
        self
    }

    /// Adds a supporting body.
    pub fn supported_by(mut self, body: Body) -> Self {
        self.supporting.push(body);
        self
    }

    /// The latest update on or before `date`.
    pub fn progress_on(&self, date: NaiveDate) -> Option<&ProgressUpdate> {
        self.updates.iter().rev().find(|u| u.on <= date)
    }

    /// The status on `date`.
    pub fn status_on(&self, date: NaiveDate) -> TaskStatus {
        let p = self.progress_on(date);
        if p.is_some_and(|u| u.percent >= 100) {
            return TaskStatus::Done;
        }
        match self.due {
            Some(d) if date > d => TaskStatus::Overdue,
            None if p.is_some() => TaskStatus::Ongoing,
            _ if p.is_some_and(|u| u.percent > 0) => TaskStatus::InProgress,
            _ => TaskStatus::NotStarted,
        }
    }
}

/// A group of tasks (nhóm nhiệm vụ, nhóm giải pháp).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TaskGroup {
    /// Its number in the instrument (1-based).
    pub number: u8,
    /// Title in Vietnamese, as in the instrument.
    pub title_vi: String,
    /// Title in English.
    pub title_en: String,
    /// The tasks.
    pub tasks: Vec<Task>,
}

/// An error in editing an action plan. The plan is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ActionPlanError {
    /// No group has that number.
    #[error("the plan has no task group {0}")]
    NoGroup(u8),
    /// A task with that id already exists.
    #[error("task `{0}` already exists in the plan")]
    DuplicateTask(String),
    /// No task has that id.
    #[error("no task `{0}` in the plan")]
    NoTask(String),
    /// An update is dated before the task's last update.
    #[error("update of task `{id}` on {on} is before its last update on {last}")]
    OutOfOrder {
        /// The task.
        id: String,
        /// The date given.
        on: NaiveDate,
        /// The last update.
        last: NaiveDate,
    },
}

/// A multi-year action plan or a directive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActionPlan {
    /// Identifier (e.g. `ht-kh-357-2018`).
    pub id: String,
    /// Plan, directive or programme.
    pub kind: ActionPlanKind,
    /// The instrument's number as written (e.g. `357/KH-UBND`).
    pub number: String,
    /// Title in Vietnamese.
    pub title_vi: String,
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The issuing body.
    pub issuer: Body,
    /// The day it was issued.
    pub issued_on: NaiveDate,
    /// First and last year covered.
    pub years: (i32, i32),
    /// The body that monitors implementation and reports (the FA agency).
    pub monitor: Body,
    /// Day and month of the yearly implementation report, when the instrument or the province
    /// fixes it; `None` if not fixed (the seeds say only "hằng năm").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_due: Option<(u32, u32)>,
    /// The task groups.
    pub groups: Vec<TaskGroup>,
}

fn group(number: u8, vi: &str, en: &str) -> TaskGroup {
    TaskGroup {
        number,
        title_vi: vi.to_string(),
        title_en: en.to_string(),
        tasks: Vec::new(),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl ActionPlan {
    /// Hà Tĩnh's action plan for external affairs 2018–2021 and following years (Kế hoạch
    /// 357/KH-UBND of 05/11/2018; seed 004), with its six task groups and no tasks yet.
    pub fn ha_tinh_2018_2021() -> Self {
        let j = Jurisdiction::old(42).unwrap_or(Jurisdiction::National);
        ActionPlan {
            id: "ht-kh-357-2018".into(),
            kind: ActionPlanKind::ActionPlan,
            number: "357/KH-UBND".into(),
            title_vi: "Kế hoạch hành động triển khai công tác đối ngoại giai đoạn 2018-2021 và các năm tiếp theo".into(),
            jurisdiction: j,
            issuer: Body::new(BodyKind::ProvincialPeoplesCommittee, j),
            issued_on: date(2018, 11, 5),
            years: (2018, 2021),
            monitor: Body::new(BodyKind::DepartmentOfForeignAffairs, j),
            report_due: None,
            groups: vec![
                group(1, "Tiếp tục quán triệt, triển khai đường lối đối ngoại của Đảng, Nhà nước và nâng cao hiệu quả quản lý các hoạt động đối ngoại ở địa phương", "Disseminate the external-affairs line and manage local external activities better"),
                group(2, "Tăng cường hội nhập, hợp tác quốc tế với trọng tâm phát triển kinh tế đối ngoại", "International integration and cooperation, centred on external economic development"),
                group(3, "Triển khai, thực hiện có hiệu quả công tác lãnh sự và bảo hộ công dân", "Consular work and citizen protection"),
                group(4, "Làm tốt công tác bảo vệ biên giới lãnh thổ, an ninh quốc phòng và phát triển kinh tế - xã hội ở khu vực biên giới", "Border protection, security and development of the border area"),
                group(5, "Đẩy mạnh công tác thông tin đối ngoại, ngoại giao văn hóa và người Việt Nam ở nước ngoài", "External information, cultural diplomacy and overseas Vietnamese"),
                group(6, "Tăng cường công tác thanh tra ngoại giao; công tác đào tạo, bồi dưỡng cán bộ làm công tác đối ngoại tại địa phương", "Diplomatic inspection; training of local external-affairs staff"),
            ],
        }
    }

    /// Đắk Lắk's Chỉ thị 13/CT-UBND of 26/04/2023 on strengthening state management of
    /// external affairs (seed 002), with its seven solution groups; the Sở Ngoại vụ monitors
    /// and reports yearly to the UBND tỉnh.
    pub fn dak_lak_directive_13_2023() -> Self {
        let j = Jurisdiction::old(66).unwrap_or(Jurisdiction::National);
        ActionPlan {
            id: "dl-ct-13-2023".into(),
            kind: ActionPlanKind::Directive,
            number: "13/CT-UBND".into(),
            title_vi: "Chỉ thị về tăng cường quản lý Nhà nước trong công tác đối ngoại trên địa bàn tỉnh".into(),
            jurisdiction: j,
            issuer: Body::new(BodyKind::ProvincialPeoplesCommittee, j),
            issued_on: date(2023, 4, 26),
            years: (2023, 2025),
            monitor: Body::new(BodyKind::DepartmentOfForeignAffairs, j),
            report_due: None,
            groups: vec![
                group(1, "Đẩy mạnh quán triệt, phổ biến và tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác đối ngoại", "Disseminate the party's line and the state's law on external affairs"),
                group(2, "Sửa đổi, bổ sung, thay thế để hoàn thiện các văn bản quy phạm pháp luật và các quy định của tỉnh về công tác đối ngoại", "Amend and complete the province's regulations on external affairs"),
                group(3, "Kiện toàn tổ chức, bộ máy làm công tác đối ngoại và nâng cao năng lực cán bộ, công chức, viên chức làm công tác đối ngoại", "Strengthen the external-affairs apparatus and staff capacity"),
                group(4, "Xây dựng và triển khai thực hiện kế hoạch đối ngoại hằng năm", "Build and carry out the annual external-affairs plan"),
                group(5, "Đảm bảo kinh phí cho công tác đối ngoại theo quy định và những nhiệm vụ đối ngoại phát sinh từ thực tiễn của địa phương", "Fund external affairs, including tasks arising in practice"),
                group(6, "Nhiệm vụ, giải pháp chủ yếu người đứng đầu các cơ quan, đơn vị, địa phương cần tập trung triển khai thực hiện", "Main tasks for heads of agencies, units and localities"),
                group(7, "Tăng cường công tác thanh tra, kiểm tra về công tác đối ngoại", "Strengthen inspection of external affairs"),
            ],
        }
    }

    /// Sets the day and month of the yearly implementation report.
    pub fn report_by(mut self, month: u32, day: u32) -> Self {
        self.report_due = Some((month, day));
        self
    }

    /// Adds a task to group `group`.
    pub fn add_task(&mut self, group: u8, task: Task) -> Result<(), ActionPlanError> {
        if self.task(&task.id).is_some() {
            return Err(ActionPlanError::DuplicateTask(task.id));
        }
        let g = self
            .groups
            .iter_mut()
            .find(|g| g.number == group)
            .ok_or(ActionPlanError::NoGroup(group))?;
        g.tasks.push(task);
        Ok(())
    }

    /// The task with id `id`.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.groups
            .iter()
            .flat_map(|g| &g.tasks)
            .find(|t| t.id == id)
    }

    /// Records progress on a task (percent is capped at 100; updates must be in date order).
    pub fn update(
        &mut self,
        id: &str,
        on: NaiveDate,
        percent: u8,
        note: impl Into<String>,
    ) -> Result<(), ActionPlanError> {
        let t = self
            .groups
            .iter_mut()
            .flat_map(|g| g.tasks.iter_mut())
            .find(|t| t.id == id)
            .ok_or_else(|| ActionPlanError::NoTask(id.to_string()))?;
        if let Some(last) = t.updates.last() {
            if on < last.on {
                return Err(ActionPlanError::OutOfOrder {
                    id: id.to_string(),
                    on,
                    last: last.on,
                });
            }
        }
        t.updates.push(ProgressUpdate {
            on,
            percent: percent.min(100),
            note: note.into(),
        });
        Ok(())
    }

    /// The yearly implementation report on `as_of` for `year`: every task's status and
    /// latest progress, and counts per group.
    pub fn implementation_report(&self, year: i32, as_of: NaiveDate) -> ImplementationReport {
        let mut groups = Vec::new();
        let mut lines = Vec::new();
        for g in &self.groups {
            let mut s = GroupSummary {
                number: g.number,
                title_vi: g.title_vi.clone(),
                title_en: g.title_en.clone(),
                tasks: 0,
                done: 0,
                in_progress: 0,
                ongoing: 0,
                not_started: 0,
                overdue: 0,
            };
            for t in &g.tasks {
                let st = t.status_on(as_of);
                s.tasks += 1;
                match st {
                    TaskStatus::Done => s.done += 1,
                    TaskStatus::InProgress => s.in_progress += 1,
                    TaskStatus::Ongoing => s.ongoing += 1,
                    TaskStatus::NotStarted => s.not_started += 1,
                    TaskStatus::Overdue => s.overdue += 1,
                }
                let p = t.progress_on(as_of);
                lines.push(TaskLine {
                    group: g.number,
                    task: t.id.clone(),
                    title: t.title.clone(),
                    lead: t.lead.to_string(),
                    due: t.due,
                    status: st,
                    percent: p.map_or(0, |u| u.percent),
                    note: p.map(|u| u.note.clone()).unwrap_or_default(),
                });
            }
            groups.push(s);
        }
        ImplementationReport {
            plan: self.id.clone(),
            number: self.number.clone(),
            year,
            as_of,
            by: self.monitor.to_string(),
            to: self.issuer.to_string(),
            groups,
            lines,
        }
    }

    /// The yearly implementation-report obligations of the monitor to the issuer, for every
    /// year covered, when the report day is fixed ([`ActionPlan::report_by`]); empty otherwise.
    pub fn report_obligations(&self) -> Vec<Obligation> {
        let Some((m, d)) = self.report_due else {
            return Vec::new();
        };
        (self.years.0..=self.years.1)
            .filter_map(|y| {
                let due = NaiveDate::from_ymd_opt(y, m, d)?;
                let arises = NaiveDate::from_ymd_opt(y, 1, 1)?
                    .max(self.issued_on)
                    .min(due);
                Some(
                    Obligation::new(
                        format!("{}/{y}/implementation", self.id),
                        Owed::new(
                            Subject::ExternalAffairsPlan,
                            ReportKind::ImplementationReport,
                        ),
                        Channel::State,
                        self.jurisdiction,
                        self.monitor.clone(),
                        arises,
                        due,
                    )
                    .owed_to(self.issuer.clone())
                    .origin(ObligationOrigin::Plan)
                    .evidence(Evidence::Secondary)
                    .cite(Citation::of(
                        crate::law::InstrumentNumber::parse(&self.number).unwrap_or_else(|_| {
                            crate::law::InstrumentNumber::from_static("0-unknown")
                        }),
                    ))
                    .note("yearly implementation report (định kỳ hằng năm); the day is configured"),
                )
            })
            .collect()
    }
}

/// Per-group counts in an implementation report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupSummary {
    /// Group number.
    pub number: u8,
    /// Title in Vietnamese.
    pub title_vi: String,
    /// Title in English.
    pub title_en: String,
    /// Tasks in the group.
    pub tasks: u32,
    /// Done.
    pub done: u32,
    /// In progress.
    pub in_progress: u32,
    /// Standing tasks with progress.
    pub ongoing: u32,
    /// Not started.
    pub not_started: u32,
    /// Overdue.
    pub overdue: u32,
}

/// One task's line in an implementation report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskLine {
    /// Group number.
    pub group: u8,
    /// Task id.
    pub task: String,
    /// Task title.
    pub title: String,
    /// The lead body.
    pub lead: String,
    /// Due date.
    pub due: Option<NaiveDate>,
    /// Status on the report date.
    pub status: TaskStatus,
    /// Latest percent complete.
    pub percent: u8,
    /// Latest note.
    pub note: String,
}

/// The yearly implementation report of an action plan or directive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImplementationReport {
    /// The plan's id.
    pub plan: String,
    /// The instrument number.
    pub number: String,
    /// The year reported.
    pub year: i32,
    /// The report date.
    pub as_of: NaiveDate,
    /// Who reports (the monitor).
    pub by: String,
    /// To whom (the issuer).
    pub to: String,
    /// Per-group counts.
    pub groups: Vec<GroupSummary>,
    /// Per-task lines.
    pub lines: Vec<TaskLine>,
}
