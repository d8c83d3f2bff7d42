//! Who may act: the competent authority or its delegate, the higher authority after
//! escalation, the receiving body, the applicant, the owner of an obligation; and whether the
//! bodies an act involves still exist on its date.
//!
//! The provisions are those the assessment carries, not restated here: the competent
//! authority's (e.g. Luật 49/2019/QH14 Art. 11 by channel for delegations abroad, QĐ
//! 06/2020/QĐ-TTg Art. 3 for conferences, Luật 70/2020/QH14 Art. 18–19 for agreements, NĐ
//! 80/2020/NĐ-CP Art. 7 for aid), each delegation's own written grant (in force, in scope, not
//! excepted), and the higher authority's after an objection (Luật 70/2020/QH14 Art. 19(4)).
//! The applicant never decides its own request. Bodies dissolved or merged (the 2025
//! reorganisation) are checked with [`org`](crate::org).

use chrono::NaiveDate;

use crate::label::Label;
use crate::rules::{text, DelegationGap, DelegationMiss, Finding, FindingKind};
use crate::workflow::case::{Basis, DecisionRecord};
use crate::workflow::machine::Who;
use crate::workflow::{Action, Actor, Assessment, Case, Escalation, Event, Role};

use super::Effect;

impl Case {
    /// The bodies an event involves that no longer exist on its date, as data: the body the
    /// actor's role maps to (every act), and for a submission the applicant body and every
    /// body the assessment assigns a step to (authority, receiving body, consultees, higher
    /// authority, delegates, owners and addressees of obligations). Roles are mapped in the
    /// case's territory as governed on the date ([`Jurisdiction::on`](crate::org::Jurisdiction::on));
    /// the applicant body is checked as filed. A problem the assessment already reports is
    /// not repeated; each body once. The findings are added to `unmet`.
    pub(crate) fn bodies_gone(&self, ev: &Event, unmet: &mut Vec<Finding>) {
        let on = ev.on;
        let j = self
            .facts
            .jurisdiction
            .on(on)
            .unwrap_or(self.facts.jurisdiction);
        // the actor's role; for a submission, every role the assessment assigns a step to
        let a: &Assessment = match &ev.action {
            Action::Submit { assessment } | Action::Resubmit { assessment } => assessment,
            // every other act: the actor's role alone (nothing to repeat)
            _ => {
                if let Err(g) = ev.actor.role.check_exists(j, on) {
                    unmet.push(Finding::from(g));
                }
                return;
            }
        };
        // the findings start here: each body once among them
        let start = unmet.len();
        if let Some(b) = &self.facts.applicant_body {
            if let Err(g) = b.check_exists(on) {
                let found = Finding::from(g);
                if !a.violations.contains(&found) {
                    unmet.push(found);
                }
            }
        }
        // each role once (the authority often receives the dossier too; owners repeat), in
        // the order the act names them: a plain walk of the assessment, one bit per role
        // seen, then one check per role
        let mut roles = Roles::default();
        roles.add(ev.actor.role);
        roles.add(a.authority.role);
        roles.add(a.receiving);
        for c in &a.consultations {
            roles.add(c.consultee);
        }
        if let Some(e) = &a.escalation {
            roles.add(e.authority.role);
        }
        for g in &a.delegates {
            roles.add(g.to);
        }
        for o in &a.obligations {
            roles.add(o.owner);
            for &r in &o.to {
                roles.add(r);
            }
        }
        for &role in roles.as_slice() {
            if let Err(g) = role.check_exists(j, on) {
                let found = Finding::from(g);
                if !unmet.get(start..).is_some_and(|f| f.contains(&found)) {
                    unmet.push(found);
                }
            }
        }
    }

    pub(super) fn no_assessment() -> Finding {
        Finding::new(
            FindingKind::NotSubmitted,
            text(
                "hồ sơ chưa được nộp và đánh giá: trước khi nộp, không ai có thẩm quyền",
                "the case has no assessment yet: nobody is competent before submission",
            ),
            text("nộp hồ sơ trước", "submit the dossier first"),
        )
    }

    pub(super) fn no_escalation() -> Finding {
        Finding::new(
            FindingKind::NoEscalation,
            text(
                "quy định không có bước trình cấp trên cho hồ sơ này",
                "the rules provide no escalation for this case",
            ),
            text(
                "quyết định ở cấp có thẩm quyền",
                "decide at the competent level",
            ),
        )
    }

