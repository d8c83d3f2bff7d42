use chrono::{Datelike, NaiveDate};

use super::super::{Anchor, Family, Period, Role};
use super::FamilyValue;
use crate::label::vocabulary;

vocabulary! {
    /// What is owed.
    pub enum ReportKind {
        /// A report on the results of an event or trip.
        ResultReport = ("result_report", "báo cáo kết quả", "result report"),
        /// A report after signing an agreement (with a copy to another body).
        PostSigningReport = ("post_signing_report", "báo cáo sau khi ký", "post-signing report"),
        /// A periodic annual report.
        AnnualReport = ("annual_report", "báo cáo hằng năm", "annual report"),
        /// A periodic six-month report.
        SemiannualReport = ("semiannual_report", "báo cáo 6 tháng", "six-month report"),
        /// An annual plan.
        AnnualPlan = ("annual_plan", "kế hoạch hằng năm", "annual plan"),
        /// Notice of an approval to the donor and ministries.
        ApprovalNotice = ("approval_notice", "thông báo phê duyệt", "approval notice"),
        /// Return of an official or diplomatic passport to the managing agency.
        PassportReturn = ("passport_return", "nộp lại hộ chiếu", "passport return"),
        /// An NGO's notice of its activity plan to the province.
        ActivityPlanNotice = ("activity_plan_notice", "thông báo kế hoạch hoạt động", "activity-plan notice"),
        /// Start of implementation (approval revocable otherwise).
        ImplementationStart = ("implementation_start", "triển khai thực hiện", "start of implementation"),
        /// The end-of-aid (completion) report.
        CompletionReport = ("completion_report", "báo cáo kết thúc", "completion report"),
        /// A finance report for the first half-year.
        FinanceReportH1 = ("finance_report_h1", "báo cáo tài chính 6 tháng đầu năm", "H1 finance report"),
        /// A finance report for the second half-year.
        FinanceReportH2 = ("finance_report_h2", "báo cáo tài chính 6 tháng cuối năm", "H2 finance report"),
        /// An annual finance report.
        FinanceReportAnnual = ("finance_report_annual", "báo cáo tài chính năm", "annual finance report"),
        /// An NGO's report of its bank account.
        BankAccountNotice = ("bank_account_notice", "báo cáo tài khoản ngân hàng", "bank-account notice"),
        /// A written report before the trip.
        PriorNotice = ("prior_notice", "báo cáo trước chuyến đi", "prior notice"),
        /// The yearly report on implementing an action plan or a directive (owed under the
        /// plan or directive itself, not under a rule of the rulebook).
        ImplementationReport = ("implementation_report", "báo cáo kết quả thực hiện kế hoạch, chỉ thị", "implementation report of a plan or directive"),
        /// The application for the APEC business travel card at the Ministry of Public
        /// Security, within the life of the province's permission (QĐ 09/2023/QĐ-TTg Art. 13(6)).
        CardApplication = ("card_application", "đề nghị cấp thẻ ABTC", "card application"),
        /// A written request to cancel a card's validity, with the card recovered (QĐ
        /// 09/2023/QĐ-TTg Art. 19).
        RevocationRequest = ("revocation_request", "văn bản đề nghị hủy giá trị sử dụng thẻ", "request to cancel a card"),
        /// The yearly exchange of information with another body (QĐ 09/2023/QĐ-TTg Art. 26(4):
        /// the province with the Ministry of Public Security on card use).
        YearlyExchange = ("yearly_exchange", "trao đổi thông tin hằng năm", "yearly exchange of information"),
    }
}

/// A day of the year (day and month).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct MonthDay {
    /// The month, 1–12.
    pub month: u8,
    /// The day, 1–31.
    pub day: u8,
}

impl MonthDay {
    /// `MonthDay::new(12, 18)`: 18 December.
    pub const fn new(month: u8, day: u8) -> Self {
        MonthDay { month, day }
    }
    /// This day in `year`, if it exists.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month as u32, self.day as u32)
    }
    /// Whether the day exists in a leap year (months 1–12, day within the month).
    pub fn is_valid(self) -> bool {
        self.in_year(2024).is_some()
    }
}

