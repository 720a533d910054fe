//! The comparison model: every pair of readouts aligned, each link diffed word by word, with the
//! only-in lists and the statistics. This is what every output format renders.

use crate::align::{self, Alignment};
use crate::diff::{self, Piece, WordCounts};
use crate::par;
use crate::readout::{Event, Readout, Statement};
use crate::speaker::People;
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
    pub diff: Vec<Piece>,
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
}

/// A whole `compare` result.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    pub readouts: Vec<Readout>,
    pub comparisons: Vec<Comparison>,
    /// Loaded terms and distinctive words, when asked for (`app` adds them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<crate::loaded_terms::LoadedTerms>,
}

/// Compares every pair of readouts (i < j).
pub fn compare(readouts: Vec<Readout>, event: Option<Event>, opts: &align::Options) -> Report {
    let mut comparisons = Vec::new();
    for i in 0..readouts.len() {
        for j in i + 1..readouts.len() {
            comparisons.push(compare_pair(&readouts, i, j, event.as_ref(), opts));
        }
    }
    Report { schema: SCHEMA, event, readouts, comparisons, terms: None }
}

fn compare_pair(
    readouts: &[Readout],
    li: usize,
    ri: usize,
    event: Option<&Event>,
    opts: &align::Options,
) -> Comparison {
    let (l, r) = (&readouts[li], &readouts[ri]);
    let (left, right) = par::both(|| align_input(l), || align_input(r));
    let mut people = People::learn(&[left.texts.as_slice(), &right.texts].concat());
    if let Some(ev) = event {
        people.add_participants(&ev.participants);
    }
    let Alignment { links, only_left, only_right } = align::align(&left, &right, &people, opts);
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
    }
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
