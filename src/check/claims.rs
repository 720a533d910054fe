//! Claims to check: read from a YAML claims file or taken from an article's quotes, and split at
//! ellipses into the parts that must appear in order.

use super::names::Names;
use super::quotes;
use crate::io::error::{Error, Result};
use crate::io::{input, yaml};
use crate::text::lexicon::ELISIONS;
use serde_yaml::Value;

/// One claim to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub text: String,
    /// The attribution as written (a source name, an alias, a person).
    pub attributed_to: Option<String>,
    /// For article quotes, the source the attribution was found to name; YAML attributions are
    /// resolved by name when checked.
    pub source: Option<usize>,
    /// 1-based line in the claims file or article, where known.
    pub line: Option<usize>,
}

/// A YAML scalar as text (`id: 7` is the id "7"); `None` for null, `Err` for a list or map.
fn scalar(v: Option<&Value>) -> std::result::Result<Option<String>, ()> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(_) => Err(()),
    }
}

/// Whether a claims path names a YAML claims file (else it is an article).
pub fn is_yaml(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

/// Loads the claims of a YAML file or an article; `names` finds attributions in articles.
pub fn load(path: &str, names: &Names) -> Result<Vec<Claim>> {
    let src = input::read_text(path)?;
    let name = input::display_name(path);
    let yaml = is_yaml(path) || (path == "-" && looks_like_yaml_claims(&src));
    if yaml { from_yaml(name, &src) } else { from_article(name, &src, names) }
}

/// Standard input has no extension: a claims file opens (after comments and a `---` document
/// marker) with its `claims:` key, which an article does not.
pub fn looks_like_yaml_claims(src: &str) -> bool {
    src.trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim_end)
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#') && *l != "---")
        .is_some_and(|l| l.starts_with("claims:"))
}

/// 1-based lines where the items of the top-level `claims:` list start.
fn item_lines(src: &str) -> Vec<usize> {
    let start = yaml::key_line(src, "claims", 1);
    let mut indent = None;
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate().skip(start) {
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if lead == 0 && !trimmed.starts_with('-') {
            break;
        }
        if (trimmed.starts_with("- ") || trimmed == "-") && *indent.get_or_insert(lead) == lead {
            out.push(i + 1);
        }
    }
    out
}

pub fn from_yaml(name: &str, src: &str) -> Result<Vec<Claim>> {
    let empty =
        || Error::in_file(name, "no claims: expected a `claims:` list with at least one `text`");
    if src.trim().is_empty() {
        return Err(empty());
    }
    // Read as plain YAML values, so that a claim of the wrong shape gets a message of ours
    // with its own line rather than serde's account of the types it tried.
    let doc: Value = yaml::parse(name, src, 1)?;
    let claims_line = yaml::key_line(src, "claims", 1);
    let entries = match &doc {
        Value::Mapping(m) => match m.get("claims") {
            None | Some(Value::Null) => return Err(empty()),
            Some(Value::Sequence(items)) => items.clone(),
            Some(_) => {
                return Err(Error::at_line(name, claims_line, "`claims` must be a list of claims"));
            }
        },
        Value::Null => return Err(empty()),
        _ => {
            return Err(Error::at_line(name, 1, "expected a mapping with a `claims:` list"));
        }
    };
    if entries.is_empty() {
        return Err(empty());
    }
    let lines = item_lines(src);
    let mut out: Vec<Claim> = Vec::new();
    for (n, entry) in entries.iter().enumerate() {
        let line = lines.get(n).copied().unwrap_or(claims_line);
        let bad = |what: &str| Error::at_line(name, line, format!("claim {}: {what}", n + 1));
        let field = |key: &str| -> Result<Option<String>> {
            let v = match entry {
                Value::Mapping(m) => m.get(key),
                _ => None,
            };
            scalar(v).map_err(|()| bad(&format!("`{key}` must be text, not a list or mapping")))
        };
        let (text, attributed_to, id) = match entry {
            Value::Mapping(_) => (field("text")?, field("attributed_to")?, field("id")?),
            Value::String(t) => (Some(t.clone()), None, None),
            _ => return Err(bad("expected its text, or a mapping with `text`")),
        };
        let text = crate::load::segment::fold_space(text.as_deref().unwrap_or(""));
        if crate::text::word_count(&text) == 0 {
            return Err(Error::at_line(name, line, format!("claim {} has no text", n + 1)));
        }
        let id = id
            .map(|i| i.trim().to_string())
            .filter(|i| !i.is_empty())
            .unwrap_or_else(|| format!("c{}", n + 1));
        if out.iter().any(|c| c.id == id) {
            return Err(Error::at_line(name, line, format!("claim id `{id}` is used twice")));
        }
        out.push(Claim {
            id,
            text,
            attributed_to: attributed_to.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()),
            source: None,
            line: Some(line),
        });
    }
    Ok(out)
}

