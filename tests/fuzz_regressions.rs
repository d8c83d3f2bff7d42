//! Inputs the fuzz targets (`fuzz/`, see `fuzz/README.md`) found failing, kept as named tests.

use doingoai::Citation;

/// `citation_parse`, 29/11/2026: `khoản 2 Đi廁u 19 70/2020/QH14` (a clause of an instrument
/// without articles, then a part) parsed, but its English form dropped the clause
/// (`Đi廁u 19 70/2020/QH14`), so it did not parse back to the same citation. The English form
/// of a clause or point without an article is now `Cl. c(p)` / `Pt. p`.
#[test]
fn a_clause_without_an_article_round_trips_through_english() {
    let found = "khoản 2 Đi廁u 19 70/2020/QH14";
    let c: Citation = found.parse().expect("parses");
    assert_eq!(c.clause, Some(2));
    assert_eq!(c.article, None);
    assert_eq!(c.en(), "Cl. 2 Đi廁u 19 70/2020/QH14");
    assert_eq!(c.en().parse(), Ok(c.clone()));
    assert_eq!(c.to_string().parse(), Ok(c));

    let q = "06/2020/QĐ-TTg";
    for (c, en) in [
        (Citation::instrument(q).clause(3), "Cl. 3 06/2020/QĐ-TTg"),
        (
            Citation::instrument(q).clause(3).point('a'),
            "Cl. 3(a) 06/2020/QĐ-TTg",
        ),
        (Citation::instrument(q).point('đ'), "Pt. đ 06/2020/QĐ-TTg"),
        (
            Citation::instrument(q).point('b').part("mục 2"),
            "Pt. b mục 2 06/2020/QĐ-TTg",
        ),
    ] {
        assert_eq!(c.en(), en);
        assert_eq!(en.parse(), Ok(c.clone()), "{en}");
        assert_eq!(c.vi().parse(), Ok(c), "{en}");
    }
    // the English keywords are provisions, not the start of a part
    assert!("Điều 4 Cl. 2 06/2020/QĐ-TTg".parse::<Citation>().is_err());
    assert!("Cl. x 06/2020/QĐ-TTg".parse::<Citation>().is_err());
    assert!("Cl. 2(ab) 06/2020/QĐ-TTg".parse::<Citation>().is_err());
}
