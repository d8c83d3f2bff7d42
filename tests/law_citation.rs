//! Parsing citations: `Citation: FromStr` reads back both forms the crate prints
//! (`vi()`/`Display` and `en()`), for every citation the crate builds and for random ones, and
//! says what is wrong with anything else, without panicking.

use std::borrow::Cow;

use doingoai::law::{registry, Citation, InstrumentNumber, InvalidCitation};
use doingoai::rules::Rulebook;
use proptest::prelude::*;

fn parse(s: &str) -> Result<Citation, InvalidCitation> {
    s.parse()
}

/// `en()` prints a clause or a point only under an article: the other citations have no
/// English form to read back.
fn en_is_faithful(c: &Citation) -> bool {
    c.article.is_some() || (c.clause.is_none() && c.point.is_none())
}

fn assert_round_trips(c: &Citation) {
    assert_eq!(parse(&c.to_string()).as_ref(), Ok(c), "vi: {c}");
    assert_eq!(parse(&c.vi()).as_ref(), Ok(c), "vi: {c}");
    if en_is_faithful(c) {
        assert_eq!(parse(&c.en()).as_ref(), Ok(c), "en: {}", c.en());
    }
}

/// Every citation of the shipped rulebook, the org tables and the layer-declared instruments.
fn crate_citations() -> Vec<Citation> {
    use doingoai::org::{fa_agency_assignments, BodyKind, ProvinceSet};
    let book = Rulebook::shipped();
    let mut out: Vec<Citation> = book
        .rules()
        .flat_map(|r| r.citations().iter().cloned())
        .collect();
    for k in BodyKind::ALL {
        if let Some(e) = k.existence() {
            out.extend(e.citations);
        }
    }
    for a in fa_agency_assignments() {
        out.extend(a.citations);
    }
    for s in ProvinceSet::ALL {
        out.extend(s.citations());
    }
    for l in book.layers() {
        out.extend(l.instruments.iter().map(|i| Citation::of(i.number.clone())));
    }
    out
}

// ---- examples ---------------------------------------------------------------------------

#[test]
fn vietnamese_form_in_every_combination() {
    let q = "06/2020/QĐ-TTg";
    assert_eq!(parse(q), Ok(Citation::instrument(q)));
    assert_eq!(parse("Điều 8 06/2020/QĐ-TTg"), Ok(Citation::article(q, 8)));
    assert_eq!(
        parse("khoản 2 Điều 20 70/2020/QH14"),
        Ok(Citation::article("70/2020/QH14", 20).clause(2))
    );
    assert_eq!(
        parse("điểm a khoản 1 Điều 4 06/2020/QĐ-TTg"),
        Ok(Citation::article(q, 4).clause(1).point('a'))
    );
    assert_eq!(
        parse("điểm đ Điều 4 06/2020/QĐ-TTg"),
        Ok(Citation::article(q, 4).point('đ'))
    );
    assert_eq!(
        parse("khoản 3 06/2020/QĐ-TTg"),
        Ok(Citation::instrument(q).clause(3))
    );
    assert_eq!(
        parse("mục 3 2018-sn/UBND-Hồ Chí Minh"),
        Ok(Citation::instrument("2018-sn/UBND-Hồ Chí Minh").part("mục 3"))
    );
    assert_eq!(
        parse("phụ lục I 67/2011/QĐ-TTg"),
        Ok(Citation::instrument("67/2011/QĐ-TTg").part("phụ lục I"))
    );
    assert_eq!(
        parse("Điều 4 mục 2 272-QĐ/TW"),
        Ok(Citation::article("272-QĐ/TW", 4).part("mục 2"))
    );
    assert_eq!(
        parse("TTHC số 5 2023-sn/TTHC-Bình Dương"),
        Ok(Citation::instrument("2023-sn/TTHC-Bình Dương").part("TTHC số 5"))
    );
}