    /// The escalation the assessment provides, with the assessment it is part of, or why there
    /// is none (no assessment yet; no escalation in the rules). The one look-up behind both the
    /// higher authority's acts ([`Who::Higher`]) and the `escalate` guard.
    #[allow(clippy::result_large_err)]
    pub(super) fn escalation(&self) -> Result<(&Assessment, &Escalation), Finding> {
        let Some(a) = self.assessment() else {
            return Err(Self::no_assessment());
        };
        match &a.escalation {
            Some(esc) => Ok((a, esc)),
            None => Err(Self::no_escalation()),
        }
    }

    /// The basis on which `actor` may decide as the competent authority on `on`, or why not.
    #[allow(clippy::result_large_err)]
    fn competence(&self, actor: &Actor, on: NaiveDate) -> Result<Basis, Finding> {
        let Some(a) = self.assessment() else {
            return Err(Self::no_assessment());
        };
        let competent = &a.authority;
        if actor.id == self.applicant.id {
            return Err(competent.found(Finding::new(
                FindingKind::ApplicantMayNotDecide {
                    applicant: actor.id.clone(),
                    competent: competent.role,
                },
                text(
                    format!(
                        "{} là bên đề nghị, không được tự quyết định đề nghị của mình",
                        actor.id
                    ),
                    format!(
                        "{} is the applicant and may not decide its own request",
                        actor.id
                    ),
                ),
                text(
                    format!("quyền quyết định thuộc {}", competent.role.vi()),
                    format!("the decision belongs to the {}", competent.role.en()),
                ),
            )));
        }
        if competent.held_by(actor) {
            return Ok(Basis::Holder);
        }
        if let Some(g) = a
            .delegates
            .iter()
            .find(|g| g.from == competent.role && g.covers(actor, self.procedure, on))
        {
            return Ok(Basis::Delegate {
                grant: g.citation.clone(),
            });
        }
        let near = a
            .delegates
            .iter()
            .find(|g| g.from == competent.role && g.names(actor));
        let id = &actor.id;
        let (why_vi, why_en, delegation) = match near {
            Some(g) if !g.excepted.is_empty() => {
                let vi: Vec<&str> = g.excepted.iter().map(|x| x.vi()).collect();
                let en: Vec<&str> = g.excepted.iter().map(|x| x.en()).collect();
                (
                    format!(
                        "ủy quyền của {id} ({}) không áp dụng: vụ việc {}, thuộc thẩm quyền của {}",
                        g.citation,
                        vi.join(", "),
                        competent.role.vi()
                    ),
                    format!(
                        "{id}'s delegation ({}) does not apply: the matter is {}, which stays with the {}",
                        g.citation.en(),
                        en.join(", "),
                        competent.role.en()
                    ),
                    Some((g, DelegationGap::Excepted { attributes: g.excepted.clone() })),
                )
            }
            Some(g) if !g.scope.contains(&self.procedure) => (
                format!(
                    "ủy quyền của {id} ({}) không bao gồm thủ tục {}",
                    g.citation,
                    self.procedure.vi()
                ),
                format!(
                    "{id}'s delegation ({}) does not cover the {} procedure",
                    g.citation.en(),
                    self.procedure.en()
                ),
                Some((g, DelegationGap::OutOfScope)),
            ),
            Some(g) => {
                let revoked_vi = g
                    .revoked
                    .map(|r| format!(", bị thu hồi ngày {}", r.format("%d/%m/%Y")))
                    .unwrap_or_default();
                let revoked_en = g
                    .revoked
                    .map(|r| format!(", revoked {}", r.format("%d/%m/%Y")))
                    .unwrap_or_default();
                (
                    format!(
                        "ủy quyền của {id} ({}) không có hiệu lực ngày {} (hiệu lực {}{revoked_vi})",
                        g.citation,
                        on.format("%d/%m/%Y"),
                        g.validity
                    ),
                    format!(
                        "{id}'s delegation ({}) is not in force on {} (valid {}{revoked_en})",
                        g.citation.en(),
                        on.format("%d/%m/%Y"),
                        g.validity
                    ),
                    Some((
                        g,
                        DelegationGap::NotInForce {
                            on,
                            validity: g.validity,
                            revoked: g.revoked,
                        },
                    )),
                )
            }
            None => {
                let holder = competent
                    .holder
                    .as_ref()
                    .map(|h| format!(": {h}"))
                    .unwrap_or_default();
                (
                    format!(
                        "{id} với vai trò {} không phải cấp có thẩm quyền ({}{holder})",
                        actor.role.vi(),
                        competent.role.vi()
                    ),
                    format!(
                        "{id} acting as {} is not the competent authority ({}{holder})",
                        actor.role.en(),
                        competent.role.en()
                    ),
                    None,
                )
            }
        };
        let grant = delegation.as_ref().map(|(g, _)| g.citation.clone());
        let found = competent.found(Finding::new(
            FindingKind::NotCompetent {
                actor: actor.id.clone(),
                role: actor.role,
                competent: competent.role,
                holder: competent.holder.clone(),
                delegation: delegation.map(|(g, why)| DelegationMiss {
                    to: g.to,
                    grant: g.citation.clone(),
                    why,
                }),
            },
            text(why_vi, why_en),
            text(
                format!(
                    "{} quyết định, hoặc người được ủy quyền bằng văn bản còn hiệu lực bao gồm thủ tục này",
                    competent.role.vi()
                ),
                format!(
                    "the {} decides, or a delegate under a written delegation in force covering this procedure",
                    competent.role.en()
                ),
            ),
        ));
        Err(match grant {
            Some(g) => found.cite(g),
            None => found,
        })
    }

