//! Refusals: the rules say no. A refusal is data — every unmet condition, each with its
//! citation and what would satisfy it — and it never changes the case.

use std::fmt;

use crate::label::{vocabulary, Label};
use crate::law::Citation;

use super::{ActionKind, State};

vocabulary! {
    /// The family of a condition that was not met.
    pub enum Condition {
        /// The event is not a transition of this procedure from the current state.
        Transition = ("transition", "bước không hợp lệ", "transition not allowed"),
        /// The actor may not perform this event.
        Authorization = ("authorization", "thẩm quyền", "authorization"),
        /// The request was filed after the latest filing date.
        LeadTime = ("lead_time", "thời hạn nộp hồ sơ", "lead time"),
        /// A member is under a disciplinary sanction that bars the trip.
        Discipline = ("discipline", "kỷ luật", "discipline"),
        /// A member's exit is suspended.
        ExitSuspension = ("exit_suspension", "tạm hoãn xuất cảnh", "exit suspension"),
        /// A cap (trips per year, size, days, countries, key leaders, relatives, funding) is exceeded.
        Cap = ("cap", "giới hạn", "cap"),
        /// The out-of-plan quota is exhausted.
        OutOfPlan = ("out_of_plan", "ngoài kế hoạch", "out-of-plan quota"),
        /// A step that must come first has not happened (consultation, escalation, hosting approval…).
        Sequence = ("sequence", "trình tự", "sequence of steps"),
        /// A date is inconsistent (before an earlier step, outside the calendar, assessment of another day).
        Date = ("date", "ngày tháng", "date"),
        /// The body filing the request, or the one a step is assigned to, no longer exists on
        /// the act date.
        BodyGone = ("body_gone", "cơ quan không còn tồn tại", "body no longer exists"),
        /// No sourced rule is in force for this case (the rulebook must be completed).
        NoRule = ("no_rule", "chưa có quy định", "no sourced rule"),
        /// Any other condition of the rulebook.
        Other = ("other", "điều kiện khác", "other condition"),
    }
}

/// One unmet condition: what is wrong, the rule, and what would satisfy it ("why not").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unmet {
    /// The family of the condition.
    pub condition: Condition,
    /// The rule id in the rulebook, when the condition comes from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// What is wrong, in words.
    pub message: String,
    /// The provision that sets the condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// What would satisfy the condition.
    pub remedy: String,
}

impl Unmet {
    /// An unmet condition with a citation.
    pub fn new(
        condition: Condition,
        message: impl Into<String>,
        citation: Option<Citation>,
        remedy: impl Into<String>,
    ) -> Self {
        Unmet {
            condition,
            rule: None,
            message: message.into(),
            citation,
            remedy: remedy.into(),
        }
    }

    /// The same condition, tagged with the rulebook's rule id.
    pub fn with_rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }
}

impl From<crate::org::BodyGone> for Unmet {
    /// A request filed by, or a step assigned to, a body that no longer exists: the body, its
    /// last day and its successor (under [`BODY_EXISTS_RULE`](crate::rules::BODY_EXISTS_RULE),
    /// as [`evaluate`](crate::rules::evaluate) reports it).
    fn from(g: crate::org::BodyGone) -> Self {
        Unmet::new(
            Condition::BodyGone,
            g.to_string(),
            g.citations.first().cloned(),
            g.remedy_en(),
        )
        .with_rule(crate::rules::BODY_EXISTS_RULE)
    }
}

impl fmt::Display for Unmet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.condition.en(), self.message)?;
        if let Some(c) = &self.citation {
            write!(f, " ({})", c.en())?;
        }
        write!(f, "; to satisfy: {}", self.remedy)
    }
}

/// An event the case did not accept, with every condition that was not met. The case is left
/// exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Refusal {
    /// The event that was refused.
    pub action: ActionKind,
    /// The state the case was (and still is) in.
    pub state: State,
    /// Every unmet condition (never empty).
    pub unmet: Vec<Unmet>,
}

impl Refusal {
    /// The citations of the unmet conditions, in order, without repeats.
    pub fn citations(&self) -> Vec<&Citation> {
        let mut out: Vec<&Citation> = Vec::new();
        for c in self.unmet.iter().filter_map(|u| u.citation.as_ref()) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// Whether a condition of this family is among the unmet ones.
    pub fn has(&self, condition: Condition) -> bool {
        self.unmet.iter().any(|u| u.condition == condition)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` refused in state `{}`: {} unmet condition(s)",
            self.action.code(),
            self.state.code(),
            self.unmet.len()
        )?;
        for u in &self.unmet {
            write!(f, "\n  - {u}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refusal {}
