//! Running a simulated case through its workflow: submission, acceptance, consultations (one
//! of them may object and send the case up), decision, execution, and the filings after it —
//! on time, late or never.

use chrono::{Days, NaiveDate};

use super::rng::SplitMix64;
use crate::calendar::DueStatus;
use crate::calendar::WorkCalendar;
use crate::label::Label;
use crate::report::CaseOutcome;
use crate::rules::Role;
use crate::workflow::{
    Action, Actor, Assessment, Case, DeadlineKind, Event, Opinion, Procedure, State,
};

/// What the scenario forces on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Twist {
    None,
    /// The Ministry of Public Security objects; the case goes to the Prime Minister.
    Objection,
    /// A member is serving a disciplinary sanction: where no rule of the province bars the
    /// trip, the authority refuses it on review (seed 002).
    Discipline,
}

fn next_wd(cal: &WorkCalendar, d: NaiveDate, n: u64) -> NaiveDate {
    let mut x = d;
    for _ in 0..n {
        x = x.succ_opt().unwrap_or(x);
        x = cal.next_working_day_on_or_after(x).unwrap_or(x);
    }
    x
}

fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs())).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs())).unwrap_or(d)
    }
}

/// The outcome of running one case.
#[derive(Debug)]
pub(crate) struct Ran {
    pub case: Case,
    pub outcome: CaseOutcome,
    pub reasons: Vec<String>,
    /// The day it was carried out, if it was.
    pub carried_out: Option<NaiveDate>,
}

/// Runs `case` (a fresh case for `a`) under `assessment` through the workflow.
pub(crate) fn run_case(
    mut case: Case,
    a: &crate::activity::ProposedActivity,
    assessment: Assessment,
    cal: &WorkCalendar,
    rng: &mut SplitMix64,
    twist: Twist,
) -> Ran {
    let wc = cal;
    let proc = case.procedure();
    let applicant = case.applicant().clone();
    let receiving = Actor::body("co-quan-tiep-nhan", assessment.receiving);
    let authority = Actor::official("nguoi-co-tham-quyen", assessment.authority.role);
    let higher = assessment
        .escalation
        .as_ref()
        .map(|e| Actor::official("cap-tren", e.authority.role));
    let consultations: Vec<Role> = assessment
        .consultations
        .iter()
        .map(|c| c.consultee)
        .collect();
    let mut reasons = Vec::new();
    let apply = |case: &mut Case, ev: Event| case.apply_with(cal, ev);

    let filed = a.filed_on;
    if let Err(r) = apply(
        &mut case,
        Event::new(
            applicant.clone(),
            filed,
            Action::Submit {
                assessment: Box::new(assessment),
            },
        ),
    ) {
        reasons.extend(
            r.unmet
                .iter()
                .map(|u| format!("[{}] {}", u.ground().code(), u.wrong.en)),
        );
        return Ran {
            case,
            outcome: CaseOutcome::Refused,
            reasons,
            carried_out: None,
        };
    }
    let mut day = next_wd(wc, filed, 1);
    if let Err(r) = apply(
        &mut case,
        Event::new(receiving.clone(), day, Action::Accept),
    ) {
        reasons.extend(r.unmet.iter().map(|u| format!("[workflow] {}", u.wrong.en)));
        return Ran {
            case,
            outcome: CaseOutcome::Pending,
            reasons,
            carried_out: None,
        };
    }
    // Consultations.
    let mut objected = false;
    let mut objected_by: Option<Role> = None;
    if !consultations.is_empty() {
        let dues: Vec<(Role, NaiveDate)> = case
            .consultations()
            .iter()
            .map(|c| (c.consultee, c.due))
            .collect();
        let mut replies: Vec<(NaiveDate, Role, Opinion)> = Vec::new();
        let mut last = day;
        for (role, due) in &dues {
            if twist != Twist::Objection && rng.chance(40) {
                // Silent: the consultation closes after the due date.
                last = last.max(next_wd(wc, *due, 1));
                continue;
            }
            let span = (*due - day).num_days().max(1);
            let on = add_days(day, rng.range(1, span)).min(*due);
            let objector = dues
                .iter()
                .find(|(r, _)| *r == Role::PublicSecurity)
                .or(dues.first())
                .map(|(r, _)| *r);
            let opinion = if twist == Twist::Objection && Some(*role) == objector {
                objected = true;
                objected_by = Some(*role);
                Opinion::Object {
                    reason: "nội dung liên quan an ninh, trật tự chưa được làm rõ".into(),
                }
            } else {
                Opinion::Agree
            };
            replies.push((on, *role, opinion));
            last = last.max(on);
        }
        replies.sort_by_key(|(d, r, _)| (*d, *r));
        for (on, role, opinion) in replies {
            let _ = apply(
                &mut case,
                Event::new(
                    Actor::body(role.code(), role),
                    on,
                    Action::Reply { opinion },
                ),
            );
        }
        day = last;
        let _ = apply(
            &mut case,
            Event::new(receiving.clone(), day, Action::EndConsultation),
        );
    }
    if case.state() == State::Reconciling {
        day = next_wd(wc, day, 2);
        let _ = apply(
            &mut case,
            Event::new(applicant.clone(), day, Action::Reconcile),
        );
    }
    // Decision.
    let mut outcome = CaseOutcome::Approved;
    if objected {
        day = next_wd(wc, day, 1);
        if apply(
            &mut case,
            Event::new(receiving.clone(), day, Action::Escalate),
        )
        .is_ok()
        {
            outcome = CaseOutcome::Escalated;
            reasons.push(format!(
                "[escalated] {} phản đối; trình {} / objection, sent to the {}",
                objected_by.map_or("cơ quan được lấy ý kiến", |r| r.vi()),
                Role::PrimeMinister.vi(),
                Role::PrimeMinister.en()
            ));
            day = next_wd(wc, day, u64::try_from(rng.range(3, 7)).unwrap_or(5));
            let who = higher.clone().unwrap_or_else(|| authority.clone());
            if let Err(r) = apply(&mut case, Event::new(who, day, Action::Approve)) {
                reasons.extend(r.unmet.iter().map(|u| format!("[workflow] {}", u.wrong.en)));
            }
        }
    } else if twist == Twist::Discipline || rng.chance(25) {
        day = next_wd(wc, day, 2);
        let reason = if twist == Twist::Discipline {
            "[discipline] thành viên đoàn đang trong thời hạn thi hành kỷ luật / a member is serving a disciplinary sanction".to_string()
        } else {
            "nội dung, thành phần chưa phù hợp".to_string()
        };
        let _ = apply(
            &mut case,
            Event::new(
                authority.clone(),
                day,
                Action::Refuse {
                    reason: reason.clone(),
                },
            ),
        );
        reasons.push(if reason.starts_with('[') {
            reason
        } else {
            format!("[refused] {reason}")
        });
        return Ran {
            case,
            outcome: CaseOutcome::Refused,
            reasons,
            carried_out: None,
        };
    } else if rng.chance(15) {
        day = next_wd(wc, day, 1);
        let reason = "đối tác thay đổi kế hoạch".to_string();
        let _ = apply(
            &mut case,
            Event::new(
                applicant.clone(),
                day,
                Action::Withdraw {
                    reason: reason.clone(),
                },
            ),
        );
        reasons.push(format!("[withdrawn] {reason}"));
        return Ran {
            case,
            outcome: CaseOutcome::Withdrawn,
            reasons,
            carried_out: None,
        };
    } else {
        let starts = a.day();
        let room = (starts - day).num_days();
        day = next_wd(wc, day, u64::try_from(rng.range(1, 4)).unwrap_or(1));
        if room > 1 && day >= starts {
            day = add_days(starts, -1).max(day.min(starts));
        }
        if let Err(r) = apply(
            &mut case,
            Event::new(authority.clone(), day, Action::Approve),
        ) {
            reasons.extend(r.unmet.iter().map(|u| format!("[workflow] {}", u.wrong.en)));
        }
    }
    if !case.state().implies_approval() {
        return Ran {
            case,
            outcome: CaseOutcome::Pending,
            reasons,
            carried_out: None,
        };
    }
    // Filings due on approval (aid notices), then execution, then the filings after it.
    day = file_open(&mut case, cal, rng, &applicant, day);
    let done = if proc == Procedure::Agreement {
        a.day()
    } else {
        a.ends_on.unwrap_or(a.day())
    }
    .max(day);
    let mut carried = None;
    if proc != Procedure::NgoReply
        && case
            .apply_with(cal, Event::new(applicant.clone(), done, Action::CarryOut))
            .is_ok()
    {
        carried = Some(done);
        file_open(&mut case, cal, rng, &applicant, done);
    }
    Ran {
        case,
        outcome,
        reasons,
        carried_out: carried,
    }
}

