//! Text → statements: paragraphs by blank lines (Markdown by its blocks, see `markdown_text`),
//! plus the fixes news and diplomatic prose needs on top of it.

use crate::model::Statement;
use crate::text::lang::{CHINESE_SENTENCE_ENDS, is_spaceless};
use crate::text::lexicon::{ELISIONS, is_cutoff};

/// Splits `text` into statements (ids left empty). `offset` is added to every byte span, so that
/// spans point into the whole file when `text` is the body after front matter.
/// `lang` is an ISO 639-1 code for the segmenter's abbreviation rules (English when unknown).
pub fn segment(text: &str, markdown: bool, offset: usize, lang: &str) -> Vec<Statement> {
    if markdown {
        return segment_markdown(text, offset, lang);
    }
    let mut out = Vec::new();
    for (n, (start, end)) in paragraphs(text).into_iter().enumerate() {
        for (s, e) in sentences(&text[start..end], lang) {
            let raw = &text[start + s..start + e];
            out.push(Statement {
                id: String::new(),
                text: fold_space(raw),
                paragraph: n + 1,
                start: offset + start + s,
                end: offset + start + e,
                speaker: None,
            });
        }
    }
    out
}

/// Markdown is read as a reader sees it: the blocks a parser finds (headings, paragraphs, list
/// items, quotes, table rows, code) are the paragraphs, and statements keep the words without
/// the markup. Spans cover the source bytes the statement's text came from.
fn segment_markdown(text: &str, offset: usize, lang: &str) -> Vec<Statement> {
    let mut out = Vec::new();
    for (n, block) in super::markdown::blocks(text).iter().enumerate() {
        for (s, e) in sentences(&block.text, lang) {
            let (start, end) = block.source_span(s, e);
            out.push(Statement {
                id: String::new(),
                text: fold_space(&block.text[s..e]),
                paragraph: n + 1,
                start: offset + start,
                end: offset + end,
                speaker: None,
            });
        }
    }
    out
}

/// Collapses runs of whitespace (line breaks inside a paragraph included) to single spaces,
/// and drops a line break between Chinese characters, which no space separates.
pub fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        let spaceless = out.ends_with(is_spaceless) && w.starts_with(is_spaceless);
        if !out.is_empty() && !spaceless {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Byte ranges of paragraphs, which blank lines separate.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let content = line.trim_end();
        if content.trim().is_empty() {
            out.extend(cur.take());
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        let end = line_start + content.len();
        cur = Some(match cur {
            Some((s, _)) => (s, end),
            None => (line_start + lead, end),
        });
    }
    out.extend(cur);
    out
}

/// Sentence ranges within one paragraph, trimmed of surrounding whitespace.
fn sentences(para: &str, lang: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = sentencex::get_sentence_boundaries(lang, para)
        .iter()
        .filter_map(|b| trim_span(para, b.start_byte, b.end_byte))
        .collect();
    if spans.is_empty() {
        return trim_span(para, 0, para.len()).into_iter().collect();
    }
    spans = split_after_cutoffs(para, spans);
    if para.contains(CHINESE_SENTENCE_ENDS) {
        spans = split_after_chinese_ends(para, spans);
    }
    merge_false_starts(para, spans)
}

/// Chinese sentences end at `。！？；` (with the closing quotes or brackets that follow), where
/// no space follows to tell a segmenter so; the semicolon ends each of a list of points.
fn split_after_chinese_ends(para: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        let mut s = start;
        let mut it = para[start..end].char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if !CHINESE_SENTENCE_ENDS.contains(&c) {
                continue;
            }
            let mut after = start + i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !matches!(d, '”' | '’' | '」' | '』' | '）' | '》' | '"' | ')') {
                    break;
                }
                after = start + j + d.len_utf8();
                it.next();
            }
            if let Some(span) = trim_span(para, s, after) {
                out.push(span);
            }
            s = after;
        }
        out.extend(trim_span(para, s, end));
    }
    out
}

fn trim_span(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if t.is_empty() { None } else { Some((start + lead, start + lead + t.len())) }
}

/// Sources mark text they cut off with `[...]`; when a capitalised sentence follows, the cut-off
/// fragment is a statement of its own, which the segmenter (seeing no full stop) misses.
fn split_after_cutoffs(para: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        let mut s = start;
        let piece = &para[start..end];
        let mut search = 0;
        while let Some((i, len)) = ELISIONS
            .iter()
            .filter(|c| is_cutoff(c))
            .filter_map(|c| piece[search..].find(c).map(|i| (search + i, c.len())))
            .min()
        {
            let after = start + i + len;
            search = i + len;
            let rest = &para[after..end];
            let trimmed = rest.trim_start();
            let starts_sentence = trimmed
                .chars()
                .find(|c| !matches!(c, '"' | '“' | '‘' | '\''))
                .is_some_and(char::is_uppercase);
            if start + i > s && rest.len() > trimmed.len() && starts_sentence {
                out.push((s, after));
                s = after + (rest.len() - trimmed.len());
            }
        }
        out.push((s, end));
    }
    out
}

