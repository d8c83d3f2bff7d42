//! `evaluate`: from the facts of a proposed activity, a rulebook, a calendar and the history of
//! past activities, the [`Decision`] — tier, competent authority and delegation, consultations
//! with reply deadlines, latest filing date and whether the filing is on time, every violated
//! condition with its citations, the obligations the activity will create, the gaps (unsourced
//! entries met) and the trace.
//!
//! The signature of [`evaluate`] is stable: the workflow calls it at the submission transition.

use chrono::NaiveDate;

use crate::calendar::{DeadlineError, Deadlines};
use crate::history::History;
use crate::law::{Citation, Citations, Evidence, Validity};

use super::facts::FlatFacts;
use super::families::Due;
use super::finding::{text, Finding, FindingKind};
use super::resolve::{Query, ResolveError};
use super::rule::{RuleId, RuleRef, Statement};
use super::trace::LazyTrace;
use super::{
    Anchor, Attribute, DecisionTier, Family, Period, ReportKind, Role, Rulebook, Step, Subject,
};
use crate::activity::ProposedActivity;
use crate::org::Jurisdiction;
use crate::Label;

/// A delegation of the authority's power that does not apply to this request: one of its
/// exceptions holds, so the holder of the power decides.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WithheldDelegation {
    /// The delegate the power would have gone to.
    pub to: Role,
    /// The attributes of the request that the delegation excepts.
    pub excepted: Vec<Attribute>,
}

/// The competent authority found.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorityFinding {
    /// The rule.
    pub rule: RuleId,
    /// The holder of the power.
    pub decides: Role,
    /// Who submits to the holder.
    pub submitted_by: Option<Role>,
    /// The delegate, when a delegation covers the matter.
    pub delegated_to: Option<Role>,
    /// The delegation the rule provides that does not cover this matter, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<WithheldDelegation>,
    /// Who actually decides (the delegate or the holder).
    pub effective: Role,
    /// The period the rule is in force.
    pub validity: Validity,
    /// The rule's citations (the power, then the delegation, when the rule has one).
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
}

/// A consultation to run.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// The rule's citations.
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
    /// Whether silence after the period counts as consent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub silence_is_consent: bool,
    /// The longest extension of the reply period the rule allows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Period>,
}

/// A processing step with its period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// The rule's citations.
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
}

/// The escalation path that applies.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EscalationPath {
    /// The rule.
    pub rule: RuleId,
    /// To whom.
    pub to: Role,
    /// Answer period.
    pub answer_within: Option<Period>,
    /// The rule's citations.
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
}

/// The filing check of a lead-time rule.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Filing {
    /// The rule.
    pub rule: RuleId,
    /// The latest filing day.
    pub latest: NaiveDate,
    /// The filing day.
    pub filed_on: NaiveDate,
    /// Whether the filing is on time.
    pub on_time: bool,
    /// The lead time.
    pub lead: Period,
    /// The event the lead time counts back from.
    pub anchor: Anchor,
    /// The day of that event.
    pub anchor_on: NaiveDate,
    /// Whose agency the dossier is filed with.
    pub filed_with: Role,
    /// The rule's citations.
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
}

/// An obligation the activity will create.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObligationDue {
    /// The rule.
    pub rule: RuleId,
    /// What.
    pub report: ReportKind,
    /// By whom.
    pub owed_by: Role,
    /// To whom (the first is the addressee, the others get copies).
    pub to: Vec<Role>,
    /// The period, for obligations counted from an event.
    pub within: Option<Period>,
    /// The event counted from.
    pub anchor: Option<Anchor>,
    /// The due day, when the facts give the event (or the next yearly due day).
    pub due: Option<NaiveDate>,
    /// The rule's citations.
    pub citations: Citations,
    /// The rule's evidence grade.
    pub evidence: Evidence,
}

/// An unsourced entry met while deciding: the engine says so instead of guessing.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Gap {
    /// The unsourced rule.
    pub rule: RuleId,
    /// Its family.
    pub family: Family,
    /// Its statement.
    pub statement: Statement,
    /// Where the figure is expected.
    pub citations: Citations,
    /// The evidence grade of the entry.
    pub evidence: Evidence,
}

