//! Progress on standard error for long runs: a spinner naming the stage the run is in. It
//! appears only when standard error is a terminal and `CI` is not set, and only once the run
//! has taken two seconds (at once when the inputs are large), so quick runs, pipes and logs
//! never see it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

/// A run shorter than this shows no progress.
const SHOW_AFTER: Duration = Duration::from_secs(2);

/// Inputs larger than this in all take long enough to show progress from the first stage.
const LARGE_INPUT: u64 = 4 << 20;

/// The spinner of one run; cleared when dropped, so an error message starts on a clean line.
pub struct Progress {
    bar: ProgressBar,
    shown: Arc<AtomicBool>,
    enabled: bool,
    _stop: Option<mpsc::Sender<()>>,
}

/// Starts the progress of a run at its first stage; `quiet` (or no terminal) shows none.
pub fn start(quiet: bool, stage: &str) -> Progress {
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    let enabled = !quiet && !ci && std::io::stderr().is_terminal();
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(stage.to_string());
    let shown = Arc::new(AtomicBool::new(false));
    let mut stop = None;
    if enabled {
        let (tx, rx) = mpsc::channel::<()>();
        let (b, s) = (bar.clone(), shown.clone());
        // The sender is dropped with the Progress, which wakes this thread to end it early.
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(SHOW_AFTER) {
                show(&b, &s);
            }
        });
        stop = Some(tx);
    }
    Progress { bar, shown, enabled, _stop: stop }
}

fn show(bar: &ProgressBar, shown: &AtomicBool) {
    if !shown.swap(true, Ordering::SeqCst) {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        bar.enable_steady_tick(Duration::from_millis(120));
    }
}

impl Progress {
    /// Names the stage the run is now in.
    pub fn stage(&self, stage: impl Into<String>) {
        self.bar.set_message(stage.into());
        if self.enabled && crate::io::input::bytes_read() > LARGE_INPUT {
            show(&self.bar, &self.shown);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // Marked shown first, so that the timer cannot bring the spinner back once cleared.
        self.shown.store(true, Ordering::SeqCst);
        self._stop.take();
        self.bar.finish_and_clear();
    }
}
