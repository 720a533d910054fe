//! The words of claims and readouts as the checker sees them: as written, folded for the verbatim
//! test, loosened for matching, and weighted by how much each says.

use crate::text::lexicon;
use crate::text::{self, Kind};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One word of a claim or of a readout's statement. A hyphenated compound (`cease-fire`,
/// `30-day`, `China-U.S.`) is one word per part, so that each part can match on its own
/// (`30-day` against `thirty-day`, `U.S.` against `United States`).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// As written.
    pub raw: String,
    /// Case, quote and dash styles folded: two texts whose words are equal here (and joined
    /// alike) are verbatim.
    pub exact: String,
    /// A hyphen joins this part to the next (`cease` in `cease-fire`).
    pub joined: bool,
    /// The whole word a part belongs to, as written (`30-day` for `30`), and where it starts.
    pub whole: String,
    pub whole_start: usize,
    /// Lower case with the possessive dropped: what the word lists (stop words, negations,
    /// modals, number words) are looked up by.
    pub lower: String,
    /// Loose form for matching: abbreviation dots, possessives, inflection and number words
    /// folded (`U.S.` = `US`, `welcomed` = `welcome`, `thirty` = `30`).
    pub key: String,
    /// Synonym group (`moscow` → `@russia`, both words of `United States` → `@usa`), else the
    /// key: a weaker match.
    pub group: String,
    pub stop: bool,
    /// Starts with a capital letter.
    pub capital: bool,
    /// First word of a sentence (or of the text), where a capital says nothing about names.
    pub sentence_start: bool,
    /// A clause break (`,` `;` `:` a bracket or a dash) follows before the next word; full stops
    /// do not count, as inside one statement they end abbreviations (`Oct. 15`).
    pub break_after: bool,
    /// Byte span in the text it came from.
    pub start: usize,
    pub end: usize,
}

impl Word {
    /// Same written form, for the verbatim test.
    pub fn same_as(&self, o: &Word) -> bool {
        self.exact == o.exact && self.joined == o.joined
    }
}

/// The words of a text, in order.
pub fn words(s: &str) -> Vec<Word> {
    let toks = text::tokens(s);
    let mut out: Vec<Word> = Vec::new();
    let mut sentence_start = true;
    for t in &toks {
        match t.kind {
            Kind::Word => {
                let parts = split_parts(t.text);
                let n = parts.len();
                for (k, (offset, part)) in parts.into_iter().enumerate() {
                    let lower = lower_form(part);
                    let key = loose_key(part, &lower);
                    let group = text::synonym_group(&lower)
                        .or_else(|| text::synonym_group(&key))
                        .map(str::to_string)
                        .unwrap_or_else(|| key.clone());
                    out.push(Word {
                        raw: part.to_string(),
                        exact: text::fold(part),
                        joined: k + 1 < n,
                        whole: t.text.to_string(),
                        whole_start: t.start,
                        stop: text::is_stop_word(&lower),
                        lower,
                        key,
                        group,
                        capital: part.starts_with(char::is_uppercase),
                        sentence_start: sentence_start && k == 0,
                        break_after: false,
                        start: t.start + offset,
                        end: t.start + offset + part.len(),
                    });
                }
                sentence_start = false;
            }
            Kind::Punct => {
                let folded: String = t.text.chars().map(text::fold_char).collect();
                if folded.chars().any(|c| ",;:()[]-".contains(c))
                    && let Some(last) = out.last_mut()
                {
                    last.break_after = true;
                }
                if folded.chars().any(|c| matches!(c, '.' | '!' | '?' | ':' | ';')) {
                    sentence_start = true;
                }
            }
            Kind::Space => {}
        }
    }
    phrase_groups(&mut out);
    out
}

/// The parts of a hyphenated word with their byte offsets; a dotted abbreviation's final dot
/// stays with it.
fn split_parts(w: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in w.char_indices() {
        if text::fold_char(c) == '-' {
            if i > start {
                out.push((start, &w[start..i]));
            }
            start = i + c.len_utf8();
        }
    }
    if start < w.len() {
        out.push((start, &w[start..]));
    }
    if out.is_empty() {
        out.push((0, w));
    }
    out
}

