//! Embeds the rulebook data files (`rulebook/**/*.toml`) and a content hash of them, so the
//! shipped rulebook's version changes whenever any data file changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = root.join("rulebook");
    println!("cargo:rerun-if-changed=rulebook");
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    // FNV-1a, 64 bits, over every file's relative path and bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let mut table = String::from("/// The rulebook data files: path under `rulebook/`, text.\npub(crate) static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f
            .strip_prefix(&dir)
            .expect("under rulebook/")
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(f).expect("a rulebook file is readable");
        eat(rel.as_bytes());
        eat(&bytes);
        println!("cargo:rerun-if-changed={}", f.display());
        let _ = writeln!(
            table,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    table.push_str("];\n");
    let _ = writeln!(table, "/// FNV-1a hash of every data file (path and bytes).\npub(crate) const CONTENT_HASH: &str = \"{hash:016x}\";");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("rulebook_files.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
}
