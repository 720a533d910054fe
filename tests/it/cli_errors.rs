//! Error cases of `readout compare` and `readout segment` on the real binary: each exits with
//! code 2 and exactly one line on stderr naming the file (and line), never a panic, and leaves no
//! output file behind when `-o` was given.

use crate::common::{CALDERRA_MD, Scratch, VELLAN_YAML};

/// A folder with one good readout to compare against.
fn scratch() -> Scratch {
    let s = Scratch::new();
    s.write("calderra.md", CALDERRA_MD);
    s
}

/// Runs `readout ARGS` three ways (to stdout, with `-o` naming a new file, with `-o` naming an
/// existing file), asserts each fails the same way and leaves the folder as it was, and returns
/// the one line on stderr.
fn fails(s: &Scratch, args: &[&str]) -> String {
    s.write("previous.json", "{\"kept\": true}\n");
    let before = s.names();
    let line = s.run(args).error_line().to_string();
    for target in ["new.json", "previous.json"] {
        let run = s.run(&[args, &["-o", target]].concat());
        assert_eq!(run.error_line(), line, "with -o {target}");
        assert_eq!(s.names(), before, "with -o {target}: the folder changed");
    }
    assert_eq!(
        std::fs::read_to_string(s.path().join("previous.json")).unwrap(),
        "{\"kept\": true}\n",
        "an existing output file was touched"
    );
    line
}

