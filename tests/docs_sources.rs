//! The documentation that is generated or points into the repository: `docs/sources.md` is
//! `doingoai::guide::sources::markdown()` byte for byte, and every relative link of the README
//! and of the docs names a file or folder of the repository.
//!
//! When the registry or the rulebook changes, regenerate with
//! `DOINGOAI_BLESS=1 cargo test --test docs_sources`.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn docs_sources_md_is_generated_from_the_registry() {
    let path = Path::new(ROOT).join("docs/sources.md");
    let now = doingoai::guide::sources::markdown();
    if std::env::var_os("DOINGOAI_BLESS").is_some() {
        std::fs::write(&path, &now).expect("write docs/sources.md");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "docs/sources.md is not what the registry gives: run `DOINGOAI_BLESS=1 cargo test --test docs_sources` and commit it"
    );
    // every instrument of the registry has its row, with its grade
    for i in doingoai::law::registry().all() {
        let row = format!("| {} |", i.number.as_str());
        assert!(now.contains(&row), "no row for {}", i.number.as_str());
    }
}

/// The relative targets of the Markdown links `[text](target)` of a document.
fn relative_links(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = md;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = &rest[..end];
        if !target.contains("://") && !target.starts_with('#') && !target.contains(' ') {
            out.push(target.split('#').next().unwrap_or("").to_string());
        }
    }
    out
}

#[test]
fn the_readme_and_the_docs_link_only_to_files_of_the_repository() {
    let mut checked = 0;
    for doc in ["README.md", "docs/workflows.md", "docs/cookbook.md"] {
        let text = std::fs::read_to_string(Path::new(ROOT).join(doc)).expect("doc");
        let base = Path::new(ROOT).join(doc);
        let dir = base.parent().expect("dir");
        for l in relative_links(&text) {
            let target = dir.join(&l);
            assert!(
                target.exists(),
                "{doc} links to `{l}`, which is not in the repository"
            );
            assert!(
                target
                    .canonicalize()
                    .expect("path")
                    .starts_with(Path::new(ROOT).canonicalize().expect("root")),
                "{doc} links outside the repository: `{l}`"
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} links found");
}

#[test]
fn the_link_reader_finds_relative_links_only() {
    let links = relative_links("[a](docs/x.md) [b](https://e.org) [c](../y#z) [d](#top)");
    assert_eq!(links, vec!["docs/x.md", "../y"]);
}
