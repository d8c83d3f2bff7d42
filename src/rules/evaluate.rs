//! `evaluate`: from the facts of a proposed activity, a rulebook, a calendar and the history of
//! past activities, the [`Decision`] — tier, competent authority and delegation, consultations
//! with reply deadlines, latest filing date and whether the filing is on time, every violated
//! condition with its citations, the obligations the activity will create, the gaps (unsourced
//! entries met) and the trace.
//!
//! The signature of [`evaluate`] is stable: the workflow calls it at the submission transition.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::history::History;
use crate::law::{Citation, Evidence};
use crate::Label;

use super::deadlines::{DeadlineError, Deadlines};
use super::facts::{ActivityFacts, Facts};
use super::families::{Condition, Due};
use super::resolve::{Query, ResolveError, Trace};
use super::rule::{RuleId, RuleRef, Statement};
use super::{Anchor, Attribute, Period, ReportKind, Role, Rulebook, Step, Subject};
use crate::org::Jurisdiction;

/// The competent authority found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuthorityFinding {
    /// The rule.
    pub rule: RuleId,
    /// The holder of the power.
    pub decides: Role,
    /// Who submits to the holder.
    pub submitted_by: Option<Role>,
    /// The delegate, when a delegation covers the matter.
    pub delegated_to: Option<Role>,
    /// Who actually decides (the delegate or the holder).
    pub effective: Role,
}

/// A consultation to run.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ConsultationPlan {
    /// The rule.
    pub rule: RuleId,
    /// Who consults.
    pub by: Role,
    /// Whom.
    pub consultees: Vec<Role>,
    /// Reply period.
    pub reply_within: Period,
    /// Reply due if the requests go out on the filing day.
    pub reply_by: Option<NaiveDate>,
}

/// A processing step with its period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProcessingPlan {
    /// The rule.
    pub rule: RuleId,
    /// Who acts.
    pub by: Role,
    /// The step.
    pub step: Step,
    /// Within.
    pub within: Period,
    /// Due if counted from the filing day (when counted from a complete dossier).
    pub due: Option<NaiveDate>,
}

/// The escalation path that applies.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EscalationPath {
    /// The rule.
    pub rule: RuleId,
    /// To whom.
    pub to: Role,
    /// Answer period.
    pub answer_within: Option<Period>,
}

/// The filing check of a lead-time rule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filing {
    /// The rule.
    pub rule: RuleId,
    /// The latest filing day.
    pub latest: NaiveDate,
    /// The filing day.
    pub filed_on: NaiveDate,
    /// Whether the filing is on time.
    pub on_time: bool,
}

/// A violated condition: the refusal as data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Violation {
    /// The rule violated.
    pub rule: RuleId,
    /// Its citations.
    pub citations: Vec<Citation>,
    /// Its evidence grade.
    pub evidence: Evidence,
    /// What was wrong.
    pub wrong: Statement,
    /// What would satisfy the rule.
    pub satisfy: Statement,
}

/// An obligation the activity will create.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ObligationDue {
    /// The rule.
    pub rule: RuleId,
    /// What.
    pub report: ReportKind,
    /// By whom.
    pub owed_by: Role,
    /// To whom.
    pub to: Vec<Role>,
    /// The period, for obligations counted from an event.
    pub within: Option<Period>,
    /// The event counted from.
    pub anchor: Option<Anchor>,
    /// The due day, when the facts give the event (or the next yearly due day).
    pub due: Option<NaiveDate>,
}

/// An unsourced entry met while deciding: the engine says so instead of guessing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Gap {
    /// The unsourced rule.
    pub rule: RuleId,
    /// Its statement.
    pub statement: Statement,
    /// Where the figure is expected.
    pub citations: Vec<Citation>,
}

