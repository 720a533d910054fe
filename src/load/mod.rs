//! Files → readouts: YAML, text or Markdown with front matter, standard input, or an event folder
//! with its `event.yaml`; each readout segmented into statements and given ids.

mod ids;
mod markdown;
mod meta;
pub mod segment;
mod text;
pub mod web;
mod yaml;

use crate::io::error::{Error, Result};
use crate::io::{input, yaml as yaml_file};
use crate::model::{Event, Loaded, Readout};
use std::path::Path;

const READOUT_EXTENSIONS: &[&str] =
    &["yaml", "yml", "txt", "md", "markdown", "text", "html", "htm"];

/// Loads every readout the arguments name (files, folders or `-`) and gives statements ids.
pub fn load_all(args: &[String]) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut seen = input::Seen::default();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let (readouts, event) = load_dir(arg, &mut seen)?;
            loaded.readouts.extend(readouts);
            if loaded.event.is_none() {
                loaded.event = event;
            }
        } else {
            seen.add(arg)?;
            loaded.readouts.push(load_file(arg)?);
        }
    }
    ids::assign_ids(&mut loaded.readouts);
    ids::check_unique_ids(&loaded.readouts)?;
    Ok(loaded)
}

fn load_dir(dir: &str, seen: &mut input::Seen) -> Result<(Vec<Readout>, Option<Event>)> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::in_file(dir, input::io_reason(&e)))?;
    let mut files = Vec::new();
    let mut event = None;
    for entry in entries {
        let entry = entry.map_err(|e| Error::in_file(dir, input::io_reason(&e)))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !path.is_file() {
            continue;
        }
        let lower = name.to_ascii_lowercase();
        if lower == "event.yaml" || lower == "event.yml" {
            event = Some(load_event(&path.to_string_lossy())?);
            continue;
        }
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        if lower.starts_with("readme") || !READOUT_EXTENSIONS.contains(&ext) {
            continue;
        }
        if written_by_readout(&path) {
            crate::io::error::note(format!(
                "{}: skipped: a report readout wrote, not a readout (name it to read it anyway)",
                path.display()
            ));
            continue;
        }
        files.push(path.to_string_lossy().into_owned());
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::in_file(
            dir,
            "no readouts in this folder (expected .yaml, .yml, .txt or .md files)",
        ));
    }
    let readouts = files
        .iter()
        .map(|f| seen.add(f).and_then(|()| load_file(f)))
        .collect::<Result<Vec<_>>>()?;
    Ok((readouts, event))
}

/// The mark readout's own reports carry near their start: the HTML report's `generator` meta
/// tag, the Markdown report's first-line comment. JSON reports need none: a folder's `.json`
/// files are not readouts.
const REPORT_MARKS: [&str; 2] =
    ["<meta name=\"generator\" content=\"readout ", "<!-- generator: readout "];

/// Whether a file of an event folder is a report readout wrote (`report ev -o ev/r.md`), which
/// would otherwise come back as one more readout of the event.
fn written_by_readout(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else { return false };
    let mut head = Vec::new();
    let _ = file.take(4096).read_to_end(&mut head);
    let head = String::from_utf8_lossy(&head);
    REPORT_MARKS.iter().any(|m| head.contains(m))
}

/// Loads an `event.yaml`.
pub fn load_event(path: &str) -> Result<Event> {
    let text = input::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Event::default());
    }
    yaml_file::parse(path, &text, 1)
}

/// Loads one readout file (or `-`).
pub fn load_file(path: &str) -> Result<Readout> {
    // A URL or a saved web page loads as the readout file `readout fetch` would write for it.
    if let Some(doc) = web::readout_document(path)? {
        return text::from_text(input::display_name(path), &doc, true);
    }
    let (text, offsets) = input::read_text_with_offsets(path)?;
    let name = input::display_name(path).to_string();
    let lower = path.to_ascii_lowercase();
    let is_yaml = lower.ends_with(".yaml")
        || lower.ends_with(".yml")
        || (path == "-" && looks_like_yaml_readout(&text));
    if is_yaml {
        return yaml::from_yaml(&name, &text);
    }
    let markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
    let mut readout = text::from_text(&name, &text, markdown)?;
    // Spans point into the file as saved, byte-order mark included, UTF-16 as UTF-16.
    for s in &mut readout.statements {
        s.start = offsets.in_file(&text, s.start);
        s.end = offsets.in_file(&text, s.end);
    }
    Ok(readout)
}

/// Standard input has no extension: YAML readouts open with one of their own keys.
fn looks_like_yaml_readout(text: &str) -> bool {
    let first = text.lines().map(str::trim_end).find(|l| !l.is_empty() && !l.starts_with('#'));
    first.is_some_and(|l| {
        ["source:", "title:", "date:", "url:", "language:", "text:", "statements:", "aliases:"]
            .iter()
            .any(|k| l.starts_with(k))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_yaml_is_sniffed() {
        assert!(looks_like_yaml_readout("# c\nsource: K\ntext: x"));
        assert!(!looks_like_yaml_readout("The President said: yes."));
    }
}
