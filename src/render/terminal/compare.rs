//! Terminal output: header and legend, the links in the left readout's order with inline word
//! diffs, the only-in lists and a summary; wrapped to the width, coloured when asked. Each side's
//! own words are also bracketed (`[K: …]`) so the output reads the same without colour.

use super::page::{INDENT, LEFT, RIGHT, Style, marked_runs};
use super::wrap::{Paint, labelled, paint, wrap};
use super::{points, terms};
use crate::compare::diff::needs_space;
use crate::model::compare::{Comparison, Link, Relation, Report};
use crate::model::diff::{Op, Piece};
use crate::model::{Readout, Statement};
use crate::render::view::sides;
use crate::render::view::{self, said};
use crate::text::lang::is_spaceless;
use std::collections::HashMap;
use std::fmt::Write;

pub fn compare(report: &Report, style: Style) -> String {
    let mut out = String::new();
    if let Some(ev) = &report.event
        && let Some(title) = &ev.title
    {
        let date = ev.date.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
        out.push_str(&wrap(
            &[(format!("{title}{date}"), Paint::Bold)],
            style.width,
            "",
            "",
            style.color,
        ));
        out.push('\n');
    }
    let points = view::points::shown(report);
    if points {
        out.push_str(&points::table(report, style));
    }
    for (n, c) in report.comparisons.iter().enumerate() {
        if n > 0 || points {
            out.push('\n');
            out.push_str(&"═".repeat(style.width.min(80)));
            out.push_str("\n\n");
        }
        comparison(&mut out, report, c, style);
    }
    out.push_str(&terms::terminal(report, style));
    out
}

fn comparison(out: &mut String, report: &Report, c: &Comparison, style: Style) {
    let (l, r) = (&report.readouts[c.left], &report.readouts[c.right]);
    let (lmap, rmap) = (report.statements_by_id(c.left), report.statements_by_id(c.right));
    let color = style.color;
    for (rd, col) in [(l, LEFT), (r, RIGHT)] {
        let mut runs = vec![(rd.source.clone(), Paint::BoldFg(col))];
        for extra in [&rd.title, &rd.date].into_iter().flatten() {
            runs.push((format!(" · {extra}"), Paint::Plain));
        }
        runs.push((format!(" ({})", rd.path), Paint::Dim));
        out.push_str(&labelled(
            "",
            (&format!("{:<4}", rd.prefix), Paint::BoldFg(col)),
            &runs,
            style.width,
            color,
        ));
        // Said, not left silently empty: no speakers were read in this readout's language.
        if let Some(note) = said::undetected(rd) {
            out.push_str(&wrap(&[(note, Paint::Dim)], style.width, INDENT, INDENT, color));
        }
    }
    let legend = vec![
        ("Legend:".to_string(), Paint::Bold),
        (format!(" [{}: …]", l.prefix), Paint::Fg(LEFT)),
        (format!(" only in {},", l.source), Paint::Plain),
        (format!(" [{}: …]", r.prefix), Paint::Fg(RIGHT)),
        (format!(" only in {},", r.source), Paint::Plain),
        (" plain words in both.".to_string(), Paint::Plain),
    ];
    out.push_str(&wrap(&legend, style.width, "", INDENT, color));

    heading(out, &format!("Links, in {}'s order ({})", l.source, c.links.len()), style);
    if c.links.is_empty() {
        out.push_str("    none: no statement of one readout reports a point of the other\n");
    }
    for link in &c.links {
        link_block(out, link, l, r, [&lmap, &rmap], style);
    }
    for (rd, ids, map, col) in [(l, &c.only_left, &lmap, LEFT), (r, &c.only_right, &rmap, RIGHT)] {
        heading(out, &format!("Only in {} ({})", rd.source, ids.len()), style);
        if ids.is_empty() {
            out.push_str("    none\n");
        }
        for id in ids {
            let st = map[id.as_str()];
            let runs = [(st.text.clone(), Paint::Plain)];
            out.push_str(&labelled(
                "",
                (&format!("{:<6}", st.id), Paint::BoldFg(col)),
                &runs,
                style.width,
                color,
            ));
            // A quiet line under it: the near miss, to judge rather than trust the omission.
            if let Some(near) = c.closest.get(id) {
                let text = format!("closest: {} {:.2}", near.id, near.score);
                out.push_str(&wrap(&[(text, Paint::Dim)], style.width, "      ", "      ", color));
            }
        }
    }
    who_said_what(out, c, l, r, style);
    summary(out, l, r, c, style);
}