/// The decision on a proposed activity, as of its filing day, under a named rulebook version.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Decision {
    /// The rulebook version it was decided under.
    pub rulebook: String,
    /// The date the rules were taken at.
    pub as_of: NaiveDate,
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The activity kind.
    pub activity: Subject,
    /// The tier: the topic of the authority rule that applied (e.g. `pm_tier`).
    pub tier: Option<String>,
    /// Who decides.
    pub authority: Option<AuthorityFinding>,
    /// Where the matter goes if escalated.
    pub escalations: Vec<EscalationPath>,
    /// Consultations to run.
    pub consultations: Vec<ConsultationPlan>,
    /// Processing periods.
    pub processing: Vec<ProcessingPlan>,
    /// The filing checks.
    pub filings: Vec<Filing>,
    /// Every violated condition.
    pub violations: Vec<Violation>,
    /// Conditions of `Guidance` grade (orientations, not binding rules) that the activity does
    /// not meet: reported, never a ground for refusal.
    pub advisories: Vec<Violation>,
    /// The obligations the activity will create.
    pub obligations: Vec<ObligationDue>,
    /// Unsourced entries met.
    pub gaps: Vec<Gap>,
    /// Deadlines that could not be computed.
    pub notes: Vec<String>,
    /// The trace of the resolution.
    pub trace: Trace,
}

impl Decision {
    /// Whether the request can be decided as filed: a competent authority is named by a
    /// sourced rule, no condition is violated and every filing is on time. A request whose
    /// authority the rulebook does not give (an unsourced entry, or no rule for that date) is
    /// not admissible: the gap is listed in [`Decision::gaps`] and [`Decision::authority`] is
    /// `None`.
    pub fn is_admissible(&self) -> bool {
        self.violations.is_empty() && self.authority.is_some()
    }
    /// The latest filing day (the earliest of the lead-time rules), if any.
    pub fn latest_filing(&self) -> Option<NaiveDate> {
        self.filings.iter().map(|f| f.latest).min()
    }
}

/// Why a decision could not be made (a technical error, not a refusal).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvaluateError {
    /// The jurisdiction does not exist on the filing day.
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    /// The last day is before the first day.
    #[error("field `ends_on`: {ends_on} is before `starts_on` {starts_on}")]
    EndsBeforeStart {
        /// The first day given.
        starts_on: NaiveDate,
        /// The last day given.
        ends_on: NaiveDate,
    },
}

fn st(vi: String, en: String) -> Statement {
    Statement { vi, en }
}

