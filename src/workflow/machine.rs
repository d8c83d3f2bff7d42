//! The machines: one transition table per procedure, over the common life cycle.
//!
//! A table says which events move a case from which state to which, who may perform them, the
//! guard and the provision. [`Case::apply`](super::Case::apply) accepts an event only when its
//! edge is in the case's table; the Mermaid diagrams are drawn from the same tables.

use std::sync::OnceLock;

use crate::law::Citation;

use super::{ActionKind, Procedure, State};

/// Who may perform a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Who {
    /// The applicant (never a deciding authority on its own request).
    Applicant,
    /// The body receiving the dossier (or the competent authority itself).
    Receiving,
    /// A consultee, on its own consultation only.
    Consultee,
    /// The competent authority, or its delegate within scope and dates.
    Competent,
    /// The higher authority after escalation.
    Higher,
    /// The competent authority or the receiving body.
    Authority,
    /// The owner of the obligation discharged.
    Owner,
}

impl Who {
    /// The role label used in diagrams, in English.
    pub const fn en(self) -> &'static str {
        match self {
            Who::Applicant => "applicant",
            Who::Receiving => "receiving agency",
            Who::Consultee => "consultee (own consultation)",
            Who::Competent => "competent authority or delegate",
            Who::Higher => "higher authority",
            Who::Authority => "authority or receiving agency",
            Who::Owner => "obligation owner",
        }
    }
}

/// One edge of a machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The state before.
    pub from: State,
    /// The event.
    pub action: ActionKind,
    /// The state after.
    pub to: State,
    /// Who may perform it.
    pub who: Who,
    /// The guard, in English (empty when none).
    pub guard: &'static str,
    /// The provision behind the edge (the instrument in force today; a case's own citations
    /// come from its assessment).
    pub citation: Option<Citation>,
    /// The label of the edge in this procedure, when it differs from the event's name
    /// (e.g. `sign` for an agreement's `carry_out`).
    pub label: Option<&'static str>,
}

/// The transition table of one procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    /// The procedure.
    pub procedure: Procedure,
    /// Its edges.
    pub transitions: Vec<Transition>,
}

impl Machine {
    /// The edge from `from` by `action` to `to`, if the machine has it.
    pub fn edge(&self, from: State, action: ActionKind, to: State) -> Option<&Transition> {
        self.transitions
            .iter()
            .find(|t| t.from == from && t.action == action && t.to == to)
    }

    /// The events the machine accepts from `state`.
    pub fn actions_from(&self, state: State) -> Vec<ActionKind> {
        let mut out: Vec<ActionKind> = Vec::new();
        for t in self.transitions.iter().filter(|t| t.from == state) {
            if !out.contains(&t.action) {
                out.push(t.action);
            }
        }
        out
    }

