//! Points across three readouts on the built binary: the JSON `points` list, and the points
//! table in the terminal, Markdown (read back with pulldown-cmark) and HTML (structure, empty
//! marks, escaping), on a three-readout event written by the test.

use crate::common::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// Alpha's account. Illustrative text written for these tests.
const ALPHA: &str = "\
source: Alpha Ministry
title: Minister attends the Halvik meeting
date: 2026-05-04
language: en
statements:
  - The foreign ministers of Alpha, Beta and Gamma met in Halvik on Monday to discuss trade and energy security.
  - They agreed to open a joint customs office at the Varna border crossing by June.
  - Alpha raised the detention of two of its fishermen off the Gamma coast.
  - Alpha and Gamma agreed to extend the Seal Bay fisheries accord by five years and to set up a joint coast patrol.
  - The ministers agreed to meet again in Port Selm in July.
";

/// Beta's account, with markup in one statement that must stay text.
const BETA: &str = "\
source: Beta Foreign Office
date: 2026-05-04
statements:
  - The foreign ministers of Alpha, Beta and Gamma met in Halvik on Monday to discuss trade and energy security.
  - The ministers agreed to open a joint customs office at the Varna border crossing by June.
  - Beta and Gamma signed a memorandum on river shipping on the Lesk.
  - The ministers will meet again in Port Selm in July.
  - 'Beta noted that a | pipe, *stars*, [a link](javascript:alert(1)) and <script>document.title=\"pwned\"</script> stay text.'
";

/// Gamma's account, plain text: it splits the fisheries point into two sentences.
const GAMMA: &str = "\
---
source: Gamma News Agency
---
Gamma's foreign minister met his Alpha and Beta counterparts in Halvik on Monday to discuss trade and energy security.

Gamma and Beta signed a memorandum on river shipping on the Lesk River. The next meeting will be held in Port Selm in July.

Gamma and Alpha agreed to extend the Seal Bay fisheries accord by five years. They will also set up a joint coast patrol.

Gamma called for <b>restraint</b> & calm in the region.
";

/// The points the fixture is written to give, one field per readout ("-": not reported).
const EXPECTED: [&str; 8] = [
    "AM1|BFO1|GNA1",   // all three: the meeting
    "AM2|BFO2|-",      // two: the customs office
    "AM3|-|-",         // one: the fishermen
    "AM4|-|GNA4+GNA5", // two, Gamma's cell split in two sentences
    "AM5|BFO4|GNA3",   // all three, Gamma's out of order
    "-|BFO3|GNA2",     // two, not Alpha's: after Alpha's points, in Beta's order
    "-|BFO5|-",        // one, with markup
    "-|-|GNA6",        // one, with markup
];

fn event() -> Scratch {
    let s = Scratch::new();
    s.write("event/a-alpha.yaml", ALPHA);
    s.write("event/b-beta.yaml", BETA);
    s.write("event/c-gamma.txt", GAMMA);
    s
}

fn json(s: &Scratch) -> Value {
    s.run(&["compare", "event", "--format", "json"]).json()
}

/// The points as "AM1|BFO1|-" strings.
fn shown(report: &Value) -> Vec<String> {
    let n = report["readouts"].as_array().unwrap().len();
    report["points"]
        .as_array()
        .expect("points")
        .iter()
        .map(|p| {
            let mut fields = vec!["-".to_string(); n];
            for c in p["cells"].as_array().unwrap() {
                let ids: Vec<&str> = c["statements"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i.as_str().unwrap())
                    .collect();
                fields[c["readout"].as_u64().unwrap() as usize] = ids.join("+");
            }
            fields.join("|")
        })
        .collect()
}

