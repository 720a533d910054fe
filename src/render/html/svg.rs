//! The alignment map of an HTML report: an inline SVG with each readout as a column of statement
//! boxes in its own order and one line per link, coloured by relation, so crossing lines show
//! reordering and filled boxes (statements only one side has) stand out. Boxes link to the
//! statements below.

use super::escape::{attr, html};
use crate::model::Readout;
use crate::model::compare::{Comparison, Link};
use std::collections::HashMap;
use std::fmt::Write;

const WIDTH: f64 = 440.0;
const BOX_W: f64 = 104.0;
const BOX_H: f64 = 20.0;
const PITCH: f64 = 26.0;
/// Extra space where a paragraph ends, so the columns show each readout's structure.
const PARA_GAP: f64 = 10.0;
const PAD: f64 = 2.0;
/// How far from a column the statements of a split or merged side meet.
const JOIN: f64 = 16.0;
/// Longest id drawn in full in a box.
const MAX_ID_CHARS: usize = 14;

/// Where each statement's box sits: id → vertical centre, in the readout's order.
fn centres(rd: &Readout) -> (HashMap<&str, f64>, f64) {
    let mut y = PAD;
    let mut para = None;
    let mut out = HashMap::new();
    for st in &rd.statements {
        if para.is_some_and(|p| p != st.paragraph) {
            y += PARA_GAP;
        }
        para = Some(st.paragraph);
        out.insert(st.id.as_str(), y + BOX_H / 2.0);
        y += PITCH;
    }
    (out, y)
}

/// The map as an `<svg>` element. `anchor` turns a statement id into the id of its element in
/// the page.
pub fn map(l: &Readout, r: &Readout, c: &Comparison, anchor: &dyn Fn(&str) -> String) -> String {
    let (ly, lh) = centres(l);
    let (ry, rh) = centres(r);
    let height = lh.max(rh) + PAD;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="map" viewBox="0 0 {WIDTH} {height}" role="group" aria-label="{}">"#,
        attr(&format!(
            "Alignment map: {} statements of {} on the left, {} of {} on the right, {} links",
            l.statements.len(),
            l.source,
            r.statements.len(),
            r.source,
            c.links.len()
        ))
    );
    for link in &c.links {
        link_path(&mut out, link, &ly, &ry);
    }
    let partners = partners(c);
    for (rd, ys, side) in [(l, &ly, "l"), (r, &ry, "r")] {
        for st in &rd.statements {
            let y = ys[st.id.as_str()] - BOX_H / 2.0;
            let x = if side == "l" { PAD } else { WIDTH - PAD - BOX_W };
            let tip = match partners.get(st.id.as_str()) {
                Some(p) => format!("{}: linked to {}", st.id, p.join(", ")),
                None => format!("{}: only in {}", st.id, rd.source),
            };
            let only = if partners.contains_key(st.id.as_str()) { "" } else { " only" };
            let _ = write!(
                out,
                "<a class=\"box {side}{only}\" href=\"#{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"4\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\">{}</text></a>",
                attr(&anchor(&st.id)),
                html(&tip),
                x + BOX_W / 2.0,
                y + BOX_H / 2.0,
                html(&short(&st.id)),
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// Each linked statement's partners on the other side, with the relation.
fn partners(c: &Comparison) -> HashMap<&str, Vec<String>> {
    let mut out: HashMap<&str, Vec<String>> = HashMap::new();
    for link in &c.links {
        for (mine, theirs) in [(&link.left, &link.right), (&link.right, &link.left)] {
            for id in mine {
                out.entry(id.as_str()).or_default().push(format!(
                    "{} ({})",
                    theirs.join("+"),
                    link.relation.name()
                ));
            }
        }
    }
    out
}

/// One link: a curve between the two sides, from where the statements of a split side meet.
fn link_path(out: &mut String, link: &Link, ly: &HashMap<&str, f64>, ry: &HashMap<&str, f64>) {
    let lys: Vec<f64> = link.left.iter().filter_map(|id| ly.get(id.as_str()).copied()).collect();
    let rys: Vec<f64> = link.right.iter().filter_map(|id| ry.get(id.as_str()).copied()).collect();
    if lys.is_empty() || rys.is_empty() {
        return;
    }
    let class = link.relation.name();
    let (x0, x1) = (PAD + BOX_W, WIDTH - PAD - BOX_W);
    let (mut a, mut b) = (x0, x1);
    if lys.len() > 1 {
        a += JOIN;
        stubs(out, class, x0, a, &lys);
    }
    if rys.len() > 1 {
        b -= JOIN;
        stubs(out, class, x1, b, &rys);
    }
    let (ya, yb) = (mean(&lys), mean(&rys));
    let mid = (a + b) / 2.0;
    let moved = if link.moved { " (moved)" } else { "" };
    let _ = write!(
        out,
        "<path class=\"link {class}\" d=\"M{a} {ya:.1} C{mid} {ya:.1} {mid} {yb:.1} {b} {yb:.1}\"><title>{}</title></path>",
        html(&format!(
            "{} ⟷ {}: {} {:.2}{moved}",
            link.left.join("+"),
            link.right.join("+"),
            class,
            link.score
        ))
    );
}

/// Short lines from each statement of a split side to the point where they meet.
fn stubs(out: &mut String, class: &str, edge: f64, join: f64, ys: &[f64]) {
    let y = mean(ys);
    for &s in ys {
        let _ = write!(out, "<path class=\"stub {class}\" d=\"M{edge} {s:.1} L{join} {y:.1}\"/>");
    }
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

fn short(id: &str) -> String {
    if id.chars().count() <= MAX_ID_CHARS {
        id.to_string()
    } else {
        let mut s: String = id.chars().take(MAX_ID_CHARS - 1).collect();
        s.push('…');
        s
    }
}
