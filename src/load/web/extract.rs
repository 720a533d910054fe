//! HTML → a readout's text and facts: the article body as paragraphs (found by `dom_smoothie`,
//! a port of Mozilla's Readability), and the page's title, date, URL, site name and language.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

/// What a page says, ready to become a readout file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Extracted {
    /// The headline: Open Graph's title, else the `<title>` less the site's name.
    pub title: Option<String>,
    /// The publication date: `YYYY-MM-DD` where the page gives one, else as the page writes it.
    pub date: Option<String>,
    /// The canonical link, else `og:url`, made absolute; only http and https.
    pub url: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// The primary language subtag of `<html lang>` (`ru` for `ru-RU`), lower case.
    pub language: Option<String>,
    /// The article's text blocks, in order.
    pub blocks: Vec<Block>,
}

/// One paragraph-sized piece of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub kind: BlockKind,
    /// The text with runs of whitespace folded to one space.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
}

/// Reads `html`. `page_url` (where it was fetched from) makes relative canonical links absolute.
/// The blocks are empty when no article text can be found.
pub(crate) fn extract(html: &str, page_url: Option<&str>) -> Extracted {
    let doc_url = page_url.filter(|u| is_http(u));
    let mut found = Extracted::default();
    let Ok(mut readability) = Readability::new(html, doc_url, Some(Config::default())) else {
        return found;
    };
    // The facts come from the page as served: Readability rewrites the document as it parses.
    facts(&readability.doc, doc_url, &mut found);
    if let Ok(article) = readability.parse() {
        if found.title.is_none() {
            found.title = Some(fold(&article.title)).filter(|t| !t.is_empty());
        }
        if found.date.is_none() {
            found.date = article.published_time.as_deref().and_then(date);
        }
        found.blocks = blocks(&article.content);
    }
    found
}

/// Title, date, URL, site name and language from the head and `<time>` elements.
fn facts(doc: &Document, page_url: Option<&str>, out: &mut Extracted) {
    let meta = |key: &str| -> Option<String> {
        let sel = format!("meta[property='{key}'], meta[name='{key}']");
        doc.try_select(&sel)?
            .nodes()
            .iter()
            .filter_map(|n| n.attr("content"))
            .map(|c| fold(&c))
            .find(|c| !c.is_empty())
    };
    out.site_name = meta("og:site_name");
    out.title = meta("og:title").or_else(|| headline(doc, out.site_name.as_deref()));
    out.date = meta("article:published_time").as_deref().and_then(date).or_else(|| {
        // The article's own <time>, not one in a list of related news beside it.
        let in_article = doc.try_select("article time[datetime], main time[datetime]");
        let any = doc.try_select("time[datetime]");
        [in_article, any]
            .into_iter()
            .flatten()
            .flat_map(|s| s.nodes().to_vec())
            .filter(|n| !n.ancestors_it(None).any(|a| is_aside(&a)))
            .find_map(|n| n.attr("datetime").as_deref().and_then(date))
    });
    let link = doc
        .try_select("link[rel~='canonical'][href]")
        .and_then(|s| s.nodes().iter().find_map(|n| n.attr("href")))
        .map(|h| h.to_string())
        .or_else(|| meta("og:url"));
    out.url = link.and_then(|l| absolute(l.trim(), page_url));
    out.language = doc
        .try_select("html[lang]")
        .and_then(|s| s.attr("lang"))
        .and_then(|l| primary_language(&l));
}

/// The title when the page has no `og:title`: its only `<h1>` where the `<title>` begins with it
/// (pages add their site's name there, after separators Readability does not know, such as
/// `_`), else the `<title>` less a trailing site name. `None` leaves it to Readability.
fn headline(doc: &Document, site_name: Option<&str>) -> Option<String> {
    let title = fold(&doc.try_select("title")?.text());
    let h1s = doc.try_select("h1").map(|s| s.nodes().to_vec()).unwrap_or_default();
    if let [h1] = h1s.as_slice() {
        let h1 = fold(&h1.text());
        if !h1.is_empty() && title.starts_with(&h1) {
            return Some(h1);
        }
    }
    let site = site_name?;
    let rest = title.strip_suffix(site)?;
    let kept = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
    (kept.len() < rest.len() && !kept.is_empty()).then(|| kept.to_string())
}

/// Navigation, sidebars and footers, whose dates belong to other pages.
fn is_aside(n: &NodeRef) -> bool {
    n.node_name().is_some_and(|name| matches!(&*name, "aside" | "nav" | "footer"))
}