/// Evaluates a proposed activity.
///
/// ```
/// use doingoai::history::History;
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{evaluate, ActivityFacts, Subject, Attribute, Role, Rulebook, WeekdaysOnly};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut f = ActivityFacts::new(Subject::Activity(ActivityKind::InternationalConference), "34:48".parse()?, d(2026, 3, 1));
/// f.attributes = f.attributes.with(Attribute::SensitiveTopic);
/// f.starts_on = Some(d(2026, 3, 20));
/// let dec = evaluate(&f, Rulebook::shipped(), &WeekdaysOnly, &History::default())?;
/// assert_eq!(dec.authority.as_ref().unwrap().decides, Role::PrimeMinister);
/// // 40 days before 20/03/2026 is 08/02/2026: filing on 01/03 is late
/// assert_eq!(dec.latest_filing(), Some(d(2026, 2, 8)));
/// assert!(!dec.is_admissible());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate<F, C>(
    activity: &F,
    rulebook: &Rulebook,
    calendar: &C,
    history: &History,
) -> Result<Decision, EvaluateError>
where
    F: Facts + ?Sized,
    C: Deadlines + ?Sized,
{
    let facts = activity.facts();
    let f: &ActivityFacts = &facts;
    if let (Some(starts_on), Some(ends_on)) = (f.starts_on, f.ends_on) {
        if ends_on < starts_on {
            return Err(EvaluateError::EndsBeforeStart { starts_on, ends_on });
        }
    }
    let q = Query {
        jurisdiction: f.jurisdiction,
        activity: f.kind,
        date: f.filed_on,
        attributes: f.attributes,
        channel: Some(f.channel),
    };
    let res = rulebook.resolve(&q)?;
    let mut d = Decision {
        rulebook: rulebook.version_id(),
        as_of: f.filed_on,
        jurisdiction: f.jurisdiction,
        activity: f.kind,
        tier: None,
        authority: None,
        escalations: vec![],
        consultations: vec![],
        processing: vec![],
        filings: vec![],
        violations: vec![],
        advisories: vec![],
        obligations: vec![],
        gaps: vec![],
        notes: vec![],
        trace: res.trace(),
    };
    d.violations
        .extend(applicant_gone(f).and_then(Violation::body_gone));
    let note = |e: DeadlineError| format!("{e}");
    for r in res.rules() {
        if r.is_unsourced() {
            d.gaps.push(Gap {
                rule: r.id().clone(),
                statement: r.statement().clone(),
                citations: r.citations().to_vec(),
            });
            continue;
        }
        match r {
            RuleRef::Authority(a) => {
                if let Some(v) = &a.value {
                    let delegated = v
                        .delegation
                        .as_ref()
                        .filter(|x| x.covers(f.attributes))
                        .map(|x| x.to);
                    d.tier = Some(a.topic.clone());
                    d.authority = Some(AuthorityFinding {
                        rule: a.id.clone(),
                        decides: v.decides,
                        submitted_by: v.submitted_by,
                        delegated_to: delegated,
                        effective: v.effective_decider(f.attributes),
                    });
                }
            }
            RuleRef::Escalation(e) => {
                if let Some(v) = &e.value {
                    d.escalations.push(EscalationPath {
                        rule: e.id.clone(),
                        to: v.to,
                        answer_within: v.answer_within,
                    });
                }
            }
            RuleRef::Consultation(c) => {
                if let Some(v) = &c.value {
                    let reply_by = match calendar.deadline_after(f.filed_on, v.reply_within) {
                        Ok(x) => Some(x),
                        Err(e) => {
                            d.notes.push(note(e));
                            None
                        }
                    };
                    d.consultations.push(ConsultationPlan {
                        rule: c.id.clone(),
                        by: v.by,
                        consultees: v.consultees.clone(),
                        reply_within: v.reply_within,
                        reply_by,
                    });
                }
            }
            RuleRef::Processing(p) => {
                if let Some(v) = &p.value {
                    let due = if v.from == Anchor::CompleteDossier {
                        calendar
                            .deadline_after(f.filed_on, v.within)
                            .map_err(|e| d.notes.push(note(e)))
                            .ok()
                    } else {
                        None
                    };
                    d.processing.push(ProcessingPlan {
                        rule: p.id.clone(),
                        by: v.by,
                        step: v.step,
                        within: v.within,
                        due,
                    });
                }
            }
            RuleRef::LeadTime(l) => {
                if let Some(v) = &l.value {
                    match anchor_date(f, v.anchor) {
                        Some(target) => match calendar.latest_before(target, v.before) {
                            Ok(latest) => {
                                let on_time = f.filed_on <= latest;
                                if !on_time {
                                    d.violations.push(Violation {
                                        rule: l.id.clone(),
                                        citations: l.citations.clone(),
                                        evidence: l.evidence,
                                        wrong: st(
                                            format!("nộp ngày {}, muộn hơn hạn cuối {} ({} trước {})", f.filed_on.format("%d/%m/%Y"), latest.format("%d/%m/%Y"), super::period_vi(v.before), v.anchor.vi()),
                                            format!("filed on {}, after the latest day {} ({:?} before the {})", f.filed_on, latest, v.before, v.anchor.en()),
                                        ),
                                        satisfy: st(
                                            format!("nộp hồ sơ đầy đủ chậm nhất ngày {} hoặc lùi ngày tổ chức", latest.format("%d/%m/%Y")),
                                            format!("file the complete dossier by {latest} or move the date"),
                                        ),
                                    });
                                }
                                d.filings.push(Filing {
                                    rule: l.id.clone(),
                                    latest,
                                    filed_on: f.filed_on,
                                    on_time,
                                });
                            }
                            Err(e) => d.notes.push(note(e)),
                        },
                        None => d.notes.push(format!(
                            "{}: the facts do not give the {} day; filing not checked",
                            l.id,
                            v.anchor.en()
                        )),
                    }
                }
            }
            RuleRef::Condition(c) => {
                if let Some(v) = &c.value {
                    for (wrong, satisfy) in check(v, f, history, calendar) {
                        let v = Violation {
                            rule: c.id.clone(),
                            citations: c.citations.clone(),
                            evidence: c.evidence,
                            wrong,
                            satisfy,
                        };
                        if c.evidence == Evidence::Guidance {
                            d.advisories.push(v);
                        } else {
                            d.violations.push(v);
                        }
                    }
                }
            }
            RuleRef::Obligation(o) => {
                if let Some(v) = &o.value {
                    let (within, anchor, due) = match &v.due {
                        Due::After { anchor, within } => {
                            let due = anchor_date(f, *anchor).and_then(|a| {
                                calendar
                                    .deadline_after(a, *within)
                                    .map_err(|e| d.notes.push(note(e)))
                                    .ok()
                            });
                            (Some(*within), Some(*anchor), due)
                        }
                        Due::Before { anchor, at_least } => {
                            let due = anchor_date(f, *anchor).and_then(|a| {
                                calendar
                                    .latest_before(a, *at_least)
                                    .map_err(|e| d.notes.push(note(e)))
                                    .ok()
                            });
                            (Some(*at_least), Some(*anchor), due)
                        }
                        y @ Due::Yearly { .. } => (
                            None,
                            None,
                            y.next_yearly_due(f.starts_on.unwrap_or(f.filed_on))
                                .map(|x| x.1),
                        ),
                    };
                    d.obligations.push(ObligationDue {
                        rule: o.id.clone(),
                        report: v.report,
                        owed_by: v.owed_by,
                        to: v.to.clone(),
                        within,
                        anchor,
                        due,
                    });
                }
            }
        }
    }
    Ok(d)
}

