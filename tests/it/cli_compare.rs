//! End-to-end tests of `readout compare` and `readout segment` on the real binary: every input
//! and output format, and the alignment behaviour a user sees (moves, splits, omissions, mirror).

use crate::common::{
    CALDERRA_MD, HARBOUR_TXT, Scratch, VELLAN_YAML, has_ansi, manifest_dir, run_in,
};
use serde_json::Value;
use std::collections::BTreeSet;

// ---------------------------------------------------------------------------------------------
// Helpers over the JSON report.

/// Whitespace folded to single spaces, so that checks do not depend on where lines wrap.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a text: runs of letters and digits. The fixtures avoid hyphens, apostrophes and
/// dotted abbreviations, so this counts as the tool counts.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().expect("string").to_string())
        .collect()
}

fn statements(report: &Value, readout: usize) -> &Vec<Value> {
    report["readouts"][readout]["statements"].as_array().expect("statements")
}

fn ids(report: &Value, readout: usize) -> Vec<String> {
    statements(report, readout).iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

fn text_of(report: &Value, readout: usize, id: &str) -> String {
    statements(report, readout)
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no statement {id}"))["text"]
        .as_str()
        .unwrap()
        .to_string()
}

/// (left ids, right ids) of each link of a comparison.
fn pairs(c: &Value) -> Vec<(Vec<String>, Vec<String>)> {
    c["links"].as_array().unwrap().iter().map(|l| (strs(&l["left"]), strs(&l["right"]))).collect()
}

fn links(c: &Value) -> &Vec<Value> {
    c["links"].as_array().expect("links")
}

fn stat(c: &Value, name: &str) -> u64 {
    c["stats"][name]
        .as_u64()
        .unwrap_or_else(|| panic!("stats.{name} missing or not a count: {}", c["stats"]))
}

/// Checks one comparison against the readouts it names: the shape of every field of the
/// schema, every statement in exactly one link or only-in list, diffs that rebuild both sides'
/// words, and statistics that add up. With `plain_words` (the tests' own fixtures, whose words
/// are plain letters) the word counts are checked against the text too.
fn check_comparison(report: &Value, c: &Value, plain_words: bool) {
    let (li, ri) = (c["left"].as_u64().unwrap() as usize, c["right"].as_u64().unwrap() as usize);
    assert!(li < ri, "pairs are i<j: {li} {ri}");
    let mut seen_left = Vec::new();
    let mut seen_right = Vec::new();
    let mut same = 0;
    for link in links(c) {
        let (l, r) = (strs(&link["left"]), strs(&link["right"]));
        assert!(!l.is_empty() && !r.is_empty(), "{link}");
        let score = link["score"].as_f64().expect("score");
        assert!((0.0..=1.0).contains(&score), "{link}");
        let relation = link["relation"].as_str().expect("relation");
        assert!(["identical", "reworded", "related"].contains(&relation), "{link}");
        assert!(link["moved"].is_boolean(), "{link}");
        let mut left_words = Vec::new();
        let mut right_words = Vec::new();
        for piece in link["diff"].as_array().expect("diff") {
            let text = piece["text"].as_str().expect("diff text");
            assert!(!text.trim().is_empty(), "{link}");
            let w = words(text);
            match piece["op"].as_str().expect("op") {
                "equal" => {
                    same += w.len();
                    left_words.extend(w.clone());
                    right_words.extend(w);
                }
                "left" => left_words.extend(w),
                "right" => right_words.extend(w),
                op => panic!("unknown op {op}"),
            }
        }
        let joined = |ri: usize, list: &[String]| {
            list.iter().map(|id| text_of(report, ri, id)).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(left_words, words(&joined(li, &l)), "left side of {link}");
        assert_eq!(right_words, words(&joined(ri, &r)), "right side of {link}");
        if relation == "identical" {
            assert_eq!(words(&joined(li, &l)), words(&joined(ri, &r)), "{link}");
        }
        seen_left.extend(l);
        seen_right.extend(r);
    }
    seen_left.extend(strs(&c["only_left"]));
    seen_right.extend(strs(&c["only_right"]));
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(sorted(seen_left), sorted(ids(report, li)), "every left statement once");
    assert_eq!(sorted(seen_right), sorted(ids(report, ri)), "every right statement once");

    let total = |ri: usize| -> usize {
        statements(report, ri).iter().map(|s| words(s["text"].as_str().unwrap()).len()).sum()
    };
    assert_eq!(stat(c, "left_statements") as usize, statements(report, li).len());
    assert_eq!(stat(c, "right_statements") as usize, statements(report, ri).len());
    assert_eq!(stat(c, "links") as usize, links(c).len());
    let moved = links(c).iter().filter(|l| l["moved"] == true).count();
    assert_eq!(stat(c, "moved") as usize, moved);
    if !plain_words {
        return;
    }
    assert_eq!(stat(c, "words_same") as usize, same);
    assert_eq!((stat(c, "words_same") + stat(c, "words_left_only")) as usize, total(li));
    assert_eq!((stat(c, "words_same") + stat(c, "words_right_only")) as usize, total(ri));
}

/// Checks the schema-level shape of a compare report and every comparison in it.
fn check_report(report: &Value) {
    check_report_words(report, true)
}

/// [`check_report`] for texts with hyphenated words, decimals or abbreviations, which the
/// tool counts as one word each, so that word counts cannot be checked by splitting.
fn check_report_words(report: &Value, plain_words: bool) {
    assert_eq!(report["schema"], "readout/compare/v1");
    for r in report["readouts"].as_array().expect("readouts") {
        assert!(r["source"].is_string(), "{r}");
        assert!(r["path"].is_string(), "{r}");
        let sts = r["statements"].as_array().expect("statements");
        assert!(!sts.is_empty());
        let mut ids = BTreeSet::new();
        for s in sts {
            assert!(ids.insert(s["id"].as_str().expect("id").to_string()), "{s}");
            assert!(!s["text"].as_str().expect("text").is_empty(), "{s}");
            assert!(s["paragraph"].as_u64().expect("paragraph") >= 1, "{s}");
            let (start, end) =
                (s["start"].as_u64().expect("start"), s["end"].as_u64().expect("end"));
            assert!(start < end, "{s}");
        }
    }
    for c in report["comparisons"].as_array().expect("comparisons") {
        check_comparison(report, c, plain_words);
    }
}

/// The one comparison of a two-readout report.
fn only_comparison(report: &Value) -> &Value {
    let cs = report["comparisons"].as_array().unwrap();
    assert_eq!(cs.len(), 1, "{report}");
    &cs[0]
}

fn two_readouts() -> Scratch {
    let s = Scratch::new();
    s.write("calderra.md", CALDERRA_MD);
    s.write("vellan.yaml", VELLAN_YAML);
    s
}

/// Byte span → the text it covers, whitespace folded (statements fold line breaks).
fn span(src: &str, s: &Value) -> String {
    let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
    flat(&src[a..b])
}

// ---------------------------------------------------------------------------------------------
// Terminal output.

#[test]
fn terminal_without_colour_marks_each_side_in_brackets() {
    let s = two_readouts();
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "--color", "never"]);
    run.assert_ok();
    let out = &run.stdout;
    assert!(!has_ansi(out), "{out}");
    let text = flat(out);
    // The header names both readouts, the legend both sources and their brackets.
    assert!(text.contains("PC Presidency of Calderra · President Aldana speaks"), "{out}");
    assert!(text.contains("VG Vellan Government · Prime Minister Revik holds call"), "{out}");
    assert!(
        text.contains(
            "Legend: [PC: …] only in Presidency of Calderra, [VG: …] only in Vellan Government"
        ),
        "{out}"
    );
    // A reworded link shows both sides' own words, each in its own brackets.
    assert!(text.contains("PC2 ⟷ VG2 reworded"), "{out}");
    assert!(
        text.contains("cooperation in energy, [PC: agriculture] [VG: industry] and transport."),
        "{out}"
    );
    assert!(text.contains("PC4 ⟷ VG4 identical 1.00"), "{out}");
    // What only one side said, under its source's name.
    assert!(
        text.contains(
            "Only in Presidency of Calderra (1) PC3 Aldana invited Revik to attend the Harbour \
             Forum in Port Selm in October."
        ),
        "{out}"
    );
    assert!(
        text.contains(
            "Only in Vellan Government (1) VG3 Revik raised the detention of two Vellan \
             fishermen in Calderran waters."
        ),
        "{out}"
    );
    assert!(
        text.contains("Summary Statements Presidency of Calderra 4, Vellan Government 4"),
        "{out}"
    );
    assert!(text.contains("Only in Presidency of Calderra 1, Vellan Government 1"), "{out}");
    assert!(text.contains("Shared words"), "{out}");
}

