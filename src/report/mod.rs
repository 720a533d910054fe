//! Output formats, one file each, over the one comparison model in `compare`.

pub mod escape;
pub mod json;
pub mod stamp;
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
