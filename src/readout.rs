//! Readouts and their statements: the types, and loading them from YAML, text or Markdown with
//! front matter, standard input, or an event folder.

use crate::error::{Error, Result};
use crate::{input, segment, yaml};
use serde::{Deserialize, Deserializer, Serialize};
use std::path::Path;

/// One sentence-sized statement of a readout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Short id unique in one run, e.g. `K3`.
    pub id: String,
    /// The statement as written, with runs of whitespace folded to one space.
    pub text: String,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// Byte span in the file (text and Markdown) or in the `text` value (YAML).
    pub start: usize,
    pub end: usize,
    /// Who the readout says is speaking; filled in by `compare`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<crate::speaker::Attribution>,
}

/// One account of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Readout {
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Other names for the source ("the Kremlin", "Moscow"), used to match attributions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// When the page was downloaded (UTC, ISO 8601), for a readout fetched from the web.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// SHA-256 (hex) of the web page the readout was extracted from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Path as the user gave it (`<stdin>` for `-`).
    pub path: String,
    pub statements: Vec<Statement>,
    /// The id prefix of its statements (`K`), also its short name in terminal output.
    #[serde(skip)]
    pub prefix: String,
}

/// What an `event.yaml` says about the event a folder of readouts describes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Event {
    #[serde(default, deserialize_with = "scalar")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub date: Option<String>,
    #[serde(default)]
    pub participants: Vec<Participant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Participant {
    pub name: String,
    /// The `source` of this participant's own government's readout, where known.
    #[serde(default, deserialize_with = "scalar")]
    pub side: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Everything the command line named: the readouts in order, and the event if a folder had one.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub readouts: Vec<Readout>,
    pub event: Option<Event>,
}

const READOUT_EXTENSIONS: &[&str] =
    &["yaml", "yml", "txt", "md", "markdown", "text", "html", "htm"];

/// Loads every readout the arguments name (files, folders or `-`) and gives statements ids.
pub fn load_all(args: &[String]) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let (readouts, event) = load_dir(arg)?;
            loaded.readouts.extend(readouts);
            if loaded.event.is_none() {
                loaded.event = event;
            }
        } else {
            loaded.readouts.push(load_file(arg)?);
        }
    }
    assign_ids(&mut loaded.readouts);
    check_unique_ids(&loaded.readouts)?;
    Ok(loaded)
}

/// Ids given in YAML can clash with each other across readouts, or with the ids made for the
/// statements that have none; reports and renderers find statements by id, so that is an error.
fn check_unique_ids(readouts: &[Readout]) -> Result<()> {
    let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for r in readouts {
        for s in &r.statements {
            if let Some(other) = seen.insert(&s.id, &r.path) {
                let place = if other == r.path {
                    "used twice in this readout".to_string()
                } else {
                    format!("already used in {other}")
                };
                return Err(Error::in_file(
                    &r.path,
                    format!("statement id `{}` is {place}; ids must be unique in one run", s.id),
                ));
            }
        }
    }
    Ok(())
}

fn load_dir(dir: &str) -> Result<(Vec<Readout>, Option<Event>)> {
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
        if crate::web::is_page(&name) && crate::web::skip_in_folder(&path) {
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
    let readouts = files.iter().map(|f| load_file(f)).collect::<Result<Vec<_>>>()?;
    Ok((readouts, event))
}

/// Loads an `event.yaml`.
pub fn load_event(path: &str) -> Result<Event> {
    let text = input::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Event::default());
    }
    yaml::parse(path, &text, 1)
}

/// The fields a readout's YAML (or front matter) may carry. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct Meta {
    #[serde(default, deserialize_with = "scalar")]
    source: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    title: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    date: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    url: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    language: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default, deserialize_with = "scalar")]
    fetched: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    sha256: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    statements: Option<Vec<StatementSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum StatementSpec {
    Text(String),
    Full { id: Option<String>, text: String },
}