/// The decision on a proposed activity, as of its filing day, under a named rulebook version.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Decision {
    /// The rulebook version it was decided under.
    pub rulebook: String,
    /// The date the rules were taken at.
    pub as_of: NaiveDate,
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The activity kind.
    pub activity: Subject,
    /// The tier that decides, from the authority found and the request's attributes
    /// ([`DecisionTier::of`]); `None` when no sourced rule names the authority.
    pub tier: Option<DecisionTier>,
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
    /// Every unmet condition (including a late filing and a missing sourced authority).
    pub violations: Vec<Finding>,
    /// Conditions of `Guidance` grade (orientations, not binding rules) that the activity does
    /// not meet: reported, never a ground for refusal.
    pub advisories: Vec<Finding>,
    /// The obligations the activity will create.
    pub obligations: Vec<ObligationDue>,
    /// Unsourced entries met.
    pub gaps: Vec<Gap>,
    /// Deadlines that could not be computed.
    pub notes: Vec<String>,
    /// The trace of the resolution.
    // Expanded when read (`LazyTrace::to_trace`); its JSON form and schema are the `Trace`'s.
    #[cfg_attr(feature = "schema", schemars(with = "super::Trace"))]
    pub trace: LazyTrace,
    /// Set when the activity is outside the instrument that governs its kind (a conference
    /// held online with no end point in Vietnam, QĐ 06/2020/QĐ-TTg Art. 2(1)): nothing is to be
    /// decided, and the other fields are empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_scope: Option<OutOfScope>,
}

/// Why an activity is outside the instrument that governs its kind.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct OutOfScope {
    /// The provision that delimits the scope.
    pub citations: Citations,
    /// The evidence grade of the reading.
    pub evidence: Evidence,
    /// Why, in Vietnamese and English.
    pub why: Statement,
}

impl Decision {
    /// Whether the request can be decided as filed: a competent authority is named by a
    /// sourced rule, no condition is violated and every filing is on time. A request whose
    /// authority the rulebook does not give (an unsourced entry, or no rule for that date) is
    /// not admissible: a [`FindingKind::NoSourcedRule`] is among the violations, the gap is
    /// listed in [`Decision::gaps`] and [`Decision::authority`] is `None`.
    pub fn is_admissible(&self) -> bool {
        self.violations.is_empty() && self.authority.is_some()
    }
    /// Whether the activity is outside the instrument that governs its kind
    /// ([`Decision::out_of_scope`]): nothing is to be decided.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, ConferenceMode, Details, ForeignRank, ProposedActivity};
    /// use doingoai::{evaluate, history::History, Rulebook, WorkCalendar};
    /// use chrono::NaiveDate;
    /// let webinar = ProposedActivity::new("HT-9", ActivityKind::InternationalConference, "34:48".parse()?,
    ///         NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
    ///     .details(Details::conference(ForeignRank::Other).mode(ConferenceMode::OnlineNoEndInVietnam));
    /// let d = evaluate(&webinar, Rulebook::shipped(), &WorkCalendar::state_agency(), &History::default())?;
    /// assert!(d.is_out_of_scope());
    /// let why = d.out_of_scope.as_ref().unwrap();
    /// assert_eq!(why.citations[0].en(), "Art. 2(1) 06/2020/QĐ-TTg");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_out_of_scope(&self) -> bool {
        self.out_of_scope.is_some()
    }
    /// The latest filing day (the earliest of the lead-time rules), if any.
    pub fn latest_filing(&self) -> Option<NaiveDate> {
        self.filings.iter().map(|f| f.latest).min()
    }
    /// Every citation the decision rests on, once each, in this order: the authority, the
    /// escalations, the consultations, the processing periods, the filings, the violations,
    /// the advisories, the obligations and the gaps.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, ConferenceMode, Details, ForeignRank, ProposedActivity};
    /// use doingoai::history::History;
    /// use doingoai::rules::{evaluate, Rulebook, WeekdaysOnly};
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let conf = ProposedActivity::new("HT-1", ActivityKind::InternationalConference, "34:48".parse()?, d(2026, 1, 5))
    ///     .runs(d(2026, 3, 20), d(2026, 3, 21))
    ///     .details(Details::Conference { mode: ConferenceMode::InPerson, foreign_rank: ForeignRank::Minister,
    ///         topics: vec![], chaired_by_ppc: false, front_or_mass_organisation: false, hosting_approval: false });
    /// let dec = evaluate(&conf, Rulebook::shipped(), &WeekdaysOnly, &History::default())?;
    /// let all: Vec<String> = dec.citations().iter().map(|c| c.to_string()).collect();
    /// assert_eq!(all[0], "khoản 1 Điều 3 06/2020/QĐ-TTg");
    /// assert!(all.contains(&"điểm a khoản 1 Điều 4 06/2020/QĐ-TTg".to_string()));
    /// // the conference result report, to the Chairman with a copy to MOFA
    /// assert!(all.contains(&"điểm c khoản 2 Điều 4 06/2020/QĐ-TTg".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn citations(&self) -> Vec<&Citation> {
        let lists = self
            .authority
            .iter()
            .map(|a| a.citations.as_slice())
            .chain(self.escalations.iter().map(|e| e.citations.as_slice()))
            .chain(self.consultations.iter().map(|c| c.citations.as_slice()))
            .chain(self.processing.iter().map(|p| p.citations.as_slice()))
            .chain(self.filings.iter().map(|f| f.citations.as_slice()))
            .chain(self.violations.iter().map(|v| v.citations.as_slice()))
            .chain(self.advisories.iter().map(|v| v.citations.as_slice()))
            .chain(self.obligations.iter().map(|o| o.citations.as_slice()))
            .chain(self.gaps.iter().map(|g| g.citations.as_slice()));
        let mut out: Vec<&Citation> = Vec::new();
        for c in lists.flatten() {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
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
    /// The request cannot be real ([`ProposedActivity::validate`]): the field and what is
    /// wrong with it.
    #[error(transparent)]
    Invalid(crate::activity::InvalidActivity),
}

