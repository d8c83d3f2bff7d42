//! The harnesses behind the fuzz targets of `doingoai` (see `README.md`).
//!
//! Each module has a `run(data)` that a target in `fuzz_targets/` calls and that a normal test
//! (`tests/harness.rs`) can call too: the inputs are given **structure** with the `arbitrary`
//! crate so that most of them get past parsing and reach the rules, the workflow and the
//! calendar, while an input that is already in the crate's own format (a request or a stored
//! case as JSON, a rulebook layer as TOML, a citation) is read as such, so the seed corpora
//! (`corpus/<target>/`) are the crate's example files.
//!
//! A panic, a failed assertion, an overflow (`cargo fuzz run -a`) or a hang is a finding.

pub mod calendar_deadlines;
pub mod case_events;
pub mod citation_parse;
pub mod evaluate_activity;
pub mod rulebook_layer;

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use chrono::{Days, NaiveDate};
use doingoai::WorkCalendar;

/// The state-agency calendar, built once.
pub fn calendar() -> &'static WorkCalendar {
    static CAL: OnceLock<WorkCalendar> = OnceLock::new();
    CAL.get_or_init(WorkCalendar::state_agency)
}

/// One of `items` (the first when the input is exhausted).
pub fn pick<'a, T>(u: &mut Unstructured<'_>, items: &'a [T]) -> Result<&'a T> {
    u.choose(items)
}

/// A day: mostly within the years the rules and the calendar cover (2010–2030), sometimes at
/// or past the calendar's edges (2000-01-01, 2100-12-31) and sometimes anywhere chrono can
/// represent.
pub fn date(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    let base = NaiveDate::from_ymd_opt(2010, 1, 1).expect("valid");
    Ok(match u.int_in_range(0u8..=15)? {
        0 => {
            let edges = [
                NaiveDate::from_ymd_opt(1999, 12, 31),
                NaiveDate::from_ymd_opt(2000, 1, 1),
                NaiveDate::from_ymd_opt(2100, 12, 31),
                NaiveDate::from_ymd_opt(2101, 1, 1),
                NaiveDate::from_ymd_opt(9999, 12, 31),
                Some(NaiveDate::MIN),
                Some(NaiveDate::MAX),
            ];
            pick(u, &edges)?.expect("valid")
        }
        1 => {
            let n: i32 = u.arbitrary()?;
            NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(base)
        }
        _ => base + Days::new(u64::from(u.int_in_range(0u16..=7670)?)),
    })
}

/// `d` moved by a small signed number of days (mostly forward), or `d` if that overflows.
pub fn shift(u: &mut Unstructured<'_>, d: NaiveDate, back: bool) -> Result<NaiveDate> {
    let n: i64 = match u.int_in_range(0u8..=9)? {
        0 if back => -i64::from(u.int_in_range(1u16..=400)?),
        1 => i64::from(u.int_in_range(0u16..=1200)?),
        _ => i64::from(u.int_in_range(0u8..=90)?),
    };
    Ok(d.checked_add_signed(chrono::TimeDelta::days(n))
        .unwrap_or(d))
}

/// A short text: empty, one of a few names, or arbitrary.
pub fn text(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => String::new(),
        1 => pick(u, &["x", "Nguyễn Văn A", "JP", "a\"b\\c\n", "đoàn"])?.to_string(),
        _ => {
            let s: &str = u.arbitrary()?;
            s.chars().take(24).collect()
        }
    })
}