#[test]
fn terminal_colour_always_adds_only_colour() {
    let s = two_readouts();
    let plain = s.run(&["compare", "calderra.md", "vellan.yaml", "--color", "never"]);
    let coloured = s.run(&["compare", "calderra.md", "vellan.yaml", "--color", "always"]);
    coloured.assert_ok();
    assert!(has_ansi(&coloured.stdout), "{}", coloured.stdout);
    // Each side's own words in its own colour, brackets kept.
    assert!(coloured.stdout.contains("\u{1b}[36m[PC:"), "{}", coloured.stdout);
    assert!(coloured.stdout.contains("\u{1b}[35m[VG:"), "{}", coloured.stdout);
    // Colour codes do not count as columns: without them the text is the plain output.
    let mut stripped = String::new();
    let mut rest = coloured.stdout.as_str();
    while let Some(i) = rest.find("\u{1b}[") {
        stripped.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after.find('m').expect("end of escape");
        rest = &after[end + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain.stdout);
}

#[test]
fn no_color_does_not_stop_colour_always() {
    let s = two_readouts();
    let run = s.run_env(
        &["compare", "calderra.md", "vellan.yaml", "--color", "always"],
        &[("NO_COLOR", "1")],
    );
    run.assert_ok();
    assert!(has_ansi(&run.stdout));
}

#[test]
fn colour_auto_is_off_when_output_is_not_a_terminal() {
    let s = two_readouts();
    let run = s.run(&["compare", "calderra.md", "vellan.yaml"]);
    run.assert_ok();
    assert!(!has_ansi(&run.stdout), "{}", run.stdout);
}

#[cfg(target_os = "linux")]
#[test]
fn colour_auto_on_a_terminal_respects_no_color() {
    let s = two_readouts();
    let args = ["compare", "calderra.md", "vellan.yaml"];
    // On a terminal, auto colours...
    let (code, out) = crate::common::run_on_terminal(s.path(), &args, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(has_ansi(&out), "{out}");
    assert!(out.contains("Presidency of Calderra"), "{out}");
    // ...unless NO_COLOR is set.
    let (code, out) = crate::common::run_on_terminal(s.path(), &args, &[("NO_COLOR", "1")]);
    assert_eq!(code, Some(0), "{out}");
    assert!(!has_ansi(&out), "{out}");
    assert!(out.contains("Presidency of Calderra"), "{out}");
    // Output to a file gets no colour, even from a terminal, unless asked for.
    let (code, out) =
        crate::common::run_on_terminal(s.path(), &[&args[..], &["-o", "diff.txt"]].concat(), &[]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
    let written = std::fs::read_to_string(s.path().join("diff.txt")).unwrap();
    assert!(!has_ansi(&written), "{written}");
    assert!(written.contains("Presidency of Calderra"), "{written}");
    // --color never wins on a terminal too.
    let (_, out) =
        crate::common::run_on_terminal(s.path(), &[&args[..], &["--color", "never"]].concat(), &[]);
    assert!(!has_ansi(&out), "{out}");
}

// ---------------------------------------------------------------------------------------------
// JSON output.

#[test]
fn json_report_follows_the_schema_and_the_input() {
    let s = two_readouts();
    let report = s.run(&["compare", "calderra.md", "vellan.yaml", "--format", "json"]).json();
    check_report(&report);
    let rs = report["readouts"].as_array().unwrap();
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0]["source"], "Presidency of Calderra");
    assert_eq!(rs[0]["title"], "President Aldana speaks with Prime Minister Revik");
    assert_eq!(rs[0]["date"], "2026-04-02");
    assert_eq!(rs[0]["url"], "https://example.org/calderra/2026-04-02-call");
    assert_eq!(rs[0]["path"], "calderra.md");
    assert_eq!(rs[1]["source"], "Vellan Government");
    assert_eq!(rs[1]["path"], "vellan.yaml");
    assert_eq!(rs[1]["url"], Value::Null);
    assert_eq!(ids(&report, 0), ["PC1", "PC2", "PC3", "PC4"]);
    assert_eq!(ids(&report, 1), ["VG1", "VG2", "VG3", "VG4"]);
    let paragraphs: Vec<u64> =
        statements(&report, 0).iter().map(|s| s["paragraph"].as_u64().unwrap()).collect();
    assert_eq!(paragraphs, [1, 2, 2, 3]);
    // Spans of a text readout point into the file, front matter included.
    for st in statements(&report, 0) {
        assert_eq!(span(CALDERRA_MD, st), st["text"], "{st}");
    }

    let c = only_comparison(&report);
    assert_eq!((c["left"].as_u64(), c["right"].as_u64()), (Some(0), Some(1)));
    // The forum invitation is only in Calderra's account, the fishermen only in Vellan's.
    assert_eq!(strs(&c["only_left"]), ["PC3"]);
    assert_eq!(strs(&c["only_right"]), ["VG3"]);
    assert_eq!(
        pairs(c),
        [
            (vec!["PC1".into()], vec!["VG1".into()]),
            (vec!["PC2".into()], vec!["VG2".into()]),
            (vec!["PC4".into()], vec!["VG4".into()]),
        ]
    );
    let l2 = &links(c)[1];
    assert_eq!(l2["relation"], "reworded");
    assert_eq!(l2["moved"], false);
    let ops: Vec<(&str, &str)> = l2["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["op"].as_str().unwrap(), p["text"].as_str().unwrap()))
        .collect();
    assert!(ops.contains(&("left", "agriculture")), "{ops:?}");
    assert!(ops.contains(&("right", "industry")), "{ops:?}");
    assert_eq!(links(c)[2]["relation"], "identical");
    assert_eq!(stat(c, "left_statements"), 4);
    assert_eq!(stat(c, "right_statements"), 4);
    assert_eq!(stat(c, "links"), 3);
    assert_eq!(stat(c, "moved"), 0);

    // Colour is for the terminal format only: JSON stays the same.
    let forced =
        s.run(&["compare", "calderra.md", "vellan.yaml", "--format", "json", "--color", "always"]);
    assert_eq!(forced.json(), report);
}

// ---------------------------------------------------------------------------------------------
// Output to a file.

#[test]
fn output_file_is_written_whole_and_leaves_nothing_else() {
    let s = two_readouts();
    // An older, longer report must be replaced entirely, not overwritten in place.
    s.write("report.json", "x".repeat(100_000));
    let run =
        s.run(&["compare", "calderra.md", "vellan.yaml", "--format", "json", "-o", "report.json"]);
    assert_eq!(run.assert_wrote("report.json"), "3 links, 1 only in PC, 1 only in VG");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let written = std::fs::read_to_string(s.path().join("report.json")).unwrap();
    let stdout = s.run(&["compare", "calderra.md", "vellan.yaml", "--format", "json"]).stdout;
    assert_eq!(written, stdout);
    check_report(&serde_json::from_str(&written).unwrap());
    assert_eq!(s.names(), ["calderra.md", "report.json", "vellan.yaml"]);
}

#[test]
fn terminal_output_to_a_file_in_a_folder() {
    let s = two_readouts();
    s.write("out/.keep", "");
    s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "out/diff.txt"])
        .assert_wrote("out/diff.txt");
    let plain = std::fs::read_to_string(s.path().join("out/diff.txt")).unwrap();
    assert!(!has_ansi(&plain), "{plain}");
    assert!(flat(&plain).contains("Only in Vellan Government (1)"), "{plain}");
    s.run(&["compare", "calderra.md", "vellan.yaml", "--color", "always", "-o", "out/diff.txt"])
        .assert_wrote("out/diff.txt");
    let coloured = std::fs::read_to_string(s.path().join("out/diff.txt")).unwrap();
    assert!(has_ansi(&coloured));
    assert_eq!(crate::common::names_in(&s.path().join("out")), [".keep", "diff.txt"]);
}