/// Each statement's text by id.
fn texts(report: &Value) -> HashMap<String, String> {
    report["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["statements"].as_array().unwrap())
        .map(|s| (s["id"].as_str().unwrap().to_string(), s["text"].as_str().unwrap().to_string()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// JSON.

#[test]
fn json_points_group_every_statement_once() {
    let s = event();
    let report = json(&s);
    assert_eq!(report["schema"], "readout/compare/v1");
    assert_eq!(shown(&report), EXPECTED);
    let mut seen = BTreeSet::new();
    for p in report["points"].as_array().unwrap() {
        let cells = p["cells"].as_array().unwrap();
        assert_eq!(p["in"].as_u64().unwrap() as usize, cells.len(), "{p}");
        let readouts: Vec<u64> = cells.iter().map(|c| c["readout"].as_u64().unwrap()).collect();
        assert!(readouts.windows(2).all(|w| w[0] < w[1]), "one cell per readout, in order: {p}");
        for c in cells {
            for id in c["statements"].as_array().unwrap() {
                assert!(seen.insert(id.as_str().unwrap().to_string()), "{id} twice");
            }
        }
    }
    assert_eq!(seen.len(), texts(&report).len(), "every statement is in a point");
}

#[test]
fn json_points_are_the_same_on_every_run_and_for_two_readouts_too() {
    let s = event();
    assert_eq!(json(&s)["points"], json(&s)["points"]);
    let two = s.run(&["compare", "event/a-alpha.yaml", "event/b-beta.yaml", "--format", "json"]);
    let report = two.json();
    assert_eq!(
        shown(&report),
        ["AM1|BFO1", "AM2|BFO2", "AM3|-", "AM4|-", "AM5|BFO4", "-|BFO3", "-|BFO5"]
    );
}

// ---------------------------------------------------------------------------------------------
// Terminal.

#[test]
fn terminal_shows_a_block_per_point_before_the_pairs() {
    let s = event();
    let run = s.run(&["compare", "event", "--color", "never"]);
    run.assert_ok();
    let out = &run.stdout;
    assert!(!has_ansi(out));
    let points_at = out.find("Points across the readouts").expect("points heading");
    let pairs_at = out.find("Links, in Alpha Ministry's order").expect("pairwise section");
    assert!(points_at < pairs_at, "points come before the pairs:\n{out}");
    assert!(out.contains("8 points: 2 in all 3 readouts, 3 in some, 3 in one only"), "{out}");
    let table = &out[points_at..pairs_at];
    for (k, want) in EXPECTED.iter().enumerate() {
        let gaps = want.split('|').filter(|f| *f == "-").count();
        let head = format!("Point {} — in {} of 3\n", k + 1, 3 - gaps);
        assert!(table.contains(&head), "{head}:\n{table}");
        let block = block(table, k + 1);
        assert_eq!(block.matches("·· not reported ··").count(), gaps, "{block}");
        for (prefix, ids) in ["AM", "BFO", "GNA"].iter().zip(want.split('|')) {
            let line = block.lines().find(|l| l.trim_start().starts_with(prefix)).unwrap();
            if ids == "-" {
                assert!(line.ends_with("·· not reported ··"), "{line}");
            } else {
                let words: Vec<&str> = line.split_whitespace().take(2).collect();
                assert_eq!(words, [*prefix, ids], "{line}");
            }
        }
    }
    // A cell's words its row's first statement lacks are bracketed with its prefix.
    assert!(block(table, 2).contains("[BFO: The ministers] agreed"), "{table}");
    assert!(block(table, 5).contains("The [GNA: next meeting will be held] in Port Selm"));
    // Markup is printed as it was written.
    assert!(table.contains("<b>restraint</b> & calm"), "{table}");
}

/// The lines of one point's block in the terminal table.
fn block(table: &str, n: usize) -> &str {
    let start = table.find(&format!("Point {n} — ")).unwrap();
    let end = table[start..].find("\n\n").map_or(table.len(), |e| start + e);
    &table[start..end]
}

#[test]
fn terminal_colours_each_readout_when_asked() {
    let s = event();
    let run = s.run(&["compare", "event", "--color", "always"]);
    run.assert_ok();
    assert!(has_ansi(&run.stdout));
    let plain = s.run(&["compare", "event", "--color", "never"]).stdout;
    assert_eq!(strip_ansi(&run.stdout), plain, "colour adds codes, never text");
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn two_readouts_keep_the_pairwise_view_alone() {
    let s = event();
    for format in ["terminal", "markdown", "html"] {
        let run =
            s.run(&["compare", "event/a-alpha.yaml", "event/b-beta.yaml", "--format", format]);
        run.assert_ok();
        assert!(!run.stdout.contains("Points across the readouts"), "{format}");
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown.

/// The first table after the points heading, as rows of cells' text (code, text and inline HTML
/// such as `<br>` concatenated), and the text inside strong emphasis in it.
fn markdown_points(md: &str) -> (Vec<Vec<String>>, Vec<String>, Vec<String>) {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    let (mut rows, mut strong, mut links) = (Vec::new(), Vec::new(), Vec::new());
    let (mut after_heading, mut in_heading, mut in_table, mut in_strong) =
        (false, false, false, false);
    let mut heading = String::new();
    let mut cell: Option<String> = None;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Heading { .. }) => (in_heading, heading) = (true, String::new()),
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                after_heading = heading == "Points across the readouts" && rows.is_empty();
            }
            Event::Start(Tag::Table(_)) if after_heading => in_table = true,
            Event::End(TagEnd::Table) if in_table => return (rows, strong, links),
            Event::Start(Tag::TableHead | Tag::TableRow) if in_table => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) if in_table => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) if in_table => {
                rows.last_mut().unwrap().push(cell.take().unwrap());
            }
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                if in_heading {
                    heading.push_str(&t);
                }
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                    if in_strong {
                        strong.push(t.to_string());
                    }
                }
            }
            Event::InlineMath(m) | Event::DisplayMath(m) => panic!("math: {m}"),
            _ => {}
        }
    }
    panic!("no points table in:\n{md}")
}

