//! The comparison model: every pair of readouts aligned, each link with its word diff, the only-in
//! lists and the statistics. This is what every output format renders.

use super::diff::Piece;
use super::points::Point;
use super::readout::{Event, Readout, Statement};
use super::terms::LoadedTerms;
use std::collections::HashMap;

pub const SCHEMA: &str = "readout/compare/v1";

/// How closely the words of a link agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same words once case, quote and dash styles and spacing are folded.
    Identical,
    /// Mostly the same words.
    Reworded,
    /// The same point in substantially different words.
    Related,
}

impl Relation {
    pub fn name(self) -> &'static str {
        match self {
            Relation::Identical => "identical",
            Relation::Reworded => "reworded",
            Relation::Related => "related",
        }
    }
}

/// How far a link can be trusted: a strong link is one the aligner rarely gets wrong, a weak one
/// an analyst should check (the cut on its confidence is `tuning::STRONG`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    Strong,
    Weak,
}

impl Strength {
    pub fn name(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Weak => "weak",
        }
    }
}

/// The statement of the other readout an only-in statement came closest to, by the aligner's
/// own similarity: a near miss an analyst can judge.
#[derive(Debug, Clone, PartialEq)]
pub struct Closest {
    /// Statement id in the other readout.
    pub id: String,
    pub score: f64,
}

#[derive(Debug, Clone)]
pub struct Link {
    /// Statement ids of the left readout.
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub score: f64,
    /// How likely the link is right (0..1), by the aligner's model of a pair (`align::likely`).
    pub confidence: f64,
    /// Whether the confidence is high enough to trust the link without checking.
    pub strength: Strength,
    pub relation: Relation,
    pub moved: bool,
    /// The two readouts give the point to different speakers.
    pub speakers_differ: bool,
    pub diff: Vec<Piece>,
}

/// What the two readouts of a comparison attribute to one speaker (a person or a side).
#[derive(Debug, Clone)]
pub struct SpeakerSummary {
    pub speaker: String,
    /// The left readout's account, then the right's.
    pub sides: [SpeakerSide; 2],
}

#[derive(Debug, Clone, Default)]
pub struct SpeakerSide {
    /// Statements this readout attributes to the speaker.
    pub statements: Vec<String>,
    /// Of those, the ones whose linked counterpart in the other readout has another speaker
    /// (another person, the other side, or both sides).
    pub given_to_others: Vec<String>,
    /// Of those, the ones whose linked counterpart in the other readout names no speaker.
    pub unattributed: Vec<String>,
    /// Of those, the ones the other readout does not report at all.
    pub omitted: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub left_statements: usize,
    pub right_statements: usize,
    pub links: usize,
    pub moved: usize,
    pub identical: usize,
    pub reworded: usize,
    pub related: usize,
    pub words_same: usize,
    pub words_left_only: usize,
    pub words_right_only: usize,
}

impl Stats {
    /// Share of the left readout's words that the right one also has (0..1).
    pub fn left_share(&self) -> f64 {
        share(self.words_same, self.words_left_only)
    }
    pub fn right_share(&self) -> f64 {
        share(self.words_same, self.words_right_only)
    }
}

fn share(same: usize, own: usize) -> f64 {
    if same + own == 0 { 0.0 } else { same as f64 / (same + own) as f64 }
}

/// One pair of readouts compared. `left`/`right` index [`Report::readouts`].
#[derive(Debug, Clone)]
pub struct Comparison {
    pub left: usize,
    pub right: usize,
    pub links: Vec<Link>,
    pub only_left: Vec<String>,
    pub only_right: Vec<String>,
    /// For the only-in statements of either side that have one, by their id: the closest
    /// statement of the other readout.
    pub closest: HashMap<String, Closest>,
    pub stats: Stats,
    /// Who each readout says said what.
    pub speakers: Vec<SpeakerSummary>,
}

/// A whole `compare` result.
#[derive(Debug, Clone)]
pub struct Report {
    pub schema: &'static str,
    pub event: Option<Event>,
    pub readouts: Vec<Readout>,
    pub comparisons: Vec<Comparison>,
    /// Statements of all the readouts grouped by the point they report (see [`points`]).
    pub points: Vec<Point>,
    /// Loaded terms and distinctive words, when asked for (`app` adds them).
    pub terms: Option<LoadedTerms>,
}

impl Report {
    /// Statements of one readout by id, for renderers that follow links.
    pub fn statements_by_id(&self, readout: usize) -> HashMap<&str, &Statement> {
        self.readouts[readout].statements.iter().map(|s| (s.id.as_str(), s)).collect()
    }
}
