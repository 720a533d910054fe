//! Where in a readout a claim's words are: word-level local alignment over the readout's whole
//! word stream (statements concatenated, so a quote that crosses a sentence boundary is found
//! whole), run only in windows around the places that share the claim's informative words.

use super::words::{self, Weights, group, key};
use crate::model::Readout;
use crate::text::Word;
use std::collections::HashMap;

/// Score of a weak match: two words of one synonym group (`Moscow` for `Russia`) or two forms
/// of one word (`unity`, `united`).
const SYNONYM: f64 = 0.6;
/// Cost of aligning two different words.
const MISMATCH: f64 = 0.5;
/// Cost of skipping a word, on either side: a base plus a share of its weight, so that leaving
/// out an informative word costs more than leaving out "the".
const GAP_BASE: f64 = 0.1;
const GAP_SHARE: f64 = 0.3;
/// Most words between two parts of a claim split by an ellipsis.
pub const MAX_ELISION: usize = 120;
/// Best places kept per readout for each claim (part).
const CANDIDATES: usize = 3;
/// Places to seed alignment windows at, per claim: the rarest words' places first.
const SEED_BUDGET: usize = 120;
/// Words (found in the readout) that seed whatever their number of places.
const MIN_SEED_WORDS: usize = 2;

/// A readout's words in reading order, with the statement each belongs to.
pub struct Stream<'a> {
    pub readout: &'a Readout,
    /// Spans are byte offsets into the statement's text.
    pub words: Vec<Word<'a>>,
    pub statement: Vec<usize>,
    pub weight: Vec<f64>,
    by_key: HashMap<&'static str, Vec<usize>>,
    by_group: HashMap<&'static str, Vec<usize>>,
}

