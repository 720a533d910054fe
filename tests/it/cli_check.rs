//! `readout check` end to end: the binary on fixtures written into a temporary folder, and on the
//! bundled samples in `readouts/`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_readout");

/// Two fictional readouts of one meeting, with an event.yaml naming the participants.
fn event() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ev = dir.path().join("event");
    std::fs::create_dir(&ev).unwrap();
    std::fs::write(
        ev.join("aldoria.md"),
        "---\nsource: Aldorian Foreign Ministry\naliases: [the Aldorian readout, Port Vell]\n---\n\n\
Foreign Minister Ilse Varga held talks with Foreign Secretary Tomas Brenn in Kelso on Monday.\n\n\
Varga said that the two countries should continue to support each other on issues of sovereignty \
and security. The sides agreed to extend the fishing accord for 30 days. Aldoria does not seek \
confrontation with any country.\n\n\
Varga stressed that the Aldorian side will increase grain exports to Brenmark. The talks must \
continue at the expert level, she said.\n",
    )
    .unwrap();
    std::fs::write(
        ev.join("brenmark.yaml"),
        "source: Brenmark Foreign Office\naliases: [Brenmark FO, the Brenmark readout]\ntext: |\n  \
Foreign Secretary Tomas Brenn met Aldorian Foreign Minister Ilse Varga in Kelso.\n\n  \
The Foreign Secretary raised concerns about the detention of two Brenmark journalists. Both \
ministers welcomed the reopening of the Kelso ferry line.\n",
    )
    .unwrap();
    std::fs::write(
        ev.join("event.yaml"),
        "title: Talks in Kelso\nparticipants:\n  - name: Ilse Varga\n    side: Aldorian Foreign Ministry\n    \
aliases: [Varga, the Aldorian minister]\n  - name: Tomas Brenn\n    side: Brenmark Foreign Office\n    \
aliases: [Brenn, the Foreign Secretary]\n",
    )
    .unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Runs `check --format json` on a claims file written into `dir` against its event folder.
fn check_json(dir: &Path, name: &str, claims: &str, extra: &[&str]) -> (Value, i32) {
    let path = write(dir, name, claims);
    let ev = dir.join("event");
    let mut args = vec![
        "check",
        path.to_str().unwrap(),
        "--against",
        ev.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend(extra);
    let out = run(&args);
    let code = out.status.code().unwrap();
    assert!(code == 0 || code == 1, "exit {code}: {}", String::from_utf8_lossy(&out.stderr));
    (serde_json::from_slice(&out.stdout).unwrap(), code)
}

/// One YAML claim, checked; returns its JSON result.
fn one(text: &str, attributed_to: Option<&str>) -> Value {
    let dir = event();
    let attr = attributed_to.map(|a| format!("\n    attributed_to: \"{a}\"")).unwrap_or_default();
    let yaml = format!("claims:\n  - text: \"{text}\"{attr}\n");
    let (v, _) = check_json(dir.path(), "c.yaml", &yaml, &[]);
    v["claims"][0].clone()
}

fn verdict(c: &Value) -> &str {
    c["verdict"].as_str().unwrap()
}

fn differences(c: &Value) -> String {
    c["evidence"]["differences"].to_string()
}

const ALDORIA: Option<&str> = Some("Aldorian Foreign Ministry");

#[test]
fn verbatim_quote_names_its_statement() {
    let c =
        one("should continue to support each other on issues of sovereignty and security", ALDORIA);
    assert_eq!(verdict(&c), "verbatim");
    assert_eq!(c["evidence"]["statement"], "AFM2");
    // The span points at the quoted words in the statement's text.
    let statement = "Varga said that the two countries should continue to support each other on \
                     issues of sovereignty and security.";
    let span = &c["evidence"]["spans"][0];
    assert_eq!(span["statement"], "AFM2");
    let (a, b) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert_eq!(&statement[a..b], c["evidence"]["quote"].as_str().unwrap());
    assert_eq!(c["found_in"], serde_json::json!(["Aldorian Foreign Ministry"]));
}

#[test]
fn close_quote_lists_its_small_differences() {
    let c = one("The sides agreed to extend the fishing accord for thirty days", ALDORIA);
    assert_eq!(verdict(&c), "close", "{c}");
    assert!(differences(&c).contains("'thirty' vs '30'"), "{c}");
    let c = one("the sides agreed to extend a fishing accord for 30 days", ALDORIA);
    assert_eq!(verdict(&c), "close", "{c}");
}

#[test]
fn negation_dropped_is_altered() {
    let c = one("Aldoria does seek confrontation with any country", ALDORIA);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("negation dropped"), "{c}");
}

