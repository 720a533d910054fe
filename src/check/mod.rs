//! `check`: verify claims (quotes, paraphrases) against the readouts they cite. This module holds
//! the result model every output format renders, and runs the steps: locate each claim in each
//! readout, assess each place, and give the claim one verdict with its evidence.

pub mod claims;
pub mod locate;
pub mod names;
pub mod quotes;
pub mod verdict;
pub mod words;

use crate::analyse;
use crate::model::Loaded;
use crate::model::check::{
    Change, ClaimResult, Difference, Evidence, QuoteSpan, Report, SCHEMA, SourceRef, Stats, Verdict,
};
use crate::text::Word;
use claims::Claim;
use locate::Stream;
use names::Names;
use verdict::{Assessment, Context, Level};
use words::Weights;

/// The readouts, prepared once for every claim.
struct Prepared<'a> {
    streams: Vec<Stream<'a>>,
    weights: Weights,
    ctx: Context,
}

/// Checks every claim against the loaded readouts.
pub fn check(claims: Vec<Claim>, loaded: &Loaded, names: &Names, claims_path: &str) -> Report {
    let readouts = &loaded.readouts;
    let analyses: Vec<_> = readouts.iter().map(analyse::words).collect();
    let statement_words: Vec<Vec<Vec<Word>>> =
        analyses.iter().map(|r| r.iter().map(|a| words::of(&a.words)).collect()).collect();
    let all = || statement_words.iter().flatten().map(|v| v.as_slice());
    let weights = Weights::new(all());
    let mut ctx = Context::new(all());
    ctx.persons =
        analyse::people::People::learn(&analyses).name_words().map(String::from).collect();
    let streams =
        readouts.iter().zip(&statement_words).map(|(r, sw)| Stream::new(r, sw, &weights)).collect();
    let prep = Prepared { streams, weights, ctx };
    let mut stats = Stats::default();
    let results: Vec<ClaimResult> = claims
        .into_iter()
        .map(|c| {
            let r = check_one(c, &prep, names);
            stats.add(r.verdict);
            r
        })
        .collect();
    Report {
        schema: SCHEMA,
        claims_path: claims_path.to_string(),
        sources: readouts
            .iter()
            .map(|r| SourceRef { source: r.source.clone(), path: r.path.clone() })
            .collect(),
        claims: results,
        stats,
        prefixes: readouts.iter().map(|r| r.prefix.clone()).collect(),
    }
}

/// The best assessment of a claim in one readout: verbatim over close over altered, then the
/// larger share of the claim's words; then made as small as it can be (see [`shrink`]).
fn best_in(
    stream: &Stream,
    texts: &[String],
    parts: &[Vec<Word>],
    weights: &[Vec<f64>],
    ctx: &Context,
) -> Option<Assessment> {
    let (combo, best) = locate::locate(stream, parts, weights)
        .into_iter()
        .map(|combo| {
            let a = verdict::assess(stream, texts, parts, weights, &combo, ctx);
            (combo, a)
        })
        .max_by(|(_, a), (_, b)| {
            a.level
                .cmp(&b.level)
                .then(a.topic.total_cmp(&b.topic))
                .then(a.coverage.total_cmp(&b.coverage))
                .then(b.meaning.cmp(&a.meaning))
                .then(a.score.total_cmp(&b.score))
        })?;
    Some(shrink(stream, texts, parts, weights, combo, best, ctx))
}

