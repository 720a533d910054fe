//! `readout check` on claims written as news coverage writes them: other translations of a
//! sentence, re-wordings against changed meaning (modals, objects, quantifiers, evaluative and
//! trend words), short claims, government-body names as attributions, a speaker swapped, YAML
//! claims on standard input, and evidence no wider than the statements that hold a claim. The
//! readouts are illustrations written for these tests.

use crate::common::Scratch;
use serde_json::Value;

/// Two illustrative readouts of one phone call, named the way news coverage names the bodies
/// that issue them: the Indian readout as "Government of India", the Russian one as "Kremlin".
const INDIA: &str = "---\nsource: Government of India\n---\n\n\
Prime Minister Arun Mehra spoke by telephone with President Pavel Orlov.\n\n\
During the hour-long conversation, the two leaders discussed a full range of issues of bilateral trade.\n\n\
The leaders agreed that all parties should work for the stabilization of the situation in the region.\n\n\
Mehra said that the other side should conduct itself properly and make the right choice on the question of the canal.\n\n\
The talks were friendly and covered energy, fisheries and the new rail corridor.\n\n\
The minister rejected the proposal for a joint naval patrol in the northern waters.\n\n\
Both sides must respect the agreements reached on the border, Mehra stressed.\n";

const KREMLIN: &str = "---\nsource: Kremlin\n---\n\n\
Pavel Orlov had a telephone conversation with Prime Minister of India Arun Mehra.\n\n\
Topical issues of bilateral relations, developing steadily in the spirit of a special partnership, were touched upon.\n\n\
Orlov said that Russia does not seek a new cold war with anyone.\n\n\
Mehra said that trade between the two countries is growing and will expand further next year.\n\n\
The parties agreed to hold the next round of consultations in Delhi in May.\n";

