//! Who said what, as the formats word it: the speakers of one side of a link, and a speaker's
//! line of the per-speaker summary.

use crate::model::Statement;
use crate::model::compare::{Link, SpeakerSide};
use crate::model::diff::Op;
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
/// "Kremlin gives K3 to another speaker; attributes K5 to no one; leaves out K9". Empty when it
/// agrees on all of them.
pub fn elsewhere(side: &SpeakerSide, other: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut say = |verb: &str, ids: &[String], tail: &str| {
        if !ids.is_empty() {
            let who = if parts.is_empty() { format!("{other} ") } else { String::new() };
            parts.push(format!("{who}{verb} {}{tail}", ids.join(", ")));
        }
    };
    say("gives", &side.given_to_others, " to another speaker");
    say("attributes", &side.unattributed, " to no one");
    say("leaves out", &side.omitted, "");
    parts.join("; ")
}

/// For a readout whose statements carry speakers (a comparison) but whose language the speaker
/// patterns do not read, the note every format shows: "speakers not detected: …".
pub fn undetected(rd: &crate::model::Readout) -> Option<String> {
    let compared = rd.statements.iter().any(|s| s.speaker.is_some());
    let lang = rd.language.as_deref().filter(|l| !crate::analyse::speaker::reads(Some(l)))?;
    compared.then(|| {
        format!("speakers not detected: speaker patterns read English only (language: {lang})")
    })
}
