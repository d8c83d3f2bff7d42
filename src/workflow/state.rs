//! The states of the common life cycle and the procedures.

use crate::activity::ActivityKind;
use crate::label::vocabulary;

vocabulary! {
    /// A state of a case. Every procedure uses a subset of these (see
    /// [`Machine`](super::Machine)); which optional steps a case takes is decided by its
    /// [`Assessment`](super::Assessment).
    pub enum State {
        /// Being prepared by the applicant; nothing filed yet.
        Draft = ("draft", "dự thảo", "draft"),
        /// Hosting approval in principle requested (conferences, Art. 6 QĐ 06/2020).
        HostingRequested = ("hosting_requested", "đề nghị chủ trương đăng cai", "hosting approval requested"),
        /// Filed with the receiving agency, completeness not yet checked.
        Submitted = ("submitted", "đã nộp hồ sơ", "submitted"),
        /// Written opinions requested; each consultee has a reply deadline.
        InConsultation = ("in_consultation", "đang lấy ý kiến", "in consultation"),
        /// The applicant reconciles the opinions received (agreements of departments and border communes).
        Reconciling = ("reconciling", "tiếp thu, giải trình ý kiến", "reconciling opinions"),
        /// Waiting for the competent authority's decision.
        AwaitingDecision = ("awaiting_decision", "chờ quyết định", "awaiting decision"),
        /// Submitted to a higher authority (the Prime Minister) because a consultee objected.
        Escalated = ("escalated", "trình cấp trên", "escalated"),
        /// Returned to the applicant to complete the dossier.
        ReturnedForCompletion = ("returned_for_completion", "trả lại để hoàn thiện", "returned for completion"),
        /// Approved (permitted, consented) by a competent actor.
        Approved = ("approved", "đã cho phép", "approved"),
        /// Refused by a competent actor.
        Refused = ("refused", "không cho phép", "refused"),
        /// Carried out: trip made, event held, agreement signed, aid received, activity done.
        CarriedOut = ("carried_out", "đã thực hiện", "carried out"),
        /// The result report was filed (on time or late).
        ResultReported = ("result_reported", "đã báo cáo kết quả", "result reported"),
        /// Closed.
        Closed = ("closed", "kết thúc", "closed"),
        /// Withdrawn by the applicant.
        Withdrawn = ("withdrawn", "rút hồ sơ", "withdrawn"),
        /// Cancelled by the authority.
        Cancelled = ("cancelled", "hủy bỏ", "cancelled"),
    }
}

impl State {
    /// Whether the case may still be withdrawn or cancelled (the activity has not taken place
    /// and no final answer was given).
    pub const fn is_open(self) -> bool {
        matches!(
            self,
            State::Draft
                | State::HostingRequested
                | State::Submitted
                | State::InConsultation
                | State::Reconciling
                | State::AwaitingDecision
                | State::Escalated
                | State::ReturnedForCompletion
                | State::Approved
        )
    }

    /// Whether no event can change the case any more.
    pub const fn is_terminal(self) -> bool {
        matches!(
            self,
            State::Refused | State::Closed | State::Withdrawn | State::Cancelled
        )
    }

    /// Whether the state implies an approval by a competent actor.
    pub const fn implies_approval(self) -> bool {
        matches!(
            self,
            State::Approved | State::CarriedOut | State::ResultReported
        )
    }
}

vocabulary! {
    /// The procedures the crate runs, one machine each.
    pub enum Procedure {
        /// Outbound delegation (đoàn ra).
        Outbound = ("outbound", "đoàn ra", "outbound delegation"),
        /// Inbound delegation (đoàn vào).
        Inbound = ("inbound", "đoàn vào", "inbound delegation"),
        /// International conference or seminar (hội nghị, hội thảo quốc tế).
        Conference = ("conference", "hội nghị, hội thảo quốc tế", "international conference"),
        /// International agreement (thỏa thuận quốc tế).
        Agreement = ("agreement", "thỏa thuận quốc tế", "international agreement"),
        /// Non-refundable aid outside ODA (viện trợ không hoàn lại không thuộc ODA).
        Aid = ("aid", "viện trợ không hoàn lại không thuộc ODA", "non-ODA aid"),
        /// A foreign resident reporter's activity in the province (hoạt động báo chí tại địa phương).
        Press = ("press", "hoạt động báo chí nước ngoài tại địa phương", "foreign press local activity"),
        /// The province's reply as consultee on a foreign NGO registration.
        NgoReply = ("ngo_reply", "ý kiến của tỉnh về đăng ký tổ chức PCPNN", "province's reply on a foreign NGO registration"),
        /// A border affair that needs the People's Committee's approval (e.g. its letter of
        /// introduction for foreigners entering the maritime border area, NĐ 71/2015/NĐ-CP Art.
        /// 7(2)).
        Border = ("border", "công tác biên giới", "border affair"),
        /// Permission to use the APEC business travel card (cho phép sử dụng thẻ ABTC).
        Abtc = ("abtc", "cho phép sử dụng thẻ ABTC", "APEC business travel card permission"),
    }
}

impl Procedure {
    /// The procedure that runs an activity of this kind, if any.
    ///
    /// ```
    /// use doingoai::workflow::Procedure;
    /// use doingoai::ActivityKind;
    /// assert_eq!(Procedure::for_kind(ActivityKind::ForeignNgo), Some(Procedure::NgoReply));
    /// assert_eq!(Procedure::for_kind(ActivityKind::SisterRelation), Some(Procedure::Agreement));
    /// assert_eq!(Procedure::for_kind(ActivityKind::Inspection), None);
    /// ```
    pub fn for_kind(kind: ActivityKind) -> Option<Procedure> {
        Some(match kind {
            ActivityKind::OutboundDelegation => Procedure::Outbound,
            ActivityKind::InboundDelegation => Procedure::Inbound,
            ActivityKind::InternationalConference => Procedure::Conference,
            ActivityKind::InternationalAgreement => Procedure::Agreement,
            ActivityKind::ForeignAid => Procedure::Aid,
            ActivityKind::ForeignPress => Procedure::Press,
            ActivityKind::ForeignNgo => Procedure::NgoReply,
            // a memorandum with a foreign locality signed in the People's Committee's name is
            // an international agreement (Luật 70/2020/QH14 Art. 18–19)
            ActivityKind::SisterRelation => Procedure::Agreement,
            // an overseas-Vietnamese delegation received by the province: the inbound steps
            ActivityKind::OverseasVietnamese => Procedure::Inbound,
            ActivityKind::BorderAffair => Procedure::Border,
            ActivityKind::AbtcPermission => Procedure::Abtc,
            _ => return None,
        })
    }
}