/// The JSON report of a `check` run, which exits 1 when a claim is not borne out.
fn parse(r: &crate::common::Run) -> Value {
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// Checks a YAML claims text against the two readouts; the JSON result of every claim.
fn check(claims: &str) -> Vec<Value> {
    check_against(&[("india.md", INDIA), ("kremlin.md", KREMLIN)], claims)
}

/// Checks a YAML claims text against readouts written to an event folder (file name, text).
fn check_against(readouts: &[(&str, &str)], claims: &str) -> Vec<Value> {
    let s = Scratch::new();
    for (name, text) in readouts {
        s.write(&format!("ev/{name}"), text);
    }
    let c = s.write("claims.yaml", claims);
    let r = s.run(&["check", c.to_str().unwrap(), "--against", "ev", "--format", "json"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    parse(&r)["claims"].as_array().unwrap().clone()
}

/// One claim, with an optional attribution.
fn one(text: &str, attributed_to: Option<&str>) -> Value {
    let attr = attributed_to.map(|a| format!("\n    attributed_to: \"{a}\"")).unwrap_or_default();
    check(&format!("claims:\n  - text: \"{text}\"{attr}\n")).remove(0)
}

fn verdict(c: &Value) -> &str {
    c["verdict"].as_str().unwrap()
}

fn differences(c: &Value) -> String {
    c["evidence"]["differences"].as_array().map_or(String::new(), |d| {
        d.iter().map(|x| x.as_str().unwrap_or_default()).collect::<Vec<_>>().join(" | ")
    })
}

fn statements(c: &Value) -> Vec<String> {
    c["evidence"]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn another_translation_of_a_sentence_is_never_absent() {
    let c = one(
        "Mehra said that the other side should act accordingly and make the right choice on the question of the canal",
        None,
    );
    assert!(matches!(verdict(&c), "close" | "altered"), "{c}");
    assert_eq!(statements(&c), ["GI4"], "{c}");
    assert!(differences(&c).contains("'act accordingly'"), "{c}");
}

#[test]
fn a_re_translation_keeping_every_meaning_word_is_close() {
    let c = one(
        "During the hour-long talk, the two leaders discussed the entire complex of issues of bilateral trade",
        None,
    );
    assert_eq!(verdict(&c), "close", "{c}");
    assert!(differences(&c).contains("'the entire complex' vs 'a full range'"), "{c}");
}

#[test]
fn a_changed_modal_or_object_is_altered() {
    let c =
        one("Both sides should respect the agreements reached on the border, Mehra stressed", None);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("modality changed: 'should' vs 'must'"), "{c}");
    // "energy" is a thing the readout speaks of elsewhere: put for "naval", another object.
    let c = one(
        "The minister rejected the proposal for a joint energy patrol in the northern waters",
        None,
    );
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("object changed: 'energy' vs 'naval'"), "{c}");
}

#[test]
fn a_government_body_name_resolves_to_its_side() {
    let kremlin_words = "Topical issues of bilateral relations, developing steadily in the spirit of a special partnership, were touched upon";
    // MEA is India's foreign ministry: the words are the Kremlin's, so they are misattributed.
    let c = one(kremlin_words, Some("the MEA statement"));
    assert_eq!(verdict(&c), "misattributed", "{c}");
    assert_eq!(c["attributed_sources"], serde_json::json!(["Government of India"]), "{c}");
    // TASS is Russian state media: the Kremlin's side.
    let c = one(kremlin_words, Some("TASS"));
    assert_eq!(verdict(&c), "verbatim", "{c}");
    assert_eq!(c["attributed_sources"], serde_json::json!(["Kremlin"]), "{c}");
    // A body of a side none of the readouts is from is reported as such.
    let c = one(kremlin_words, Some("Xinhua"));
    assert_eq!(verdict(&c), "verbatim", "{c}");
    let note = c["note"].as_str().unwrap();
    assert!(note.contains("names the side of China, which none of the readouts"), "{note}");
    // A name that is no side at all is reported too.
    let c = one(kremlin_words, Some("a wire report"));
    assert!(c["note"].as_str().unwrap().contains("nor a government body"), "{c}");
}

#[test]
fn a_readouts_own_aliases_extend_the_body_names() {
    let s = Scratch::new();
    s.write(
        "ev/india.md",
        INDIA.replace(
            "source: Government of India",
            "source: Government of India\naliases: [South Bloc readout]",
        ),
    );
    s.write("ev/kremlin.md", KREMLIN);
    let c = s.write(
        "c.yaml",
        "claims:\n  - text: Orlov said that Russia does not seek a new cold war with anyone\n    attributed_to: the South Bloc readout\n",
    );
    let r = s.run(&["check", c.to_str().unwrap(), "--against", "ev", "--format", "json"]);
    let c = &parse(&r)["claims"][0];
    assert_eq!(verdict(c), "misattributed", "{c}");
}

#[test]
fn quantifiers_evaluatives_and_trends_reverse_meaning() {
    let cases = [
        (
            "The leaders agreed that some parties should work for the stabilization of the situation in the region",
            "opposite sense: 'some' vs 'all'",
        ),
        (
            "The leaders agreed that all parties should work for the deterioration of the situation in the region",
            "opposite sense: 'deterioration' vs 'stabilization'",
        ),
        (
            "The talks were candid and covered energy, fisheries and the new rail corridor",
            "opposite sense: 'candid' vs 'friendly'",
        ),
    ];
    for (claim, why) in cases {
        let c = one(claim, None);
        assert_eq!(verdict(&c), "altered", "{claim}: {c}");
        assert!(differences(&c).contains(why), "{claim}: {c}");
    }
}

#[test]
fn a_short_claim_with_one_word_changed_is_found() {
    let c = one("The minister accepted the proposal", None);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("opposite sense: 'accepted' vs 'rejected'"), "{c}");
    assert_eq!(statements(&c), ["GI6"], "{c}");
}

#[test]
fn a_speaker_swap_is_named_and_the_evidence_is_one_statement() {
    let c = one("Mehra said that Russia does not seek a new cold war with anyone", None);
    assert_eq!(verdict(&c), "altered", "{c}");
    let d = differences(&c);
    assert!(d.contains("name changed: 'Mehra' vs 'Orlov'"), "{c}");
    assert!(!d.contains("negation"), "{c}");
    assert_eq!(statements(&c), ["K3"], "{c}");
}

#[test]
fn places_and_months_are_matched_where_they_stand() {
    let c =
        one("The parties agreed to hold the next round of consultations in Moscow in May", None);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("'Moscow' vs 'Delhi'"), "{c}");
    let c =
        one("The parties agreed to hold the next round of consultations in Delhi in June", None);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("number changed: 'June' vs 'May'"), "{c}");
}

#[test]
fn yaml_claims_on_standard_input_are_read_as_claims() {
    let s = Scratch::new();
    s.write("ev/india.md", INDIA);
    s.write("ev/kremlin.md", KREMLIN);
    let yaml = "# claims from an article\nclaims:\n  - text: The minister rejected the proposal for a joint naval patrol\n    attributed_to: Kremlin\n";
    let r = s.run_stdin(&["check", "-", "--against", "ev", "--format", "json"], yaml);
    let c = &parse(&r)["claims"][0];
    assert_eq!(c["attributed_to"], "Kremlin", "{c}");
    assert_eq!(verdict(c), "misattributed", "{c}");
    // An article on standard input is still an article.
    let article =
        "The Kremlin said: \"Orlov said that Russia does not seek a new cold war with anyone.\"\n";
    let r = s.run_stdin(&["check", "-", "--against", "ev", "--format", "json"], article);
    assert_eq!(verdict(&parse(&r)["claims"][0]), "verbatim", "{}", r.stdout);
}

