//! Output: one folder per format (terminal, Markdown, HTML, JSON) over the comparison model and
//! the check model, and `view`, what several formats show alike (the marked sides of a link, who
//! said what, the points table's rows, the check's claims in context, the terms tables' cells).
//! A format's renderer never imports another format's.

pub mod html;
pub mod json;
pub mod markdown;
pub mod stamp;
pub mod terminal;
pub(crate) mod view;

use crate::model::compare::Report;

/// The heading of a published report: the event's title, else the sources compared.
pub fn title(report: &Report) -> String {
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
