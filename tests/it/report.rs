//! `readout report` and `compare --format html|markdown` on the built binary: format choice,
//! errors, and the structure and safety of the HTML and Markdown written.

use crate::common::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

/// Tag names the HTML report is made of; anything else came from input.
const TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "div",
    "header",
    "main",
    "footer",
    "nav",
    "section",
    "h1",
    "h2",
    "h3",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "span",
    "b",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "mark",
    "figure",
    "figcaption",
    "svg",
    "path",
    "rect",
    "text",
    "g",
];

/// Attribute names the HTML report uses; no event handler, `src`, `style` or `srcdoc`.
const ATTRS: &[&str] = &[
    "lang",
    "charset",
    "http-equiv",
    "content",
    "name",
    "class",
    "id",
    "href",
    "rel",
    "title",
    "scope",
    "data-label",
    "aria-label",
    "aria-labelledby",
    "aria-hidden",
    "role",
    "viewBox",
    "width",
    "height",
    "x",
    "y",
    "rx",
    "d",
    "text-anchor",
    "dominant-baseline",
];

fn html_report(ev: &std::path::Path, dir: &std::path::Path) -> String {
    let out = dir.join("r.html");
    ok(&["report", s(ev), "-o", s(&out)]);
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn html_has_every_statement_once_and_every_id_as_an_anchor() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let html = html_report(&ev, dir.path());
    let text = visible_text(&html);
    let ids: Vec<String> = tags(&html)
        .iter()
        .flat_map(|t| t.attrs.iter())
        .filter(|(n, _)| n == "id")
        .map(|(_, v)| unescape(v))
        .collect();
    let all = statements(&model(&ev)).concat();
    for (id, st) in &all {
        // Both readouts open with the same sentence: each copy is shown once.
        let copies = all.iter().filter(|(_, t)| t == st).count();
        assert_eq!(text.matches(st.as_str()).count(), copies, "statement {id}: {st}");
        assert_eq!(ids.iter().filter(|i| *i == id).count(), 1, "anchor {id}");
        assert!(html.contains(&format!("href=\"#{id}\"")), "link to {id}");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "element ids are unique");
}

#[test]
fn html_map_has_a_box_per_statement_and_a_line_per_link() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let html = html_report(&ev, dir.path());
    let m = model(&ev);
    let c = &m["comparisons"][0];
    let svg_start = html.find("<svg class=\"map\"").unwrap();
    let svg = &html[svg_start..svg_start + html[svg_start..].find("</svg>").unwrap()];
    let class_of = |t: &TagAt| {
        t.attrs.iter().find(|(n, _)| n == "class").map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let svg_tags = tags(svg);
    let lines =
        svg_tags.iter().filter(|t| t.name == "path" && class_of(t).starts_with("link ")).count();
    assert_eq!(lines, c["links"].as_array().unwrap().len());
    let boxes: Vec<&TagAt> =
        svg_tags.iter().filter(|t| t.name == "a" && class_of(t).starts_with("box")).collect();
    let sts = statements(&m);
    assert_eq!(boxes.len(), sts[0].len() + sts[1].len());
    // Statements only one side has are the filled boxes.
    let only = boxes.iter().filter(|t| class_of(t).contains("only")).count();
    assert_eq!(
        only,
        c["only_left"].as_array().unwrap().len() + c["only_right"].as_array().unwrap().len()
    );
    assert!(c["links"].as_array().unwrap().len() >= 2, "fixture links");
}

#[test]
fn html_injection_samples_come_out_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let html = html_report(&ev, dir.path());
    for t in tags(&html).iter().filter(|t| t.name != "!DOCTYPE") {
        assert!(TAGS.contains(&t.name.as_str()), "unexpected tag <{}>", t.name);
        for (name, value) in &t.attrs {
            assert!(ATTRS.contains(&name.as_str()), "unexpected attribute {name}");
            if name == "href" {
                assert!(value.starts_with('#') || unescape(value) == LEFT_URL, "href {value}");
            }
        }
    }
    assert_eq!(html.matches("<style>").count(), 1);
    assert_eq!(html.matches("</style>").count(), 1);
    assert!(!html.contains("<script"));
    let text = visible_text(&html);
    assert!(text.contains(EVIL), "the hostile statement is shown as written");
    assert!(text.contains(EVENT_TITLE));
    assert!(text.contains(EVIL_URL), "a javascript: url is shown, not linked");
    assert!(text.contains("Alpha & <i>Ministry</i>"));
}

