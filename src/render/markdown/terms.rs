//! The "Loaded terms" section in Markdown: the watchlist's terms with their uses per readout, and
//! each readout's most distinctive words, as tables. Watchlist names and terms come from a user's
//! file and words from the readouts: all of it is escaped.

use crate::io::escape::{markdown_cell, markdown_inline};
use crate::model::compare::Report;
use crate::model::terms::Count;
use crate::render::view::terms::{
    Cell, NO_TERMS, cell, distinctive_note, rank_rows, terms_note, z,
};
use std::fmt::Write;

/// The section as Markdown, after the pairs; empty without terms.
pub fn markdown(report: &Report) -> String {
    let Some(t) = &report.terms else {
        return String::new();
    };
    let mut out = String::new();
    let _ = writeln!(out, "\n## Loaded terms\n\n{}\n", markdown_inline(&terms_note(t)));
    let sources = |out: &mut String| {
        for rd in &report.readouts {
            let _ = write!(out, " {} |", markdown_cell(&rd.source));
        }
    };
    if t.groups.is_empty() {
        let _ = writeln!(out, "{NO_TERMS}");
    } else {
        out.push_str("| Group | Term |");
        sources(&mut out);
        let _ = writeln!(out, "\n|---|---|{}", "---|".repeat(report.readouts.len()));
        for g in &t.groups {
            for (k, row) in g.terms.iter().enumerate() {
                let group = if k == 0 { markdown_cell(&g.name) } else { " ".to_string() };
                let _ = write!(out, "| {group} | {} |", markdown_cell(&row.term));
                for c in &row.counts {
                    let _ = write!(out, " {} |", markdown_count(c));
                }
                out.push('\n');
            }
        }
    }
    let note = distinctive_note(report.readouts.len());
    let _ = writeln!(out, "\n### Most distinctive words\n\n{}\n", markdown_inline(&note));
    out.push_str("| # |");
    sources(&mut out);
    let _ = writeln!(out, "\n|--:|{}", "---|".repeat(report.readouts.len()));
    for k in 0..rank_rows(t) {
        let _ = write!(out, "| {} |", k + 1);
        for d in &t.distinctive {
            let _ = match cell(d, k) {
                Cell::Word(w) => write!(out, " {} ({}) |", markdown_cell(&w.word), z(w)),
                Cell::None => write!(out, " none |"),
                Cell::Blank => write!(out, "   |"),
            };
        }
        out.push('\n');
    }
    out
}

/// `0`, or the count and the statements: `2: \`K3\`, \`K5\``.
fn markdown_count(c: &Count) -> String {
    if c.count == 0 {
        return "0".to_string();
    }
    let ids: Vec<String> = c.statements.iter().map(|id| super::page::code(id)).collect();
    format!("{}: {}", c.count, ids.join(", "))
}
