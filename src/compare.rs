//! The comparison model: every pair of readouts aligned, each link diffed word by word, with the
//! only-in lists and the statistics. This is what every output format renders.

use crate::align::{self, Alignment};
use crate::diff::{self, Piece, WordCounts};
use crate::par;
use crate::points;
use crate::readout::{Event, Readout, Statement};
use crate::speaker::{Attribution, Kind, People};
use crate::text;
use serde::Serialize;
use std::collections::HashMap;

pub const SCHEMA: &str = "readout/compare/v1";

/// How closely the words of a link agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The same words once case, quote and dash styles and spacing are folded.
    Identical,
    /// Mostly the same words.
    Reworded,
    /// The same point in substantially different words.
    Related,
}

impl Relation {
    pub fn name(self) -> &'static str {
        match self {
            Relation::Identical => "identical",
            Relation::Reworded => "reworded",
            Relation::Related => "related",
        }
    }
}

/// Share of the longer side's words both sides have, from which a link counts as reworded.
const REWORDED: f64 = 0.5;

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// Statement ids of the left readout.
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub score: f64,
    pub relation: Relation,
    pub moved: bool,
    /// The two readouts give the point to different speakers.
    pub speakers_differ: bool,
    pub diff: Vec<Piece>,
}

/// What the two readouts of a comparison attribute to one speaker (a person or a side).
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSummary {
    pub speaker: String,
    /// The left readout's account, then the right's.
    #[serde(serialize_with = "left_right")]
    pub sides: [SpeakerSide; 2],
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpeakerSide {
    /// Statements this readout attributes to the speaker.
    pub statements: Vec<String>,
    /// Of those, the ones whose linked counterpart in the other readout has another speaker
    /// (another person, the other side, or both sides).
    pub given_to_others: Vec<String>,
    /// Of those, the ones whose linked counterpart in the other readout names no speaker.
    pub unattributed: Vec<String>,
    /// Of those, the ones the other readout does not report at all.
    pub omitted: Vec<String>,
}

fn left_right<S: serde::Serializer>(sides: &[SpeakerSide; 2], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(2))?;
    m.serialize_entry("left", &sides[0])?;
    m.serialize_entry("right", &sides[1])?;
    m.end()
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub left_statements: usize,
    pub right_statements: usize,
    pub links: usize,
    pub moved: usize,
    pub identical: usize,
    pub reworded: usize,
    pub related: usize,
    pub words_same: usize,
    pub words_left_only: usize,
    pub words_right_only: usize,
}

impl Stats {
    /// Share of the left readout's words that the right one also has (0..1).
    pub fn left_share(&self) -> f64 {
        share(self.words_same, self.words_left_only)
    }
    pub fn right_share(&self) -> f64 {
        share(self.words_same, self.words_right_only)
    }
}

fn share(same: usize, own: usize) -> f64 {
    if same + own == 0 { 0.0 } else { same as f64 / (same + own) as f64 }
}

/// One pair of readouts compared. `left`/`right` index [`Report::readouts`].
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub left: usize,
    pub right: usize,
    pub links: Vec<Link>,
    pub only_left: Vec<String>,
    pub only_right: Vec<String>,
    pub stats: Stats,
    /// Who each readout says said what.
    pub speakers: Vec<SpeakerSummary>,
}

/// A whole `compare` result.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    pub readouts: Vec<Readout>,
    pub comparisons: Vec<Comparison>,
    /// Statements of all the readouts grouped by the point they report (see [`points`]).
    pub points: Vec<points::Point>,
    /// Loaded terms and distinctive words, when asked for (`app` adds them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<crate::loaded_terms::LoadedTerms>,
}

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

impl Report {
    /// Statements of one readout by id, for renderers that follow links.
    pub fn statements_by_id(&self, readout: usize) -> HashMap<&str, &Statement> {
        self.readouts[readout].statements.iter().map(|s| (s.id.as_str(), s)).collect()
    }
}