/// Evidence is the smallest span that supports the verdict. The alignment runs a place on into
/// the statements around it while the claim's words match there, and a neighbour sharing a few
/// common words with the claim ("the two sides", "stressed") is then taken in with the
/// statement that holds it. So, one statement at a time, a statement at an edge of a part's
/// place is dropped when the place without it is at the same level and the claim's coverage
/// stays within `evidence_slack` of the whole place's (measured from the place first chosen,
/// so small losses do not add up). Of several such drops, the one keeping most coverage goes
/// first. A place that needs all its statements keeps them. The level must stay the same, not
/// merely as good: evidence shrinks, verdicts do not move (a narrower place can lift a claim
/// from `altered` to `close` only by losing the words that showed what it changed).
fn shrink(
    stream: &Stream,
    texts: &[String],
    parts: &[Vec<Word>],
    weights: &[Vec<f64>],
    mut combo: Vec<Option<locate::Span>>,
    mut best: Assessment,
    ctx: &Context,
) -> Assessment {
    let (level, floor) = (best.level, best.coverage - verdict::knobs().evidence_slack);
    loop {
        // Each try: the place without one edge statement of one part.
        let mut tries: Vec<Vec<Option<locate::Span>>> = Vec::new();
        for (k, span) in combo.iter().enumerate() {
            let Some(sp) = span else { continue };
            let ids = stream.statement_ids(sp.start, sp.end);
            if ids.len() < 2 {
                continue;
            }
            let first_end = (sp.start..sp.end).find(|&j| stream.statement[j] != ids[0]);
            let last_start =
                (sp.start..sp.end).rfind(|&j| stream.statement[j] != ids[ids.len() - 1]);
            let (Some(a), Some(b)) = (first_end, last_start.map(|j| j + 1)) else { continue };
            // The rest as it was, and as its whole statements: the words of the claim a
            // neighbour was taken in for may stand in the kept statement outside the aligned
            // part ("…, as agreed on the ferry line").
            let whole = |start: usize, end: usize| {
                let st = |j: usize| stream.statement[j];
                let from = stream.statement.partition_point(|&x| x < st(start));
                let to = stream.statement.partition_point(|&x| x <= st(end - 1));
                (from, to)
            };
            for (start, end) in [(a, sp.end), (sp.start, b)] {
                for (start, end) in [(start, end), whole(start, end)] {
                    let mut c = combo.clone();
                    c[k] = Some(locate::Span { start, end, score: sp.score });
                    if !tries.contains(&c) {
                        tries.push(c);
                    }
                }
            }
        }
        let next = tries
            .into_iter()
            .map(|c| {
                let a = verdict::assess(stream, texts, parts, weights, &c, ctx);
                (c, a)
            })
            .filter(|(_, a)| a.level == level && a.coverage >= floor)
            .max_by(|(_, a), (_, b)| {
                a.coverage.total_cmp(&b.coverage).then(a.score.total_cmp(&b.score))
            });
        match next {
            Some((c, a)) => {
                combo = c;
                best = a;
            }
            None => return best,
        }
    }
}

/// A claim word that one readout has the opposite of in the claim's place ("cut" where it says
/// "raise") is no re-wording of another readout's word there ("bring"): that match is altered
/// too, with the first readout's word as the reason. Otherwise the other readout's match would
/// pass as a translation variant, and a claim contradicted by the readout it names would read as
/// only misattributed.
fn contradicted_rewordings(found: &mut [Option<Assessment>], prep: &Prepared) {
    let folded = |s: &str| format!(" {} ", s.to_lowercase());
    let mut opposed: Vec<(usize, String, String)> = Vec::new();
    for (i, a) in found.iter().enumerate() {
        let Some(a) = a else { continue };
        for d in a.differences.iter().filter(|d| d.change == Change::Opposite) {
            for (c, r) in d.claim.iter().zip(&d.readout) {
                opposed.push((i, c.clone(), r.clone()));
            }
        }
    }
    for (k, slot) in found.iter_mut().enumerate() {
        let Some(a) = slot.as_mut().filter(|a| a.level == Level::Close) else { continue };
        let reworded = |c: &str| {
            a.differences.iter().any(|d| {
                d.change == Change::Swapped
                    && d.claim.iter().any(|run| folded(run).contains(&folded(c)))
            })
        };
        let hit = opposed.iter().find(|(i, c, _)| *i != k && reworded(c));
        if let Some((i, c, r)) = hit {
            let source = prep.streams[*i].readout.source.clone();
            let change = Change::OppositeElsewhere { source };
            let d = Difference::new(change, vec![c.clone()], vec![r.clone()]);
            a.differences.insert(0, d);
            a.meaning += 1;
            a.level = Level::Altered;
        }
    }
}

