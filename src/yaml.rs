//! YAML parsing whose errors name the file and line, for readouts, events and claims alike.

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;

/// Parses `src` (which starts at 1-based line `first_line` of file `name`) as `T`.
pub fn parse<T: DeserializeOwned>(name: &str, src: &str, first_line: usize) -> Result<T> {
    serde_yaml::from_str(src).map_err(|e| {
        let line = e.location().map(|l| l.line()).unwrap_or(1) + first_line - 1;
        Error::at_line(name, line, format!("invalid YAML: {}", strip_location(&e.to_string())))
    })
}

/// yaml_serde appends "at line L column C"; we put the line first, as compilers do.
fn strip_location(msg: &str) -> &str {
    match msg.find(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

/// 1-based line of the first top-level `key:` in a YAML document, for errors about that field.
pub fn key_line(src: &str, key: &str, first_line: usize) -> usize {
    src.lines()
        .position(|l| l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':')))
        .map(|i| i + first_line)
        .unwrap_or(first_line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct T {
        source: String,
    }

    #[test]
    fn error_names_file_and_shifted_line() {
        let e = parse::<T>("x.md", "title: a\nsource: [unclosed\n", 2).unwrap_err();
        assert!(e.message().starts_with("x.md:"), "{}", e.message());
        assert!(!e.message().contains(" at line "), "{}", e.message());
    }

    #[test]
    fn missing_field_is_reported() {
        let e = parse::<T>("x.yaml", "title: a\n", 1).unwrap_err();
        assert!(e.message().contains("missing field `source`"), "{}", e.message());
    }

    #[test]
    fn key_line_finds_top_level_key() {
        assert_eq!(key_line("a: 1\ntext: |\n  x\n", "text", 1), 2);
        assert_eq!(key_line("a: 1\n", "text", 5), 5);
    }
}
