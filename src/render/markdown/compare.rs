//! Markdown output for GitHub, GitLab and Obsidian: the readouts, then for each pair a summary
//! table, the links side by side in a table with each side's own words marked, and the only-in
//! lists. All readout text goes through `escape`, so nothing in it can break the tables.

use super::page::{cell, code, fetched_notes, speaker_notes, title_cell};
use super::{points, terms};
use crate::io::escape::{markdown_cell, markdown_inline};
use crate::model::compare::{Comparison, Link, Report};
use crate::model::diff::Op;
use crate::model::{Readout, Statement};
use crate::render::stamp::Made;
use crate::render::title;
use crate::render::view::sides::{self};
use crate::render::view::{self, said};
use std::fmt::Write;

/// The whole report as one Markdown document.
pub fn compare(report: &Report, made: &Made) -> String {
    let mut out = String::new();
    header(&mut out, report, made);
    if view::points::shown(report) {
        out.push_str(&points::table(report, "##"));
    }
    let several = report.comparisons.len() > 1;
    for c in &report.comparisons {
        let (l, r) = (&report.readouts[c.left], &report.readouts[c.right]);
        if several {
            let _ = writeln!(
                out,
                "\n## {} and {}",
                markdown_inline(&l.source),
                markdown_inline(&r.source)
            );
        }
        comparison(&mut out, report, c, if several { "###" } else { "##" });
    }
    out.push_str(&terms::markdown(report));
    out
}

fn header(out: &mut String, report: &Report, made: &Made) {
    let _ = writeln!(out, "# {}\n", markdown_inline(&title(report)));
    let date = report
        .event
        .as_ref()
        .and_then(|e| e.date.as_deref())
        .map(|d| format!(" of {}", markdown_inline(d)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "Comparison of {} official readouts{date}. Made by readout {} on {}.\n",
        report.readouts.len(),
        made.version,
        made.at
    );
    out.push_str("| Id | Source | Title | Date |\n|---|---|---|---|\n");
    for rd in &report.readouts {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            code(&rd.prefix),
            markdown_cell(&rd.source),
            title_cell(rd),
            markdown_cell(rd.date.as_deref().unwrap_or(""))
        );
    }
    fetched_notes(out, &report.readouts);
    speaker_notes(out, &report.readouts);
}

fn comparison(out: &mut String, report: &Report, c: &Comparison, h: &str) {
    let (l, r) = (&report.readouts[c.left], &report.readouts[c.right]);
    let (lmap, rmap) = (report.statements_by_id(c.left), report.statements_by_id(c.right));
    summary(out, l, r, c, h);
    let _ = writeln!(
        out,
        "\n{h} Links, in {}’s order ({})\n",
        markdown_inline(&l.source),
        c.links.len()
    );
    if c.links.is_empty() {
        out.push_str("None: no statement of one readout reports a point of the other.\n");
    } else {
        let _ = writeln!(
            out,
            "Legend: **bold** words only {} has, *italic* words only {} has, plain words both \
             have. Moved: out of the order the other links keep. ≠ speakers: the readouts give \
             the point to different speakers.\n",
            markdown_inline(&l.source),
            markdown_inline(&r.source)
        );
        let _ = writeln!(
            out,
            "| {} | Link | {} |\n|---|---|---|",
            markdown_cell(&l.source),
            markdown_cell(&r.source)
        );
        for link in &c.links {
            link_row(out, link, &lmap, &rmap);
        }
    }
    only(out, [l, r], c, [&lmap, &rmap], h);
    who_said_what(out, l, r, c, h);
}

/// Per speaker, the statements each readout gives them and what the other does with those.
fn who_said_what(out: &mut String, l: &Readout, r: &Readout, c: &Comparison, h: &str) {
    if c.speakers.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{h} Who said what\n");
    let _ = writeln!(
        out,
        "| Speaker | {} | {} |\n|---|---|---|",
        markdown_cell(&l.source),
        markdown_cell(&r.source)
    );
    for s in &c.speakers {
        let cells: Vec<String> = [(&s.sides[0], r), (&s.sides[1], l)]
            .iter()
            .map(|(side, other)| {
                let ids = if side.statements.is_empty() {
                    "none".to_string()
                } else {
                    side.statements.iter().map(|id| code(id)).collect::<Vec<_>>().join(", ")
                };
                match said::elsewhere(side, &other.source) {
                    e if e.is_empty() => ids,
                    e => format!("{ids}<br>{}", markdown_cell(&e)),
                }
            })
            .collect();
        let _ = writeln!(out, "| {} | {} | {} |", markdown_cell(&s.speaker), cells[0], cells[1]);
    }
}

/// The only-in lists of both readouts.
fn only(
    out: &mut String,
    rds: [&Readout; 2],
    c: &Comparison,
    maps: [&std::collections::HashMap<&str, &Statement>; 2],
    h: &str,
) {
    let (l, r) = (rds[0], rds[1]);
    let (lmap, rmap) = (maps[0], maps[1]);
    for (rd, ids, map) in [(l, &c.only_left, lmap), (r, &c.only_right, rmap)] {
        let _ = writeln!(out, "\n{h} Only in {} ({})\n", markdown_inline(&rd.source), ids.len());
        let sts = sides::only(ids, map);
        if sts.is_empty() {
            out.push_str("None.\n");
        }
        for st in sts {
            let near = match c.closest.get(&st.id) {
                Some(n) => format!(" *(closest: {} {:.2})*", code(&n.id), n.score),
                None => String::new(),
            };
            let _ = writeln!(out, "- {} {}{near}", code(&st.id), markdown_inline(&st.text));
        }
    }
}

fn summary(out: &mut String, l: &Readout, r: &Readout, c: &Comparison, h: &str) {
    let s = &c.stats;
    let _ = writeln!(out, "\n{h} Summary\n");
    let _ = writeln!(
        out,
        "| | {} | {} |\n|---|--:|--:|",
        markdown_cell(&l.source),
        markdown_cell(&r.source)
    );
    for (k, a, b) in sides::summary_rows(c) {
        let _ = writeln!(out, "| {k} | {a} | {b} |");
    }
    let _ = writeln!(
        out,
        "\n{} links: {} identical, {} reworded, {} related; {} moved.",
        s.links, s.identical, s.reworded, s.related, s.moved
    );
}

fn link_row(
    out: &mut String,
    link: &Link,
    lmap: &std::collections::HashMap<&str, &Statement>,
    rmap: &std::collections::HashMap<&str, &Statement>,
) {
    let said_by = |side: Op, map| match said::link_side(link, side, map) {
        s if s == "unattributed" => String::new(),
        s => format!("<br>— said by {}", markdown_cell(&s)),
    };
    let left = cell(&sides::link_side(link, Op::Left, lmap), "**") + &said_by(Op::Left, lmap);
    let right = cell(&sides::link_side(link, Op::Right, rmap), "*") + &said_by(Op::Right, rmap);
    let mut rel = format!("{} {:.2} {}", link.relation.name(), link.score, link.strength.name());
    if link.moved {
        rel.push_str("<br>↕ moved");
    }
    if link.speakers_differ {
        rel.push_str("<br>≠ speakers");
    }
    let _ = writeln!(out, "| {left} | {rel} | {right} |");
}
