//! The forms of a written word, side by side, each named by what it folds on top of the one
//! before, and [`Form`]: all of them for one spelling, worked out once.
//!
//! - `exact`: case, quote and dash styles folded (`Russia’s` = `russia's`): the verbatim test;
//! - `key`: abbreviation dots too (`U.S.` = `US`): equality in a word diff;
//! - `lower`: the possessive dropped and `US` the country told from the pronoun `us` (`usa`):
//!   what word lists are looked up by and matching starts from;
//! - `stem`: the English (Snowball) stem, which joins derivations (`independence`,
//!   `independently`): matching paraphrase;
//! - `base`: inflections only (plural, `-ed`, `-ing`): a watchlist term means its word;
//! - `number`: the value of digits or a number word (`thirty` = `30`).

use super::fold::fold;
use super::lexicon;
use super::tokens::is_dotted_abbrev;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::{Mutex, OnceLock};

/// Every form of one spelling, with what the word lists say of it.
#[derive(Debug, PartialEq, Eq)]
pub struct Form {
    pub exact: &'static str,
    pub key: &'static str,
    pub lower: &'static str,
    pub stem: &'static str,
    pub base: &'static str,
    pub number: Option<&'static str>,
    /// An ordinal's number (`20th` → `20`), which says a number too but is no amount.
    pub ordinal: Option<&'static str>,
    /// The synonym group of the word on its own (`chinese` → `@china`); multi-word names are
    /// found by [`super::word::phrase_groups`].
    pub group: Option<&'static str>,
    /// A word (not punctuation) that starts with a capital letter.
    pub capital: bool,
    /// All capitals, two letters or more (`NATO`, `U.S.`).
    pub acronym: bool,
    /// A word at all: letters or digits, not punctuation.
    pub word: bool,
    pub stop: bool,
    /// A verb of saying ("noted", "stressed"): who spoke, not what was said.
    pub reporting: bool,
}

impl Form {
    /// The forms of `raw`. Each spelling is worked out once and kept for the rest of the process:
    /// a run meets a few thousand spellings among a million words, and every stage can then
    /// hold forms as plain references.
    pub fn of(raw: &str) -> &'static Form {
        thread_local! {
            static SEEN: RefCell<FxHashMap<&'static str, &'static Form>> = Default::default();
        }
        // Every thread's forms, so that each spelling is worked out and kept once; each thread
        // asks here only for spellings it has not met itself.
        static ALL: OnceLock<Mutex<FxHashMap<&'static str, &'static Form>>> = OnceLock::new();
        SEEN.with(|seen| {
            if let Some(f) = seen.borrow().get(raw) {
                return *f;
            }
            let (key, form) = {
                let mut all =
                    ALL.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
                match all.get_key_value(raw) {
                    Some((k, f)) => (*k, *f),
                    None => {
                        let form: &'static Form = Box::leak(Box::new(Form::new(raw)));
                        let key = leak(raw);
                        all.insert(key, form);
                        (key, form)
                    }
                }
            };
            seen.borrow_mut().insert(key, form);
            form
        })
    }

    fn new(raw: &str) -> Form {
        let word = raw.chars().any(char::is_alphanumeric);
        let key = word_key(raw);
        let lower = lower(raw, &key);
        let stem = stem(&lower);
        let lists = lists();
        // Most forms of a word are the same string: each is kept once.
        let exact = leak(&fold(raw));
        let key = same_or_leak(&key, &[exact]);
        let lower = same_or_leak(&lower, &[key, exact]);
        let stem = same_or_leak(&stem, &[lower]);
        let base = same_or_leak(&inflection_base(lower), &[lower, stem]);
        Form {
            exact,
            number: number_value(lower).map(|n| same_or_leak(&n, &[lower])),
            ordinal: ordinal_value(lower).map(|n| leak(&n)),
            group: lists.synonyms.get(stem).copied(),
            base,
            capital: word && raw.starts_with(char::is_uppercase),
            acronym: is_acronym(raw),
            word,
            stop: lists.stop.contains(lower),
            reporting: lists.reporting.contains(lower),
            stem,
            key,
            lower,
        }
    }
}

