//! The check model: each claim's verdict with its evidence, and the counts. This is what every
//! output format of `check` renders.

use super::diff::Piece;

pub const SCHEMA: &str = "readout/check/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug, Clone)]
pub struct SourceRef {
    pub source: String,
    pub path: String,
}

/// Where a readout says (something like) the claim.
#[derive(Debug, Clone)]
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
    /// Meaning-bearing differences first, then minor ones.
    pub differences: Vec<Difference>,
}

/// One way the claim differs from the readout, with the words concerned; renderers phrase it.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub change: Change,
    /// The claim's words concerned, as written: one entry per run of words.
    pub claim: Vec<String>,
    /// The readout's words concerned, as written: one entry per run of words.
    pub readout: Vec<String>,
}

impl Difference {
    pub fn new(change: Change, claim: Vec<String>, readout: Vec<String>) -> Self {
        Difference { change, claim, readout }
    }
}

/// The kinds of difference between a claim and a readout.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A word of opposite sense (`support` / `oppose`).
    Opposite,
    /// The claim negates what the readout does not.
    NegationAdded,
    /// The readout negates what the claim does not.
    NegationDropped,
    /// A number against another number in its place.
    NumberChanged,
    /// The same figure of another unit (`30 weeks` / `30 days`).
    UnitChanged,
    /// A number (or date) of the claim is not in the readout.
    NumberMissing,
    /// A time against another time in its place (`next year` / `in the near future`).
    TimeChanged,
    /// A time the claim gives (`last week`) is nowhere in the readout's place.
    TimeMissing,
    /// A name against another name in its place.
    NameChanged,
    /// Two names that trade places, not as items of a list: who did what to whom is reversed
    /// (`Ukraine to end its war against Russia` / `Russia … against Ukraine`).
    NamesSwapped,
    /// One content word put for another that the readouts use elsewhere: another object.
    ObjectChanged,
    /// A modal of one strength against another (`must` / `should`).
    ModalityChanged,
    /// The claim adds a hedge (`may`).
    ModalityAdded,
    /// The claim drops the readout's hedge.
    ModalityDropped,
    /// Much of the claim's wording is not in the readout: `share` of its weighted words are.
    WordingDiffers { share: f64 },
    /// The claim's words are spread thin over the readout's passage: they make `share` of it.
    Spread { share: f64 },
    /// The same words spelt another way (`US` / `U.S.`).
    Spelling,
    /// Words swapped for others.
    Swapped,
    /// Words in another place.
    Moved,
    /// Words the claim adds.
    Added,
    /// Words of the readout the claim leaves out.
    LeftOut,
    /// More minor differences than are listed.
    MoreMinor { count: usize },
    /// Attributed to `named`, but only `source` says it.
    Misattributed { named: Vec<String>, source: String },
    /// Found only in `source`, not in the readout it is attributed to.
    OnlyElsewhere { source: String },
    /// A claim word this readout words otherwise is the opposite of `source`'s word for the same
    /// point (`cut` here "bring", in `source` "raise").
    OppositeElsewhere { source: String },
}

impl Change {
    /// The kind's name in JSON (`number_changed`).
    pub fn name(&self) -> &'static str {
        match self {
            Change::Opposite => "opposite",
            Change::NegationAdded => "negation_added",
            Change::NegationDropped => "negation_dropped",
            Change::NumberChanged => "number_changed",
            Change::UnitChanged => "unit_changed",
            Change::NumberMissing => "number_missing",
            Change::TimeChanged => "time_changed",
            Change::TimeMissing => "time_missing",
            Change::NameChanged => "name_changed",
            Change::NamesSwapped => "names_swapped",
            Change::ObjectChanged => "object_changed",
            Change::ModalityChanged => "modality_changed",
            Change::ModalityAdded => "modality_added",
            Change::ModalityDropped => "modality_dropped",
            Change::WordingDiffers { .. } => "wording_differs",
            Change::Spread { .. } => "spread",
            Change::Spelling => "spelling",
            Change::Swapped => "swapped",
            Change::Moved => "moved",
            Change::Added => "added",
            Change::LeftOut => "left_out",
            Change::MoreMinor { .. } => "more_minor",
            Change::Misattributed { .. } => "misattributed",
            Change::OnlyElsewhere { .. } => "only_elsewhere",
            Change::OppositeElsewhere { .. } => "opposite_elsewhere",
        }
    }
}

/// Part of an evidence quote: bytes `start..end` of a statement's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub statement: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct ClaimResult {
    pub id: String,
    pub text: String,
    /// The attribution as the claim gives it.
    pub attributed_to: Option<String>,
    /// The sources that attribution names.
    pub attributed_sources: Vec<String>,
    pub verdict: Verdict,
    /// Sources that support the claim (verbatim or close); for `altered`, those whose text it
    /// alters.
    pub found_in: Vec<String>,
    pub evidence: Option<Evidence>,
    /// Line of the claim in the claims file or article.
    pub line: Option<usize>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone)]
pub struct Report {
    pub schema: &'static str,
    /// The claims file or article, as given.
    pub claims_path: String,
    pub sources: Vec<SourceRef>,
    pub claims: Vec<ClaimResult>,
    pub stats: Stats,
    /// Statement prefixes of the sources (`K` for `K3`), for terminal labels.
    pub prefixes: Vec<String>,
}

impl Report {
    /// Whether every claim passes (`strict`: is verbatim).
    pub fn all_pass(&self, strict: bool) -> bool {
        self.claims.iter().all(|c| c.verdict.passes(strict))
    }
}
