//! `readout/compare/v1`: the readouts, every pair's links with their word diffs, the only-in
//! lists, statistics and who said what, the points, the loaded terms.

use super::Layout;
use super::readout::{Event, Piece, Readout};
use crate::model::compare::{self as model, Relation};
use crate::model::{points, terms};
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    schema: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<Event<'a>>,
    readouts: Vec<Readout<'a>>,
    comparisons: Vec<Comparison<'a>>,
    points: Vec<Point<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    terms: Option<Terms<'a>>,
}

/// The comparison as `readout/compare/v1`.
pub fn compare(r: &model::Report, layout: Layout) -> String {
    let report = Report {
        schema: model::SCHEMA,
        event: r.event.as_ref().map(Event::of),
        readouts: r.readouts.iter().map(Readout::of).collect(),
        comparisons: r.comparisons.iter().map(Comparison::of).collect(),
        points: r
            .points
            .iter()
            .map(|p| Point {
                cells: p.cells.iter().map(Cell::of).collect(),
                in_readouts: p.in_readouts,
            })
            .collect(),
        terms: r.terms.as_ref().map(Terms::of),
    };
    super::to_string(&report, layout)
}

#[derive(Serialize)]
struct Comparison<'a> {
    left: usize,
    right: usize,
    links: Vec<Link<'a>>,
    only_left: &'a [String],
    only_right: &'a [String],
    closest: Nearest<'a>,
    stats: Stats,
    speakers: Vec<SpeakerSummary<'a>>,
}

impl<'a> Comparison<'a> {
    fn of(c: &'a model::Comparison) -> Self {
        let s = &c.stats;
        Comparison {
            left: c.left,
            right: c.right,
            links: c
                .links
                .iter()
                .map(|l| Link {
                    left: &l.left,
                    right: &l.right,
                    score: l.score,
                    confidence: l.confidence,
                    strength: l.strength.name(),
                    relation: match l.relation {
                        Relation::Identical => "identical",
                        Relation::Reworded => "reworded",
                        Relation::Related => "related",
                    },
                    moved: l.moved,
                    speakers_differ: l.speakers_differ,
                    diff: Piece::all(&l.diff),
                })
                .collect(),
            only_left: &c.only_left,
            only_right: &c.only_right,
            closest: Nearest(c),
            stats: Stats {
                left_statements: s.left_statements,
                right_statements: s.right_statements,
                links: s.links,
                moved: s.moved,
                identical: s.identical,
                reworded: s.reworded,
                related: s.related,
                words_same: s.words_same,
                words_left_only: s.words_left_only,
                words_right_only: s.words_right_only,
            },
            speakers: c
                .speakers
                .iter()
                .map(|p| SpeakerSummary {
                    speaker: &p.speaker,
                    sides: Sides { left: Side::of(&p.sides[0]), right: Side::of(&p.sides[1]) },
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct Link<'a> {
    left: &'a [String],
    right: &'a [String],
    score: f64,
    confidence: f64,
    strength: &'static str,
    relation: &'static str,
    moved: bool,
    speakers_differ: bool,
    diff: Vec<Piece<'a>>,
}

/// The only-in statements' closest partners, as an object keyed by the only-in statement's id,
/// in the order of `only_left` then `only_right` (a map of the model would come out in any order).
struct Nearest<'a>(&'a model::Comparison);

impl Serialize for Nearest<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let c = self.0;
        let mut map = ser.serialize_map(None)?;
        for id in c.only_left.iter().chain(&c.only_right) {
            if let Some(n) = c.closest.get(id) {
                map.serialize_entry(id, &Closest { id: &n.id, score: n.score })?;
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Closest<'a> {
    id: &'a str,
    score: f64,
}

#[derive(Serialize)]
struct Stats {
    left_statements: usize,
    right_statements: usize,
    links: usize,
    moved: usize,
    identical: usize,
    reworded: usize,
    related: usize,
    words_same: usize,
    words_left_only: usize,
    words_right_only: usize,
}

#[derive(Serialize)]
struct SpeakerSummary<'a> {
    speaker: &'a str,
    sides: Sides<'a>,
}

#[derive(Serialize)]
struct Sides<'a> {
    left: Side<'a>,
    right: Side<'a>,
}

#[derive(Serialize)]
struct Side<'a> {
    statements: &'a [String],
    given_to_others: &'a [String],
    unattributed: &'a [String],
    omitted: &'a [String],
}

impl<'a> Side<'a> {
    fn of(s: &'a model::SpeakerSide) -> Self {
        Side {
            statements: &s.statements,
            given_to_others: &s.given_to_others,
            unattributed: &s.unattributed,
            omitted: &s.omitted,
        }
    }
}

#[derive(Serialize)]
struct Point<'a> {
    cells: Vec<Cell<'a>>,
    #[serde(rename = "in")]
    in_readouts: usize,
}

#[derive(Serialize)]
struct Cell<'a> {
    readout: usize,
    statements: &'a [String],
}

impl<'a> Cell<'a> {
    fn of(c: &'a points::Cell) -> Self {
        Cell { readout: c.readout, statements: &c.statements }
    }
}

#[derive(Serialize)]
struct Terms<'a> {
    watchlist: &'a str,
    groups: Vec<Group<'a>>,
    distinctive: Vec<Distinctive<'a>>,
    alpha0: usize,
}

impl<'a> Terms<'a> {
    fn of(t: &'a terms::LoadedTerms) -> Self {
        Terms {
            watchlist: &t.watchlist,
            groups: t
                .groups
                .iter()
                .map(|g| Group {
                    name: &g.name,
                    terms: g
                        .terms
                        .iter()
                        .map(|t| Term {
                            term: &t.term,
                            counts: t
                                .counts
                                .iter()
                                .map(|c| Count {
                                    readout: c.readout,
                                    count: c.count,
                                    statements: &c.statements,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            distinctive: t
                .distinctive
                .iter()
                .map(|d| Distinctive {
                    readout: d.readout,
                    words: d
                        .words
                        .iter()
                        .map(|w| Word { word: &w.word, z: w.z, count: w.count, others: w.others })
                        .collect(),
                })
                .collect(),
            alpha0: t.alpha0,
        }
    }
}

#[derive(Serialize)]
struct Group<'a> {
    name: &'a str,
    terms: Vec<Term<'a>>,
}

#[derive(Serialize)]
struct Term<'a> {
    term: &'a str,
    counts: Vec<Count<'a>>,
}

#[derive(Serialize)]
struct Count<'a> {
    readout: usize,
    count: usize,
    statements: &'a [String],
}

#[derive(Serialize)]
struct Distinctive<'a> {
    readout: usize,
    words: Vec<Word<'a>>,
}

#[derive(Serialize)]
struct Word<'a> {
    word: &'a str,
    z: f64,
    count: usize,
    others: usize,
}
