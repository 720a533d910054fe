//! Speakers on texts written the way real readouts are, through the binary: no speaker invented
//! from a capitalised word, sides kept as sides, several named parties kept together, a side's
//! demand of the other side kept in the speaker's voice, event aliases resolved, and a readout in
//! another language said to have no speakers read rather than silently given none.

use crate::common::Scratch;
use serde_json::Value;

/// Alvor's account, written for these tests (fictional states and people).
const ALVOR: &str = "\
---
source: Alvor Presidency
---

Alvorian President Tomas Dorn held talks with Bresk Premier Ana Mirel in Selm. The ministers \
held talks on grain exports via Odesa and agreed to meet again in July.

Alvorian Envoy Lena Varga on Friday urged both sides to keep the Harrow corridor open.

National security requires clear boundaries.

Dorn and Mirel discussed the Harrow corridor. Alvor and Bresk agreed to open a joint customs post.

Alvorian Secretary of State Rena Holt met Bresk Foreign Minister Oskar Vell in Lisk. The \
Secretary and the Foreign Minister agreed to meet again in Selm.

Dorn said that the corridor will double its capacity. The Bresk side should abide by its \
commitments on transit fees.

The Bresk side must stop the new tariffs.

A spokesperson for the Bresk Foreign Ministry said that the tariffs are temporary. The Bresk side \
believes that transit fees are fair. Bresk believes that the tariffs are lawful.

The President and the Chairman discussed energy prices.
";

/// Bresk's account: the same opening and the same Odesa sentence.
const BRESK: &str = "\
---
source: Bresk Cabinet
---

Premier Ana Mirel met President Tomas Dorn of Alvor in Selm. The ministers held talks on grain \
exports via Odesa and agreed to meet again in July.
";

const EVENT: &str = "\
title: Talks in Selm
participants:
  - name: Tomas Dorn
    side: Alvor Presidency
    aliases: [the President]
  - name: Ana Mirel
    side: Bresk Cabinet
    aliases: [the Chairman]
";

fn scratch(event: bool) -> Scratch {
    let s = Scratch::new();
    s.write("ev/alvor.md", ALVOR);
    s.write("ev/bresk.md", BRESK);
    if event {
        s.write("ev/event.yaml", EVENT);
    }
    s
}

fn json(event: bool) -> Value {
    scratch(event).run(&["compare", "ev", "--format", "json"]).json()
}

/// The speaker of the statement that starts with `start`.
fn speaker<'a>(j: &'a Value, start: &str) -> &'a Value {
    let all =
        j["readouts"].as_array().unwrap().iter().flat_map(|r| r["statements"].as_array().unwrap());
    let mut found = all.filter(|s| s["text"].as_str().unwrap().starts_with(start));
    let st = found.next().unwrap_or_else(|| panic!("no statement starts {start:?}"));
    &st["speaker"]
}

fn members(sp: &Value) -> Vec<&str> {
    sp["members"]
        .as_array()
        .map_or(vec![], |m| m.iter().map(|x| x["name"].as_str().unwrap()).collect())
}

#[test]
fn no_speaker_is_invented_from_a_capitalised_word() {
    let j = json(false);
    // "… via Odesa and agreed …": the subject is the ministers, never "Odesa and".
    let odesa = speaker(&j, "The ministers held talks on grain exports");
    assert_ne!(odesa["kind"], "person", "{odesa}");
    assert!(!odesa.to_string().contains("Odesa"), "{odesa}");
    // A day between the subject and its verb is not the speaker.
    let friday = speaker(&j, "Alvorian Envoy Lena Varga on Friday");
    assert_eq!(friday["kind"], "person");
    assert_eq!(friday["name"], "Lena Varga");
    // A capitalised common noun opening a sentence is no one.
    assert_eq!(speaker(&j, "National security requires")["kind"], "unattributed");
    // So the correct link between the two Odesa sentences is not flagged.
    let links = j["comparisons"][0]["links"].as_array().unwrap();
    let odesa_link = links
        .iter()
        .find(|l| l["diff"].to_string().contains("Odesa"))
        .expect("the Odesa sentences are linked");
    assert_eq!(odesa_link["speakers_differ"], false, "{odesa_link}");
}

#[test]
fn sides_stay_sides_and_a_spokesperson_speaks_for_the_side() {
    let j = json(false);
    for start in [
        "A spokesperson for the Bresk",
        "The Bresk side believes",
        "Bresk believes that the tariffs",
    ] {
        let sp = speaker(&j, start);
        assert_eq!(sp["kind"], "side", "{start}: {sp}");
        assert!(sp["name"].as_str().unwrap().contains("Bresk"), "{start}: {sp}");
    }
}

#[test]
fn several_named_parties_are_all_of_them_not_the_last_one() {
    let j = json(false);
    let leaders = speaker(&j, "Dorn and Mirel discussed");
    assert_eq!(leaders["kind"], "group", "{leaders}");
    assert_eq!(members(leaders), ["Tomas Dorn", "Ana Mirel"]);
    let states = speaker(&j, "Alvor and Bresk agreed");
    assert_eq!(states["kind"], "group", "{states}");
    let kinds: Vec<&Value> =
        states["members"].as_array().unwrap().iter().map(|m| &m["kind"]).collect();
    assert_eq!(kinds, ["side", "side"], "countries are sides: {states}");
    // Two offices, each resolved to who the texts say holds it.
    let offices = speaker(&j, "The Secretary and the Foreign Minister");
    assert_eq!(members(offices), ["Rena Holt", "Oskar Vell"], "{offices}");
}

#[test]
fn an_event_alias_resolves_to_its_participant() {
    let j = json(true);
    let sp = speaker(&j, "The President and the Chairman");
    assert_eq!(sp["kind"], "group", "{sp}");
    assert_eq!(
        members(sp),
        ["Tomas Dorn", "Ana Mirel"],
        "the President and the Chairman are two people"
    );
    // Without the event file the Chairman is not known to be anyone in particular.
    let bare = json(false);
    assert_ne!(
        members(speaker(&bare, "The President and the Chairman")),
        ["Tomas Dorn", "Ana Mirel"]
    );
}

#[test]
fn a_demand_of_the_other_side_is_the_speakers_not_that_sides() {
    let j = json(false);
    // After "Dorn said …" in the same paragraph: Dorn's demand of Bresk.
    let demand = speaker(&j, "The Bresk side should abide");
    assert_eq!(demand["kind"], "person", "{demand}");
    assert_eq!(demand["name"], "Tomas Dorn");
    // With no one speaking before it: no one, and never the Bresk side.
    assert_eq!(speaker(&j, "The Bresk side must stop")["kind"], "unattributed");
}

#[test]
fn a_readout_in_another_language_says_its_speakers_were_not_read() {
    let s = Scratch::new();
    s.write("a.md", "---\nsource: Alvor Presidency\nlanguage: fr\n---\n\nLe président Tomas Dorn a déclaré que le corridor restera ouvert.\n");
    s.write("b.md", BRESK);
    let j = s.run(&["compare", "a.md", "b.md", "--format", "json"]).json();
    assert_eq!(j["readouts"][0]["speakers_detected"], false);
    assert!(j["readouts"][1].get("speakers_detected").is_none(), "English is read");
    for st in j["readouts"][0]["statements"].as_array().unwrap() {
        assert_eq!(st["speaker"]["kind"], "unattributed");
    }
    let run = s.run(&["compare", "a.md", "b.md", "--color", "never"]);
    run.assert_ok();
    assert!(
        run.stdout
            .contains("speakers not detected: speaker patterns read English only (language: fr)"),
        "{}",
        run.stdout
    );
}
