//! Points: the statements of all the readouts that report the same point, one cell per readout.

/// One readout's share of a point: one statement, or several when a link was 1:n.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Index into the report's readouts.
    pub readout: usize,
    /// Statement ids, in the readout's order.
    pub statements: Vec<String>,
}

/// The statements of the readouts that report one point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// One cell per readout that reports the point, by readout index.
    pub cells: Vec<Cell>,
    /// How many readouts report it (the number of cells).
    pub in_readouts: usize,
}

impl Point {
    /// The cell of one readout, if it reports this point.
    pub fn cell(&self, readout: usize) -> Option<&Cell> {
        self.cells.iter().find(|c| c.readout == readout)
    }
}

/// How many points all, several or one of `n` readouts report: (all, some, one).
pub fn tally(points: &[Point], n: usize) -> (usize, usize, usize) {
    let all = points.iter().filter(|p| p.in_readouts == n).count();
    let one = points.iter().filter(|p| p.in_readouts == 1 && n > 1).count();
    (all, points.len() - all - one, one)
}