#[test]
fn changed_number_is_altered() {
    let c = one("The sides agreed to extend the fishing accord for 60 days", ALDORIA);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("number changed: '60' vs '30'"), "{c}");
}

#[test]
fn swapped_name_is_altered() {
    let c = one("Brenmark does not seek confrontation with any country", ALDORIA);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("name changed: 'Brenmark' vs 'Aldoria'"), "{c}");
}

#[test]
fn opposite_word_is_altered() {
    let c = one("the Aldorian side will decrease grain exports to Brenmark", ALDORIA);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("opposite sense: 'decrease' vs 'increase'"), "{c}");
}

#[test]
fn changed_modality_is_altered() {
    let c = one("The talks may continue at the expert level", ALDORIA);
    assert_eq!(verdict(&c), "altered", "{c}");
    assert!(differences(&c).contains("modality changed: 'may' vs 'must'"), "{c}");
}

#[test]
fn supported_only_by_another_source_is_misattributed() {
    let c = one("Both ministers welcomed the reopening of the Kelso ferry line", ALDORIA);
    assert_eq!(verdict(&c), "misattributed", "{c}");
    assert_eq!(c["evidence"]["source"], "Brenmark Foreign Office");
    assert_eq!(c["found_in"], serde_json::json!(["Brenmark Foreign Office"]));
    // Without an attribution any source may support it.
    let c = one("Both ministers welcomed the reopening of the Kelso ferry line", None);
    assert_eq!(verdict(&c), "verbatim", "{c}");
}

#[test]
fn nothing_like_it_is_absent() {
    let c = one("The ministers signed a treaty on space exploration", None);
    assert_eq!(verdict(&c), "absent", "{c}");
    assert!(c["evidence"].is_null());
    assert_eq!(c["found_in"], serde_json::json!([]));
}

#[test]
fn a_claim_spanning_two_statements_is_found_whole() {
    let c =
        one("extend the fishing accord for 30 days. Aldoria does not seek confrontation", ALDORIA);
    assert_eq!(verdict(&c), "verbatim", "{c}");
    assert_eq!(c["evidence"]["statements"], serde_json::json!(["AFM3", "AFM4"]));
}

#[test]
fn every_ellipsis_form_joins_parts_in_order() {
    for mark in ["...", "…", "(...)", "[...]"] {
        let c = one(
            &format!("Varga said that the two countries {mark} sovereignty and security"),
            ALDORIA,
        );
        assert_eq!(verdict(&c), "verbatim", "{mark}: {c}");
    }
    // Parts out of order are not the quote.
    let c = one("sovereignty and security ... Varga said that the two countries", ALDORIA);
    assert_ne!(verdict(&c), "verbatim", "{c}");
}

#[test]
fn attribution_matches_loosely_by_alias_and_participant() {
    let quote =
        "The Foreign Secretary raised concerns about the detention of two Brenmark journalists";
    for attr in [
        "brenmark foreign office",
        "the Brenmark FO",
        "Foreign Office",
        "Brenmark readout",
        "Tomas Brenn",
        "Brenn",
    ] {
        let c = one(quote, Some(attr));
        assert_eq!(verdict(&c), "verbatim", "{attr}: {c}");
        assert_eq!(
            c["attributed_sources"],
            serde_json::json!(["Brenmark Foreign Office"]),
            "{attr}"
        );
    }
    let c = one(quote, Some("Port Vell"));
    assert_eq!(verdict(&c), "misattributed", "{c}");
    let c = one(quote, Some("Reuters"));
    assert_eq!(verdict(&c), "verbatim", "{c}");
    assert!(c["note"].as_str().unwrap().contains("names none"), "{c}");
}

const ARTICLE: &str = "---\ntitle: Kelso talks\n---\n\n\
The Aldorian readout said Varga wanted the two countries to “continue to support each other on \
issues of sovereignty and security”. It also said ‘the sides agreed to extend the fishing accord’ \
— Aldoria’s officials were pleased.\n\n\
Brenmark’s account was different. “The Foreign Secretary raised concerns about the detention of \
two Brenmark journalists.\n\n\
“Both ministers welcomed the reopening of the Kelso ferry line,” the Brenmark readout said.\n\n\
Port Vell said Varga \"will increase grain exports [...] Brenmark\" and called it a \"good deal\".\n\n\
According to the Aldorian readout, the ministers \"signed a treaty on space exploration\".\n";