impl<'a> Stream<'a> {
    /// `statements` holds the words of each of the readout's statements.
    pub fn new(
        readout: &'a Readout,
        statements: &[Vec<Word<'a>>],
        weights: &Weights,
    ) -> Stream<'a> {
        let mut words = Vec::new();
        let mut statement = Vec::new();
        for (i, ws) in statements.iter().enumerate() {
            words.extend(ws.iter().cloned());
            statement.extend(std::iter::repeat_n(i, ws.len()));
        }
        let mut by_key: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut by_group: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (j, w) in words.iter().enumerate() {
            by_key.entry(key(w)).or_default().push(j);
            if group(w).starts_with('@') {
                by_group.entry(group(w)).or_default().push(j);
            }
        }
        Stream {
            readout,
            weight: words.iter().map(|w| weights.of(w)).collect(),
            words,
            statement,
            by_key,
            by_group,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Where words `start..end` are: one `(statement, byte start, byte end)` per statement,
    /// offsets into the statement's text. A statement the span runs on from is taken to its end,
    /// with its own closing punctuation.
    pub fn pieces(&self, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut j = start;
        while j < end {
            let st = self.statement[j];
            let mut k = j;
            while k + 1 < end && self.statement[k + 1] == st {
                k += 1;
            }
            let until = if k + 1 < end {
                self.readout.statements[st].text.len()
            } else {
                self.words[k].end()
            };
            out.push((st, self.words[j].start(), until));
            j = k + 1;
        }
        out
    }

    /// The text of words `start..end` as written; pieces from different statements are joined
    /// with a space.
    pub fn text(&self, start: usize, end: usize) -> String {
        self.pieces(start, end)
            .into_iter()
            .map(|(st, a, b)| &self.readout.statements[st].text[a..b])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The words of statement `st`.
    pub fn statement_words(&self, st: usize) -> &[Word<'_>] {
        let a = self.statement.partition_point(|&s| s < st);
        let b = self.statement.partition_point(|&s| s <= st);
        &self.words[a..b]
    }

    /// Ids of the statements words `start..end` belong to.
    pub fn statement_ids(&self, start: usize, end: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &s in &self.statement[start..end] {
            if out.last() != Some(&s) {
                out.push(s);
            }
        }
        out
    }
}

/// A place in a stream that a claim (or one part of it) was aligned to.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Words `start..end` of the stream.
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// Where the words of `part` occur exactly (after folding case, quote and dash styles).
pub fn exact(stream: &Stream, part: &[Word], from: usize, to: usize) -> Vec<usize> {
    let n = part.len();
    if n == 0 {
        return Vec::new();
    }
    let to = to.min(stream.len());
    (from..to.saturating_sub(n - 1))
        .filter(|&j| part.iter().zip(&stream.words[j..j + n]).all(|(a, b)| a.same_as(b)))
        .collect()
}

fn sim(c: &Word, s: &Word, w: f64) -> f64 {
    if key(c) == key(s) {
        w
    } else if (group(c) == group(s) && group(c).starts_with('@'))
        || (!words::is_stop(c) && words::related(key(c), key(s)))
    {
        SYNONYM * w
    } else {
        -MISMATCH
    }
}

/// Smith-Waterman alignment of `claim` against stream words `lo..hi`: the best-scoring local
/// alignment, with the span of stream words it covers and the claim words it matched.
fn align(
    stream: &Stream,
    claim: &[Word],
    cw: &[f64],
    lo: usize,
    hi: usize,
) -> Option<(Span, Vec<bool>)> {
    let m = claim.len();
    let w = hi.saturating_sub(lo);
    if m == 0 || w == 0 {
        return None;
    }
    let cols = w + 1;
    let mut h = vec![0.0f64; (m + 1) * cols];
    let mut dir = vec![0u8; (m + 1) * cols];
    let mut best = (0.0, 0, 0);
    for i in 1..=m {
        let gap_c = GAP_BASE + GAP_SHARE * cw[i - 1];
        for j in 1..=w {
            let sj = lo + j - 1;
            let gap_s = GAP_BASE + GAP_SHARE * stream.weight[sj];
            let diag = h[(i - 1) * cols + j - 1] + sim(&claim[i - 1], &stream.words[sj], cw[i - 1]);
            let up = h[(i - 1) * cols + j] - gap_c;
            let left = h[i * cols + j - 1] - gap_s;
            let (v, d) = [(diag, 1u8), (up, 2), (left, 3)]
                .into_iter()
                .fold((0.0, 0u8), |acc, x| if x.0 > acc.0 { x } else { acc });
            h[i * cols + j] = v;
            dir[i * cols + j] = d;
            if v > best.0 {
                best = (v, i, j);
            }
        }
    }
    if best.0 <= 0.0 {
        return None;
    }
    let (score, mut i, mut j) = best;
    let mut matched = vec![false; m];
    let (mut first, last) = (j, j);
    while i > 0 && j > 0 && dir[i * cols + j] != 0 {
        match dir[i * cols + j] {
            1 => {
                if sim(&claim[i - 1], &stream.words[lo + j - 1], cw[i - 1]) > 0.0 {
                    matched[i - 1] = true;
                    first = j;
                }
                i -= 1;
                j -= 1;
            }
            2 => i -= 1,
            _ => j -= 1,
        }
    }
    Some((Span { start: lo + first - 1, end: lo + last, score }, matched))
}

/// Share of an unmatched end of a claim that the statements after (or before) a span must match
/// for the span to run on into them; or, for long ends, this many informative words.
const REACH: f64 = 0.35;
const REACH_WORDS: usize = 3;
/// Most words a span may skip to run on.
const REACH_GAP: usize = 80;

/// Whether an alignment of part of a claim is worth running a span on for: enough of the part,
/// or several informative words of it.
fn worth(part: &[Word], weights: &[f64], matched: &[bool]) -> bool {
    let total: f64 = weights.iter().sum();
    let got: f64 = matched.iter().zip(weights).filter(|(x, _)| **x).map(|(_, w)| w).sum();
    let informative = part
        .iter()
        .zip(matched)
        .filter(|(w, m)| **m && !words::is_stop(w) && !words::is_common(w))
        .count();
    informative >= REACH_WORDS || (informative >= 2 && got >= REACH * total)
}

/// Runs a span on into the statements after (or before) it while the claim's unmatched end
/// matches there: a quote that paraphrases two statements, or joins them skipping one, is
/// found whole although the alignment alone stops where the wording drifts.
fn reach(
    stream: &Stream,
    claim: &[Word],
    cw: &[f64],
    mut span: Span,
    matched: &mut [bool],
) -> Span {
    let m = claim.len();
    loop {
        let mut grew = false;
        let last = matched.iter().rposition(|&x| x).unwrap_or(0);
        let tail = last + 1..m;
        if tail.len() >= 2 && span.end < stream.len() {
            // The rest of this statement and the next two.
            let next_st = stream.statement[span.end - 1] + 2;
            let until = (span.end..stream.len())
                .find(|&j| stream.statement[j] > next_st)
                .unwrap_or(stream.len());
            if let Some((s2, m2)) =
                align(stream, &claim[tail.clone()], &cw[tail.clone()], span.end, until)
                && s2.start - span.end <= REACH_GAP
                && worth(&claim[tail.clone()], &cw[tail.clone()], &m2)
            {
                span.end = s2.end;
                span.score += s2.score;
                for (k, x) in m2.into_iter().enumerate() {
                    matched[tail.start + k] |= x;
                }
                grew = true;
            }
        }
        let first = matched.iter().position(|&x| x).unwrap_or(0);
        let head = 0..first;
        if head.len() >= 2 && span.start > 0 {
            let prev_st = stream.statement[span.start].saturating_sub(2);
            let from =
                (0..span.start).rev().find(|&j| stream.statement[j] < prev_st).map_or(0, |j| j + 1);
            if let Some((s2, m2)) =
                align(stream, &claim[head.clone()], &cw[head.clone()], from, span.start)
                && span.start - s2.end <= REACH_GAP
                && worth(&claim[head.clone()], &cw[head.clone()], &m2)
            {
                span.start = s2.start;
                span.score += s2.score;
                for (k, x) in m2.into_iter().enumerate() {
                    matched[k] |= x;
                }
                grew = true;
            }
        }
        if !grew {
            return span;
        }
    }
}

/// Most words between a statement's start and a span that a claim opening with the statement's
/// first word is widened over.
const LEAD_SLACK: usize = 3;

/// Most words a span's end is moved on to finish a phrase it stops short in ("in the" → "in the
/// near future").
const TRAIL_FINISH: usize = 3;

/// Widens a span to take in the source's wording of claim words the alignment left out at its
/// edges: as many source words as the claim has unmatched words there (so `Oct. 25` against
/// `Oct. 15` shows the `15`), and nearby words sharing an unmatched claim word's stem ("should
/// responsibly push for …" against "should push for … in a responsible manner"). Never past a
/// clause break or out of the statement.
fn widen(stream: &Stream, claim: &[Word], matched: &[bool], span: Span) -> Span {
    let Span { mut start, mut end, score } = span;
    let lead = matched.iter().position(|&m| m).unwrap_or(0);
    let trail = matched.iter().rev().position(|&m| m).unwrap_or(0);
    let st_first = stream.statement[start];
    let st_last = stream.statement[end - 1];
    for _ in 0..lead.min(6) {
        if start == 0
            || stream.statement[start - 1] != st_first
            || stream.words[start - 1].break_after()
        {
            break;
        }
        start -= 1;
    }
    for _ in 0..trail.min(6) {
        if end >= stream.len()
            || stream.statement[end] != st_last
            || stream.words[end - 1].break_after()
        {
            break;
        }
        end += 1;
    }
    // Words taken in for the claim's last words do not stop on a function word, nor a few words
    // short of their clause's end: "next year" against "… call in the near future" shows "in the
    // near future", not "in the".
    if trail > 0 {
        let clause_end = (end..stream.len().min(end + TRAIL_FINISH + 1))
            .find(|&k| stream.statement[k] != st_last || stream.words[k - 1].break_after())
            .or((end + TRAIL_FINISH >= stream.len()).then_some(stream.len()));
        if let Some(k) = clause_end {
            end = k;
        }
        let mut more = 0;
        while more < TRAIL_FINISH
            && end < stream.len()
            && stream.statement[end] == st_last
            && words::is_stop(&stream.words[end - 1])
            && !stream.words[end - 1].break_after()
        {
            end += 1;
            more += 1;
        }
    }
    let unmatched: Vec<&str> = claim
        .iter()
        .zip(matched)
        .filter(|(w, m)| !**m && !words::is_stop(w))
        .map(|(w, _)| key(w))
        .collect();
    let mut moved = false;
    let mut k = end;
    while k < stream.len() && k < end + 4 && stream.statement[k] == st_last {
        if unmatched.contains(&key(&stream.words[k])) {
            end = k + 1;
            moved = true;
        }
        k += 1;
    }
    if moved && !stream.words[end - 1].break_after() {
        // Finish the phrase the moved word sits in ("in a responsible manner").
        for x in end..(end + 2).min(stream.len()) {
            if stream.statement[x] != st_last {
                break;
            }
            if stream.words[x].break_after() || stream.statement.get(x + 1) != Some(&st_last) {
                end = x + 1;
                break;
            }
        }
    }
    let mut k = start;
    while k > 0 && k + 4 > start && stream.statement[k - 1] == st_first {
        k -= 1;
        if unmatched.contains(&key(&stream.words[k])) {
            start = k;
        }
    }
    // A claim that opens as the statement does ("The parties …") starts where it starts, though
    // the words taken in for a changed verb stop short of its article: otherwise the article
    // would read as a word the claim added.
    let st_start = stream.statement.partition_point(|&x| x < st_first);
    if lead > 0
        && start > st_start
        && start - st_start <= LEAD_SLACK
        && claim.first().is_some_and(|c| c.same_as(&stream.words[st_start]))
        && !(st_start..start).any(|x| stream.words[x].break_after())
    {
        start = st_start;
    }
    Span { start, end, score }
}

/// The best places for `claim` in `lo..hi` of the stream, best first, at most `CANDIDATES`,
/// none overlapping another. Alignment runs only in windows around stream words that share a
/// key or synonym group with one of the claim's content words.
pub fn candidates(stream: &Stream, claim: &[Word], cw: &[f64], lo: usize, hi: usize) -> Vec<Span> {
    let m = claim.len();
    let hi = hi.min(stream.len());
    if m == 0 || lo >= hi {
        return Vec::new();
    }
    let pad = (m / 2).max(4);
    let content: Vec<usize> = (0..m).filter(|&i| !words::is_stop(&claim[i])).collect();
    let seeds_from: Vec<usize> = if content.is_empty() { (0..m).collect() } else { content };
    let hits_of = |c: &Word| -> Vec<usize> {
        let mut hits: Vec<usize> = stream.by_key.get(key(c)).cloned().unwrap_or_default();
        if group(c).starts_with('@') {
            hits.extend(stream.by_group.get(group(c)).into_iter().flatten());
        }
        hits.retain(|&p| p >= lo && p < hi);
        hits
    };
    // Seeds from the rarest words first: in a long readout "agreed" is everywhere and would
    // have the whole text aligned, while a few rare words find the places worth aligning.
    let mut seeds: Vec<(usize, Vec<usize>)> =
        seeds_from.iter().map(|&i| (i, hits_of(&claim[i]))).collect();
    seeds.sort_by_key(|(i, h)| (h.len(), *i));
    let mut budget = SEED_BUDGET;
    let mut windows: Vec<(usize, usize)> = Vec::new();
    let mut seeded = 0;
    for (i, hits) in seeds {
        if hits.len() > budget && seeded >= MIN_SEED_WORDS {
            break;
        }
        budget = budget.saturating_sub(hits.len());
        seeded += usize::from(!hits.is_empty());
        for p in hits {
            let a = p.saturating_sub(i + pad).max(lo);
            let b = (p + (m - i) + pad).min(hi);
            windows.push((a, b));
        }
    }
    windows.sort_unstable();
    // Overlapping windows merge, up to a length past which one alignment would hide the
    // runners-up; a long run is cut into overlapping pieces.
    let max_len = (3 * m + 2 * pad).max(60);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in windows {
        match merged.last().copied() {
            Some(last) if a <= last.1 && b.max(last.1) - last.0 <= max_len => {
                if let Some(l) = merged.last_mut() {
                    l.1 = last.1.max(b);
                }
            }
            Some(last) if a <= last.1 => {
                let from = last.1.saturating_sub(m + pad).max(last.0);
                merged.push((from, b.max(last.1)));
            }
            _ => merged.push((a, b)),
        }
    }
    let mut found: Vec<Span> = merged
        .into_iter()
        .filter_map(|(a, b)| align(stream, claim, cw, a, b))
        .map(|(span, mut matched)| {
            let span = reach(stream, claim, cw, span, &mut matched);
            widen(stream, claim, &matched, span)
        })
        .collect();
    found.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.start.cmp(&y.start)));
    let mut out: Vec<Span> = Vec::new();
    for s in found {
        if out.iter().all(|o| s.end <= o.start || o.end <= s.start) {
            out.push(s);
        }
        if out.len() == CANDIDATES {
            break;
        }
    }
    out
}

/// Places for a claim split into parts: each part after the one before, within
/// [`MAX_ELISION`] words of it. Exact occurrences first (the claim may be verbatim); then
/// alignments, one combination per candidate place of the first part. Parts not found are
/// `None`.
pub fn locate(
    stream: &Stream,
    parts: &[Vec<Word>],
    weights: &[Vec<f64>],
) -> Vec<Vec<Option<Span>>> {
    let mut out = Vec::new();
    if parts.is_empty() || stream.is_empty() {
        return out;
    }
    'first: for s0 in exact(stream, &parts[0], 0, stream.len()) {
        let mut combo =
            vec![Some(Span { start: s0, end: s0 + parts[0].len(), score: f64::INFINITY })];
        let mut end = s0 + parts[0].len();
        for p in &parts[1..] {
            match exact(stream, p, end, end + MAX_ELISION + p.len()).first() {
                Some(&s) => {
                    combo.push(Some(Span { start: s, end: s + p.len(), score: f64::INFINITY }));
                    end = s + p.len();
                }
                None => continue 'first,
            }
        }
        out.push(combo);
        break;
    }
    for first in candidates(stream, &parts[0], &weights[0], 0, stream.len()) {
        let mut end = first.end;
        let mut combo = vec![Some(first)];
        for (p, w) in parts[1..].iter().zip(&weights[1..]) {
            let next =
                candidates(stream, p, w, end, end + MAX_ELISION + 2 * p.len()).into_iter().next();
            if let Some(n) = &next {
                end = n.end;
            }
            combo.push(next);
        }
        out.push(combo);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn readout(statements: &[&str]) -> Readout {
        Readout::of("S", "S", statements)
    }

    fn best(r: &Readout, claim: &str) -> Option<String> {
        let sw: Vec<Vec<Word>> = r.statements.iter().map(|s| words(&s.text)).collect();
        let wt = Weights::new(sw.iter().map(|v| v.as_slice()));
        let st = Stream::new(r, &sw, &wt);
        let c = words(claim);
        let cw: Vec<f64> = c.iter().map(|w| wt.of(w)).collect();
        candidates(&st, &c, &cw, 0, st.len()).first().map(|s| st.text(s.start, s.end))
    }

    #[test]
    fn finds_a_fragment_inside_a_statement() {
        let r = readout(&[
            "Casimir Orlev informed his counterpart in detail about the operation, launched in 2025.",
        ]);
        assert_eq!(
            best(&r, "informed his counterpart in detail").as_deref(),
            Some("informed his counterpart in detail")
        );
    }

    #[test]
    fn a_quote_across_two_statements_is_found_whole() {
        let r = readout(&[
            "The leaders agreed to raise trade to 60 billion dollars by 2030.",
            "According to Sarkander, the first deliveries through the pipeline will begin in 2027.",
            "Other things were discussed.",
        ]);
        assert_eq!(
            best(&r, "raise trade to 60 billion dollars by 2030. According to Sarkander, the first deliveries").as_deref(),
            Some("raise trade to 60 billion dollars by 2030. According to Sarkander, the first deliveries")
        );
    }

    #[test]
    fn edges_take_in_the_source_wording_of_changed_words() {
        let r = readout(&["The group will first meet on Oct. 15, she said."]);
        assert_eq!(
            best(&r, "will first meet on Oct. 25").as_deref(),
            Some("will first meet on Oct. 15")
        );
        let r = readout(&[
            "All parties should push for a settlement of the crisis in a responsible manner, Xi said.",
        ]);
        assert_eq!(
            best(&r, "all parties should responsibly push for a settlement of the crisis")
                .as_deref(),
            Some("All parties should push for a settlement of the crisis in a responsible manner")
        );
    }

    #[test]
    fn rare_words_find_the_place_among_many_common_ones() {
        let mut statements = vec!["The leaders agreed to meet again soon."; 400];
        statements.insert(250, "The leaders agreed to build the Amber railway by 2030.");
        let r = readout(&statements);
        assert_eq!(
            best(&r, "the leaders agreed to build the Amber railway").as_deref(),
            Some("The leaders agreed to build the Amber railway")
        );
    }

    #[test]
    fn parts_are_found_in_order() {
        let r = readout(&["Alpha beta gamma delta. Epsilon zeta eta theta iota kappa lambda."]);
        let sw: Vec<Vec<Word>> = r.statements.iter().map(|s| words(&s.text)).collect();
        let wt = Weights::new(sw.iter().map(|v| v.as_slice()));
        let st = Stream::new(&r, &sw, &wt);
        let parts = vec![words("beta gamma"), words("iota kappa")];
        let pw: Vec<Vec<f64>> =
            parts.iter().map(|p| p.iter().map(|w| wt.of(w)).collect()).collect();
        let combos = locate(&st, &parts, &pw);
        let first = &combos[0];
        assert_eq!(first[0].as_ref().map(|s| (s.start, s.end)), Some((1, 3)));
        assert_eq!(first[1].as_ref().map(|s| (s.start, s.end)), Some((8, 10)));
        // Reversed order is not found exactly.
        let parts = vec![words("iota kappa"), words("beta gamma")];
        let combos = locate(&st, &parts, &pw);
        assert!(combos.iter().all(|c| c[0].as_ref().is_none_or(|s| s.score.is_finite())));
    }
}
