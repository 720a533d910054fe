//! Statement alignment: weigh each statement's content terms, find candidate partners through an
//! index of informative terms, score them (shared weight, who is speaking), link mutual best
//! matches, keep the order-preserving backbone, fill the gaps between its links with weaker
//! matches that keep the order and sit where the backbone expects them, then join split
//! sentences (1:n, n:1). No step compares all pairs of statements.

use crate::analyse::speaker::{Agreement, People, Speaker};
use crate::par;
use crate::text;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Knobs of the aligner. The defaults were tuned on real readout pairs (see README, "Quality").
#[derive(Debug, Clone)]
pub struct Options {
    /// Least similarity for a mutual best match to anchor the alignment.
    pub anchor: f32,
    /// Similarity from which a mutual best match anchors whatever its rivals score.
    pub sure: f32,
    /// Below `sure`, how many times its best rival's score an anchor must reach on both sides:
    /// a match with a near-equal alternative is left for the order to decide.
    pub margin: f32,
    /// Least position-weighted similarity for a match between two anchors.
    pub gap: f32,
    /// How much a match between anchors depends on sitting where they put it (0: not at all;
    /// 1: a match far off the line between them counts for nothing).
    pub position: f32,
    /// Least similarity for a match out of order (a moved point); higher, since reordering needs
    /// more evidence than a match in place.
    pub moved: f32,
    /// Least share of a statement's weight found in a neighbour's partner to join that link.
    pub join: f32,
    /// Least score with its best partner for a statement to join that partner's link from
    /// elsewhere in its paragraph.
    pub join_sim: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            anchor: 0.12,
            sure: 0.25,
            margin: 1.3,
            gap: 0.065,
            position: 0.7,
            moved: 0.25,
            join: 0.35,
            join_sim: 0.07,
        }
    }
}

/// One readout's statements as the aligner sees them.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub texts: Vec<&'a str>,
    pub speakers: Vec<Speaker>,
    pub paragraphs: Vec<usize>,
}

impl<'a> Input<'a> {
    /// Statements with their speakers found from the text (each statement its own paragraph
    /// unless `paragraphs` says otherwise).
    pub fn new(texts: Vec<&'a str>, paragraphs: Option<&[usize]>) -> Self {
        let paragraphs =
            paragraphs.map(<[usize]>::to_vec).unwrap_or_else(|| (0..texts.len()).collect());
        let speakers = crate::analyse::speaker::detect(&texts, &paragraphs);
        Input { texts, speakers, paragraphs }
    }
}

/// Statements of one readout linked to statements of the other (indices, ascending).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    pub score: f32,
    pub moved: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Alignment {
    /// In the left readout's order.
    pub links: Vec<Link>,
    pub only_left: Vec<usize>,
    pub only_right: Vec<usize>,
}

/// A statement as a weighted set of term ids, sorted by id.
#[derive(Debug, Clone, Default)]
struct Profile {
    terms: Vec<(u32, f32)>,
    total: f32,
}

/// Candidate partners kept per statement; enough for splits and paraphrase, small enough that
/// the work stays linear in the number of statements.
const CANDIDATES: usize = 12;

/// Terms in more statements than this are too common to find candidates through (they still
/// count in the similarity of candidates found otherwise).
fn posting_cap(n: usize) -> usize {
    64.max(n / 100)
}

/// How much the speakers of two statements change the odds that they report the same point.
fn speaker_factor(a: Agreement) -> f32 {
    match a {
        Agreement::Same => 1.2,
        Agreement::SameSide => 1.1,
        // Each side puts its own words in its own leader's mouth: a point one readout gives to
        // one side and the other to the other side is rarely the same point.
        Agreement::Different => 0.45,
        Agreement::Unknown => 1.0,
    }
}

/// Scored candidate pairs: for each statement of either side its best partners.
struct Candidates {
    lp: Vec<Profile>,
    rp: Vec<Profile>,
    /// Per left statement: (right index, score), best first.
    left: Vec<Vec<(usize, f32)>>,
    /// Per right statement: (left index, score), best first.
    right: Vec<Vec<(usize, f32)>>,
}

