//! Once per run: what each statement says about who is speaking, read from its words.

pub mod speaker;
