//! Reading input files as text, with the checks every input gets: it exists, is no larger than
//! the input limit, is not binary, is UTF-8 (or UTF-16 with a byte-order mark), and has no
//! absurdly long line. Every file read is remembered, so that output never replaces an input.

use crate::io::error::{Error, Result};
use std::io::Read;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Longest line we accept. Real prose paragraphs stay far below this; a longer line is almost
/// always minified or machine-made data that would only produce one giant "statement".
pub const MAX_LINE_BYTES: usize = 200_000;

/// Name shown for standard input in messages and reports.
pub const STDIN_NAME: &str = "<stdin>";

/// Largest input read by default: far above any readout, article or terms file, and small
/// enough that `/dev/zero` or a disk image named by mistake fails in a moment.
pub const DEFAULT_MAX_INPUT: u64 = 64 * 1024 * 1024;

static MAX_INPUT: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT);

/// Sets the largest input, in bytes, read from one file or standard input (`--max-input`).
pub fn set_max_input(bytes: u64) {
    MAX_INPUT.store(bytes, Ordering::Relaxed);
}

pub fn max_input() -> u64 {
    MAX_INPUT.load(Ordering::Relaxed)
}

/// Parses a size as `--max-input` takes it: bytes, or a number with K, M or G (binary units,
/// an optional `B` or `iB` after it).
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let n: u64 = t[..digits].parse().map_err(|_| format!("`{s}` is not a size such as 64M"))?;
    let unit = t[digits..].trim().to_ascii_lowercase();
    let factor: u64 = match unit.trim_end_matches("ib").trim_end_matches('b') {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        _ => return Err(format!("`{s}` is not a size such as 64M (units: K, M, G)")),
    };
    match n.checked_mul(factor) {
        Some(0) | None => Err(format!("`{s}` is not a usable size")),
        Some(b) => Ok(b),
    }
}

/// A size for messages: `64 MiB`, `500 KiB`, `12 bytes`.
pub fn show_size(bytes: u64) -> String {
    for (unit, f) in [("GiB", 1u64 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] {
        if bytes >= f && bytes.is_multiple_of(f) {
            return format!("{} {unit}", bytes / f);
        }
    }
    format!("{bytes} bytes")
}

/// A file as the file system knows it, whatever name reached it: a symlink or a hard link to an
/// input has the same id as the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    /// The id of a regular file; `None` for anything else (a FIFO, a device, a folder), which
    /// cannot be replaced by mistake the way a file can.
    pub fn of(meta: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            meta.is_file().then(|| FileId { dev: meta.dev(), ino: meta.ino() })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// The id of the regular file `path` names (following symlinks), if it is one.
    pub fn of_path(path: &Path) -> Option<FileId> {
        std::fs::metadata(path).ok().as_ref().and_then(FileId::of)
    }

    /// The id of standard input when it is a regular file (`< file`).
    fn of_stdin() -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
            std::fs::File::from(fd).metadata().ok().as_ref().and_then(FileId::of)
        }
        #[cfg(not(unix))]
        None
    }
}

static BYTES_READ: AtomicU64 = AtomicU64::new(0);

/// Bytes read from all inputs so far in this run.
pub fn bytes_read() -> u64 {
    BYTES_READ.load(Ordering::Relaxed)
}

/// The files this run has read, with the names they were read under.
static READ: Mutex<Vec<(FileId, String)>> = Mutex::new(Vec::new());

fn remember(id: Option<FileId>, name: &str) {
    if let Some(id) = id {
        READ.lock().unwrap_or_else(|e| e.into_inner()).push((id, name.to_string()));
    }
}

/// The name under which this run read the file `id`, if it read it.
pub fn read_as(id: FileId) -> Option<String> {
    let read = READ.lock().unwrap_or_else(|e| e.into_inner());
    read.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone())
}

/// The readouts named so far in one command line, to refuse the same one twice: it would be
/// compared with itself, and standard input can be read only once.
#[derive(Debug, Default)]
pub struct Seen {
    named: Vec<(Option<FileId>, String)>,
}