/// Loads one readout file (or `-`).
pub fn load_file(path: &str) -> Result<Readout> {
    // A URL or a saved web page loads as the readout file `readout fetch` would write for it.
    if let Some(doc) = crate::web::readout_document(path)? {
        return from_text(input::display_name(path), &doc, true);
    }
    let (text, dropped) = input::read_text_and_offset(path)?;
    let name = input::display_name(path).to_string();
    let lower = path.to_ascii_lowercase();
    let is_yaml = lower.ends_with(".yaml")
        || lower.ends_with(".yml")
        || (path == "-" && looks_like_yaml_readout(&text));
    if is_yaml {
        return from_yaml(&name, &text);
    }
    let markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
    let mut readout = from_text(&name, &text, markdown)?;
    // Spans point into the file as saved, byte-order mark included.
    for s in &mut readout.statements {
        s.start += dropped;
        s.end += dropped;
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

fn from_yaml(name: &str, src: &str) -> Result<Readout> {
    if src.trim().is_empty() {
        return Err(Error::in_file(name, "empty readout (the file has no content)"));
    }
    let meta: Meta = yaml::parse(name, src, 1)?;
    let source = meta.source.clone().filter(|s| !s.trim().is_empty()).ok_or_else(|| {
        Error::at_line(name, 1, "missing required field `source` (who issued this readout)")
    })?;
    let statements = match (&meta.text, &meta.statements) {
        (Some(_), Some(_)) => {
            return Err(Error::at_line(
                name,
                yaml::key_line(src, "statements", 1),
                "has both `text` and `statements`; give one of them",
            ));
        }
        (None, None) => {
            return Err(Error::at_line(
                name,
                1,
                "has neither `text` nor `statements`; give the readout's text in one of them",
            ));
        }
        (Some(text), None) => segment::segment(text, false, 0, lang(&meta)),
        (None, Some(list)) => presplit(name, src, list)?,
    };
    finish(name, source, meta, statements, yaml::key_line(src, "text", 1))
}

fn presplit(name: &str, src: &str, list: &[StatementSpec]) -> Result<Vec<Statement>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut seen = std::collections::HashSet::new();
    for (i, spec) in list.iter().enumerate() {
        let (id, text) = match spec {
            StatementSpec::Text(t) => (None, t.as_str()),
            StatementSpec::Full { id, text } => (id.clone(), text.as_str()),
        };
        let text = segment::fold_space(text);
        if text.is_empty() {
            continue;
        }
        if let Some(id) = &id
            && !seen.insert(id.clone())
        {
            return Err(Error::at_line(
                name,
                yaml::key_line(src, "statements", 1),
                format!("statement id `{id}` is used twice"),
            ));
        }
        out.push(Statement {
            id: id.unwrap_or_default(),
            paragraph: i + 1,
            start: pos,
            end: pos + text.len(),
            text,
            speaker: None,
        });
        pos = out.last().map(|s| s.end + 2).unwrap_or(0);
    }
    Ok(out)
}

fn from_text(name: &str, src: &str, markdown: bool) -> Result<Readout> {
    let (meta, body_start) = match front_matter(name, src)? {
        Some((meta, body_start)) => (meta, body_start),
        None => (None, 0),
    };
    let meta = meta.unwrap_or(Meta {
        source: None,
        title: None,
        date: None,
        url: None,
        language: None,
        aliases: Vec::new(),
        fetched: None,
        sha256: None,
        text: None,
        statements: None,
    });
    let source =
        meta.source.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| file_stem(name));
    let statements = segment::segment(&src[body_start..], markdown, body_start, lang(&meta));
    let body_line = input::line_of(src.as_bytes(), body_start);
    finish(name, source, meta, statements, body_line)
}

/// Splits off `---`-fenced YAML front matter; returns it and where the body starts.
fn front_matter(name: &str, src: &str) -> Result<Option<(Option<Meta>, usize)>> {
    let first_end = src.find('\n').unwrap_or(src.len());
    if src[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let mut offset = first_end + 1;
    for line in src[offset.min(src.len())..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml_src = &src[first_end + 1..offset];
            let body = offset + line.len();
            if yaml_src.trim().is_empty() {
                return Ok(Some((None, body)));
            }
            let meta: Meta = yaml::parse(name, yaml_src, 2)?;
            return Ok(Some((Some(meta), body)));
        }
        offset += line.len();
    }
    Err(Error::at_line(name, 1, "front matter opened with `---` is never closed"))
}

fn finish(
    name: &str,
    source: String,
    meta: Meta,
    statements: Vec<Statement>,
    text_line: usize,
) -> Result<Readout> {
    if statements.is_empty() {
        return Err(Error::at_line(name, text_line, "empty readout (no statements in its text)"));
    }
    Ok(Readout {
        source: source.trim().to_string(),
        title: meta.title,
        date: meta.date,
        url: meta.url,
        language: meta.language,
        aliases: meta.aliases,
        fetched: meta.fetched,
        sha256: meta.sha256,
        path: name.to_string(),
        statements,
        prefix: String::new(),
    })
}

fn lang(meta: &Meta) -> &str {
    meta.language.as_deref().unwrap_or("en")
}

fn file_stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}