#[test]
fn article_quotes_become_claims_with_attributions() {
    let dir = event();
    let (v, code) = check_json(dir.path(), "article.md", ARTICLE, &[]);
    assert_eq!(code, 1);
    let claims = v["claims"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap(),
                verdict(c),
                c["attributed_sources"][0].as_str().unwrap_or(""),
            )
        })
        .collect();
    let aldoria = "Aldorian Foreign Ministry";
    let brenmark = "Brenmark Foreign Office";
    assert_eq!(
        got,
        vec![
            (
                "continue to support each other on issues of sovereignty and security",
                "verbatim",
                aldoria
            ),
            // Curly single quotes; the apostrophe of "Aldoria’s" opens nothing.
            ("the sides agreed to extend the fishing accord", "verbatim", aldoria),
            // Re-opened after a paragraph break: one quote over two statements.
            (
                "The Foreign Secretary raised concerns about the detention of two Brenmark \
                 journalists. Both ministers welcomed the reopening of the Kelso ferry line,",
                "verbatim",
                brenmark
            ),
            ("will increase grain exports [...] Brenmark", "verbatim", aldoria),
            ("signed a treaty on space exploration", "absent", aldoria),
        ]
    );
    assert_eq!(claims[0]["line"], 5);
}

#[test]
fn json_follows_the_check_schema() {
    let dir = event();
    let claims = "claims:\n  - id: a\n    text: The talks may continue at the expert level\n    \
attributed_to: Varga\n    expect: altered\n  - text: Aldoria does not seek confrontation with any country\n";
    let (v, _) = check_json(dir.path(), "c.yaml", claims, &[]);
    assert_eq!(v["schema"], "readout/check/v1");
    assert_eq!(v["sources"].as_array().unwrap().len(), 2);
    assert_eq!(v["sources"][1]["source"], "Brenmark Foreign Office");
    assert!(v["sources"][1]["path"].as_str().unwrap().ends_with("brenmark.yaml"));
    let c = &v["claims"][0];
    assert_eq!(c["id"], "a");
    assert_eq!(c["attributed_to"], "Varga");
    assert_eq!(v["claims"][1]["id"], "c2");
    assert!(v["claims"][1]["attributed_to"].is_null());
    let ev = &c["evidence"];
    for key in ["source", "statement", "quote", "score", "diff", "differences"] {
        assert!(!ev[key].is_null(), "{key} missing: {ev}");
    }
    assert_eq!(ev["quote"], "The talks must continue at the expert level");
    // In the diff, left is the claim's own wording and right the source's.
    let side = |op: &str| -> Vec<String> {
        ev["diff"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["op"] == op)
            .map(|p| p["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(side("left"), vec!["may"]);
    assert_eq!(side("right"), vec!["must"]);
    let stats = &v["stats"];
    let total: u64 = ["verbatim", "close", "altered", "misattributed", "absent"]
        .iter()
        .map(|k| stats[k].as_u64().unwrap())
        .sum();
    assert_eq!(total, 2);
    assert_eq!(stats["altered"], 1);
    assert_eq!(stats["verbatim"], 1);
}

#[test]
fn exit_codes_follow_the_verdicts_and_strict() {
    let dir = event();
    let verbatim = "claims:\n  - text: Aldoria does not seek confrontation with any country\n";
    let close = "claims:\n  - text: Aldoria does not seek confrontation with any countries\n";
    let altered = "claims:\n  - text: Aldoria does seek confrontation with any country\n";
    assert_eq!(check_json(dir.path(), "v.yaml", verbatim, &[]).1, 0);
    assert_eq!(check_json(dir.path(), "v.yaml", verbatim, &["--strict"]).1, 0);
    let (v, code) = check_json(dir.path(), "c.yaml", close, &[]);
    assert_eq!((verdict(&v["claims"][0]), code), ("close", 0));
    assert_eq!(check_json(dir.path(), "c.yaml", close, &["--strict"]).1, 1);
    assert_eq!(check_json(dir.path(), "a.yml", altered, &[]).1, 1);
}

fn error_of(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "{:?}", out);
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    err
}

#[test]
fn bad_input_is_a_one_line_error_with_exit_2() {
    let dir = event();
    let ev = dir.path().join("event");
    let ev = ev.to_str().unwrap();
    let p = write(dir.path(), "bad.yaml", "claims:\n  - text: fine\n  - text: [oops\n");
    let err = error_of(&["check", p.to_str().unwrap(), "--against", ev]);
    assert!(err.contains("bad.yaml:") && err.contains("invalid YAML"), "{err}");
    let line: usize =
        err.split("bad.yaml:").nth(1).unwrap().split(':').next().unwrap().parse().unwrap();
    assert!(line >= 3, "{err}");

    let p = write(dir.path(), "empty.yaml", "claims: []\n");
    let err = error_of(&["check", p.to_str().unwrap(), "--against", ev]);
    assert!(err.contains("empty.yaml: no claims"), "{err}");

    let p = write(dir.path(), "plain.txt", "Nothing here is \"quoted\" at length.\n");
    let err = error_of(&["check", p.to_str().unwrap(), "--against", ev]);
    assert!(err.contains("plain.txt: no claims") && err.contains("quoted passage"), "{err}");

    let err = error_of(&["check", "nope.yaml", "--against", ev]);
    assert!(err.contains("nope.yaml: no such file"), "{err}");

    let p = write(dir.path(), "ok.yaml", "claims:\n  - text: fine words here\n");
    let err = error_of(&["check", p.to_str().unwrap(), "--against", "missing.md"]);
    assert!(err.contains("missing.md"), "{err}");
    let err = error_of(&["check", p.to_str().unwrap()]);
    assert!(err.contains("--against"), "{err}");
}

#[test]
fn terminal_output_has_a_block_per_claim_and_a_summary() {
    let dir = event();
    let p = write(
        dir.path(),
        "c.yaml",
        "claims:\n  - text: The sides agreed to extend the fishing accord for 60 days\n    \
attributed_to: the Aldorian readout\n  - text: The ministers signed a treaty on space exploration\n",
    );
    let ev = dir.path().join("event");
    let out = run(&[
        "check",
        p.to_str().unwrap(),
        "--against",
        ev.to_str().unwrap(),
        "--color",
        "never",
        "--format",
        "terminal",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "colour despite --color never");
    assert!(text.contains("ALTERED"), "{text}");
    assert!(text.contains("ABSENT"), "{text}");
    assert!(text.contains("AFM3 Aldorian Foreign Ministry"), "{text}");
    assert!(text.contains("[claim: 60] [AFM: 30]"), "{text}");
    assert!(text.contains("number changed: '60' vs '30'"), "{text}");
    assert!(
        text.contains("2 claims: 0 verbatim, 0 close, 1 altered, 0 misattributed, 1 absent"),
        "{text}"
    );
}

#[test]
fn output_file_is_written_and_exit_code_kept() {
    let dir = event();
    let p = write(
        dir.path(),
        "c.yaml",
        "claims:\n  - text: The ministers signed a treaty on space exploration\n",
    );
    let target = dir.path().join("out.json");
    let ev = dir.path().join("event");
    let out = run(&[
        "check",
        p.to_str().unwrap(),
        "--against",
        ev.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(v["stats"]["absent"], 1);
}

/// The samples' claims carry the verdict each is written to get (`expect`, `acceptable`).
#[test]
fn sample_claims_get_their_intended_verdicts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("readouts");
    let mut checked = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let ev = entry.unwrap().path();
        let claims = ev.join("checks/claims.yaml");
        if !claims.is_file() {
            continue;
        }
        let spec: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&claims).unwrap()).unwrap();
        let out = run(&[
            "check",
            claims.to_str().unwrap(),
            "--against",
            ev.to_str().unwrap(),
            "--format",
            "json",
        ]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        for (c, got) in
            spec["claims"].as_sequence().unwrap().iter().zip(v["claims"].as_array().unwrap())
        {
            let mut ok: Vec<&str> = vec![c["expect"].as_str().unwrap()];
            if let Some(more) = c["acceptable"].as_sequence() {
                ok.extend(more.iter().filter_map(|x| x.as_str()));
            }
            assert!(
                ok.contains(&verdict(got)),
                "{} {}: expected {ok:?}, got {}",
                ev.display(),
                c["id"].as_str().unwrap(),
                got
            );
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} sample claims");
}

/// The verdicts the sample articles' quotes are written to get, in the order they appear (from
/// the comments at the end of each claims.yaml).
#[test]
fn sample_articles_get_their_intended_verdicts() {
    let expected: [(&str, &[&str]); 3] = [
        (
            "2026-03-04-leaders-call",
            &[
                "verbatim",
                "close",
                "verbatim",
                "altered",
                "verbatim",
                "verbatim",
                "verbatim",
                "verbatim",
                "close",
                "misattributed",
                "absent",
            ],
        ),
        (
            "2026-05-19-foreign-ministers-meeting",
            &[
                "verbatim",
                "verbatim",
                "verbatim",
                "verbatim",
                "verbatim",
                "close",
                "altered",
                "misattributed",
                "absent",
            ],
        ),
        (
            "2026-09-10-trilateral-summit",
            &[
                "verbatim",
                "verbatim",
                "verbatim",
                "verbatim",
                "verbatim",
                "close",
                "altered",
                "misattributed",
                "absent",
                "verbatim",
            ],
        ),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("readouts");
    for (event, want) in expected {
        let ev = root.join(event);
        let out = run(&[
            "check",
            ev.join("checks/article.md").to_str().unwrap(),
            "--against",
            ev.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(out.status.code(), Some(1), "{event}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let got: Vec<&str> = v["claims"].as_array().unwrap().iter().map(verdict).collect();
        assert_eq!(got, want, "{event}");
    }
}
