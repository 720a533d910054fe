//! HTML output: self-contained pages (inline CSS allowed by hash in a strict
//! Content-Security-Policy, inline SVG, no script, no network). All input text goes through
//! `escape`.

pub mod check;
mod check_css;
pub mod compare;
pub(crate) mod css;
mod escape;
mod page;
mod points;
mod svg;
mod terms;
