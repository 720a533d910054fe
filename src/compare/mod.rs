//! Comparing readouts: every pair aligned, each link diffed word by word, with the only-in lists,
//! the statistics and who each side says said what; then the points all the readouts share.

pub mod align;
pub mod diff;
pub mod points;

use crate::analyse::speaker::People;
use crate::model::compare::{Comparison, Link, Relation, Report, SCHEMA, SpeakerSummary, Stats};
use crate::model::diff::WordCounts;
use crate::model::speaker::{Attribution, Kind};
use crate::model::{Event, Readout};
use crate::par;
use crate::text;
use align::Alignment;

/// Share of the longer side's words both sides have, from which a link counts as reworded.
const REWORDED: f64 = 0.5;

/// Compares every pair of readouts (i < j).
pub fn compare(mut readouts: Vec<Readout>, event: Option<Event>, opts: &align::Options) -> Report {
    let inputs: Vec<align::Input> = par::map(&readouts, align_input);
    let all: Vec<&str> = inputs.iter().flat_map(|i| i.texts.iter().copied()).collect();
    let mut people = People::learn(&all);
    if let Some(ev) = &event {
        people.add_participants(&ev.participants);
    }
    let said: Vec<Vec<Attribution>> =
        inputs.iter().map(|i| i.speakers.iter().map(|s| people.attribution(s)).collect()).collect();
    let mut comparisons = Vec::new();
    for i in 0..readouts.len() {
        for j in i + 1..readouts.len() {
            let sides = [
                (&readouts[i], &inputs[i], &said[i][..]),
                (&readouts[j], &inputs[j], &said[j][..]),
            ];
            comparisons.push(compare_pair(sides, (i, j), &people, opts));
        }
    }
    drop(inputs);
    for (rd, said) in readouts.iter_mut().zip(said) {
        for (st, a) in rd.statements.iter_mut().zip(said) {
            st.speaker = Some(a);
        }
    }
    let points = points::points(&readouts, &comparisons);
    Report { schema: SCHEMA, event, readouts, comparisons, points, terms: None }
}

/// One readout of a pair: the readout, its statements as the aligner takes them, and who each
/// statement is attributed to.
type PairSide<'a> = (&'a Readout, &'a align::Input<'a>, &'a [Attribution]);

fn compare_pair(
    sides: [PairSide; 2],
    (li, ri): (usize, usize),
    people: &People,
    opts: &align::Options,
) -> Comparison {
    let [(l, left, lsaid), (r, right, rsaid)] = sides;
    let Alignment { links, only_left, only_right } = align::align(left, right, people, opts);
    let (lt, rt) = (&left.texts, &right.texts);
    let mut stats = Stats {
        left_statements: lt.len(),
        right_statements: rt.len(),
        links: links.len(),
        ..Stats::default()
    };
    let diffed = par::map(&links, |link| {
        let (ltext, rtext) = (join(lt, &link.left), join(rt, &link.right));
        let pieces = diff::diff(&ltext, &rtext);
        let counts = diff::count_words(&pieces);
        (pieces, counts, relation(&ltext, &rtext, counts))
    });
    let speakers = who_said_what(&links, &only_left, &only_right, [l, r], [lsaid, rsaid]);
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
            Link {
                left: link.left.iter().map(|&i| l.statements[i].id.clone()).collect(),
                right: link.right.iter().map(|&j| r.statements[j].id.clone()).collect(),
                score: (link.score as f64 * 1000.0).round() / 1000.0,
                relation,
                moved: link.moved,
                speakers_differ: speakers_differ(&link, lsaid, rsaid),
                diff: pieces,
            }
        })
        .collect();
    words.left_only += only_left.iter().map(|&i| diff::word_count(lt[i])).sum::<usize>();
    words.right_only += only_right.iter().map(|&j| diff::word_count(rt[j])).sum::<usize>();
    stats.words_same = words.same;
    stats.words_left_only = words.left_only;
    stats.words_right_only = words.right_only;
    Comparison {
        left: li,
        right: ri,
        links,
        only_left: only_left.iter().map(|&i| l.statements[i].id.clone()).collect(),
        only_right: only_right.iter().map(|&j| r.statements[j].id.clone()).collect(),
        stats,
        speakers,
    }
}

