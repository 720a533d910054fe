//! JSON output, for programs. The documents are their own wire types (`readout/compare/v1`,
//! `readout/check/v1`, `readout/segment/v1`, documented in docs/json.md), built from the models,
//! so that renaming an internal field never changes what a program reads.

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

/// `readout segment --format json`: each readout's statements.
pub fn segment(readouts: &[Readout]) -> String {
    to_string(&Segmented {
        schema: "readout/segment/v1",
        readouts: readouts.iter().map(readout::Readout::of).collect(),
    })
}

fn to_string<T: Serialize>(v: &T) -> String {
    // Serialising our own plain structs cannot fail: no maps with non-string keys, no NaN.
    let mut s = serde_json::to_string_pretty(v).expect("JSON wire types serialise");
    s.push('\n');
    s
}
