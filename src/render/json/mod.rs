//! JSON output, for programs. The documents are their own wire types (`readout/compare/v1`,
//! `readout/check/v1`, `readout/segment/v1`, documented in docs/json.md), built from the models,
//! so that renaming an internal field never changes what a program reads. Written compactly for
//! programs and files (`jq` pretty-prints), indented only when a person reads it in a terminal.

mod check;
mod compare;
mod readout;

use crate::model::Readout;
use serde::Serialize;

pub use check::check;
pub use compare::compare;

#[derive(Serialize)]
struct Segmented<'a> {
    schema: &'static str,
    readouts: Vec<readout::Readout<'a>>,
}

/// How a JSON document is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One line: for programs and files.
    Compact,
    /// Indented: for a person reading it in a terminal.
    Pretty,
}

/// `readout segment --format json`: each readout's statements.
pub fn segment(readouts: &[Readout], layout: Layout) -> String {
    to_string(
        &Segmented {
            schema: "readout/segment/v1",
            readouts: readouts.iter().map(readout::Readout::of).collect(),
        },
        layout,
    )
}

fn to_string<T: Serialize>(v: &T, layout: Layout) -> String {
    // Serialising our own plain structs cannot fail: no maps with non-string keys, no NaN.
    let mut s = match layout {
        Layout::Compact => serde_json::to_string(v),
        Layout::Pretty => serde_json::to_string_pretty(v),
    }
    .expect("JSON wire types serialise");
    s = escape_c1(s);
    s.push('\n');
    s
}

/// serde_json escapes C0 controls but writes DEL and the C1 controls (U+0080–U+009F) as they
/// are, and a terminal acts on those (U+009B is a CSI). They can only occur inside strings, so
/// writing them as `\u00XX` leaves every string the same for a program and harmless on screen.
fn escape_c1(s: String) -> String {
    let c1 = |c: char| matches!(c, '\u{7f}'..='\u{9f}');
    // DEL is the byte 0x7f and every C1 control starts with 0xc2 in UTF-8: a byte scan rules
    // out nearly every string without decoding it.
    let bytes = s.as_bytes();
    if !(bytes.contains(&0x7f) || bytes.contains(&0xc2)) || !s.contains(c1) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if c1(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}
