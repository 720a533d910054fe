//! How a claim compares with the place found for it in one readout: verbatim, close, altered or
//! not there, and the differences that say why. Meaning-bearing differences (negation, numbers,
//! names, opposites, modality) make a match `altered` however many other words agree.

use super::locate::{Span, Stream};
use super::words::{self, group, is_common, key};
use crate::analyse::names;
use crate::compare::diff;
use crate::model::check::{Change, Difference};
use crate::model::diff::{Op, Piece};
use crate::text::Word;
use crate::text::lexicon::{self, NEGATING_VERBS, NEGATIONS, OPPOSITES};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// Share of the claim's weighted words a place must have to be about the same point; below it
/// the readout does not say the claim at all.
pub const TOPIC: f64 = 0.5;
/// Share of all the claim's weighted words (names and boilerplate included) from which a place
/// is the claim's passage whatever its core words: a short quote with one word changed
/// ("noted the illegitimacy of the actions") has few core words to judge by.
pub const PASSAGE: f64 = 0.6;
/// Share of the claim's weighted words (and of the place's) for a `close` match.
pub const CLOSE: f64 = 0.75;
pub const CLOSE_PRECISION: f64 = 0.5;
/// Share of the claim's weighted words from which a quote that leaves words out of the middle
/// of its passage is still close: nothing of its own, only a shortening.
pub const NEARLY_ALL: f64 = 0.9;
/// Score of a synonym (`Moscow` for `Russia`) against a full word match.
const SYNONYM: f64 = 0.6;
/// Minor differences listed before the rest are counted.
const MAX_MINOR: usize = 8;

/// How well one readout supports a claim; ordered from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    None,
    Altered,
    Close,
    Verbatim,
}

/// A claim against its best place in one readout.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub level: Level,
    /// Weighted share of the claim's words the place has.
    pub coverage: f64,
    /// Weighted share of the place's words the claim has.
    pub precision: f64,
    /// Weighted share of the claim's words other than names the place has: whether it is
    /// about the same point.
    pub topic: f64,
    /// 1 for verbatim, else the harmonic mean of coverage and precision.
    pub score: f64,
    /// Meaning-bearing differences first, then minor ones.
    pub differences: Vec<Difference>,
    pub meaning: usize,
    /// Claim (left) against the readout's words (right); parts joined by an equal `…`.
    pub diff: Vec<Piece>,
    /// The readout's words as written; parts joined by ` … `.
    pub quote: String,
    /// Indexes of the statements the place covers.
    pub statements: Vec<usize>,
    /// The place as `(statement, byte start, byte end)` pieces of statement texts.
    pub pieces: Vec<(usize, usize, usize)>,
}

/// What the meaning checks need to know beyond the two texts.
pub struct Context {
    /// The words the readouts write as names (see [`crate::analyse::names`]). A capitalised
    /// first word of a sentence counts as a name only if it is one of these.
    pub names: HashSet<&'static str>,
}

impl Context {
    pub fn new<'a, 't: 'a>(statements: impl Iterator<Item = &'a [Word<'t>]>) -> Context {
        Context { names: names::names(statements.flatten()).into_iter().collect() }
    }

    fn is_name(&self, w: &Word) -> bool {
        self.could_be_name(w) && (!w.sentence_start() || self.names.contains(w.form.lower))
    }

    /// Capitalised and not a function word, title, month, modal or negation: a name if it
    /// stands where the other text has one, even first in its sentence.
    fn could_be_name(&self, w: &Word) -> bool {
        w.form.capital
            && !words::is_stop(w)
            && !is_common(w)
            && month(w).is_none()
            && lexicon::modal_class(w.form.lower).is_none()
            && !NEGATIONS.contains(&w.form.lower)
            && !key(w).starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The month a word names (0-based), written out or abbreviated (`Sept.` too).
fn month(w: &Word) -> Option<usize> {
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
fn numbers(w: &Word) -> Vec<(String, bool)> {
    if let Some(m) = month(w) {
        // "May" is a month only next to a day or year; elsewhere it is the modal.
        if w.form.lower != "may" {
            return vec![(format!("month {}", m + 1), true)];
        }
    }
    let digits = w.form.lower.starts_with(|c: char| c.is_ascii_digit());
    w.form.number.or(w.form.ordinal).map(|n| (n.to_string(), digits)).into_iter().collect()
}

fn opposite_keys() -> &'static Vec<(HashSet<&'static str>, HashSet<&'static str>)> {
    static KEYS: OnceLock<Vec<(HashSet<&'static str>, HashSet<&'static str>)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let keys = |ws: &[&str]| -> HashSet<&'static str> {
            ws.iter().filter_map(|w| words::words(w).into_iter().next().map(|x| key(&x))).collect()
        };
        OPPOSITES.iter().map(|(a, b)| (keys(a), keys(b))).collect()
    })
}

