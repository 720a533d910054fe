//! Loaded terms on the real binary: the watchlist's terms counted per readout with their
//! statements, and the distinctive words, in every format; `--terms FILE` on `compare` and
//! `report`; a bad terms file as one line on stderr naming the file, exit 2.

use crate::common::Scratch;
use serde_json::Value;

/// Illustrative readouts written for these tests. Alpha: A1 crisis; A2 cease–fire (en dash),
/// unilateral sanctions; A3 "illegitimate sanctions policy". Beta: B1 special military
/// operation; B2 ceasefire; B3 sanctioned (an inflection of "sanctions").
const ALPHA: &str = "\
---
source: Alpha
---

The presidents discussed the crisis in Lower Vessa.

Alpha supports a cease\u{2013}fire and opposes unilateral sanctions.

The illegitimate sanctions policy of the West must end, the president said.
";

const BETA: &str = "\
source: Beta
text: |
  Beta informed Alpha about the special military operation in Lower Vessa.

  Beta called for a ceasefire in Lower Vessa and in Upper Vessa.

  The banks that were sanctioned stay closed, Beta said of Upper Vessa.
";

/// A watchlist of the user's own.
const CUSTOM: &str = "\
# Places and banks.
groups:
  - name: Places
    terms: [Lower Vessa, Upper Vessa, Kestria]
  - name: Money
    terms: [banks]
";

fn scratch() -> Scratch {
    let s = Scratch::new();
    s.write("alpha.md", ALPHA);
    s.write("beta.yaml", BETA);
    s
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
}

