//! JSON forms of the foundation types (`label`, `law`, `org`, `activity`): every public data
//! type round-trips, and bad JSON fails with an error that says what was wrong, never a panic.

use std::borrow::Cow;
use std::fmt::Debug;

use chrono::NaiveDate;
use doingoai::activity::{
    ActivityId, ActivityKind, AgreementConcern, AgreementLevel, AgreementProcedure, ConferenceMode,
    CountryVisit, Details, ForeignRank, Funding, Participant, ParticipantRole, ProposedActivity,
    SensitiveTopic,
};
use doingoai::law::{
    registry, Citation, Evidence, Instrument, InstrumentKind, InstrumentNumber, Validity,
};
use doingoai::org::{
    fa_agency_assignments, provinces, Body, BodyKind, DisciplineKind, DisciplineRecord,
    ExitSuspension, Jurisdiction, LeadershipTier, Level, ManagedBy, Official, OfficialId, Position,
    ProvinceSet, TitleGroup, UnitKind,
};
use doingoai::{Channel, Lang};
use serde::de::DeserializeOwned;
use serde::Serialize;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Serialises, deserialises and compares; also checks that the JSON text is stable (a second
/// round gives the same text).
fn round_trip<T>(value: &T) -> String
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_string(value).expect("serialises");
    let back: T =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json} does not load: {e}"));
    assert_eq!(&back, value, "{json}");
    assert_eq!(serde_json::to_string(&back).expect("serialises"), json);
    json
}

fn load_err<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(v) => panic!("{json} loaded as {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn official() -> Official {
    let mut o = Official::new("dn-0007", "Trần Thị B", Position::DepartmentDirector);
    o.title_group = Some(TitleGroup::ALL[TitleGroup::ALL.len() - 1]);
    o.managed_by = ManagedBy::ALL[0];
    o.key_leader = true;
    o.unit = Jurisdiction::new_unit(48)
        .map(|j| Body::new(BodyKind::DepartmentOfForeignAffairs, j).named("Sở Ngoại vụ"));
    o.discipline.push(DisciplineRecord {
        kind: DisciplineKind::Reprimand,
        decided: d(2026, 3, 1),
        in_effect: Validity::between(d(2026, 3, 1), d(2027, 2, 28)).expect("ordered"),
        decision: Some("15/QĐ-KL".into()),
    });
    o.exit_suspensions.push(ExitSuspension {
        period: Validity::from(d(2026, 5, 1)),
        ground: "Luật 49/2019/QH14 Điều 36 khoản 7".into(),
    });
    o
}

// ---- label ----------------------------------------------------------------------------------

#[test]
fn lang_round_trips_as_snake_case() {
    assert_eq!(round_trip(&Lang::Vi), "\"vi\"");
    assert_eq!(round_trip(&Lang::En), "\"en\"");
}

// ---- law ------------------------------------------------------------------------------------

#[test]
fn vocabularies_of_law_round_trip_as_their_codes() {
    for e in Evidence::ALL {
        assert_eq!(round_trip(e), format!("\"{}\"", e.code()));
    }
    for k in InstrumentKind::ALL {
        assert_eq!(round_trip(k), format!("\"{}\"", k.code()));
    }
}

#[test]
fn instrument_number_round_trips_as_a_string_and_is_validated_on_load() {
    let n = InstrumentNumber::parse("06/2020/QĐ-TTg").expect("valid");
    assert_eq!(round_trip(&n), "\"06/2020/QĐ-TTg\"");
    let err = load_err::<InstrumentNumber>("\"hello\"");
    assert!(err.contains("not an instrument number"), "{err}");
    assert!(load_err::<InstrumentNumber>("42").contains("invalid type"));
}

