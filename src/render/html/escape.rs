//! Escaping of untrusted text (readout text and metadata) for HTML element content and attributes:
//! every HTML page readout writes puts input through here.

use crate::io::escape::{bidi_shown, is_bidi_control, is_forbidden_control};

/// Text for HTML element content. Quotes are escaped too, so the result is also safe inside a
/// double- or single-quoted attribute; control characters that HTML forbids become U+FFFD, and
/// bidirectional controls, which would reorder what the page shows, are shown as `<U+202E>`.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_forbidden_control(c) => out.push('\u{fffd}'),
            c if is_bidi_control(c) => out.push_str(&html(&bidi_shown(c))),
            c => out.push(c),
        }
    }
    out
}

/// A value for an HTML attribute written in double quotes (`id="…"`, `href="…"`). Line breaks
/// and tabs are written as character references so the value survives exactly.
pub fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push_str(&html(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::escape::safe_url;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(html("</style>"), "&lt;/style&gt;");
        assert_eq!(html("plain – text ✓"), "plain – text ✓");
    }

    #[test]
    fn html_replaces_forbidden_controls() {
        assert_eq!(html("a\u{1}b\u{7f}c\td\ne"), "a\u{fffd}b\u{fffd}c\td\ne");
    }

    #[test]
    fn attr_cannot_be_closed_early() {
        let a = attr("\"><svg onload=alert(1)>\n'");
        assert!(!a.contains('"') && !a.contains('<') && !a.contains('>') && !a.contains('\''));
        assert_eq!(a, "&quot;&gt;&lt;svg onload=alert(1)&gt;&#10;&#39;", "{a}");
    }

    #[test]
    fn only_http_and_https_urls_are_safe() {
        assert_eq!(safe_url("https://example.org/a?b=1"), Some("https://example.org/a?b=1"));
        assert_eq!(safe_url(" HTTP://Example.org "), Some("HTTP://Example.org"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "file:///etc/passwd",
            "//evil.example/x",
            "/relative",
            "https://",
            "https:///x",
            "https://exa mple.org",
            "https://example.org/\u{0}",
            "",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }
}
