//! Splits and merges: a statement joins the link of a neighbour in its readout when one readout
//! said in one sentence what the other split (1:n, n:1).

use super::Link;
use super::candidates::Candidates;
use super::profile::{Profile, coverage};
use super::tuning::Tuning;
use rustc_hash::FxHashMap as HashMap;

/// The joining pass on both readouts' sides.
pub fn join_both(
    links: &mut [Link],
    paragraphs: (&[usize], &[usize]),
    cands: &Candidates,
    used: &mut (Vec<bool>, Vec<bool>),
    opts: &Tuning,
) {
    let own =
        Own { profiles: &cands.lp, paragraphs: paragraphs.0, cands: &cands.left, side: Side::Left };
    join_neighbours(links, own, &cands.rp, &mut used.0, opts);
    let own = Own {
        profiles: &cands.rp,
        paragraphs: paragraphs.1,
        cands: &cands.right,
        side: Side::Right,
    };
    join_neighbours(links, own, &cands.lp, &mut used.1, opts);
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// One readout's side of the joining pass.
struct Own<'a> {
    profiles: &'a [Profile],
    paragraphs: &'a [usize],
    cands: &'a [Vec<(usize, f32)>],
    side: Side,
}

/// Joins each unlinked statement to a link of a nearby statement of its own readout, when one
/// readout split what the other said at once: most of its weight is found in that link's other
/// side (an adjacent statement), or its best partner is in that link and it sits in the same
/// paragraph. A statement between two statements of one link, in one paragraph, joins too.
fn join_neighbours(
    links: &mut [Link],
    own: Own,
    other: &[Profile],
    used: &mut [bool],
    opts: &Tuning,
) {
    let side_of = |l: &Link| if own.side == Side::Left { l.left.clone() } else { l.right.clone() };
    let partners_of =
        |l: &Link| if own.side == Side::Left { l.right.clone() } else { l.left.clone() };
    let mut link_of: HashMap<usize, usize> = HashMap::default();
    for (k, l) in links.iter().enumerate() {
        for i in side_of(l) {
            link_of.insert(i, k);
        }
    }
    let n = own.profiles.len();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for i in (0..n).filter(|&i| !used[i]) {
        // Its best partner, when that one stands out from the rest.
        let runner_up = own.cands[i].get(1).map_or(0.0, |c| c.1);
        let best_partner =
            own.cands[i].first().copied().filter(|&(_, s)| s >= opts.margin * runner_up);
        let mut best: Option<(usize, f32)> = None;
        for d in 1..=3usize {
            for nb in [i.wrapping_sub(d), i + d] {
                let Some(&k) = link_of.get(&nb) else { continue };
                let same_para = own.paragraphs[nb] == own.paragraphs[i];
                if d > 1 && !same_para {
                    continue;
                }
                let partners = partners_of(&links[k]);
                let cover = coverage(&own.profiles[i], partners.iter().map(|&p| &other[p]));
                let by_cover = d == 1 && cover >= opts.join;
                let by_best = same_para
                    && best_partner
                        .is_some_and(|(p, s)| partners.contains(&p) && s >= opts.join_sim);
                if (by_cover || by_best) && best.is_none_or(|b| cover > b.1) {
                    best = Some((k, cover));
                }
            }
        }
        if let Some((k, _)) = best {
            joins.push((i, k));
        }
    }
    for (i, k) in joins {
        add(&mut links[k], i, own.side);
        used[i] = true;
        link_of.insert(i, k);
    }
    let sandwiched: Vec<usize> = (1..n.saturating_sub(1))
        .filter(|&i| {
            !used[i] && own.paragraphs[i - 1..=i + 1].iter().all(|&p| p == own.paragraphs[i])
        })
        .collect();
    for i in sandwiched {
        if let (Some(&a), Some(&b)) = (link_of.get(&(i - 1)), link_of.get(&(i + 1)))
            && a == b
        {
            add(&mut links[a], i, own.side);
            used[i] = true;
        }
    }
}

fn add(link: &mut Link, i: usize, side: Side) {
    let v = if side == Side::Left { &mut link.left } else { &mut link.right };
    v.push(i);
    v.sort_unstable();
}
