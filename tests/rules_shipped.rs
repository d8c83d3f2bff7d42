//! The shipped rulebook: valid, round-trips through JSON, and every gap is explicit.

use doingoai::rules::{validate, Rulebook};

#[test]
fn shipped_rulebook_is_valid() {
    if let Err(e) = validate(Rulebook::shipped().data()) {
        panic!("{e}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn shipped_rulebook_round_trips_through_json() {
    let book = Rulebook::shipped();
    let json = book.to_json().unwrap();
    let back = Rulebook::from_json(&json).unwrap();
    assert_eq!(back.data(), book.data());
    assert_eq!(back.version_id(), book.version_id());
}
