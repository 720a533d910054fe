//! The levels of support a readout gives a claim, the shares of words they are judged on and
//! the thresholds between them.

use super::counts;
use crate::check::words::{self, group, key};
use crate::model::check::{Change, Difference};
use crate::text::{self, Word};
use std::collections::BTreeMap;

/// Share of the claim's weighted words a place must have to be about the same point; below it
/// the readout does not say the claim at all.
pub const TOPIC: f64 = 0.5;
/// Share of all the claim's weighted words (names and boilerplate included) from which a place
/// is the claim's passage whatever its core words: a short quote with one word changed
/// ("noted the illegitimacy of the actions") has few core words to judge by.
pub const PASSAGE: f64 = 0.6;
/// Share of the claim's weighted words (and of the place's) for a `close` match.
pub const CLOSE: f64 = 0.75;
pub const CLOSE_PRECISION: f64 = 0.5;
/// Share of the claim's weighted words from which a quote that leaves words out of the middle
/// of its passage is still close: nothing of its own, only a shortening.
pub const NEARLY_ALL: f64 = 0.9;
/// Share of the claim's weighted words from which a re-translation is still `close`: every
/// difference a phrase of a few words put for another ("act on" for "put into practice",
/// "a full range" for "the entire complex"), function words added or left out, nothing
/// meaning-bearing changed.
pub const RETRANSLATION: f64 = 0.65;
/// Most words on either side of a phrase swapped in a re-translation.
pub const REWORDING_WORDS: usize = 3;
/// A claim shares an ordered part of its content words with a place when at least this many
/// of its content words, and this share of them, come in the same order there: another
/// rendering of the same sentence, `altered` or `close` but never `absent`.
pub const ORDERED_WORDS: usize = 3;
pub const ORDERED_SHARE: f64 = 0.4;
/// Score of a synonym (`Moscow` for `Russia`) against a full word match.
const SYNONYM: f64 = 0.6;

/// How well one readout supports a claim; ordered from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    None,
    Altered,
    Close,
    Verbatim,
}

/// [`share`], with words `a_found` of `a` known to be found as words `b_used` of `b`.
pub(super) fn share_with(
    a: &[Word],
    aw: &[f64],
    b: &[Word],
    a_found: &[usize],
    b_used: &[usize],
) -> f64 {
    let total: f64 = aw.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let found: f64 = a_found.iter().map(|&i| aw[i]).sum();
    let (ra, rw): (Vec<Word>, Vec<f64>) =
        (0..a.len()).filter(|i| !a_found.contains(i)).map(|i| (a[i], aw[i])).unzip();
    let rb: Vec<Word> = (0..b.len()).filter(|j| !b_used.contains(j)).map(|j| b[j]).collect();
    let rest: f64 = rw.iter().sum();
    (found + share(&ra, &rw, &rb) * rest) / total
}

/// Weighted share of `a`'s words found in `b` (each of `b`'s words used once).
pub(super) fn share(a: &[Word], aw: &[f64], b: &[Word]) -> f64 {
    let total: f64 = aw.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let mut left: BTreeMap<&str, usize> = counts(b.iter().map(|w| key(w)));
    let mut groups: BTreeMap<&str, usize> =
        counts(b.iter().filter(|w| group(w).starts_with('@')).map(|w| group(w)));
    let mut got = 0.0;
    let mut pending = Vec::new();
    for (w, &x) in a.iter().zip(aw) {
        match left.get_mut(key(w)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                if group(w).starts_with('@') {
                    groups.entry(group(w)).and_modify(|g| *g = g.saturating_sub(1));
                }
                got += x;
            }
            _ => pending.push((w, x)),
        }
    }
    let mut rest = Vec::new();
    for (w, x) in pending {
        match groups.get_mut(group(w)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                got += SYNONYM * x;
            }
            _ => rest.push((w, x)),
        }
    }
    // Other forms of the same word (`democracy` / `democratic`), each used once.
    for (w, x) in rest {
        if words::is_stop(w) {
            continue;
        }
        if let Some((_, n)) = left.iter_mut().find(|(k, n)| **n > 0 && words::related(key(w), k)) {
            *n -= 1;
            got += SYNONYM * x;
        }
    }
    got / total
}

/// Whether every listed difference is a re-wording: spelling, order, or a phrase of at most
/// [`REWORDING_WORDS`] words put for another, added or left out.
pub(super) fn rewording_only(minor: &[Difference]) -> bool {
    let short = |d: &Difference| {
        d.claim.iter().chain(&d.readout).all(|t| text::word_count(t) <= REWORDING_WORDS)
    };
    minor.iter().all(|d| match d.change {
        Change::Spelling | Change::Moved => true,
        Change::Swapped | Change::Added | Change::LeftOut => short(d),
        _ => false,
    })
}

/// Whether the claim's content words (not function words) come in the same order in `src`, at
/// least [`ORDERED_WORDS`] of them and [`ORDERED_SHARE`] of all: the longest common
/// subsequence, words matched by key or synonym group.
pub(super) fn ordered_part(claim: &[Word], src: &[Word], cw: &[f64]) -> bool {
    let c: Vec<&Word> = claim
        .iter()
        .zip(cw)
        .filter(|(w, x)| !words::is_stop(w) && **x > 0.0)
        .map(|(w, _)| w)
        .collect();
    let s: Vec<&Word> = src.iter().filter(|w| !words::is_stop(w)).collect();
    if c.len() < ORDERED_WORDS || s.is_empty() {
        return false;
    }
    let same = |a: &Word, b: &Word| {
        key(a) == key(b) || (group(a) == group(b) && group(a).starts_with('@'))
    };
    let mut row = vec![0usize; s.len() + 1];
    for a in &c {
        let mut prev = 0;
        for j in 1..=s.len() {
            let keep = row[j];
            row[j] = if same(a, s[j - 1]) { prev + 1 } else { row[j].max(row[j - 1]) };
            prev = keep;
        }
    }
    let n = row[s.len()];
    n >= ORDERED_WORDS && n as f64 >= ORDERED_SHARE * c.len() as f64
}
