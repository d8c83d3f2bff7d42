//! The wiring to the rulebook: [`assess`] runs [`rules::evaluate`](crate::rules::evaluate) on
//! a [`ProposedActivity`] — the input `evaluate` and
//! [`Case::for_activity`](super::Case::for_activity) take, so the findings, the tier and the
//! obligations are the decision's — and turns the [`Decision`] into the [`Assessment`] a case
//! is submitted under. Nothing here decides a figure: tier, authority, delegation,
//! consultations, periods, filing date, violations and obligations all come from the rulebook.
//!
//! What the workflow adds:
//! * the escalation that only applies once a consultee objects (e.g. Luật 70/2020 Art. 19(4))
//!   is looked up ahead, with the `consultee_objects` attribute, and armed `on_objection`;
//! * the lead-time violation is left to the case, which checks the filing day against the
//!   latest filing date at the act date (so it is listed once);
//! * when no sourced rule names the competent authority, the assessment carries the decision's
//!   [`FindingKind::NoSourcedRule`](crate::rules::FindingKind::NoSourcedRule) finding and the
//!   submission is refused with it, instead of a guess.
//!
//! Every figure keeps its [`Provenance`] (the rule, every citation, the grade), every finding
//! passes through unchanged, every obligation keeps all its addressees; the tier is the
//! decision's typed [`DecisionTier`]. Nothing is read from a rule's id or topic.
//!
//! ```
//! use doingoai::history::History;
//! use doingoai::activity::{ActivityKind, AgreementLevel, AgreementProcedure, Details, ProposedActivity};
//! use doingoai::rules::{Role, Rulebook};
//! use doingoai::workflow::{assess, Procedure};
//! use doingoai::WorkCalendar;
//! use chrono::NaiveDate;
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let agreement = ProposedActivity::new("TT-1", ActivityKind::InternationalAgreement, "34:48".parse()?, d(2025, 9, 1))
//!     .details(Details::Agreement { level: AgreementLevel::PeoplesCommittee, procedure: AgreementProcedure::Normal,
//!         concerns: vec![], partner: "Tỉnh Gyeonggi".into(), shortened_ground: None });
//! let a = assess(&agreement, Procedure::Agreement, Rulebook::shipped(), &WorkCalendar::state_agency(), &History::default())?;
//! assert_eq!(a.authority.role, Role::ProvincialChairman);
//! assert!(a.consultations.iter().any(|c| c.consultee == Role::Mofa));
//! assert_eq!(a.escalation.as_ref().map(|e| e.authority.role), Some(Role::PrimeMinister));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::activity::ProposedActivity;
use crate::calendar::WorkCalendar;
use crate::history::History;
use crate::law::{Citation, Citations, Evidence};
use crate::org::Channel;
use crate::rules::{
    self, Anchor, AttrSet, Attribute, Decision, DecisionTier, EvaluateError, FindingKind,
    Provenance, Query, RuleId, Rulebook, Step, Subject,
};

use super::{
    Assessment, Authority, DecisionClock, DecisionLimit, Escalation, Filing, Grant, ObligationRule,
    Procedure, Role, TimeLimit, Trigger,
};

impl Procedure {
    /// The procedure that runs an activity of a rule subject, if any (the procedure of its
    /// activity kind, [`Procedure::for_kind`]).
    pub fn for_subject(subject: Subject) -> Option<Procedure> {
        subject.activity_kind().and_then(Procedure::for_kind)
    }
}

/// Evaluates the proposed activity with the rulebook and the calendar, and builds the
/// assessment of a case of `procedure` (see the module docs).
pub fn assess(
    activity: &ProposedActivity,
    procedure: Procedure,
    rulebook: &Rulebook,
    cal: &WorkCalendar,
    history: &History,
) -> Result<Assessment, EvaluateError> {
    activity.validate()?;
    let facts = activity.facts();
    let decision = rules::evaluate_flat(&facts, rulebook, cal, history)?;
    let mut a = Assessment::from_decision(&decision, procedure, facts.channel);
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
            let found = res
                .family::<rules::Escalation>()
                .find_map(|e| Some((e, e.value.as_ref()?)));
            if let Some((e, v)) = found {
                let src = source(&e.id, &e.citations, e.evidence);
                if let Some(authority) = Authority::sourced(v.to, &src) {
                    a.escalation = Some(Box::new(Escalation {
                        authority,
                        on_objection: true,
                        decision: v.answer_within.and_then(|p| TimeLimit::sourced(p, &src)),
                    }));
                    a.citations.extend(e.citations.iter().cloned());
                }
            }
        }
    }
    // the assessment travels in the submission and stays in the case's log: no spare room
    // (888 of the 3,097 bytes a finished outbound case held were unused capacity)
    a.delegates.shrink_to_fit();
    a.consultations.shrink_to_fit();
    a.filings.shrink_to_fit();
    a.obligations.shrink_to_fit();
    a.violations.shrink_to_fit();
    for o in &mut a.obligations {
        o.to.shrink_to_fit();
    }
    for g in &mut a.delegates {
        g.scope.shrink_to_fit();
    }
    Ok(a)
}

fn source(rule: &RuleId, citations: &Citations, evidence: Evidence) -> Provenance {
    Provenance::new(rule.clone(), citations.clone(), evidence)
}

