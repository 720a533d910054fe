//! Readout roles: the standard parts every diplomatic readout has (the opening who-met-whom, the
//! tone sentence, the keep-communicating or next-contact sentence, the list of topics), told
//! from general wording and position, so that each side's version of a part can be paired with
//! the other's however it is worded.

use super::tuning::tuning;
use crate::analyse::Analysis;
use crate::text::lexicon;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

pub const OPENING: u8 = 1;
pub const TONE: u8 = 2;
pub const CHANNEL: u8 = 4;
pub const TOPICS: u8 = 8;
const ALL: [u8; 4] = [OPENING, TONE, CHANNEL, TOPICS];

/// How many of a readout's first statements can be its opening.
const OPENING_SPAN: usize = 2;

struct Words {
    opening: HashSet<&'static str>,
    tone: HashSet<&'static str>,
    talks: HashSet<&'static str>,
    channel: HashSet<&'static str>,
    ongoing: HashSet<&'static str>,
    next: HashSet<&'static str>,
    topics: HashSet<&'static str>,
    scope: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let set = |l: &[&'static str]| l.iter().copied().collect();
    W.get_or_init(|| Words {
        opening: set(lexicon::ROLE_OPENING),
        tone: set(lexicon::ROLE_TONE),
        talks: set(lexicon::ROLE_TALKS),
        channel: set(lexicon::ROLE_CHANNEL),
        ongoing: set(lexicon::ROLE_ONGOING),
        next: set(lexicon::ROLE_NEXT),
        topics: set(lexicon::ROLE_TOPICS),
        scope: set(lexicon::ROLE_SCOPE),
    })
}

/// The roles one statement plays (a set of flags), from its words and its place.
pub fn role(st: &Analysis, index: usize) -> u8 {
    let w = words();
    let lower: Vec<&str> = st.words.iter().filter(|t| t.is_word()).map(|t| t.form.lower).collect();
    let count = |set: &HashSet<&str>| lower.iter().filter(|x| set.contains(*x)).count();
    let mut r = 0;
    if index < OPENING_SPAN && count(&w.opening) > 0 {
        r |= OPENING;
    }
    let tone = count(&w.tone);
    if tone >= 2 || (tone == 1 && count(&w.talks) > 0) {
        r |= TONE;
    }
    let ongoing = count(&w.ongoing) > 0;
    if ongoing && (count(&w.channel) > 0 || count(&w.next) > 0) {
        r |= CHANNEL;
    }
    if count(&w.topics) > 0 && count(&w.scope) >= 2 {
        r |= TOPICS;
    }
    r
}

/// The roles of one readout's statements. The opening is the first statement that narrates the
/// meeting, among the first few.
fn read(side: &[Analysis]) -> Vec<u8> {
    let mut v: Vec<u8> = side.iter().enumerate().map(|(i, a)| role(a, i)).collect();
    if let Some(first) = v.iter().position(|x| x & OPENING != 0) {
        for x in v.iter_mut().skip(first + 1) {
            *x &= !OPENING;
        }
    }
    v
}

/// Each statement's roles on both sides, keeping only roles that each readout gives to few
/// statements: a role many statements share tells none of them apart.
pub fn roles(left: &[Analysis], right: &[Analysis]) -> (Vec<u8>, Vec<u8>) {
    let (mut l, mut r) = (read(left), read(right));
    let cap = tuning().role_cap as usize;
    for bit in ALL {
        let n = |v: &[u8]| v.iter().filter(|&&x| x & bit != 0).count();
        let (nl, nr) = (n(&l), n(&r));
        if nl == 0 || nr == 0 || nl > cap || nr > cap {
            for x in l.iter_mut().chain(r.iter_mut()) {
                *x &= !bit;
            }
        }
    }
    (l, r)
}

/// Pairs of statements that share a role (few, by [`roles`]).
pub fn role_pairs(l: &[u8], r: &[u8]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for (i, &a) in l.iter().enumerate().filter(|(_, a)| **a != 0) {
        for (j, _) in r.iter().enumerate().filter(|(_, b)| a & **b != 0) {
            out.push((i as u32, j as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(texts: &[&str]) -> Vec<u8> {
        let paras: Vec<usize> = (0..texts.len()).collect();
        read(&crate::analyse::statements(texts, &paras))
    }

    #[test]
    fn roles_from_general_wording() {
        let r = roles_of(&[
            "Minister Arland met Minister Tove in Selden on Monday.",
            "The talks were frank and in-depth.",
            "They discussed a range of bilateral and regional issues.",
            "The sides agreed to maintain regular contact.",
            "Arland praised the harbour project.",
        ]);
        assert_eq!(r, vec![OPENING, TONE, TOPICS, CHANNEL, 0]);
    }

    #[test]
    fn an_opening_is_near_the_start() {
        let r = roles_of(&["Harvest prices rose.", "Wheat was sold.", "Arland met Tove."]);
        assert_eq!(r[2] & OPENING, 0);
    }
}
