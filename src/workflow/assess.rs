//! The wiring to the rulebook: [`assess`] runs [`rules::evaluate`](crate::rules::evaluate) on
//! the facts of a proposed activity and turns the [`Decision`] into the [`Assessment`] a case
//! is submitted under. Nothing here decides a figure: tier, authority, delegation,
//! consultations, periods, filing date, violations and obligations all come from the rulebook.
//!
//! What the workflow adds:
//! * the escalation that only applies once a consultee objects (e.g. Luật 70/2020 Art. 19(4))
//!   is looked up ahead, with the `consultee_objects` attribute, and armed `on_objection`;
//! * the lead-time violation is left to the case, which checks the filing day against the
//!   latest filing date at the act date (so it is listed once);
//! * when no sourced rule names the competent authority, the assessment carries a
//!   [`Condition::NoRule`] violation and the submission is refused with it, instead of a guess.
//!
//! ```
//! use doingoai::history::History;
//! use doingoai::activity::ActivityKind;
//! use doingoai::rules::{ActivityFacts, Attribute, Role, Rulebook, Subject};
//! use doingoai::workflow::{assess, Procedure};
//! use doingoai::{Channel, WorkCalendar};
//! use chrono::NaiveDate;
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut f = ActivityFacts::new(Subject::Activity(ActivityKind::InternationalAgreement), "34:48".parse()?, d(2025, 9, 1));
//! f.attributes = f.attributes.with(Attribute::InNameOfPpc);
//! let a = assess(&f, Procedure::Agreement, Rulebook::shipped(), &WorkCalendar::state_agency(), &History::default())?;
//! assert_eq!(a.authority.role, Role::ProvincialChairman);
//! assert!(a.consultations.iter().any(|c| c.consultee == Role::Mofa));
//! assert_eq!(a.escalation.as_ref().map(|e| e.authority.role), Some(Role::PrimeMinister));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::calendar::{Period, WorkCalendar};
use crate::history::History;
use crate::law::Citation;
use crate::org::Channel;
use crate::rules::{
    self, Anchor, Attribute, Decision, EvaluateError, Facts, Family, Query, ReportKind, Rulebook,
    Step, Subject,
};
use crate::Label;

use super::{
    Assessment, Authority, Condition, DeadlineKind, DecisionClock, DecisionLimit, Escalation,
    Filing, Grant, ObligationRule, Procedure, Role, Tier, TimeLimit, Trigger, Unmet,
};

/// The rulebook counts in the calendar's periods.
fn period(p: Period) -> Option<Period> {
    Some(p)
}

impl Procedure {
    /// The procedure that runs an activity of a rule subject, if any (the procedure of its
    /// activity kind, [`Procedure::for_kind`]).
    pub fn for_subject(subject: Subject) -> Option<Procedure> {
        subject.activity_kind().and_then(Procedure::for_kind)
    }
}

/// Evaluates the facts with the rulebook and the calendar, and builds the assessment of a case
/// of `procedure` (see the module docs).
pub fn assess<F: Facts + ?Sized>(
    activity: &F,
    procedure: Procedure,
    rulebook: &Rulebook,
    cal: &WorkCalendar,
    history: &History,
) -> Result<Assessment, EvaluateError> {
    let decision = rules::evaluate(activity, rulebook, cal, history)?;
    let facts = activity.facts();
    let mut a = Assessment::from_decision(&decision, procedure, facts.channel, rulebook);
    // the escalation that applies once a consultee objects
    if a.escalation.is_none() && !facts.attributes.contains(Attribute::ConsulteeObjects) {
        let q = Query {
            jurisdiction: facts.jurisdiction,
            activity: facts.kind,
            date: facts.filed_on,
            attributes: facts.attributes.with(Attribute::ConsulteeObjects),
            channel: Some(facts.channel),
        };
        if let Ok(res) = rulebook.resolve(&q) {
            if let Some(e) = res
                .family::<rules::Escalation>()
                .find(|e| e.value.is_some())
            {
                if let Some(v) = &e.value {
                    a.escalation = Some(Escalation {
                        authority: Authority::new(v.to, first(&e.citations)),
                        on_objection: true,
                        decision: v
                            .answer_within
                            .and_then(period)
                            .map(|p| TimeLimit::new(p, first(&e.citations))),
                    });
                    a.citations.extend(e.citations.iter().cloned());
                }
            }
        }
    }
    Ok(a)
}

/// The first citation of a rule; a rule of the rulebook always has one (validated).
fn first(c: &[Citation]) -> Citation {
    c.first()
        .cloned()
        .unwrap_or_else(|| Citation::instrument("67/2011/QĐ-TTg"))
}

