//! The words most distinctive of each readout: weighted log-odds ratios with an informative
//! Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5.1), the
//! standard way to compare the vocabulary of political texts.
//!
//! For a word w, readout i and the rest j (the other readout, or all others pooled):
//!
//! ```text
//! δ_w = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w))
//! σ²_w ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w)        z_w = δ_w / σ_w
//! ```
//!
//! where y are counts, n totals, and the prior α_w = α0 · (pooled count of w / pooled total).
//! We take α0 = the pooled total, so α_w is simply w's count in all readouts together: the prior
//! is the texts' own word distribution with as much weight as the texts. No constant needs
//! tuning, δ depends only on the shares and not on the length of the texts, and z grows with
//! the evidence: a 200-word phone call and a 10,000-word summit are scored alike. (A fixed α0
//! such as 500 would shrink short readouts hard and long ones hardly at all.)
//!
//! Words are content words only (function words and verbs of saying dropped, numbers left out),
//! counted by their English stem, so `sanction`, `sanctions` and `sanctioned` are one word; each
//! is shown in the form the readouts write it most often.

use crate::analyse::Analysis;
use crate::text::forms::stem;
use crate::text::{Form, fold_char, lexicon};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// How many words to list per readout.
pub const TOP: usize = 10;

/// Fewest uses in a readout for a word to be listed: in readouts of a few hundred words a word
/// used once scores about as high as any other used once, and a list of them says nothing.
pub const MIN_COUNT: usize = 2;

/// One scored word of one readout against the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The stem the counts are keyed by.
    pub key: String,
    /// The form the readouts write most often.
    pub word: String,
    pub z: f64,
    /// Uses in this readout and in the others.
    pub count: usize,
    pub others: usize,
}

/// Each readout's most distinctive words against all the others pooled (with two readouts,
/// against the other): those with z > 0 used at least [`MIN_COUNT`] times, best first, at most
/// `top`. Also returns α0.
pub fn distinctive(read: &[Vec<Analysis>], top: usize) -> (Vec<Vec<Scored>>, usize) {
    let counted: Vec<Counts> = read.iter().map(|r| Counts::of(r)).collect();
    let pooled = Counts::pool(counted.iter());
    let alpha0 = pooled.total;
    let lists = counted
        .iter()
        .map(|own| {
            let rest = pooled.minus(own);
            let mut scored: Vec<Scored> = z_scores(own, &rest, &pooled)
                .into_iter()
                .filter(|s| s.z > 0.0 && s.count >= MIN_COUNT)
                .map(|mut s| {
                    s.word = pooled.shown(&s.key);
                    s
                })
                .collect();
            scored.sort_by(|a, b| {
                b.z.total_cmp(&a.z).then(b.count.cmp(&a.count)).then(a.word.cmp(&b.word))
            });
            scored.truncate(top);
            scored
        })
        .collect();
    (lists, alpha0)
}

/// Word counts of one text (or several pooled), by stem, with the written forms of each stem.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub by_key: HashMap<String, usize>,
    pub total: usize,
    /// Forms whose case is known: lower case, or a capital inside a sentence (a name).
    forms: HashMap<String, HashMap<String, usize>>,
    /// Forms capitalised at the start of a sentence, which may or may not be names: shown only
    /// for a stem never seen elsewhere (`Casimir Orlev had…`).
    initial: HashMap<String, HashMap<String, usize>>,
}

impl Counts {
    /// The content words of a readout's statements.
    pub fn of(statements: &[Analysis]) -> Counts {
        // Words repeat: tally each written form (and whether it reads as a name) first, then
        // classify and stem each distinct one once.
        let mut tally: FxHashMap<(&str, bool), usize> = FxHashMap::default();
        for w in statements.iter().flat_map(|a| &a.words).filter(|w| w.is_word()) {
            *tally.entry((w.raw, w.proper())).or_default() += 1;
        }
        let mut c = Counts::default();
        for ((raw, proper), n) in tally {
            if let Some((key, form, initial)) = content_word(raw, proper) {
                c.add(key, form, initial, n);
            }
        }
        c
    }

    /// Counts from a list of words, as [`Counts::of`] would find them (for tests).
    pub fn of_words(words: &[&str]) -> Counts {
        let mut c = Counts::default();
        for w in words {
            c.add(w.to_string(), w.to_string(), false, 1);
        }
        c
    }

    fn add(&mut self, key: String, form: String, initial: bool, n: usize) {
        let forms = if initial { &mut self.initial } else { &mut self.forms };
        *forms.entry(key.clone()).or_default().entry(form).or_default() += n;
        *self.by_key.entry(key).or_default() += n;
        self.total += n;
    }

