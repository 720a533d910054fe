//! The loaded terms of a comparison as data: how often each readout uses each term of the
//! watchlist (and where), and each readout's most distinctive words.

#[derive(Debug, Clone)]
pub struct LoadedTerms {
    /// The watchlist's path, or that it is the built-in one.
    pub watchlist: String,
    /// Groups with at least one term some readout uses, and only those terms.
    pub groups: Vec<GroupRow>,
    /// One entry per readout, in the report's order.
    pub distinctive: Vec<Distinctive>,
    /// The log-odds prior's total mass: the number of content words of all readouts together.
    pub alpha0: usize,
}

#[derive(Debug, Clone)]
pub struct GroupRow {
    pub name: String,
    pub terms: Vec<TermRow>,
}

#[derive(Debug, Clone)]
pub struct TermRow {
    pub term: String,
    /// One per readout, in the report's order, zeros included.
    pub counts: Vec<Count>,
}

#[derive(Debug, Clone)]
pub struct Count {
    pub readout: usize,
    pub count: usize,
    /// Ids of the statements that use the term, in reading order.
    pub statements: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Distinctive {
    pub readout: usize,
    pub words: Vec<Word>,
}

#[derive(Debug, Clone)]
pub struct Word {
    pub word: String,
    /// z-score of the weighted log-odds ratio, two decimals.
    pub z: f64,
    /// Uses in this readout, and in the others together.
    pub count: usize,
    pub others: usize,
}