#[test]
fn validity_round_trips_open_and_closed() {
    assert_eq!(
        round_trip(&Validity::from(d(2025, 7, 1))),
        r#"{"from":"2025-07-01","to":null}"#
    );
    round_trip(&Validity::between(d(2020, 4, 15), d(2025, 6, 30)).expect("ordered"));
    // `to` may be left out
    let v: Validity = serde_json::from_str(r#"{"from":"2025-07-01"}"#).expect("loads");
    assert_eq!(v, Validity::from(d(2025, 7, 1)));
}

#[test]
fn validity_that_ends_before_it_starts_or_has_unknown_fields_does_not_load() {
    let err = load_err::<Validity>(r#"{"from":"2025-07-01","to":"2025-06-30"}"#);
    assert!(
        err.contains("ends") && err.contains("before it starts"),
        "{err}"
    );
    let err = load_err::<Validity>(r#"{"from":"2025-07-01","until":"2026-01-01"}"#);
    assert!(err.contains("unknown field `until`"), "{err}");
    let err = load_err::<Validity>(r#"{"from":"2025-02-30"}"#);
    assert!(
        err.contains("input is out of range") || err.contains("invalid"),
        "{err}"
    );
}

#[test]
fn citations_round_trip_with_every_part() {
    assert_eq!(
        round_trip(&Citation::instrument("38-CT/TW")),
        r#"{"instrument":"38-CT/TW"}"#
    );
    round_trip(&Citation::article("70/2020/QH14", 19).clause(2).point('a'));
    round_trip(
        &Citation::article("06/2020/QĐ-TTg", 4)
            .clause(1)
            .part("phụ lục I"),
    );
    round_trip(&Citation::of(
        InstrumentNumber::parse("101/UBND-SNV").expect("valid"),
    ));
}

#[test]
fn citation_with_an_unknown_field_or_bad_number_does_not_load() {
    let err = load_err::<Citation>(r#"{"instrument":"38-CT/TW","article":3,"clauze":1}"#);
    assert!(err.contains("unknown field `clauze`"), "{err}");
    let err = load_err::<Citation>(r#"{"instrument":" 38-CT/TW"}"#);
    assert!(err.contains("not an instrument number"), "{err}");
    let err = load_err::<Citation>(r#"{"article":3}"#);
    assert!(err.contains("missing field `instrument`"), "{err}");
    let err = load_err::<Citation>(r#"{"instrument":"38-CT/TW","article":-3}"#);
    assert!(err.contains("invalid value"), "{err}");
}

#[test]
fn every_instrument_of_the_registry_round_trips() {
    for i in registry().all() {
        round_trip(i);
    }
}

#[test]
fn instrument_loaded_from_hand_written_json() {
    let json = r#"{
        "number": "06/2020/QĐ-TTg",
        "kind": "decision",
        "issuer": "Thủ tướng Chính phủ",
        "signed": "2020-02-21",
        "in_force": {"from": "2020-04-15"},
        "replaces": ["76/2010/QĐ-TTg"],
        "title_vi": "Quyết định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
        "title_en": "Decision on international conferences",
        "evidence": "codification"
    }"#;
    let i: Instrument = serde_json::from_str(json).expect("loads");
    assert_eq!(i.kind, InstrumentKind::Decision);
    assert_eq!(i.in_force, Validity::from(d(2020, 4, 15)));
    assert_eq!(
        i.title_en,
        Cow::Borrowed("Decision on international conferences")
    );
}

/// The error of loading an instrument whose `field` is replaced by `value`.
fn instrument_error_with(field: &str, value: serde_json::Value) -> String {
    let mut v = serde_json::to_value(registry().all()[0].clone()).expect("serialises");
    v[field] = value;
    let json = v.to_string();
    load_err::<Instrument>(&json)
}

#[test]
fn instrument_with_an_unknown_kind_names_the_variant_and_the_accepted_ones() {
    let err = instrument_error_with("kind", "bogus".into());
    assert!(err.contains("unknown variant `bogus`"), "{err}");
    assert!(
        err.contains("decision") && err.contains("circular"),
        "{err}"
    );
    let err = instrument_error_with("evidence", "hearsay".into());
    assert!(err.contains("unknown variant `hearsay`"), "{err}");
    assert!(err.contains("codification"), "{err}");
    // the vocabulary's Vietnamese label is not its JSON form
    let err = instrument_error_with("kind", "quyết định".into());
    assert!(err.contains("unknown variant `quyết định`"), "{err}");
}

#[test]
fn instrument_with_missing_or_unknown_fields_names_the_field() {
    let mut v = serde_json::to_value(registry().all()[0].clone()).expect("serialises");
    if let Some(o) = v.as_object_mut() {
        o.remove("kind");
    }
    let err = load_err::<Instrument>(&v.to_string());
    assert!(err.contains("missing field `kind`"), "{err}");
    let err = instrument_error_with("typo", true.into());
    // `instrument_error_with` adds the field
    assert!(err.contains("unknown field `typo`"), "{err}");
    let err = instrument_error_with("number", "not a number".into());
    assert!(err.contains("not an instrument number"), "{err}");
    let err = instrument_error_with("replaces", serde_json::json!(["76/2010/QĐ-TTg", ""]));
    assert!(err.contains("not an instrument number"), "{err}");
    let err = instrument_error_with(
        "in_force",
        serde_json::json!({"from": "2020-04-15", "to": "2020-01-01"}),
    );
    assert!(err.contains("before it starts"), "{err}");
}

// ---- org ------------------------------------------------------------------------------------

#[test]
fn vocabularies_of_org_round_trip_as_their_codes() {
    macro_rules! all_round_trip {
        ($($t:ty),+) => {$(
            for v in <$t>::ALL {
                assert_eq!(round_trip(v), format!("\"{}\"", v.code()));
            }
        )+};
    }
    all_round_trip!(
        Channel,
        Level,
        BodyKind,
        ProvinceSet,
        UnitKind,
        Position,
        LeadershipTier,
        TitleGroup,
        ManagedBy,
        DisciplineKind
    );
}

#[test]
fn every_jurisdiction_round_trips_as_its_text_form() {
    assert_eq!(round_trip(&Jurisdiction::National), "\"national\"");
    let mut n = 0;
    for set in ProvinceSet::ALL {
        for p in provinces(*set) {
            let j = p.jurisdiction();
            assert_eq!(round_trip(&j), format!("\"{j}\""));
            n += 1;
        }
    }
    assert_eq!(n, 63 + 34);
    for bad in [
        "\"63:00\"",
        "\"34:99\"",
        "\"99:01\"",
        "\"\"",
        "\"nation\"",
        "1",
    ] {
        let _ = load_err::<Jurisdiction>(bad);
    }
}

#[test]
fn bodies_and_fa_agency_assignments_round_trip() {
    round_trip(&Body::central(BodyKind::ALL[0]));
    for k in BodyKind::ALL {
        if let Some(j) = Jurisdiction::new_unit(1) {
            round_trip(&Body::new(*k, j));
            round_trip(&Body::new(*k, j).named("Sở Ngoại vụ Hà Nội"));
        }
    }
    let shipped = fa_agency_assignments();
    assert!(!shipped.is_empty());
    for a in &shipped {
        round_trip(a);
    }
    let err = load_err::<Body>(r#"{"kind":"ministry_of_magic","jurisdiction":"national"}"#);
    assert!(err.contains("unknown variant `ministry_of_magic`"), "{err}");
    let err = load_err::<Body>(r#"{"kind":"politburo","jurisdiction":"63:99"}"#);
    assert!(err.contains("63:99"), "{err}");
}

#[test]
fn existence_records_round_trip() {
    // `Existence::note` is a `&'static str`: it loads only from `'static` text.
    for k in BodyKind::ALL {
        if let Some(e) = k.existence() {
            let json: &'static str = Box::leak(
                serde_json::to_string(&e)
                    .expect("serialises")
                    .into_boxed_str(),
            );
            let back: doingoai::org::Existence = serde_json::from_str(json).expect("loads");
            assert_eq!(back, e);
        }
    }
}

#[test]
fn officials_and_their_records_round_trip() {
    let o = official();
    round_trip(&o);
    round_trip(&OfficialId("x".into()));
    round_trip(&o.discipline[0]);
    round_trip(&o.exit_suspensions[0]);
    let minimal: Official = serde_json::from_str(
        r#"{"id":"a","name":"A","position":"department_director","managed_by":"unit"}"#,
    )
    .expect("defaults fill the rest");
    assert!(minimal.discipline.is_empty() && !minimal.key_leader);
    let err =
        load_err::<Official>(r#"{"id":"a","name":"A","position":"emperor","managed_by":"unit"}"#);
    assert!(err.contains("unknown variant `emperor`"), "{err}");
}

// ---- activity -------------------------------------------------------------------------------

#[test]
fn vocabularies_of_activity_round_trip_as_their_codes() {
    macro_rules! all_round_trip {
        ($($t:ty),+) => {$(
            for v in <$t>::ALL {
                assert_eq!(round_trip(v), format!("\"{}\"", v.code()));
            }
        )+};
    }
    all_round_trip!(
        ActivityKind,
        ConferenceMode,
        ForeignRank,
        SensitiveTopic,
        Funding,
        AgreementLevel,
        AgreementProcedure,
        AgreementConcern,
        ParticipantRole
    );
}

fn every_details() -> Vec<Details> {
    vec![
        Details::None,
        Details::Delegation {
            countries: vec![CountryVisit::new("JP", 3), {
                let mut v = CountryVisit::new("KR", 5);
                v.major_event = true;
                v
            }],
            funding: Funding::StateBudget,
            purpose: "xúc tiến đầu tư".into(),
        },
        Details::Inbound {
            country: "LA".into(),
            rank: ForeignRank::ViceMinister,
            size: 12,
            received_by_chairman: true,
        },
        Details::Conference {
            mode: ConferenceMode::Hybrid,
            foreign_rank: ForeignRank::Minister,
            topics: vec![SensitiveTopic::HumanRights],
            chaired_by_ppc: true,
            front_or_mass_organisation: false,
            hosting_approval: true,
        },
        Details::Agreement {
            level: AgreementLevel::BorderCommune,
            procedure: AgreementProcedure::Shortened,
            concerns: AgreementConcern::ALL.to_vec(),
            partner: "Huaphanh".into(),
            shortened_ground: None,
        },
        Details::Aid {
            value_vnd: 30_000_000_000,
            topics: vec![],
            donor: "NGO X".into(),
        },
        Details::Press {
            resident: false,
            outlet: "NHK".into(),
        },
        Details::Ngo {
            organisation: "NGO Y".into(),
            renewal: true,
            expiry: Some(d(2027, 1, 1)),
        },
    ]
}

#[test]
fn every_kind_of_details_round_trips_with_its_type_tag() {
    for det in every_details() {
        let json = round_trip(&det);
        assert!(json.contains("\"type\":"), "{json}");
    }
    let err = load_err::<Details>(r#"{"type":"picnic"}"#);
    assert!(err.contains("unknown variant `picnic`"), "{err}");
    let err = load_err::<Details>(r#"{"type":"inbound","country":"LA","rank":"emperor","size":1}"#);
    assert!(err.contains("unknown variant `emperor`"), "{err}");
}

#[test]
fn proposed_activities_round_trip() {
    let hcm = Jurisdiction::new_unit(79).expect("HCMC in the 34");
    for det in every_details() {
        let mut a = ProposedActivity::new(
            "act-1",
            ActivityKind::OutboundDelegation,
            hcm,
            d(2026, 2, 13),
        )
        .by(Body::new(BodyKind::ALL[0], hcm))
        .in_channel(Channel::State)
        .runs(d(2026, 3, 10), d(2026, 3, 15));
        a.title = "Đoàn công tác Nhật Bản".into();
        a.in_plan = false;
        a.participants = vec![Participant::head(official()), {
            let mut p = Participant::member(Official::new("x", "X", Position::ALL[0]));
            p.relative_of = Some(OfficialId("dn-0007".into()));
            p
        }];
        a.details = det;
        round_trip(&a);
        round_trip(&a.id);
        round_trip(&a.participants[1]);
    }
    assert_eq!(round_trip(&ActivityId("a".into())), "\"a\"");
}

#[test]
fn proposed_activity_with_a_bad_channel_or_date_does_not_load() {
    let hcm = Jurisdiction::new_unit(79).expect("HCMC in the 34");
    let a = ProposedActivity::new(
        "act-1",
        ActivityKind::InternationalConference,
        hcm,
        d(2026, 2, 13),
    )
    .by(Body::central(BodyKind::ALL[0]))
    .in_channel(Channel::State)
    .runs(d(2026, 3, 10), d(2026, 3, 10));
    let mut v = serde_json::to_value(&a).expect("serialises");
    v["channel"] = "diplomacy".into();
    let err = load_err::<ProposedActivity>(&v.to_string());
    assert!(err.contains("unknown variant `diplomacy`"), "{err}");
    let mut v = serde_json::to_value(&a).expect("serialises");
    v["starts_on"] = "2026-13-01".into();
    let _ = load_err::<ProposedActivity>(&v.to_string());
    let mut v = serde_json::to_value(&a).expect("serialises");
    v["jurisdiction"] = "34:00".into();
    let _ = load_err::<ProposedActivity>(&v.to_string());
}
