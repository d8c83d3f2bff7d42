//! The core transition: phase 1 decides, reading the case only, everything an event would do
//! (or every reason it may not); phase 2 writes it and cannot fail.
//!
//! [`Case::decide`] finds the event's edge in the procedure's [`Machine`], checks who may act
//! ([`authorize`]), then the guard of the action's group, one file each:
//!
//! | file | actions |
//! |---|---|
//! | [`submission`] | `request_hosting`, `submit`, `accept`, `return_for_completion`, `resubmit`, `withdraw`, `cancel` |
//! | [`consultation`] | `reply`, `end_consultation`, `reconcile` |
//! | [`decision`] | `approve_hosting`, `approve`, `refuse`, `escalate`, `recheck` |
//! | [`execution`] | `carry_out`, `report_result`, `discharge`, `close` |
//!
//! with the deadline bookkeeping in [`deadlines`]. Each file names the provisions it
//! implements; the provision of an edge itself comes from the procedure's machine
//! (`procedures/*.rs`) and the case's assessment, and is cited in the log. [`Case::commit`]
//! then writes the [`Effect`].

mod authorize;
mod consultation;
mod deadlines;
mod decision;
mod execution;
mod submission;

use crate::calendar::{Deadlines, WorkCalendar};
use crate::label::Label;
use crate::law::{Citation, Citations};
use crate::rules::{text, Finding, FindingKind};

use std::sync::Arc;

use super::case::{Answer, ConsultationRecord, DecisionRecord, Held};
use super::machine::Machine;
use super::{Action, Case, Deadline, Event, LogEntry, Outcome, Refusal, State};

/// What an accepted event will do, decided before anything is written.
pub(crate) struct Effect {
    to: State,
    citations: Vec<Citation>,
    take_assessment: bool,
    reset_consultations: bool,
    // boxed: the effect is moved twice per event, and a decision record is 168 bytes
    hosting: Option<Box<DecisionRecord>>,
    consultations: Vec<ConsultationRecord>,
    answer: Option<(usize, Answer)>,
    silence: bool,
    meet: Vec<usize>,
    lapse_open: bool,
    created: Vec<Deadline>,
    approval: Option<Box<DecisionRecord>>,
    carried_out: bool,
    blocking: Option<Vec<Finding>>,
    late: Option<bool>,
}

impl Effect {
    fn cite(&mut self, c: Citation) {
        if !self.citations.contains(&c) {
            self.citations.push(c);
        }
    }

    pub(crate) fn new(to: State) -> Self {
        Effect {
            to,
            citations: Vec::new(),
            take_assessment: false,
            reset_consultations: false,
            hosting: None,
            consultations: Vec::new(),
            answer: None,
            silence: false,
            meet: Vec::new(),
            lapse_open: false,
            created: Vec::new(),
            approval: None,
            carried_out: false,
            blocking: None,
            late: None,
        }
    }
}

impl Case {
    // ---- phase 1: decide (reads only) ----