/// The rule id under which a request filed by a body that no longer exists is reported
/// (the check is [`check_exists`](crate::org::check_exists), not a rule of the rulebook).
pub const BODY_EXISTS_RULE: &str = "org.body_exists";

/// The applicant of the request, if it is a body that no longer exists on the filing day:
/// the body, its last day and its successor, as data.
pub fn applicant_gone(f: &ActivityFacts) -> Option<crate::org::BodyGone> {
    f.applicant.as_ref()?.check_exists(f.filed_on).err()
}

impl Violation {
    /// The refusal of a request filed by a body that no longer exists, under
    /// [`BODY_EXISTS_RULE`] (a well-formed id: `None` cannot happen).
    pub fn body_gone(g: crate::org::BodyGone) -> Option<Violation> {
        Some(Violation {
            rule: RuleId::parse(BODY_EXISTS_RULE).ok()?,
            wrong: st(g.vi(), g.to_string()),
            satisfy: st(g.remedy_vi(), g.remedy_en()),
            evidence: g.evidence,
            citations: g.citations,
        })
    }
}

fn anchor_date(f: &ActivityFacts, a: Anchor) -> Option<NaiveDate> {
    match a {
        Anchor::Start | Anchor::Entry | Anchor::Signing => f.starts_on,
        Anchor::End => f.ends_on.or(f.starts_on),
        Anchor::Expiry => f.expiry,
        _ => None,
    }
}

