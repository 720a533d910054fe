//! How rare a term is among statements: its document frequency, and the inverse document
//! frequency that weighs it. The aligner and the checker both weigh words by rarity; the counting
//! is here once, and each weighting formula beside the other.

use rustc_hash::FxHashMap;
use std::hash::Hash;

/// In how many statements each key occurs, out of how many statements.
#[derive(Debug, Clone)]
pub struct DocFreq<K: Hash + Eq> {
    df: FxHashMap<K, u32>,
    n: usize,
}

impl<K: Hash + Eq + Copy> DocFreq<K> {
    /// Counts each statement's distinct keys.
    pub fn count<I: IntoIterator<Item = K>>(statements: impl IntoIterator<Item = I>) -> Self {
        let mut df: FxHashMap<K, u32> = FxHashMap::default();
        let mut seen: Vec<K> = Vec::new();
        let mut n = 0;
        for keys in statements {
            n += 1;
            seen.clear();
            for k in keys {
                if !seen.contains(&k) {
                    seen.push(k);
                    *df.entry(k).or_default() += 1;
                }
            }
        }
        DocFreq { df, n }
    }

    /// Statements counted.
    pub fn statements(&self) -> usize {
        self.n
    }

    /// Statements that have `k`.
    pub fn of(&self, k: &K) -> u32 {
        self.df.get(k).copied().unwrap_or(0)
    }

    /// The classic inverse document frequency, ln((n+1) / (df+½)): the aligner's weight, which
    /// keeps a term every statement has just above zero.
    pub fn idf(&self, k: &K) -> f32 {
        ((self.n as f32 + 1.0) / (self.of(k) as f32 + 0.5)).ln()
    }

    /// Rarity on a 0..1 scale, 1 for a key no statement has: the checker's weight, which must
    /// also weigh a claim's words that no readout uses.
    pub fn rarity(&self, k: &K) -> f64 {
        if self.n == 0 {
            return 1.0;
        }
        let n = self.n as f64;
        (((n + 1.0) / (self.of(k) as f64 + 1.0)).ln() / (n + 1.0).ln()).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_statement_once_and_rare_weighs_more() {
        let d = DocFreq::count([vec!["a", "a", "b"], vec!["a"], vec!["c"]]);
        assert_eq!((d.of(&"a"), d.of(&"b"), d.of(&"z")), (2, 1, 0));
        assert!(d.idf(&"b") > d.idf(&"a"));
        assert!(d.rarity(&"z") == 1.0 && d.rarity(&"b") < 1.0 && d.rarity(&"a") < d.rarity(&"b"));
    }
}
