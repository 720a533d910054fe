//! `readout check --format html|markdown` (and `-o FILE.html|.md`) on the built binary: a block
//! per claim with its anchor and verdict badge, the marks on each side's own words, escaping of
//! hostile claims, titles and URLs, no resource but the readouts' own links, and unchanged exit
//! codes. Fixtures are written by the tests; the corpus is not needed.

use crate::common::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

const ALPHA_URL: &str = "https://example.org/alpha/readout?a=1&b=2";
const ALPHA_TITLE: &str = "</style><script>document.title='pwned'</script>";
const BETA_TITLE: &str = "\"><svg onload=\"document.title='pwned'\">";
const HOSTILE_ID: &str = "x\"><img src=x onerror=alert(1)>";
const HOSTILE_ATTRIBUTION: &str = "<script>alert(1)</script>";

/// A YAML single-quoted scalar.
fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Two fictional readouts (hostile title, a `javascript:` URL, markup in a statement) and a
/// claims file with one claim of each verdict, one quoting the markup, and one with a hostile id
/// and attribution. Returns the claims file and the event folder, relative to the scratch
/// folder the binary runs in (so the output does not depend on where that is).
fn fixture(s: &Scratch) -> (&'static str, &'static str) {
    let alpha = format!(
        "source: 'Alpha & <i>Ministry</i>'\ntitle: {}\ndate: 2026-03-04\nurl: {}\nstatements:\n\
         \x20 - 'The two ministers met in Halvik on Monday to discuss trade and security.'\n\
         \x20 - 'They agreed to expand cooperation in energy and finance.'\n\
         \x20 - {}\n\
         \x20 - 'The ministers agreed to meet again in July.'\n\
         \x20 - 'Alpha will raise grain exports by 30 percent next year.'\n",
        q(ALPHA_TITLE),
        q(ALPHA_URL),
        q(&format!("Alpha raised concerns about {EVIL} detentions."))
    );
    let beta = format!(
        "source: Beta Office\ntitle: {}\ndate: 2026-03-04\nurl: {}\nstatements:\n\
         \x20 - 'Beta also invited Alpha to the spring forum in the capital.'\n\
         \x20 - 'The sides do not seek confrontation with any country.'\n",
        q(BETA_TITLE),
        q(EVIL_URL)
    );
    s.write("ev/a-alpha.yaml", alpha);
    s.write("ev/b-beta.yaml", beta);
    let claims = format!(
        "claims:\n\
         \x20 - {{text: 'agreed to expand cooperation in energy and finance', attributed_to: Alpha}}\n\
         \x20 - {{text: 'The ministers agreed to meet in July', attributed_to: Alpha}}\n\
         \x20 - {{text: 'Alpha will raise grain exports by 40 percent next year', attributed_to: Alpha}}\n\
         \x20 - {{text: 'invited Alpha to the spring forum in the capital', attributed_to: Alpha}}\n\
         \x20 - {{text: 'signed a memorandum on fisheries in the northern sea', attributed_to: Alpha}}\n\
         \x20 - {{text: {}, attributed_to: Alpha}}\n\
         \x20 - {{id: {}, text: 'The sides do not seek confrontation with any country', attributed_to: {}}}\n",
        q(&format!("Alpha raised concerns about {EVIL} detentions")),
        q(HOSTILE_ID),
        q(HOSTILE_ATTRIBUTION)
    );
    s.write("claims.yaml", claims);
    ("claims.yaml", "ev")
}

/// Runs `readout check CLAIMS --against EVENT EXTRA…` with a fixed time.
fn check(s: &Scratch, claims: &str, ev: &str, extra: &[&str]) -> Run {
    let mut args = vec!["check", claims, "--against", ev];
    args.extend(extra);
    s.run_env(&args, &[("SOURCE_DATE_EPOCH", EPOCH)])
}

