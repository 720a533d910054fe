//! JSON output: the comparison model as design.md's `readout/compare/v1`, the check model as
//! `readout/check/v1`, and the statements of `segment` as `readout/segment/v1`.

use crate::model::Readout;
use crate::model::compare::Report;
use serde::Serialize;

pub fn compare(report: &Report) -> String {
    to_string(report)
}

pub fn check(report: &crate::model::check::Report) -> String {
    to_string(report)
}

#[derive(Serialize)]
struct Segmented<'a> {
    schema: &'static str,
    readouts: &'a [Readout],
}

pub fn segment(readouts: &[Readout]) -> String {
    to_string(&Segmented { schema: "readout/segment/v1", readouts })
}

fn to_string<T: Serialize>(v: &T) -> String {
    // Serialising our own plain structs cannot fail: no maps with non-string keys, no NaN.
    let mut s = serde_json::to_string_pretty(v).expect("report model serialises");
    s.push('\n');
    s
}