/// Files the open obligations of the case as of `day`: most on time, some late, a few never.
/// Returns the day of the last event.
fn file_open(
    case: &mut Case,
    cal: &WorkCalendar,
    rng: &mut SplitMix64,
    applicant: &Actor,
    day: NaiveDate,
) -> NaiveDate {
    let mut filings: Vec<(NaiveDate, DeadlineKind, Role)> = Vec::new();
    for v in case.obligations(day) {
        if v.status != DueStatus::Pending && v.status != DueStatus::Overdue {
            continue;
        }
        let d = &v.deadline;
        let roll = rng.below(1000);
        let on = if roll < 820 {
            let span = (d.due - d.from).num_days().max(0);
            add_days(d.due, -rng.range(0, span / 2))
        } else if roll < 950 {
            add_days(d.due, rng.range(1, 25))
        } else {
            continue;
        };
        filings.push((on.max(day), d.kind, d.owner));
    }
    filings.sort_by_key(|(d, k, _)| (*d, k.code()));
    let mut last = day;
    for (on, kind, owner) in filings {
        let (actor, action) = if DeadlineKind::RESULT_REPORTS.contains(&kind) {
            (applicant.clone(), Action::ReportResult)
        } else if owner == Role::Organiser {
            (applicant.clone(), Action::Discharge { kind })
        } else {
            (
                Actor::body(applicant.id.clone(), owner),
                Action::Discharge { kind },
            )
        };
        if case.apply_with(cal, Event::new(actor, on, action)).is_ok() {
            last = on;
        }
    }
    last
}