fn cites(rulebook: &Rulebook, id: &rules::RuleId) -> Vec<Citation> {
    rulebook
        .get(id.as_str())
        .map(|r| r.citations().to_vec())
        .unwrap_or_default()
}

fn tier_of(decision: &Decision, channel: Channel, decides: Option<Role>) -> Tier {
    let topic = decision.tier.as_deref().unwrap_or("");
    match decides {
        Some(Role::PrimeMinister) => Tier::PrimeMinister,
        Some(Role::Mofa) | Some(Role::NgoCommittee) => Tier::Central,
        _ if topic.contains("department") => Tier::Department,
        _ if topic.contains("border_commune") => Tier::BorderCommune,
        _ if topic.contains("branch") => Tier::OrganisationBranch,
        _ if channel == Channel::Party => Tier::Party,
        _ if channel == Channel::People => Tier::People,
        _ => Tier::Provincial,
    }
}

fn condition_of(rule: &str) -> Condition {
    if rule == rules::BODY_EXISTS_RULE {
        Condition::BodyGone
    } else if rule.contains(".lead_time.") {
        Condition::LeadTime
    } else if rule.contains("exit_suspension") {
        Condition::ExitSuspension
    } else if rule.contains("sanction") || rule.contains("discipline") {
        Condition::Discipline
    } else if rule.contains("out_of_plan") || rule.contains("annual_plan") {
        Condition::OutOfPlan
    } else if rule.contains(".condition.") {
        Condition::Cap
    } else {
        Condition::Other
    }
}

fn obligation_kind(r: ReportKind) -> Option<DeadlineKind> {
    Some(match r {
        ReportKind::ResultReport | ReportKind::PostSigningReport | ReportKind::CompletionReport => {
            DeadlineKind::ResultReport
        }
        ReportKind::PassportReturn => DeadlineKind::PassportReturn,
        ReportKind::ApprovalNotice | ReportKind::ActivityPlanNotice | ReportKind::PriorNotice => {
            DeadlineKind::Notice
        }
        ReportKind::ImplementationStart => DeadlineKind::Start,
        _ => return None,
    })
}

