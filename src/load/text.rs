//! Text and Markdown readouts, with optional YAML front matter between `---` lines.

use super::meta::{Meta, check_date, file_stem, finish, lang};
use super::segment;
use crate::io::error::{Error, Result};
use crate::io::{input, yaml};
use crate::model::Readout;

pub(super) fn from_text(name: &str, src: &str, markdown: bool) -> Result<Readout> {
    let (meta, body_start) = match front_matter(name, src)? {
        Some((meta, body_start)) => (meta, body_start),
        None => (None, 0),
    };
    let meta = meta.unwrap_or_default();
    // The front matter comes first, so its `date:` is the first line that starts so.
    check_date(name, meta.date.as_deref(), yaml::key_line(src, "date", 1));
    let source =
        meta.source.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| file_stem(name));
    let statements =
        segment::segment(&src[body_start..], markdown, body_start, lang(&meta, &src[body_start..]));
    let body_line = input::line_of(src.as_bytes(), body_start);
    finish(name, source, meta, statements, body_line)
}

/// Splits off `---`-fenced YAML front matter; returns it and where the body starts.
fn front_matter(name: &str, src: &str) -> Result<Option<(Option<Meta>, usize)>> {
    let first_end = src.find('\n').unwrap_or(src.len());
    if src[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let mut offset = first_end + 1;
    for line in src[offset.min(src.len())..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml_src = &src[first_end + 1..offset];
            let body = offset + line.len();
            if yaml_src.trim().is_empty() {
                return Ok(Some((None, body)));
            }
            let meta: Meta = yaml::parse(name, yaml_src, 2)?;
            return Ok(Some((Some(meta), body)));
        }
        offset += line.len();
    }
    Err(Error::at_line(name, 1, "front matter opened with `---` is never closed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_unknown_fields_ignored() {
        let src = "---\nsource: Xinhua\ncompleteness: partial\n---\n\nXi spoke. Putin listened.\n";
        let r = from_text("x.txt", src, false).unwrap();
        assert_eq!(r.source, "Xinhua");
        assert_eq!(r.statements.len(), 2);
        let s = &r.statements[0];
        assert_eq!(&src[s.start..s.end], "Xi spoke.");
    }

    #[test]
    fn fetched_and_sha256_are_read_from_front_matter() {
        let src = "---\nsource: K\nfetched: 2026-10-12T18:02:11Z\nsha256: 0e85afd5\n---\nHi.\n";
        let r = from_text("k.md", src, true).unwrap();
        assert_eq!(r.fetched.as_deref(), Some("2026-10-12T18:02:11Z"));
        assert_eq!(r.sha256.as_deref(), Some("0e85afd5"));
        let plain = from_text("k.md", "Hi.", true).unwrap();
        assert_eq!((plain.fetched, plain.sha256), (None, None));
    }

    #[test]
    fn text_without_front_matter_takes_source_from_file_name() {
        let r = from_text("dir/state-dept.txt", "Hello there.", false).unwrap();
        assert_eq!(r.source, "state-dept");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = from_text("x.md", "---\nsource: X\nHello.", true).unwrap_err();
        assert_eq!(e.message(), "x.md:1: front matter opened with `---` is never closed");
    }

    #[test]
    fn front_matter_yaml_error_has_file_line() {
        let e = from_text("x.md", "---\nsource: X\ntitle: [oops\n---\nHi.", true).unwrap_err();
        assert!(e.message().starts_with("x.md:"), "{}", e.message());
        let line: usize = e.message().split(':').nth(1).unwrap().parse().unwrap();
        assert!(line >= 3, "{}", e.message());
    }
}
