//! What each subcommand does, from parsed arguments to written output.

use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, CompareArgs, Format, OutputArgs, SegmentArgs,
};
use crate::error::{Error, Result};
use crate::report::{self, Style};
use crate::{align, check, compare, input, output, readout};
use std::io::IsTerminal;

/// Runs a parsed command line; the result is the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Compare(args) => run_compare(args),
        Command::Segment(args) => run_segment(args),
        Command::Check(args) => run_check(args),
    }
}

fn run_check(args: CheckArgs) -> Result<i32> {
    if let Some(o) = &args.out.output {
        output::check_target(o)?;
    }
    let loaded = readout::load_all(&args.against)?;
    let names = check::names::Names::new(&loaded.readouts, loaded.event.as_ref());
    let claims = check::claims::load(&args.claims, &names)?;
    let report = check::check(claims, &loaded, &names, input::display_name(&args.claims));
    let text = match args.out.format {
        Format::Terminal => report::check_terminal::render(&report, style(&args.out), args.strict),
        Format::Json => report::json::check(&report),
    };
    output::write(args.out.output.as_deref(), &text)?;
    Ok(report.exit_code(args.strict))
}

fn run_compare(args: CompareArgs) -> Result<i32> {
    if let Some(o) = &args.out.output {
        output::check_target(o)?;
    }
    let loaded = readout::load_all(&args.readouts)?;
    if loaded.readouts.len() < 2 {
        return Err(Error::new(format!(
            "compare needs at least two readouts; {} gave {}",
            args.readouts.join(" "),
            loaded.readouts.len()
        )));
    }
    let report = compare::compare(loaded.readouts, loaded.event, &align::Options::default());
    let text = match args.out.format {
        Format::Terminal => report::terminal::compare(&report, style(&args.out)),
        Format::Json => report::json::compare(&report),
    };
    output::write(args.out.output.as_deref(), &text)?;
    Ok(0)
}

fn run_segment(args: SegmentArgs) -> Result<i32> {
    if let Some(o) = &args.out.output {
        output::check_target(o)?;
    }
    let loaded = readout::load_all(&args.readouts)?;
    let text = match args.out.format {
        Format::Terminal => report::terminal::segment(&loaded.readouts, style(&args.out)),
        Format::Json => report::json::segment(&loaded.readouts),
    };
    output::write(args.out.output.as_deref(), &text)?;
    Ok(0)
}

/// Colour and width for terminal output: colour only for a terminal (or when forced), never
/// with NO_COLOR set unless forced; width of the terminal, else $COLUMNS, else 100.
fn style(out: &OutputArgs) -> Style {
    let to_terminal =
        out.output.as_deref().is_none_or(|o| o == "-") && std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match out.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && !no_color,
    };
    colored::control::set_override(color);
    let width = terminal_size::terminal_size()
        .filter(|_| to_terminal)
        .map(|(w, _)| w.0 as usize)
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .unwrap_or(100)
        .clamp(40, 200);
    Style { color, width }
}
