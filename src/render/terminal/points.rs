//! The points table in the terminal. Three or more columns do not fit a terminal, so each point
//! is a block: "Point 3 — in 2 of 3", then one line per readout with its prefix, statement ids
//! and text (wrapped under itself), or "·· not reported ··".

use super::page::{Style, marked_runs};
use super::wrap::{Paint, labelled, paint, wrap};
use crate::model::compare::Report;
use crate::render::view::points::{Row, coverage, rows, summary};
use crate::render::view::sides::Marked;
use colored::Color;

const INDENT: &str = "    ";
/// One colour per readout, in readout order (repeating past six readouts).
const COLOURS: [Color; 6] =
    [Color::Blue, Color::Yellow, Color::Magenta, Color::Cyan, Color::Green, Color::Red];
const NOT_REPORTED: &str = "·· not reported ··";

fn colour(readout: usize) -> Color {
    COLOURS[readout % COLOURS.len()]
}

/// The readouts, the summary line, a legend and every point's block.
pub fn table(report: &Report, style: Style) -> String {
    let mut out = String::new();
    readouts(&mut out, report, style);
    out.push('\n');
    out.push_str(&paint("Points across the readouts", Paint::Bold, style.color));
    out.push('\n');
    let first = report.readouts.first().map_or("", |r| r.source.as_str());
    let line = format!(
        "{}; in {first}'s order, then the points it lacks in the others' order.",
        summary(report)
    );
    out.push_str(&wrap(&[(line, Paint::Plain)], style.width, "", INDENT, style.color));
    let legend = vec![
        ("Legend:".to_string(), Paint::Bold),
        (
            format!(" [{}: …]", report.readouts.get(1).map_or("", |r| &r.prefix)),
            Paint::Fg(colour(1)),
        ),
        (" words the point's first statement does not have;".to_string(), Paint::Plain),
        (format!(" {NOT_REPORTED}"), Paint::Dim),
        (" the readout does not report the point.".to_string(), Paint::Plain),
    ];
    out.push_str(&wrap(&legend, style.width, "", INDENT, style.color));
    let rows = rows(report);
    let widths = Widths {
        prefix: report.readouts.iter().map(|r| r.prefix.chars().count()).max().unwrap_or(0) + 2,
        ids: rows
            .iter()
            .flat_map(|r| r.cells.iter().flatten())
            .map(|m| ids(m).chars().count())
            .max()
            .unwrap_or(0)
            .min(MAX_IDS)
            + 2,
    };
    for row in &rows {
        block(&mut out, report, row, widths, style);
    }
    out
}

/// One line per readout: prefix, source, title, date and path, as the pairwise view heads them.
fn readouts(out: &mut String, report: &Report, style: Style) {
    let width = report.readouts.iter().map(|r| r.prefix.chars().count()).max().unwrap_or(0);
    for (i, rd) in report.readouts.iter().enumerate() {
        let mut runs = vec![(rd.source.clone(), Paint::BoldFg(colour(i)))];
        for extra in [&rd.title, &rd.date].into_iter().flatten() {
            runs.push((format!(" · {extra}"), Paint::Plain));
        }
        runs.push((format!(" ({})", rd.path), Paint::Dim));
        let label = format!("{:<w$}", rd.prefix, w = width + 2);
        out.push_str(&labelled(
            "",
            (&label, Paint::BoldFg(colour(i))),
            &runs,
            style.width,
            style.color,
        ));
    }
}

/// Columns of the label before a statement's text, the same in every block so texts line up.
#[derive(Clone, Copy)]
struct Widths {
    prefix: usize,
    ids: usize,
}

/// Past this many columns a cell's ids (a long 1:n link) push its text along instead.
const MAX_IDS: usize = 12;

/// "KG5+KG6".
fn ids(marked: &[Marked]) -> String {
    marked.iter().map(|(st, _)| st.id.as_str()).collect::<Vec<_>>().join("+")
}

fn block(out: &mut String, report: &Report, row: &Row, w: Widths, style: Style) {
    out.push('\n');
    let head = format!("Point {} — {}", row.number, coverage(row, report.readouts.len()));
    out.push_str(&paint(&head, Paint::Bold, style.color));
    out.push('\n');
    for (r, cell) in row.cells.iter().enumerate() {
        let rd = &report.readouts[r];
        let col = colour(r);
        let prefix =
            paint(&format!("{:<pw$}", rd.prefix, pw = w.prefix), Paint::BoldFg(col), style.color);
        let Some(marked) = cell else {
            let gap = paint(NOT_REPORTED, Paint::Dim, style.color);
            out.push_str(&format!("{INDENT}{prefix}{gap}\n"));
            continue;
        };
        let label = format!("{:<iw$} ", ids(marked), iw = w.ids - 1);
        let runs = marked_runs(marked, &rd.prefix, col);
        let lead = format!("{INDENT}{}", " ".repeat(w.prefix));
        let body = labelled(&lead, (&label, Paint::Bold), &runs, style.width, style.color);
        out.push_str(&format!("{INDENT}{prefix}{}", &body[lead.len()..]));
    }
}