// ---------------------------------------------------------------------------------------------
// Inputs.

#[test]
fn sample_event_folder() {
    let dir = "readouts/2026-03-04-leaders-call";
    let run = run_in(manifest_dir(), &["compare", dir, "--format", "json"], None, &[]);
    let report = run.json();
    check_report_words(&report, false);
    let rs = report["readouts"].as_array().unwrap();
    // event.yaml describes the event, the checks/ folder is not read: two readouts, by name.
    let sources: Vec<&str> = rs.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["Presidency of Norland", "Kastell"]);
    assert_eq!(rs[0]["path"], format!("{dir}/norland-presidency.md").as_str());
    assert!(
        report["event"]["title"].as_str().is_some_and(|t| t.starts_with("Telephone conversation")),
        "{}",
        report["event"]
    );
    let c = only_comparison(&report);
    assert!(!links(c).is_empty());

    let run = run_in(manifest_dir(), &["compare", dir, "--color", "never"], None, &[]);
    run.assert_ok();
    // The event's title heads the terminal report.
    assert!(
        run.stdout.starts_with("Telephone conversation between President Edvin Sarkander"),
        "{}",
        run.stdout
    );
}

#[test]
fn folder_of_three_readouts_gives_every_pair() {
    let s = Scratch::new();
    s.write("call/b-vellan.yaml", VELLAN_YAML);
    s.write("call/a-calderra.md", CALDERRA_MD);
    s.write("call/c-harbour-news.txt", HARBOUR_TXT);
    s.write("call/event.yaml", "title: Call between Calderra and Vellan\ndate: 2026-04-02\n");
    s.write("call/README.md", "Notes on where these came from.\n");
    s.write("call/scan.pdf", b"%PDF-1.4\0\0\0binary");
    let report = s.run(&["compare", "call", "--format", "json"]).json();
    check_report(&report);
    let sources: Vec<&str> = report["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    // Sorted by file name; a text file without front matter is named after its file.
    assert_eq!(sources, ["Presidency of Calderra", "Vellan Government", "c-harbour-news"]);
    let got: Vec<(u64, u64)> = report["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["left"].as_u64().unwrap(), c["right"].as_u64().unwrap()))
        .collect();
    assert_eq!(got, [(0, 1), (0, 2), (1, 2)]);
    assert_eq!(report["event"]["title"], "Call between Calderra and Vellan");
    // Statement ids stay unique across the run.
    let all: Vec<String> = (0..3).flat_map(|i| ids(&report, i)).collect();
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), all.len(), "{all:?}");

    let run = s.run(&["compare", "call", "--color", "never"]);
    run.assert_ok();
    let out = flat(&run.stdout);
    assert!(out.starts_with("Call between Calderra and Vellan (2026-04-02)"), "{out}");
    assert_eq!(out.matches("Links, in ").count(), 3, "{out}");
    assert_eq!(out.matches("Summary").count(), 3, "{out}");
}