fn negating_verb_keys() -> &'static HashSet<&'static str> {
    static KEYS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        NEGATING_VERBS
            .iter()
            .filter_map(|w| words::words(w).into_iter().next().map(|x| key(&x)))
            .collect()
    })
}

/// Positions of the words in `ws` that negate: `not`, `never`, `n't`, `refused to`….
fn negations(ws: &[Word]) -> Vec<usize> {
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

/// A stretch where claim and readout differ: claim words `c`, readout words `s` (indexes into
/// the joined word lists of all parts).
#[derive(Debug, Clone)]
struct Region {
    c: std::ops::Range<usize>,
    s: std::ops::Range<usize>,
}

/// Where the two word lists differ, by exact form; changes separated only by one or two
/// function words are one region ("[did not welcome] vs [welcomed]").
fn regions(
    c: &[Word],
    s: &[Word],
    c0: usize,
    s0: usize,
    fine: &mut Vec<Region>,
    out: &mut Vec<Region>,
) {
    let ck: Vec<&str> = c.iter().map(|w| w.form.exact).collect();
    let sk: Vec<&str> = s.iter().map(|w| w.form.exact).collect();
    let local = diff::regions(&ck, &sk);
    let shift = |r: &diff::Region| Region {
        c: r.l.start + c0..r.l.end + c0,
        s: r.r.start + s0..r.r.end + s0,
    };
    fine.extend(local.iter().filter(|r| !r.equal).map(shift));
    let merged = diff::join_stranded(
        local,
        2,
        |gap| c[gap.l.clone()].iter().all(words::is_stop),
        |r| !r.equal,
    );
    out.extend(merged.iter().filter(|r| !r.equal).map(shift));
}

fn counts<'a>(keys: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    let mut m = BTreeMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

/// Words as written for a difference; parts of a hyphenated word are shown as the whole word
/// (`30-day`, not `30`).
fn run(ws: &[Word]) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut last = None;
    for w in ws {
        if last.is_none_or(|l: &Word| !l.same_whole(w)) {
            out.push(w.whole);
            last = Some(w);
        }
    }
    out.join(" ")
}

/// The same words spelt another way: same loose keys (`US` / `U.S.`, `thirty` / `30`), or the
/// same letters once hyphens go (`ceasefire` / `cease-fire`).
fn spelling_variant(c: &[Word], s: &[Word]) -> bool {
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

/// [`share`], with words `a_found` of `a` known to be found as words `b_used` of `b`.
fn share_with(a: &[Word], aw: &[f64], b: &[Word], a_found: &[usize], b_used: &[usize]) -> f64 {
    let total: f64 = aw.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let found: f64 = a_found.iter().map(|&i| aw[i]).sum();
    let (ra, rw): (Vec<Word>, Vec<f64>) =
        (0..a.len()).filter(|i| !a_found.contains(i)).map(|i| (a[i], aw[i])).unzip();
    let rb: Vec<Word> = (0..b.len()).filter(|j| !b_used.contains(j)).map(|j| b[j]).collect();
    let rest: f64 = rw.iter().sum();
    (found + share(&ra, &rw, &rb) * rest) / total
}

/// Weighted share of `a`'s words found in `b` (each of `b`'s words used once).
fn share(a: &[Word], aw: &[f64], b: &[Word]) -> f64 {
    let total: f64 = aw.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let mut left: BTreeMap<&str, usize> = counts(b.iter().map(|w| key(w)));
    let mut groups: BTreeMap<&str, usize> =
        counts(b.iter().filter(|w| group(w).starts_with('@')).map(|w| group(w)));
    let mut got = 0.0;
    let mut pending = Vec::new();
    for (w, &x) in a.iter().zip(aw) {
        match left.get_mut(key(w)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                if group(w).starts_with('@') {
                    groups.entry(group(w)).and_modify(|g| *g = g.saturating_sub(1));
                }
                got += x;
            }
            _ => pending.push((w, x)),
        }
    }
    let mut rest = Vec::new();
    for (w, x) in pending {
        match groups.get_mut(group(w)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                got += SYNONYM * x;
            }
            _ => rest.push((w, x)),
        }
    }
    // Other forms of the same word (`democracy` / `democratic`), each used once.
    for (w, x) in rest {
        if words::is_stop(w) {
            continue;
        }
        if let Some((_, n)) = left.iter_mut().find(|(k, n)| **n > 0 && words::related(key(w), k)) {
            *n -= 1;
            got += SYNONYM * x;
        }
    }
    got / total
}

