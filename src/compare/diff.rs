//! Word-level diff of a linked pair of statements (`similar`'s Myers, under a deadline), cleaned
//! up for reading: a few function words stranded between two changes join them, and pieces of
//! punctuation alone are told apart so that renderers never mark them as word differences.

use crate::model::diff::{Op, Piece, WordCounts};
use crate::text::{self, Word};
use similar::{Algorithm, DiffOp};
use std::ops::Range;
use std::time::{Duration, Instant};

/// How long one pair may take to diff; past it Myers returns a coarser but valid diff.
const DEADLINE: Duration = Duration::from_millis(200);

/// Function words stranded between two changes that join them in a diff for reading.
const STRANDED: usize = 3;

/// Which of a word's forms two words must share to be the same in a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Equal {
    /// Case, quote, dash styles and abbreviation dots aside (`U.S.` = `US`).
    Key,
    /// Case, quote and dash styles aside only: `U.S.` and `US` differ.
    Exact,
}

/// A stretch of two word lists, the same on both sides or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub equal: bool,
    pub l: Range<usize>,
    pub r: Range<usize>,
}

/// Where two lists of keys agree and differ (Myers, under the deadline), adjacent changes as one.
pub fn regions(lk: &[&str], rk: &[&str]) -> Vec<Region> {
    let ops = similar::capture_diff_slices_deadline(
        Algorithm::Myers,
        lk,
        rk,
        Some(Instant::now() + DEADLINE),
    );
    let mut out: Vec<Region> = Vec::new();
    for op in ops {
        let equal = matches!(op, DiffOp::Equal { .. });
        let (l, r) = (op.old_range(), op.new_range());
        match out.last_mut() {
            Some(last) if !last.equal && !equal => {
                last.l.end = l.end;
                last.r.end = r.end;
            }
            _ => out.push(Region { equal, l, r }),
        }
    }
    out
}

/// A short run of function words between two changes belongs to them: "[-agreed to-] the
/// [-expand-]" reads better as one change. An equal region of at most `most` words, all of them
/// `filler`, between two changes that are `wordy`, becomes part of one change with them.
pub fn join_stranded(
    regions: Vec<Region>,
    most: usize,
    filler: impl Fn(&Region) -> bool,
    wordy: impl Fn(&Region) -> bool,
) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    let n = regions.len();
    for k in 0..n {
        let reg = regions[k].clone();
        let stranded = reg.equal
            && k > 0
            && k + 1 < n
            && wordy(&regions[k - 1])
            && wordy(&regions[k + 1])
            && reg.l.len() <= most
            && filler(&reg);
        let reg = if stranded { Region { equal: false, ..reg } } else { reg };
        match out.last_mut() {
            Some(last) if last.equal == reg.equal => {
                last.l.end = reg.l.end;
                last.r.end = reg.r.end;
            }
            _ => out.push(reg),
        }
    }
    out
}

/// Diffs two texts word by word and returns the cleaned-up pieces.
pub fn diff(left: &str, right: &str) -> Vec<Piece> {
    diff_words(&text::words(left), &text::words(right), Equal::Key).0
}

/// Like [`diff`], but words are equal only when they read the same after folding case, quote and
/// dash styles: `U.S.` and `US` differ. `check` shows a quote's spelling changes this way.
pub fn diff_exact(left: &str, right: &str) -> Vec<Piece> {
    diff_words(&text::words(left), &text::words(right), Equal::Exact).0
}

/// Diffs two lists of words (with their punctuation), as read by [`text::words`]; returns the
/// cleaned-up pieces and how many words each kind of piece holds.
pub fn diff_words(lu: &[Word], ru: &[Word], equal: Equal) -> (Vec<Piece>, WordCounts) {
    let key = |w: &Word| match equal {
        Equal::Key => w.form.key,
        Equal::Exact => w.form.exact,
    };
    let lk: Vec<&str> = lu.iter().map(key).collect();
    let rk: Vec<&str> = ru.iter().map(key).collect();
    let stop = |w: &Word| !w.is_word() || w.form.stop;
    let wordy =
        |r: &Region| !r.equal && lu[r.l.clone()].iter().chain(&ru[r.r.clone()]).any(Word::is_word);
    let regions =
        join_stranded(regions(&lk, &rk), STRANDED, |r| lu[r.l.clone()].iter().all(stop), wordy);
    let mut out: Vec<Piece> = Vec::new();
    let mut counts = WordCounts::default();
    let words = |ws: &[Word]| ws.iter().filter(|w| w.is_word()).count();
    for reg in regions {
        if reg.equal {
            counts.same += words(&lu[reg.l.clone()]);
            push(&mut out, Op::Equal, &lu[reg.l]);
        } else {
            counts.left_only += words(&lu[reg.l.clone()]);
            counts.right_only += words(&ru[reg.r.clone()]);
            push(&mut out, Op::Left, &lu[reg.l]);
            push(&mut out, Op::Right, &ru[reg.r]);
        }
    }
    (out, counts)
}

