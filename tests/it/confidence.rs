//! Confidence users can see, on the built binary: each link's strength (strong/weak) in every
//! format, the closest statement of the other readout for an only-in statement that has a near
//! miss (and none for one that shares nothing), the JSON fields, escaping of the hint, and the
//! points table and the pairwise comparisons agreeing on which statements go together.

use crate::common::*;
use readout::compare::align::tuning::{STRONG, STRONG_SCORE};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// One side of a ministers' meeting. Illustrative text written for these tests. MO2 and MO6 are
/// the other side's words exactly (strong links), MO3 is the same point in other words (strong:
/// the two alone share its rare words), MO4 shares only the rare name "Varna" with BFO2 (a near
/// miss, only here), MO5 shares nothing with the other side, MO7 and BFO6 share only the generic
/// "cooperation" (a weak link).
const LEFT: &str = "\
source: Ministry of Orlan
statements:
  - Foreign Minister Ada Kern of Orlan met Foreign Minister Tomas Vell of Brisk in Selm on Tuesday.
  - The ministers agreed to open a joint customs office at the Varna border crossing by June.
  - Kern said the two countries would double rail freight through the Ostrow tunnel by 2028.
  - The ministers also discussed the reconstruction of the old Varna bridge damaged by floods.
  - The weather in the capital was cold and windy throughout the afternoon.
  - The ministers agreed to stay in close contact.
  - Kern stressed the importance of cooperation in many areas.
";

/// The other side. Illustrative text written for these tests.
const RIGHT: &str = "\
source: Brisk Foreign Office
statements:
  - Foreign Minister Tomas Vell met Foreign Minister Ada Kern of Orlan in Selm on Tuesday.
  - The ministers agreed to open a joint customs office at the Varna border crossing by June.
  - Vell noted that rail freight between the countries keeps growing.
  - Vell raised the case of three Brisk journalists expelled from Orlan last month.
  - The ministers agreed to stay in close contact.
  - Vell said cooperation in energy and trade remains a priority for Brisk.
";

const NEAR: &str = "MO4";
const NEAR_TO: &str = "BFO2";
const UNRELATED: &str = "MO5";

fn pair() -> (Scratch, Value) {
    let s = Scratch::new();
    s.write("left.yaml", LEFT);
    s.write("right.yaml", RIGHT);
    let json = s.run(&["compare", "left.yaml", "right.yaml", "--format", "json"]).json();
    (s, json)
}

fn run_format(s: &Scratch, format: &str) -> String {
    let r = s.run(&["compare", "left.yaml", "right.yaml", "--format", format, "--color", "never"]);
    r.assert_ok();
    r.stdout
}

/// Each link of the first comparison: (left ids joined by `+`, right ids, score, strength).
fn links(json: &Value) -> Vec<(String, String, f64, String)> {
    let ids = |v: &Value| {
        v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect::<Vec<_>>().join("+")
    };
    json["comparisons"][0]["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                ids(&l["left"]),
                ids(&l["right"]),
                l["score"].as_f64().unwrap(),
                l["strength"].as_str().expect("every link has a strength").to_string(),
            )
        })
        .collect()
}

#[test]
fn json_links_carry_their_strength_by_the_cut() {
    let (_s, json) = pair();
    let links = links(&json);
    for (k, (l, r, score, strength)) in links.iter().enumerate() {
        // Strength comes from the link's confidence, not its score.
        let c = json["comparisons"][0]["links"][k]["confidence"].as_f64().expect("a confidence");
        assert!((0.0..=1.0).contains(&c), "{l} ~ {r}: confidence {c}");
        let want = if c >= STRONG && *score >= STRONG_SCORE { "strong" } else { "weak" };
        assert_eq!(strength, want, "{l} ~ {r} at score {score}, confidence {c}");
    }
    // The fixture has both kinds, so each format below must show both.
    assert!(links.iter().any(|l| l.3 == "strong"), "{links:?}");
    assert!(links.iter().any(|l| l.3 == "weak"), "the generic MO7 ~ BFO6 is weak: {links:?}");
}

