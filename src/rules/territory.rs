//! The jurisdiction a rule belongs to: the nation, or a provincial unit of the 63-unit set (until
//! 30/06/2025) or of the 34-unit set (from 01/07/2025), with the succession of 01/07/2025.
//!
//! This is the rules module's own, minimal key for a jurisdiction. Codes are the official
//! two-digit codes; an old code is never reused as an identifier across the 2025 boundary
//! (`63:82` is Tiền Giang, `34:82` is the new Đồng Tháp), see `domain/provinces.md`.
//!
//! ```
//! use doingoai::rules::Territory;
//! use chrono::NaiveDate;
//! let bd: Territory = "63:74".parse()?;
//! assert_eq!(bd.name_vi(), "Bình Dương");
//! // Bình Dương merged into TP Hồ Chí Minh on 01/07/2025
//! assert_eq!(bd.successor(), Some("34:79".parse()?));
//! let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
//! assert!(!bd.exists_on(d));
//! assert_eq!(Territory::by_name("Đà Nẵng", d), Some("34:48".parse()?));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::d;

/// Last day of the 63-unit set.
pub const LAST_DAY_OF_63: NaiveDate = d(2025, 6, 30);
/// First day of the 34-unit set (NQ 202/2025/QH15; the new local governments start work).
pub const FIRST_DAY_OF_34: NaiveDate = d(2025, 7, 1);

/// A jurisdiction that issues rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub enum Territory {
    /// The national baseline (laws, decrees, decisions of the Prime Minister, central party
    /// instruments).
    #[default]
    National,
    /// A provincial unit of the 63-unit set, in force until 30/06/2025 (code as in Decision
    /// 124/2004/QĐ-TTg as amended). Written `63:NN`.
    Province63(u8),
    /// A provincial unit of the 34-unit set, from 01/07/2025 (code of Decision 19/2025/QĐ-TTg).
    /// Written `34:NN`.
    Province34(u8),
}

/// How a unit of the 63-unit set continued on 01/07/2025 (NQ 202/2025/QH15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Succession {
    /// The unit was kept unchanged (one of the 11): same territory, same authorities; its
    /// rules continue.
    Unchanged(Territory),
    /// The unit was merged with others into a new unit: its rules are tied to its own
    /// territory and period and do not carry over to the new unit.
    MergedInto(Territory),
}

/// A jurisdiction text that is not `national`, `63:NN` or `34:NN` with a known code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a jurisdiction: expected `national`, `63:NN` (a unit of the 63-unit set until 30/06/2025) or `34:NN` (a unit of the 34-unit set from 01/07/2025) with an official code")]
pub struct UnknownTerritory(pub String);

impl Territory {
    /// Whether the code is an official code of the set.
    pub fn is_known(self) -> bool {
        match self {
            Territory::National => true,
            Territory::Province63(c) => OLD63.iter().any(|r| r.0 == c),
            Territory::Province34(c) => NEW34.iter().any(|r| r.0 == c),
        }
    }

    /// The first and last day the jurisdiction exists (`None` = open).
    pub fn existence(self) -> (Option<NaiveDate>, Option<NaiveDate>) {
        match self {
            Territory::National => (None, None),
            Territory::Province63(_) => (None, Some(LAST_DAY_OF_63)),
            Territory::Province34(_) => (Some(FIRST_DAY_OF_34), None),
        }
    }

    /// Whether the jurisdiction exists on `date`.
    pub fn exists_on(self, date: NaiveDate) -> bool {
        let (from, to) = self.existence();
        from.is_none_or(|f| date >= f) && to.is_none_or(|t| date <= t)
    }

