//! Candidate partners: for each statement of either readout its best few on the other, found
//! through an inverted index of the terms that are not too common, never by comparing all pairs.

use super::profile::{Profile, profiles, similarity};
use super::tuning::{CANDIDATES, posting_cap, speaker_factor};
use crate::analyse::{Analysis, People};
use rustc_hash::FxHashMap as HashMap;

/// Scored candidate pairs: for each statement of either side its best partners.
pub struct Candidates {
    pub lp: Vec<Profile>,
    pub rp: Vec<Profile>,
    /// Per left statement: (right index, score), best first.
    pub left: Vec<Vec<(usize, f32)>>,
    /// Per right statement: (left index, score), best first.
    pub right: Vec<Vec<(usize, f32)>>,
}

/// For each statement on either side, its best candidates on the other (best first). The same
/// pairs are scored from both sides, so comparing B with A mirrors comparing A with B.
pub fn candidates(left: &[Analysis], right: &[Analysis], people: &People) -> Candidates {
    let (lp, rp) = profiles(left, right, people);
    let cap = posting_cap(lp.len() + rp.len());
    let mut pairs: HashMap<(usize, usize), f32> = HashMap::default();
    for (from, to, flip) in [(&lp, &rp, false), (&rp, &lp, true)] {
        let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
        for (j, p) in to.iter().enumerate() {
            for &(id, _) in &p.terms {
                index.entry(id).or_default().push(j);
            }
        }
        let mut seen: HashMap<usize, f32> = HashMap::default();
        for (i, p) in from.iter().enumerate() {
            seen.clear();
            for &(id, w) in &p.terms {
                if let Some(post) = index.get(&id).filter(|post| post.len() <= cap) {
                    for &j in post {
                        *seen.entry(j).or_default() += w;
                    }
                }
            }
            // Rank by the rare terms shared, then score the best few fully.
            let mut rough: Vec<(usize, f32)> = seen.iter().map(|(&j, &w)| (j, w)).collect();
            rough.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            rough.truncate(CANDIDATES * 2);
            for (j, _) in rough {
                let (l, r) = if flip { (j, i) } else { (i, j) };
                pairs.entry((l, r)).or_insert_with(|| {
                    let agree = people.agreement(&left[l].speaker, &right[r].speaker);
                    (similarity(&lp[l], &rp[r]) * speaker_factor(agree)).min(1.0)
                });
            }
        }
    }
    let mut by_left = vec![Vec::new(); lp.len()];
    let mut by_right = vec![Vec::new(); rp.len()];
    for (&(l, r), &s) in &pairs {
        by_left[l].push((r, s));
        by_right[r].push((l, s));
    }
    for list in by_left.iter_mut().chain(by_right.iter_mut()) {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(CANDIDATES);
    }
    Candidates { lp, rp, left: by_left, right: by_right }
}
