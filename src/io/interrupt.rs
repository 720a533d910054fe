//! Removing the temporary files of unfinished writes when the run is interrupted (SIGINT,
//! SIGTERM, SIGHUP), so that Ctrl-C or a killed job leaves no `.readout-*.tmp` behind.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Temporary files written now, to remove if a signal ends the run.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// A temporary file known to the signal handler until it is dropped.
pub struct Registered(PathBuf);

impl Drop for Registered {
    fn drop(&mut self) {
        pending().retain(|p| *p != self.0);
    }
}

/// Makes a temporary file with `create` and registers it, with no moment in between at which
/// a signal could leave it behind: the handler waits for the registry, which this holds.
pub fn create<T>(
    create: impl FnOnce() -> std::io::Result<T>,
    path_of: impl Fn(&T) -> &Path,
) -> std::io::Result<(T, Registered)> {
    install();
    let mut pending = pending();
    let made = create()?;
    let path = path_of(&made).to_path_buf();
    pending.push(path.clone());
    Ok((made, Registered(path)))
}

/// Runs `f` (the rename that finishes a write) where no signal cleanup can interleave.
pub fn exclusive<T>(f: impl FnOnce() -> T) -> T {
    let _held = pending();
    f()
}

/// Installs the handler once. It runs on a thread of its own (signal-hook's iterator), so the
/// cleanup is ordinary code rather than what a signal handler may safely do.
fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    #[cfg(unix)]
    ONCE.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                // Held until the process ends, so no write finishes after the cleanup.
                let held = pending();
                for p in held.iter() {
                    let _ = std::fs::remove_file(p);
                }
                // Die of the signal, as without the handler (shells report 130, 143, …).
                let _ = signal_hook::low_level::emulate_default_handler(sig);
                std::process::exit(128 + sig);
            }
        });
    });
    #[cfg(not(unix))]
    ONCE.call_once(|| {});
}
