//! The shipped rulebook: valid, round-trips through JSON, and every gap is explicit.

use doingoai::rules::{validate, Rulebook};

#[test]
fn shipped_rulebook_is_valid() {
    if let Err(e) = validate(Rulebook::shipped().data()) {
        panic!("{e}");
    }
}

#[test]
fn shipped_rulebook_round_trips_through_json() {
    let book = Rulebook::shipped();
    let json = book.to_json().unwrap();
    let back = Rulebook::from_json(&json).unwrap();
    assert_eq!(back.data(), book.data());
    assert_eq!(back.version_id(), book.version_id());
}

#[test]
fn subjects_are_the_activity_kinds_with_foreign_press_split_and_the_plan_added() {
    use doingoai::activity::ActivityKind;
    use doingoai::rules::Subject;
    // every activity kind but foreign press is a subject as itself
    for k in ActivityKind::ALL {
        let s = Subject::of(*k, false);
        assert_eq!(s.activity_kind(), Some(*k));
        assert!(s.code().starts_with(k.code()), "{k:?}");
        assert!(Subject::ALL.contains(&s));
    }
    assert_eq!(Subject::ALL.len(), ActivityKind::ALL.len() - 1 + 3);
    for (i, s) in Subject::ALL.iter().enumerate() {
        assert_eq!(s.index(), i);
        assert_eq!(s.code().parse::<Subject>().ok(), Some(*s));
    }
    // foreign press as a whole is not a subject, and resolves to nothing
    let whole = Subject::Activity(ActivityKind::ForeignPress);
    assert!(!Subject::ALL.contains(&whole));
    assert!("foreign_press".parse::<Subject>().is_err());
    let date = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    let book = doingoai::Rulebook::shipped();
    for j in ["national", "34:48", "63:79"] {
        let jd = j.parse().unwrap();
        let on = if j.starts_with("63") {
            chrono::NaiveDate::from_ymd_opt(2024, 9, 1).unwrap()
        } else {
            date
        };
        let r = book
            .resolve(&doingoai::rules::Query::new(jd, whole, on))
            .unwrap();
        assert_eq!(r.len(), 0, "{j}");
    }
}
