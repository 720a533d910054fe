//! The `readout` binary: parse arguments, run, turn errors into one line and exit code 2.

use clap::Parser;

// Matching makes and drops many small strings; mimalloc does that markedly faster than the
// system allocator (see README, "Quality and speed").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use readout::cli::Cli;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                std::process::exit(
                    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        2
                    } else {
                        0
                    },
                );
            }
            eprintln!("readout: {}", readout::error::Error::new(clean_clap(&e.to_string())));
            std::process::exit(2);
        }
    };
    match readout::app::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("readout: {e}");
            std::process::exit(2);
        }
    }
}

/// Clap's message without its "error:" label and usage tail, which the one-line form drops.
fn clean_clap(msg: &str) -> String {
    let body = msg.split("\n\nUsage:").next().unwrap_or(msg);
    let body = body.split("\n\nFor more information").next().unwrap_or(body);
    body.trim().trim_start_matches("error:").trim().to_string()
}
