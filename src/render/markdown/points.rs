//! The points table in Markdown: a row per point, a column per readout, each statement led by
//! its id with the words the row's first statement lacks in bold, and "—" where a readout does
//! not report the point.

use super::page::cell;
use crate::io::escape::{markdown_cell, markdown_inline};
use crate::model::compare::Report;
use crate::render::view::points::{Row, coverage, rows, summary};
use std::fmt::Write;

/// What an empty cell shows.
const NOT_REPORTED: &str = "—";

/// The points section, under a heading of level `h` (`##`).
pub fn table(report: &Report, h: &str) -> String {
    let mut out = String::new();
    let first = markdown_inline(report.readouts.first().map_or("", |r| &r.source));
    let _ = writeln!(out, "\n{h} Points across the readouts\n");
    let _ = writeln!(
        out,
        "{}. Rows follow {first}’s order, then the points it lacks in the others’ order. \
         **Bold**: words the row’s first statement does not have. {NOT_REPORTED}: not reported.\n",
        summary(report)
    );
    out.push_str("| Point |");
    for rd in &report.readouts {
        let _ = write!(out, " {} |", markdown_cell(&rd.source));
    }
    out.push_str("\n|--:|");
    out.push_str(&"---|".repeat(report.readouts.len()));
    out.push('\n');
    let n = report.readouts.len();
    for row in rows(report) {
        row_line(&mut out, &row, n);
    }
    out
}

fn row_line(out: &mut String, row: &Row, n: usize) {
    let _ = write!(out, "| {}<br>{} |", row.number, coverage(row, n));
    for c in &row.cells {
        match c {
            Some(marked) => {
                let _ = write!(out, " {} |", cell(marked, "**"));
            }
            None => {
                let _ = write!(out, " {NOT_REPORTED} |");
            }
        }
    }
    out.push('\n');
}
