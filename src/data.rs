//! The rulebook data files embedded at build time (`rulebook/**/*.toml`, listed by `build.rs`)
//! and the small pieces of their format that several modules read: days and one-or-many
//! lists. The rules module reads whole layers (`rules::Layer::from_toml`); the organisation
//! module reads only the `[[fa_agency]]` rows.

use chrono::NaiveDate;
use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/rulebook_files.rs"));

/// A date written as a TOML date (`2020-04-15`) or a string (`"2020-04-15"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Day(pub(crate) NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Raw::deserialize(d)? {
            Raw::Toml(dt) => match (dt.date, dt.time) {
                (Some(date), None) => date.to_string(),
                _ => {
                    return Err(serde::de::Error::custom(format!(
                        "`{dt}` is not a day: write a date such as 2020-04-15"
                    )))
                }
            },
            Raw::Text(s) => s,
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Day)
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a day (YYYY-MM-DD)")))
    }
}

/// One string or a list of strings.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub(crate) enum OneOrMany {
    /// `cite = "…"`.
    One(String),
    /// `cite = ["…", "…"]`.
    Many(Vec<String>),
}

impl OneOrMany {
    /// The strings.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        let v: Vec<&str> = match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        };
        v.into_iter()
    }
}
