//! Bodies (cơ quan, tổ chức) and the periods in which they exist, and the provincial
//! foreign-affairs agency as a role a jurisdiction maps to a body.
//!
//! ```
//! use doingoai::org::{BodyKind, Level};
//! use chrono::NaiveDate;
//! let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
//! assert!(BodyKind::DistrictPeoplesCommittee.exists_on(d(2025, 6, 30)));
//! assert!(!BodyKind::DistrictPeoplesCommittee.exists_on(d(2025, 7, 1)));
//! assert_eq!(BodyKind::Mofa.level(), Level::Central);
//! ```

use chrono::NaiveDate;

use super::Jurisdiction;
use crate::label::vocabulary;
use crate::law::{ymd as d, Citation, Evidence, Validity};

vocabulary! {
    /// The level a body belongs to.
    pub enum Level {
        /// Central (trung ương).
        Central = ("central", "trung ương", "central"),
        /// Provincial (cấp tỉnh).
        Provincial = ("provincial", "cấp tỉnh", "provincial"),
        /// District (cấp huyện), abolished on 01/07/2025.
        District = ("district", "cấp huyện", "district"),
        /// Commune (cấp xã).
        Commune = ("commune", "cấp xã", "commune"),
        /// Outside the state and party apparatus (enterprises, foreign partners).
        Other = ("other", "khác", "other"),
    }
}

