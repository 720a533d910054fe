//! The one error type: a single line naming the file (and line) that caused it.

use std::fmt;
use std::path::Path;

/// An error shown to the user as one line on stderr; every error exits with code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    /// An error with no file to blame (a bad option, say).
    pub fn new(message: impl Into<String>) -> Self {
        Error { message: one_line(&message.into()) }
    }

    /// An error about a whole file.
    pub fn in_file(path: impl AsRef<Path>, message: impl fmt::Display) -> Self {
        Error::new(format!("{}: {}", path.as_ref().display(), message))
    }

    /// An error at a 1-based line of a file.
    pub fn at_line(path: impl AsRef<Path>, line: usize, message: impl fmt::Display) -> Self {
        Error::new(format!("{}:{}: {}", path.as_ref().display(), line, message))
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Messages from parsers can span lines; the user gets one.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, part) in s.lines().map(str::trim).filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            // "…not provided:" + "<READOUT>" reads on as one sentence.
            out.push_str(if out.ends_with(':') { " " } else { "; " });
        }
        out.push_str(part);
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// Prints a message on standard error as a terminal may show it (its control characters
/// visible, see `escape::terminal`): the one way errors, warnings and notes reach the user.
pub fn print_stderr(message: &str) {
    eprintln!("{}", super::escape::terminal(message));
}

/// A warning about input that is read anyway (an impossible date, an unknown key): one line on
/// standard error naming the file and line; the run and its exit code go on unaffected.
pub fn warn(path: impl AsRef<Path>, line: Option<usize>, message: impl fmt::Display) {
    let at = line.map(|l| format!(":{l}")).unwrap_or_default();
    print_stderr(&format!(
        "readout: warning: {}{at}: {}",
        path.as_ref().display(),
        one_line(&message.to_string())
    ));
}

/// A note about what a run did on its own (a file it skipped), one line on standard error.
pub fn note(message: impl fmt::Display) {
    print_stderr(&format!("readout: note: {}", one_line(&message.to_string())));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_folded_to_one_line() {
        let e = Error::at_line("a.yaml", 3, "bad\n  thing\n\nhere");
        assert_eq!(e.message(), "a.yaml:3: bad; thing; here");
        let e = Error::new("not provided:\n  <READOUT>...\n");
        assert_eq!(e.message(), "not provided: <READOUT>...");
    }
}
