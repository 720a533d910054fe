//! Statement alignment: weigh each statement's content terms, find candidate partners through an
//! index of informative terms, link mutual best matches, keep the order-preserving backbone, fill
//! the gaps between its links with weaker matches in order, then join split sentences (1:n, n:1).
//! No step compares all pairs of statements.

use crate::text;
use std::collections::{HashMap, HashSet};

/// Knobs of the aligner. The defaults were tuned on real readout pairs (see README, "Quality").
#[derive(Debug, Clone)]
pub struct Options {
    /// Least similarity for a mutual best match to anchor the alignment.
    pub anchor: f32,
    /// Least similarity for a match that keeps both readouts' order between two anchors.
    pub gap: f32,
    /// Least similarity for a match out of order (a moved point); higher, since reordering needs
    /// more evidence than a match in place.
    pub moved: f32,
    /// Least share of a statement's weight found in a neighbour's partner to join that link.
    pub join: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            anchor: 0.12,
            gap: 0.08,
            moved: 0.25,
            join: 0.35,
        }
    }
}

/// Statements of one readout linked to statements of the other (indices, ascending).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    pub score: f32,
    pub moved: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Alignment {
    /// In the left readout's order.
    pub links: Vec<Link>,
    pub only_left: Vec<usize>,
    pub only_right: Vec<usize>,
}

/// A statement as a weighted set of term ids, sorted by id.
#[derive(Debug, Clone, Default)]
struct Profile {
    terms: Vec<(u32, f32)>,
    norm: f32,
}

/// Candidate partners kept per statement; enough for splits and paraphrase, small enough that
/// the work stays linear in the number of statements.
const CANDIDATES: usize = 12;

/// Terms in more statements than this are too common to find candidates through (they still
/// count in the similarity of candidates found otherwise).
fn posting_cap(n: usize) -> usize {
    64.max(n / 100)
}

