//! Points: the statements of all the readouts that report the same point, grouped from every
//! pair's links so that the groups agree across pairs: one cell per readout.
//!
//! The pairwise links are joined greedily, strongest first (Kruskal-like): a link merges the
//! groups its statements are in only when the merged group still gives each readout one cell
//! and holds no second link of the link's own pair. A readout's statements from different
//! groups make one cell only when the link says so: they are its side of a 1:n link, or they
//! are linked one by one to the parts of such a split (two readouts that cut the point into the
//! same sentences). A weak link is also refused when it would join two statements whose own
//! comparison found a partner for neither: one faint match does not outweigh another pair's
//! finding that the point is not shared. Every statement ends up in exactly one point; a
//! statement no accepted link holds is a point of one readout.

use super::align::Alignment;
use crate::model::Readout;
use crate::model::compare::{Comparison, Link, Relation, Stats};
use crate::model::points::{Cell, Point};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Below this score a link may not override a third comparison that left both of the
/// statements it would bring together without any partner. Such scores are weak evidence: on
/// the real readout pairs measured, correct and wrong links alike scored 0.07–0.13, and only
/// correct ones above 0.2.
pub const WEAK: f64 = 0.2;

/// A statement as a number: the readout's offset plus the statement's index in it.
type Node = usize;

/// A pairwise link in the numbering the grouping uses.
struct Edge {
    score: f64,
    /// The two readouts (left, right) of its comparison.
    pair: (usize, usize),
    left: Vec<Node>,
    right: Vec<Node>,
}

/// A group being built: each readout's statements in it, and the pairs it holds a link of.
#[derive(Default)]
struct Group {
    cells: BTreeMap<usize, BTreeSet<Node>>,
    pairs: BTreeSet<(usize, usize)>,
}

/// The readouts' statements numbered one after another, and what the comparisons say.
struct Graph {
    /// First node of each readout.
    offsets: Vec<usize>,
    /// Which readout each node belongs to.
    readout_of: Vec<usize>,
    /// For each unordered pair of readouts compared, the nodes any of its links holds.
    linked: HashMap<(usize, usize), BTreeSet<Node>>,
}

impl Graph {
    fn new(readouts: &[Readout], comparisons: &[Comparison]) -> (Graph, Vec<Edge>) {
        let mut offsets = Vec::with_capacity(readouts.len());
        let mut readout_of = Vec::new();
        let mut ids: HashMap<(usize, &str), Node> = HashMap::new();
        for (r, rd) in readouts.iter().enumerate() {
            offsets.push(readout_of.len());
            for st in &rd.statements {
                ids.insert((r, st.id.as_str()), readout_of.len());
                readout_of.push(r);
            }
        }
        let mut linked: HashMap<(usize, usize), BTreeSet<Node>> = HashMap::new();
        let mut edges = Vec::new();
        for c in comparisons {
            linked.entry(key(c.left, c.right)).or_default();
            let nodes = |r: usize, list: &[String]| -> Vec<Node> {
                list.iter().filter_map(|id| ids.get(&(r, id.as_str())).copied()).collect()
            };
            for link in &c.links {
                let (left, right) = (nodes(c.left, &link.left), nodes(c.right, &link.right));
                if left.is_empty() || right.is_empty() {
                    continue;
                }
                let seen = linked.entry(key(c.left, c.right)).or_default();
                seen.extend(left.iter().chain(&right));
                edges.push(Edge { score: link.score, pair: (c.left, c.right), left, right });
            }
        }
        (Graph { offsets, readout_of, linked }, edges)
    }

    /// Whether readouts `r` and `s` were compared and no link of theirs holds any statement of
    /// `a` or `b`: that comparison found a partner for neither.
    fn unpartnered(&self, r: usize, s: usize, a: &BTreeSet<Node>, b: &BTreeSet<Node>) -> bool {
        self.linked.get(&key(r, s)).is_some_and(|l| !a.iter().chain(b).any(|n| l.contains(n)))
    }
}

