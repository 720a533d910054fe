//! Languages readout reads beyond English (Russian, Chinese): which one a readout is in (its
//! `language` field, else its script), the scripts a character belongs to, and Chinese words,
//! which no space separates and a dictionary segmenter cuts.
//!
//! The forms of a word follow its script (a Cyrillic word is stemmed by the Russian stemmer, a
//! Han run cut by the Chinese segmenter), because a word's spelling alone says which rules can
//! apply and a spelling is worked out once for the whole run ([`super::Form::of`]); a readout's
//! language chooses what works on whole texts: sentence rules and the notes a report gives.

use std::sync::OnceLock;

/// The language of a readout, as far as readout treats languages differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Russian,
    Chinese,
    /// Any other language a readout names: read with the English rules.
    Other,
}

impl Language {
    /// From an ISO 639-1 code (`zh-CN`, `ru`, `en-GB` too), else detected from `text`.
    pub fn of(code: Option<&str>, text: impl Iterator<Item = impl AsRef<str>>) -> Language {
        match code {
            Some(c) => Language::from_code(c),
            None => detect(text),
        }
    }

    fn from_code(code: &str) -> Language {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Language::English,
            "ru" => Language::Russian,
            "zh" => Language::Chinese,
            _ => Language::Other,
        }
    }

    /// The ISO 639-1 code, for the sentence segmenter's rules.
    pub fn code(self) -> &'static str {
        match self {
            Language::English | Language::Other => "en",
            Language::Russian => "ru",
            Language::Chinese => "zh",
        }
    }
}

/// The language a text's letters are written in: Chinese when Han characters are the most
/// common letters, Russian when Cyrillic ones are, else English. Reads at most the first 4,000
/// letters, which settle it.
pub fn detect(texts: impl Iterator<Item = impl AsRef<str>>) -> Language {
    let (mut han, mut cyrillic, mut latin, mut seen) = (0usize, 0usize, 0usize, 0usize);
    'all: for t in texts {
        for c in t.as_ref().chars().filter(|c| c.is_alphabetic()) {
            if is_han(c) {
                han += 1;
            } else if is_cyrillic(c) {
                cyrillic += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
            seen += 1;
            if seen >= 4000 {
                break 'all;
            }
        }
    }
    // A Han character stands for a word or a syllable, a Latin letter for a sound: weigh them
    // so that a Chinese text quoting a few English names still reads as Chinese.
    if han * 3 > latin.max(cyrillic) {
        Language::Chinese
    } else if cyrillic > latin {
        Language::Russian
    } else {
        Language::English
    }
}

/// A Han (Chinese) character: the CJK unified ideographs and their extensions, and `〇`.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '\u{3007}')
}

/// A Cyrillic letter.
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Writing where words and sentences run on without spaces: Han characters, and the
/// punctuation of CJK text (`。`, `，`, `“`…`”` as full-width marks, `《》`).
pub fn is_spaceless(c: char) -> bool {
    is_han(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}

/// Chinese sentence ends, full-width: a full stop, exclamation and question marks, and the
/// semicolon, which in readouts ends each of a list of points.
pub const CHINESE_SENTENCE_ENDS: &[char] = &['。', '！', '？', '；'];

/// The words of a run of Han characters, as Jieba's dictionary (with its hidden Markov model
/// for words the dictionary lacks, such as names) cuts them; each is a slice of `run`.
pub fn han_words(run: &str) -> Vec<&str> {
    static JIEBA: OnceLock<jieba_rs::Jieba> = OnceLock::new();
    // Loaded on the first Han text of a run (about a fifth of a second), never for English.
    let jieba = JIEBA.get_or_init(jieba_rs::Jieba::new);
    jieba.cut(run, true).into_iter().map(|t| t.word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_the_field_or_the_script() {
        assert_eq!(Language::of(Some("zh-CN"), [""].iter()), Language::Chinese);
        assert_eq!(Language::of(Some("RU"), ["English text"].iter()), Language::Russian);
        assert_eq!(Language::of(None, ["两国元首通电话，Xi said."].iter()), Language::Chinese);
        assert_eq!(Language::of(None, ["Путин провёл переговоры."].iter()), Language::Russian);
        assert_eq!(Language::of(None, ["Putin held talks."].iter()), Language::English);
    }

    #[test]
    fn han_runs_are_cut_into_words() {
        let ws = han_words("中国和俄罗斯加强经济合作");
        assert_eq!(ws.concat(), "中国和俄罗斯加强经济合作");
        assert!(ws.contains(&"经济") && ws.contains(&"合作"), "{ws:?}");
    }
}