// ---- Evidence is the smallest span that supports the verdict ----

/// An illustrative readout in which a neighbour two statements before the one that says a point
/// shares its opening words ("the ferry line"), and the point's statement says them last.
const FERRY: &str = "---\nsource: Tarvian Foreign Ministry\n---\n\n\
Minister Ilse Sela and Foreign Minister Lena Okafor discussed the ferry line and the fisheries talks.\n\n\
They exchanged views on relations between the two countries.\n\n\
Sela said that Tarvia will open the new passenger terminal at Halvik next summer, as agreed on the ferry line.\n\n\
Okafor said the coast guards of both countries would hold a joint exercise in the autumn.\n";

/// Checks one claim against the ferry readout alone.
fn against_ferry(text: &str) -> Value {
    let s = Scratch::new();
    s.write("ferry.md", FERRY);
    let c = s.write("claims.yaml", format!("claims:\n  - text: \"{text}\"\n"));
    let r = s.run(&["check", c.to_str().unwrap(), "--against", "ferry.md", "--format", "json"]);
    parse(&r)["claims"][0].clone()
}

#[test]
fn a_claim_one_statement_holds_has_that_statement_alone_as_evidence() {
    // The alignment runs the place back to the neighbour for "On the ferry line"; the third
    // statement holds those words too, so the neighbour and the statement between go.
    let c = against_ferry(
        "On the ferry line, Sela said that Tarvia will open the new passenger terminal at Halvik next summer",
    );
    assert_eq!(verdict(&c), "close", "{c}");
    assert_eq!(statements(&c), ["TFM3"], "{c}");
    let spans = c["evidence"]["spans"].as_array().unwrap();
    assert!(spans.iter().all(|s| s["statement"] == "TFM3"), "{c}");
    let quote = c["evidence"]["quote"].as_str().unwrap();
    assert!(!quote.contains("fisheries") && !quote.contains("exchanged views"), "{c}");
}

#[test]
fn a_claim_spanning_two_statements_keeps_both() {
    let c = against_ferry(
        "Sela said that Tarvia will open the new passenger terminal at Halvik next summer. Okafor said the coast guards of both countries would hold a joint exercise",
    );
    assert_eq!(verdict(&c), "close", "{c}");
    assert_eq!(statements(&c), ["TFM3", "TFM4"], "{c}");
}

/// The claim, against the readouts' "agreed to hold the next round of consultations", is
/// `altered` for the reason given, with that statement alone as evidence.
fn assert_held_meeting_reversed(claim: &str, why: &str) {
    let c = one(claim, None);
    assert_eq!(verdict(&c), "altered", "{claim}: {c}");
    assert!(differences(&c).contains(why), "{claim}: {c}");
    assert_eq!(statements(&c), ["K5"], "{claim}: {c}");
}

#[test]
fn a_meeting_called_off_is_not_the_meeting_held() {
    // The swapped verb alone tells the claim from the readout; the statement holding the
    // meeting is the whole evidence, without the neighbour the alignment runs into.
    for (claim, why) in [
        (
            "The parties agreed to cancel the next round of consultations in Delhi in May",
            "opposite sense: 'cancel' vs 'hold'",
        ),
        (
            "The parties agreed to postpone the next round of consultations in Delhi in May",
            "opposite sense: 'postpone' vs 'hold'",
        ),
    ] {
        assert_held_meeting_reversed(claim, why);
    }
    let c =
        against_ferry("Okafor said the coast guards of both countries cancelled a joint exercise");
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("opposite sense: 'cancelled' vs 'hold'"), "{c}");
    assert_eq!(statements(&c), ["TFM4"], "{c}");
}

/// An illustrative readout that says, in phrasal verbs, that things did not take place.
const CALLED_OFF: &str = "---\nsource: Tarvian Foreign Ministry\n---\n\n\
Minister Ilse Sela said the two governments called off the planned visit to Halvik.\n\n\
Okafor said the two countries broke off talks on the fisheries zone.\n\n\
Sela said the coast guards set off on a joint patrol of the northern waters.\n";

