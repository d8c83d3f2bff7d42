//! The crate's public surface as an embedding program meets it: every error a public function
//! returns converts into `doingoai::Error` (so `?` works across modules), and the builders of
//! the kind-specific facts give the same values as the struct literals.

use doingoai::activity::{
    AgreementLevel, AgreementProcedure, ConferenceMode, Details, ForeignRank, SensitiveTopic,
    ShortenedGround,
};
use doingoai::Error;

fn into_error<E: Into<Error> + std::error::Error>(e: E) -> Error {
    let text = e.to_string();
    let wrapped: Error = e.into();
    // transparent: the crate error says what the module error said
    assert_eq!(wrapped.to_string(), text);
    wrapped
}

#[test]
#[allow(clippy::vec_init_then_push)] // one line per error type reads as the list it is
fn every_module_error_converts_into_the_crate_error() {
    use chrono::NaiveDate;
    use doingoai::agreements::AgreementRegistry;
    use doingoai::ledger::{Ledger, ObligationId};
    use doingoai::rules::{Layer, RuleId};
    let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut errors: Vec<Error> = Vec::new();
    // the list of the crate's error types, one value each
    errors.push(into_error(
        "x".parse::<doingoai::ActivityKind>().unwrap_err(),
    ));
    errors.push(into_error(
        "x".parse::<doingoai::InstrumentNumber>().unwrap_err(),
    ));
    errors.push(into_error("x".parse::<doingoai::Citation>().unwrap_err()));
    errors.push(into_error(
        doingoai::law::registry().find("99/9999/XX").unwrap_err(),
    ));
    errors.push(into_error(
        doingoai::Validity::between(d, d - chrono::Days::new(1)).unwrap_err(),
    ));
    errors.push(into_error(
        "99:99".parse::<doingoai::Jurisdiction>().unwrap_err(),
    ));
    errors.push(into_error(
        doingoai::org::fa_agency("34:46".parse().unwrap(), d).unwrap_err(),
    ));
    errors.push(into_error(
        doingoai::calendar::lunar::tet(1000).unwrap_err(),
    ));
    errors.push(into_error(doingoai::json::from_str::<u8>("x").unwrap_err()));
    errors.push(into_error(doingoai::Rulebook::from_json("{}").unwrap_err()));
    errors.push(into_error(
        doingoai::workflow::Case::from_json("{}").unwrap_err(),
    ));
    errors.push(into_error(
        Ledger::new()
            .fulfil(&ObligationId("x".into()), d)
            .unwrap_err(),
    ));
    errors.push(into_error(
        AgreementRegistry::default()
            .implement(doingoai::agreements::Implementation {
                agreement: "x".into(),
                on: d,
                description: String::new(),
                activity: None,
            })
            .unwrap_err(),
    ));
    errors.push(into_error(
        doingoai::Rulebook::shipped()
            .template(doingoai::Jurisdiction::National, d)
            .unwrap_err(),
    ));
    {
        use doingoai::calendar::{Deadlines, Period, WeekdaysOnly};
        errors.push(into_error(
            WeekdaysOnly
                .deadline_after(NaiveDate::MAX, Period::WorkingDays(1))
                .unwrap_err(),
        ));
    }
    errors.push(into_error(RuleId::parse("Not An Id").unwrap_err()));
    errors.push(into_error(
        Layer::from_toml("x.toml", "schema = 9")
            .map(|_| ())
            .unwrap_err(),
    ));
    errors.push(into_error(
        doingoai::simulation::simulate(&doingoai::simulation::Scenario::new(
            "34:48".parse().unwrap(),
            2024,
            1,
            10,
        ))
        .map(|_| ())
        .unwrap_err(),
    ));
    assert!(errors.len() >= 18);
    // each lands in its own variant
    let variants: std::collections::BTreeSet<String> = errors
        .iter()
        .map(|e| format!("{e:?}").split('(').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(variants.len(), errors.len(), "{variants:?}");
}

/// Compiles only if `E` converts into the crate error.
fn converts<E: Into<Error>>() {}

#[test]
fn the_list_of_error_types_the_crate_returns() {
    converts::<doingoai::label::UnknownValue>();
    converts::<doingoai::law::InvalidInstrumentNumber>();
    converts::<doingoai::law::InvalidCitation>();
    converts::<doingoai::law::UnknownInstrument>();
    converts::<doingoai::law::InvalidValidity>();
    converts::<doingoai::org::JurisdictionError>();
    converts::<doingoai::org::UnknownFaAgency>();
    converts::<doingoai::org::BodyGone>();
    converts::<doingoai::calendar::CalendarError>();
    converts::<doingoai::calendar::DeadlineError>();
    converts::<doingoai::rules::ResolveError>();
    converts::<doingoai::rules::EvaluateError>();
    converts::<doingoai::rules::ValidationError>();
    converts::<doingoai::rules::RuleError>();
    converts::<doingoai::rules::LoadError>();
    converts::<doingoai::rules::LayerFileError>();
    converts::<doingoai::rules::TemplateError>();
    converts::<doingoai::rules::InvalidRuleId>();
    converts::<doingoai::workflow::LoadError>();
    converts::<doingoai::json::JsonError>();
    converts::<doingoai::ledger::LedgerError>();
    converts::<doingoai::agreements::AgreementError>();
    converts::<doingoai::plan::action::ActionPlanError>();
    converts::<doingoai::simulation::SimulationError>();
}

#[test]
fn the_builders_give_the_struct_literals() {
    let built: Details = Details::conference(ForeignRank::Minister)
        .mode(ConferenceMode::Online)
        .topic(SensitiveTopic::Religion)
        .chaired_by_ppc()
        .into();
    assert_eq!(
        built,
        Details::Conference {
            mode: ConferenceMode::Online,
            foreign_rank: ForeignRank::Minister,
            topics: vec![SensitiveTopic::Religion],
            chaired_by_ppc: true,
            front_or_mass_organisation: false,
            hosting_approval: false,
        }
    );
    let built: Details = Details::agreement(AgreementLevel::Department, "X")
        .shortened(ShortenedGround::EmergencyRelief)
        .into();
    assert_eq!(
        built,
        Details::Agreement {
            level: AgreementLevel::Department,
            procedure: AgreementProcedure::Shortened,
            concerns: vec![],
            partner: "X".into(),
            shortened_ground: Some(ShortenedGround::EmergencyRelief),
        }
    );
    // an agreement stored before the ground existed still loads
    let old = r#"{"type":"agreement","level":"department","procedure":"normal","concerns":[],"partner":"X"}"#;
    let d: Details = serde_json::from_str(old).expect("old form");
    assert!(matches!(
        d,
        Details::Agreement {
            shortened_ground: None,
            ..
        }
    ));
}

#[test]
fn an_online_conference_with_no_end_point_in_vietnam_is_out_of_scope_of_qd_06_2020() {
    use doingoai::activity::ProposedActivity;
    use doingoai::history::History;
    use doingoai::{evaluate, Rulebook, WorkCalendar};
    let request = |mode: &str| {
        ProposedActivity::from_json(&format!(
            r#"{{"id":"HT-1","kind":"international_conference","jurisdiction":"34:48","filed_on":"2026-02-02",
                "starts_on":"2026-03-12","ends_on":"2026-03-13",
                "details":{{"type":"conference","mode":"{mode}","foreign_rank":"minister","topics":[],
                "chaired_by_ppc":false,"front_or_mass_organisation":false,"hosting_approval":false}}}}"#
        ))
        .expect("request")
    };
    let cal = WorkCalendar::state_agency();
    let out = evaluate(
        &request("online_no_end_in_vietnam"),
        Rulebook::shipped(),
        &cal,
        &History::default(),
    )
    .expect("decision");
    assert!(out.is_out_of_scope());
    assert!(out.authority.is_none() && out.violations.is_empty() && out.filings.is_empty());
    let why = out.out_of_scope.as_ref().expect("why");
    assert_eq!(
        why.citations.iter().map(|c| c.en()).collect::<Vec<_>>(),
        vec!["Art. 2(1) 06/2020/QĐ-TTg"]
    );
    assert!(why.why.vi.contains("đầu cầu"));
    // online with an end point in Vietnam is in scope: the Prime Minister decides (minister rank)
    let online = evaluate(
        &request("online"),
        Rulebook::shipped(),
        &cal,
        &History::default(),
    )
    .expect("decision");
    assert!(!online.is_out_of_scope());
    assert!(online.authority.is_some());
    // the decision's JSON round-trips, and says nothing of scope when in scope
    let json = online.to_json().expect("json");
    assert!(!json.contains("out_of_scope"));
    assert_eq!(doingoai::Decision::from_json(&json).expect("reads"), online);
    let json = out.to_json().expect("json");
    assert_eq!(doingoai::Decision::from_json(&json).expect("reads"), out);
}
