//! Order: the heaviest chain of pairs that keeps both readouts' order, which gives the backbone
//! of an alignment and tells moved points from the rest.

use super::Link;
use rustc_hash::FxHashSet as HashSet;

/// Marks links outside the largest order-preserving set as moved (longest increasing
/// subsequence of right positions, links taken in left order). Between sets of the same size,
/// the one with the higher scores stays in order: a weak link is the likelier to be the moved
/// one (each score counts less than one link, so size always decides first).
pub fn mark_moves(links: &mut [Link]) {
    let n = links.len() as f32 + 1.0;
    let keys: Vec<(usize, usize, f32)> =
        links.iter().map(|l| (l.left[0], l.right[0], 1.0 + l.score.clamp(0.0, 1.0) / n)).collect();
    let keep: HashSet<usize> = heaviest_chain(&keys).into_iter().collect();
    for (k, l) in links.iter_mut().enumerate() {
        l.moved = !keep.contains(&k);
    }
}

/// Indices of the subset of pairs `(i, j, w)` with strictly increasing i and j and the greatest
/// total weight. O(n log n): pairs sorted by i, a Fenwick tree of best chain ends by j.
pub fn heaviest_chain(pairs: &[(usize, usize, f32)]) -> Vec<usize> {
    if pairs.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    // Equal i: higher j first, so two pairs of one left statement never chain.
    order.sort_by(|&a, &b| pairs[a].0.cmp(&pairs[b].0).then(pairs[b].1.cmp(&pairs[a].1)));
    let mut js: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    js.sort_unstable();
    js.dedup();
    let rank = |j: usize| js.binary_search(&j).unwrap_or(0);
    let n = js.len();
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); n + 1];
    let mut best_at = vec![(0.0f64, usize::MAX); pairs.len()];
    for &p in &order {
        let r = rank(pairs[p].1);
        // best chain ending at a j strictly below this one
        let mut q = r;
        let mut best = (0.0, usize::MAX);
        while q > 0 {
            if tree[q].0 > best.0 {
                best = tree[q];
            }
            q &= q - 1;
        }
        let total = best.0 + pairs[p].2.max(1e-6) as f64;
        best_at[p] = (total, best.1);
        let mut q = r + 1;
        while q <= n {
            if total > tree[q].0 {
                tree[q] = (total, p);
            }
            q += q & q.wrapping_neg();
        }
    }
    let mut end = (0..pairs.len()).max_by(|&a, &b| best_at[a].0.total_cmp(&best_at[b].0)).unwrap();
    let mut out = vec![end];
    while best_at[end].1 != usize::MAX {
        end = best_at[end].1;
        out.push(end);
    }
    out.reverse();
    out
}
