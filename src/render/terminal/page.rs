//! The pieces every terminal output of readout shares: how it is to look (colour, width), each
//! side's colour, and statements cut into marked runs for wrapping.

use super::wrap::Paint;
use crate::render::view::sides;
use colored::Color;

/// How terminal text is to look.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Columns to wrap at.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style { color: false, width: 100 }
    }
}

/// Cyan and magenta read well on dark and light terminals alike, and neither says "deleted" or
/// "added" as red and green would: neither readout is the old one.
pub(crate) const LEFT: Color = Color::Cyan;

pub(crate) const RIGHT: Color = Color::Magenta;

/// Wrap runs for statements cut into runs: shared words plain, own words bracketed with the
/// readout's `prefix` and painted in `col`.
pub(crate) fn marked_runs(
    marked: &[sides::Marked],
    prefix: &str,
    col: Color,
) -> Vec<(String, Paint)> {
    let mut out: Vec<(String, Paint)> = Vec::new();
    let mut space = false;
    for (k, (_, runs)) in marked.iter().enumerate() {
        space |= k > 0;
        for run in runs {
            // wrap() glues a run to the one before unless it starts with a space.
            let lead = if space || run.text.starts_with(char::is_whitespace) { " " } else { "" };
            space = run.text.ends_with(char::is_whitespace);
            let text = run.text.trim();
            if text.is_empty() {
                space |= !lead.is_empty();
                continue;
            }
            out.push(if run.own {
                (format!("{lead}[{prefix}: {text}]"), Paint::Fg(col))
            } else {
                (format!("{lead}{text}"), Paint::Plain)
            });
        }
    }
    out
}

pub(crate) const INDENT: &str = "    ";