/// The data window of a periodic report: from a day of the previous year (when `from` is
/// later in the year than `to`) to a day of the reporting year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataWindow {
    /// First day of the data.
    pub from: MonthDay,
    /// Last day of the data.
    pub to: MonthDay,
}

impl DataWindow {
    /// The concrete window for reporting year `year`.
    ///
    /// ```
    /// use doingoai::rules::{DataWindow, MonthDay};
    /// let w = DataWindow { from: MonthDay::new(12, 15), to: MonthDay::new(12, 14) };
    /// let (a, b) = w.for_year(2025).unwrap();
    /// assert_eq!(a.to_string(), "2024-12-15");
    /// assert_eq!(b.to_string(), "2025-12-14");
    /// ```
    pub fn for_year(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let from_year = if self.from > self.to { year - 1 } else { year };
        Some((self.from.in_year(from_year)?, self.to.in_year(year)?))
    }
}

/// When an obligation falls due.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Due {
    /// Within a period after an event.
    After {
        /// The event.
        anchor: Anchor,
        /// The period.
        within: Period,
    },
    /// Before an event ("at least N days before").
    Before {
        /// The event.
        anchor: Anchor,
        /// The period.
        at_least: Period,
    },
    /// Each year by a fixed day. `year_offset` is the year of the due day relative to the
    /// period the report or plan is about (−1: a plan due the year before; +1: a report due
    /// the year after).
    Yearly {
        /// The due day.
        by: MonthDay,
        /// Year of the due day relative to the period covered.
        #[serde(default)]
        year_offset: i8,
        /// The data window, if the source fixes one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        data: Option<DataWindow>,
    },
}

impl Due {
    /// The due day for the period (year) `year` of a yearly obligation.
    ///
    /// ```
    /// use doingoai::rules::{Due, MonthDay};
    /// // Luật 70/2020 Art. 46(1): the plan for 2026 is due by 15 Nov 2025
    /// let due = Due::Yearly { by: MonthDay::new(11, 15), year_offset: -1, data: None };
    /// assert_eq!(due.yearly_due(2026).unwrap().to_string(), "2025-11-15");
    /// ```
    pub fn yearly_due(&self, year: i32) -> Option<NaiveDate> {
        match self {
            Due::Yearly {
                by, year_offset, ..
            } => by.in_year(year + *year_offset as i32),
            _ => None,
        }
    }

    /// The period covered by the yearly obligation whose due day is the first on or after `date`.
    pub fn next_yearly_due(&self, date: NaiveDate) -> Option<(i32, NaiveDate)> {
        let Due::Yearly { year_offset, .. } = self else {
            return None;
        };
        let base = date.year() - *year_offset as i32;
        (base..base + 2).find_map(|y| {
            let due = self.yearly_due(y)?;
            (due >= date).then_some((y, due))
        })
    }
}

/// What report or plan is owed, by whom, to whom, and when.
///
/// ```
/// use doingoai::activity::ActivityKind;
/// use doingoai::rules::{Subject, Due, MonthDay, Obligation, Query, Role, Rulebook};
/// use doingoai::org::{Jurisdiction};
/// use chrono::NaiveDate;
/// // QĐ 06/2020/QĐ-TTg Art. 8: the province reports on conferences to MOFA by 18 December,
/// // data from 15 December of the previous year to 14 December.
/// let q = Query::new(Jurisdiction::National, Subject::Activity(ActivityKind::InternationalConference), NaiveDate::from_ymd_opt(2024, 1, 2).unwrap());
/// let o = Rulebook::shipped().find::<Obligation>(&q, "annual_report")?.unwrap();
/// let v = o.value.as_ref().unwrap();
/// assert_eq!(v.to, vec![Role::Mofa]);
/// assert_eq!(v.due.yearly_due(2024), NaiveDate::from_ymd_opt(2024, 12, 18));
/// # Ok::<(), doingoai::rules::ResolveError>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// What is owed.
    pub report: ReportKind,
    /// Who owes it.
    pub owed_by: Role,
    /// To whom (the first is the addressee, the others get copies).
    pub to: Vec<Role>,
    /// When.
    pub due: Due,
}

impl FamilyValue for Obligation {
    const FAMILY: Family = Family::Obligation;
    fn roles(&self) -> Vec<Role> {
        let mut v = vec![self.owed_by];
        v.extend(self.to.iter().copied());
        v
    }
}