pub fn align(left: &Input, right: &Input, people: &People, opts: &Options) -> Alignment {
    let (nl, nr) = (left.texts.len(), right.texts.len());
    let cands = candidates(left, right, people);
    let mut used = (vec![false; nl], vec![false; nr]);

    // 1. Anchors, and the backbone: the heaviest chain of anchors that keeps both orders. The
    // other anchors are moved points when strong enough to say so.
    let anchors = anchors(&cands, opts);
    let chain: HashSet<usize> = heaviest_chain(&anchors).into_iter().collect();
    let mut links: Vec<Link> = Vec::new();
    for (k, &(i, j, s)) in anchors.iter().enumerate() {
        if chain.contains(&k) || s >= opts.moved {
            links.push(Link { left: vec![i], right: vec![j], score: s, moved: false });
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
    join_both(&mut links, left, right, &cands, &mut used, opts);

    // 3. Gaps between backbone links: weaker matches, in order, near where the backbone puts
    // them; then the same around all links, so that a block of points one side moved keeps its
    // weaker matches too. New links may have split neighbours of their own.
    for bounds in [backbone, links.clone()] {
        let fill = fill_gaps(&bounds, &cands, (&mut used.0, &mut used.1), opts);
        links.extend(fill.iter().map(one));
    }
    join_both(&mut links, left, right, &cands, &mut used, opts);

    links.sort_by_key(|l| (l.left[0], l.right[0]));
    mark_moves(&mut links);
    Alignment {
        only_left: (0..nl).filter(|&i| !used.0[i]).collect(),
        only_right: (0..nr).filter(|&j| !used.1[j]).collect(),
        links,
    }
}

fn one(&(i, j, s): &(usize, usize, f32)) -> Link {
    Link { left: vec![i], right: vec![j], score: s, moved: false }
}

/// Mutual best matches that stand out from each side's next best, unless they are strong in
/// themselves.
fn anchors(cands: &Candidates, opts: &Options) -> Vec<(usize, usize, f32)> {
    let second = |list: &[(usize, f32)]| list.get(1).map_or(0.0, |c| c.1);
    let mut out = Vec::new();
    for (i, list) in cands.left.iter().enumerate() {
        if let Some(&(j, s)) = list.first()
            && s >= opts.anchor
            && cands.right[j].first().is_some_and(|&(bi, _)| bi == i)
            && (s >= opts.sure || s >= opts.margin * second(list).max(second(&cands.right[j])))
        {
            out.push((i, j, s));
        }
    }
    out
}

/// The joining pass on both readouts' sides.
fn join_both(
    links: &mut [Link],
    left: &Input,
    right: &Input,
    cands: &Candidates,
    used: &mut (Vec<bool>, Vec<bool>),
    opts: &Options,
) {
    let own = Own {
        profiles: &cands.lp,
        paragraphs: &left.paragraphs,
        cands: &cands.left,
        side: Side::Left,
    };
    join_neighbours(links, own, &cands.rp, &mut used.0, opts);
    let own = Own {
        profiles: &cands.rp,
        paragraphs: &right.paragraphs,
        cands: &cands.right,
        side: Side::Right,
    };
    join_neighbours(links, own, &cands.lp, &mut used.1, opts);
}

/// Links unlinked statements between each two consecutive `links` that keep both orders,
/// weighing each candidate by how well it sits between them; marks them used. Links are taken
/// consecutive in the left readout's order and in the right's, and the proposals of all gaps are
/// accepted strongest first, so that comparing B with A finds what comparing A with B finds.
fn fill_gaps(
    links: &[Link],
    cands: &Candidates,
    used: (&mut [bool], &mut [bool]),
    opts: &Options,
) -> Vec<(usize, usize, f32)> {
    let (nl, nr) = (used.0.len(), used.1.len());
    type Span = ((isize, isize), (isize, isize));
    let mut spans: Vec<Span> = links
        .iter()
        .map(|l| {
            let (lo_l, hi_l) = (l.left[0] as isize, *l.left.last().unwrap_or(&l.left[0]) as isize);
            let (lo_r, hi_r) =
                (l.right[0] as isize, *l.right.last().unwrap_or(&l.right[0]) as isize);
            ((lo_l, lo_r), (hi_l, hi_r))
        })
        .collect();
    let ends: [Span; 2] =
        [((-1, -1), (-1, -1)), ((nl as isize, nr as isize), (nl as isize, nr as isize))];
    let mut gaps: Vec<((isize, isize), (isize, isize))> = Vec::new();
    for by_right in [false, true] {
        spans.sort_by_key(|s| if by_right { ((s.0).1, (s.0).0) } else { s.0 });
        let bounds: Vec<Span> = std::iter::once(ends[0])
            .chain(spans.iter().copied())
            .chain(std::iter::once(ends[1]))
            .collect();
        for w in bounds.windows(2) {
            let (lo, hi) = (w[0].1, w[1].0);
            if lo.0 < hi.0 && lo.1 < hi.1 && !gaps.contains(&(lo, hi)) {
                gaps.push((lo, hi));
            }
        }
    }
    let mut proposals: Vec<(usize, usize, f32)> = Vec::new();
    for (lo, hi) in gaps {
        let gap = Gap { lo, hi, n: (nl, nr) };
        let mut gap_pairs = Vec::new();
        for i in (gap.lo.0 + 1)..gap.hi.0 {
            let i = i as usize;
            if used.0[i] {
                continue;
            }
            for &(j, s) in &cands.left[i] {
                if (j as isize) > gap.lo.1 && (j as isize) < gap.hi.1 && !used.1[j] {
                    let w = s * ((1.0 - opts.position) + opts.position * gap.closeness(i, j));
                    if w >= opts.gap {
                        gap_pairs.push((i, j, w));
                    }
                }
            }
        }
        proposals.extend(heaviest_chain(&gap_pairs).into_iter().map(|k| gap_pairs[k]));
    }
    proposals.sort_by(|a, b| {
        b.2.total_cmp(&a.2).then((a.0.min(a.1), a.0.max(a.1)).cmp(&(b.0.min(b.1), b.0.max(b.1))))
    });
    let mut fill = Vec::new();
    for (i, j, w) in proposals {
        if !used.0[i] && !used.1[j] {
            used.0[i] = true;
            used.1[j] = true;
            fill.push((i, j, w));
        }
    }
    fill
}

/// The stretch between two backbone links, where unlinked statements may still pair up.
struct Gap {
    lo: (isize, isize),
    hi: (isize, isize),
    n: (usize, usize),
}

impl Gap {
    /// How well (i, j) sits where the surrounding links put it, 0..1: near the line between two
    /// links, or at the same distance from the one link next to an open end.
    fn closeness(&self, i: usize, j: usize) -> f32 {
        let (i, j) = (i as f32, j as f32);
        let (l0, r0) = (self.lo.0 as f32, self.lo.1 as f32);
        let (l1, r1) = (self.hi.0 as f32, self.hi.1 as f32);
        let open_lo = self.lo.0 < 0;
        let open_hi = self.hi.0 >= self.n.0 as isize;
        match (open_lo, open_hi) {
            (true, true) => 1.0 - (i / self.n.0.max(1) as f32 - j / self.n.1.max(1) as f32).abs(),
            (true, false) => 1.0 / (1.0 + ((l1 - i) - (r1 - j)).abs()),
            (false, true) => 1.0 / (1.0 + ((i - l0) - (j - r0)).abs()),
            (false, false) => 1.0 - ((i - l0) / (l1 - l0) - (j - r0) / (r1 - r0)).abs(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// One readout's side of the joining pass.
struct Own<'a> {
    profiles: &'a [Profile],
    paragraphs: &'a [usize],
    cands: &'a [Vec<(usize, f32)>],
    side: Side,
}

/// Joins each unlinked statement to a link of a nearby statement of its own readout, when one
/// readout split what the other said at once: most of its weight is found in that link's other
/// side (an adjacent statement), or its best partner is in that link and it sits in the same
/// paragraph. A statement between two statements of one link, in one paragraph, joins too.
fn join_neighbours(
    links: &mut [Link],
    own: Own,
    other: &[Profile],
    used: &mut [bool],
    opts: &Options,
) {
    let side_of = |l: &Link| if own.side == Side::Left { l.left.clone() } else { l.right.clone() };
    let partners_of =
        |l: &Link| if own.side == Side::Left { l.right.clone() } else { l.left.clone() };
    let mut link_of: HashMap<usize, usize> = HashMap::default();
    for (k, l) in links.iter().enumerate() {
        for i in side_of(l) {
            link_of.insert(i, k);
        }
    }
    let n = own.profiles.len();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for i in (0..n).filter(|&i| !used[i]) {
        // Its best partner, when that one stands out from the rest.
        let runner_up = own.cands[i].get(1).map_or(0.0, |c| c.1);
        let best_partner =
            own.cands[i].first().copied().filter(|&(_, s)| s >= opts.margin * runner_up);
        let mut best: Option<(usize, f32)> = None;
        for d in 1..=3usize {
            for nb in [i.wrapping_sub(d), i + d] {
                let Some(&k) = link_of.get(&nb) else { continue };
                let same_para = own.paragraphs[nb] == own.paragraphs[i];
                if d > 1 && !same_para {
                    continue;
                }
                let partners = partners_of(&links[k]);
                let cover = coverage(&own.profiles[i], partners.iter().map(|&p| &other[p]));
                let by_cover = d == 1 && cover >= opts.join;
                let by_best = same_para
                    && best_partner
                        .is_some_and(|(p, s)| partners.contains(&p) && s >= opts.join_sim);
                if (by_cover || by_best) && best.is_none_or(|b| cover > b.1) {
                    best = Some((k, cover));
                }
            }
        }
        if let Some((k, _)) = best {
            joins.push((i, k));
        }
    }
    for (i, k) in joins {
        add(&mut links[k], i, own.side);
        used[i] = true;
        link_of.insert(i, k);
    }
    let sandwiched: Vec<usize> = (1..n.saturating_sub(1))
        .filter(|&i| {
            !used[i] && own.paragraphs[i - 1..=i + 1].iter().all(|&p| p == own.paragraphs[i])
        })
        .collect();
    for i in sandwiched {
        if let (Some(&a), Some(&b)) = (link_of.get(&(i - 1)), link_of.get(&(i + 1)))
            && a == b
        {
            add(&mut links[a], i, own.side);
            used[i] = true;
        }
    }
}

fn add(link: &mut Link, i: usize, side: Side) {
    let v = if side == Side::Left { &mut link.left } else { &mut link.right };
    v.push(i);
    v.sort_unstable();
}

/// Share of `a`'s term weight that the statements `others` also have.
fn coverage<'a>(a: &Profile, others: impl Iterator<Item = &'a Profile>) -> f32 {
    let theirs: HashSet<u32> = others.flat_map(|p| p.terms.iter().map(|t| t.0)).collect();
    let total: f32 = a.terms.iter().map(|t| t.1).sum();
    if total == 0.0 {
        return 0.0;
    }
    a.terms.iter().filter(|t| theirs.contains(&t.0)).map(|t| t.1).sum::<f32>() / total
}

/// Marks links outside the largest order-preserving set as moved (longest increasing
/// subsequence of right positions, links taken in left order).
fn mark_moves(links: &mut [Link]) {
    let keys: Vec<(usize, usize, f32)> =
        links.iter().map(|l| (l.left[0], l.right[0], 1.0)).collect();
    let keep: HashSet<usize> = heaviest_chain(&keys).into_iter().collect();
    for (k, l) in links.iter_mut().enumerate() {
        l.moved = !keep.contains(&k);
    }
}

/// Indices of the subset of pairs `(i, j, w)` with strictly increasing i and j and the greatest
/// total weight. O(n log n): pairs sorted by i, a Fenwick tree of best chain ends by j.
fn heaviest_chain(pairs: &[(usize, usize, f32)]) -> Vec<usize> {
    if pairs.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    // Equal i: higher j first, so two pairs of one left statement never chain.
    order.sort_by(|&a, &b| pairs[a].0.cmp(&pairs[b].0).then(pairs[b].1.cmp(&pairs[a].1)));
    let mut js: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    js.sort_unstable();
    js.dedup();
    let rank = |j: usize| js.binary_search(&j).unwrap_or(0);
    let n = js.len();
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); n + 1];
    let mut best_at = vec![(0.0f64, usize::MAX); pairs.len()];
    for &p in &order {
        let r = rank(pairs[p].1);
        // best chain ending at a j strictly below this one
        let mut q = r;
        let mut best = (0.0, usize::MAX);
        while q > 0 {
            if tree[q].0 > best.0 {
                best = tree[q];
            }
            q &= q - 1;
        }
        let total = best.0 + pairs[p].2.max(1e-6) as f64;
        best_at[p] = (total, best.1);
        let mut q = r + 1;
        while q <= n {
            if total > tree[q].0 {
                tree[q] = (total, p);
            }
            q += q & q.wrapping_neg();
        }
    }
    let mut end = (0..pairs.len()).max_by(|&a, &b| best_at[a].0.total_cmp(&best_at[b].0)).unwrap();
    let mut out = vec![end];
    while best_at[end].1 != usize::MAX {
        end = best_at[end].1;
        out.push(end);
    }
    out.reverse();
    out
}

/// Term profiles of both readouts, weighted by inverse statement frequency over both, raised
/// for names of places and things and for numbers, lowered for boilerplate and for the names of
/// the people speaking (who speaks is weighed separately, by [`speaker_factor`]).
fn profiles(left: &[&str], right: &[&str], people: &People) -> (Vec<Profile>, Vec<Profile>) {
    let split = |side: &[&str]| side.iter().map(|s| text::words(s)).collect::<Vec<_>>();
    let (lw, rw) = par::both(|| split(left), || split(right));
    // Joined forms of hyphenated compounds count only when the plain word occurs somewhere.
    let plain: HashSet<&str> = lw
        .iter()
        .chain(&rw)
        .flatten()
        .map(|w| w.lower.as_str())
        .filter(|w| !w.contains('-'))
        .collect();
    let joined = |w: &str| plain.contains(w);
    let persons: HashSet<String> = people.name_words().map(text::stem).collect();
    let parties = people.countries();
    let analyse = |side: &[Vec<text::Word>]| {
        side.iter().map(|ws| text::terms_of_words(ws, &joined)).collect::<Vec<_>>()
    };
    let (mut all, rt) = par::both(|| analyse(&lw), || analyse(&rw));
    all.extend(rt);
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut df: Vec<u32> = Vec::new();
    let mut name: Vec<bool> = Vec::new();
    let mut sets: Vec<Vec<(u32, &text::Term)>> = Vec::with_capacity(all.len());
    for ts in &all {
        let mut set: Vec<(u32, &text::Term)> = Vec::new();
        for t in ts {
            let next = ids.len() as u32;
            let id = *ids.entry(t.key.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
                name.push(false);
            }
            if t.proper {
                name[id as usize] = true;
            }
            if !set.iter().any(|(x, _)| *x == id) {
                set.push((id, t));
            }
        }
        for (id, _) in &set {
            df[*id as usize] += 1;
        }
        sets.push(set);
    }
    let n = all.len() as f32;
    let mut out: Vec<Profile> = sets
        .into_iter()
        .map(|set| {
            let mut terms: Vec<(u32, f32)> = set
                .into_iter()
                .map(|(id, t)| {
                    let mut w = ((n + 1.0) / (df[id as usize] as f32 + 0.5)).ln().max(0.05);
                    if persons.contains(&t.key) {
                        w *= 0.3;
                    } else if name[id as usize] && !t.key.starts_with('@') {
                        // A name of a place or thing is telling; a country or office is not.
                        w *= 1.5;
                    }
                    if t.number {
                        w *= 1.5;
                    }
                    if t.common || parties.contains(t.key.as_str()) || t.key == "@leader" {
                        w *= 0.4;
                    }
                    (id, w)
                })
                .collect();
            terms.sort_by_key(|t| t.0);
            let total = terms.iter().map(|t| t.1).sum::<f32>();
            Profile { terms, total }
        })
        .collect();
    let rp = out.split_off(left.len());
    (out, rp)
}

/// Weight the two statements share, as a share of their mean weight (weighted Dice, 0..1).
fn similarity(a: &Profile, b: &Profile) -> f32 {
    if a.total == 0.0 || b.total == 0.0 {
        return 0.0;
    }
    let (mut x, mut y, mut shared) = (0, 0, 0.0);
    while x < a.terms.len() && y < b.terms.len() {
        let (ia, wa) = a.terms[x];
        let (ib, wb) = b.terms[y];
        match ia.cmp(&ib) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += wa + wb;
                x += 1;
                y += 1;
            }
        }
    }
    shared / (a.total + b.total)
}

