//! A page's bytes → text, in the encoding the page was written in: a byte-order mark, else the
//! charset of the HTTP `Content-Type`, else the page's own `<meta charset>` (or `http-equiv`
//! `Content-Type`), else UTF-8 — the order browsers follow (WHATWG "encoding sniffing").

use encoding_rs::{Encoding, UTF_8};

/// How far into the page a `<meta>` charset is looked for. Browsers stop at 1024 bytes; saved
/// pages often have a longer head before it (comments, scripts), so this looks further.
const META_SCAN_BYTES: usize = 16 * 1024;

/// The page as text, or why it cannot be read.
pub(crate) fn decode(bytes: &[u8], header_charset: Option<&str>) -> Result<String, String> {
    let (encoding, declared) = if let Some((enc, _)) = Encoding::for_bom(bytes) {
        (enc, true)
    } else if let Some(label) = header_charset {
        (Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| unknown(label))?, true)
    } else if let Some(label) = meta_charset(bytes) {
        let enc = Encoding::for_label(label.as_bytes()).ok_or_else(|| unknown(&label))?;
        // A page cannot describe itself as UTF-16 in ASCII; browsers read it as UTF-8 then.
        let enc =
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { UTF_8 } else { enc };
        (enc, true)
    } else {
        (UTF_8, false)
    };
    // A declared page with a stray bad byte reads as browsers show it (U+FFFD); one that
    // declares nothing and is not UTF-8 would only be guessed at.
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors && !declared {
        return Err("is not UTF-8 and declares no charset (expected a <meta charset> or a \
                    charset in the Content-Type header)"
            .to_string());
    }
    Ok(text.into_owned())
}

fn unknown(label: &str) -> String {
    format!("declares an unknown charset '{}'", label.trim())
}

/// The `charset` parameter of a `Content-Type` header value.
pub(crate) fn header_charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| unquote(value).to_string())
    })
}

/// The charset a `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// near the start of the page names.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(META_SCAN_BYTES)];
    // Every encoding a page may declare in a meta tag writes ASCII as ASCII.
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("<meta") {
        let tag = &rest[i..];
        let end = tag.find('>').unwrap_or(tag.len());
        let tag_text = &tag[..end];
        if let Some(j) = tag_text.find("charset") {
            let after = tag_text[j + "charset".len()..].trim_start();
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start().trim_start_matches(['"', '\'']);
                let label: String = value
                    .chars()
                    .take_while(|c| {
                        !c.is_whitespace() && !matches!(c, '"' | '\'' | ';' | '/' | '>')
                    })
                    .collect();
                if !label.is_empty() {
                    return Some(label);
                }
            }
        }
        rest = &tag[end..];
    }
    None
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches(['"', '\''])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_is_read_from_content_type() {
        assert_eq!(
            header_charset("text/html; charset=windows-1251").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(header_charset("text/html;Charset=\"GBK\"").as_deref(), Some("GBK"));
        assert_eq!(header_charset("text/html"), None);
    }

    #[test]
    fn meta_charset_is_found_in_both_forms() {
        assert_eq!(meta_charset(b"<head><meta charset=\"gb2312\">").as_deref(), Some("gb2312"));
        assert_eq!(
            meta_charset(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            meta_charset(b"<meta name=\"description\" content=\"x\"><p>charset=no</p>"),
            None
        );
    }

    #[test]
    fn the_header_wins_over_the_page_and_a_bom_over_both() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Президент");
        let page = [b"<meta charset=\"utf-8\">".as_slice(), &cp1251].concat();
        assert!(decode(&page, Some("windows-1251")).unwrap().ends_with("Президент"));
        let bom = [b"\xef\xbb\xbf".as_slice(), "Президент".as_bytes()].concat();
        assert_eq!(decode(&bom, Some("windows-1251")).unwrap(), "Президент");
    }

    #[test]
    fn gb2312_means_gbk() {
        let (gbk, _, _) = encoding_rs::GBK.encode("外交部新闻");
        let page = [b"<meta charset=gb2312>".as_slice(), &gbk].concat();
        assert!(decode(&page, None).unwrap().ends_with("外交部新闻"));
    }

    #[test]
    fn undeclared_non_utf8_is_an_error_not_mojibake() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("<p>Президент</p>");
        assert!(decode(&cp1251, None).unwrap_err().contains("declares no charset"));
        assert!(
            decode(b"<p>x</p>", Some("klingon")).unwrap_err().contains("unknown charset 'klingon'")
        );
    }
}
