//! `readout/check/v1`: each claim's verdict with its evidence, and the counts.

use super::Layout;
use super::readout::Piece;
use crate::model::check::{self as model, Verdict};
use crate::render::view::check::phrase;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    claims_path: &'a str,
    sources: Vec<Source<'a>>,
    claims: Vec<Claim<'a>>,
    stats: Stats,
}

/// The check as `readout/check/v1`.
pub fn check(r: &model::Report, layout: Layout) -> String {
    let s = &r.stats;
    let report = Report {
        schema: model::SCHEMA,
        claims_path: &r.claims_path,
        sources: r.sources.iter().map(|s| Source { source: &s.source, path: &s.path }).collect(),
        claims: r.claims.iter().map(Claim::of).collect(),
        stats: Stats {
            verbatim: s.verbatim,
            close: s.close,
            altered: s.altered,
            misattributed: s.misattributed,
            absent: s.absent,
        },
    };
    super::to_string(&report, layout)
}

#[derive(Serialize)]
struct Source<'a> {
    source: &'a str,
    path: &'a str,
}

#[derive(Serialize)]
struct Claim<'a> {
    id: &'a str,
    text: &'a str,
    attributed_to: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    attributed_sources: &'a [String],
    verdict: &'static str,
    found_in: &'a [String],
    evidence: Option<Evidence<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> Claim<'a> {
    fn of(c: &'a model::ClaimResult) -> Self {
        Claim {
            id: &c.id,
            text: &c.text,
            attributed_to: c.attributed_to.as_deref(),
            attributed_sources: &c.attributed_sources,
            verdict: verdict(c.verdict),
            found_in: &c.found_in,
            evidence: c.evidence.as_ref().map(Evidence::of),
            line: c.line,
            note: c.note.as_deref(),
        }
    }
}

fn verdict(v: Verdict) -> &'static str {
    v.name()
}

#[derive(Serialize)]
struct Evidence<'a> {
    source: &'a str,
    statement: &'a str,
    statements: &'a [String],
    quote: &'a str,
    spans: Vec<Span<'a>>,
    score: f64,
    diff: Vec<Piece<'a>>,
    /// Each difference as a sentence (as in every other format).
    differences: Vec<String>,
    /// The same differences as data: the kind and the words of each side.
    details: Vec<Detail<'a>>,
}

impl<'a> Evidence<'a> {
    fn of(e: &'a model::Evidence) -> Self {
        Evidence {
            source: &e.source,
            statement: &e.statement,
            statements: &e.statements,
            quote: &e.quote,
            spans: e
                .spans
                .iter()
                .map(|s| Span { statement: &s.statement, start: s.start, end: s.end })
                .collect(),
            score: e.score,
            diff: Piece::all(&e.diff),
            differences: e.differences.iter().map(phrase).collect(),
            details: e
                .differences
                .iter()
                .map(|d| Detail { kind: d.change.name(), claim: &d.claim, readout: &d.readout })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct Span<'a> {
    statement: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Detail<'a> {
    kind: &'static str,
    claim: &'a [String],
    readout: &'a [String],
}

#[derive(Serialize)]
struct Stats {
    verbatim: usize,
    close: usize,
    altered: usize,
    misattributed: usize,
    absent: usize,
}
