//! `check`: verify claims (quotes, paraphrases) against the readouts they cite. This module holds
//! the result model every output format renders, and runs the steps: locate each claim in each
//! readout, assess each place, and give the claim one verdict with its evidence.

pub mod claims;
pub mod locate;
pub mod names;
pub mod opposites;
pub mod quotes;
pub mod verdict;
pub mod words;

use crate::diff::Piece;
use crate::readout::Loaded;
use claims::Claim;
use locate::Stream;
use names::Names;
use serde::Serialize;
use verdict::{Assessment, Context, Level};
use words::{Weights, Word};

pub const SCHEMA: &str = "readout/check/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The words are in the attributed readout, contiguously, after folding styles.
    Verbatim,
    /// The same point with minor wording differences.
    Close,
    /// The best match differs in meaning, or in much of its content.
    Altered,
    /// Supported only by a readout other than the one named.
    Misattributed,
    /// No readout says anything like it.
    Absent,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Verbatim,
        Verdict::Close,
        Verdict::Altered,
        Verdict::Misattributed,
        Verdict::Absent,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Close => "close",
            Verdict::Altered => "altered",
            Verdict::Misattributed => "misattributed",
            Verdict::Absent => "absent",
        }
    }

    /// Whether the readouts bear the claim out; `strict` accepts only verbatim quotes.
    pub fn passes(self, strict: bool) -> bool {
        matches!(self, Verdict::Verbatim) || (!strict && self == Verdict::Close)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub source: String,
    pub path: String,
}

/// Where a readout says (something like) the claim.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub source: String,
    /// Id of the (first) statement the matching words are in.
    pub statement: String,
    /// Ids of every statement the matching words are in (a quote can span two).
    pub statements: Vec<String>,
    /// The matching words as written; parts of an elided quote joined by ` … `.
    pub quote: String,
    /// Where those words are: byte ranges in the texts of the statements, for highlighting.
    pub spans: Vec<QuoteSpan>,
    pub score: f64,
    /// `left` is the claim's wording, `right` the readout's.
    pub diff: Vec<Piece>,
    pub differences: Vec<String>,
}

/// Part of an evidence quote: bytes `start..end` of a statement's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteSpan {
    pub statement: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimResult {
    pub id: String,
    pub text: String,
    /// The attribution as the claim gives it.
    pub attributed_to: Option<String>,
    /// The sources that attribution names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributed_sources: Vec<String>,
    pub verdict: Verdict,
    /// Sources that support the claim (verbatim or close); for `altered`, those whose text it
    /// alters.
    pub found_in: Vec<String>,
    pub evidence: Option<Evidence>,
    /// Line of the claim in the claims file or article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub verbatim: usize,
    pub close: usize,
    pub altered: usize,
    pub misattributed: usize,
    pub absent: usize,
}

impl Stats {
    pub fn get(&self, v: Verdict) -> usize {
        match v {
            Verdict::Verbatim => self.verbatim,
            Verdict::Close => self.close,
            Verdict::Altered => self.altered,
            Verdict::Misattributed => self.misattributed,
            Verdict::Absent => self.absent,
        }
    }

    fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Verbatim => self.verbatim += 1,
            Verdict::Close => self.close += 1,
            Verdict::Altered => self.altered += 1,
            Verdict::Misattributed => self.misattributed += 1,
            Verdict::Absent => self.absent += 1,
        }
    }
}

/// A whole `check` result: what every output format renders.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    /// The claims file or article, as given.
    pub claims_path: String,
    pub sources: Vec<SourceRef>,
    pub claims: Vec<ClaimResult>,
    pub stats: Stats,
    /// Statement prefixes of the sources (`K` for `K3`), for terminal labels.
    #[serde(skip)]
    pub prefixes: Vec<String>,
}

impl Report {
    /// The process exit code: 0 when every claim passes, else 1.
    pub fn exit_code(&self, strict: bool) -> i32 {
        if self.claims.iter().all(|c| c.verdict.passes(strict)) { 0 } else { 1 }
    }
}

/// The readouts, prepared once for every claim.
struct Prepared<'a> {
    streams: Vec<Stream<'a>>,
    weights: Weights,
    ctx: Context,
}

/// Checks every claim against the loaded readouts.
pub fn check(claims: Vec<Claim>, loaded: &Loaded, names: &Names, claims_path: &str) -> Report {
    let readouts = &loaded.readouts;
    let statement_words: Vec<Vec<Vec<Word>>> = readouts
        .iter()
        .map(|r| r.statements.iter().map(|s| words::words(&s.text)).collect())
        .collect();
    let all = || statement_words.iter().flatten().map(|v| v.as_slice());
    let weights = Weights::new(all());
    let ctx = Context::new(all());
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
/// larger share of the claim's words.
fn best_in(
    stream: &Stream,
    texts: &[String],
    parts: &[Vec<Word>],
    weights: &[Vec<f64>],
    ctx: &Context,
) -> Option<Assessment> {
    locate::locate(stream, parts, weights)
        .iter()
        .map(|combo| verdict::assess(stream, texts, parts, weights, combo, ctx))
        .max_by(|a, b| {
            a.level
                .cmp(&b.level)
                .then(a.topic.total_cmp(&b.topic))
                .then(a.coverage.total_cmp(&b.coverage))
                .then(b.meaning.cmp(&a.meaning))
                .then(a.score.total_cmp(&b.score))
        })
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
    let found: Vec<Option<Assessment>> =
        prep.streams.iter().map(|s| best_in(s, &texts, &parts, &weights, &prep.ctx)).collect();
    let level = |i: usize| found[i].as_ref().map_or(Level::None, |a| a.level);

    let mut note = None;
    let allowed: Vec<usize> = match (claim.source, &claim.attributed_to) {
        (Some(s), _) => vec![s],
        (None, Some(a)) => {
            let r = names.resolve(a);
            if r.is_empty() {
                note = Some(format!(
                    "'{a}' names none of the readouts checked against, so any of them may support the claim"
                ));
            }
            r
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
            differences.insert(
                0,
                format!(
                    "attributed to {}, but only {} says it",
                    named_names.join(" / "),
                    rd.source
                ),
            );
        }
        if !allowed.is_empty() && verdict == Verdict::Altered && !allowed.contains(&i) {
            differences.insert(
                0,
                format!("found only in {}, not in the readout it is attributed to", rd.source),
            );
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