/// (count, statements) of `term` in readout `r`, from the JSON `terms` object.
fn uses(terms: &Value, term: &str, r: usize) -> Option<(u64, Vec<String>)> {
    let row = terms["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["terms"].as_array().unwrap())
        .find(|t| t["term"] == term)?;
    let c = &row["counts"][r];
    assert_eq!(c["readout"].as_u64(), Some(r as u64));
    Some((c["count"].as_u64().unwrap(), strs(&c["statements"])))
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn json_counts_terms_per_readout_through_inflection_and_styles() {
    let s = scratch();
    let report = s.run(&["compare", "alpha.md", "beta.yaml", "--format", "json"]).json();
    assert_eq!(report["schema"], "readout/compare/v1");
    let t = &report["terms"];
    // Run outside the repository: the built-in list comes from the binary itself.
    assert_eq!(t["watchlist"], "built-in (readouts/terms.yaml)");
    assert_eq!(uses(t, "sanctions", 0), Some((2, ids(&["A2", "A3"]))));
    assert_eq!(uses(t, "sanctions", 1), Some((1, ids(&["B3"]))));
    assert_eq!(uses(t, "unilateral sanctions", 0), Some((1, ids(&["A2"]))));
    assert_eq!(uses(t, "illegitimate sanctions", 0), Some((1, ids(&["A3"]))));
    assert_eq!(uses(t, "illegitimate sanctions", 1), Some((0, vec![])));
    assert_eq!(uses(t, "ceasefire", 0), Some((1, ids(&["A2"]))));
    assert_eq!(uses(t, "ceasefire", 1), Some((1, ids(&["B2"]))));
    assert_eq!(uses(t, "special military operation", 1), Some((1, ids(&["B1"]))));
    assert_eq!(uses(t, "crisis", 0), Some((1, ids(&["A1"]))));
    // Terms no readout uses have no row, and groups with none of them are left out.
    assert_eq!(uses(t, "invasion", 0), None);
    let groups: Vec<&str> =
        t["groups"].as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert!(!groups.contains(&"Human rights"), "{groups:?}");
    assert!(groups.contains(&"Sanctions"), "{groups:?}");
    // One distinctive list per readout, each word with a positive z-score, best first.
    let d = t["distinctive"].as_array().unwrap();
    assert_eq!(d.len(), 2);
    for (i, entry) in d.iter().enumerate() {
        assert_eq!(entry["readout"].as_u64(), Some(i as u64));
        let zs: Vec<f64> =
            entry["words"].as_array().unwrap().iter().map(|w| w["z"].as_f64().unwrap()).collect();
        assert!(zs.windows(2).all(|p| p[0] >= p[1]), "{zs:?}");
        assert!(zs.iter().all(|z| *z > 0.0), "{zs:?}");
    }
    // Beta names Upper Vessa twice, Alpha never: one of Beta's distinctive words.
    let beta: Vec<&str> =
        d[1]["words"].as_array().unwrap().iter().map(|w| w["word"].as_str().unwrap()).collect();
    assert!(beta.contains(&"Upper"), "{beta:?}");
    assert!(t["alpha0"].as_u64().unwrap() > 0);
}

#[test]
fn every_format_shows_the_terms_table() {
    let s = scratch();
    let term = s.run(&["compare", "alpha.md", "beta.yaml", "--color", "never"]);
    term.assert_ok();
    let out = &term.stdout;
    assert!(out.contains("\nLoaded terms\n"), "{out}");
    assert!(out.contains("terms of the watchlist that no readout uses are not shown"), "{out}");
    let row = out.lines().find(|l| l.trim_start().starts_with("sanctions ")).expect(out);
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells, ["sanctions", "2", "1", "A2,", "A3,", "B3"], "{row}");
    assert!(out.contains("Most distinctive words"), "{out}");

    let md = s.run(&["compare", "alpha.md", "beta.yaml", "--format", "markdown"]);
    md.assert_ok();
    assert!(md.stdout.contains("## Loaded terms"), "{}", md.stdout);
    assert!(md.stdout.contains("| Group | Term | Alpha | Beta |"), "{}", md.stdout);
    assert!(md.stdout.contains("| sanctions | 2: `A2`, `A3` | 1: `B3` |"), "{}", md.stdout);
    assert!(md.stdout.contains("### Most distinctive words"), "{}", md.stdout);

    let html = s.run(&["compare", "alpha.md", "beta.yaml", "--format", "html"]);
    html.assert_ok();
    let h = &html.stdout;
    assert!(h.contains("<table class=\"terms\">"), "{h}");
    assert!(h.contains("<th scope=\"row\" class=\"term\">sanctions</th>"), "{h}");
    // Statement ids link to the statements shown in the pair above.
    assert!(h.contains("<a class=\"sid\" href=\"#B3\">B3</a>"), "{h}");
    assert!(h.contains("id=\"B3\""), "{h}");
    assert!(h.contains("<table class=\"distinctive\">"), "{h}");
}

#[test]
fn three_readouts_each_against_the_others() {
    let s = scratch();
    s.write("gamma.txt", "Gamma hopes for peace and a ceasefire. Peace is near.\n");
    let report =
        s.run(&["compare", "alpha.md", "beta.yaml", "gamma.txt", "--format", "json"]).json();
    let t = &report["terms"];
    assert_eq!(uses(t, "ceasefire", 2), Some((1, ids(&["G1"]))));
    assert_eq!(t["distinctive"].as_array().unwrap().len(), 3);
    let gamma: Vec<&str> = t["distinctive"][2]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["word"].as_str().unwrap())
        .collect();
    assert_eq!(gamma.first(), Some(&"peace"), "{gamma:?}");
    // In HTML, a statement id links to the first pair that shows its readout.
    let html = s.run(&["compare", "alpha.md", "beta.yaml", "gamma.txt", "--format", "html"]);
    html.assert_ok();
    assert!(html.stdout.contains("href=\"#p2-G1\">G1</a>"), "{}", html.stdout);
    assert!(html.stdout.contains("href=\"#p1-B2\">B2</a>"), "{}", html.stdout);
}

#[test]
fn terms_option_uses_another_watchlist() {
    let s = scratch();
    s.write("lists/custom.yaml", CUSTOM);
    let args = ["compare", "alpha.md", "beta.yaml", "--terms", "lists/custom.yaml"];
    let report = s.run(&[&args[..], &["--format", "json"]].concat()).json();
    let t = &report["terms"];
    assert_eq!(t["watchlist"], "lists/custom.yaml");
    let groups: Vec<&str> =
        t["groups"].as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(groups, ["Places", "Money"]);
    assert_eq!(uses(t, "Lower Vessa", 0), Some((1, ids(&["A1"]))));
    assert_eq!(uses(t, "Lower Vessa", 1), Some((2, ids(&["B1", "B2"]))));
    assert_eq!(uses(t, "Upper Vessa", 1), Some((2, ids(&["B2", "B3"]))));
    assert_eq!(uses(t, "Kestria", 0), None);
    assert_eq!(uses(t, "banks", 1), Some((1, ids(&["B3"]))));
    assert_eq!(uses(t, "sanctions", 0), None, "the built-in list is replaced, not extended");

    let term = s.run(&[&args[..], &["--color", "never"]].concat());
    term.assert_ok();
    assert!(term.stdout.contains("Watchlist: lists/custom.yaml."), "{}", term.stdout);

    // report takes it too, whatever the format.
    let run =
        s.run(&["report", "alpha.md", "beta.yaml", "--terms", "lists/custom.yaml", "-o", "r.md"]);
    run.assert_wrote("r.md");
    let md = std::fs::read_to_string(s.path().join("r.md")).unwrap();
    assert!(md.contains("| Places | Lower Vessa | 1: `A1` | 2: `B1`, `B2` |"), "{md}");
}

