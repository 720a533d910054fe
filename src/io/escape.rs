//! What untrusted text (readout text and metadata, claims) may carry into a file readout
//! writes: which URLs may become links, which control characters no format allows, and Markdown
//! escaping (inline text that can open no block and marks nothing up, table cells, links only to
//! http(s) addresses), shared by the Markdown reports and the readout files `fetch` writes; and
//! what any of it may carry to a terminal ([`terminal`]), used by the terminal renderer and by
//! every message on standard error. HTML escaping is the HTML renderer's own
//! (`render/html/escape.rs`).

use std::borrow::Cow;

/// Text from input made harmless for a terminal: every C0 control other than line feed and tab,
/// DEL and every C1 control is shown instead of sent, so no readout, file name or message can
/// move the cursor, set the window title, hide text or reprogram the terminal. C0 controls and
/// DEL are shown in caret notation (`^[` for ESC, `^M` for a carriage return, `^?` for DEL), C1
/// controls as their code in angle brackets (`<9b>` for the one-byte CSI). The bidirectional
/// embedding, override and isolate controls, which reorder how the text around them is shown
/// (a statement could display words in an order it does not have), are shown as their code
/// point (`<U+202E>`). Everything else, including `^` and `<` themselves, is left as it is.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c as u32 {
            _ if !is_terminal_control(c) => out.push(c),
            n @ 0..=0x1f => {
                out.push('^');
                out.push(char::from(b'@' + n as u8));
            }
            0x7f => out.push_str("^?"),
            _ if is_bidi_control(c) => out.push_str(&bidi_shown(c)),
            n => out.push_str(&format!("<{n:02x}>")),
        }
    }
    Cow::Owned(out)
}

/// What [`terminal`] shows instead of sending: C0 controls but line feed and tab, DEL, C1, and
/// the bidirectional controls.
fn is_terminal_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t')) || is_bidi_control(c)
}

/// The bidirectional embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI,
/// RLI, FSI, PDI): invisible, and they reorder the display of the text after them. Every
/// renderer shows them as [`bidi_shown`] instead of passing them on.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// How a bidirectional control is shown: its code point, `<U+202E>`.
pub fn bidi_shown(c: char) -> String {
    format!("<U+{:04X}>", c as u32)
}

/// Text for Markdown inline content (a paragraph, list item or heading), read by CommonMark and
/// GitHub-, GitLab- and Obsidian-flavoured renderers as the same plain text: emphasis, code,
/// links, HTML, tables, strike-through, math, mentions and issue references are all disarmed,
/// and nothing at the start can open a block (heading, list, quote). Line breaks become spaces
/// and outer whitespace is dropped, since inline content reflows anyway.
pub fn markdown_inline(s: &str) -> String {
    let flat: String =
        s.trim().chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    let mut out = String::with_capacity(flat.len() + flat.len() / 8);
    out.push_str(&block_start_escape(&flat));
    for c in flat[start_len(&flat)..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' | '$' | '#' | '@' => {
                out.push('\\');
                out.push(c);
            }
            c if is_forbidden_control(c) => out.push('\u{fffd}'),
            c if is_bidi_control(c) => out.push_str(&bidi_shown(c).replace('<', "&lt;")),
            c => out.push(c),
        }
    }
    out
}

/// Length in bytes of the prefix [`block_start_escape`] rewrites: a list number (`12.`, `3)`)
/// or bullet (`-`, `+`) followed by a space, or the first of a line of `-`, `=` (and spaces)
/// that could be a thematic break or a setext underline. Text that merely starts with a
/// number or a dash (`48.6 billion`, `-5%`) is left alone, so the Markdown stays readable.
fn start_len(s: &str) -> usize {
    let spaced = |at: usize| s[at..].chars().next().is_none_or(char::is_whitespace);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && matches!(s.as_bytes().get(digits), Some(b'.' | b')'))
        && spaced(digits + 1)
    {
        return digits + 1;
    }
    let rule = !s.is_empty() && s.chars().all(|c| matches!(c, '-' | '=' | ' ' | '\t'));
    match s.as_bytes().first() {
        Some(b'-' | b'+') if spaced(1) || rule => 1,
        Some(b'=') if rule => 1,
        _ => 0,
    }
}

