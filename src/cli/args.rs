//! The command line: clap definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "readout",
    version,
    about = "Compare competing official accounts (readouts) of the same diplomatic event",
    long_about = "Compare competing official accounts (readouts) of the same diplomatic event: \
align the statements that report the same point, show word-level differences inside each \
aligned pair, and list what only one side reported; check quotes and claims against them.\n\n\
Exit codes: 0 success, 1 `check` found a claim the readouts do not bear out, 2 error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub io: IoArgs,
}

/// Options of every command about reading input and writing the output file.
#[derive(Debug, Args)]
pub struct IoArgs {
    /// Read at most SIZE from any one input (bytes, or with K, M, G)
    #[arg(long, global = true, value_name = "SIZE", default_value = "64M",
          value_parser = crate::io::input::parse_size)]
    pub max_input: u64,
    /// Let -o replace a file this run reads as input
    #[arg(long, global = true)]
    pub force: bool,
    /// Say nothing on standard error on success (no "wrote FILE", no progress)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align two or more readouts and show how they differ
    Compare(CompareArgs),
    /// Write the comparison as a document to read, send or publish (HTML, Markdown or JSON)
    #[command(
        long_about = "Write the comparison as a document to read, send or publish. The format follows \
    the output file's extension (.html or .htm, .md or .markdown, .json) unless --format names one. \
    HTML reports are one self-contained file that needs no network."
    )]
    Report(ReportArgs),
    /// Split readouts into statements and show their ids
    Segment(SegmentArgs),
    /// Check quotes and claims against the readouts: verbatim, close, altered, misattributed or
    /// absent, with the evidence
    #[command(
        long_about = "Check quotes and claims against the readouts they cite. CLAIMS is a YAML \
claims file (.yaml/.yml: a `claims:` list of `text`, optional `attributed_to` and `id`) or an \
article (text or Markdown), whose quoted passages of four words or more become the claims, \
attributed to the source named near each quote.\n\nEach claim gets a verdict: verbatim, \
close, altered (a negation, number, name, opposite word or modal changed, or much of the \
content), misattributed (only another source says it) or absent.\n\n--format html or \
markdown (or -o FILE.html / FILE.md) writes the result as a document to read or publish.\n\n\
Exit codes: 0 every \
claim verbatim or close, 1 some claim is not (with --strict: some claim is not verbatim), \
2 error."
    )]
    Check(CheckArgs),
    /// Download web pages (or read saved ones) and write them as readout files: the article's
    /// text with source, title, date, URL, fetch time and SHA-256 in front matter
    Fetch(super::fetch::FetchArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Claims: a YAML claims file (.yaml, .yml) or an article (text or Markdown)
    #[arg(value_name = "CLAIMS")]
    pub claims: String,
    /// Readouts to check against: YAML, text or Markdown files, saved web pages (.html), URLs,
    /// event folders, or -
    #[arg(long, required = true, num_args = 1.., value_name = "READOUT")]
    pub against: Vec<String>,
    /// Fail (exit 1) on `close` claims too: only verbatim quotes pass
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Readouts: YAML, text or Markdown files, saved web pages (.html), URLs, event folders, or -
    /// for standard input
    #[arg(required = true, value_name = "READOUT")]
    pub readouts: Vec<String>,
    /// The file to write (whole or not at all); - for standard output, with --format
    #[arg(short, long, value_name = "FILE", required = true)]
    pub output: String,
    /// Output format; by default from FILE's extension
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Watchlist of loaded terms to count (YAML: `groups: [{name, terms: [...]}]`) instead of
    /// the built-in one
    #[arg(long, value_name = "FILE")]
    pub terms: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Readouts: YAML, text or Markdown files, saved web pages (.html), URLs, event folders, or -
    /// for standard input
    #[arg(required = true, value_name = "READOUT")]
    pub readouts: Vec<String>,
    /// Watchlist of loaded terms to count (YAML: `groups: [{name, terms: [...]}]`) instead of
    /// the built-in one
    #[arg(long, value_name = "FILE")]
    pub terms: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Readouts: YAML, text or Markdown files, saved web pages (.html), URLs, event folders, or -
    /// for standard input
    #[arg(required = true, value_name = "READOUT")]
    pub readouts: Vec<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: from -o FILE's extension, else terminal]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
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
    /// JSON for programs (schema in docs/json.md)
    Json,
    /// Markdown for GitHub, GitLab, Obsidian and other wikis
    Markdown,
    /// One self-contained HTML page that works offline
    Html,
}

impl Format {
    /// The format a file name's extension asks for, if it is one `report` knows.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = std::path::Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