#[test]
fn a_phrasal_verb_of_the_opposite_sense_is_caught() {
    // A phrasal verb is its verb and particle, its object between them or not; each way round.
    for (claim, why) in [
        (
            "The parties agreed to call off the next round of consultations in Delhi in May",
            "opposite sense: 'call off' vs 'hold'",
        ),
        (
            "The parties agreed to put the next round of consultations off",
            "opposite sense: 'put off' vs 'hold'",
        ),
        (
            "The parties pulled out of the next round of consultations in Delhi in May",
            "opposite sense: 'pulled out' vs 'hold'",
        ),
    ] {
        assert_held_meeting_reversed(claim, why);
    }
    let s = Scratch::new();
    s.write("t.md", CALLED_OFF);
    let claims = "claims:\n\
  - text: Minister Ilse Sela said the two governments held the planned visit to Halvik\n\
  - text: Okafor said the two countries restored talks on the fisheries zone\n\
  - text: Minister Ilse Sela said the two governments called the planned visit off\n";
    let f = s.write("claims.yaml", claims);
    let r = s.run(&["check", f.to_str().unwrap(), "--against", "t.md", "--format", "json"]);
    let got = parse(&r)["claims"].as_array().unwrap().clone();
    assert_eq!(verdict(&got[0]), "altered", "{}", got[0]);
    assert!(differences(&got[0]).contains("opposite sense: 'held' vs 'called off'"), "{}", got[0]);
    assert_eq!(verdict(&got[1]), "altered", "{}", got[1]);
    assert!(differences(&got[1]).contains("'restored' vs 'broke off'"), "{}", got[1]);
    // The particle moved after the object is the same phrasal verb, not its opposite.
    assert_eq!(verdict(&got[2]), "close", "{}", got[2]);
}

#[test]
fn keeping_a_thing_going_is_not_ending_it() {
    let s = Scratch::new();
    s.write(
        "t.md",
        "---\nsource: Tarvian Foreign Ministry\n---\n\n\
         The ministers agreed to maintain channels of communication between the two coast guards.\n",
    );
    let f = s.write(
        "claims.yaml",
        "claims:\n\
  - text: The ministers agreed to cut channels of communication between the two coast guards\n\
  - text: The ministers agreed to suspend channels of communication between the two coast guards\n\
  - text: The ministers agreed to keep channels of communication between the two coast guards\n",
    );
    let r = s.run(&["check", f.to_str().unwrap(), "--against", "t.md", "--format", "json"]);
    let got = parse(&r)["claims"].as_array().unwrap().clone();
    for (c, word) in got.iter().zip(["cut", "suspend"]) {
        assert_eq!(verdict(c), "altered", "{c}");
        let why = format!("opposite sense: '{word}' vs 'maintain'");
        assert!(differences(c).contains(&why), "{c}");
    }
    // A word of the same side is another wording, not the opposite.
    assert_eq!(verdict(&got[2]), "close", "{}", got[2]);
}

/// An illustrative readout in which the speaker is named by office and a country's name stands
/// where a claim would put the person's.
const SECRETARY: &str = "---\nsource: Tarvian Foreign Ministry\n---\n\n\
Secretary Ana Reyes spoke today with Minister Ilse Sela of Valmora.\n\n\
Secretary Reyes emphasized that the administration will pursue a relationship that advances Tarvian interests.\n\n\
The Secretary also stressed the United States' commitment to our allies in the region and serious concern over Valmora's coercive actions against Kestria and in the Northern Sea.\n";

/// Checks claims (one per line) against the SECRETARY readout.
fn against_secretary(claims: &[&str]) -> Vec<Value> {
    let s = Scratch::new();
    s.write("t.md", SECRETARY);
    let yaml: String = claims.iter().map(|c| format!("  - text: \"{c}\"\n")).collect();
    let f = s.write("claims.yaml", format!("claims:\n{yaml}"));
    let r = s.run(&["check", f.to_str().unwrap(), "--against", "t.md", "--format", "json"]);
    parse(&r)["claims"].as_array().unwrap().clone()
}

#[test]
fn a_person_against_a_country_is_not_a_name_swapped() {
    // The readout names Reyes by office; "United" in its place is a country's name, not
    // another person's.
    let claim = "Reyes raised serious concern over Valmora's coercive actions against Kestria";
    let c = &against_secretary(&[claim])[0];
    assert_eq!(c["evidence"]["statements"][0], "TFM3", "{c}");
    assert!(!differences(c).contains("name changed"), "{c}");
    // A place against another place is: the readout's "Washington" in the capital's group,
    // "Kestria" a name it only writes.
    let claim = "serious concern over Valmora's coercive actions against Washington";
    let c = &against_secretary(&[claim])[0];
    assert_eq!(verdict(c), "altered", "{c}");
    assert!(differences(c).contains("name changed: 'Washington' vs 'Kestria'"), "{c}");
}

