//! One side of a link as its statements' own text, as written, cut into runs of words both
//! readouts have and words only this side has, for the formats that mark them (HTML, Markdown).

use crate::model::Statement;
use crate::model::compare::{Comparison, Link};
use crate::model::diff::{Op, Piece};
use crate::render::percent;
use crate::text::{self, Kind};
use std::collections::HashMap;
use std::ops::Range;

/// A stretch of a statement's text: `own` when the other readout does not have these words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'a> {
    pub own: bool,
    pub text: &'a str,
}

/// One linked statement with its text cut into runs.
pub type Marked<'a> = (&'a Statement, Vec<Run<'a>>);

/// The statements on one side of a link (`Op::Left` or `Op::Right`) with their runs. Ids the map
/// lacks are skipped: the model never produces them, and a report must not panic.
pub fn link_side<'a>(link: &Link, side: Op, map: &HashMap<&str, &'a Statement>) -> Vec<Marked<'a>> {
    let ids = if side == Op::Left { &link.left } else { &link.right };
    let sts: Vec<&'a Statement> =
        ids.iter().filter_map(|id| map.get(id.as_str()).copied()).collect();
    let texts: Vec<&'a str> = sts.iter().map(|s| s.text.as_str()).collect();
    sts.into_iter().zip(runs(&texts, &link.diff, side)).collect()
}

/// The statements an only-in list names, in its order.
pub fn only<'a>(ids: &[String], map: &HashMap<&str, &'a Statement>) -> Vec<&'a Statement> {
    ids.iter().filter_map(|id| map.get(id.as_str()).copied()).collect()
}

/// The rows of a pair's summary table, the same in every format: what, left, right.
pub fn summary_rows(c: &Comparison) -> [(&'static str, String, String); 4] {
    let s = &c.stats;
    let (ll, rl) = linked_counts(c);
    [
        ("Statements", s.left_statements.to_string(), s.right_statements.to_string()),
        ("In a link", ll.to_string(), rl.to_string()),
        ("Only in this readout", c.only_left.len().to_string(), c.only_right.len().to_string()),
        ("Its words the other also has", percent(s.left_share()), percent(s.right_share())),
    ]
}

/// Statements of each side that are in some link: (left, right).
pub fn linked_counts(c: &Comparison) -> (usize, usize) {
    let count = |f: fn(&Link) -> &Vec<String>| {
        let mut ids: Vec<&str> =
            c.links.iter().flat_map(|l| f(l).iter().map(String::as_str)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    (count(|l| &l.left), count(|l| &l.right))
}

/// The runs of each statement on one `side` of a link whose joined text was diffed into
/// `pieces`. The diff keeps every word of both sides in order (equal pieces carry the left
/// side's spelling and punctuation, which may differ from the right's), so walking the
/// statements' words against the pieces' words recovers which words are own, while the text
/// stays exactly as written. Consecutive own words form one run with what lies between them;
/// an own run starts and ends on a letter or digit, so a mark never swallows the punctuation
/// around it (which also keeps Markdown emphasis valid). Should the words ever disagree, the
/// statements come back unmarked rather than mismarked.
pub fn runs<'a>(statements: &[&'a str], pieces: &[Piece], side: Op) -> Vec<Vec<Run<'a>>> {
    let flags: Vec<bool> = pieces
        .iter()
        .filter(|p| p.op == Op::Equal || p.op == side)
        .flat_map(|p| word_spans(&p.text).into_iter().map(move |_| p.op == side))
        .collect();
    let spans: Vec<Vec<Range<usize>>> = statements.iter().map(|s| word_spans(s)).collect();
    if spans.iter().map(Vec::len).sum::<usize>() != flags.len() {
        return statements.iter().map(|s| vec![Run { own: false, text: s }]).collect();
    }
    let mut next = flags.into_iter();
    statements
        .iter()
        .zip(&spans)
        .map(|(s, words)| {
            let mut own = vec![false; s.len()];
            // End of the previous word when it was own: what lies between two own words is own.
            let mut own_until: Option<usize> = None;
            for w in words {
                if next.next().unwrap_or(false) {
                    let from = own_until.unwrap_or(w.start);
                    own[from..w.end].fill(true);
                    own_until = Some(w.end);
                } else {
                    own_until = None;
                }
            }
            let by_char: Vec<bool> = s.char_indices().map(|(i, _)| own[i]).collect();
            group(s, &trim_marks(s, by_char, words))
        })
        .collect()
}

/// Byte ranges of the words (not punctuation or space) of a text.
fn word_spans(s: &str) -> Vec<Range<usize>> {
    text::tokens(s)
        .into_iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.start..t.start + t.text.len())
        .collect()
}

/// Shrinks each own stretch to run from the start of its first word to the end of its last
/// (the final dot of `U.S.` is part of the word), then widens it over what belongs to its
/// words: an abbreviation's dot (`Sept.` in `Sept. 10`: a dot the statement goes on after,
/// since the segmenter ends sentences at the others) and brackets around or opened inside the
/// stretch (`(PRC)`), so a mark never splits a word from its dot or its bracket.
fn trim_marks(s: &str, mut own: Vec<bool>, words: &[Range<usize>]) -> Vec<bool> {
    let chars: Vec<char> = s.chars().collect();
    let mut in_word = vec![false; chars.len()];
    let starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
    for (k, b) in starts.iter().enumerate() {
        in_word[k] = words.iter().any(|w| w.contains(b));
    }
    let mut i = 0;
    while i < own.len() {
        if !own[i] {
            i += 1;
            continue;
        }
        let end = (i..own.len()).find(|&k| !own[k]).unwrap_or(own.len());
        let first = (i..end).find(|&k| in_word[k]);
        let last = (i..end).rev().find(|&k| in_word[k]);
        own[i..end].fill(false);
        let mut next = end;
        if let (Some(a), Some(b)) = (first, last) {
            let (a, b) = widen(&chars, a, b);
            own[a..=b].fill(true);
            // Past what was widened over, which is not a stretch of its own.
            next = next.max(b + 1);
        }
        i = next;
    }
    own
}