/// The check's document in `format`, asserting the exit code a failing claim gives.
fn document(format: &str) -> (Scratch, String, Value) {
    let s = Scratch::new();
    let (claims, ev) = fixture(&s);
    let run = check(&s, claims, ev, &["--format", format]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let json = check(&s, claims, ev, &["--format", "json"]);
    let model: Value = serde_json::from_str(&json.stdout).unwrap();
    (s, run.stdout, model)
}

fn claims(model: &Value) -> &Vec<Value> {
    model["claims"].as_array().unwrap()
}

const VERDICTS: [(&str, &str); 5] =
    [("verbatim", "✓"), ("close", "≈"), ("altered", "✗"), ("misattributed", "⇄"), ("absent", "∅")];

fn symbol(verdict: &str) -> &str {
    VERDICTS.iter().find(|(v, _)| *v == verdict).unwrap().1
}

#[test]
fn fixture_has_every_verdict() {
    let (_, _, model) = document("json");
    for (v, _) in VERDICTS {
        assert!(claims(&model).iter().any(|c| c["verdict"] == v), "no {v} claim in the fixture");
    }
}

// ---------------------------------------------------------------- HTML

/// Tag names the check page is made of; anything else came from input.
const TAGS: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "div", "header", "main",
    "footer", "nav", "section", "article", "h1", "h2", "h3", "p", "ul", "li", "a", "span", "b",
    "code", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "del", "ins",
];

/// Attribute names the page uses: no event handler, `src`, `style` or `srcdoc`.
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
    "aria-label",
    "aria-labelledby",
];

/// The HTML of one claim's block: from its `<article` to the next `</article>`.
fn block<'a>(html: &'a str, anchor_attr: &str) -> &'a str {
    let open = format!("id=\"{anchor_attr}\">");
    let at = html.find(&open).unwrap_or_else(|| panic!("no block with {open}"));
    let start = html[..at].rfind("<article").expect("block is an article");
    let end = html[at..].find("</article>").unwrap() + at;
    &html[start..end]
}

/// A claim id as the page writes it in an `id` attribute.
fn anchor_attr(id: &str) -> String {
    let id: String = id.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
    id.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn html_has_a_block_per_claim_with_its_id_as_anchor_and_verdict_badge() {
    let (_, html, model) = document("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<article class=\"claim ").count(), claims(&model).len());
    for c in claims(&model) {
        let id = c["id"].as_str().unwrap();
        let verdict = c["verdict"].as_str().unwrap();
        let a = anchor_attr(id);
        assert_eq!(html.matches(&format!("id=\"{a}\"")).count(), 1, "anchor {a} once");
        assert!(html.contains(&format!("href=\"#{a}\"")), "the index links to {a}");
        let b = block(&html, &a);
        let fails = !matches!(verdict, "verbatim" | "close");
        let class =
            format!("<article class=\"claim {verdict}{}\"", if fails { " fail" } else { "" });
        assert!(b.starts_with(&class), "{id}: {}", &b[..80.min(b.len())]);
        let badge =
            format!("<span class=\"verdict {verdict}\">{} {verdict}</span>", symbol(verdict));
        assert!(b.contains(&badge), "{id}: no {verdict} badge");
        // The claim's text, as written, is in its block.
        let text = c["text"].as_str().unwrap();
        assert!(visible_text(b).contains(text), "{id}: claim text");
        // Its evidence statement is named; an absent claim says there is none.
        match c["evidence"]["statements"].as_array() {
            Some(ids) => {
                for s in ids {
                    assert!(
                        b.contains(&format!("<span class=\"sid\">{}</span>", s.as_str().unwrap()))
                    );
                }
            }
            None => assert!(visible_text(b).contains("no readout says anything like it")),
        }
    }
    // The summary counts every verdict, with its badge.
    let summary = &html[html.find("id=\"rd-summary\"").unwrap()
        ..html.find("<table class=\"claims-index\"").unwrap()];
    for (v, sym) in VERDICTS {
        let n = model["stats"][v].as_u64().unwrap();
        assert!(
            summary.contains(&format!(
                "<li><b>{n}</b><span class=\"verdict {v}\">{sym} {v}</span></li>"
            )),
            "summary count of {v}"
        );
    }
    assert!(visible_text(summary).contains("3 claims not borne out by the readouts."));
}

#[test]
fn html_strikes_claim_only_words_and_underlines_readout_only_words() {
    let (_, html, _) = document("html");
    // c3 says 40 where the readout says 30; c2 leaves out the readout's "again".
    let altered = block(&html, "c3");
    assert!(altered.contains("<del class=\"claim-own\">40</del>"), "{altered}");
    assert!(altered.contains("<ins class=\"src-own\">30</ins>"), "{altered}");
    let close = block(&html, "c2");
    assert!(close.contains("<ins class=\"src-own\">again</ins>"), "{close}");
    assert!(!close.contains("<del"), "the claim has no words of its own: {close}");
    // The matched words are highlighted inside their statement, the rest is context.
    assert!(altered.contains("<span class=\"quote\">Alpha will raise grain exports by "));
    // A verbatim claim marks nothing.
    let verbatim = block(&html, "c1");
    assert!(!verbatim.contains("<del") && !verbatim.contains("<ins"), "{verbatim}");
    // The legend explains both marks.
    assert!(
        html.contains("<del class=\"claim-own\">Struck through</del>: words only the claim has")
    );
    assert!(
        html.contains("<ins class=\"src-own\">Dotted underline</ins>: words only the readout has")
    );
}

