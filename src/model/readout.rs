//! Readouts and their statements as plain data: what loading produces and every later stage reads.

use crate::io::yaml::scalar;
use serde::Deserialize;

/// One sentence-sized statement of a readout.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub speaker: Option<crate::model::speaker::Attribution>,
}

/// One account of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readout {
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// Other names for the source ("the Kremlin", "Moscow"), used to match attributions.
    pub aliases: Vec<String>,
    /// When the page was downloaded (UTC, ISO 8601), for a readout fetched from the web.
    pub fetched: Option<String>,
    /// SHA-256 (hex) of the web page the readout was extracted from.
    pub sha256: Option<String>,
    /// Path as the user gave it (`<stdin>` for `-`).
    pub path: String,
    pub statements: Vec<Statement>,
    /// The id prefix of its statements (`K`), also its short name in terminal output.
    pub prefix: String,
}

/// What an `event.yaml` says about the event a folder of readouts describes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Event {
    #[serde(default, deserialize_with = "scalar")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub date: Option<String>,
    #[serde(default)]
    pub participants: Vec<Participant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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