impl Assessment {
    /// The assessment of a case of `procedure` from the rulebook's decision (see the module
    /// docs; [`assess`] also looks the objection escalation up).
    pub fn from_decision(
        decision: &Decision,
        procedure: Procedure,
        channel: Channel,
        rulebook: &Rulebook,
    ) -> Assessment {
        let found = decision.authority.as_ref();
        let authority_cites = found.map(|f| cites(rulebook, &f.rule)).unwrap_or_default();
        let mut violations: Vec<Unmet> = Vec::new();
        let mut authority = match found {
            Some(f) => Authority::new(f.decides, first(&authority_cites)),
            None => {
                let gap = decision.gaps.iter().find(|g| {
                    rulebook
                        .get(g.rule.as_str())
                        .is_some_and(|r| r.family() == Family::Authority)
                });
                let citation = gap
                    .and_then(|g| g.citations.first().cloned())
                    .unwrap_or_else(|| first(&[]));
                violations.push(
                    Unmet::new(
                        Condition::NoRule,
                        format!(
                            "no sourced rule names the competent authority for {} in {} on {}",
                            decision.activity.en(),
                            decision.jurisdiction,
                            decision.as_of.format("%d/%m/%Y")
                        ),
                        gap.map(|_| citation.clone()),
                        "complete the rulebook for this jurisdiction and date (the figure must not be guessed)",
                    ),
                );
                Authority::new(Role::CompetentLevel, citation)
            }
        };
        let mut a = Assessment::new(
            decision.rulebook.clone(),
            decision.as_of,
            channel,
            tier_of(decision, channel, found.map(|f| f.decides)),
            authority.clone(),
        );
        a.citations = authority_cites.clone();
        if let Some(f) = found {
            // who receives the dossier: the body the lead-time rule says it is filed with,
            // else the one that submits to the authority, else the one that consults
            let filed_with =
                decision
                    .filings
                    .iter()
                    .find_map(|x| match rulebook.get(x.rule.as_str()) {
                        Some(rules::RuleRef::LeadTime(r)) => r.value.as_ref().map(|v| v.filed_with),
                        _ => None,
                    });
            a.receiving = filed_with
                .or(f.submitted_by)
                .or(decision.consultations.first().map(|c| c.by))
                .unwrap_or(f.decides);
            if let Some(to) = f.delegated_to {
                a.delegates.push(Grant {
                    from: f.decides,
                    to,
                    holder: None,
                    scope: vec![procedure],
                    validity: rulebook
                        .get(f.rule.as_str())
                        .map(|r| r.validity())
                        .unwrap_or(crate::law::Validity::from(decision.as_of)),
                    revoked: None,
                    citation: authority_cites
                        .get(1)
                        .cloned()
                        .unwrap_or_else(|| first(&authority_cites)),
                });
            }
        }
        // consultations
        for c in &decision.consultations {
            let cite = first(&cites(rulebook, &c.rule));
            let Some(p) = period(c.reply_within) else {
                continue;
            };
            for &who in &c.consultees {
                if procedure == Procedure::NgoReply && who == Role::ProvincialChairman {
                    // the province is the consultee: its reply is this case's decision
                    authority = Authority::new(Role::ProvincialChairman, cite.clone());
                    a.authority = authority.clone();
                    a.tier = Tier::Provincial;
                    a.receiving = Role::FaAgency;
                    a.decision = Some(DecisionLimit {
                        limit: TimeLimit::new(p, cite.clone()),
                        clock: DecisionClock::Receipt,
                    });
                    a.citations.push(cite.clone());
                    continue;
                }
                if procedure == Procedure::NgoReply {
                    continue;
                }
                a.consultations.push(super::ConsultationRule {
                    consultee: who,
                    reply: TimeLimit::new(p, cite.clone()),
                });
            }
        }
        // decision period
        if a.decision.is_none() {
            if let Some(p) = decision
                .processing
                .iter()
                .find(|p| matches!(p.step, Step::Decision | Step::Reply | Step::Total))
            {
                if let Some(q) = period(p.within) {
                    let clock = if p.step == Step::Decision && !decision.consultations.is_empty() {
                        DecisionClock::Ready
                    } else {
                        DecisionClock::Receipt
                    };
                    a.decision = Some(DecisionLimit {
                        limit: TimeLimit::new(q, first(&cites(rulebook, &p.rule))),
                        clock,
                    });
                }
            }
        }
        // unconditional escalation paths
        if let Some(e) = decision.escalations.first() {
            let c = first(&cites(rulebook, &e.rule));
            a.escalation = Some(Escalation {
                authority: Authority::new(e.to, c.clone()),
                on_objection: false,
                decision: e
                    .answer_within
                    .and_then(period)
                    .map(|p| TimeLimit::new(p, c)),
            });
        }
        // filing
        if let Some(f) = decision.filings.iter().min_by_key(|f| f.latest) {
            let rule = rulebook.get(f.rule.as_str());
            let lead = match rule {
                Some(rules::RuleRef::LeadTime(r)) => {
                    r.value.as_ref().and_then(|v| period(v.before))
                }
                _ => None,
            };
            a.filing = Some(Filing {
                latest: f.latest,
                lead: lead.unwrap_or(Period::CalendarDays(0)),
                citation: first(&cites(rulebook, &f.rule)),
            });
        }
        // obligations counted from an event of the case
        for o in &decision.obligations {
            let (Some(kind), Some(within), Some(anchor)) = (
                obligation_kind(o.report),
                o.within.and_then(period),
                o.anchor,
            ) else {
                continue;
            };
            let trigger = match anchor {
                Anchor::End | Anchor::Signing | Anchor::Completion => Trigger::CarriedOut,
                Anchor::Approval => Trigger::Approved,
                _ => continue,
            };
            a.obligations.push(ObligationRule {
                kind,
                owner: o.owed_by,
                to: o.to.first().copied(),
                trigger,
                limit: TimeLimit::new(within, first(&cites(rulebook, &o.rule))),
            });
        }
        // violations (the lead time is checked by the case at the act date)
        for v in &decision.violations {
            if condition_of(v.rule.as_str()) == Condition::LeadTime {
                continue;
            }
            violations.push(
                Unmet::new(
                    condition_of(v.rule.as_str()),
                    v.wrong.en.clone(),
                    v.citations.first().cloned(),
                    v.satisfy.en.clone(),
                )
                .with_rule(v.rule.as_str()),
            );
        }
        a.violations = violations;
        let _ = authority;
        a
    }
}

impl super::Case {
    /// A new case for the rulebook's facts of an activity, filed by `applicant`. `None` for a
    /// kind without a workflow.
    pub fn for_facts(
        id: impl Into<String>,
        facts: &rules::ActivityFacts,
        applicant: super::Actor,
        title: impl Into<String>,
    ) -> Option<super::Case> {
        let procedure = Procedure::for_subject(facts.kind)?;
        let jurisdiction = facts.jurisdiction;
        let case_facts = super::CaseFacts {
            title: title.into(),
            jurisdiction,
            channel: facts.channel,
            starts: facts.starts_on,
            ends: facts.ends_on,
            applicant_body: facts.applicant.clone(),
        };
        Some(super::Case::new(id, procedure, applicant, case_facts))
    }
}
