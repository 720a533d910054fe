//! What each subcommand does, from parsed arguments to written output.

use super::Exit;
use super::args::{
    CheckArgs, Cli, Command, CompareArgs, Format, OutputArgs, ReportArgs, SegmentArgs,
};
use super::progress::{self, Progress};
use super::style::{json_layout, style};
use super::written;
use crate::compare::align;
use crate::io::error::{Error, Result};
use crate::io::{input, output};
use crate::model::compare::Report;
use crate::render::json::Layout;
use crate::render::terminal::Style;
use crate::render::{self, stamp};
use crate::terms::watchlist;
use crate::{check, compare, load};
use clap::ValueEnum;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Exit> {
    input::set_max_input(cli.io.max_input);
    let io = output::Options { force: cli.io.force, quiet: cli.io.quiet };
    match cli.command {
        Command::Compare(args) => run_compare(args, io),
        Command::Report(args) => run_report(args, io),
        Command::Segment(args) => run_segment(args, io),
        Command::Check(args) => run_check(args, io),
        Command::Fetch(args) => super::fetch::run(args, io),
    }
}

fn run_check(args: CheckArgs, io: output::Options) -> Result<Exit> {
    let out = output::open(args.out.output.as_deref(), io)?;
    if args.claims == "-" && args.against.iter().any(|a| a == "-") {
        return Err(Error::new(
            "standard input (-) is given twice, as the claims and as a readout; it can be read \
             only once",
        ));
    }
    let progress = progress::start(io.quiet, "reading the readouts");
    let loaded = load::load_all(&args.against)?;
    let names = check::names::Names::new(&loaded.readouts, loaded.event.as_ref());
    let claims = check::claims::load(&args.claims, &names)?;
    progress.stage(format!("checking {} claims", claims.len()));
    let report = check::check(claims, &loaded, &names, input::display_name(&args.claims));
    progress.stage("rendering");
    let format = format_of(&args.out);
    let text = match format {
        Format::Terminal => render::terminal::check::render(&report, style(&args.out), args.strict),
        Format::Json => render::json::check(&report, json_layout(&args.out)),
        Format::Markdown => {
            render::markdown::check::render(&report, &loaded, args.strict, &stamp::made_now()?)
        }
        Format::Html => {
            render::html::check::render(&report, &loaded, args.strict, &stamp::made_now()?)
        }
    };
    let text = marked(text, format, &args.out)?;
    drop(progress);
    out.write(&text, &written::check(&report))?;
    Ok(if report.all_pass(args.strict) { Exit::Success } else { Exit::ClaimsFailed })
}

fn run_compare(args: CompareArgs, io: output::Options) -> Result<Exit> {
    let out = output::open(args.out.output.as_deref(), io)?;
    let progress = progress::start(io.quiet, "reading the readouts");
    let report = load_and_compare("compare", &args.readouts, args.terms.as_deref(), &progress)?;
    let (style, layout) = (style(&args.out), json_layout(&args.out));
    let format = format_of(&args.out);
    let text = marked(render_compare(&report, format, style, layout)?, format, &args.out)?;
    drop(progress);
    out.write(&text, &written::comparison(&report))?;
    Ok(Exit::Success)
}

fn run_report(args: ReportArgs, io: output::Options) -> Result<Exit> {
    let out = output::open(Some(&args.output), io)?;
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
    let progress = progress::start(io.quiet, "reading the readouts");
    let report = load_and_compare("report", &args.readouts, args.terms.as_deref(), &progress)?;
    let text = render_compare(&report, format, Style::default(), Layout::Compact)?;
    drop(progress);
    out.write(&text, &written::comparison(&report))?;
    Ok(Exit::Success)
}

/// The comparison with its loaded terms, counted with the watchlist `terms` names (else the
/// built-in one).
fn load_and_compare(
    command: &str,
    args: &[String],
    terms: Option<&str>,
    progress: &Progress,
) -> Result<Report> {
    if terms == Some("-") && args.iter().any(|a| a == "-") {
        return Err(Error::new(
            "--terms - and the readout - would both read standard input; give one as a file",
        ));
    }
    // The watchlist first: a bad one fails before the slower alignment.
    let list = watchlist::load(terms)?;
    let loaded = load::load_all(args)?;
    if loaded.readouts.len() < 2 {
        return Err(Error::new(format!(
            "{command} needs at least two readouts; {} gave {}",
            args.join(" "),
            loaded.readouts.len()
        )));
    }
    progress.stage(format!("aligning {} readouts", loaded.readouts.len()));
    let report = compare::compare(loaded.readouts, loaded.event, align::tuning(), &list);
    progress.stage("rendering");
    Ok(report)
}

/// The report in `format`. Published formats carry a stamp, which can fail on a bad
/// SOURCE_DATE_EPOCH.
fn render_compare(report: &Report, format: Format, style: Style, layout: Layout) -> Result<String> {
    Ok(match format {
        Format::Terminal => render::terminal::compare::compare(report, style),
        Format::Json => render::json::compare(report, layout),
        Format::Markdown => render::markdown::compare::compare(report, &stamp::made_now()?),
        Format::Html => render::html::compare::compare(report, &stamp::made_now()?),
    })
}

fn run_segment(args: SegmentArgs, io: output::Options) -> Result<Exit> {
    let out = output::open(args.out.output.as_deref(), io)?;
    let progress = progress::start(io.quiet, "reading the readouts");
    let loaded = load::load_all(&args.readouts)?;
    progress.stage("rendering");
    let format = format_of(&args.out);
    let text = match format {
        Format::Terminal => render::terminal::segment::segment(&loaded.readouts, style(&args.out)),
        Format::Json => render::json::segment(&loaded.readouts, json_layout(&args.out)),
        f @ (Format::Markdown | Format::Html) => {
            return Err(Error::new(format!(
                "segment writes terminal or json, not {}",
                format_name(f)
            )));
        }
    };
    let text = marked(text, format, &args.out)?;
    drop(progress);
    out.write(&text, &written::segments(&loaded.readouts))?;
    Ok(Exit::Success)
}

/// A terminal-format report written to a file starts with the line the published reports carry,
/// "Made by readout X on T.", so that a later run over its folder knows it for one of readout's
/// own reports instead of reading it as one more readout (`load::written_by_readout`). On
/// standard output it stays as shown.
fn marked(text: String, format: Format, out: &OutputArgs) -> Result<String> {
    match (format, out.output.as_deref()) {
        (Format::Terminal, Some(path)) if path != "-" => {
            let made = stamp::made_now()?;
            Ok(format!("Made by readout {} on {}.\n\n{text}", made.version, made.at))
        }
        _ => Ok(text),
    }
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
