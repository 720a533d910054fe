//! The levels of support a readout gives a claim, the shares of words they are judged on and
//! the thresholds between them.

use super::counts;
use crate::check::words::{self, group, key};
use crate::text::Word;
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
pub(super) fn share_with(a: &[Word], aw: &[f64], b: &[Word], a_found: &[usize], b_used: &[usize]) -> f64 {
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