pub fn from_article(name: &str, src: &str, names: &Names) -> Result<Vec<Claim>> {
    let quotes = quotes::extract(src, names);
    if quotes.is_empty() {
        return Err(Error::in_file(
            name,
            format!(
                "no claims: the article has no quoted passage of {} words or more",
                quotes::MIN_WORDS
            ),
        ));
    }
    Ok(quotes
        .into_iter()
        .enumerate()
        .map(|(i, q)| Claim {
            id: format!("q{}", i + 1),
            text: q.text,
            attributed_to: q.attribution.as_ref().map(|a| a.0.clone()),
            source: q.attribution.map(|a| a.1),
            line: Some(q.line),
        })
        .collect())
}

/// The parts of a claim between ellipses, in order; parts without words are dropped.
pub fn parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = ELISIONS
            .iter()
            .filter_map(|e| rest.find(e).map(|i| (i, e.len())))
            .min_by_key(|&(i, len)| (i, usize::MAX - len));
        let (piece, more) = match next {
            Some((i, len)) => (&rest[..i], Some(&rest[i + len..])),
            None => (rest, None),
        };
        if crate::text::word_count(piece) > 0 {
            out.push(piece.trim().to_string());
        }
        match more {
            Some(m) => rest = m,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_claims_with_unknown_fields_and_defaults() {
        let src = "claims:\n  - text: \"first claim here\"\n    attributed_to: Kremlin\n    expect: close\n    why: because\n  - text: second claim\n    id: x9\n  - plain string claim\n";
        let c = from_yaml("c.yaml", src).unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!((c[0].id.as_str(), c[0].attributed_to.as_deref()), ("c1", Some("Kremlin")));
        assert_eq!(c[1].id, "x9");
        assert_eq!(c[2].text, "plain string claim");
        assert_eq!(c.iter().map(|c| c.line.unwrap()).collect::<Vec<_>>(), vec![2, 6, 8]);
    }

    #[test]
    fn empty_and_malformed_claims_are_errors_with_lines() {
        let e = from_yaml("c.yaml", "claims: []\n").unwrap_err();
        assert!(e.message().starts_with("c.yaml: no claims"), "{}", e.message());
        let e = from_yaml("c.yaml", "# nothing\n").unwrap_err();
        assert!(e.message().contains("no claims"), "{}", e.message());
        let e =
            from_yaml("c.yaml", "claims:\n  - text: ok claim\n  - text: [unclosed\n").unwrap_err();
        let line: usize = e.message().split(':').nth(1).unwrap().parse().unwrap();
        assert!(line >= 3 && e.message().contains("invalid YAML"), "{}", e.message());
        let e = from_yaml(
            "c.yaml",
            "claims:\n  - text: ok claim\n  - attributed_to: K\n    text: \"\"\n",
        )
        .unwrap_err();
        assert_eq!(e.message(), "c.yaml:3: claim 2 has no text");
        let e = from_yaml("c.yaml", "claims:\n  - {id: a, text: one}\n  - {id: a, text: two}\n")
            .unwrap_err();
        assert_eq!(e.message(), "c.yaml:3: claim id `a` is used twice");
    }

    #[test]
    fn claims_of_the_wrong_shape_name_their_line() {
        let msg = |src: &str| from_yaml("c.yaml", src).unwrap_err().message().to_string();
        assert_eq!(msg("claims: foo\n"), "c.yaml:1: `claims` must be a list of claims");
        assert_eq!(
            msg("claims:\n  - text: fine\n  - 42\n"),
            "c.yaml:3: claim 2: expected its text, or a mapping with `text`"
        );
        assert_eq!(
            msg("claims:\n  - text: [a, b]\n"),
            "c.yaml:2: claim 1: `text` must be text, not a list or mapping"
        );
        assert_eq!(
            msg("- text: a list at the top\n"),
            "c.yaml:1: expected a mapping with a `claims:` list"
        );
    }

    #[test]
    fn an_article_without_quotes_is_an_error() {
        let e =
            from_article("a.md", "Nothing is quoted \"here\".\n", &Names::default()).unwrap_err();
        assert!(e.message().starts_with("a.md: no claims"), "{}", e.message());
    }

    #[test]
    fn ellipses_of_every_form_split_parts() {
        for mark in ["...", "…", "(...)", "[...]", "(…)", "[…]"] {
            assert_eq!(
                parts(&format!("the first part {mark} the second part")),
                vec!["the first part", "the second part"],
                "{mark}"
            );
        }
        assert_eq!(parts("… leading and trailing …"), vec!["leading and trailing"]);
        assert_eq!(parts("no ellipsis here"), vec!["no ellipsis here"]);
    }
}
