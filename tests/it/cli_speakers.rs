//! Who said what, through the binary: each statement's speaker in JSON, links flagged when the
//! two readouts give a point to different speakers, and the per-speaker summary in every format.

use crate::common::Scratch;
use serde_json::Value;

/// Illustrative readouts written for this test. The Alvor side puts the port point in Dorn's
/// mouth; Bresk reports it unattributed. Both give the grain point to Dorn. Only Alvor reports
/// the sanctions point, which it gives to Mirel.
const ALVOR: &str = "\
---
source: Alvor Presidency
---

Alvorian President Tomas Dorn held a telephone conversation with Bresk Premier Ana Mirel.

Dorn said that the Saltmere port upgrade will be finished by 2028.

According to Dorn, grain exports through the Harrow corridor will double next year. He added that \
customs checks at Harrow will be cut to one day.

Mirel condemned the unilateral sanctions imposed by the Varn League.
";

const BRESK: &str = "\
---
source: Bresk Cabinet
---

Premier Ana Mirel spoke by telephone with President Tomas Dorn of Alvor.

The Saltmere port upgrade is to be finished by 2028.

Dorn said that grain exports through the Harrow corridor would double next year.

The two leaders agreed to meet again in the autumn.
";

fn scratch() -> Scratch {
    let s = Scratch::new();
    s.write("alvor.md", ALVOR);
    s.write("bresk.md", BRESK);
    s
}

fn json() -> Value {
    scratch().run(&["compare", "alvor.md", "bresk.md", "--format", "json"]).json()
}

fn speaker<'a>(j: &'a Value, readout: usize, id: &str) -> &'a Value {
    let sts = j["readouts"][readout]["statements"].as_array().unwrap();
    &sts.iter().find(|s| s["id"] == id).unwrap_or_else(|| panic!("no {id}"))["speaker"]
}

fn link_with<'a>(j: &'a Value, left_id: &str) -> &'a Value {
    let links = j["comparisons"][0]["links"].as_array().unwrap();
    links
        .iter()
        .find(|l| l["left"].as_array().unwrap().iter().any(|x| x == left_id))
        .unwrap_or_else(|| panic!("no link for {left_id}: {links:?}"))
}

#[test]
fn every_statement_names_its_speaker() {
    let j = json();
    // narration of the call: no one speaks
    assert_eq!(speaker(&j, 0, "AP1")["kind"], "unattributed");
    // "Dorn said that …", "According to Dorn, …", "He added …"
    for id in ["AP2", "AP3", "AP4"] {
        assert_eq!(speaker(&j, 0, id)["kind"], "person", "{id}");
        assert_eq!(
            speaker(&j, 0, id)["name"],
            "Tomas Dorn",
            "{id}: the fullest name the texts use"
        );
    }
    assert_eq!(speaker(&j, 0, "AP4")["written"], "Dorn", "the pronoun carries the speaker");
    assert_eq!(speaker(&j, 0, "AP5")["name"], "Ana Mirel");
    assert_eq!(speaker(&j, 1, "BC2")["kind"], "unattributed");
    assert_eq!(speaker(&j, 1, "BC4")["kind"], "both");
}

#[test]
fn links_flag_points_given_to_different_speakers() {
    let j = json();
    let port = link_with(&j, "AP2");
    assert_eq!(port["right"][0], "BC2");
    assert_eq!(port["speakers_differ"], true, "Dorn against no one");
    let grain = link_with(&j, "AP3");
    assert!(grain["right"].as_array().unwrap().iter().any(|x| x == "BC3"));
    assert_eq!(grain["speakers_differ"], false, "Dorn on both sides");
}

#[test]
fn the_summary_says_what_the_other_side_does_with_each_speakers_points() {
    let j = json();
    let speakers = j["comparisons"][0]["speakers"].as_array().unwrap();
    let dorn = speakers.iter().find(|s| s["speaker"] == "Tomas Dorn").expect("Dorn");
    let left = &dorn["sides"]["left"];
    assert!(left["statements"].as_array().unwrap().iter().any(|x| x == "AP2"));
    assert_eq!(left["unattributed"], serde_json::json!(["AP2"]));
    let mirel = speakers.iter().find(|s| s["speaker"] == "Ana Mirel").expect("Mirel");
    assert_eq!(mirel["sides"]["left"]["omitted"], serde_json::json!(["AP5"]));
    assert_eq!(mirel["sides"]["right"]["statements"], serde_json::json!([]));
}

#[test]
fn terminal_markdown_and_html_show_who_said_what() {
    let s = scratch();
    let term = s.run(&["compare", "alvor.md", "bresk.md", "--color", "never"]);
    term.assert_ok();
    assert!(
        term.stdout.contains("≠ speakers differ: AP Tomas Dorn · BC unattributed"),
        "{}",
        term.stdout
    );
    assert!(term.stdout.contains("Who said what"));
    assert!(term.stdout.contains("Bresk Cabinet attributes AP2 to no one"), "{}", term.stdout);
    let md = s.run(&["compare", "alvor.md", "bresk.md", "--format", "markdown"]);
    md.assert_ok();
    assert!(md.stdout.contains("<br>— said by Tomas Dorn"));
    assert!(md.stdout.contains("## Who said what"));
    let html = s.run(&["compare", "alvor.md", "bresk.md", "--format", "html"]);
    html.assert_ok();
    assert!(html.stdout.contains("<p class=\"said\">said by Tomas Dorn</p>"));
    assert!(html.stdout.contains("<span class=\"speakers-mark\">≠ speakers</span>"));
    assert!(html.stdout.contains("<table class=\"speakers\">"));
}
