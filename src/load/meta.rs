//! The fields a readout file may carry (YAML, or front matter of text and Markdown), and the
//! readout made of them and its statements.

use crate::io::error::{Error, Result};
use crate::io::yaml::scalar;
use crate::model::{Readout, Statement};
use crate::text::Language;
use serde::Deserialize;
use std::path::Path;

/// The fields a readout's YAML (or front matter) may carry. Unknown fields are ignored.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Meta {
    #[serde(default, deserialize_with = "scalar")]
    pub(super) source: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) title: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) date: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) url: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) language: Option<String>,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) fetched: Option<String>,
    #[serde(default, deserialize_with = "scalar")]
    pub(super) sha256: Option<String>,
    #[serde(default)]
    pub(super) text: Option<String>,
    #[serde(default)]
    pub(super) statements: Option<Vec<StatementSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum StatementSpec {
    Text(String),
    Full { id: Option<String>, text: String },
}

pub(super) fn finish(
    name: &str,
    source: String,
    meta: Meta,
    mut statements: Vec<Statement>,
    text_line: usize,
) -> Result<Readout> {
    if statements.is_empty() {
        return Err(Error::at_line(name, text_line, "empty readout (no statements in its text)"));
    }
    // Kept for the whole run: no room for statements that never come.
    statements.shrink_to_fit();
    // A readout that does not say its language but is written in Russian or Chinese says so
    // from here on (JSON, the HTML page's `lang`, the speaker patterns' note); English stays
    // unnamed, as given.
    let language = meta.language.or_else(|| {
        let detected = crate::text::lang::detect(statements.iter().map(|s| s.text.as_str()));
        matches!(detected, Language::Russian | Language::Chinese)
            .then(|| detected.code().to_string())
    });
    Ok(Readout {
        source: source.trim().to_string(),
        title: meta.title,
        date: meta.date,
        url: meta.url,
        language,
        aliases: meta.aliases,
        fetched: meta.fetched,
        sha256: meta.sha256,
        path: name.to_string(),
        statements,
        prefix: String::new(),
    })
}

/// The language code for the sentence rules of `text`: the readout's `language`, else the
/// one its script shows (see [`crate::text::lang::detect`]).
pub(super) fn lang(meta: &Meta, text: &str) -> &'static str {
    crate::text::Language::of(meta.language.as_deref(), std::iter::once(text)).code()
}

pub(super) fn file_stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}
