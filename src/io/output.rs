//! Where results go: standard output, or a file written whole or not at all.

use crate::io::error::{Error, Result};
use crate::io::input::io_reason;
use std::io::Write;
use std::path::Path;

/// Writes `content` to the file the user named, atomically (a temporary file beside it, then a
/// rename), or to standard output for `None` or `-`.
pub fn write(path: Option<&str>, content: &str) -> Result<()> {
    match path {
        None | Some("-") => write_stdout(content),
        Some(p) => write_file(p, content),
    }
}

/// Checks that `path` can be written before any work is done, so a long run does not end in an
/// error. Nothing is created.
pub fn check_target(path: &str) -> Result<()> {
    if path == "-" {
        return Ok(());
    }
    if path.is_empty() {
        return Err(Error::new("-o needs a file name; it was given an empty one"));
    }
    let p = Path::new(path);
    if path.ends_with('/') || p.is_dir() {
        return Err(Error::in_file(path, "is a directory; -o needs a file name"));
    }
    let dir = parent(p);
    if !dir.is_dir() {
        return Err(Error::in_file(path, "cannot write: its folder does not exist"));
    }
    Ok(())
}

fn parent(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn write_file(path: &str, content: &str) -> Result<()> {
    check_target(path)?;
    let p = Path::new(path);
    let fail = |e: std::io::Error| Error::in_file(path, format!("cannot write: {}", io_reason(&e)));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".readout-").suffix(".tmp");
    // Temporary files are private (0600) by default; a report is an ordinary file that others
    // (a web server, colleagues) may need to read, so it gets the usual mode, less the umask.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(parent(p)).map_err(fail)?;
    tmp.write_all(content.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    // The temporary file is removed on every error path when `tmp` is dropped.
    tmp.persist(p).map_err(|e| fail(e.error))?;
    Ok(())
}

fn write_stdout(content: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(content.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A reader that stops early (`| head`) is not an error of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::new(format!("cannot write to standard output: {}", io_reason(&e)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        write(Some(target.to_str().unwrap()), "{}\n").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "{}\n");
        let names: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn written_file_is_not_private_to_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.html");
        write(Some(target.to_str().unwrap()), "x").unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        // Whatever the umask takes away, the owner can still read and write, and the mode is
        // no longer tempfile's private 0600 unless the umask itself asks for that.
        assert_eq!(mode & 0o600, 0o600, "{mode:o}");
        assert!(mode & 0o044 != 0 || umask_is_private(), "{mode:o}");
    }

    /// Whether the process umask removes group and other read permission.
    #[cfg(unix)]
    fn umask_is_private() -> bool {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let probe = dir.path().join("probe");
        std::fs::write(&probe, "").unwrap();
        std::fs::metadata(&probe).unwrap().permissions().mode() & 0o044 == 0
    }

    #[test]
    fn directory_target_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = write(Some(dir.path().to_str().unwrap()), "x").unwrap_err();
        assert!(e.message().ends_with("is a directory; -o needs a file name"), "{}", e.message());
    }

    #[test]
    fn empty_name_is_an_error() {
        let e = check_target("").unwrap_err();
        assert!(e.message().contains("-o needs a file name"), "{}", e.message());
    }

    #[test]
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope/out.json");
        let e = write(Some(target.to_str().unwrap()), "x").unwrap_err();
        assert!(e.message().contains("folder does not exist"), "{}", e.message());
    }
}