fn heading(out: &mut String, title: &str, style: Style) {
    out.push('\n');
    out.push_str(&paint(title, Paint::Bold, style.color));
    out.push('\n');
}

fn ids(list: &[String]) -> String {
    list.join("+")
}

fn link_block(
    out: &mut String,
    link: &Link,
    l: &Readout,
    r: &Readout,
    maps: [&HashMap<&str, &Statement>; 2],
    style: Style,
) {
    let lmap = maps[0];
    let color = style.color;
    let mut head = format!(
        "{} ⟷ {}",
        paint(&ids(&link.left), Paint::BoldFg(LEFT), color),
        paint(&ids(&link.right), Paint::BoldFg(RIGHT), color)
    );
    let _ = write!(head, "  {} {:.2} {}", link.relation.name(), link.score, link.strength.name());
    if link.moved {
        let _ = write!(head, "  {}", paint("↕ moved", Paint::Bold, color));
    }
    out.push('\n');
    out.push_str(&head);
    out.push('\n');
    speakers_line(out, link, [l, r], maps, style);
    match link.relation {
        Relation::Identical => {
            let text = texts(&link.left, lmap);
            out.push_str(&wrap(&[(text, Paint::Plain)], style.width, INDENT, INDENT, color));
        }
        Relation::Reworded => {
            out.push_str(&wrap(&inline_runs(&link.diff, l, r), style.width, INDENT, INDENT, color));
        }
        // Little wording in common: one line per side reads better than interleaved brackets.
        Relation::Related => {
            for (k, (rd, side, col)) in
                [(l, Op::Left, LEFT), (r, Op::Right, RIGHT)].into_iter().enumerate()
            {
                let runs = side_runs(link, rd, side, maps[k]);
                let label = format!("{:<4}", rd.prefix);
                out.push_str(&labelled(
                    INDENT,
                    (&label, Paint::BoldFg(col)),
                    &runs,
                    style.width,
                    color,
                ));
            }
        }
    }
}

/// Who each side says made the point; flagged when the two readouts disagree.
fn speakers_line(
    out: &mut String,
    link: &Link,
    rds: [&Readout; 2],
    maps: [&HashMap<&str, &Statement>; 2],
    style: Style,
) {
    let left = said::link_side(link, Op::Left, maps[0]);
    let right = said::link_side(link, Op::Right, maps[1]);
    let (flag, p) = if link.speakers_differ {
        ("≠ speakers differ: ", Paint::Bold)
    } else if left == "unattributed" {
        return;
    } else {
        ("said by: ", Paint::Dim)
    };
    let text = format!("{flag}{} {left} · {} {right}", rds[0].prefix, rds[1].prefix);
    out.push_str(&wrap(&[(text, p)], style.width, INDENT, INDENT, style.color));
}

/// Per speaker, the statements each readout gives them and what the other does with those.
fn who_said_what(out: &mut String, c: &Comparison, l: &Readout, r: &Readout, style: Style) {
    if c.speakers.is_empty() {
        return;
    }
    heading(out, "Who said what", style);
    for s in &c.speakers {
        out.push_str(&wrap(
            &[(s.speaker.clone(), Paint::Bold)],
            style.width,
            INDENT,
            INDENT,
            style.color,
        ));
        for (side, rd, other) in [(&s.sides[0], l, r), (&s.sides[1], r, l)] {
            let ids = if side.statements.is_empty() {
                "none".to_string()
            } else {
                side.statements.join(", ")
            };
            let mut text = format!("{}: {ids}", rd.source);
            let elsewhere = said::elsewhere(side, &other.source);
            if !elsewhere.is_empty() {
                text.push_str(&format!(" — {elsewhere}"));
            }
            let indent = format!("{INDENT}{INDENT}");
            out.push_str(&wrap(
                &[(text, Paint::Plain)],
                style.width,
                &indent,
                &format!("{indent}  "),
                style.color,
            ));
        }
    }
}

