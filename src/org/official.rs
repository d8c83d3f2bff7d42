//! Officials (cán bộ, công chức, viên chức): position, title group, managing body,
//! key-leader flag, discipline records and exit suspension.
//!
//! ```
//! use doingoai::org::{Official, Position, ManagedBy, DisciplineKind, DisciplineRecord};
//! use doingoai::law::Validity;
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! let mut o = Official::new("hcm-0042", "Nguyễn Văn A", Position::DepartmentDeputyDirector);
//! o.managed_by = ManagedBy::Unit;
//! o.discipline.push(DisciplineRecord {
//!     kind: DisciplineKind::Reprimand,
//!     decided: d(2026, 3, 1),
//!     in_effect: Validity::between(d(2026, 3, 1), d(2027, 2, 28)).unwrap(),
//!     decision: Some("15/QĐ-KL".into()),
//! });
//! assert!(o.discipline_on(d(2026, 6, 1), DisciplineKind::Reprimand).is_some());
//! assert!(o.discipline_on(d(2027, 3, 1), DisciplineKind::Reprimand).is_none());
//! ```

use chrono::NaiveDate;

use super::Body;
use crate::label::vocabulary;
use crate::law::Validity;

vocabulary! {
    /// A position held by an official. Caps on delegation size and authority often depend on
    /// the position of the head of delegation (see [`Position::tier`]).
    pub enum Position {
        /// Secretary of the provincial party committee (Bí thư Tỉnh ủy).
        ProvincialPartySecretary = ("provincial_party_secretary", "Bí thư Tỉnh ủy", "provincial party secretary"),
        /// Deputy secretary of the provincial party committee.
        ProvincialPartyDeputySecretary = ("provincial_party_deputy_secretary", "Phó Bí thư Tỉnh ủy", "provincial party deputy secretary"),
        /// Member of the provincial party standing board.
        StandingBoardMember = ("standing_board_member", "Ủy viên Ban Thường vụ Tỉnh ủy", "member of the provincial party standing board"),
        /// Chair of the provincial People's Council.
        PeoplesCouncilChair = ("peoples_council_chair", "Chủ tịch HĐND tỉnh", "chair of the provincial People's Council"),
        /// Vice-chair of the provincial People's Council.
        PeoplesCouncilViceChair = ("peoples_council_vice_chair", "Phó Chủ tịch HĐND tỉnh", "vice-chair of the provincial People's Council"),
        /// Chairman of the provincial People's Committee.
        PpcChairman = ("ppc_chairman", "Chủ tịch UBND tỉnh", "PPC Chairman"),
        /// Vice-chairman of the provincial People's Committee.
        PpcViceChairman = ("ppc_vice_chairman", "Phó Chủ tịch UBND tỉnh", "PPC Vice-chairman"),
        /// Head of a provincial department, agency or mass organisation.
        DepartmentDirector = ("department_director", "Giám đốc sở, thủ trưởng ban, ngành", "department director"),
        /// Deputy head of a provincial department or agency.
        DepartmentDeputyDirector = ("department_deputy_director", "Phó Giám đốc sở", "deputy department director"),
        /// Leader of a district (until 30/06/2025).
        DistrictLeader = ("district_leader", "lãnh đạo cấp huyện", "district leader"),
        /// Leader of a commune.
        CommuneLeader = ("commune_leader", "lãnh đạo cấp xã", "commune leader"),
        /// Head of a public unit or state enterprise.
        UnitHead = ("unit_head", "thủ trưởng đơn vị", "head of unit"),
        /// A civil servant or public employee without a leadership position.
        Staff = ("staff", "công chức, viên chức", "staff"),
        /// Someone outside the civil service (expert, business person, relative).
        NonOfficial = ("non_official", "người ngoài biên chế", "non-official"),
    }
}

vocabulary! {
    /// The tiers that provincial caps on delegations are written in (e.g. Đà Nẵng, CV
    /// 101/UBND-SNV: ≤ 10 members when led by the city's party, HĐND or UBND head; ≤ 7 when led
    /// by a deputy head; ≤ 5 for inter-sector delegations led by department or commune level).
    pub enum LeadershipTier {
        /// Head of the provincial party committee, People's Council or People's Committee.
        ProvincialHead = ("provincial_head", "người đứng đầu cấp tỉnh", "provincial head"),
        /// A deputy head at provincial level.
        ProvincialDeputy = ("provincial_deputy", "cấp phó cấp tỉnh", "provincial deputy head"),
        /// Department, district or commune leadership.
        DepartmentOrCommune = ("department_or_commune", "cấp sở, cấp xã", "department or commune level"),
        /// Everyone else.
        Other = ("other", "khác", "other"),
    }
}

impl Position {
    /// The leadership tier of the position.
    pub const fn tier(self) -> LeadershipTier {
        use Position::*;
        match self {
            ProvincialPartySecretary | PeoplesCouncilChair | PpcChairman => {
                LeadershipTier::ProvincialHead
            }
            ProvincialPartyDeputySecretary
            | PeoplesCouncilViceChair
            | PpcViceChairman
            | StandingBoardMember => LeadershipTier::ProvincialDeputy,
            DepartmentDirector
            | DepartmentDeputyDirector
            | DistrictLeader
            | CommuneLeader
            | UnitHead => LeadershipTier::DepartmentOrCommune,
            Staff | NonOfficial => LeadershipTier::Other,
        }
    }
}

