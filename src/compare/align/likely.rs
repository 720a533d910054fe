//! The last linking pass: each statement the other passes left without a partner joins its
//! most likely partner, when a small logistic model of the pair says the two are likely the
//! same point. The model reads how the pair ranks on both sides, how much of the shorter
//! statement the pair covers, the terms only these two statements share, and how far apart the
//! two sit in their readouts; its weights are fitted, and its threshold chosen, by
//! leave-one-event-out (`scripts/fit-likely.py`), and live in [`super::tuning`].

use super::Link;
use super::candidates::Candidates;
use super::profile::shared_terms;
use super::tuning::tuning;
use crate::analyse::rarity::DocFreq;
use rustc_hash::FxHashMap as HashMap;

/// What the model reads of one candidate pair, in the order of [`super::tuning::Tuning::likely`]
/// after its intercept. Each is symmetric in the two readouts, so comparing B with A decides
/// what comparing A with B does.
pub const FEATURES: [&str; 5] = ["rank_low", "rank_high", "cover", "rare", "distance"];

/// In how many statements of each readout each term occurs.
pub struct Counts {
    left: DocFreq<u32>,
    right: DocFreq<u32>,
}

impl Counts {
    pub fn of(cands: &Candidates) -> Counts {
        let count = |ps: &[super::profile::Profile]| {
            DocFreq::count(ps.iter().map(|p| p.terms.iter().map(|t| t.0)))
        };
        Counts { left: count(&cands.lp), right: count(&cands.rp) }
    }
}

/// The features of the pair (left `i`, right `j`) scoring `s`.
pub fn features(cands: &Candidates, counts: &Counts, i: usize, j: usize, s: f32) -> [f32; 5] {
    let best = |list: &[(usize, f32)]| list.first().map_or(0.0, |c| c.1);
    let ratio = |b: f32| if b > 0.0 { s / b } else { 0.0 };
    let (a, b) = (ratio(best(&cands.left[i])), ratio(best(&cands.right[j])));
    let (p, q) = (&cands.lp[i], &cands.rp[j]);
    // Shared weight over the shorter statement's weight, and the terms the two share weighed by
    // how few other statements have them (1 when no other statement of either readout does).
    let (mut shared, mut rare) = (0.0, 0.0);
    for (id, wa, wb) in shared_terms(p, q) {
        shared += (wa + wb) / 2.0;
        rare += 1.0 / (counts.left.of(&id) * counts.right.of(&id)).max(1) as f32;
    }
    let shorter = p.total.min(q.total);
    let cover = if shorter > 0.0 { shared / shorter } else { 0.0 };
    let place = |k: usize, n: usize| if n > 1 { k as f32 / (n - 1) as f32 } else { 0.5 };
    let distance = (place(i, cands.lp.len()) - place(j, cands.rp.len())).abs();
    [a.min(b), a.max(b), cover, rare, distance]
}

/// The model's probability that the pair is the same point.
pub fn probability(x: &[f32; 5]) -> f32 {
    let w = &tuning().likely;
    let z = w[0] + w[1..].iter().zip(x).map(|(w, x)| w * x).sum::<f32>();
    1.0 / (1.0 + (-z).exp())
}

/// Joins each unlinked statement, on either side, with its most likely partner when the model
/// gives the pair at least `min`: into the partner's link when it has one, else as a new link.
/// Decided for both sides from the links as they stand, then applied, so that comparing B with
/// A does what comparing A with B does.
pub fn attach(
    links: &mut Vec<Link>,
    cands: &Candidates,
    counts: &Counts,
    used: &mut (Vec<bool>, Vec<bool>),
) {
    let min = tuning().attach;
    if min > 1.0 {
        return;
    }
    let most_likely = |lists: &[Vec<(usize, f32)>], mine: &[bool], left: bool| {
        (0..lists.len())
            .filter(|&i| !mine[i])
            .filter_map(|i| {
                lists[i]
                    .iter()
                    .map(|&(j, s)| {
                        let (l, r) = if left { (i, j) } else { (j, i) };
                        (j, probability(&features(cands, counts, l, r, s)), s)
                    })
                    .filter(|c| c.1 >= min)
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(j, _, s)| if left { (i, j, s) } else { (j, i, s) })
            })
            .collect::<Vec<_>>()
    };
    let picks: Vec<(usize, usize, f32)> = most_likely(&cands.left, &used.0, true)
        .into_iter()
        .chain(most_likely(&cands.right, &used.1, false))
        .collect();
    if picks.is_empty() {
        return;
    }
    // Statements as nodes (left i, right nl + j); links and picks join them; each group with
    // statements on both sides is one link.
    let nl = used.0.len();
    let mut up: Vec<usize> = (0..nl + used.1.len()).collect();
    fn root(up: &mut [usize], mut x: usize) -> usize {
        while up[x] != x {
            up[x] = up[up[x]];
            x = up[x];
        }
        x
    }
    let join = |up: &mut Vec<usize>, a: usize, b: usize| {
        let (a, b) = (root(up, a), root(up, b));
        up[a.max(b)] = a.min(b);
    };
    for l in links.iter() {
        for &j in &l.right {
            join(&mut up, l.left[0], nl + j);
        }
        for &i in &l.left {
            join(&mut up, l.left[0], i);
        }
    }
    for &(i, j, _) in &picks {
        join(&mut up, i, nl + j);
        used.0[i] = true;
        used.1[j] = true;
    }
    // Each group keeps its link's score, or the best pick's when it is new; whether it is moved
    // is marked afterwards, over all links.
    let blank = || Link { left: vec![], right: vec![], score: 0.0, moved: false, likely: 0.0 };
    let mut groups: HashMap<usize, (Link, bool)> = HashMap::default();
    for l in links.drain(..) {
        let (g, _) = groups.entry(root(&mut up, l.left[0])).or_insert_with(|| (blank(), true));
        g.score = g.score.max(l.score);
        g.left.extend(&l.left);
        g.right.extend(&l.right);
    }
    for (i, j, s) in picks {
        let (g, linked) = groups.entry(root(&mut up, i)).or_insert_with(|| (blank(), false));
        if !*linked {
            g.score = g.score.max(s);
        }
        g.left.push(i);
        g.right.push(j);
    }
    links.extend(groups.into_values().map(|(mut g, _)| {
        g.left.sort_unstable();
        g.left.dedup();
        g.right.sort_unstable();
        g.right.dedup();
        g
    }));
}

