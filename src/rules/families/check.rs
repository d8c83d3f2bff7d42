//! The check of each [`Condition`] against the facts of a request, in the order of
//! `conditions.rs`: one [`Finding`] per breach, with its typed figures and its bilingual text.
//! [`evaluate`](super::super::evaluate()) puts the rule, its citations and its grade on each.

use std::collections::HashMap;

use chrono::Datelike;

use crate::calendar::Deadlines;
use crate::history::History;
use crate::label::Label;

use super::super::facts::FlatFacts;
use super::super::finding::{text, Cap, Finding, FindingKind};
use super::super::{period_vi, Attribute, HeadRank};
use super::Condition;
use crate::activity::ProposedActivity;

impl Condition {
    /// The breaches of the condition by the facts, given the history of past trips and a
    /// calendar (for caps on a trip's length). Empty when the condition is met.
    ///
    /// ```
    /// use doingoai::activity::{ActivityKind, Participant, ProposedActivity};
    /// use doingoai::history::History;
    /// use doingoai::org::{Official, Position};
    /// use doingoai::rules::{Cap, Condition, FindingKind, WeekdaysOnly};
    /// use chrono::NaiveDate;
    /// let mut trip = ProposedActivity::new("DR-1", ActivityKind::OutboundDelegation,
    ///     "34:48".parse()?, NaiveDate::from_ymd_opt(2025, 9, 1).unwrap());
    /// trip.participants = (0..4).map(|i| Participant::member(Official::new(format!("p{i}"), "X", Position::Staff))).collect();
    /// let found = Condition::MaxDelegationSize { head: doingoai::rules::HeadRank::Any, max: 3 }
    ///     .check(&trip, &History::default(), &WeekdaysOnly);
    /// assert!(matches!(found[0].kind, FindingKind::CapExceeded { cap_on: Cap::DelegationSize, cap: 3, actual: 4, .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check<C: Deadlines + ?Sized>(
        &self,
        activity: &ProposedActivity,
        h: &History,
        cal: &C,
    ) -> Vec<Finding> {
        self.check_flat(&activity.facts(), h, cal)
    }

    /// [`Condition::check`] on the flat facts.
    pub(crate) fn check_flat<C: Deadlines + ?Sized>(
        &self,
        f: &FlatFacts,
        h: &History,
        cal: &C,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let year = f.starts_on.unwrap_or(f.filed_on).year();
        match self {
            Condition::NoSanctionAtLeast { level } => {
                for p in &f.participants {
                    let Some(s) = p.serving_sanction.filter(|s| s >= level) else {
                        continue;
                    };
                    let until = |vi: bool| {
                        p.sanction_until
                            .map(|u| {
                                let day = u.format("%d/%m/%Y");
                                if vi {
                                    format!(" đến {day}")
                                } else {
                                    format!(" until {day}")
                                }
                            })
                            .unwrap_or_default()
                    };
                    out.push(Finding::new(
                        FindingKind::Sanctioned {
                            person: p.person.to_string(),
                            sanction: s,
                            until: p.sanction_until,
                        },
                        text(
                            format!("{} đang chịu kỷ luật {}{}", p.person, s.vi(), until(true)),
                            format!(
                                "{} is serving a sanction ({}){}",
                                p.person,
                                s.en(),
                                until(false)
                            ),
                        ),
                        text(
                            format!("không cử {} cho đến khi hết thời hạn kỷ luật", p.person),
                            format!("leave {} out until the sanction ends", p.person),
                        ),
                    ));
                }
            }
            Condition::NoExitSuspension => {
                for p in f.participants.iter().filter(|p| p.exit_suspended) {
                    out.push(Finding::new(
                        FindingKind::ExitSuspended {
                            person: p.person.to_string(),
                        },
                        text(
                            format!("{} đang bị tạm hoãn xuất cảnh", p.person),
                            format!("{} is under an exit suspension", p.person),
                        ),
                        text(
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
                        out.push(Finding::new(
                            FindingKind::CapExceeded {
                                cap_on: Cap::TripsPerPersonPerYear,
                                cap: *max,
                                actual: n + 1,
                                of: Some(p.person.to_string()),
                                year: Some(year),
                                head: None,
                            },
                            text(
                                format!("{} đã đi {n} chuyến trong năm {year}; chuyến này vượt giới hạn {max}", p.person),
                                format!("{} already made {n} trips in {year}; this one exceeds the cap of {max}", p.person),
                            ),
                            text(
                                format!("thay {} hoặc xin ý kiến cấp có thẩm quyền cho trường hợp thật cần thiết", p.person),
                                format!("replace {} or obtain the competent level's exception", p.person),
                            ),
                        ));
                    }
                }
            }
            Condition::MaxLeaderTripsPerYear { max } => {
                for p in f.participants.iter().filter(|p| p.leader) {
                    let n = h.trips_in_year(&p.person, year);
                    if n + 1 > *max {
                        out.push(Finding::new(
                            FindingKind::CapExceeded {
                                cap_on: Cap::LeaderTripsPerYear,
                                cap: *max,
                                actual: n + 1,
                                of: Some(p.person.to_string()),
                                year: Some(year),
                                head: None,
                            },
                            text(
                                format!(
                                    "lãnh đạo {} đã đi {n} chuyến trong năm {year} (tối đa {max})",
                                    p.person
                                ),
                                format!(
                                    "leader {} already made {n} trips in {year} (cap {max})",
                                    p.person
                                ),
                            ),
                            text(
                                "chỉ đi quá giới hạn khi thật cần thiết, được cấp có thẩm quyền đồng ý",
                                "exceed only when truly necessary, with the competent level's consent",
                            ),
                        ));
                    }
                }
            }
            Condition::MaxDelegationSize { head, max } => {
                let applies = *head == HeadRank::Any || f.head_rank == Some(*head);
                let n = f.participants.len() as u32;
                if applies && n > *max {
                    out.push(Finding::new(
                        FindingKind::CapExceeded {
                            cap_on: Cap::DelegationSize,
                            cap: *max,
                            actual: n,
                            of: None,
                            year: None,
                            head: Some(*head),
                        },
                        text(
                            format!("đoàn có {n} người, vượt {max} ({})", head.vi()),
                            format!("the delegation has {n} members, over {max} ({})", head.en()),
                        ),
                        text(
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
                    out.push(Finding::new(
                        FindingKind::CapExceeded {
                            cap_on: Cap::DaysPerCountry,
                            cap,
                            actual: s.days,
                            of: Some(s.country.clone()),
                            year: None,
                            head: None,
                        },
                        text(
                            format!("ở {} {} ngày, vượt {cap} ngày", s.country, s.days),
                            format!("{} days in {}, over {cap}", s.days, s.country),
                        ),
                        text(
                            format!("rút ngắn thời gian ở {} xuống {cap} ngày", s.country),
                            format!("shorten the stay in {} to {cap} days", s.country),
                        ),
                    ));
                }
            }
            Condition::MaxCountriesPerTrip { max } => {
                let n = f.countries.len() as u32;
                if n > *max {
                    out.push(Finding::new(
                        FindingKind::CapExceeded {
                            cap_on: Cap::CountriesPerTrip,
                            cap: *max,
                            actual: n,
                            of: None,
                            year: None,
                            head: None,
                        },
                        text(
                            format!("chuyến đi {n} nước, vượt {max}"),
                            format!("{n} countries, over {max}"),
                        ),
                        text(
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
                        out.push(Finding::new(
                            FindingKind::TripTooLong {
                                ends: e,
                                limit,
                                max: *max,
                            },
                            text(
                                format!(
                                    "chuyến đi kết thúc {}, quá {} (hạn {})",
                                    e.format("%d/%m/%Y"),
                                    period_vi(*max),
                                    limit.format("%d/%m/%Y")
                                ),
                                format!(
                                    "the trip ends {}, beyond {} (limit {})",
                                    e.format("%d/%m/%Y"),
                                    max.en(),
                                    limit.format("%d/%m/%Y")
                                ),
                            ),
                            text(
                                format!(
                                    "kết thúc chuyến đi chậm nhất ngày {}",
                                    limit.format("%d/%m/%Y")
                                ),
                                format!("end the trip by {}", limit.format("%d/%m/%Y")),
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
                        .push(&*p.person);
                }
                let mut units: Vec<_> = per_unit.into_iter().filter(|(_, v)| v.len() > 1).collect();
                units.sort();
                for (unit, people) in units {
                    let names = people.join(", ");
                    out.push(Finding::new(
                        FindingKind::KeyLeadersTogether {
                            unit: unit.to_string(),
                            people: people.iter().map(|p| p.to_string()).collect(),
                        },
                        text(
                            format!(
                                "{} lãnh đạo chủ chốt của {unit} cùng đoàn: {names}",
                                people.len()
                            ),
                            format!(
                                "{} key leaders of {unit} in one delegation: {names}",
                                people.len()
                            ),
                        ),
                        text(
                            format!("chỉ cử một lãnh đạo chủ chốt của {unit}"),
                            format!("send only one key leader of {unit}"),
                        ),
                    ));
                }
            }
            Condition::NoRelatives => {
                for p in &f.participants {
                    let Some(of) = &p.relative_of else { continue };
                    out.push(Finding::new(
                        FindingKind::RelativeIncluded {
                            person: p.person.to_string(),
                            of: of.to_string(),
                        },
                        text(
                            format!("{} là người thân của {of}", p.person),
                            format!("{} is a relative of {of}", p.person),
                        ),
                        text(
                            "không đưa người thân đi cùng, trừ trường hợp đặc biệt do cấp có thẩm quyền quyết định",
                            "leave relatives out unless the competent level decides a special case",
                        ),
                    ));
                }
            }
            Condition::NoEnterpriseFunded => {
                if f.enterprise_funded {
                    out.push(Finding::new(
                        FindingKind::EnterpriseFunded,
                        text(
                            "đoàn do doanh nghiệp tổ chức, tài trợ hoặc mời đích danh",
                            "organised, funded or invited by an enterprise",
                        ),
                        text(
                            "không tham gia; dùng kinh phí nhà nước theo kế hoạch",
                            "do not go; use planned state funding",
                        ),
                    ));
                }
            }
            Condition::MaxOutOfPlanPerYear { max } => {
                if f.in_plan == Some(false) {
                    let n = h.out_of_plan_in_year(f.jurisdiction, year);
                    if n + 1 > *max {
                        out.push(Finding::new(
                            FindingKind::CapExceeded {
                                cap_on: Cap::OutOfPlanPerYear,
                                cap: *max,
                                actual: n + 1,
                                of: None,
                                year: Some(year),
                                head: None,
                            },
                            text(
                                format!("đã có {n} đoàn ngoài kế hoạch năm {year}; giới hạn {max}"),
                                format!("{n} out-of-plan delegations already in {year}; cap {max}"),
                            ),
                            text(
                                "đưa vào kế hoạch năm sau hoặc hủy",
                                "put it in next year's plan or drop it",
                            ),
                        ));
                    }
                }
            }
            Condition::InAnnualPlan => {
                if f.in_plan == Some(false) {
                    out.push(Finding::new(
                        FindingKind::OutOfPlan,
                        text(
                            "hoạt động ngoài kế hoạch đối ngoại hằng năm",
                            "outside the annual external-affairs plan",
                        ),
                        text(
                            "xin phê duyệt riêng của cấp có thẩm quyền",
                            "obtain a separate approval of the competent level",
                        ),
                    ));
                }
            }
            Condition::ProposalRequired => {
                if f.proposal_attached == Some(false) {
                    out.push(Finding::new(
                        FindingKind::ProposalMissing,
                        text(
                            "thiếu đề án (mục đích, đối tác, nội dung, chương trình)",
                            "no proposal (purpose, partner, content, programme)",
                        ),
                        text("bổ sung đề án", "attach the proposal"),
                    ));
                }
            }
            Condition::OpinionRequired { of } => {
                if !f.opinions.contains(of) {
                    out.push(Finding::new(
                        FindingKind::OpinionMissing { of: *of },
                        text(
                            format!("chưa có ý kiến của {}", of.vi()),
                            format!("no opinion of the {} yet", of.en()),
                        ),
                        text(
                            format!("xin ý kiến {} trước khi trình", of.vi()),
                            format!("obtain the {}'s opinion first", of.en()),
                        ),
                    ));
                }
            }
            Condition::AtLeast { .. }
            | Condition::ListedPost
            | Condition::ApecPartner
            | Condition::YearlyReportFiled => out.extend(self.check_abtc(f)),
        }
        out
    }
}