fn block_start_escape(s: &str) -> String {
    let n = start_len(s);
    if n == 0 {
        return String::new();
    }
    let (head, mark) = s[..n].split_at(n - 1);
    format!("{head}\\{mark}")
}

/// Text for one cell of a Markdown table: [`markdown_inline`] for each line (which already
/// escapes `|`), lines joined with `<br>`, the line break tables allow. An empty value gets a
/// space so the row keeps its cells.
pub fn markdown_cell(s: &str) -> String {
    let lines: Vec<String> = s.lines().map(markdown_inline).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() { " ".to_string() } else { lines.join("<br>") }
}

/// A URL as a Markdown link destination (`[text](<…>)` form), or `None` when [`safe_url`]
/// refuses it. Characters that would end the destination or start an escape are percent-encoded,
/// which leaves the address the same.
pub fn markdown_url(url: &str) -> Option<String> {
    let u = safe_url(url)?;
    let mut out = String::with_capacity(u.len() + 2);
    out.push('<');
    for c in u.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            '|' => out.push_str("%7C"),
            '`' => out.push_str("%60"),
            c => out.push(c),
        }
    }
    out.push('>');
    Some(out)
}

/// A Markdown link with `text` when the URL is safe, else the text followed by the URL, both as
/// plain text. Empty text falls back to the URL.
pub fn markdown_link(text: &str, url: &str) -> String {
    let label = if text.trim().is_empty() { url } else { text };
    match markdown_url(url) {
        Some(dest) => format!("[{}]({dest})", markdown_inline(label)),
        None if label == url => markdown_inline(url),
        None => format!("{} ({})", markdown_inline(label), markdown_inline(url)),
    }
}

/// The URL itself when it may become a link: `http` or `https` (any case), with a host part and
/// no whitespace or control characters. Anything else (`javascript:`, `data:`, relative paths,
/// `file:`) gets `None` and is shown as text. The result still needs [`attr`] or
/// [`markdown_url`] escaping where it is written.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &u[8..]
    } else if lower.starts_with("http://") {
        &u[7..]
    } else {
        return None;
    };
    let host_ok = rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '[');
    let clean = !u.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean).then_some(u)
}

