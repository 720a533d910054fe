//! Untangles links that hold several statements on both sides: the passes before grow a link
//! from its neighbours and its partners' partners, and such a link can pair every statement of
//! one side with every one of the other although each reports one point of its own. A point one
//! side split is one statement against several (1:n), never several against several, so each
//! such link is cut into one-to-many links, of the pairs in it that are strong on their own.

use super::Link;
use super::candidates::Candidates;
use super::likely::{Counts, pair};
use super::tuning::is_strong;

/// Links with more pairs than this are left whole: the search below tries every set of a link's
/// pairs, and real readouts do not make links that large.
const MOST_PAIRS: usize = 16;

/// Replaces each link with at least two statements on each side by the set of its pairs with
/// the largest sum of the model's probabilities (`likely.rs`) among the sets in which every pair
/// has a statement that is in no other pair (stars: one statement with its partners). Only pairs
/// that are strong on their own ([`is_strong`]) can be in it: a tangled link is a sign that the
/// passes confused points, so a weak pair of it is not trusted to be one; its statements are
/// unlinked again, and reports give them their closest partner as a hint. Nothing here is tuned
/// of its own: the one-to-many rule is the gold convention's, the strength the reports'.
pub fn untangle(
    links: &mut Vec<Link>,
    cands: &Candidates,
    counts: &Counts,
    used: &mut (Vec<bool>, Vec<bool>),
) {
    let mut out = Vec::with_capacity(links.len());
    for l in links.drain(..) {
        if l.left.len() < 2 || l.right.len() < 2 || l.left.len() * l.right.len() > MOST_PAIRS {
            out.push(l);
            continue;
        }
        let pairs: Vec<(usize, usize, f32, f32)> = (l.left.iter())
            .flat_map(|&i| l.right.iter().map(move |&j| (i, j)))
            .map(|(i, j)| {
                let (s, p) = pair(cands, counts, i, j);
                (i, j, s, if is_strong(s.into(), p.into()) { p } else { 0.0 })
            })
            .collect();
        let best = best_stars(&pairs);
        for &i in &l.left {
            used.0[i] = false;
        }
        for &j in &l.right {
            used.1[j] = false;
        }
        out.extend(stars_of(&pairs, best));
        for k in (0..pairs.len()).filter(|k| best >> k & 1 == 1) {
            used.0[pairs[k].0] = true;
            used.1[pairs[k].1] = true;
        }
    }
    *links = out;
}

/// The set of pairs (as a bit mask over `pairs`, which hold (left, right, score, gain)) with the
/// largest total gain in which every pair has an end in no other pair of the set; pairs that
/// gain nothing are never in it. Of sets gaining the same (to rounding), the one that leaves
/// fewer statements out wins: a choice that does not depend on which readout is on the left.
fn best_stars(pairs: &[(usize, usize, f32, f32)]) -> u32 {
    let gaining = (0..pairs.len()).filter(|&k| pairs[k].3 > 0.0).fold(0u32, |m, k| m | 1 << k);
    let (mut best, mut most, mut covered) = (0u32, 0.0f32, 0usize);
    for set in (1u32..1 << pairs.len()).filter(|set| set & !gaining == 0) {
        let chosen: Vec<usize> = (0..pairs.len()).filter(|k| set >> k & 1 == 1).collect();
        let degree = |same: &dyn Fn(usize) -> bool| chosen.iter().filter(|&&m| same(m)).count();
        let star = chosen.iter().all(|&k| {
            let (i, j) = (pairs[k].0, pairs[k].1);
            degree(&|m| pairs[m].0 == i) == 1 || degree(&|m| pairs[m].1 == j) == 1
        });
        if !star {
            continue;
        }
        let gain: f32 = chosen.iter().map(|&k| pairs[k].3).sum();
        let cover = statements(pairs, &chosen);
        let tie = (gain - most).abs() <= 1e-5 * most.max(1e-3);
        if (!tie && gain > most) || (tie && cover > covered) {
            (best, most, covered) = (set, gain, cover);
        }
    }
    best
}

/// How many statements, of both sides, the chosen pairs hold.
fn statements(pairs: &[(usize, usize, f32, f32)], chosen: &[usize]) -> usize {
    let mut left: Vec<usize> = chosen.iter().map(|&k| pairs[k].0).collect();
    let mut right: Vec<usize> = chosen.iter().map(|&k| pairs[k].1).collect();
    left.sort_unstable();
    left.dedup();
    right.sort_unstable();
    right.dedup();
    left.len() + right.len()
}

