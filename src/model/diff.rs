//! The word diff of a link as data: runs of text that both sides have or only one side has.

use crate::text::{self, Kind};

/// Which readout a piece of text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Both sides have these words.
    Equal,
    /// Only the left readout's words.
    Left,
    /// Only the right readout's words.
    Right,
}

/// A run of text of one kind, trimmed; [`join`] puts pieces back together with the spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

impl Piece {
    /// No word in it: a difference of punctuation, which readers do not want marked as a change.
    pub fn is_punctuation(&self) -> bool {
        !text::tokens(&self.text).iter().any(|t| t.kind == Kind::Word)
    }
}

/// Words (not punctuation) on each side of a diff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordCounts {
    pub same: usize,
    pub left_only: usize,
    pub right_only: usize,
}

impl std::ops::AddAssign for WordCounts {
    fn add_assign(&mut self, o: Self) {
        self.same += o.same;
        self.left_only += o.left_only;
        self.right_only += o.right_only;
    }
}
