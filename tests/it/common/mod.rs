//! Helpers for the CLI tests: fixture readouts written into a temporary folder, running the real
//! `readout` binary there, and reading its output.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

mod html;
mod injection;
mod server;
mod tls;
#[allow(unused_imports)]
pub use html::*;
#[allow(unused_imports)]
pub use injection::*;
#[allow(unused_imports)]
pub use server::*;
#[allow(unused_imports)]
pub use tls::*;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A left-hand readout: Markdown with front matter. Illustrative text written for these tests.
/// Statements: PC1 call, PC2 cooperation, PC3 forum invitation (only here), PC4 contact.
pub const CALDERRA_MD: &str = "\
---
source: Presidency of Calderra
title: President Aldana speaks with Prime Minister Revik
date: 2026-04-02
url: https://example.org/calderra/2026-04-02-call
---

President Marta Aldana held a telephone conversation with Prime Minister Jon Revik of Vellan.

The two leaders agreed to expand cooperation in energy, agriculture and transport. Aldana invited Revik to attend the Harbour Forum in Port Selm in October.

The leaders agreed to stay in close contact.
";

/// The other side's account of the same call, as YAML with `text:`. Illustrative text.
/// Statements: VG1 call, VG2 cooperation, VG3 detained fishermen (only here), VG4 contact.
pub const VELLAN_YAML: &str = "\
source: Vellan Government
title: Prime Minister Revik holds call with President Aldana
date: 2026-04-02
text: |
  Prime Minister Jon Revik held a telephone conversation with President Marta Aldana of Calderra.

  The two leaders agreed to expand cooperation in energy, industry and transport. Revik raised the detention of two Vellan fishermen in Calderran waters.

  The leaders agreed to stay in close contact.
";

/// A third account, plain text without front matter (its source is the file stem).
pub const HARBOUR_TXT: &str = "\
Calderra and Vellan agreed by telephone to expand cooperation in energy and transport.

The two leaders also agreed to stay in close contact, the agency reported.
";

/// Output of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The JSON on stdout, after asserting the run succeeded.
    pub fn json(&self) -> serde_json::Value {
        self.assert_ok();
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    pub fn assert_ok(&self) {
        assert_eq!(self.code, Some(0), "expected success; stderr:\n{}", self.stderr);
        assert!(self.stderr.is_empty(), "stderr:\n{}", self.stderr);
    }

    /// Asserts the run succeeded and said only `wrote FILE (…)` on stderr; returns what is in
    /// the brackets.
    pub fn assert_wrote(&self, file: &str) -> &str {
        assert_eq!(self.code, Some(0), "expected success; stderr:\n{}", self.stderr);
        let line = self.stderr.strip_suffix('\n').unwrap_or_else(|| panic!("{:?}", self.stderr));
        assert!(!line.contains('\n'), "more than one line on stderr:\n{}", self.stderr);
        let rest = line.strip_prefix(&format!("wrote {file} (")).unwrap_or_else(|| {
            panic!("expected `wrote {file} (…)` on stderr, got:\n{}", self.stderr)
        });
        rest.strip_suffix(')').expect("the summary closes")
    }

    /// Asserts the run failed as every error must: exit code 2, nothing on stdout, exactly one
    /// line `readout: …` on stderr, no panic. Returns that line.
    pub fn error_line(&self) -> &str {
        assert_eq!(
            self.code,
            Some(2),
            "expected exit code 2; stdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        assert!(self.stdout.is_empty(), "stdout:\n{}", self.stdout);
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one line on stderr:\n{}", self.stderr);
        assert!(self.stderr.ends_with('\n'), "stderr line is not terminated: {:?}", self.stderr);
        let line = lines[0];
        assert!(line.starts_with("readout: "), "{line}");
        line
    }
}

/// A temporary folder to write fixtures into and run the binary in.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        Scratch { dir: tempfile::tempdir().expect("temporary folder") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a fixture file (creating its folder) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("fixture folder");
        }
        std::fs::write(&p, contents).expect("fixture file");
        p
    }

    /// The text of a file in the folder.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path().join(name)).expect("file in the scratch folder")
    }

    /// Runs `readout ARGS` in this folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args, None, &[])
    }

    /// Runs `readout ARGS` in this folder with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        run_in(self.path(), args, Some(input), &[])
    }

    /// Runs `readout ARGS` in this folder with extra environment variables.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_in(self.path(), args, None, env)
    }

    /// Names of the entries in the folder (hidden ones included), sorted.
    pub fn names(&self) -> Vec<String> {
        names_in(self.path())
    }
}