#[test]
fn standard_input_is_a_readout() {
    let s = two_readouts();
    // Text with front matter on stdin.
    let report =
        s.run_stdin(&["compare", "-", "vellan.yaml", "--format", "json"], CALDERRA_MD).json();
    check_report(&report);
    assert_eq!(report["readouts"][0]["path"], "<stdin>");
    assert_eq!(report["readouts"][0]["source"], "Presidency of Calderra");
    assert_eq!(strs(&only_comparison(&report)["only_left"]), ["PC3"]);
    // A YAML readout on stdin is recognised by its keys.
    let report =
        s.run_stdin(&["compare", "calderra.md", "-", "--format", "json"], VELLAN_YAML).json();
    check_report(&report);
    assert_eq!(report["readouts"][1]["path"], "<stdin>");
    assert_eq!(report["readouts"][1]["source"], "Vellan Government");
    assert_eq!(ids(&report, 1).len(), 4);
    // segment reads it too.
    let v = s.run_stdin(&["segment", "-", "--format", "json"], VELLAN_YAML).json();
    assert_eq!(v["readouts"][0]["path"], "<stdin>");
    assert_eq!(ids(&v, 0), ["VG1", "VG2", "VG3", "VG4"]);
}

#[test]
fn yaml_with_a_statements_list() {
    let s = two_readouts();
    s.write(
        "vellan-points.yaml",
        "\
source: Vellan Government
language: en
statements:
  - Prime Minister Jon Revik held a telephone conversation with President Marta Aldana.
  - id: trade
    text: The two leaders agreed to expand cooperation in energy, industry and transport.
  - The leaders agreed to stay in close contact.
",
    );
    let report =
        s.run(&["compare", "calderra.md", "vellan-points.yaml", "--format", "json"]).json();
    check_report(&report);
    // Each list item is one statement, as given, in its own paragraph; an id given is kept.
    let sts = statements(&report, 1);
    let got: Vec<(&str, &str, u64)> = sts
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap(),
                s["text"].as_str().unwrap(),
                s["paragraph"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "VG1",
                "Prime Minister Jon Revik held a telephone conversation with President Marta Aldana.",
                1
            ),
            (
                "trade",
                "The two leaders agreed to expand cooperation in energy, industry and transport.",
                2
            ),
            ("VG3", "The leaders agreed to stay in close contact.", 3),
        ]
    );
    let c = only_comparison(&report);
    assert!(pairs(c).contains(&(vec!["PC2".into()], vec!["trade".into()])), "{:?}", pairs(c));
    assert!(strs(&c["only_left"]).contains(&"PC3".to_string()));
}

