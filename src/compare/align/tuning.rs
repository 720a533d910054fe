//! Every threshold and weight of the comparison, in one place: what the aligner needs to link two
//! statements, how it weighs their terms, speakers, matters and readout roles, and the cut-offs of
//! the relations and points built on its links. See README, "How alignment works" and "Quality
//! and speed", for how they were chosen (leave-one-event-out, `scripts/loo.py`).
//!
//! Development knob: `READOUT_TUNING="name=value,name=value"` overrides the values named in
//! [`Tuning`] for one run (read once, here and nowhere else), so that `scripts/loo.py` can try a
//! grid of settings on the release binary without rebuilding. A bad name or value is a one-line
//! error and exit 2. Users never need it.

use crate::analyse::people::Agreement;
use std::sync::OnceLock;

/// The aligner's numbers. Field names are the names `READOUT_TUNING` uses.
#[derive(Debug, Clone)]
pub struct Tuning {
    /// Least similarity for a mutual best match to anchor the alignment.
    pub anchor: f32,
    /// Similarity from which a mutual best match anchors whatever its rivals score.
    pub sure: f32,
    /// Below `sure`, how many times its best rival's score an anchor must reach on both sides.
    pub margin: f32,
    /// Least position-weighted similarity for a match between two anchors.
    pub gap: f32,
    /// How much a match between anchors depends on sitting where they put it (0..1).
    pub position: f32,
    /// Least similarity for a match out of order (a moved point).
    pub moved: f32,
    /// Least share of a statement's weight found in a neighbour's partner to join that link.
    pub join: f32,
    /// Least score with its best partner for a statement to join that partner's link from
    /// elsewhere in its paragraph.
    pub join_sim: f32,
    /// Speaker factors: the same person, the same side, different sides, not known.
    pub same: f32,
    pub same_side: f32,
    pub different: f32,
    pub unknown: f32,
    /// Term weights: least weight of any term; factors for the speakers' names, names of places
    /// and things, numbers in digits, boilerplate.
    pub floor: f32,
    pub person: f32,
    pub name: f32,
    pub number: f32,
    pub common: f32,
    /// From this idf a term that is no boilerplate, party or speaker is specific to a matter
    /// even when it is not a name (`fentanyl`, `ceasefire`).
    pub specific_idf: f32,
    /// Share of the two statements' weight in shared specific terms from which they are about
    /// the same matter: then who is named as speaker no longer counts against them.
    pub matter: f32,
    /// Factor for two statements that each have specific terms of weight but share none: they
    /// are about different matters.
    pub differ: f32,
    /// Least share of a statement's weight in its specific terms for [`Tuning::differ`].
    pub differ_share: f32,
    /// Factor for a pair that shares nothing but boilerplate.
    pub generic: f32,
    /// Score added to a pair of statements with the same readout role (opening, tone, channel,
    /// topic list).
    pub role: f32,
    /// A role counts only when each readout has at most this many statements in it.
    pub role_cap: f32,
    /// Least probability, by the model of [`Tuning::likely`], for a statement the other passes
    /// left without partner to join its most likely partner (`likely.rs`); above 1: off.
    pub attach: f32,
    /// That model's weights: intercept, then one per feature of `likely::FEATURES` (how the pair
    /// ranks on the side where it ranks lower and higher, cover of the shorter statement, terms
    /// only the two share, distance of their places in the readouts). `READOUT_TUNING` names
    /// them `likely0` … `likely5`.
    pub likely: [f32; 6],
    /// How far the similarity is normalised by the shorter statement rather than by both
    /// (0: weighted Dice; 1: the shorter one's weight), so that a short statement that a long
    /// one contains scores as a match.
    pub short: f32,
}

impl Tuning {
    const DEFAULT: Tuning = Tuning {
        anchor: 0.08,
        sure: 0.25,
        margin: 1.3,
        gap: 0.065,
        position: 0.7,
        moved: 0.25,
        join: 0.35,
        join_sim: 0.07,
        same: 1.2,
        same_side: 1.1,
        // Each side puts its own words in its own leader's mouth: a point one readout gives to
        // one side and the other to the other side is rarely the same point, unless both are
        // about the same specific matter (`matter`).
        different: 0.45,
        unknown: 1.0,
        floor: 0.05,
        person: 0.3,
        name: 1.5,
        number: 1.5,
        common: 0.4,
        specific_idf: 2.5,
        matter: 0.03,
        differ: 1.0,
        differ_share: 0.3,
        generic: 1.0,
        role: 0.0,
        role_cap: 3.0,
        // Fitted on the nine corpus events by `scripts/fit-likely.py`, which also gives the
        // leave-one-event-out figures (README, "Quality and speed").
        attach: 0.35,
        likely: [-4.154, 1.368, 1.036, 1.199, 1.105, -0.512],
        short: 0.0,
    };

