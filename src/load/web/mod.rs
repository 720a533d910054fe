//! Web pages as readouts: a URL is downloaded ([`fetch`]), a page (downloaded or saved from a
//! browser) is decoded ([`charset`]), its article text and facts extracted ([`extract`]), its
//! issuer guessed ([`hosts`]) and the whole written as the readout file `readout fetch` saves
//! ([`document`]). Loading a URL or `.html` readout reads that same file, so `fetch` then
//! `compare` and `compare URL` give the same statements.

mod charset;
mod document;
mod extract;
mod fetch;
mod hosts;

use crate::io::error::{Error, Result};
use crate::io::input;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// Extensions of saved web pages.
pub const PAGE_EXTENSIONS: &[&str] = &["html", "htm"];

/// Whether `arg` is a URL rather than a file name: `scheme://…`.
pub fn is_url(arg: &str) -> bool {
    let Some((scheme, _)) = arg.split_once("://") else { return false };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Whether `path` names a saved web page by its extension.
pub fn is_page(path: &str) -> bool {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PAGE_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)))
}

/// The readout file for `arg` when it is a URL (downloaded now) or a saved page (`.html`,
/// `.htm`); `None` for any other input, which loads as it always has.
pub fn readout_document(arg: &str) -> Result<Option<String>> {
    if is_url(arg) {
        return url_document(arg, None).map(|f| Some(f.text));
    }
    if arg != "-" && is_page(arg) {
        return file_document(arg, None).map(|f| Some(f.text));
    }
    Ok(None)
}

/// Whether a page is one of readout's own reports (its `generator` meta tag says so).
fn made_by_readout(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    String::from_utf8_lossy(head).contains("<meta name=\"generator\" content=\"readout ")
}

/// A page's readout file, and the source it names.
pub(crate) struct ReadoutFile {
    pub source: String,
    pub text: String,
}

/// Downloads `url` and makes its readout file; `source` overrides the guessed issuer.
pub(crate) fn url_document(url: &str, source: Option<&str>) -> Result<ReadoutFile> {
    let fail = |reason: String| Error::in_file(url, reason);
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(fail("only http:// and https:// URLs can be fetched".to_string()));
    }
    let limit = fetch::timeout().map_err(Error::new)?;
    let page = fetch::get(url, limit).map_err(fail)?;
    let header_charset = page.content_type.as_deref().and_then(charset::header_charset);
    let fetched = iso_utc(page.at);
    let origin = Origin { name: url, fetched_url: Some(&page.final_url), fetched: Some(&fetched) };
    page_document(&page.body, header_charset.as_deref(), &origin, source)
}

/// Reads a saved page and makes its readout file; `source` overrides the guessed issuer.
pub(crate) fn file_document(path: &str, source: Option<&str>) -> Result<ReadoutFile> {
    let p = Path::new(path);
    if p.is_dir() {
        return Err(Error::in_file(path, "is a directory, expected a file"));
    }
    let bytes = std::fs::read(p).map_err(|e| Error::in_file(path, input::io_reason(&e)))?;
    if bytes.len() as u64 > fetch::MAX_PAGE_BYTES {
        return Err(Error::in_file(
            path,
            format!("the page is larger than the {} MiB limit", fetch::MAX_PAGE_BYTES >> 20),
        ));
    }
    let origin = Origin { name: path, fetched_url: None, fetched: None };
    page_document(&bytes, None, &origin, source)
}

/// Where a page came from: the name the user gave (URL or path) and, for a download, the URL it
/// was finally served from and when.
struct Origin<'a> {
    name: &'a str,
    fetched_url: Option<&'a str>,
    fetched: Option<&'a str>,
}

fn page_document(
    bytes: &[u8],
    header_charset: Option<&str>,
    origin: &Origin,
    source: Option<&str>,
) -> Result<ReadoutFile> {
    let fail = |reason: String| Error::in_file(origin.name, reason);
    if made_by_readout(bytes) {
        return Err(fail("is a report made by readout, not a readout page".to_string()));
    }
    let html = charset::decode(bytes, header_charset).map_err(fail)?;
    let page = extract::extract(&html, origin.fetched_url);
    if page.blocks.is_empty() {
        return Err(fail("no readout text found in the page (no article paragraphs)".to_string()));
    }
    if let Some(long) = page.blocks.iter().find(|b| b.text.len() > input::MAX_LINE_BYTES) {
        return Err(fail(format!(
            "a paragraph of the page is {} bytes long (limit {})",
            long.text.len(),
            input::MAX_LINE_BYTES
        )));
    }
    let issuer = issuer(source, origin, &page);
    let sha256 = hex(&Sha256::digest(bytes));
    let front = document::FrontMatter {
        source: &issuer,
        title: page.title.as_deref(),
        date: page.date.as_deref(),
        url: page.url.as_deref().or(origin.fetched_url),
        language: page.language.as_deref(),
        fetched: origin.fetched,
        sha256: &sha256,
    };
    let text = document::render(&front, &page);
    Ok(ReadoutFile { source: issuer, text })
}