#[test]
fn text_with_front_matter_and_plain_text() {
    let s = Scratch::new();
    // Unknown front-matter fields are ignored; the file stem names a readout without `source`.
    s.write("calderra.txt", CALDERRA_MD.replace("---\n\n", "note: written for a test\n---\n\n"));
    s.write("harbour-news.txt", HARBOUR_TXT);
    let report = s.run(&["compare", "calderra.txt", "harbour-news.txt", "--format", "json"]).json();
    check_report(&report);
    let r0 = &report["readouts"][0];
    assert_eq!(r0["source"], "Presidency of Calderra");
    assert_eq!(r0["date"], "2026-04-02");
    assert!(r0.get("note").is_none());
    let first = &statements(&report, 0)[0];
    assert!(
        first["text"].as_str().unwrap().starts_with("President Marta Aldana held"),
        "the front matter is not text: {first}"
    );
    assert_eq!(report["readouts"][1]["source"], "harbour-news");
    assert_eq!(report["readouts"][1]["title"], Value::Null);
    let src = std::fs::read_to_string(s.path().join("harbour-news.txt")).unwrap();
    for st in statements(&report, 1) {
        assert_eq!(span(&src, st), st["text"], "{st}");
    }
}

#[test]
fn byte_order_mark_does_not_shift_spans() {
    let s = two_readouts();
    let src = format!("\u{feff}{HARBOUR_TXT}");
    s.write("harbour-news.txt", &src);
    let report = s.run(&["compare", "harbour-news.txt", "vellan.yaml", "--format", "json"]).json();
    check_report(&report);
    let first = &statements(&report, 0)[0];
    assert!(first["text"].as_str().unwrap().starts_with("Calderra and"));
    for st in statements(&report, 0) {
        assert_eq!(span(&src, st), st["text"], "span into the file as saved: {st}");
    }
}

