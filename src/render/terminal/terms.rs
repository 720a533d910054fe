//! The "Loaded terms" section in the terminal: the watchlist's terms with their uses per readout,
//! and each readout's most distinctive words, both as tables. It is the same for every pair, so
//! it comes once, after the pairs.

use super::page::{INDENT, Style};
use super::wrap::{Paint, labelled, paint, wrap};
use crate::io::escape;
use crate::model::compare::Report;
use crate::model::terms::{Count, LoadedTerms};
use crate::render::view::terms::{
    Cell, NO_TERMS, cell, distinctive_note, rank_rows, terms_note, z,
};
use colored::Color;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// Each readout's colour in the terminal: the first two are the left and right colours of the
/// pair sections, so a two-readout report reads alike everywhere.
const PALETTE: [Color; 6] =
    [Color::Blue, Color::Yellow, Color::Magenta, Color::Cyan, Color::Green, Color::Red];

fn colour(readout: usize) -> Color {
    PALETTE[readout % PALETTE.len()]
}

/// The section for the terminal, after a rule like the one between pairs; empty without terms.
pub fn terminal(report: &Report, style: Style) -> String {
    let Some(t) = &report.terms else {
        return String::new();
    };
    let color = style.color;
    let mut out = String::new();
    out.push('\n');
    out.push_str(&"═".repeat(style.width.min(80)));
    out.push_str("\n\n");
    out.push_str(&paint("Loaded terms", Paint::Bold, color));
    out.push('\n');
    let mut legend = vec![("Readouts:".to_string(), Paint::Plain)];
    for (i, rd) in report.readouts.iter().enumerate() {
        let sep = if i == 0 { "" } else { " ·" };
        legend.push((format!("{sep} {}", rd.prefix), Paint::BoldFg(colour(i))));
        legend.push((format!(" {}", rd.source), Paint::Plain));
    }
    out.push_str(&wrap(&legend, style.width, INDENT, INDENT, color));
    out.push_str(&wrap(&[(terms_note(t), Paint::Dim)], style.width, INDENT, INDENT, color));
    out.push('\n');
    if t.groups.is_empty() {
        out.push_str(&wrap(
            &[(NO_TERMS.to_string(), Paint::Plain)],
            style.width,
            INDENT,
            INDENT,
            color,
        ));
    } else {
        terms_table(&mut out, report, t, style);
    }
    out.push('\n');
    out.push_str(&paint("Most distinctive words", Paint::Bold, color));
    out.push('\n');
    let note = distinctive_note(report.readouts.len());
    out.push_str(&wrap(&[(note, Paint::Dim)], style.width, INDENT, INDENT, color));
    out.push('\n');
    distinctive_terminal(&mut out, report, t, style);
    out
}

/// Widest term shown before a term gets a line of its own.
const TERM_MAX: usize = 40;

/// Columns left for statement ids at the least, so a narrow terminal narrows the term column.
const IDS_MIN: usize = 12;

/// Term, one right-aligned count column per readout, then the statement ids, wrapped under
/// themselves.
fn terms_table(out: &mut String, report: &Report, t: &LoadedTerms, style: Style) {
    let color = style.color;
    let widths: Vec<usize> = report
        .readouts
        .iter()
        .enumerate()
        .map(|(i, rd)| {
            let most = t.groups.iter().flat_map(|g| &g.terms).map(|r| r.counts[i].count).max();
            rd.prefix.chars().count().max(most.unwrap_or(0).to_string().len()) + 2
        })
        .collect();
    let fixed = INDENT.len() + 2 + widths.iter().sum::<usize>() + 3 + IDS_MIN;
    let longest = t.groups.iter().flat_map(|g| &g.terms).map(|r| r.term.width()).max();
    let term_w = longest.unwrap_or(0).min(TERM_MAX).min(style.width.saturating_sub(fixed)).max(4);
    let mut head = format!("{INDENT}{:<w$}", "Term", w = term_w + 2);
    for (i, rd) in report.readouts.iter().enumerate() {
        let cell = format!("{:>w$}", rd.prefix, w = widths[i]);
        head.push_str(&paint(&cell, Paint::BoldFg(colour(i)), color));
    }
    head.push_str("   Statements");
    out.push_str(&head);
    out.push('\n');
    for g in &t.groups {
        out.push_str(&wrap(&[(g.name.clone(), Paint::Bold)], style.width, INDENT, INDENT, color));
        for row in &g.terms {
            let mut term = row.term.as_str();
            if row.term.width() > term_w {
                let runs = [(row.term.clone(), Paint::Plain)];
                let first = format!("{INDENT}  ");
                out.push_str(&wrap(&runs, style.width, &first, &first, color));
                term = "";
            }
            let term = escape::terminal(term);
            let mut first = format!("{INDENT}  {}", padded(&term, term_w));
            for (i, c) in row.counts.iter().enumerate() {
                let _ = write!(first, "{:>w$}", c.count, w = widths[i]);
            }
            first.push_str("   ");
            let hang = " ".repeat(first.width());
            out.push_str(&wrap(&id_runs(&row.counts), style.width, &first, &hang, color));
        }
    }
}

