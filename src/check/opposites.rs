//! Curated word lists for the meaning checks: pairs of opposite sense, negations and modal
//! verbs. A quote that swaps one of these for its counterpart says something else, however many
//! of its other words match.

/// Pairs of word families of opposite sense. Each side lists the forms a stemmer would not
/// join (irregular verbs, prefixed adjectives); the lists are matched on stems, so regular
/// inflections (`supports`, `supported`) need not be listed. Kept to words whose opposite sense
/// holds in diplomatic prose whatever the context: `close`/`open` (close ties), `back` (come
/// back) and `foreign` (Foreign Minister) are left out.
pub const OPPOSITES: &[(&[&str], &[&str])] = &[
    (&["support", "endorse"], &["oppose", "opposition"]),
    (&["legitimate", "legitimacy"], &["illegitimate", "illegitimacy"]),
    (&["lawful", "legal", "legality"], &["unlawful", "illegal", "illegality"]),
    (
        &[
            "increase",
            "rise",
            "rose",
            "risen",
            "grow",
            "grew",
            "grown",
            "growth",
            "raise",
            "expand",
            "expansion",
        ],
        &[
            "decrease",
            "fall",
            "fell",
            "fallen",
            "decline",
            "drop",
            "shrink",
            "shrank",
            "cut",
            "reduce",
            "reduction",
            "lower",
            "contract",
            "contraction",
        ],
    ),
    (&["agree", "agreement"], &["disagree", "disagreement"]),
    (&["accept", "approve", "welcome"], &["reject", "rejection", "refuse"]),
    (&["always"], &["never"]),
    (&["with"], &["without"]),
    (&["strengthen", "deepen", "enhance"], &["weaken", "undermine"]),
    (&["improve", "improvement"], &["worsen", "deteriorate", "deterioration"]),
    (&["begin", "began", "begun", "start", "resume"], &["end", "stop", "halt", "suspend", "cease"]),
    (&["allow", "permit"], &["forbid", "forbade", "prohibit", "ban"]),
    (&["include"], &["exclude"]),
    (&["peace", "peaceful"], &["war", "hostile"]),
    (&["stable", "stability"], &["unstable", "instability"]),
    (&["possible"], &["impossible"]),
    (&["responsible"], &["irresponsible"]),
    (&["constructive"], &["destructive"]),
    (&["positive"], &["negative"]),
    (&["high", "higher", "highest"], &["low", "lower", "lowest"]),
    (&["more"], &["less", "fewer"]),
    (&["most"], &["least"]),
    (&["above"], &["below"]),
    (&["before"], &["after"]),
    (&["first"], &["last"]),
    (&["confirm", "admit"], &["deny", "denial"]),
    (&["same"], &["different"]),
    (&["unilateral"], &["multilateral"]),
    (&["cooperation", "cooperate"], &["confrontation", "confront"]),
    (&["unity", "united", "unite"], &["division", "divided", "divide"]),
    (&["internal", "domestic"], &["external"]),
    (&["right", "correct", "true"], &["wrong", "incorrect", "false"]),
    (&["fair"], &["unfair"]),
    (&["just"], &["unjust"]),
    (&["success", "succeed", "successful"], &["failure", "fail", "unsuccessful"]),
    (&["strong", "stronger"], &["weak", "weaker"]),
    (&["friend", "ally", "partner"], &["enemy", "adversary", "foe"]),
    (&["praise", "commend"], &["condemn", "criticize", "criticise"]),
    (&["ease", "easing", "relax"], &["tighten", "tightening"]),
    (&["escalate", "escalation"], &["de-escalate", "de-escalation"]),
    (&["import", "imports"], &["export", "exports"]),
    (&["gain", "profit"], &["loss", "lose", "lost"]),
    (&["likely"], &["unlikely"]),
    (&["favour", "favor"], &["against"]),
    (
        &["big", "bigger", "biggest", "large", "larger", "largest", "major", "maximum"],
        &["small", "smaller", "smallest", "minor", "minimum"],
    ),
    (&["good", "better", "best"], &["bad", "worse", "worst"]),
    (&["win", "won", "victory"], &["lose", "lost", "defeat"]),
    (&["early", "earlier", "earliest"], &["late", "later", "latest"]),
    (&["many"], &["few"]),
    (&["great", "much"], &["little"]),
    (&["certain"], &["uncertain"]),
    (&["equal"], &["unequal"]),
];

/// Prefixes that turn a word into its opposite (`illegitimate`, `unlawful`, `disagree`).
const NEGATIVE_PREFIXES: &[&str] = &["un", "in", "il", "im", "ir", "dis", "non", "non-"];

/// Whether one word is the other with a negative prefix (`illegitimacy` / `legitimacy`); the
/// rest must be a word of five letters or more, so that `inform` is not `form` negated.
pub fn negative_prefix(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 5
        && NEGATIVE_PREFIXES.iter().any(|p| long.strip_prefix(p) == Some(short))
}

/// Words that negate what follows them. `n't` endings and `refused to` / `failed to` are
/// recognised where the words are counted.
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "neither", "nor", "nothing", "nobody", "nowhere", "cannot",
    "without",
];

/// Verbs that, followed by `to`, negate what follows ("refused to sign").
pub const NEGATING_VERBS: &[&str] =
    &["refuse", "refused", "refuses", "fail", "failed", "fails", "declined"];

/// Modal verbs by the strength of what they say; forms within a class are interchangeable in
/// reported speech (`will` / `would`), forms of different classes are not.
pub const MODALS: &[(&str, &[&str])] = &[
    ("will", &["will", "would", "shall", "'ll", "won't", "wouldn't"]),
    ("can", &["can", "could", "cannot", "can't", "couldn't"]),
    ("may", &["may", "might"]),
    ("must", &["must", "mustn't"]),
    ("should", &["should", "ought", "shouldn't"]),
];

/// The modal class of a lower-case word, if it is a modal.
pub fn modal_class(lower: &str) -> Option<&'static str> {
    MODALS.iter().find(|(_, forms)| forms.contains(&lower)).map(|(class, _)| *class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_is_on_both_sides_of_a_pair() {
        for (a, b) in OPPOSITES {
            for w in *a {
                assert!(!b.contains(w), "{w} is its own opposite");
            }
        }
    }

    #[test]
    fn negative_prefixes_make_opposites() {
        assert!(negative_prefix("illegitimacy", "legitimacy"));
        assert!(negative_prefix("stable", "unstable"));
        assert!(negative_prefix("disagree", "agree"));
        assert!(!negative_prefix("inform", "form"));
        assert!(!negative_prefix("import", "port"));
        assert!(!negative_prefix("support", "port"));
    }

    #[test]
    fn modals_have_one_class_each() {
        assert_eq!(modal_class("would"), Some("will"));
        assert_eq!(modal_class("might"), Some("may"));
        assert_ne!(modal_class("should"), modal_class("must"));
        assert_eq!(modal_class("seek"), None);
    }
}
