//! Statement alignment: weigh each statement's content terms, find candidate partners through an
//! index of informative terms and the readouts' standard parts (roles), score them (shared
//! weight, the matter both address, who is speaking, a shared role), link mutual best
//! matches, keep the order-preserving backbone, fill the gaps between its links with weaker
//! matches that keep the order and sit where the backbone expects them, join split sentences
//! (1:n, n:1), give what is still alone its most likely partner, and cut any link of several
//! statements against several into one-to-many links. No step compares all pairs of statements.

mod anchors;
mod candidates;
mod chain;
pub mod closest;
mod debug;
mod gaps;
mod join;
mod likely;
mod profile;
mod roles;
mod stars;
pub mod terms;
pub mod tuning;

use crate::analyse::{Analysis, People};
use chain::heaviest_chain;
pub use chain::mark_moves;
pub use debug::{explain, pair_table};
use rustc_hash::FxHashSet as HashSet;
pub use tuning::{Tuning, tuning};

/// Statements of one readout linked to statements of the other (indices, ascending).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    pub score: f32,
    pub moved: bool,
    /// How likely the link's least likely pair is the same point, by the last pass's model
    /// (`likely.rs`): what reports call strong or weak.
    pub likely: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Alignment {
    /// In the left readout's order.
    pub links: Vec<Link>,
    pub only_left: Vec<usize>,
    pub only_right: Vec<usize>,
    /// Each statement's best-scored candidate in the other readout (left's, right's), kept so
    /// that the closest partner of an only-in statement needs no second search.
    pub best: (closest::Nearest, closest::Nearest),
}

/// Aligns the statements of two readouts, read by the analysis stage.
pub fn align(left: &[Analysis], right: &[Analysis], people: &People, opts: &Tuning) -> Alignment {
    let (nl, nr) = (left.len(), right.len());
    let cands = candidates::candidates(left, right, people);
    let lpara: Vec<usize> = left.iter().map(|a| a.paragraph).collect();
    let rpara: Vec<usize> = right.iter().map(|a| a.paragraph).collect();
    let paragraphs = (lpara.as_slice(), rpara.as_slice());
    let mut used = (vec![false; nl], vec![false; nr]);

    // 1. Anchors, and the backbone: the heaviest chain of anchors that keeps both orders. The
    // other anchors are moved points when strong enough to say so.
    let anchors = anchors::anchors(&cands, opts);
    let chain: HashSet<usize> = heaviest_chain(&anchors).into_iter().collect();
    let mut links: Vec<Link> = Vec::new();
    for (k, &(i, j, s)) in anchors.iter().enumerate() {
        if chain.contains(&k) || s >= opts.moved {
            links.push(one(&(i, j, s)));
            used.0[i] = true;
            used.1[j] = true;
        }
    }
    let backbone: Vec<Link> = anchors
        .iter()
        .enumerate()
        .filter(|(k, _)| chain.contains(k))
        .map(|(_, a)| one(a))
        .collect();

    // 2. Split points: a statement that goes with its neighbour's link.
    join::join_both(&mut links, paragraphs, &cands, &mut used, opts);

    // 3. Gaps between backbone links: weaker matches, in order, near where the backbone puts
    // them; then the same around all links, so that a block of points one side moved keeps its
    // weaker matches too. New links may have split neighbours of their own.
    for bounds in [backbone, links.clone()] {
        let fill = gaps::fill_gaps(&bounds, &cands, (&mut used.0, &mut used.1), opts);
        links.extend(fill.iter().map(one));
    }
    join::join_both(&mut links, paragraphs, &cands, &mut used, opts);
    // 4. What is still alone joins its most likely partner, if likely enough: a paraphrase or a
    // point one side split over distant places.
    let counts = likely::Counts::of(&cands);
    likely::attach(&mut links, &cands, &counts, &mut used);
    // 5. A link grown to several statements on each side is cut into the one-to-many links
    // its pairs support.
    stars::untangle(&mut links, &cands, &counts, &mut used);

    links.sort_by_key(|l| (l.left[0], l.right[0]));
    mark_moves(&mut links);
    likely::rate(&mut links, &cands, &counts);
    Alignment {
        only_left: (0..nl).filter(|&i| !used.0[i]).collect(),
        only_right: (0..nr).filter(|&j| !used.1[j]).collect(),
        links,
        best: (closest::best(&cands.left), closest::best(&cands.right)),
    }
}