/// For each statement on either side, its best candidates on the other (best first), found
/// through an inverted index of the terms that are not too common. The same pairs are scored
/// from both sides, so comparing B with A mirrors comparing A with B.
fn candidates(left: &Input, right: &Input, people: &People) -> Candidates {
    let (lp, rp) = profiles(&left.texts, &right.texts, people);
    let cap = posting_cap(lp.len() + rp.len());
    let mut pairs: HashMap<(usize, usize), f32> = HashMap::default();
    for (from, to, flip) in [(&lp, &rp, false), (&rp, &lp, true)] {
        let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
        for (j, p) in to.iter().enumerate() {
            for &(id, _) in &p.terms {
                index.entry(id).or_default().push(j);
            }
        }
        let mut seen: HashMap<usize, f32> = HashMap::default();
        for (i, p) in from.iter().enumerate() {
            seen.clear();
            for &(id, w) in &p.terms {
                if let Some(post) = index.get(&id).filter(|post| post.len() <= cap) {
                    for &j in post {
                        *seen.entry(j).or_default() += w;
                    }
                }
            }
            // Rank by the rare terms shared, then score the best few fully.
            let mut rough: Vec<(usize, f32)> = seen.iter().map(|(&j, &w)| (j, w)).collect();
            rough.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            rough.truncate(CANDIDATES * 2);
            for (j, _) in rough {
                let (l, r) = if flip { (j, i) } else { (i, j) };
                pairs.entry((l, r)).or_insert_with(|| {
                    let agree = people.agreement(&left.speakers[l], &right.speakers[r]);
                    (similarity(&lp[l], &rp[r]) * speaker_factor(agree)).min(1.0)
                });
            }
        }
    }
    let mut by_left = vec![Vec::new(); lp.len()];
    let mut by_right = vec![Vec::new(); rp.len()];
    for (&(l, r), &s) in &pairs {
        by_left[l].push((r, s));
        by_right[r].push((l, s));
    }
    for list in by_left.iter_mut().chain(by_right.iter_mut()) {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(CANDIDATES);
    }
    Candidates { lp, rp, left: by_left, right: by_right }
}

/// The candidate partners of each left statement with their score, best first: what the
/// aligner chose from. For developers tuning the method (`examples/align_debug.rs`).
pub fn explain(left: &Input, right: &Input, people: &People) -> Vec<Vec<(usize, f32)>> {
    let c = candidates(left, right, people);
    c.left
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

    fn run(a: &[&str], b: &[&str]) -> Alignment {
        let (l, r) = (Input::new(a.to_vec(), None), Input::new(b.to_vec(), None));
        let people = People::learn(&[a, b].concat());
        align(&l, &r, &people, &Options::default())
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
        let (l, r) = (Input::new(a.to_vec(), None), Input::new(b.to_vec(), None));
        let people = People::learn(&[a, b].concat());
        explain(&l, &r, &people)[i].iter().find(|c| c.0 == j).map_or(0.0, |c| c.1)
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
    fn heaviest_chain_prefers_weight() {
        // (0,2) alone outweighs (1,0)+(2,1)
        let p = [(0, 2, 5.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![0]);
        let p = [(0, 2, 1.0), (1, 0, 1.0), (2, 1, 1.0)];
        assert_eq!(heaviest_chain(&p), vec![1, 2]);
    }
}