// ---------------------------------------------------------------------------------------------
// segment

#[test]
fn segment_in_the_terminal() {
    let s = two_readouts();
    let run = s.run(&["segment", "calderra.md", "vellan.yaml", "--color", "never"]);
    run.assert_ok();
    let out = &run.stdout;
    assert!(!has_ansi(out));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("Presidency of Calderra · President Aldana"), "{out}");
    assert!(flat(out).contains("(calderra.md, 4 statements)"), "{out}");
    assert!(flat(out).contains("(vellan.yaml, 4 statements)"), "{out}");
    for line in [
        "PC1   President Marta Aldana held a telephone conversation with Prime Minister Jon Revik of Vellan.",
        "PC3   Aldana invited Revik to attend the Harbour Forum in Port Selm in October.",
        "VG4   The leaders agreed to stay in close contact.",
    ] {
        assert!(lines.contains(&line), "{line:?} not in:\n{out}");
    }
    // Paragraphs are set apart: PC2 and PC3 share one, PC4 has its own.
    let at = |p: &str| lines.iter().position(|l| l.starts_with(p)).unwrap();
    assert_eq!(at("PC3"), at("PC2") + 1, "{out}");
    assert_eq!(at("PC4"), at("PC3") + 2, "{out}");
    assert!(lines[at("PC4") - 1].is_empty(), "{out}");
}

#[test]
fn segment_as_json() {
    let s = two_readouts();
    let v = s.run(&["segment", "vellan.yaml", "calderra.md", "--format", "json"]).json();
    assert_eq!(v["schema"], "readout/segment/v1");
    assert!(v.get("comparisons").is_none());
    assert_eq!(v["readouts"][0]["source"], "Vellan Government");
    assert_eq!(v["readouts"][1]["path"], "calderra.md");
    assert_eq!(ids(&v, 0), ["VG1", "VG2", "VG3", "VG4"]);
    assert_eq!(ids(&v, 1), ["PC1", "PC2", "PC3", "PC4"]);
    // YAML spans point into the `text` value.
    let value: String = VELLAN_YAML
        .split_once("text: |\n")
        .unwrap()
        .1
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("  ").unwrap_or(l)))
        .collect();
    for st in statements(&v, 0) {
        assert_eq!(span(&value, st), st["text"], "{st}");
    }
    // One readout is enough to segment, and -o writes it.
    let said = s.run(&["segment", "calderra.md", "--format", "json", "-o", "seg.json"]);
    assert_eq!(said.assert_wrote("seg.json"), "4 statements from 1 readout");
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(s.path().join("seg.json")).unwrap()).unwrap();
    assert_eq!(written["readouts"].as_array().unwrap().len(), 1);
    assert_eq!(s.names(), ["calderra.md", "seg.json", "vellan.yaml"]);
}

