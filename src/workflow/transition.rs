//! The core transition: phase 1 decides, reading the case only, everything an event would do
//! (or every reason it may not); phase 2 writes it and cannot fail.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::law::Citation;
use crate::rules::{text, DelegationGap, DelegationMiss, Finding, FindingKind};

use super::case::{Answer, Basis, ConsultationRecord, DecisionRecord};
use super::machine::{Machine, Who};
use super::{
    Action, Actor, Assessment, Case, Deadline, DeadlineKind, DecisionClock, Event, LogEntry,
    Opinion, Outcome, Refusal, Role, State, TimeLimit, Trigger,
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
        if let Err(e) = cal.day(ev.on) {
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
                    if !a.violations.contains(&Finding::from(g.clone())) {
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
                roles.extend(o.to.iter().copied());
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

    fn no_assessment() -> Finding {
        Finding::new(
            FindingKind::NotSubmitted,
            text(
                "hồ sơ chưa được nộp và đánh giá: trước khi nộp, không ai có thẩm quyền",
                "the case has no assessment yet: nobody is competent before submission",
            ),
            text("nộp hồ sơ trước", "submit the dossier first"),
        )
    }

    /// The basis on which `actor` may decide as the competent authority on `on`, or why not.
    #[allow(clippy::result_large_err)]
    fn competence(&self, actor: &Actor, on: NaiveDate) -> Result<Basis, Finding> {
        let Some(a) = &self.assessment else {
            return Err(Self::no_assessment());
        };
        let competent = &a.authority;
        if actor.id == self.applicant.id {
            return Err(competent.found(Finding::new(
                FindingKind::ApplicantMayNotDecide {
                    applicant: actor.id.clone(),
                    competent: competent.role,
                },
                text(
                    format!(
                        "{} là bên đề nghị, không được tự quyết định đề nghị của mình",
                        actor.id
                    ),
                    format!(
                        "{} is the applicant and may not decide its own request",
                        actor.id
                    ),
                ),
                text(
                    format!("quyền quyết định thuộc {}", competent.role.vi()),
                    format!("the decision belongs to the {}", competent.role.en()),
                ),
            )));
        }
        if competent.held_by(actor) {
            return Ok(Basis::Holder);
        }
        if let Some(g) = a
            .delegates
            .iter()
            .find(|g| g.from == competent.role && g.covers(actor, self.procedure, on))
        {
            return Ok(Basis::Delegate {
                grant: g.citation.clone(),
            });
        }
        let near = a
            .delegates
            .iter()
            .find(|g| g.from == competent.role && g.names(actor));
        let id = &actor.id;
        let (why_vi, why_en, delegation) = match near {
            Some(g) if !g.excepted.is_empty() => {
                let vi: Vec<&str> = g.excepted.iter().map(|x| x.vi()).collect();
                let en: Vec<&str> = g.excepted.iter().map(|x| x.en()).collect();
                (
                    format!(
                        "ủy quyền của {id} ({}) không áp dụng: vụ việc {}, thuộc thẩm quyền của {}",
                        g.citation,
                        vi.join(", "),
                        competent.role.vi()
                    ),
                    format!(
                        "{id}'s delegation ({}) does not apply: the matter is {}, which stays with the {}",
                        g.citation.en(),
                        en.join(", "),
                        competent.role.en()
                    ),
                    Some((g, DelegationGap::Excepted { attributes: g.excepted.clone() })),
                )
            }
            Some(g) if !g.scope.contains(&self.procedure) => (
                format!(
                    "ủy quyền của {id} ({}) không bao gồm thủ tục {}",
                    g.citation,
                    self.procedure.vi()
                ),
                format!(
                    "{id}'s delegation ({}) does not cover the {} procedure",
                    g.citation.en(),
                    self.procedure.en()
                ),
                Some((g, DelegationGap::OutOfScope)),
            ),
            Some(g) => {
                let revoked_vi = g
                    .revoked
                    .map(|r| format!(", bị thu hồi ngày {}", r.format("%d/%m/%Y")))
                    .unwrap_or_default();
                let revoked_en = g
                    .revoked
                    .map(|r| format!(", revoked {}", r.format("%d/%m/%Y")))
                    .unwrap_or_default();
                (
                    format!(
                        "ủy quyền của {id} ({}) không có hiệu lực ngày {} (hiệu lực {}{revoked_vi})",
                        g.citation,
                        on.format("%d/%m/%Y"),
                        g.validity
                    ),
                    format!(
                        "{id}'s delegation ({}) is not in force on {} (valid {}{revoked_en})",
                        g.citation.en(),
                        on.format("%d/%m/%Y"),
                        g.validity
                    ),
                    Some((
                        g,
                        DelegationGap::NotInForce {
                            on,
                            validity: g.validity,
                            revoked: g.revoked,
                        },
                    )),
                )
            }
            None => {
                let holder = competent
                    .holder
                    .as_ref()
                    .map(|h| format!(": {h}"))
                    .unwrap_or_default();
                (
                    format!(
                        "{id} với vai trò {} không phải cấp có thẩm quyền ({}{holder})",
                        actor.role.vi(),
                        competent.role.vi()
                    ),
                    format!(
                        "{id} acting as {} is not the competent authority ({}{holder})",
                        actor.role.en(),
                        competent.role.en()
                    ),
                    None,
                )
            }
        };
        let grant = delegation.as_ref().map(|(g, _)| g.citation.clone());
        let found = competent.found(Finding::new(
            FindingKind::NotCompetent {
                actor: actor.id.clone(),
                role: actor.role,
                competent: competent.role,
                holder: competent.holder.clone(),
                delegation: delegation.map(|(g, why)| DelegationMiss {
                    to: g.to,
                    grant: g.citation.clone(),
                    why,
                }),
            },
            text(why_vi, why_en),
            text(
                format!(
                    "{} quyết định, hoặc người được ủy quyền bằng văn bản còn hiệu lực bao gồm thủ tục này",
                    competent.role.vi()
                ),
                format!(
                    "the {} decides, or a delegate under a written delegation in force covering this procedure",
                    competent.role.en()
                ),
            ),
        ));
        Err(match grant {
            Some(g) => found.cite(g),
            None => found,
        })
    }

    fn authorize(&self, who: Who, ev: &Event, fx: &mut Effect, unmet: &mut Vec<Finding>) {
        let actor = &ev.actor;
        match who {
            Who::Applicant => {
                if actor.id != self.applicant.id {
                    let (applicant, step) = (&self.applicant.id, ev.action.kind().code());
                    unmet.push(Finding::new(
                        FindingKind::NotApplicant {
                            actor: actor.id.clone(),
                            applicant: applicant.clone(),
                        },
                        text(
                            format!("chỉ bên đề nghị ({applicant}) được `{step}`; {} không phải bên đề nghị", actor.id),
                            format!("only the applicant ({applicant}) may `{step}`; {} is not the applicant", actor.id),
                        ),
                        text(
                            format!("bên đề nghị {applicant} thực hiện"),
                            format!("the applicant {applicant} acts"),
                        ),
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
                    unmet.push(Self::no_escalation());
                    return;
                };
                if actor.id == self.applicant.id || !esc.authority.held_by(actor) {
                    let higher = &esc.authority;
                    unmet.push(higher.found(Finding::new(
                        FindingKind::NotCompetent {
                            actor: actor.id.clone(),
                            role: actor.role,
                            competent: higher.role,
                            holder: higher.holder.clone(),
                            delegation: None,
                        },
                        text(
                            format!(
                                "{} với vai trò {} không phải cấp trên có thẩm quyền ({})",
                                actor.id,
                                actor.role.vi(),
                                higher.role.vi()
                            ),
                            format!(
                                "{} acting as {} is not the higher authority ({})",
                                actor.id,
                                actor.role.en(),
                                higher.role.en()
                            ),
                        ),
                        text(
                            format!("{} quyết định", higher.role.vi()),
                            format!("the {} decides", higher.role.en()),
                        ),
                    )));
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
                let not_competent = match receiving {
                    true => None,
                    false => self.competence(actor, ev.on).err(),
                };
                if let Some(why) = not_competent {
                    let (recv, comp) = (a.receiving, a.authority.role);
                    let delegation = match why.kind {
                        FindingKind::NotCompetent { delegation, .. } => delegation,
                        _ => None,
                    };
                    let grant = delegation.as_ref().map(|m| m.grant.clone());
                    let found = a.authority.found(Finding::new(
                        FindingKind::NotReceiving {
                            actor: actor.id.clone(),
                            role: actor.role,
                            receiving: recv,
                            competent: comp,
                            delegation,
                        },
                        text(
                            format!(
                                "{} với vai trò {} không phải cơ quan tiếp nhận ({}) cũng không phải cấp có thẩm quyền ({})",
                                actor.id,
                                actor.role.vi(),
                                recv.vi(),
                                comp.vi()
                            ),
                            format!(
                                "{} acting as {} is neither the receiving body ({}) nor the competent authority ({})",
                                actor.id,
                                actor.role.en(),
                                recv.en(),
                                comp.en()
                            ),
                        ),
                        text(
                            format!("{} hoặc {} thực hiện", recv.vi(), comp.vi()),
                            format!("the {} or the {} acts", recv.en(), comp.en()),
                        ),
                    ));
                    unmet.push(match grant {
                        Some(g) => found.cite(g),
                        None => found,
                    });
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
        to: &[Role],
        from: NaiveDate,
        limit: &TimeLimit,
        unmet: &mut Vec<Finding>,
    ) -> Option<Deadline> {
        match cal.deadline_after(from, limit.period) {
            Ok(due) => Some(Deadline {
                kind,
                owner,
                to: to.to_vec(),
                from,
                period: limit.period,
                due,
                citation: limit.citation.clone(),
                source: limit.source.clone(),
                met: None,
                lapsed: None,
            }),
            Err(e) => {
                unmet.push(limit.found(Finding::new(
                    FindingKind::DeadlineUncomputable {
                        from,
                        period: limit.period,
                    },
                    text(
                        format!("không tính được thời hạn {}: {e}", kind.vi()),
                        format!("the {} deadline cannot be computed: {e}", kind.en()),
                    ),
                    text(
                        "dùng lịch bao gồm khoảng thời gian này",
                        "use a calendar that covers the period",
                    ),
                )));
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
        unmet: &mut Vec<Finding>,
    ) {
        if let Some(d) = a.decision.as_ref().filter(|d| d.clock == clock) {
            if let Some(dl) = Self::make_deadline(
                cal,
                DeadlineKind::Decision,
                a.authority.role,
                &[],
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
        unmet: &mut Vec<Finding>,
    ) {
        for o in a.obligations.iter().filter(|o| o.trigger == trigger) {
            if let Some(dl) = Self::make_deadline(
                cal,
                DeadlineKind::Owed(o.report),
                o.owner,
                &o.to,
                on,
                &o.limit,
                unmet,
            ) {
                fx.cite(o.limit.citation.clone());
                fx.created.push(dl);
            }
        }
    }

    fn check_assessment(&self, a: &Assessment, on: NaiveDate, unmet: &mut Vec<Finding>) {
        if a.as_of != on {
            let (as_of, day) = (a.as_of.format("%d/%m/%Y"), on.format("%d/%m/%Y"));
            unmet.push(Finding::new(
                FindingKind::AssessedOnAnotherDay { as_of: a.as_of, on },
                text(
                    format!("đánh giá được lập theo ngày {as_of}, hành vi ghi ngày {day}"),
                    format!("the assessment was made as of {as_of}, the act is dated {day}"),
                ),
                text(
                    format!("đánh giá lại đề nghị theo ngày {day}"),
                    format!("evaluate the request again as of {day}"),
                ),
            ));
        }
        if a.channel != self.facts.channel {
            let (assessed, applicant) = (a.channel, self.facts.channel);
            unmet.push(Finding::new(
                FindingKind::ChannelMismatch {
                    assessed,
                    applicant,
                },
                text(
                    format!(
                        "đánh giá theo kênh {}, kênh của bên đề nghị là {}",
                        assessed.vi(),
                        applicant.vi()
                    ),
                    format!(
                        "the assessment is for the {} channel, the applicant's channel is {}",
                        assessed.en(),
                        applicant.en()
                    ),
                ),
                text(
                    "đánh giá đề nghị theo kênh của bên đề nghị",
                    "evaluate the request under the applicant's channel",
                ),
            ));
        }
    }

    fn no_escalation() -> Finding {
        Finding::new(
            FindingKind::NoEscalation,
            text(
                "quy định không có bước trình cấp trên cho hồ sơ này",
                "the rules provide no escalation for this case",
            ),
            text(
                "quyết định ở cấp có thẩm quyền",
                "decide at the competent level",
            ),
        )
    }

    fn guard(&self, cal: &WorkCalendar, ev: &Event, fx: &mut Effect, unmet: &mut Vec<Finding>) {
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
                unmet.extend(
                    a.filings
                        .iter()
                        .filter_map(|f| f.late_on(on, self.facts.starts)),
                );
                fx.take_assessment = true;
                fx.reset_consultations = true;
                fx.lapse_open = true;
                for c in &a.citations {
                    fx.cite(c.clone());
                }
                for f in &a.filings {
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
                        &[],
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
                        let asked = |l: fn(&Role) -> &'static str| {
                            let v: Vec<&str> =
                                self.consultations.iter().map(|c| l(&c.consultee)).collect();
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
                            fx.cite(c.citation.clone());
                        }
                    }
                }
            }
            Action::EndConsultation => {
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
                if let Some(a) = &self.assessment {
                    match &a.reconciliation {
                        Some(r) => {
                            if let Some(dl) = Self::make_deadline(
                                cal,
                                DeadlineKind::Reconciliation,
                                Role::Organiser,
                                &[],
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
                    unmet.push(Self::no_escalation());
                    return;
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
                fx.cite(esc.authority.citation.clone());
                if let Some(i) = self.open_deadline(&[DeadlineKind::Decision]) {
                    fx.meet.push(i);
                }
                if let Some(limit) = &esc.decision {
                    if let Some(dl) = Self::make_deadline(
                        cal,
                        DeadlineKind::EscalatedDecision,
                        esc.authority.role,
                        &[],
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
            Action::CarryOut => {
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
                        if let Some(a) = &self.assessment {
                            Self::obligations_on(a, Trigger::CarriedOut, cal, on, fx, unmet);
                        }
                    }
                }
            }
            Action::ReportResult => match self.open_deadline(&DeadlineKind::RESULT_REPORTS) {
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
            },
            Action::Discharge { kind } => match self.open_deadline(&[*kind]) {
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
                        fx.cite(d.citation.clone());
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
            },
            Action::Close => {
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
