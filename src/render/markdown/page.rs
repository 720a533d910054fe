//! The pieces every Markdown document of readout shares: table cells of marked statements, a
//! readout's title cell, ids as code, what fetch recorded.

use crate::io::escape::{markdown_cell, markdown_inline, markdown_link};
use crate::model::Readout;
use crate::render::view::sides::{self, Run};
use std::fmt::Write;

/// A readout's title as a table cell, linked to its URL only when that is http or https.
pub(crate) fn title_cell(rd: &Readout) -> String {
    match (&rd.title, &rd.url) {
        (t, Some(u)) => markdown_link(t.as_deref().unwrap_or(""), u),
        (Some(t), None) => markdown_cell(t),
        (None, None) => " ".to_string(),
    }
}

/// Below the readouts' table, what `readout fetch` recorded of each page that has it (when,
/// and the SHA-256 of the bytes), so a published report says exactly which page was compared.
pub(crate) fn fetched_notes(out: &mut String, readouts: &[Readout]) {
    let mut any = false;
    for rd in readouts {
        if rd.fetched.is_none() && rd.sha256.is_none() {
            continue;
        }
        if !any {
            out.push('\n');
            any = true;
        }
        let mut parts = Vec::new();
        if let Some(f) = &rd.fetched {
            parts.push(format!("fetched {}", markdown_inline(f)));
        }
        if let Some(h) = &rd.sha256 {
            parts.push(format!("SHA-256 {}", code(h)));
        }
        let _ = writeln!(out, "- {}: {}", code(&rd.prefix), parts.join(", "));
    }
}

/// Under the readouts table of a comparison: the readouts whose speakers were not read (their
/// language), as the terminal and JSON say it, so an empty who-said-what is not read as "nobody
/// spoke".
pub(crate) fn speaker_notes(out: &mut String, readouts: &[Readout]) {
    let notes: Vec<(&Readout, String)> = readouts
        .iter()
        .filter_map(|rd| crate::render::view::said::undetected(rd).map(|n| (rd, n)))
        .collect();
    if notes.is_empty() {
        return;
    }
    out.push('\n');
    for (rd, note) in notes {
        let _ = writeln!(out, "- {}: {}", code(&rd.prefix), markdown_inline(&note));
    }
}

/// A table cell of statements, each led by its id, own words wrapped in `mark` (`**` or `*`).
pub(crate) fn cell(marked: &[sides::Marked], mark: &str) -> String {
    let parts: Vec<String> = marked
        .iter()
        .map(|(st, runs)| format!("{} {}", code(&st.id), marked_text(runs, mark)))
        .collect();
    if parts.is_empty() { " ".to_string() } else { parts.join("<br>") }
}

/// Runs as escaped Markdown. Own runs start and end on a letter or digit (see `sides::runs`),
/// which is what lets `**`/`*` open and close next to any punctuation.
pub(crate) fn marked_text(runs: &[Run], mark: &str) -> String {
    let mut out = String::new();
    for (i, run) in runs.iter().enumerate() {
        // Escaping trims outer spaces; put back the ones that separate runs.
        let text = markdown_inline(run.text);
        if i > 0 && run.text.starts_with(char::is_whitespace) {
            out.push(' ');
        }
        if run.own {
            let _ = write!(out, "{mark}{text}{mark}");
        } else {
            out.push_str(&text);
        }
        if i + 1 < runs.len() && run.text.ends_with(char::is_whitespace) && !text.is_empty() {
            out.push(' ');
        }
    }
    out
}

/// An id or path as code when it is plain; anything else as escaped text.
pub(crate) fn code(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '+' | '/'));
    if plain { format!("`{s}`") } else { markdown_inline(s) }
}
