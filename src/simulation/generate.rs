//! The simulated province: its units, its officials, and a year of proposed activities.

use chrono::{Datelike, Days, NaiveDate};

use super::rng::SplitMix64;
use crate::activity::{
    ActivityKind, AgreementLevel, AgreementProcedure, BorderMatter, ConferenceMode, CountryVisit,
    Details, ForeignRank, Funding, Participant, ProposedActivity, SensitiveTopic,
};
use crate::calendar::WorkCalendar;
use crate::law::Validity;
use crate::org::{
    Body, BodyKind, Channel, DisciplineKind, DisciplineRecord, Jurisdiction, ManagedBy, Official,
    Position,
};

/// A unit that carries out external activities.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub body: Body,
    pub channel: Channel,
    /// Index of the unit's head in the officials list.
    pub head: usize,
    /// Indices of the unit's deputy heads.
    pub deputies: Vec<usize>,
}

/// The province's people and units.
#[derive(Debug, Clone)]
pub(crate) struct Population {
    pub units: Vec<Unit>,
    pub officials: Vec<Official>,
    /// Indices of the provincial leaders (secretary, deputy, chairs, vice-chairs).
    pub leaders: Vec<usize>,
    /// Index of the official under discipline.
    pub disciplined: usize,
    /// Index of the disciplined official's unit.
    pub disciplined_unit: usize,
}

const DEPARTMENTS: &[&str] = &[
    "Sở Công Thương",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Xây dựng",
    "Ban Quản lý Khu kinh tế tỉnh",
];

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ",
];
const MIDDLE: &[&str] = &["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc"];
const GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc",
    "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến",
];

/// Partner countries, weighted towards the neighbours and the usual partners of the seeds
/// (Laos, Thailand, Japan, Korea, Singapore, Germany, France, Israel, Canada…).
pub(crate) const COUNTRIES: &[(&str, u32)] = &[
    ("LA", 22),
    ("TH", 12),
    ("JP", 12),
    ("KR", 12),
    ("CN", 8),
    ("SG", 5),
    ("US", 5),
    ("DE", 4),
    ("FR", 4),
    ("AU", 3),
    ("KH", 4),
    ("IL", 2),
    ("CA", 2),
    ("IN", 2),
];

const DONORS: &[&str] = &[
    "CRS (Hoa Kỳ)",
    "ICCO (Hà Lan)",
    "ORBIS quốc tế",
    "GIZ (Đức)",
    "Tầm nhìn Thế giới",
    "Đông Tây Hội ngộ",
    "SODI (Đức)",
];

const OUTLETS: &[&str] = &[
    "NHK",
    "Kyodo",
    "Reuters",
    "AFP",
    "KBS",
    "Xinhua",
    "Lao News Agency",
];

