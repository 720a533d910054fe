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
    let mut event_path = None;
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let (readouts, event) = load_dir(arg, &mut seen)?;
            loaded.readouts.extend(readouts);
            if loaded.event.is_none()
                && let Some((path, event)) = event
            {
                loaded.event = Some(event);
                event_path = Some(path);
            }
        } else {
            seen.add(arg)?;
            loaded.readouts.push(load_file(arg)?);
        }
    }
    ids::assign_ids(&mut loaded.readouts);
    ids::check_unique_ids(&loaded.readouts)?;
    if let (Some(path), Some(event)) = (&event_path, &loaded.event) {
        check_sides(path, event, &loaded.readouts);
    }
    Ok(loaded)
}

/// An event folder's readouts, and its event with the path of its `event.yaml`.
type Folder = (Vec<Readout>, Option<(String, Event)>);

fn load_dir(dir: &str, seen: &mut input::Seen) -> Result<Folder> {
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
            let path = path.to_string_lossy().into_owned();
            event = Some((path.clone(), load_event(&path)?));
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

/// The marks readout's own reports carry near their start: the HTML report's `generator` meta
/// tag, the Markdown reports' second paragraph, "… Made by readout 0.1.0 on 2026-…" (written
/// by `render/markdown/{compare,check}.rs`), and the first line of a terminal-format report
/// written to a file, "Made by readout 0.1.0 on 2026-…" (`cli/run.rs`, `marked`); the tests of
/// skipped reports hold all three to it. JSON reports need none: a folder's `.json` files are
/// not readouts.
const HTML_MARK: &str = "<meta name=\"generator\" content=\"readout ";
const MADE_MARK: &str = "Made by readout ";

/// Whether a file of an event folder is a report readout wrote (`report ev -o ev/r.md`,
/// `compare ev -o ev/r.txt`), which would otherwise come back as one more readout of the event.
fn written_by_readout(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else { return false };
    let mut head = Vec::new();
    let _ = file.take(4096).read_to_end(&mut head);
    let head = String::from_utf8_lossy(&head);
    let made = head.match_indices(MADE_MARK).any(|(at, m)| {
        // At the very start (a text report) or after a sentence (Markdown); then a version, " on "
        // and the time.
        let placed = at == 0 || head[..at].ends_with(". ");
        let rest = &head[at + m.len()..];
        let version = rest.split(' ').next().unwrap_or("");
        placed
            && version.starts_with(|c: char| c.is_ascii_digit())
            && rest[version.len()..].starts_with(" on ")
    });
    head.contains(HTML_MARK) || made
}

/// Loads an `event.yaml`.
pub fn load_event(path: &str) -> Result<Event> {
    let text = input::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Event::default());
    }
    let event: Event = yaml_file::parse(path, &text, 1)?;
    check_event_keys(path, &text);
    Ok(event)
}

/// The keys `event.yaml` knows, at the top and in each participant; `note` and `demonstrates`
/// are free text for people (the samples say there what they are and what they show).
const EVENT_KEYS: &[&str] = &["title", "date", "participants", "note", "demonstrates"];
const PARTICIPANT_KEYS: &[&str] = &["name", "side", "aliases"];

/// Warns about keys `event.yaml` does not know (`participant:` for `participants:`): they are
/// ignored, so the event would silently lack what the user meant to give it.
fn check_event_keys(path: &str, text: &str) {
    use serde_yaml::Value;
    // Already parsed as an Event, so this parse succeeds; nothing to warn about otherwise.
    let Ok(Value::Mapping(top)) = yaml_file::parse::<Value>(path, text, 1) else { return };
    let key_names = |m: &serde_yaml::Mapping| -> Vec<String> {
        m.keys().filter_map(|k| k.as_str().map(str::to_string)).collect()
    };
    for key in key_names(&top) {
        if !EVENT_KEYS.contains(&key.as_str()) {
            let line = yaml_file::key_line(text, &key, 1);
            meta::warn_unknown_key(path, line, &key, "event.yaml", EVENT_KEYS);
        }
    }
    let Some(Value::Sequence(people)) = top.get("participants") else { return };
    for p in people {
        let Value::Mapping(m) = p else { continue };
        for key in key_names(m) {
            if !PARTICIPANT_KEYS.contains(&key.as_str()) {
                let line = nested_key_line(text, &key);
                meta::warn_unknown_key(path, line, &key, "a participant", PARTICIPANT_KEYS);
            }
        }
    }
}

/// 1-based line of the first (indented or list-item) `key:` in a YAML text, else line 1.
fn nested_key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let t = l.trim_start().trim_start_matches(['-', ' ', '{']);
            t.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map_or(1, |i| i + 1)
}

/// Warns about participants of `event.yaml` whose `side` is the source (or an alias) of no
/// readout of the run: they would then speak for no readout.
fn check_sides(path: &str, event: &Event, readouts: &[Readout]) {
    let Ok(text) = input::read_text(path) else { return };
    for p in &event.participants {
        let Some(side) = p.side.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
            continue;
        };
        let known = readouts.iter().any(|r| {
            std::iter::once(&r.source)
                .chain(&r.aliases)
                .any(|n| n.trim().eq_ignore_ascii_case(side))
        });
        if !known {
            let line = text
                .lines()
                .position(|l| l.contains("side:") && l.contains(side))
                .map_or(1, |i| i + 1);
            let sources: Vec<&str> = readouts.iter().map(|r| r.source.as_str()).collect();
            crate::io::error::warn(
                path,
                Some(line),
                format!(
                    "participant {}'s side `{side}` is the source of no readout here ({})",
                    p.name,
                    sources.join(", ")
                ),
            );
        }
    }
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
