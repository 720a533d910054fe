//! A page's extracted text and facts → the readout file `readout fetch` writes: Markdown with
//! front matter (`source`, `title`, `date`, `url`, `language`, `fetched`, `sha256`).

use super::extract::{BlockKind, Extracted};
use crate::io::escape::markdown_inline;
use serde::Serialize;

/// The front matter of a page's readout file, in the order it is written.
#[derive(Debug, Serialize)]
pub(crate) struct FrontMatter<'a> {
    pub source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'a str>,
    /// When the page was downloaded (UTC, `YYYY-MM-DDTHH:MM:SSZ`); none for a saved page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched: Option<&'a str>,
    /// SHA-256 of the page's bytes as received or saved, in hex.
    pub sha256: &'a str,
}

/// The readout file: front matter, then one Markdown block per text block of the page. Headings
/// and list items keep their Markdown markers, so they stay paragraphs of their own; the text is
/// escaped, so that a page's `*`, `_`, `<tag>` read back as written, not as markup.
pub(crate) fn render(front: &FrontMatter, page: &Extracted) -> String {
    let yaml = serde_yaml::to_string(front).unwrap_or_default();
    let mut out = format!("---\n{}---\n", yaml.trim_start_matches("---\n"));
    for block in &page.blocks {
        out.push('\n');
        match block.kind {
            BlockKind::Heading => out.push_str("## "),
            BlockKind::ListItem => out.push_str("- "),
            BlockKind::Paragraph => {}
        }
        out.push_str(&markdown_inline(&block.text));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::web::extract::Block;

    #[test]
    fn the_file_reads_back_as_the_same_fields() {
        let front = FrontMatter {
            source: "Ministry: \"A\" & B",
            title: Some("Talks: day one"),
            date: Some("2026-10-12"),
            url: Some("https://mfa.example/a?b=1#c"),
            language: Some("en"),
            fetched: Some("2026-10-12T18:00:00Z"),
            sha256: "ab12",
        };
        let page = Extracted {
            blocks: vec![
                Block { kind: BlockKind::Heading, text: "Talks".into() },
                Block { kind: BlockKind::Paragraph, text: "The sides met.".into() },
                Block { kind: BlockKind::ListItem, text: "Trade.".into() },
            ],
            ..Extracted::default()
        };
        let doc = render(&front, &page);
        assert!(doc.starts_with("---\nsource: "), "{doc}");
        assert!(doc.ends_with("---\n\n## Talks\n\nThe sides met.\n\n- Trade.\n"), "{doc}");
        let yaml = doc.split("---\n").nth(1).unwrap();
        let back: std::collections::BTreeMap<String, String> = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(back["source"], "Ministry: \"A\" & B");
        assert_eq!(back["title"], "Talks: day one");
        assert_eq!(back["date"], "2026-10-12");
        assert_eq!(back["url"], "https://mfa.example/a?b=1#c");
        assert_eq!(back["fetched"], "2026-10-12T18:00:00Z");
        assert_eq!(back["sha256"], "ab12");
    }
}
