//! The points table in HTML: a row per point, a column per readout, each statement with its id
//! as an anchor and the words the row's first statement lacks marked, and a "—" announced as
//! "not reported" where a readout does not report the point. On a phone each row becomes a card.

use super::escape::{attr, html};
use super::page::lang;
use crate::model::Readout;
use crate::model::compare::Report;
use crate::render::view::points::{Row, coverage, rows, summary};
use crate::render::view::sides::Marked;
use std::fmt::Write;

/// The points section, with its heading, summary line, key and table.
pub fn section(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(
        "<section class=\"points\" id=\"points\" aria-labelledby=\"points-title\">\n\
         <h2 id=\"points-title\">Points across the readouts</h2>\n",
    );
    let _ = writeln!(
        out,
        "<p class=\"points-summary\"><b>{}.</b> Rows follow {}’s order, then the points it \
         lacks in the others’ order.</p>",
        html(&summary(report)),
        html(report.readouts.first().map_or("", |r| &r.source))
    );
    out.push_str(
        "<p class=\"key\"><span><mark class=\"pt\">Marked</mark>: words the row’s first \
         statement does not have</span><span><span class=\"gap-mark\" aria-hidden=\"true\">—</span> \
         not reported</span></p>\n",
    );
    out.push_str("<table class=\"points\"><thead><tr><th scope=\"col\" class=\"pn\">Point</th>");
    for rd in &report.readouts {
        let _ = write!(
            out,
            "<th scope=\"col\"><span class=\"prefix\">{}</span>{}</th>",
            html(&rd.prefix),
            html(&rd.source)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows(report) {
        row_html(&mut out, report, &row);
    }
    out.push_str("</tbody></table>\n</section>\n");
    out
}

fn row_html(out: &mut String, report: &Report, row: &Row) {
    let n = report.readouts.len();
    let class = match row.in_readouts {
        k if k == n => "in-all",
        1 => "in-one",
        _ => "in-some",
    };
    let _ = write!(
        out,
        "<tr class=\"{class}\"><th scope=\"row\" class=\"pn\"><span class=\"num\">Point {}</span> \
         <span class=\"in\">{}</span></th>",
        row.number,
        coverage(row, n)
    );
    for (rd, cell) in report.readouts.iter().zip(&row.cells) {
        match cell {
            Some(marked) => filled(out, rd, marked),
            None => {
                let _ = write!(
                    out,
                    "<td class=\"gap\" data-label=\"{}\"><span class=\"gap-mark\" role=\"img\" \
                     title=\"not reported\" aria-label=\"not reported\">—</span></td>",
                    attr(&rd.source)
                );
            }
        }
    }
    out.push_str("</tr>\n");
}

/// A cell of statements, each led by its id, which is also its anchor (`#KG3`).
fn filled(out: &mut String, rd: &Readout, marked: &[Marked]) {
    let _ = write!(out, "<td data-label=\"{}\"{}>", attr(&rd.source), lang(rd));
    for (st, runs) in marked {
        let _ = write!(
            out,
            "<p class=\"st\" id=\"{a}\"><a class=\"sid\" href=\"#{a}\">{}</a> ",
            html(&st.id),
            a = attr(&anchor(&st.id))
        );
        for run in runs {
            if run.own {
                let _ = write!(out, "<mark class=\"pt\">{}</mark>", html(run.text));
            } else {
                out.push_str(&html(run.text));
            }
        }
        out.push_str("</p>");
    }
    out.push_str("</td>");
}

/// A statement's element id: its own id (unique in a run), whitespace made `_` as ids need.
/// The pairwise sections prefix theirs with the pair (`p2-KG3`), so these never clash.
fn anchor(id: &str) -> String {
    id.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()
}
