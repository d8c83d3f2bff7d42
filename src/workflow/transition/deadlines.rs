//! Deadline bookkeeping for the transitions: the open deadline of a kind, a new deadline from
//! a [`TimeLimit`] computed on the [`WorkCalendar`], the decision deadline when its clock
//! starts, and the obligations a transition triggers.
//!
//! The periods and their provisions come with each limit from the assessment (e.g. 7 working
//! days for a consultee under Luật 70/2020/QH14 Art. 19(2), 15 days after a conference under
//! QĐ 06/2020/QĐ-TTg Art. 4(2)(c), 5 working days to return passports under Luật
//! 49/2019/QH14 Art. 23(3)); the working days are those of the calendar. A period the calendar
//! cannot compute is a finding, not a guess.

use chrono::NaiveDate;

use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::rules::{text, Finding, FindingKind};
use crate::workflow::{
    Assessment, Case, Deadline, DeadlineKind, DecisionClock, Role, TimeLimit, Trigger,
};

use super::Effect;

impl Case {
    pub(super) fn open_deadline(&self, kinds: &[DeadlineKind]) -> Option<usize> {
        self.deadlines
            .iter()
            .rposition(|d| kinds.contains(&d.kind) && d.met.is_none() && d.lapsed.is_none())
    }

    /// A new deadline of `kind` counted from `from` by `limit`, added to `created` (built in
    /// place: a deadline is 152 bytes); its due day, or `None` with a finding in `unmet` when
    /// the calendar cannot count it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn make_deadline(
        cal: &WorkCalendar,
        kind: DeadlineKind,
        owner: Role,
        to: &[Role],
        from: NaiveDate,
        limit: &TimeLimit,
        created: &mut Vec<Deadline>,
        unmet: &mut Vec<Finding>,
    ) -> Option<NaiveDate> {
        match cal.deadline_after(from, limit.period) {
            Ok(due) => {
                created.push(Deadline {
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
                });
                Some(due)
            }
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

    #[inline]
    pub(super) fn decision_deadline(
        &self,
        a: &Assessment,
        cal: &WorkCalendar,
        clock: DecisionClock,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        if let Some(d) = a.decision.as_ref().filter(|d| d.clock == clock) {
            if Self::make_deadline(
                cal,
                DeadlineKind::Decision,
                a.authority.role,
                &[],
                on,
                &d.limit,
                &mut fx.created,
                unmet,
            )
            .is_some()
            {
                fx.cite_limit(&d.limit.citation, d.limit.source.as_ref());
            }
        }
    }

    pub(super) fn obligations_on(
        a: &Assessment,
        trigger: Trigger,
        cal: &WorkCalendar,
        on: NaiveDate,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        // room for exactly the deadlines this trigger creates (the outcome hands them over)
        let owed = || a.obligations.iter().filter(move |o| o.trigger == trigger);
        let n = owed().count();
        if n == 0 {
            return;
        }
        fx.created.reserve_exact(n);
        for o in owed() {
            if Self::make_deadline(
                cal,
                DeadlineKind::Owed(o.report),
                o.owner,
                &o.to,
                on,
                &o.limit,
                &mut fx.created,
                unmet,
            )
            .is_some()
            {
                fx.cite_limit(&o.limit.citation, o.limit.source.as_ref());
            }
        }
    }
}
