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

/// The JSON form of a TOML document (dates as `YYYY-MM-DD` strings), or `""` if the file does
/// not parse — the crate then reads the TOML itself and reports the file and line.
fn json_of(text: &str) -> String {
    fn conv(v: toml::Value) -> serde_json::Value {
        match v {
            toml::Value::String(s) => serde_json::Value::String(s),
            toml::Value::Integer(i) => serde_json::Value::from(i),
            toml::Value::Float(f) => serde_json::Value::from(f),
            toml::Value::Boolean(b) => serde_json::Value::Bool(b),
            toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
            toml::Value::Array(a) => serde_json::Value::Array(a.into_iter().map(conv).collect()),
            toml::Value::Table(t) => {
                serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, conv(v))).collect())
            }
        }
    }
    match toml::from_str::<toml::Table>(text) {
        Ok(t) => serde_json::to_string(&conv(toml::Value::Table(t))).unwrap_or_default(),
        Err(_) => String::new(),
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
    let mut json = String::from("/// The same files in JSON (same order; `\"\"` where a file does not parse).\npub(crate) static FILES_JSON: &[&str] = &[\n");
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
        let _ = writeln!(json, "    {:?},", json_of(&String::from_utf8_lossy(&bytes)));
    }
    table.push_str("];\n");
    json.push_str("];\n");
    table.push_str(&json);
    let _ = writeln!(table, "/// FNV-1a hash of every data file (path and bytes).\npub(crate) const CONTENT_HASH: &str = \"{hash:016x}\";");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("rulebook_files.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
}