/// Accepts any YAML scalar (a date or a number as well as a string) where text is expected.
/// A list or mapping is rejected from inside the parser, so that the error has its line.
fn scalar<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<String>, D::Error> {
    struct Scalar;
    impl<'de> serde::de::Visitor<'de> for Scalar {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a single value (text, date or number)")
        }
        fn visit_str<E>(self, v: &str) -> std::result::Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_bool<E>(self, v: bool) -> std::result::Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E>(self, v: f64) -> std::result::Result<Self::Value, E> {
            Ok(Some(serde_yaml::Number::from(v).to_string()))
        }
        fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> std::result::Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(
            self,
            d: D,
        ) -> std::result::Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    }
    d.deserialize_any(Scalar)
}

/// Gives every statement without an id one made of its readout's prefix and its number.
pub fn assign_ids(readouts: &mut [Readout]) {
    let mut taken: Vec<String> = Vec::new();
    for r in readouts.iter_mut() {
        let prefix = unique_prefix(&r.source, &taken);
        taken.push(prefix.clone());
        r.prefix = prefix.clone();
        for (i, s) in r.statements.iter_mut().enumerate() {
            if s.id.is_empty() {
                s.id = format!("{prefix}{}", i + 1);
            }
        }
    }
}

/// Initials of the source's words ("Chinese MFA" → "CM"), lengthened until unique in this run.
fn unique_prefix(source: &str, taken: &[String]) -> String {
    let words: Vec<&str> = source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    // "Presidency of Norland" → "PN": small words written in lower case are skipped.
    let significant: Vec<&str> =
        match words.iter().filter(|w| !w.starts_with(char::is_lowercase)).count() {
            0 => words.clone(),
            _ => words.iter().copied().filter(|w| !w.starts_with(char::is_lowercase)).collect(),
        };
    let initials: String = significant
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect();
    let base = if initials.is_empty() { "S".to_string() } else { initials };
    let mut candidates = vec![base.clone()];
    // Then more letters of the first word: "Kremlin" → "Kr", "Kre", …
    if let Some(first) = words.first() {
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
        for n in 2..=letters.len() {
            let mut p: String = letters[..1].iter().flat_map(|c| c.to_uppercase()).collect();
            p.extend(letters[1..n].iter().flat_map(|c| c.to_lowercase()));
            candidates.push(p);
        }
    }
    // Digits would run into statement numbers, so the last resort appends letters.
    for suffix in 'a'..='z' {
        candidates.push(format!("{base}{suffix}"));
    }
    candidates
        .into_iter()
        .find(|c| !taken.iter().any(|t| t.eq_ignore_ascii_case(c)))
        .unwrap_or(base)
}

#[cfg(test)]
impl Readout {
    /// A readout with no statements, known by `aliases` too, for tests of attribution.
    pub(crate) fn aliased(source: &str, aliases: &[&str]) -> Readout {
        let mut r = Readout::of(source, "", &[]);
        r.aliases = aliases.iter().map(|a| a.to_string()).collect();
        r
    }