#[test]
fn english_form() {
    let q = "06/2020/QĐ-TTg";
    assert_eq!(
        parse("Art. 4(1)(a) 06/2020/QĐ-TTg"),
        Ok(Citation::article(q, 4).clause(1).point('a'))
    );
    assert_eq!(
        parse("Art. 19 70/2020/QH14"),
        Ok(Citation::article("70/2020/QH14", 19))
    );
    assert_eq!(
        parse("Art. 19(2) 70/2020/QH14"),
        Ok(Citation::article("70/2020/QH14", 19).clause(2))
    );
    assert_eq!(
        parse("Art. 4(b) 06/2020/QĐ-TTg"),
        Ok(Citation::article(q, 4).point('b'))
    );
    assert_eq!(
        parse("Art. 4 phụ lục I 67/2011/QĐ-TTg"),
        Ok(Citation::article("67/2011/QĐ-TTg", 4).part("phụ lục I"))
    );
}

#[test]
fn keywords_in_any_case_and_extra_spaces() {
    let want = Citation::article("06/2020/QĐ-TTg", 4).clause(1).point('a');
    for s in [
        "Điểm a Khoản 1 điều 4 06/2020/QĐ-TTg",
        "ĐIỂM a KHOẢN 1 ĐIỀU 4 06/2020/QĐ-TTg",
        "  điểm   a\tkhoản 1  Điều  4   06/2020/QĐ-TTg  ",
        "ART. 4(1)(a) 06/2020/QĐ-TTg",
        " art.   4(1)(a)    06/2020/QĐ-TTg",
    ] {
        assert_eq!(parse(s), Ok(want.clone()), "{s}");
    }
}

#[test]
fn a_part_may_hold_digits_and_dashes_the_number_is_the_last_number_like_word() {
    assert_eq!(
        parse("mục 1-2 06/2020/QĐ-TTg"),
        Ok(Citation::instrument("06/2020/QĐ-TTg").part("mục 1-2"))
    );
    // a number without a number-like word: from the last word starting with a digit
    let n = InstrumentNumber::parse("272 – QĐ/TW").unwrap();
    assert_eq!(parse("272 – QĐ/TW"), Ok(Citation::of(n.clone())));
    let mut c = Citation::of(n);
    c.part = Some(Cow::Borrowed("mục 3"));
    assert_eq!(parse("mục 3 272 – QĐ/TW"), Ok(c));
}

// ---- errors -----------------------------------------------------------------------------

fn reason(s: &str) -> String {
    let e = parse(s).expect_err(s);
    assert_eq!(e.input, s);
    assert!(e.to_string().contains(&e.reason));
    assert!(e.to_string().contains(s));
    e.reason
}

#[test]
fn errors_say_what_is_wrong() {
    assert!(reason("").contains("empty"));
    assert!(reason("   ").contains("empty"));
    assert_eq!(
        reason("khoản 0 Điều 4 06/2020/QĐ-TTg"),
        "clause numbers start at 1"
    );
    assert_eq!(
        reason("Điều 0 06/2020/QĐ-TTg"),
        "article numbers start at 1"
    );
    assert_eq!(
        reason("Art. 0 06/2020/QĐ-TTg"),
        "article numbers start at 1"
    );
    assert_eq!(
        reason("Art. 4(0) 06/2020/QĐ-TTg"),
        "clause numbers start at 1"
    );
    assert!(reason("Điều 4").contains("no instrument number"));
    assert!(reason("Art. 4(1)").contains("no instrument number"));
    assert!(reason("mục ba").contains("no instrument number"));
    assert!(reason("Điều 70000 06/2020/QĐ-TTg").contains("too large"));
    assert!(reason("Điều x 06/2020/QĐ-TTg").contains("article number"));
    assert!(reason("khoản 06/2020/QĐ-TTg").contains("clause number"));
    assert!(reason("điểm ab khoản 1 Điều 4 06/2020/QĐ-TTg").contains("point letter"));
    assert!(reason("Điều 4 khoản 1 06/2020/QĐ-TTg").contains("out of order"));
    assert!(reason("điểm a điểm b 06/2020/QĐ-TTg").contains("out of order"));
    assert!(reason("Art. 4 Điều 4 06/2020/QĐ-TTg").contains("out of order"));
    assert!(reason("Art. 4(a)(1) 06/2020/QĐ-TTg").contains("Art. N(c)(p)"));
    assert!(reason("Art. 4(1 06/2020/QĐ-TTg").contains("Art. N(c)(p)"));
    assert!(reason("Art. 4(1)x 06/2020/QĐ-TTg").contains("Art. N(c)(p)"));
    assert!(reason("Art.").contains("article number"));
    // the number itself is checked by `InstrumentNumber::parse`
    let long = format!("Điều 4 1/{}", "X".repeat(70));
    assert!(reason(&long).contains("not an instrument number"));
}

