//! `segment` in the terminal: each readout's statements with their ids and paragraphs.

use super::page::{INDENT, Style};
use super::wrap::{Paint, labelled, wrap};
use crate::model::Readout;

/// `readout segment` in the terminal: each readout's statements with ids and paragraphs.
pub fn segment(readouts: &[Readout], style: Style) -> String {
    let mut out = String::new();
    for (n, rd) in readouts.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut head = vec![(rd.source.clone(), Paint::Bold)];
        for extra in [&rd.title, &rd.date].into_iter().flatten() {
            head.push((format!(" · {extra}"), Paint::Plain));
        }
        head.push((format!(" ({}, {} statements)", rd.path, rd.statements.len()), Paint::Dim));
        out.push_str(&wrap(&head, style.width, "", INDENT, style.color));
        let mut para = 0;
        for st in &rd.statements {
            if st.paragraph != para && para != 0 {
                out.push('\n');
            }
            para = st.paragraph;
            let runs = [(st.text.clone(), Paint::Plain)];
            out.push_str(&labelled(
                "",
                (&format!("{:<6}", st.id), Paint::Bold),
                &runs,
                style.width,
                style.color,
            ));
        }
    }
    out
}