/// A date or time as pages give it in `datetime` and meta tags: its `YYYY-MM-DD` part (the day in
/// the page's own time zone), else the value as written.
fn date(value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    let b = v.as_bytes();
    let is_day = b.len() >= 10
        && b[..10]
            .iter()
            .enumerate()
            .all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && (b.len() == 10 || matches!(b[10], b'T' | b't' | b' '));
    Some(if is_day { v[..10].to_string() } else { fold(v) })
}

/// `ru` for `ru-RU`; `None` for anything that is not a language subtag.
fn primary_language(lang: &str) -> Option<String> {
    let primary = lang.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (2..=3)
        .contains(&primary.len())
        .then_some(primary)
        .filter(|p| p.bytes().all(|b| b.is_ascii_lowercase()))
}

fn is_http(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// `href` as an absolute http(s) URL: as it stands, or against `base` (scheme-relative and
/// root-relative links; a path relative to the page's folder).
fn absolute(href: &str, base: Option<&str>) -> Option<String> {
    if href.is_empty() {
        return None;
    }
    if is_http(href) {
        return Some(href.to_string());
    }
    let base = base?;
    let (scheme, rest) = base.split_once("://")?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + authority_end];
    if let Some(path) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{path}"));
    }
    if href.starts_with('/') {
        return Some(format!("{origin}{href}"));
    }
    if href.contains(':') || href.starts_with(['?', '#']) {
        return None;
    }
    let path = &rest[authority_end..];
    let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let folder = if folder.is_empty() { "/" } else { folder };
    Some(format!("{origin}{folder}{href}"))
}

/// Elements that start and end a block of text of their own.
#[rustfmt::skip]
const BLOCK: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
    "fieldset", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
    "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
];

/// Elements whose content is never readout text: code, media, controls, navigation and footers
/// Readability left in, and a picture's caption (a credit line, not a statement).
#[rustfmt::skip]
const SKIP: &[&str] = &[
    "audio", "button", "canvas", "figcaption", "footer", "iframe", "input", "math", "nav",
    "noscript", "object", "script", "select", "style", "svg", "template", "textarea", "video",
];

/// The text blocks of Readability's cleaned article HTML.
fn blocks(content: &str) -> Vec<Block> {
    let doc = Document::fragment(content);
    let mut walk = Walk {
        blocks: Vec::new(),
        current: String::new(),
        kind: BlockKind::Paragraph,
        in_link: 0,
        link_chars: 0,
    };
    walk.node(&doc.root());
    walk.flush();
    walk.blocks
}

struct Walk {
    blocks: Vec<Block>,
    current: String,
    kind: BlockKind,
    /// How many `<a>` elements the walk is inside.
    in_link: usize,
    /// Letters and digits of the current block that are link text.
    link_chars: usize,
}

impl Walk {
    fn node(&mut self, node: &NodeRef) {
        if node.is_text() {
            let text = node.text();
            if self.in_link > 0 {
                self.link_chars += text.chars().filter(|c| c.is_alphanumeric()).count();
            }
            self.current.push_str(&text);
            return;
        }
        let name = node.node_name();
        let name = name.as_deref().unwrap_or("");
        if SKIP.contains(&name) {
            return;
        }
        if name == "br" {
            self.current.push(' ');
            return;
        }
        let block = BLOCK.contains(&name);
        if block {
            self.flush();
            self.kind = match name {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                "li" | "dt" | "dd" => BlockKind::ListItem,
                _ => self.kind,
            };
        }
        let link = name == "a";
        self.in_link += usize::from(link);
        for child in node.children_it(false) {
            self.node(&child);
        }
        self.in_link -= usize::from(link);
        if block {
            self.flush();
            self.kind = BlockKind::Paragraph;
        }
    }

    /// Ends the current block. One that is all link text (a menu, a list of related news) is
    /// not part of the readout.
    fn flush(&mut self) {
        let text = fold(&self.current);
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        if letters > 0 && self.link_chars < letters {
            self.blocks.push(Block { kind: self.kind, text });
        }
        self.current.clear();
        self.link_chars = 0;
    }
}

