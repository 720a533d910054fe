//! Meaning-bearing differences between a claim and its place: opposites, negation, numbers,
//! units, names and modality. Any of them makes a match `altered` however many words agree.

use super::minor::spelling_variant;
use super::{Context, Region, counts, knobs, run};
use crate::check::words::{self, group, is_common, key};
use crate::model::check::{Change, Difference};
use crate::text::{Word, forms};

/// Letters two words must share at their start to be forms of one root to the object check.
const ROOT: usize = 3;
use crate::text::lexicon::{self, NEGATING_VERBS, NEGATIONS, OPPOSITES};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// The month a word names (0-based), written out or abbreviated (`Sept.` too).
pub(super) fn month(w: &Word) -> Option<usize> {
    if !w.form.capital {
        return None;
    }
    let l = w.form.lower.trim_end_matches('.');
    let l = if l == "sept" { "sep" } else { l };
    lexicon::MONTHS.iter().position(|m| l == *m || l == &m[..3])
}

/// Numbers a word states: digits (`30`, `1,140`, `12.5`, `20th`), number words, and months.
/// The flag says whether it is written in digits or is a month: such a number in a claim must
/// be in the readout.
pub(super) fn numbers(w: &Word) -> Vec<(String, bool)> {
    if let Some(m) = month(w) {
        // "May" is a month only capitalised inside a sentence ("in May"); elsewhere it is the
        // modal.
        if w.form.lower != "may" || (w.form.capital && !w.sentence_start()) {
            return vec![(format!("month {}", m + 1), true)];
        }
    }
    let digits = w.form.lower.starts_with(|c: char| c.is_ascii_digit());
    w.form.number.or(w.form.ordinal).map(|n| (n.to_string(), digits)).into_iter().collect()
}

/// Each `OPPOSITES` pair as the key sequences of its two sides' entries: one key for a word,
/// the verb's and the particles' for a phrasal verb (`call off`).
type OppositeKeys = Vec<(Vec<Vec<&'static str>>, Vec<Vec<&'static str>>)>;

pub(super) fn opposite_keys() -> &'static OppositeKeys {
    static KEYS: OnceLock<OppositeKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        // A Chinese entry is one word, its own key: cutting it would load Jieba's dictionary
        // (0.2 s) for every check, Chinese or not.
        let keys = |ws: &[&'static str]| -> Vec<Vec<&'static str>> {
            ws.iter()
                .map(|w| {
                    if w.chars().any(crate::text::lang::is_han) {
                        vec![*w]
                    } else {
                        words::words(w).iter().map(key).collect()
                    }
                })
                .collect()
        };
        OPPOSITES.iter().map(|(a, b)| (keys(a), keys(b))).collect()
    })
}

/// How many words may stand between a phrasal verb and its particle ("called the planned
/// summit off").
const PARTICLE_GAP: usize = 6;

/// The words of `ws` that are one of the `entries` starting inside `range`, each word one that
/// `only` allows: a single word, or a verb with its particles right after it or after a few
/// words of the same sentence.
fn find_entry(
    ws: &[Word],
    range: std::ops::Range<usize>,
    entries: &[Vec<&str>],
    only: impl Fn(&Word) -> bool,
) -> Option<Vec<usize>> {
    let is = |k: usize, want: &str| ws.get(k).is_some_and(|w| key(w) == want && only(w));
    for i in range {
        for e in entries {
            let Some((first, particles)) = e.split_first() else { continue };
            if !is(i, first) {
                continue;
            }
            if particles.is_empty() {
                return Some(vec![i]);
            }
            for at in i + 1..=i + 1 + PARTICLE_GAP {
                if ws.get(at).is_none_or(|w| w.sentence_start()) {
                    break;
                }
                if particles.iter().enumerate().all(|(n, p)| is(at + n, p)) {
                    return Some(std::iter::once(i).chain(at..at + particles.len()).collect());
                }
            }
        }
    }
    None
}

