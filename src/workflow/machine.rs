//! The machines: one transition table per procedure, over the common life cycle.
//!
//! A table says which events move a case from which state to which, who may perform them, the
//! guard and the provision. [`Case::apply`](super::Case::apply) accepts an event only when its
//! edge is in the case's table; the Mermaid diagrams are drawn from the same tables.

use std::sync::OnceLock;

use crate::law::{Citation, Citations};

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
#[non_exhaustive]
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
    /// The same provision as a shared list (empty or one), which an event of this edge
    /// cites without copying it.
    pub(crate) cited: Citations,
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

/// A superstate: states that share edges, as in statig, where a superstate's handler serves
/// every state under it. The shared edges are written once here, not per state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Superstate {
    /// Every open state of the machine built so far ([`State::is_open`], in first-use order):
    /// the applicant may `withdraw` from each, the authority may `cancel` from each but the
    /// draft (nothing is filed yet).
    Open,
    /// The states after the approval (approved; with an execution step also carried out, and
    /// result reported with a result report step): the owner of an open obligation may `discharge` it.
    AfterApproval,
}

impl Superstate {
    /// The states under the superstate, given the shape and the edges so far.
    fn states(self, s: &Shape, t: &[Transition]) -> Vec<State> {
        match self {
            Superstate::Open => {
                let mut v: Vec<State> = Vec::new();
                for tr in t {
                    if tr.from.is_open() && !v.contains(&tr.from) {
                        v.push(tr.from);
                    }
                }
                v
            }
            Superstate::AfterApproval if s.execution && s.result_report => {
                vec![State::Approved, State::CarriedOut, State::ResultReported]
            }
            // no edge reaches `result_reported` without a result report step
            Superstate::AfterApproval if s.execution => vec![State::Approved, State::CarriedOut],
            Superstate::AfterApproval => vec![State::Approved],
        }
    }

    /// The shared edges, state by state.
    fn edges(self, s: &Shape, t: &[Transition]) -> Vec<Transition> {
        let edge = |from, action, to, who| Transition {
            from,
            action,
            to,
            who,
            guard: "",
            citation: None,
            cited: Citations::new(),
            label: None,
        };
        let mut out = Vec::new();
        for st in self.states(s, t) {
            match self {
                Superstate::Open => {
                    out.push(edge(
                        st,
                        ActionKind::Withdraw,
                        State::Withdrawn,
                        Who::Applicant,
                    ));
                    if st != State::Draft {
                        out.push(edge(
                            st,
                            ActionKind::Cancel,
                            State::Cancelled,
                            Who::Authority,
                        ));
                    }
                }
                Superstate::AfterApproval => out.push(Transition {
                    guard: "an open obligation of that kind",
                    ..edge(st, ActionKind::Discharge, st, Who::Owner)
                }),
            }
        }
        out
    }
}

/// The edge table of [`build`]. Rows are pushed in order:
///
/// * `From => action => To : who, guard, provision;` one edge; the guard is a string or the
///   guard half of a shape pair (`submit.0`), the provision `_` (none) or the name of a shape
///   pair (`submit`: its citation); `, label …` after the provision names the edge;
/// * `if flag { rows } [else { rows }]` rows that exist when the shape switches `flag` on;
/// * `superstate Name;` the shared edges of a [`Superstate`] at that point of the table.
macro_rules! edges {
    ($t:ident, $s:ident;) => {};
    ($t:ident, $s:ident; if $flag:ident { $($yes:tt)* } else { $($no:tt)* } $($rest:tt)*) => {
        if $s.$flag {
            edges!($t, $s; $($yes)*);
        } else {
            edges!($t, $s; $($no)*);
        }
        edges!($t, $s; $($rest)*);
    };
    ($t:ident, $s:ident; if $flag:ident { $($yes:tt)* } $($rest:tt)*) => {
        if $s.$flag {
            edges!($t, $s; $($yes)*);
        }
        edges!($t, $s; $($rest)*);
    };
    ($t:ident, $s:ident; superstate $sup:ident; $($rest:tt)*) => {
        let shared = Superstate::$sup.edges(&$s, &$t);
        $t.extend(shared);
        edges!($t, $s; $($rest)*);
    };
    ($t:ident, $s:ident;
     $from:ident => $action:ident => $to:ident : $who:ident, $guard:expr, $cite:tt $(, label $label:expr)?;
     $($rest:tt)*) => {
        $t.push(Transition {
            from: State::$from,
            action: ActionKind::$action,
            to: State::$to,
            who: Who::$who,
            guard: $guard,
            citation: edges!(@cite $cite),
            // kept for good while the registry builds the machines (`law::forever`)
            cited: crate::law::forever::list(edges!(@cite $cite).into_iter().collect()),
            label: edges!(@label $($label)?),
        });
        edges!($t, $s; $($rest)*);
    };
    (@cite _) => { None };
    (@cite $pair:ident) => { $pair.1.clone() };
    (@label) => { None };
    (@label $label:expr) => { Some($label) };
}