/// An unordered pair of readouts as a map key.
fn key(r: usize, s: usize) -> (usize, usize) {
    (r.min(s), r.max(s))
}

/// Groups the statements of `readouts` into points from the links of `comparisons`, ordered
/// by the first readout's statement order, then the points it lacks by the next readout's
/// order, and so on. The result depends only on the inputs: ties in score go to the earlier
/// comparison and link.
pub fn points(readouts: &[Readout], comparisons: &[Comparison]) -> Vec<Point> {
    let (graph, mut edges) = Graph::new(readouts, comparisons);
    // A stable sort keeps the comparisons' and links' own order among equal scores.
    edges.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut groups: Vec<Group> = (0..graph.readout_of.len())
        .map(|n| Group {
            cells: BTreeMap::from([(graph.readout_of[n], BTreeSet::from([n]))]),
            pairs: BTreeSet::new(),
        })
        .collect();
    let mut group_of: Vec<usize> = (0..graph.readout_of.len()).collect();
    for e in &edges {
        let mut involved: Vec<usize> =
            e.left.iter().chain(&e.right).map(|&n| group_of[n]).collect();
        involved.sort_unstable();
        involved.dedup();
        if admissible(&graph, &groups, &involved, e) {
            merge(&mut groups, &mut group_of, &involved, e);
        }
    }
    collect(readouts, &graph, groups)
}

/// Whether joining the `involved` groups by edge `e` keeps one cell per readout and one link of
/// the edge's pair, and does not let a weak link overrule a third comparison.
fn admissible(graph: &Graph, groups: &[Group], involved: &[usize], e: &Edge) -> bool {
    let pair = key(e.pair.0, e.pair.1);
    if involved.iter().any(|&g| groups[g].pairs.contains(&pair)) {
        return false;
    }
    one_cell_each(groups, involved, e)
        && (e.score >= WEAK || !contradicted(graph, groups, involved))
}

/// Two groups may both hold statements of one readout only when the link says those
/// statements are one cell: either the readout is a side of the link and they are all on the
/// link's side (a 1:n link), or the link splits another readout's cell and each group's
/// statements of this readout are linked to a part of that split (a parallel split: two
/// readouts that both cut the point into the same sentences, each part linked to its twin).
fn one_cell_each(groups: &[Group], involved: &[usize], e: &Edge) -> bool {
    let mut readouts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &g in involved {
        for &r in groups[g].cells.keys() {
            readouts.entry(r).or_default().push(g);
        }
    }
    readouts.into_iter().all(|(q, gs)| {
        gs.len() < 2
            || within(groups, &gs, q, side(e, q))
            || [e.pair.0, e.pair.1].into_iter().any(|r| {
                let split = side(e, r);
                split.len() > 1
                    && within(groups, &gs, r, split)
                    && gs.iter().all(|&g| groups[g].pairs.contains(&key(r, q)))
            })
    })
}

/// The statements of readout `r` the edge holds (none when `r` is not one of its sides).
fn side(e: &Edge, r: usize) -> &[Node] {
    if r == e.pair.0 {
        &e.left
    } else if r == e.pair.1 {
        &e.right
    } else {
        &[]
    }
}

/// Whether each of the groups `gs` holds statements of readout `r`, all of them in `nodes`.
fn within(groups: &[Group], gs: &[usize], r: usize, nodes: &[Node]) -> bool {
    gs.iter().all(|&g| groups[g].cells.get(&r).is_some_and(|c| c.iter().all(|n| nodes.contains(n))))
}