    pub(super) fn authorize(
        &self,
        who: Who,
        ev: &Event,
        fx: &mut Effect,
        unmet: &mut Vec<Finding>,
    ) {
        let actor = &ev.actor;
        match who {
            Who::Applicant => {
                if actor.id != self.applicant.id {
                    let (applicant, step) = (&self.applicant.id, ev.action.kind().code());
                    unmet.push(Finding::new(
                        FindingKind::NotApplicant {
                            actor: actor.id.clone(),
                            applicant: applicant.clone(),
                        },
                        text(
                            format!("chỉ bên đề nghị ({applicant}) được `{step}`; {} không phải bên đề nghị", actor.id),
                            format!("only the applicant ({applicant}) may `{step}`; {} is not the applicant", actor.id),
                        ),
                        text(
                            format!("bên đề nghị {applicant} thực hiện"),
                            format!("the applicant {applicant} acts"),
                        ),
                    ));
                }
            }
            Who::Competent => match self.competence(actor, ev.on) {
                Ok(basis) => {
                    if let Some(a) = self.assessment() {
                        let rec = DecisionRecord {
                            by: actor.clone(),
                            on: ev.on,
                            basis,
                            citation: a.authority.citation.clone(),
                        };
                        fx.cite(&a.authority.citation);
                        match ev.action {
                            Action::ApproveHosting => fx.hosting = Some(Box::new(rec)),
                            Action::Approve => fx.approval = Some(Box::new(rec)),
                            _ => {}
                        }
                    }
                }
                Err(u) => unmet.push(u),
            },
            Who::Higher => {
                let esc = match self.escalation() {
                    Ok((_, esc)) => esc,
                    Err(why) => {
                        unmet.push(why);
                        return;
                    }
                };
                if actor.id == self.applicant.id || !esc.authority.held_by(actor) {
                    let higher = &esc.authority;
                    unmet.push(higher.found(Finding::new(
                        FindingKind::NotCompetent {
                            actor: actor.id.clone(),
                            role: actor.role,
                            competent: higher.role,
                            holder: higher.holder.clone(),
                            delegation: None,
                        },
                        text(
                            format!(
                                "{} với vai trò {} không phải cấp trên có thẩm quyền ({})",
                                actor.id,
                                actor.role.vi(),
                                higher.role.vi()
                            ),
                            format!(
                                "{} acting as {} is not the higher authority ({})",
                                actor.id,
                                actor.role.en(),
                                higher.role.en()
                            ),
                        ),
                        text(
                            format!("{} quyết định", higher.role.vi()),
                            format!("the {} decides", higher.role.en()),
                        ),
                    )));
                } else {
                    fx.cite(&esc.authority.citation);
                    if matches!(ev.action, Action::Approve) {
                        fx.approval = Some(Box::new(DecisionRecord {
                            by: actor.clone(),
                            on: ev.on,
                            basis: Basis::Higher,
                            citation: esc.authority.citation.clone(),
                        }));
                    }
                }
            }
            Who::Receiving | Who::Authority => {
                let Some(a) = self.assessment() else {
                    unmet.push(Self::no_assessment());
                    return;
                };
                let receiving = actor.role == a.receiving && actor.id != self.applicant.id;
                let not_competent = match receiving {
                    true => None,
                    false => self.competence(actor, ev.on).err(),
                };
                if let Some(why) = not_competent {
                    let (recv, comp) = (a.receiving, a.authority.role);
                    let delegation = match why.kind {
                        FindingKind::NotCompetent { delegation, .. } => delegation,
                        _ => None,
                    };
                    let grant = delegation.as_ref().map(|m| m.grant.clone());
                    let found = a.authority.found(Finding::new(
                        FindingKind::NotReceiving {
                            actor: actor.id.clone(),
                            role: actor.role,
                            receiving: recv,
                            competent: comp,
                            delegation,
                        },
                        text(
                            format!(
                                "{} với vai trò {} không phải cơ quan tiếp nhận ({}) cũng không phải cấp có thẩm quyền ({})",
                                actor.id,
                                actor.role.vi(),
                                recv.vi(),
                                comp.vi()
                            ),
                            format!(
                                "{} acting as {} is neither the receiving body ({}) nor the competent authority ({})",
                                actor.id,
                                actor.role.en(),
                                recv.en(),
                                comp.en()
                            ),
                        ),
                        text(
                            format!("{} hoặc {} thực hiện", recv.vi(), comp.vi()),
                            format!("the {} or the {} acts", recv.en(), comp.en()),
                        ),
                    ));
                    unmet.push(match grant {
                        Some(g) => found.cite(g),
                        None => found,
                    });
                }
            }
            Who::Consultee => {
                // checked with the consultation itself in `guard_reply` (consultation.rs)
            }
            Who::Owner => {
                // checked with the obligation itself in `guard_report_result` / `guard_discharge`
                // (execution.rs)
            }
        }
    }

