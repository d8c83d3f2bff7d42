//! Writes the JSON Schemas (draft 2020-12) of the crate's JSON forms — the request, the
//! decision, a stored case, an event and a rulebook layer — generated from the types.
//!
//! ```text
//! cargo run --features schema --example schema -- --out schema/
//! ```
//!
//! Without `--out`, prints the file names and sizes the command would write. The committed
//! files under `schema/` are checked by `tests/schema.rs` (regenerated equals committed).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut out: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => match args.next() {
                Some(dir) => out = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("error: `--out` needs a directory");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!("error: unknown argument `{other}`; usage: schema [--out DIR]");
                return ExitCode::from(2);
            }
        }
    }
    for (file, schema) in doingoai::schema::all() {
        let text = doingoai::schema::to_text(&schema);
        match &out {
            Some(dir) => {
                let path = dir.join(file);
                if let Err(e) = std::fs::write(&path, &text) {
                    eprintln!("error: cannot write {}: {e}", path.display());
                    return ExitCode::from(1);
                }
                println!("wrote {} ({} bytes)", path.display(), text.len());
            }
            None => println!("{file} ({} bytes)", text.len()),
        }
    }
    ExitCode::SUCCESS
}
