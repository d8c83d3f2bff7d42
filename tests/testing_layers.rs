//! The `testing` module (feature `testing`) used on the shipped provincial layers: each one
//! cites and resolves every rule, and random requests of every kind (and random sub-layers of
//! Đà Nẵng's file) never panic and are never refused without a citation.
#![cfg(feature = "testing")]

use doingoai::rules::{Layer, Rulebook};
use doingoai::testing;
use doingoai::WorkCalendar;
use proptest::prelude::*;

fn da_nang() -> Layer {
    let text = include_str!("../rulebook/provinces/34-48-da-nang.toml");
    Layer::from_toml("34-48-da-nang.toml", text).expect("the shipped file loads")
}

#[test]
fn every_shipped_layer_cites_and_resolves_its_rules() {
    let book = Rulebook::shipped();
    let mut n = 0;
    for layer in book.layers() {
        testing::layer_cites_and_resolves(layer, book).expect("cites and resolves");
        n += 1;
    }
    assert!(n > 1);
}

#[test]
fn a_layer_outside_the_rulebook_does_not_resolve() {
    let layer = da_nang();
    let book = Rulebook::shipped()
        .with_layers(vec![layer.clone()])
        .expect("valid");
    assert!(testing::layer_cites_and_resolves(&layer, &book).is_ok());
    // a layer whose rules the rulebook does not hold does not resolve
    let national = testing::national_only(Rulebook::shipped()).expect("valid");
    assert!(testing::layer_cites_and_resolves(&layer, &national).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn da_nang_never_refuses_without_a_citation(a in testing::activity(da_nang().jurisdiction)) {
        prop_assert_eq!(a.validate(), Ok(()));
        let book = Rulebook::shipped();
        let national = testing::national_only(book).expect("valid");
        let cal = WorkCalendar::state_agency();
        prop_assert!(testing::evaluates_without_panic(&a, book, &cal).is_ok());
        let r = testing::no_uncited_refusal(&a, &national, book, &cal);
        prop_assert!(r.is_ok(), "{:?}", r);
    }

    #[test]
    fn sub_layers_of_da_nang_load_and_never_refuse_without_a_citation(
        l in testing::sublayer(da_nang()),
        a in testing::activity(da_nang().jurisdiction),
    ) {
        let book = Rulebook::shipped().with_layers(vec![l.clone()]);
        if let Ok(book) = book {
            prop_assert!(testing::layer_cites_and_resolves(&l, &book).is_ok());
            let national = testing::national_only(&book).expect("valid");
            let cal = WorkCalendar::state_agency();
            prop_assert!(testing::evaluates_without_panic(&a, &book, &cal).is_ok());
            let r = testing::no_uncited_refusal(&a, &national, &book, &cal);
            prop_assert!(r.is_ok(), "{:?}", r);
        }
    }
}
