//! The simulated year's APEC business travel card requests (QĐ 09/2023/QĐ-TTg): a handful of
//! enterprises of the province ask for permission for their managers, most eligible, some not
//! (a post Art. 9 does not list, too few months of social insurance, a missing yearly
//! report). Generated on their own random stream, so the rest of the year is unchanged.

use chrono::NaiveDate;

use super::rng::SplitMix64;
use crate::activity::{
    AbtcEnterprise, AbtcPost, AbtcRequest, ActivityKind, Details, Participant, ProposedActivity,
};
use crate::calendar::WorkCalendar;
use crate::org::{Body, BodyKind, Channel, Jurisdiction, Official, Position};

const ENTERPRISES: &[(&str, AbtcEnterprise)] = &[
    (
        "Công ty TNHH Thương mại Hải Vân",
        AbtcEnterprise::LawfulEnterprise,
    ),
    (
        "Công ty Cổ phần Thủy sản Biển Đông",
        AbtcEnterprise::LawfulEnterprise,
    ),
    (
        "Công ty Cổ phần Logistics Cảng Tiên Sa",
        AbtcEnterprise::LawfulEnterprise,
    ),
    ("Hợp tác xã Nông sản Sạch", AbtcEnterprise::LawfulEnterprise),
    (
        "Công ty TNHH MTV Cấp nước tỉnh",
        AbtcEnterprise::StateEnterprise,
    ),
    (
        "Công ty TNHH MTV Xổ số kiến thiết tỉnh",
        AbtcEnterprise::StateEnterprise,
    ),
];

const NAMES: &[&str] = &[
    "Nguyễn Thị Hoa",
    "Trần Quốc Bảo",
    "Lê Minh Khang",
    "Phạm Thanh Tùng",
    "Võ Thị Ngọc",
    "Đặng Hữu Phước",
];

/// `n` ABTC requests of enterprises of `j`, filed in `year` (the filing day is moved back by
/// the simulation like any other request without a lead time).
pub(crate) fn requests(
    j: Jurisdiction,
    year: i32,
    n: usize,
    rng: &mut SplitMix64,
    cal: &WorkCalendar,
) -> Vec<ProposedActivity> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let Some(&(name, enterprise)) = rng.pick(ENTERPRISES) else {
            continue;
        };
        let listed: Vec<AbtcPost> = AbtcPost::ALL
            .iter()
            .copied()
            .filter(|p| p.listed_for(enterprise))
            .collect();
        let mut post = rng.pick(&listed).copied().unwrap_or(AbtcPost::Director);
        if rng.chance(80) {
            post = AbtcPost::Other;
        }
        let mut r = AbtcRequest::new(enterprise, post);
        r.enterprise_name = name.to_string();
        r.age_years = Some(u32::try_from(rng.range(28, 62)).unwrap_or(40));
        r.months_in_post = Some(u32::try_from(rng.range(12, 120)).unwrap_or(24));
        r.enterprise_months = Some(u32::try_from(rng.range(24, 360)).unwrap_or(60));
        r.apec_partner = Some(true);
        if enterprise == AbtcEnterprise::LawfulEnterprise {
            let months = if rng.chance(100) {
                rng.range(3, 11)
            } else {
                rng.range(12, 100)
            };
            r.social_insurance_months = u32::try_from(months).ok();
        }
        r.yearly_report_filed = if rng.chance(300) {
            None
        } else {
            Some(!rng.chance(60))
        };
        let month = u32::try_from(rng.range(3, 12)).unwrap_or(6);
        let day = u32::try_from(rng.range(1, 28)).unwrap_or(10);
        let on = NaiveDate::from_ymd_opt(year, month, day)
            .and_then(|d| cal.previous_working_day_on_or_before(d).ok())
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(year, 6, 10).unwrap_or_default());
        let kind = match enterprise {
            AbtcEnterprise::StateEnterprise => BodyKind::ProvincialPublicUnit,
            _ => BodyKind::Enterprise,
        };
        let channel = match enterprise {
            AbtcEnterprise::StateEnterprise => Channel::State,
            _ => Channel::People,
        };
        let person = rng.pick(NAMES).copied().unwrap_or("Nguyễn Văn An");
        let a = ProposedActivity::new(
            format!("{j}/{year}/abtc-{i:02}"),
            ActivityKind::AbtcPermission,
            j,
            on,
        )
        .by(Body::new(kind, j).named(name))
        .in_channel(channel)
        .titled(format!("Cho phép sử dụng thẻ ABTC — {person}, {name}"))
        .participant(Participant::head(Official::new(
            format!("abtc-{year}-{i}"),
            person,
            Position::Staff,
        )))
        .details(Details::Abtc(r));
        out.push(a);
    }
    out
}