    pub(crate) fn decide(&self, cal: &WorkCalendar, ev: &Event) -> Result<Effect, Refusal> {
        let kind = ev.action.kind();
        let refusal = |unmet: Vec<Finding>| Refusal {
            action: kind,
            state: self.state,
            unmet,
        };
        let mut unmet: Vec<Finding> = Vec::new();
        // the range check first (`covers` is what `day(..).is_ok()` says, without describing
        // the day); the day's error is only built for the refusal
        if let Some(Err(e)) = (!Deadlines::covers(cal, ev.on)).then(|| cal.day(ev.on)) {
            return Err(refusal(vec![Finding::new(
                FindingKind::UnusableDate { on: ev.on },
                text(
                    format!("ngày thực hiện không dùng được: {e}"),
                    format!("the act date is not usable: {e}"),
                ),
                text(
                    "ghi ngày trong phạm vi các năm của lịch",
                    "date the event within the calendar's years",
                ),
            )]));
        }
        if let Some(last) = self.log.last() {
            if ev.on < last.event.on {
                let (on, previous) = (ev.on.format("%d/%m/%Y"), last.event.on.format("%d/%m/%Y"));
                unmet.push(Finding::new(
                    FindingKind::BeforePreviousEvent {
                        on: ev.on,
                        previous: last.event.on,
                    },
                    text(
                        format!("sự kiện ghi ngày {on}, trước sự kiện trước đó ({previous})"),
                        format!("the event is dated {on}, before the previous event ({previous})"),
                    ),
                    text(
                        format!("ghi ngày từ {previous} trở đi"),
                        format!("date it on or after {previous}"),
                    ),
                ));
            }
        }
        let to = self.target(ev);
        let machine = Machine::of(self.procedure);
        let Some(edge) = machine.edge(self.state, kind, to) else {
            let allowed: Vec<&str> = machine
                .actions_from(self.state)
                .iter()
                .map(|a| a.code())
                .collect();
            let to = if to != self.state && self.state != State::Draft {
                format!(" → `{}`", to.code())
            } else {
                String::new()
            };
            let (vi, en) = (self.procedure.vi(), self.procedure.en());
            let (step, from) = (kind.code(), self.state.code());
            return Err(refusal(vec![Finding::new(
                FindingKind::NotAStep,
                text(
                    format!("`{step}` không phải là một bước của thủ tục {vi} từ `{from}`{to}"),
                    format!("`{step}` is not a step of the {en} procedure from `{from}`{to}"),
                ),
                if allowed.is_empty() {
                    text(
                        "không còn bước nào: hồ sơ đã kết thúc",
                        "nothing: the case is finished",
                    )
                } else {
                    text(
                        format!("một trong các bước: {}", allowed.join(", ")),
                        format!("one of: {}", allowed.join(", ")),
                    )
                },
            )]));
        };
        let mut fx = Effect::new(to);
        if let Some(c) = &edge.citation {
            fx.cite(c.clone());
        }
        self.authorize(edge.who, ev, &mut fx, &mut unmet);
        self.guard(cal, ev, &mut fx, &mut unmet);
        unmet.extend(self.bodies_gone(ev).into_iter().map(Finding::from));
        if unmet.is_empty() {
            Ok(fx)
        } else {
            Err(refusal(unmet))
        }
    }

    /// The state the event would lead to (the machine then says whether that edge exists).
    fn target(&self, ev: &Event) -> State {
        match &ev.action {
            Action::RequestHosting { .. } => State::HostingRequested,
            Action::ApproveHosting => State::Draft,
            Action::Submit { .. } | Action::Resubmit { .. } => State::Submitted,
            Action::Accept => {
                if self
                    .assessment()
                    .is_some_and(|a| !a.consultations.is_empty())
                {
                    State::InConsultation
                } else {
                    State::AwaitingDecision
                }
            }
            Action::Reply { .. } => State::InConsultation,
            Action::EndConsultation => {
                if self
                    .assessment()
                    .is_some_and(|a| a.reconciliation.is_some())
                {
                    State::Reconciling
                } else {
                    State::AwaitingDecision
                }
            }
            Action::Reconcile => State::AwaitingDecision,
            Action::Escalate => State::Escalated,
            Action::Approve => State::Approved,
            Action::Refuse { .. } => State::Refused,
            Action::ReturnForCompletion { .. } => State::ReturnedForCompletion,
            Action::Recheck { .. } => self.state,
            Action::CarryOut => State::CarriedOut,
            Action::ReportResult => State::ResultReported,
            Action::Discharge { .. } => self.state,
            Action::Close => State::Closed,
            Action::Withdraw { .. } => State::Withdrawn,
            Action::Cancel { .. } => State::Cancelled,
        }
    }

    /// The guard of the event's action, by group: [`submission`], [`consultation`],
    /// [`decision`], [`execution`] (who may act was checked by [`Case::authorize`]).
    fn guard(&self, cal: &WorkCalendar, ev: &Event, fx: &mut Effect, unmet: &mut Vec<Finding>) {
        let on = ev.on;
        match &ev.action {
            Action::RequestHosting { assessment } => {
                self.guard_request_hosting(assessment, on, fx, unmet)
            }
            // competence only (authorize.rs)
            Action::ApproveHosting => {}
            Action::Submit { assessment } | Action::Resubmit { assessment } => {
                self.guard_submit(assessment, cal, on, fx, unmet)
            }
            Action::Accept => self.guard_accept(cal, on, fx, unmet),
            Action::Reply { opinion } => self.guard_reply(ev, opinion, fx, unmet),
            Action::EndConsultation => self.guard_end_consultation(cal, on, fx, unmet),
            Action::Reconcile => self.guard_reconcile(cal, on, fx, unmet),
            Action::Escalate => self.guard_escalate(cal, on, fx, unmet),
            Action::Approve => self.guard_approve(cal, on, fx, unmet),
            Action::Refuse { .. } => self.guard_refuse(on, fx),
            Action::ReturnForCompletion { .. } => self.guard_return_for_completion(fx),
            Action::Recheck { assessment } => self.guard_recheck(assessment, on, fx, unmet),
            Action::CarryOut => self.guard_carry_out(cal, on, fx, unmet),
            Action::ReportResult => self.guard_report_result(ev, fx, unmet),
            Action::Discharge { kind } => self.guard_discharge(ev, *kind, fx, unmet),
            Action::Close => self.guard_close(unmet),
            Action::Withdraw { .. } | Action::Cancel { .. } => self.guard_withdraw_or_cancel(fx),
        }
    }

