//! The "Loaded terms" section in the terminal, Markdown and HTML: the watchlist's terms with
//! their uses per readout, and each readout's most distinctive words, both as tables. It is the
//! same for every pair, so it comes once, after the pairs. Watchlist names and terms come from a
//! user's file and words from the readouts: all of it goes through `escape`.

use super::Style;
use super::escape::{attr, html as esc, markdown_cell, markdown_inline};
use super::wrap::{Paint, labelled, paint, wrap};
use crate::compare::Report;
use crate::loaded_terms::{Count, Distinctive, LoadedTerms, Word};
use colored::Color;
use std::fmt::Write;

const INDENT: &str = "    ";

/// Each readout's colour in the terminal: the first two are the left and right colours of the
/// pair sections, so a two-readout report reads alike everywhere.
const PALETTE: [Color; 6] =
    [Color::Blue, Color::Yellow, Color::Magenta, Color::Cyan, Color::Green, Color::Red];

fn colour(readout: usize) -> Color {
    PALETTE[readout % PALETTE.len()]
}

/// The explanation of the terms table, the same words in every format.
fn terms_note(t: &LoadedTerms) -> String {
    format!(
        "Watchlist: {}. Uses of each term in each readout, with the statements that use it; \
         terms of the watchlist that no readout uses are not shown. Terms match through \
         inflection (sanctions, sanctioned) and quote and dash styles (cease-fire, ceasefire); \
         each term is counted on its own, so a phrase also counts for the shorter terms in it.",
        t.watchlist
    )
}

const NO_TERMS: &str = "No term of the watchlist occurs in these readouts.";

/// The explanation of the distinctive words, the same words in every format.
fn distinctive_note(readouts: usize) -> String {
    let against = if readouts == 2 { "the other readout" } else { "the other readouts together" };
    format!(
        "Words each readout uses more than {against}, by the weighted log-odds ratio with an \
         informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), as z-scores: above 1.96 \
         is significant at the 5% level. Content words by stem; words a readout uses only once \
         are not listed."
    )
}

fn z(w: &Word) -> String {
    format!("{:.2}", w.z)
}

/// Rows of the distinctive-words table: the longest list, and at least one so that a readout
/// with no distinctive word can say so.
fn rank_rows(t: &LoadedTerms) -> usize {
    t.distinctive.iter().map(|d| d.words.len()).max().unwrap_or(0).max(1)
}

/// One cell of the distinctive-words table.
enum Cell<'a> {
    Word(&'a Word),
    /// The readout has no distinctive word (shown in the first row).
    None,
    Blank,
}

fn cell(d: &Distinctive, k: usize) -> Cell<'_> {
    match d.words.get(k) {
        Some(w) => Cell::Word(w),
        None if k == 0 => Cell::None,
        None => Cell::Blank,
    }
}

// ---------------------------------------------------------------------------------------------
// Terminal.

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
    let longest = t.groups.iter().flat_map(|g| &g.terms).map(|r| r.term.chars().count()).max();
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
            if row.term.chars().count() > term_w {
                let runs = [(row.term.clone(), Paint::Plain)];
                let first = format!("{INDENT}  ");
                out.push_str(&wrap(&runs, style.width, &first, &first, color));
                term = "";
            }
            let mut first = format!("{INDENT}  {term:<term_w$}");
            for (i, c) in row.counts.iter().enumerate() {
                let _ = write!(first, "{:>w$}", c.count, w = widths[i]);
            }
            first.push_str("   ");
            let hang = " ".repeat(first.chars().count());
            out.push_str(&wrap(&id_runs(&row.counts), style.width, &first, &hang, color));
        }
    }
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
            let word = d.words.iter().map(|w| w.word.chars().count()).max().unwrap_or(4);
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
                Cell::Word(word) => write!(line, "{:<w$} {:>zw$}    ", word.word, z(word)),
                Cell::None => write!(line, "{:<width$}", "none", width = w + 1 + zw + 4),
                Cell::Blank => write!(line, "{:<width$}", "", width = w + 1 + zw + 4),
            };
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown.

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
    let ids: Vec<String> = c.statements.iter().map(|id| super::markdown::code(id)).collect();
    format!("{}: {}", c.count, ids.join(", "))
}

// ---------------------------------------------------------------------------------------------
// HTML.

