//! readout: compare competing official accounts of the same diplomatic event.
//!
//! Data flow: files → [`readout`] (loading, [`segment`]) → [`align`] → [`diff`] →
//! [`compare::Report`] → [`report`] (terminal, JSON, Markdown, HTML).

pub mod align;
pub mod app;
pub mod cli;
pub mod compare;
pub mod diff;
pub mod error;
pub mod input;
pub mod lexicon;
pub mod loaded_terms;
pub mod logodds;
pub mod output;
pub mod par;
pub mod readout;
pub mod report;
pub mod segment;
pub mod speaker;
pub mod text;
pub mod watchlist;
pub mod yaml;
