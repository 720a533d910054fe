//! Minor differences between a claim and its place: spelling and inflection variants, words
//! swapped, added, left out or moved. They leave a match `close` when enough words agree.

use super::{Region, run};
use crate::check::words::{self, key};
use crate::model::check::{Change, Difference};
use crate::text::Word;
use std::collections::HashSet;

/// Minor differences listed before the rest are counted.
const MAX_MINOR: usize = 8;

/// The same words spelt another way: same loose keys (`US` / `U.S.`, `thirty` / `30`), or the
/// same letters once hyphens go (`ceasefire` / `cease-fire`).
pub(super) fn spelling_variant(c: &[Word], s: &[Word]) -> bool {
    let letters = |ws: &[Word]| -> String {
        let mut seen = None;
        let mut out = String::new();
        for w in ws {
            if seen.is_none_or(|l: &Word| !l.same_whole(w)) {
                out.extend(
                    w.whole.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase),
                );
                seen = Some(w);
            }
        }
        out
    };
    (c.len() == s.len() && c.iter().zip(s).all(|(a, b)| key(a) == key(b)))
        || letters(c) == letters(s)
}

/// Everything else that differs, region by region: spelling and inflection variants, words
/// swapped, added, left out or moved.
pub(super) fn minor_differences(
    claim: &[Word],
    src: &[Word],
    regs: &[Region],
    used: &HashSet<usize>,
) -> Vec<Difference> {
    let mut out = Vec::new();
    let keys = |ws: &[Word]| -> Vec<&str> {
        let mut k: Vec<&str> = ws.iter().filter(|w| !words::is_stop(w)).map(|w| key(w)).collect();
        k.sort();
        k
    };
    let mut moved_src: HashSet<usize> = HashSet::new();
    for (ri, r) in regs.iter().enumerate() {
        if used.contains(&ri) || moved_src.contains(&ri) {
            continue;
        }
        let (c, s) = (&claim[r.c.clone()], &src[r.s.clone()]);
        let line = match (c.is_empty(), s.is_empty()) {
            (false, false) => {
                let change =
                    if spelling_variant(c, s) { Change::Spelling } else { Change::Swapped };
                Difference::new(change, vec![run(c)], vec![run(s)])
            }
            (false, true) => {
                // The same words left out elsewhere: moved, not added.
                let k = keys(c);
                let twin = regs.iter().enumerate().position(|(rj, o)| {
                    rj != ri
                        && o.c.is_empty()
                        && !o.s.is_empty()
                        && !k.is_empty()
                        && keys(&src[o.s.clone()]) == k
                });
                match twin {
                    Some(rj) => {
                        moved_src.insert(rj);
                        Difference::new(Change::Moved, vec![run(c)], Vec::new())
                    }
                    None => Difference::new(Change::Added, vec![run(c)], Vec::new()),
                }
            }
            (true, false) => {
                let k = keys(s);
                let twin = regs.iter().position(|o| {
                    o.s.is_empty()
                        && !o.c.is_empty()
                        && !k.is_empty()
                        && keys(&claim[o.c.clone()]) == k
                });
                if twin.is_some() {
                    continue;
                }
                Difference::new(Change::LeftOut, Vec::new(), vec![run(s)])
            }
            (true, true) => continue,
        };
        out.push(line);
    }
    if out.len() > MAX_MINOR {
        let more = out.len() - MAX_MINOR;
        out.truncate(MAX_MINOR);
        out.push(Difference::new(Change::MoreMinor { count: more }, Vec::new(), Vec::new()));
    }
    out
}