impl Seen {
    /// Notes `path`; an error if it names a readout already named (by any path, or `-`).
    pub fn add(&mut self, path: &str) -> Result<()> {
        let id = if path == "-" { FileId::of_stdin() } else { FileId::of_path(Path::new(path)) };
        let earlier = self.named.iter().find(|(i, p)| {
            (path == "-" && p == "-") || (id.is_some() && *i == id) || (id.is_none() && p == path)
        });
        if let Some((_, first)) = earlier {
            if path == "-" && first == "-" {
                return Err(Error::new(
                    "standard input (-) is given twice; it can be read only once",
                ));
            }
            let also = if first == path { String::new() } else { format!(" (also as {first})") };
            return Err(Error::in_file(
                display_name(path),
                format!("the same readout is given twice{also}; give each readout once"),
            ));
        }
        self.named.push((id, path.to_string()));
        Ok(())
    }
}

/// Reads a file (or standard input for `-`) and returns it as checked text.
pub fn read_text(path: &str) -> Result<String> {
    read_text_with_offsets(path).map(|(text, _)| text)
}

/// [`read_text`], with the way from byte offsets in the text back to the file as saved (a
/// byte-order mark dropped, UTF-16 decoded), so that spans can point into the file.
pub fn read_text_with_offsets(path: &str) -> Result<(String, FileOffsets)> {
    let name = display_name(path);
    let bytes = read_bytes(path)?;
    decode(name, bytes)
}

/// The file's bytes, at most the input limit of them.
fn read_bytes(path: &str) -> Result<Vec<u8>> {
    let name = display_name(path);
    let too_large = || {
        Error::in_file(
            name,
            format!(
                "is larger than the input limit of {} (--max-input raises it)",
                show_size(max_input())
            ),
        )
    };
    let buf = if path == "-" {
        remember(FileId::of_stdin(), name);
        read_limited(std::io::stdin().lock(), name)?
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(Error::in_file(path, "is a directory, expected a file"));
        }
        let file = std::fs::File::open(p).map_err(|e| Error::in_file(path, io_reason(&e)))?;
        let meta = file.metadata().ok();
        if meta.as_ref().is_some_and(|m| m.is_file() && m.len() > max_input()) {
            return Err(too_large());
        }
        remember(meta.as_ref().and_then(FileId::of), name);
        read_limited(file, name)?
    };
    BYTES_READ.fetch_add(buf.len() as u64, Ordering::Relaxed);
    if buf.len() as u64 > max_input() {
        return Err(too_large());
    }
    Ok(buf)
}

/// Reads until the end, one byte past the input limit (which tells a file of exactly the limit
/// from a longer one), or the first chunk with a NUL byte in a file that is not UTF-16: that is
/// binary data, which `decode` reports with its line, and `/dev/zero` ends there at once.
fn read_limited(mut from: impl Read, name: &str) -> Result<Vec<u8>> {
    let limit = max_input();
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Error::in_file(name, format!("cannot read: {}", io_reason(&e))));
            }
        };
        let room = (limit.saturating_add(1) - buf.len() as u64).min(n as u64) as usize;
        buf.extend_from_slice(&chunk[..room]);
        let utf16 = matches!(buf.get(..2), Some([0xFF, 0xFE] | [0xFE, 0xFF]));
        if buf.len() as u64 > limit || (!utf16 && chunk[..room].contains(&0)) {
            break;
        }
    }
    Ok(buf)
}

/// The text of a file's bytes: UTF-16 when it opens with a UTF-16 byte-order mark, else UTF-8.
fn decode(name: &str, bytes: Vec<u8>) -> Result<(String, FileOffsets)> {
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some(encoding_rs::UTF_16LE),
        Some([0xFE, 0xFF]) => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    let Some(encoding) = utf16 else {
        let bom = if bytes.starts_with("\u{feff}".as_bytes()) { "\u{feff}".len() } else { 0 };
        return Ok((check_text(name, bytes)?, FileOffsets::Shifted(bom)));
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let body = &bytes[2..];
    let mut text = String::with_capacity(
        decoder.max_utf8_buffer_length_without_replacement(body.len()).unwrap_or(body.len()),
    );
    let (result, _) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    if let encoding_rs::DecoderResult::Malformed(..) = result {
        let line = line_of(text.as_bytes(), text.len());
        return Err(Error::at_line(name, line, "invalid UTF-16 (a lone surrogate)"));
    }
    let text = check_decoded(name, text)?;
    let offsets = FileOffsets::utf16(&text);
    Ok((text, offsets))
}

/// Where the bytes of the text are in the file it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOffsets {
    /// UTF-8: the same bytes, after a byte-order mark of this many bytes.
    Shifted(usize),
    /// UTF-16: pairs (offset in the text, offset in the file) every [`CHECKPOINT`] bytes of
    /// text, from which any offset is found by counting the code units after its checkpoint.
    Utf16(Vec<(usize, usize)>),
}

