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
use crate::law::{forever, Citation, Citations};
use crate::rules::{text, Finding, FindingKind, Provenance};

use std::sync::Arc;

use super::case::{Answer, ConsultationRecord, DecisionRecord, Held};
use super::machine::Machine;
use super::{Action, Case, Deadline, Event, LogEntry, Outcome, Refusal, State};

/// The provisions an event relies on, as [`Effect`] collects them. A list already shared (an
/// edge's, a rule's) is adopted as it is while it is all the event cites, so such an event
/// allocates nothing for its citations and its log entry shares the rule's list; the first
/// citation that is not in it makes a new list. Made only of provisions kept for the program
/// (the machines', the kept rulebook's), that list is kept once for the program too
/// (`law::forever::combined`: a decision cites its edge's provision, then the competent
/// authority's; a submission its edge's, then its assessment's list), with nothing allocated;
/// otherwise one provision added to a list makes a shared list of exactly that size and a
/// whole list cited after another makes the event's own list.
enum Cited {
    /// Nothing, a shared list, or a shared list and the provisions cited one by one after it.
    Shared(Citations),
    /// The event's own list (no provision twice, in the order cited).
    Own(Vec<Citation>),
}

impl Cited {
    /// The list (the shared one adopted, or the event's own made one).
    #[inline]
    fn into_list(self) -> Citations {
        match self {
            Cited::Shared(list) => list,
            Cited::Own(v) => Citations::from(v),
        }
    }
}

/// What an accepted event will do, decided before anything is written.
pub(crate) struct Effect {
    to: State,
    citations: Cited,
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
    /// Cites one provision (once: a provision already cited is not repeated).
    fn cite(&mut self, c: &Citation) {
        match &mut self.citations {
            Cited::Own(v) => {
                if !v.contains(c) {
                    v.push(c.clone());
                }
            }
            // the shared list and this provision: kept for good when both are (nothing
            // allocated or counted), else shared at exactly that size (one allocation)
            Cited::Shared(list) => {
                // a kept list: what citing this provision after it gave before, found with
                // no citation of the list read
                let after = list.as_static();
                if let Some(gave) = after.and_then(|after| forever::cited_one_after(after, c)) {
                    self.citations = Cited::Shared(Citations::from_static(gave));
                    return;
                }
                if list.contains(c) {
                    if let Some(after) = after {
                        forever::remember_cited_one_after(after, c, after);
                    }
                    return;
                }
                let grown = forever::combined(list, &[c])
                    .unwrap_or_else(|| list.iter().chain(std::iter::once(c)).cloned().collect());
                if let (Some(after), Some(gave)) = (after, grown.as_static()) {
                    forever::remember_cited_one_after(after, c, gave);
                }
                self.citations = Cited::Shared(grown);
            }
        }
    }