/// Whether the two sides of a link give the point to different speakers: some speaker on one
/// side has no counterpart on the other ("Kremlin: Xi; Xinhua: unattributed").
fn speakers_differ(link: &align::Link, lsaid: &[Attribution], rsaid: &[Attribution]) -> bool {
    let covered = |a: &[usize], sa: &[Attribution], b: &[usize], sb: &[Attribution]| {
        a.iter().all(|&i| b.iter().any(|&j| sa[i].same_as(&sb[j])))
    };
    !(covered(&link.left, lsaid, &link.right, rsaid)
        && covered(&link.right, rsaid, &link.left, lsaid))
}

/// Per speaker, the statements each readout attributes to them, and which of those the other
/// readout gives to someone else or leaves out.
fn who_said_what(
    links: &[align::Link],
    only_left: &[usize],
    only_right: &[usize],
    rds: [&Readout; 2],
    said: [&[Attribution]; 2],
) -> Vec<SpeakerSummary> {
    let mut partner: [Vec<Vec<usize>>; 2] =
        [vec![Vec::new(); said[0].len()], vec![Vec::new(); said[1].len()]];
    for l in links {
        for &i in &l.left {
            partner[0][i].extend(&l.right);
        }
        for &j in &l.right {
            partner[1][j].extend(&l.left);
        }
    }
    let only = [only_left, only_right];
    let mut out: Vec<SpeakerSummary> = Vec::new();
    for side in 0..2 {
        let other = 1 - side;
        for (i, a) in said[side].iter().enumerate() {
            if matches!(a.kind, Kind::Unattributed | Kind::Both) {
                continue;
            }
            let name = a.display();
            let k = match out.iter().position(|s| s.speaker == name) {
                Some(k) => k,
                None => {
                    out.push(SpeakerSummary { speaker: name, sides: Default::default() });
                    out.len() - 1
                }
            };
            let entry = &mut out[k].sides[side];
            let id = rds[side].statements[i].id.clone();
            if only[side].contains(&i) {
                entry.omitted.push(id.clone());
            } else if !partner[side][i].iter().any(|&j| said[other][j].same_as(a)) {
                let anyone =
                    partner[side][i].iter().any(|&j| said[other][j].kind != Kind::Unattributed);
                if anyone {
                    entry.given_to_others.push(id.clone());
                } else {
                    entry.unattributed.push(id.clone());
                }
            }
            entry.statements.push(id);
        }
    }
    out
}

/// A readout's statements with their speakers, as the aligner takes them.
pub fn align_input(rd: &Readout) -> align::Input<'_> {
    let texts: Vec<&str> = rd.statements.iter().map(|s| s.text.as_str()).collect();
    let paragraphs: Vec<usize> = rd.statements.iter().map(|s| s.paragraph).collect();
    align::Input::new(texts, Some(&paragraphs))
}

fn join(texts: &[&str], idx: &[usize]) -> String {
    idx.iter().map(|&i| texts[i]).collect::<Vec<_>>().join(" ")
}

fn relation(l: &str, r: &str, c: WordCounts) -> Relation {
    let words = |s: &str| -> Vec<String> {
        text::tokens(s)
            .into_iter()
            .filter(|t| t.kind == text::Kind::Word)
            .map(|t| text::word_key(t.text))
            .collect()
    };
    if words(l) == words(r) {
        return Relation::Identical;
    }
    let longer = (c.same + c.left_only).max(c.same + c.right_only);
    if longer > 0 && c.same as f64 / longer as f64 >= REWORDED {
        Relation::Reworded
    } else {
        Relation::Related
    }
}