pub(super) fn negating_verb_keys() -> &'static HashSet<&'static str> {
    static KEYS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        NEGATING_VERBS
            .iter()
            .filter_map(|w| words::words(w).into_iter().next().map(|x| key(&x)))
            .collect()
    })
}

/// Positions of the words in `ws` that negate: `not`, `never`, `n't`, `refused to`….
pub(super) fn negations(ws: &[Word]) -> Vec<usize> {
    (0..ws.len())
        .filter(|&i| {
            let l = ws[i].form.lower;
            NEGATIONS.contains(&l)
                || l.ends_with("n't")
                || (negating_verb_keys().contains(key(&ws[i]))
                    && ws.get(i + 1).is_some_and(|n| n.form.lower == "to"))
        })
        .collect()
}

/// The meaning-bearing differences, and the regions they explain (left out of the minor list).
pub(super) fn meaning_differences(
    claim: &[Word],
    src: &[Word],
    regs: &[Region],
    ctx: &Context,
) -> (Vec<Difference>, HashSet<usize>) {
    let mut out = Vec::new();
    let mut used: HashSet<usize> = HashSet::new();
    let ckeys = counts(claim.iter().map(|w| key(w)));
    let skeys = counts(src.iter().map(|w| key(w)));
    // A word is "only in" one side when that side has more of it than the other.
    let c_only = |w: &Word| ckeys.get(key(w)) > skeys.get(key(w));
    let s_only = |w: &Word| skeys.get(key(w)) > ckeys.get(key(w));
    let mut consumed_c: HashSet<usize> = HashSet::new();
    let mut consumed_s: HashSet<usize> = HashSet::new();

    // An opposite of the claim's words `cw` against the readout's `sw` (a word each, or a
    // phrasal verb's verb and particles).
    let opposite = |cw: &[usize], sw: &[usize]| {
        Difference::new(Change::Opposite, vec![run_at(claim, cw)], vec![run_at(src, sw)])
    };
    // Opposites, within one region (a phrasal verb's particle may lie beyond it).
    for (ri, r) in regs.iter().enumerate() {
        for (a, b) in opposite_keys() {
            for (x, y) in [(a, b), (b, a)] {
                let cw = find_entry(claim, r.c.clone(), x, |w| c_only(w));
                let sw = find_entry(src, r.s.clone(), y, |w| s_only(w));
                if let (Some(cw), Some(sw)) = (cw, sw) {
                    out.push(opposite(&cw, &sw));
                    consumed_c.extend(cw);
                    consumed_s.extend(sw);
                    used.insert(ri);
                }
            }
        }
        // A word against itself with a negative prefix (`legitimacy` / `illegitimacy`).
        let free: Vec<usize> =
            r.c.clone().filter(|i| !consumed_c.contains(i) && c_only(&claim[*i])).collect();
        for i in free {
            let j = r.s.clone().find(|&j| {
                !consumed_s.contains(&j)
                    && s_only(&src[j])
                    && lexicon::negative_prefix(claim[i].form.lower, src[j].form.lower)
            });
            if let Some(j) = j {
                out.push(opposite(&[i], &[j]));
                consumed_c.insert(i);
                consumed_s.insert(j);
                used.insert(ri);
            }
        }
    }

    // Negation, counted over the whole of both sides so that a moved "not" is no change.
    let cn: Vec<usize> = negations(claim).into_iter().filter(|i| !consumed_c.contains(i)).collect();
    let sn: Vec<usize> = negations(src).into_iter().filter(|j| !consumed_s.contains(j)).collect();
    if cn.len() != sn.len() {
        let (more, fewer) = if cn.len() > sn.len() { (&cn, claim) } else { (&sn, src) };
        let other: HashSet<&str> = if cn.len() > sn.len() {
            sn.iter().map(|&j| src[j].form.lower).collect()
        } else {
            cn.iter().map(|&i| claim[i].form.lower).collect()
        };
        let mut shown: Vec<String> = more
            .iter()
            .filter(|&&i| !other.contains(fewer[i].form.lower))
            .map(|&i| run(&fewer[i..=i]))
            .collect();
        if shown.is_empty() {
            shown.push(run(&fewer[more[0]..=more[0]]));
        }
        out.push(if cn.len() > sn.len() {
            Difference::new(Change::NegationAdded, shown, Vec::new())
        } else {
            Difference::new(Change::NegationDropped, Vec::new(), shown)
        });
        for (ri, r) in regs.iter().enumerate() {
            if r.c.clone().any(|i| cn.contains(&i)) || r.s.clone().any(|j| sn.contains(&j)) {
                used.insert(ri);
            }
        }
    }

    // Numbers: a number written in digits (or a date) in the claim must be in the readout; a
    // number against a different number in the same place is a change.
    let cnum: Vec<(usize, String, bool)> = (0..claim.len())
        .flat_map(|i| numbers(&claim[i]).into_iter().map(move |(n, d)| (i, n, d)))
        .collect();
    let snum: Vec<(usize, String, bool)> = (0..src.len())
        .flat_map(|j| numbers(&src[j]).into_iter().map(move |(n, d)| (j, n, d)))
        .collect();
    let cvals = counts(cnum.iter().map(|x| x.1.as_str()));
    let svals = counts(snum.iter().map(|x| x.1.as_str()));
    let c_extra: Vec<&(usize, String, bool)> =
        cnum.iter().filter(|x| cvals.get(x.1.as_str()) > svals.get(x.1.as_str())).collect();
    let s_extra: Vec<&(usize, String, bool)> =
        snum.iter().filter(|x| svals.get(x.1.as_str()) > cvals.get(x.1.as_str())).collect();
    let mut reported: HashSet<usize> = HashSet::new();
    for (ri, r) in regs.iter().enumerate() {
        let cs: Vec<usize> = c_extra.iter().filter(|x| r.c.contains(&x.0)).map(|x| x.0).collect();
        let ss: Vec<usize> = s_extra.iter().filter(|x| r.s.contains(&x.0)).map(|x| x.0).collect();
        if !cs.is_empty() && !ss.is_empty() {
            let (cw, sw) = (run_at(claim, &dedup(&cs)), run_at(src, &dedup(&ss)));
            out.push(Difference::new(Change::NumberChanged, vec![cw], vec![sw]));
            reported.extend(cs);
            used.insert(ri);
        }
    }
    // The same figure of another unit: "30 weeks" for "30 days", "60 billion euros" for "60
    // billion U.S. dollars".
    let is_figure = |w: &Word| key(w).starts_with(|c: char| c.is_ascii_digit());
    let before = |ws: &[Word], at: usize| -> Option<usize> {
        let mut k = at.checked_sub(1)?;
        if words::is_stop(&ws[k]) {
            k = k.checked_sub(1)?;
        }
        Some(k)
    };
    for (ri, r) in regs.iter().enumerate() {
        if r.c.is_empty() || r.s.is_empty() {
            continue;
        }
        let (Some(i), Some(j)) = (before(claim, r.c.start), before(src, r.s.start)) else {
            continue;
        };
        let figure = |ws: &[Word], k: usize| {
            is_figure(&ws[k])
                || (k > 0
                    && ws[k].form.number.or(ws[k].form.ordinal).is_some()
                    && is_figure(&ws[k - 1]))
        };
        let (c, sw) = (&claim[r.c.clone()], &src[r.s.clone()]);
        if key(&claim[i]) == key(&src[j])
            && figure(claim, i)
            && !is_figure(&c[0])
            && !is_figure(&sw[0])
            && !spelling_variant(c, sw)
            && !used.contains(&ri)
        {
            out.push(Difference::new(
                Change::UnitChanged,
                vec![run(&claim[i..r.c.end])],
                vec![run(&src[j..r.s.end])],
            ));
            used.insert(ri);
        }
    }
    time_differences(claim, src, regs, &mut used, &mut out);
    let missing: Vec<usize> = dedup(
        &c_extra
            .iter()
            .filter(|x| x.2 && !reported.contains(&x.0))
            .map(|x| x.0)
            .collect::<Vec<_>>(),
    );
    if !missing.is_empty() {
        out.push(Difference::new(Change::NumberMissing, vec![run_at(claim, &missing)], Vec::new()));
        for (ri, r) in regs.iter().enumerate() {
            if missing.iter().any(|i| r.c.contains(i)) {
                used.insert(ri);
            }
        }
    }

    // Names: one name against another in the same place. A name next to a name both sides have
    // is part of a longer one ("Wang" / "Wang Yi"), not a swap.
    // Words one side has before or after all the other side's (the rest of the statement a
    // place is widened to, a lead-in the claim adds) are not where the other side put a name:
    // they do not balance a name there ("[Norlandic President] Sarkander … at the request of the
    // Ostravian side" against "Sarkander … at the request of the Norlandic side").
    let edges = |side: fn(&Region) -> &std::ops::Range<usize>,
                 other: fn(&Region) -> &std::ops::Range<usize>,
                 len: usize| {
        let mut out: HashSet<usize> = HashSet::new();
        for r in regs.iter().filter(|r| other(r).is_empty()) {
            let range = side(r);
            if range.start == 0 || range.end == len {
                out.extend(range.clone());
            }
        }
        out
    };
    let c_edge = edges(|r| &r.c, |r| &r.s, claim.len());
    let s_edge = edges(|r| &r.s, |r| &r.c, src.len());
    let inner = |ws: &[Word], edge: &HashSet<usize>| {
        counts((0..ws.len()).filter(|k| !edge.contains(k)).map(|k| group(&ws[k])))
    };
    let cgroups = inner(claim, &c_edge);
    let sgroups = inner(src, &s_edge);
    let lone = |ws: &[Word],
                i: usize,
                mine: &BTreeMap<&str, usize>,
                theirs: &BTreeMap<&str, usize>,
                strict: bool| {
        (if strict { ctx.is_name(&ws[i]) } else { ctx.could_be_name(&ws[i]) })
            && mine.get(group(&ws[i])) > theirs.get(group(&ws[i]))
    };
    // The name both sides have that a lone name stands next to, and on which side of it.
    let attached = |ws: &[Word], i: usize, theirs: &BTreeMap<&str, usize>| {
        [(i.wrapping_sub(1), -1i8), (i + 1, 1)].into_iter().find_map(|(k, d)| {
            ws.get(k)
                .filter(|n| ctx.is_name(n) && theirs.contains_key(group(n)))
                .map(|n| (group(n), d))
        })
    };
    for (ri, r) in regs.iter().enumerate() {
        let names = |strict: bool| -> (Vec<usize>, Vec<usize>) {
            (
                r.c.clone().filter(|&i| lone(claim, i, &cgroups, &sgroups, strict)).collect(),
                r.s.clone().filter(|&j| lone(src, j, &sgroups, &cgroups, strict)).collect(),
            )
        };
        // A sure name on one side makes a capitalised word in its place on the other a name.
        let (sc, ss) = names(true);
        let (lc, ls) = names(false);
        let (cs, ss) = match (sc.is_empty(), ss.is_empty()) {
            (false, true) => (sc, ls),
            (true, false) => (lc, ss),
            _ => (sc, ss),
        };
        // A name next to one both sides have only lengthens it ("Wang" / "Wang Yi"), unless the
        // other side has another name in the same place ("Upper Vessa" / "Lower Vessa").
        let ca: Vec<_> = cs.iter().map(|&i| attached(claim, i, &sgroups)).collect();
        let sa: Vec<_> = ss.iter().map(|&j| attached(src, j, &cgroups)).collect();
        let cs: Vec<usize> = cs
            .iter()
            .zip(&ca)
            .filter(|(_, a)| a.is_none() || sa.contains(a))
            .map(|(&i, _)| i)
            .collect();
        let ss: Vec<usize> = ss
            .iter()
            .zip(&sa)
            .filter(|(_, a)| a.is_none() || ca.contains(a))
            .map(|(&j, _)| j)
            .collect();
        // Like against like: a country, its capital or its people (a lexicon group) against a
        // person's name is not one name put for another ("Rubio raised" against "the Secretary
        // stressed the United States' commitment"); against another place it is ("Washington"
        // for "San Francisco").
        let place = |w: &Word| group(w).starts_with('@');
        let places = |ws: &[Word], at: &[usize]| at.iter().all(|&k| place(&ws[k]));
        let persons =
            |ws: &[Word], at: &[usize]| at.iter().all(|&k| !place(&ws[k]) && ctx.is_person(&ws[k]));
        let unlike =
            (places(claim, &cs) && persons(src, &ss)) || (persons(claim, &cs) && places(src, &ss));
        if !cs.is_empty() && !ss.is_empty() && !unlike {
            let (cw, sw) = (run_at(claim, &cs), run_at(src, &ss));
            out.push(Difference::new(Change::NameChanged, vec![cw], vec![sw]));
            used.insert(ri);
        }
    }

    traded_places(claim, src, regs, ctx, &mut used, &mut out);

    // Modality: a modal of one strength against another, or a hedge (may, might) put in or
    // taken out.
    let modal = |w: &Word| -> Option<&'static str> {
        if w.form.lower == "may" && month(w).is_some() && w.form.capital && !w.sentence_start() {
            return None;
        }
        lexicon::modal_class(w.form.lower)
    };
    let cm = counts(claim.iter().filter_map(modal));
    let sm = counts(src.iter().filter_map(modal));
    for (ri, r) in regs.iter().enumerate() {
        let cs: Vec<usize> =
            r.c.clone()
                .filter(|&i| modal(&claim[i]).is_some_and(|m| cm.get(m) > sm.get(m)))
                .collect();
        let ss: Vec<usize> =
            r.s.clone()
                .filter(|&j| modal(&src[j]).is_some_and(|m| sm.get(m) > cm.get(m)))
                .collect();
        let any_c = r.c.clone().any(|i| modal(&claim[i]).is_some());
        let any_s = r.s.clone().any(|j| modal(&src[j]).is_some());
        let hedge = |w: &Word| modal(w) == Some("may");
        let msg = if !cs.is_empty() && !ss.is_empty() {
            Some(Difference::new(
                Change::ModalityChanged,
                vec![run(&claim[cs[0]..=cs[0]])],
                vec![run(&src[ss[0]..=ss[0]])],
            ))
        } else if let Some(&i) = cs.iter().find(|&&i| hedge(&claim[i])).filter(|_| !any_s) {
            Some(Difference::new(Change::ModalityAdded, vec![run(&claim[i..=i])], Vec::new()))
        } else {
            ss.iter().find(|&&j| hedge(&src[j])).filter(|_| !any_c).map(|&j| {
                Difference::new(Change::ModalityDropped, Vec::new(), vec![run(&src[j..=j])])
            })
        };
        if let Some(m) = msg {
            out.push(m);
            used.insert(ri);
        }
    }
    // A changed object: one content word put for another, where the claim's word is one the
    // readouts use elsewhere ("fisheries patrol" for "naval patrol" when fisheries come up in
    // another point), or where both stand as one item of a list ("energy, agriculture, defence
    // and connectivity" for "…, finance and …": a list names things, and a translator does not
    // render one of them as an unrelated word). Another word the readouts never use is another
    // rendering, left to the minor list ("communication" for "conversation").
    for (ri, r) in regs.iter().enumerate() {
        if used.contains(&ri) {
            continue;
        }
        let content = |ws: &[Word], range: std::ops::Range<usize>| -> Vec<usize> {
            range.filter(|&k| !words::is_stop(&ws[k])).collect()
        };
        let (cs, ss) = (content(claim, r.c.clone()), content(src, r.s.clone()));
        if r.c.len() != 1 || r.s.len() != 1 {
            continue;
        }
        if let ([i], [j]) = (cs.as_slice(), ss.as_slice()) {
            let (a, b) = (&claim[*i], &src[*j]);
            // Words of any topic ("promote" / "push") and two forms of one root ("actions" /
            // "acts") are re-wordings, not another object.
            // Past and -ing forms are verbs (or verbal adjectives), which translators render
            // freely ("inaugurated" / "launched"); an object is a thing named.
            let plain = |w: &Word| {
                let l = w.form.lower;
                !l.ends_with("ed")
                    && !l.ends_with("ing")
                    && !is_common(w)
                    && !forms::is_common(key(w))
                    && !ctx.could_be_name(w)
                    && numbers(w).is_empty()
            };
            let same_root =
                key(a).chars().zip(key(b).chars()).take_while(|(x, y)| x == y).count() >= ROOT;
            if plain(a)
                && plain(b)
                && c_only(a)
                && s_only(b)
                && group(a) != group(b)
                && !words::related(key(a), key(b))
                && !same_root
                && !spelling_variant(&claim[*i..=*i], &src[*j..=*j])
                && (ctx.keys.contains(key(a)) || (list_item(claim, *i) && list_item(src, *j)))
            {
                out.push(Difference::new(
                    Change::ObjectChanged,
                    vec![run(&claim[*i..=*i])],
                    vec![run(&src[*j..=*j])],
                ));
                used.insert(ri);
            }
        }
    }
    (out, used)
}