/// Runs a command with a bad terms file and returns its one stderr line, checking that no
/// output file was written.
fn fails(s: &Scratch, command: &str, terms: &str) -> String {
    let before = s.names();
    let mut args = vec![command, "alpha.md", "beta.yaml", "--terms", terms];
    if command == "report" {
        args.extend(["-o", "out.html"]);
    }
    let line = s.run(&args).error_line().to_string();
    assert_eq!(s.names(), before, "{command}: the folder changed");
    line
}

#[test]
fn a_bad_terms_file_is_one_line_naming_it() {
    let s = scratch();
    s.write("broken.yaml", "groups:\n  - name: Places\n    terms: [Lower Vessa, [x]\n");
    for command in ["compare", "report"] {
        let line = fails(&s, command, "broken.yaml");
        assert!(line.starts_with("readout: broken.yaml:3: invalid YAML"), "{line}");
    }
    s.write("empty.yaml", "groups: []\n");
    assert_eq!(
        fails(&s, "compare", "empty.yaml"),
        "readout: empty.yaml:1: no groups; a terms file is `groups:` with a list of \
         `{name, terms: [...]}`"
    );
    s.write(
        "twice.yaml",
        "groups:\n  - name: Truce\n    terms:\n      - ceasefire\n      - cease-fire\n",
    );
    let line = fails(&s, "report", "twice.yaml");
    assert!(line.starts_with("readout: twice.yaml:5: `cease-fire` in group `Truce`"), "{line}");
    assert_eq!(fails(&s, "compare", "missing.yaml"), "readout: missing.yaml: no such file");
    s.write("binary.yaml", b"groups:\n\0\0");
    let line = fails(&s, "compare", "binary.yaml");
    assert!(line.starts_with("readout: binary.yaml:2: binary data"), "{line}");
}

#[test]
fn standard_input_is_read_once() {
    let s = scratch();
    // Refused before anything is read.
    let run = s.run(&["compare", "alpha.md", "-", "--terms", "-"]);
    assert_eq!(
        run.error_line(),
        "readout: --terms - and the readout - would both read standard input; give one as a file"
    );
    // A watchlist on standard input is fine on its own.
    let run = s.run_stdin(
        &["compare", "alpha.md", "beta.yaml", "--terms", "-", "--format", "json"],
        "groups: [{name: Places, terms: [Upper Vessa]}]\n",
    );
    assert_eq!(uses(&run.json()["terms"], "Upper Vessa", 1), Some((2, ids(&["B2", "B3"]))));
}

#[test]
fn group_names_and_file_names_are_escaped() {
    let s = scratch();
    let evil = "<script>document.title='pwned'</script> | *x* [l](javascript:alert(1))";
    s.write("a<b>|*.yaml", format!("groups:\n  - name: {evil:?}\n    terms: [Lower Vessa]\n"));
    let args = ["compare", "alpha.md", "beta.yaml", "--terms", "a<b>|*.yaml", "--format"];
    let html = s.run(&[&args[..], &["html"]].concat());
    html.assert_ok();
    assert!(!html.stdout.contains("<script>"), "{}", html.stdout);
    assert!(html.stdout.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
    assert!(html.stdout.contains("Watchlist: a&lt;b&gt;|*.yaml."), "{}", html.stdout);
    let md = s.run(&[&args[..], &["markdown"]].concat());
    md.assert_ok();
    // The group's cell keeps the table's three columns: its pipe and markup are escaped.
    let row = md.stdout.lines().find(|l| l.starts_with("| &lt;script&gt;")).expect(&md.stdout);
    assert!(row.contains("| Lower Vessa | 1: `A1` |"), "{row}");
    assert!(row.contains("\\| \\*x\\* \\[l\\]"), "{row}");
    assert_eq!(row.matches(" | ").count(), 3, "{row}");
    assert_eq!(row.matches('|').count() - row.matches("\\|").count(), 5, "{row}");
}
