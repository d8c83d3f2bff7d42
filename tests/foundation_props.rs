//! Property tests of the foundation: parsing never panics, vocabularies round-trip through
//! their codes and labels, validity periods behave as intervals, and (with `serde`) every
//! vocabulary value, validity and citation round-trips through JSON while random JSON is
//! refused without a panic.

use chrono::{Days, NaiveDate};
use doingoai::activity::{
    ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode,
    ForeignRank, Funding, ParticipantRole, SensitiveTopic,
};
use doingoai::law::{normalise_number, Citation, Evidence, InstrumentKind, InstrumentNumber};
use doingoai::org::{
    BodyKind, DisciplineKind, Jurisdiction, LeadershipTier, Level, ManagedBy, Position,
    ProvinceSet, TitleGroup, UnitKind,
};
use doingoai::{Channel, Label, Validity};
use proptest::prelude::*;

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1900-01-01 ..= 2199-12-31
    (0u64..109_572).prop_map(|n| NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid") + Days::new(n))
}

fn validity() -> impl Strategy<Value = Validity> {
    (date(), proptest::option::of(0u64..20_000)).prop_map(|(from, len)| match len {
        Some(n) => Validity::between(from, from + Days::new(n)).expect("ordered"),
        None => Validity::from(from),
    })
}

/// Numbers of the shapes the crate meets: `06/2020/QĐ-TTg`, `272-QĐ/TW`, `101/UBND-SNV`.
fn instrument_number() -> impl Strategy<Value = InstrumentNumber> {
    "[0-9]{1,5}(/[0-9]{4})?(/|-)[A-ZĐa-z]{1,6}(-|/)[A-ZĐa-z0-9]{1,8}".prop_map(|s| {
        InstrumentNumber::parse(&s).unwrap_or_else(|e| panic!("strategy gave {s}: {e}"))
    })
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        instrument_number(),
        proptest::option::of(1u16..300),
        proptest::option::of(1u16..30),
        proptest::option::of(prop::sample::select(vec!['a', 'b', 'c', 'd', 'đ', 'e'])),
        proptest::option::of(prop::sample::select(vec![
            "mục 3",
            "phụ lục I",
            "khoản 2 mục II",
        ])),
    )
        .prop_map(|(n, a, c, p, part)| citation_of(n, a, c, p, part))
}

/// A citation of `n` with the given article, clause, point and part.
fn citation_of(
    n: InstrumentNumber,
    article: Option<u16>,
    clause: Option<u16>,
    point: Option<char>,
    part: Option<&'static str>,
) -> Citation {
    let mut cit = Citation::of(n);
    cit.article = article;
    cit.clause = clause;
    cit.point = point;
    if let Some(part) = part {
        cit = cit.part(part);
    }
    cit
}

/// For every vocabulary: code, Vietnamese label and English label all parse back to the
/// value, whatever their case.
macro_rules! vocabulary_text_props {
    ($($name:ident: $t:ty),+ $(,)?) => {$(
        proptest! {
            #[test]
            fn $name(v in prop::sample::select(<$t>::ALL.to_vec())) {
                prop_assert_eq!(v.code().parse::<$t>().ok(), Some(v));
                prop_assert_eq!(v.vi().parse::<$t>().ok(), Some(v));
                prop_assert_eq!(v.en().to_uppercase().parse::<$t>().ok(), Some(v));
                prop_assert_eq!(v.to_string(), v.vi());
                prop_assert!(!v.vi().is_empty() && !v.en().is_empty());
            }
        }
    )+};
}

vocabulary_text_props!(
    evidence_text: Evidence,
    instrument_kind_text: InstrumentKind,
    channel_text: Channel,
    level_text: Level,
    body_kind_text: BodyKind,
    province_set_text: ProvinceSet,
    unit_kind_text: UnitKind,
    position_text: Position,
    leadership_tier_text: LeadershipTier,
    title_group_text: TitleGroup,
    managed_by_text: ManagedBy,
    discipline_kind_text: DisciplineKind,
    activity_kind_text: ActivityKind,
    conference_mode_text: ConferenceMode,
    foreign_rank_text: ForeignRank,
    sensitive_topic_text: SensitiveTopic,
    funding_text: Funding,
    agreement_level_text: AgreementLevel,
    agreement_procedure_text: AgreementProcedure,
    agreement_concern_text: AgreementConcern,
    participant_role_text: ParticipantRole,
);