    /// Cites every provision of a shared list, in its order: the list itself when nothing
    /// is cited yet and it names no provision twice.
    fn cite_all(&mut self, list: &Citations) {
        if list.is_empty() {
            // nothing to cite: a list adopted stays shared (found by the property test below)
            return;
        }
        match &self.citations {
            Cited::Shared(cur) if cur.is_empty() => {
                let distinct = list.iter().enumerate().all(|(i, c)| !list[..i].contains(c));
                if distinct {
                    self.citations = Cited::Shared(list.clone());
                    return;
                }
                // a provision twice: the event's own list, each once
                self.citations = Cited::Own(Vec::with_capacity(list.len()));
            }
            Cited::Shared(cur) if cur.ptr_eq(list) => return,
            Cited::Shared(cur) => {
                // both lists kept: what citing this one after that gave before, found by
                // their addresses, with no citation read (a case's submission cites its
                // edge's provision, then its assessment's list, the same two on every case)
                let kept = cur.as_static().zip(list.as_static());
                if let Some(gave) =
                    kept.and_then(|(after, cited)| forever::cited_after(after, cited))
                {
                    self.citations = Cited::Shared(Citations::from_static(gave));
                    return;
                }
                if list.iter().all(|c| cur.contains(c)) {
                    // nothing new: the adopted list stays shared (found by the property test
                    // below)
                    if let Some((after, cited)) = kept {
                        forever::remember_cited_after(after, cited, after);
                    }
                    return;
                }
                // the list cited so far and the new provisions of this one, each once: kept
                // for good when all are (nothing allocated or counted)
                let Some(first) = list.first() else { return };
                let mut new = [first; forever::COMBINED_LONGEST];
                let mut n = 0;
                for (i, c) in list.iter().enumerate() {
                    if !cur.contains(c) && !list[..i].contains(c) {
                        if let Some(at) = new.get_mut(n) {
                            *at = c;
                        }
                        n += 1;
                    }
                }
                if let Some(combined) = new.get(..n).and_then(|new| forever::combined(cur, new)) {
                    if let (Some((after, cited)), Some(gave)) = (kept, combined.as_static()) {
                        forever::remember_cited_after(after, cited, gave);
                    }
                    self.citations = Cited::Shared(combined);
                    return;
                }
                // else the event's own list, with room for the whole list at once
                let mut v = Vec::with_capacity(cur.len() + list.len());
                v.extend(cur.iter().cloned());
                self.citations = Cited::Own(v);
            }
            Cited::Own(_) => {}
        }
        if let Cited::Own(v) = &mut self.citations {
            v.reserve(list.len());
            // each provision once, copied only when it is new
            for c in list {
                if !v.contains(c) {
                    v.push(c.clone());
                }
            }
        }
    }

    /// Cites an edge's provision, the first thing an event cites: a list of at most one
    /// provision (`Transition::cited`) is adopted as it is, with nothing to compare.
    #[inline]
    fn cite_edge(&mut self, list: &Citations) {
        match &self.citations {
            Cited::Shared(cur) if cur.is_empty() && list.len() <= 1 => {
                self.citations = Cited::Shared(list.clone());
            }
            _ => self.cite_all(list),
        }
    }

    /// Cites a time limit's provision: its rule's list when that list is the provision
    /// alone (shared, nothing copied), else the provision.
    fn cite_limit(&mut self, citation: &Citation, source: Option<&Provenance>) {
        match source {
            Some(s) if s.citations.len() == 1 && s.citations[0] == *citation => {
                self.cite_all(&s.citations)
            }
            _ => self.cite(citation),
        }
    }

    /// The provisions cited, as the one list the log entry and the outcome share.
    #[cfg(test)]
    fn cited(self) -> Citations {
        self.citations.into_list()
    }

