//! Input and output as a hostile tester tries them: `-o` naming an input, a symlink, a FIFO or
//! a device; interrupted writes; unbounded or explosive input (a stream with no end, deeply
//! nested or alias-bomb YAML); Markdown markup, UTF-16 and CR-only files; a readout given twice.
//! Every file, FIFO and device here is made by the test in its own temporary folder.

use crate::common::{CALDERRA_MD, Run, Scratch, VELLAN_YAML, command, names_in};
use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A folder with the two test readouts, `calderra.md` (prefix PC) and `vellan.yaml` (VG).
fn two() -> Scratch {
    let s = Scratch::new();
    s.write("calderra.md", CALDERRA_MD);
    s.write("vellan.yaml", VELLAN_YAML);
    s
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

fn temporaries(dir: &Path) -> Vec<String> {
    names_in(dir).into_iter().filter(|n| n.starts_with(".readout-")).collect()
}

// ---- -o never replaces an input ----

#[test]
fn output_that_is_an_input_is_refused_and_the_input_kept() {
    let s = two();
    let line = s
        .run(&["compare", "calderra.md", "vellan.yaml", "-o", "calderra.md"])
        .error_line()
        .to_string();
    assert_eq!(
        line,
        "readout: calderra.md: is also an input of this run; -o would replace it (name another \
         file, or give --force)"
    );
    assert_eq!(read(&s.path().join("calderra.md")), CALDERRA_MD);
    assert_eq!(temporaries(s.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn output_that_is_an_input_by_another_name_is_refused() {
    let s = two();
    std::os::unix::fs::symlink("vellan.yaml", s.path().join("link.yaml")).unwrap();
    std::fs::hard_link(s.path().join("vellan.yaml"), s.path().join("hard.yaml")).unwrap();
    for name in ["link.yaml", "hard.yaml", "./vellan.yaml"] {
        let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", name, "--format", "json"]);
        let line = run.error_line();
        assert!(
            line.starts_with(&format!("readout: {name}: is also an input of this run")),
            "{line}"
        );
        assert!(line.contains("(as vellan.yaml)"), "{line}");
        assert_eq!(read(&s.path().join("vellan.yaml")), VELLAN_YAML);
    }
}

#[test]
fn output_over_a_file_of_an_event_folder_or_the_claims_is_refused() {
    let s = Scratch::new();
    s.write("ev/calderra.md", CALDERRA_MD);
    s.write("ev/vellan.yaml", VELLAN_YAML);
    s.write("ev/event.yaml", "title: A call\n");
    let article = "Illustration. The Presidency of Calderra said the leaders \"agreed to stay in close contact\".\n";
    s.write("art.md", article);
    let line =
        s.run(&["check", "art.md", "--against", "ev", "-o", "art.md"]).error_line().to_string();
    assert!(line.starts_with("readout: art.md: is also an input of this run"), "{line}");
    assert_eq!(read(&s.path().join("art.md")), article);
    for inside in ["ev/vellan.yaml", "ev/event.yaml"] {
        let line =
            s.run(&["compare", "ev", "-o", inside, "--format", "json"]).error_line().to_string();
        assert!(line.starts_with(&format!("readout: {inside}: is also an input")), "{line}");
    }
    assert_eq!(read(&s.path().join("ev/event.yaml")), "title: A call\n");
}

#[test]
fn force_lets_output_replace_an_input() {
    let s = two();
    let run = s.run(&[
        "compare",
        "calderra.md",
        "vellan.yaml",
        "-o",
        "vellan.yaml",
        "--format",
        "json",
        "--force",
    ]);
    run.assert_wrote("vellan.yaml");
    let v: serde_json::Value = serde_json::from_str(&read(&s.path().join("vellan.yaml"))).unwrap();
    assert_eq!(v["schema"], "readout/compare/v1");
}

// ---- -o writes through symlinks and into what is not a regular file ----

#[cfg(unix)]
#[test]
fn output_through_a_symlink_writes_its_target() {
    let s = two();
    std::fs::create_dir(s.path().join("real")).unwrap();
    std::os::unix::fs::symlink("real/report.json", s.path().join("link.json")).unwrap();
    s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "link.json"]).assert_wrote("link.json");
    let link = std::fs::symlink_metadata(s.path().join("link.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the symlink was replaced by a file");
    assert!(read(&s.path().join("real/report.json")).contains("readout/compare/v1"));
    assert_eq!(temporaries(&s.path().join("real")), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let s = two();
    let fifo = s.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = String::new();
            std::fs::File::open(&fifo).unwrap().read_to_string(&mut got).unwrap();
            got
        })
    };
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "pipe", "--format", "json"]);
    run.assert_wrote("pipe");
    assert!(reader.join().unwrap().contains("readout/compare/v1"));
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "FIFO replaced");
    assert_eq!(temporaries(s.path()), Vec::<String>::new());
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_character_device_keeps_the_device() {
    use std::os::unix::fs::FileTypeExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        println!("SKIPPED output_to_a_character_device_keeps_the_device: mknod needs root");
        return;
    }
    let s = two();
    // A copy of /dev/null (major 1, minor 3) in the test's own folder.
    let made = std::process::Command::new("mknod")
        .arg(s.path().join("null"))
        .args(["c", "1", "3"])
        .status()
        .expect("mknod runs");
    assert!(made.success());
    s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "null"]).assert_wrote("null");
    let meta = std::fs::symlink_metadata(s.path().join("null")).unwrap();
    assert!(meta.file_type().is_char_device(), "the device became a regular file");
}