vocabulary! {
    /// A kind of body. A concrete body is a kind in a jurisdiction ([`Body`]).
    pub enum BodyKind {
        /// Politburo.
        Politburo = ("politburo", "Bộ Chính trị", "Politburo"),
        /// Secretariat of the Party Central Committee.
        Secretariat = ("secretariat", "Ban Bí thư", "Secretariat"),
        /// Central External Relations Commission; ended in 2025, functions to MOFA.
        CentralExternalRelationsCommission = ("central_external_relations_commission", "Ban Đối ngoại Trung ương", "Central External Relations Commission"),
        /// The Prime Minister.
        PrimeMinister = ("prime_minister", "Thủ tướng Chính phủ", "Prime Minister"),
        /// Ministry of Foreign Affairs.
        Mofa = ("mofa", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
        /// MOFA Party Committee (point of contact for party external relations from 25/01/2025).
        MofaPartyCommittee = ("mofa_party_committee", "Đảng ủy Bộ Ngoại giao", "MOFA Party Committee"),
        /// Ministry of Public Security.
        Mps = ("mps", "Bộ Công an", "Ministry of Public Security"),
        /// Ministry of National Defence.
        Mod = ("mod", "Bộ Quốc phòng", "Ministry of National Defence"),
        /// Ministry of Planning and Investment (merged into the Ministry of Finance in 2025).
        Mpi = ("mpi", "Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment"),
        /// Ministry of Finance.
        Mof = ("mof", "Bộ Tài chính", "Ministry of Finance"),
        /// Ministry of Home Affairs.
        Moha = ("moha", "Bộ Nội vụ", "Ministry of Home Affairs"),
        /// National Assembly Foreign Affairs Committee; ended 18/02/2025.
        NaForeignAffairsCommittee = ("na_foreign_affairs_committee", "Ủy ban Đối ngoại của Quốc hội", "NA Foreign Affairs Committee"),
        /// Vietnam Union of Friendship Organisations (central).
        Vufo = ("vufo", "Liên hiệp các tổ chức hữu nghị Việt Nam", "Vietnam Union of Friendship Organisations"),
        /// Vietnam Fatherland Front (central).
        FatherlandFront = ("fatherland_front", "Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front"),
        /// Provincial party committee (Tỉnh ủy / Thành ủy).
        ProvincialPartyCommittee = ("provincial_party_committee", "Tỉnh ủy", "provincial party committee"),
        /// Standing board of the provincial party committee.
        ProvincialPartyStandingBoard = ("provincial_party_standing_board", "Ban Thường vụ Tỉnh ủy", "provincial party standing board"),
        /// Standing committee of the provincial party committee.
        ProvincialPartyStandingCommittee = ("provincial_party_standing_committee", "Thường trực Tỉnh ủy", "provincial party standing committee"),
        /// Provincial People's Council.
        ProvincialPeoplesCouncil = ("provincial_peoples_council", "Hội đồng nhân dân tỉnh", "provincial People's Council"),
        /// Standing committee of the provincial People's Council.
        PeoplesCouncilStanding = ("peoples_council_standing", "Thường trực HĐND tỉnh", "People's Council standing committee"),
        /// Provincial People's Committee (UBND tỉnh).
        ProvincialPeoplesCommittee = ("provincial_peoples_committee", "Ủy ban nhân dân tỉnh", "provincial People's Committee"),
        /// Chairman of the provincial People's Committee.
        PpcChairman = ("ppc_chairman", "Chủ tịch UBND tỉnh", "Chairman of the provincial People's Committee"),
        /// Party executive committee of the PPC (until the 2025 party restructuring).
        PpcPartyExecutiveCommittee = ("ppc_party_executive_committee", "Ban cán sự đảng UBND tỉnh", "PPC party executive committee"),
        /// Party committee of the PPC (from the 2025 party restructuring).
        PpcPartyCommittee = ("ppc_party_committee", "Đảng ủy UBND tỉnh", "PPC Party Committee"),
        /// Provincial Department of Foreign Affairs.
        DepartmentOfForeignAffairs = ("department_of_foreign_affairs", "Sở Ngoại vụ", "Department of Foreign Affairs"),
        /// Office of the provincial People's Committee.
        PpcOffice = ("ppc_office", "Văn phòng UBND tỉnh", "PPC Office"),
        /// Department of Planning and Investment (merged into the Department of Finance in 2025).
        DepartmentOfPlanningAndInvestment = ("department_of_planning_and_investment", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
        /// Department of Finance.
        DepartmentOfFinance = ("department_of_finance", "Sở Tài chính", "Department of Finance"),
        /// Any other provincial department or agency (sở, ban, ngành).
        ProvincialDepartment = ("provincial_department", "sở, ban, ngành tỉnh", "provincial department"),
        /// Provincial police.
        ProvincialPolice = ("provincial_police", "Công an tỉnh", "provincial police"),
        /// Provincial military command.
        ProvincialMilitaryCommand = ("provincial_military_command", "Bộ Chỉ huy Quân sự tỉnh", "provincial military command"),
        /// Provincial Fatherland Front committee.
        ProvincialFatherlandFront = ("provincial_fatherland_front", "Ủy ban MTTQ Việt Nam tỉnh", "provincial Fatherland Front"),
        /// A provincial mass organisation (women's union, youth union, …).
        ProvincialMassOrganisation = ("provincial_mass_organisation", "đoàn thể tỉnh", "provincial mass organisation"),
        /// Provincial union of friendship organisations (people's diplomacy).
        ProvincialFriendshipUnion = ("provincial_friendship_union", "Liên hiệp các tổ chức hữu nghị tỉnh", "provincial union of friendship organisations"),
        /// District People's Committee; abolished on 01/07/2025.
        DistrictPeoplesCommittee = ("district_peoples_committee", "UBND cấp huyện", "district People's Committee"),
        /// Commune People's Committee.
        CommunePeoplesCommittee = ("commune_peoples_committee", "UBND cấp xã", "commune People's Committee"),
        /// People's Committee of a border commune.
        BorderCommunePeoplesCommittee = ("border_commune_peoples_committee", "UBND xã biên giới", "border commune People's Committee"),
        /// A public service unit or state enterprise under the province.
        ProvincialPublicUnit = ("provincial_public_unit", "đơn vị sự nghiệp, doanh nghiệp nhà nước", "public service unit"),
        /// A foreign partner (government, locality, organisation).
        ForeignPartner = ("foreign_partner", "đối tác nước ngoài", "foreign partner"),
        /// A foreign non-governmental organisation.
        ForeignNgo = ("foreign_ngo", "tổ chức phi chính phủ nước ngoài", "foreign NGO"),
        /// A Vietnamese mission abroad.
        MissionAbroad = ("mission_abroad", "cơ quan đại diện Việt Nam ở nước ngoài", "Vietnamese mission abroad"),
        /// An enterprise lawfully established under Vietnamese law that is not a state
        /// enterprise of the province (an ABTC applicant, QĐ 09/2023/QĐ-TTg Art. 9(3)).
        Enterprise = ("enterprise", "doanh nghiệp", "enterprise"),
    }
}

/// When a body stopped (or started) existing, with the source.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Existence {
    /// The period in which the body exists (open-ended at the start when it predates the model).
    pub period: Validity,
    /// The instruments that created or ended it.
    pub citations: Vec<Citation>,
    /// How the dates are known.
    pub evidence: Evidence,
    /// The body that takes over when this one ends, where a text names one (`None` when the
    /// functions were split or no successor is sourced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<BodyKind>,
    /// A note on uncertainty or on the successor.
    pub note: std::borrow::Cow<'static, str>,
}

impl BodyKind {
    /// The level of the body.
    pub const fn level(self) -> Level {
        use BodyKind::*;
        match self {
            Politburo
            | Secretariat
            | CentralExternalRelationsCommission
            | PrimeMinister
            | Mofa
            | MofaPartyCommittee
            | Mps
            | Mod
            | Mpi
            | Mof
            | Moha
            | NaForeignAffairsCommittee
            | Vufo
            | FatherlandFront
            | MissionAbroad => Level::Central,
            DistrictPeoplesCommittee => Level::District,
            CommunePeoplesCommittee | BorderCommunePeoplesCommittee => Level::Commune,
            ForeignPartner | ForeignNgo => Level::Other,
            _ => Level::Provincial,
        }
    }

    /// The channel a body acts in by default: party bodies in the party channel, the Fatherland
    /// Front, mass organisations and friendship unions in people's diplomacy, the rest in the
    /// state channel. `None` for bodies outside the Vietnamese apparatus.
    pub const fn channel(self) -> Option<super::Channel> {
        use super::Channel;
        use BodyKind::*;
        match self {
            Politburo
            | Secretariat
            | CentralExternalRelationsCommission
            | MofaPartyCommittee
            | ProvincialPartyCommittee
            | ProvincialPartyStandingBoard
            | ProvincialPartyStandingCommittee
            | PpcPartyExecutiveCommittee
            | PpcPartyCommittee => Some(Channel::Party),
            Vufo
            | FatherlandFront
            | ProvincialFatherlandFront
            | ProvincialMassOrganisation
            | ProvincialFriendshipUnion => Some(Channel::People),
            ForeignPartner | ForeignNgo | Enterprise => None,
            _ => Some(Channel::State),
        }
    }

    /// The period in which this kind of body exists, where it started or ended within the
    /// modelled range, and its successor where a text names one; `None` for bodies that exist
    /// throughout. (The provincial Sở Ngoại vụ ends province by province: see
    /// [`check_exists`].)
    pub fn existence(self) -> Option<Existence> {
        use std::borrow::Cow::Borrowed;
        use BodyKind::*;
        let until = |last: NaiveDate| Validity {
            from: NaiveDate::MIN,
            to: Some(last),
        };
        Some(match self {
            CentralExternalRelationsCommission => Existence {
                period: until(d(2025, 1, 24)),
                // The decision ending the Commission was not read; 121-KL/TW only shares the date.
                citations: vec![],
                evidence: Evidence::Secondary,
                successor: Some(MofaPartyCommittee),
                note: Borrowed("functions transferred to MOFA; sources give 24/01/2025 (merger in effect, MOFA Party Committee the contact from 25/01/2025) or 03/02/2025 (ceased operations); the decision text was not read. Modelled as last day 24/01/2025"),
            },
            NaForeignAffairsCommittee => Existence {
                period: until(d(2025, 2, 17)),
                citations: vec![],
                evidence: Evidence::Secondary,
                // split between three bodies: no single successor
                successor: None,
                note: Borrowed("ceased by the NA resolution of 18/02/2025 (number not read); tasks to the Committee on National Defence, Security and Foreign Affairs, the NA Office and MOFA"),
            },
            MofaPartyCommittee => Existence {
                period: Validity::from(d(2025, 1, 25)),
                citations: vec![],
                evidence: Evidence::Secondary,
                successor: None,
                note: Borrowed("point of contact for party external relations from 25/01/2025 (as a successor of the Central External Relations Commission)"),
            },
            DistrictPeoplesCommittee => Existence {
                period: until(d(2025, 6, 30)),
                // NĐ 177/2025 Art. 3 [SRC-PD, fidelity-audit.md A-20, state-procedures.md §4]:
                // the international agreements of the abolished district People's Committees
                // are inherited by the provincial People's Committee.
                citations: vec![
                    Citation::instrument("72/2025/QH15"),
                    Citation::article("177/2025/NĐ-CP", 3),
                ],
                evidence: Evidence::Secondary,
                successor: Some(ProvincialPeoplesCommittee),
                note: Borrowed("district level abolished; two-level local government from 01/07/2025; the provincial People's Committee inherits the district committees' international agreements (NĐ 177/2025/NĐ-CP Art. 3)"),
            },
            Mpi => Existence {
                period: until(d(2025, 2, 28)),
                // docs/research/2026-11-national.md §1: NQ 176/2025/QH15 (adopted and in
                // effect 18/02/2025) merges the Ministry of Planning and Investment into the
                // Ministry of Finance; the old ministries worked until 28/02/2025, the new
                // ones from 01/03/2025 [SEC: Lao Động,
                // https://news.laodong.vn/thoi-su/bo-may-cu-cua-chinh-phu-hoat-dong-den-het-thang-22025-1467445.ldo;
                // also https://news.laodong.vn/kinh-doanh/bo-tai-chinh-se-tinh-gian-9640-lanh-dao-cap-truong-nam-2025-1471671.ldo,
                // read with `search`: "From March 1, 2025, the Ministry of Finance will
                // officially merge the Ministry of Planning and Investment"]. NĐ 29/2025/NĐ-CP
                // (24/02/2025 [SRC, preamble of TT 26/2026/TT-BTC]) gives the Ministry of
                // Finance the planning and investment fields; its effective date was not found.
                citations: vec![
                    Citation::instrument("176/2025/QH15"),
                    Citation::article("29/2025/NĐ-CP", 1),
                ],
                evidence: Evidence::Secondary,
                successor: Some(Mof),
                note: Borrowed("merged into the Ministry of Finance (NQ 176/2025/QH15): worked until 28/02/2025, the Ministry of Finance holds its fields from 01/03/2025 (NĐ 29/2025/NĐ-CP Art. 1); dates from the press, the texts' own effective-date articles not read"),
            },
            DepartmentOfPlanningAndInvestment => Existence {
                period: until(d(2025, 2, 28)),
                // docs/research/2026-11-national.md §2: NĐ 45/2025/NĐ-CP (28/02/2025) lists the
                // Sở Tài chính among the departments of every province and no Sở Kế hoạch và
                // Đầu tư [SEC: http://hdnd.dongnai.gov.vn/Pages/glp-quydinhmoivecoquanchuyenmonthu-glpnd-34299-glpnc-4-glpsite-1.html,
                // read with `search`]; each province merged the two by its own HĐND
                // resolution. Đà Nẵng's new Sở Tài chính, "trên cơ sở hợp nhất Sở Tài chính
                // và Sở Kế hoạch & Đầu tư", worked from 01/03/2025 [SEC:
                // https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm].
                // 01/03/2025 is the default the research recommends; a province whose HĐND
                // resolution gives another day is not modelled yet.
                citations: vec![Citation::instrument("45/2025/NĐ-CP")],
                evidence: Evidence::Secondary,
                successor: Some(DepartmentOfFinance),
                note: Borrowed("merged into the Sở Tài chính province by province (HĐND resolutions under NĐ 45/2025/NĐ-CP); modelled with the default last day 28/02/2025 (Đà Nẵng's merged Sở Tài chính from 01/03/2025, press); the per-province day may differ"),
            },
            _ => return None,
        })
    }

    /// Whether this kind of body exists on `date` (as a kind: the Sở Ngoại vụ of a given
    /// province may have ended earlier, see [`check_exists`]).
    pub fn exists_on(self, date: NaiveDate) -> bool {
        self.existence().is_none_or(|e| e.period.contains(date))
    }

    /// The body that holds this body's functions on `date` because this one has ended: its
    /// successor named by a text (followed along a chain of successors). `None` while the body
    /// exists on `date`, or when no successor is named.
    ///
    /// ```
    /// use doingoai::org::BodyKind;
    /// use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let dpc = BodyKind::DistrictPeoplesCommittee;
    /// assert_eq!(dpc.successor_on(d(2025, 6, 30)), None);
    /// assert_eq!(dpc.successor_on(d(2025, 7, 1)), Some(BodyKind::ProvincialPeoplesCommittee));
    /// ```
    pub fn successor_on(self, date: NaiveDate) -> Option<BodyKind> {
        let mut current = self;
        let mut found = None;
        // a chain is short; the bound guards against a cycle in the data
        for _ in 0..BodyKind::ALL.len() {
            let Some(e) = current.existence() else { break };
            if e.period.to.is_none_or(|t| date <= t) {
                break;
            }
            match e.successor {
                Some(next) => {
                    found = Some(next);
                    current = next;
                }
                None => break,
            }
        }
        found
    }
}

/// A body that no longer exists on the date of an act: a request it files, or a step assigned
/// to it, is refused with this reason (never admitted, never silently re-routed).
///
/// ```
/// use doingoai::org::{check_exists, BodyKind, Jurisdiction};
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let da_nang = Jurisdiction::new_unit(48).unwrap();
/// let gone = check_exists(BodyKind::DistrictPeoplesCommittee, da_nang, d(2025, 8, 1)).unwrap_err();
/// assert_eq!(gone.ended, d(2025, 6, 30));
/// assert_eq!(gone.successor.map(|b| b.kind), Some(BodyKind::ProvincialPeoplesCommittee));
/// assert!(check_exists(BodyKind::DistrictPeoplesCommittee, "63:49".parse()?, d(2025, 6, 1)).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
#[serde(deny_unknown_fields)]
#[error("{body} no longer exists: its last day was {}; {}", ended.format("%d/%m/%Y"), successor.as_ref().map_or_else(|| "no successor is named by a text read".to_string(), |s| format!("its successor is {s}")))]
#[non_exhaustive]
pub struct BodyGone {
    /// The body asked about.
    pub body: Body,
    /// The last day it existed.
    pub ended: NaiveDate,
    /// The body that took over, where a text names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<Body>,
    /// The instruments that ended it or name its successor (empty where none was read).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
    /// How the end is known.
    pub evidence: Evidence,
}

impl BodyGone {
    /// The reason in Vietnamese.
    pub fn vi(&self) -> String {
        format!(
            "{} không còn tồn tại: ngày cuối cùng là {}; {}",
            self.body,
            self.ended.format("%d/%m/%Y"),
            self.successor.as_ref().map_or_else(
                || "chưa có văn bản nêu cơ quan kế thừa".to_string(),
                |s| format!("cơ quan kế thừa là {s}")
            )
        )
    }

    /// What would satisfy the rules, in English: the successor acts instead.
    pub fn remedy_en(&self) -> String {
        match &self.successor {
            Some(s) => format!("the request is made by (or the step assigned to) {s}"),
            None => "name the body that now holds these functions".to_string(),
        }
    }

    /// What would satisfy the rules, in Vietnamese.
    pub fn remedy_vi(&self) -> String {
        match &self.successor {
            Some(s) => format!("{s} đề nghị (hoặc thực hiện bước này)"),
            None => "xác định cơ quan hiện đảm nhận chức năng này".to_string(),
        }
    }
}

/// Whether a body of kind `body` in `jurisdiction` exists on `date`; if it has ended, why
/// (the body, its last day, its successor where a text names one). Three causes, in order:
/// * the kind itself ended ([`BodyKind::existence`]: district People's Committees after
///   30/06/2025, the Central External Relations Commission, …);
/// * the provincial Sở Ngoại vụ of a province whose foreign-affairs agency is, on the date,
///   the Văn phòng UBND ([`fa_agency_assignments`]: Đắk Lắk from 19/02/2025, NQ 10/NQ-HĐND);
/// * a provincial body of a unit of the 63 after 30/06/2025 (the unit of the 34 it became
///   part of holds its successor).
///
/// A body not yet in existence, or one whose existence on the date no sourced row states
/// (e.g. a province's Sở Ngoại vụ after 2025 where no assignment is shipped), is not refused
/// here.
///
/// ```
/// use doingoai::org::{check_exists, BodyKind, Jurisdiction};
/// use chrono::NaiveDate;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let dak_lak = Jurisdiction::old(66).unwrap();
/// let so = BodyKind::DepartmentOfForeignAffairs;
/// assert!(check_exists(so, dak_lak, d(2025, 2, 18)).is_ok());
/// let gone = check_exists(so, dak_lak, d(2025, 3, 3)).unwrap_err();
/// assert_eq!(gone.ended, d(2025, 2, 18));
/// assert_eq!(gone.successor.map(|b| b.kind), Some(BodyKind::PpcOffice));
/// ```
pub fn check_exists(
    body: BodyKind,
    jurisdiction: Jurisdiction,
    date: NaiveDate,
) -> Result<(), BodyGone> {
    let level = body.level();
    let home = |kind: BodyKind, j: Jurisdiction| {
        if kind.level() == Level::Central {
            Jurisdiction::National
        } else {
            j
        }
    };
    // the last day alone first (one read of a table): a body still in existence is the
    // common case, and its full record is only needed to explain that it is not
    let ended = last_day(body).filter(|t| date > *t);
    if let Some(e) = ended.and_then(|_| body.existence()) {
        if let Some(last) = e.period.to.filter(|t| date > *t) {
            // the territory's jurisdiction on the date (a unit of the 63 → its unit of the
            // 34), only needed to place the successor
            let now = jurisdiction.on(date).unwrap_or(jurisdiction);
            return Err(BodyGone {
                body: Body::new(body, home(body, jurisdiction)),
                ended: last,
                successor: body.successor_on(date).map(|s| Body::new(s, home(s, now))),
                citations: e.citations,
                evidence: e.evidence,
            });
        }
    }
    if body == BodyKind::DepartmentOfForeignAffairs {
        if let Some(gone) = fa_department_gone(jurisdiction, date) {
            return Err(gone);
        }
    }
    let j_end = jurisdiction.validity().to;
    if let Some(last) = j_end.filter(|t| {
        date > *t && matches!(level, Level::Provincial | Level::District | Level::Commune)
    }) {
        let successor = jurisdiction
            .successor()
            .map(|next| match check_exists(body, next, date) {
                Err(g) => g.successor,
                Ok(()) => Some(Body::new(body, next)),
            });
        return Err(BodyGone {
            body: Body::new(body, jurisdiction),
            ended: last,
            successor: successor.flatten(),
            citations: super::ProvinceSet::From2025.citations(),
            evidence: Evidence::Secondary,
        });
    }
    Ok(())
}

/// The last day of a kind of body that has one ([`BodyKind::existence`]), read from a table
/// built once in the order of [`BodyKind::ALL`].
fn last_day(body: BodyKind) -> Option<NaiveDate> {
    static LAST: std::sync::OnceLock<Vec<Option<NaiveDate>>> = std::sync::OnceLock::new();
    LAST.get_or_init(|| {
        BodyKind::ALL
            .iter()
            .map(|b| b.existence().and_then(|e| e.period.to))
            .collect()
    })
    .get(body as usize)
    .copied()
    .flatten()
}

/// The Sở Ngoại vụ of `jurisdiction` on `date` has ended when the province's foreign-affairs
/// agency on that date (or on the province's last day, for a unit that ended) is the PPC
/// Office. Its last day is the day before the earliest such assignment of the province or of
/// the units it was formed from.
fn fa_department_gone(jurisdiction: Jurisdiction, date: NaiveDate) -> Option<BodyGone> {
    let probe = jurisdiction.validity().to.map_or(date, |t| date.min(t));
    if fa_agency(jurisdiction, probe).ok()? != BodyKind::PpcOffice {
        return None;
    }
    let lineage: Vec<Jurisdiction> = std::iter::once(jurisdiction)
        .chain(jurisdiction.predecessors())
        .collect();
    let first = fa_agency_rows()
        .iter()
        .filter(|a| {
            a.body == BodyKind::PpcOffice
                && lineage.contains(&a.jurisdiction)
                && a.period.from <= probe
        })
        .min_by_key(|a| a.period.from)?;
    let now = jurisdiction.on(date).unwrap_or(jurisdiction);
    let successor = match fa_agency(now, date) {
        Ok(k) => Some(Body::new(k, now)),
        Err(_) => None,
    };
    Some(BodyGone {
        body: Body::new(BodyKind::DepartmentOfForeignAffairs, jurisdiction),
        ended: first.period.from.pred_opt()?,
        successor,
        citations: first.citations.clone(),
        evidence: first.evidence,
    })
}

/// A concrete body: a kind of body in a jurisdiction, optionally with its own name
/// (e.g. `Sở Y tế` for a [`BodyKind::ProvincialDepartment`]).
///
/// ```
/// use doingoai::org::{Body, BodyKind, Jurisdiction};
/// let hn = Jurisdiction::new_unit(1).unwrap();
/// let dept = Body::new(BodyKind::ProvincialDepartment, hn).named("Sở Y tế");
/// assert_eq!(dept.to_string(), "Sở Y tế (34:01)");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The kind of body.
    pub kind: BodyKind,
    /// Where it belongs (`national` for central bodies).
    pub jurisdiction: Jurisdiction,
    /// Its own name, when the kind is generic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Body {
    /// A body of a kind in a jurisdiction.
    pub fn new(kind: BodyKind, jurisdiction: Jurisdiction) -> Self {
        Body {
            kind,
            jurisdiction,
            name: None,
        }
    }

    /// A central body.
    pub fn central(kind: BodyKind) -> Self {
        Body::new(kind, Jurisdiction::National)
    }

    /// The same body with its own name.
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Whether the body exists on `date`: its jurisdiction exists and it has not ended
    /// ([`check_exists`]).
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.jurisdiction.exists_on(date) && self.check_exists(date).is_ok()
    }

    /// [`check_exists`] for this body, the reason naming the body as given (with its name).
    pub fn check_exists(&self, date: NaiveDate) -> Result<(), BodyGone> {
        check_exists(self.kind, self.jurisdiction, date).map_err(|mut gone| {
            gone.body.name.clone_from(&self.name);
            gone
        })
    }
}