#[test]
fn html_injection_samples_come_out_as_text() {
    let (_, html, _) = document("html");
    for t in tags(&html).iter().filter(|t| t.name != "!DOCTYPE") {
        assert!(TAGS.contains(&t.name.as_str()), "unexpected tag <{}>", t.name);
        for (name, value) in &t.attrs {
            assert!(ATTRS.contains(&name.as_str()), "unexpected attribute {name}");
            if name == "href" {
                assert!(value.starts_with('#') || unescape(value) == ALPHA_URL, "href {value}");
            }
        }
    }
    assert_eq!(html.matches("<style>").count(), 2);
    assert_eq!(html.matches("</style>").count(), 2);
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"));
    let text = visible_text(&html);
    for shown in [EVIL, ALPHA_TITLE, BETA_TITLE, EVIL_URL, HOSTILE_ID, HOSTILE_ATTRIBUTION] {
        assert!(text.contains(shown), "{shown} is shown as written");
    }
    assert!(text.contains("Alpha & <i>Ministry</i>"));
    // The hostile id still gets a block and an index link of its own.
    let a = anchor_attr(HOSTILE_ID);
    assert!(html.contains(&format!("href=\"#{a}\"")) && block(&html, &a).contains("Note"));
}

#[test]
fn html_references_no_resource_but_the_readouts_own_links() {
    let (_, html, _) = document("html");
    let escaped_url = ALPHA_URL.replace('&', "&amp;");
    assert!(html.contains(&format!("href=\"{escaped_url}\"")));
    let rest = html.replace(&escaped_url, "");
    let lower = rest.to_ascii_lowercase();
    for needle in ["http://", "https://", "url(", "@import", "<link", "src="] {
        let hits: Vec<&str> = lower
            .match_indices(needle)
            .map(|(i, _)| &rest[i.saturating_sub(30)..(i + 40).min(rest.len())])
            .filter(|hit| !hit.contains("&lt;img"))
            .collect();
        assert!(hits.is_empty(), "{needle}: {hits:?}");
    }
    let csp = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a CSP meta tag");
    assert!(csp.starts_with("default-src &#39;none&#39;;"), "{csp}");
    assert_eq!(csp.matches("sha256-").count(), 2, "one hash per stylesheet: {csp}");
    assert!(!csp.contains("unsafe") && !csp.contains("script-src"), "{csp}");
}

#[test]
fn html_header_names_claims_file_readouts_version_and_time() {
    let (_, html, _) = document("html");
    let header = &html[html.find("<header>").unwrap()..html.find("</header>").unwrap()];
    let text = visible_text(header);
    assert!(text.contains("7 claims from ") && text.contains("claims.yaml"), "{text}");
    for want in [
        "Alpha & <i>Ministry</i>",
        "Beta Office",
        ALPHA_TITLE,
        BETA_TITLE,
        "2026-03-04",
        ALPHA_URL,
        EVIL_URL,
        STAMP,
        env!("CARGO_PKG_VERSION"),
    ] {
        assert!(text.contains(want), "header lacks {want}: {text}");
    }
    // Only the http(s) URL is a link.
    assert_eq!(header.matches("<a href=").count(), 1);
}

#[test]
fn html_output_is_reproducible_with_source_date_epoch() {
    let (_, a, _) = document("html");
    let (_, b, _) = document("html");
    assert_eq!(a, b);
    assert!(a.contains(STAMP));
}

// ---------------------------------------------------------------- Markdown

struct Rendered {
    tables: Vec<Vec<Vec<String>>>,
    /// Raw HTML the renderer passed through.
    html: Vec<String>,
    links: Vec<String>,
    headings: Vec<String>,
    /// The first bold text after each heading.
    after_heading: Vec<Option<String>>,
    strong: Vec<String>,
    struck: Vec<String>,
}

