use super::super::{Family, HeadRank, Period, Role, Sanction};
use super::FamilyValue;
use crate::label::vocabulary;

vocabulary! {
    /// What a minimum counts (QĐ 09/2023/QĐ-TTg Art. 8 and 12(2)(e)).
    pub enum Tenure {
        /// Months the enterprise has operated continuously (Art. 8(2)(a)).
        EnterpriseMonths = ("enterprise_months", "số tháng doanh nghiệp hoạt động liên tục", "months the enterprise has operated"),
        /// Months the person has held the post (Art. 8(3)(b)).
        PostMonths = ("post_months", "số tháng giữ chức vụ", "months in the post"),
        /// Months of social-insurance contributions in the post (Art. 12(2)(e)).
        SocialInsuranceMonths = ("social_insurance_months", "số tháng đóng bảo hiểm xã hội với chức vụ", "months of social insurance in the post"),
        /// Age in full years (Art. 8(3)(a)).
        AgeYears = ("age_years", "tuổi", "age in years"),
    }
}

/// A condition or cap on an activity or its participants.
///
/// ```
/// use doingoai::rules::Condition;
/// let c = Condition::MaxTripsPerPersonPerYear { max: 2 };
/// assert_eq!(c.to_string(), "≤ 2 chuyến/người/năm");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Condition {
    /// No participant serving a disciplinary sanction of this level or higher.
    NoSanctionAtLeast {
        /// The lowest barring sanction.
        level: Sanction,
    },
    /// No participant under an exit suspension (tạm hoãn xuất cảnh).
    NoExitSuspension,
    /// At most this many trips abroad per person per calendar year.
    MaxTripsPerPersonPerYear {
        /// The cap.
        max: u32,
    },
    /// Leaders travel at most this many times a year (unless truly necessary).
    MaxLeaderTripsPerYear {
        /// The cap.
        max: u32,
    },
    /// At most this many persons in a delegation led by a head of this rank.
    MaxDelegationSize {
        /// The rank of the head the cap applies to.
        head: HeadRank,
        /// The cap.
        max: u32,
    },
    /// At most this many days in each country (a longer cap for major events, if given).
    MaxDaysPerCountry {
        /// The cap.
        max: u32,
        /// The cap for major events.
        major_event_max: Option<u32>,
    },
    /// At most this many countries per trip.
    MaxCountriesPerTrip {
        /// The cap.
        max: u32,
    },
    /// A trip lasts at most this long.
    MaxTripLength {
        /// The cap.
        max: Period,
    },
    /// Two key leaders (lãnh đạo chủ chốt) of one unit never in the same delegation.
    NoTwoKeyLeadersTogether,
    /// No relatives in the delegation, except special cases decided by the competent level.
    NoRelatives,
    /// No trips organised or funded by an enterprise, or on an enterprise's direct invitation.
    NoEnterpriseFunded,
    /// At most this many delegations outside the annual plan per year.
    MaxOutOfPlanPerYear {
        /// The cap.
        max: u32,
    },
    /// The activity must be in the approved annual plan (out-of-plan needs separate approval).
    InAnnualPlan,
    /// A proposal (đề án) stating purpose, partner, content and programme is required.
    ProposalRequired,
    /// The opinion of a role is required before the decision.
    OpinionRequired {
        /// Whose opinion.
        of: Role,
    },
    /// A figure of the request is at least `min` (months of operation, months in the post,
    /// months of social insurance, age); not checked when the request does not state it.
    AtLeast {
        /// What is counted.
        of: Tenure,
        /// The minimum.
        min: u32,
    },
    /// The business person's post is one QĐ 09/2023/QĐ-TTg Art. 9 lists for the enterprise
    /// case.
    ListedPost,
    /// The enterprise signs or cooperates directly with partners of APEC member economies.
    ApecPartner,
    /// The enterprise filed its yearly report on card use (QĐ 09/2023/QĐ-TTg Art. 27(5)).
    YearlyReportFiled,
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::Label;
        match self {
            Condition::NoSanctionAtLeast { level } => {
                write!(f, "không đang chịu kỷ luật từ {} trở lên", level.vi())
            }
            Condition::NoExitSuspension => f.write_str("không bị tạm hoãn xuất cảnh"),
            Condition::MaxTripsPerPersonPerYear { max } => write!(f, "≤ {max} chuyến/người/năm"),
            Condition::MaxLeaderTripsPerYear { max } => write!(f, "lãnh đạo ≤ {max} chuyến/năm"),
            Condition::MaxDelegationSize { head, max } => {
                write!(f, "≤ {max} người (trưởng đoàn: {})", head.vi())
            }
            Condition::MaxDaysPerCountry {
                max,
                major_event_max: Some(m),
            } => write!(f, "≤ {max} ngày/nước (sự kiện lớn ≤ {m})"),
            Condition::MaxDaysPerCountry {
                max,
                major_event_max: None,
            } => write!(f, "≤ {max} ngày/nước"),
            Condition::MaxCountriesPerTrip { max } => write!(f, "≤ {max} nước/chuyến"),
            Condition::MaxTripLength { max } => {
                write!(f, "≤ {} mỗi chuyến", super::super::period_vi(*max))
            }
            Condition::NoTwoKeyLeadersTogether => {
                f.write_str("không cử 2 lãnh đạo chủ chốt trong cùng một đoàn")
            }
            Condition::NoRelatives => f.write_str("không đưa người thân đi cùng"),
            Condition::NoEnterpriseFunded => {
                f.write_str("không đi theo đoàn do doanh nghiệp tổ chức, tài trợ")
            }
            Condition::MaxOutOfPlanPerYear { max } => write!(f, "≤ {max} đoàn ngoài kế hoạch/năm"),
            Condition::InAnnualPlan => f.write_str("phải có trong kế hoạch đối ngoại hằng năm"),
            Condition::ProposalRequired => f.write_str("phải có đề án"),
            Condition::OpinionRequired { of } => write!(f, "phải có ý kiến của {}", of.vi()),
            Condition::AtLeast { of, min } => write!(f, "{} ≥ {min}", of.vi()),
            Condition::ListedPost => f.write_str("chức vụ thuộc danh sách Điều 9"),
            Condition::ApecPartner => {
                f.write_str("có hoạt động ký kết, hợp tác với đối tác nền kinh tế APEC")
            }
            Condition::YearlyReportFiled => {
                f.write_str("đã báo cáo tình hình sử dụng thẻ hằng năm")
            }
        }
    }
}

impl FamilyValue for Condition {
    const FAMILY: Family = Family::Condition;
    fn roles(&self) -> Vec<Role> {
        match self {
            Condition::OpinionRequired { of } => vec![*of],
            _ => vec![],
        }
    }
}