/// Strings of forms live as long as the process (see [`Form::of`]).
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// One of `kept` when it reads the same as `s`, else `s` kept.
fn same_or_leak(s: &str, kept: &[&'static str]) -> &'static str {
    kept.iter().find(|k| **k == s).copied().unwrap_or_else(|| leak(s))
}

/// Case, quote, dash styles and abbreviation dots folded: `U.S.` = `US`, `Russia’s` =
/// `russia's`.
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

/// [`word_key`] with the possessive and outer quote marks dropped (`Russia’s` → `russia`), and
/// `US`/`U.S.` told apart from the pronoun `us` (→ `usa`).
fn lower(raw: &str, key: &str) -> String {
    let mut w = key.to_string();
    if let Some(stem) = w.strip_suffix("'s")
        && stem.chars().count() > 1
    {
        w.truncate(stem.len());
    } else if w.len() > 2 && w.ends_with("s'") {
        w.pop();
    }
    let w = w.trim_matches('\'');
    if (w == "us" || w == "usa") && is_acronym(raw) {
        return "usa".to_string();
    }
    w.to_string()
}

/// All capitals, two letters or more (`NATO`, `U.S.`).
pub fn is_acronym(raw: &str) -> bool {
    let letters = || raw.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 2 && letters().all(char::is_uppercase)
}

/// The compiled word lists: sets for look-up, synonym groups and multi-word names by stem.
pub(crate) struct Lists {
    pub stemmer: Stemmer,
    /// For Cyrillic words (see [`super::lang`]).
    pub russian: Stemmer,
    pub stop: FxHashSet<&'static str>,
    pub reporting: FxHashSet<&'static str>,
    /// Stems of boilerplate and any-topic words.
    pub common: FxHashSet<String>,
    /// Stems of boilerplate words only.
    pub boilerplate: FxHashSet<String>,
    pub synonyms: FxHashMap<String, &'static str>,
    /// Multi-word names by their words' stems (`united states` → `@usa`).
    pub phrases: FxHashMap<Vec<String>, &'static str>,
    pub phrase_starts: FxHashSet<String>,
    pub max_phrase: usize,
    pub numbers: FxHashMap<&'static str, &'static str>,
    /// The aligner's near-synonyms by stem ([`lexicon::NEAR_SYNONYMS`]), and its multi-word ones
    /// by their words' stems.
    pub near: FxHashMap<String, &'static str>,
    pub near_phrases: FxHashMap<Vec<String>, &'static str>,
    pub near_starts: FxHashSet<String>,
}

pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms = FxHashMap::default();
        let mut phrases = FxHashMap::default();
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
        // A near-synonym group that takes in a word of a synonym group joins that group.
        let mut near = FxHashMap::default();
        let mut near_phrases = FxHashMap::default();
        for group in lexicon::NEAR_SYNONYMS {
            let stems: Vec<Vec<String>> = group[1..]
                .iter()
                .map(|w| w.split(' ').map(|p| stemmer.stem(p).into_owned()).collect())
                .collect();
            let canon = stems
                .iter()
                .find_map(|p: &Vec<String>| (p.len() == 1).then(|| synonyms.get(&p[0])).flatten())
                .copied()
                .unwrap_or(group[0]);
            for parts in stems {
                if parts.len() > 1 {
                    max_phrase = max_phrase.max(parts.len());
                    near_phrases.insert(parts, canon);
                } else if !synonyms.contains_key(&parts[0]) {
                    near.insert(parts[0].clone(), canon);
                }
            }
        }
        Lists {
            near,
            near_starts: near_phrases.keys().map(|p: &Vec<String>| p[0].clone()).collect(),
            near_phrases,
            boilerplate: lexicon::COMMON.iter().map(|w| stemmer.stem(w).into_owned()).collect(),
            common: lexicon::COMMON
                .iter()
                .chain(lexicon::ANY_TOPIC)
                .map(|w| stemmer.stem(w).into_owned())
                .collect(),
            stop: lexicon::STOP_WORDS
                .iter()
                .chain(lexicon::STOP_WORDS_RU)
                .chain(lexicon::STOP_WORDS_ZH)
                .copied()
                .collect(),
            reporting: lexicon::REPORTING_VERBS.iter().copied().collect(),
            numbers: lexicon::NUMBER_WORDS.iter().copied().collect(),
            phrase_starts: phrases.keys().map(|p: &Vec<String>| p[0].clone()).collect(),
            stemmer,
            russian: Stemmer::create(Algorithm::Russian),
            synonyms,
            phrases,
            max_phrase,
        }
    })
}

