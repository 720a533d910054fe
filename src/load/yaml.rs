//! YAML readouts: `source` and the other fields, and either `text` (segmented here) or
//! `statements` (pre-split, optionally with their own ids).

use super::meta::{Meta, StatementSpec, check_date, check_given_id, finish, lang};
use super::segment;
use crate::io::error::{Error, Result};
use crate::io::yaml;
use crate::model::{Readout, Statement};

pub(super) fn from_yaml(name: &str, src: &str) -> Result<Readout> {
    if src.trim().is_empty() {
        return Err(Error::in_file(name, "empty readout (the file has no content)"));
    }
    let meta: Meta = yaml::parse(name, src, 1)?;
    check_date(name, meta.date.as_deref(), yaml::key_line(src, "date", 1));
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
        (Some(text), None) => segment::segment(text, false, 0, lang(&meta, text)),
        (None, Some(list)) => presplit(name, src, list)?,
    };
    finish(name, source, meta, statements, yaml::key_line(src, "text", 1))
}

fn presplit(name: &str, src: &str, list: &[StatementSpec]) -> Result<Vec<Statement>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut seen = std::collections::HashSet::new();
    let mut id_lines = id_lines(src);
    for (i, spec) in list.iter().enumerate() {
        let (mut id, text) = match spec {
            StatementSpec::Text(t) => (None, t.as_str()),
            StatementSpec::Full { id, text } => (id.clone(), text.as_str()),
        };
        if let Some(given) = &id {
            let line = id_lines.next().unwrap_or_else(|| yaml::key_line(src, "statements", 1));
            check_given_id(name, given, line);
            if given.trim().is_empty() {
                id = None;
            }
        }
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

/// 1-based lines that give a statement's `id:`, in order, for warnings about them (a list of
/// `{id, text}` gives one per statement that has one).
fn id_lines(src: &str) -> impl Iterator<Item = usize> + '_ {
    let start = yaml::key_line(src, "statements", 1);
    src.lines().enumerate().skip(start).filter_map(|(i, l)| {
        let t = l.trim_start().trim_start_matches(['-', ' ', '{']);
        (t.starts_with("id:") || l.contains("{id:") || l.contains(", id:")).then_some(i + 1)
    })
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
}
