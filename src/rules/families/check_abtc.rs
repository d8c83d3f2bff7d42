//! The checks of the conditions of an APEC business travel card request (QĐ 09/2023/QĐ-TTg
//! Art. 8, 9, 12(2)(e), 27(5)) against its facts ([`AbtcRequest`](crate::activity::AbtcRequest)).
//! A request without ABTC facts, or a figure it does not state, is not checked.

use crate::label::Label;

use super::super::facts::FlatFacts;
use super::super::finding::{text, Finding, FindingKind};
use super::{Condition, Tenure};

impl Condition {
    /// The breaches of an ABTC condition (empty for the other conditions).
    pub(super) fn check_abtc(&self, f: &FlatFacts) -> Vec<Finding> {
        let Some(r) = &f.abtc else {
            return Vec::new();
        };
        let mut out = Vec::new();
        match self {
            Condition::AtLeast { of, min } => {
                let actual = match of {
                    Tenure::EnterpriseMonths => r.enterprise_months,
                    Tenure::PostMonths => r.months_in_post,
                    Tenure::SocialInsuranceMonths => r.social_insurance_months,
                    Tenure::AgeYears => r.age_years,
                };
                if let Some(actual) = actual.filter(|a| a < min) {
                    out.push(Finding::new(
                        FindingKind::BelowMinimum {
                            of: *of,
                            min: *min,
                            actual,
                        },
                        text(
                            format!("{}: {actual}, dưới mức tối thiểu {min}", of.vi()),
                            format!("{}: {actual}, below the minimum of {min}", of.en()),
                        ),
                        text(
                            format!("đề nghị khi {} đạt {min}", of.vi()),
                            format!("apply when the {} reach {min}", of.en()),
                        ),
                    ));
                }
            }
            Condition::ListedPost if !r.post.listed_for(r.enterprise) => {
                out.push(Finding::new(
                    FindingKind::PostNotListed {
                        post: r.post,
                        enterprise: r.enterprise,
                    },
                    text(
                        format!(
                            "chức vụ \"{}\" không thuộc danh sách Điều 9 cho trường hợp {}",
                            r.post.vi(),
                            r.enterprise.vi()
                        ),
                        format!(
                            "the post \"{}\" is not listed in Art. 9 for the case of a {}",
                            r.post.en(),
                            r.enterprise.en()
                        ),
                    ),
                    text(
                        "đề nghị cho doanh nhân giữ chức vụ thuộc danh sách Điều 9",
                        "apply for a business person holding a post Art. 9 lists",
                    ),
                ));
            }
            Condition::ApecPartner if r.apec_partner == Some(false) => {
                out.push(Finding::new(
                        FindingKind::NoApecPartner,
                        text(
                            "doanh nghiệp không có hoạt động ký kết, hợp tác kinh doanh trực tiếp với đối tác của nền kinh tế thành viên APEC",
                            "the enterprise has no direct signing or business cooperation with partners of APEC member economies",
                        ),
                        text(
                            "kèm hợp đồng thương mại hoặc giấy tờ chứng minh nhu cầu hợp tác",
                            "attach a commercial contract or papers proving the need to cooperate",
                        ),
                    ));
            }
            Condition::YearlyReportFiled if r.yearly_report_filed == Some(false) => {
                out.push(Finding::new(
                        FindingKind::YearlyReportMissing,
                        text(
                            "doanh nghiệp chưa báo cáo tình hình sử dụng thẻ ABTC hằng năm; việc chấp hành định kỳ báo cáo là cơ sở để xem xét cho phép",
                            "the enterprise did not file its yearly report on card use; filing it is a basis for considering the permission",
                        ),
                        text(
                            "nộp báo cáo hằng năm rồi rà soát lại điều kiện",
                            "file the yearly report, then recheck",
                        ),
                    ));
            }
            _ => {}
        }
        out
    }
}