/// Compares a claim (its parts, words and weights) with one combination of places in a stream.
pub fn assess(
    stream: &Stream,
    part_texts: &[String],
    part_words: &[Vec<Word>],
    part_weights: &[Vec<f64>],
    combo: &[Option<Span>],
    ctx: &Context,
) -> Assessment {
    let mut claim: Vec<Word> = Vec::new();
    let mut cw: Vec<f64> = Vec::new();
    let mut src: Vec<Word> = Vec::new();
    let mut sw: Vec<f64> = Vec::new();
    let mut regs: Vec<Region> = Vec::new();
    let mut fine: Vec<Region> = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut quotes: Vec<String> = Vec::new();
    let mut statements: Vec<usize> = Vec::new();
    let mut places: Vec<(usize, usize, usize)> = Vec::new();
    let mut exact = true;
    for (k, (span, pw)) in combo.iter().zip(part_words).enumerate() {
        if k > 0 {
            pieces.push(Piece { op: Op::Equal, text: "…".to_string() });
        }
        let (c0, s0) = (claim.len(), src.len());
        claim.extend(pw.iter().cloned());
        cw.extend(&part_weights[k]);
        match span {
            Some(sp) => {
                let ws = &stream.words[sp.start..sp.end];
                exact &= ws.len() == pw.len() && ws.iter().zip(pw).all(|(a, b)| a.same_as(b));
                src.extend(ws.iter().cloned());
                sw.extend(&stream.weight[sp.start..sp.end]);
                let text = stream.text(sp.start, sp.end);
                pieces.extend(diff::diff_exact(&part_texts[k], &text));
                quotes.push(text);
                places.extend(stream.pieces(sp.start, sp.end));
                for s in stream.statement_ids(sp.start, sp.end) {
                    if !statements.contains(&s) {
                        statements.push(s);
                    }
                }
                regions(pw, ws, c0, s0, &mut fine, &mut regs);
            }
            None => {
                exact = false;
                pieces.push(Piece { op: Op::Left, text: part_texts[k].clone() });
                let r = Region { c: c0..c0 + pw.len(), s: s0..s0 };
                fine.push(r.clone());
                regs.push(r);
            }
        }
    }
    let quote = quotes.join(" … ");
    if exact {
        return Assessment {
            level: Level::Verbatim,
            coverage: 1.0,
            precision: 1.0,
            topic: 1.0,
            score: 1.0,
            differences: Vec::new(),
            meaning: 0,
            diff: pieces,
            quote,
            statements,
            pieces: places,
        };
    }
    // Words spelt differently ("per cent" / "percent", "ceasefire" / "cease-fire") are the same
    // words: they count as found on both sides.
    let (mut same_c, mut same_s) = (Vec::new(), Vec::new());
    for f in &fine {
        if !f.c.is_empty()
            && !f.s.is_empty()
            && spelling_variant(&claim[f.c.clone()], &src[f.s.clone()])
        {
            same_c.extend(f.c.clone());
            same_s.extend(f.s.clone());
        }
    }
    let coverage = share_with(&claim, &cw, &src, &same_c, &same_s);
    // Whether the place is about the claim's point at all is judged on the claim's core words
    // (not function words, boilerplate or names) against the whole of the statements the place
    // is in: "signed a memorandum on fisheries in the Sarin Strait" shares only a name with the
    // Sarin Strait passage, and "the three leaders agreed to hold a naval exercise" only
    // boilerplate with "the three leaders agreed to meet again".
    let core: Vec<usize> = (0..claim.len())
        .filter(|&i| {
            let w = &claim[i];
            !words::is_stop(w) && !is_common(w) && !ctx.is_name(w) && cw[i] > 0.2
        })
        .collect();
    let context: Vec<Word> =
        statements.iter().flat_map(|&st| stream.statement_words(st).iter().cloned()).collect();
    let topic = if core.is_empty() {
        coverage
    } else {
        let cwds: Vec<Word> = core.iter().map(|&i| claim[i]).collect();
        let cwts: Vec<f64> = core.iter().map(|&i| cw[i]).collect();
        share(&cwds, &cwts, &context)
    };
    let precision = share_with(&src, &sw, &claim, &same_s, &same_c);
    let score = if coverage + precision > 0.0 {
        2.0 * coverage * precision / (coverage + precision)
    } else {
        0.0
    };
    let (meaning, used) = meaning_differences(&claim, &src, &regs, ctx);
    let n_meaning = meaning.len();
    let mut differences = meaning;
    // Minor differences are listed change by change; those inside a region that a meaning
    // check explained are not listed again.
    let overlaps = |a: &Region, b: &Region| {
        (a.c.start < b.c.end && b.c.start < a.c.end) || (a.s.start < b.s.end && b.s.start < a.s.end)
    };
    let used_fine: HashSet<usize> = fine
        .iter()
        .enumerate()
        .filter(|(_, f)| used.iter().any(|&u| overlaps(f, &regs[u])))
        .map(|(k, _)| k)
        .collect();
    let minor = minor_differences(&claim, &src, &fine, &used_fine);
    let level = if topic < TOPIC && coverage < PASSAGE {
        Level::None
    } else if n_meaning > 0 {
        Level::Altered
    } else if coverage >= CLOSE && (precision >= CLOSE_PRECISION || coverage >= NEARLY_ALL) {
        Level::Close
    } else {
        let change = if coverage < CLOSE {
            Change::WordingDiffers { share: coverage }
        } else {
            Change::Spread { share: precision }
        };
        differences.push(Difference::new(change, Vec::new(), Vec::new()));
        Level::Altered
    };
    differences.extend(minor);
    Assessment {
        level,
        coverage,
        precision,
        topic,
        score,
        differences,
        meaning: n_meaning,
        diff: pieces,
        quote,
        statements,
        pieces: places,
    }
}