#[test]
fn every_format_shows_each_links_strength() {
    let (s, json) = pair();
    let links = links(&json);
    let terminal = run_format(&s, "terminal");
    let markdown = run_format(&s, "markdown");
    let html = run_format(&s, "html");
    for (l, r, score, strength) in &links {
        let head = format!("{l} ⟷ {r} ");
        let line = terminal.lines().find(|x| x.starts_with(&head)).expect("link head line");
        assert!(line.contains(&format!("{score:.2} {strength}")), "{line}");
        // Markdown: the link's row holds its relation, score and strength in the middle cell.
        let row = markdown
            .lines()
            .find(|x| x.starts_with("| ") && x.contains(&format!("`{l}`")) && x.contains(" | "))
            .unwrap_or_else(|| panic!("no Markdown row for {l}"));
        assert!(row.contains(&format!("{score:.2} {strength}")), "{row}");
        // HTML: the row of the link, found by its left statement's anchor.
        let at = html.find(&format!("id=\"{l}\"")).expect("anchor of the link's statement");
        let end = at + html[at..].find("</tr>").expect("end of the link's row");
        let start = html[..at].rfind("<tr").unwrap();
        let cell = &html[start..end];
        assert!(
            cell.contains(&format!("<span class=\"strength {strength}\">{strength}</span>")),
            "{cell}"
        );
    }
}

#[test]
fn json_gives_the_closest_statement_of_a_near_miss_only() {
    let (_s, json) = pair();
    let c = &json["comparisons"][0];
    let only: Vec<&str> = ["only_left", "only_right"]
        .iter()
        .flat_map(|k| c[*k].as_array().unwrap())
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(only.contains(&NEAR) && only.contains(&UNRELATED), "{only:?}");
    let closest = c["closest"].as_object().expect("closest is an object");
    assert_eq!(closest[NEAR]["id"], NEAR_TO, "{closest:?}");
    let score = closest[NEAR]["score"].as_f64().unwrap();
    assert!(score > 0.0 && score < 1.0, "{score}");
    assert!(!closest.contains_key(UNRELATED), "MO5 shares nothing: {closest:?}");
    // Only only-in statements have one, and each names a statement of the other readout.
    let right: Vec<&str> = json["readouts"][1]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for (id, near) in closest {
        assert!(only.contains(&id.as_str()), "{id} is not only-in");
        let other = near["id"].as_str().unwrap();
        assert_eq!(right.contains(&other), id.starts_with("MO"), "{id} -> {other}");
    }
}

#[test]
fn reports_hint_the_closest_statement_quietly() {
    let (s, _) = pair();
    // Terminal: a line under the statement.
    let terminal = run_format(&s, "terminal");
    let lines: Vec<&str> = terminal.lines().collect();
    let at = |id: &str| lines.iter().position(|l| l.starts_with(&format!("{id} "))).unwrap();
    assert!(lines[at(NEAR) + 1].trim_start().starts_with(&format!("closest: {NEAR_TO} ")));
    assert!(!lines[at(UNRELATED) + 1].contains("closest"), "{}", lines[at(UNRELATED) + 1]);
    // Markdown: at the end of the statement's list item.
    let markdown = run_format(&s, "markdown");
    let item = |id: &str| {
        markdown.lines().find(|l| l.starts_with(&format!("- `{id}` "))).unwrap().to_string()
    };
    assert!(item(NEAR).contains(&format!(" *(closest: `{NEAR_TO}` 0.")), "{}", item(NEAR));
    assert!(item(NEAR).ends_with(")*"), "{}", item(NEAR));
    assert!(!item(UNRELATED).contains("closest"), "{}", item(UNRELATED));
    // HTML: inside the statement's item, linking to the other statement's anchor.
    let html = run_format(&s, "html");
    let li = |id: &str| {
        let at = html.find(&format!("<li class=\"st\" id=\"{id}\"")).unwrap();
        html[at..at + html[at..].find("</li>").unwrap()].to_string()
    };
    assert!(
        li(NEAR).contains(&format!(
            "<span class=\"closest\">closest: <a href=\"#{NEAR_TO}\">{NEAR_TO}</a> 0."
        )),
        "{}",
        li(NEAR)
    );
    assert!(html.contains(&format!("id=\"{NEAR_TO}\"")), "the hint's target is an anchor");
    assert!(!li(UNRELATED).contains("closest"), "{}", li(UNRELATED));
}

