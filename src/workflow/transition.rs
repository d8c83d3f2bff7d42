//! The core transition: phase 1 decides, reading the case only, everything an event would do
//! (or every reason it may not); phase 2 writes it and cannot fail.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::law::Citation;

use super::case::{Answer, Basis, ConsultationRecord, DecisionRecord};
use super::machine::{Machine, Who};
use super::{
    Action, Actor, Assessment, Case, Condition, Deadline, DeadlineKind, DecisionClock, Event,
    LogEntry, Opinion, Outcome, Refusal, Role, State, TimeLimit, Trigger, Unmet,
};

/// What an accepted event will do, decided before anything is written.
pub(crate) struct Effect {
    to: State,
    citations: Vec<Citation>,
    take_assessment: bool,
    reset_consultations: bool,
    hosting: Option<DecisionRecord>,
    consultations: Vec<ConsultationRecord>,
    answer: Option<(usize, Answer)>,
    silence: bool,
    meet: Vec<usize>,
    lapse_open: bool,
    created: Vec<Deadline>,
    approval: Option<DecisionRecord>,
    carried_out: bool,
    blocking: Option<Vec<Unmet>>,
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
        let refusal = |unmet: Vec<Unmet>| Refusal {
            action: kind,
            state: self.state,
            unmet,
        };
        let mut unmet: Vec<Unmet> = Vec::new();
        if let Err(e) = cal.day(ev.on) {
            return Err(refusal(vec![Unmet::new(
                Condition::Date,
                format!("the act date is not usable: {e}"),
                None,
                "date the event within the calendar's years",
            )]));
        }
        if let Some(last) = self.log.last() {
            if ev.on < last.event.on {
                unmet.push(Unmet::new(
                    Condition::Date,
                    format!(
                        "the event is dated {}, before the previous event ({})",
                        ev.on.format("%d/%m/%Y"),
                        last.event.on.format("%d/%m/%Y")
                    ),
                    None,
                    format!("date it on or after {}", last.event.on.format("%d/%m/%Y")),
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
            return Err(refusal(vec![Unmet::new(
                Condition::Transition,
                format!(
                    "`{}` is not a step of the {} procedure from `{}`{}",
                    kind.code(),
                    self.procedure.en(),
                    self.state.code(),
                    if to != self.state && self.state != State::Draft {
                        format!(" to `{}`", to.code())
                    } else {
                        String::new()
                    }
                ),
                None,
                if allowed.is_empty() {
                    "nothing: the case is finished".to_string()
                } else {
                    format!("one of: {}", allowed.join(", "))
                },
            )]));
        };
        let mut fx = Effect::new(to);
        if let Some(c) = &edge.citation {
            fx.cite(c.clone());
        }
        self.authorize(edge.who, ev, &mut fx, &mut unmet);
        self.guard(cal, ev, &mut fx, &mut unmet);
        unmet.extend(self.bodies_gone(ev).into_iter().map(Unmet::from));
        if unmet.is_empty() {
            Ok(fx)
        } else {
            Err(refusal(unmet))
        }
    }

    /// The bodies an event involves that no longer exist on its date, as data: the body the
    /// actor's role maps to (every act), and for a submission the applicant body and every
    /// body the assessment assigns a step to (authority, receiving body, consultees, higher
    /// authority, delegates, owners and addressees of obligations). Roles are mapped in the
    /// case's territory as governed on the date ([`Jurisdiction::on`](crate::org::Jurisdiction::on));
    /// the applicant body is checked as filed. A problem the assessment already reports is
    /// not repeated; each body once.
    pub(crate) fn bodies_gone(&self, ev: &Event) -> Vec<crate::org::BodyGone> {
        let on = ev.on;
        let j = self
            .facts
            .jurisdiction
            .on(on)
            .unwrap_or(self.facts.jurisdiction);
        let mut out: Vec<crate::org::BodyGone> = Vec::new();
        let mut roles = vec![ev.actor.role];
        if let Action::Submit { assessment } | Action::Resubmit { assessment } = &ev.action {
            let a: &Assessment = assessment;
            if let Some(b) = &self.facts.applicant_body {
                if let Err(g) = b.check_exists(on) {
                    if !a.violations.contains(&Unmet::from(g.clone())) {
                        out.push(g);
                    }
                }
            }
            roles.extend([a.authority.role, a.receiving]);
            roles.extend(a.consultations.iter().map(|c| c.consultee));
            roles.extend(a.escalation.iter().map(|e| e.authority.role));
            roles.extend(a.delegates.iter().map(|g| g.to));
            for o in &a.obligations {
                roles.push(o.owner);
                roles.extend(o.to);
            }
        }
        for role in roles {
            if let Err(g) = role.check_exists(j, on) {
                if !out.contains(&g) {
                    out.push(g);
                }
            }
        }
        out
    }

    /// The state the event would lead to (the machine then says whether that edge exists).
    fn target(&self, ev: &Event) -> State {
        match &ev.action {
            Action::RequestHosting { .. } => State::HostingRequested,
            Action::ApproveHosting => State::Draft,
            Action::Submit { .. } | Action::Resubmit { .. } => State::Submitted,
            Action::Accept => {
                if self
                    .assessment
                    .as_ref()
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
                    .assessment
                    .as_ref()
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

    fn no_assessment() -> Unmet {
        Unmet::new(
            Condition::Sequence,
            "the case has no assessment yet: nobody is competent before submission",
            None,
            "submit the dossier first",
        )
    }

    /// The basis on which `actor` may decide as the competent authority on `on`, or why not.
    #[allow(clippy::result_large_err)]
    fn competence(&self, actor: &Actor, on: NaiveDate) -> Result<Basis, Unmet> {
        let Some(a) = &self.assessment else {
            return Err(Self::no_assessment());
        };
        if actor.id == self.applicant.id {
            return Err(Unmet::new(
                Condition::Authorization,
                format!(
                    "{} is the applicant and may not decide its own request",
                    actor.id
                ),
                Some(a.authority.citation.clone()),
                format!("the decision belongs to the {}", a.authority.role.en()),
            ));
        }
        if a.authority.held_by(actor) {
            return Ok(Basis::Holder);
        }
        if let Some(g) = a
            .delegates
            .iter()
            .find(|g| g.from == a.authority.role && g.covers(actor, self.procedure, on))
        {
            return Ok(Basis::Delegate {
                grant: g.citation.clone(),
            });
        }
        let near = a
            .delegates
            .iter()
            .find(|g| g.from == a.authority.role && g.names(actor));
        let why = match near {
            Some(g) if !g.scope.contains(&self.procedure) => format!(
                "{}'s delegation ({}) does not cover the {} procedure",
                actor.id,
                g.citation.en(),
                self.procedure.en()
            ),
            Some(g) => format!(
                "{}'s delegation ({}) is not in force on {} (valid {}{})",
                actor.id,
                g.citation.en(),
                on.format("%d/%m/%Y"),
                g.validity,
                g.revoked
                    .map(|r| format!(", revoked {}", r.format("%d/%m/%Y")))
                    .unwrap_or_default()
            ),
            None => format!(
                "{} acting as {} is not the competent authority ({}{})",
                actor.id,
                actor.role.en(),
                a.authority.role.en(),
                a.authority
                    .holder
                    .as_ref()
                    .map(|h| format!(": {h}"))
                    .unwrap_or_default()
            ),
        };
        Err(Unmet::new(
            Condition::Authorization,
            why,
            Some(a.authority.citation.clone()),
            format!(
                "the {} decides, or a delegate under a written delegation in force covering this procedure",
                a.authority.role.en()
            ),
        ))
    }

    fn authorize(&self, who: Who, ev: &Event, fx: &mut Effect, unmet: &mut Vec<Unmet>) {
        let actor = &ev.actor;
        match who {
            Who::Applicant => {
                if actor.id != self.applicant.id {
                    unmet.push(Unmet::new(
                        Condition::Authorization,
                        format!(
                            "only the applicant ({}) may `{}`; {} is not the applicant",
                            self.applicant.id,
                            ev.action.kind().code(),
                            actor.id
                        ),
                        None,
                        format!("the applicant {} acts", self.applicant.id),
                    ));
                }
            }
            Who::Competent => match self.competence(actor, ev.on) {
                Ok(basis) => {
                    if let Some(a) = &self.assessment {
                        let rec = DecisionRecord {
                            by: actor.clone(),
                            on: ev.on,
                            basis,
                            citation: a.authority.citation.clone(),
                        };
                        fx.cite(a.authority.citation.clone());
                        match ev.action {
                            Action::ApproveHosting => fx.hosting = Some(rec),
                            Action::Approve => fx.approval = Some(rec),
                            _ => {}
                        }
                    }
                }
                Err(u) => unmet.push(u),
            },
            Who::Higher => {
                let Some(a) = &self.assessment else {
                    unmet.push(Self::no_assessment());
                    return;
                };
                let Some(esc) = &a.escalation else {
                    unmet.push(Unmet::new(
                        Condition::Sequence,
                        "the case has no escalation",
                        None,
                        "decide at the competent level",
                    ));
                    return;
                };
                if actor.id == self.applicant.id || !esc.authority.held_by(actor) {
                    unmet.push(Unmet::new(
                        Condition::Authorization,
                        format!(
                            "{} acting as {} is not the higher authority ({})",
                            actor.id,
                            actor.role.en(),
                            esc.authority.role.en()
                        ),
                        Some(esc.authority.citation.clone()),
                        format!("the {} decides", esc.authority.role.en()),
                    ));
                } else {
                    fx.cite(esc.authority.citation.clone());
                    if matches!(ev.action, Action::Approve) {
                        fx.approval = Some(DecisionRecord {
                            by: actor.clone(),
                            on: ev.on,
                            basis: Basis::Higher,
                            citation: esc.authority.citation.clone(),
                        });
                    }
                }
            }
            Who::Receiving | Who::Authority => {
                let Some(a) = &self.assessment else {
                    unmet.push(Self::no_assessment());
                    return;
                };
                let receiving = actor.role == a.receiving && actor.id != self.applicant.id;
                if !receiving && self.competence(actor, ev.on).is_err() {
                    unmet.push(Unmet::new(
                        Condition::Authorization,
                        format!(
                            "{} acting as {} is neither the receiving body ({}) nor the competent authority ({})",
                            actor.id,
                            actor.role.en(),
                            a.receiving.en(),
                            a.authority.role.en()
                        ),
                        Some(a.authority.citation.clone()),
                        format!("the {} or the {} acts", a.receiving.en(), a.authority.role.en()),
                    ));
                }
            }
            Who::Consultee => {
                // checked with the consultation itself in `guard`
            }
            Who::Owner => {
                // checked with the obligation itself in `guard`
            }
        }
    }

    fn open_deadline(&self, kinds: &[DeadlineKind]) -> Option<usize> {
        self.deadlines
            .iter()
            .rposition(|d| kinds.contains(&d.kind) && d.met.is_none() && d.lapsed.is_none())
    }

    fn make_deadline(
        cal: &WorkCalendar,
        kind: DeadlineKind,
        owner: Role,
        from: NaiveDate,
        limit: &TimeLimit,
        unmet: &mut Vec<Unmet>,
    ) -> Option<Deadline> {
        match cal.deadline_after(from, limit.period) {
            Ok(due) => Some(Deadline {
                kind,
                owner,
                from,
                period: limit.period,
                due,
                citation: limit.citation.clone(),
                met: None,
                lapsed: None,
            }),
            Err(e) => {
                unmet.push(Unmet::new(
                    Condition::Date,
                    format!("the {} deadline cannot be computed: {e}", kind.en()),
                    Some(limit.citation.clone()),
                    "use a calendar that covers the period",
                ));
                None
            }
        }
    }

    fn decision_deadline(
        &self,
        a: &Assessment,
        cal: &WorkCalendar,
        clock: DecisionClock,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Unmet>,
    ) {
        if let Some(d) = a.decision.as_ref().filter(|d| d.clock == clock) {
            if let Some(dl) = Self::make_deadline(
                cal,
                DeadlineKind::Decision,
                a.authority.role,
                on,
                &d.limit,
                unmet,
            ) {
                fx.cite(d.limit.citation.clone());
                fx.created.push(dl);
            }
        }
    }

    fn obligations_on(
        a: &Assessment,
        trigger: Trigger,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Unmet>,
    ) {
        for o in a.obligations.iter().filter(|o| o.trigger == trigger) {
            if let Some(dl) = Self::make_deadline(cal, o.kind, o.owner, on, &o.limit, unmet) {
                fx.cite(o.limit.citation.clone());
                fx.created.push(dl);
            }
        }
    }

    fn check_assessment(&self, a: &Assessment, on: NaiveDate, unmet: &mut Vec<Unmet>) {
        if a.as_of != on {
            unmet.push(Unmet::new(
                Condition::Date,
                format!(
                    "the assessment was made as of {}, the act is dated {}",
                    a.as_of.format("%d/%m/%Y"),
                    on.format("%d/%m/%Y")
                ),
                None,
                format!("evaluate the request again as of {}", on.format("%d/%m/%Y")),
            ));
        }
        if a.channel != self.facts.channel {
            unmet.push(Unmet::new(
                Condition::Other,
                format!(
                    "the assessment is for the {} channel, the applicant's channel is {}",
                    a.channel.en(),
                    self.facts.channel.en()
                ),
                None,
                "evaluate the request under the applicant's channel",
            ));
        }
    }

    fn guard(&self, cal: &WorkCalendar, ev: &Event, fx: &mut Effect, unmet: &mut Vec<Unmet>) {
        let on = ev.on;
        match &ev.action {
            Action::RequestHosting { assessment } => {
                self.check_assessment(assessment, on, unmet);
                fx.take_assessment = true;
                for c in &assessment.citations {
                    fx.cite(c.clone());
                }
            }
            Action::ApproveHosting => {}
            Action::Submit { assessment } | Action::Resubmit { assessment } => {
                let a: &Assessment = assessment;
                self.check_assessment(a, on, unmet);
                unmet.extend(a.violations.iter().cloned());
                if let Some(f) = &a.filing {
                    if on > f.latest {
                        let mut remedy = format!(
                            "file by {} ({} before the start)",
                            f.latest.format("%d/%m/%Y"),
                            f.lead.en()
                        );
                        if let Some(start) = self.facts.starts {
                            let shift = (on - f.latest).num_days();
                            if let Some(new_start) =
                                start.checked_add_signed(chrono::TimeDelta::days(shift))
                            {
                                remedy.push_str(&format!(
                                    ", or move the start to {} or later",
                                    new_start.format("%d/%m/%Y")
                                ));
                            }
                        }
                        unmet.push(Unmet::new(
                            Condition::LeadTime,
                            format!(
                                "filed on {}, after the latest filing date {} (lead time {})",
                                on.format("%d/%m/%Y"),
                                f.latest.format("%d/%m/%Y"),
                                f.lead
                            ),
                            Some(f.citation.clone()),
                            remedy,
                        ));
                    }
                }
                fx.take_assessment = true;
                fx.reset_consultations = true;
                fx.lapse_open = true;
                for c in &a.citations {
                    fx.cite(c.clone());
                }
                if let Some(f) = &a.filing {
                    fx.cite(f.citation.clone());
                }
                self.decision_deadline(a, cal, DecisionClock::Receipt, on, fx, unmet);
            }
            Action::Accept => {
                let Some(a) = &self.assessment else {
                    unmet.push(Self::no_assessment());
                    return;
                };
                let base = self.deadlines.len();
                for (i, c) in a.consultations.iter().enumerate() {
                    if let Some(dl) = Self::make_deadline(
                        cal,
                        DeadlineKind::ConsultationReply,
                        c.consultee,
                        on,
                        &c.reply,
                        unmet,
                    ) {
                        fx.consultations.push(ConsultationRecord {
                            consultee: c.consultee,
                            sent: on,
                            due: dl.due,
                            citation: c.reply.citation.clone(),
                            answer: Answer::Pending,
                            deadline: base + i,
                        });
                        fx.cite(c.reply.citation.clone());
                        fx.created.push(dl);
                    }
                }
                if a.consultations.is_empty() {
                    self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet);
                }
            }
            Action::Reply { opinion } => {
                let role = ev.actor.role;
                let mine: Vec<usize> = self
                    .consultations
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.consultee == role)
                    .map(|(i, _)| i)
                    .collect();
                let pending = mine.iter().copied().find(|&i| {
                    matches!(
                        self.consultations.get(i).map(|c| &c.answer),
                        Some(Answer::Pending)
                    )
                });
                match (mine.is_empty(), pending) {
                    (true, _) => {
                        let asked: Vec<&str> = self
                            .consultations
                            .iter()
                            .map(|c| c.consultee.en())
                            .collect();
                        unmet.push(Unmet::new(
                            Condition::Authorization,
                            format!(
                                "{} ({}) is not consulted in this case; a consultee may answer only its own consultation",
                                ev.actor.id,
                                role.en()
                            ),
                            self.consultations.first().map(|c| c.citation.clone()),
                            format!("one of the consultees answers: {}", asked.join(", ")),
                        ));
                    }
                    (false, None) => unmet.push(Unmet::new(
                        Condition::Sequence,
                        format!("{} has already answered", role.en()),
                        None,
                        "nothing: one answer per consultation",
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
                            fx.cite(c.citation.clone());
                        }
                    }
                }
            }
            Action::EndConsultation => {
                for c in &self.consultations {
                    if matches!(c.answer, Answer::Pending) && on <= c.due {
                        unmet.push(Unmet::new(
                            Condition::Sequence,
                            format!(
                                "the reply of the {} is awaited until {}",
                                c.consultee.en(),
                                c.due.format("%d/%m/%Y")
                            ),
                            Some(c.citation.clone()),
                            format!(
                                "obtain the reply, or close the consultation after {}",
                                c.due.format("%d/%m/%Y")
                            ),
                        ));
                    }
                }
                fx.silence = true;
                if let Some(a) = &self.assessment {
                    match &a.reconciliation {
                        Some(r) => {
                            if let Some(dl) = Self::make_deadline(
                                cal,
                                DeadlineKind::Reconciliation,
                                Role::Organiser,
                                on,
                                r,
                                unmet,
                            ) {
                                fx.cite(r.citation.clone());
                                fx.created.push(dl);
                            }
                        }
                        None => self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet),
                    }
                }
            }
            Action::Reconcile => {
                if let Some(i) = self.open_deadline(&[DeadlineKind::Reconciliation]) {
                    fx.meet.push(i);
                    fx.late = self.deadlines.get(i).map(|d| on > d.due);
                }
                if let Some(a) = &self.assessment {
                    self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet);
                }
            }
            Action::Escalate => {
                let Some(a) = &self.assessment else {
                    unmet.push(Self::no_assessment());
                    return;
                };
                let Some(esc) = &a.escalation else {
                    unmet.push(Unmet::new(
                        Condition::Sequence,
                        "the rules provide no escalation for this case",
                        None,
                        "decide at the competent level",
                    ));
                    return;
                };
                if esc.on_objection && !self.has_objection() {
                    unmet.push(Unmet::new(
                        Condition::Sequence,
                        "no consultee objected: the case is decided at the competent level",
                        Some(esc.authority.citation.clone()),
                        format!("the {} decides", a.authority.role.en()),
                    ));
                }
                fx.cite(esc.authority.citation.clone());
                if let Some(i) = self.open_deadline(&[DeadlineKind::Decision]) {
                    fx.meet.push(i);
                }
                if let Some(limit) = &esc.decision {
                    if let Some(dl) = Self::make_deadline(
                        cal,
                        DeadlineKind::EscalatedDecision,
                        esc.authority.role,
                        on,
                        limit,
                        unmet,
                    ) {
                        fx.created.push(dl);
                    }
                }
            }
            Action::Approve => {
                unmet.extend(self.blocking.iter().cloned());
                if self.state == State::AwaitingDecision {
                    if let Some(esc) = self
                        .assessment
                        .as_ref()
                        .and_then(|a| a.escalation.as_ref())
                        .filter(|e| e.on_objection)
                    {
                        for c in &self.consultations {
                            if let Answer::Objected { on: when, reason } = &c.answer {
                                unmet.push(Unmet::new(
                                    Condition::Sequence,
                                    format!(
                                        "the {} objected on {} ({reason}); approval needs the written consent of the {}",
                                        c.consultee.en(),
                                        when.format("%d/%m/%Y"),
                                        esc.authority.role.en()
                                    ),
                                    Some(esc.authority.citation.clone()),
                                    format!(
                                        "escalate to the {} and obtain its consent",
                                        esc.authority.role.en()
                                    ),
                                ));
                            }
                        }
                    }
                }
                self.meet_decision(on, fx);
                if let Some(a) = &self.assessment {
                    Self::obligations_on(a, Trigger::Approved, cal, on, fx, unmet);
                }
            }
            Action::Refuse { .. } => {
                self.meet_decision(on, fx);
                fx.lapse_open = true;
            }
            Action::ReturnForCompletion { .. } => {
                fx.lapse_open = true;
            }
            Action::Recheck { assessment } => {
                self.check_assessment(assessment, on, unmet);
                fx.blocking = Some(assessment.violations.clone());
                for c in &assessment.citations {
                    fx.cite(c.clone());
                }
            }
            Action::CarryOut => match &self.approval {
                Some(_) if !self.blocking.is_empty() => {
                    unmet.extend(self.blocking.iter().cloned());
                }
                None => unmet.push(Unmet::new(
                    Condition::Sequence,
                    "no approval by a competent actor is recorded",
                    None,
                    "obtain the approval first",
                )),
                Some(ap) => {
                    if on < ap.on {
                        unmet.push(Unmet::new(
                            Condition::Date,
                            format!(
                                "carried out on {}, before the approval of {}",
                                on.format("%d/%m/%Y"),
                                ap.on.format("%d/%m/%Y")
                            ),
                            Some(ap.citation.clone()),
                            "carry out only after the approval",
                        ));
                    }
                    fx.carried_out = true;
                    if let Some(a) = &self.assessment {
                        Self::obligations_on(a, Trigger::CarriedOut, cal, on, fx, unmet);
                    }
                }
            },
            Action::ReportResult => match self.open_deadline(&[DeadlineKind::ResultReport]) {
                Some(i) => {
                    fx.meet.push(i);
                    if let Some(d) = self.deadlines.get(i) {
                        if !self.owns(&ev.actor, d.owner) {
                            unmet.push(Unmet::new(
                                Condition::Authorization,
                                format!("the result report is owed by the {}", d.owner.en()),
                                Some(d.citation.clone()),
                                format!("the {} files it", d.owner.en()),
                            ));
                        }
                        fx.late = Some(on > d.due);
                        fx.cite(d.citation.clone());
                    }
                }
                // a report the rules require without a deadline (e.g. Chỉ thị 38-CT/TW) is
                // accepted and recorded; a second report is not
                None => {
                    if self
                        .log
                        .iter()
                        .any(|e| e.event.action.kind() == super::ActionKind::ReportResult)
                    {
                        unmet.push(Unmet::new(
                            Condition::Sequence,
                            "the result report was already filed",
                            None,
                            "nothing: one report per case",
                        ));
                    } else if ev.actor.id != self.applicant.id {
                        unmet.push(Unmet::new(
                            Condition::Authorization,
                            "without a rule naming who reports, the applicant files the result report",
                            None,
                            format!("the applicant {} files it", self.applicant.id),
                        ));
                    }
                }
            },
            Action::Discharge { kind } => match self.open_deadline(&[*kind]) {
                Some(i) => {
                    if let Some(d) = self.deadlines.get(i) {
                        if !self.owns(&ev.actor, d.owner) {
                            unmet.push(Unmet::new(
                                Condition::Authorization,
                                format!(
                                    "the {} obligation belongs to the {}",
                                    kind.en(),
                                    d.owner.en()
                                ),
                                Some(d.citation.clone()),
                                format!("the {} discharges it", d.owner.en()),
                            ));
                        }
                        fx.meet.push(i);
                        fx.late = Some(on > d.due);
                        fx.cite(d.citation.clone());
                    }
                }
                None => unmet.push(Unmet::new(
                    Condition::Sequence,
                    format!("no open {} obligation", kind.en()),
                    None,
                    "nothing to discharge",
                )),
            },
            Action::Close => {
                if let Some(i) = self.open_deadline(&[DeadlineKind::ResultReport]) {
                    if let Some(d) = self.deadlines.get(i) {
                        unmet.push(Unmet::new(
                            Condition::Sequence,
                            format!(
                                "the result report is not filed yet (due {})",
                                d.due.format("%d/%m/%Y")
                            ),
                            Some(d.citation.clone()),
                            "file the result report first",
                        ));
                    }
                }
            }
            Action::Withdraw { .. } | Action::Cancel { .. } => {
                fx.lapse_open = true;
            }
        }
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

    /// Whether `actor` may discharge an obligation owed by `owner`: it acts in that role, or
    /// it is the applicant and the role is one the applicant's side plays (organiser, head of
    /// delegation, passport holder, department head, commune chairman, managing agency).
    fn owns(&self, actor: &Actor, owner: Role) -> bool {
        actor.role == owner
            || (actor.id == self.applicant.id
                && matches!(
                    owner,
                    Role::Organiser
                        | Role::HeadOfDelegation
                        | Role::PassportHolder
                        | Role::DepartmentHead
                        | Role::CommuneChairman
                        | Role::ManagingAgency
                ))
    }

    fn has_objection(&self) -> bool {
        self.consultations
            .iter()
            .any(|c| matches!(c.answer, Answer::Objected { .. }))
    }

    // ---- phase 2: commit (writes; cannot fail) ----

    pub(crate) fn commit(&mut self, fx: Effect, event: Event) -> Outcome {
        let on = event.on;
        let from = self.state;
        if fx.take_assessment {
            if let Action::Submit { assessment }
            | Action::Resubmit { assessment }
            | Action::RequestHosting { assessment } = &event.action
            {
                self.assessment = Some(assessment.clone());
            }
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
                    c.answer = Answer::Silent { noted: on };
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
        let seq = u32::try_from(self.log.len()).unwrap_or(u32::MAX);
        self.log.push(LogEntry {
            seq,
            event,
            from,
            to: fx.to,
            rulebook_version: self.assessment.as_ref().map(|a| a.rulebook_version.clone()),
            citations: fx.citations.clone(),
        });
        Outcome {
            from,
            to: fx.to,
            citations: fx.citations,
            created: fx.created,
            late: fx.late,
        }
    }
}
