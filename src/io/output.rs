//! Where results go: standard output, or the file `-o` names, written whole or not at all and
//! never in place of an input; through a symlink to its target, and in place to a FIFO or a
//! device.

use crate::io::error::{Error, Result};
use crate::io::input::{self, FileId, io_reason};
use crate::io::interrupt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the user said about the output file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Replace the file even when this run read it as input.
    pub force: bool,
    /// Do not say "wrote FILE" on standard error.
    pub quiet: bool,
}

/// The destination of a command's result, opened before the work so that a target that cannot
/// be written fails at once rather than after a long run.
pub struct Output {
    to: To,
    opts: Options,
}

enum To {
    Stdout,
    File {
        /// As the user named it, for messages.
        named: String,
        /// The file itself, after following symlinks.
        path: PathBuf,
        how: How,
    },
}

enum How {
    /// A regular file, or none yet: a temporary file beside it, renamed over it when whole.
    Replace(tempfile::NamedTempFile, interrupt::Registered),
    /// A FIFO, a character device or anything else that is not a regular file: replacing it
    /// with a file would destroy it, so it is opened and written.
    InPlace,
}

/// Prepares the output `path` names (`None` or `-`: standard output).
pub fn open(path: Option<&str>, opts: Options) -> Result<Output> {
    let to = match path {
        None | Some("-") => To::Stdout,
        Some(p) => open_file(p)?,
    };
    Ok(Output { to, opts })
}

/// Symlinks followed before a loop is assumed, as Linux does.
const MAX_SYMLINKS: usize = 40;

fn open_file(named: &str) -> Result<To> {
    if named.is_empty() {
        return Err(Error::new("-o needs a file name; it was given an empty one"));
    }
    let cannot =
        |e: &std::io::Error| Error::in_file(named, format!("cannot write: {}", io_reason(e)));
    if named.ends_with('/') || Path::new(named).is_dir() {
        return Err(Error::in_file(named, "is a directory; -o needs a file name"));
    }
    let path = follow_symlinks(named)?;
    let how = match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => {
            return Err(Error::in_file(named, "is a directory; -o needs a file name"));
        }
        Ok(m) if !m.is_file() => How::InPlace,
        Ok(_) => replace(named, &path)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => replace(named, &path)?,
        Err(e) => return Err(cannot(&e)),
    };
    Ok(To::File { named: named.to_string(), path, how })
}

/// The file a chain of symlinks ends at (which need not exist yet).
fn follow_symlinks(named: &str) -> Result<PathBuf> {
    let mut p = PathBuf::from(named);
    for _ in 0..MAX_SYMLINKS {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p).map_err(|e| {
                    Error::in_file(named, format!("cannot write: {}", io_reason(&e)))
                })?;
                p = parent(&p).join(target);
            }
            _ => return Ok(p),
        }
    }
    Err(Error::in_file(named, "cannot write: too many levels of symbolic links"))
}

fn parent(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Makes the temporary file that will replace `path`.
fn replace(named: &str, path: &Path) -> Result<How> {
    let dir = parent(path);
    if !dir.is_dir() {
        return Err(Error::in_file(named, "cannot write: its folder does not exist"));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".readout-").suffix(".tmp");
    // Temporary files are private (0600) by default; a new report is an ordinary file that
    // others (a web server, colleagues) may need to read, so it gets the usual mode, less the
    // umask. A file that is replaced keeps its own mode (see `write`).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let (tmp, registered) = interrupt::create(|| builder.tempfile_in(dir), |t| t.path())
        .map_err(|e| Error::in_file(named, format!("cannot write: {}", io_reason(&e))))?;
    Ok(How::Replace(tmp, registered))
}

impl Output {
    /// Writes `content`; for a file, then says `wrote FILE (summary)` on standard error unless
    /// quiet. Refuses to replace a file this run read as input, unless forced.
    pub fn write(self, content: &str, summary: &str) -> Result<()> {
        let To::File { named, path, how } = self.to else {
            return write_stdout(content);
        };
        if !self.opts.force
            && let Some(read_as) = FileId::of_path(&path).and_then(input::read_as)
        {
            let also = if read_as == named { String::new() } else { format!(" (as {read_as})") };
            return Err(Error::in_file(
                &named,
                format!(
                    "is also an input of this run{also}; -o would replace it (name another \
                     file, or give --force)"
                ),
            ));
        }
        let fail =
            |e: std::io::Error| Error::in_file(&named, format!("cannot write: {}", io_reason(&e)));
        match how {
            How::Replace(mut tmp, registered) => {
                tmp.write_all(content.as_bytes()).map_err(fail)?;
                if let Ok(old) = std::fs::metadata(&path)
                    && old.is_file()
                {
                    tmp.as_file().set_permissions(old.permissions()).map_err(fail)?;
                }
                tmp.as_file().sync_all().map_err(fail)?;
                // The temporary file is removed on every error path when `tmp` is dropped.
                interrupt::exclusive(|| tmp.persist(&path)).map_err(|e| fail(e.error))?;
                drop(registered);
            }
            How::InPlace => {
                let written = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .and_then(|mut f| f.write_all(content.as_bytes()).and_then(|()| f.flush()));
                match written {
                    // A reader of a FIFO that stops early (`head`) is not an error of ours.
                    Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(fail(e)),
                    _ => {}
                }
            }
        }
        if !self.opts.quiet {
            crate::io::error::print_stderr(&format!("wrote {named} ({summary})"));
        }
        Ok(())
    }
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

    fn write(path: &Path, content: &str) -> Result<()> {
        open(Some(path.to_str().unwrap()), Options { quiet: true, ..Options::default() })?
            .write(content, "")
    }

    #[test]
    fn writes_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        write(&target, "{}\n").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "{}\n");
        let names: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn the_temporary_file_exists_while_the_work_runs_and_goes_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        let out = open(Some(target.to_str().unwrap()), Options::default()).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        drop(out);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn written_file_is_not_private_to_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.html");
        write(&target, "x").unwrap();
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
        let e = write(dir.path(), "x").unwrap_err();
        assert!(e.message().ends_with("is a directory; -o needs a file name"), "{}", e.message());
    }

    #[test]
    fn empty_name_is_an_error() {
        let e = open(Some(""), Options::default()).err().unwrap();
        assert!(e.message().contains("-o needs a file name"), "{}", e.message());
    }

    #[test]
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope/out.json");
        let e = write(&target, "x").unwrap_err();
        assert!(e.message().contains("folder does not exist"), "{}", e.message());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink(dir.path().join("b"), &a).unwrap();
        std::os::unix::fs::symlink(&a, dir.path().join("b")).unwrap();
        let e = write(&a, "x").unwrap_err();
        assert!(e.message().contains("too many levels of symbolic links"), "{}", e.message());
    }
}