#[test]
fn html_references_no_resource_but_the_readouts_own_links() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let html = html_report(&ev, dir.path());
    let escaped_url = LEFT_URL.replace('&', "&amp;");
    let rest = html.replace(&escaped_url, "");
    let lower = rest.to_ascii_lowercase();
    // The fixture's readout text holds no URL, so any left is one the report added. (Tags and
    // attributes, `src` included, are checked against allowlists in the injection test.)
    for needle in ["http://", "https://", "url(", "@import", "<link"] {
        let hits: Vec<&str> = lower
            .match_indices(needle)
            .map(|(i, _)| &rest[i.saturating_sub(30)..(i + 40).min(rest.len())])
            .collect();
        assert!(hits.is_empty(), "{needle}: {hits:?}");
    }
    assert!(html.contains(&format!("href=\"{escaped_url}\"")));
    let csp = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a CSP meta tag");
    assert!(csp.starts_with("default-src &#39;none&#39;;"), "{csp}");
    assert!(!csp.contains("unsafe"), "{csp}");
}

#[test]
fn html_header_names_readouts_version_and_time() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let text = visible_text(&html_report(&ev, dir.path()));
    assert!(text.contains(&format!("Made by readout {} on {STAMP}", env!("CARGO_PKG_VERSION"))));
    for part in ["Alpha readout <b>title</b>", "Beta \"Office\" | Press", LEFT_URL, "2026-03-04"] {
        assert!(text.contains(part), "{part}");
    }
    let m = model(&ev);
    let s = &m["comparisons"][0]["stats"];
    let share = |k: &str| {
        let same = s["words_same"].as_f64().unwrap();
        let own = s[k].as_f64().unwrap();
        format!("{:.0}%", 100.0 * same / (same + own))
    };
    assert!(text.contains(&share("words_left_only")));
    assert!(text.contains(&share("words_right_only")));
}

#[test]
fn three_readouts_give_one_section_per_pair_with_unique_ids() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    third(&ev);
    let html = html_report(&ev, dir.path());
    assert_eq!(html.matches("<section class=\"pair\"").count(), 3);
    let mut ids: Vec<String> = tags(&html)
        .iter()
        .flat_map(|t| t.attrs.clone())
        .filter(|(n, _)| n == "id")
        .map(|(_, v)| v)
        .collect();
    let all = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all, "element ids are unique across pairs");
    let m = model(&ev);
    let sts = statements(&m);
    for (n, c) in m["comparisons"].as_array().unwrap().iter().enumerate() {
        for side in ["left", "right"] {
            let r = c[side].as_u64().unwrap() as usize;
            for (id, _) in &sts[r] {
                let anchor = format!("p{}-{id}", n + 1);
                assert!(ids.contains(&anchor), "{anchor}");
            }
        }
    }
    assert_eq!(html.matches("<svg class=\"map\"").count(), 3);
}

#[test]
fn format_follows_the_extension_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let p = |n: &str| dir.path().join(n);
    ok(&["report", s(&ev), "-o", s(&p("a.HTM"))]);
    assert!(std::fs::read_to_string(p("a.HTM")).unwrap().starts_with("<!DOCTYPE html>"));
    ok(&["report", s(&ev), "-o", s(&p("a.markdown"))]);
    assert!(std::fs::read_to_string(p("a.markdown")).unwrap().starts_with("# "));
    ok(&["report", s(&ev), "-o", s(&p("a.json"))]);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(p("a.json")).unwrap()).unwrap();
    assert_eq!(v["schema"], "readout/compare/v1");
    ok(&["report", s(&ev), "-o", s(&p("a.txt")), "--format", "html"]);
    assert!(std::fs::read_to_string(p("a.txt")).unwrap().starts_with("<!DOCTYPE html>"));
    ok(&["report", s(&ev), "-o", s(&p("b.html")), "--format", "markdown"]);
    assert!(std::fs::read_to_string(p("b.html")).unwrap().starts_with("# "));
}

