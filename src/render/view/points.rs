//! The points table for three or more readouts, as every format shows it: a row per point, a
//! cell per readout, each statement's words marked where the row's first reported statement
//! does not have them. One file per format renders these rows.

use super::sides::{self, Marked, Run};
use crate::compare::diff;
use crate::model::Statement;
use crate::model::compare::Report;
use crate::model::diff::Op;
use crate::model::points::{self, Point};
use std::collections::HashMap;

/// Whether a report gets a points table: with two readouts the pairwise view says it all.
pub fn shown(report: &Report) -> bool {
    report.readouts.len() >= 3
}

/// One point as a table row.
pub struct Row<'a> {
    /// 1-based number of the point in the table.
    pub number: usize,
    /// How many readouts report it.
    pub in_readouts: usize,
    /// One entry per readout, by readout index: its statements with their runs, or `None`
    /// where the readout does not report the point.
    pub cells: Vec<Option<Vec<Marked<'a>>>>,
}

/// The report's points as rows, in the points' order.
pub fn rows(report: &Report) -> Vec<Row<'_>> {
    let maps: Vec<HashMap<&str, &Statement>> =
        (0..report.readouts.len()).map(|r| report.statements_by_id(r)).collect();
    report.points.iter().enumerate().map(|(k, p)| row(k + 1, p, &maps)).collect()
}

fn row<'a>(number: usize, p: &Point, maps: &[HashMap<&str, &'a Statement>]) -> Row<'a> {
    let sts = |r: usize| -> Option<Vec<&'a Statement>> {
        let cell = p.cell(r)?;
        Some(cell.statements.iter().filter_map(|id| maps[r].get(id.as_str()).copied()).collect())
    };
    let mut cells: Vec<Option<Vec<Marked<'a>>>> = Vec::with_capacity(maps.len());
    // The first readout that reports the point is the reference the others are diffed against.
    let mut reference: Option<String> = None;
    for r in 0..maps.len() {
        cells.push(sts(r).map(|sts| match &reference {
            None => {
                reference = Some(joined(&sts));
                sts.into_iter()
                    .map(|s| (s, vec![Run { own: false, text: s.text.as_str() }]))
                    .collect()
            }
            Some(first) => marked(first, sts),
        }));
    }
    Row { number, in_readouts: p.in_readouts, cells }
}

/// Statements diffed against the reference text: their own words (those the reference lacks)
/// marked, the text as written.
fn marked<'a>(reference: &str, sts: Vec<&'a Statement>) -> Vec<Marked<'a>> {
    let pieces = diff::diff(reference, &joined(&sts));
    let texts: Vec<&'a str> = sts.iter().map(|s| s.text.as_str()).collect();
    sts.into_iter().zip(sides::runs(&texts, &pieces, Op::Right)).collect()
}

fn joined(sts: &[&Statement]) -> String {
    sts.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// "18 points: 2 in all 3 readouts, 7 in some, 9 in one only".
pub fn summary(report: &Report) -> String {
    let n = report.readouts.len();
    let (all, some, one) = points::tally(&report.points, n);
    let total = report.points.len();
    format!(
        "{total} point{}: {all} in all {n} readouts, {some} in some, {one} in one only",
        if total == 1 { "" } else { "s" }
    )
}

/// "in 2 of 3".
pub fn coverage(row: &Row, readouts: usize) -> String {
    format!("in {} of {readouts}", row.in_readouts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare;
    use crate::model::Readout;

    fn readout(source: &str, prefix: &str, texts: &[&str]) -> Readout {
        Readout::of(source, prefix, texts)
    }

    fn report() -> Report {
        let a = readout(
            "Alpha",
            "A",
            &["The three ministers met in Halvik on Monday to discuss trade and energy security."],
        );
        let b = readout(
            "Beta",
            "B",
            &["The three ministers met in Halvik on Tuesday to discuss trade and energy security."],
        );
        let c = readout("Gamma", "C", &["Gamma raised the detention of its fishermen at sea."]);
        let list = crate::terms::watchlist::load(None).expect("built-in watchlist");
        compare::compare(vec![a, b, c], None, compare::align::tuning(), &list)
    }

    #[test]
    fn other_cells_mark_what_the_first_lacks() {
        let r = report();
        assert!(shown(&r));
        let rows = rows(&r);
        let first = &rows[0];
        assert_eq!(first.number, 1);
        assert_eq!(coverage(first, 3), "in 2 of 3");
        let a = first.cells[0].as_ref().expect("A reports it");
        assert!(a[0].1.iter().all(|run| !run.own), "the reference is unmarked");
        let b = first.cells[1].as_ref().expect("B reports it");
        let own: Vec<&str> = b[0].1.iter().filter(|run| run.own).map(|run| run.text).collect();
        assert_eq!(own, ["Tuesday"]);
        assert!(first.cells[2].is_none());
        assert_eq!(summary(&r), "2 points: 0 in all 3 readouts, 1 in some, 1 in one only");
    }
}