    fn pool<'a>(all: impl Iterator<Item = &'a Counts>) -> Counts {
        let mut out = Counts::default();
        for c in all {
            for (initial, by_key) in [(false, &c.forms), (true, &c.initial)] {
                for (key, forms) in by_key {
                    for (form, &n) in forms {
                        out.add(key.clone(), form.clone(), initial, n);
                    }
                }
            }
        }
        out
    }

    /// These pooled counts without `part`'s.
    fn minus(&self, part: &Counts) -> Counts {
        let mut out = Counts { total: self.total - part.total, ..Counts::default() };
        for (key, &n) in &self.by_key {
            let left = n - part.get(key);
            if left > 0 {
                out.by_key.insert(key.clone(), left);
            }
        }
        out
    }

    fn get(&self, key: &str) -> usize {
        self.by_key.get(key).copied().unwrap_or(0)
    }

    /// The most frequent written form of a stem; ties go to the lower-case form, then the
    /// shortest (`sanctions` before `sanctioned`), then the alphabetically first, so the output
    /// is stable.
    fn shown(&self, key: &str) -> String {
        self.forms
            .get(key)
            .or_else(|| self.initial.get(key))
            .and_then(|f| {
                f.iter()
                    .max_by(|a, b| {
                        a.1.cmp(b.1)
                            .then(is_lower(a.0).cmp(&is_lower(b.0)))
                            .then(b.0.len().cmp(&a.0.len()))
                            .then(b.0.cmp(a.0))
                    })
                    .map(|(form, _)| form.clone())
            })
            .unwrap_or_else(|| key.to_string())
    }
}

fn is_lower(s: &str) -> bool {
    !s.chars().any(char::is_uppercase)
}

/// A word's stem, the form to show and whether that form's case is unknown (a capital opening a
/// sentence), if it is a content word: it has a letter and is not a function word, a negation
/// (which changes a statement's meaning but says nothing of what a readout is about), a number
/// word or a verb of saying. Names keep their capitals (`NATO`, `Xi`); other words are shown
/// folded.
fn content_word(raw: &str, proper: bool) -> Option<(String, String, bool)> {
    let form = Form::of(raw);
    let lower = form.lower;
    // Numbers, ordinals and measures (`2022`, `20th`, `30-day`) say when and how much, not how.
    if !lower.chars().any(char::is_alphabetic)
        || lower.starts_with(|c: char| c.is_ascii_digit())
        || lower.chars().count() < 2
        || form.stop
        || form.reporting
        || form.number.is_some()
        || lexicon::is_negation(lower)
    {
        return None;
    }
    let key = stem(&lower.replace('-', ""));
    if !raw.starts_with(char::is_uppercase) {
        return Some((key, lower.to_string(), false));
    }
    let folded: String = raw.chars().map(fold_char).collect();
    let name = folded.strip_suffix("'s").or_else(|| folded.strip_suffix("s'")).unwrap_or(&folded);
    Some((key, name.to_string(), !proper))
}

/// The z-score of every word of `own` or `rest` for `own` against `rest`, with the prior
/// α_w = `prior`'s count of w (α0 = `prior.total`). `word` is left as the key.
pub fn z_scores(own: &Counts, rest: &Counts, prior: &Counts) -> Vec<Scored> {
    let a0 = prior.total as f64;
    let (ni, nj) = (own.total as f64, rest.total as f64);
    let mut keys: Vec<&String> = own.by_key.keys().chain(rest.by_key.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|key| {
            let (yi, yj) = (own.get(key), rest.get(key));
            let a = prior.get(key) as f64;
            let z = z_score(yi as f64, yj as f64, ni, nj, a, a0)?;
            Some(Scored { key: key.clone(), word: key.clone(), z, count: yi, others: yj })
        })
        .collect()
}

