//! Checks a province's own rule layer with the crate's ready-made properties (feature
//! `testing`): every rule cites and resolves; under random requests of every kind, evaluation
//! never panics and the layer never refuses what the national baseline admits without a
//! citation.
//!
//! ```text
//! cargo run --example check_layer --features testing -- rulebook/provinces/34-48-da-nang.toml [cases]
//! ```

use doingoai::rules::{Layer, Rulebook};
use doingoai::testing::{self, proptest};
use doingoai::WorkCalendar;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "rulebook/provinces/34-48-da-nang.toml".into());
    let cases: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(256);
    let text = std::fs::read_to_string(&path)?;
    let layer = Layer::from_toml(&path, &text)?;
    let book = Rulebook::shipped().with_layers(vec![layer.clone()])?;
    testing::layer_cites_and_resolves(&layer, &book)?;
    let national = testing::national_only(Rulebook::shipped())?;
    let cal = WorkCalendar::state_agency();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner.run(&testing::activity(layer.jurisdiction), |a| {
        testing::evaluates_without_panic(&a, &book, &cal).map_err(TestCaseError::fail)?;
        testing::no_uncited_refusal(&a, &national, &book, &cal).map_err(TestCaseError::fail)?;
        Ok(())
    })?;
    println!(
        "{path}: {} rules; {cases} random requests: every property holds",
        layer.len()
    );
    Ok(())
}