#[test]
fn invalid_citation_converts_into_the_crate_error() {
    let e: doingoai::Error = parse("Điều 4").unwrap_err().into();
    assert!(e.to_string().contains("no instrument number"));
}

// ---- every citation of the crate ----------------------------------------------------------

#[test]
fn every_citation_the_crate_builds_round_trips_in_both_forms() {
    let all = crate_citations();
    assert!(all.len() > 100, "{} citations", all.len());
    for c in &all {
        assert_round_trips(c);
    }
}

#[test]
fn every_registry_number_round_trips_with_every_kind_of_provision() {
    for i in registry().all() {
        let base = Citation::of(i.number.clone());
        let mut full = base.clone().clause(1).point('a');
        full.article = Some(4);
        let mut with_part = full.clone();
        with_part.part = Some(Cow::Borrowed("mục 1-2"));
        for c in [base, full, with_part] {
            assert_round_trips(&c);
        }
    }
}

// ---- random citations ---------------------------------------------------------------------

fn any_number() -> impl Strategy<Value = InstrumentNumber> {
    let numbers: Vec<InstrumentNumber> =
        registry().all().iter().map(|i| i.number.clone()).collect();
    prop::sample::select(numbers)
}

fn any_point() -> impl Strategy<Value = char> {
    let letters: Vec<char> = ('a'..='z').chain(['đ']).collect();
    prop::sample::select(letters)
}

fn any_part() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "mục 3",
        "Mục II",
        "phụ lục I",
        "Phụ lục 02",
        "chương 2",
        "phần thứ nhất",
        "tiết 1.2",
        "mục 1-2",
        "thủ tục hành chính",
        "thủ tục NV-CPRD-01",
        "TTHC số 5",
        "Quy chế kèm theo",
    ])
}

fn any_citation() -> impl Strategy<Value = Citation> {
    (
        any_number(),
        prop::option::of(1u16..=200),
        prop::option::of(1u16..=30),
        prop::option::of(any_point()),
        prop::option::of(any_part()),
    )
        .prop_map(|(instrument, article, clause, point, part)| Citation {
            instrument,
            article,
            clause,
            point,
            part: part.map(Cow::Borrowed),
        })
}

proptest! {
    #[test]
    fn random_citations_round_trip_in_both_forms(c in any_citation()) {
        prop_assert_eq!(parse(&c.vi()), Ok(c.clone()));
        prop_assert_eq!(parse(&c.to_string()), Ok(c.clone()));
        if en_is_faithful(&c) {
            prop_assert_eq!(parse(&c.en()), Ok(c.clone()));
        }
    }

    #[test]
    fn random_citations_read_back_with_keywords_in_any_case(c in any_citation()) {
        // the parts of `any_part` hold no keyword, so only the provisions change
        let shouted = c
            .vi()
            .replacen("điểm ", "ĐIỂM  ", 1)
            .replacen("khoản ", "Khoản\t", 1)
            .replacen("Điều ", "điều   ", 1);
        prop_assert_eq!(parse(&shouted), Ok(c.clone()));
        let en = c.en().replacen("Art. ", "ART.  ", 1);
        if en_is_faithful(&c) {
            prop_assert_eq!(parse(&en), Ok(c));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,60}") {
        if let Err(e) = parse(&s) {
            prop_assert_eq!(e.input, s);
        }
    }

    #[test]
    fn citation_like_text_never_panics(
        s in "(([dđĐ]i[eểỂ]m|kho[aả]n|[DĐđ]i[eề]u|Art\\.|mục) ?)?[0-9a-zđ()]{0,6} ?((kho[aả]n|[Đđ]iều|Art\\.) ?)?[0-9()a-z/\\-]{0,8} ?[0-9A-ZĐa-z/\\- ]{0,20}"
    ) {
        let _ = parse(&s);
    }
}
