//! Terminal output of `check`: the sources, then one block per claim (verdict badge, the claim,
//! the evidence with its statement id and an inline word diff, the differences), and a summary
//! that counts each verdict. Diff brackets (`[claim: …]`, `[K: …]`) keep it readable without
//! colour.

use super::page::Style;
use super::wrap::{Paint, paint, wrap};
use crate::compare::diff::needs_space;
use crate::model::check::{ClaimResult, Report, Verdict};
use crate::model::diff::Op;
use crate::render::plural;
use crate::render::view::check::phrase;
use colored::Color;

const CLAIM: Color = Color::Blue;
const SOURCE: Color = Color::Yellow;
const INDENT: &str = "    ";
const LABEL: usize = 10;

fn colour(v: Verdict) -> Color {
    match v {
        Verdict::Verbatim => Color::Green,
        Verdict::Close => Color::Cyan,
        Verdict::Altered => Color::Red,
        Verdict::Misattributed => Color::Magenta,
        Verdict::Absent => Color::Yellow,
    }
}

pub fn render(report: &Report, style: Style, strict: bool) -> String {
    let color = style.color;
    let mut out = String::new();
    let n = report.claims.len();
    out.push_str(&wrap(
        &[
            (format!("Checking {n} claim{}", plural(n)), Paint::Bold),
            (format!(" from {}", report.claims_path), Paint::Plain),
        ],
        style.width,
        "",
        INDENT,
        color,
    ));
    for (i, s) in report.sources.iter().enumerate() {
        let prefix = report.prefixes.get(i).cloned().unwrap_or_default();
        let first = if i == 0 { "against   " } else { "          " };
        out.push_str(&wrap(
            &[
                (format!("{prefix:<4}"), Paint::BoldFg(SOURCE)),
                (format!(" {}", s.source), Paint::Bold),
                (format!(" ({})", s.path), Paint::Dim),
            ],
            style.width,
            first,
            "              ",
            color,
        ));
    }
    for c in &report.claims {
        out.push('\n');
        claim_block(&mut out, report, c, style);
    }
    summary(&mut out, report, style, strict);
    out
}

fn row(out: &mut String, label: &str, runs: &[(String, Paint)], style: Style) {
    let first = format!("{INDENT}{label:<LABEL$}");
    let hang = " ".repeat(first.chars().count());
    out.push_str(&wrap(runs, style.width, &first, &hang, style.color));
}

fn claim_block(out: &mut String, report: &Report, c: &ClaimResult, style: Style) {
    let color = style.color;
    let mut head = paint(
        &format!("{:<14}", c.verdict.name().to_uppercase()),
        Paint::BoldFg(colour(c.verdict)),
        color,
    );
    head.push_str(&paint(&c.id, Paint::Bold, color));
    if let Some(line) = c.line {
        head.push_str(&paint(&format!(" (line {line})"), Paint::Dim, color));
    }
    match (&c.attributed_to, c.attributed_sources.as_slice()) {
        (Some(a), [s]) if !a.eq_ignore_ascii_case(s) => {
            head.push_str(&paint(&format!(" · attributed to {a} = {s}"), Paint::Plain, color));
        }
        (Some(a), _) => {
            head.push_str(&paint(&format!(" · attributed to {a}"), Paint::Plain, color))
        }
        (None, _) => head.push_str(" · no attribution"),
    }
    out.push_str(head.trim_end());
    out.push('\n');
    row(out, "claim", &[(c.text.clone(), Paint::Plain)], style);
    let Some(ev) = &c.evidence else {
        row(
            out,
            "evidence",
            &[("none: no readout says anything like it".to_string(), Paint::Dim)],
            style,
        );
        note(out, c, style);
        return;
    };
    let prefix = report
        .sources
        .iter()
        .position(|s| s.source == ev.source)
        .and_then(|i| report.prefixes.get(i))
        .cloned()
        .unwrap_or_else(|| ev.source.clone());
    row(
        out,
        "evidence",
        &[
            (ev.statements.join("+"), Paint::BoldFg(SOURCE)),
            (format!(" {}", ev.source), Paint::Bold),
            (format!(" · score {:.2}", ev.score), Paint::Dim),
        ],
        style,
    );
    if ev.diff.iter().all(|p| p.op == Op::Equal) {
        row(out, "", &[(ev.quote.clone(), Paint::Plain)], style);
    } else {
        row(out, "diff", &diff_runs(&ev.diff, &prefix), style);
    }
    for (k, d) in ev.differences.iter().enumerate() {
        row(
            out,
            if k == 0 { "differs" } else { "" },
            &[(format!("- {}", phrase(d)), Paint::Plain)],
            style,
        );
    }
    note(out, c, style);
}

fn note(out: &mut String, c: &ClaimResult, style: Style) {
    if let Some(n) = &c.note {
        row(out, "note", &[(n.clone(), Paint::Dim)], style);
    }
}

/// The claim's and the readout's words side by side: shared words plain, each side's own in
/// brackets and its colour.
fn diff_runs(pieces: &[crate::model::diff::Piece], prefix: &str) -> Vec<(String, Paint)> {
    let mut runs = Vec::new();
    let mut prev = String::new();
    for p in pieces {
        let (text, paint) = match p.op {
            Op::Equal => (p.text.clone(), Paint::Plain),
            Op::Left => (format!("[claim: {}]", p.text), Paint::Fg(CLAIM)),
            Op::Right => (format!("[{prefix}: {}]", p.text), Paint::Fg(SOURCE)),
        };
        let gap = if p.op != Op::Equal || needs_space(&prev, &p.text) { " " } else { "" };
        runs.push((format!("{gap}{text}"), paint));
        prev = p.text.clone();
    }
    runs
}

fn summary(out: &mut String, report: &Report, style: Style, strict: bool) {
    out.push('\n');
    out.push_str(&paint("Summary", Paint::Bold, style.color));
    out.push('\n');
    let n = report.claims.len();
    let mut runs = vec![(format!("{n} claim{}:", plural(n)), Paint::Plain)];
    for (k, v) in Verdict::ALL.iter().enumerate() {
        let sep = if k + 1 < Verdict::ALL.len() { "," } else { "" };
        runs.push((format!(" {}", report.stats.get(*v)), Paint::Bold));
        runs.push((format!(" {}{sep}", v.name()), Paint::Fg(colour(*v))));
    }
    row(out, "verdicts", &runs, style);
    let failing = report.claims.iter().filter(|c| !c.verdict.passes(strict)).count();
    let what = if strict { "not verbatim (--strict)" } else { "not borne out by the readouts" };
    let result = if failing == 0 {
        format!("every claim is {}", if strict { "verbatim" } else { "verbatim or close" })
    } else {
        format!("{failing} claim{} {what}", plural(failing))
    };
    row(out, "result", &[(result, Paint::Plain)], style);
}
