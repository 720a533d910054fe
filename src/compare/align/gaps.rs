//! Gaps: between two consecutive links, weaker matches that keep the order and sit near where the
//! links around them put them.

use super::Link;
use super::candidates::Candidates;
use super::chain::heaviest_chain;
use super::tuning::Tuning;
use rustc_hash::FxHashSet as HashSet;

/// Links unlinked statements between each two consecutive `links` that keep both orders,
/// weighing each candidate by how well it sits between them; marks them used. Links are taken
/// consecutive in the left readout's order and in the right's, and the proposals of all gaps are
/// accepted strongest first, so that comparing B with A finds what comparing A with B finds.
pub fn fill_gaps(
    links: &[Link],
    cands: &Candidates,
    used: (&mut [bool], &mut [bool]),
    opts: &Tuning,
) -> Vec<(usize, usize, f32)> {
    let (nl, nr) = (used.0.len(), used.1.len());
    type Span = ((isize, isize), (isize, isize));
    let mut spans: Vec<Span> = links
        .iter()
        .map(|l| {
            let (lo_l, hi_l) = (l.left[0] as isize, *l.left.last().unwrap_or(&l.left[0]) as isize);
            let (lo_r, hi_r) =
                (l.right[0] as isize, *l.right.last().unwrap_or(&l.right[0]) as isize);
            ((lo_l, lo_r), (hi_l, hi_r))
        })
        .collect();
    let ends: [Span; 2] =
        [((-1, -1), (-1, -1)), ((nl as isize, nr as isize), (nl as isize, nr as isize))];
    let mut gaps: Vec<((isize, isize), (isize, isize))> = Vec::new();
    // The same gap comes up in both orders: a set, so that this stays linear in the links.
    let mut seen: HashSet<((isize, isize), (isize, isize))> = HashSet::default();
    for by_right in [false, true] {
        spans.sort_by_key(|s| if by_right { ((s.0).1, (s.0).0) } else { s.0 });
        let bounds: Vec<Span> = std::iter::once(ends[0])
            .chain(spans.iter().copied())
            .chain(std::iter::once(ends[1]))
            .collect();
        for w in bounds.windows(2) {
            let (lo, hi) = (w[0].1, w[1].0);
            if lo.0 < hi.0 && lo.1 < hi.1 && seen.insert((lo, hi)) {
                gaps.push((lo, hi));
            }
        }
    }
    let mut proposals: Vec<(usize, usize, f32)> = Vec::new();
    for (lo, hi) in gaps {
        let gap = Gap { lo, hi, n: (nl, nr) };
        let mut gap_pairs = Vec::new();
        for i in (gap.lo.0 + 1)..gap.hi.0 {
            let i = i as usize;
            if used.0[i] {
                continue;
            }
            for &(j, s) in &cands.left[i] {
                if (j as isize) > gap.lo.1 && (j as isize) < gap.hi.1 && !used.1[j] {
                    let w = s * ((1.0 - opts.position) + opts.position * gap.closeness(i, j));
                    if w >= opts.gap {
                        gap_pairs.push((i, j, w));
                    }
                }
            }
        }
        proposals.extend(heaviest_chain(&gap_pairs).into_iter().map(|k| gap_pairs[k]));
    }
    proposals.sort_by(|a, b| {
        b.2.total_cmp(&a.2).then((a.0.min(a.1), a.0.max(a.1)).cmp(&(b.0.min(b.1), b.0.max(b.1))))
    });
    let mut fill = Vec::new();
    for (i, j, w) in proposals {
        if !used.0[i] && !used.1[j] {
            used.0[i] = true;
            used.1[j] = true;
            fill.push((i, j, w));
        }
    }
    fill
}

/// The stretch between two backbone links, where unlinked statements may still pair up.
struct Gap {
    lo: (isize, isize),
    hi: (isize, isize),
    n: (usize, usize),
}

impl Gap {
    /// How well (i, j) sits where the surrounding links put it, 0..1: near the line between two
    /// links, or at the same distance from the one link next to an open end.
    fn closeness(&self, i: usize, j: usize) -> f32 {
        let (i, j) = (i as f32, j as f32);
        let (l0, r0) = (self.lo.0 as f32, self.lo.1 as f32);
        let (l1, r1) = (self.hi.0 as f32, self.hi.1 as f32);
        let open_lo = self.lo.0 < 0;
        let open_hi = self.hi.0 >= self.n.0 as isize;
        match (open_lo, open_hi) {
            (true, true) => 1.0 - (i / self.n.0.max(1) as f32 - j / self.n.1.max(1) as f32).abs(),
            (true, false) => 1.0 / (1.0 + ((l1 - i) - (r1 - j)).abs()),
            (false, true) => 1.0 / (1.0 + ((i - l0) - (j - r0)).abs()),
            (false, false) => 1.0 - ((i - l0) / (l1 - l0) - (j - r0) / (r1 - r0)).abs(),
        }
    }
}
