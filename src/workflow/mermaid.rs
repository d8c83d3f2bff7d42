//! Mermaid `stateDiagram-v2` export: one diagram per machine, each edge labelled with the
//! event, the actor role, the guard and the provision.

use crate::label::Label;

use super::{Machine, Procedure, State};

/// The Mermaid diagram of a procedure's machine.
///
/// ```
/// use doingoai::workflow::{mermaid, Procedure};
/// let m = mermaid(Procedure::Outbound);
/// assert!(m.starts_with("stateDiagram-v2"));
/// assert!(m.contains("awaiting_decision --> approved : approve · competent authority or delegate"));
/// ```
pub fn mermaid(procedure: Procedure) -> String {
    Machine::of(procedure).mermaid()
}

fn clean(s: &str) -> String {
    // Mermaid ends a label at a newline and treats `:` `;` `#` specially
    s.replace(';', ",")
        .replace(':', " -")
        .replace('#', "no.")
        .replace('\n', " ")
}

impl Machine {
    /// This machine as a Mermaid `stateDiagram-v2`.
    pub fn mermaid(&self) -> String {
        let mut out = String::from("stateDiagram-v2\n");
        out.push_str(&format!(
            "    %% {} ({})\n",
            self.procedure.en(),
            self.procedure.vi()
        ));
        for s in self.states() {
            out.push_str(&format!("    {} : {}\n", s.code(), clean(s.vi())));
        }
        out.push_str(&format!("    [*] --> {}\n", State::Draft.code()));
        for t in &self.transitions {
            let mut label = t.label.unwrap_or(t.action.code()).to_string();
            label.push_str(" · ");
            label.push_str(t.who.en());
            if !t.guard.is_empty() {
                label.push_str(&format!(" · [{}]", t.guard));
            }
            if let Some(c) = &t.citation {
                label.push_str(&format!(" · {}", c.en()));
            }
            out.push_str(&format!(
                "    {} --> {} : {}\n",
                t.from.code(),
                t.to.code(),
                clean(&label)
            ));
        }
        for s in self.states().into_iter().filter(|s| s.is_terminal()) {
            out.push_str(&format!("    {} --> [*]\n", s.code()));
        }
        out
    }
}
