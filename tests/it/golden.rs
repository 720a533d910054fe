//! Golden outputs: what the bundled samples print, pinned byte for byte. For every sample event in
//! `readouts/` (and every file in its `checks/`), each output format of `compare`, `check` and
//! `segment` is compared with the file committed under `tests/golden/<event>/`.
//!
//! A change to these outputs must be made on purpose: run
//! `READOUT_BLESS=1 cargo test --release --test it golden` to write the new outputs, read the
//! `git diff` of `tests/golden/`, and say in the commit why they changed.

use crate::common::{manifest_dir, run_in};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One command whose output is pinned.
struct Case {
    /// File name under the event's golden folder.
    name: String,
    args: Vec<String>,
}

/// The sample events: folders of `readouts/` holding an `event.yaml`.
fn events() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("readouts"))
        .expect("readouts/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("event.yaml").is_file())
        .collect();
    out.sort();
    assert!(out.len() >= 3, "expected the sample events in readouts/, found {out:?}");
    out
}

fn rel(p: &Path) -> String {
    p.strip_prefix(manifest_dir()).expect("inside the crate").to_string_lossy().into_owned()
}

fn cases(event: &Path) -> Vec<Case> {
    let ev = rel(event);
    let mut out = Vec::new();
    for (ext, format) in
        [("txt", "terminal"), ("json", "json"), ("md", "markdown"), ("html", "html")]
    {
        out.push(Case {
            name: format!("compare.{ext}"),
            args: vec!["compare".into(), ev.clone(), "--format".into(), format.into()],
        });
    }
    for (ext, format) in [("txt", "terminal"), ("json", "json")] {
        out.push(Case {
            name: format!("segment.{ext}"),
            args: vec!["segment".into(), ev.clone(), "--format".into(), format.into()],
        });
    }
    let mut checks: Vec<PathBuf> = std::fs::read_dir(event.join("checks"))
        .map(|d| d.map(|e| e.expect("entry").path()).collect())
        .unwrap_or_default();
    checks.sort();
    for claims in checks {
        let stem = claims.file_stem().expect("file name").to_string_lossy().into_owned();
        for (ext, format) in
            [("txt", "terminal"), ("json", "json"), ("md", "markdown"), ("html", "html")]
        {
            out.push(Case {
                name: format!("check-{stem}.{ext}"),
                args: vec![
                    "check".into(),
                    rel(&claims),
                    "--against".into(),
                    ev.clone(),
                    "--format".into(),
                    format.into(),
                ],
            });
        }
    }
    out
}

#[test]
fn sample_outputs_match_the_golden_files() {
    let bless = std::env::var_os("READOUT_BLESS").is_some();
    let mut failures = String::new();
    let mut count = 0;
    for event in events() {
        let dir =
            manifest_dir().join("tests/golden").join(event.file_name().expect("event folder name"));
        for case in cases(&event) {
            let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
            let run = run_in(
                manifest_dir(),
                &args,
                None,
                &[("SOURCE_DATE_EPOCH", "1767225600"), ("NO_COLOR", "1")],
            );
            assert!(
                matches!(run.code, Some(0 | 1)) && run.stderr.is_empty(),
                "readout {}: exit {:?}, stderr:\n{}",
                case.args.join(" "),
                run.code,
                run.stderr
            );
            // The exit code is part of what is pinned: check's 1 says claims failed.
            let got = format!("{}exit {}\n", run.stdout, run.code.unwrap_or(-1));
            let path = dir.join(format!("{}.golden", case.name));
            count += 1;
            if bless {
                std::fs::create_dir_all(&dir).expect("golden folder");
                std::fs::write(&path, &got).expect("write golden file");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(want) if want == got => {}
                Ok(want) => {
                    let line = want
                        .lines()
                        .zip(got.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or(want.lines().count().min(got.lines().count()));
                    let _ = writeln!(
                        failures,
                        "{} differs from `readout {}` from line {}:\n  want: {:?}\n  got:  {:?}",
                        rel(&path),
                        case.args.join(" "),
                        line + 1,
                        want.lines().nth(line).unwrap_or("<end>"),
                        got.lines().nth(line).unwrap_or("<end>"),
                    );
                }
                Err(_) => {
                    let _ = writeln!(failures, "{} is missing", rel(&path));
                }
            }
        }
    }
    assert!(count >= 30, "only {count} golden cases");
    assert!(
        failures.is_empty(),
        "{failures}\nIf the change is intended: READOUT_BLESS=1 cargo test --release --test it \
         golden, then read `git diff tests/golden` and say why in the commit."
    );
}
