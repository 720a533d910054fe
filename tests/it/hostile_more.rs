//! More hostile input: terminal control sequences in every field that reaches the terminal or
//! standard error; reports readout wrote lying in an event folder; warnings for input that is
//! read but probably wrong; many readouts with the same initials; a huge terms file; and
//! punctuation at the edge of a diff's marks.

use crate::common::Scratch;

// ---- terminal output cannot be hijacked ----

/// ESC ] 0 ; … BEL sets the window title; ESC [ 8 m hides what follows; U+009B is the one-byte
/// CSI; a carriage return lets later text overwrite the line.
const OSC: &str = "\x1b]0;pwned\x07";
const HIDE: &str = "\x1b[8m";
const CSI: &str = "\u{9b}31m";

/// What the terminal renderer shows for each of them.
const OSC_SHOWN: &str = "^[]0;pwned^G";
const HIDE_SHOWN: &str = "^[[8m";
const CSI_SHOWN: &str = "<9b>31m";

/// A YAML double-quoted scalar carrying `s` with its controls as YAML escapes.
fn yq(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// No control character but newline (and tab) reaches the screen, apart from the colour codes
/// the renderer writes itself (`--color never` writes none).
fn assert_no_controls(what: &str, text: &str) {
    let bad: Vec<char> = text.chars().filter(|c| c.is_control() && !matches!(c, '\n')).collect();
    assert!(bad.is_empty(), "{what} sends {bad:?} to the terminal:\n{text}");
}

/// Two readouts whose every field carries a control sequence: source, title, date, url, the
/// statements (shared and own words), and an event folder's title and participant.
fn hostile_event() -> Scratch {
    let s = Scratch::new();
    s.write(
        "ev/event.yaml",
        format!(
            "title: {}\ndate: 2026-04-02\nparticipants:\n  - name: {}\n    side: {}\n",
            yq(&format!("Talks {OSC}")),
            yq(&format!("Marta Aldana{HIDE}")),
            yq(&format!("Calderra{OSC}"))
        ),
    );
    s.write(
        "ev/calderra.yaml",
        format!(
            "source: {}\ntitle: {}\ndate: {}\nurl: https://example.org/a\nstatements:\n  - {}\n  - {}\n",
            yq(&format!("Calderra{OSC}")),
            yq(&format!("Call {HIDE}")),
            yq(&format!("2026-04-02{CSI}")),
            yq(&format!(
                "President Marta Aldana{HIDE} said that the two sides agreed to expand trade {CSI} and energy."
            )),
            yq(&format!("Aldana raised fishing rights {OSC} in the strait.")),
        ),
    );
    s.write(
        "ev/vellan.yaml",
        format!(
            "source: {}\ntitle: Vellan readout\nstatements:\n  - {}\n  - {}\n",
            yq(&format!("Vellan{CSI}")),
            yq(&format!(
                "President Marta Aldana said that the two sides agreed to expand trade {HIDE} and tourism."
            )),
            yq(&format!("The prime minister spoke of the harbour{HIDE} project.")),
        ),
    );
    s
}

#[test]
fn compare_in_the_terminal_shows_controls_from_every_field() {
    let s = hostile_event();
    for color in ["never", "always"] {
        let run = s.run(&["compare", "ev", "--color", color]);
        run.assert_ok();
        let out = &run.stdout;
        // The renderer's own colour codes are the only escapes left.
        let without_colour = strip_sgr(out);
        assert_no_controls("compare", &without_colour);
        for shown in [OSC_SHOWN, HIDE_SHOWN, CSI_SHOWN] {
            assert!(without_colour.contains(shown), "{shown} missing:\n{without_colour}");
        }
        // Event title, source, title, date, a link's words, only-in text, the speaker.
        for field in [
            "Talks ^[]0;pwned^G",
            "Calderra^[]0;pwned^G",
            "Call ^[[8m",
            "2026-04-02<9b>31m",
            "Vellan<9b>31m",
            "harbour^[[8m",
            "fishing rights ^[]0;pwned^G",
        ] {
            assert!(without_colour.contains(field), "{field:?} missing:\n{without_colour}");
        }
    }
}

/// Removes the SGR sequences (`ESC [ digits ; m`) the terminal renderer writes for colour.
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let n = tail.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count();
        if tail.as_bytes().get(n) == Some(&b'm') {
            rest = &tail[n + 1..];
        } else {
            out.push('\x1b');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn segment_in_the_terminal_shows_controls() {
    let s = hostile_event();
    let run = s.run(&["segment", "ev/calderra.yaml", "--color", "never"]);
    run.assert_ok();
    assert_no_controls("segment", &run.stdout);
    for field in ["Calderra^[]0;pwned^G", "Call ^[[8m", "2026-04-02<9b>31m", "Aldana^[[8m"] {
        assert!(run.stdout.contains(field), "{field:?} missing:\n{}", run.stdout);
    }
}

#[test]
fn check_in_the_terminal_shows_controls_in_claims_and_attributions() {
    let s = hostile_event();
    s.write(
        "claims.yaml",
        format!(
            "claims:\n  - text: {}\n    attributed_to: {}\n  - text: {}\n",
            yq(&format!("the two sides agreed to expand trade {HIDE}")),
            yq(&format!("Calderra{OSC}")),
            yq(&format!("Nothing like this {CSI} was said")),
        ),
    );
    let run = s.run(&["check", "claims.yaml", "--against", "ev", "--color", "never"]);
    assert!(run.code == Some(0) || run.code == Some(1), "{run:?}");
    assert_no_controls("check", &run.stdout);
    for field in ["expand trade ^[[8m", "attributed to Calderra^[]0;pwned^G", "this <9b>31m was"] {
        assert!(run.stdout.contains(field), "{field:?} missing:\n{}", run.stdout);
    }
}

#[test]
fn loaded_terms_in_the_terminal_show_controls() {
    let s = hostile_event();
    s.write(
        "terms.yaml",
        format!("groups:\n  - name: {}\n    terms: [trade]\n", yq(&format!("Trade{OSC}")),),
    );
    let run = s.run(&["compare", "ev", "--terms", "terms.yaml", "--color", "never"]);
    run.assert_ok();
    assert_no_controls("terms", &run.stdout);
    assert!(run.stdout.contains("Trade^[]0;pwned^G"), "{}", run.stdout);
}

#[test]
fn error_messages_and_file_names_show_controls() {
    let s = Scratch::new();
    // A file name with an escape sequence, missing: the error names it.
    let name = format!("gone{OSC}.md");
    let run = s.run(&["compare", &name, "other.md"]);
    let line = run.error_line();
    assert_no_controls("error", line);
    assert!(line.contains("gone^[]0;pwned^G.md"), "{line}");
    // A YAML error quoting a hostile value.
    s.write("bad.yaml", format!("source: {}\ntext: [unclosed\n", yq(&format!("K{HIDE}"))));
    s.write("ok.md", "One statement here.\n");
    let run = s.run(&["compare", "bad.yaml", "ok.md"]);
    assert_no_controls("error", run.error_line());
    // A bad option value is echoed back by the argument parser.
    let run = s.run(&["compare", "ok.md", "ok.md", "--color", &format!("x{CSI}")]);
    let line = run.error_line();
    assert_no_controls("error", line);
    assert!(line.contains("x<9b>31m"), "{line}");
}

#[test]
fn the_wrote_line_shows_controls_in_the_file_name() {
    let s = hostile_event();
    let out = format!("r{HIDE}.json");
    let run = s.run(&["compare", "ev", "-o", &out]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_no_controls("wrote", &run.stderr);
    assert!(run.stderr.starts_with("wrote r^[[8m.json ("), "{}", run.stderr);
}

#[test]
fn json_keeps_the_strings_but_writes_no_raw_controls() {
    let s = hostile_event();
    let run = s.run(&["compare", "ev", "--format", "json"]);
    assert_no_controls("json", &run.stdout);
    let v = run.json();
    assert_eq!(v["readouts"][0]["source"], format!("Calderra{OSC}"));
    assert_eq!(v["readouts"][1]["source"], format!("Vellan{CSI}"));
}

// ---- reports readout wrote are not readouts ----

#[test]
fn reports_written_into_an_event_folder_are_skipped_with_a_note() {
    let s = Scratch::new();
    s.write("ev/calderra.md", crate::common::CALDERRA_MD);
    s.write("ev/vellan.yaml", crate::common::VELLAN_YAML);
    for (name, report) in [("report.md", "ev/report.md"), ("report.html", "ev/report.html")] {
        let run = s.run(&["report", "ev", "-o", report]);
        run.assert_wrote(report);
        let run = s.run(&["compare", "ev", "--format", "json"]);
        assert_eq!(run.code, Some(0), "{run:?}");
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(v["readouts"].as_array().unwrap().len(), 2, "{name} read as a readout");
        assert!(
            run.stderr
                .contains(&format!("readout: note: ev/{name}: skipped: a report readout wrote")),
            "{}",
            run.stderr
        );
        std::fs::remove_file(s.path().join(report)).unwrap();
    }
    // A check report in Markdown carries the mark too.
    s.write("claims.yaml", "claims:\n  - text: \"stay in close contact\"\n");
    let run = s.run(&["check", "claims.yaml", "--against", "ev", "-o", "ev/check.md"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let run = s.run(&["segment", "ev", "--format", "json"]);
    assert!(run.stderr.contains("ev/check.md: skipped"), "{}", run.stderr);
    // Named on its own, a report is read as the user asked.
    let plain = s.run(&["segment", "ev/check.md", "--format", "json"]);
    assert_eq!(plain.code, Some(0), "{plain:?}");
}

#[test]
fn terminal_reports_written_into_an_event_folder_are_skipped_too() {
    let s = Scratch::new();
    s.write("ev/calderra.md", crate::common::CALDERRA_MD);
    s.write("ev/vellan.yaml", crate::common::VELLAN_YAML);
    s.write("claims.yaml", "claims:\n  - text: \"stay in close contact\"\n");
    // A .txt file is a readout format, so the plain report must say it is none.
    let runs: [&[&str]; 3] = [
        &["compare", "ev", "-o", "ev/compare.txt"],
        &["segment", "ev", "-o", "ev/segments.txt"],
        &["check", "claims.yaml", "--against", "ev", "-o", "ev/check.txt"],
    ];
    for args in runs {
        let name = args[args.len() - 1];
        let run = s.run(args);
        assert_eq!(run.code, Some(0), "{run:?}");
        assert!(s.read(name).starts_with("Made by readout "), "{name}: {}", s.read(name));
        let run = s.run(&["compare", "ev", "--format", "json"]);
        assert_eq!(run.code, Some(0), "{run:?}");
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(v["readouts"].as_array().unwrap().len(), 2, "{name} read as a readout");
        assert!(
            run.stderr.contains(&format!("{name}: skipped: a report readout wrote")),
            "{run:?}"
        );
        std::fs::remove_file(s.path().join(name)).unwrap();
    }
    // On standard output the report is as shown, with no such line.
    let run = s.run(&["compare", "ev"]);
    assert!(!run.stdout.contains("Made by readout"), "{}", run.stdout);
    // A readout of the user's own that merely mentions the words is still read.
    s.write("ev/note.txt", "Officials said the plan was made by readout teams on Monday.\n");
    let run = s.run(&["compare", "ev", "--format", "json"]);
    assert_eq!(run.json()["readouts"].as_array().unwrap().len(), 3, "{run:?}");
}

// ---- warnings for input that is read but probably wrong ----

/// The warnings of a run that otherwise succeeded as usual (exit code 0, output on stdout).
fn warnings(run: &crate::common::Run) -> Vec<String> {
    assert_eq!(run.code, Some(0), "warnings change no exit code: {run:?}");
    assert!(!run.stdout.is_empty(), "the output is still written");
    run.stderr.lines().map(str::to_string).collect()
}

#[test]
fn an_impossible_date_is_a_warning_naming_file_and_line() {
    let s = Scratch::new();
    s.write("a.md", "---\nsource: Calderra\ndate: 2027-13-45\n---\nThe leaders met in the port.\n");
    s.write("b.yaml", "source: Vellan\ntitle: T\ndate: 2026-02-30\ntext: The leaders met.\n");
    s.write("c.txt", "---\nsource: Third\ndate: 2024-02-29\n---\nThe leaders met today.\n");
    let run = s.run(&["compare", "a.md", "b.yaml", "c.txt", "--format", "json"]);
    assert_eq!(
        warnings(&run),
        [
            "readout: warning: a.md:3: date `2027-13-45` is not a day of the calendar (there is \
             no such month)",
            "readout: warning: b.yaml:3: date `2026-02-30` is not a day of the calendar (there \
             is no such day in that month)",
        ]
    );
    // The date is kept as written.
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["readouts"][0]["date"], "2027-13-45");
}

#[test]
fn blank_or_spaced_statement_ids_are_warnings() {
    let s = Scratch::new();
    s.write(
        "a.yaml",
        "source: Calderra\nstatements:\n  - {id: \"\", text: The leaders met.}\n  - id: \"K 2\"\n    \
         text: They spoke of trade.\n  - {id: \"  \", text: They agreed to meet again.}\n",
    );
    s.write("b.md", "---\nsource: Vellan\n---\nThe leaders met. They spoke of trade.\n");
    let run = s.run(&["compare", "a.yaml", "b.md", "--format", "json"]);
    assert_eq!(
        warnings(&run),
        [
            "readout: warning: a.yaml:3: statement id is blank; the statement gets a made id \
             instead",
            "readout: warning: a.yaml:4: statement id `K 2` has spaces; ids are cited as one \
             word (`K3`)",
            "readout: warning: a.yaml:6: statement id is blank; the statement gets a made id \
             instead",
        ]
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ids: Vec<&str> = v["readouts"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["C1", "K 2", "C3"]);
}

#[test]
fn unknown_event_keys_and_sides_of_no_readout_are_warnings() {
    let s = Scratch::new();
    s.write("ev/calderra.md", crate::common::CALDERRA_MD);
    s.write("ev/vellan.yaml", crate::common::VELLAN_YAML);
    s.write(
        "ev/event.yaml",
        "title: The call\ndate: 2026-04-02\nparticipant:\n  - name: Marta Aldana\n    side: \
         Presidency of Calderra\nparticipants:\n  - name: Marta Aldana\n    side: Presidency of \
         Calderra\n    alias: [Aldana]\n  - name: Jon Revik\n    side: Vellan Govt\n",
    );
    let run = s.run(&["compare", "ev", "--format", "json"]);
    assert_eq!(
        warnings(&run),
        [
            "readout: warning: ev/event.yaml:3: unknown key `participant` in event.yaml is \
             ignored; did you mean `participants`?",
            "readout: warning: ev/event.yaml:9: unknown key `alias` in a participant is ignored; \
             did you mean `aliases`?",
            "readout: warning: ev/event.yaml:11: participant Jon Revik's side `Vellan Govt` is \
             the source of no readout here (Presidency of Calderra, Vellan Government)",
        ]
    );
}

// ---- statement ids for any number of readouts ----

#[test]
fn many_readouts_with_one_source_get_unique_prefixes() {
    let s = Scratch::new();
    for i in 0..40 {
        s.write(
            &format!("ev/r{i:02}.md"),
            format!("---\nsource: Xinhua\n---\nThe leaders met {i} times.\n"),
        );
    }
    let run = s.run(&["segment", "ev", "--format", "json"]);
    let v = run.json();
    let prefixes: std::collections::HashSet<String> = v["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["statements"][0]["id"]
                .as_str()
                .unwrap()
                .trim_end_matches(char::is_numeric)
                .to_string()
        })
        .collect();
    assert_eq!(prefixes.len(), 40, "{prefixes:?}");
    // Compared too (every pair of three of them is aligned, the rest is the same loading).
    let run =
        s.run(&["compare", "ev/r00.md", "ev/r01.md", "ev/r02.md", "ev/r03.md", "--format", "json"]);
    run.assert_ok();
}

#[test]
fn made_ids_avoid_given_ones_and_a_real_clash_blames_the_file_that_gave_it() {
    let s = Scratch::new();
    // a.md's made ids would be K1, K2; b.yaml gives K1 itself.
    s.write("a.md", "---\nsource: Kastell\n---\nThe leaders met. They spoke.\n");
    s.write("b.yaml", "source: Kora\nstatements:\n  - {id: K1, text: The leaders met.}\n");
    let run = s.run(&["segment", "a.md", "b.yaml", "--format", "json"]);
    let v = run.json();
    assert_eq!(v["readouts"][1]["statements"][0]["id"], "K1");
    let made = v["readouts"][0]["statements"][0]["id"].as_str().unwrap();
    assert_ne!(made, "K1");
    // Two files giving the same id: the later one is blamed, the earlier one named.
    s.write("c.yaml", "source: Kiln\nstatements:\n  - {id: K1, text: They spoke.}\n");
    let run = s.run(&["segment", "a.md", "b.yaml", "c.yaml"]);
    assert_eq!(
        run.error_line(),
        "readout: c.yaml: statement id `K1` is already used in b.yaml; ids must be unique in one run"
    );
}

// ---- a huge terms file ----

/// A terms file of `groups` × `terms` distinct terms, one per line, half of them phrases:
/// fixed-width words of consonants, which no stemmer cuts to the same base.
fn terms_file(groups: usize, terms: usize) -> String {
    const A: &[u8] = b"bcdfghjkmnpqrtvwxz";
    let word = |mut n: usize| {
        let mut w = vec![b'q'; 5];
        for k in (1..5).rev() {
            w[k] = A[n % A.len()];
            n /= A.len();
        }
        String::from_utf8(w).unwrap()
    };
    let mut out = String::from("groups:\n");
    let mut k = 0;
    for g in 0..groups {
        out.push_str(&format!("  - name: Group {g}\n    terms:\n"));
        for _ in 0..terms {
            let t = if k % 2 == 1 { word(k) } else { format!("{} sanctions", word(k)) };
            out.push_str(&format!("      - {t}\n"));
            k += 1;
        }
    }
    out
}

#[test]
fn a_terms_file_of_100000_terms_is_read_and_matched() {
    let s = Scratch::new();
    s.write("ev/calderra.md", crate::common::CALDERRA_MD);
    s.write("ev/vellan.yaml", crate::common::VELLAN_YAML);
    // One of the terms is in the readouts, so matching is exercised, not only loading.
    let mut list = terms_file(200, 500);
    list.push_str("  - name: Real\n    terms: [close contact]\n");
    s.write("terms.yaml", list);
    // Its time is measured by hand, not here (README, terms files: about 1.5 s, from
    // 18-200 s when each term's line was found by a scan of the file).
    let run = s.run(&["compare", "ev", "--terms", "terms.yaml", "--format", "json"]);
    let v = run.json();
    let groups = v["terms"]["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "only the group with a term found is listed");
    assert_eq!(groups[0]["terms"][0]["term"], "close contact");
}

// ---- punctuation at the edge of a diff's marks ----

#[test]
fn marks_never_split_an_abbreviation_dot_or_a_bracket_from_its_word() {
    let s = Scratch::new();
    // Related, not reworded, so each side is shown as written with its own words marked.
    s.write(
        "a.md",
        "---\nsource: Calderra Ministry\n---\nForeign Minister Aldana met with U.S. Secretary Revik \
         on Sept. 10 to discuss the claims of the People's Republic (PRC) over the islands, the \
         fishing rights and (in Port Selm) the new harbour fees.\n",
    );
    s.write(
        "b.md",
        "---\nsource: Vellan\n---\nSecretary Revik and Aldana talked about the islands, the \
         fishing rights and the new harbour fees.\n",
    );
    let term = s.run(&["compare", "a.md", "b.md", "--color", "never"]);
    term.assert_ok();
    let md = s.run(&["compare", "a.md", "b.md", "--format", "markdown"]);
    md.assert_ok();
    for out in [&term.stdout, &md.stdout] {
        for split in [
            "U.S].", "U.S**.", "PRC])", "(**PRC", "PRC**)", "Sept].", "Sept**.", "Selm])",
            "Selm**)",
        ] {
            assert!(!out.contains(split), "{split:?} in:\n{out}");
        }
    }
    let flat = term.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("met with U.S.] Secretary"), "{flat}");
    assert!(flat.contains("[CM: (in Port Selm)] the new"), "{flat}");
    assert!(md.stdout.contains("met with U.S.** Secretary"), "{}", md.stdout);
    assert!(md.stdout.contains("**(in Port Selm)** the new"), "{}", md.stdout);
}

/// A statement that uses a right-to-left override to show its words in another order than it
/// has (the "Trojan Source" trick): every report for people shows the controls as code points,
/// so the words appear as written; JSON keeps the text exactly.
#[test]
fn bidirectional_controls_are_shown_not_obeyed() {
    let s = Scratch::new();
    let tricky = "The ministers agreed to \u{202e}raise\u{202c} tariffs and \u{2067}trade\u{2069}.";
    s.write(
        "a.yaml",
        format!(
            "source: Calderra\nstatements:\n  - {}\n  - The talks were held in Orsk.\n",
            yq(tricky)
        ),
    );
    s.write(
        "b.yaml",
        "source: Vellan\nstatements:\n  - The ministers agreed to cut tariffs and trade.\n",
    );
    for (format, shown) in
        [("terminal", "<U+202E>"), ("markdown", "&lt;U+202E>"), ("html", "&lt;U+202E&gt;")]
    {
        let run = s.run(&["compare", "a.yaml", "b.yaml", "--format", format, "--color", "never"]);
        run.assert_ok();
        let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(
            !run.stdout.chars().any(bidi),
            "{format} passes a bidi control on:\n{}",
            run.stdout
        );
        assert!(run.stdout.contains(shown), "{format} lacks {shown:?}:\n{}", run.stdout);
    }
    let json = s.run(&["compare", "a.yaml", "b.yaml", "--format", "json"]).json();
    let text = json["readouts"][0]["statements"][0]["text"].as_str().unwrap();
    assert_eq!(text, tricky, "JSON keeps the text exactly");
}