impl std::fmt::Display for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self
            .name
            .as_deref()
            .unwrap_or(crate::label::Label::vi(&self.kind));
        if self.jurisdiction.is_national() {
            f.write_str(name)
        } else {
            write!(f, "{name} ({})", self.jurisdiction)
        }
    }
}

/// Which body serves as the *provincial foreign-affairs agency* (cơ quan ngoại vụ cấp tỉnh) of
/// a jurisdiction during a period: a Sở Ngoại vụ, or the Văn phòng UBND tỉnh where the
/// department was merged (NĐ 45/2025/NĐ-CP Art. 9(1); TT 09/2025/TT-BNG).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaAgencyAssignment {
    /// The province.
    pub jurisdiction: Jurisdiction,
    /// [`BodyKind::DepartmentOfForeignAffairs`] or [`BodyKind::PpcOffice`].
    pub body: BodyKind,
    /// When the assignment holds.
    pub period: Validity,
    /// The provincial or national instrument that says so.
    pub citations: Vec<Citation>,
    /// How it is known.
    pub evidence: Evidence,
}

/// The foreign-affairs agency of a province on a date could not be stated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no sourced assignment of the provincial foreign-affairs agency for {jurisdiction} on {date}: add a FaAgencyAssignment (NĐ 45/2025/NĐ-CP Art. 9(1))")]
#[non_exhaustive]
pub struct UnknownFaAgency {
    /// The province asked about.
    pub jurisdiction: Jurisdiction,
    /// The date asked about.
    pub date: NaiveDate,
}

