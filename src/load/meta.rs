//! The fields a readout file may carry (YAML, or front matter of text and Markdown), and the
//! readout made of them and its statements.

use crate::io::error::{Error, Result, warn};
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

/// Warns when `date` has the shape of a date (`YYYY-MM-DD`) but names no day of the calendar
/// (`2027-13-45`, `2026-02-30`): it is kept as written, but reports would print it as a date.
/// Dates in other shapes ("March 2026") are the author's choice and pass.
pub(super) fn check_date(name: &str, date: Option<&str>, line: usize) {
    if let Some(d) = date
        && let Some(why) = impossible_date(d.trim())
    {
        warn(name, Some(line), format!("date `{d}` is not a day of the calendar ({why})"));
    }
}

/// Why a `YYYY-MM-DD` date (optionally followed by a time, `T…`) is impossible, if it is.
fn impossible_date(d: &str) -> Option<&'static str> {
    let day_part = d.split(['T', ' ']).next().unwrap_or(d);
    let parts: Vec<&str> = day_part.split('-').collect();
    let [y, m, dd] = parts.as_slice() else { return None };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(y, 4..=4) && digits(m, 1..=2) && digits(dd, 1..=2)) {
        return None;
    }
    let (y, m, dd): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, dd.parse().ok()?);
    if !(1..=12).contains(&m) {
        return Some("there is no such month");
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (dd == 0 || dd > days).then_some("there is no such day in that month")
}

/// Warns about ids given in YAML that are blank (the statement gets a made id instead) or hold
/// spaces (an id is cited as one word, `K3`, and a spaced one cannot be told from the text
/// around it). `line` finds the line that gives an id.
pub(super) fn check_given_id(name: &str, id: &str, line: usize) {
    if id.trim().is_empty() {
        warn(name, Some(line), "statement id is blank; the statement gets a made id instead");
    } else if id.chars().any(char::is_whitespace) {
        warn(
            name,
            Some(line),
            format!("statement id `{id}` has spaces; ids are cited as one word (`K3`)"),
        );
    }
}

/// Warns about a key `what` does not know, suggesting the known key it is closest to.
pub(super) fn warn_unknown_key(name: &str, line: usize, key: &str, what: &str, known: &[&str]) {
    // One edit, or two in a longer key: "participant", "alias"; not "note" for "date".
    let close = |k: &str| match edit_distance(key, k) {
        0 | 1 => true,
        2 => key.chars().count() >= 5,
        _ => false,
    };
    let near = known.iter().find(|k| close(k));
    let hint = near.map(|k| format!("; did you mean `{k}`?")).unwrap_or_else(|| {
        format!(
            "; {what} knows {}",
            known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
        )
    });
    warn(name, Some(line), format!("unknown key `{key}` in {what} is ignored{hint}"));
}

/// Levenshtein distance, for suggesting the key a typo meant (keys are a few letters long).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{edit_distance, impossible_date};

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("participant", "participants"), 1);
        assert_eq!(edit_distance("sied", "side"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn impossible_dates_are_told_apart_from_odd_ones() {
        for ok in
            ["2026-03-04", "2024-02-29", "2026-3-4", "2026-10-12T18:02:11Z", "March 2026", "2026"]
        {
            assert_eq!(impossible_date(ok), None, "{ok}");
        }
        for bad in ["2027-13-45", "2026-02-29", "2026-04-31", "2026-00-10", "2026-01-00"] {
            assert!(impossible_date(bad).is_some(), "{bad}");
        }
    }
}
