//! The command line: clap arguments, running each command, how terminal output looks, and the
//! exit codes.

pub mod args;
mod fetch;
mod progress;
pub mod run;
mod style;
mod written;

use crate::io::error::print_stderr;
use std::process::ExitCode;

/// The process exit codes, named in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    /// `check` found a claim the readouts do not bear out.
    ClaimsFailed = 1,
    /// Bad input, an unreadable file, a bad option: one line on standard error says which.
    Error = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// Parses the command line and runs it; every error is one line on standard error.
pub fn main() -> Exit {
    use clap::Parser;
    use clap::error::ErrorKind;
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = e.print();
                    Exit::Success
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    Exit::Error
                }
                _ => {
                    let msg = crate::io::error::Error::new(clean_clap(&e.to_string()));
                    print_stderr(&format!("readout: {msg}"));
                    Exit::Error
                }
            };
        }
    };
    match run::run(cli) {
        Ok(code) => code,
        Err(e) => {
            print_stderr(&format!("readout: {e}"));
            Exit::Error
        }
    }
}

/// Clap's message without its "error:" label and usage tail, which the one-line form drops.
fn clean_clap(msg: &str) -> String {
    let body = msg.split("\n\nUsage:").next().unwrap_or(msg);
    let body = body.split("\n\nFor more information").next().unwrap_or(body);
    body.trim().trim_start_matches("error:").trim().to_string()
}