fn one(&(i, j, s): &(usize, usize, f32)) -> Link {
    Link { left: vec![i], right: vec![j], score: s, moved: false, likely: 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[&str] = &[
        "The presidents discussed energy cooperation and the Heihe bridge.",
        "They agreed to expand trade in grain and fertiliser.",
        "The sides condemned illegal sanctions by Western countries.",
        "Both leaders praised the Olympic Games in Beijing.",
    ];

    use crate::model::Readout;

    fn readouts(a: &[&str], b: &[&str]) -> [Readout; 2] {
        [Readout::of("Left", "L", a), Readout::of("Right", "R", b)]
    }

    fn run(a: &[&str], b: &[&str]) -> Alignment {
        let rds = readouts(a, b);
        let an = crate::analyse::analyse(&rds, None);
        align(&an.readouts[0], &an.readouts[1], &an.people, tuning())
    }

    fn pairs(a: &Alignment) -> Vec<(Vec<usize>, Vec<usize>, bool)> {
        a.links.iter().map(|l| (l.left.clone(), l.right.clone(), l.moved)).collect()
    }

    #[test]
    fn identical_inputs_link_one_to_one_in_order() {
        let a = run(A, A);
        assert_eq!(pairs(&a), (0..4).map(|i| (vec![i], vec![i], false)).collect::<Vec<_>>());
        assert!(a.only_left.is_empty() && a.only_right.is_empty());
    }

    #[test]
    fn reorder_is_moves_only() {
        let b = [A[2], A[0], A[1], A[3]];
        let a = run(A, &b);
        assert_eq!(a.links.len(), 4);
        assert!(a.only_left.is_empty() && a.only_right.is_empty());
        let moved: Vec<_> = a.links.iter().filter(|l| l.moved).map(|l| l.left[0]).collect();
        assert_eq!(moved, vec![2]);
    }

    #[test]
    fn omission_is_only_in() {
        let b = [A[0], A[1], A[3]];
        let a = run(A, &b);
        assert_eq!(a.only_left, vec![2]);
        assert!(a.only_right.is_empty());
        assert_eq!(a.links.len(), 3);
    }

    #[test]
    fn split_is_one_to_two() {
        let b = [
            A[0],
            "They agreed to expand trade in grain.",
            "Trade in fertiliser will also expand.",
            A[2],
            A[3],
        ];
        let a = run(A, &b);
        assert!(pairs(&a).contains(&(vec![1], vec![1, 2], false)), "{:?}", pairs(&a));
        assert!(a.only_right.is_empty());
    }

    #[test]
    fn mirror_image() {
        let b = [A[3], "Energy cooperation and the Heihe bridge were discussed.", "Nothing else."];
        let ab = run(A, &b);
        let ba = run(&b, A);
        let mut flipped: Vec<_> =
            ba.links.iter().map(|l| (l.right.clone(), l.left.clone())).collect();
        flipped.sort();
        let mut direct: Vec<_> =
            ab.links.iter().map(|l| (l.left.clone(), l.right.clone())).collect();
        direct.sort();
        assert_eq!(direct, flipped);
        assert_eq!(ab.only_left, ba.only_right);
        assert_eq!(ab.only_right, ba.only_left);
    }

    /// Score of left statement `i` against right statement `j` as the aligner sees it.
    fn score(a: &[&str], b: &[&str], i: usize, j: usize) -> f32 {
        let rds = readouts(a, b);
        let an = crate::analyse::analyse(&rds, None);
        explain(&an.readouts[0], &an.readouts[1], &an.people)[i]
            .iter()
            .find(|c| c.0 == j)
            .map_or(0.0, |c| c.1)
    }

    #[test]
    fn scoring_sees_through_inflection_case_and_styles() {
        let a = [
            "The SANCTIONS imposed on U.S. firms, breaking the “cease-fire”.",
            "Weather was mild.",
        ];
        let b = ["sanction imposing on US firm breaks the ceasefire", "Nothing else here."];
        assert!(score(&a, &b, 0, 0) > 0.9, "{}", score(&a, &b, 0, 0));
    }

    #[test]
    fn rare_words_outweigh_common_ones() {
        // Both right statements share three words with the left one: boilerplate every
        // statement has, or a rare place and a number.
        let a = [
            "The two sides discussed cooperation and the Heihe bridge of 2019.",
            "The two sides discussed cooperation in energy.",
            "The two sides discussed cooperation in trade.",
        ];
        let b = [
            "The two sides discussed cooperation in finance.",
            "A bridge at Heihe opened in 2019.",
            "The two sides discussed cooperation in farming.",
        ];
        assert!(score(&a, &b, 0, 1) > 2.0 * score(&a, &b, 0, 0));
    }

    #[test]
    fn different_speakers_lower_the_score() {
        let a = [
            "Russian President Putin met Chinese President Xi.",
            "Putin said trade must grow faster.",
        ];
        let same = ["Xi met Putin.", "Putin said that trade must grow."];
        let other = ["Xi met Putin.", "Xi said that trade must grow."];
        assert!(score(&a, &same, 1, 1) > score(&a, &other, 1, 1));
    }

    #[test]
    fn the_same_matter_links_whoever_is_named_as_speaker() {
        let a = [
            "Russian President Putin held talks with Chinese President Xi.",
            "Putin said that the Heihe bridge tolls must fall.",
        ];
        let b = [
            "Chinese President Xi held talks with Russian President Putin.",
            "Xi said that the Heihe bridge will open to lorries.",
        ];
        let al = run(&a, &b);
        assert!(pairs(&al).contains(&(vec![1], vec![1], false)), "{:?}", pairs(&al));
    }

    #[test]
    fn near_synonyms_score_as_one_word() {
        let a = ["The sides discussed a truce on the Lesk.", "Weather was mild."];
        let b = ["A ceasefire on the Lesk was discussed.", "Nothing else here."];
        let c = ["A harvest on the Lesk was discussed.", "Nothing else here."];
        assert!(score(&a, &b, 0, 0) > score(&a, &c, 0, 0) + 0.2);
    }

    #[test]
    fn boilerplate_alone_does_not_link() {
        let a = [
            "The two sides will continue to maintain communication at all levels.",
            "The sides discussed the Heihe bridge.",
        ];
        let b = ["The Heihe bridge was discussed.", "The two countries are important partners."];
        assert!(score(&a, &b, 0, 1) < tuning().anchor, "{}", score(&a, &b, 0, 1));
        let al = run(&a, &b);
        assert!(!al.links.iter().any(|l| l.left == [0]), "{:?}", pairs(&al));
    }

    #[test]
    fn heaviest_chain_prefers_weight() {
        // (0,2) alone outweighs (1,0)+(2,1)
        let p = [(0, 2, 5.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![0]);
        let p = [(0, 2, 1.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![1, 2]);
    }
}
