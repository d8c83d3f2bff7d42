//! Which instruments the shipped rulebook cites that the crate's registry does not list (they
//! are declared in the layers instead). Run with `--nocapture` to print them.

use doingoai::law::registry;
use doingoai::rules::Rulebook;

#[test]
fn instruments_declared_by_layers_are_exactly_those_missing_from_the_registry() {
    let book = Rulebook::shipped();
    let mut missing: Vec<String> = Vec::new();
    for r in book.rules() {
        for c in r.citations() {
            let n = c.instrument.as_str();
            if !registry().contains(n) && !missing.iter().any(|m| m == n) {
                missing.push(n.to_string());
            }
        }
    }
    missing.sort();
    println!("cited, not in the registry (declared by the layers): {missing:#?}");
    for n in &missing {
        assert!(
            book.layers()
                .iter()
                .any(|l| l.instruments.iter().any(|i| i.number.as_str() == n)),
            "{n} is neither in the registry nor declared"
        );
    }
}