    /// The Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Territory::National => "toàn quốc",
            Territory::Province63(c) => OLD63.iter().find(|r| r.0 == c).map_or("?", |r| r.1),
            Territory::Province34(c) => NEW34.iter().find(|r| r.0 == c).map_or("?", |r| r.1),
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Territory::National => "national",
            Territory::Province63(c) => OLD63.iter().find(|r| r.0 == c).map_or("?", |r| r.2),
            Territory::Province34(c) => NEW34.iter().find(|r| r.0 == c).map_or("?", |r| r.2),
        }
    }

    /// The successor in the 34-unit set of a unit of the 63-unit set.
    pub fn successor(self) -> Option<Territory> {
        self.succession().map(|s| match s {
            Succession::Unchanged(t) | Succession::MergedInto(t) => t,
        })
    }

    /// How a unit of the 63-unit set continued on 01/07/2025.
    pub fn succession(self) -> Option<Succession> {
        let Territory::Province63(c) = self else {
            return None;
        };
        let row = OLD63.iter().find(|r| r.0 == c)?;
        let next = Territory::Province34(row.3);
        let members = OLD63.iter().filter(|r| r.3 == row.3).count();
        Some(if members == 1 && row.3 == c {
            Succession::Unchanged(next)
        } else {
            Succession::MergedInto(next)
        })
    }

    /// The units of the 63-unit set that form a unit of the 34-unit set.
    pub fn predecessors(self) -> impl Iterator<Item = Territory> {
        let code = match self {
            Territory::Province34(c) => Some(c),
            _ => None,
        };
        OLD63
            .iter()
            .filter(move |r| Some(r.3) == code)
            .map(|r| Territory::Province63(r.0))
    }

    /// The unit of the 63-unit set this 34-set unit continues unchanged, if it is one of the 11.
    pub fn continues(self) -> Option<Territory> {
        let mut p = self.predecessors();
        let first = p.next()?;
        match (p.next(), first.succession()) {
            (None, Some(Succession::Unchanged(_))) => Some(first),
            _ => None,
        }
    }

    /// The jurisdiction with this Vietnamese or English name (case-insensitive; diacritics
    /// required for the Vietnamese form) that exists on `date`, or `national`.
    pub fn by_name(name: &str, date: NaiveDate) -> Option<Territory> {
        let n = name.trim().to_lowercase();
        if n == "national" || n == "toàn quốc" || n == "vn" {
            return Some(Territory::National);
        }
        if let Ok(t) = name.parse::<Territory>() {
            return Some(t);
        }
        let hit = |vi: &str, en: &str| vi.to_lowercase() == n || en.to_lowercase() == n;
        if date <= LAST_DAY_OF_63 {
            OLD63
                .iter()
                .find(|r| hit(r.1, r.2))
                .map(|r| Territory::Province63(r.0))
        } else {
            NEW34
                .iter()
                .find(|r| hit(r.1, r.2))
                .map(|r| Territory::Province34(r.0))
        }
    }

    /// Every known jurisdiction: national, the 63 and the 34.
    pub fn all() -> impl Iterator<Item = Territory> {
        std::iter::once(Territory::National)
            .chain(OLD63.iter().map(|r| Territory::Province63(r.0)))
            .chain(NEW34.iter().map(|r| Territory::Province34(r.0)))
    }
}

impl fmt::Display for Territory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Territory::National => f.write_str("national"),
            Territory::Province63(c) => write!(f, "63:{c:02}"),
            Territory::Province34(c) => write!(f, "34:{c:02}"),
        }
    }
}

impl FromStr for Territory {
    type Err = UnknownTerritory;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let parsed = if t == "national" {
            Some(Territory::National)
        } else if let Some(c) = t.strip_prefix("63:") {
            c.parse().ok().map(Territory::Province63)
        } else if let Some(c) = t.strip_prefix("34:") {
            c.parse().ok().map(Territory::Province34)
        } else {
            None
        };
        match parsed {
            Some(p) if p.is_known() => Ok(p),
            _ => Err(UnknownTerritory(s.to_string())),
        }
    }
}