#[cfg(unix)]
#[test]
fn a_replaced_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let s = two();
    let out = s.write("out.txt", "old\n");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "out.txt"]).assert_wrote("out.txt");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "{mode:o}");
    assert!(read(&out).contains("PC1"));
}

/// Starts `readout compare - vellan.yaml -o out.json` with a standard input that never ends,
/// waits until its temporary file exists, sends `signal` and returns how it ended.
#[cfg(unix)]
fn interrupted(signal: &str) -> (Scratch, std::process::ExitStatus) {
    let s = two();
    let mut child = command(s.path(), &["compare", "-", "vellan.yaml", "-o", "out.json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run readout");
    // Held open until readout has ended: waiting on a child closes its standard input.
    let stdin = child.stdin.take();
    let start = Instant::now();
    while temporaries(s.path()).is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(20));
    }
    let killed = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("readout ends");
    drop(stdin);
    (s, status)
}

#[cfg(unix)]
#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    for (signal, number) in [("INT", 2), ("TERM", 15)] {
        let (s, status) = interrupted(signal);
        assert_eq!(status.signal(), Some(number), "SIG{signal}: {status:?}");
        assert_eq!(temporaries(s.path()), Vec::<String>::new(), "SIG{signal}");
        assert!(!s.path().join("out.json").exists(), "SIG{signal}");
    }
}

// ---- what a successful -o says ----

#[test]
fn a_written_file_is_announced_unless_quiet() {
    let s = two();
    s.write("third.txt", "The leaders agreed to stay in close contact.\n");
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "r.md"]);
    assert_eq!(run.assert_wrote("r.md"), "3 links, 1 only in PC, 1 only in VG");
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "third.txt", "-o", "r.json"]);
    let said = run.assert_wrote("r.json").to_string();
    let model: serde_json::Value = serde_json::from_str(&read(&s.path().join("r.json"))).unwrap();
    let points = model["points"].as_array().unwrap().len();
    assert!(said.starts_with(&format!("3 readouts, {points} points (")), "{said}");
    assert!(said.ends_with("over 3 pairs"), "{said}");
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "q.md", "--quiet"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""));
    assert!(s.path().join("q.md").exists());
    // Standard output is not a file to announce.
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "-"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""));
}