pub fn align(left: &[&str], right: &[&str], opts: &Options) -> Alignment {
    let (lp, rp) = profiles(left, right);
    let cands = candidates(&lp, &rp);
    let best_l: Vec<Option<(usize, f32)>> = cands.iter().map(|c| c.first().copied()).collect();
    let mut best_r: Vec<Option<(usize, f32)>> = vec![None; right.len()];
    for (i, cs) in cands.iter().enumerate() {
        for &(j, s) in cs {
            if best_r[j].is_none_or(|(_, b)| s > b) {
                best_r[j] = Some((i, s));
            }
        }
    }

    // 1. Anchors: mutual best matches.
    let mut anchors: Vec<(usize, usize, f32)> = Vec::new();
    for (i, b) in best_l.iter().enumerate() {
        if let Some((j, s)) = *b
            && s >= opts.anchor
            && best_r[j].is_some_and(|(bi, _)| bi == i)
        {
            anchors.push((i, j, s));
        }
    }
    // 2. The backbone: the heaviest chain of anchors that keeps both orders; the rest are moves.
    let chain = heaviest_chain(&anchors);
    let mut pairs: Vec<(usize, usize, f32)> = chain.iter().map(|&k| anchors[k]).collect();
    let in_chain: HashSet<usize> = chain.iter().copied().collect();
    let moved: Vec<(usize, usize, f32)> = anchors
        .iter()
        .enumerate()
        .filter(|(k, a)| !in_chain.contains(k) && a.2 >= opts.moved)
        .map(|(_, a)| *a)
        .collect();

    // 3. Gaps between backbone links: weaker matches, in order.
    let mut used_l = vec![false; left.len()];
    let mut used_r = vec![false; right.len()];
    for &(i, j, _) in pairs.iter().chain(&moved) {
        used_l[i] = true;
        used_r[j] = true;
    }
    let mut fill = Vec::new();
    let mut bounds: Vec<(isize, isize)> = vec![(-1, -1)];
    bounds.extend(pairs.iter().map(|&(i, j, _)| (i as isize, j as isize)));
    bounds.push((left.len() as isize, right.len() as isize));
    for w in bounds.windows(2) {
        let (li, lj) = w[0];
        let (hi, hj) = w[1];
        let mut gap_pairs = Vec::new();
        for i in (li + 1)..hi {
            let i = i as usize;
            if used_l[i] {
                continue;
            }
            for &(j, s) in &cands[i] {
                if (j as isize) > lj && (j as isize) < hj && !used_r[j] && s >= opts.gap {
                    gap_pairs.push((i, j, s));
                }
            }
        }
        for k in heaviest_chain(&gap_pairs) {
            fill.push(gap_pairs[k]);
        }
    }
    pairs.extend(fill);
    pairs.extend(moved);
    for &(i, j, _) in &pairs {
        used_l[i] = true;
        used_r[j] = true;
    }

    // 4. Splits and merges: an unlinked statement beside a linked one whose partner covers it.
    let mut links: Vec<Link> = pairs
        .iter()
        .map(|&(i, j, s)| Link {
            left: vec![i],
            right: vec![j],
            score: s,
            moved: false,
        })
        .collect();
    join_neighbours(
        &mut links,
        &lp,
        &rp,
        &mut used_l,
        &cands,
        opts.join,
        Side::Left,
    );
    let rcands = transpose(&cands, right.len());
    join_neighbours(
        &mut links,
        &rp,
        &lp,
        &mut used_r,
        &rcands,
        opts.join,
        Side::Right,
    );

    links.sort_by_key(|l| (l.left[0], l.right[0]));
    mark_moves(&mut links);
    Alignment {
        only_left: (0..left.len()).filter(|&i| !used_l[i]).collect(),
        only_right: (0..right.len()).filter(|&j| !used_r[j]).collect(),
        links,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// Joins each unlinked statement of `side` to the link of an adjacent statement when most of its
/// weight is found in that link's other side: one readout split what the other said at once.
fn join_neighbours(
    links: &mut [Link],
    own: &[Profile],
    other: &[Profile],
    used: &mut [bool],
    cands: &[Vec<(usize, f32)>],
    min_cover: f32,
    side: Side,
) {
    let mut link_of: HashMap<usize, usize> = HashMap::new();
    for (k, l) in links.iter().enumerate() {
        for &i in if side == Side::Left {
            &l.left
        } else {
            &l.right
        } {
            link_of.insert(i, k);
        }
    }
    for i in 0..own.len() {
        if used[i] {
            continue;
        }
        let mut best: Option<(usize, f32)> = None;
        for n in [i.wrapping_sub(1), i + 1] {
            let Some(&k) = link_of.get(&n) else { continue };
            let partners = if side == Side::Left {
                &links[k].right
            } else {
                &links[k].left
            };
            // Only worth a look when a partner is among this statement's candidates at all.
            if !partners.iter().any(|p| cands[i].iter().any(|c| c.0 == *p)) {
                continue;
            }
            let cover = coverage(&own[i], partners.iter().map(|&p| &other[p]));
            if cover >= min_cover && best.is_none_or(|b| cover > b.1) {
                best = Some((k, cover));
            }
        }
        if let Some((k, _)) = best {
            let l = &mut links[k];
            let v = if side == Side::Left {
                &mut l.left
            } else {
                &mut l.right
            };
            v.push(i);
            v.sort_unstable();
            used[i] = true;
            link_of.insert(i, k);
        }
    }
}

/// Share of `a`'s term weight that the statements `others` also have.
fn coverage<'a>(a: &Profile, others: impl Iterator<Item = &'a Profile>) -> f32 {
    let theirs: HashSet<u32> = others.flat_map(|p| p.terms.iter().map(|t| t.0)).collect();
    let total: f32 = a.terms.iter().map(|t| t.1).sum();
    if total == 0.0 {
        return 0.0;
    }
    a.terms
        .iter()
        .filter(|t| theirs.contains(&t.0))
        .map(|t| t.1)
        .sum::<f32>()
        / total
}

/// Marks links outside the largest order-preserving set as moved (longest increasing
/// subsequence of right positions, links taken in left order).
fn mark_moves(links: &mut [Link]) {
    let keys: Vec<(usize, usize, f32)> =
        links.iter().map(|l| (l.left[0], l.right[0], 1.0)).collect();
    let keep: HashSet<usize> = heaviest_chain(&keys).into_iter().collect();
    for (k, l) in links.iter_mut().enumerate() {
        l.moved = !keep.contains(&k);
    }
}

/// Indices of the subset of pairs `(i, j, w)` with strictly increasing i and j and the greatest
/// total weight. O(n log n): pairs sorted by i, a Fenwick tree of best chain ends by j.
fn heaviest_chain(pairs: &[(usize, usize, f32)]) -> Vec<usize> {
    if pairs.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    // Equal i: higher j first, so two pairs of one left statement never chain.
    order.sort_by(|&a, &b| {
        pairs[a]
            .0
            .cmp(&pairs[b].0)
            .then(pairs[b].1.cmp(&pairs[a].1))
    });
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
    let mut end = (0..pairs.len())
        .max_by(|&a, &b| best_at[a].0.total_cmp(&best_at[b].0))
        .unwrap();
    let mut out = vec![end];
    while best_at[end].1 != usize::MAX {
        end = best_at[end].1;
        out.push(end);
    }
    out.reverse();
    out
}

fn transpose(cands: &[Vec<(usize, f32)>], n: usize) -> Vec<Vec<(usize, f32)>> {
    let mut out = vec![Vec::new(); n];
    for (i, cs) in cands.iter().enumerate() {
        for &(j, s) in cs {
            out[j].push((i, s));
        }
    }
    for cs in &mut out {
        cs.sort_by(|a, b| b.1.total_cmp(&a.1));
    }
    out
}

/// Term profiles of both readouts, weighted by inverse statement frequency over both, raised
/// for names and numbers and lowered for boilerplate.
fn profiles(left: &[&str], right: &[&str]) -> (Vec<Profile>, Vec<Profile>) {
    // Joined forms of hyphenated compounds count only when the plain word occurs somewhere.
    let mut plain: HashSet<String> = HashSet::new();
    for s in left.iter().chain(right) {
        for w in text::words(s) {
            if !w.lower.contains('-') {
                plain.insert(w.lower);
            }
        }
    }
    let joined = |w: &str| plain.contains(w);
    let all: Vec<Vec<text::Term>> = left
        .iter()
        .chain(right)
        .map(|s| text::terms(s, &joined))
        .collect();
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut name: Vec<bool> = Vec::new();
    let mut sets: Vec<Vec<(u32, &text::Term)>> = Vec::with_capacity(all.len());
    for ts in &all {
        let mut set: Vec<(u32, &text::Term)> = Vec::new();
        for t in ts {
            let next = ids.len() as u32;
            let id = *ids.entry(t.key.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
                name.push(false);
            }
            if t.proper {
                name[id as usize] = true;
            }
            if !set.iter().any(|(x, _)| *x == id) {
                set.push((id, t));
            }
        }
        for (id, _) in &set {
            df[*id as usize] += 1;
        }
        sets.push(set);
    }
    let n = all.len() as f32;
    let mut out: Vec<Profile> = sets
        .into_iter()
        .map(|set| {
            let mut terms: Vec<(u32, f32)> = set
                .into_iter()
                .map(|(id, t)| {
                    let idf = ((n + 1.0) / (df[id as usize] as f32 + 0.5)).ln().max(0.05);
                    let mut w = idf;
                    if name[id as usize] || t.key.starts_with('@') && t.proper {
                        w *= 1.5;
                    }
                    if t.number {
                        w *= 1.5;
                    }
                    if t.common {
                        w *= 0.4;
                    }
                    (id, w)
                })
                .collect();
            terms.sort_by_key(|t| t.0);
            let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
            Profile { terms, norm }
        })
        .collect();
    let rp = out.split_off(left.len());
    (out, rp)
}

/// Cosine of two weighted term sets.
fn similarity(a: &Profile, b: &Profile) -> f32 {
    if a.norm == 0.0 || b.norm == 0.0 {
        return 0.0;
    }
    let (mut x, mut y, mut dot) = (0, 0, 0.0);
    while x < a.terms.len() && y < b.terms.len() {
        let (ia, wa) = a.terms[x];
        let (ib, wb) = b.terms[y];
        match ia.cmp(&ib) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                dot += wa * wb;
                x += 1;
                y += 1;
            }
        }
    }
    dot / (a.norm * b.norm)
}