impl TryFrom<String> for Territory {
    type Error = UnknownTerritory;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Territory> for String {
    fn from(t: Territory) -> String {
        t.to_string()
    }
}

/// The 63 provincial units until 30/06/2025: (code, Vietnamese name, English name, code of the 34-set successor).
pub(crate) const OLD63: &[(u8, &str, &str, u8)] = &[
    (1, "Hà Nội", "Hanoi", 1),
    (2, "Hà Giang", "Ha Giang", 8),
    (4, "Cao Bằng", "Cao Bang", 4),
    (6, "Bắc Kạn", "Bac Kan", 19),
    (8, "Tuyên Quang", "Tuyen Quang", 8),
    (10, "Lào Cai", "Lao Cai", 15),
    (11, "Điện Biên", "Dien Bien", 11),
    (12, "Lai Châu", "Lai Chau", 12),
    (14, "Sơn La", "Son La", 14),
    (15, "Yên Bái", "Yen Bai", 15),
    (17, "Hòa Bình", "Hoa Binh", 25),
    (19, "Thái Nguyên", "Thai Nguyen", 19),
    (20, "Lạng Sơn", "Lang Son", 20),
    (22, "Quảng Ninh", "Quang Ninh", 22),
    (24, "Bắc Giang", "Bac Giang", 24),
    (25, "Phú Thọ", "Phu Tho", 25),
    (26, "Vĩnh Phúc", "Vinh Phuc", 25),
    (27, "Bắc Ninh", "Bac Ninh", 24),
    (30, "Hải Dương", "Hai Duong", 31),
    (31, "Hải Phòng", "Hai Phong", 31),
    (33, "Hưng Yên", "Hung Yen", 33),
    (34, "Thái Bình", "Thai Binh", 33),
    (35, "Hà Nam", "Ha Nam", 37),
    (36, "Nam Định", "Nam Dinh", 37),
    (37, "Ninh Bình", "Ninh Binh", 37),
    (38, "Thanh Hóa", "Thanh Hoa", 38),
    (40, "Nghệ An", "Nghe An", 40),
    (42, "Hà Tĩnh", "Ha Tinh", 42),
    (44, "Quảng Bình", "Quang Binh", 44),
    (45, "Quảng Trị", "Quang Tri", 44),
    (46, "Huế", "Hue", 46),
    (48, "Đà Nẵng", "Da Nang", 48),
    (49, "Quảng Nam", "Quang Nam", 48),
    (51, "Quảng Ngãi", "Quang Ngai", 51),
    (52, "Bình Định", "Binh Dinh", 52),
    (54, "Phú Yên", "Phu Yen", 66),
    (56, "Khánh Hòa", "Khanh Hoa", 56),
    (58, "Ninh Thuận", "Ninh Thuan", 56),
    (60, "Bình Thuận", "Binh Thuan", 68),
    (62, "Kon Tum", "Kon Tum", 51),
    (64, "Gia Lai", "Gia Lai", 52),
    (66, "Đắk Lắk", "Dak Lak", 66),
    (67, "Đắk Nông", "Dak Nong", 68),
    (68, "Lâm Đồng", "Lam Dong", 68),
    (70, "Bình Phước", "Binh Phuoc", 75),
    (72, "Tây Ninh", "Tay Ninh", 80),
    (74, "Bình Dương", "Binh Duong", 79),
    (75, "Đồng Nai", "Dong Nai", 75),
    (77, "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", 79),
    (79, "Hồ Chí Minh", "Ho Chi Minh City", 79),
    (80, "Long An", "Long An", 80),
    (82, "Tiền Giang", "Tien Giang", 82),
    (83, "Bến Tre", "Ben Tre", 86),
    (84, "Trà Vinh", "Tra Vinh", 86),
    (86, "Vĩnh Long", "Vinh Long", 86),
    (87, "Đồng Tháp", "Dong Thap", 82),
    (89, "An Giang", "An Giang", 91),
    (91, "Kiên Giang", "Kien Giang", 91),
    (92, "Cần Thơ", "Can Tho", 92),
    (93, "Hậu Giang", "Hau Giang", 92),
    (94, "Sóc Trăng", "Soc Trang", 92),
    (95, "Bạc Liêu", "Bac Lieu", 96),
    (96, "Cà Mau", "Ca Mau", 96),
];
/// The 34 provincial units from 01/07/2025: (code, Vietnamese name, English name).
pub(crate) const NEW34: &[(u8, &str, &str)] = &[
    (1, "Hà Nội", "Hanoi"),
    (4, "Cao Bằng", "Cao Bang"),
    (8, "Tuyên Quang", "Tuyen Quang"),
    (11, "Điện Biên", "Dien Bien"),
    (12, "Lai Châu", "Lai Chau"),
    (14, "Sơn La", "Son La"),
    (15, "Lào Cai", "Lao Cai"),
    (19, "Thái Nguyên", "Thai Nguyen"),
    (20, "Lạng Sơn", "Lang Son"),
    (22, "Quảng Ninh", "Quang Ninh"),
    (24, "Bắc Ninh", "Bac Ninh"),
    (25, "Phú Thọ", "Phu Tho"),
    (31, "Hải Phòng", "Hai Phong"),
    (33, "Hưng Yên", "Hung Yen"),
    (37, "Ninh Bình", "Ninh Binh"),
    (38, "Thanh Hóa", "Thanh Hoa"),
    (40, "Nghệ An", "Nghe An"),
    (42, "Hà Tĩnh", "Ha Tinh"),
    (44, "Quảng Trị", "Quang Tri"),
    (46, "Huế", "Hue"),
    (48, "Đà Nẵng", "Da Nang"),
    (51, "Quảng Ngãi", "Quang Ngai"),
    (52, "Gia Lai", "Gia Lai"),
    (56, "Khánh Hòa", "Khanh Hoa"),
    (66, "Đắk Lắk", "Dak Lak"),
    (68, "Lâm Đồng", "Lam Dong"),
    (75, "Đồng Nai", "Dong Nai"),
    (79, "Hồ Chí Minh", "Ho Chi Minh City"),
    (80, "Tây Ninh", "Tay Ninh"),
    (82, "Đồng Tháp", "Dong Thap"),
    (86, "Vĩnh Long", "Vinh Long"),
    (91, "An Giang", "An Giang"),
    (92, "Cần Thơ", "Can Tho"),
    (96, "Cà Mau", "Ca Mau"),
];
