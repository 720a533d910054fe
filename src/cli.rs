//! The command line: clap definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "readout",
    version,
    about = "Compare competing official accounts (readouts) of the same diplomatic event",
    long_about = "Compare competing official accounts (readouts) of the same diplomatic event: \
align the statements that report the same point, show word-level differences inside each \
aligned pair, and list what only one side reported.\n\nExit codes: 0 success, 2 error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align two or more readouts and show how they differ
    Compare(CompareArgs),
    /// Split readouts into statements and show their ids
    Segment(SegmentArgs),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Readouts: YAML, text or Markdown files, event folders, or - for standard input
    #[arg(required = true, value_name = "READOUT")]
    pub readouts: Vec<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Readouts: YAML, text or Markdown files, event folders, or - for standard input
    #[arg(required = true, value_name = "READOUT")]
    pub readouts: Vec<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
    /// Write to this file (whole or not at all) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    /// Colour terminal output: auto colours a terminal unless NO_COLOR is set
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Coloured, wrapped text for reading in a terminal
    Terminal,
    /// JSON for programs (schema in design.md)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
