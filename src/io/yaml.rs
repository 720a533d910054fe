//! YAML parsing whose errors name the file and line, for readouts, events and claims alike,
//! with bounds on nesting and on what aliases expand to, checked before the document is loaded.

use crate::io::error::{Error, Result};
use serde::Deserializer;
use serde::de::DeserializeOwned;

/// Deepest nesting of lists and mappings accepted. Readouts, claims, events and terms need
/// three or four levels; yaml_serde loads a whole document before its own limit (128 levels)
/// applies, and its parser slows with the square of the depth (27 s for 180 KB of `[`).
pub const MAX_DEPTH: usize = 32;

/// How much text aliases may add to a document: as much again as the document itself, plus a
/// little for tiny files. An alias repeats the text of the node it names, so 2,000 aliases
/// to one long string make a small file into gigabytes of statements.
fn max_expanded(src: &str) -> u64 {
    2 * src.len() as u64 + 4096
}

/// Parses `src` (which starts at 1-based line `first_line` of file `name`) as `T`.
pub fn parse<T: DeserializeOwned>(name: &str, src: &str, first_line: usize) -> Result<T> {
    bounds::check(src, MAX_DEPTH, max_expanded(src)).map_err(|b| {
        let message = match b.kind {
            bounds::Kind::Depth => {
                format!("YAML nested deeper than {MAX_DEPTH} levels; readout files need a few")
            }
            bounds::Kind::Expanded => format!(
                "YAML aliases expand the document to more than {} (about twice its own size); \
                 write the text out instead of repeating it with aliases",
                crate::io::input::show_size(max_expanded(src))
            ),
        };
        Error::at_line(name, b.line + first_line - 1, message)
    })?;
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

/// Depth and expanded size of a YAML document, from the events of the parser yaml_serde uses
/// (libyaml), read one by one so that reading stops at the first bound passed. yaml_serde keeps
/// that parser private, and a scan of the text would have to redo YAML's quoting rules to know
/// which brackets nest.
mod bounds {
    use libyaml_rs as sys;
    use std::collections::HashMap;
    use std::mem::MaybeUninit;

    pub enum Kind {
        Depth,
        Expanded,
    }

    /// A bound passed, at a 1-based line of the document.
    pub struct Passed {
        pub kind: Kind,
        pub line: usize,
    }

    /// One libyaml parser over `src`. It is boxed because libyaml keeps a pointer to it.
    struct Parser<'a> {
        raw: Box<MaybeUninit<sys::yaml_parser_t>>,
        _src: &'a str,
    }

    /// What the checks need of one event; anchor names are owned, the event is freed.
    enum Event {
        Open(Option<Vec<u8>>),
        Close,
        Scalar(Option<Vec<u8>>, u64),
        Alias(Vec<u8>),
        End,
        Other,
    }

    impl<'a> Parser<'a> {
        fn new(src: &'a str) -> Option<Parser<'a>> {
            let mut raw = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
            // SAFETY: libyaml initialises the parser in place; the box keeps it from moving
            // while libyaml holds pointers into it, and `src` outlives the parser (`'a`).
            unsafe {
                if sys::yaml_parser_initialize(raw.as_mut_ptr()).fail {
                    return None;
                }
                sys::yaml_parser_set_encoding(raw.as_mut_ptr(), sys::YAML_UTF8_ENCODING);
                sys::yaml_parser_set_input_string(raw.as_mut_ptr(), src.as_ptr(), src.len() as u64);
            }
            Some(Parser { raw, _src: src })
        }

        /// The next event and its 0-based line; `None` on a syntax error (yaml_serde, which
        /// parses the same way, reports it with its own message).
        fn next(&mut self) -> Option<(Event, usize)> {
            let mut ev = MaybeUninit::<sys::yaml_event_t>::uninit();
            // SAFETY: the parser was initialised in `new`; on success libyaml fills `ev`, which
            // is read (anchor strings copied out) and then freed exactly once.
            unsafe {
                if sys::yaml_parser_parse(self.raw.as_mut_ptr(), ev.as_mut_ptr()).fail {
                    return None;
                }
                let e = ev.assume_init_mut();
                let anchor = |p: *mut u8| {
                    (!p.is_null())
                        .then(|| std::ffi::CStr::from_ptr(p as *const std::ffi::c_char))
                        .map(|c| c.to_bytes().to_vec())
                };
                let event = match e.type_ {
                    sys::YAML_SEQUENCE_START_EVENT => {
                        Event::Open(anchor(e.data.sequence_start.anchor))
                    }
                    sys::YAML_MAPPING_START_EVENT => {
                        Event::Open(anchor(e.data.mapping_start.anchor))
                    }
                    sys::YAML_SEQUENCE_END_EVENT | sys::YAML_MAPPING_END_EVENT => Event::Close,
                    sys::YAML_SCALAR_EVENT => {
                        Event::Scalar(anchor(e.data.scalar.anchor), e.data.scalar.length)
                    }
                    sys::YAML_ALIAS_EVENT => match anchor(e.data.alias.anchor) {
                        Some(a) => Event::Alias(a),
                        None => Event::Other,
                    },
                    sys::YAML_STREAM_END_EVENT => Event::End,
                    _ => Event::Other,
                };
                let line = e.start_mark.line as usize;
                sys::yaml_event_delete(e);
                Some((event, line))
            }
        }
    }

    impl Drop for Parser<'_> {
        fn drop(&mut self) {
            // SAFETY: initialised in `new` (a parser that failed to initialise is never made).
            unsafe { sys::yaml_parser_delete(self.raw.as_mut_ptr()) }
        }
    }

    /// Checks that `src` nests no deeper than `max_depth` and that its nodes, each alias counted
    /// as the text of the node it names, come to at most `max_expanded` bytes. A document that
    /// does not parse passes: yaml_serde reports its error.
    pub fn check(src: &str, max_depth: usize, max_expanded: u64) -> Result<(), Passed> {
        let Some(mut parser) = Parser::new(src) else { return Ok(()) };
        // Open collections: their anchors and the expanded size when they opened.
        let mut open: Vec<(Option<Vec<u8>>, u64)> = Vec::new();
        let mut sizes: HashMap<Vec<u8>, u64> = HashMap::new();
        let mut expanded: u64 = 0;
        while let Some((event, line)) = parser.next() {
            let passed = |kind| Passed { kind, line: line + 1 };
            match event {
                Event::Open(anchor) => {
                    open.push((anchor, expanded));
                    expanded += 1;
                    if open.len() > max_depth {
                        return Err(passed(Kind::Depth));
                    }
                }
                Event::Close => {
                    if let Some((Some(anchor), at)) = open.pop() {
                        sizes.insert(anchor, expanded - at);
                    }
                }
                Event::Scalar(anchor, len) => {
                    expanded += len + 1;
                    if let Some(anchor) = anchor {
                        sizes.insert(anchor, len + 1);
                    }
                }
                // An unknown anchor is yaml_serde's error to report.
                Event::Alias(anchor) => expanded += sizes.get(&anchor).copied().unwrap_or(0),
                Event::End => return Ok(()),
                Event::Other => {}
            }
            if expanded > max_expanded {
                return Err(passed(Kind::Expanded));
            }
        }
        Ok(())
    }
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

    #[test]
    fn deep_nesting_is_refused_at_its_line() {
        let src = format!("source: a\ntext:\n  {}{}\n", "[".repeat(40), "]".repeat(40));
        let e = parse::<serde_yaml::Value>("x.yaml", &src, 1).unwrap_err();
        assert_eq!(
            e.message(),
            format!(
                "x.yaml:3: YAML nested deeper than {MAX_DEPTH} levels; readout files need a few"
            )
        );
        let ok = format!("a: {}{}\n", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        parse::<serde_yaml::Value>("x.yaml", &ok, 1).unwrap();
    }

    #[test]
    fn aliases_that_multiply_the_text_are_refused() {
        let long = "word ".repeat(200);
        let mut src = format!("source: a\nbase: &b \"{long}\"\nstatements:\n");
        for _ in 0..10 {
            src.push_str("  - *b\n");
        }
        let e = parse::<serde_yaml::Value>("x.yaml", &src, 1).unwrap_err();
        assert!(e.message().starts_with("x.yaml:"), "{}", e.message());
        assert!(e.message().contains("YAML aliases expand the document"), "{}", e.message());
        // A few aliases repeating a little are fine.
        let few = "names: &n [Ana, Bo]\nagain: *n\nthird: *n\n";
        parse::<serde_yaml::Value>("x.yaml", few, 1).unwrap();
    }

    #[test]
    fn nested_aliases_are_counted_expanded() {
        // Each level repeats the one below it nine times: 9^6 copies of "x" from a few lines.
        let mut src = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n".to_string();
        for i in 1..=6 {
            let p = i - 1;
            src.push_str(&format!(
                "l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
            ));
        }
        let e = parse::<serde_yaml::Value>("x.yaml", &src, 1).unwrap_err();
        assert!(e.message().contains("YAML aliases expand"), "{}", e.message());
    }

    #[test]
    fn syntax_errors_are_still_yaml_serdes() {
        let e = parse::<serde_yaml::Value>("x.yaml", "a: [unclosed\n", 1).unwrap_err();
        assert!(e.message().starts_with("x.yaml:"), "{}", e.message());
        assert!(e.message().contains("invalid YAML"), "{}", e.message());
    }
}
