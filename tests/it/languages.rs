//! Chinese and Russian readouts compared in their own language: Chinese cut into words and
//! sentences, wrapped by the columns its characters take, Russian joined through inflection by
//! its stemmer, distinctive words in both, and the language taken from the script when a readout
//! does not name it. Every text here is written for these tests.

use crate::common::Scratch;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

/// A Chinese readout (language named) and another account of the same call, reordered and
/// paraphrased, without a language field. The six obvious pairs: 北1–南1, 北2–南5, 北3–南4,
/// 北4–南6, 北5–南3, 北6–南2.
const ZH_NORTH: &str = "\
---
source: 北方通讯社
language: zh
---

北方国家主席林海同南方国家总统高山通电话。

林海指出，今年是两国建交三十周年，双边关系保持稳定发展势头。

双方同意加强贸易、能源和交通领域的务实合作，扩大农产品贸易规模。

林海强调，双方应当坚持通过对话协商解决分歧，共同维护地区和平稳定。

两国元首同意年内在北方首都举行会晤。

高山表示，南方愿同北方一道推动大桥项目早日建成。
";

const ZH_SOUTH: &str = "\
---
source: 南方日报
---

南方国家总统高山应约同北方国家主席林海通电话。

高山说，南方愿与北方共同努力，推动大桥项目尽早建成。

两国元首同意年内在北方首都举行会晤。

双方一致同意深化贸易、能源、交通等领域务实合作，扩大农产品贸易。

双方认为，今年两国建交三十周年，双边关系发展势头稳定。

林海强调，双方应坚持通过对话协商解决分歧，维护地区和平与稳定。
";

/// Two Russian accounts whose one shared point (the first of each) is written in other forms of
/// the same words, and the points each makes alone.
const RU_NORTH: &str = "\
---
source: Северное агентство
language: ru
---

Стороны обсудили строительство нового моста и поставки удобрений.

Президент Северии поздравил коллегу с национальным праздником и пожелал успехов в развитии сотрудничества.

Министры договорились о развитии культурного сотрудничества.
";

const RU_SOUTH: &str = "\
source: Южная газета
text: |
  Обсуждены вопросы о строительстве новых мостов и о поставках удобрения.

  Лидеры выразили обеспокоенность положением на границе.

  На границе будет открыт новый пункт пропуска.
";

