//! readout: compare competing official accounts of the same diplomatic event.
//!
//! Data flow: files → [`readout`] (loading, [`segment`]) → [`align`] → [`diff`] →
//! [`compare::Report`] (with the [`points`] all the readouts share) → [`report`] (terminal, JSON,
//! Markdown, HTML); claims → [`check`] → [`check::Report`] → [`report`].

pub mod align;
pub mod app;
pub mod check;
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
pub mod points;
pub mod readout;
pub mod report;
pub mod segment;
pub mod speaker;
pub mod text;
pub mod watchlist;
pub mod web;
pub mod yaml;
