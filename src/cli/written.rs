//! What a written file holds, in the few words `wrote FILE (…)` says about it.

use crate::model::Readout;
use crate::model::check::{self, Verdict};
use crate::model::compare;

fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// `9 links, 3 only in PN, 2 only in K`; with three or more readouts the points and pairs.
pub fn comparison(report: &compare::Report) -> String {
    let prefix = |i: usize| report.readouts[i].prefix.as_str();
    match report.comparisons.as_slice() {
        [c] => format!(
            "{}, {} only in {}, {} only in {}",
            count(c.links.len(), "link"),
            c.only_left.len(),
            prefix(c.left),
            c.only_right.len(),
            prefix(c.right)
        ),
        all => {
            let links: usize = all.iter().map(|c| c.links.len()).sum();
            let shared = report.points.iter().filter(|p| p.cells.len() > 1).count();
            format!(
                "{} readouts, {} ({shared} in more than one readout), {} over {}",
                report.readouts.len(),
                count(report.points.len(), "point"),
                count(links, "link"),
                count(all.len(), "pair")
            )
        }
    }
}

/// `20 claims: 5 verbatim, 6 close, 6 altered, 2 misattributed, 1 absent`.
pub fn check(report: &check::Report) -> String {
    let verdicts: Vec<String> =
        Verdict::ALL.iter().map(|v| format!("{} {}", report.stats.get(*v), v.name())).collect();
    format!("{}: {}", count(report.claims.len(), "claim"), verdicts.join(", "))
}

/// `24 statements from 2 readouts`.
pub fn segments(readouts: &[Readout]) -> String {
    let n: usize = readouts.iter().map(|r| r.statements.len()).sum();
    format!("{} from {}", count(n, "statement"), count(readouts.len(), "readout"))
}