fn texts(idl: &[String], map: &HashMap<&str, &Statement>) -> String {
    idl.iter().map(|id| map[id.as_str()].text.as_str()).collect::<Vec<_>>().join(" ")
}

/// Runs for one side of a link, from its statements' own text as written: shared words plain,
/// the side's own words marked.
fn side_runs(
    link: &Link,
    rd: &Readout,
    side: Op,
    map: &HashMap<&str, &Statement>,
) -> Vec<(String, Paint)> {
    let col = if side == Op::Left { LEFT } else { RIGHT };
    marked_runs(&sides::link_side(link, side, map), &rd.prefix, col)
}

/// Runs for an inline diff: both sides' own words, each marked, between the shared words.
/// A difference of punctuation alone is shown unmarked, as the left readout has it.
fn inline_runs(pieces: &[Piece], l: &Readout, r: &Readout) -> Vec<(String, Paint)> {
    let mut shown = Vec::new();
    for (k, p) in pieces.iter().enumerate() {
        let after_left_punct =
            k > 0 && pieces[k - 1].op == Op::Left && pieces[k - 1].is_punctuation();
        shown.push(match p.op {
            Op::Equal => (p.text.clone(), Paint::Plain),
            _ if p.is_punctuation() => {
                if p.op == Op::Right && after_left_punct {
                    continue;
                }
                (p.text.clone(), Paint::Plain)
            }
            Op::Left => (format!("[{}: {}]", l.prefix, p.text), Paint::Fg(LEFT)),
            Op::Right => (format!("[{}: {}]", r.prefix, p.text), Paint::Fg(RIGHT)),
        });
    }
    runs(shown.into_iter())
}

/// Joins displayed pieces into wrap runs, with a space between them where the text has one.
fn runs(pieces: impl Iterator<Item = (String, Paint)>) -> Vec<(String, Paint)> {
    let mut out: Vec<(String, Paint)> = Vec::new();
    let mut prev = String::new();
    let mut prev_inner = String::new();
    for (text, paint) in pieces {
        let marked = text.starts_with('[') && paint != Paint::Plain;
        // The words inside a mark (`[K: 双方认为]`): Chinese on both sides of a gap runs on, the
        // brackets alone setting a change apart.
        let inner = match text.split_once(": ") {
            Some((_, rest)) if marked => rest.strip_suffix(']').unwrap_or(rest).to_string(),
            _ => text.clone(),
        };
        let spaceless = prev_inner.ends_with(is_spaceless) && inner.starts_with(is_spaceless);
        let gap = if !spaceless && (marked || needs_space(&prev, &text)) { " " } else { "" };
        prev = text.clone();
        prev_inner = inner;
        out.push((format!("{gap}{text}"), paint));
    }
    out
}

fn summary(out: &mut String, l: &Readout, r: &Readout, c: &Comparison, style: Style) {
    let s = &c.stats;
    heading(out, "Summary", style);
    let rows = [
        (
            "Statements",
            format!("{} {}, {} {}", l.source, s.left_statements, r.source, s.right_statements),
        ),
        (
            "Links",
            format!(
                "{}: {} identical, {} reworded, {} related; {} moved",
                s.links, s.identical, s.reworded, s.related, s.moved
            ),
        ),
        (
            "Only in",
            format!("{} {}, {} {}", l.source, c.only_left.len(), r.source, c.only_right.len()),
        ),
        (
            "Shared words",
            format!(
                "{:.0}% of {}'s words are also in {}; {:.0}% of {}'s are also in {}",
                s.left_share() * 100.0,
                l.source,
                r.source,
                s.right_share() * 100.0,
                r.source,
                l.source
            ),
        ),
    ];
    for (k, v) in rows {
        let first = format!("{INDENT}{k:<14}");
        let hang = " ".repeat(first.chars().count());
        out.push_str(&wrap(&[(v, Paint::Plain)], style.width, &first, &hang, style.color));
    }
}
