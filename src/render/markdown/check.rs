//! Markdown output of `check` for GitHub, GitLab and Obsidian: the claims file and readouts, a
//! summary table of the verdicts, a table of the claims, then a section per claim with the claim
//! (its own words ~~struck through~~), the readout's matching words (its own in **bold**), the
//! statement they are in, and the differences. All input text goes through `escape`.

use super::page::{code, title_cell};
use crate::io::escape::{markdown_cell, markdown_inline};
use crate::model::check::{ClaimResult, Report, Verdict};
use crate::model::diff::Op;
use crate::model::{Loaded, Readout, Statement};
use crate::render::stamp::Made;
use crate::render::view::check::{self as check_view, InContext, Part, phrase, symbol};
use crate::render::view::sides::Run;
use crate::render::{list, plural};
use std::collections::HashMap;
use std::fmt::Write;

/// The whole check as one Markdown document; `strict` is what the exit code follows.
pub fn render(report: &Report, loaded: &Loaded, strict: bool, made: &Made) -> String {
    let mut out = String::with_capacity(16 * 1024);
    header(&mut out, report, loaded, made);
    summary(&mut out, report, strict);
    index(&mut out, report);
    let by_id = check_view::statements(&loaded.readouts);
    out.push_str(
        "\nLegend: ~~struck through~~ words only the claim has, **bold** words only the readout \
         has, plain words both have. *In context* is the whole statement the matching words are \
         in.\n",
    );
    for c in &report.claims {
        claim_section(&mut out, c, &by_id);
    }
    out
}

fn header(out: &mut String, report: &Report, loaded: &Loaded, made: &Made) {
    let title = match loaded.event.as_ref().and_then(|e| e.title.as_deref()) {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => format!("Claims in {}", report.claims_path),
    };
    let _ = writeln!(out, "# {}\n", markdown_inline(&title));
    let n = report.claims.len();
    let _ = writeln!(
        out,
        "Quotes checked against official readouts: {n} claim{} from {}, checked against {} \
         readout{}. Made by readout {} on {}.\n",
        plural(n),
        code(&report.claims_path),
        loaded.readouts.len(),
        plural(loaded.readouts.len()),
        made.version,
        made.at
    );
    out.push_str("| Id | Source | Title | Date | File |\n|---|---|---|---|---|\n");
    for rd in &loaded.readouts {
        readout_row(out, rd);
    }
}

/// A readout's row: its title links to its URL only when that is http or https.
fn readout_row(out: &mut String, rd: &Readout) {
    let title = title_cell(rd);
    let _ = writeln!(
        out,
        "| {} | {} | {title} | {} | {} |",
        code(&rd.prefix),
        markdown_cell(&rd.source),
        markdown_cell(rd.date.as_deref().unwrap_or("")),
        markdown_cell(&rd.path)
    );
}

fn summary(out: &mut String, report: &Report, strict: bool) {
    out.push_str("\n## Summary\n\n| Verdict | Claims | Meaning |\n|---|--:|---|\n");
    for v in Verdict::ALL {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            badge(v),
            report.stats.get(v),
            check_view::meaning(v)
        );
    }
    let _ = writeln!(out, "| Total | {} | |", report.claims.len());
    let _ = writeln!(out, "\n**{}**", check_view::result_line(report, strict));
}

fn badge(v: Verdict) -> String {
    format!("{} {}", symbol(v), v.name())
}

/// The table of claims: id (linking to its section), verdict, text, attribution, evidence.
fn index(out: &mut String, report: &Report) {
    out.push_str(
        "\n## Claims\n\n| Claim | Verdict | Text | Attributed to | Evidence |\n\
         |---|---|---|---|---|\n",
    );
    for c in &report.claims {
        let id = match anchor(&c.id) {
            Some(a) => format!("[{}](#{a})", markdown_inline(&c.id)),
            None => markdown_cell(&c.id),
        };
        let evidence = c
            .evidence
            .as_ref()
            .map(|e| format!("{} {}", code(&e.statements.join("+")), markdown_cell(&e.source)))
            .unwrap_or_else(|| " ".to_string());
        let _ = writeln!(
            out,
            "| {id} | {} | {} | {} | {evidence} |",
            badge(c.verdict),
            markdown_cell(&c.text),
            markdown_cell(c.attributed_to.as_deref().unwrap_or(""))
        );
    }
}

/// The anchor GitHub, GitLab and Obsidian give a heading that is just this id, when the id is
/// plain enough (letters, digits, `-`, `_`) for all three to agree on it.
fn anchor(id: &str) -> Option<String> {
    let plain = !id.is_empty() && id.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    plain.then(|| id.to_lowercase())
}