/// The section as HTML, inside `<main>` after the pairs; empty without terms.
pub fn html(report: &Report) -> String {
    let Some(t) = &report.terms else {
        return String::new();
    };
    let mut out = String::new();
    out.push_str(
        "<section class=\"terms\" id=\"rd-terms\" aria-labelledby=\"rd-terms-title\">\n\
         <h2 id=\"rd-terms-title\">Loaded terms</h2>\n",
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&terms_note(t)));
    if t.groups.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{NO_TERMS}</p>");
    } else {
        html_terms(&mut out, report, t);
    }
    out.push_str("<h3 id=\"rd-distinctive\">Most distinctive words</h3>\n");
    let _ =
        writeln!(out, "<p class=\"note\">{}</p>", esc(&distinctive_note(report.readouts.len())));
    html_distinctive(&mut out, report, t);
    out.push_str("</section>\n");
    out
}

/// The class that colours a readout's column: `l`/`r` with two readouts, as the pairs do.
fn side(report: &Report, readout: usize) -> &'static str {
    match (report.readouts.len(), readout) {
        (2, 0) => " l",
        (2, _) => " r",
        _ => "",
    }
}

fn html_heads(out: &mut String, report: &Report) {
    for (i, rd) in report.readouts.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"rd{}\"><span class=\"prefix\">{}</span>{}</th>",
            side(report, i),
            esc(&rd.prefix),
            esc(&rd.source)
        );
    }
}

fn html_terms(out: &mut String, report: &Report, t: &LoadedTerms) {
    out.push_str(
        "<div class=\"scroll\"><table class=\"terms\"><thead><tr><th scope=\"col\">Group</th>\
         <th scope=\"col\">Term</th>",
    );
    html_heads(out, report);
    out.push_str("</tr></thead><tbody>\n");
    for g in &t.groups {
        for (k, row) in g.terms.iter().enumerate() {
            let (class, group) =
                if k == 0 { (" class=\"first\"", esc(&g.name)) } else { ("", String::new()) };
            let _ = write!(
                out,
                "<tr{class}><td class=\"group\">{group}</td><th scope=\"row\" class=\"term\">{}</th>",
                esc(&row.term)
            );
            for c in &row.counts {
                html_count(out, report, c);
            }
            out.push_str("</tr>\n");
        }
    }
    out.push_str("</tbody></table></div>\n");
}

/// One readout's cell: the count, then its statements, each a link to the statement in the
/// first pair that shows it.
fn html_count(out: &mut String, report: &Report, c: &Count) {
    let _ = write!(out, "<td class=\"uses{}\">", side(report, c.readout));
    if c.count == 0 {
        out.push_str("<span class=\"count zero\">0</span></td>");
        return;
    }
    let _ = write!(out, "<span class=\"count\">{}</span>", c.count);
    let several = report.comparisons.len() > 1;
    let pair = report.comparisons.iter().position(|p| p.left == c.readout || p.right == c.readout);
    for id in &c.statements {
        match pair {
            Some(n) => {
                let a = super::html::anchor(several, n + 1, id);
                let _ = write!(out, " <a class=\"sid\" href=\"#{}\">{}</a>", attr(&a), esc(id));
            }
            None => {
                let _ = write!(out, " <span class=\"sid\">{}</span>", esc(id));
            }
        }
    }
    out.push_str("</td>");
}

fn html_distinctive(out: &mut String, report: &Report, t: &LoadedTerms) {
    out.push_str(
        "<div class=\"scroll\"><table class=\"distinctive\"><thead><tr><th scope=\"col\" \
         class=\"rank\">#</th>",
    );
    html_heads(out, report);
    out.push_str("</tr></thead><tbody>\n");
    for k in 0..rank_rows(t) {
        let _ = write!(out, "<tr><td class=\"rank\">{}</td>", k + 1);
        for d in &t.distinctive {
            let _ = match cell(d, k) {
                Cell::Word(w) => write!(
                    out,
                    "<td>{} <span class=\"z\" title=\"z-score; used {} times here, {} in the \
                     others\">{}</span></td>",
                    esc(&w.word),
                    w.count,
                    w.others,
                    z(w)
                ),
                Cell::None => write!(out, "<td class=\"none\">none</td>"),
                Cell::Blank => write!(out, "<td></td>"),
            };
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
}
