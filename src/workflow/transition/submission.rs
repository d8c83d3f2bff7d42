//! Filing and completeness: `request_hosting`, `submit`, `accept`, `return_for_completion`,
//! `resubmit`, and the exits `withdraw` and `cancel`.
//!
//! Provisions (through the machine's edge and the assessment): the dossier and its lead time
//! (e.g. QĐ 06/2020/QĐ-TTg Art. 4(1)(a): ≥ 40 / ≥ 30 days before a conference; Luật
//! 70/2020/QH14 Art. 19(1) for agreements; NĐ 80/2020/NĐ-CP Art. 8 for aid; NĐ 88/2012/NĐ-CP
//! Art. 13(3) for foreign press), the hosting approval in principle (QĐ 06/2020/QĐ-TTg Art. 6),
//! and the decision period counted from receipt or from a complete dossier. The assessment
//! that comes with a filing must be made as of the act date and under the applicant's channel.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::rules::{text, Finding, FindingKind};
use crate::workflow::case::{Answer, ConsultationRecord};
use crate::workflow::{Assessment, Case, DeadlineKind, DecisionClock};

use super::Effect;

impl Case {
    /// `request_hosting`: the assessment is taken and its provisions cited.
    pub(super) fn guard_request_hosting(
        &self,
        assessment: &Assessment,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        self.check_assessment(assessment, on, unmet);
        fx.take_assessment = true;
        fx.cite_all(&assessment.citations);
    }

    /// `submit` and `resubmit`: the assessment's violations and late filings refuse it; the
    /// consultations start afresh, open deadlines lapse, the decision clock may start.
    pub(super) fn guard_submit(
        &self,
        a: &Assessment,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
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
        fx.cite_all(&a.citations);
        for f in &a.filings {
            fx.cite(&f.citation);
        }
        self.decision_deadline(a, cal, DecisionClock::Receipt, on, fx, unmet);
    }

    /// `accept`: the dossier is complete; each consultee gets a reply deadline, or, with no
    /// consultation, the decision clock starts.
    pub(super) fn guard_accept(
        &self,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let Some(a) = self.assessment() else {
            unmet.push(Self::no_assessment());
            return;
        };
        let base = self.deadlines.len();
        for (i, c) in a.consultations.iter().enumerate() {
            if let Some(due) = Self::make_deadline(
                cal,
                DeadlineKind::ConsultationReply,
                c.consultee,
                &[],
                on,
                &c.reply,
                &mut fx.created,
                unmet,
            ) {
                fx.consultations.push(ConsultationRecord {
                    consultee: c.consultee,
                    sent: on,
                    due,
                    citation: c.reply.citation.clone(),
                    answer: Answer::Pending,
                    deadline: base + i,
                    silence_is_consent: c.silence_is_consent,
                });
                fx.cite(&c.reply.citation);
            }
        }
        if a.consultations.is_empty() {
            self.decision_deadline(a, cal, DecisionClock::Ready, on, fx, unmet);
        }
    }

    /// `return_for_completion`: the open deadlines lapse.
    pub(super) fn guard_return_for_completion(&self, fx: &mut Effect) {
        fx.lapse_open = true;
    }

    /// `withdraw` and `cancel`: the open deadlines lapse.
    pub(super) fn guard_withdraw_or_cancel(&self, fx: &mut Effect) {
        fx.lapse_open = true;
    }

    pub(super) fn check_assessment(&self, a: &Assessment, on: NaiveDate, unmet: &mut Vec<Finding>) {
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
}