impl From<crate::activity::InvalidActivity> for EvaluateError {
    /// A reversed pair of days keeps its own variant ([`EvaluateError::EndsBeforeStart`]);
    /// every other refusal is [`EvaluateError::Invalid`].
    fn from(e: crate::activity::InvalidActivity) -> Self {
        match e.problem {
            crate::activity::Problem::EndsBeforeStart { starts_on, ends_on } => {
                EvaluateError::EndsBeforeStart { starts_on, ends_on }
            }
            _ => EvaluateError::Invalid(e),
        }
    }
}

/// Evaluates a proposed activity: the one input ([`ProposedActivity`]) is lowered to the flat
/// facts the rules read (the subject, the attributes deciding which rule applies, the
/// participants' sanctions and exit suspensions during the activity, …) and checked against
/// the rules in force on its filing day.
///
/// ```
/// use doingoai::history::History;
/// use doingoai::activity::{ActivityKind, ConferenceMode, Details, ForeignRank, ProposedActivity, SensitiveTopic};
/// use doingoai::rules::{evaluate, Role, Rulebook, WeekdaysOnly};
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let conf = ProposedActivity::new("HT-2", ActivityKind::InternationalConference, "34:48".parse()?, d(2026, 3, 1))
///     .starts(d(2026, 3, 20))
///     .details(Details::Conference { mode: ConferenceMode::InPerson, foreign_rank: ForeignRank::Other,
///         topics: vec![SensitiveTopic::Religion], chaired_by_ppc: false, front_or_mass_organisation: false,
///         hosting_approval: false });
/// let dec = evaluate(&conf, Rulebook::shipped(), &WeekdaysOnly, &History::default())?;
/// assert_eq!(dec.authority.as_ref().unwrap().decides, Role::PrimeMinister);
/// // 40 days before 20/03/2026 is 08/02/2026: filing on 01/03 is late
/// assert_eq!(dec.latest_filing(), Some(d(2026, 2, 8)));
/// assert!(!dec.is_admissible());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate<C>(
    activity: &ProposedActivity,
    rulebook: &Rulebook,
    calendar: &C,
    history: &History,
) -> Result<Decision, EvaluateError>
where
    C: Deadlines + ?Sized,
{
    activity.validate()?;
    evaluate_flat(&activity.facts(), rulebook, calendar, history)
}