fn render(md: &str) -> Rendered {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    let mut r = Rendered {
        tables: Vec::new(),
        html: Vec::new(),
        links: Vec::new(),
        headings: Vec::new(),
        after_heading: Vec::new(),
        strong: Vec::new(),
        struck: Vec::new(),
    };
    let (mut strong, mut struck) = (false, false);
    let mut cell: Option<String> = None;
    let mut heading: Option<String> = None;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Table(_)) => r.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                r.tables.last_mut().unwrap().push(Vec::new())
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().unwrap();
                r.tables.last_mut().unwrap().last_mut().unwrap().push(c);
            }
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                r.headings.push(heading.take().unwrap());
                r.after_heading.push(None);
            }
            Event::Start(Tag::Link { dest_url, .. }) => r.links.push(dest_url.to_string()),
            Event::Start(Tag::Strong) => strong = true,
            Event::End(TagEnd::Strong) => strong = false,
            Event::Start(Tag::Strikethrough) => struck = true,
            Event::End(TagEnd::Strikethrough) => struck = false,
            Event::Text(t) | Event::Code(t) => {
                if strong {
                    r.strong.push(t.to_string());
                    if let Some(first @ None) = r.after_heading.last_mut() {
                        *first = Some(t.to_string());
                    }
                }
                if struck {
                    r.struck.push(t.to_string());
                }
                for open in [cell.as_mut(), heading.as_mut()].into_iter().flatten() {
                    open.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => r.html.push(h.to_string()),
            Event::InlineMath(m) | Event::DisplayMath(m) => panic!("math: {m}"),
            _ => {}
        }
    }
    r
}

/// The plain text of a Markdown document, as a renderer shows it.
fn plain(md: &str) -> String {
    let mut t = String::new();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Text(s) | Event::Code(s) => t.push_str(&s),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow,
            ) => t.push('\n'),
            _ => {}
        }
    }
    t
}

#[test]
fn markdown_tables_have_the_expected_rows_and_cells() {
    let (_, md, model) = document("markdown");
    let r = render(&md);
    assert_eq!(r.tables.len(), 3, "readouts, summary, claims");
    let readouts = &r.tables[0];
    assert_eq!(readouts.len(), 3);
    assert_eq!(readouts[0], ["Id", "Source", "Title", "Date", "File"]);
    assert_eq!(readouts[1][..2], ["AM", "Alpha & <i>Ministry</i>"]);
    assert_eq!(readouts[2][2], format!("{BETA_TITLE} ({EVIL_URL})"), "no link, shown as text");
    let summary = &r.tables[1];
    assert_eq!(summary.len(), 1 + 5 + 1);
    for (row, (v, sym)) in summary[1..].iter().zip(VERDICTS) {
        assert_eq!(row[..2], [format!("{sym} {v}"), model["stats"][v].to_string()]);
    }
    assert_eq!(summary[6][..2], ["Total", "7"]);
    let table = &r.tables[2];
    assert_eq!(table[0], ["Claim", "Verdict", "Text", "Attributed to", "Evidence"]);
    assert_eq!(table.len(), 1 + claims(&model).len());
    for (row, c) in table[1..].iter().zip(claims(&model)) {
        let verdict = c["verdict"].as_str().unwrap();
        let evidence = match c["evidence"]["statements"].as_array() {
            Some(ids) => {
                let ids: Vec<&str> = ids.iter().map(|i| i.as_str().unwrap()).collect();
                format!("{} {}", ids.join("+"), c["evidence"]["source"].as_str().unwrap())
            }
            None => String::new(),
        };
        assert_eq!(
            row,
            &[
                c["id"].as_str().unwrap().to_string(),
                format!("{} {verdict}", symbol(verdict)),
                c["text"].as_str().unwrap().to_string(),
                c["attributed_to"].as_str().unwrap().to_string(),
                evidence,
            ]
        );
    }
    assert!(md.contains("\n**3 claims not borne out by the readouts.**\n"));
}

#[test]
fn markdown_has_a_section_per_claim_linked_from_the_table() {
    let (_, md, model) = document("markdown");
    let r = render(&md);
    // Title, Summary, Claims, then one heading per claim, named by its id.
    let ids: Vec<&str> = claims(&model).iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(r.headings[1..3], ["Summary", "Claims"]);
    assert_eq!(r.headings[3..], ids);
    // Plain ids link to their heading's anchor; the hostile one is not made a link.
    let anchors: Vec<String> = ids.iter().take(6).map(|i| format!("#{i}")).collect();
    assert_eq!(r.links[1..], anchors);
    // Each section opens with the claim's verdict in bold.
    for (c, first) in claims(&model).iter().zip(&r.after_heading[3..]) {
        let verdict = c["verdict"].as_str().unwrap();
        assert_eq!(first.as_deref(), Some(format!("{} {verdict}", symbol(verdict)).as_str()));
    }
}

