//! YAML parsing whose errors name the file and line, for readouts, events and claims alike.

use crate::io::error::{Error, Result};
use serde::Deserializer;
use serde::de::DeserializeOwned;

/// Parses `src` (which starts at 1-based line `first_line` of file `name`) as `T`.
pub fn parse<T: DeserializeOwned>(name: &str, src: &str, first_line: usize) -> Result<T> {
    serde_yaml::from_str(src).map_err(|e| {
        let msg = e.to_string();
        // A key given twice is reported where its mapping starts; point at the second one.
        let twice = msg
            .strip_prefix("duplicate field `")
            .and_then(|rest| rest.split('`').next())
            .and_then(|key| key_lines(src, key).nth(1));
        let line = match twice {
            Some(i) => i + first_line,
            None => e.location().map(|l| l.line()).unwrap_or(1) + first_line - 1,
        };
        Error::at_line(name, line, format!("invalid YAML: {}", strip_location(&msg)))
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
    key_lines(src, key).next().map(|i| i + first_line).unwrap_or(first_line)
}

/// 0-based indexes of the lines of `src` that give the top-level `key:`.
fn key_lines<'a>(src: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    src.lines().enumerate().filter_map(move |(i, l)| {
        l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':')).then_some(i)
    })
}

/// Accepts any YAML scalar (a date or a number as well as a string) where text is expected.
/// A list or mapping is rejected from inside the parser, so that the error has its line.
pub(crate) fn scalar<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<String>, D::Error> {
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
    fn key_given_twice_names_the_second() {
        let e = parse::<T>("x.md", "source: a\ntitle: b\nsource: c\n", 2).unwrap_err();
        assert!(
            e.message().starts_with("x.md:4: invalid YAML: duplicate field `source`"),
            "{}",
            e.message()
        );
    }

    #[test]
    fn key_line_finds_top_level_key() {
        assert_eq!(key_line("a: 1\ntext: |\n  x\n", "text", 1), 2);
        assert_eq!(key_line("a: 1\n", "text", 5), 5);
    }
}
