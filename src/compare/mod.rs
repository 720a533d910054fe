//! Comparing readouts: every pair aligned, each link diffed word by word, with the only-in lists,
//! the statistics and who each side says said what; then the points all the readouts share.

pub mod align;
pub mod diff;
pub mod points;
mod said;

use crate::analyse::{self, Analysis};
use crate::model::compare::{Closest, Comparison, Link, Relation, Report, SCHEMA, Stats, Strength};
use crate::model::diff::WordCounts;
use crate::model::points::Point;
use crate::model::speaker::Attribution;
use crate::model::terms::LoadedTerms;
use crate::model::{Event, Readout};
use crate::par;
use crate::terms::{self, watchlist::Watchlist};
use crate::text::Word;
use align::Alignment;
use align::tuning::REWORDED;
use std::collections::HashMap;

/// Compares every pair of readouts (i < j), and counts the watchlist's terms in them.
pub fn compare(
    mut readouts: Vec<Readout>,
    event: Option<Event>,
    opts: &align::Tuning,
    watchlist: &Watchlist,
) -> Report {
    let read = analyse::analyse(&readouts, event.as_ref());
    let said: Vec<Vec<Attribution>> = read
        .readouts
        .iter()
        .map(|r| r.iter().map(|a| read.people.attribution(&a.speaker)).collect())
        .collect();
    // The terms need only the words: count them while the alignment runs.
    let ((comparisons, points), terms): ((Vec<Comparison>, Vec<Point>), LoadedTerms) = par::both(
        || {
            let mut pairs = Vec::new();
            for i in 0..readouts.len() {
                for j in i + 1..readouts.len() {
                    pairs.push((i, j));
                }
            }
            let side = |i: usize| (&readouts[i], &read.readouts[i][..], &said[i][..]);
            let mut aligned: Vec<Alignment> = pairs
                .iter()
                .map(|&(i, j)| {
                    align::align(&read.readouts[i], &read.readouts[j], &read.people, opts)
                })
                .collect();
            // With three or more readouts the points decide which links hold: each pair keeps
            // only the links whose statements the points put together, so the points table and
            // the pairwise views tell one story.
            let agreed = (readouts.len() > 2).then(|| {
                let skeleton: Vec<Comparison> = pairs
                    .iter()
                    .zip(&aligned)
                    .map(|(&(i, j), a)| points::skeleton((&readouts[i], &readouts[j]), (i, j), a))
                    .collect();
                let pts = points::points(&readouts, &skeleton);
                for (&(i, j), a) in pairs.iter().zip(aligned.iter_mut()) {
                    points::keep_agreeing(&readouts, &pts, (i, j), a);
                }
                pts
            });
            let comparisons: Vec<Comparison> = pairs
                .iter()
                .zip(aligned)
                .map(|(&(i, j), a)| compare_pair([side(i), side(j)], (i, j), a))
                .collect();
            let points = agreed.unwrap_or_else(|| points::points(&readouts, &comparisons));
            (comparisons, points)
        },
        || terms::analyse(&readouts, &read.readouts, watchlist),
    );
    drop(read);
    for (rd, said) in readouts.iter_mut().zip(said) {
        for (st, a) in rd.statements.iter_mut().zip(said) {
            st.speaker = Some(a);
        }
    }
    Report { schema: SCHEMA, event, readouts, comparisons, points, terms: Some(terms) }
}

/// One readout of a pair: the readout, its statements as read, and who each statement is
/// attributed to.
type PairSide<'a> = (&'a Readout, &'a [Analysis<'a>], &'a [Attribution]);

