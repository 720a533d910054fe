//! What each subcommand does, from parsed arguments to written output.

use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, CompareArgs, Format, OutputArgs, ReportArgs, SegmentArgs,
};
use crate::error::{Error, Result};
use crate::report::{self, Style, stamp};
use crate::{align, check, compare, input, loaded_terms, output, readout, watchlist};
use clap::ValueEnum;
use std::io::IsTerminal;

/// Runs a parsed command line; the result is the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Compare(args) => run_compare(args),
        Command::Report(args) => run_report(args),
        Command::Segment(args) => run_segment(args),
        Command::Check(args) => run_check(args),
        Command::Fetch(args) => crate::web::run_fetch(args),
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
    let text = match format_of(&args.out) {
        Format::Terminal => report::check_terminal::render(&report, style(&args.out), args.strict),
        Format::Json => report::json::check(&report),
        Format::Markdown => {
            report::check_markdown::render(&report, &loaded, args.strict, &stamp::made_now()?)
        }
        Format::Html => {
            report::check_html::render(&report, &loaded, args.strict, &stamp::made_now()?)
        }
    };
    output::write(args.out.output.as_deref(), &text)?;
    Ok(report.exit_code(args.strict))
}

fn run_compare(args: CompareArgs) -> Result<i32> {
    if let Some(o) = &args.out.output {
        output::check_target(o)?;
    }
    let report = load_and_compare("compare", &args.readouts, args.terms.as_deref())?;
    let text = render(&report, format_of(&args.out), style(&args.out))?;
    output::write(args.out.output.as_deref(), &text)?;
    Ok(0)
}

fn run_report(args: ReportArgs) -> Result<i32> {
    output::check_target(&args.output)?;
    let format = match args.format.or_else(|| Format::from_path(&args.output)) {
        Some(f) => f,
        None => {
            return Err(Error::in_file(
                &args.output,
                "cannot tell the format from the extension; use .html, .htm, .md, .markdown or \
                 .json, or give --format",
            ));
        }
    };
    let report = load_and_compare("report", &args.readouts, args.terms.as_deref())?;
    let text = render(&report, format, Style::default())?;
    output::write(Some(&args.output), &text)?;
    Ok(0)
}

/// The comparison with its loaded terms, counted with the watchlist `terms` names (else the
/// built-in one).
fn load_and_compare(
    command: &str,
    args: &[String],
    terms: Option<&str>,
) -> Result<compare::Report> {
    if terms == Some("-") && args.iter().any(|a| a == "-") {
        return Err(Error::new(
            "--terms - and the readout - would both read standard input; give one as a file",
        ));
    }
    // The watchlist first: a bad one fails before the slower alignment.
    let list = watchlist::load(terms)?;
    let loaded = readout::load_all(args)?;
    if loaded.readouts.len() < 2 {
        return Err(Error::new(format!(
            "{command} needs at least two readouts; {} gave {}",
            args.join(" "),
            loaded.readouts.len()
        )));
    }
    // The terms need only the readouts: count them while the alignment runs.
    let readouts = loaded.readouts.clone();
    let (mut report, terms) = crate::par::both(
        || compare::compare(loaded.readouts, loaded.event, &align::Options::default()),
        || loaded_terms::analyse(&readouts, &list),
    );
    report.terms = Some(terms);
    Ok(report)
}

/// The report in `format`. Published formats carry a stamp, which can fail on a bad
/// SOURCE_DATE_EPOCH.
fn render(report: &compare::Report, format: Format, style: Style) -> Result<String> {
    Ok(match format {
        Format::Terminal => report::terminal::compare(report, style),
        Format::Json => report::json::compare(report),
        Format::Markdown => report::markdown::compare(report, &stamp::made_now()?),
        Format::Html => report::html::compare(report, &stamp::made_now()?),
    })
}

fn run_segment(args: SegmentArgs) -> Result<i32> {
    if let Some(o) = &args.out.output {
        output::check_target(o)?;
    }
    let loaded = readout::load_all(&args.readouts)?;
    let text = match format_of(&args.out) {
        Format::Terminal => report::terminal::segment(&loaded.readouts, style(&args.out)),
        Format::Json => report::json::segment(&loaded.readouts),
        f @ (Format::Markdown | Format::Html) => {
            return Err(Error::new(format!(
                "segment writes terminal or json, not {}",
                format_name(f)
            )));
        }
    };
    output::write(args.out.output.as_deref(), &text)?;
    Ok(0)
}

fn format_name(f: Format) -> String {
    f.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
}

/// The format asked for; else the one `-o FILE`'s extension names; else terminal.
fn format_of(out: &OutputArgs) -> Format {
    out.format
        .or_else(|| out.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Terminal)
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
