//! Normalisation and tokens: folding of case, quote and dash styles; words with their spans;
//! stems and synonym groups for matching. Every comparison in readout goes through here.

use crate::lexicon;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Folds one character's typographic variants: curly quotes to straight, every dash and hyphen
/// to `-`, exotic spaces to a space.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        c => c,
    }
}

/// Case, quote, dash and spacing folded: two texts equal under `fold` read the same.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A kind of token in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    Space,
}

/// A token of running text with its byte span; concatenating all tokens gives the text back.
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
/// dots (`Russia's`, `cease-fire`, `U.S`, `3.5`), and commas between digits (`1,000`).
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        let kind = if c.is_whitespace() {
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            Kind::Space
        } else if c.is_alphanumeric() {
            loop {
                while j < chars.len() && chars[j].1.is_alphanumeric() {
                    j += 1;
                }
                let joins = j + 1 < chars.len()
                    && is_joiner(chars[j].1)
                    && chars[j + 1].1.is_alphanumeric()
                    && (chars[j].1 != ','
                        || (chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()))
                    && (chars[j].1 != '&' && chars[j].1 != '/' || chars[j - 1].1.is_uppercase());
                if joins {
                    j += 2;
                } else {
                    break;
                }
            }
            // Keep the final dot of a dotted abbreviation (U.S.) with the word.
            if j < chars.len() && chars[j].1 == '.' && is_dotted_abbrev(&s[start..chars[j].0]) {
                j += 1;
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let end = chars.get(j).map(|c| c.0).unwrap_or(s.len());
        out.push(Token {
            text: &s[start..end],
            kind,
            start,
        });
        i = j;
    }
    out
}

/// `U.S`, `U.N`, `e.g` : single letters joined by dots.
fn is_dotted_abbrev(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// The form of a word that equality in a word diff looks at: case, quote and dash styles,
/// possessive and abbreviation dots folded (`U.S.` = `US`, `Russia’s` = `russia's`).
pub fn word_key(w: &str) -> String {
    let f = fold(w);
    if f.contains('.')
        && f.chars().any(char::is_alphabetic)
        && is_dotted_abbrev(f.trim_end_matches('.'))
    {
        return f.replace('.', "");
    }
    f
}

/// A word of running text, as the matcher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower-cased and folded, possessive dropped (`russia`).
    pub lower: String,
    /// As written.
    pub raw: String,
    pub start: usize,
    pub end: usize,
    /// Written with a capital and not at the start of its sentence: likely a name.
    pub proper: bool,
}

/// The words of a sentence, in order.
pub fn words(s: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    for t in tokens(s) {
        match t.kind {
            Kind::Word => {
                let raw = t.text.to_string();
                let mut lower = word_key(t.text);
                for suffix in ["'s", "s'"] {
                    if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                        lower.truncate(lower.len() - if suffix == "'s" { 2 } else { 1 });
                    }
                }
                let capital = t.text.chars().next().is_some_and(char::is_uppercase);
                let acronym = t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && t.text
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                // "US"/"U.S." is the country, "us" the pronoun.
                if acronym && (lower == "us" || lower == "usa") {
                    lower = "usa".to_string();
                }
                out.push(Word {
                    proper: capital && (!sentence_start || acronym),
                    lower,
                    raw,
                    start: t.start,
                    end: t.start + t.text.len(),
                });
                sentence_start = false;
            }
            Kind::Punct => {
                if matches!(t.text, ":" | ";" | "." | "!" | "?") {
                    sentence_start = true;
                }
            }
            Kind::Space => {}
        }
    }
    out
}

struct Lexicon {
    stemmer: Stemmer,
    stop: HashSet<&'static str>,
    reporting: HashSet<&'static str>,
    common: HashSet<String>,
    synonyms: HashMap<String, &'static str>,
    phrases: HashMap<Vec<String>, &'static str>,
    max_phrase: usize,
    numbers: HashMap<&'static str, &'static str>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms = HashMap::new();
        let mut phrases = HashMap::new();
        let mut max_phrase = 1;
        for group in lexicon::SYNONYMS {
            let canon = group[0];
            for w in &group[1..] {
                let parts: Vec<String> =
                    w.split(' ').map(|p| stemmer.stem(p).into_owned()).collect();
                if parts.len() > 1 {
                    max_phrase = max_phrase.max(parts.len());
                    phrases.insert(parts, canon);
                } else {
                    synonyms.insert(parts[0].clone(), canon);
                }
            }
        }
        Lexicon {
            common: lexicon::COMMON
                .iter()
                .map(|w| stemmer.stem(w).into_owned())
                .collect(),
            stop: lexicon::STOP_WORDS.iter().copied().collect(),
            reporting: lexicon::REPORTING_VERBS.iter().copied().collect(),
            numbers: lexicon::NUMBER_WORDS.iter().copied().collect(),
            stemmer,
            synonyms,
            phrases,
            max_phrase,
        }
    })
}

/// English stem of a folded word ("sanctions" → "sanction").
pub fn stem(lower: &str) -> String {
    lexicon().stemmer.stem(lower).into_owned()
}

pub fn is_stop_word(lower: &str) -> bool {
    lexicon().stop.contains(lower)
}

/// The synonym group of one folded word (`moscow` → `@russia`), if it is in one. Single words
/// only: multi-word names ("united states") are matched by [`terms`].
pub fn synonym_group(lower: &str) -> Option<&'static str> {
    let lex = lexicon();
    lex.synonyms
        .get(&lex.stemmer.stem(lower).into_owned())
        .copied()
}

pub fn is_reporting_verb(lower: &str) -> bool {
    lexicon().reporting.contains(lower)
}

