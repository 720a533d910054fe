//! Markdown → the text a reader sees, block by block, with the way back to the source: markup
//! (emphasis, links' targets, table pipes, code fences, HTML tags) goes, words stay, and every
//! piece of text remembers the bytes of the file it came from.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// One block's text: a heading, a paragraph, a list item's own text, a table row, a code block.
#[derive(Debug, Default)]
pub struct Block {
    pub text: String,
    pieces: Vec<Piece>,
}

/// A run of `text` taken from `src`. `linear` when it is the source's bytes as they stand, so
/// that every offset inside maps one to one; else (an entity, say) it maps as a whole.
#[derive(Debug)]
struct Piece {
    at: usize,
    len: usize,
    src: Range<usize>,
    linear: bool,
}

impl Block {
    /// Adds `text`, from the bytes `src` of `source`; `inside` when the text stands as it is
    /// somewhere inside them (inline code within its backticks).
    fn push(&mut self, text: &str, src: Range<usize>, source: &str, inside: bool) {
        if text.is_empty() {
            return;
        }
        let raw = &source[src.clone()];
        let (src, linear) = match raw.find(text) {
            Some(i) if inside || raw == text => (src.start + i..src.start + i + text.len(), true),
            // An entity or an escaped character: the text stands for all of its bytes.
            _ => (src, false),
        };
        self.pieces.push(Piece { at: self.text.len(), len: text.len(), src, linear });
        self.text.push_str(text);
    }

    /// Text that stands for markup (a line break, the gap between table cells).
    fn separate(&mut self, sep: &str) {
        if !self.text.is_empty() && !self.text.ends_with(char::is_whitespace) {
            self.text.push_str(sep);
        }
    }

    /// The bytes of the source that the text's `start..end` came from.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.source_start(start), self.source_end(end).max(self.source_start(start)))
    }

    fn source_start(&self, i: usize) -> usize {
        // The first piece that ends after `i` holds it, or (in a separator) follows it.
        let k = self.pieces.partition_point(|p| p.at + p.len <= i);
        match self.pieces.get(k) {
            Some(p) if p.linear && i >= p.at => p.src.start + (i - p.at),
            Some(p) => p.src.start,
            None => self.pieces.last().map_or(0, |p| p.src.end),
        }
    }

    fn source_end(&self, i: usize) -> usize {
        // The last piece that starts before `i` holds its last byte, or precedes it.
        let k = self.pieces.partition_point(|p| p.at < i);
        match k.checked_sub(1).and_then(|k| self.pieces.get(k)) {
            Some(p) if p.linear && i <= p.at + p.len => p.src.start + (i - p.at),
            Some(p) => p.src.end,
            None => self.pieces.first().map_or(0, |p| p.src.start),
        }
    }
}

/// Markup inside a block; every other tag starts or ends one.
fn is_inline(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::TableCell
    )
}

/// The blocks of a Markdown document, in order, each with the text a reader sees. Links keep
/// their text, images are left out (their alt text is not what the readout says), table cells
/// are joined by spaces, HTML tags are dropped and their content kept.
pub fn blocks(src: &str) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    let mut cur = Block::default();
    let mut in_image = 0usize;
    let mut flush = |cur: &mut Block| {
        if !cur.text.trim().is_empty() {
            out.push(std::mem::take(cur));
        } else {
            *cur = Block::default();
        }
    };
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Start(Tag::TableCell) => cur.separate(" "),
            Event::Start(tag) if !is_inline(tag.to_end()) => flush(&mut cur),
            Event::End(end) if !is_inline(end) => flush(&mut cur),
            Event::Text(t) => cur.push(&t, range, src, false),
            Event::Code(t) => cur.push(&t, range, src, true),
            Event::SoftBreak | Event::HardBreak => cur.separate("\n"),
            Event::Html(_) => push_without_tags(&mut cur, range, src),
            _ => {}
        }
    }
    flush(&mut cur);
    out
}

/// The text of an HTML block's line without its tags.
fn push_without_tags(cur: &mut Block, range: Range<usize>, src: &str) {
    let raw = &src[range.clone()];
    let mut pos = 0;
    while pos < raw.len() {
        let (text_end, next) = match raw[pos..].find('<') {
            Some(i) => {
                let close = raw[pos + i..].find('>').map_or(raw.len(), |j| pos + i + j + 1);
                (pos + i, close)
            }
            None => (raw.len(), raw.len()),
        };
        let piece = &raw[pos..text_end];
        if !piece.trim().is_empty() {
            cur.separate(" ");
            cur.push(piece, range.start + pos..range.start + text_end, src, false);
        }
        pos = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        blocks(src)
            .into_iter()
            .map(|b| b.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn markup_goes_and_words_stay() {
        let src = "The **Taiwan Strait** and *peace* with [the partners](https://x.example) and `code` and ~~old~~ \\*stars\\*.";
        assert_eq!(
            texts(src),
            vec!["The Taiwan Strait and peace with the partners and code and old *stars*."]
        );
    }

    #[test]
    fn blocks_are_headings_items_quotes_rows_and_code() {
        let src = "# Title\n\nPara one\ncontinues.\n\n- item one\n- item **two**\n\n> quoted\n\n| A | B |\n|---|---|\n| left cell | right cell |\n\n```\nfenced words\n```\n";
        assert_eq!(
            texts(src),
            vec![
                "Title",
                "Para one continues.",
                "item one",
                "item two",
                "quoted",
                "A B",
                "left cell right cell",
                "fenced words"
            ]
        );
    }

    #[test]
    fn images_are_left_out_and_html_tags_dropped() {
        assert_eq!(texts("Text ![a photo](p.png) here.\n"), vec!["Text here."]);
        assert_eq!(texts("Say <b>bold</b> words.\n"), vec!["Say bold words."]);
        assert_eq!(texts("<div>\nblock words\n</div>\n"), vec!["block words"]);
    }

    #[test]
    fn spans_point_at_the_source_text() {
        let src = "Before **bold words** after.";
        let b = &blocks(src)[0];
        let i = b.text.find("bold").unwrap();
        let (s, e) = b.source_span(i, i + "bold words".len());
        assert_eq!(&src[s..e], "bold words");
        let (s, e) = b.source_span(0, b.text.len());
        assert_eq!(&src[s..e], src);
    }

    #[test]
    fn an_entity_maps_as_a_whole() {
        let src = "A &amp; B";
        let b = &blocks(src)[0];
        assert_eq!(b.text, "A & B");
        let (s, e) = b.source_span(0, "A &".len());
        assert_eq!(&src[s..e], "A &amp;");
    }
}
