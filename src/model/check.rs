//! The check model: each claim's verdict with its evidence, and the counts. This is what every
//! output format of `check` renders.

use super::diff::Piece;
use serde::Serialize;

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

    pub(crate) fn add(&mut self, v: Verdict) {
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
    /// Whether every claim passes (`strict`: is verbatim).
    pub fn all_pass(&self, strict: bool) -> bool {
        self.claims.iter().all(|c| c.verdict.passes(strict))
    }
}