proptest! {
    #[test]
    fn instrument_number_parse_never_panics(s in any::<String>()) {
        match InstrumentNumber::parse(&s) {
            Ok(n) => {
                prop_assert_eq!(n.as_str(), s.as_str());
                prop_assert!(s.starts_with(|c: char| c.is_ascii_digit()));
                prop_assert_eq!(n.to_string(), s);
            }
            Err(e) => prop_assert_eq!(e.0, s),
        }
    }

    #[test]
    fn instrument_number_parse_never_panics_on_number_like_text(s in "[0-9 /\\-QĐDqđ\\p{L}]{0,30}") {
        let _ = InstrumentNumber::parse(&s);
        let _ = normalise_number(&s);
    }

    #[test]
    fn well_shaped_numbers_parse_and_normalise_idempotently(n in instrument_number()) {
        let key = normalise_number(n.as_str());
        prop_assert_eq!(normalise_number(&key), key.clone());
        prop_assert!(!key.contains('Đ') && !key.chars().any(char::is_whitespace));
    }

    #[test]
    fn unknown_vocabulary_text_is_refused_with_the_text_and_the_accepted_codes(s in "[a-z_]{0,12}x[0-9]") {
        let err = s.parse::<InstrumentKind>().unwrap_err();
        prop_assert_eq!(&err.value, &s);
        prop_assert!(err.to_string().contains(&s));
        prop_assert!(err.expected.contains("decision"));
    }

    #[test]
    fn jurisdiction_parse_never_panics(s in any::<String>()) {
        let _ = s.parse::<Jurisdiction>();
    }

    #[test]
    fn validity_contains_exactly_its_days(v in validity(), on in date()) {
        let inside = on >= v.from && v.to.is_none_or(|t| on <= t);
        prop_assert_eq!(v.contains(on), inside);
        prop_assert!(v.overlaps(&v));
        prop_assert!(v.covers(&v));
    }

    #[test]
    fn validity_between_refuses_reversed_periods(a in date(), b in date()) {
        match Validity::between(a, b) {
            Ok(v) => { prop_assert!(a <= b); prop_assert_eq!(v.to, Some(b)); }
            Err(e) => { prop_assert!(b < a); prop_assert_eq!((e.from, e.to), (a, b)); }
        }
    }

    #[test]
    fn overlap_is_symmetric_and_cover_implies_overlap(a in validity(), b in validity()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        if a.covers(&b) {
            prop_assert!(a.overlaps(&b));
        }
    }

    #[test]
    fn citation_texts_end_with_the_instrument(c in citation()) {
        prop_assert!(c.vi().ends_with(c.instrument.as_str()));
        prop_assert!(c.en().ends_with(c.instrument.as_str()));
        prop_assert_eq!(c.to_string(), c.vi());
    }
}

mod json {
    use super::*;
    use doingoai::law::Instrument;
    use doingoai::org::Official;

    /// Every vocabulary value is its code in JSON and comes back unchanged.
    macro_rules! vocabulary_json_props {
        ($($name:ident: $t:ty),+ $(,)?) => {$(
            proptest! {
                #[test]
                fn $name(v in prop::sample::select(<$t>::ALL.to_vec())) {
                    let json = serde_json::to_string(&v).expect("serialises");
                    prop_assert_eq!(&json, &format!("\"{}\"", v.code()));
                    let back: $t = serde_json::from_str(&json).expect("loads");
                    prop_assert_eq!(back, v);
                }
            }
        )+};
    }

    vocabulary_json_props!(
        evidence_json: Evidence,
        instrument_kind_json: InstrumentKind,
        channel_json: Channel,
        level_json: Level,
        body_kind_json: BodyKind,
        province_set_json: ProvinceSet,
        unit_kind_json: UnitKind,
        position_json: Position,
        leadership_tier_json: LeadershipTier,
        title_group_json: TitleGroup,
        managed_by_json: ManagedBy,
        discipline_kind_json: DisciplineKind,
        activity_kind_json: ActivityKind,
        conference_mode_json: ConferenceMode,
        foreign_rank_json: ForeignRank,
        sensitive_topic_json: SensitiveTopic,
        funding_json: Funding,
        agreement_level_json: AgreementLevel,
        agreement_procedure_json: AgreementProcedure,
        agreement_concern_json: AgreementConcern,
        participant_role_json: ParticipantRole,
    );

