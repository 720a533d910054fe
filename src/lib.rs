//! readout: compare competing official accounts of the same diplomatic event.
//!
//! The pipeline, one folder per stage, each depending only on those before it:
//! [`io`] (files in and out) → [`text`] (words) → [`model`] (plain data) → [`load`] (files →
//! readouts and statements) → [`analyse`] (each statement's words and speaker, once) →
//! [`compare`] (alignment, word diffs, points, who said what) → [`terms`] (loaded terms) →
//! [`check`] (claims) → [`render`] (terminal, Markdown, HTML, JSON) → [`cli`].

pub mod analyse;
pub mod check;
pub mod cli;
pub mod compare;
pub mod io;
pub mod load;
pub mod model;
pub(crate) mod par;
pub mod render;
pub mod terms;
pub mod text;
