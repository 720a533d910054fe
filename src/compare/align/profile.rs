//! Each statement as a weighted set of terms, and the similarity of two such sets with the part
//! of it that terms specific to a matter make.

use super::terms::{Term, terms};

const PROPER: u8 = 1;
const NUMBER: u8 = 2;
const COMMON: u8 = 4;

fn flags(t: &Term) -> u8 {
    (t.proper as u8 * PROPER) | (t.number as u8 * NUMBER) | (t.common as u8 * COMMON)
}
use super::tuning::tuning;
use crate::analyse::rarity::DocFreq;
use crate::analyse::speaker::Speaker;
use crate::analyse::{Analysis, People};
use crate::par;
use crate::text::forms::stem;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A statement as a weighted set of term ids, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub terms: Vec<(u32, f32)>,
    pub total: f32,
    /// Share of `total` in terms specific to a matter.
    pub specific: f32,
}

/// Term profiles of both readouts, weighted by inverse statement frequency over both, raised
/// for names of places and things and for numbers, lowered for boilerplate and for the names of
/// the people speaking (who speaks is weighed separately, by the speaker factor); and for each
/// term id whether it is specific to a matter (see [`Profiles::specific`]).
pub fn profiles(left: &[Analysis], right: &[Analysis], people: &People) -> Profiles {
    // Joined forms of hyphenated compounds count only when the plain word occurs somewhere.
    let plain: HashSet<&str> = left
        .iter()
        .chain(right)
        .flat_map(|a| &a.words)
        .map(|w| w.form.lower)
        .filter(|w| !w.contains('-'))
        .collect();
    let joined = |w: &str| plain.contains(w);
    // Each side's terms as ids of its own (a statement's terms are many; an id and its flags take
    // a third of a term's space), then one numbering for both sides.
    let side = |s: &[Analysis]| {
        let mut keys: Vec<&'static str> = Vec::new();
        let mut ids: HashMap<&'static str, u32> = HashMap::default();
        let sets: Vec<Vec<(u32, u8)>> = s
            .iter()
            .map(|a| {
                let mut set: Vec<(u32, u8)> = Vec::new();
                for t in terms(&a.words, &joined) {
                    let id = *ids.entry(t.key).or_insert_with(|| {
                        keys.push(t.key);
                        keys.len() as u32 - 1
                    });
                    match set.iter_mut().find(|(x, _)| *x == id) {
                        // The first occurrence decides the flags, but any one makes it a name.
                        Some((_, f)) => *f |= flags(&t) & PROPER,
                        None => set.push((id, flags(&t))),
                    }
                }
                set.shrink_to_fit();
                set
            })
            .collect();
        (sets, keys)
    };
    let ((mut all, lkeys), (rsets, rkeys)) = par::both(|| side(left), || side(right));
    let mut keys = lkeys;
    let mut global: HashMap<&'static str, u32> =
        keys.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();
    let remap: Vec<u32> = rkeys
        .iter()
        .map(|&k| {
            *global.entry(k).or_insert_with(|| {
                keys.push(k);
                keys.len() as u32 - 1
            })
        })
        .collect();
    all.extend(
        rsets
            .into_iter()
            .map(|set| set.into_iter().map(|(id, f)| (remap[id as usize], f)).collect::<Vec<_>>()),
    );
    let df = DocFreq::count(all.iter().map(|set| set.iter().map(|t| t.0)));
    // The words naming who speaks in any statement (people, sides, the members of a group) are
    // who the talks are between, never the matter of one point.
    // (Each label once: a readout names the same few speakers in most of its statements.)
    let labels: HashSet<&str> = left
        .iter()
        .chain(right)
        .filter(|a| !matches!(a.speaker, Speaker::Both { .. } | Speaker::Unattributed))
        .map(|a| a.speaker.label())
        .collect();
    let mut persons: HashSet<String> = people.name_words().map(stem).collect();
    persons.extend(labels.into_iter().flat_map(crate::text::lowers).map(stem));
    let parties = people.countries();
    // A term is a name if any statement writes it as one.
    let mut named = vec![false; keys.len()];
    for &(id, f) in all.iter().flatten() {
        named[id as usize] |= f & PROPER != 0;
    }
    let w = tuning();
    // A term specific to a matter: a name of a place, body, agreement or thing, or a rare word
    // that is no boilerplate; never a party, a speaker's name or an office.
    let mut specific = vec![false; keys.len()];
    // Boilerplate, parties, offices and speakers' names: a pair sharing only these is generic.
    let mut common = vec![false; keys.len()];
    for &(id, f) in all.iter().flatten() {
        let key = keys[id as usize];
        let general =
            f & COMMON != 0 || persons.contains(key) || parties.contains(key) || key == "@leader";
        common[id as usize] = general;
        specific[id as usize] =
            !general && f & NUMBER == 0 && (named[id as usize] || df.idf(&id) >= w.specific_idf);
    }
    let weight = |id: u32, f: u8| {
        let key = keys[id as usize];
        let mut x = df.idf(&id).max(w.floor);
        if persons.contains(key) {
            x *= w.person;
        } else if named[id as usize] && !key.starts_with('@') {
            // A name of a place or thing is telling; a country or office is not.
            x *= w.name;
        }
        if f & NUMBER != 0 {
            x *= w.number;
        }
        if f & COMMON != 0 || parties.contains(key) || key == "@leader" {
            x *= w.common;
        }
        x
    };
    let mut out: Vec<Profile> = all
        .into_iter()
        .map(|set| {
            let mut terms: Vec<(u32, f32)> =
                set.into_iter().map(|(id, f)| (id, weight(id, f))).collect();
            terms.sort_by_key(|t| t.0);
            let total = terms.iter().map(|t| t.1).sum::<f32>();
            let own = terms.iter().filter(|t| specific[t.0 as usize]).map(|t| t.1).sum::<f32>();
            Profile { terms, total, specific: if total > 0.0 { own / total } else { 0.0 } }
        })
        .collect();
    let rp = out.split_off(left.len());
    Profiles { left: out, right: rp, specific, common, keys }
}

