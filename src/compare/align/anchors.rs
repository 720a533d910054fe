//! Anchors: mutual best matches that stand out from each side's next best, unless they are strong
//! in themselves.

use super::candidates::Candidates;
use super::tuning::Tuning;

/// Mutual best matches that stand out from each side's next best, unless they are strong in
/// themselves.
pub fn anchors(cands: &Candidates, opts: &Tuning) -> Vec<(usize, usize, f32)> {
    let second = |list: &[(usize, f32)]| list.get(1).map_or(0.0, |c| c.1);
    let mut out = Vec::new();
    for (i, list) in cands.left.iter().enumerate() {
        if let Some(&(j, s)) = list.first()
            && s >= opts.anchor
            && cands.right[j].first().is_some_and(|&(bi, _)| bi == i)
            && (s >= opts.sure || s >= opts.margin * second(list).max(second(&cands.right[j])))
        {
            out.push((i, j, s));
        }
    }
    out
}