fn assert_starts(line: &str, prefix: &str, then: &str) {
    assert!(
        line.starts_with(&format!("readout: {prefix}")),
        "expected `readout: {prefix}…`, got: {line}"
    );
    assert!(line.contains(then), "expected `{then}` in: {line}");
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be read as readouts.

#[test]
fn missing_file() {
    let s = scratch();
    let line = fails(&s, &["compare", "calderra.md", "vellan.yaml"]);
    assert_eq!(line, "readout: vellan.yaml: no such file");
    let line = fails(&s, &["segment", "nowhere/kastell.md"]);
    assert_eq!(line, "readout: nowhere/kastell.md: no such file");
}

#[test]
fn folder_without_readouts() {
    let s = scratch();
    s.write("event/README.md", "Where these readouts came from.\n");
    s.write("event/scan.pdf", b"%PDF-1.4\n\0\0binary");
    s.write("event/event.yaml", "title: A call\n");
    let line = fails(&s, &["compare", "event", "calderra.md"]);
    assert_starts(&line, "event: ", "no readouts in this folder");
}

#[test]
fn invalid_utf8() {
    let s = scratch();
    // A readout saved as Latin-1: the é of "Déclaration" on line 3 is not UTF-8.
    s.write("latin1.txt", b"Joint statement\n\nD\xe9claration of the two ministers.\n");
    let line = fails(&s, &["compare", "calderra.md", "latin1.txt"]);
    assert_starts(&line, "latin1.txt:3: ", "invalid UTF-8");
    // Inside a YAML text block too.
    s.write(
        "latin1.yaml",
        b"source: Vellan Government\ntext: |\n  The ministers met in Port S\xe9lm.\n",
    );
    let line = fails(&s, &["segment", "latin1.yaml"]);
    assert_starts(&line, "latin1.yaml:3: ", "invalid UTF-8");
}

#[test]
fn binary_file() {
    let s = scratch();
    s.write("scan.md", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\0\0\x01\x02");
    let line = fails(&s, &["compare", "calderra.md", "scan.md"]);
    assert_starts(&line, "scan.md:3: ", "binary data (NUL byte)");
}

#[test]
fn line_too_long() {
    let s = scratch();
    // Over 200,000 bytes on line 2, as minified or machine-made data would be.
    let long = "The ministers met again. ".repeat(8_001);
    assert!(long.len() > 200_000);
    s.write("dump.txt", format!("A heading\n{long}\nThe end.\n"));
    let line = fails(&s, &["compare", "calderra.md", "dump.txt"]);
    assert_starts(&line, "dump.txt:2: ", "line is 200025 bytes long");
    assert!(line.len() < 200, "the line itself is not echoed: {line}");
}

// ---------------------------------------------------------------------------------------------
// YAML readouts.

#[test]
fn malformed_yaml_names_its_line() {
    let s = scratch();
    // `date` indented under a scalar on line 3.
    s.write(
        "bad.yaml",
        "source: Vellan Government\ntitle: Prime Minister Revik holds call\n  date: 2026-04-02\n\
         text: |\n  The leaders spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "bad.yaml"]);
    assert_starts(&line, "bad.yaml:3: ", "invalid YAML");
    // A tab where YAML wants spaces, on line 4.
    s.write(
        "tab.yaml",
        "source: Vellan Government\ndate: 2026-04-02\ntext: |\n\tThe leaders spoke.\n",
    );
    let line = fails(&s, &["segment", "tab.yaml"]);
    assert_starts(&line, "tab.yaml:4: ", "invalid YAML");
}

#[test]
fn malformed_front_matter_names_its_line_in_the_file() {
    let s = scratch();
    s.write(
        "kastell.md",
        "---\nsource: Kastell\ntitle: Telephone conversation\n  date: 2026-03-04\n---\n\
         The presidents spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "kastell.md"]);
    assert_starts(&line, "kastell.md:4: ", "invalid YAML");
}

#[test]
fn yaml_field_of_the_wrong_type_names_its_line() {
    let s = scratch();
    s.write(
        "list.yaml",
        "source: Vellan Government\ndate: 2026-04-02\ntitle:\n  - Call\n  - Meeting\n\
         text: |\n  The leaders spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "list.yaml"]);
    assert!(
        line.starts_with("readout: list.yaml:3: ") || line.starts_with("readout: list.yaml:4: "),
        "expected line 3 or 4: {line}"
    );
    assert!(line.contains("title"), "the field is named: {line}");
}

#[test]
fn yaml_field_given_twice_names_the_second() {
    let s = scratch();
    s.write(
        "twice.yaml",
        "source: Vellan Government\ntitle: Call\nsource: Calderra\ntext: |\n  The leaders spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "twice.yaml"]);
    assert_starts(&line, "twice.yaml:3: ", "`source`");
}

#[test]
fn yaml_without_source() {
    let s = scratch();
    s.write(
        "anonymous.yaml",
        "title: Prime Minister Revik holds call\ntext: |\n  The leaders spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "anonymous.yaml"]);
    assert_starts(&line, "anonymous.yaml:1: ", "missing required field `source`");
    // A blank source is no source.
    s.write("blank.yaml", "source: \"  \"\ntext: The leaders spoke.\n");
    let line = fails(&s, &["segment", "blank.yaml"]);
    assert_starts(&line, "blank.yaml:1: ", "missing required field `source`");
}

#[test]
fn yaml_with_neither_text_nor_statements() {
    let s = scratch();
    s.write(
        "title-only.yaml",
        "source: Vellan Government\ntitle: Prime Minister Revik holds call\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "title-only.yaml"]);
    assert_starts(&line, "title-only.yaml:1: ", "neither `text` nor `statements`");
}

#[test]
fn yaml_with_both_text_and_statements() {
    let s = scratch();
    s.write(
        "both.yaml",
        "source: Vellan Government\ntext: The leaders spoke.\ndate: 2026-04-02\nstatements:\n  - The leaders spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "both.yaml"]);
    // The line of `statements`, the second of the two.
    assert_starts(&line, "both.yaml:4: ", "has both `text` and `statements`");
}

// ---------------------------------------------------------------------------------------------
// Empty readouts.

#[test]
fn empty_readouts() {
    let s = scratch();
    s.write("empty.txt", "");
    let line = fails(&s, &["compare", "calderra.md", "empty.txt"]);
    assert_starts(&line, "empty.txt:1: ", "empty readout");
    s.write("blank.md", "  \n\n\t\n");
    let line = fails(&s, &["compare", "calderra.md", "blank.md"]);
    assert_starts(&line, "blank.md:1: ", "empty readout");
    s.write("empty.yaml", "");
    let line = fails(&s, &["compare", "calderra.md", "empty.yaml"]);
    assert_starts(&line, "empty.yaml: ", "empty readout");
    s.write("empty-text.yaml", "source: Vellan Government\ntext: \"\"\n");
    let line = fails(&s, &["compare", "calderra.md", "empty-text.yaml"]);
    assert_starts(&line, "empty-text.yaml:2: ", "empty readout");
    s.write("no-statements.yaml", "source: Vellan Government\nstatements: []\n");
    let line = fails(&s, &["compare", "calderra.md", "no-statements.yaml"]);
    assert_starts(&line, "no-statements.yaml:", "empty readout");
}

#[test]
fn front_matter_without_a_body() {
    let s = scratch();
    s.write("kastell.md", "---\nsource: Kastell\ntitle: Telephone conversation\n---\n\n");
    let line = fails(&s, &["compare", "calderra.md", "kastell.md"]);
    assert_starts(&line, "kastell.md:", "empty readout");
    let n: usize = line["readout: kastell.md:".len()..]
        .split(':')
        .next()
        .unwrap()
        .parse()
        .expect("a line number");
    assert!(n >= 4, "the body starts after the front matter: {line}");
}

#[test]
fn front_matter_never_closed() {
    let s = scratch();
    s.write(
        "kastell.md",
        "---\nsource: Kastell\ntitle: Telephone conversation\n\nThe presidents spoke.\n",
    );
    let line = fails(&s, &["compare", "calderra.md", "kastell.md"]);
    assert_eq!(line, "readout: kastell.md:1: front matter opened with `---` is never closed");
}

#[test]
fn empty_standard_input() {
    let s = scratch();
    let run = s.run_stdin(&["compare", "calderra.md", "-"], "");
    let line = run.error_line();
    assert_starts(line, "<stdin>:1: ", "empty readout");
}

// ---------------------------------------------------------------------------------------------
// The command line.

#[test]
fn unknown_format() {
    let s = scratch();
    s.write("vellan.yaml", VELLAN_YAML);
    let line = fails(&s, &["compare", "calderra.md", "vellan.yaml", "--format", "xml"]);
    assert!(line.contains("'xml'") && line.contains("--format"), "{line}");
    assert!(line.contains("terminal") && line.contains("json"), "the formats there are: {line}");
    // html is a format of compare and report, not of segment
    let line = fails(&s, &["segment", "calderra.md", "--format", "html"]);
    assert!(line.contains("segment") && line.contains("html"), "{line}");
}

#[test]
fn unknown_option() {
    let s = scratch();
    s.write("vellan.yaml", VELLAN_YAML);
    let line = fails(&s, &["compare", "calderra.md", "vellan.yaml", "--colour", "never"]);
    assert!(line.contains("'--colour'"), "{line}");
    let line = fails(&s, &["segment", "calderra.md", "--lang", "en"]);
    assert!(line.contains("'--lang'"), "{line}");
    let line = fails(&s, &["compare", "calderra.md", "vellan.yaml", "--color", "sometimes"]);
    assert!(line.contains("'sometimes'"), "{line}");
}

#[test]
fn unknown_subcommand() {
    let s = scratch();
    let line = s.run(&["diff", "calderra.md"]).error_line().to_string();
    assert!(line.contains("'diff'"), "{line}");
}

#[test]
fn compare_needs_two_readouts() {
    let s = scratch();
    let line = fails(&s, &["compare", "calderra.md"]);
    assert_starts(&line, "compare needs at least two readouts", "calderra.md");
    // A folder with one readout in it is one readout.
    s.write("solo/calderra.md", CALDERRA_MD);
    let line = fails(&s, &["compare", "solo"]);
    assert_starts(&line, "compare needs at least two readouts", "solo");
}

#[test]
fn compare_with_no_readout() {
    let s = scratch();
    let line = fails(&s, &["compare"]);
    assert!(line.contains("<READOUT>"), "{line}");
    assert!(!line.contains(":;"), "reads as one sentence: {line}");
}

// ---------------------------------------------------------------------------------------------
// Where -o cannot write.

#[test]
fn output_to_a_directory() {
    let s = scratch();
    s.write("vellan.yaml", VELLAN_YAML);
    s.write("reports/.keep", "");
    for target in ["reports", "reports/", "."] {
        let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", target]);
        let line = run.error_line();
        assert_eq!(line, format!("readout: {target}: is a directory; -o needs a file name"));
    }
    assert_eq!(s.names(), ["calderra.md", "reports", "vellan.yaml"]);
    assert_eq!(crate::common::names_in(&s.path().join("reports")), [".keep"]);
    let run = s.run(&["segment", "calderra.md", "-o", "reports"]);
    assert_eq!(run.error_line(), "readout: reports: is a directory; -o needs a file name");
}

#[test]
fn output_in_a_missing_folder() {
    let s = scratch();
    s.write("vellan.yaml", VELLAN_YAML);
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", "reports/out.json"]);
    assert_eq!(
        run.error_line(),
        "readout: reports/out.json: cannot write: its folder does not exist"
    );
    assert_eq!(s.names(), ["calderra.md", "vellan.yaml"]);
}

#[test]
fn output_with_an_empty_name() {
    let s = scratch();
    s.write("vellan.yaml", VELLAN_YAML);
    let run = s.run(&["compare", "calderra.md", "vellan.yaml", "-o", ""]);
    let line = run.error_line();
    assert!(line.contains("-o needs a file name"), "{line}");
    assert_eq!(s.names(), ["calderra.md", "vellan.yaml"]);
}

#[test]
fn output_is_checked_before_the_inputs() {
    // A bad -o is reported even when an input is bad too, and nothing is written.
    let s = scratch();
    let run = s.run(&["compare", "calderra.md", "missing.md", "-o", "nowhere/out.json"]);
    assert!(run.error_line().contains("nowhere/out.json"), "{}", run.stderr);
    assert_eq!(s.names(), ["calderra.md"]);
}

// ---------------------------------------------------------------------------------------------
// Statement ids.

#[test]
fn statement_ids_given_in_yaml_must_be_unique_in_the_run() {
    let s = scratch();
    // The id given to the second statement would be the one made for the first (prefix VG +
    // 1), so the terminal report would show one statement's text under the other's id.
    s.write(
        "vellan.yaml",
        "source: Vellan Government\nstatements:\n  - The leaders spoke by telephone.\n\
         \x20 - {id: VG1, text: They agreed to stay in close contact.}\n",
    );
    // The made ids take another prefix, so they never clash with a given one.
    let json = s.run(&["segment", "vellan.yaml", "--format", "json"]).json();
    let ids: Vec<&str> = json["readouts"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| st["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["Ve1", "VG1"]);
    // The same id given in two readouts.
    s.write(
        "a.yaml",
        "source: Vellan Government\nstatements:\n  - {id: s1, text: The leaders spoke.}\n",
    );
    s.write("b.yaml", "source: Calderra\nstatements:\n  - {id: s1, text: The leaders spoke.}\n");
    let line = fails(&s, &["compare", "a.yaml", "b.yaml"]);
    assert_eq!(
        line,
        "readout: b.yaml: statement id `s1` is already used in a.yaml; ids must be unique in one \
         run"
    );
}