fn compare_pair(sides: [PairSide; 2], (li, ri): (usize, usize), aligned: Alignment) -> Comparison {
    let [(l, left, lsaid), (r, right, rsaid)] = sides;
    let Alignment { links, only_left, only_right, best } = aligned;
    let closest = closest_of(&best, (&only_left, &only_right), (l, r));
    let mut stats = Stats {
        left_statements: left.len(),
        right_statements: right.len(),
        links: links.len(),
        ..Stats::default()
    };
    let diffed = par::map(&links, |link| {
        let (lw, rw) = (joined(left, &link.left), joined(right, &link.right));
        let (pieces, counts) = diff::diff_words(&lw, &rw, diff::Equal::Key);
        (pieces, counts, relation(&lw, &rw, counts))
    });
    let speakers = said::who_said_what(&links, &only_left, &only_right, [l, r], [lsaid, rsaid]);
    let mut words = WordCounts::default();
    let links: Vec<Link> = links
        .into_iter()
        .zip(diffed)
        .map(|(link, (pieces, counts, relation))| {
            words += counts;
            match relation {
                Relation::Identical => stats.identical += 1,
                Relation::Reworded => stats.reworded += 1,
                Relation::Related => stats.related += 1,
            }
            stats.moved += link.moved as usize;
            let confidence = rounded(link.likely);
            Link {
                left: link.left.iter().map(|&i| l.statements[i].id.clone()).collect(),
                right: link.right.iter().map(|&j| r.statements[j].id.clone()).collect(),
                score: rounded(link.score),
                confidence,
                strength: strength(rounded(link.score), confidence),
                relation,
                moved: link.moved,
                speakers_differ: said::speakers_differ(&link, lsaid, rsaid),
                diff: pieces,
            }
        })
        .collect();
    let count = |a: &Analysis| a.words.iter().filter(|w| w.is_word()).count();
    words.left_only += only_left.iter().map(|&i| count(&left[i])).sum::<usize>();
    words.right_only += only_right.iter().map(|&j| count(&right[j])).sum::<usize>();
    stats.words_same = words.same;
    stats.words_left_only = words.left_only;
    stats.words_right_only = words.right_only;
    Comparison {
        left: li,
        right: ri,
        links,
        only_left: only_left.iter().map(|&i| l.statements[i].id.clone()).collect(),
        only_right: only_right.iter().map(|&j| r.statements[j].id.clone()).collect(),
        closest,
        stats,
        speakers,
    }
}

/// A score as reports give it: three decimals.
fn rounded(score: f32) -> f64 {
    (score as f64 * 1000.0).round() / 1000.0
}

/// Whether a link of this score and confidence is one to trust unchecked.
pub fn strength(score: f64, confidence: f64) -> Strength {
    if align::tuning::is_strong(score, confidence) { Strength::Strong } else { Strength::Weak }
}

/// The closest statement of the other readout for each only-in statement that has one, by id.
fn closest_of(
    best: &(align::closest::Nearest, align::closest::Nearest),
    only: (&[usize], &[usize]),
    (l, r): (&Readout, &Readout),
) -> HashMap<String, Closest> {
    let (cl, cr) = align::closest::closest(best, only);
    let mut out = HashMap::new();
    for (idx, found, from, to) in [(only.0, cl, l, r), (only.1, cr, r, l)] {
        for (&i, c) in idx.iter().zip(found) {
            if let Some((j, s)) = c {
                let id = to.statements[j].id.clone();
                out.insert(from.statements[i].id.clone(), Closest { id, score: rounded(s) });
            }
        }
    }
    out
}

/// The words of statements `idx`, one after the other.
fn joined<'t>(read: &[Analysis<'t>], idx: &[usize]) -> Vec<Word<'t>> {
    idx.iter().flat_map(|&i| read[i].words.iter().copied()).collect()
}

fn relation(l: &[Word], r: &[Word], c: WordCounts) -> Relation {
    let keys =
        |ws: &[Word]| ws.iter().filter(|w| w.is_word()).map(|w| w.form.key).collect::<Vec<_>>();
    if keys(l) == keys(r) {
        return Relation::Identical;
    }
    let longer = (c.same + c.left_only).max(c.same + c.right_only);
    if longer > 0 && c.same as f64 / longer as f64 >= REWORDED {
        Relation::Reworded
    } else {
        Relation::Related
    }
}
