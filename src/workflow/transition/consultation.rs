//! Consultation: `reply`, `end_consultation`, `reconcile`.
//!
//! Provisions (through the machine's edge and the assessment): the consultees and their reply
//! periods (e.g. Luật 70/2020/QH14 Art. 19(2): 7 working days, 3 in the shortened procedure
//! of Art. 39; QĐ 06/2020/QĐ-TTg Art. 5: 15 days; NĐ 80/2020/NĐ-CP Art. 10: appraisal
//! opinions), silence after the period, and the border commune's reconciliation of the
//! opinions (NĐ 64/2021/NĐ-CP Art. 7 as amended by NĐ 177/2025/NĐ-CP). A consultee answers
//! only its own consultation, once.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::rules::{text, Finding, FindingKind};
use crate::workflow::case::Answer;
use crate::workflow::{Case, DeadlineKind, DecisionClock, Event, Opinion, Role};

use super::Effect;

impl Case {
    /// `reply`: the consultee answers its own pending consultation; late if after its due day.
    pub(super) fn guard_reply(
        &self,
        ev: &Event,
        opinion: &Opinion,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let on = ev.on;
        let role = ev.actor.role;
        let mut mine = self
            .consultations
            .iter()
            .enumerate()
            .filter(|(_, c)| c.consultee == role);
        let consulted = mine.clone().next().is_some();
        let pending = mine
            .find(|(_, c)| matches!(c.answer, Answer::Pending))
            .map(|(i, _)| i);
        match (!consulted, pending) {
            (true, _) => {
                let asked = |l: fn(&Role) -> &'static str| {
                    let v: Vec<&str> = self.consultations.iter().map(|c| l(&c.consultee)).collect();
                    v.join(", ")
                };
                let found = Finding::new(
                    FindingKind::NotConsulted {
                        actor: ev.actor.id.clone(),
                        role,
                        consultees: self.consultations.iter().map(|c| c.consultee).collect(),
                    },
                    text(
                        format!(
                            "{} ({}) không được lấy ý kiến trong hồ sơ này; cơ quan được hỏi chỉ trả lời phần của mình",
                            ev.actor.id,
                            role.vi()
                        ),
                        format!(
                            "{} ({}) is not consulted in this case; a consultee may answer only its own consultation",
                            ev.actor.id,
                            role.en()
                        ),
                    ),
                    text(
                        format!("một trong các cơ quan được hỏi trả lời: {}", asked(Role::vi)),
                        format!("one of the consultees answers: {}", asked(Role::en)),
                    ),
                );
                unmet.push(match self.consultations.first() {
                    Some(c) => match self.deadlines.get(c.deadline) {
                        Some(d) => d.found(found),
                        None => found.cite(c.citation.clone()),
                    },
                    None => found,
                });
            }
            (false, None) => unmet.push(Finding::new(
                FindingKind::AlreadyAnswered { consultee: role },
                text(
                    format!("{} đã trả lời", role.vi()),
                    format!("{} has already answered", role.en()),
                ),
                text(
                    "không: mỗi cơ quan trả lời một lần",
                    "nothing: one answer per consultation",
                ),
            )),
            (false, Some(i)) => {
                if let Some(c) = self.consultations.get(i) {
                    let answer = match opinion {
                        Opinion::Agree => Answer::Agreed { on },
                        Opinion::Object { reason } => Answer::Objected {
                            on,
                            reason: reason.clone(),
                        },
                    };
                    fx.answer = Some((i, answer));
                    fx.meet.push(c.deadline);
                    fx.late = Some(on > c.due);
                    fx.cite(&c.citation);
                }
            }
        }
    }

    /// `end_consultation`: no reply still awaited within its period; the silent are noted,
    /// then the reconciliation period or the decision clock starts.
    pub(super) fn guard_end_consultation(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        for c in &self.consultations {
            if matches!(c.answer, Answer::Pending) && on <= c.due {
                let due = c.due.format("%d/%m/%Y");
                let found = Finding::new(
                    FindingKind::ReplyAwaited {
                        consultee: c.consultee,
                        until: c.due,
                    },
                    text(
                        format!("đang chờ ý kiến của {} đến ngày {due}", c.consultee.vi()),
                        format!(
                            "the reply of the {} is awaited until {due}",
                            c.consultee.en()
                        ),
                    ),
                    text(
                        format!("nhận ý kiến, hoặc kết thúc lấy ý kiến sau ngày {due}"),
                        format!("obtain the reply, or close the consultation after {due}"),
                    ),
                );
                unmet.push(match self.deadlines.get(c.deadline) {
                    Some(d) => d.found(found),
                    None => found.cite(c.citation.clone()),
                });
            }
        }
        fx.silence = true;
        if let Some(a) = self.assessment() {
            match &a.reconciliation {
                Some(r) => {
                    if Self::make_deadline(
                        cal,
                        DeadlineKind::Reconciliation,
                        Role::Organiser,
                        &[],
                        on,
                        r,
                        &mut fx.created,
                        unmet,
                    )
                    .is_some()
                    {
                        fx.cite(&r.citation);
                    }
                }
                None => self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet),
            }
        }
    }

    /// `reconcile`: the reconciliation deadline is met and the decision clock starts.
    pub(super) fn guard_reconcile(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        if let Some(i) = self.open_deadline(&[DeadlineKind::Reconciliation]) {
            fx.meet.push(i);
            fx.late = self.deadlines.get(i).map(|d| on > d.due);
        }
        if let Some(a) = self.assessment() {
            self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet);
        }
    }

    pub(super) fn has_objection(&self) -> bool {
        self.consultations
            .iter()
            .any(|c| matches!(c.answer, Answer::Objected { .. }))
    }
}