/// Whether some pair of readouts across the merge, r in one group and s in another, was compared
/// and linked none of the statements of either cell: that comparison says they are not one point.
fn contradicted(graph: &Graph, groups: &[Group], involved: &[usize]) -> bool {
    for (i, &g) in involved.iter().enumerate() {
        for &h in &involved[i + 1..] {
            for (&r, rc) in &groups[g].cells {
                for (&s, sc) in &groups[h].cells {
                    if r != s && graph.unpartnered(r, s, rc, sc) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Moves every involved group into the first one and records the edge's pair there.
fn merge(groups: &mut [Group], group_of: &mut [usize], involved: &[usize], e: &Edge) {
    let into = involved[0];
    for &g in &involved[1..] {
        let moved = std::mem::take(&mut groups[g]);
        for (r, cell) in moved.cells {
            for &n in &cell {
                group_of[n] = into;
            }
            groups[into].cells.entry(r).or_default().extend(cell);
        }
        groups[into].pairs.extend(moved.pairs);
    }
    groups[into].pairs.insert(key(e.pair.0, e.pair.1));
}

/// The non-empty groups as points, in reading order.
fn collect(readouts: &[Readout], graph: &Graph, groups: Vec<Group>) -> Vec<Point> {
    let mut keyed: Vec<((usize, Node), Point)> = groups
        .into_iter()
        .filter(|g| !g.cells.is_empty())
        .map(|g| {
            // Cells are keyed by readout and nodes sorted, so the first is the sort key.
            let (&r, first) = g.cells.iter().next().expect("non-empty group");
            let order = (r, *first.iter().next().expect("non-empty cell"));
            let cells: Vec<Cell> = g
                .cells
                .iter()
                .map(|(&r, nodes)| Cell {
                    readout: r,
                    statements: nodes
                        .iter()
                        .map(|&n| readouts[r].statements[n - graph.offsets[r]].id.clone())
                        .collect(),
                })
                .collect();
            (order, Point { in_readouts: cells.len(), cells })
        })
        .collect();
    keyed.sort_by_key(|(order, _)| *order);
    keyed.into_iter().map(|(_, p)| p).collect()
}

/// A pair's alignment as the comparison the grouping reads: statement ids and scores (rounded
/// as reports give them, so ties fall as they would on the finished comparison), nothing else.
pub fn skeleton(rds: (&Readout, &Readout), (li, ri): (usize, usize), a: &Alignment) -> Comparison {
    let ids = |rd: &Readout, idx: &[usize]| -> Vec<String> {
        idx.iter().map(|&i| rd.statements[i].id.clone()).collect()
    };
    Comparison {
        left: li,
        right: ri,
        links: a
            .links
            .iter()
            .map(|l| {
                let (score, confidence) = (super::rounded(l.score), super::rounded(l.likely));
                Link {
                    left: ids(rds.0, &l.left),
                    right: ids(rds.1, &l.right),
                    score,
                    confidence,
                    strength: super::strength(score, confidence),
                    relation: Relation::Related,
                    moved: l.moved,
                    speakers_differ: false,
                    diff: Vec::new(),
                }
            })
            .collect(),
        only_left: ids(rds.0, &a.only_left),
        only_right: ids(rds.1, &a.only_right),
        closest: Default::default(),
        stats: Stats::default(),
        speakers: Vec::new(),
    }
}

/// Keeps of the alignment of readouts `li` and `ri` only the links whose statements `points`
/// puts in one point; the statements of the others become only-in statements of the pair. So a
/// link the grouping refused (it would have given a point two cells of one readout, or a weak
/// link another comparison contradicts) is not shown as a link in the pair either.
pub fn keep_agreeing(
    readouts: &[Readout],
    points: &[Point],
    (li, ri): (usize, usize),
    a: &mut Alignment,
) {
    let mut point_of: HashMap<(usize, &str), usize> = HashMap::new();
    for (k, p) in points.iter().enumerate() {
        for c in &p.cells {
            for id in &c.statements {
                point_of.insert((c.readout, id.as_str()), k);
            }
        }
    }
    let of =
        |r: usize, i: usize| point_of.get(&(r, readouts[r].statements[i].id.as_str())).copied();
    let (mut only_left, mut only_right) =
        (std::mem::take(&mut a.only_left), std::mem::take(&mut a.only_right));
    a.links.retain(|l| {
        let first = of(li, l.left[0]);
        let one = first.is_some()
            && l.left
                .iter()
                .map(|&i| of(li, i))
                .chain(l.right.iter().map(|&j| of(ri, j)))
                .all(|p| p == first);
        if !one {
            only_left.extend(&l.left);
            only_right.extend(&l.right);
        }
        one
    });
    only_left.sort_unstable();
    only_right.sort_unstable();
    (a.only_left, a.only_right) = (only_left, only_right);
    // A dropped link may have been what put another out of order.
    crate::compare::align::mark_moves(&mut a.links);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::align;
    use crate::model::points::tally;

    /// A readout with statements `{prefix}1..={n}`.
    fn readout(prefix: &str, n: usize) -> Readout {
        let texts: Vec<String> = (1..=n).map(|i| format!("Statement {i}.")).collect();
        Readout::of(prefix, prefix, &texts.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// A comparison of readouts `l` and `r` with links given as (left ids, right ids, score).
    fn comparison(l: usize, r: usize, links: &[(&[&str], &[&str], f64)]) -> Comparison {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Comparison {
            left: l,
            right: r,
            links: links
                .iter()
                .map(|(a, b, score)| Link {
                    left: ids(a),
                    right: ids(b),
                    score: *score,
                    confidence: *score,
                    strength: crate::compare::strength(*score, *score),
                    relation: Relation::Related,
                    moved: false,
                    speakers_differ: false,
                    diff: vec![],
                })
                .collect(),
            only_left: vec![],
            only_right: vec![],
            closest: Default::default(),
            stats: Stats::default(),
            speakers: vec![],
        }
    }

    /// Points as strings like "A1+A2|B3|-" (one field per readout, "-" for no cell).
    fn show(points: &[Point], n: usize) -> Vec<String> {
        points
            .iter()
            .map(|p| {
                (0..n)
                    .map(|r| p.cell(r).map_or("-".to_string(), |c| c.statements.join("+")))
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    fn three() -> Vec<Readout> {
        vec![readout("A", 4), readout("B", 4), readout("C", 4)]
    }

    /// Every statement is in exactly one point, each point has at most one cell per readout,
    /// and `in` counts the cells.
    fn assert_partition(readouts: &[Readout], points: &[Point]) {
        let mut seen = BTreeSet::new();
        for p in points {
            assert_eq!(p.in_readouts, p.cells.len());
            let rs: BTreeSet<usize> = p.cells.iter().map(|c| c.readout).collect();
            assert_eq!(rs.len(), p.cells.len(), "two cells of one readout: {p:?}");
            for c in &p.cells {
                assert!(!c.statements.is_empty());
                for id in &c.statements {
                    assert!(seen.insert(id.clone()), "{id} in two points");
                }
            }
        }
        let all: usize = readouts.iter().map(|r| r.statements.len()).sum();
        assert_eq!(seen.len(), all, "some statement is in no point");
    }

    #[test]
    fn all_three_two_and_one() {
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.6), (&["A2"], &["B3"], 0.5)]),
            comparison(0, 2, &[(&["A1"], &["C2"], 0.4)]),
            comparison(1, 2, &[(&["B1"], &["C2"], 0.3), (&["B4"], &["C4"], 0.7)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert_eq!(
            show(&pts, 3),
            [
                "A1|B1|C2", // all three
                "A2|B3|-",  // two
                "A3|-|-",   // one
                "A4|-|-", "-|B2|-", "-|B4|C4", "-|-|C1", "-|-|C3",
            ]
        );
        assert_eq!(tally(&pts, 3), (1, 2, 5));
        assert_eq!(pts[0].in_readouts, 3);
    }

    #[test]
    fn a_conflicting_link_is_dropped_by_score() {
        // A1~B1 and B1~C1 make one point; A1~C2 would give it a second cell of C, so the
        // weaker of the links that disagree goes, whatever the order they come in.
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.5)]),
            comparison(0, 2, &[(&["A1"], &["C2"], 0.3)]),
            comparison(1, 2, &[(&["B1"], &["C1"], 0.4)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert_eq!(show(&pts[..1], 3), ["A1|B1|C1"]);
        assert!(show(&pts, 3).contains(&"-|-|C2".to_string()));

        // Make A1~C2 the strongest: now it wins and B1~C1 is dropped.
        let cs = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.5)]),
            comparison(0, 2, &[(&["A1"], &["C2"], 0.9)]),
            comparison(1, 2, &[(&["B1"], &["C1"], 0.4)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert_eq!(show(&pts[..1], 3), ["A1|B1|C2"]);
        assert!(show(&pts, 3).contains(&"-|-|C1".to_string()));
    }

    #[test]
    fn a_split_is_one_cell_and_a_second_link_of_a_pair_is_refused() {
        // B2+B3 is one cell (a 1:n link). C1 links B2 and C2 links B3 in the B–C comparison:
        // one point cannot hold two B–C links, so the weaker (B3~C2) stays out.
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A2"], &["B2", "B3"], 0.6)]),
            comparison(0, 2, &[]),
            comparison(1, 2, &[(&["B2"], &["C1"], 0.5), (&["B3"], &["C2"], 0.45)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert!(show(&pts, 3).contains(&"A2|B2+B3|C1".to_string()), "{:?}", show(&pts, 3));
        assert!(show(&pts, 3).contains(&"-|-|C2".to_string()));
    }

    #[test]
    fn a_link_joining_a_split_cell_merges_its_parts() {
        // B2 is already with C1; the 1:n link A2 ~ B2+B3 brings B3 into the same cell.
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A2"], &["B2", "B3"], 0.4)]),
            comparison(0, 2, &[(&["A2"], &["C1"], 0.3)]),
            comparison(1, 2, &[(&["B2"], &["C1"], 0.6)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert!(show(&pts, 3).contains(&"A2|B2+B3|C1".to_string()), "{:?}", show(&pts, 3));
    }

    #[test]
    fn parallel_splits_make_one_cell_each() {
        // B and C both cut the point into two sentences, linked part by part; A says it in one
        // sentence, which B's comparison links to both parts. All of it is one point.
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A3"], &["B2", "B3"], 0.4)]),
            comparison(0, 2, &[]),
            comparison(1, 2, &[(&["B2"], &["C2"], 0.9), (&["B3"], &["C3"], 0.8)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert!(show(&pts, 3).contains(&"A3|B2+B3|C2+C3".to_string()), "{:?}", show(&pts, 3));
        // Two neighbouring points of B and C that a 1:1 link would bridge stay two points.
        let cs = vec![
            comparison(0, 1, &[(&["A3"], &["B2"], 0.4)]),
            comparison(0, 2, &[(&["A3"], &["C3"], 0.3)]),
            comparison(1, 2, &[(&["B2"], &["C2"], 0.9), (&["B3"], &["C3"], 0.8)]),
        ];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert!(show(&pts, 3).contains(&"A3|B2|C2".to_string()), "{:?}", show(&pts, 3));
        assert!(show(&pts, 3).contains(&"-|B3|C3".to_string()), "{:?}", show(&pts, 3));
    }

    #[test]
    fn a_weak_link_does_not_overrule_a_third_comparison() {
        // A1~B1 is strong. A weak B1~C1 would make C1 the same point as A1, but the A–C
        // comparison found a partner for neither A1 nor C1: C1 stays alone.
        let rd = three();
        let weak = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.5)]),
            comparison(0, 2, &[(&["A2"], &["C2"], 0.5)]),
            comparison(1, 2, &[(&["B1"], &["C1"], WEAK / 2.0)]),
        ];
        let pts = points(&rd, &weak);
        assert_partition(&rd, &pts);
        assert_eq!(show(&pts[..1], 3), ["A1|B1|-"]);
        // A strong B1~C1 is trusted over the A–C comparison's miss.
        let strong = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.5)]),
            comparison(0, 2, &[(&["A2"], &["C2"], 0.5)]),
            comparison(1, 2, &[(&["B1"], &["C1"], 0.4)]),
        ];
        assert_eq!(show(&points(&rd, &strong)[..1], 3), ["A1|B1|C1"]);
        // A weak link between two statements no third comparison has seen is kept.
        let lone = vec![
            comparison(0, 1, &[]),
            comparison(0, 2, &[]),
            comparison(1, 2, &[(&["B1"], &["C1"], WEAK / 2.0)]),
        ];
        assert!(show(&points(&rd, &lone), 3).contains(&"-|B1|C1".to_string()));
    }

    #[test]
    fn grouping_is_deterministic_and_ties_go_to_the_earlier_link() {
        let rd = three();
        // A1~B1 and A1~C1 ... every link scores the same; B1~C2 conflicts with A1~C1.
        let cs = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.5)]),
            comparison(0, 2, &[(&["A1"], &["C1"], 0.5)]),
            comparison(1, 2, &[(&["B1"], &["C2"], 0.5)]),
        ];
        let first = points(&rd, &cs);
        for _ in 0..20 {
            assert_eq!(points(&rd, &cs), first);
        }
        assert_eq!(show(&first[..1], 3), ["A1|B1|C1"]);
    }

    #[test]
    fn pairs_keep_only_the_links_the_points_hold() {
        // A1~B1 strong, A1~C1 strong; B1~C2 would give the point a second cell of C, so the
        // points refuse it, and the B–C pair must not show it either: B1 and C2 become only-in
        // there, while B2~C3, a point of its own, stays.
        let rd = three();
        let cs = vec![
            comparison(0, 1, &[(&["A1"], &["B1"], 0.6)]),
            comparison(0, 2, &[(&["A1"], &["C1"], 0.5)]),
            comparison(1, 2, &[(&["B1"], &["C2"], 0.3), (&["B2"], &["C3"], 0.4)]),
        ];
        let pts = points(&rd, &cs);
        let link = |l: usize, r: usize, s: f32| align::Link {
            left: vec![l],
            right: vec![r],
            score: s,
            moved: false,
            likely: s,
        };
        // B2~C3 came out moved beside B1~C2; alone, it is in order again.
        let mut out_of_order = link(1, 2, 0.4);
        out_of_order.moved = true;
        let mut bc = Alignment {
            links: vec![link(0, 1, 0.3), out_of_order],
            only_left: vec![2, 3],
            only_right: vec![0, 3],
            best: Default::default(),
        };
        keep_agreeing(&rd, &pts, (1, 2), &mut bc);
        assert_eq!(bc.links, vec![link(1, 2, 0.4)]);
        assert_eq!(bc.only_left, vec![0, 2, 3]);
        assert_eq!(bc.only_right, vec![0, 1, 3]);
        // The A–B pair's link is in the points: nothing changes.
        let mut ab = Alignment {
            links: vec![link(0, 0, 0.6)],
            only_left: vec![1, 2, 3],
            only_right: vec![1, 2, 3],
            best: Default::default(),
        };
        let before = ab.clone();
        keep_agreeing(&rd, &pts, (0, 1), &mut ab);
        assert_eq!(ab, before);
    }

    #[test]
    fn two_readouts_give_the_links_and_the_only_ins() {
        let rd = vec![readout("A", 3), readout("B", 2)];
        let cs = vec![comparison(0, 1, &[(&["A1", "A2"], &["B2"], 0.5)])];
        let pts = points(&rd, &cs);
        assert_partition(&rd, &pts);
        assert_eq!(show(&pts, 2), ["A1+A2|B2", "A3|-", "-|B1"]);
        assert_eq!(tally(&pts, 2), (1, 0, 2));
    }
}
