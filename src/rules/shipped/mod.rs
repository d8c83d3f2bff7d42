//! The rulebook shipped with the crate: the TOML data files under `rulebook/` (embedded by
//! `build.rs`, listed in `crate::data::FILES`), read by [`Rulebook::try_shipped`](super::Rulebook::try_shipped).

/// The shipped rulebook's name.
pub(crate) const NAME: &str = "doingoai-shipped";

/// The date of the shipped data; the version adds the content hash of the files.
pub(crate) const DATE: &str = "2026.11.29";

/// The shipped rulebook's version: the date and the content hash of every data file.
pub(crate) fn version() -> String {
    format!("{DATE}+{}", crate::data::CONTENT_HASH)
}