#[test]
fn a_written_check_counts_its_verdicts() {
    let s = two();
    s.write(
        "claims.yaml",
        "claims:\n  - text: The leaders agreed to stay in close contact\n    attributed_to: Presidency of Calderra\n  - text: Aldana cancelled the Harbour Forum in Port Selm\n",
    );
    let run =
        s.run(&["check", "claims.yaml", "--against", "calderra.md", "vellan.yaml", "-o", "c.md"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.starts_with("wrote c.md (2 claims: 1 verbatim, 0 close, "),
        "{}",
        run.stderr
    );
}

/// A folder with a readout of over 4 MiB, which shows progress at once on a terminal, and a
/// small one.
fn large() -> Scratch {
    let s = Scratch::new();
    let para = "The ministers discussed trade, energy and the border in detail today.\n\n";
    s.write("a.txt", para.repeat((4 << 20) / para.len() + 1));
    s.write("b.txt", "The ministers discussed trade and energy.\n");
    s
}

#[test]
fn progress_never_reaches_a_pipe() {
    let s = large();
    let run = s.run(&["compare", "a.txt", "b.txt", "-o", "r.json"]);
    run.assert_wrote("r.json");
}

#[cfg(target_os = "linux")]
#[test]
fn progress_shows_on_a_terminal_but_not_in_ci_and_is_cleared() {
    let s = large();
    let args = ["compare", "a.txt", "b.txt", "-o", "r.json"];
    let (code, seen) = crate::common::run_with_stderr_on_terminal(s.path(), &args, &[]);
    assert_eq!(code, Some(0), "{seen}");
    assert!(seen.contains("aligning 2 readouts"), "no progress on the terminal: {seen:?}");
    // The spinner's line is cleared, and the last thing said is what was written.
    let last = seen.trim_end().rsplit('\r').next().unwrap_or(&seen);
    assert!(last.trim_start_matches("\u{1b}[2K").starts_with("wrote r.json ("), "{seen:?}");
    let (code, seen) =
        crate::common::run_with_stderr_on_terminal(s.path(), &args, &[("CI", "true")]);
    assert_eq!(code, Some(0), "{seen}");
    assert!(!seen.contains("aligning"), "progress in CI: {seen:?}");
    assert!(seen.starts_with("wrote r.json ("), "{seen:?}");
}

// ---- bounded work ----

/// Runs `readout ARGS` in `s` with `chunk` repeated to `bytes` on standard input, ignoring
/// that readout may stop reading early.
fn run_fed(s: &Scratch, args: &[&str], chunk: &[u8], bytes: usize) -> Run {
    let mut child = command(s.path(), args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run readout");
    let mut stdin = child.stdin.take().unwrap();
    let chunk = chunk.to_vec();
    let feeder = std::thread::spawn(move || {
        let mut sent = 0;
        while sent < bytes && stdin.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A line of prose, to feed as an endless readout.
fn prose_line() -> Vec<u8> {
    [b"word ".repeat(19), b"end.\n".to_vec()].concat()
}

#[test]
fn an_endless_input_stops_at_the_limit() {
    let s = two();
    let run = run_fed(&s, &["compare", "-", "vellan.yaml"], &prose_line(), 65 << 20);
    assert_eq!(
        run.error_line(),
        "readout: <stdin>: is larger than the input limit of 64 MiB (--max-input raises it)"
    );
    let run =
        run_fed(&s, &["compare", "-", "vellan.yaml", "--max-input", "1K"], &prose_line(), 5000);
    assert_eq!(
        run.error_line(),
        "readout: <stdin>: is larger than the input limit of 1 KiB (--max-input raises it)"
    );
}

#[test]
fn an_endless_stream_of_nul_bytes_stops_at_the_first_chunk() {
    // As `compare /dev/zero B`, without the system's device: 1 GiB offered, little read.
    let s = two();
    let run = run_fed(&s, &["compare", "-", "vellan.yaml"], &[0u8; 65536], 1 << 30);
    assert_eq!(
        run.error_line(),
        "readout: <stdin>:1: binary data (NUL byte), expected a text file"
    );
}

#[test]
fn max_input_applies_to_files_and_takes_sizes() {
    let s = two();
    let size = std::fs::metadata(s.path().join("calderra.md")).unwrap().len();
    let exact = size.to_string();
    s.run(&["segment", "calderra.md", "--max-input", &exact]).assert_ok();
    let under = (size - 1).to_string();
    let line = s.run(&["segment", "calderra.md", "--max-input", &under]).error_line().to_string();
    assert!(line.starts_with("readout: calderra.md: is larger than the input limit of"), "{line}");
    let line = s.run(&["segment", "calderra.md", "--max-input", "lots"]).error_line().to_string();
    assert!(line.contains("not a size such as 64M"), "{line}");
}

fn nested(levels: usize) -> String {
    format!("{}{}", "[".repeat(levels), "]".repeat(levels))
}

#[test]
fn deeply_nested_yaml_is_refused_in_readouts_front_matter_and_events() {
    let s = Scratch::new();
    // 180 KB of brackets: 27 s in the parser before the limit was checked first.
    let deep = nested(90_000);
    s.write("deep.yaml", format!("source: A\ntext: {deep}\n"));
    s.write("deep.md", format!("---\nsource: A\ntitle: {deep}\n---\nHello there.\n"));
    s.write("ev/event.yaml", format!("title: T\nparticipants: {deep}\n"));
    s.write("ev/a.md", CALDERRA_MD);
    s.write("ev/b.yaml", VELLAN_YAML);
    let msg = "YAML nested deeper than 32 levels; readout files need a few";
    assert_eq!(
        s.run(&["segment", "deep.yaml"]).error_line(),
        format!("readout: deep.yaml:2: {msg}")
    );
    assert_eq!(s.run(&["segment", "deep.md"]).error_line(), format!("readout: deep.md:3: {msg}"));
    assert_eq!(s.run(&["compare", "ev"]).error_line(), format!("readout: ev/event.yaml:2: {msg}"));
    // A readout nested as deep as it needs is fine.
    s.write("fine.yaml", format!("source: A\nextra: {}\ntext: Hello there.\n", nested(5)));
    s.run(&["segment", "fine.yaml"]).assert_ok();
}

#[test]
fn aliases_that_blow_up_the_text_are_refused() {
    let s = Scratch::new();
    // 2,000 aliases to one 50 KB string: 97 s and 7.4 GB to compare before.
    let long = "The ministers met. ".repeat(2_700);
    let mut y = format!("source: A\nbase: &b \"{long}\"\nstatements:\n");
    for _ in 0..2_000 {
        y.push_str("  - *b\n");
    }
    s.write("bomb.yaml", y);
    let run = s.run(&["segment", "bomb.yaml"]);
    let line = run.error_line();
    assert!(line.starts_with("readout: bomb.yaml:"), "{line}");
    assert!(line.contains("YAML aliases expand the document to more than"), "{line}");
}

// ---- input as people have it ----

#[test]
fn markdown_markup_is_not_in_statements_and_spans_cover_the_source() {
    let s = Scratch::new();
    let md = "---\nsource: Alpha Office\n---\n\n# Talks on the **Taiwan Strait**\n\nThe ministers discussed the **Taiwan Strait** and *trade* with [the partners](https://example.org/p).\n\n- A point on `energy`.\n\n| Topic | Result |\n|---|---|\n| Border talks | agreed |\n\n```\nFenced words stay.\n```\n";
    s.write("a.md", md);
    let v = s.run(&["segment", "a.md", "--format", "json"]).json();
    let st = v["readouts"][0]["statements"].as_array().unwrap();
    let texts: Vec<&str> = st.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        vec![
            "Talks on the Taiwan Strait",
            "The ministers discussed the Taiwan Strait and trade with the partners.",
            "A point on energy.",
            "Topic Result",
            "Border talks agreed",
            "Fenced words stay."
        ]
    );
    let span = |i: usize| {
        &md[st[i]["start"].as_u64().unwrap() as usize..st[i]["end"].as_u64().unwrap() as usize]
    };
    assert_eq!(
        span(1),
        "The ministers discussed the **Taiwan Strait** and *trade* with [the partners](https://example.org/p)."
    );
    assert_eq!(span(4), "Border talks | agreed");
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in text.encode_utf16() {
        out.extend(if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn utf16_files_are_read_and_spans_point_into_them() {
    let s = Scratch::new();
    let text =
        "---\nsource: Ostrava Desk\n---\nThe envoys met in Zoë's hall. They signed a note.\n";
    for (name, be) in [("le.txt", false), ("be.txt", true)] {
        let bytes = utf16(text, be);
        s.write(name, &bytes);
        let v = s.run(&["segment", name, "--format", "json"]).json();
        let r = &v["readouts"][0];
        assert_eq!(r["source"], "Ostrava Desk", "{name}");
        for st in r["statements"].as_array().unwrap() {
            let (a, b) =
                (st["start"].as_u64().unwrap() as usize, st["end"].as_u64().unwrap() as usize);
            let units: Vec<u16> = bytes[a..b]
                .chunks(2)
                .map(|c| {
                    if be {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            assert_eq!(String::from_utf16(&units).unwrap(), st["text"].as_str().unwrap(), "{name}");
        }
    }
}

#[test]
fn cr_only_line_endings_keep_the_front_matter() {
    let s = Scratch::new();
    s.write(
        "mac.md",
        "---\rsource: Harbour Office\rtitle: A call\r---\r\rThe leaders spoke.\r\rThey agreed.\r",
    );
    let v = s.run(&["segment", "mac.md", "--format", "json"]).json();
    let r = &v["readouts"][0];
    assert_eq!(r["source"], "Harbour Office");
    assert_eq!(r["title"], "A call");
    let paras: Vec<u64> = r["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["paragraph"].as_u64().unwrap())
        .collect();
    assert_eq!(paras, vec![1, 2]);
}

#[test]
fn the_same_readout_twice_is_an_error_that_says_so() {
    let s = two();
    let line = s.run(&["compare", "calderra.md", "calderra.md"]).error_line().to_string();
    assert_eq!(
        line,
        "readout: calderra.md: the same readout is given twice; give each readout once"
    );
    let md = CALDERRA_MD.as_bytes();
    let run = run_fed(&s, &["compare", "-", "-"], md, md.len());
    assert_eq!(
        run.error_line(),
        "readout: standard input (-) is given twice; it can be read only once"
    );
    s.write("ev/calderra.md", CALDERRA_MD);
    s.write("ev/vellan.yaml", VELLAN_YAML);
    let line = s.run(&["compare", "ev", "ev/vellan.yaml"]).error_line().to_string();
    assert_eq!(
        line,
        "readout: ev/vellan.yaml: the same readout is given twice; give each readout once"
    );
    let run = run_fed(&s, &["check", "-", "--against", "-"], md, md.len());
    assert!(run.error_line().contains("standard input (-) is given twice"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn the_same_readout_by_another_name_is_an_error() {
    let s = two();
    std::os::unix::fs::symlink("calderra.md", s.path().join("again.md")).unwrap();
    let line = s.run(&["compare", "calderra.md", "again.md"]).error_line().to_string();
    assert_eq!(
        line,
        "readout: again.md: the same readout is given twice (also as calderra.md); give each \
         readout once"
    );
    // Standard input redirected from a file named as well.
    let stdin = std::fs::File::open(s.path().join("calderra.md")).unwrap();
    let out = command(s.path(), &["compare", "calderra.md", "-"])
        .stdin(Stdio::from(stdin))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("<stdin>: the same readout is given twice (also as calderra.md)"),
        "{stderr}"
    );
}
