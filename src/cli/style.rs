//! How terminal output is to look: colour only for a terminal (or when forced), never with
//! `NO_COLOR` unless forced, and wrapped to the terminal's width.

use super::args::{ColorChoice, OutputArgs};
use crate::render::json::Layout;
use crate::render::terminal::Style;
use std::io::IsTerminal;

/// Colour and width for terminal output: colour only for a terminal (or when forced), never
/// with NO_COLOR set unless forced; width of the terminal, else $COLUMNS, else 100.
pub(crate) fn style(out: &OutputArgs) -> Style {
    let to_terminal = to_terminal(out);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match out.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && !no_color,
    };
    colored::control::set_override(color);
    let width = terminal_size::terminal_size()
        .filter(|_| to_terminal)
        .map(|(w, _)| w.0 as usize)
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .unwrap_or(100)
        .clamp(40, 200);
    Style { color, width }
}

/// Whether the output goes to a terminal, where a person reads it.
pub(crate) fn to_terminal(out: &OutputArgs) -> bool {
    out.output.as_deref().is_none_or(|o| o == "-") && std::io::stdout().is_terminal()
}

/// JSON indented for a person at a terminal, compact for programs and files.
pub(crate) fn json_layout(out: &OutputArgs) -> Layout {
    if to_terminal(out) { Layout::Pretty } else { Layout::Compact }
}
