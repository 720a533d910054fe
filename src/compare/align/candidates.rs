//! Candidate partners: for each statement of either readout its best few on the other, found
//! through an inverted index of the terms that are not too common, never by comparing all pairs.

use super::profile::{Profile, overlap, profiles};
use super::roles::{role_pairs, roles};
use super::tuning::{CANDIDATES, posting_cap, speaker_factor, tuning};
use crate::analyse::people::Agreement;
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
    let all = profiles(left, right, people);
    let (lp, rp) = (all.left, all.right);
    let (lrole, rrole) = roles(left, right);
    let cap = posting_cap(lp.len() + rp.len());
    // Each pair found from either side, scored once. A list sorted and deduplicated holds them in
    // a third of what a map of pairs would take, which matters at tens of thousands of
    // statements.
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (from, to, flip) in [(&lp, &rp, false), (&rp, &lp, true)] {
        let mut index: HashMap<u32, Vec<u32>> = HashMap::default();
        for (j, p) in to.iter().enumerate() {
            for &(id, _) in &p.terms {
                index.entry(id).or_default().push(j as u32);
            }
        }
        let mut seen: HashMap<u32, f32> = HashMap::default();
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
            let mut rough: Vec<(u32, f32)> = seen.iter().map(|(&j, &w)| (j, w)).collect();
            rough.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            rough.truncate(CANDIDATES * 2);
            let i = i as u32;
            pairs.extend(rough.into_iter().map(|(j, _)| if flip { (j, i) } else { (i, j) }));
        }
    }
    // Each side's version of a standard part, however worded.
    pairs.extend(role_pairs(&lrole, &rrole));
    pairs.sort_unstable();
    pairs.dedup();
    // Best first, then by index, so results never depend on the order pairs come in; lists are
    // cut back to their best as they grow, not kept whole.
    let order = |a: &(usize, f32), b: &(usize, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let cut = |list: &mut Vec<(usize, f32)>| {
        list.sort_by(order);
        list.truncate(CANDIDATES);
    };
    let short = tuning().short;
    let mut by_left: Vec<Vec<(usize, f32)>> = vec![Vec::new(); lp.len()];
    let mut by_right: Vec<Vec<(usize, f32)>> = vec![Vec::new(); rp.len()];
    for (l, r) in pairs {
        let (l, r) = (l as usize, r as usize);
        let agree = people.agreement(&left[l].speaker, &right[r].speaker);
        let o = overlap(&lp[l], &rp[r], &all.specific, &all.common, short);
        let s = score(o, agree, lrole[l] & rrole[r] != 0);
        for (list, other) in [(&mut by_left[l], r), (&mut by_right[r], l)] {
            list.push((other, s));
            if list.len() >= 2 * CANDIDATES {
                cut(list);
            }
        }
    }
    for list in by_left.iter_mut().chain(by_right.iter_mut()) {
        cut(list);
        list.shrink_to_fit();
    }
    Candidates { lp, rp, left: by_left, right: by_right }
}

/// A pair's score: the weight its statements share; who is named as speaker counts only when
/// they are not about the same specific matter; statements about different matters, or sharing
/// nothing but boilerplate, are pushed apart; the same readout role is a prior of its own.
pub(super) fn score(o: super::profile::Overlap, agree: Agreement, same_role: bool) -> f32 {
    let t = tuning();
    let mut f = speaker_factor(agree);
    if o.matter >= t.matter {
        f = f.max(1.0);
    }
    let mut s = o.similarity * f;
    if o.matter == 0.0 && o.specific.0 >= t.differ_share && o.specific.1 >= t.differ_share {
        s *= t.differ;
    }
    if o.content == 0.0 {
        s *= t.generic;
    }
    if same_role {
        s += t.role;
    }
    s.min(1.0)
}