fn name(rng: &mut SplitMix64) -> String {
    format!(
        "{} {} {}",
        rng.pick(SURNAMES).copied().unwrap_or("Nguyễn"),
        rng.pick(MIDDLE).copied().unwrap_or("Văn"),
        rng.pick(GIVEN).copied().unwrap_or("An")
    )
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Builds the province's units and officials.
pub(crate) fn population(j: Jurisdiction, year: i32, rng: &mut SplitMix64) -> Population {
    let mut officials = Vec::new();
    let mut leader =
        |id: &str, pos: Position, managed: ManagedBy, key: bool, rng: &mut SplitMix64| {
            let mut o = Official::new(format!("{j}/{id}"), name(rng), pos);
            o.managed_by = managed;
            o.key_leader = key;
            officials.push(o);
            officials.len() - 1
        };
    let secretary = leader(
        "bi-thu",
        Position::ProvincialPartySecretary,
        ManagedBy::Politburo,
        true,
        rng,
    );
    let deputy = leader(
        "pho-bi-thu",
        Position::ProvincialPartyDeputySecretary,
        ManagedBy::Secretariat,
        true,
        rng,
    );
    let council = leader(
        "chu-tich-hdnd",
        Position::PeoplesCouncilChair,
        ManagedBy::Secretariat,
        true,
        rng,
    );
    let chairman = leader(
        "chu-tich-ubnd",
        Position::PpcChairman,
        ManagedBy::Secretariat,
        true,
        rng,
    );
    let vice1 = leader(
        "pho-chu-tich-1",
        Position::PpcViceChairman,
        ManagedBy::ProvincialStandingBoard,
        false,
        rng,
    );
    let vice2 = leader(
        "pho-chu-tich-2",
        Position::PpcViceChairman,
        ManagedBy::ProvincialStandingBoard,
        false,
        rng,
    );
    let leaders = vec![secretary, deputy, council, chairman, vice1, vice2];

    let mut units = Vec::new();
    let mut unit = |kind: BodyKind,
                    nm: Option<&str>,
                    channel: Channel,
                    pos: Position,
                    rng: &mut SplitMix64,
                    officials: &mut Vec<Official>| {
        let mut body = Body::new(kind, j);
        if let Some(n) = nm {
            body = body.named(n);
        }
        let mut head = Official::new(format!("{j}/u{}-head", units.len()), name(rng), pos);
        head.managed_by = ManagedBy::ProvincialStandingBoard;
        head.unit = Some(body.clone());
        officials.push(head);
        let head = officials.len() - 1;
        let mut deputies = Vec::new();
        for k in 0..3 {
            let mut dep = Official::new(
                format!("{j}/u{}-deputy-{k}", units.len()),
                name(rng),
                Position::DepartmentDeputyDirector,
            );
            dep.unit = Some(body.clone());
            officials.push(dep);
            deputies.push(officials.len() - 1);
        }
        units.push(Unit {
            body,
            channel,
            head,
            deputies,
        });
    };
    unit(
        BodyKind::ProvincialPartyCommittee,
        Some("Văn phòng Tỉnh ủy"),
        Channel::Party,
        Position::StandingBoardMember,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialPartyCommittee,
        Some("Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        Channel::Party,
        Position::StandingBoardMember,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::DepartmentOfForeignAffairs,
        None,
        Channel::State,
        Position::DepartmentDirector,
        rng,
        &mut officials,
    );
    for d in DEPARTMENTS {
        unit(
            BodyKind::ProvincialDepartment,
            Some(d),
            Channel::State,
            Position::DepartmentDirector,
            rng,
            &mut officials,
        );
    }
    unit(
        BodyKind::ProvincialMilitaryCommand,
        None,
        Channel::State,
        Position::DepartmentDirector,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialPolice,
        None,
        Channel::State,
        Position::DepartmentDirector,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialPublicUnit,
        Some("Trường Đại học tỉnh"),
        Channel::State,
        Position::UnitHead,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::BorderCommunePeoplesCommittee,
        Some("UBND xã biên giới"),
        Channel::State,
        Position::CommuneLeader,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialFriendshipUnion,
        None,
        Channel::People,
        Position::UnitHead,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialMassOrganisation,
        Some("Hội Liên hiệp Phụ nữ tỉnh"),
        Channel::People,
        Position::UnitHead,
        rng,
        &mut officials,
    );
    unit(
        BodyKind::ProvincialFatherlandFront,
        None,
        Channel::People,
        Position::UnitHead,
        rng,
        &mut officials,
    );

    // The official under discipline (seed 002): the director of the agriculture department,
    // warned late last year, sanction in effect for twelve months.
    let disciplined_unit = units
        .iter()
        .position(|u| u.body.name.as_deref() == Some("Sở Nông nghiệp và Môi trường"))
        .unwrap_or(0);
    let disciplined = units.get(disciplined_unit).map_or(0, |u| u.head);
    if let Some(o) = officials.get_mut(disciplined) {
        let from = date(year - 1, 11, 20);
        o.discipline.push(DisciplineRecord {
            kind: DisciplineKind::Warning,
            decided: from,
            in_effect: Validity::between(from, date(year, 11, 19)).unwrap_or(Validity::from(from)),
            decision: None,
        });
    }
    Population {
        units,
        officials,
        leaders,
        disciplined,
        disciplined_unit,
    }
}

/// Kind weights (per thousand activities, roughly).
const KINDS: &[(ActivityKind, u32)] = &[
    (ActivityKind::OutboundDelegation, 220),
    (ActivityKind::InboundDelegation, 230),
    (ActivityKind::InternationalConference, 110),
    (ActivityKind::InternationalAgreement, 50),
    (ActivityKind::ForeignAid, 60),
    (ActivityKind::ForeignNgo, 40),
    (ActivityKind::ForeignPress, 40),
    (ActivityKind::SisterRelation, 20),
    (ActivityKind::CitizenProtection, 90),
    (ActivityKind::BorderAffair, 70),
    (ActivityKind::OverseasVietnamese, 50),
    (ActivityKind::Inspection, 20),
];

fn units_of(pop: &Population, channel: Channel) -> Vec<usize> {
    pop.units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.channel == channel)
        .map(|(i, _)| i)
        .collect()
}

fn unit_by_kind(pop: &Population, kind: BodyKind) -> usize {
    pop.units
        .iter()
        .position(|u| u.body.kind == kind)
        .unwrap_or(0)
}

/// A start date in `year`, fewer around Tết, on a working day for most kinds.
fn start_date(year: i32, rng: &mut SplitMix64, cal: &WorkCalendar, working: bool) -> NaiveDate {
    let days = if NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|d| d.ordinal() == 366) {
        366
    } else {
        365
    };
    let mut d = date(year, 1, 1);
    for _ in 0..4 {
        let off = rng.below(days);
        d = date(year, 1, 1)
            .checked_add_days(Days::new(off))
            .unwrap_or(d);
        // Around Tết (the long non-working break), most activities are moved.
        let quiet =
            !cal.is_working_day(d) && d.weekday().num_days_from_monday() < 5 && rng.chance(850);
        if !quiet {
            break;
        }
    }
    if working {
        if let Ok(w) = cal.next_working_day_on_or_after(d) {
            if w.year() == year {
                d = w;
            }
        }
    }
    d
}