/// Runs of whitespace (non-breaking spaces included) folded to one space, ends trimmed.
fn fold(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_day_as_the_page_gives_it() {
        assert_eq!(date("2026-10-12T23:40:00+03:00").as_deref(), Some("2026-10-12"));
        assert_eq!(date("2026-10-12").as_deref(), Some("2026-10-12"));
        assert_eq!(date(" 12 October  2026 ").as_deref(), Some("12 October 2026"));
        assert_eq!(date("2026-10-123").as_deref(), Some("2026-10-123"));
        assert_eq!(date(""), None);
    }

    #[test]
    fn languages_are_primary_subtags() {
        assert_eq!(primary_language("ru-RU").as_deref(), Some("ru"));
        assert_eq!(primary_language("zh_CN").as_deref(), Some("zh"));
        assert_eq!(primary_language("EN").as_deref(), Some("en"));
        assert_eq!(primary_language("x"), None);
        assert_eq!(primary_language("en1"), None);
    }

    #[test]
    fn links_are_made_absolute() {
        let base = Some("https://mfa.example/eng/zxxx/202610/t1.html?x=1");
        assert_eq!(
            absolute("/eng/a.html", base).as_deref(),
            Some("https://mfa.example/eng/a.html")
        );
        assert_eq!(absolute("//cdn.example/a", base).as_deref(), Some("https://cdn.example/a"));
        assert_eq!(
            absolute("t2.html", base).as_deref(),
            Some("https://mfa.example/eng/zxxx/202610/t2.html")
        );
        assert_eq!(
            absolute("http://other.example/", None).as_deref(),
            Some("http://other.example/")
        );
        assert_eq!(absolute("/a", None), None);
        assert_eq!(absolute("javascript:alert(1)", base), None);
    }

    fn facts_of(html: &str) -> Extracted {
        let mut out = Extracted::default();
        facts(&Document::from(html), Some("https://mfa.example/eng/t1.html"), &mut out);
        out
    }

    #[test]
    fn titles_lose_the_site_name_however_it_is_appended() {
        let h1 = facts_of(
            "<title>Minister meets envoy_Ministry of Foreign Affairs</title>\
                           <h1>Minister meets envoy</h1>",
        );
        assert_eq!(h1.title.as_deref(), Some("Minister meets envoy"));
        let site = facts_of(
            "<meta property=og:site_name content=\"Ministry\">\
                             <title>Minister meets envoy | Ministry</title><h1>A</h1><h1>B</h1>",
        );
        assert_eq!(site.title.as_deref(), Some("Minister meets envoy"));
        let og = facts_of("<meta property=og:title content=\"Talks\"><title>Other</title>");
        assert_eq!(og.title.as_deref(), Some("Talks"));
        // Nothing to go on: Readability's own reading of <title> decides.
        assert_eq!(facts_of("<title>Minister meets envoy</title>").title, None);
    }

    #[test]
    fn the_date_is_the_articles_not_a_related_storys() {
        let page = facts_of(
            "<main><aside><time datetime=2026-10-01>1 Oct</time></aside>\
                             <article><time datetime=\"2026-10-12T16:40+03:00\">12 Oct</time></article></main>",
        );
        assert_eq!(page.date.as_deref(), Some("2026-10-12"));
        let meta = facts_of(
            "<meta property=article:published_time content=2026-10-11T23:00:00Z>\
                             <time datetime=2026-10-12>",
        );
        assert_eq!(meta.date.as_deref(), Some("2026-10-11"));
    }

    #[test]
    fn the_url_is_the_canonical_link_made_absolute() {
        let page = facts_of(
            "<link rel=canonical href=/eng/t1.html><meta property=og:url content=https://x.example/>",
        );
        assert_eq!(page.url.as_deref(), Some("https://mfa.example/eng/t1.html"));
        let og = facts_of("<meta property=og:url content=https://x.example/a>");
        assert_eq!(og.url.as_deref(), Some("https://x.example/a"));
        let bad = facts_of("<link rel=canonical href=\"javascript:alert(1)\">");
        assert_eq!(bad.url, None);
    }

    #[test]
    fn blocks_follow_the_markup() {
        let got = blocks(
            "<div><h2>Heading</h2><p>One <b>bold</b>\n word.</p><ul><li>Item</li></ul>\
             <p>Line<br>break</p><figure><img src=x><figcaption>Photo: press office</figcaption></figure>\
             <p><script>alert(1)</script>Safe.</p><p> &nbsp; </p>\
             <ul><li><a href=/a>Related news</a></li></ul><p>Said <a href=/b>here</a>.</p>\
             <nav>Menu</nav><footer>Tags</footer></div>",
        );
        let texts: Vec<(BlockKind, &str)> = got.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (BlockKind::Heading, "Heading"),
                (BlockKind::Paragraph, "One bold word."),
                (BlockKind::ListItem, "Item"),
                (BlockKind::Paragraph, "Line break"),
                (BlockKind::Paragraph, "Safe."),
                (BlockKind::Paragraph, "Said here."),
            ]
        );
    }
}
