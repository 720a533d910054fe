//! Who said what in a pair of readouts: whether the two sides of a link give the point to
//! different speakers, and per speaker what each readout attributes to them and what the other
//! gives to someone else, to no one, or leaves out.

use super::align;
use crate::model::Readout;
use crate::model::compare::SpeakerSummary;
use crate::model::speaker::{Attribution, Kind};

/// Whether the two sides of a link give the point to different speakers: some speaker on one
/// side has no counterpart on the other ("Kremlin: Xi; Xinhua: unattributed").
pub fn speakers_differ(link: &align::Link, lsaid: &[Attribution], rsaid: &[Attribution]) -> bool {
    let covered = |a: &[usize], sa: &[Attribution], b: &[usize], sb: &[Attribution]| {
        a.iter().all(|&i| b.iter().any(|&j| sa[i].same_as(&sb[j])))
    };
    !(covered(&link.left, lsaid, &link.right, rsaid)
        && covered(&link.right, rsaid, &link.left, lsaid))
}

/// Per speaker, the statements each readout attributes to them, and which of those the other
/// readout gives to someone else or leaves out.
pub fn who_said_what(
    links: &[align::Link],
    only_left: &[usize],
    only_right: &[usize],
    rds: [&Readout; 2],
    said: [&[Attribution]; 2],
) -> Vec<SpeakerSummary> {
    let mut partner: [Vec<Vec<usize>>; 2] =
        [vec![Vec::new(); said[0].len()], vec![Vec::new(); said[1].len()]];
    for l in links {
        for &i in &l.left {
            partner[0][i].extend(&l.right);
        }
        for &j in &l.right {
            partner[1][j].extend(&l.left);
        }
    }
    // Flags, not the lists: a long readout's only-in list is long.
    let mut only: [Vec<bool>; 2] = [vec![false; said[0].len()], vec![false; said[1].len()]];
    for (side, list) in [only_left, only_right].into_iter().enumerate() {
        for &i in list {
            only[side][i] = true;
        }
    }
    let mut out: Vec<SpeakerSummary> = Vec::new();
    for side in 0..2 {
        let other = 1 - side;
        for (i, a) in said[side].iter().enumerate() {
            // A group's point is each member's: "Putin and Xi discussed …" lists under both.
            let whos: Vec<&Attribution> = match a.kind {
                Kind::Unattributed | Kind::Both => continue,
                Kind::Group => a.members.iter().collect(),
                Kind::Person | Kind::Side => vec![a],
            };
            for who in whos {
                let name = who.display();
                let k = match out.iter().position(|s| s.speaker == name) {
                    Some(k) => k,
                    None => {
                        out.push(SpeakerSummary { speaker: name, sides: Default::default() });
                        out.len() - 1
                    }
                };
                let entry = &mut out[k].sides[side];
                let id = rds[side].statements[i].id.clone();
                // The other side gives it to the same speaker: to them, or to a group or both
                // sides they are one of when this side gives it to a group.
                let same = |b: &Attribution| {
                    b.covers(who)
                        || (a.kind == Kind::Group && (b.kind == Kind::Both || b.same_as(a)))
                };
                if only[side][i] {
                    entry.omitted.push(id.clone());
                } else if !partner[side][i].iter().any(|&j| same(&said[other][j])) {
                    let anyone =
                        partner[side][i].iter().any(|&j| said[other][j].kind != Kind::Unattributed);
                    if anyone {
                        entry.given_to_others.push(id.clone());
                    } else {
                        entry.unattributed.push(id.clone());
                    }
                }
                entry.statements.push(id);
            }
        }
    }
    out
}
