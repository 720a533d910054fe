//! The one tokeniser: running text into words, punctuation and spaces, with byte offsets, so that
//! concatenating the tokens gives the text back.

use super::fold::fold_char;
use super::lang::{han_words, is_han};
use super::lexicon::ELISIONS;

/// A kind of token in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    Space,
}

/// A token of running text with its byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub kind: Kind,
    pub start: usize,
}

fn is_joiner(c: char) -> bool {
    matches!(fold_char(c), '\'' | '-' | '.' | ',') || c == '&' || c == '/'
}

/// Splits text into words, punctuation and spaces. A word keeps inner apostrophes, hyphens and
/// dots (`Russia's`, `cease-fire`, `U.S`, `3.5`), and commas between digits (`1,000`). Chinese,
/// which no space divides, is cut into words by the Chinese segmenter ([`han_words`]).
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(s.len() / 3);
    // The character at a byte offset, if any; offsets always sit on character boundaries here.
    // Most text is ASCII, which needs no decoding.
    let bytes = s.as_bytes();
    let at = |k: usize| match bytes.get(k) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[k..].chars().next(),
        None => None,
    };
    let mut start = 0;
    while let Some(c) = at(start) {
        let mut end = start + c.len_utf8();
        let kind = if c.is_whitespace() {
            while let Some(d) = at(end).filter(|d| d.is_whitespace()) {
                end += d.len_utf8();
            }
            Kind::Space
        } else if is_han(c) {
            while let Some(d) = at(end).filter(|&d| is_han(d)) {
                end += d.len_utf8();
            }
            let mut from = start;
            for w in han_words(&s[start..end]) {
                out.push(Token { text: &s[from..from + w.len()], kind: Kind::Word, start: from });
                from += w.len();
            }
            start = end;
            continue;
        } else if c.is_alphanumeric() {
            let mut prev = c;
            loop {
                while let Some(d) = at(end).filter(|&d| d.is_alphanumeric() && !is_han(d)) {
                    end += d.len_utf8();
                    prev = d;
                }
                let Some(j) = at(end).filter(|&j| is_joiner(j)) else { break };
                let Some(next) =
                    at(end + j.len_utf8()).filter(|&n| n.is_alphanumeric() && !is_han(n))
                else {
                    break;
                };
                let digits = prev.is_ascii_digit() && next.is_ascii_digit();
                let joins = (j != ',' || digits) && (j != '&' && j != '/' || prev.is_uppercase());
                if !joins {
                    break;
                }
                end += j.len_utf8() + next.len_utf8();
                prev = next;
            }
            // Keep the final dot of a dotted abbreviation (U.S.) with the word.
            if at(end) == Some('.') && is_dotted_abbrev(&s[start..end]) {
                end += 1;
            }
            Kind::Word
        } else {
            // An elision mark is one token, so a diff never splits "[...]" into dots.
            if let Some(m) = ELISIONS.iter().find(|m| s[start..].starts_with(*m)) {
                end = start + m.len();
            }
            Kind::Punct
        };
        out.push(Token { text: &s[start..end], kind, start });
        start = end;
    }
    out
}

/// `U.S`, `U.N`, `e.g` : single letters joined by dots.
pub(crate) fn is_dotted_abbrev(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Number of words in a text.
pub fn word_count(s: &str) -> usize {
    tokens(s).iter().filter(|t| t.kind == Kind::Word).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_keep_inner_marks() {
        let s = "The U.S. and Russia’s cease-fire, 1,000 troops (3.5%).";
        let ts = tokens(s);
        assert_eq!(ts.iter().map(|t| t.text).collect::<String>(), s);
        let ws: Vec<_> = ts.iter().filter(|t| t.kind == Kind::Word).map(|t| t.text).collect();
        assert_eq!(
            ws,
            vec!["The", "U.S.", "and", "Russia’s", "cease-fire", "1,000", "troops", "3.5"]
        );
    }

    #[test]
    fn chinese_is_cut_into_words_between_other_tokens() {
        let s = "双方同意加强合作。Xi和普京2026年通话";
        let ts = tokens(s);
        assert_eq!(ts.iter().map(|t| t.text).collect::<String>(), s);
        let ws: Vec<_> = ts.iter().filter(|t| t.kind == Kind::Word).map(|t| t.text).collect();
        assert!(ws.contains(&"合作") && ws.contains(&"Xi") && ws.contains(&"2026"), "{ws:?}");
        assert!(ws.iter().all(|w| w.chars().count() <= 4), "{ws:?}");
    }

    #[test]
    fn elision_marks_are_one_token() {
        let ts = tokens("solved [...] and . . . then… done");
        let puncts: Vec<_> = ts.iter().filter(|t| t.kind == Kind::Punct).map(|t| t.text).collect();
        assert_eq!(puncts, vec!["[...]", ". . .", "…"]);
    }
}
