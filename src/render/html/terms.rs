//! The "Loaded terms" section in HTML: the watchlist's terms with their uses per readout, and each
//! readout's most distinctive words, as tables. Watchlist names and terms come from a user's file
//! and words from the readouts: all of it is escaped.

use super::escape::{attr, html as esc};
use crate::model::compare::Report;
use crate::model::terms::{Count, LoadedTerms};
use crate::render::view::terms::{
    Cell, NO_TERMS, cell, distinctive_note, rank_rows, terms_note, z,
};
use std::fmt::Write;

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
                let a = super::page::anchor(several, n + 1, id);
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