/// C0 controls other than tab, line feed and carriage return, DEL and the C1 controls are parse
/// errors in HTML and can confuse renderers.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{0}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_shows_controls_instead_of_sending_them() {
        assert_eq!(terminal("plain text, é 中 ^ <b>"), "plain text, é 中 ^ <b>");
        assert!(matches!(terminal("plain"), Cow::Borrowed(_)));
        assert_eq!(terminal("a\x1b]0;title\x07b"), "a^[]0;title^Gb");
        assert_eq!(terminal("abc\u{202e}fed\u{2069}"), "abc<U+202E>fed<U+2069>");
        assert_eq!(terminal("\x1b[8mhidden"), "^[[8mhidden");
        assert_eq!(terminal("x\u{9b}31m y\u{85}z"), "x<9b>31m y<85>z");
        assert_eq!(terminal("del\x7f cr\r nul\0"), "del^? cr^M nul^@");
        assert_eq!(terminal("keeps\nlines\tand tabs"), "keeps\nlines\tand tabs");
        // Nothing a terminal would act on is left.
        for n in 0..=0x9fu32 {
            let c = char::from_u32(n).unwrap();
            let shown = terminal(&c.to_string()).into_owned();
            assert!(
                shown.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'),
                "{n:#x} → {shown:?}"
            );
        }
    }

    #[test]
    fn markdown_inline_disarms_markup() {
        assert_eq!(
            markdown_inline("a *b* _c_ `d` [e](f) <g> & h|i ~~j~~ $k$ @l #m ![n]"),
            r"a \*b\* \_c\_ \`d\` \[e\](f) &lt;g&gt; &amp; h\|i \~\~j\~\~ \$k\$ \@l \#m !\[n\]"
        );
        assert_eq!(markdown_inline(r"back\slash"), r"back\\slash");
    }

    #[test]
    fn markdown_inline_cannot_open_a_block() {
        assert_eq!(markdown_inline("# Title"), r"\# Title");
        assert_eq!(markdown_inline("- item"), r"\- item");
        assert_eq!(markdown_inline("+ item"), r"\+ item");
        assert_eq!(markdown_inline("==="), r"\===");
        assert_eq!(markdown_inline("> quote"), "&gt; quote");
        assert_eq!(markdown_inline("2022. A year"), r"2022\. A year");
        assert_eq!(markdown_inline("---"), r"\---");
        assert_eq!(markdown_inline("- - -"), r"\- - -");
        assert_eq!(markdown_inline("3) third"), r"3\) third");
        assert_eq!(markdown_inline("    code"), "code");
        assert_eq!(markdown_inline("one\n# two"), r"one \# two");
        // Numbers and dashes that open no block are left readable.
        assert_eq!(markdown_inline("In 2022. Up - down"), "In 2022. Up - down");
        assert_eq!(markdown_inline("48.6 billion"), "48.6 billion");
        assert_eq!(markdown_inline("-5% and +3"), "-5% and +3");
        assert_eq!(markdown_inline("=> x"), "=&gt; x");
    }

    /// What a CommonMark renderer (with GitHub's tables, strike-through and math) makes of a
    /// line: the plain text, and whether anything but one paragraph of text came out.
    fn rendered(md: &str) -> (String, bool) {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
        let mut text = String::new();
        let mut only_text = true;
        for ev in Parser::new_ext(md, opts) {
            match ev {
                Event::Text(t) => text.push_str(&t),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                _ => only_text = false,
            }
        }
        (text, only_text)
    }

    #[test]
    fn markdown_inline_reads_back_as_the_same_plain_text() {
        for s in [
            "# Title",
            "## Two",
            "- item",
            "+ item",
            "* item",
            "1. first",
            "12) twelfth",
            "> quote",
            "---",
            "***",
            "___",
            "===",
            "    indented code",
            "```rust",
            "~~~",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<!-- comment -->",
            "a *b* **c** _d_ __e__ ~f~ ~~g~~",
            "[link](javascript:alert(1)) ![img](x.png) <https://example.org>",
            "[ref]: https://example.org",
            "a | b | c",
            "$x^2$ and $$y$$",
            "&amp; &copy; &#60;",
            "back\\slash\\",
            "trailing spaces  ",
            "48.6 billion, -5%, U.S. dollars",
            "“Quotes” and ‘single’ – dashes — and… ellipses",
        ] {
            let (text, only_text) = rendered(&markdown_inline(s));
            assert!(only_text, "{s:?} → {:?}", markdown_inline(s));
            assert_eq!(text, s.trim(), "{s:?} → {:?}", markdown_inline(s));
        }
    }

    #[test]
    fn markdown_cell_keeps_the_row_intact() {
        assert_eq!(markdown_cell("a | b\nc"), r"a \| b<br>c");
        assert_eq!(markdown_cell(""), " ");
        assert!(!markdown_cell("x\ny\r\nz").contains('\n'));
    }

    #[test]
    fn markdown_links_only_for_http() {
        assert_eq!(
            markdown_link("Title [1]", "https://example.org/a_(b)"),
            r"[Title \[1\]](<https://example.org/a_(b)>)"
        );
        assert_eq!(
            markdown_link("x", "https://example.org/<script>"),
            "[x](<https://example.org/%3Cscript%3E>)"
        );
        assert_eq!(markdown_link("Click", "javascript:alert(1)"), "Click (javascript:alert(1))");
        assert_eq!(
            markdown_link("", "https://a.example"),
            "[https://a.example](<https://a.example>)"
        );
    }
}