/// A number word as digits ("thirty" → "30"), or the word itself.
pub fn number_value(lower: &str) -> Option<String> {
    let l = lexicon();
    if let Some(n) = l.numbers.get(lower) {
        return Some((*n).to_string());
    }
    let digits = lower.replace(',', "");
    if digits.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return Some(digits);
    }
    None
}

/// A content term of a sentence: what the matcher compares.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Stem, number or synonym group (`@russia`).
    pub key: String,
    /// A likely name or acronym (capitalised mid-sentence).
    pub proper: bool,
    /// Written in digits.
    pub number: bool,
    /// Boilerplate every readout has.
    pub common: bool,
    /// Index of the first word it came from.
    pub word: usize,
}

/// The content terms of a sentence: stop words and reporting verbs dropped, stems and synonym
/// groups applied, number words as digits. `joined` decides hyphenated compounds: a compound
/// whose joined form is a known word elsewhere (`cease-fire` / `ceasefire`) becomes that word,
/// others count as their parts (`Russian-Chinese` → russian, chinese).
pub fn terms(s: &str, joined: &dyn Fn(&str) -> bool) -> Vec<Term> {
    let lex = lexicon();
    let ws = words(s);
    let mut out = Vec::new();
    // Expand compounds into parts first, so phrases can match across them.
    let mut units: Vec<(String, bool, usize)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if w.lower.contains('-') {
            let whole: String = w.lower.chars().filter(|&c| c != '-').collect();
            if joined(&whole) {
                units.push((whole, w.proper, i));
            } else {
                let mut first = w.proper;
                for p in w.lower.split('-').filter(|p| !p.is_empty()) {
                    units.push((
                        p.to_string(),
                        first || p.chars().all(|c| c.is_ascii_digit()),
                        i,
                    ));
                    first = w
                        .raw
                        .split(['-', '\u{2013}', '\u{2014}', '\u{2011}'])
                        .any(|r| r.eq_ignore_ascii_case(p) && r.starts_with(char::is_uppercase));
                }
            }
        } else {
            units.push((w.lower.clone(), w.proper, i));
        }
    }
    let stems: Vec<String> = units
        .iter()
        .map(|u| lex.stemmer.stem(&u.0).into_owned())
        .collect();
    let mut i = 0;
    'outer: while i < units.len() {
        for n in (2..=lex.max_phrase.min(units.len() - i)).rev() {
            if let Some(canon) = lex.phrases.get(&stems[i..i + n]) {
                out.push(Term {
                    key: canon.to_string(),
                    proper: true,
                    number: false,
                    common: false,
                    word: units[i].2,
                });
                i += n;
                continue 'outer;
            }
        }
        let (lower, proper, word) = (&units[i].0, units[i].1, units[i].2);
        i += 1;
        if lex.stop.contains(lower.as_str()) || lex.reporting.contains(lower.as_str()) {
            continue;
        }
        if let Some(n) = number_value(lower) {
            let digits = lower.chars().next().is_some_and(|c| c.is_ascii_digit());
            out.push(Term {
                key: n,
                proper: false,
                number: digits,
                common: !digits,
                word,
            });
            continue;
        }
        if lower.chars().count() < 2 && !proper {
            continue;
        }
        let st = &stems[i - 1];
        let key = lex
            .synonyms
            .get(st)
            .map(|c| c.to_string())
            .unwrap_or_else(|| st.clone());
        let common = lex.common.contains(st);
        out.push(Term {
            key,
            proper,
            number: false,
            common,
            word,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        terms(s, &|w| w == "ceasefire")
            .into_iter()
            .map(|t| t.key)
            .collect()
    }

    #[test]
    fn fold_quotes_dashes_case_spaces() {
        assert_eq!(fold("“Cease–fire”  Now\u{a0}’s"), "\"cease-fire\" now 's");
    }

    #[test]
    fn tokens_round_trip_and_keep_inner_marks() {
        let s = "The U.S. and Russia’s cease-fire, 1,000 troops (3.5%).";
        let ts = tokens(s);
        assert_eq!(ts.iter().map(|t| t.text).collect::<String>(), s);
        let ws: Vec<_> = ts
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
            .collect();
        assert_eq!(
            ws,
            vec![
                "The",
                "U.S.",
                "and",
                "Russia’s",
                "cease-fire",
                "1,000",
                "troops",
                "3.5"
            ]
        );
    }

    #[test]
    fn word_keys_see_through_styles() {
        assert_eq!(word_key("U.S."), word_key("US"));
        assert_eq!(word_key("Russia’s"), word_key("russia's"));
        assert_eq!(word_key("cease–fire"), word_key("cease-fire"));
    }

    #[test]
    fn terms_fold_inflection_synonyms_and_compounds() {
        assert_eq!(
            keys("The sanctions were sanctioned"),
            vec!["sanction", "sanction"]
        );
        assert_eq!(
            keys("Russian-Chinese relations"),
            vec!["@russia", "@china", "@relations"]
        );
        assert_eq!(
            keys("a cease–fire and a ceasefire"),
            vec!["ceasefir", "ceasefir"]
        );
        assert_eq!(
            keys("the United States and the U.S. and us"),
            vec!["@usa", "@usa"]
        );
        assert_eq!(keys("thirty days, 30 days"), vec!["30", "day", "30", "day"]);
        assert_eq!(keys("Xi said, noting that"), vec!["xi"]);
    }

    #[test]
    fn proper_names_are_flagged() {
        let t = terms("Then Putin met the President of Kazakhstan", &|_| false);
        let proper: Vec<_> = t
            .iter()
            .filter(|t| t.proper)
            .map(|t| t.key.as_str())
            .collect();
        assert_eq!(proper, vec!["putin", "@leader", "kazakhstan"]);
    }
}