    /// A readout of plain statements for unit tests: ids `{prefix}1`, `{prefix}2`, …, one
    /// paragraph each, spans into the statements joined by spaces.
    pub(crate) fn of(source: &str, prefix: &str, texts: &[&str]) -> Readout {
        let mut pos = 0;
        let statements = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let st = Statement {
                    id: format!("{prefix}{}", i + 1),
                    text: t.to_string(),
                    paragraph: i + 1,
                    start: pos,
                    end: pos + t.len(),
                    speaker: None,
                };
                pos += t.len() + 1;
                st
            })
            .collect();
        Readout {
            source: source.to_string(),
            title: None,
            date: None,
            url: None,
            language: None,
            aliases: Vec::new(),
            fetched: None,
            sha256: None,
            path: format!("{prefix}.txt"),
            statements,
            prefix: prefix.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_readout_with_text() {
        let r = from_yaml(
            "k.yaml",
            "source: Kremlin\ndate: 2022-06-15\ntext: |\n  One. Two.\n\n  Three.\n",
        )
        .unwrap();
        assert_eq!(r.source, "Kremlin");
        assert_eq!(r.date.as_deref(), Some("2022-06-15"));
        let texts: Vec<_> = r.statements.iter().map(|s| (s.text.as_str(), s.paragraph)).collect();
        assert_eq!(texts, vec![("One.", 1), ("Two.", 1), ("Three.", 2)]);
    }

    #[test]
    fn yaml_readout_with_statements_and_ids() {
        let r = from_yaml(
            "k.yaml",
            "source: K\nstatements:\n  - First one.\n  - {id: k9, text: Second one.}\n",
        )
        .unwrap();
        assert_eq!(r.statements.len(), 2);
        assert_eq!(r.statements[1].id, "k9");
        assert_eq!(r.statements[0].id, "");
    }

    #[test]
    fn yaml_errors_name_the_problem() {
        let e = from_yaml("k.yaml", "title: x\ntext: Hi.\n").unwrap_err();
        assert!(
            e.message().starts_with("k.yaml:1: missing required field `source`"),
            "{}",
            e.message()
        );
        let e = from_yaml("k.yaml", "source: K\ntitle: x\n").unwrap_err();
        assert!(e.message().contains("neither `text` nor `statements`"), "{}", e.message());
        let e = from_yaml("k.yaml", "source: K\ntext: a\nstatements: [b]\n").unwrap_err();
        assert!(e.message().starts_with("k.yaml:3: has both"), "{}", e.message());
        let e = from_yaml("k.yaml", "source: K\ntext: \"   \"\n").unwrap_err();
        assert!(e.message().contains("empty readout"), "{}", e.message());
    }

    #[test]
    fn field_of_the_wrong_type_names_its_line() {
        let e = from_yaml("k.yaml", "source: K\ntitle:\n  - a\ntext: Hi.\n").unwrap_err();
        assert!(
            e.message().starts_with("k.yaml:3: invalid YAML: title: invalid type"),
            "{}",
            e.message()
        );
        let r = from_yaml("k.yaml", "source: 42\ndate: 2022-06-15\nurl:\ntext: Hi.\n").unwrap();
        assert_eq!(r.source, "42");
        assert_eq!(r.url, None);
    }

    #[test]
    fn front_matter_is_read_and_unknown_fields_ignored() {
        let src = "---\nsource: Xinhua\ncompleteness: partial\n---\n\nXi spoke. Putin listened.\n";
        let r = from_text("x.txt", src, false).unwrap();
        assert_eq!(r.source, "Xinhua");
        assert_eq!(r.statements.len(), 2);
        let s = &r.statements[0];
        assert_eq!(&src[s.start..s.end], "Xi spoke.");
    }

    #[test]
    fn fetched_and_sha256_are_read_from_front_matter() {
        let src = "---\nsource: K\nfetched: 2026-10-12T18:02:11Z\nsha256: 0e85afd5\n---\nHi.\n";
        let r = from_text("k.md", src, true).unwrap();
        assert_eq!(r.fetched.as_deref(), Some("2026-10-12T18:02:11Z"));
        assert_eq!(r.sha256.as_deref(), Some("0e85afd5"));
        let plain = from_text("k.md", "Hi.", true).unwrap();
        assert_eq!((plain.fetched, plain.sha256), (None, None));
    }

    #[test]
    fn text_without_front_matter_takes_source_from_file_name() {
        let r = from_text("dir/state-dept.txt", "Hello there.", false).unwrap();
        assert_eq!(r.source, "state-dept");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = from_text("x.md", "---\nsource: X\nHello.", true).unwrap_err();
        assert_eq!(e.message(), "x.md:1: front matter opened with `---` is never closed");
    }

    #[test]
    fn front_matter_yaml_error_has_file_line() {
        let e = from_text("x.md", "---\nsource: X\ntitle: [oops\n---\nHi.", true).unwrap_err();
        assert!(e.message().starts_with("x.md:"), "{}", e.message());
        let line: usize = e.message().split(':').nth(1).unwrap().parse().unwrap();
        assert!(line >= 3, "{}", e.message());
    }

    #[test]
    fn prefixes_are_initials_and_unique() {
        assert_eq!(unique_prefix("Kremlin", &[]), "K");
        assert_eq!(unique_prefix("Chinese MFA", &[]), "CM");
        assert_eq!(unique_prefix("Presidency of Norland", &[]), "PN");
        assert_eq!(unique_prefix("xinhua", &[]), "X");
        assert_eq!(unique_prefix("Kiev Post", &["K".into(), "KP".into()]), "Ki");
        let mut rs = vec![
            from_text("a.txt", "---\nsource: Kremlin\n---\nAlpha one. Beta two.", false).unwrap(),
            from_text("b.txt", "---\nsource: Kyiv\n---\nGamma.", false).unwrap(),
        ];
        assign_ids(&mut rs);
        assert_eq!(rs[0].statements[1].id, "K2");
        assert_eq!(rs[1].statements[0].id, "Ky1");
    }

    #[test]
    fn stdin_yaml_is_sniffed() {
        assert!(looks_like_yaml_readout("# c\nsource: K\ntext: x"));
        assert!(!looks_like_yaml_readout("The President said: yes."));
    }
}