// ---------------------------------------------------------------------------------------------
// Alignment as a user sees it.

/// Four sentences of a ministers' meeting, written for these tests.
const MEETING: [&str; 4] = [
    "The ministers reviewed grain shipments through the port of Halvik.",
    "They welcomed progress on the rail bridge over the Sorna River.",
    "Both sides condemned the attack on the embassy in Lorvan City.",
    "The ministers agreed to meet again in Geneva next spring.",
];

fn readout_text(source: &str, sentences: &[&str]) -> String {
    format!("---\nsource: {source}\n---\n{}\n", sentences.join(" "))
}

fn compare_json(s: &Scratch, a: &str, b: &str) -> Value {
    let report = s.run(&["compare", a, b, "--format", "json"]).json();
    check_report(&report);
    report
}

#[test]
fn a_pure_reorder_is_moves_not_changes() {
    let s = Scratch::new();
    s.write("estmark.md", readout_text("Estmark Foreign Ministry", &MEETING));
    let reordered = [MEETING[2], MEETING[3], MEETING[0], MEETING[1]];
    s.write("lorvan.md", readout_text("Lorvan Foreign Office", &reordered));
    let report = compare_json(&s, "estmark.md", "lorvan.md");
    let c = only_comparison(&report);
    let one = |id: &str| vec![id.to_string()];
    assert_eq!(
        pairs(c),
        [
            (one("EFM1"), one("LFO3")),
            (one("EFM2"), one("LFO4")),
            (one("EFM3"), one("LFO1")),
            (one("EFM4"), one("LFO2")),
        ]
    );
    assert!(links(c).iter().all(|l| l["relation"] == "identical"));
    // Two of the four are out of order relative to the other two.
    assert_eq!(stat(c, "moved"), 2);
    assert!(strs(&c["only_left"]).is_empty() && strs(&c["only_right"]).is_empty());
    assert_eq!(stat(c, "words_left_only"), 0);
    assert_eq!(stat(c, "words_right_only"), 0);

    let run = s.run(&["compare", "estmark.md", "lorvan.md", "--color", "never"]);
    assert_eq!(run.stdout.matches("↕ moved").count(), 2, "{}", run.stdout);
}

#[test]
fn identical_readouts_give_only_identical_links() {
    let s = Scratch::new();
    s.write("estmark.md", readout_text("Estmark Foreign Ministry", &MEETING));
    s.write("lorvan.md", readout_text("Lorvan Foreign Office", &MEETING));
    let report = compare_json(&s, "estmark.md", "lorvan.md");
    let c = only_comparison(&report);
    assert_eq!(links(c).len(), 4);
    for (k, l) in links(c).iter().enumerate() {
        assert_eq!(l["relation"], "identical", "{l}");
        assert_eq!(l["moved"], false, "{l}");
        assert_eq!(strs(&l["left"]), [format!("EFM{}", k + 1)]);
        assert_eq!(strs(&l["right"]), [format!("LFO{}", k + 1)]);
        assert!(l["diff"].as_array().unwrap().iter().all(|p| p["op"] == "equal"));
    }
    assert!(strs(&c["only_left"]).is_empty() && strs(&c["only_right"]).is_empty());
    assert_eq!(stat(c, "words_left_only") + stat(c, "words_right_only"), 0);
    let run = s.run(&["compare", "estmark.md", "lorvan.md", "--color", "never"]);
    let out = flat(&run.stdout);
    assert!(out.contains("Only in Estmark Foreign Ministry (0) none"), "{out}");
    assert!(out.contains("Only in Lorvan Foreign Office (0) none"), "{out}");
}

#[test]
fn a_sentence_split_in_two_is_one_link() {
    let s = Scratch::new();
    s.write(
        "estmark.md",
        readout_text(
            "Estmark Foreign Ministry",
            &[
                "The ministers agreed to reopen the consulate in Port Selm by June and to resume \
                 direct flights between the two capitals in the autumn.",
                "They also discussed fishing quotas in the northern sea.",
            ],
        ),
    );
    s.write(
        "lorvan.md",
        readout_text(
            "Lorvan Foreign Office",
            &[
                "The ministers agreed to reopen the consulate in Port Selm by June.",
                "Direct flights between the two capitals will resume in the autumn.",
                "They also discussed fishing quotas in the northern sea.",
            ],
        ),
    );
    let report = compare_json(&s, "estmark.md", "lorvan.md");
    let c = only_comparison(&report);
    assert_eq!(
        pairs(c),
        [
            (vec!["EFM1".into()], vec!["LFO1".into(), "LFO2".into()]),
            (vec!["EFM2".into()], vec!["LFO3".into()]),
        ]
    );
    assert!(strs(&c["only_left"]).is_empty() && strs(&c["only_right"]).is_empty());
    let run = s.run(&["compare", "estmark.md", "lorvan.md", "--color", "never"]);
    assert!(run.stdout.contains("EFM1 ⟷ LFO1+LFO2"), "{}", run.stdout);
}