    // ---- phase 2: commit (writes; cannot fail) ----

    pub(crate) fn commit(&mut self, fx: Effect, event: Event) -> Outcome {
        let on = event.on;
        let from = self.state;
        let seq = self.log.len();
        if fx.take_assessment && event.action.assessment().is_some() {
            // the event, kept in the log below, holds the one copy
            self.assessment = Held::Logged(seq);
        }
        for &i in &fx.meet {
            if let Some(d) = self.deadlines.get_mut(i) {
                d.met = Some(on);
            }
        }
        if fx.lapse_open {
            for d in self
                .deadlines
                .iter_mut()
                .filter(|d| d.met.is_none() && d.lapsed.is_none())
            {
                d.lapsed = Some(on);
            }
        }
        if fx.reset_consultations {
            self.consultations.clear();
        }
        if let Some((i, answer)) = fx.answer {
            if let Some(c) = self.consultations.get_mut(i) {
                c.answer = answer;
            }
        }
        if fx.silence {
            for c in &mut self.consultations {
                if matches!(c.answer, Answer::Pending) {
                    c.answer = Answer::Silent {
                        noted: on,
                        consent: c.silence_is_consent,
                    };
                }
            }
        }
        self.consultations.extend(fx.consultations);
        self.deadlines.extend(fx.created.iter().cloned());
        if fx.hosting.is_some() {
            self.hosting = fx.hosting;
        }
        if fx.approval.is_some() {
            self.approval = fx.approval;
        }
        if fx.carried_out {
            self.carried_out = Some(on);
        }
        if let Some(b) = fx.blocking {
            self.blocking = b;
        }
        if fx.reset_consultations {
            self.blocking.clear();
        }
        self.state = fx.to;
        // one rulebook version shared by the entries under it
        let rulebook_version = match (
            self.log.last().and_then(|e| e.rulebook_version.as_ref()),
            self.assessment()
                .or(event.action.assessment().filter(|_| fx.take_assessment))
                .map(|a| a.rulebook_version.as_str()),
        ) {
            (Some(shared), Some(v)) if **shared == *v => Some(shared.clone()),
            (_, v) => v.map(Arc::from),
        };
        // one list for the entry and the outcome
        let citations = Citations::from(fx.citations);
        if self.log.capacity() == 0 {
            // the paths of the procedures take 6 to 12 events: grow once, not three times
            self.log.reserve_exact(8);
        }
        self.log.push(LogEntry {
            seq: u32::try_from(seq).unwrap_or(u32::MAX),
            event,
            from,
            to: fx.to,
            rulebook_version,
            citations: citations.clone(),
        });
        if fx.to.is_terminal() {
            // finished: nothing more is added
            self.log.shrink_to_fit();
            self.deadlines.shrink_to_fit();
            self.consultations.shrink_to_fit();
        }
        Outcome {
            from,
            to: fx.to,
            citations,
            created: fx.created,
            late: fx.late,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_provisions_keep_their_order_and_each_appears_once() {
        let mut fx = Effect::new(State::Approved);
        let c = |n: u16| Citation::article("70/2020/QH14", n);
        for n in [1, 2, 1, 3, 4, 5, 2, 6, 5] {
            fx.cite(c(n));
        }
        let list = Citations::from(fx.citations);
        assert_eq!(list, vec![c(1), c(2), c(3), c(4), c(5), c(6)]);
        assert!(Citations::from(Effect::new(State::Approved).citations).is_empty());
        let mut three = Effect::new(State::Approved);
        for n in [9, 8, 9, 7] {
            three.cite(c(n));
        }
        assert_eq!(Citations::from(three.citations), vec![c(9), c(8), c(7)]);
    }
}