fn claim_section(out: &mut String, c: &ClaimResult, by_id: &HashMap<&str, (&Readout, &Statement)>) {
    let _ = writeln!(out, "\n### {}\n", markdown_inline(&c.id));
    let mut line = vec![format!("**{}**", badge(c.verdict))];
    if let Some(l) = c.line {
        line.push(format!("line {l}"));
    }
    line.push(match (&c.attributed_to, c.attributed_sources.as_slice()) {
        (Some(a), [s]) if !a.eq_ignore_ascii_case(s) => {
            format!("attributed to {} ({})", markdown_inline(a), markdown_inline(s))
        }
        (Some(a), _) => format!("attributed to {}", markdown_inline(a)),
        (None, _) => "no attribution".to_string(),
    });
    let _ = writeln!(out, "{}\n", line.join(" · "));
    claim_item(out, c);
    match &c.evidence {
        Some(ev) => {
            let found = check_view::in_context(ev, by_id);
            let _ = writeln!(
                out,
                "- **Evidence:** {} {}, score {:.2}: {}",
                code(&ev.statements.join("+")),
                markdown_inline(&ev.source),
                ev.score,
                quoted(&found)
            );
            for st in found.iter().filter(|st| has_context(st)) {
                let _ = writeln!(
                    out,
                    "- *In context:* {} {}",
                    code(&st.statement.id),
                    markdown_inline(&st.statement.text)
                );
            }
            bullets(out, "Differences", &ev.differences.iter().map(phrase).collect::<Vec<_>>());
        }
        None => out.push_str("- **Evidence:** none: no readout says anything like it.\n"),
    }
    let shown = c.evidence.as_ref().map(|e| e.source.as_str());
    let rest: Vec<&str> =
        c.found_in.iter().map(String::as_str).filter(|s| Some(*s) != shown).collect();
    if !rest.is_empty() {
        let what = if c.verdict == Verdict::Altered { "Also altered from" } else { "Also in" };
        let _ = writeln!(out, "- **{what}:** {}", markdown_inline(&list(&rest)));
    }
    if let Some(n) = &c.note {
        let _ = writeln!(out, "- **Note:** {}", markdown_inline(n));
    }
}

/// Whether a statement says more than the words quoted from it (punctuation aside).
fn has_context(st: &InContext) -> bool {
    st.parts.iter().any(|(p, t)| *p == Part::Context && crate::text::word_count(t) > 0)
}

/// The claim with its own words struck through; when marks cannot be placed in its text, the
/// claim plain and the word diff on a line of its own.
fn claim_item(out: &mut String, c: &ClaimResult) {
    match check_view::claim_runs(c) {
        Some(runs) => {
            let segs: Vec<(bool, &str)> = runs.iter().map(|r: &Run| (r.own, r.text)).collect();
            let _ = writeln!(out, "- **Claim:** {}", marked(&segs, "~~"));
        }
        None => {
            let _ = writeln!(out, "- **Claim:** {}", markdown_inline(&c.text));
            let pieces = c.evidence.as_ref().map(|e| check_view::inline_diff(&e.diff));
            let mut diff = String::new();
            for (op, t) in pieces.unwrap_or_default() {
                let escaped = markdown_inline(&t);
                match op {
                    Op::Equal if t.trim().is_empty() => diff.push(' '),
                    Op::Equal => diff.push_str(&escaped),
                    Op::Left => {
                        let _ = write!(diff, "~~{escaped}~~");
                    }
                    Op::Right => {
                        let _ = write!(diff, "**{escaped}**");
                    }
                }
            }
            let _ = writeln!(out, "- **Diff:** {}", diff.trim());
        }
    }
}

/// The readout's words the claim matches, its own in bold. Quoted stretches follow each other
/// with the punctuation between them (a quote can run on into the next statement); where words
/// the claim leaves out lie between two stretches, an elision (`…`) stands for them.
fn quoted(found: &[InContext]) -> String {
    let mut segs: Vec<(bool, String)> = Vec::new();
    let mut gap = String::new();
    let mut elided = false;
    for (k, st) in found.iter().enumerate() {
        if k > 0 {
            gap.push(' ');
        }
        for (part, text) in &st.parts {
            if *part == Part::Context {
                if crate::text::word_count(text) > 0 {
                    elided = true;
                } else {
                    gap.push_str(text);
                }
                continue;
            }
            if !segs.is_empty() {
                let between = if elided { " … ".to_string() } else { gap.clone() };
                segs.push((false, between));
            }
            gap.clear();
            elided = false;
            segs.push((*part == Part::Own, text.to_string()));
        }
    }
    marked(&segs, "**")
}

/// Text runs as escaped Markdown, the `own` ones wrapped in `mark` (`~~` or `**`). Own runs start
/// and end on a letter or digit (see `sides::runs`), which lets the marks open and close next to
/// any punctuation; escaping trims outer spaces, so the ones between runs are put back.
fn marked<S: AsRef<str>>(segs: &[(bool, S)], mark: &str) -> String {
    let mut out = String::new();
    for (i, (own, text)) in segs.iter().enumerate() {
        let text = text.as_ref();
        let escaped = markdown_inline(text);
        if i > 0 && text.starts_with(char::is_whitespace) {
            out.push(' ');
        }
        if *own {
            let _ = write!(out, "{mark}{escaped}{mark}");
        } else {
            out.push_str(&escaped);
        }
        if i + 1 < segs.len() && text.ends_with(char::is_whitespace) && !escaped.is_empty() {
            out.push(' ');
        }
    }
    out
}

fn bullets(out: &mut String, label: &str, items: &[String]) {
    match items {
        [] => {}
        [one] => {
            let _ = writeln!(out, "- **{label}:** {}", markdown_inline(one));
        }
        many => {
            let _ = writeln!(out, "- **{label}:**");
            for d in many {
                let _ = writeln!(out, "  - {}", markdown_inline(d));
            }
        }
    }
}