/// For each left statement, its best right candidates (best first), found through an inverted
/// index of the terms that are not too common.
fn candidates(lp: &[Profile], rp: &[Profile]) -> Vec<Vec<(usize, f32)>> {
    let cap = posting_cap(lp.len() + rp.len());
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, p) in rp.iter().enumerate() {
        for &(id, _) in &p.terms {
            index.entry(id).or_default().push(j);
        }
    }
    let mut seen: HashMap<usize, f32> = HashMap::new();
    lp.iter()
        .map(|p| {
            seen.clear();
            for &(id, w) in &p.terms {
                if let Some(post) = index.get(&id)
                    && post.len() <= cap
                {
                    for &j in post {
                        *seen.entry(j).or_default() += w;
                    }
                }
            }
            // Rank by the rare terms shared, then score the best few fully.
            let mut rough: Vec<(usize, f32)> = seen.iter().map(|(&j, &w)| (j, w)).collect();
            rough.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            rough.truncate(CANDIDATES * 2);
            let mut full: Vec<(usize, f32)> = rough
                .into_iter()
                .map(|(j, _)| (j, similarity(p, &rp[j])))
                .collect();
            full.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            full.truncate(CANDIDATES);
            full
        })
        .collect()
}

/// The candidate partners of each left statement with their similarity, best first: what the
/// aligner chose from. For developers tuning the method (`examples/align_debug.rs`).
pub fn explain(left: &[&str], right: &[&str]) -> Vec<Vec<(usize, f32)>> {
    let (lp, rp) = profiles(left, right);
    candidates(&lp, &rp)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[&str] = &[
        "The presidents discussed energy cooperation and the Heihe bridge.",
        "They agreed to expand trade in grain and fertiliser.",
        "The sides condemned illegal sanctions by Western countries.",
        "Both leaders praised the Olympic Games in Beijing.",
    ];

    fn pairs(a: &Alignment) -> Vec<(Vec<usize>, Vec<usize>, bool)> {
        a.links
            .iter()
            .map(|l| (l.left.clone(), l.right.clone(), l.moved))
            .collect()
    }

    #[test]
    fn identical_inputs_link_one_to_one_in_order() {
        let a = align(A, A, &Options::default());
        assert_eq!(
            pairs(&a),
            (0..4)
                .map(|i| (vec![i], vec![i], false))
                .collect::<Vec<_>>()
        );
        assert!(a.only_left.is_empty() && a.only_right.is_empty());
    }

    #[test]
    fn reorder_is_moves_only() {
        let b = [A[2], A[0], A[1], A[3]];
        let a = align(A, &b, &Options::default());
        assert_eq!(a.links.len(), 4);
        assert!(a.only_left.is_empty() && a.only_right.is_empty());
        let moved: Vec<_> = a
            .links
            .iter()
            .filter(|l| l.moved)
            .map(|l| l.left[0])
            .collect();
        assert_eq!(moved, vec![2]);
    }

    #[test]
    fn omission_is_only_in() {
        let b = [A[0], A[1], A[3]];
        let a = align(A, &b, &Options::default());
        assert_eq!(a.only_left, vec![2]);
        assert!(a.only_right.is_empty());
        assert_eq!(a.links.len(), 3);
    }

    #[test]
    fn split_is_one_to_two() {
        let b = [
            A[0],
            "They agreed to expand trade in grain.",
            "Trade in fertiliser will also expand.",
            A[2],
            A[3],
        ];
        let a = align(A, &b, &Options::default());
        assert!(
            pairs(&a).contains(&(vec![1], vec![1, 2], false)),
            "{:?}",
            pairs(&a)
        );
        assert!(a.only_right.is_empty());
    }

    #[test]
    fn mirror_image() {
        let b = [
            A[3],
            "Energy cooperation and the Heihe bridge were discussed.",
            "Nothing else.",
        ];
        let ab = align(A, &b, &Options::default());
        let ba = align(&b, A, &Options::default());
        let mut flipped: Vec<_> = ba
            .links
            .iter()
            .map(|l| (l.right.clone(), l.left.clone()))
            .collect();
        flipped.sort();
        let mut direct: Vec<_> = ab
            .links
            .iter()
            .map(|l| (l.left.clone(), l.right.clone()))
            .collect();
        direct.sort();
        assert_eq!(direct, flipped);
        assert_eq!(ab.only_left, ba.only_right);
        assert_eq!(ab.only_right, ba.only_left);
    }

    #[test]
    fn heaviest_chain_prefers_weight() {
        // (0,2) alone outweighs (1,0)+(2,1)
        let p = [(0, 2, 5.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![0]);
        let p = [(0, 2, 1.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![1, 2]);
    }
}