/// Times said in words: the claim's against other ones in the same place, by class, where no
/// figure or month said it already; and a time the claim gives that the place gives nowhere.
fn time_differences(
    claim: &[Word],
    src: &[Word],
    regs: &[Region],
    used: &mut HashSet<usize>,
    out: &mut Vec<Difference>,
) {
    let time = |w: &Word| lexicon::time_class(w.form.lower);
    for (ri, r) in regs.iter().enumerate() {
        if used.contains(&ri) {
            continue;
        }
        let classes = |ws: &[Word], range: std::ops::Range<usize>| -> Vec<&str> {
            let mut v: Vec<&str> = range.filter_map(|k| time(&ws[k])).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (ct, st) = (classes(claim, r.c.clone()), classes(src, r.s.clone()));
        if !ct.is_empty() && !st.is_empty() && ct != st {
            let phrase = |ws: &[Word], range: std::ops::Range<usize>| {
                // A short stretch whole ("in the near future"), else from its first time word to
                // its last.
                if range.len() <= knobs().rewording_words + 2 {
                    return run(&ws[range]);
                }
                let at: Vec<usize> = range.clone().filter(|&k| time(&ws[k]).is_some()).collect();
                run(&ws[at[0]..=at[at.len() - 1]])
            };
            out.push(Difference::new(
                Change::TimeChanged,
                vec![phrase(claim, r.c.clone())],
                vec![phrase(src, r.s.clone())],
            ));
            used.insert(ri);
        }
    }
    // A time the claim gives and the place gives nowhere ("met last week" where it says only
    // "met"), like a date missing from it. Only words that say when on their own ("tomorrow",
    // "soon", a season, "the near future") or a "next" or "last" with its unit ("next year")
    // count: "the future of the world" or "the following steps" is no time.
    let s_times: HashSet<&str> = src.iter().filter_map(time).collect();
    let when = |k: usize| -> Option<std::ops::RangeInclusive<usize>> {
        match time(&claim[k])? {
            "next" | "last" => {
                let unit = time(claim.get(k + 1)?)?;
                lexicon::TIME_UNITS.contains(&unit).then_some(k..=k + 1)
            }
            unit if lexicon::TIME_UNITS.contains(&unit) => None,
            "soon" if claim[k].form.lower == "future" => {
                (k > 0 && claim[k - 1].form.lower == "near").then_some(k - 1..=k)
            }
            _ => Some(k..=k),
        }
    };
    for (ri, r) in regs.iter().enumerate() {
        if used.contains(&ri) {
            continue;
        }
        let given = r.c.clone().filter_map(when).find(|span| {
            span.clone().any(|k| time(&claim[k]).is_some_and(|t| !s_times.contains(t)))
        });
        if let Some(span) = given {
            out.push(Difference::new(Change::TimeMissing, vec![run(&claim[span])], Vec::new()));
            used.insert(ri);
        }
    }
}

/// Two names trading places ("Ukraine to end its war against Russia" against "Russia …
/// against Ukraine"): each balances the other in the counts, so the name check finds no
/// change, but who does what to whom is reversed. Names joined as items of a list ("Norland
/// and Ostravia") only change order.
fn traded_places(
    claim: &[Word],
    src: &[Word],
    regs: &[Region],
    ctx: &Context,
    used: &mut HashSet<usize>,
    out: &mut Vec<Difference>,
) {
    let named = |ws: &[Word], range: std::ops::Range<usize>| -> Vec<usize> {
        range.filter(|&k| ctx.could_be_name(&ws[k])).collect()
    };
    let groups_of = |ws: &[Word], at: &[usize]| -> Vec<&str> {
        let mut g: Vec<&str> = at.iter().map(|&k| group(&ws[k])).collect();
        g.sort_unstable();
        g.dedup();
        g
    };
    let listed = |ws: &[Word], a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| {
        let gap = &ws[a.end..b.start];
        ws[a.end - 1].break_after()
            || gap.iter().any(|w| lexicon::LIST_JOINERS.contains(&w.form.lower))
            || gap.iter().any(|w| w.form.lower == "between")
            || (a.start > 0 && ws[a.start - 1].form.lower == "between")
    };
    for ri in 0..regs.len() {
        for rk in ri + 1..regs.len() {
            let (x, y) = (&regs[ri], &regs[rk]);
            if used.contains(&ri) || used.contains(&rk) || x.c.is_empty() || y.c.is_empty() {
                continue;
            }
            let (cx, sx) = (named(claim, x.c.clone()), named(src, x.s.clone()));
            let (cy, sy) = (named(claim, y.c.clone()), named(src, y.s.clone()));
            if cx.is_empty() || sx.is_empty() || cy.is_empty() || sy.is_empty() {
                continue;
            }
            let sure = cx.iter().chain(&cy).any(|&k| ctx.is_name(&claim[k]))
                && sx.iter().chain(&sy).any(|&k| ctx.is_name(&src[k]));
            let (gcx, gsx) = (groups_of(claim, &cx), groups_of(src, &sx));
            let (gcy, gsy) = (groups_of(claim, &cy), groups_of(src, &sy));
            if sure
                && gcx == gsy
                && gcy == gsx
                && gcx != gsx
                && !listed(claim, &x.c, &y.c)
                && !listed(src, &x.s, &y.s)
            {
                out.push(Difference::new(
                    Change::NamesSwapped,
                    vec![run_at(claim, &cx), run_at(claim, &cy)],
                    vec![run_at(src, &sx), run_at(src, &sy)],
                ));
                used.insert(ri);
                used.insert(rk);
            }
        }
    }
}

/// Whether the word at `i` is a one-word item of a list: a comma on one side of it and a comma
/// or a joiner on the other ("agriculture, finance and"), or a joiner before it that follows an
/// item after a comma ("…, finance and connectivity").
fn list_item(ws: &[Word], i: usize) -> bool {
    let joiner =
        |k: usize| ws.get(k).is_some_and(|w| lexicon::LIST_JOINERS.contains(&w.form.lower));
    let comma_before = |k: usize| k > 0 && ws[k - 1].break_after();
    let before = comma_before(i) || (i > 0 && joiner(i - 1));
    let after = ws[i].break_after() || joiner(i + 1);
    (before && after && (comma_before(i) || ws[i].break_after()))
        || (i > 1 && joiner(i - 1) && comma_before(i - 2))
}

/// The words of `ws` at the positions `at`, as [`run`] writes them.
fn run_at(ws: &[Word], at: &[usize]) -> String {
    run(&at.iter().map(|&k| ws[k]).collect::<Vec<_>>())
}

pub(super) fn dedup(v: &[usize]) -> Vec<usize> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}
