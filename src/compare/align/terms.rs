//! The content terms of a statement, what the aligner compares: function words and verbs of
//! saying dropped, stems and synonym groups applied (a country, its people and its capital are
//! one term), number words as digits, multi-word names as one term.

use crate::text::forms::{Form, is_common, is_country_group, lists};
use crate::text::{self, Word};
use rustc_hash::FxHashSet as HashSet;

/// A content term of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Stem, number or synonym group (`@russia`).
    pub key: &'static str,
    /// A likely name or acronym (capitalised mid-sentence).
    pub proper: bool,
    /// Written in digits.
    pub number: bool,
    /// Boilerplate every readout has.
    pub common: bool,
}

/// One word as the term finder sees it: a whole word or a part of a compound.
struct Unit {
    form: &'static Form,
    proper: bool,
}

/// The terms of a statement's words. `joined` decides hyphenated compounds: a compound whose
/// joined form is a known word elsewhere (`cease-fire` / `ceasefire`) becomes that word; others
/// count as their parts (`Russian-Chinese` → russian, chinese), and two countries joined
/// (`Russian-Chinese relations`) are also the pair's bilateral relations.
pub fn terms(ws: &[Word], joined: &dyn Fn(&str) -> bool) -> Vec<Term> {
    let lists = lists();
    let mut units: Vec<Unit> = Vec::new();
    for w in ws.iter().filter(|w| w.is_word()) {
        if !w.form.lower.contains('-') {
            units.push(Unit { form: w.form, proper: w.proper() });
            continue;
        }
        // A compound that is a near-synonym as written (`anti-drug`, `cross-strait`) stays whole.
        if lists.near.contains_key(w.form.stem) {
            units.push(Unit { form: w.form, proper: w.proper() });
            continue;
        }
        let whole: String = w.form.lower.chars().filter(|&c| c != '-').collect();
        if joined(&whole) {
            units.push(Unit { form: Form::of(&whole), proper: w.proper() });
            continue;
        }
        let parts = text::parts(std::slice::from_ref(w));
        let countries: HashSet<&str> =
            parts.iter().filter_map(|p| p.form.group).filter(|g| is_country_group(g)).collect();
        if countries.len() >= 2 {
            units.push(Unit { form: Form::of("bilateral"), proper: false });
        }
        for p in parts {
            let digits = p.form.lower.chars().all(|c| c.is_ascii_digit());
            units.push(Unit { form: p.form, proper: p.proper() || digits });
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    'outer: while i < units.len() {
        let stem = units[i].form.stem;
        if lists.phrase_starts.contains(stem) || lists.near_starts.contains(stem) {
            for n in (2..=lists.max_phrase.min(units.len() - i)).rev() {
                let stems: Vec<String> =
                    units[i..i + n].iter().map(|u| u.form.stem.to_string()).collect();
                if let Some(canon) =
                    lists.phrases.get(&stems).or_else(|| lists.near_phrases.get(&stems))
                {
                    out.push(Term { key: canon, proper: true, number: false, common: false });
                    i += n;
                    continue 'outer;
                }
            }
        }
        let Unit { form, proper } = units[i];
        i += 1;
        if form.stop || form.reporting {
            continue;
        }
        if let Some(n) = form.number {
            let digits = form.lower.starts_with(|c: char| c.is_ascii_digit());
            out.push(Term { key: n, proper: false, number: digits, common: !digits });
            continue;
        }
        if form.lower.chars().count() < 2 && !proper {
            continue;
        }
        let key = lists
            .synonyms
            .get(form.stem)
            .or_else(|| lists.near.get(form.stem))
            .copied()
            .unwrap_or(form.stem);
        out.push(Term { key, proper, number: false, common: is_common(form.stem) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<&'static str> {
        terms(&text::words(s), &|w| w == "ceasefire").into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn terms_fold_inflection_synonyms_and_compounds() {
        assert_eq!(keys("The sanctions were sanctioned"), vec!["sanction", "sanction"]);
        assert_eq!(
            keys("Russian-Chinese relations"),
            vec!["@bilateral", "@russia", "@china", "@relations"]
        );
        assert_eq!(keys("a cease–fire and a ceasefire"), vec!["~ceasefire", "~ceasefire"]);
        assert_eq!(keys("the United States and the U.S. and us"), vec!["@usa", "@usa"]);
        assert_eq!(keys("thirty days, 30 days"), vec!["30", "day", "30", "day"]);
        assert_eq!(keys("Xi said, noting that"), vec!["xi"]);
    }

    #[test]
    fn near_synonyms_are_one_term() {
        assert_eq!(keys("truce"), keys("ceasefire"));
        assert_eq!(keys("the war"), keys("the conflict"));
        assert_eq!(keys("candid"), keys("frank"));
        assert_eq!(keys("anti-drug"), keys("counternarcotics"));
        assert_eq!(keys("talks"), keys("discussions"));
        assert_eq!(keys("cross-strait"), keys("Taiwan"));
        assert_eq!(keys("artificial intelligence"), keys("AI"));
        assert_ne!(keys("war"), keys("peace"));
    }

    #[test]
    fn proper_names_are_flagged() {
        let t = terms(&text::words("Then Putin met the President of Kazakhstan"), &|_| false);
        let proper: Vec<_> = t.iter().filter(|t| t.proper).map(|t| t.key).collect();
        assert_eq!(proper, vec!["putin", "@leader", "kazakhstan"]);
    }
}
