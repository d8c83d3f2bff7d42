//! Target (d): `Citation` parsed from any text. When it parses, the citation printed in
//! Vietnamese (`to_string`, `vi`) and in English (`en`) parses back to the same citation, and
//! an instrument number parsed on its own round-trips through `as_str`.

use doingoai::{Citation, InstrumentNumber};

/// What one run did (for the harness test).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ran {
    /// The text parsed as a citation.
    pub citation: bool,
    /// The text parsed as an instrument number.
    pub number: bool,
}

/// Runs the target on one input.
pub fn run(data: &[u8]) -> Ran {
    let mut ran = Ran::default();
    let Ok(text) = std::str::from_utf8(data) else {
        return ran;
    };
    if let Ok(c) = text.parse::<Citation>() {
        ran.citation = true;
        let vi = c.to_string();
        assert_eq!(vi, c.vi());
        assert_eq!(
            vi.parse::<Citation>(),
            Ok(c.clone()),
            "{text:?} printed as {vi:?}"
        );
        let en = c.en();
        assert_eq!(
            en.parse::<Citation>(),
            Ok(c.clone()),
            "{text:?} printed as {en:?}"
        );
    }
    if let Ok(n) = InstrumentNumber::parse(text) {
        ran.number = true;
        let s = n.as_str().to_string();
        assert_eq!(InstrumentNumber::parse(&s), Ok(n), "{text:?} kept as {s:?}");
    }
    ran
}