/// Monroe et al.'s z for one word; `None` when the prior gives it no mass (a word the prior
/// never saw) or a text is all this one word, where the odds are undefined.
pub fn z_score(yi: f64, yj: f64, ni: f64, nj: f64, a: f64, a0: f64) -> Option<f64> {
    let (oi, oj) = (ni + a0 - yi - a, nj + a0 - yj - a);
    if a <= 0.0 || oi <= 0.0 || oj <= 0.0 {
        return None;
    }
    let delta = ((yi + a) / oi).ln() - ((yj + a) / oj).ln();
    let var = 1.0 / (yi + a) + 1.0 / (yj + a);
    Some(delta / var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn z_of(scored: &[Scored], key: &str) -> f64 {
        scored.iter().find(|s| s.key == key).unwrap().z
    }

    /// A: sanction sanction war (n_A = 3); B: war peace (n_B = 2). Pooled: sanction 2, war 2,
    /// peace 1, total 5, so α0 = 5 and α = (2, 2, 1).
    ///
    /// sanction: δ = ln((2+2)/(3+5−2−2)) − ln((0+2)/(2+5−0−2)) = ln(4/4) − ln(2/5) = 0.916291
    ///           σ² = 1/4 + 1/2 = 0.75, z = 0.916291 / 0.866025 = 1.058041
    /// war:      δ = ln((1+2)/(3+5−1−2)) − ln((1+2)/(2+5−1−2)) = ln(3/5) − ln(3/4) = −0.223144
    ///           σ² = 1/3 + 1/3, z = −0.223144 / 0.816497 = −0.273294
    /// peace:    δ = ln((0+1)/(3+5−0−1)) − ln((1+1)/(2+5−1−1)) = ln(1/7) − ln(2/5) = −1.029619
    ///           σ² = 1/1 + 1/2 = 1.5, z = −1.029619 / 1.224745 = −0.840681
    #[test]
    fn z_scores_match_the_hand_computed_case() {
        let a = Counts::of_words(&["sanction", "sanction", "war"]);
        let b = Counts::of_words(&["war", "peace"]);
        let pooled = Counts::pool([&a, &b].into_iter());
        let za = z_scores(&a, &b, &pooled);
        for (key, want) in [("sanction", 1.058041), ("war", -0.273294), ("peace", -0.840681)] {
            let z = z_of(&za, key);
            assert!((z - want).abs() < 1e-5, "{key}: {z} (want {want})");
        }
        // B against A is the mirror image: the prior is the same pooled counts.
        let zb = z_scores(&b, &a, &pooled);
        for key in ["sanction", "war", "peace"] {
            assert!((z_of(&zb, key) + z_of(&za, key)).abs() < 1e-12, "{key}");
        }
    }

    #[test]
    fn undefined_odds_give_no_score() {
        // All of both texts is the one word: nothing is left for the other words' odds.
        assert_eq!(z_score(2.0, 1.0, 2.0, 1.0, 3.0, 3.0), None);
        assert_eq!(z_score(0.0, 0.0, 2.0, 1.0, 0.0, 3.0), None);
    }

    fn readout(prefix: &str, texts: &[&str]) -> crate::model::Readout {
        crate::model::Readout::of(prefix, prefix, texts)
    }

    fn distinctive_in(rds: &[crate::model::Readout], top: usize) -> (Vec<Vec<Scored>>, usize) {
        let read: Vec<_> = rds.iter().map(crate::analyse::words).collect();
        distinctive(&read, top)
    }

    #[test]
    fn distinctive_words_rank_each_side_and_skip_function_words() {
        let a = readout(
            "A",
            &["The sanctions and the sanctioned banks.", "Trade grew at banks, he said."],
        );
        let b = readout("B", &["Trade and peace.", "Peace talks on peace."]);
        let (lists, alpha0) = distinctive_in(&[a, b], TOP);
        // Content words: sanctions sanctioned banks trade grew banks | trade peace talks peace peace.
        assert_eq!(alpha0, 11);
        let words = |i: usize| lists[i].iter().map(|s| s.word.as_str()).collect::<Vec<_>>();
        // `sanctions` and `banks` (2 and 0 uses) tie and are listed alphabetically; `grew` and
        // `talks` are used once, `trade` leans to B (1 of 5 words against 1 of 6) but once.
        assert_eq!(words(0), ["banks", "sanctions"]);
        assert_eq!(words(1), ["peace"]);
        assert_eq!((lists[0][1].count, lists[0][1].others), (2, 0));
        assert!(lists.iter().flatten().all(|s| s.z > 0.0));
    }

    #[test]
    fn three_readouts_each_against_the_others_pooled() {
        let a = readout("A", &["Sanctions, sanctions, sanctions and trade."]);
        let b = readout("B", &["Trade and trade."]);
        let c = readout("C", &["Peace and peace, trade."]);
        let (lists, _) = distinctive_in(&[a, b, c], TOP);
        assert_eq!(lists[0][0].word, "sanctions");
        assert_eq!((lists[0][0].count, lists[0][0].others), (3, 0));
        assert_eq!(lists[1].first().map(|s| s.word.as_str()), Some("trade"));
        assert_eq!(lists[2][0].word, "peace");
    }
}