/// [`evaluate`] on the flat facts.
pub(crate) fn evaluate_flat<C>(
    f: &FlatFacts,
    rulebook: &Rulebook,
    calendar: &C,
    history: &History,
) -> Result<Decision, EvaluateError>
where
    C: Deadlines + ?Sized,
{
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
    let rules = rulebook.applying(&q)?;
    crate::activity::within_calendar(f.filed_on, f.starts_on, f.ends_on, calendar)?;
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
        trace: LazyTrace::new(rulebook.index.clone(), rulebook.version_id.clone(), q),
        out_of_scope: None,
    };
    if f.no_end_in_vietnam
        && f.kind == Subject::Activity(crate::ActivityKind::InternationalConference)
    {
        d.out_of_scope = Some(OutOfScope {
            citations: vec![Citation::article("06/2020/QĐ-TTg", 2).clause(1)].into(),
            evidence: Evidence::Codification,
            why: text(
                "hội nghị trực tuyến không có đầu cầu thuộc lãnh thổ Việt Nam không phải là hội nghị, hội thảo quốc tế theo khoản 1 Điều 2 QĐ 06/2020/QĐ-TTg (\"…theo hình thức trực tuyến với ít nhất một đầu cầu thuộc lãnh thổ Việt Nam\"): không phải xin phép theo Quyết định này",
                "an online conference with no end point in Vietnam is not an international conference under QĐ 06/2020/QĐ-TTg Art. 2(1) (\"…online with at least one end point on Vietnamese territory\"): no permission under that Decision",
            ),
        });
        return Ok(d);
    }
    d.violations.extend(gone(f).map(Finding::from));
    if f.shortened_without_ground {
        d.violations.push(
            Finding::new(
                FindingKind::ShortenedWithoutGround,
                text(
                    "đề nghị áp dụng trình tự, thủ tục rút gọn nhưng không nêu căn cứ theo khoản 2 Điều 35 Luật Thỏa thuận quốc tế",
                    "the shortened procedure is asked for without a ground of Art. 35(2) of the Law on International Agreements",
                ),
                text(
                    "nêu căn cứ (ký trong chuyến thăm của đoàn cấp cao; xử lý gấp do yêu cầu chính trị, đối ngoại, cứu trợ khẩn cấp, khắc phục hậu quả thiên tai, thảm họa, dịch bệnh) hoặc theo trình tự, thủ tục thông thường",
                    "state the ground (signing during a high-level visit; urgency for political or foreign-affairs reasons, emergency relief, recovery from a disaster or epidemic) or follow the normal procedure",
                ),
            )
            .cite(Citation::article("70/2020/QH14", 35).clause(2))
            .cite(Citation::article("70/2020/QH14", 39))
            .graded(Some(Evidence::Codification)),
        );
    }
    let note = |e: DeadlineError| format!("{e}");
    for r in rules {
        if r.is_unsourced() {
            d.gaps.push(Gap {
                rule: r.id().clone(),
                family: r.family(),
                statement: r.statement().clone(),
                citations: r.shared_citations().clone(),
                evidence: r.evidence(),
            });
            continue;
        }
        match r {
            RuleRef::Authority(a) => {
                if let Some(v) = &a.value {
                    let withheld = v
                        .delegation
                        .as_ref()
                        .filter(|x| !x.covers(f.attributes))
                        .map(|x| WithheldDelegation {
                            to: x.to,
                            excepted: x
                                .except
                                .iter()
                                .filter(|t| f.attributes.contains(*t))
                                .collect(),
                        });
                    let delegated = v
                        .delegation
                        .as_ref()
                        .filter(|x| x.covers(f.attributes))
                        .map(|x| x.to);
                    d.tier = Some(DecisionTier::of(v.decides, f.attributes, f.channel));
                    d.authority = Some(AuthorityFinding {
                        rule: a.id.clone(),
                        decides: v.decides,
                        submitted_by: v.submitted_by,
                        delegated_to: delegated,
                        withheld,
                        effective: v.effective_decider(f.attributes),
                        validity: a.validity,
                        citations: a.citations.clone(),
                        evidence: a.evidence,
                    });
                }
            }
            RuleRef::Escalation(e) => {
                if let Some(v) = &e.value {
                    d.escalations.push(EscalationPath {
                        rule: e.id.clone(),
                        to: v.to,
                        answer_within: v.answer_within,
                        citations: e.citations.clone(),
                        evidence: e.evidence,
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
                        citations: c.citations.clone(),
                        evidence: c.evidence,
                        silence_is_consent: v.silence_is_consent,
                        extension: v.extension,
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
                        citations: p.citations.clone(),
                        evidence: p.evidence,
                    });
                }
            }
            RuleRef::LeadTime(l) => {
                let Some(v) = &l.value else { continue };
                let Some(target) = anchor_date(f, v.anchor) else {
                    d.notes.push(format!(
                        "{}: the facts do not give the {} day; filing not checked",
                        l.id,
                        v.anchor.en()
                    ));
                    continue;
                };
                match calendar.latest_before(target, v.before) {
                    Ok(latest) => {
                        let on_time = f.filed_on <= latest;
                        if !on_time {
                            d.violations.push(
                                Finding::late(latest, f.filed_on, v.before, v.anchor, Some(target))
                                    .under(l.id.clone(), &l.citations, l.evidence),
                            );
                        }
                        d.filings.push(Filing {
                            rule: l.id.clone(),
                            latest,
                            filed_on: f.filed_on,
                            on_time,
                            lead: v.before,
                            anchor: v.anchor,
                            anchor_on: target,
                            filed_with: v.filed_with,
                            citations: l.citations.clone(),
                            evidence: l.evidence,
                        });
                    }
                    Err(e) => d.notes.push(note(e)),
                }
            }
            RuleRef::Condition(c) => {
                let Some(v) = &c.value else { continue };
                for found in v.check_flat(f, history, calendar) {
                    let found = found.under(c.id.clone(), &c.citations, c.evidence);
                    if c.evidence == Evidence::Guidance {
                        d.advisories.push(found);
                    } else {
                        d.violations.push(found);
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
                        citations: o.citations.clone(),
                        evidence: o.evidence,
                    });
                }
            }
        }
    }
    if d.authority.is_none() {
        d.violations.push(no_sourced_authority(&d));
    }
    Ok(d)
}