fn check<C: Deadlines + ?Sized>(
    c: &Condition,
    f: &ActivityFacts,
    h: &History,
    cal: &C,
) -> Vec<(Statement, Statement)> {
    let mut out = Vec::new();
    let year = f.starts_on.unwrap_or(f.filed_on).year();
    match c {
        Condition::NoSanctionAtLeast { level } => {
            for p in f
                .participants
                .iter()
                .filter(|p| p.serving_sanction.is_some_and(|s| s >= *level))
            {
                let s = p.serving_sanction.map(|s| s.vi()).unwrap_or_default();
                out.push((
                    st(
                        format!("{} đang chịu kỷ luật {}", p.person, s),
                        format!(
                            "{} is serving a sanction ({})",
                            p.person,
                            p.serving_sanction.map(|s| s.en()).unwrap_or_default()
                        ),
                    ),
                    st(
                        format!("không cử {} cho đến khi hết thời hạn kỷ luật", p.person),
                        format!("leave {} out until the sanction ends", p.person),
                    ),
                ));
            }
        }
        Condition::NoExitSuspension => {
            for p in f.participants.iter().filter(|p| p.exit_suspended) {
                out.push((
                    st(
                        format!("{} đang bị tạm hoãn xuất cảnh", p.person),
                        format!("{} is under an exit suspension", p.person),
                    ),
                    st(
                        format!("không cử {} khi chưa hủy tạm hoãn xuất cảnh", p.person),
                        format!("leave {} out until the suspension is lifted", p.person),
                    ),
                ));
            }
        }
        Condition::MaxTripsPerPersonPerYear { max } => {
            for p in &f.participants {
                let n = h.trips_in_year(&p.person, year);
                if n + 1 > *max {
                    out.push((
                        st(format!("{} đã đi {n} chuyến trong năm {year}; chuyến này vượt giới hạn {max}", p.person), format!("{} already made {n} trips in {year}; this one exceeds the cap of {max}", p.person)),
                        st(format!("thay {} hoặc xin ý kiến cấp có thẩm quyền cho trường hợp thật cần thiết", p.person), format!("replace {} or obtain the competent level's exception", p.person)),
                    ));
                }
            }
        }
        Condition::MaxLeaderTripsPerYear { max } => {
            for p in f.participants.iter().filter(|p| p.leader) {
                let n = h.trips_in_year(&p.person, year);
                if n + 1 > *max {
                    out.push((
                        st(
                            format!(
                                "lãnh đạo {} đã đi {n} chuyến trong năm {year} (tối đa {max})",
                                p.person
                            ),
                            format!(
                                "leader {} already made {n} trips in {year} (cap {max})",
                                p.person
                            ),
                        ),
                        st(
                            "chỉ đi quá giới hạn khi thật cần thiết, được cấp có thẩm quyền đồng ý"
                                .to_string(),
                            "exceed only when truly necessary, with the competent level's consent"
                                .to_string(),
                        ),
                    ));
                }
            }
        }
        Condition::MaxDelegationSize { head, max } => {
            let applies = *head == super::HeadRank::Any || f.head_rank == Some(*head);
            let n = f.participants.len() as u32;
            if applies && n > *max {
                out.push((
                    st(
                        format!("đoàn có {n} người, vượt {max} ({})", head.vi()),
                        format!("the delegation has {n} members, over {max} ({})", head.en()),
                    ),
                    st(
                        format!("giảm thành phần đoàn xuống {max} người"),
                        format!("reduce the delegation to {max}"),
                    ),
                ));
            }
        }
        Condition::MaxDaysPerCountry {
            max,
            major_event_max,
        } => {
            let cap = if f.attributes.contains(Attribute::MajorEvent) {
                major_event_max.unwrap_or(*max)
            } else {
                *max
            };
            for s in f.countries.iter().filter(|s| s.days > cap) {
                out.push((
                    st(
                        format!("ở {} {} ngày, vượt {cap} ngày", s.country, s.days),
                        format!("{} days in {}, over {cap}", s.days, s.country),
                    ),
                    st(
                        format!("rút ngắn thời gian ở {} xuống {cap} ngày", s.country),
                        format!("shorten the stay in {} to {cap} days", s.country),
                    ),
                ));
            }
        }
        Condition::MaxCountriesPerTrip { max } => {
            let n = f.countries.len() as u32;
            if n > *max {
                out.push((
                    st(
                        format!("chuyến đi {n} nước, vượt {max}"),
                        format!("{n} countries, over {max}"),
                    ),
                    st(
                        format!("giảm xuống {max} nước"),
                        format!("visit at most {max} countries"),
                    ),
                ));
            }
        }
        Condition::MaxTripLength { max } => {
            if let (Some(s), Some(e)) = (f.starts_on, f.ends_on) {
                let limit = s.pred_opt().and_then(|p| cal.deadline_after(p, *max).ok());
                if let Some(limit) = limit.filter(|l| e > *l) {
                    out.push((
                        st(
                            format!(
                                "chuyến đi kết thúc {}, quá {} (hạn {})",
                                e.format("%d/%m/%Y"),
                                super::period_vi(*max),
                                limit.format("%d/%m/%Y")
                            ),
                            format!("the trip ends {e}, beyond {max:?} (limit {limit})"),
                        ),
                        st(
                            format!(
                                "kết thúc chuyến đi chậm nhất ngày {}",
                                limit.format("%d/%m/%Y")
                            ),
                            format!("end the trip by {limit}"),
                        ),
                    ));
                }
            }
        }
        Condition::NoTwoKeyLeadersTogether => {
            let mut per_unit: HashMap<&str, Vec<&str>> = HashMap::new();
            for p in f.participants.iter().filter(|p| p.key_leader) {
                per_unit
                    .entry(p.unit.as_str())
                    .or_default()
                    .push(p.person.as_str());
            }
            let mut units: Vec<_> = per_unit.into_iter().filter(|(_, v)| v.len() > 1).collect();
            units.sort();
            for (unit, people) in units {
                out.push((
                    st(
                        format!(
                            "{} lãnh đạo chủ chốt của {unit} cùng đoàn: {}",
                            people.len(),
                            people.join(", ")
                        ),
                        format!(
                            "{} key leaders of {unit} in one delegation: {}",
                            people.len(),
                            people.join(", ")
                        ),
                    ),
                    st(
                        format!("chỉ cử một lãnh đạo chủ chốt của {unit}"),
                        format!("send only one key leader of {unit}"),
                    ),
                ));
            }
        }
        Condition::NoRelatives => {
            for p in f.participants.iter().filter(|p| p.relative_of.is_some()) {
                let of = p.relative_of.clone().unwrap_or_default();
                out.push((
                    st(format!("{} là người thân của {of}", p.person), format!("{} is a relative of {of}", p.person)),
                    st("không đưa người thân đi cùng, trừ trường hợp đặc biệt do cấp có thẩm quyền quyết định".to_string(), "leave relatives out unless the competent level decides a special case".to_string()),
                ));
            }
        }
        Condition::NoEnterpriseFunded => {
            if f.enterprise_funded {
                out.push((
                    st(
                        "đoàn do doanh nghiệp tổ chức, tài trợ hoặc mời đích danh".to_string(),
                        "organised, funded or invited by an enterprise".to_string(),
                    ),
                    st(
                        "không tham gia; dùng kinh phí nhà nước theo kế hoạch".to_string(),
                        "do not go; use planned state funding".to_string(),
                    ),
                ));
            }
        }
        Condition::MaxOutOfPlanPerYear { max } => {
            if f.in_plan == Some(false) {
                let n = h.out_of_plan_in_year(f.jurisdiction, year);
                if n + 1 > *max {
                    out.push((
                        st(
                            format!("đã có {n} đoàn ngoài kế hoạch năm {year}; giới hạn {max}"),
                            format!("{n} out-of-plan delegations already in {year}; cap {max}"),
                        ),
                        st(
                            "đưa vào kế hoạch năm sau hoặc hủy".to_string(),
                            "put it in next year's plan or drop it".to_string(),
                        ),
                    ));
                }
            }
        }
        Condition::InAnnualPlan => {
            if f.in_plan == Some(false) {
                out.push((
                    st(
                        "hoạt động ngoài kế hoạch đối ngoại hằng năm".to_string(),
                        "outside the annual external-affairs plan".to_string(),
                    ),
                    st(
                        "xin phê duyệt riêng của cấp có thẩm quyền".to_string(),
                        "obtain a separate approval of the competent level".to_string(),
                    ),
                ));
            }
        }
        Condition::ProposalRequired => {
            if f.proposal_attached == Some(false) {
                out.push((
                    st(
                        "thiếu đề án (mục đích, đối tác, nội dung, chương trình)".to_string(),
                        "no proposal (purpose, partner, content, programme)".to_string(),
                    ),
                    st(
                        "bổ sung đề án".to_string(),
                        "attach the proposal".to_string(),
                    ),
                ));
            }
        }
        Condition::OpinionRequired { of } => {
            if !f.opinions.contains(of) {
                out.push((
                    st(
                        format!("chưa có ý kiến của {}", of.vi()),
                        format!("no opinion of the {} yet", of.en()),
                    ),
                    st(
                        format!("xin ý kiến {} trước khi trình", of.vi()),
                        format!("obtain the {}'s opinion first", of.en()),
                    ),
                ));
            }
        }
    }
    out
}
