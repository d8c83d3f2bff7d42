//! Short Vietnamese renderings of rule values, for tables.

use crate::Label;

use super::families::{
    Authority, Condition, Consultation, Due, Escalation, LeadTime, Obligation, Processing,
};
use super::Period;

/// A value that renders as a short figure.
pub(crate) trait Figure {
    fn figure(&self) -> String;
}

/// "30 ngày", "7 ngày làm việc", "6 tháng".
pub(crate) fn period_vi(p: Period) -> String {
    p.vi()
}

impl Figure for Authority {
    fn figure(&self) -> String {
        let mut s = self.decides.vi().to_string();
        if let Some(b) = self.submitted_by {
            s.push_str(&format!(" (do {} trình)", b.vi()));
        }
        if let Some(d) = &self.delegation {
            s.push_str(&format!("; ủy quyền {}", d.to.vi()));
        }
        s
    }
}

impl Figure for Escalation {
    fn figure(&self) -> String {
        match self.answer_within {
            Some(p) => format!("trình {}; trả lời ≤ {}", self.to.vi(), period_vi(p)),
            None => format!("trình {}", self.to.vi()),
        }
    }
}

impl Figure for LeadTime {
    fn figure(&self) -> String {
        format!("≥ {} trước {}", period_vi(self.before), self.anchor.vi())
    }
}

impl Figure for Consultation {
    fn figure(&self) -> String {
        let who: Vec<&str> = self.consultees.iter().map(|r| r.vi()).collect();
        format!(
            "{}; trả lời ≤ {}",
            who.join(", "),
            period_vi(self.reply_within)
        )
    }
}

impl Figure for Processing {
    fn figure(&self) -> String {
        format!(
            "{}: {} ≤ {}",
            self.by.vi(),
            self.step.vi(),
            period_vi(self.within)
        )
    }
}

impl Figure for Condition {
    fn figure(&self) -> String {
        self.to_string()
    }
}

impl Figure for Obligation {
    fn figure(&self) -> String {
        let when = match &self.due {
            Due::After { anchor, within } => {
                format!("≤ {} sau {}", period_vi(*within), anchor.vi())
            }
            Due::Before { anchor, at_least } => {
                format!("≥ {} trước {}", period_vi(*at_least), anchor.vi())
            }
            Due::Yearly {
                by,
                year_offset,
                data,
            } => {
                let mut s = format!("trước {:02}/{:02}", by.day, by.month);
                if *year_offset < 0 {
                    s.push_str(" năm trước");
                } else if *year_offset > 0 {
                    s.push_str(" năm sau");
                }
                if let Some(w) = data {
                    s.push_str(&format!(
                        " (số liệu {:02}/{:02}–{:02}/{:02})",
                        w.from.day, w.from.month, w.to.day, w.to.month
                    ));
                }
                s
            }
        };
        let to: Vec<&str> = self.to.iter().map(|r| r.vi()).collect();
        format!("{} → {}, {}", self.report.vi(), to.join(", "), when)
    }
}
