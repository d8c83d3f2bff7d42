//! The command-line tool driven as a user drives it: spawned processes on the sample data, the
//! exit codes, the field path of a malformed request, a refused event leaving the case file
//! byte for byte unchanged, a tampered case failing `verify`, a closed pipe not panicking.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_doingoai");

fn data(name: &str) -> String {
    format!("{}/examples/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("examples/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    assert!(v.len() >= 4, "the sample requests");
    v
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch folder");
    d
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the doingoai binary runs");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(s) = stdin {
            input.write_all(s.as_bytes()).expect("write stdin");
        }
    }
    child.wait_with_output().expect("doingoai finishes")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("an exit code, not a signal")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

fn no_panic(o: &Output) {
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
    assert_ne!(code(o), 101, "a panic: {}", stderr(o));
}

#[test]
fn help_lists_the_subcommands_and_the_exit_codes() {
    let o = run(&["--help"], None);
    assert_eq!(code(&o), 0);
    let h = stdout(&o);
    for word in [
        "evaluate",
        "rulebook",
        "workflows",
        "case",
        "simulate",
        "Exit codes:",
    ] {
        assert!(h.contains(word), "--help lacks {word}: {h}");
    }
    for c in ["  0  ", "  1  ", "  2  ", "  3  ", "  4  "] {
        assert!(h.contains(c), "--help lacks exit code {c}");
    }
    for sub in [
        &["evaluate", "--help"][..],
        &["case", "apply", "--help"][..],
    ] {
        let o = run(sub, None);
        assert_eq!(code(&o), 0);
        assert!(stdout(&o).contains("Exit codes:"), "{sub:?}");
    }
    let o = run(&["no-such-command"], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn evaluate_every_sample_as_json_and_markdown() {
    for p in samples() {
        let path = p.to_str().expect("a UTF-8 path");
        let o = run(&["evaluate", path, "--format", "json"], None);
        no_panic(&o);
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON out");
        let admissible = v["admissible"].as_bool().expect("admissible");
        assert_eq!(code(&o), if admissible { 0 } else { 1 }, "{path}");
        assert!(v["decision"]["rulebook"].is_string());
        // the same request from stdin, as Markdown
        let text = std::fs::read_to_string(&p).expect("sample");
        let o = run(&["evaluate", "-", "--format", "markdown"], Some(&text));
        assert_eq!(code(&o), if admissible { 0 } else { 1 });
        let md = stdout(&o);
        assert!(md.starts_with("# "), "{md}");
        assert!(md.contains(v["id"].as_str().expect("id")), "{md}");
    }
    // stdout is a pipe here: JSON by default
    let o = run(&["evaluate", &data("request.json")], None);
    assert_eq!(code(&o), 1, "the sample request is not admissible");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON by default");
    assert_eq!(v["admissible"], false);
    let grounds: Vec<&str> = v["decision"]["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter_map(|f| f["kind"]["code"].as_str())
        .collect();
    assert!(!grounds.is_empty());
}

#[test]
fn a_malformed_request_names_the_field_and_exits_2() {
    let text = std::fs::read_to_string(data("request.json")).expect("sample");
    let bad = text.replacen("\"department_director\"", "\"boss\"", 1);
    assert_ne!(bad, text);
    let o = run(&["evaluate"], Some(&bad));
    no_panic(&o);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("participants[0].official.position"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
    // in the history, the path is under `history`
    let bad = text.replacen("\"2021-01-12\"", "\"12 January\"", 1);
    let o = run(&["evaluate", "-"], Some(&bad));
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("history.trips[0].start"),
        "{}",
        stderr(&o)
    );
    // not JSON at all; not an object
    for bad in ["{", "[1, 2]", ""] {
        let o = run(&["evaluate"], Some(bad));
        no_panic(&o);
        assert_eq!(code(&o), 2, "{bad:?}: {}", stderr(&o));
    }
    // a file that does not exist: exit 3
    let o = run(&["evaluate", "/no/such/request.json"], None);
    assert_eq!(code(&o), 3);
}

#[test]
fn rulebook_list_gaps_template_coverage() {
    let o = run(&["rulebook"], None);
    assert_eq!(code(&o), 0);
    let md = stdout(&o);
    assert!(md.starts_with("# doingoai-shipped@"), "{md}");
    assert!(md.contains("| rule | jurisdiction |"));

    let o = run(&["rulebook", "--json"], None);
    let all: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON rows");
    let o = run(&["rulebook", "--gaps", "--json"], None);
    assert_eq!(code(&o), 0);
    let gaps: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON rows");
    assert!(!gaps.is_empty() && gaps.len() < all.len());
    assert!(gaps
        .iter()
        .all(|r| r["unsourced"] == true && r["figure"].is_null()));
    assert!(gaps
        .iter()
        .all(|r| !r["citations"].as_array().expect("citations").is_empty()));

    let o = run(
        &[
            "rulebook",
            "--jurisdiction",
            "Đà Nẵng",
            "--date",
            "2026-06-01",
            "--json",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON rows");
    assert!(rows.iter().any(|r| r["tier"].is_string()));
    assert!(rows.iter().all(|r| {
        let j = r["jurisdiction"].as_str().unwrap_or("");
        j == "national" || j.starts_with("34:48") || j.starts_with("63:")
    }));

    let o = run(&["rulebook", "--jurisdiction", "Atlantis"], None);
    assert_eq!(code(&o), 2);
    let o = run(&["rulebook", "--date", "31/02/2026"], None);
    assert_eq!(code(&o), 2);

    let o = run(&["rulebook", "--template", "34:40"], None);
    assert_eq!(code(&o), 0);
    assert!(
        stdout(&o).starts_with("# Nghệ An (34:40)"),
        "{}",
        stdout(&o)
    );

    let dir = scratch("coverage");
    let svg = dir.join("cov.svg");
    let o = run(
        &[
            "rulebook",
            "--coverage",
            "--svg",
            svg.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("34 provinces"));
    let s = std::fs::read_to_string(&svg).expect("the SVG is written");
    assert!(s.starts_with("<svg") || s.starts_with("<?xml"));
}

#[test]
fn workflows_table_mermaid_json() {
    let o = run(&["workflows"], None);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("| draft | submit | submitted |"));
    let o = run(&["workflows", "--mermaid"], None);
    assert_eq!(code(&o), 0);
    let m = stdout(&o);
    assert!(m.starts_with("stateDiagram-v2"));
    assert_eq!(
        m.matches("stateDiagram-v2").count(),
        doingoai::workflow::Procedure::ALL.len()
    );
    let o = run(&["workflows", "--json", "--procedure", "conference"], None);
    let v: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["procedure"], "conference");
    let o = run(&["workflows", "--procedure", "nope"], None);
    assert_eq!(code(&o), 2);
}

const ACCEPT: &str = r#"{"actor": {"id": "chu-tich", "kind": "official", "role": "provincial_chairman"},
  "on": "2026-02-03", "action": {"action": "accept"}}"#;
const APPROVE_BY_APPLICANT: &str = r#"{"actor": {"id": "so", "kind": "body", "role": "organiser"},
  "on": "2026-02-04", "action": {"action": "approve"}}"#;

#[test]
fn case_new_apply_show_verify() {
    let dir = scratch("case");
    let case = dir.join("ht.json");
    let c = case.to_str().expect("path");
    let o = run(
        &[
            "case",
            "new",
            c,
            &data("conference_minister_pm.json"),
            "--submit",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON outcome");
    assert_eq!(v["accepted"]["to"], "submitted");
    // a second `new` does not overwrite
    let before = std::fs::read(&case).expect("the case file");
    let o = run(
        &["case", "new", c, &data("conference_minister_pm.json")],
        None,
    );
    assert_eq!(code(&o), 3);
    assert_eq!(std::fs::read(&case).expect("case"), before);

    // refused: the applicant cannot approve; the file is unchanged, byte for byte
    let o = run(
        &["case", "apply", c, "-", "--format", "json"],
        Some(APPROVE_BY_APPLICANT),
    );
    no_panic(&o);
    assert_eq!(code(&o), 1);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON refusal");
    assert_eq!(r["refused"]["action"], "approve");
    assert!(!r["refused"]["unmet"].as_array().expect("unmet").is_empty());
    assert!(stderr(&o).contains("unchanged"));
    assert_eq!(std::fs::read(&case).expect("case"), before);
    // a malformed event: exit 2, the field named, the file unchanged
    let o = run(
        &["case", "apply", c],
        Some(&ACCEPT.replace("\"accept\"", "\"fly\"")),
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("action.action"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&case).expect("case"), before);

    // accepted: the file is rewritten
    let ev = dir.join("accept.json");
    std::fs::write(&ev, ACCEPT).expect("event file");
    let o = run(
        &[
            "case",
            "apply",
            c,
            ev.to_str().expect("path"),
            "-f",
            "markdown",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("`submitted` → `in_consultation`"),
        "{}",
        stdout(&o)
    );
    let after = std::fs::read(&case).expect("case");
    assert_ne!(after, before);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left");

    // show: as of the last event by default, or of the day asked
    let o = run(&["case", "show", c, "--format", "json"], None);
    assert_eq!(code(&o), 0);
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(s["state"], "in_consultation");
    assert_eq!(s["as_of"], "2026-02-03");
    let statuses = |s: &serde_json::Value| -> Vec<String> {
        s["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .map(|d| d["status"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(!statuses(&s).is_empty());
    assert!(statuses(&s).iter().all(|x| x == "pending"));
    let o = run(
        &["case", "show", c, "--as-of", "2026-03-01", "-f", "json"],
        None,
    );
    let late: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(statuses(&late).iter().all(|x| x == "overdue"), "{late}");
    let o = run(&["case", "show", c, "-f", "markdown"], None);
    assert!(stdout(&o).contains("## Deadlines"));

    // verify
    let o = run(&["case", "verify", c], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: HT-DN-01"));
    // a tampered file does not verify
    let text = String::from_utf8(after).expect("UTF-8");
    let tampered = text.replace("\"state\":\"in_consultation\"", "\"state\":\"approved\"");
    assert_ne!(tampered, text);
    let t = dir.join("tampered.json");
    std::fs::write(&t, &tampered).expect("write");
    let o = run(&["case", "verify", t.to_str().expect("path")], None);
    no_panic(&o);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    // and cannot be applied to
    let o = run(
        &[
            "case",
            "apply",
            t.to_str().expect("path"),
            ev.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 4);
    assert_eq!(std::fs::read_to_string(&t).expect("t"), tampered);
    // a file that is not a case: exit 2 with the field
    std::fs::write(&t, "{\"schema\": 2, \"id\": 7}").expect("write");
    let o = run(&["case", "verify", t.to_str().expect("path")], None);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}

#[test]
fn a_refused_submission_prints_every_finding_with_its_citation_and_writes_nothing() {
    let dir = scratch("refused");
    let case = dir.join("dn.json");
    let o = run(
        &[
            "case",
            "new",
            case.to_str().expect("path"),
            &data("delegation_da_nang_over_cap.json"),
            "--submit",
            "--format",
            "markdown",
        ],
        None,
    );
    no_panic(&o);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.starts_with("refused: `submit`"), "{out}");
    // the library's refusal, finding by finding, each with its citations
    let text = std::fs::read_to_string(data("delegation_da_nang_over_cap.json")).expect("s");
    let req = doingoai::request::Request::from_json(&text).expect("request");
    let mut c = doingoai::Case::for_activity(&req.activity).expect("a case");
    let a = doingoai::workflow::assess(
        &req.activity,
        c.procedure(),
        doingoai::Rulebook::shipped(),
        &doingoai::WorkCalendar::state_agency(),
        &req.history,
    )
    .expect("assessed");
    let ev = doingoai::Event::new(
        c.applicant().clone(),
        req.activity.filed_on,
        doingoai::workflow::Action::Submit {
            assessment: Box::new(a),
        },
    );
    let refusal = c.apply(ev).expect_err("refused");
    assert!(!refusal.unmet.is_empty());
    for f in &refusal.unmet {
        assert!(out.contains(&f.wrong.en), "{out}");
        for cite in &f.citations {
            assert!(out.contains(&cite.to_string()), "{cite} missing: {out}");
        }
    }
    assert!(!case.exists(), "a refused submission writes no case file");
}

#[test]
fn a_closed_pipe_does_not_panic() {
    for args in [
        &["rulebook", "--json"][..],
        &["rulebook"][..],
        &["workflows", "--json"][..],
    ] {
        let mut child = Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut out = child.stdout.take().expect("stdout");
        let mut first = [0u8; 16];
        out.read_exact(&mut first).expect("some output");
        drop(out); // `| head -c 16`
        let o = child.wait_with_output().expect("finishes");
        no_panic(&o);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn case_new_without_submit_is_a_draft_and_simulate_writes_the_chart() {
    let dir = scratch("draft");
    let case = dir.join("draft.json");
    let text = std::fs::read_to_string(data("agreement_ppc_security_shortened.json")).expect("s");
    let o = run(
        &[
            "case",
            "new",
            case.to_str().expect("path"),
            "-",
            "-f",
            "json",
        ],
        Some(&text),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["state"], "draft");
    let stored = std::fs::read_to_string(&case).expect("the case file");
    let back = doingoai::Case::from_json(&stored).expect("a stored case");
    assert_eq!(back.state(), doingoai::workflow::State::Draft);
    // no event: `show` has no day to take statuses on, and says so
    let o = run(
        &["case", "show", case.to_str().expect("path"), "-f", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(v["as_of"].is_null());

    let svg = dir.join("chart.svg");
    let o = run(
        &[
            "simulate",
            "--activities",
            "30",
            "--quiet",
            "--svg",
            svg.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    assert!(std::fs::metadata(&svg).expect("the chart").len() > 0);
    // the chart is of one scenario
    let o = run(
        &[
            "simulate",
            "--year",
            "2026-2027",
            "--svg",
            svg.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 2);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]

    /// Any prefix of a sample request, or the sample with one byte changed: exit 0, 1 or 2,
    /// never a panic; exit 2 names where.
    #[test]
    fn a_damaged_request_never_panics(cut in 0usize..4000, at in 0usize..4000, byte in 0u8..128) {
        let text = std::fs::read_to_string(data("delegation_da_nang_over_cap.json")).expect("s");
        let mut bytes = text.clone().into_bytes();
        let i = at % bytes.len();
        if let Some(b) = bytes.get_mut(i) {
            *b = byte;
        }
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        let prefix: String = text.chars().take(cut % text.chars().count()).collect();
        for input in [prefix, changed] {
            let o = run(&["evaluate", "-"], Some(&input));
            no_panic(&o);
            let c = code(&o);
            proptest::prop_assert!(c == 0 || c == 1 || c == 2, "exit {}", c);
            if c == 2 {
                proptest::prop_assert!(stderr(&o).contains("error: the request"), "{}", stderr(&o));
            }
        }
    }

    /// The library path of `evaluate`: any text is read or refused, never a panic.
    #[test]
    fn request_from_json_never_panics(text in ".{0,200}") {
        if let Err(e) = doingoai::request::Request::from_json(&text) {
            proptest::prop_assert!(!e.path.is_empty());
        }
    }
}

#[test]
fn a_pipe_closed_before_the_answer_does_not_panic() {
    // the reader is gone before the request is even read: the answer meets a closed pipe
    let text = std::fs::read_to_string(data("request.json")).expect("sample");
    let mut child = Command::new(BIN)
        .args(["evaluate", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    {
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(text.as_bytes()).expect("write stdin");
    }
    let o = child.wait_with_output().expect("finishes");
    no_panic(&o);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "quietly: {}", stderr(&o));
}

#[test]
fn simulate_provinces_and_years() {
    let args = [
        "simulate",
        "--province",
        "Đắk Lắk,34:48",
        "--year",
        "2026-2027",
        "--activities",
        "60",
        "--csv",
        "--progress",
    ];
    let o = run(&args, None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(csv.starts_with("jurisdiction,year,section,"));
    for (j, y) in [("34:48", "2026"), ("34:48", "2027")] {
        assert!(
            csv.contains(&format!("\n{j},{y},activities,total,")),
            "{j} {y}"
        );
    }
    let err = stderr(&o);
    assert!(err.contains("4/4"), "the progress bar: {err}");
    assert!(err.contains("4 scenario(s)"));
    // reproducible, byte for byte
    let again = run(&args, None);
    assert_eq!(again.stdout, o.stdout);

    let o = run(
        &[
            "simulate",
            "--province",
            "34:48",
            "--year",
            "2026",
            "--activities",
            "40",
            "--json",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["jurisdiction"], "34:48");
    let o = run(
        &[
            "simulate",
            "--activities",
            "30",
            "--year",
            "2026",
            "-p",
            "Hà Tĩnh,34:48",
            "--json",
        ],
        None,
    );
    let v: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON array");
    assert_eq!(v.len(), 2);

    let dir = scratch("simulate");
    let out = dir.join("r.md");
    let o = run(
        &[
            "simulate",
            "--activities",
            "30",
            "--out",
            out.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).is_empty());
    assert!(std::fs::read_to_string(&out)
        .expect("report")
        .starts_with('#'));

    // a year the calendar cannot simulate; a province that does not exist in 2025
    let o = run(&["simulate", "--year", "2150"], None);
    assert_eq!(code(&o), 2);
    let o = run(&["simulate", "--year", "2025", "--province", "34:48"], None);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}
