//! Normalisation and tokens: folding of case, quote and dash styles; words with their spans;
//! stems and synonym groups for matching. Every comparison in readout goes through here.

pub mod lexicon;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
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

/// Synonym groups that stand for a country (or a union of countries).
pub const COUNTRY_GROUPS: &[&str] = &[
    "@usa", "@russia", "@china", "@ukraine", "@taiwan", "@eu", "@uk", "@france", "@germany",
    "@japan", "@india", "@korea", "@dprk", "@iran", "@israel", "@turkey", "@belarus",
];

/// Marks of text left out, each read as one punctuation token.
pub const ELISIONS: &[&str] = &["[...]", "[…]", "(...)", "(…)", "[. . .]", "...", "…"];

fn is_joiner(c: char) -> bool {
    matches!(fold_char(c), '\'' | '-' | '.' | ',') || c == '&' || c == '/'
}

/// Splits text into words, punctuation and spaces. A word keeps inner apostrophes, hyphens and
/// dots (`Russia's`, `cease-fire`, `U.S`, `3.5`), and commas between digits (`1,000`).
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
        } else if c.is_alphanumeric() {
            let mut prev = c;
            loop {
                while let Some(d) = at(end).filter(|d| d.is_alphanumeric()) {
                    end += d.len_utf8();
                    prev = d;
                }
                let Some(j) = at(end).filter(|&j| is_joiner(j)) else { break };
                let Some(next) = at(end + j.len_utf8()).filter(|n| n.is_alphanumeric()) else {
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
fn is_dotted_abbrev(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// The form of a word that equality in a word diff looks at: case, quote and dash styles,
/// possessive and abbreviation dots folded (`U.S.` = `US`, `Russia’s` = `russia's`).
pub fn word_key(w: &str) -> String {
    // Most words are plain ASCII: no typographic variants to fold.
    let f =
        if w.bytes().all(|b| b.is_ascii_alphanumeric()) { w.to_ascii_lowercase() } else { fold(w) };
    if f.contains('.')
        && f.chars().any(char::is_alphabetic)
        && is_dotted_abbrev(f.trim_end_matches('.'))
    {
        return f.replace('.', "");
    }
    f
}

/// All capitals, two letters or more (`NATO`, `U.S.`).
pub fn is_acronym(raw: &str) -> bool {
    let letters = || raw.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 2 && letters().all(char::is_uppercase)
}

/// The form of a word that matching uses: folded as in [`word_key`], possessive dropped
/// (`Russia’s` → `russia`), and `US`/`U.S.` told apart from the pronoun `us` (→ `usa`).
pub fn word_form(raw: &str) -> String {
    thread_local! {
        static FORMS: Cache = Default::default();
    }
    FORMS.with(|c| cached(c, raw, fold_word))
}

/// A memo of a word function: every pass over a readout asks for the same few thousand words
/// again, among a million tokens, so each is worked out once per thread.
type Cache = std::cell::RefCell<FxHashMap<String, String>>;

fn cached(cache: &Cache, key: &str, f: impl FnOnce(&str) -> String) -> String {
    if let Some(v) = cache.borrow().get(key) {
        return v.clone();
    }
    let v = f(key);
    cache.borrow_mut().insert(key.to_string(), v.clone());
    v
}

fn fold_word(raw: &str) -> String {
    let mut lower = word_key(raw);
    for suffix in ["'s", "s'"] {
        if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
            lower.truncate(lower.len() - if suffix == "'s" { 2 } else { 1 });
        }
    }
    if (lower == "us" || lower == "usa") && is_acronym(raw) {
        lower = "usa".to_string();
    }
    lower
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
                let lower = word_form(t.text);
                let capital = t.text.chars().next().is_some_and(char::is_uppercase);
                out.push(Word {
                    proper: capital && (!sentence_start || is_acronym(t.text)),
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

struct Compiled {
    stemmer: Stemmer,
    stop: HashSet<&'static str>,
    reporting: HashSet<&'static str>,
    common: HashSet<String>,
    synonyms: HashMap<String, &'static str>,
    phrases: HashMap<Vec<String>, &'static str>,
    phrase_starts: HashSet<String>,
    max_phrase: usize,
    numbers: HashMap<&'static str, &'static str>,
}

fn compiled() -> &'static Compiled {
    static LEX: OnceLock<Compiled> = OnceLock::new();
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
        Compiled {
            common: lexicon::COMMON
                .iter()
                .chain(lexicon::ANY_TOPIC)
                .map(|w| stemmer.stem(w).into_owned())
                .collect(),
            stop: lexicon::STOP_WORDS.iter().copied().collect(),
            reporting: lexicon::REPORTING_VERBS.iter().copied().collect(),
            numbers: lexicon::NUMBER_WORDS.iter().copied().collect(),
            phrase_starts: phrases.keys().map(|p: &Vec<String>| p[0].clone()).collect(),
            stemmer,
            synonyms,
            phrases,
            max_phrase,
        }
    })
}

/// English stem of a folded word ("sanctions" → "sanction").
pub fn stem(lower: &str) -> String {
    thread_local! {
        static STEMS: Cache = Default::default();
    }
    STEMS.with(|c| cached(c, lower, |w| compiled().stemmer.stem(w).into_owned()))
}

/// The synonym group of one folded word (`chinese` → `@china`), if it is in one. Single words
/// only: multi-word names ("united states") are matched by [`terms`].
pub fn synonym_group(lower: &str) -> Option<&'static str> {
    compiled().synonyms.get(stem(lower).as_str()).copied()
}

/// The country a folded name or demonym refers to: its synonym group when it has one
/// (`beijing` → `@china`), otherwise the word without its demonym ending, so that an unknown
/// country and its people meet (`ostravian`, `ostravia` → `ostrav`).
pub fn country_key(lower: &str) -> String {
    if let Some(g) = synonym_group(lower) {
        return g.to_string();
    }
    for suffix in ["ians", "ian", "ean", "ese", "ic", "ish", "ia", "an", "i", "a"] {
        if let Some(stem) = lower.strip_suffix(suffix)
            && stem.chars().count() >= 3
        {
            return stem.to_string();
        }
    }
    lower.to_string()
}

pub fn is_stop_word(lower: &str) -> bool {
    compiled().stop.contains(lower)
}

pub fn is_reporting_verb(lower: &str) -> bool {
    compiled().reporting.contains(lower)
}

/// A number word as digits ("thirty" → "30"), or the word itself.
pub fn number_value(lower: &str) -> Option<String> {
    let l = compiled();
    if let Some(n) = l.numbers.get(lower) {
        return Some((*n).to_string());
    }
    if !lower.starts_with(|c: char| c.is_ascii_digit())
        || !lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    Some(lower.replace(',', ""))
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
    terms_of_words(&words(s), joined)
}

/// [`terms`] of a sentence already split into [`words`].
pub fn terms_of_words(ws: &[Word], joined: &dyn Fn(&str) -> bool) -> Vec<Term> {
    let lex = compiled();
    let mut out = Vec::new();
    // Expand compounds into parts first, so phrases can match across them.
    let mut units: Vec<(String, bool, usize)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if w.lower.contains('-') {
            let whole: String = w.lower.chars().filter(|&c| c != '-').collect();
            if joined(&whole) {
                units.push((whole, w.proper, i));
            } else {
                // "Russian-Chinese relations" are the bilateral relations of a readout pair.
                let countries: HashSet<&str> = w
                    .raw
                    .split(['-', '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}'])
                    .filter_map(|p| synonym_group(&word_form(p.trim_end_matches('.'))))
                    .filter(|g| COUNTRY_GROUPS.contains(g))
                    .collect();
                if countries.len() >= 2 {
                    units.push(("bilateral".to_string(), false, i));
                }
                // Each part is a word of its own: "China-U.S." → china, usa.
                for (k, part) in
                    w.raw.split(['-', '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}']).enumerate()
                {
                    let lower = word_form(part.trim_end_matches('.'));
                    if lower.is_empty() {
                        continue;
                    }
                    let capital = part.starts_with(char::is_uppercase) && (k > 0 || w.proper);
                    let digits = lower.chars().all(|c| c.is_ascii_digit());
                    units.push((lower, capital || digits, i));
                }
            }
        } else {
            units.push((w.lower.clone(), w.proper, i));
        }
    }
    let stems: Vec<String> = units.iter().map(|u| stem(&u.0)).collect();
    let mut i = 0;
    'outer: while i < units.len() {
        let could_start = lex.phrase_starts.contains(stems[i].as_str());
        for n in (2..=lex.max_phrase.min(units.len() - i)).rev().filter(|_| could_start) {
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
            out.push(Term { key: n, proper: false, number: digits, common: !digits, word });
            continue;
        }
        if lower.chars().count() < 2 && !proper {
            continue;
        }
        let st = &stems[i - 1];
        let key = lex.synonyms.get(st).map(|c| c.to_string()).unwrap_or_else(|| st.clone());
        let common = lex.common.contains(st);
        out.push(Term { key, proper, number: false, common, word });
    }
    out
}

