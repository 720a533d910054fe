//! Who said what, as the formats word it: the speakers of one side of a link, and a speaker's
//! line of the per-speaker summary.

use crate::compare::{Link, SpeakerSide};
use crate::diff::Op;
use crate::readout::Statement;
use std::collections::HashMap;

/// The speakers one side of a link gives its statements to ("Sarkander", "both sides",
/// "unattributed", or several joined by " + "), in statement order without repeats.
pub fn link_side(link: &Link, side: Op, map: &HashMap<&str, &Statement>) -> String {
    let ids = if side == Op::Left { &link.left } else { &link.right };
    let mut names: Vec<String> = Vec::new();
    for st in ids.iter().filter_map(|id| map.get(id.as_str())) {
        let name = st.speaker.as_ref().map_or_else(|| "unattributed".to_string(), |a| a.display());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" + ")
}

/// What the other readout does with the statements one readout gives a speaker, in words:
/// "gives K3, K5 to another speaker; leaves out K9". Empty when it agrees on all of them.
pub fn elsewhere(side: &SpeakerSide, other: &str) -> String {
    let mut parts = Vec::new();
    if !side.given_to_others.is_empty() {
        parts.push(format!("{other} gives {} to another speaker", side.given_to_others.join(", ")));
    }
    if !side.omitted.is_empty() {
        let verb =
            if parts.is_empty() { format!("{other} leaves out") } else { "leaves out".into() };
        parts.push(format!("{verb} {}", side.omitted.join(", ")));
    }
    parts.join("; ")
}