/// Sorted names of the entries of a folder, hidden ones included.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The crate's root, where the sample events in `readouts/` live.
pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A command for the binary with an environment that does not depend on the caller's:
/// no NO_COLOR, a fixed width, and no proxy settings, so that the fetch tests talk to their own
/// 127.0.0.1 server and nothing else, and a proxy test's NO_PROXY is the only one.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("READOUT_FETCH_TIMEOUT")
        // CI hides progress; the tests that want it hidden set it themselves.
        .env_remove("CI")
        .env("COLUMNS", "100");
    for proxy in [
        "ALL_PROXY",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "NO_PROXY",
        "all_proxy",
        "https_proxy",
        "http_proxy",
        "no_proxy",
    ] {
        cmd.env_remove(proxy);
    }
    cmd
}

/// Runs the binary in `dir`, optionally feeding `input` on standard input.
pub fn run_in(dir: &Path, args: &[&str], input: Option<&str>, env: &[(&str, &str)]) -> Run {
    let mut cmd = command(dir, args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run readout");
    if let Some(text) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("write stdin");
        // Dropping closes it, so the binary sees the end of its input.
    }
    let out = child.wait_with_output().expect("wait for readout");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Whether text contains an ANSI escape sequence.
pub fn has_ansi(s: &str) -> bool {
    s.contains("\u{1b}[")
}

/// Runs the binary with its standard output on a pseudo-terminal and returns what it printed
/// there, so that `--color auto` can be tested as a user at a terminal sees it.
#[cfg(target_os = "linux")]
pub fn run_on_terminal(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    on_terminal(dir, args, env, false)
}

/// Runs the binary with its standard error on a pseudo-terminal (standard output discarded)
/// and returns what it wrote there, to see what a user at a terminal sees of progress.
#[cfg(target_os = "linux")]
pub fn run_with_stderr_on_terminal(
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> (Option<i32>, String) {
    on_terminal(dir, args, env, true)
}

#[cfg(target_os = "linux")]
fn on_terminal(
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    stderr: bool,
) -> (Option<i32>, String) {
    use std::io::Read;
    use std::os::fd::FromRawFd;

    // SAFETY: plain libc calls on a descriptor we own; each result is checked.
    let master = unsafe {
        let fd = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        assert!(fd >= 0, "posix_openpt failed");
        assert_eq!(libc::grantpt(fd), 0, "grantpt failed");
        assert_eq!(libc::unlockpt(fd), 0, "unlockpt failed");
        std::fs::File::from_raw_fd(fd)
    };
    let slave_name = {
        use std::os::fd::AsRawFd;
        let mut buf = [0 as libc::c_char; 256];
        // SAFETY: the buffer is large enough and its length is passed.
        let rc = unsafe { libc::ptsname_r(master.as_raw_fd(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!(rc, 0, "ptsname_r failed");
        // SAFETY: ptsname_r wrote a NUL-terminated name into buf.
        unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()
    };
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&slave_name)
        .expect("open terminal");
    let mut cmd = command(dir, args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if stderr {
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::from(slave));
    } else {
        cmd.stdin(Stdio::null()).stdout(Stdio::from(slave)).stderr(Stdio::null());
    }
    let mut child = cmd.spawn().expect("run readout");
    // The parent's copy of the terminal's end must go, or reading never sees the end.
    drop(cmd);
    let mut out = Vec::new();
    let mut master = master;
    let mut buf = [0u8; 4096];
    loop {
        match master.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // Linux reports EIO on the controlling side once the other side is closed.
            Err(_) => break,
        }
    }
    let status = child.wait().expect("wait for readout");
    (status.code(), String::from_utf8_lossy(&out).into_owned())
}