fn check_one(claim: Claim, prep: &Prepared, names: &Names) -> ClaimResult {
    let mut texts = claims::parts(&claim.text);
    if texts.is_empty() {
        texts.push(claim.text.clone());
    }
    // A quote's closing comma belongs to the sentence around it, not to the words checked.
    for t in &mut texts {
        let kept = t.trim_end_matches([',', ';', ':', ' ']).len();
        t.truncate(kept);
    }
    let parts: Vec<Vec<Word>> = texts.iter().map(|t| words::words(t)).collect();
    let weights: Vec<Vec<f64>> =
        parts.iter().map(|p| p.iter().map(|w| prep.weights.of(w)).collect()).collect();
    let mut found: Vec<Option<Assessment>> =
        prep.streams.iter().map(|s| best_in(s, &texts, &parts, &weights, &prep.ctx)).collect();
    contradicted_rewordings(&mut found, prep);
    let level = |i: usize| found[i].as_ref().map_or(Level::None, |a| a.level);

    let mut note = None;
    let allowed: Vec<usize> = match (claim.source, &claim.attributed_to) {
        (Some(s), _) => vec![s],
        (None, Some(a)) => {
            let r = names.resolve_noted(a);
            note = r.note;
            r.sources
        }
        (None, None) => Vec::new(),
    };
    let n = prep.streams.len();
    let everyone: Vec<usize> = (0..n).collect();
    let named = if allowed.is_empty() { &everyone } else { &allowed };
    let others: Vec<usize> = everyone.iter().copied().filter(|i| !named.contains(i)).collect();
    // Best source of a set at a level or better: higher level, then larger share.
    let best_of = |set: &[usize], at_least: Level| -> Option<usize> {
        set.iter().copied().filter(|&i| level(i) >= at_least).max_by(|&a, &b| {
            let (x, y) = (found[a].as_ref().unwrap(), found[b].as_ref().unwrap());
            x.level.cmp(&y.level).then(x.coverage.total_cmp(&y.coverage)).then(b.cmp(&a))
        })
    };
    let supporters: Vec<usize> =
        everyone.iter().copied().filter(|&i| level(i) >= Level::Close).collect();
    let (verdict, evidence_from, found_in) = if let Some(i) = best_of(named, Level::Close) {
        let v = if level(i) == Level::Verbatim { Verdict::Verbatim } else { Verdict::Close };
        (v, Some(i), supporters.clone())
    } else if let Some(i) = best_of(&others, Level::Close) {
        (Verdict::Misattributed, Some(i), supporters.clone())
    } else if let Some(i) = best_of(named, Level::Altered) {
        let alt: Vec<usize> =
            named.iter().copied().filter(|&k| level(k) == Level::Altered).collect();
        (Verdict::Altered, Some(i), alt)
    } else if let Some(i) = best_of(&others, Level::Altered) {
        let alt: Vec<usize> =
            others.iter().copied().filter(|&k| level(k) == Level::Altered).collect();
        (Verdict::Altered, Some(i), alt)
    } else {
        (Verdict::Absent, None, Vec::new())
    };
    let source_name = |i: usize| prep.streams[i].readout.source.clone();
    let evidence = evidence_from.map(|i| {
        let a = found[i].clone().expect("a level above none has an assessment");
        let rd = prep.streams[i].readout;
        let ids: Vec<String> = a.statements.iter().map(|&s| rd.statements[s].id.clone()).collect();
        let mut differences = a.differences;
        if verdict == Verdict::Misattributed {
            let named_names: Vec<String> = allowed.iter().map(|&k| source_name(k)).collect();
            let change = Change::Misattributed { named: named_names, source: rd.source.clone() };
            differences.insert(0, Difference::new(change, Vec::new(), Vec::new()));
        }
        if !allowed.is_empty() && verdict == Verdict::Altered && !allowed.contains(&i) {
            let change = Change::OnlyElsewhere { source: rd.source.clone() };
            differences.insert(0, Difference::new(change, Vec::new(), Vec::new()));
        }
        Evidence {
            source: rd.source.clone(),
            statement: ids.first().cloned().unwrap_or_default(),
            statements: ids,
            quote: a.quote,
            spans: a
                .pieces
                .iter()
                .map(|&(st, start, end)| QuoteSpan {
                    statement: rd.statements[st].id.clone(),
                    start,
                    end,
                })
                .collect(),
            score: (a.score * 1000.0).round() / 1000.0,
            diff: a.diff,
            differences,
        }
    });
    ClaimResult {
        id: claim.id,
        text: claim.text,
        attributed_to: claim.attributed_to,
        attributed_sources: allowed.iter().map(|&i| source_name(i)).collect(),
        verdict,
        found_in: found_in.into_iter().map(source_name).collect(),
        evidence,
        line: claim.line,
        note,
    }
}