#[test]
fn markdown_has_a_row_per_point_and_a_column_per_readout() {
    let s = event();
    let report = json(&s);
    let by_id = texts(&report);
    let run = s.run(&["compare", "event", "--format", "markdown"]);
    run.assert_ok();
    let md = &run.stdout;
    assert!(md.contains("8 points: 2 in all 3 readouts, 3 in some, 3 in one only."), "{md}");
    let (rows, strong, links) = markdown_points(md);
    assert_eq!(rows[0], ["Point", "Alpha Ministry", "Beta Foreign Office", "Gamma News Agency"]);
    assert_eq!(rows.len(), 1 + EXPECTED.len());
    for (k, (row, want)) in rows[1..].iter().zip(EXPECTED).enumerate() {
        let fields: Vec<&str> = want.split('|').collect();
        let gaps = fields.iter().filter(|f| **f == "-").count();
        assert_eq!(row[0], format!("{}<br>in {} of 3", k + 1, 3 - gaps));
        for (cell, ids) in row[1..].iter().zip(&fields) {
            if *ids == "-" {
                assert_eq!(cell, "—");
                continue;
            }
            // The cell reads as its statements as written, each after its id.
            let want: Vec<String> =
                ids.split('+').map(|id| format!("{id} {}", by_id[id])).collect();
            assert_eq!(cell, &want.join("<br>"));
        }
    }
    // Bold marks the words the row's first statement lacks, and only those.
    assert!(strong.contains(&"The ministers".to_string()), "{strong:?}");
    assert!(strong.contains(&"next meeting will be held".to_string()), "{strong:?}");
    assert!(!strong.iter().any(|t| t.contains("Port Selm")), "{strong:?}");
    // The markup in the readouts is text: no link, no HTML but the table's own line breaks.
    assert!(links.is_empty(), "{links:?}");
}

// ---------------------------------------------------------------------------------------------
// HTML.

