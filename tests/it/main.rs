//! The integration tests, one binary (one link step) with a module per area. Each drives the real
//! `readout` binary, except `no_panic`, which also calls the library on random input.

mod common;

mod browser;
mod check_variants;
mod cli_check;
mod cli_check_docs;
mod cli_compare;
mod cli_errors;
mod cli_fetch;
mod cli_https;
mod cli_points;
mod cli_speakers;
mod cli_terms;
mod confidence;
mod golden;
mod hostile;
mod hostile_more;
mod languages;
mod link_shape;
mod no_panic;
mod report;
mod speakers;
