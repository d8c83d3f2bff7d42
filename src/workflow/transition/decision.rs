//! The decision: `approve`, `refuse`, `escalate`, `recheck` (and `approve_hosting`, whose
//! only condition is competence: see `authorize.rs`).
//!
//! Provisions (through the machine's edge and the assessment): the competent tier (e.g. QĐ
//! 06/2020/QĐ-TTg Art. 3; NĐ 80/2020/NĐ-CP Art. 7; Luật 70/2020/QH14 Art. 19(3)) and its
//! decision period (e.g. NĐ 58/2022/NĐ-CP Art. 11: 10 working days; NĐ 88/2012/NĐ-CP Art.
//! 13(3): 5 working days); an objection sends the case to the Prime Minister, whose written
//! consent approval waits for (Luật 70/2020/QH14 Art. 19(4)). A recheck is a fresh assessment
//! as of its own day whose violations block approval and execution.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::rules::{text, Finding, FindingKind};
use crate::workflow::case::Answer;
use crate::workflow::{Assessment, Case, DeadlineKind, State, Trigger};

use super::Effect;

impl Case {
    /// `escalate`: the rules provide an escalation, and, when it is the objection route, a
    /// consultee objected; the decision deadline is met and the higher authority's starts.
    pub(super) fn guard_escalate(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let (a, esc) = match self.escalation() {
            Ok(found) => found,
            Err(why) => {
                unmet.push(why);
                return;
            }
        };
        if esc.on_objection && !self.has_objection() {
            let competent = a.authority.role;
            unmet.push(esc.authority.found(Finding::new(
                FindingKind::NoObjection { competent },
                text(
                    "không cơ quan nào không đồng ý: hồ sơ do cấp có thẩm quyền quyết định",
                    "no consultee objected: the case is decided at the competent level",
                ),
                text(
                    format!("{} quyết định", competent.vi()),
                    format!("the {} decides", competent.en()),
                ),
            )));
        }
        fx.cite(&esc.authority.citation);
        if let Some(i) = self.open_deadline(&[DeadlineKind::Decision]) {
            fx.meet.push(i);
        }
        if let Some(limit) = &esc.decision {
            Self::make_deadline(
                cal,
                DeadlineKind::EscalatedDecision,
                esc.authority.role,
                &[],
                on,
                limit,
                &mut fx.created,
                unmet,
            );
        }
    }

    /// `approve`: nothing blocking from a recheck, no objection left without the higher
    /// authority's consent; the decision deadline is met and the obligations on approval start.
    pub(super) fn guard_approve(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        unmet.extend(self.blocking.iter().cloned());
        if self.state == State::AwaitingDecision {
            if let Some(esc) = self
                .assessment()
                .and_then(|a| a.escalation.as_ref())
                .filter(|e| e.on_objection)
            {
                for c in &self.consultations {
                    if let Answer::Objected { on: when, reason } = &c.answer {
                        let higher = esc.authority.role;
                        let day = when.format("%d/%m/%Y");
                        unmet.push(esc.authority.found(Finding::new(
                            FindingKind::ObjectionNeedsConsent {
                                consultee: c.consultee,
                                on: *when,
                                reason: reason.clone(),
                                higher,
                            },
                            text(
                                format!(
                                    "{} không đồng ý ngày {day} ({reason}); việc phê duyệt cần ý kiến đồng ý bằng văn bản của {}",
                                    c.consultee.vi(),
                                    higher.vi()
                                ),
                                format!(
                                    "the {} objected on {day} ({reason}); approval needs the written consent of the {}",
                                    c.consultee.en(),
                                    higher.en()
                                ),
                            ),
                            text(
                                format!("trình {} và nhận ý kiến đồng ý", higher.vi()),
                                format!("escalate to the {} and obtain its consent", higher.en()),
                            ),
                        )));
                    }
                }
            }
        }
        self.meet_decision(on, fx);
        if let Some(a) = self.assessment() {
            Self::obligations_on(a, Trigger::Approved, cal, on, fx, unmet);
        }
    }

    /// `refuse`: the decision deadline is met and the open deadlines lapse.
    pub(super) fn guard_refuse(&self, on: NaiveDate, fx: &mut Effect) {
        self.meet_decision(on, fx);
        fx.lapse_open = true;
    }

    /// `recheck`: the fresh assessment is valid for the act; its violations become the
    /// blocking findings.
    pub(super) fn guard_recheck(
        &self,
        assessment: &Assessment,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        self.check_assessment(assessment, on, unmet);
        fx.blocking = Some(assessment.violations.clone());
        fx.cite_all(&assessment.citations);
    }

    fn meet_decision(&self, on: NaiveDate, fx: &mut Effect) {
        let kinds: &[DeadlineKind] = if self.state == State::Escalated {
            &[DeadlineKind::EscalatedDecision]
        } else {
            &[DeadlineKind::Decision]
        };
        if let Some(i) = self.open_deadline(kinds) {
            fx.meet.push(i);
            fx.late = self.deadlines.get(i).map(|d| on > d.due);
        }
    }
}