/// Stem of a folded word: English ("sanctions" → "sanction"), or Russian for a Cyrillic word
/// ("переговоров" → "переговор"), `ё` read as `е` as most texts write it.
pub fn stem(lower: &str) -> String {
    if lower.chars().any(super::lang::is_cyrillic) {
        return lists().russian.stem(&lower.replace('ё', "е")).into_owned();
    }
    lists().stemmer.stem(lower).into_owned()
}

/// The synonym group of one folded word (`chinese` → `@china`), if it is in one.
pub fn synonym_group(lower: &str) -> Option<&'static str> {
    Form::of(lower).group
}

/// Whether a stem is readout boilerplate ("side", "president", "cooperation") or a verb or noun
/// readouts use on any topic ("promote", "development"): present in almost every statement, so
/// it says little about which point one makes.
pub fn is_common(stem: &str) -> bool {
    lists().common.contains(stem)
}

/// Whether a stem is readout boilerplate only ([`is_common`] without the any-topic words, which
/// tell a quote's exact wording).
pub fn is_boilerplate(stem: &str) -> bool {
    lists().boilerplate.contains(stem)
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

/// Whether a synonym group stands for a country (or a union of countries).
pub fn is_country_group(g: &str) -> bool {
    lexicon::COUNTRY_GROUPS.contains(&g)
}

/// The value of digits or a number word ("thirty" → "30", "1,000" → "1000").
pub fn number_value(lower: &str) -> Option<String> {
    if let Some(n) = lists().numbers.get(lower) {
        return Some((*n).to_string());
    }
    if !lower.starts_with(|c: char| c.is_ascii_digit())
        || !lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    Some(lower.replace(',', ""))
}

/// An ordinal's number (`20th` → `20`).
pub fn ordinal_value(lower: &str) -> Option<String> {
    ["st", "nd", "rd", "th"].iter().find_map(|suffix| {
        let d = lower.strip_suffix(suffix)?;
        (!d.is_empty() && d.chars().all(|c| c.is_ascii_digit())).then(|| d.to_string())
    })
}

/// The base that a folded word's inflections share, and only its inflections: plural, `-ed`,
/// `-ing` (`sanction`, `sanctions`, `sanctioned`, `sanctioning` → `sanction`; `occupied` →
/// `occupy`). Unlike [`stem`], derivations stay apart (`independence`, `independent`,
/// `independently` are three words), which is what a watchlist of loaded terms needs: a list
/// that names "independence" means the word, not "China independently assessed". The result is
/// a matching key, not always a word (`measure` → `measur`): compare it only with other bases.
pub fn inflection_base(lower: &str) -> String {
    // Russian inflects by endings the stemmer strips, and derives words mostly by suffixes it
    // leaves: its stem is the nearest to an inflection base.
    if lower.chars().any(super::lang::is_cyrillic) {
        return stem(lower);
    }
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

    #[test]
    fn keys_see_through_styles() {
        assert_eq!(word_key("U.S."), word_key("US"));
        assert_eq!(word_key("Russia’s"), word_key("russia's"));
        assert_eq!(word_key("cease–fire"), word_key("cease-fire"));
    }

    #[test]
    fn lower_drops_possessives_and_tells_the_country_from_the_pronoun() {
        assert_eq!(Form::of("Russia’s").lower, "russia");
        assert_eq!(Form::of("parties'").lower, "parties");
        assert_eq!(Form::of("U.S.").lower, "usa");
        assert_eq!(Form::of("US").lower, "usa");
        assert_eq!(Form::of("us").lower, "us");
        assert!(Form::of("us").stop && !Form::of("US").stop);
    }

    #[test]
    fn russian_words_are_stemmed_and_function_words_known() {
        assert_eq!(Form::of("переговоров").stem, Form::of("переговоры").stem);
        assert_eq!(Form::of("сотрудничества").stem, Form::of("сотрудничество").stem);
        assert!(Form::of("которые").stop && Form::of("и").stop && !Form::of("мир").stop);
        assert!(Form::of("的").stop && !Form::of("合作").stop);
    }

    #[test]
    fn numbers_and_ordinals() {
        assert_eq!(Form::of("thirty").number, Some("30"));
        assert_eq!(Form::of("1,000").number, Some("1000"));
        assert_eq!(Form::of("20th").ordinal, Some("20"));
        assert_eq!(Form::of("20th").number, None);
    }

    #[test]
    fn forms_are_worked_out_once() {
        assert!(std::ptr::eq(Form::of("Sanctions"), Form::of("Sanctions")));
        assert_eq!(Form::of("Sanctions").stem, Form::of("sanctioned").stem);
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