/// Names made of several words (`United States`, `European Union`) belong to their synonym
/// group word by word.
fn phrase_groups(ws: &mut [Word]) {
    static PHRASES: OnceLock<Vec<(Vec<String>, &'static str)>> = OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        lexicon::SYNONYMS
            .iter()
            .flat_map(|g| {
                g[1..]
                    .iter()
                    .filter(|w| w.contains(' '))
                    // Not `words`: that would ask for this very list while it is built.
                    .map(move |w| (w.split(' ').map(lower_form).collect(), g[0]))
            })
            .collect()
    });
    let mut i = 0;
    while i < ws.len() {
        let hit = phrases.iter().find(|(p, _)| {
            i + p.len() <= ws.len() && ws[i..i + p.len()].iter().zip(p).all(|(w, x)| &w.lower == x)
        });
        match hit {
            Some((p, canon)) => {
                for w in &mut ws[i..i + p.len()] {
                    w.group = canon.to_string();
                }
                i += p.len();
            }
            None => i += 1,
        }
    }
}

/// Folded, lower case, possessive dropped (`Russia’s` → `russia`), `U.S.` → `us`.
fn lower_form(raw: &str) -> String {
    let mut w = text::word_key(raw);
    if let Some(stem) = w.strip_suffix("'s")
        && stem.chars().count() > 1
    {
        w = stem.to_string();
    } else if w.ends_with("s'") {
        w.pop();
    }
    w.trim_matches('\'').to_string()
}

fn is_acronym(raw: &str) -> bool {
    let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn loose_key(raw: &str, lower: &str) -> String {
    // "US" is the country, "us" the pronoun.
    if (lower == "us" || lower == "usa") && is_acronym(raw) {
        return "usa".to_string();
    }
    match number(lower) {
        Some(n) => n,
        None => text::stem(lower),
    }
}

/// Whether two keys are forms of one word the stemmer keeps apart (`unity` / `united`,
/// `democracy` / `democratic`): one is a prefix of the other, or they share five letters.
pub fn related(a: &str, b: &str) -> bool {
    if a == b
        || a.starts_with(|c: char| c.is_ascii_digit())
        || b.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 5 || (common == shorter && shorter >= 4)
}

/// The value of a number written in digits, as a number word, or as an ordinal (`20th` → `20`).
pub fn number(part: &str) -> Option<String> {
    if let Some(n) = text::number_value(part) {
        return Some(n);
    }
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(d) = part.strip_suffix(suffix)
            && !d.is_empty()
            && d.chars().all(|c| c.is_ascii_digit())
        {
            return Some(d.to_string());
        }
    }
    None
}

fn common_words() -> &'static HashSet<String> {
    static COMMON: OnceLock<HashSet<String>> = OnceLock::new();
    COMMON.get_or_init(|| lexicon::COMMON.iter().map(|w| text::stem(w)).collect())
}

/// Readout boilerplate (`side`, `president`, `cooperation`…) or a title: says little on its own.
pub fn is_common(w: &Word) -> bool {
    common_words().contains(&w.key) || text::is_reporting_verb(&w.lower)
}

/// Adverbs that strengthen or hedge without saying anything of their own; quotes swap them
/// freely ("really" / "truly"), so they weigh no more than function words.
const INTENSIFIERS: &[&str] = &[
    "really",
    "truly",
    "actually",
    "indeed",
    "very",
    "fully",
    "highly",
    "deeply",
    "greatly",
    "strongly",
    "firmly",
    "closely",
    "particularly",
    "especially",
    "even",
    "still",
    "quite",
    "certainly",
    "clearly",
    "completely",
    "entirely",
    "totally",
    "absolutely",
    "sincerely",
];