/// A `[[fa_agency]]` row of a rulebook data file: the provincial foreign-affairs agency on a
/// period, with the text that says so.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FaAgencyRow {
    pub(crate) body: BodyKind,
    pub(crate) from: crate::data::Day,
    #[serde(default)]
    pub(crate) until: Option<crate::data::Day>,
    pub(crate) cite: crate::data::OneOrMany,
    pub(crate) grade: Evidence,
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) note: Option<String>,
}

impl FaAgencyRow {
    fn assignment(&self, jurisdiction: Jurisdiction) -> FaAgencyAssignment {
        FaAgencyAssignment {
            jurisdiction,
            body: self.body,
            period: Validity {
                from: self.from.0,
                to: self.until.map(|d| d.0),
            },
            // The rulebook loader refuses a file whose citation does not parse.
            citations: self.cite.iter().filter_map(|c| c.parse().ok()).collect(),
            evidence: self.grade,
        }
    }
}

/// The foreign-affairs agency assignments the crate ships: the `[[fa_agency]]` rows of the
/// rulebook data files (`rulebook/provinces/*.toml`), sourced rows only. Before the 2025
/// reorganisation every province of the 63 had a Sở Ngoại vụ; from 2025 only these rows are
/// known. Read once.
///
/// ```
/// use doingoai::org::{fa_agency_assignments, BodyKind};
/// let lang_son = fa_agency_assignments().into_iter()
///     .find(|a| a.jurisdiction.to_string() == "34:20").unwrap();
/// assert_eq!(lang_son.body, BodyKind::DepartmentOfForeignAffairs);
/// assert_eq!(lang_son.citations[0].to_string(), "50/2025/QĐ-UBND");
/// ```
pub fn fa_agency_assignments() -> Vec<FaAgencyAssignment> {
    fa_agency_rows().to_vec()
}