impl Assessment {
    /// The assessment of a case of `procedure` from the rulebook's decision (see the module
    /// docs; [`assess`] also looks the objection escalation up). A projection: every figure,
    /// citation, grade and finding comes from the decision as it is.
    pub fn from_decision(
        decision: &Decision,
        procedure: Procedure,
        channel: Channel,
    ) -> Assessment {
        let found = decision.authority.as_ref();
        let authority = found.and_then(|f| {
            Authority::sourced(f.decides, &source(&f.rule, &f.citations, f.evidence))
        });
        let mut a = match authority {
            Some(authority) => Assessment::new(
                decision.rulebook.clone(),
                decision.as_of,
                channel,
                decision
                    .tier
                    .unwrap_or(DecisionTier::of(authority.role, AttrSet::EMPTY, channel)),
                authority,
            ),
            // no sourced rule names the authority: the decision's `NoSourcedRule` finding
            // (among the violations copied below) refuses the submission; the placeholder
            // cites where the figure is expected, or the general regulation of QĐ 67/2011
            None => {
                let expected = decision
                    .violations
                    .iter()
                    .find(|v| matches!(v.kind, FindingKind::NoSourcedRule { .. }))
                    .and_then(|v| v.citations.first().cloned())
                    .unwrap_or(Citation::instrument("67/2011/QĐ-TTg"));
                Assessment::new(
                    decision.rulebook.clone(),
                    decision.as_of,
                    channel,
                    DecisionTier::of(Role::CompetentLevel, AttrSet::EMPTY, channel),
                    Authority::new(Role::CompetentLevel, expected),
                )
            }
        };
        if let Some(f) = found {
            a.citations = f.citations.clone();
            // who receives the dossier: the body the lead-time rule says it is filed with,
            // else the one that submits to the authority, else the one that consults
            a.receiving = decision
                .filings
                .first()
                .map(|x| x.filed_with)
                .or(f.submitted_by)
                .or(decision.consultations.first().map(|c| c.by))
                .unwrap_or(f.decides);
            // the delegation the rule provides: in force, or withheld by one of its exceptions
            let delegate = f.delegated_to.map(|to| (to, Vec::new()));
            let withheld = f.withheld.as_ref().map(|w| (w.to, w.excepted.clone()));
            if let Some((to, excepted)) = delegate.or(withheld) {
                if let Some(citation) = f.citations.get(1).or(f.citations.first()) {
                    a.delegates.push(Grant {
                        from: f.decides,
                        to,
                        holder: None,
                        scope: vec![procedure],
                        validity: f.validity,
                        revoked: None,
                        citation: citation.clone(),
                        excepted,
                    });
                }
            }
        }
        // consultations
        for c in &decision.consultations {
            let src = source(&c.rule, &c.citations, c.evidence);
            let Some(reply) = TimeLimit::sourced(c.reply_within, &src) else {
                continue;
            };
            for &who in &c.consultees {
                if procedure == Procedure::NgoReply && who == Role::ProvincialChairman {
                    // the province is the consultee: its reply is this case's decision
                    if let Some(authority) = Authority::sourced(Role::ProvincialChairman, &src) {
                        a.authority = authority;
                    }
                    a.tier = DecisionTier::Provincial;
                    a.receiving = Role::FaAgency;
                    a.decision = Some(Box::new(DecisionLimit {
                        limit: reply.clone(),
                        clock: DecisionClock::Receipt,
                    }));
                    a.citations.push(reply.citation.clone());
                    continue;
                }
                if procedure == Procedure::NgoReply {
                    continue;
                }
                a.consultations.push(super::ConsultationRule {
                    consultee: who,
                    reply: reply.clone(),
                    silence_is_consent: c.silence_is_consent,
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
                // an ABTC decision counts from the specialised agency's submission (QĐ
                // 09/2023/QĐ-TTg Art. 11(5), 12(7)), which `accept` (no verification) or
                // `end_consultation` (after verification) records
                let clock = if p.step == Step::Decision
                    && (!decision.consultations.is_empty() || procedure == Procedure::Abtc)
                {
                    DecisionClock::Ready
                } else {
                    DecisionClock::Receipt
                };
                a.decision =
                    TimeLimit::sourced(p.within, &source(&p.rule, &p.citations, p.evidence))
                        .map(|limit| Box::new(DecisionLimit { limit, clock }));
            }
        }
        // unconditional escalation paths
        if let Some(e) = decision.escalations.first() {
            let src = source(&e.rule, &e.citations, e.evidence);
            if let Some(authority) = Authority::sourced(e.to, &src) {
                a.escalation = Some(Box::new(Escalation {
                    authority,
                    on_objection: false,
                    decision: e.answer_within.and_then(|p| TimeLimit::sourced(p, &src)),
                }));
            }
        }
        // filings: the case checks each against the act date
        for f in &decision.filings {
            let src = source(&f.rule, &f.citations, f.evidence);
            if let Some(citation) = src.citation().cloned() {
                a.filings.push(Filing {
                    latest: f.latest,
                    lead: f.lead,
                    anchor: f.anchor,
                    anchor_on: Some(f.anchor_on),
                    citation,
                    source: Some(src),
                });
            }
        }
        // obligations counted from an event of the case
        for o in &decision.obligations {
            let (Some(within), Some(anchor)) = (o.within, o.anchor) else {
                continue;
            };
            let trigger = match anchor {
                Anchor::End | Anchor::Signing | Anchor::Completion => Trigger::CarriedOut,
                Anchor::Approval => Trigger::Approved,
                _ => continue,
            };
            let Some(limit) =
                TimeLimit::sourced(within, &source(&o.rule, &o.citations, o.evidence))
            else {
                continue;
            };
            a.obligations.push(ObligationRule {
                report: o.report,
                owner: o.owed_by,
                to: o.to.clone(),
                trigger,
                limit,
            });
        }
        // every finding, as found (a late filing is found by the case at the act date, from
        // the filings above)
        a.violations = decision
            .violations
            .iter()
            .filter(|v| !matches!(v.kind, FindingKind::Late { .. }))
            .cloned()
            .collect();
        a
    }
}