    /// Any JSON value, a few levels deep.
    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            ".{0,12}".prop_map(serde_json::Value::from),
            "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(serde_json::Value::from),
            prop::sample::select(vec![
                "06/2020/QĐ-TTg",
                "decision",
                "text",
                "national",
                "34:48"
            ])
            .prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            let keys = prop::sample::select(vec![
                "instrument",
                "article",
                "clause",
                "point",
                "part",
                "from",
                "to",
                "number",
                "kind",
                "issuer",
                "signed",
                "in_force",
                "replaces",
                "title_vi",
                "title_en",
                "evidence",
                "id",
                "name",
                "position",
                "managed_by",
                "x",
            ]);
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                prop::collection::btree_map(keys, inner, 0..8).prop_map(|m| {
                    serde_json::Value::Object(
                        m.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                    )
                }),
            ]
        })
    }

    proptest! {
        #[test]
        fn validity_round_trips(v in validity()) {
            let json = serde_json::to_string(&v).expect("serialises");
            let back: Validity = serde_json::from_str(&json).expect("loads");
            prop_assert_eq!(back, v);
        }

        #[test]
        fn citation_round_trips(c in citation()) {
            let json = serde_json::to_string(&c).expect("serialises");
            let back: Citation = serde_json::from_str(&json).expect("loads");
            prop_assert_eq!(back, c);
        }

        #[test]
        fn random_text_never_panics_as_json(s in any::<String>()) {
            let _ = serde_json::from_str::<InstrumentNumber>(&s);
            let _ = serde_json::from_str::<Citation>(&s);
            let _ = serde_json::from_str::<Validity>(&s);
            let _ = serde_json::from_str::<Instrument>(&s);
            let _ = serde_json::from_str::<Jurisdiction>(&s);
        }

        #[test]
        fn random_json_never_panics_and_what_loads_is_valid(v in json_value()) {
            let text = v.to_string();
            if let Ok(n) = serde_json::from_str::<InstrumentNumber>(&text) {
                prop_assert!(InstrumentNumber::parse(n.as_str()).is_ok());
            }
            if let Ok(c) = serde_json::from_str::<Citation>(&text) {
                prop_assert!(InstrumentNumber::parse(c.instrument.as_str()).is_ok());
            }
            if let Ok(val) = serde_json::from_str::<Validity>(&text) {
                prop_assert!(val.to.is_none_or(|t| t >= val.from));
            }
            if let Ok(i) = serde_json::from_str::<Instrument>(&text) {
                prop_assert!(i.in_force.to.is_none_or(|t| t >= i.in_force.from));
            }
            let _ = serde_json::from_str::<Official>(&text);
            let _ = serde_json::from_str::<Jurisdiction>(&text);
        }

        #[test]
        fn random_strings_as_json_strings_never_panic(s in any::<String>()) {
            let quoted = serde_json::Value::from(s.clone()).to_string();
            let n = serde_json::from_str::<InstrumentNumber>(&quoted);
            prop_assert_eq!(n.is_ok(), InstrumentNumber::parse(&s).is_ok());
            let _ = serde_json::from_str::<Evidence>(&quoted);
            let _ = serde_json::from_str::<Jurisdiction>(&quoted);
        }
    }
}

/// Citations from a small domain, so that equal and nearly equal ones are drawn: the same
/// number as a table's static text or as read (a shared copy), few articles, clauses, points.
fn close_citation() -> impl Strategy<Value = Citation> {
    (
        0usize..4,
        proptest::option::of(1u16..3),
        proptest::option::of(1u16..3),
        proptest::option::of(prop::sample::select(vec!['a', 'b'])),
        proptest::option::of(prop::sample::select(vec!["mục 3", "mục 4"])),
    )
        .prop_map(|(n, a, c, p, part)| {
            let number = match n {
                0 => InstrumentNumber::from_static("99/2099/QĐ-XX"),
                1 => InstrumentNumber::parse("99/2099/QĐ-XX").unwrap_or_else(|e| panic!("{e}")),
                2 => InstrumentNumber::from_static("70/2020/QH14"),
                _ => InstrumentNumber::parse("98/2099/QĐ-XX").unwrap_or_else(|e| panic!("{e}")),
            };
            citation_of(number, a, c, p, part)
        })
}

proptest! {
    /// Two citations are equal exactly when every field is (whatever holds the number's
    /// text); equal ones hash alike, and the hash is the fields' in the struct's order;
    /// the order says equal exactly when they are.
    #[test]
    fn citations_compare_field_by_field_and_hash_as_their_fields(
        a in close_citation(),
        b in close_citation(),
    ) {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        fn hash<T: Hash>(t: &T) -> u64 {
            let mut h = DefaultHasher::new();
            t.hash(&mut h);
            h.finish()
        }
        let fields = |c: &Citation| {
            (c.instrument.as_str().to_string(), c.article, c.clause, c.point, c.part.clone())
        };
        prop_assert_eq!(a == b, fields(&a) == fields(&b));
        prop_assert_eq!(a == b, a.cmp(&b) == std::cmp::Ordering::Equal);
        if a == b {
            prop_assert_eq!(hash(&a), hash(&b));
        }
        prop_assert_eq!(
            hash(&a),
            hash(&(a.instrument.clone(), a.article, a.clause, a.point, a.part.clone()))
        );
    }
}