fn links(model: &Value) -> Vec<(String, String)> {
    model["comparisons"][0]["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| (l["left"][0].as_str().unwrap().into(), l["right"][0].as_str().unwrap().into()))
        .collect()
}

fn compare_json(files: &[(&str, &str)]) -> Value {
    let s = Scratch::new();
    let mut args = vec!["compare".to_string()];
    for (name, text) in files {
        s.write(name, text);
        args.push(name.to_string());
    }
    args.extend(["--format".into(), "json".into()]);
    s.run(&args.iter().map(String::as_str).collect::<Vec<_>>()).json()
}

#[test]
fn a_chinese_pair_links_its_obvious_pairs_with_chinese_diffs() {
    let m = compare_json(&[("north.md", ZH_NORTH), ("south.md", ZH_SOUTH)]);
    let mut got = links(&m);
    got.sort();
    let want: Vec<(String, String)> = [
        ("北1", "南1"),
        ("北2", "南5"),
        ("北3", "南4"),
        ("北4", "南6"),
        ("北5", "南3"),
        ("北6", "南2"),
    ]
    .iter()
    .map(|(l, r)| (l.to_string(), r.to_string()))
    .collect();
    assert_eq!(got, want);
    // Diffs are in words, and no space comes between Chinese words.
    for link in m["comparisons"][0]["links"].as_array().unwrap() {
        let pieces = link["diff"].as_array().unwrap();
        for p in pieces {
            assert!(!p["text"].as_str().unwrap().contains(' '), "{p}");
        }
    }
    let reworded: Vec<&Value> = m["comparisons"][0]["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["left"][0] == "北3")
        .collect();
    let equal: Vec<&str> = reworded[0]["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["op"] == "equal")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(equal.iter().any(|t| t.contains("务实合作")), "{equal:?}");
}

#[test]
fn chinese_sentences_end_at_full_width_marks() {
    let s = Scratch::new();
    s.write("zh.txt", "双方同意加强合作。他问：为什么？一要对话；二要\n合作！\n");
    let m = s.run(&["segment", "zh.txt", "--format", "json"]).json();
    let texts: Vec<&str> = m["readouts"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| st["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["双方同意加强合作。", "他问：为什么？", "一要对话；", "二要合作！"]);
}

#[test]
fn a_long_chinese_line_wraps_within_the_terminal_width() {
    let s = Scratch::new();
    let long: String =
        "双方同意在贸易、能源、交通、农业、科技、教育、文化、旅游和卫生等领域加强务实合作，\
        推动双边贸易额稳步增长，扩大农产品和机械设备进出口规模，加快大桥和铁路项目建设，\
        并就地区形势和共同关心的国际问题深入交换意见，同意保持密切沟通，"
            .chars()
            .cycle()
            .take(150)
            .collect::<String>()
            + "。";
    assert_eq!(long.chars().count(), 151);
    s.write("a.md", format!("---\nsource: 甲\n---\n\n两国元首通电话。\n\n{long}\n"));
    s.write("b.md", "---\nsource: 乙\n---\n\n两国元首通电话。\n");
    let run = s.run_env(&["compare", "a.md", "b.md", "--color", "never"], &[("COLUMNS", "80")]);
    run.assert_ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    for l in &lines {
        assert!(l.width() <= 80, "{} columns: {l}", l.width());
    }
    // The long statement is all there, over several lines.
    let start = lines.iter().position(|l| l.contains("甲2")).expect("the only-in statement");
    let text: String = lines[start..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("甲2").trim())
        .collect();
    assert!(lines[start..].iter().take_while(|l| !l.is_empty()).count() >= 4);
    assert!(text.starts_with(&long), "{text}");
}

#[test]
fn distinctive_words_are_found_in_chinese_and_russian() {
    for m in [
        compare_json(&[("north.md", ZH_NORTH), ("south.md", ZH_SOUTH)]),
        compare_json(&[("north.md", RU_NORTH), ("south.yaml", RU_SOUTH)]),
    ] {
        let lists = m["terms"]["distinctive"].as_array().expect("distinctive words");
        let words: Vec<&str> = lists
            .iter()
            .flat_map(|d| d["words"].as_array().unwrap())
            .map(|w| w["word"].as_str().unwrap())
            .collect();
        assert!(!words.is_empty(), "no distinctive word: {}", m["terms"]);
        // Words, not clauses, and no function word.
        for w in &words {
            assert!(w.chars().count() <= 20 && !w.contains(['，', ' ']), "{w}");
            assert!(!["的", "和", "在", "и", "о", "на"].contains(w), "{w}");
        }
    }
}

#[test]
fn a_russian_pair_links_through_inflection() {
    let m = compare_json(&[("north.md", RU_NORTH), ("south.yaml", RU_SOUTH)]);
    let ids: Vec<String> = m["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["statements"][0]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(links(&m), vec![(ids[0].clone(), ids[1].clone())]);
}

#[test]
fn the_language_comes_from_the_script_when_the_readout_does_not_name_it() {
    let m = compare_json(&[
        ("south.md", ZH_SOUTH),
        ("south.yaml", RU_SOUTH),
        ("en.txt", "The two leaders spoke by telephone.\n"),
        ("named.md", "---\nsource: Named\nlanguage: en-GB\n---\n\nЛидеры говорили.\n"),
    ]);
    let langs: Vec<&Value> =
        m["readouts"].as_array().unwrap().iter().map(|r| &r["language"]).collect();
    // Sorted by name as given: en.txt, named.md, south.md, south.yaml.
    let by_path: Vec<(String, Value)> = m["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["path"].as_str().unwrap().to_string(), r["language"].clone()))
        .collect();
    let get = |p: &str| by_path.iter().find(|(q, _)| q == p).map(|(_, l)| l.clone()).unwrap();
    assert_eq!(get("south.md"), "zh", "{langs:?}");
    assert_eq!(get("south.yaml"), "ru");
    assert_eq!(get("en.txt"), Value::Null, "English stays as given");
    assert_eq!(get("named.md"), "en-GB", "a named language is kept");
}

/// The note that a readout's speakers were not read is in the Markdown and HTML reports too, as
/// in the terminal and JSON: once, for the Chinese readout and not for the English one.
#[test]
fn markdown_and_html_reports_say_speakers_were_not_read() {
    let s = Scratch::new();
    s.write("north.md", ZH_NORTH);
    s.write("en.txt", "President Lin Hai of North spoke by telephone with President Gao Shan.\n");
    let note = "speakers not detected: speaker patterns read English only (language: zh)";
    let md = s.run(&["compare", "north.md", "en.txt", "--format", "markdown"]);
    md.assert_ok();
    assert_eq!(md.stdout.matches(note).count(), 1, "{}", md.stdout);
    let line = md.stdout.lines().find(|l| l.contains(note)).unwrap();
    assert!(line.starts_with("- `北"), "the note names the readout: {line}");
    s.run(&["report", "north.md", "en.txt", "-o", "r.html"]).assert_wrote("r.html");
    let html = std::fs::read_to_string(s.path().join("r.html")).unwrap();
    assert_eq!(html.matches(note).count(), 1);
    let card = html.split("<li class=\"readout").find(|c| c.contains(note)).unwrap();
    assert!(card.contains("北方通讯社"), "the note is in the Chinese readout's card: {card}");
    s.run(&["report", "north.md", "en.txt", "-o", "r.md"]).assert_wrote("r.md");
    let md = std::fs::read_to_string(s.path().join("r.md")).unwrap();
    assert_eq!(md.matches(note).count(), 1, "{md}");
}
