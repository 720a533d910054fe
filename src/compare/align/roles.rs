//! Readout roles: the standard parts every diplomatic readout has (the opening who-met-whom, the
//! tone sentence, the keep-communicating or next-contact sentence, the list of topics), told
//! from general wording and position, so that each side's version of a part can be paired with
//! the other's however it is worded.

use super::tuning::tuning;
use crate::analyse::Analysis;
use crate::text::lexicon;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

pub const OPENING: u8 = 1;
pub const TONE: u8 = 2;
pub const CHANNEL: u8 = 4;
pub const TOPICS: u8 = 8;
const ALL: [u8; 4] = [OPENING, TONE, CHANNEL, TOPICS];

/// How many of a readout's first statements can be its opening.
const OPENING_SPAN: usize = 2;

/// The role word lists, by the bit each has in [`lists`]'s map.
const LISTS: [&[&str]; 8] = [
    lexicon::ROLE_OPENING,
    lexicon::ROLE_TONE,
    lexicon::ROLE_TALKS,
    lexicon::ROLE_CHANNEL,
    lexicon::ROLE_ONGOING,
    lexicon::ROLE_NEXT,
    lexicon::ROLE_TOPICS,
    lexicon::ROLE_SCOPE,
];
const L_OPENING: usize = 0;
const L_TONE: usize = 1;
const L_TALKS: usize = 2;
const L_CHANNEL: usize = 3;
const L_ONGOING: usize = 4;
const L_NEXT: usize = 5;
const L_TOPICS: usize = 6;
const L_SCOPE: usize = 7;

/// Each role word with the set of lists it is in (bit k: `LISTS[k]`), so that a statement's
/// words are looked up once each, not once per list.
fn lists() -> &'static HashMap<&'static str, u8> {
    static W: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    W.get_or_init(|| {
        let mut m: HashMap<&'static str, u8> = HashMap::default();
        for (k, list) in LISTS.iter().enumerate() {
            for &w in *list {
                *m.entry(w).or_default() |= 1 << k;
            }
        }
        m
    })
}

/// The roles one statement plays (a set of flags), from its words and its place.
pub fn role(st: &Analysis, index: usize) -> u8 {
    let lists = lists();
    // How many of the statement's words each list has.
    let mut n = [0usize; 8];
    for t in st.words.iter().filter(|t| t.is_word()) {
        if let Some(&bits) = lists.get(t.form.lower) {
            for (k, c) in n.iter_mut().enumerate() {
                *c += (bits >> k & 1) as usize;
            }
        }
    }
    let mut r = 0;
    if index < OPENING_SPAN && n[L_OPENING] > 0 {
        r |= OPENING;
    }
    let tone = n[L_TONE];
    if tone >= 2 || (tone == 1 && n[L_TALKS] > 0) {
        r |= TONE;
    }
    if n[L_ONGOING] > 0 && (n[L_CHANNEL] > 0 || n[L_NEXT] > 0) {
        r |= CHANNEL;
    }
    if n[L_TOPICS] > 0 && n[L_SCOPE] >= 2 {
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
