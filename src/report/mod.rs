//! Output formats, one file each, over the comparison model in `compare` and the check model in
//! `check`, and the few helpers the published formats (HTML, Markdown) share.

use crate::compare;

pub mod check_css;
pub mod check_html;
pub mod check_markdown;
pub mod check_terminal;
mod check_view;
pub mod css;
pub mod escape;
pub mod html;
pub mod json;
pub mod markdown;
pub mod points;
pub mod said;
pub mod sides;
pub mod stamp;
mod svg;
pub mod terminal;
mod terms;
mod wrap;

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

/// The heading of a published report: the event's title, else the sources compared.
pub fn title(report: &compare::Report) -> String {
    match report.event.as_ref().and_then(|e| e.title.as_deref()) {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => {
            let names: Vec<&str> = report.readouts.iter().map(|r| r.source.as_str()).collect();
            format!("Readouts compared: {}", list(&names))
        }
    }
}

/// "A", "A and B", "A, B and C".
pub fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A share in 0..1 as a whole percentage.
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// "s" for a count other than one: "1 claim", "3 claims".
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
