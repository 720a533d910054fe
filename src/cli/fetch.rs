//! The `fetch` subcommand: pages (URLs, or saved `.html` files) → readout files to read, correct
//! and cite, to standard output, one file (`-o`) or a folder (`-d`).

use super::Exit;
use crate::io::error::{Error, Result};
use crate::io::output;
use crate::load::web::{self, ReadoutFile};
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Pages: http:// or https:// URLs, or pages saved from a browser (.html, .htm)
    #[arg(required = true, value_name = "URL")]
    pub pages: Vec<String>,
    /// Write the readout file here (whole or not at all); one page only
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    pub output: Option<String>,
    /// Write one readout file per page into this folder (created if missing), named after each
    /// page's source; an existing file there is an error, never replaced
    #[arg(short, long, value_name = "DIR")]
    pub dir: Option<String>,
    /// The source (issuer) to write, instead of the one guessed from the host or the page
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
}

/// Runs `readout fetch`: every page is read first, so one failure writes nothing.
pub fn run(args: FetchArgs, io: output::Options) -> Result<Exit> {
    if args.dir.is_none() && args.pages.len() > 1 {
        return Err(Error::new(format!(
            "fetch was given {} pages; write them into a folder with -d DIR",
            args.pages.len()
        )));
    }
    let out = match &args.dir {
        None => Some(output::open(args.output.as_deref(), io)?),
        Some(_) => None,
    };
    if let Some(d) = &args.dir {
        check_dir(d)?;
    }
    let docs = args
        .pages
        .iter()
        .map(|p| document(p, args.source.as_deref()))
        .collect::<Result<Vec<_>>>()?;
    match (out, &args.dir) {
        (Some(out), _) => out.write(&docs[0].text, &format!("readout of {}", docs[0].source)),
        (None, Some(dir)) => write_into(dir, &docs, io),
        (None, None) => unreachable!("an output is opened unless -d names a folder"),
    }?;
    Ok(Exit::Success)
}

fn document(page: &str, source: Option<&str>) -> Result<ReadoutFile> {
    if web::is_url(page) {
        web::url_document(page, source)
    } else if web::is_page(page) {
        web::file_document(page, source)
    } else {
        Err(Error::in_file(page, "not a URL or a saved page (.html, .htm)"))
    }
}

fn check_dir(dir: &str) -> Result<()> {
    if dir.is_empty() {
        return Err(Error::new("-d needs a folder name; it was given an empty one"));
    }
    let p = Path::new(dir);
    if p.exists() && !p.is_dir() {
        return Err(Error::in_file(dir, "is not a folder"));
    }
    Ok(())
}

/// Writes each readout file into `dir` as `<source>.md` (`<source>-2.md`, … when sources repeat),
/// after checking that none of those files exists, and lists what it wrote.
fn write_into(dir: &str, docs: &[ReadoutFile], io: output::Options) -> Result<()> {
    let mut targets: Vec<PathBuf> = Vec::new();
    for doc in docs {
        let stem = slug(&doc.source);
        let mut n = 1;
        let target = loop {
            let name = if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") };
            let t = Path::new(dir).join(name);
            if !targets.contains(&t) {
                break t;
            }
            n += 1;
        };
        if target.exists() {
            return Err(Error::in_file(
                &target,
                "already exists; remove it, or fetch that page with -o FILE",
            ));
        }
        targets.push(target);
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::in_file(dir, format!("cannot create: {}", crate::io::input::io_reason(&e)))
    })?;
    let mut listing = String::new();
    // The list on standard output says what was written, so each file goes quietly.
    let quiet = output::Options { quiet: true, ..io };
    for (target, doc) in targets.iter().zip(docs) {
        let name = target.to_string_lossy();
        output::open(Some(&name), quiet)?.write(&doc.text, "")?;
        listing.push_str(&name);
        listing.push('\n');
    }
    output::open(None, io)?.write(&listing, "")
}

/// A file name from a source: lower-case letters and digits, other runs as one `-`.
fn slug(source: &str) -> String {
    let mut out = String::new();
    for c in source.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { "readout".to_string() } else { out.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_names() {
        assert_eq!(slug("President of Ostravia"), "president-of-ostravia");
        assert_eq!(slug("Prime Minister's Office of Japan"), "prime-minister-s-office-of-japan");
        assert_eq!(slug("Президент Остравии"), "президент-остравии");
        assert_eq!(slug("../.."), "readout");
        assert_eq!(slug("127.0.0.1"), "127-0-0-1");
    }
}
