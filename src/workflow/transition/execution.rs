//! After approval: `carry_out`, `report_result`, `discharge`, `close`.
//!
//! Provisions (through the machine's edge and the assessment): the activity only after the
//! approval (e.g. NĐ 88/2012/NĐ-CP Art. 13(3)); the result report and its period (QĐ
//! 06/2020/QĐ-TTg Art. 4(2)(c); Luật 70/2020/QH14 Art. 19(5); Chỉ thị 38-CT/TW; NĐ
//! 80/2020/NĐ-CP Art. 14(4)) and the other obligations owed after the activity (e.g. passports
//! back within 5 working days, Luật 49/2019/QH14 Art. 23(3)), each discharged by its owner.
//! Without a rule naming who reports, the applicant files the one result report.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::rules::{text, Finding, FindingKind};
use crate::workflow::{ActionKind, Case, DeadlineKind, Event, Trigger};

use super::Effect;

impl Case {
    /// `carry_out`: an approval, nothing blocking, not before the approval's day; the
    /// obligations on execution start.
    pub(super) fn guard_carry_out(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        match &self.approval {
            Some(_) if !self.blocking.is_empty() => {
                unmet.extend(self.blocking.iter().cloned());
            }
            None => unmet.push(Finding::new(
                FindingKind::NotApproved,
                text(
                    "chưa có phê duyệt của người có thẩm quyền",
                    "no approval by a competent actor is recorded",
                ),
                text("xin phê duyệt trước", "obtain the approval first"),
            )),
            Some(ap) => {
                if on < ap.on {
                    let (day, approved) = (on.format("%d/%m/%Y"), ap.on.format("%d/%m/%Y"));
                    unmet.push(
                        Finding::new(
                            FindingKind::BeforeApproval {
                                on,
                                approved: ap.on,
                            },
                            text(
                                format!("thực hiện ngày {day}, trước ngày phê duyệt {approved}"),
                                format!("carried out on {day}, before the approval of {approved}"),
                            ),
                            text(
                                "chỉ thực hiện sau khi được phê duyệt",
                                "carry out only after the approval",
                            ),
                        )
                        .cite(ap.citation.clone()),
                    );
                }
                fx.carried_out = true;
                if let Some(a) = self.assessment() {
                    Self::obligations_on(a, Trigger::CarriedOut, cal, on, fx, unmet);
                }
            }
        }
    }

    /// `report_result`: the open result report is met by its owner (late if after its due
    /// day); without one, one report per case, by the applicant.
    pub(super) fn guard_report_result(
        &self,
        ev: &Event,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let on = ev.on;
        match self.open_deadline(&DeadlineKind::RESULT_REPORTS) {
            Some(i) => {
                fx.meet.push(i);
                if let Some(d) = self.deadlines.get(i) {
                    if !self.owns(&ev.actor, d.owner) {
                        unmet.push(d.found(Finding::new(
                            FindingKind::NotOwner {
                                actor: ev.actor.id.clone(),
                                owner: d.owner,
                            },
                            text(
                                format!("báo cáo kết quả do {} thực hiện", d.owner.vi()),
                                format!("the result report is owed by the {}", d.owner.en()),
                            ),
                            text(
                                format!("{} nộp báo cáo", d.owner.vi()),
                                format!("the {} files it", d.owner.en()),
                            ),
                        )));
                    }
                    fx.late = Some(on > d.due);
                    fx.cite_limit(&d.citation, d.source.as_ref());
                }
            }
            // a report the rules require without a deadline (e.g. Chỉ thị 38-CT/TW) is
            // accepted and recorded; a second report is not
            None => {
                if self
                    .log
                    .iter()
                    .any(|e| e.event.action.kind() == ActionKind::ReportResult)
                {
                    unmet.push(Finding::new(
                        FindingKind::AlreadyReported,
                        text(
                            "báo cáo kết quả đã được nộp",
                            "the result report was already filed",
                        ),
                        text(
                            "không: mỗi hồ sơ một báo cáo",
                            "nothing: one report per case",
                        ),
                    ));
                } else if ev.actor.id != self.applicant.id {
                    let applicant = &self.applicant.id;
                    unmet.push(Finding::new(
                    FindingKind::NotApplicant {
                        actor: ev.actor.id.clone(),
                        applicant: applicant.clone(),
                    },
                    text(
                        "không có quy định nêu ai báo cáo: bên đề nghị nộp báo cáo kết quả",
                        "without a rule naming who reports, the applicant files the result report",
                    ),
                    text(
                        format!("bên đề nghị {applicant} nộp báo cáo"),
                        format!("the applicant {applicant} files it"),
                    ),
                ));
                }
            }
        }
    }

    /// `discharge`: an open obligation of that kind, discharged by its owner.
    pub(super) fn guard_discharge(
        &self,
        ev: &Event,
        kind: DeadlineKind,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let on = ev.on;
        match self.open_deadline(&[kind]) {
            Some(i) => {
                if let Some(d) = self.deadlines.get(i) {
                    if !self.owns(&ev.actor, d.owner) {
                        unmet.push(d.found(Finding::new(
                            FindingKind::NotOwner {
                                actor: ev.actor.id.clone(),
                                owner: d.owner,
                            },
                            text(
                                format!("nghĩa vụ {} thuộc về {}", kind.vi(), d.owner.vi()),
                                format!(
                                    "the {} obligation belongs to the {}",
                                    kind.en(),
                                    d.owner.en()
                                ),
                            ),
                            text(
                                format!("{} thực hiện", d.owner.vi()),
                                format!("the {} discharges it", d.owner.en()),
                            ),
                        )));
                    }
                    fx.meet.push(i);
                    fx.late = Some(on > d.due);
                    fx.cite_limit(&d.citation, d.source.as_ref());
                }
            }
            None => unmet.push(Finding::new(
                FindingKind::NothingToDischarge,
                text(
                    format!("không có nghĩa vụ {} nào đang mở", kind.vi()),
                    format!("no open {} obligation", kind.en()),
                ),
                text("không có gì để thực hiện", "nothing to discharge"),
            )),
        }
    }

    /// `close`: no result report still owed.
    pub(super) fn guard_close(&self, unmet: &mut Vec<Finding>) {
        if let Some(i) = self.open_deadline(&DeadlineKind::RESULT_REPORTS) {
            if let Some(d) = self.deadlines.get(i) {
                let due = d.due.format("%d/%m/%Y");
                unmet.push(d.found(Finding::new(
                    FindingKind::ReportPending { due: d.due },
                    text(
                        format!("chưa nộp báo cáo kết quả (hạn {due})"),
                        format!("the result report is not filed yet (due {due})"),
                    ),
                    text("nộp báo cáo kết quả trước", "file the result report first"),
                )));
            }
        }
    }
}