#[test]
fn compare_prints_the_same_documents() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    for (format, file) in [("html", "r.html"), ("markdown", "r.md")] {
        let target = dir.path().join(file);
        ok(&["report", s(&ev), "-o", s(&target)]);
        let printed = ok(&["compare", s(&ev), "--format", format]);
        assert_eq!(printed, std::fs::read_to_string(&target).unwrap(), "{format}");
    }
}

#[test]
fn output_is_reproducible_with_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let a = ok(&["compare", s(&ev), "--format", "html"]);
    let b = ok(&["compare", s(&ev), "--format", "html"]);
    assert_eq!(a, b);
    assert!(a.contains(STAMP));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["compare", s(&ev), "--format", "markdown"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("SOURCE_DATE_EPOCH"));
}

/// Runs `report` expecting failure; returns the one-line message.
fn fails(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    err
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn bad_targets_are_errors_that_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let err = fails(&["report", s(&ev), "-o", s(&out.join("r.pdf"))]);
    assert!(err.contains("r.pdf") && err.contains("--format"), "{err}");
    let err = fails(&["report", s(&ev), "-o", s(&out)]);
    assert!(err.contains("is a directory"), "{err}");
    let blocker = out.join("file.txt");
    std::fs::write(&blocker, "x").unwrap();
    let err = fails(&["report", s(&ev), "-o", s(&blocker.join("r.html"))]);
    assert!(err.contains("r.html"), "{err}");
    let err = fails(&["report", s(&ev), "-o", s(&out.join("none/r.md"))]);
    assert!(err.contains("folder does not exist"), "{err}");
    assert_eq!(names(&out), ["file.txt"]);
    let err = fails(&["report", s(&ev)]);
    assert!(err.contains("--output"), "{err}");
    let err = fails(&["segment", s(&ev), "--format", "html"]);
    assert!(err.contains("segment"), "{err}");
}

/// The cells of each table of a Markdown document, as rendered text, with the HTML a cell holds.
struct Table {
    rows: Vec<Vec<String>>,
}

struct Rendered {
    tables: Vec<Table>,
    /// Raw HTML the renderer passed through (inline or block).
    html: Vec<String>,
    /// Link destinations.
    links: Vec<String>,
    headings: usize,
    /// Text inside strong and emphasis.
    strong: Vec<String>,
    emphasis: Vec<String>,
}

fn render(md: &str) -> Rendered {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    let mut r = Rendered {
        tables: Vec::new(),
        html: Vec::new(),
        links: Vec::new(),
        headings: 0,
        strong: Vec::new(),
        emphasis: Vec::new(),
    };
    let (mut in_strong, mut in_em) = (false, false);
    let mut cell: Option<String> = None;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Table(_)) => r.tables.push(Table { rows: Vec::new() }),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                r.tables.last_mut().unwrap().rows.push(Vec::new())
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().unwrap();
                r.tables.last_mut().unwrap().rows.last_mut().unwrap().push(c);
            }
            Event::Start(Tag::Heading { .. }) => r.headings += 1,
            Event::Start(Tag::Link { dest_url, .. }) => r.links.push(dest_url.to_string()),
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            Event::Start(Tag::Emphasis) => in_em = true,
            Event::End(TagEnd::Emphasis) => in_em = false,
            Event::Text(t) | Event::Code(t) => {
                if in_strong {
                    r.strong.push(t.to_string());
                }
                if in_em {
                    r.emphasis.push(t.to_string());
                }
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                r.html.push(h.to_string());
                if let Some(c) = cell.as_mut() {
                    c.push_str(&h);
                }
            }
            Event::InlineMath(m) | Event::DisplayMath(m) => panic!("math: {m}"),
            Event::Start(Tag::Strikethrough) => panic!("strike-through"),
            _ => {}
        }
    }
    r
}

fn markdown_report(ev: &std::path::Path) -> String {
    ok(&["compare", s(ev), "--format", "markdown"])
}

