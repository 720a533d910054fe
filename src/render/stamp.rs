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
        Made { version: env!("CARGO_PKG_VERSION"), at: utc(secs) }
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

/// Seconds since the epoch as a UTC date and time.
pub fn utc(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's `civil_from_days`),
/// so no date crate is needed for one line of output.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(utc(1_772_625_600), "2026-03-04 12:00:00 UTC");
        assert_eq!(utc(4_102_444_799), "2099-12-31 23:59:59 UTC");
        assert_eq!(utc(-1), "1969-12-31 23:59:59 UTC");
    }

    #[test]
    fn every_day_follows_the_last() {
        // Walks 1900..2100 day by day: dates must advance by exactly one calendar day.
        let mut prev = civil_from_days(-25_567 - 1);
        for z in -25_567..47_482 {
            let cur = civil_from_days(z);
            let next_in_month = (prev.0, prev.1, prev.2 + 1);
            let next_month =
                if prev.1 == 12 { (prev.0 + 1, 1, 1) } else { (prev.0, prev.1 + 1, 1) };
            let leap = prev.0 % 4 == 0 && (prev.0 % 100 != 0 || prev.0 % 400 == 0);
            let month_len =
                [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            let ok = if prev.2 == month_len[prev.1 as usize - 1] {
                cur == next_month
            } else {
                cur == next_in_month
            };
            assert!(ok, "{prev:?} → {cur:?}");
            prev = cur;
        }
        assert_eq!(civil_from_days(-25_567), (1900, 1, 1));
    }
}