/// The stretch `a..=b` of `chars` widened over an abbreviation's dot after it and over the
/// brackets that belong to it.
fn widen(chars: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    let goes_on = |k: usize| chars[k..].iter().any(|c| c.is_alphanumeric());
    if chars.get(b + 1) == Some(&'.')
        && chars.get(b + 2).is_some_and(|c| c.is_whitespace())
        && goes_on(b + 2)
    {
        b += 1;
    }
    const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('{', '}')];
    loop {
        let before = a.checked_sub(1).map(|k| chars[k]);
        let after = chars.get(b + 1).copied();
        let mut grew = false;
        for (open, close) in PAIRS {
            let opens = chars[a..=b].iter().filter(|&&c| c == open).count();
            let closes = chars[a..=b].iter().filter(|&&c| c == close).count();
            let around = before == Some(open) && after == Some(close);
            if (around || closes > opens) && before == Some(open) {
                a -= 1;
                grew = true;
            }
            if (around || opens > closes) && after == Some(close) {
                b += 1;
                grew = true;
            }
            if grew {
                break;
            }
        }
        if !grew {
            return (a, b);
        }
    }
}

fn group<'a>(s: &'a str, own: &[bool]) -> Vec<Run<'a>> {
    let mut out: Vec<Run<'a>> = Vec::new();
    let mut start = 0;
    for (n, (at, _)) in s.char_indices().enumerate() {
        if n > 0 && own[n] != own[n - 1] {
            out.push(Run { own: own[n - 1], text: &s[start..at] });
            start = at;
        }
    }
    if start < s.len() {
        out.push(Run { own: own.last().copied().unwrap_or(false), text: &s[start..] });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff;

    fn show(runs: &[Run]) -> String {
        runs.iter()
            .map(|r| if r.own { format!("[{}]", r.text) } else { r.text.to_string() })
            .collect()
    }

    #[test]
    fn own_words_are_marked_in_the_text_as_written() {
        let l = "The two leaders agreed, “firmly”, to  meet.";
        let r = "The presidents agreed, “firmly”, to meet very soon.";
        let pieces = diff::diff(l, r);
        let left = runs(&[l], &pieces, Op::Left);
        let right = runs(&[r], &pieces, Op::Right);
        assert_eq!(show(&left[0]), "The [two leaders] agreed, “firmly”, to  meet.");
        assert_eq!(show(&right[0]), "The [presidents] agreed, “firmly”, to meet [very soon].");
    }

    #[test]
    fn a_split_side_is_cut_back_into_its_statements() {
        let (l1, l2) = ("They agreed on trade.", "Deliveries begin in 2027.");
        let r = "They agreed on trade and deliveries begin in 2027.";
        let pieces = diff::diff(&format!("{l1} {l2}"), r);
        let left = runs(&[l1, l2], &pieces, Op::Left);
        assert_eq!(left.len(), 2);
        let texts: Vec<String> =
            left.iter().map(|rs| rs.iter().map(|r| r.text).collect()).collect();
        assert_eq!(texts, [l1, l2]);
        assert!(left.iter().flatten().all(|r| !r.own || !r.text.is_empty()));
    }

    #[test]
    fn punctuation_stays_outside_marks() {
        let pieces = vec![
            Piece { op: Op::Equal, text: "Yes".into() },
            Piece { op: Op::Left, text: ", (really)".into() },
        ];
        let left = runs(&["Yes, (really)"], &pieces, Op::Left);
        assert_eq!(show(&left[0]), "Yes, [(really)]");
    }

    #[test]
    fn marks_keep_abbreviation_dots_and_brackets_with_their_words() {
        let l = "Aldana met with U.S. Secretary Revik and Sept. 10 envoys of the Republic (PRC).";
        let r = "Aldana met Secretary Revik and envoys of the Republic.";
        let pieces = diff::diff(l, r);
        let left = runs(&[l], &pieces, Op::Left);
        assert_eq!(
            show(&left[0]),
            "Aldana met [with U.S.] Secretary Revik and [Sept. 10] envoys of the Republic [(PRC)]."
        );
        let l = "They met (in Port Selm) on Friday.";
        let r = "They met on Friday.";
        let left = runs(&[l], &diff::diff(l, r), Op::Left);
        assert_eq!(show(&left[0]), "They met [(in Port Selm)] on Friday.");
    }

    #[test]
    fn punctuation_the_left_side_lacks_does_not_unmark_the_right() {
        // Equal pieces carry the left's punctuation: the right's extra comma and bracket must
        // not throw the marking off.
        let l = "They deepened coordination and trade [...]";
        let r = "We will keep deepening coordination, and trade.";
        let pieces = diff::diff(l, r);
        let right = runs(&[r], &pieces, Op::Right);
        assert_eq!(show(&right[0]), "[We will keep deepening] coordination, and trade.");
        let left = runs(&[l], &pieces, Op::Left);
        assert_eq!(show(&left[0]), "[They deepened] coordination and trade [...]");
    }

    #[test]
    fn disagreement_leaves_text_unmarked() {
        let pieces = vec![Piece { op: Op::Left, text: "three other words".into() }];
        let left = runs(&["Other words."], &pieces, Op::Left);
        assert_eq!(left, vec![vec![Run { own: false, text: "Other words." }]]);
    }
}