/// The rows of [`fa_agency_assignments`], read once and not copied (`fa_agency` is on the
/// path of every `evaluate` of a foreign-affairs department's request).
fn fa_agency_rows() -> &'static [FaAgencyAssignment] {
    static ROWS: std::sync::OnceLock<Vec<FaAgencyAssignment>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Header {
            jurisdiction: Jurisdiction,
        }
        #[derive(serde::Deserialize)]
        struct Doc {
            layer: Header,
            #[serde(default)]
            fa_agency: Vec<FaAgencyRow>,
        }
        let mut v = Vec::new();
        for json in crate::data::FILES_JSON {
            // A file that does not parse is refused, with its line, by the rulebook loader.
            if let Ok(doc) = serde_json::from_str::<Doc>(json) {
                v.extend(
                    doc.fa_agency
                        .iter()
                        .map(|r| r.assignment(doc.layer.jurisdiction)),
                );
            }
        }
        v
    })
}

/// The body that serves as the provincial foreign-affairs agency of `jurisdiction` on
/// `date`: a shipped assignment if one covers the date; otherwise, for a unit of the 63
/// before 2025, the Sở Ngoại vụ; otherwise an error (never a guess).
///
/// ```
/// use doingoai::org::{fa_agency, BodyKind, Jurisdiction};
/// use chrono::NaiveDate;
/// let dak_lak = Jurisdiction::new_unit(66).unwrap();
/// let on = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(); // after QĐ 01652/QĐ-UBND
/// assert_eq!(fa_agency(dak_lak, on)?, BodyKind::PpcOffice);
/// # Ok::<(), doingoai::org::UnknownFaAgency>(())
/// ```
pub fn fa_agency(jurisdiction: Jurisdiction, date: NaiveDate) -> Result<BodyKind, UnknownFaAgency> {
    if let Some(a) = fa_agency_rows()
        .iter()
        .find(|a| a.jurisdiction == jurisdiction && a.period.contains(date))
    {
        return Ok(a.body);
    }
    let before_reorganisation = d(2025, 1, 1);
    match jurisdiction.province() {
        Some(p)
            if p.set == super::ProvinceSet::Until2025
                && date < before_reorganisation
                && jurisdiction.exists_on(date) =>
        {
            Ok(BodyKind::DepartmentOfForeignAffairs)
        }
        _ => Err(UnknownFaAgency { jurisdiction, date }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_day_table_is_each_kinds_existence() {
        for (i, b) in BodyKind::ALL.iter().enumerate() {
            assert_eq!(*b as usize, i, "{b:?} is not at its place in ALL");
            assert_eq!(
                last_day(*b),
                b.existence().and_then(|e| e.period.to),
                "{b:?}"
            );
        }
        // the table is not empty: some bodies ended in the 2025 reorganisation
        assert!(BodyKind::ALL.iter().any(|b| last_day(*b).is_some()));
        assert_eq!(
            last_day(BodyKind::CentralExternalRelationsCommission),
            NaiveDate::from_ymd_opt(2025, 1, 24)
        );
    }
}