/// Generates `n` proposed activities of the province for `year` (filing dates are set later,
/// once the lead times are known).
pub(crate) fn activities(
    j: Jurisdiction,
    year: i32,
    n: usize,
    pop: &Population,
    rng: &mut SplitMix64,
    cal: &WorkCalendar,
) -> Vec<ProposedActivity> {
    let weights: Vec<u32> = KINDS.iter().map(|(_, w)| *w).collect();
    let cweights: Vec<u32> = COUNTRIES.iter().map(|(_, w)| *w).collect();
    let country = |rng: &mut SplitMix64| -> String {
        COUNTRIES
            .get(rng.weighted(&cweights))
            .map_or("LA", |(c, _)| c)
            .to_string()
    };
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let kind = KINDS
            .get(rng.weighted(&weights))
            .map_or(ActivityKind::InboundDelegation, |(k, _)| *k);
        let channel = match kind {
            ActivityKind::OutboundDelegation | ActivityKind::InboundDelegation => {
                [Channel::Party, Channel::State, Channel::People]
                    .get(rng.weighted(&[15, 65, 20]))
                    .copied()
                    .unwrap_or(Channel::State)
            }
            ActivityKind::InternationalConference => {
                if rng.chance(150) {
                    Channel::People
                } else {
                    Channel::State
                }
            }
            ActivityKind::SisterRelation => Channel::State,
            ActivityKind::OverseasVietnamese if rng.chance(400) => Channel::People,
            _ => Channel::State,
        };
        let unit_idx = match kind {
            ActivityKind::CitizenProtection | ActivityKind::Inspection => {
                unit_by_kind(pop, BodyKind::DepartmentOfForeignAffairs)
            }
            ActivityKind::BorderAffair => {
                if rng.chance(500) {
                    unit_by_kind(pop, BodyKind::ProvincialMilitaryCommand)
                } else {
                    unit_by_kind(pop, BodyKind::BorderCommunePeoplesCommittee)
                }
            }
            ActivityKind::SisterRelation => unit_by_kind(pop, BodyKind::ProvincialFriendshipUnion),
            _ => {
                let us = units_of(pop, channel);
                rng.pick(&us).copied().unwrap_or(0)
            }
        };
        let Some(unit) = pop.units.get(unit_idx) else {
            continue;
        };
        let mut applicant = unit.body.clone();
        let working = !matches!(
            kind,
            ActivityKind::OutboundDelegation | ActivityKind::CitizenProtection
        );
        let starts = start_date(year, rng, cal, working);
        let len = match kind {
            ActivityKind::OutboundDelegation => rng.range(3, 9),
            ActivityKind::InboundDelegation => rng.range(1, 4),
            ActivityKind::InternationalConference => rng.range(1, 2),
            ActivityKind::ForeignPress => rng.range(1, 5),
            ActivityKind::ForeignAid => rng.range(30, 180),
            _ => 1,
        };
        let ends = starts
            .checked_add_days(Days::new(u64::try_from(len - 1).unwrap_or(0)))
            .unwrap_or(starts);
        let mut details = Details::None;
        let mut reason = None;
        let mut participants = Vec::new();
        let title: String;
        match kind {
            ActivityKind::OutboundDelegation => {
                let c = country(rng);
                let head_idx = match channel {
                    Channel::Party if rng.chance(60) => {
                        pop.leaders.first().copied().unwrap_or(unit.head)
                    }
                    Channel::Party if rng.chance(100) => {
                        pop.leaders.get(1).copied().unwrap_or(unit.head)
                    }
                    Channel::State if rng.chance(60) => pop
                        .leaders
                        .get(3 + usize::try_from(rng.below(3)).unwrap_or(0))
                        .copied()
                        .unwrap_or(unit.head),
                    _ => match rng.weighted(&[20, 45, 35]) {
                        0 => unit.head,
                        1 => rng.pick(&unit.deputies).copied().unwrap_or(unit.head),
                        _ => usize::MAX,
                    },
                };
                match pop.officials.get(head_idx) {
                    Some(h) => participants.push(Participant::head(h.clone())),
                    None => {
                        let mut o =
                            Official::new(format!("{applicant}/h{i}"), name(rng), Position::Staff);
                        o.unit = Some(applicant.clone());
                        participants.push(Participant::head(o));
                    }
                }
                for m in 0..rng.range(1, 4) {
                    let mut o = Official::new(
                        format!("{}/m{i}-{m}", applicant),
                        name(rng),
                        Position::Staff,
                    );
                    o.unit = Some(applicant.clone());
                    participants.push(Participant::member(o));
                }
                title = format!("Đoàn công tác tại {c}");
                details = Details::Delegation {
                    countries: vec![CountryVisit::new(c, u32::try_from(len).unwrap_or(1))],
                    funding: if rng.chance(200) {
                        Funding::ForeignPartner
                    } else {
                        Funding::StateBudget
                    },
                    purpose: "hợp tác, xúc tiến".into(),
                };
            }
            ActivityKind::InboundDelegation => {
                let c = country(rng);
                title = format!("Đón đoàn {c}");
                details = Details::Inbound {
                    country: c,
                    rank: if rng.chance(100) {
                        ForeignRank::LocalLeader
                    } else {
                        ForeignRank::Other
                    },
                    size: u32::try_from(rng.range(3, 20)).unwrap_or(5),
                    received_by_chairman: false,
                };
            }
            ActivityKind::InternationalConference => {
                let pm = rng.chance(60);
                title = "Hội thảo quốc tế".into();
                details = Details::Conference {
                    mode: [
                        ConferenceMode::InPerson,
                        ConferenceMode::Online,
                        ConferenceMode::Hybrid,
                    ]
                    .get(rng.weighted(&[6, 2, 2]))
                    .copied()
                    .unwrap_or(ConferenceMode::InPerson),
                    foreign_rank: if pm {
                        ForeignRank::Minister
                    } else {
                        ForeignRank::Other
                    },
                    topics: if pm && rng.chance(300) {
                        vec![SensitiveTopic::Ethnicity]
                    } else {
                        Vec::new()
                    },
                    chaired_by_ppc: rng.chance(200),
                    // QĐ 06/2020/QĐ-TTg Art. 1(2)(b): the Front's and the mass organisations'
                    // conferences follow party rules; the friendship union's do not.
                    front_or_mass_organisation: matches!(
                        applicant.kind,
                        BodyKind::ProvincialMassOrganisation | BodyKind::ProvincialFatherlandFront
                    ),
                    hosting_approval: false,
                };
            }
            ActivityKind::InternationalAgreement => {
                let c = country(rng);
                let level = if rng.chance(400) {
                    applicant = Body::new(BodyKind::ProvincialPeoplesCommittee, j);
                    AgreementLevel::PeoplesCommittee
                } else if applicant.kind == BodyKind::BorderCommunePeoplesCommittee {
                    AgreementLevel::BorderCommune
                } else {
                    AgreementLevel::Department
                };
                title = format!("Thỏa thuận hợp tác với đối tác {c}");
                details = Details::Agreement {
                    level,
                    procedure: AgreementProcedure::Normal,
                    concerns: Vec::new(),
                    partner: format!("Đối tác {c}"),
                    shortened_ground: None,
                };
            }
            ActivityKind::ForeignAid => {
                let donor = rng.pick(DONORS).copied().unwrap_or("GIZ (Đức)").to_string();
                title = format!("Dự án viện trợ của {donor}");
                details = Details::Aid {
                    value_vnd: 500_000_000 + rng.below(10_000_000_000),
                    topics: Vec::new(),
                    donor,
                };
            }
            ActivityKind::ForeignPress => {
                let outlet = rng.pick(OUTLETS).copied().unwrap_or("NHK").to_string();
                applicant = Body::new(BodyKind::ForeignPartner, j).named(outlet.clone());
                title = format!("Phóng viên {outlet} tác nghiệp");
                details = Details::Press {
                    resident: true,
                    outlet,
                };
            }
            ActivityKind::ForeignNgo => {
                let org = rng
                    .pick(DONORS)
                    .copied()
                    .unwrap_or("CRS (Hoa Kỳ)")
                    .to_string();
                applicant = Body::central(BodyKind::Vufo)
                    .named("Ủy ban công tác về các tổ chức phi chính phủ nước ngoài");
                // a central body asks the province's opinion (NĐ 58/2022/NĐ-CP Art. 11(4))
                reason = Some(crate::activity::JurisdictionReason::ProvinceConsulted);
                title = format!("Ý kiến về đăng ký hoạt động của {org}");
                details = Details::Ngo {
                    organisation: org,
                    renewal: rng.chance(500),
                    expiry: None,
                };
            }
            ActivityKind::CitizenProtection => title = "Bảo hộ công dân".into(),
            ActivityKind::BorderAffair => {
                // which provinces have a sea or land border is not modelled: a scenario mix
                let c = country(rng);
                let matter = [
                    BorderMatter::LiaisonMeeting,
                    BorderMatter::MaritimeBorderEntry,
                    BorderMatter::GateOpening,
                ]
                .get(rng.weighted(&[55, 40, 5]))
                .copied()
                .unwrap_or(BorderMatter::LiaisonMeeting);
                title = match matter {
                    BorderMatter::LiaisonMeeting => format!("Hội đàm biên giới với phía {c}"),
                    BorderMatter::MaritimeBorderEntry => {
                        format!("Đưa khách {c} vào khu vực biên giới biển")
                    }
                    BorderMatter::GateOpening => "Khảo sát mở, nâng cấp cửa khẩu".to_string(),
                };
                details = Details::Border {
                    matter,
                    counterpart: c,
                    delegation: rng.chance(500),
                };
            }
            ActivityKind::OverseasVietnamese => {
                // a delegation of overseas Vietnamese received by the province (OVS-1)
                let c = country(rng);
                title = format!("Đón đoàn kiều bào tại {c}");
                details = Details::Inbound {
                    country: c,
                    rank: ForeignRank::Other,
                    size: u32::try_from(rng.range(3, 30)).unwrap_or(10),
                    received_by_chairman: false,
                };
            }
            ActivityKind::SisterRelation => {
                // a memorandum of friendship with a foreign locality in the People's
                // Committee's name: an international agreement (Luật 70/2020 Art. 18–19)
                let c = country(rng);
                applicant = Body::new(BodyKind::ProvincialPeoplesCommittee, j);
                title =
                    format!("Ký biên bản ghi nhớ thiết lập quan hệ hữu nghị với địa phương {c}");
                details = Details::Agreement {
                    level: AgreementLevel::PeoplesCommittee,
                    procedure: AgreementProcedure::Normal,
                    concerns: Vec::new(),
                    partner: format!("Địa phương kết nghĩa {c}"),
                    shortened_ground: None,
                };
            }
            _ => title = "Thanh tra ngoại giao".into(),
        }
        let mut a = ProposedActivity::new(format!("{j}/{year}/{i:04}"), kind, j, starts)
            .by(applicant)
            .in_channel(channel)
            .runs(starts, ends)
            .titled(title)
            .details(details);
        a.participants = participants;
        a.jurisdiction_reason = reason;
        out.push(a);
    }
    out
}