    pub(crate) fn new(to: State) -> Self {
        Effect {
            to,
            citations: Cited::Shared(Citations::new()),
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

    /// Decides `ev` into a fresh [`Effect`] ([`Case::check`] without writing).
    pub(crate) fn decide(&self, cal: &WorkCalendar, ev: &Event) -> Result<Effect, Refusal> {
        let mut fx = Effect::new(self.state);
        self.decide_into(cal, ev, &mut fx).map(|()| fx)
    }

    /// Decides `ev`, writing what it would do into `fx` (a fresh effect, owned by the caller,
    /// which hands it to [`Case::commit`]: the effect is never moved); on a refusal, `fx` is
    /// to be dropped.
    pub(crate) fn decide_into(
        &self,
        cal: &WorkCalendar,
        ev: &Event,
        fx: &mut Effect,
    ) -> Result<(), Refusal> {
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
        let Some(edge) = super::procedures::edge(self.procedure, self.state, kind, to) else {
            let machine = Machine::of(self.procedure);
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
        fx.to = to;
        // the edge's provision, as the machine's shared list of it
        fx.cite_edge(&edge.cited);
        self.authorize(edge.who, ev, fx, &mut unmet);
        self.guard(cal, ev, fx, &mut unmet);
        self.bodies_gone(ev, &mut unmet);
        if unmet.is_empty() {
            if unmet.capacity() == 0 {
                // nothing was ever pushed, so nothing is held: skip the out-of-line drop an
                // accepted event would otherwise call (18 instructions per event)
                std::mem::forget(unmet);
            }
            Ok(())
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

    /// Writes the effect `fx` decided for `event` (taking what it holds: the caller drops
    /// what is left). By reference: the effect is not copied into the call (a `memcpy` of
    /// the whole effect per event when it was passed by value).
    #[inline(always)]
    pub(crate) fn commit(&mut self, fx: &mut Effect, event: Event) -> Outcome {
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
        if let Some((i, answer)) = fx.answer.take() {
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
        if !fx.consultations.is_empty() {
            self.consultations.append(&mut fx.consultations);
        }
        // exactly the room needed: a finished case keeps its deadlines without spare room,
        // and nothing is given back at closing
        if !fx.created.is_empty() {
            self.deadlines.reserve_exact(fx.created.len());
            self.deadlines.extend(fx.created.iter().cloned());
        }
        if fx.hosting.is_some() {
            self.hosting = fx.hosting.take();
        }
        if fx.approval.is_some() {
            self.approval = fx.approval.take();
        }
        if fx.carried_out {
            self.carried_out = Some(on);
        }
        if let Some(b) = fx.blocking.take() {
            self.blocking = b;
        }
        if fx.reset_consultations {
            self.blocking.clear();
        }
        self.state = fx.to;
        // one rulebook version shared by the entries under it: an event that brings no
        // assessment is under the logged one its previous entry named already
        let unchanged = !fx.take_assessment && matches!(self.assessment, Held::Logged(_));
        let rulebook_version = match (
            unchanged,
            self.log.last().and_then(|e| e.rulebook_version.as_ref()),
        ) {
            (true, Some(shared)) => Some(shared.clone()),
            _ => self.rulebook_version_for(&event, fx.take_assessment),
        };
        // one list for the entry and the outcome
        let citations =
            std::mem::replace(&mut fx.citations, Cited::Shared(Citations::new())).into_list();
        if let Some(a) = event.action.assessment().filter(|_| fx.take_assessment) {
            // room for the rest of the case's course as its assessment plans it (a delegation
            // with no consultation: 6 events in all): nothing to regrow or give back at
            // closing when the case runs as planned
            let skips = super::procedures::Skips {
                consultation: a.consultations.is_empty(),
                reconciliation: a.reconciliation.is_none(),
                escalation: a.escalation.is_none(),
            };
            let rest = super::procedures::course_len(self.procedure, fx.to, skips);
            self.log.reserve_exact(1 + rest);
        } else if self.log.capacity() == 0 {
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
            created: std::mem::take(&mut fx.created),
            late: fx.late,
        }
    }

    /// The rulebook version of the entry an event makes: the case's assessment's (or the
    /// event's, when it brings one), the previous entry's shared text when it is the same.
    fn rulebook_version_for(&self, event: &Event, take: bool) -> Option<Arc<str>> {
        match (
            self.log.last().and_then(|e| e.rulebook_version.as_ref()),
            self.assessment()
                .or(event.action.assessment().filter(|_| take))
                .map(|a| a.rulebook_version.as_str()),
        ) {
            (Some(shared), Some(v)) if **shared == *v => Some(shared.clone()),
            (_, v) => v.map(shared_version),
        }
    }
}

/// The rulebook version's text, shared by the cases of this thread under the same version
/// (the last one made is kept): a new case's first entry allocates no copy of it, and a
/// finished case holds none of its own.
fn shared_version(v: &str) -> Arc<str> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<Arc<str>>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.try_with(|cell| {
        let mut last = cell.try_borrow_mut().ok()?;
        match &*last {
            Some(shared) if **shared == *v => Some(shared.clone()),
            _ => {
                let shared: Arc<str> = Arc::from(v);
                *last = Some(shared.clone());
                Some(shared)
            }
        }
    })
    .ok()
    .flatten()
    .unwrap_or_else(|| Arc::from(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_provisions_keep_their_order_and_each_appears_once() {
        let mut fx = Effect::new(State::Approved);
        let c = |n: u16| Citation::article("70/2020/QH14", n);
        for n in [1, 2, 1, 3, 4, 5, 2, 6, 5] {
            fx.cite(&c(n));
        }
        let list = fx.cited();
        assert_eq!(list, vec![c(1), c(2), c(3), c(4), c(5), c(6)]);
        assert!(Effect::new(State::Approved).cited().is_empty());
        let mut three = Effect::new(State::Approved);
        for n in [9, 8, 9, 7] {
            three.cite(&c(n));
        }
        assert_eq!(three.cited(), vec![c(9), c(8), c(7)]);
    }

    #[test]
    fn a_shared_list_cited_alone_is_adopted_and_anything_more_copies_it() {
        let c = |n: u16| Citation::article("49/2019/QH14", n);
        let rule = Citations::from(vec![c(11), c(23)]);
        // alone: the same allocation
        let mut fx = Effect::new(State::Approved);
        fx.cite_all(&rule);
        fx.cite_all(&rule);
        fx.cite(&c(23));
        // another list naming only provisions already cited (the property test's case)
        let part = Citations::from(vec![c(23)]);
        fx.cite_all(&part);
        let got = fx.cited();
        assert!(got.ptr_eq(&rule), "{got:?}");
        // then another provision: the event's own list, in order, the rule's untouched
        let mut fx = Effect::new(State::Approved);
        fx.cite_all(&rule);
        fx.cite(&c(5));
        fx.cite_all(&Citations::from(vec![c(23), c(6)]));
        let got = fx.cited();
        assert_eq!(got, vec![c(11), c(23), c(5), c(6)]);
        assert!(!got.ptr_eq(&rule));
        assert_eq!(rule, vec![c(11), c(23)]);
        // after another provision: copied behind it
        let mut fx = Effect::new(State::Approved);
        fx.cite(&c(1));
        fx.cite_all(&rule);
        assert_eq!(fx.cited(), vec![c(1), c(11), c(23)]);
        // a list naming a provision twice is not adopted: each provision once
        let twice = Citations::from(vec![c(7), c(8), c(7)]);
        let mut fx = Effect::new(State::Approved);
        fx.cite_all(&twice);
        assert_eq!(fx.cited(), vec![c(7), c(8)]);
        // an empty list cites nothing
        let mut fx = Effect::new(State::Approved);
        fx.cite_all(&Citations::new());
        assert!(fx.cited().is_empty());
    }

    /// `cite_edge` adopts an edge's list without comparing: right only because every edge
    /// of every machine cites at most one provision.
    #[test]
    fn an_edge_cites_at_most_one_provision_and_is_adopted_as_cite_all_would() {
        use crate::workflow::{Machine, Procedure};
        for &p in Procedure::ALL.iter() {
            for t in &Machine::of(p).transitions {
                assert!(t.cited.len() <= 1, "{p:?} {:?}: {:?}", t.action, t.cited);
                assert_eq!(t.cited.first(), t.citation.as_ref());
            }
        }
        let c = |n: u16| Citation::article("49/2019/QH14", n);
        let edge = Citations::from(vec![c(11)]);
        // fresh: the edge's list itself, as cite_all adopts it
        let mut by_edge = Effect::new(State::Approved);
        by_edge.cite_edge(&edge);
        let mut by_all = Effect::new(State::Approved);
        by_all.cite_all(&edge);
        let (e, a) = (by_edge.cited(), by_all.cited());
        assert!(e.ptr_eq(&edge) && a.ptr_eq(&edge));
        // an empty edge list cites nothing
        let mut none = Effect::new(State::Approved);
        none.cite_edge(&Citations::new());
        assert!(none.cited().is_empty());
        // after another provision: added behind it, once
        let mut after = Effect::new(State::Approved);
        after.cite(&c(5));
        after.cite_edge(&edge);
        after.cite_edge(&edge);
        assert_eq!(after.cited(), vec![c(5), c(11)]);
        // a longer list is not adopted blindly: each provision once
        let twice = Citations::from(vec![c(7), c(7)]);
        let mut long = Effect::new(State::Approved);
        long.cite_edge(&twice);
        assert_eq!(long.cited(), vec![c(7)]);
    }

    #[test]
    fn a_time_limit_cites_its_rules_list_only_when_that_is_its_provision_alone() {
        use crate::law::Evidence;
        use crate::rules::RuleId;
        let c = |n: u16| Citation::article("49/2019/QH14", 23).clause(n);
        let rule = |id: &str, list: Vec<Citation>| -> Option<Provenance> {
            Some(Provenance::new(
                RuleId::parse(id).ok()?,
                list,
                Evidence::Codification,
            ))
        };
        let (Some(alone), Some(more), Some(other)) = (
            rule("vn.alone", vec![c(3)]),
            rule("vn.more", vec![c(3), c(4)]),
            rule("vn.other", vec![c(9)]),
        ) else {
            panic!("rule ids");
        };
        let mut fx = Effect::new(State::CarriedOut);
        fx.cite_limit(&c(3), Some(&alone));
        assert!(fx.cited().ptr_eq(&alone.citations));
        for (source, want) in [
            (Some(&more), vec![c(3)]),
            (Some(&other), vec![c(3)]),
            (None, vec![c(3)]),
        ] {
            let mut fx = Effect::new(State::CarriedOut);
            fx.cite_limit(&c(3), source);
            let got = fx.cited();
            assert_eq!(got, want);
            if let Some(s) = source {
                assert!(!got.ptr_eq(&s.citations));
            }
        }
    }

    /// A submission's citing, as on every case: its edge's kept list, then its assessment's
    /// kept list, then a provision. The first case works each out and remembers it; the
    /// next finds the same kept list by the lists' addresses.
    #[test]
    fn a_citing_of_kept_lists_is_remembered_and_found_again() {
        use crate::law::forever;
        let c = |n: u16| Citation::article("70/2020/QH14", n + 40);
        let (edge, rule) = forever::keeping(|| {
            (
                forever::list(vec![c(1)]),
                forever::list(vec![c(2), c(1), c(3)]),
            )
        });
        let (Some(e), Some(r)) = (edge.as_static(), rule.as_static()) else {
            panic!("kept lists");
        };
        let case = || {
            let mut fx = Effect::new(State::Submitted);
            fx.cite_edge(&edge);
            fx.cite_all(&rule);
            let after_rule = match &fx.citations {
                Cited::Shared(l) => l.clone(),
                Cited::Own(v) => Citations::from(v.clone()),
            };
            fx.cite(&c(4));
            (after_rule, fx.cited())
        };
        let (first_rule, first) = case();
        assert_eq!(first_rule, vec![c(1), c(2), c(3)]);
        assert_eq!(first, vec![c(1), c(2), c(3), c(4)]);
        let remembered = forever::cited_after(e, r).expect("remembered");
        assert!(first_rule.ptr_eq(&Citations::from_static(remembered)));
        let after = first_rule.as_static().expect("kept");
        let one = forever::cited_one_after(after, &c(4)).expect("remembered");
        assert!(first.ptr_eq(&Citations::from_static(one)));
        let (second_rule, second) = case();
        assert!(second_rule.ptr_eq(&first_rule) && second.ptr_eq(&first));
        // a provision already cited: the list stays as it is, found again the same way
        let mut again = Effect::new(State::Submitted);
        again.cite_all(&Citations::from_static(after));
        again.cite(&c(2));
        assert!(again.cited().ptr_eq(&first_rule));
        assert!(forever::cited_one_after(after, &c(2)).is_some_and(|l| std::ptr::eq(l, after)));
    }

    proptest::proptest! {
        /// Any sequence of single provisions and shared lists cited: each provision once, in
        /// the order first cited; the result is a shared list itself exactly when that list
        /// (naming no provision twice) was the first thing cited and nothing cited after it
        /// added a provision.
        #[test]
        fn any_citing_order_gives_each_provision_once_and_adopts_only_a_list_cited_alone(
            ops in proptest::collection::vec((proptest::bool::ANY, 0usize..6), 0..12)
        ) {
            let c = |n: u16| Citation::article("70/2020/QH14", n + 1);
            let pool: Vec<Citation> = (0..6).map(c).collect();
            let lists: Vec<Citations> = vec![
                Citations::new(),
                Citations::from(vec![c(0)]),
                Citations::from(vec![c(1), c(2)]),
                Citations::from(vec![c(3), c(1), c(3)]),
                Citations::from(vec![c(4), c(5)]),
                Citations::from(vec![c(2)]),
            ];
            let mut fx = Effect::new(State::Approved);
            let mut model: Vec<Citation> = Vec::new();
            let mut adopted: Option<usize> = None;
            for &(whole_list, i) in &ops {
                let added: Vec<Citation> = if whole_list {
                    fx.cite_all(&lists[i]);
                    lists[i].iter().cloned().collect()
                } else {
                    fx.cite(&pool[i]);
                    vec![pool[i].clone()]
                };
                let was_empty = model.is_empty();
                let before = model.len();
                for x in added {
                    if !model.contains(&x) {
                        model.push(x);
                    }
                }
                let distinct = lists[i]
                    .iter()
                    .enumerate()
                    .all(|(k, x)| !lists[i][..k].contains(x));
                if whole_list && was_empty && !lists[i].is_empty() && distinct {
                    adopted = Some(i);
                } else if model.len() > before {
                    adopted = None;
                }
            }
            let got = fx.cited();
            proptest::prop_assert_eq!(&got, &model);
            match adopted {
                Some(i) => proptest::prop_assert!(got.ptr_eq(&lists[i])),
                None => proptest::prop_assert!(
                    got.is_empty() || !lists.iter().any(|l| got.ptr_eq(l))
                ),
            }
        }

        /// The same with lists kept for good (a machine's edges, a kept rulebook's rules),
        /// where what citing a kept list (or a provision) after a kept list gave is
        /// remembered by address: each run of the same order gives the model's list, and a
        /// second run the very list the first gave, whether it was worked out or found.
        #[test]
        fn citing_kept_lists_gives_what_working_it_out_gives(
            ops in proptest::collection::vec((proptest::bool::ANY, 0usize..6), 0..12)
        ) {
            let c = |n: u16| Citation::article("70/2020/QH14", n + 21);
            let pool: Vec<Citation> = (0..6).map(c).collect();
            let shared: Vec<Vec<Citation>> = vec![
                vec![],
                vec![c(0)],
                vec![c(1), c(2)],
                vec![c(3), c(1), c(3)],
                vec![c(4), c(5)],
                vec![c(2)],
            ];
            let kept: Vec<Citations> = crate::law::forever::keeping(|| {
                shared.iter().map(|v| crate::law::forever::list(v.clone())).collect()
            });
            proptest::prop_assert!(kept.iter().all(|l| l.is_empty() || l.as_static().is_some()));
            let run = |lists: &[Citations]| {
                let mut fx = Effect::new(State::Approved);
                for &(whole_list, i) in &ops {
                    if whole_list {
                        fx.cite_all(&lists[i]);
                    } else {
                        fx.cite(&pool[i]);
                    }
                }
                fx.cited()
            };
            let mut model: Vec<Citation> = Vec::new();
            for &(whole_list, i) in &ops {
                let added = if whole_list { shared[i].clone() } else { vec![pool[i].clone()] };
                for x in added {
                    if !model.contains(&x) {
                        model.push(x);
                    }
                }
            }
            let (first, second) = (run(&kept), run(&kept));
            proptest::prop_assert_eq!(&first, &model);
            proptest::prop_assert_eq!(&second, &model);
            proptest::prop_assert_eq!(first.is_static(), second.is_static());
            if first.is_static() {
                proptest::prop_assert!(first.ptr_eq(&second));
            }
            let unkept: Vec<Citations> = shared.iter().cloned().map(Citations::from).collect();
            proptest::prop_assert_eq!(&run(&unkept), &model);
        }
    }
}
