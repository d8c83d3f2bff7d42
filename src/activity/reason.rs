//! Why a request's jurisdiction — whose rules apply — may differ from its applicant body's.
//!
//! A body files under the rules of its own jurisdiction: a province's department under its
//! province, a ministry under the nation. Four situations in the law put an activity under
//! another jurisdiction's rules; a request in one of them says so in `jurisdiction_reason`,
//! and [`ProposedActivity::validate`](super::ProposedActivity::validate) refuses a
//! jurisdiction that differs from the applicant's without a reason
//! ([`Problem::JurisdictionDiffers`](super::Problem::JurisdictionDiffers)) or with a reason
//! that does not fit the two jurisdictions
//! ([`Problem::ReasonDoesNotFit`](super::Problem::ReasonDoesNotFit)). The check is of sense
//! only: whether the body may act at all on the day (a body of a unit that ended on
//! 30/06/2025) is the rules' finding.
//!
//! ```
//! use doingoai::activity::{ActivityKind, Details, JurisdictionReason, Problem, ProposedActivity};
//! use doingoai::org::{Body, BodyKind};
//! use chrono::NaiveDate;
//! let ha_tinh = "34:42".parse()?;
//! let ngo = ProposedActivity::new("PCPNN-1", ActivityKind::ForeignNgo, ha_tinh,
//!         NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
//!     .by(Body::central(BodyKind::Mofa))
//!     .details(Details::Ngo { organisation: "Oxfam".into(), renewal: false, expiry: None });
//! let err = ngo.validate().unwrap_err();
//! assert_eq!(err.field, "jurisdiction");
//! assert!(matches!(err.problem, Problem::JurisdictionDiffers { .. }));
//! let asked = ngo.jurisdiction_reason(JurisdictionReason::ProvinceConsulted);
//! assert_eq!(asked.validate(), Ok(()));
//! // a reason that does not fit: the nation is not a province that hosts the activity
//! let mut wrong = asked.clone();
//! wrong.jurisdiction = doingoai::org::Jurisdiction::National;
//! assert_eq!(wrong.validate().unwrap_err().field, "jurisdiction_reason");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::label::vocabulary;
use crate::org::Jurisdiction;

vocabulary! {
    /// Why the jurisdiction whose rules apply differs from the applicant body's own.
    pub enum JurisdictionReason {
        /// A central body asks the province for its opinion, and the province's answer is
        /// the activity: a foreign NGO's registration ("các cơ quan được lấy ý kiến có trách
        /// nhiệm trả lời bằng văn bản", NĐ 58/2022/NĐ-CP Art. 11(4), also Art. 12, 15), an
        /// additional resident reporter (NĐ 262/2026/NĐ-CP, read in a single OCR copy). The applicant body is central
        /// (jurisdiction `national`), the jurisdiction a province.
        ProvinceConsulted = ("province_consulted", "cơ quan trung ương lấy ý kiến tỉnh", "a central body consults the province"),
        /// A matter a national instrument gives to a central authority, filed by a
        /// provincial body and evaluated under the national rules alone (a conference the
        /// Prime Minister permits on the Chairman's submission, QĐ 06/2020/QĐ-TTg Art. 3(1),
        /// Art. 5(1)). The jurisdiction is `national`, the applicant body provincial.
        NationalMatter = ("national_matter", "việc thuộc thẩm quyền của trung ương", "a matter for a central authority"),
        /// The applicant body is stated under its unit of the 63 and the activity falls
        /// under the unit of the 34 that unit became (part of) on 01/07/2025
        /// (NQ 202/2025/QH15; [`Jurisdiction::successor`]).
        SuccessorProvince = ("successor_province", "tỉnh kế thừa sau sắp xếp đơn vị hành chính", "the successor province after the 2025 reorganisation"),
        /// The activity takes place in another province, whose rules govern it: foreigners
        /// brought into its maritime border area (notice to the police and border guard
        /// "cấp tỉnh nơi đến", NĐ 71/2015/NĐ-CP Art. 7(2)); a resident foreign reporter's
        /// work in the province, on which its People's Committee answers (NĐ 88/2012/NĐ-CP
        /// Art. 13(3)). The jurisdiction is a province other than the applicant body's. Not a
        /// conference a province's body holds elsewhere: its permission stays with its own
        /// Chairman (QĐ 06/2020/QĐ-TTg Art. 3(2)), the host province may only ask for it to be
        /// suspended (Art. 7(3)).
        HostProvince = ("host_province", "tỉnh nơi diễn ra hoạt động", "the province where the activity takes place"),
    }
}

impl JurisdictionReason {
    /// Whether the reason explains an activity under `jurisdiction` filed by a body of
    /// `applicant`: the two differ, and in the way the reason says.
    ///
    /// ```
    /// use doingoai::activity::JurisdictionReason as R;
    /// use doingoai::org::Jurisdiction;
    /// let quang_nam: Jurisdiction = "63:49".parse()?;
    /// let da_nang: Jurisdiction = "34:48".parse()?;
    /// let ha_tinh: Jurisdiction = "34:42".parse()?;
    /// assert!(R::SuccessorProvince.explains(quang_nam, da_nang));
    /// assert!(!R::SuccessorProvince.explains(quang_nam, ha_tinh));
    /// assert!(R::HostProvince.explains(da_nang, ha_tinh));
    /// assert!(R::NationalMatter.explains(da_nang, Jurisdiction::National));
    /// assert!(R::ProvinceConsulted.explains(Jurisdiction::National, da_nang));
    /// assert!(!R::HostProvince.explains(da_nang, da_nang)); // nothing to explain
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explains(self, applicant: Jurisdiction, jurisdiction: Jurisdiction) -> bool {
        applicant != jurisdiction
            && match self {
                JurisdictionReason::ProvinceConsulted => {
                    applicant.is_national() && !jurisdiction.is_national()
                }
                JurisdictionReason::NationalMatter => {
                    jurisdiction.is_national() && !applicant.is_national()
                }
                JurisdictionReason::SuccessorProvince => {
                    applicant.successor() == Some(jurisdiction)
                }
                JurisdictionReason::HostProvince => !jurisdiction.is_national(),
            }
    }
}
