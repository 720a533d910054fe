//! The "made by readout X at T" line of published reports: the version and a UTC timestamp,
//! fixed by `SOURCE_DATE_EPOCH` for reproducible output.

use crate::io::error::{Error, Result};
use std::time::{SystemTime, UNIX_EPOCH};

/// Which readout made a report, and when (UTC, `YYYY-MM-DD HH:MM:SS UTC`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub version: &'static str,
    pub at: String,
}

impl Made {
    /// This build's version at `secs` seconds after the Unix epoch.
    pub fn at(secs: i64) -> Made {
        Made { version: env!("CARGO_PKG_VERSION"), at: crate::io::clock::utc(secs) }
    }
}

/// Now, or the time `SOURCE_DATE_EPOCH` names (the reproducible-builds convention). A value
/// that is not a whole number of seconds is an error rather than silently ignored, since the
/// user set it to get a fixed time.
pub fn made_now() -> Result<Made> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => v.trim().parse::<i64>().map(Made::at).map_err(|_| {
            Error::new(format!(
                "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01, got '{v}'"
            ))
        }),
        _ => {
            let secs = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0);
            Ok(Made::at(secs))
        }
    }
}