/// The finding of a request whose competent authority no sourced rule names: under the
/// unsourced entry when the rulebook has one (it cites where the figure is expected).
fn no_sourced_authority(d: &Decision) -> Finding {
    let on = d.as_of.format("%d/%m/%Y");
    let found = Finding::new(
        FindingKind::NoSourcedRule {
            family: Family::Authority,
            subject: d.activity,
            jurisdiction: d.jurisdiction,
            on: d.as_of,
        },
        text(
            format!(
                "không có quy định có nguồn nào xác định cấp có thẩm quyền đối với {} tại {} ngày {on}",
                d.activity.vi(),
                d.jurisdiction
            ),
            format!(
                "no sourced rule names the competent authority for {} in {} on {on}",
                d.activity.en(),
                d.jurisdiction
            ),
        ),
        text(
            "bổ sung quy định cho địa bàn và thời điểm này (không được suy đoán)",
            "complete the rulebook for this jurisdiction and date (the figure must not be guessed)",
        ),
    );
    match d.gaps.iter().find(|g| g.family == Family::Authority) {
        Some(g) => found.under(g.rule.clone(), &g.citations, g.evidence),
        None => found,
    }
}

/// The applicant of the request, if it is a body that no longer exists on the filing day:
/// the body, its last day, its successor, the instruments that ended it and how the end is
/// known, as data ([`Finding::from`] turns it into a [`FindingKind::BodyGone`] finding).
pub fn applicant_gone(activity: &ProposedActivity) -> Option<crate::org::BodyGone> {
    activity
        .applicant
        .as_ref()?
        .check_exists(activity.filed_on)
        .err()
}

fn gone(f: &FlatFacts) -> Option<crate::org::BodyGone> {
    f.applicant.as_ref()?.check_exists(f.filed_on).err()
}

fn anchor_date(f: &FlatFacts, a: Anchor) -> Option<NaiveDate> {
    match a {
        Anchor::Start | Anchor::Entry | Anchor::Signing => f.starts_on,
        Anchor::End => f.ends_on.or(f.starts_on),
        Anchor::Expiry => f.expiry,
        _ => None,
    }
}