/// Who issued the page: `--source`; else the official-host table, for the host it was fetched
/// from and then the host of its canonical URL; else the page's `og:site_name`; else the host
/// name; else (a saved page with no URL) the file name, as for text readouts.
fn issuer(source: Option<&str>, origin: &Origin, page: &extract::Extracted) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    let hosts: Vec<String> = [origin.fetched_url, page.url.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(hosts::host_of)
        .collect();
    if let Some(official) = hosts.iter().find_map(|h| hosts::official_source(h)) {
        return official.to_string();
    }
    if let Some(site) = &page.site_name {
        return site.clone();
    }
    if let Some(host) = hosts.first() {
        return hosts::plain_name(host).to_string();
    }
    Path::new(origin.name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| origin.name.to_string())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A time as ISO 8601 UTC, `YYYY-MM-DDTHH:MM:SSZ`.
fn iso_utc(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    // The report stamp's calendar, in ISO form: "2026-10-12 18:00:00 UTC" → "2026-10-12T18:00:00Z".
    let stamp = crate::io::clock::utc(secs);
    format!("{}T{}Z", &stamp[..10], &stamp[11..19])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_file_names() {
        assert!(is_url("https://kremlin.example/a"));
        assert!(is_url("HTTP://x"));
        assert!(is_url("ftp://x"));
        assert!(!is_url("readouts/a.md"));
        assert!(!is_url("C:\\a.md"));
        assert!(!is_url("://x"));
        assert!(!is_url("a b://x"));
    }

    #[test]
    fn pages_are_told_by_extension() {
        assert!(is_page("saved/Readout.HTML"));
        assert!(is_page("a.htm"));
        assert!(!is_page("a.md"));
        assert!(!is_page("html"));
    }

    #[test]
    fn times_are_iso_utc() {
        assert_eq!(
            iso_utc(UNIX_EPOCH + std::time::Duration::from_secs(1_772_625_600)),
            "2026-03-04T12:00:00Z"
        );
    }

    #[test]
    fn the_issuer_is_the_override_then_the_table_then_the_site_then_the_host() {
        let page = |site: Option<&str>, url: Option<&str>| extract::Extracted {
            site_name: site.map(str::to_string),
            url: url.map(str::to_string),
            ..extract::Extracted::default()
        };
        let fetched = Origin {
            name: "u",
            fetched_url: Some("https://en.kremlin.ru/events/1"),
            fetched: None,
        };
        let saved = Origin { name: "dir/saved-page.html", fetched_url: None, fetched: None };
        let mirror = Origin { name: "u", fetched_url: Some("http://127.0.0.1:9/x"), fetched: None };
        assert_eq!(issuer(Some(" Kastell "), &fetched, &page(None, None)), "Kastell");
        assert_eq!(issuer(None, &fetched, &page(Some("President of Russia"), None)), "Kremlin");
        assert_eq!(
            issuer(None, &mirror, &page(Some("Site"), Some("https://www.mfa.gov.cn/eng/x.html"))),
            "Chinese Foreign Ministry"
        );
        assert_eq!(issuer(None, &mirror, &page(Some("Presidency"), None)), "Presidency");
        assert_eq!(issuer(None, &mirror, &page(None, None)), "127.0.0.1");
        assert_eq!(
            issuer(None, &saved, &page(None, Some("https://www.norland.example/a"))),
            "norland.example"
        );
        assert_eq!(issuer(None, &saved, &page(None, None)), "saved-page");
    }

    #[test]
    fn readout_reports_are_recognised() {
        assert!(made_by_readout(b"<head>\n<meta name=\"generator\" content=\"readout 0.1.0\">"));
        assert!(!made_by_readout(b"<head><meta name=\"generator\" content=\"WordPress 6\">"));
    }
}