/// Sets each link's [`Link::likely`]: the model's probability for its least likely pair, since
/// a link of several statements is wrong when any of them does not belong (measured on the
/// corpus, the weakest pair tells right links from wrong ones better than the strongest).
pub fn rate(links: &mut [Link], cands: &Candidates, counts: &Counts) {
    for l in links {
        let mut least = 1.0f32;
        for &i in &l.left {
            for &j in &l.right {
                least = least.min(pair(cands, counts, i, j).1);
            }
        }
        l.likely = least;
    }
}

/// The score of the pair (left `i`, right `j`), 0 when neither lists the other as a candidate,
/// and the model's probability that the two are the same point.
pub fn pair(cands: &Candidates, counts: &Counts, i: usize, j: usize) -> (f32, f32) {
    let s = (cands.left[i].iter().find(|c| c.0 == j))
        .or_else(|| cands.right[j].iter().find(|c| c.0 == i))
        .map_or(0.0, |c| c.1);
    (s, probability(&features(cands, counts, i, j, s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::align::candidates::candidates;
    use crate::model::Readout;

    const A: &[&str] = &[
        "The presidents held talks in the capital on Tuesday.",
        "They reviewed joint efforts against fentanyl precursor trafficking across the border.",
        "The president praised the national football team.",
    ];
    const B: &[&str] = &[
        "The two heads of state met on Tuesday.",
        "Weather conditions in the northern provinces were discussed at length.",
        "Both sides pledged to curb the flow of precursor chemicals used to make fentanyl.",
    ];

    fn with(a: &[&str], b: &[&str], f: impl FnOnce(&Candidates)) {
        let rds = [Readout::of("Left", "L", a), Readout::of("Right", "R", b)];
        let an = crate::analyse::analyse(&rds, None);
        f(&candidates(&an.readouts[0], &an.readouts[1], &an.people));
    }

    #[test]
    fn features_do_not_depend_on_which_readout_is_left() {
        let mut ab = Vec::new();
        with(A, B, |c| {
            let n = Counts::of(c);
            for (i, list) in c.left.iter().enumerate() {
                ab.extend(list.iter().map(|&(j, s)| ((i, j), features(c, &n, i, j, s))));
            }
        });
        assert!(!ab.is_empty());
        with(B, A, |c| {
            let n = Counts::of(c);
            for ((i, j), f) in &ab {
                let s = c.left[*j].iter().find(|x| x.0 == *i).expect("same candidates").1;
                let g = features(c, &n, *j, *i, s);
                assert!(g.iter().zip(f).all(|(x, y)| (x - y).abs() < 1e-5), "{i},{j}: {g:?} {f:?}");
            }
        });
    }

    #[test]
    fn a_lone_statement_joins_a_partner_sharing_its_rare_terms_and_only_that() {
        with(A, B, |c| {
            let mut links = Vec::new();
            let mut used = (vec![false; A.len()], vec![false; B.len()]);
            attach(&mut links, c, &Counts::of(c), &mut used);
            let pairs: Vec<(Vec<usize>, Vec<usize>)> =
                links.iter().map(|l| (l.left.clone(), l.right.clone())).collect();
            // The fentanyl point, worded apart and placed apart, is linked; the football and
            // the weather, which share nothing, are not.
            assert!(pairs.contains(&(vec![1], vec![2])), "{pairs:?}");
            assert!(!used.0[2] && !used.1[1], "{pairs:?}");
        });
    }
}