#[test]
fn the_hint_escapes_statement_ids() {
    // Ids given in YAML are the readout's own: markup in one must stay text in the hint.
    let s = Scratch::new();
    s.write("left.yaml", LEFT);
    // No spaces: an id with spaces is warned about (and the warning is not what this tests).
    let evil_id = "<b/onclick=x>B2</b>";
    let right = RIGHT.replacen(
        "  - The ministers agreed to open a joint customs office",
        &format!(
            "  - id: '{evil_id}'\n    text: The ministers agreed to open a joint customs office"
        ),
        1,
    );
    s.write("right.yaml", right);
    let md = s.run(&["compare", "left.yaml", "right.yaml", "--format", "markdown"]);
    md.assert_ok();
    let item = md.stdout.lines().find(|l| l.starts_with(&format!("- `{NEAR}` "))).unwrap();
    assert!(item.contains("*(closest: ") && !item.contains("<b/onclick"), "{item}");
    let html = s.run(&["compare", "left.yaml", "right.yaml", "--format", "html"]);
    html.assert_ok();
    assert!(!html.stdout.contains("<b/onclick"), "raw markup from an id reached the page");
    assert!(html.stdout.contains("closest: <a href=\"#&lt;b"), "the hint links the escaped id");
}

/// Each statement's point in the JSON `points` list, by (readout, id).
fn point_of(json: &Value) -> HashMap<(u64, String), usize> {
    let mut out = HashMap::new();
    for (k, p) in json["points"].as_array().unwrap().iter().enumerate() {
        for c in p["cells"].as_array().unwrap() {
            for id in c["statements"].as_array().unwrap() {
                out.insert((c["readout"].as_u64().unwrap(), id.as_str().unwrap().to_string()), k);
            }
        }
    }
    out
}

#[test]
fn points_and_pairs_agree_on_the_trilateral_sample() {
    let ev = Path::new(env!("CARGO_MANIFEST_DIR")).join("readouts/2026-09-10-trilateral-summit");
    let json = Scratch::new().run(&["compare", ev.to_str().unwrap(), "--format", "json"]).json();
    let point = point_of(&json);
    let points = json["points"].as_array().unwrap();
    for c in json["comparisons"].as_array().unwrap() {
        let (l, r) = (c["left"].as_u64().unwrap(), c["right"].as_u64().unwrap());
        // Every link of a pair joins statements of one point...
        for link in c["links"].as_array().unwrap() {
            let mut ps: Vec<usize> = Vec::new();
            for (side, rd) in [("left", l), ("right", r)] {
                for id in link[side].as_array().unwrap() {
                    ps.push(point[&(rd, id.as_str().unwrap().to_string())]);
                }
            }
            ps.dedup();
            assert_eq!(ps.len(), 1, "a link across points: {link}");
        }
        // (Two statements may still share a point through a third readout without a link of
        // their own pair, so an only-in statement of a pair may share a point with the other
        // readout: that is not a disagreement about a link.)
    }
    // The case that prompted this: KG6 is a point only KG reports, in the table and the pair.
    let kg6 = &points[point[&(0, "KG6".to_string())]];
    assert_eq!(kg6["in"], 1, "{kg6}");
    let only: Vec<&str> = json["comparisons"][0]["only_left"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(only.contains(&"KG6"), "{only:?}");
}