#[test]
fn markdown_strikes_claim_only_words_and_bolds_readout_only_words() {
    let (_, md, _) = document("markdown");
    let r = render(&md);
    assert!(r.struck.contains(&"40".to_string()), "{:?}", r.struck);
    assert!(r.strong.contains(&"30".to_string()), "{:?}", r.strong);
    assert!(r.strong.contains(&"again".to_string()), "{:?}", r.strong);
    // Shared words are never marked.
    for shared in ["grain", "July", "ministers"] {
        assert!(!r.struck.iter().chain(&r.strong).any(|t| t.contains(shared)), "{shared}");
    }
    assert!(md.contains(
        "Legend: ~~struck through~~ words only the claim has, **bold** words only the readout has"
    ));
    // The statement around the matched words is given for context, unless they are all of it.
    let text = plain(&md);
    assert!(
        text.contains("In context: AM2 They agreed to expand cooperation in energy and finance.")
    );
    assert!(!text.contains("In context: AM4"), "c2 quotes the whole of AM4");
}

#[test]
fn markdown_injected_markup_stays_text() {
    let (_, md, _) = document("markdown");
    let r = render(&md);
    assert!(r.html.is_empty(), "raw HTML passed through: {:?}", r.html);
    assert_eq!(r.links[0], ALPHA_URL, "the only outside link is the readout's own");
    assert!(r.links[1..].iter().all(|l| l.starts_with('#')), "{:?}", r.links);
    let rendered = {
        let mut out = String::new();
        let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        pulldown_cmark::html::push_html(&mut out, Parser::new_ext(&md, opts));
        out
    };
    for bad in ["<script", "<img", "<svg", "<i>", "<a href=\"javascript"] {
        assert!(!rendered.contains(bad), "{bad} in rendered Markdown");
    }
    let text = plain(&md);
    for shown in [EVIL, ALPHA_TITLE, HOSTILE_ID, HOSTILE_ATTRIBUTION] {
        assert!(text.contains(shown), "{shown} reads back as written");
    }
}

// ---------------------------------------------------------------- formats and exit codes

#[test]
fn format_follows_the_output_extension_unless_given() {
    let s = Scratch::new();
    let (claims, ev) = fixture(&s);
    for (file, starts) in [("out.html", "<!DOCTYPE html>"), ("out.md", "# Claims in ")] {
        let run = check(&s, claims, ev, &["-o", file]);
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        assert!(run.stdout.is_empty());
        let written = std::fs::read_to_string(s.path().join(file)).unwrap();
        assert!(written.starts_with(starts), "{file}: {}", &written[..40]);
    }
    let run = check(&s, claims, ev, &["-o", "named.txt", "--format", "markdown"]);
    assert_eq!(run.code, Some(1));
    let named = std::fs::read_to_string(s.path().join("named.txt")).unwrap();
    assert_eq!(named, check(&s, claims, ev, &["--format", "markdown"]).stdout);
}

#[test]
fn exit_codes_are_unchanged_with_documents() {
    let s = Scratch::new();
    let (_, ev) = fixture(&s);
    s.write(
        "ok.yaml",
        "claims:\n  - {text: 'agreed to expand cooperation in energy and finance', attributed_to: Alpha}\n  \
         - {text: 'The ministers agreed to meet in July', attributed_to: Alpha}\n",
    );
    for format in ["html", "markdown"] {
        let run = check(&s, "ok.yaml", ev, &["--format", format]);
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        // --strict fails the close claim; the document says so.
        let strict = check(&s, "ok.yaml", ev, &["--format", format, "--strict"]);
        assert_eq!(strict.code, Some(1), "{format} --strict");
        assert!(plain_or_text(&strict.stdout, format).contains("1 claim not verbatim"));
        assert!(plain_or_text(&run.stdout, format).contains("Every claim is verbatim or close."));
    }
    // Errors stay one line and exit 2, and write no file.
    for out in ["bad.html", "bad.md"] {
        let run = check(&s, "missing.yaml", ev, &["-o", out]);
        assert!(run.error_line().contains("missing.yaml"), "{}", run.stderr);
        assert!(!s.path().join(out).exists());
    }
    let run = s.run_env(
        &["check", "ok.yaml", "--against", ev, "--format", "html"],
        &[("SOURCE_DATE_EPOCH", "soon")],
    );
    assert!(run.error_line().contains("SOURCE_DATE_EPOCH"));
}

fn plain_or_text(doc: &str, format: &str) -> String {
    if format == "html" { visible_text(doc) } else { plain(doc) }
}