/// The base that a folded word's inflections share, and only its inflections: plural, `-ed`,
/// `-ing` (`sanction`, `sanctions`, `sanctioned`, `sanctioning` → `sanction`; `occupied` →
/// `occupy`). Unlike [`stem`], derivations stay apart (`independence`, `independent`,
/// `independently` are three words), which is what a watchlist of loaded terms needs: a list
/// that names "independence" means the word, not "China independently assessed". The result is
/// a matching key, not always a word (`measure` → `measur`): compare it only with other bases.
pub fn inflection_base(lower: &str) -> String {
    if !lower.chars().all(char::is_alphabetic) {
        return lower.to_string();
    }
    let mut w = strip_plural(lower);
    if let Some(base) = strip_verb_ending(&w) {
        w = base;
    }
    // Applied to every word alike, so `stopped` → `stopp` and `stop` meet, as do `measured` →
    // `measur` and `measure`.
    let chars: Vec<char> = w.chars().collect();
    if let [.., a, b] = chars[..]
        && a == b
        && !is_vowel(a)
    {
        w.pop();
    }
    if w.chars().count() > 2 && w.ends_with('e') {
        w.pop();
    }
    w
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// A plural's singular (`policies` → `policy`, `annexes` → `annex`, `crises` → `crisis`); other
/// words as they are (`crisis`, `status`, `press`).
fn strip_plural(w: &str) -> String {
    let n = w.chars().count();
    if w == "crises" {
        return "crisis".to_string();
    }
    if n >= 5 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if n >= 5 && ["sses", "xes", "zes", "ches", "shes"].iter().any(|e| w.ends_with(e)) {
        return w[..w.len() - 2].to_string();
    }
    if n >= 4 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)) {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// A verb form's stem without `-ed`/`-ing` (`occupied` → `occupy`, `sanctioning` →
/// `sanction`), when what is left is a plausible stem: three letters or more with a vowel.
fn strip_verb_ending(w: &str) -> Option<String> {
    if w.chars().count() >= 5 && w.ends_with("ied") {
        return Some(format!("{}y", &w[..w.len() - 3]));
    }
    let rest = w.strip_suffix("ing").or_else(|| w.strip_suffix("ed"))?;
    (rest.chars().count() >= 3 && rest.chars().any(is_vowel)).then(|| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        terms(s, &|w| w == "ceasefire").into_iter().map(|t| t.key).collect()
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
        let ws: Vec<_> = ts.iter().filter(|t| t.kind == Kind::Word).map(|t| t.text).collect();
        assert_eq!(
            ws,
            vec!["The", "U.S.", "and", "Russia’s", "cease-fire", "1,000", "troops", "3.5"]
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
        assert_eq!(keys("The sanctions were sanctioned"), vec!["sanction", "sanction"]);
        assert_eq!(
            keys("Russian-Chinese relations"),
            vec!["@bilateral", "@russia", "@china", "@relations"]
        );
        assert_eq!(keys("a cease–fire and a ceasefire"), vec!["ceasefir", "ceasefir"]);
        assert_eq!(keys("the United States and the U.S. and us"), vec!["@usa", "@usa"]);
        assert_eq!(keys("thirty days, 30 days"), vec!["30", "day", "30", "day"]);
        assert_eq!(keys("Xi said, noting that"), vec!["xi"]);
    }

    #[test]
    fn proper_names_are_flagged() {
        let t = terms("Then Putin met the President of Kazakhstan", &|_| false);
        let proper: Vec<_> = t.iter().filter(|t| t.proper).map(|t| t.key.as_str()).collect();
        assert_eq!(proper, vec!["putin", "@leader", "kazakhstan"]);
    }

    #[test]
    fn inflection_base_joins_inflections_not_derivations() {
        let same = [
            &["sanction", "sanctions", "sanctioned", "sanctioning"][..],
            &["occupy", "occupies", "occupied", "occupying"],
            &["measure", "measures", "measured", "measuring"],
            &["interfere", "interferes", "interfered", "interfering"],
            &["stop", "stops", "stopped", "stopping"],
            &["crisis", "crises"],
            &["policy", "policies"],
            &["annex", "annexes", "annexed"],
            &["press", "presses", "pressed"],
        ];
        for forms in same {
            let bases: Vec<String> = forms.iter().map(|w| inflection_base(w)).collect();
            assert!(bases.iter().all(|b| *b == bases[0]), "{forms:?} → {bases:?}");
        }
        for (a, b) in [
            ("independence", "independent"),
            ("independence", "independently"),
            ("interference", "interfere"),
        ] {
            assert_ne!(inflection_base(a), inflection_base(b), "{a} / {b}");
        }
        // Too little left to be a stem: not a verb form.
        assert_eq!(inflection_base("thing"), "thing");
        assert_eq!(inflection_base("u.s"), "u.s");
        assert_eq!(inflection_base("2022"), "2022");
    }
}
