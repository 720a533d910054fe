//! Terminal output: wrapped to the width, coloured when asked, and readable without colour (each
//! side's own words are also bracketed, `[K: …]`).

pub mod check;
pub mod compare;
mod page;
mod points;
pub mod segment;
mod terms;
mod wrap;

pub use page::Style;
