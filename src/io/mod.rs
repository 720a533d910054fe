//! What crosses the process boundary: the one error type, reading input files, writing output
//! files whole or not at all, and YAML parsing with file-and-line errors.

pub mod clock;
pub mod error;
pub mod escape;
pub mod input;
pub mod interrupt;
pub mod output;
pub mod yaml;
