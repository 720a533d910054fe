//! The closest partner of each statement the alignment left without one: the best candidate the
//! aligner itself scored for it, so an analyst can judge a near miss instead of trusting a silent
//! omission.

use super::candidates::candidates;
use crate::analyse::{Analysis, People};

/// Per statement asked about: its closest partner's index in the other readout and their score.
pub type Nearest = Vec<Option<(usize, f32)>>;

/// For each statement of `only_left` (indices into `left`) and of `only_right`, the statement of
/// the other readout it scores highest with, by the aligner's own similarity and speaker
/// factor, and that score; `None` when it shares nothing the aligner counts with any statement.
/// The same pairs are scored from both sides, so it mirrors when the readouts swap.
pub fn closest(
    left: &[Analysis],
    right: &[Analysis],
    people: &People,
    only: (&[usize], &[usize]),
) -> (Nearest, Nearest) {
    if only.0.is_empty() && only.1.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let cands = candidates(left, right, people);
    // Candidate lists are best first; a zero score is no evidence at all.
    let best = |lists: &[Vec<(usize, f32)>], idx: &[usize]| -> Nearest {
        idx.iter().map(|&i| lists[i].first().copied().filter(|c| c.1 > 0.0)).collect()
    };
    (best(&cands.left, only.0), best(&cands.right, only.1))
}
