//! How terminal output is to look: colour only for a terminal (or when forced), never with
//! `NO_COLOR` unless forced, and wrapped to the terminal's width.

use super::args::{ColorChoice, OutputArgs};
use crate::render::terminal::Style;
use std::io::IsTerminal;

/// Colour and width for terminal output: colour only for a terminal (or when forced), never
/// with NO_COLOR set unless forced; width of the terminal, else $COLUMNS, else 100.
pub(crate) fn style(out: &OutputArgs) -> Style {
    let to_terminal =
        out.output.as_deref().is_none_or(|o| o == "-") && std::io::stdout().is_terminal();
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