    /// Whether `actor` may discharge an obligation owed by `owner`: it acts in that role, or
    /// it is the applicant and the role is one the applicant's side plays (organiser, head of
    /// delegation, passport holder, department head, commune chairman, managing agency).
    pub(super) fn owns(&self, actor: &Actor, owner: Role) -> bool {
        actor.role == owner
            || (actor.id == self.applicant.id
                && matches!(
                    owner,
                    Role::Organiser
                        | Role::HeadOfDelegation
                        | Role::PassportHolder
                        | Role::DepartmentHead
                        | Role::CommuneChairman
                        | Role::ManagingAgency
                ))
    }
}

/// Roles in the order first added, each once: one bit per role in [`Role::ALL`]'s order
/// says whether it was added, and the roles are kept in a fixed array (every role fits).
struct Roles {
    seen: u64,
    order: [Role; Role::ALL.len()],
    len: usize,
}

/// Every role fits in the 64 bits, and a role's discriminant is its place in [`Role::ALL`]
/// (checked when the crate compiles).
const FITS: () = {
    assert!(Role::ALL.len() <= 64);
    let mut i = 0;
    while i < Role::ALL.len() {
        assert!(Role::ALL[i] as usize == i);
        i += 1;
    }
};

impl Default for Roles {
    fn default() -> Self {
        Roles {
            seen: 0,
            order: [Role::PrimeMinister; Role::ALL.len()],
            len: 0,
        }
    }
}

impl Roles {
    /// Adds `role` unless it was added already.
    fn add(&mut self, role: Role) {
        #[allow(clippy::let_unit_value)]
        let () = FITS;
        // every role has a bit and a place (`FITS`): `checked_shl` and `get_mut` only keep
        // the code total
        let bit = 1u64.checked_shl(role as u32).unwrap_or(0);
        if self.seen & bit != 0 {
            return;
        }
        self.seen |= bit;
        if let Some(slot) = self.order.get_mut(self.len) {
            *slot = role;
            self.len += 1;
        }
    }

    /// The roles added, in the order first added.
    fn as_slice(&self) -> &[Role] {
        self.order.get(..self.len).unwrap_or(&[])
    }
}

#[cfg(test)]
mod roles_tests {
    use super::*;

    #[test]
    fn roles_keep_the_order_first_named_and_each_role_once() {
        let mut roles = Roles::default();
        assert!(roles.as_slice().is_empty());
        for r in [
            Role::ProvincialChairman,
            Role::Mofa,
            Role::ProvincialChairman,
            Role::FaAgency,
            Role::Mofa,
        ] {
            roles.add(r);
        }
        assert_eq!(
            roles.as_slice(),
            [Role::ProvincialChairman, Role::Mofa, Role::FaAgency]
        );
        // every role, in reverse order, each named twice: all kept, once, in that order
        let mut all = Roles::default();
        for &r in Role::ALL.iter().rev() {
            all.add(r);
            all.add(r);
        }
        let expected: Vec<Role> = Role::ALL.iter().rev().copied().collect();
        assert_eq!(all.as_slice(), expected.as_slice());
    }
}
