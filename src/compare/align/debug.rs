//! Developer aids for tuning the aligner (`examples/align_debug.rs` and the corpus scripts):
//! the candidates it chose from, and every pair's scores and model features.

use crate::analyse::{Analysis, People};

/// The candidate partners of each left statement with their score, best first: what the
/// aligner chose from. For developers tuning the method (`examples/align_debug.rs`).
pub fn explain(left: &[Analysis], right: &[Analysis], people: &People) -> Vec<Vec<(usize, f32)>> {
    super::candidates::candidates(left, right, people).left
}

/// Developer aid for the corpus scripts (`examples/align_debug --pairs`): every statement's
/// weighted terms and role, and every pair's overlap parts, speaker agreement and score.
pub fn pair_table(left: &[Analysis], right: &[Analysis], people: &People) -> serde_json::Value {
    use serde_json::json;
    let all = super::profile::profiles(left, right, people);
    let (lrole, rrole) = super::roles::roles(left, right);
    let side = |ps: &[super::profile::Profile], an: &[Analysis], rl: &[u8]| {
        ps.iter()
            .zip(an)
            .zip(rl)
            .map(|((p, a), r)| {
                let terms: Vec<_> = p
                    .terms
                    .iter()
                    .map(|&(id, w)| {
                        let i = id as usize;
                        json!([all.keys[i], w, all.specific[i], all.common[i]])
                    })
                    .collect();
                json!({"text": a.text, "paragraph": a.paragraph, "speaker": a.speaker.label(),
                       "role": r, "terms": terms})
            })
            .collect::<Vec<_>>()
    };
    let t = super::tuning::tuning();
    let cands = super::candidates::candidates(left, right, people);
    let counts = super::likely::Counts::of(&cands);
    let mut pairs = Vec::new();
    for (i, lp) in all.left.iter().enumerate() {
        for (j, rp) in all.right.iter().enumerate() {
            let agree = people.agreement(&left[i].speaker, &right[j].speaker);
            let o = super::profile::overlap(lp, rp, &all.specific, &all.common, t.short);
            let s = super::candidates::score(o, agree, lrole[i] & rrole[j] != 0);
            let f = super::likely::features(&cands, &counts, i, j, s);
            pairs.push(json!([
                i,
                j,
                o.similarity,
                o.matter,
                o.content,
                format!("{agree:?}"),
                s,
                f
            ]));
        }
    }
    json!({"left": side(&all.left, left, &lrole), "right": side(&all.right, right, &rrole),
           "pairs": pairs, "features": super::likely::FEATURES})
}
