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
/// Files in and out: internal to the crate, as is [`text`]; the stages after them are the
/// library's API (the examples and the integration tests use them).
pub(crate) mod io;
pub mod load;
pub mod model;
pub(crate) mod par;
pub mod render;
pub mod terms;
pub(crate) mod text;