/// The links the chosen pairs make: each star is one link, scored by its best pair; which are
/// moved is marked afterwards, over all links.
fn stars_of(pairs: &[(usize, usize, f32, f32)], set: u32) -> Vec<Link> {
    let chosen: Vec<_> = (0..pairs.len()).filter(|k| set >> k & 1 == 1).map(|k| pairs[k]).collect();
    let mut links: Vec<Link> = Vec::new();
    for &(i, j, s, _) in &chosen {
        // A pair joins the star that already has one of its statements.
        match links.iter_mut().find(|l| l.left.contains(&i) || l.right.contains(&j)) {
            Some(l) => {
                if !l.left.contains(&i) {
                    l.left.push(i);
                }
                if !l.right.contains(&j) {
                    l.right.push(j);
                }
                l.score = l.score.max(s);
            }
            None => links.push(Link {
                left: vec![i],
                right: vec![j],
                score: s,
                moved: false,
                likely: 0.0,
            }),
        }
    }
    for l in &mut links {
        l.left.sort_unstable();
        l.right.sort_unstable();
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::align::candidates::candidates;
    use crate::model::Readout;

    #[test]
    fn a_link_of_two_points_against_two_is_cut_by_what_its_pairs_say() {
        let a = [
            "Both ministers welcomed preparations for a telephone call between the two presidents.",
            "They planned a video call between the northern fleet commanders.",
        ];
        let b = [
            "The two sides discussed a new round of interaction between the presidents.",
            "They agreed on arrangements for a video call between the northern fleet commanders.",
        ];
        let rds = [Readout::of("Left", "L", &a), Readout::of("Right", "R", &b)];
        let an = crate::analyse::analyse(&rds, None);
        let cands = candidates(&an.readouts[0], &an.readouts[1], &an.people);
        // The link an earlier pass might have grown: both statements against both.
        let mut links = vec![Link {
            left: vec![0, 1],
            right: vec![0, 1],
            score: 0.3,
            moved: false,
            likely: 0.0,
        }];
        let mut used = (vec![true; 2], vec![true; 2]);
        untangle(&mut links, &cands, &Counts::of(&cands), &mut used);
        let got: Vec<_> = links.iter().map(|l| (l.left.clone(), l.right.clone())).collect();
        // Two points: the presidents' contact and the commanders' call, each one to one.
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(sorted, vec![(vec![0], vec![0]), (vec![1], vec![1])]);
        for (side, flags) in [(0, &used.0), (1, &used.1)] {
            for (k, &u) in flags.iter().enumerate() {
                let linked = got.iter().any(|(l, r)| if side == 0 { l } else { r }.contains(&k));
                assert_eq!(u, linked, "side {side} statement {k}: {got:?}");
            }
        }
    }

    /// The links `best_stars` makes of (left, right, gain) pairs, as (left, right) lists.
    fn cut(pairs: &[(usize, usize, f32)]) -> Vec<(Vec<usize>, Vec<usize>)> {
        let pairs: Vec<_> = pairs.iter().map(|&(i, j, g)| (i, j, 0.1, g)).collect();
        let mut links: Vec<_> =
            stars_of(&pairs, best_stars(&pairs)).into_iter().map(|l| (l.left, l.right)).collect();
        links.sort();
        links
    }

    #[test]
    fn two_points_joined_crosswise_come_apart() {
        // 0~0 and 1~1 are each likely; the cross pairs are not.
        let links = cut(&[(0, 0, 0.5), (0, 1, 0.05), (1, 0, 0.02), (1, 1, 0.4)]);
        assert_eq!(links, vec![(vec![0], vec![0]), (vec![1], vec![1])]);
    }

    #[test]
    fn a_split_point_stays_one_to_many_and_a_stray_statement_leaves() {
        // Left 0 is split over right 0 and 1; left 1 is likely with neither.
        let links = cut(&[(0, 0, 0.4), (0, 1, 0.3), (1, 0, -0.2), (1, 1, -0.1)]);
        assert_eq!(links, vec![(vec![0], vec![0, 1])]);
    }

    #[test]
    fn no_link_is_several_against_several() {
        // Every pair gains alike, but a 2:2 link is never the answer; of the cuts gaining the
        // same, the one leaving no statement out is taken.
        let links = cut(&[(0, 0, 0.5), (0, 1, 0.5), (1, 0, 0.5), (1, 1, 0.5)]);
        assert_eq!(links.len(), 2, "{links:?}");
        assert!(links.iter().all(|(l, r)| l.len() == 1 && r.len() == 1), "{links:?}");
    }

    #[test]
    fn nothing_likely_enough_links_nothing() {
        assert!(cut(&[(0, 0, -0.1), (0, 1, -0.2), (1, 0, -0.3), (1, 1, -0.05)]).is_empty());
    }
}