/// The points section of an HTML report.
fn html_points(html: &str) -> &str {
    let start = html.find("<section class=\"points\"").expect("points section");
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

#[test]
fn html_has_a_row_per_point_and_marks_each_omission() {
    let s = event();
    let report = json(&s);
    let run = s.run(&["compare", "event", "--format", "html"]);
    run.assert_ok();
    let html = &run.stdout;
    let section = html_points(html);
    assert!(
        html.find("<section class=\"points\"").unwrap()
            < html.find("<section class=\"pair\"").unwrap()
    );
    assert!(html.contains("<a href=\"#points\">"), "the contents link to the points");
    let body = &section[section.find("<tbody>").unwrap()..];
    let rows: Vec<&str> = body.split("<tr").skip(1).collect();
    assert_eq!(rows.len(), EXPECTED.len());
    let mut gaps_total = 0;
    for (k, (row, want)) in rows.iter().zip(EXPECTED).enumerate() {
        let fields: Vec<&str> = want.split('|').collect();
        let gaps = fields.iter().filter(|f| **f == "-").count();
        gaps_total += gaps;
        assert!(row.contains(&format!("Point {}</span>", k + 1)), "{row}");
        assert!(row.contains(&format!("in {} of 3", 3 - gaps)), "{row}");
        let cells: Vec<&str> = row.split("<td").skip(1).collect();
        assert_eq!(cells.len(), 3, "a cell per readout: {row}");
        for (cell, ids) in cells.iter().zip(&fields) {
            if *ids == "-" {
                assert!(cell.starts_with(" class=\"gap\""), "{cell}");
                assert!(cell.contains("aria-label=\"not reported\""), "{cell}");
                assert!(cell.contains("title=\"not reported\""), "{cell}");
                assert!(cell.contains(">—</span>"), "{cell}");
            } else {
                for id in ids.split('+') {
                    assert!(
                        cell.contains(&format!("id=\"{id}\"><a class=\"sid\" href=\"#{id}\">")),
                        "{id} in {cell}"
                    );
                }
            }
        }
    }
    assert_eq!(section.matches("aria-label=\"not reported\"").count(), gaps_total);
    // Each statement is in the table once, as the anchor of its own id.
    for id in texts(&report).keys() {
        assert_eq!(section.matches(&format!(" id=\"{id}\"")).count(), 1, "{id}");
    }
    assert!(section.contains("<mark class=\"pt\">next meeting will be held</mark>"), "{section}");
}

#[test]
fn html_points_escape_everything() {
    let s = event();
    let html = s.run(&["compare", "event", "--format", "html"]).stdout;
    let section = html_points(&html);
    let allowed_tags = [
        "section", "h2", "p", "b", "mark", "span", "table", "thead", "tbody", "tr", "th", "td", "a",
    ];
    let allowed_attrs = [
        "class",
        "id",
        "href",
        "aria-labelledby",
        "aria-label",
        "aria-hidden",
        "role",
        "title",
        "scope",
        "data-label",
        "lang",
    ];
    for t in tags(section) {
        assert!(allowed_tags.contains(&t.name.as_str()), "unexpected <{}>", t.name);
        for (a, _) in &t.attrs {
            assert!(allowed_attrs.contains(&a.as_str()), "unexpected {a} on <{}>", t.name);
        }
    }
    assert!(!html.contains("<script"), "a script element in the page");
    assert!(section.contains("&lt;b&gt;restraint&lt;/b&gt; &amp; calm"), "{section}");
    assert!(
        section.contains("&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;"),
        "{section}"
    );
    assert!(section.contains("[a link](javascript:alert(1))"), "shown as text, not a link");
    assert!(!section.contains("href=\"javascript"), "{section}");
}

// ---------------------------------------------------------------------------------------------
// The bundled three-readout sample.

#[test]
fn trilateral_sample_has_points_in_all_three_in_two_and_in_one() {
    let dir = manifest_dir().join("readouts/2026-09-10-trilateral-summit");
    let run =
        run_in(manifest_dir(), &["compare", dir.to_str().unwrap(), "--format", "json"], None, &[]);
    let got = shown(&run.json());
    // Readouts are in file-name order: Kestria, Mirava, Veyland.
    for want in [
        "KG1|MNA1|VPO1", // the summit itself
        "KG2|MNA3|VPO2", // the Tarvo Declaration and the Amber Corridor
        "KG4|-|VPO4",    // the customs working group
        "KG5|MNA4|-",    // the Lesk River commission
        "-|MNA5|VPO6",   // sanctions and bloc confrontation
        "KG6|-|-",       // human rights, the invasion: Kestria only
        "-|MNA6|-",      // the Ardent Islands: Mirava only
        "-|-|VPO7",      // hegemony and a multipolar world: Veyland only
    ] {
        // A cell may take a further statement on the same matter (VPO3, the corridor's freight
        // times, joins the corridor point now that different speakers on one matter can link).
        let found = got.iter().any(|g| g == want || g.starts_with(&format!("{want}+")));
        assert!(found, "{want} not in {got:#?}");
    }
}