#[test]
fn markdown_tables_have_the_expected_rows_and_cells() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let r = render(&markdown_report(&ev));
    let m = model(&ev);
    let c = &m["comparisons"][0];
    let sts = statements(&m);
    let by_id: HashMap<&str, &str> =
        sts.iter().flatten().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    // Readouts, summary, links, who said what when the readouts name speakers; then the loaded
    // terms ("detentions") and distinctive words.
    let said = !c["speakers"].as_array().unwrap().is_empty();
    assert_eq!(r.tables.len(), 5 + usize::from(said));
    assert_eq!(r.tables[0].rows.len(), 3);
    let summary = &r.tables[1].rows;
    assert_eq!(summary.len(), 5);
    assert_eq!(summary[1], ["Statements", "5", "5"]);
    let links = &r.tables[2].rows;
    let model_links = c["links"].as_array().unwrap();
    assert_eq!(links.len(), 1 + model_links.len());
    for (row, link) in links[1..].iter().zip(model_links) {
        assert_eq!(row.len(), 3, "{row:?}");
        // Each side's cell reads as its statements, ids first, exactly as written.
        for (cell, side) in [(&row[0], "left"), (&row[2], "right")] {
            let want: Vec<String> = link[side]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| {
                    let id = id.as_str().unwrap();
                    format!("{id} {}", by_id[id])
                })
                .collect();
            // then who the statements are given to, unless no one
            let said_by = cell.strip_prefix(&want.join("<br>")).expect(cell);
            assert!(said_by.is_empty() || said_by.starts_with("<br>— said by "), "{cell}");
        }
        assert!(row[1].starts_with(link["relation"].as_str().unwrap()));
    }
    // Only-in lists name every such statement.
    let md = markdown_report(&ev);
    for id in c["only_left"].as_array().unwrap().iter().chain(c["only_right"].as_array().unwrap()) {
        assert!(md.contains(&format!("- `{}` ", id.as_str().unwrap())));
    }
}

#[test]
fn markdown_injected_markup_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let md = markdown_report(&ev);
    let r = render(&md);
    assert!(r.html.iter().all(|h| h == "<br>"), "{:?}", r.html);
    assert_eq!(r.links, [LEFT_URL], "only the readout's http link");
    // Title, Summary, Links, two only-in lists, who said what, Loaded terms and Most distinctive
    // words: no heading from readout text.
    let said = !model(&ev)["comparisons"][0]["speakers"].as_array().unwrap().is_empty();
    assert_eq!(r.headings, 7 + usize::from(said));
    let all_text: String = r.tables.iter().flat_map(|t| t.rows.iter().flatten()).cloned().collect();
    assert!(all_text.contains("Beta \"Office\" | Press"));
    assert!(md.contains(&"javascript:document.title=&#39;pwned&#39;".replace("&#39;", "'")));
    let rendered = {
        let mut out = String::new();
        pulldown_cmark::html::push_html(
            &mut out,
            Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH),
        );
        out
    };
    for bad in ["<script", "<img", "<svg", "<i>", "<b>", "<a href=\"javascript"] {
        assert!(!rendered.contains(bad), "{bad} in rendered Markdown");
    }
    assert!(rendered.contains("&lt;script&gt;"));
    // The hostile statements read back exactly as written.
    let m = model(&ev);
    let plain = {
        let mut t = String::new();
        for ev in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            if let Event::Text(s) = ev {
                t.push_str(&s);
            }
        }
        t
    };
    for (_, st) in statements(&m).concat() {
        if st.contains("pipe") || st.contains("script") {
            assert!(plain.contains(&st), "{st}");
        }
    }
}

#[test]
fn markdown_marks_only_each_sides_own_words() {
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    let r = render(&markdown_report(&ev));
    // "transport" is only in Beta's wording of the cooperation point; "said" only in Beta's
    // July statement. Bold is Alpha's own, italic Beta's own.
    assert!(r.emphasis.iter().any(|e| e.contains("transport")), "{:?}", r.emphasis);
    assert!(!r.strong.iter().any(|e| e.contains("transport")));
    assert!(!r.emphasis.iter().chain(&r.strong).any(|e| e.contains("Halvik")));
    let legend = markdown_report(&ev);
    assert!(legend.contains("**bold** words only Alpha &amp; &lt;i&gt;Ministry&lt;/i&gt; has"));
}
