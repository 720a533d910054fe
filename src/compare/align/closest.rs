//! The closest partner of each statement the alignment left without one: the best candidate the
//! aligner itself scored for it, so an analyst can judge a near miss instead of trusting a silent
//! omission.

/// Per statement: its closest partner's index in the other readout and their score.
pub type Nearest = Vec<Option<(usize, f32)>>;

/// Each statement's best candidate (candidate lists are best first); a zero score is no
/// evidence at all, so it gives none.
pub fn best(lists: &[Vec<(usize, f32)>]) -> Nearest {
    lists.iter().map(|l| l.first().copied().filter(|c| c.1 > 0.0)).collect()
}

/// For each statement of `only_left` (indices into the left readout) and of `only_right`, the
/// statement of the other readout it scores highest with, by the aligner's own similarity and
/// speaker factor, and that score; `None` when it shares nothing the aligner counts with any
/// statement. The same pairs are scored from both sides, so it mirrors when the readouts swap.
pub fn closest(best: &(Nearest, Nearest), only: (&[usize], &[usize])) -> (Nearest, Nearest) {
    let pick = |all: &Nearest, idx: &[usize]| -> Nearest { idx.iter().map(|&i| all[i]).collect() };
    (pick(&best.0, only.0), pick(&best.1, only.1))
}