/// The guard of a recheck.
const RECHECK: &str =
    "assessment as of the act date; violations found block approval and execution";

/// Builds a machine from its shape: the common life cycle with the optional steps switched on.
pub(crate) fn build(s: Shape) -> Machine {
    let Shape {
        submit,
        consult,
        decide,
        escalate,
        report,
        host,
        ..
    } = &s;
    let mut t: Vec<Transition> = Vec::new();
    edges! { t, s;
        if hosting {
            Draft                 => RequestHosting      => HostingRequested      : Applicant, "optional; before the dossier", host;
            HostingRequested      => ApproveHosting      => Draft                 : Competent, "not the applicant", host;
            HostingRequested      => Refuse              => Refused               : Competent, "not the applicant", host;
        }
        Draft                     => Submit              => Submitted             : Applicant, submit.0, submit;
        if consultation {
            Submitted             => Accept              => InConsultation        : Receiving, "dossier complete; consultations required", consult;
        }
        Submitted                 => Accept              => AwaitingDecision      : Receiving, "dossier complete; no consultation required", _;
        Submitted                 => ReturnForCompletion => ReturnedForCompletion : Authority, "dossier incomplete", _;
        ReturnedForCompletion     => Resubmit            => Submitted             : Applicant, submit.0, submit;
        if consultation {
            InConsultation        => Reply               => InConsultation        : Consultee, consult.0, consult;
            InConsultation        => EndConsultation     => AwaitingDecision      : Receiving, "every consultee answered or overdue", consult;
            if reconciliation {
                InConsultation    => EndConsultation     => Reconciling           : Receiving, "every consultee answered or overdue; reconciliation step", consult;
                Reconciling       => Reconcile           => AwaitingDecision      : Applicant, "within the reconciliation period", consult;
            }
        }
        AwaitingDecision          => Approve             => Approved              : Competent, decide.0, decide;
        AwaitingDecision          => Refuse              => Refused               : Competent, "not the applicant", decide;
        AwaitingDecision          => ReturnForCompletion => ReturnedForCompletion : Authority, "dossier incomplete", _;
        if escalation {
            AwaitingDecision      => Escalate            => Escalated             : Authority, escalate.0, escalate;
            Escalated             => Approve             => Approved              : Higher, "written consent of the higher authority", escalate;
            Escalated             => Refuse              => Refused               : Higher, "", escalate;
        }
        if execution {
            Approved              => CarryOut            => CarriedOut            : Applicant, "on or after the approval", _, label s.carry_out_label;
        }
        superstate AfterApproval;
        if execution {
            if result_report {
                CarriedOut        => ReportResult        => ResultReported        : Owner, report.0, report;
                ResultReported    => Close               => Closed                : Authority, "", _;
                CarriedOut        => Close               => Closed                : Authority, "no result report required", _;
            } else {
                CarriedOut        => Close               => Closed                : Authority, "", _;
            }
        } else {
            Approved              => Close               => Closed                : Authority, "", _;
        }
        AwaitingDecision          => Recheck             => AwaitingDecision      : Authority, RECHECK, _;
        Approved                  => Recheck             => Approved              : Authority, RECHECK, _;
        if escalation {
            Escalated             => Recheck             => Escalated             : Authority, RECHECK, _;
        }
        superstate Open;
    }
    Machine {
        procedure: s.procedure,
        transitions: t,
    }
}