    fn set(&mut self, name: &str, v: f32) -> bool {
        let f = match name {
            "anchor" => &mut self.anchor,
            "sure" => &mut self.sure,
            "margin" => &mut self.margin,
            "gap" => &mut self.gap,
            "position" => &mut self.position,
            "moved" => &mut self.moved,
            "join" => &mut self.join,
            "join_sim" => &mut self.join_sim,
            "same" => &mut self.same,
            "same_side" => &mut self.same_side,
            "different" => &mut self.different,
            "unknown" => &mut self.unknown,
            "floor" => &mut self.floor,
            "person" => &mut self.person,
            "name" => &mut self.name,
            "number" => &mut self.number,
            "common" => &mut self.common,
            "specific_idf" => &mut self.specific_idf,
            "matter" => &mut self.matter,
            "differ" => &mut self.differ,
            "differ_share" => &mut self.differ_share,
            "generic" => &mut self.generic,
            "role" => &mut self.role,
            "role_cap" => &mut self.role_cap,
            "attach" => &mut self.attach,
            "short" => &mut self.short,
            "likely0" => &mut self.likely[0],
            "likely1" => &mut self.likely[1],
            "likely2" => &mut self.likely[2],
            "likely3" => &mut self.likely[3],
            "likely4" => &mut self.likely[4],
            "likely5" => &mut self.likely[5],
            _ => return false,
        };
        *f = v;
        true
    }

    /// The defaults with `READOUT_TUNING`'s overrides applied.
    fn from_env(spec: Option<&str>) -> Result<Tuning, String> {
        let mut t = Tuning::DEFAULT;
        apply_overrides(spec.unwrap_or(""), |name, v| t.set(name, v))?;
        Ok(t)
    }
}

/// Applies a development variable's `name=value,…` through `set`, which says whether it knows
/// the name: the one reader of `READOUT_TUNING` and `READOUT_CHECK_TUNING`.
pub fn apply_overrides(spec: &str, mut set: impl FnMut(&str, f32) -> bool) -> Result<(), String> {
    for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (name, value) =
            item.split_once('=').ok_or_else(|| format!("'{item}' is not name=value"))?;
        let v: f32 =
            value.trim().parse().map_err(|_| format!("'{value}' is not a number in '{item}'"))?;
        if !set(name.trim(), v) {
            return Err(format!("unknown name '{}'", name.trim()));
        }
    }
    Ok(())
}

/// The tuning of this run: the defaults, or what `READOUT_TUNING` overrides.
pub fn tuning() -> &'static Tuning {
    static T: OnceLock<Tuning> = OnceLock::new();
    T.get_or_init(|| {
        let spec = std::env::var("READOUT_TUNING").ok();
        Tuning::from_env(spec.as_deref()).unwrap_or_else(|e| {
            eprintln!("readout: READOUT_TUNING: {e}");
            std::process::exit(2)
        })
    })
}

/// Candidate partners kept per statement; enough for splits and paraphrase, small enough that
/// the work stays linear in the number of statements.
pub const CANDIDATES: usize = 12;

/// Terms in more statements than this are too common to find candidates through (they still
/// count in the similarity of candidates found otherwise).
pub fn posting_cap(n: usize) -> usize {
    64.max(n / 100)
}

/// How much the speakers of two statements change the odds that they report the same point.
pub fn speaker_factor(a: Agreement) -> f32 {
    let t = tuning();
    match a {
        Agreement::Same => t.same,
        Agreement::SameSide => t.same_side,
        Agreement::Different => t.different,
        Agreement::Unknown => t.unknown,
    }
}

/// Share of the longer side's words both sides have, from which a link counts as reworded.
pub const REWORDED: f64 = 0.5;

/// Below this score a link may not override a third comparison that left both of the
/// statements it would bring together without any partner. Such scores are weak evidence: on
/// the real readout pairs measured, correct and wrong links alike scored 0.07–0.13, and only
/// correct ones above 0.2.
pub const WEAK: f64 = 0.2;

// ---- Strength of a link, as reports show it (issue 9: confidence users can see) ----

/// From this confidence (the model's probability for a link's least likely pair, `likely.rs`) a
/// link is shown as `strong`, below it as `weak`: one an analyst should check before relying on
/// it. `scripts/strength-cut.py` picks the lowest cut with at least 95% of the links above it
/// correct, leave-one-event-out on the corpus: 8 of 9 folds pick 0.47 (one 0.46); held out, 10 of
/// 11 strong links are correct and 11 of 25 weak ones. No link lies between 0.47 and 0.49, so
/// those cuts split them alike; 0.49 is taken because the cut of tangled links uses this value
/// too (`stars.rs`), and at 0.47 it keeps one more pair, a wrong one at 0.48, after which the
/// script picks 0.49. By the similarity score instead the best cut (0.24) does as well on these
/// events (11 of 12 strong correct); it did far worse before tangled links were cut, so the
/// model, which reads more of the pair than its score, decides. Re-run the script when the
/// scoring changes.
pub const STRONG: f64 = 0.49;

/// A strong link also shares this much weight (its score): two statements the model is sure of
/// but that share next to nothing are worth a look. It is the cut the score had before the
/// model (chosen then by leave-one-event-out); on the corpus every link with a confidence of
/// 0.49 or more scores 0.22 or more, so it changes none of them there.
pub const STRONG_SCORE: f64 = 0.16;

/// Whether a link (or one pair of statements) of this score and confidence is `strong`: one to
/// trust unchecked. The one test of it, for the reports and for the cut of tangled links
/// (`stars.rs`).
pub fn is_strong(score: f64, confidence: f64) -> bool {
    confidence >= STRONG && score >= STRONG_SCORE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_are_read_and_bad_ones_refused() {
        let t = Tuning::from_env(Some("anchor=0.2, role=0.1")).unwrap();
        assert_eq!((t.anchor, t.role, t.gap), (0.2, 0.1, Tuning::DEFAULT.gap));
        assert!(Tuning::from_env(Some("nosuch=1")).is_err());
        assert!(Tuning::from_env(Some("anchor=x")).is_err());
        assert!(Tuning::from_env(Some("anchor")).is_err());
    }
}