/// Bytes of decoded text between two checkpoints of [`FileOffsets::Utf16`].
const CHECKPOINT: usize = 4096;

impl FileOffsets {
    fn utf16(text: &str) -> FileOffsets {
        let mut points = vec![(0, 2)];
        let (mut at, mut file) = (0, 2);
        for (i, c) in text.char_indices() {
            if i >= at + CHECKPOINT {
                points.push((i, file));
                at = i;
            }
            file += 2 * c.len_utf16();
        }
        FileOffsets::Utf16(points)
    }

    /// The file offset of byte offset `i` (a character boundary) of `text`.
    pub fn in_file(&self, text: &str, i: usize) -> usize {
        match self {
            FileOffsets::Shifted(n) => i + n,
            FileOffsets::Utf16(points) => {
                let k = points.partition_point(|&(t, _)| t <= i).saturating_sub(1);
                let (t, f) = points[k];
                f + 2 * text.get(t..i).map(|s| s.encode_utf16().count()).unwrap_or(0)
            }
        }
    }
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

/// Validates raw bytes as UTF-8 text and returns them as a `String`.
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
    check_decoded(name, text)
}

/// The checks on decoded text: no NUL, line breaks of any style, no absurd line.
fn check_decoded(name: &str, text: String) -> Result<String> {
    if let Some(pos) = text.find('\0') {
        return Err(Error::at_line(
            name,
            line_of(text.as_bytes(), pos),
            "binary data (NUL character), expected a text file",
        ));
    }
    let text = lone_cr_to_lf(text);
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

/// Files saved with old Mac line endings (a CR alone) would otherwise be one long line, their
/// front matter unseen. A CR becomes an LF in place, so byte offsets do not move; CRLF stays.
fn lone_cr_to_lf(text: String) -> String {
    let b = text.as_bytes();
    let lone = |i: usize| b[i] == b'\r' && b.get(i + 1) != Some(&b'\n');
    if !(0..b.len()).any(lone) {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // Replacing one ASCII byte with another keeps the text valid UTF-8.
    String::from_utf8(bytes).expect("ASCII for ASCII keeps UTF-8 valid")
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

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        assert_eq!(check_text("f", b"a\rb\r\nc\r".to_vec()).unwrap(), "a\nb\r\nc\n");
    }

    #[test]
    fn utf16_is_decoded_and_offsets_point_into_the_file() {
        let text = "Zoë said: 𝄞 ok.\nNext.";
        for (bom, be) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
            let mut bytes = bom.to_vec();
            for u in text.encode_utf16() {
                bytes.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            let (got, offsets) = decode("f", bytes).unwrap();
            assert_eq!(got, text);
            let i = text.find("ok").unwrap();
            let units = text[..i].encode_utf16().count();
            assert_eq!(offsets.in_file(&got, i), 2 + 2 * units);
        }
    }

    #[test]
    fn utf16_offsets_past_many_checkpoints() {
        let text = "é".repeat(3 * CHECKPOINT) + "end";
        let offsets = FileOffsets::utf16(&text);
        let i = text.find("end").unwrap();
        assert_eq!(offsets.in_file(&text, i), 2 + 2 * 3 * CHECKPOINT);
    }

    #[test]
    fn lone_surrogate_is_an_error() {
        let bytes = vec![0xFF, 0xFE, b'a', 0, b'\n', 0, 0x00, 0xD8, b'b', 0];
        let e = decode("f", bytes).unwrap_err();
        assert_eq!(e.message(), "f:2: invalid UTF-16 (a lone surrogate)");
    }

    #[test]
    fn sizes_parse_and_show() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("500kb"), Ok(500 << 10));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("0").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5T").is_err());
        assert_eq!(show_size(64 << 20), "64 MiB");
        assert_eq!(show_size(1000), "1000 bytes");
    }
}