/// How much a word tells: function words little, boilerplate some, words rare in the readouts
/// (or not in them at all) and numbers most. Rarity is measured over the readouts' statements,
/// so a claim made of words no readout uses weighs heavily against itself.
pub struct Weights {
    df: HashMap<String, usize>,
    n: usize,
}

impl Weights {
    /// Document frequencies of loose keys over the given statements' words.
    pub fn new<'a>(statements: impl Iterator<Item = &'a [Word]>) -> Weights {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0;
        for ws in statements {
            n += 1;
            let keys: HashSet<&str> = ws.iter().map(|w| w.key.as_str()).collect();
            for k in keys {
                *df.entry(k.to_string()).or_default() += 1;
            }
        }
        Weights { df, n }
    }

    pub fn of(&self, w: &Word) -> f64 {
        if w.stop || INTENSIFIERS.contains(&w.lower.as_str()) {
            return 0.15;
        }
        if w.key.starts_with(|c: char| c.is_ascii_digit()) {
            return 1.5;
        }
        let df = self.df.get(&w.key).copied().unwrap_or(0) as f64;
        let n = self.n as f64;
        let idf = if self.n == 0 {
            1.0
        } else {
            (((n + 1.0) / (df + 1.0)).ln() / (n + 1.0).ln()).clamp(0.0, 1.0)
        };
        let base = 0.5 + idf;
        if is_common(w) { base * 0.5 } else { base }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        words(s).into_iter().map(|w| w.key).collect()
    }

    #[test]
    fn loose_keys_fold_styles_inflection_and_numbers() {
        assert_eq!(keys("U.S. cease-fire"), keys("US cease–fire"));
        assert_eq!(keys("U.S."), keys("US"));
        assert_eq!(keys("thirty-day"), keys("30-day"));
        assert_ne!(keys("30-day"), keys("60-day"));
        assert_eq!(keys("welcomed Russia’s"), keys("welcome Russia"));
        assert_eq!(keys("the 20th"), vec!["the".to_string(), "20".to_string()]);
        assert_eq!(keys("30-day").len(), 2);
        assert_ne!(keys("US"), keys("us"));
    }

    #[test]
    fn exact_forms_keep_spelling_but_fold_quote_styles() {
        let a = words("Russia’s “cease–fire” U.S.");
        let b = words("russia's \"cease-fire\" US");
        assert_eq!(a[0].exact, b[0].exact);
        assert_eq!(a[1].exact, b[1].exact);
        assert_ne!(a[3].exact, b[3].exact);
        assert!(a[1].joined && a[1].same_as(&b[1]));
        let c = words("ceasefire");
        assert!(!c[0].same_as(&b[1]));
    }

    #[test]
    fn multi_word_names_share_their_group() {
        let w = words("The United States and the U.S.");
        assert_eq!(w[1].group, "@usa");
        assert_eq!(w[2].group, "@usa");
        assert_eq!(w[5].group, w[1].group);
    }

    #[test]
    fn related_forms() {
        let k = |s: &str| words(s)[0].key.clone();
        assert!(related(&k("unity"), &k("united")));
        assert!(related(&k("democracy"), &k("democratic")));
        assert!(!related(&k("trade"), &k("travel")));
        assert!(!related("30", "300"));
    }

    #[test]
    fn sentence_starts_and_punctuation_are_marked() {
        let w = words("Xi spoke, Putin listened. Then Moscow");
        assert!(w[0].sentence_start && !w[2].sentence_start && w[4].sentence_start);
        assert!(w[1].break_after && !w[0].break_after);
        assert_eq!(w[5].group, "@russia");
    }

    #[test]
    fn rare_words_weigh_more_than_common_ones() {
        let st = [words("The leaders discussed trade."), words("The leaders discussed energy.")];
        let wt = Weights::new(st.iter().map(|v| v.as_slice()));
        let w = words("the leaders energy pipeline 30");
        let v: Vec<f64> = w.iter().map(|x| wt.of(x)).collect();
        assert!(v[0] < v[1] && v[1] < v[2] && v[2] < v[3], "{v:?}");
        assert!(v[4] >= v[3]);
    }
}
