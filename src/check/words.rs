//! The words of claims and readouts as the checker sees them: compounds cut into parts, each
//! matched loosely by its key (a number, else its stem) or its synonym group, and weighted by
//! how much each says.

use crate::analyse::rarity::DocFreq;
use crate::text::forms::is_boilerplate;
use crate::text::{self, Word, lexicon};

/// The words of a text (punctuation left out), compounds cut into parts and multi-word names
/// given their group.
pub fn words(s: &str) -> Vec<Word<'_>> {
    of(&text::words(s))
}

/// [`words`] of a text already read.
pub fn of<'t>(ws: &[Word<'t>]) -> Vec<Word<'t>> {
    let mut parts = text::parts(ws);
    text::set_phrase_groups(&mut parts);
    parts
}

/// Loose form for matching: numbers by value (`thirty` = `30`, `20th` = `20`), other words by
/// stem (`welcomed` = `welcome`), abbreviation dots and possessives folded (`U.S.` = `US`).
pub fn key(w: &Word) -> &'static str {
    w.form.number.or(w.form.ordinal).unwrap_or(w.form.stem)
}

/// Synonym group (`moscow` → `@russia`, both words of `United States` → `@usa`), else the key:
/// a weaker match.
pub fn group(w: &Word) -> &'static str {
    w.group().unwrap_or_else(|| key(w))
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

/// A function word to the checker. `US` and `U.S.` count as one with the pronoun `us`: the
/// checker reads a quote's wording, in which the parties are named everywhere, and weighs the
/// country no more than other function words (matching still tells the two apart by [`key`]).
pub fn is_stop(w: &Word) -> bool {
    w.form.stop || w.form.key == "us"
}

/// Readout boilerplate (`side`, `president`, `cooperation`…) or a verb of saying: says little on
/// its own.
pub fn is_common(w: &Word) -> bool {
    is_boilerplate(key(w)) || w.form.reporting
}

/// How much a word tells: function words little, boilerplate some, words rare in the readouts
/// (or not in them at all) and numbers most. Rarity is measured over the readouts' statements,
/// so a claim made of words no readout uses weighs heavily against itself.
pub struct Weights {
    df: DocFreq<&'static str>,
}

impl Weights {
    /// Document frequencies of keys over the given statements' words.
    pub fn new<'a>(statements: impl Iterator<Item = &'a [Word<'a>]>) -> Weights {
        Weights { df: DocFreq::count(statements.map(|ws| ws.iter().map(key))) }
    }

    pub fn of(&self, w: &Word) -> f64 {
        if is_stop(w) || lexicon::INTENSIFIERS.contains(&w.form.lower) {
            return 0.15;
        }
        let k = key(w);
        if k.starts_with(|c: char| c.is_ascii_digit()) {
            return 1.5;
        }
        let base = 0.5 + self.df.rarity(&k);
        if is_common(w) { base * 0.5 } else { base }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<&'static str> {
        words(s).iter().map(key).collect()
    }

    #[test]
    fn loose_keys_fold_styles_inflection_and_numbers() {
        assert_eq!(keys("U.S. cease-fire"), keys("US cease–fire"));
        assert_eq!(keys("U.S."), keys("US"));
        assert_eq!(keys("thirty-day"), keys("30-day"));
        assert_ne!(keys("30-day"), keys("60-day"));
        assert_eq!(keys("welcomed Russia’s"), keys("welcome Russia"));
        assert_eq!(keys("the 20th"), vec!["the", "20"]);
        assert_eq!(keys("30-day").len(), 2);
        assert_ne!(keys("US"), keys("us"));
    }

    #[test]
    fn exact_forms_keep_spelling_but_fold_quote_styles() {
        let a = words("Russia’s “cease–fire” U.S.");
        let b = words("russia's \"cease-fire\" US");
        assert_eq!(a[0].form.exact, b[0].form.exact);
        assert_eq!(a[1].form.exact, b[1].form.exact);
        assert_ne!(a[3].form.exact, b[3].form.exact);
        assert!(a[1].joined() && a[1].same_as(&b[1]));
        let c = words("ceasefire");
        assert!(!c[0].same_as(&b[1]));
    }

    #[test]
    fn multi_word_names_share_their_group() {
        let w = words("The United States and the U.S.");
        assert_eq!(group(&w[1]), "@usa");
        assert_eq!(group(&w[2]), "@usa");
        assert_eq!(group(&w[5]), group(&w[1]));
    }

    #[test]
    fn related_forms() {
        let k = |s: &str| key(&words(s)[0]);
        assert!(related(k("unity"), k("united")));
        assert!(related(k("democracy"), k("democratic")));
        assert!(!related(k("trade"), k("travel")));
        assert!(!related("30", "300"));
    }

    #[test]
    fn sentence_starts_and_punctuation_are_marked() {
        let w = words("Xi spoke, Putin listened. Then Moscow");
        assert!(w[0].sentence_start() && !w[2].sentence_start() && w[4].sentence_start());
        assert!(w[1].break_after() && !w[0].break_after());
        assert_eq!(group(&w[5]), "@russia");
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