/// The meaning-bearing differences, and the regions they explain (left out of the minor list).
fn meaning_differences(
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

    // Opposites, within one region.
    for (ri, r) in regs.iter().enumerate() {
        for (a, b) in opposite_keys() {
            for (x, y) in [(a, b), (b, a)] {
                let cw = r.c.clone().find(|&i| x.contains(key(&claim[i])) && c_only(&claim[i]));
                let sw = r.s.clone().find(|&j| y.contains(key(&src[j])) && s_only(&src[j]));
                if let (Some(i), Some(j)) = (cw, sw) {
                    out.push(Difference::new(
                        Change::Opposite,
                        vec![run(&claim[i..=i])],
                        vec![run(&src[j..=j])],
                    ));
                    consumed_c.insert(i);
                    consumed_s.insert(j);
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
                out.push(Difference::new(
                    Change::Opposite,
                    vec![run(&claim[i..=i])],
                    vec![run(&src[j..=j])],
                ));
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
            let cw: Vec<Word> = dedup(&cs).into_iter().map(|i| claim[i]).collect();
            let sw: Vec<Word> = dedup(&ss).into_iter().map(|j| src[j]).collect();
            out.push(Difference::new(Change::NumberChanged, vec![run(&cw)], vec![run(&sw)]));
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
    let missing: Vec<usize> = dedup(
        &c_extra
            .iter()
            .filter(|x| x.2 && !reported.contains(&x.0))
            .map(|x| x.0)
            .collect::<Vec<_>>(),
    );
    if !missing.is_empty() {
        let ws: Vec<Word> = missing.iter().map(|&i| claim[i]).collect();
        out.push(Difference::new(Change::NumberMissing, vec![run(&ws)], Vec::new()));
        for (ri, r) in regs.iter().enumerate() {
            if missing.iter().any(|i| r.c.contains(i)) {
                used.insert(ri);
            }
        }
    }

    // Names: one name against another in the same place. A name next to a name both sides have
    // is part of a longer one ("Wang" / "Wang Yi"), not a swap.
    let cgroups = counts(claim.iter().map(|w| group(w)));
    let sgroups = counts(src.iter().map(|w| group(w)));
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
        if !cs.is_empty() && !ss.is_empty() {
            let cw: Vec<Word> = cs.iter().map(|&i| claim[i]).collect();
            let sw: Vec<Word> = ss.iter().map(|&j| src[j]).collect();
            out.push(Difference::new(Change::NameChanged, vec![run(&cw)], vec![run(&sw)]));
            used.insert(ri);
        }
    }

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
    (out, used)
}

fn dedup(v: &[usize]) -> Vec<usize> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

/// Everything else that differs, region by region: spelling and inflection variants, words
/// swapped, added, left out or moved.
fn minor_differences(
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

#[cfg(test)]
mod tests {
    use super::super::locate::Stream;
    use super::super::words::{Weights, words};
    use super::*;
    use crate::model::Readout;

    /// Other statements of the readout, so that word weights are those of a real readout.
    const BACKGROUND: &[&str] = &[
        "The two leaders held talks on Wednesday.",
        "Both sides discussed trade, energy and security in the region.",
        "Talks between Norland and Ostravia will go on.",
        "The ministers exchanged views on regional and international issues.",
        "They also discussed the situation in Lower Vessa and Kalvaria.",
        "The presidents agreed to meet again next year.",
    ];

    fn readout(text: &str) -> Readout {
        let texts: Vec<&str> = std::iter::once(text).chain(BACKGROUND.iter().copied()).collect();
        Readout::of("S", "S", &texts)
    }

    /// Assesses `claim` against the first statement, `text`, of a readout.
    fn check(claim: &str, text: &str) -> Assessment {
        let r = readout(text);
        let sw: Vec<Vec<Word>> = r.statements.iter().map(|s| words(&s.text)).collect();
        let wt = Weights::new(sw.iter().map(|v| v.as_slice()));
        let st = Stream::new(&r, &sw, &wt);
        let cwords = words(claim);
        let cw: Vec<f64> = cwords.iter().map(|w| wt.of(w)).collect();
        let ctx = Context::new(sw.iter().map(|v| v.as_slice()));
        let span = Span { start: 0, end: sw[0].len(), score: 1.0 };
        assess(&st, &[claim.to_string()], &[cwords], &[cw], &[Some(span)], &ctx)
    }

    fn has(a: &Assessment, what: &str) -> bool {
        a.differences.iter().any(|d| crate::render::view::check::phrase(d).contains(what))
    }

    #[test]
    fn the_same_words_in_other_quote_styles_are_verbatim() {
        let a = check(
            "“Our partnership is not directed,” Orlev said",
            "\"Our partnership is not directed,\" Orlev said",
        );
        assert_eq!(a.level, Level::Verbatim);
    }

    #[test]
    fn spelling_variants_are_close_and_listed() {
        let a = check(
            "it supports a 30-day ceasefire under US auspices",
            "it supports a 30-day cease-fire under U.S. auspices",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
        assert!(has(&a, "'ceasefire' vs 'cease-fire' (spelling)"), "{:?}", a.differences);
        assert!(has(&a, "'US' vs 'U.S.'"), "{:?}", a.differences);
        let a = check("supports a thirty-day cease-fire now", "supports a 30-day cease-fire now");
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn a_dropped_negation_alters() {
        let a = check(
            "Our partnership is directed against third countries",
            "Our partnership is not directed against third countries",
        );
        assert_eq!(a.level, Level::Altered);
        assert!(has(&a, "negation dropped"), "{:?}", a.differences);
        let a = check(
            "Halloway did not welcome the decision to restore flights",
            "Halloway welcomed the decision to restore flights",
        );
        assert!(has(&a, "negation added"), "{:?}", a.differences);
        let a = check(
            "Beijing refused to sign the trade deal",
            "Beijing agreed to sign the trade deal",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn changed_numbers_and_dates_alter() {
        let a = check(
            "supports a 60-day cease-fire as a first step",
            "supports a 30-day cease-fire as a first step",
        );
        assert_eq!(a.level, Level::Altered);
        assert!(has(&a, "number changed: '60-day' vs '30-day'"), "{:?}", a.differences);
        let a = check(
            "detained since Oct. 2, 2024 in the north",
            "detained since Oct. 2, 2025 in the north",
        );
        assert!(has(&a, "'2024' vs '2025'"), "{:?}", a.differences);
        let a =
            check("the group meets in November each year", "the group meets in October each year");
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn a_changed_part_of_a_longer_name_alters() {
        let a = check(
            "Orlev briefed Sarkander on the situation in Upper Vessa",
            "Orlev briefed Sarkander on the situation in Lower Vessa.",
        );
        assert!(has(&a, "name changed: 'Upper' vs 'Lower'"), "{:?}", a.differences);
    }

    #[test]
    fn a_quote_shortened_in_the_middle_is_close() {
        let a = check(
            "Sarkander noted that relations have kept a steady momentum",
            "Sarkander noted that this year marks the anniversary of the treaty between the two \
             countries, and that relations between them have kept a steady momentum",
        );
        assert_eq!(a.level, Level::Close, "{} {:?}", a.precision, a.differences);
    }

    #[test]
    fn the_same_figure_in_another_unit_alters() {
        let a = check("extend the accord for 30 weeks", "extend the accord for 30 days");
        assert!(has(&a, "unit changed: '30 weeks' vs '30 days'"), "{:?}", a.differences);
        let a = check(
            "raise trade to 60 billion euros by 2030",
            "raise trade to 60 billion U.S. dollars by 2030",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        let a = check("grew by 12.5 per cent last year", "grew by 12.5 percent last year");
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn swapped_names_alter_but_longer_names_do_not() {
        let a = check(
            "Ostravia forms its position on the basis of the facts",
            "Norland forms its position on the basis of the facts",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "name changed: 'Ostravia' vs 'Norland'"), "{:?}", a.differences);
        let a = check(
            "Wang said the congress was a success for the party",
            "Wang Yi said the congress was a success for the party",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
        let a =
            check("talks with Moscow on energy supplies", "talks with Russia on energy supplies");
        assert_ne!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn opposite_words_alter() {
        let a = check(
            "Bilateral trade turnover fell by 12.5 percent",
            "Bilateral trade turnover rose by 12.5 percent",
        );
        assert!(has(&a, "opposite sense: 'fell' vs 'rose'"), "{:?}", a.differences);
        let a = check(
            "The number is expected to decrease to 20",
            "The number is expected to increase to 20",
        );
        assert_eq!(a.level, Level::Altered);
        let a = check(
            "the sanctions are legitimate and fair",
            "the sanctions are illegitimate and fair",
        );
        assert_eq!(a.level, Level::Altered);
        let a = check(
            "a settlement reached without outside help",
            "a settlement reached with outside help",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
    }

    #[test]
    fn a_negative_prefix_alters_even_a_short_quote() {
        let a = check(
            "noted the illegitimacy of the actions taken by Russia",
            "noted the legitimacy of the actions taken by Russia to protect its interests",
        );
        assert_eq!(a.level, Level::Altered, "{:?}", a.differences);
        assert!(has(&a, "opposite sense: 'illegitimacy' vs 'legitimacy'"), "{:?}", a.differences);
    }

    #[test]
    fn changed_modality_alters_but_will_would_does_not() {
        let a = check(
            "concerns of all countries should be taken seriously",
            "concerns of all countries must be taken seriously",
        );
        assert!(has(&a, "modality changed: 'should' vs 'must'"), "{:?}", a.differences);
        let a = check(
            "Mirava may increase its purchases of grain",
            "Mirava will increase its purchases of grain",
        );
        assert_eq!(a.level, Level::Altered);
        let a = check(
            "they agreed Mirava would increase its purchases of grain",
            "they agreed Mirava will increase its purchases of grain",
        );
        assert_eq!(a.level, Level::Close, "{:?}", a.differences);
    }

    #[test]
    fn moved_and_dropped_words_are_close() {
        let a = check(
            "agreed to expand cooperation in energy, finance, industry and transport",
            "agreed to expand cooperation in energy, industry, finance and transport",
        );
        assert_eq!(a.level, Level::Close);
        assert!(has(&a, "moved"), "{:?}", a.differences);
        let a = check(
            "should support each other on issues of sovereignty and territorial integrity",
            "should support each other on issues of sovereignty, security and territorial integrity",
        );
        assert_eq!(a.level, Level::Close);
        assert!(has(&a, "'security' left out"), "{:?}", a.differences);
    }

    #[test]
    fn different_content_is_altered_or_nothing() {
        let a = check(
            "the leaders discussed energy supplies and agreed on a railway link",
            "the leaders discussed energy supplies and agreed on a fisheries memorandum",
        );
        assert_eq!(a.level, Level::Altered, "{} {:?}", a.coverage, a.differences);
        assert!(has(&a, "much of the wording differs"));
        let a =
            check("a joint naval exercise next spring", "the leaders discussed energy supplies");
        assert_eq!(a.level, Level::None);
    }
}