vocabulary! {
    /// Leadership title groups I–IV (nhóm chức danh) of Quy định 368-QĐ/TW (from 08/09/2025;
    /// before: Kết luận 35-KL/TW).
    pub enum TitleGroup {
        /// Group I.
        I = ("I", "nhóm I", "group I"),
        /// Group II.
        II = ("II", "nhóm II", "group II"),
        /// Group III.
        III = ("III", "nhóm III", "group III"),
        /// Group IV.
        IV = ("IV", "nhóm IV", "group IV"),
    }
}

vocabulary! {
    /// Which body manages the official as a cadre (diện … quản lý); decides which side of the
    /// party/state apparatus must give its opinion on the official's trips.
    pub enum ManagedBy {
        /// Managed by the Politburo (diện Bộ Chính trị quản lý).
        Politburo = ("politburo", "diện Bộ Chính trị quản lý", "managed by the Politburo"),
        /// Managed by the Secretariat.
        Secretariat = ("secretariat", "diện Ban Bí thư quản lý", "managed by the Secretariat"),
        /// Managed by the provincial party standing board.
        ProvincialStandingBoard = ("provincial_standing_board", "diện Ban Thường vụ Tỉnh ủy quản lý", "managed by the provincial party standing board"),
        /// Managed by the official's own unit.
        Unit = ("unit", "do đơn vị quản lý", "managed by the unit"),
    }
}

vocabulary! {
    /// Disciplinary sanctions, ordered from lightest to heaviest.
    pub enum DisciplineKind {
        /// Reprimand (khiển trách).
        Reprimand = ("reprimand", "khiển trách", "reprimand"),
        /// Warning (cảnh cáo).
        Warning = ("warning", "cảnh cáo", "warning"),
        /// Salary demotion (hạ bậc lương).
        Demotion = ("demotion", "hạ bậc lương", "salary demotion"),
        /// Demotion in position (giáng chức).
        PositionDemotion = ("position_demotion", "giáng chức", "demotion in position"),
        /// Removal from office (cách chức).
        Removal = ("removal", "cách chức", "removal from office"),
        /// Forced dismissal (buộc thôi việc).
        Dismissal = ("dismissal", "buộc thôi việc", "dismissal"),
        /// Expulsion from the party (khai trừ).
        Expulsion = ("expulsion", "khai trừ", "expulsion"),
    }
}

/// A disciplinary sanction with the period it is in effect.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisciplineRecord {
    /// The sanction.
    pub kind: DisciplineKind,
    /// The day it was decided.
    pub decided: NaiveDate,
    /// The period in which the sanction is in effect (chấp hành kỷ luật).
    pub in_effect: Validity,
    /// The number of the disciplinary decision, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

/// A temporary suspension of exit (tạm hoãn xuất cảnh, Luật 49/2019/QH14 Art. 36).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitSuspension {
    /// The period of the suspension (open-ended until lifted).
    pub period: Validity,
    /// The ground, as stated in the decision.
    pub ground: String,
}

/// An identifier of an official, unique within the caller's register.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct OfficialId(pub String);

impl std::fmt::Display for OfficialId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An official or other person taking part in an activity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    /// Identifier.
    pub id: OfficialId,
    /// Full name.
    pub name: String,
    /// Position held.
    pub position: Position,
    /// Title group (Quy định 368-QĐ/TW), where assigned.
    #[serde(default)]
    pub title_group: Option<TitleGroup>,
    /// Managing body.
    pub managed_by: ManagedBy,
    /// Key leader of the unit (lãnh đạo chủ chốt): two of one unit never travel together
    /// (Chỉ thị 38-CT/TW).
    #[serde(default)]
    pub key_leader: bool,
    /// The body the official works for.
    #[serde(default)]
    pub unit: Option<Body>,
    /// Disciplinary sanctions.
    #[serde(default)]
    pub discipline: Vec<DisciplineRecord>,
    /// Exit suspensions.
    #[serde(default)]
    pub exit_suspensions: Vec<ExitSuspension>,
}

impl Official {
    /// A new official with the given id, name and position, managed by the unit, no title
    /// group, not a key leader, no records.
    pub fn new(id: impl Into<String>, name: impl Into<String>, position: Position) -> Self {
        Official {
            id: OfficialId(id.into()),
            name: name.into(),
            position,
            title_group: None,
            managed_by: ManagedBy::Unit,
            key_leader: false,
            unit: None,
            discipline: Vec::new(),
            exit_suspensions: Vec::new(),
        }
    }

    /// The heaviest sanction of at least `at_least` in effect on `date`, if any.
    pub fn discipline_on(
        &self,
        date: NaiveDate,
        at_least: DisciplineKind,
    ) -> Option<&DisciplineRecord> {
        self.discipline
            .iter()
            .filter(|r| r.kind >= at_least && r.in_effect.contains(date))
            .max_by_key(|r| r.kind)
    }

    /// The exit suspension in effect on `date`, if any.
    pub fn exit_suspended_on(&self, date: NaiveDate) -> Option<&ExitSuspension> {
        self.exit_suspensions
            .iter()
            .find(|s| s.period.contains(date))
    }

    /// Whether the exit suspension or discipline overlaps the period `[from, to]`.
    pub fn exit_suspended_during(&self, from: NaiveDate, to: NaiveDate) -> Option<&ExitSuspension> {
        let span = Validity {
            from,
            to: Some(to.max(from)),
        };
        self.exit_suspensions
            .iter()
            .find(|s| s.period.overlaps(&span))
    }
}