/// `s` padded with spaces to `w` columns (Chinese characters take two).
fn padded(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(s.width())))
}

/// Statement ids of all readouts, comma-separated, each in its readout's colour.
fn id_runs(counts: &[Count]) -> Vec<(String, Paint)> {
    let mut runs = Vec::new();
    for c in counts {
        for id in &c.statements {
            if !runs.is_empty() {
                runs.push((",".to_string(), Paint::Plain));
            }
            let lead = if runs.is_empty() { "" } else { " " };
            runs.push((format!("{lead}{id}"), Paint::Fg(colour(c.readout))));
        }
    }
    runs
}

/// Columns of words with their z-scores, one per readout; a list per readout when the columns
/// would not fit the width.
fn distinctive_terminal(out: &mut String, report: &Report, t: &LoadedTerms, style: Style) {
    let color = style.color;
    let cols: Vec<(usize, usize)> = t
        .distinctive
        .iter()
        .map(|d| {
            let prefix = report.readouts[d.readout].prefix.chars().count();
            let word = d.words.iter().map(|w| w.word.width()).max().unwrap_or(4);
            let zw = d.words.iter().map(|w| z(w).len()).max().unwrap_or(0);
            (word, zw.max(prefix.saturating_sub(word + 1)))
        })
        .collect();
    let rank_w = 4;
    let total: usize =
        INDENT.len() + rank_w + cols.iter().map(|(w, zw)| w + 1 + zw + 4).sum::<usize>();
    if total > style.width {
        for d in &t.distinctive {
            let rd = &report.readouts[d.readout];
            let label = format!("{:<4}", rd.prefix);
            let mut runs = Vec::new();
            for (k, w) in d.words.iter().enumerate() {
                let sep = if k == 0 { "" } else { ", " };
                runs.push((format!("{sep}{} {}", w.word, z(w)), Paint::Plain));
            }
            if runs.is_empty() {
                runs.push(("none".to_string(), Paint::Dim));
            }
            let lab = (label.as_str(), Paint::BoldFg(colour(d.readout)));
            out.push_str(&labelled(INDENT, lab, &runs, style.width, color));
        }
        return;
    }
    let mut head = format!("{INDENT}{:<rank_w$}", "#");
    // Padding goes outside the colour, so no line ends in painted spaces.
    let mut pad = 0;
    for (d, (w, zw)) in t.distinctive.iter().zip(&cols) {
        let prefix = &report.readouts[d.readout].prefix;
        head.push_str(&" ".repeat(pad));
        head.push_str(&paint(prefix, Paint::BoldFg(colour(d.readout)), color));
        pad = (w + 1 + zw + 4).saturating_sub(prefix.chars().count());
    }
    out.push_str(&head);
    out.push('\n');
    for k in 0..rank_rows(t) {
        let mut line = format!("{INDENT}{:<rank_w$}", k + 1);
        for (d, (w, zw)) in t.distinctive.iter().zip(&cols) {
            let _ = match cell(d, k) {
                Cell::Word(word) => {
                    let shown = escape::terminal(&word.word);
                    write!(line, "{} {:>zw$}    ", padded(&shown, *w), z(word))
                }
                Cell::None => write!(line, "{:<width$}", "none", width = w + 1 + zw + 4),
                Cell::Blank => write!(line, "{:<width$}", "", width = w + 1 + zw + 4),
            };
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}
