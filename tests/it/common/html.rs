//! Reading the HTML pages the reports write: their tags and attributes, and the text a reader
//! sees, for the tests that check escaping and structure.

/// A tag as written: its name and attributes (name, raw value).
pub struct TagAt {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

/// Every tag in the document. Attribute values are double-quoted and the pages escape `"`, `<`
/// and `>` inside them, which is what makes this simple scan exact.
pub fn tags(html: &str) -> Vec<TagAt> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').expect("tag closes") + i;
        let inner = rest[i + 1..end].trim_end_matches('/');
        rest = &rest[end + 1..];
        if inner.starts_with('/') {
            continue;
        }
        let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
        let mut attrs = Vec::new();
        let mut a = inner[name_end..].trim_start();
        while !a.is_empty() {
            let n_end = a.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(a.len());
            let name = a[..n_end].to_string();
            a = &a[n_end..];
            let mut value = String::new();
            if let Some(v) = a.strip_prefix("=\"") {
                let close = v.find('"').expect("attribute value closes");
                value = v[..close].to_string();
                a = &v[close + 1..];
            } else if let Some(v) = a.strip_prefix('=') {
                // An unquoted value (which the page never writes): up to the next space.
                let close = v.find(char::is_whitespace).unwrap_or(v.len());
                value = v[..close].to_string();
                a = &v[close..];
            }
            attrs.push((name, value));
            a = a.trim_start();
        }
        out.push(TagAt { name: inner[..name_end].to_string(), attrs });
    }
    out
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#10;", "\n")
        .replace("&amp;", "&")
}

/// The page without its two stylesheets (whose text is ours, not input).
pub fn without_styles(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<style>") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find("</style>").expect("style closes") + i;
        rest = &rest[end + "</style>".len()..];
    }
    out.push_str(rest);
    out
}

/// The text a reader sees: stylesheets and tags dropped, character references decoded.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_styles(html).chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
}