/// Both readouts' profiles, and which term ids are specific to a matter.
pub struct Profiles {
    pub left: Vec<Profile>,
    pub right: Vec<Profile>,
    pub specific: Vec<bool>,
    /// Which term ids are boilerplate, parties, offices or speakers' names.
    pub common: Vec<bool>,
    /// Each term id's key (stem, number or synonym group).
    pub keys: Vec<&'static str>,
}

/// How two statements overlap: their similarity, and the part of it in terms specific to a
/// matter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Overlap {
    /// Weighted Dice, 0..1.
    pub similarity: f32,
    /// The part of `similarity` that specific terms make.
    pub matter: f32,
    /// The part of `similarity` that non-boilerplate terms make.
    pub content: f32,
    /// Share of each statement's own weight in its specific terms.
    pub specific: (f32, f32),
}

/// Weight the two statements share, as a share of their mean weight (weighted Dice, 0..1), with
/// its parts, for the pair scorer. `short` is [`super::tuning::Tuning::short`].
pub fn overlap(
    a: &Profile,
    b: &Profile,
    specific: &[bool],
    common: &[bool],
    short: f32,
) -> Overlap {
    if a.total == 0.0 || b.total == 0.0 {
        return Overlap::default();
    }
    let (mut shared, mut matter, mut content) = (0.0, 0.0, 0.0);
    for (id, wa, wb) in shared_terms(a, b) {
        shared += wa + wb;
        if specific[id as usize] {
            matter += wa + wb;
        }
        if !common[id as usize] {
            content += wa + wb;
        }
    }
    let n = (1.0 - short) * (a.total + b.total) + short * 2.0 * a.total.min(b.total);
    Overlap {
        similarity: shared / n,
        matter: matter / n,
        content: content / n,
        specific: (a.specific, b.specific),
    }
}

/// The terms two statements share, as (term id, weight in `a`, weight in `b`): one walk of the
/// two id-sorted lists.
pub fn shared_terms<'a>(
    a: &'a Profile,
    b: &'a Profile,
) -> impl Iterator<Item = (u32, f32, f32)> + 'a {
    let (mut x, mut y) = (0, 0);
    std::iter::from_fn(move || {
        while x < a.terms.len() && y < b.terms.len() {
            let ((ia, wa), (ib, wb)) = (a.terms[x], b.terms[y]);
            match ia.cmp(&ib) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    x += 1;
                    y += 1;
                    return Some((ia, wa, wb));
                }
            }
        }
        None
    })
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
