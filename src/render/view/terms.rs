//! What every format says of the loaded terms: the explanations, the z-scores as shown, and the
//! cells of the distinctive-words table.

use crate::model::terms::{Distinctive, LoadedTerms, Word};

/// The explanation of the terms table, the same words in every format.
pub(crate) fn terms_note(t: &LoadedTerms) -> String {
    format!(
        "Watchlist: {}. Uses of each term in each readout, with the statements that use it; \
         terms of the watchlist that no readout uses are not shown. Terms match through \
         inflection (sanctions, sanctioned) and quote and dash styles (cease-fire, ceasefire); \
         each term is counted on its own, so a phrase also counts for the shorter terms in it.",
        t.watchlist
    )
}

pub(crate) const NO_TERMS: &str = "No term of the watchlist occurs in these readouts.";

/// The explanation of the distinctive words, the same words in every format.
pub(crate) fn distinctive_note(readouts: usize) -> String {
    let against = if readouts == 2 { "the other readout" } else { "the other readouts together" };
    format!(
        "Words each readout uses more than {against}, by the weighted log-odds ratio with an \
         informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), as z-scores: above 1.96 \
         is significant at the 5% level. Content words by stem; words a readout uses only once \
         are not listed."
    )
}

pub(crate) fn z(w: &Word) -> String {
    format!("{:.2}", w.z)
}

/// Rows of the distinctive-words table: the longest list, and at least one so that a readout
/// with no distinctive word can say so.
pub(crate) fn rank_rows(t: &LoadedTerms) -> usize {
    t.distinctive.iter().map(|d| d.words.len()).max().unwrap_or(0).max(1)
}

/// One cell of the distinctive-words table.
pub(crate) enum Cell<'a> {
    Word(&'a Word),
    /// The readout has no distinctive word (shown in the first row).
    None,
    Blank,
}

pub(crate) fn cell(d: &Distinctive, k: usize) -> Cell<'_> {
    match d.words.get(k) {
        Some(w) => Cell::Word(w),
        None if k == 0 => Cell::None,
        None => Cell::Blank,
    }
}