#[test]
fn an_omission_is_only_in_the_side_that_has_it() {
    let s = Scratch::new();
    s.write("estmark.md", readout_text("Estmark Foreign Ministry", &MEETING));
    s.write(
        "lorvan.md",
        readout_text("Lorvan Foreign Office", &[MEETING[0], MEETING[1], MEETING[3]]),
    );
    let report = compare_json(&s, "estmark.md", "lorvan.md");
    let c = only_comparison(&report);
    assert_eq!(strs(&c["only_left"]), ["EFM3"]);
    assert!(strs(&c["only_right"]).is_empty());
    assert_eq!(links(c).len(), 3);
    assert_eq!(stat(c, "moved"), 0);
    assert_eq!(stat(c, "words_left_only") as usize, words(MEETING[2]).len());
    assert_eq!(stat(c, "words_right_only"), 0);
    let run = s.run(&["compare", "estmark.md", "lorvan.md", "--color", "never"]);
    assert!(
        flat(&run.stdout)
            .contains(&format!("Only in Estmark Foreign Ministry (1) EFM3 {}", MEETING[2])),
        "{}",
        run.stdout
    );
}

#[test]
fn swapping_the_readouts_mirrors_the_comparison() {
    let s = two_readouts();
    s.write("estmark.md", readout_text("Estmark Foreign Ministry", &MEETING));
    let reordered = [MEETING[3], MEETING[0], MEETING[1]];
    s.write("lorvan.md", readout_text("Lorvan Foreign Office", &reordered));
    for (a, b) in [("calderra.md", "vellan.yaml"), ("estmark.md", "lorvan.md")] {
        let ab = compare_json(&s, a, b);
        let ba = compare_json(&s, b, a);
        let (x, y) = (only_comparison(&ab), only_comparison(&ba));
        let sorted = |mut v: Vec<(Vec<String>, Vec<String>, String)>| {
            v.sort();
            v
        };
        let flipped: Vec<_> = links(y)
            .iter()
            .map(|l| {
                (strs(&l["right"]), strs(&l["left"]), l["relation"].as_str().unwrap().to_string())
            })
            .collect();
        let direct: Vec<_> = links(x)
            .iter()
            .map(|l| {
                (strs(&l["left"]), strs(&l["right"]), l["relation"].as_str().unwrap().to_string())
            })
            .collect();
        assert_eq!(sorted(direct), sorted(flipped), "{a} {b}");
        assert_eq!(strs(&x["only_left"]), strs(&y["only_right"]), "{a} {b}");
        assert_eq!(strs(&x["only_right"]), strs(&y["only_left"]), "{a} {b}");
        for (p, q) in [
            ("left_statements", "right_statements"),
            ("words_left_only", "words_right_only"),
            ("words_same", "words_same"),
            ("links", "links"),
            ("moved", "moved"),
        ] {
            assert_eq!(stat(x, p), stat(y, q), "{a} {b} {p}");
            assert_eq!(stat(x, q), stat(y, p), "{a} {b} {q}");
        }
    }
}

/// JSON is one line for programs and files, and indented for a person at a terminal; both are
/// the same document.
#[cfg(target_os = "linux")]
#[test]
fn json_is_compact_for_programs_and_indented_on_a_terminal() {
    let s = two_readouts();
    let args = ["compare", "calderra.md", "vellan.yaml", "--format", "json"];
    let piped = s.run(&args);
    piped.assert_ok();
    assert_eq!(piped.stdout.lines().count(), 1, "{}", piped.stdout);
    let (code, shown) = crate::common::run_on_terminal(s.path(), &args, &[]);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("\n  \"schema\": \"readout/compare/v1\""), "{shown}");
    let a: Value = serde_json::from_str(&piped.stdout).unwrap();
    let b: Value = serde_json::from_str(&shown.replace("\r\n", "\n")).unwrap();
    assert_eq!(a, b);
}
