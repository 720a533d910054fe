//! Reading input files as text, with the checks every input gets: it exists, is not binary, is
//! UTF-8, and has no absurdly long line.

use crate::io::error::{Error, Result};
use std::io::Read;
use std::path::Path;

/// Longest line we accept. Real prose paragraphs stay far below this; a longer line is almost
/// always minified or machine-made data that would only produce one giant "statement".
pub const MAX_LINE_BYTES: usize = 200_000;

/// Name shown for standard input in messages and reports.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads a file (or standard input for `-`) and returns it as checked text.
pub fn read_text(path: &str) -> Result<String> {
    read_text_and_offset(path).map(|(text, _)| text)
}

/// [`read_text`], with the number of bytes dropped from the start of the file (a byte-order
/// mark), so that byte spans in the text can be made to point into the file as saved.
pub fn read_text_and_offset(path: &str) -> Result<(String, usize)> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::in_file(STDIN_NAME, format!("cannot read: {e}")))?;
        buf
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(Error::in_file(path, "is a directory, expected a file"));
        }
        std::fs::read(p).map_err(|e| Error::in_file(path, io_reason(&e)))?
    };
    let name = display_name(path);
    let dropped = if bytes.starts_with("\u{feff}".as_bytes()) { "\u{feff}".len() } else { 0 };
    Ok((check_text(name, bytes)?, dropped))
}

pub fn display_name(path: &str) -> &str {
    if path == "-" { STDIN_NAME } else { path }
}

/// The short reason for an I/O error, without the OS error number noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Validates raw bytes as text and returns them as a `String`.
pub fn check_text(name: &str, bytes: Vec<u8>) -> Result<String> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::at_line(
            name,
            line_of(&bytes, pos),
            "binary data (NUL byte), expected a text file",
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(e.as_bytes(), at);
            return Err(Error::at_line(name, line, "invalid UTF-8, expected UTF-8 text"));
        }
    };
    for (i, line) in text.split('\n').enumerate() {
        if line.len() > MAX_LINE_BYTES {
            return Err(Error::at_line(
                name,
                i + 1,
                format!(
                    "line is {} bytes long (limit {MAX_LINE_BYTES}); expected prose with line breaks",
                    line.len()
                ),
            ));
        }
    }
    // A leading byte-order mark is invisible to users and must not end up in the first statement.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// 1-based line number of a byte offset.
pub fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_rejected_with_line() {
        let e = check_text("f.txt", b"ok\nbad\0x".to_vec()).unwrap_err();
        assert_eq!(e.message(), "f.txt:2: binary data (NUL byte), expected a text file");
    }

    #[test]
    fn invalid_utf8_names_line() {
        let e = check_text("f.txt", b"a\nb\nc\xff".to_vec()).unwrap_err();
        assert!(e.message().starts_with("f.txt:3: invalid UTF-8"), "{}", e.message());
    }

    #[test]
    fn long_line_is_rejected() {
        let mut s = "short\n".to_string();
        s.push_str(&"x".repeat(MAX_LINE_BYTES + 1));
        let e = check_text("f.txt", s.into_bytes()).unwrap_err();
        assert!(e.message().starts_with("f.txt:2: line is"), "{}", e.message());
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(check_text("f", "\u{feff}Hi.".as_bytes().to_vec()).unwrap(), "Hi.");
    }
}
