//! Refusals: the rules say no. A refusal is data — every unmet condition as a
//! [`Finding`](crate::rules::Finding) (the same type [`evaluate`](crate::rules::evaluate())
//! returns: typed kind with its figures, every citation, the evidence grade, what would satisfy
//! it in Vietnamese and English) — and it never changes the case.

use std::fmt;

use crate::law::Citation;
use crate::rules::{Finding, Ground};

use super::{ActionKind, State};

/// An event the case did not accept, with every condition that was not met. The case is left
/// exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Refusal {
    /// The event that was refused.
    pub action: ActionKind,
    /// The state the case was (and still is) in.
    pub state: State,
    /// Every unmet condition (never empty).
    pub unmet: Vec<Finding>,
}

impl Refusal {
    /// The citations of the unmet conditions, in order, without repeats.
    pub fn citations(&self) -> Vec<&Citation> {
        let mut out: Vec<&Citation> = Vec::new();
        for c in self.unmet.iter().flat_map(|u| u.citations.iter()) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// Whether a condition of this family is among the unmet ones.
    pub fn has(&self, ground: Ground) -> bool {
        self.unmet.iter().any(|u| u.ground() == ground)
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