    /// The states the machine uses, in first-use order.
    pub fn states(&self) -> Vec<State> {
        let mut out: Vec<State> = Vec::new();
        for t in &self.transitions {
            for s in [t.from, t.to] {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }
}

#[cold]
pub(super) fn unreachable_machine() -> &'static Machine {
    static EMPTY: OnceLock<Machine> = OnceLock::new();
    EMPTY.get_or_init(|| Machine {
        procedure: Procedure::Outbound,
        transitions: Vec::new(),
    })
}

/// What a procedure's machine looks like, for [`build`].
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    pub procedure: Procedure,
    /// Hosting approval in principle before the dossier (conferences).
    pub hosting: bool,
    /// A consultation step.
    pub consultation: bool,
    /// A reconciliation step after consultation.
    pub reconciliation: bool,
    /// Escalation to a higher authority.
    pub escalation: bool,
    /// An execution step (trip made, event held, agreement signed).
    pub execution: bool,
    /// A result report after execution.
    pub result_report: bool,
    /// Label of the execution edge.
    pub carry_out_label: &'static str,
    /// Guard and provision of the submission.
    pub submit: (&'static str, Option<Citation>),
    /// Guard and provision of the consultation.
    pub consult: (&'static str, Option<Citation>),
    /// Guard and provision of the decision.
    pub decide: (&'static str, Option<Citation>),
    /// Guard and provision of the escalation.
    pub escalate: (&'static str, Option<Citation>),
    /// Guard and provision of the result report.
    pub report: (&'static str, Option<Citation>),
    /// Guard and provision of the hosting approval.
    pub host: (&'static str, Option<Citation>),
}

/// Builds a machine from its shape: the common life cycle with the optional steps switched on.
pub(crate) fn build(s: Shape) -> Machine {
    use ActionKind as A;
    use State as S;
    let mut t: Vec<Transition> = Vec::new();
    let mut e = |from, action, to, who, guard: &'static str, citation: Option<Citation>| {
        t.push(Transition {
            from,
            action,
            to,
            who,
            guard,
            citation,
            label: None,
        })
    };
    if s.hosting {
        e(
            S::Draft,
            A::RequestHosting,
            S::HostingRequested,
            Who::Applicant,
            "optional; before the dossier",
            s.host.1.clone(),
        );
        e(
            S::HostingRequested,
            A::ApproveHosting,
            S::Draft,
            Who::Competent,
            "not the applicant",
            s.host.1.clone(),
        );
        e(
            S::HostingRequested,
            A::Refuse,
            S::Refused,
            Who::Competent,
            "not the applicant",
            s.host.1.clone(),
        );
    }
    e(
        S::Draft,
        A::Submit,
        S::Submitted,
        Who::Applicant,
        s.submit.0,
        s.submit.1.clone(),
    );
    if s.consultation {
        e(
            S::Submitted,
            A::Accept,
            S::InConsultation,
            Who::Receiving,
            "dossier complete; consultations required",
            s.consult.1.clone(),
        );
    }
    e(
        S::Submitted,
        A::Accept,
        S::AwaitingDecision,
        Who::Receiving,
        "dossier complete; no consultation required",
        None,
    );
    e(
        S::Submitted,
        A::ReturnForCompletion,
        S::ReturnedForCompletion,
        Who::Authority,
        "dossier incomplete",
        None,
    );
    e(
        S::ReturnedForCompletion,
        A::Resubmit,
        S::Submitted,
        Who::Applicant,
        s.submit.0,
        s.submit.1.clone(),
    );
    if s.consultation {
        e(
            S::InConsultation,
            A::Reply,
            S::InConsultation,
            Who::Consultee,
            s.consult.0,
            s.consult.1.clone(),
        );
        e(
            S::InConsultation,
            A::EndConsultation,
            S::AwaitingDecision,
            Who::Receiving,
            "every consultee answered or overdue",
            s.consult.1.clone(),
        );
        if s.reconciliation {
            e(
                S::InConsultation,
                A::EndConsultation,
                S::Reconciling,
                Who::Receiving,
                "every consultee answered or overdue; reconciliation step",
                s.consult.1.clone(),
            );
            e(
                S::Reconciling,
                A::Reconcile,
                S::AwaitingDecision,
                Who::Applicant,
                "within the reconciliation period",
                s.consult.1.clone(),
            );
        }
    }
    e(
        S::AwaitingDecision,
        A::Approve,
        S::Approved,
        Who::Competent,
        s.decide.0,
        s.decide.1.clone(),
    );
    e(
        S::AwaitingDecision,
        A::Refuse,
        S::Refused,
        Who::Competent,
        "not the applicant",
        s.decide.1.clone(),
    );
    e(
        S::AwaitingDecision,
        A::ReturnForCompletion,
        S::ReturnedForCompletion,
        Who::Authority,
        "dossier incomplete",
        None,
    );
    if s.escalation {
        e(
            S::AwaitingDecision,
            A::Escalate,
            S::Escalated,
            Who::Authority,
            s.escalate.0,
            s.escalate.1.clone(),
        );
        e(
            S::Escalated,
            A::Approve,
            S::Approved,
            Who::Higher,
            "written consent of the higher authority",
            s.escalate.1.clone(),
        );
        e(
            S::Escalated,
            A::Refuse,
            S::Refused,
            Who::Higher,
            "",
            s.escalate.1.clone(),
        );
    }
    if s.execution {
        t_push_label(
            &mut t,
            S::Approved,
            A::CarryOut,
            S::CarriedOut,
            Who::Applicant,
            "on or after the approval",
            None,
            s.carry_out_label,
        );
        for st in [S::Approved, S::CarriedOut, S::ResultReported] {
            t.push(Transition {
                from: st,
                action: A::Discharge,
                to: st,
                who: Who::Owner,
                guard: "an open obligation of that kind",
                citation: None,
                label: None,
            });
        }
        if s.result_report {
            t.push(Transition {
                from: S::CarriedOut,
                action: A::ReportResult,
                to: S::ResultReported,
                who: Who::Owner,
                guard: s.report.0,
                citation: s.report.1.clone(),
                label: None,
            });
            t.push(Transition {
                from: S::ResultReported,
                action: A::Close,
                to: S::Closed,
                who: Who::Authority,
                guard: "",
                citation: None,
                label: None,
            });
            t.push(Transition {
                from: S::CarriedOut,
                action: A::Close,
                to: S::Closed,
                who: Who::Authority,
                guard: "no result report required",
                citation: None,
                label: None,
            });
        } else {
            t.push(Transition {
                from: S::CarriedOut,
                action: A::Close,
                to: S::Closed,
                who: Who::Authority,
                guard: "",
                citation: None,
                label: None,
            });
        }
    } else {
        t.push(Transition {
            from: S::Approved,
            action: A::Discharge,
            to: S::Approved,
            who: Who::Owner,
            guard: "an open obligation of that kind",
            citation: None,
            label: None,
        });
        t.push(Transition {
            from: S::Approved,
            action: A::Close,
            to: S::Closed,
            who: Who::Authority,
            guard: "",
            citation: None,
            label: None,
        });
    }
    let mut recheck = vec![S::AwaitingDecision, S::Approved];
    if s.escalation {
        recheck.push(S::Escalated);
    }
    for st in recheck {
        t.push(Transition {
            from: st,
            action: A::Recheck,
            to: st,
            who: Who::Authority,
            guard: "assessment as of the act date; violations found block approval and execution",
            citation: None,
            label: None,
        });
    }
    let open: Vec<State> = {
        let mut v: Vec<State> = Vec::new();
        for tr in &t {
            if tr.from.is_open() && !v.contains(&tr.from) {
                v.push(tr.from);
            }
        }
        v
    };
    for st in open {
        t.push(Transition {
            from: st,
            action: A::Withdraw,
            to: S::Withdrawn,
            who: Who::Applicant,
            guard: "",
            citation: None,
            label: None,
        });
        if st != S::Draft {
            t.push(Transition {
                from: st,
                action: A::Cancel,
                to: S::Cancelled,
                who: Who::Authority,
                guard: "",
                citation: None,
                label: None,
            });
        }
    }
    Machine {
        procedure: s.procedure,
        transitions: t,
    }
}

#[allow(clippy::too_many_arguments)]
fn t_push_label(
    t: &mut Vec<Transition>,
    from: State,
    action: ActionKind,
    to: State,
    who: Who,
    guard: &'static str,
    citation: Option<Citation>,
    label: &'static str,
) {
    t.push(Transition {
        from,
        action,
        to,
        who,
        guard,
        citation,
        label: Some(label),
    });
}