fn push(out: &mut Vec<Piece>, op: Op, units: &[Word]) {
    if units.is_empty() {
        return;
    }
    // Within one run the words keep the spacing they were written with ("the United States'
    // commitment"); only where runs meet is it guessed (`needs_space`).
    let mut text = String::new();
    for (k, u) in units.iter().enumerate() {
        if k > 0 && u.start() != units[k - 1].end() {
            text.push(' ');
        }
        text.push_str(u.raw);
    }
    match out.last_mut() {
        Some(last) if last.op == op => {
            last.text = join_texts([last.text.as_str(), text.as_str()].into_iter());
        }
        _ => out.push(Piece { op, text }),
    }
}

/// Whether a space belongs between two adjacent pieces of text.
pub fn needs_space(prev: &str, next: &str) -> bool {
    // Chinese words and punctuation run on without spaces.
    if prev.ends_with(crate::text::lang::is_spaceless)
        && next.starts_with(crate::text::lang::is_spaceless)
    {
        return false;
    }
    let closes = next.chars().next().is_some_and(|c| ",.;:!?)]}”’%".contains(c));
    let opens = prev.chars().last().is_some_and(|c| "([{“‘$".contains(c));
    !prev.is_empty() && !closes && !opens
}

fn join_texts<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts {
        if needs_space(&out, p) {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// The text of one side of a diff (`Op::Left` or `Op::Right`), equal pieces included.
pub fn side_text(pieces: &[Piece], side: Op) -> String {
    join_texts(pieces.iter().filter(|p| p.op == Op::Equal || p.op == side).map(|p| p.text.as_str()))
}

/// Counts the words (not punctuation) in each kind of piece.
pub fn count_words(pieces: &[Piece]) -> WordCounts {
    let mut c = WordCounts::default();
    for p in pieces {
        let n = text::word_count(&p.text);
        match p.op {
            Op::Equal => c.same += n,
            Op::Left => c.left_only += n,
            Op::Right => c.right_only += n,
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(p: &[Piece]) -> String {
        p.iter()
            .map(|p| match p.op {
                Op::Equal => p.text.clone(),
                Op::Left => format!("[-{}-]", p.text),
                Op::Right => format!("{{+{}+}}", p.text),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn same_words_in_other_styles_are_equal() {
        let d = diff("The U.S. backs a “cease-fire”.", "the US backs a \"cease–fire\".");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].op, Op::Equal);
    }

    #[test]
    fn a_changed_word_is_one_change() {
        let d = diff(
            "The two leaders agreed to expand trade.",
            "The two leaders decided to expand trade.",
        );
        assert_eq!(show(&d), "The two leaders [-agreed-] {+decided+} to expand trade.");
        assert_eq!(count_words(&d), WordCounts { same: 6, left_only: 1, right_only: 1 });
    }

    #[test]
    fn punctuation_only_changes_are_not_word_changes() {
        let d = diff("Xi said, however, that trade grew.", "Xi said however that trade grew.");
        assert!(d.iter().all(|p| p.op == Op::Equal || p.is_punctuation()), "{}", show(&d));
        assert_eq!(count_words(&d), WordCounts { same: 6, left_only: 0, right_only: 0 });
        assert_eq!(side_text(&d, Op::Right), "Xi said however that trade grew.");
    }

    #[test]
    fn elision_marks_stay_whole() {
        let d = diff("the tasks being solved [...]", "the tasks being solved.");
        assert_eq!(side_text(&d, Op::Left), "the tasks being solved [...]");
        assert!(d.iter().any(|p| p.op == Op::Left && p.text == "[...]"), "{}", show(&d));
    }

    #[test]
    fn stranded_function_words_join_the_change() {
        let d =
            diff("They agreed to the expansion of trade.", "They decided on the growth of trade.");
        assert_eq!(
            show(&d),
            "They [-agreed to the expansion-] {+decided on the growth+} of trade."
        );
    }

    #[test]
    fn exact_diff_keeps_spelling_changes() {
        let d = diff_exact("The US backs a ceasefire.", "The U.S. backs a cease-fire.");
        assert_eq!(show(&d), "The [-US-] {+U.S.+} backs a [-ceasefire-] {+cease-fire+} .");
        assert!(diff("The US backs it.", "The U.S. backs it.").iter().all(|p| p.op == Op::Equal));
    }

    #[test]
    fn pieces_rebuild_both_sides() {
        let l = "China supports, as before, a settlement (in principle).";
        let r = "China backs a political settlement.";
        let d = diff(l, r);
        assert_eq!(side_text(&d, Op::Left), l);
        assert_eq!(side_text(&d, Op::Right), r);
    }

    #[test]
    fn a_run_keeps_the_spacing_it_was_written_with() {
        // An apostrophe after a plural and quotes that open or close are written against their
        // words; no rule of punctuation tells which, the text does.
        let d = diff("the United States' commitment to 'peace'", "the United States' commitment");
        assert_eq!(d[0].text, "the United States' commitment", "{}", show(&d));
        assert_eq!(d[1].text, "to 'peace'", "{}", show(&d));
        let d = diff("2026年6月2日，艾琳·瓦尔登", "2026年6月2日");
        assert_eq!(d[0].text, "2026年6月2日", "{}", show(&d));
    }
}
