//! Each statement as a weighted set of terms, and the similarity of two such sets.

use super::terms::{Term, terms};
use super::tuning::TERM_WEIGHTS;
use crate::analyse::rarity::DocFreq;
use crate::analyse::{Analysis, People};
use crate::par;
use crate::text::forms::stem;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A statement as a weighted set of term ids, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub terms: Vec<(u32, f32)>,
    pub total: f32,
}

/// Term profiles of both readouts, weighted by inverse statement frequency over both, raised
/// for names of places and things and for numbers, lowered for boilerplate and for the names of
/// the people speaking (who speaks is weighed separately, by the speaker factor).
pub fn profiles(
    left: &[Analysis],
    right: &[Analysis],
    people: &People,
) -> (Vec<Profile>, Vec<Profile>) {
    // Joined forms of hyphenated compounds count only when the plain word occurs somewhere.
    let plain: HashSet<&str> = left
        .iter()
        .chain(right)
        .flat_map(|a| &a.words)
        .map(|w| w.form.lower)
        .filter(|w| !w.contains('-'))
        .collect();
    let joined = |w: &str| plain.contains(w);
    let side = |s: &[Analysis]| s.iter().map(|a| terms(&a.words, &joined)).collect::<Vec<_>>();
    let (mut all, rt) = par::both(|| side(left), || side(right));
    all.extend(rt);
    let df = DocFreq::count(all.iter().map(|ts| ts.iter().map(|t| t.key)));
    let persons: HashSet<String> = people.name_words().map(stem).collect();
    let parties = people.countries();
    // A term is a name if any statement writes it as one.
    let names: HashSet<&str> = all.iter().flatten().filter(|t| t.proper).map(|t| t.key).collect();
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let w = &TERM_WEIGHTS;
    let weight = |t: &Term| {
        let mut x = df.idf(&t.key).max(w.floor);
        if persons.contains(t.key) {
            x *= w.person;
        } else if names.contains(t.key) && !t.key.starts_with('@') {
            // A name of a place or thing is telling; a country or office is not.
            x *= w.name;
        }
        if t.number {
            x *= w.number;
        }
        if t.common || parties.contains(t.key) || t.key == "@leader" {
            x *= w.common;
        }
        x
    };
    let mut out: Vec<Profile> = all
        .iter()
        .map(|ts| {
            let mut terms: Vec<(u32, f32)> = Vec::with_capacity(ts.len());
            for t in ts {
                let next = ids.len() as u32;
                let id = *ids.entry(t.key).or_insert(next);
                // The first occurrence of a term in a statement decides its flags.
                if !terms.iter().any(|(x, _)| *x == id) {
                    terms.push((id, weight(t)));
                }
            }
            terms.sort_by_key(|t| t.0);
            let total = terms.iter().map(|t| t.1).sum::<f32>();
            Profile { terms, total }
        })
        .collect();
    let rp = out.split_off(left.len());
    (out, rp)
}

/// Weight the two statements share, as a share of their mean weight (weighted Dice, 0..1).
pub fn similarity(a: &Profile, b: &Profile) -> f32 {
    if a.total == 0.0 || b.total == 0.0 {
        return 0.0;
    }
    let (mut x, mut y, mut shared) = (0, 0, 0.0);
    while x < a.terms.len() && y < b.terms.len() {
        let (ia, wa) = a.terms[x];
        let (ib, wb) = b.terms[y];
        match ia.cmp(&ib) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += wa + wb;
                x += 1;
                y += 1;
            }
        }
    }
    shared / (a.total + b.total)
}

/// Share of `a`'s term weight that the statements `others` also have.
pub fn coverage<'a>(a: &Profile, others: impl Iterator<Item = &'a Profile>) -> f32 {
    let theirs: HashSet<u32> = others.flat_map(|p| p.terms.iter().map(|t| t.0)).collect();
    let total: f32 = a.terms.iter().map(|t| t.1).sum();
    if total == 0.0 {
        return 0.0;
    }
    a.terms.iter().filter(|t| theirs.contains(&t.0)).map(|t| t.1).sum::<f32>() / total
}
