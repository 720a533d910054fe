//! Output formats, one file each, over the comparison model in `compare` and the check model in
//! `check`.

pub mod check_terminal;
pub mod json;
pub mod terminal;
mod wrap;

/// How terminal text is to look.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Columns to wrap at.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
        }
    }
}
