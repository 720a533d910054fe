//! Which words the texts use as names: written with a capital where no sentence starts (or as an
//! acronym), and never in lower case. A capitalised word opening a sentence ("Bilateral trade
//! rose …") is a name only if the texts write it as one elsewhere.

use crate::text::Word;
use rustc_hash::FxHashSet as HashSet;

/// The lower forms of the words written as names in `words`.
pub fn names<'a, 't: 'a>(words: impl Iterator<Item = &'a Word<'t>>) -> HashSet<&'static str> {
    let mut names = HashSet::default();
    let mut lower = HashSet::default();
    for w in words.filter(|w| w.is_word()) {
        if w.raw.starts_with(char::is_lowercase) {
            lower.insert(w.form.lower);
        } else if w.proper() {
            names.insert(w.form.lower);
        }
    }
    names.retain(|n| !lower.contains(n));
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn names_are_capitalised_mid_sentence_and_never_in_lower_case() {
        let ws = words("Trade rose. Then Putin met Xi in Trade Hall; the trade grew. NATO met.");
        let n = names(ws.iter());
        assert!(
            n.contains("putin") && n.contains("xi") && n.contains("nato") && n.contains("hall")
        );
        assert!(!n.contains("trade"), "written in lower case too");
    }
}
