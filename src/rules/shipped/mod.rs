//! The rulebooks shipped with the crate, as Rust tables that serialise to the JSON form.

use super::rulebook::RulebookData;

mod national;
mod provinces;

/// The shipped rulebook's name.
pub(crate) const NAME: &str = "doingoai-shipped";
/// The date of the shipped data; the version adds the content hash of the files.
pub(crate) const DATE: &str = "2026.11.29";

/// The shipped rulebook's version: the date and the content hash of every data file.
pub(crate) fn version() -> String {
    format!("{DATE}+{}", crate::data::CONTENT_HASH)
}

#[cfg(test)]
mod export;

pub(crate) fn legacy_data() -> RulebookData {
    RulebookData {
        name: NAME.to_string(),
        version: DATE.to_string(),
        layers: std::iter::once(national::layer())
            .chain(provinces::layers())
            .collect(),
    }
}

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::law::{Evidence, Instrument, InstrumentKind, InstrumentNumber, Validity};

/// An instrument declared by a shipped layer.
#[allow(clippy::too_many_arguments)]
pub(super) fn ins(
    number: &'static str,
    kind: InstrumentKind,
    issuer: &'static str,
    signed: Option<NaiveDate>,
    from: NaiveDate,
    to: Option<NaiveDate>,
    vi: &'static str,
    en: &'static str,
    evidence: Evidence,
) -> Instrument {
    Instrument {
        number: InstrumentNumber::from_static(number),
        kind,
        issuer: Cow::Borrowed(issuer),
        signed,
        in_force: Validity { from, to },
        replaces: vec![],
        title_vi: Cow::Borrowed(vi),
        title_en: Cow::Borrowed(en),
        evidence,
    }
}