#[test]
fn a_claim_opening_as_its_statement_does_is_quoted_from_the_start() {
    // The changed verb ("set off" for "agreed to hold") is shorter than the readout's, so the
    // words taken in for it stop one short of "The": the quote must not start at "parties",
    // nor the differences list "The" as a word the claim added.
    for claim in [
        "The parties set off the next round of consultations in Delhi in May",
        "The parties called off the next round of consultations in Delhi in May",
    ] {
        let c = one(claim, None);
        let quote = c["evidence"]["quote"].as_str().unwrap();
        assert!(quote.starts_with("The parties agreed to hold"), "{claim}: {c}");
        assert!(!differences(&c).contains("'The' added"), "{claim}: {c}");
    }
}

#[test]
fn other_particles_are_not_the_phrasal_opposite() {
    // "called on", "put forward", "set off" share a verb with a listed phrasal verb, not its sense.
    for claim in [
        "The parties called on each other to hold the next round of consultations in Delhi in May",
        "The parties agreed to put forward the next round of consultations in Delhi in May",
        "The parties set off the next round of consultations in Delhi in May",
    ] {
        let c = one(claim, None);
        assert!(!differences(&c).contains("opposite sense"), "{claim}: {c}");
        assert_eq!(verdict(&c), "close", "{claim}: {c}");
    }
    let s = Scratch::new();
    s.write("t.md", CALLED_OFF);
    let f = s.write(
        "claims.yaml",
        "claims:\n  - text: Sela said the coast guards held a joint patrol of the northern waters\n",
    );
    let r = s.run(&["check", f.to_str().unwrap(), "--against", "t.md", "--format", "json"]);
    let c = parse(&r)["claims"][0].clone();
    assert!(!differences(&c).contains("opposite sense"), "{c}");
}

#[test]
fn another_time_is_a_change_and_the_evidence_finishes_its_phrase() {
    let c = one(
        "trade between the two countries is growing and will expand further next month",
        Some("Kremlin"),
    );
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("time changed: 'month' vs 'year'"), "{c}");
    // The readout's words for the claim's last, changed ones run on to the end of their clause:
    // the evidence does not stop at "issues of bilateral".
    let c = one("the two leaders discussed a full range of issues last week", None);
    let quote = c["evidence"]["quote"].as_str().unwrap();
    assert!(quote.ends_with("issues of bilateral trade"), "{c}");
    // A time the readout does not give is no detail left out: it is the claim's own.
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("time not in the readout: 'last week'"), "{c}");
    // Words of time that say no time are not one.
    let c = one("the two leaders discussed a full range of issues for the future", None);
    assert!(!differences(&c).contains("time not in the readout"), "{c}");
}

/// Two illustrative accounts of one point in other words: one "raise", the other "bring".
const RAISE: &str = "---\nsource: Presidency of Norland\n---\n\n\
The two leaders agreed to raise bilateral trade to 60 billion U.S. dollars by 2030.\n";
const BRING: &str = "---\nsource: Kastell\n---\n\n\
The presidents agreed to bring bilateral trade to 60 billion U.S. dollars by 2030.\n";

#[test]
fn a_word_one_readout_contradicts_is_no_rewording_of_the_others() {
    let claim = "The two leaders agreed to cut bilateral trade to 60 billion U.S. dollars by 2030";
    let got = check_against(
        &[("norland.md", RAISE), ("kastell.md", BRING)],
        &format!(
            "claims:\n  - text: \"{claim}\"\n    attributed_to: Presidency of Norland\n  \
             - text: \"{claim}\"\n    attributed_to: Kastell\n"
        ),
    );
    // Norland says the opposite: altered there, not "misattributed" to Kastell's "bring".
    assert_eq!(verdict(&got[0]), "altered", "{}", got[0]);
    assert!(differences(&got[0]).contains("opposite sense: 'cut' vs 'raise'"), "{}", got[0]);
    // Against Kastell's own wording it is altered too, and says why.
    assert_eq!(verdict(&got[1]), "altered", "{}", got[1]);
    assert!(
        differences(&got[1]).contains("opposite sense in Presidency of Norland: 'cut' vs 'raise'"),
        "{}",
        got[1]
    );
}