/// Joins pieces the segmenter split at an abbreviation it did not know: a "sentence" that starts
/// in lower case, or one that goes on with a dotted abbreviation (`China-U.` + `S. relations`).
fn merge_false_starts(para: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        let piece = &para[s..e];
        let first = piece.chars().next().unwrap_or(' ');
        let continues = first.is_lowercase()
            || out.last().is_some_and(|&(ps, pe)| {
                ends_with_initial(&para[ps..pe]) && starts_with_initial(piece)
            });
        match out.last_mut() {
            Some(prev) if continues => prev.1 = e,
            _ => out.push((s, e)),
        }
    }
    out
}

/// `… U.` : a single capital and a full stop, not part of a longer word.
fn ends_with_initial(s: &str) -> bool {
    let mut rev = s.chars().rev();
    matches!((rev.next(), rev.next(), rev.next()), (Some('.'), Some(c), before) if c.is_uppercase() && before.is_none_or(|b| !b.is_alphanumeric()))
}

/// `S. …` : the rest of a dotted abbreviation.
fn starts_with_initial(s: &str) -> bool {
    let mut it = s.chars();
    matches!((it.next(), it.next()), (Some(c), Some('.')) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        segment(t, false, 0, "en").into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn abbreviations_dates_initials_decimals() {
        assert_eq!(
            texts(
                "The U.S. side said it would act. Then Mr. Smith left on Feb. 24 at 3.5 knots. Antony J. Blinken spoke."
            ),
            vec![
                "The U.S. side said it would act.",
                "Then Mr. Smith left on Feb. 24 at 3.5 knots.",
                "Antony J. Blinken spoke."
            ]
        );
    }

    #[test]
    fn quotes_that_end_a_sentence() {
        assert_eq!(
            texts("\"We will win,\" he said. He said “we will win.” The crowd cheered."),
            vec!["\"We will win,\" he said.", "He said “we will win.”", "The crowd cheered."]
        );
    }

    #[test]
    fn dotted_abbreviation_after_hyphen_stays_whole() {
        assert_eq!(
            texts("They exchanged views on China-U.S. relations at the current time. Next one."),
            vec!["They exchanged views on China-U.S. relations at the current time.", "Next one."]
        );
    }

    #[test]
    fn cut_off_fragments() {
        assert_eq!(
            texts("Putin outlined the tasks being solved [...] Xi noted the legitimacy."),
            vec!["Putin outlined the tasks being solved [...]", "Xi noted the legitimacy."]
        );
        assert_eq!(
            texts("[...] taking into account the signals, he would send a delegation. Next."),
            vec!["[...] taking into account the signals, he would send a delegation.", "Next."]
        );
        assert_eq!(
            texts("China is prepared to work with others to [...]"),
            vec!["China is prepared to work with others to [...]"]
        );
        // an elision inside a sentence, followed by lower case, stays one statement
        assert_eq!(
            texts("They agreed [...] to expand trade."),
            vec!["They agreed [...] to expand trade."]
        );
    }

    #[test]
    fn chinese_sentences_end_at_full_width_marks() {
        let t = "双方同意加强合作。王部长说：“我们支持。”他问：为什么？双方认为，一要对话；二要\n合作！";
        let st = segment(t, false, 0, "zh");
        let got: Vec<_> = st.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "双方同意加强合作。",
                "王部长说：“我们支持。”",
                "他问：为什么？",
                "双方认为，一要对话；",
                "二要合作！"
            ]
        );
        assert_eq!(&t[st[1].start..st[1].end], "王部长说：“我们支持。”");
    }

    #[test]
    fn paragraphs_spans_and_line_breaks() {
        let t = "One. Two\ncontinues.\n\n  Three.\n";
        let st = segment(t, false, 10, "en");
        assert_eq!(st.len(), 3);
        assert_eq!(st[1].text, "Two continues.");
        assert_eq!((st[0].paragraph, st[1].paragraph, st[2].paragraph), (1, 1, 2));
        assert_eq!(&t[st[2].start - 10..st[2].end - 10], "Three.");
    }

    #[test]
    fn markdown_statements_lose_markup_and_keep_spans() {
        let t = "Both sides discussed the **Taiwan Strait**. See [the text](https://x.example).";
        let st = segment(t, true, 5, "en");
        let got: Vec<_> = st.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(got, vec!["Both sides discussed the Taiwan Strait.", "See the text."]);
        assert_eq!(
            &t[st[0].start - 5..st[0].end - 5],
            "Both sides discussed the **Taiwan Strait**."
        );
        assert_eq!(&t[st[1].start - 5..st[1].end - 5], "See [the text](https://x.example).");
    }

    #[test]
    fn markdown_blocks_start_paragraphs() {
        let st =
            segment("# Readout\nThe leaders met.\n- First point.\n- Second point.", true, 0, "en");
        let got: Vec<_> = st.iter().map(|s| (s.text.as_str(), s.paragraph)).collect();
        assert_eq!(
            got,
            vec![
                ("Readout", 1),
                ("The leaders met.", 2),
                ("First point.", 3),
                ("Second point.", 4)
            ]
        );
    }
}
