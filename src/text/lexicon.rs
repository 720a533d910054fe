//! Every word list readout relies on, in one place so that tuning one never hides in the code
//! that uses it: function words, reporting verbs, titles, boilerplate, number words, small
//! synonym groups of diplomatic prose (countries with their demonyms and capitals), elision marks,
//! and the meaning-bearing words `check` watches (opposites, negations, modals, months,
//! intensifiers). All are general English or general diplomatic usage, none is drawn from a
//! particular readout.

/// English function words: they carry no point of their own.
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
    "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "me", "more", "most", "my", "myself", "nor", "of", "off", "on", "once", "only",
    "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "also", "upon",
    "within", "well", "may", "might", "must", "shall", "us", "one's", "s", "t", "per", "via",
    "whose", "whether", "yet", "however", "thus", "hence", "therefore", "including", "among",
    "amid", "amongst", "toward", "towards", "behind", "across", "along", "around", "beyond",
    "since", "like", "unlike",
];

/// Words that say who spoke rather than what was said; they mark the speaker and are no content.
#[rustfmt::skip]
pub const REPORTING_VERBS: &[&str] = &[
    "say", "said", "says", "saying", "note", "noted", "notes", "noting", "stress", "stressed",
    "stresses", "stressing", "emphasize", "emphasized", "emphasizes", "emphasise",
    "emphasised", "underscore", "underscored", "underscores", "underline", "underlined",
    "underlines", "add", "added", "adds", "adding", "state", "stated", "states", "told",
    "tell", "tells", "point", "pointed", "express", "expressed", "expresses", "remark",
    "remarked", "highlight", "highlighted", "mention", "mentioned", "observe", "observed",
    "affirm", "affirmed", "declare", "declared", "indicate", "indicated", "reiterate",
    "reiterated", "explain", "explained", "according", "informed", "inform", "convey",
    "conveyed", "set", "forth", "outline", "outlined",
];

/// Boilerplate of readouts: present in almost every one, so it says little about which point a
/// sentence makes. Weighed down, not dropped.
#[rustfmt::skip]
pub const COMMON: &[&str] = &[
    "side", "sides", "two", "countries", "country", "president", "presidents", "leader",
    "leaders", "head", "heads", "minister", "ministers", "foreign", "secretary", "government",
    "official", "work", "continue", "continued", "further", "important", "importance", "level",
    "levels", "area", "areas", "field", "fields", "issue", "issues", "matter", "matters",
    "view", "views", "exchange", "exchanged", "party", "parties", "time", "year", "years",
    "new", "way", "great", "make", "take", "taking", "taken", "ready", "readiness", "willing",
    "willingness", "hold", "held", "also", "other", "each", "bilateral", "mutual",
    "international", "world", "global", "current", "common", "relevant", "various", "well",
    "good", "today", "phone", "telephone", "call", "conversation", "spoke", "speak", "talk",
    "talks",
];

/// Verbs and nouns readouts use on any topic ("push for the development of practical
/// cooperation"): they tell a quote's exact wording (so `check` counts them) but not which point
/// a paraphrase makes, so the aligner weighs them like [`COMMON`] words.
#[rustfmt::skip]
pub const ANY_TOPIC: &[&str] = &[
    "develop", "development", "promote", "advance", "push", "maintain", "ensure", "jointly",
    "together", "stand", "stands", "community", "regional", "framework", "mechanism",
    "practical", "role", "play",
];

/// Synonym groups: every word of a group counts as the group's first word when matching.
/// Kept small and general: names of a country, its people, its capital and its abbreviations;
/// and a few near-synonyms diplomatic prose swaps freely.
#[rustfmt::skip]
pub const SYNONYMS: &[&[&str]] = &[
    &["@call", "phone", "telephone", "call", "conversation", "spoke", "speak", "talked"],
    &["@relations", "relations", "relationship", "ties"],
    &["@cooperation", "cooperation", "collaboration", "cooperate", "collaborate"],
    &["@negotiation", "negotiation", "negotiations", "negotiate"],
    &["@economy", "economic", "economy", "trade", "commerce", "commercial"],
    &["@leader", "president", "leader", "premier", "chairman", "head"],
    &["@support", "support", "backing", "back"],
    &["@agree", "agree", "agreed", "consensus"],
    &["@communication", "communication", "communicate", "contact", "contacts", "dialogue"],
    &["@strengthen", "strengthen", "deepen", "enhance", "boost", "expand", "broaden"],
    &["@settlement", "settlement", "resolution", "resolve", "resolving", "settle"],
    &["@un", "un", "united nations"],
    &["@bilateral", "bilateral", "two countries", "both countries", "two nations"],
    &["@usa", "usa", "united states", "american", "americans", "washington", "america"],
    &["@russia", "russia", "russian", "russians", "moscow", "kremlin", "russian federation"],
    &["@china", "china", "chinese", "beijing", "prc", "people's republic of china", "cpc", "ccp"],
    &["@ukraine", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"],
    &["@taiwan", "taiwan", "taiwanese", "taipei"],
    &["@eu", "eu", "european union", "brussels"],
    &["@uk", "uk", "britain", "british", "united kingdom", "london"],
    &["@france", "france", "french", "paris"],
    &["@germany", "germany", "german", "berlin"],
    &["@japan", "japan", "japanese", "tokyo"],
    &["@india", "india", "indian", "new delhi", "delhi"],
    &["@korea", "korea", "korean", "seoul"],
    &["@dprk", "dprk", "north korea", "pyongyang"],
    &["@iran", "iran", "iranian", "tehran"],
    &["@israel", "israel", "israeli", "jerusalem"],
    &["@turkey", "turkey", "turkish", "ankara", "türkiye"],
    &["@belarus", "belarus", "belarusian", "minsk"],
    &["@nato", "nato", "north atlantic alliance"],
    &["@sco", "sco", "shanghai cooperation organization", "shanghai cooperation organisation"],
];

/// Number words, so that "thirty" and "30" are the same token.
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, &str)] = &[
    ("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"),
    ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"), ("ten", "10"),
    ("eleven", "11"), ("twelve", "12"), ("thirteen", "13"), ("fourteen", "14"),
    ("fifteen", "15"), ("sixteen", "16"), ("seventeen", "17"), ("eighteen", "18"),
    ("nineteen", "19"), ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("fifty", "50"),
    ("sixty", "60"), ("seventy", "70"), ("eighty", "80"), ("ninety", "90"), ("hundred", "100"),
    ("thousand", "1000"), ("million", "1000000"), ("billion", "1000000000"),
];

/// Words of titles and offices that come before or around a name ("U.S. Secretary of State
/// Antony Blinken"): part of how a person is named, never the name itself.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "state",
    "foreign", "affairs", "councilor", "councillor", "director", "office", "chairman", "chair",
    "general", "deputy", "assistant", "special", "envoy", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr", "his", "her", "excellency", "king",
    "queen", "emperor", "leader", "head", "member", "political", "bureau", "committee", "central",
    "commission", "party", "of", "the", "and", "for", "people", "republic", "federation",
    "government", "ministry", "department", "national", "security", "adviser", "advisor", "gen",
    "sen", "rep", "senator", "representative", "commander", "crown", "prince", "sheikh", "emir",
];

/// Subjects that mean both sides together ("the two leaders agreed", "they stressed").
#[rustfmt::skip]
pub const BOTH: &[&str] = &[
    "both", "leaders", "presidents", "sides", "parties", "they", "two", "ministers", "heads",
    "delegations", "countries", "we",
];

/// Verbs of saying: a name right before or after one is the speaker of the statement.
#[rustfmt::skip]
pub const SAYING: &[&str] = &[
    "said", "says", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
    "emphasizes", "underscored", "underscores", "underlined", "added", "adding", "stated",
    "told", "pointed", "expressed", "remarked", "highlighted", "observed", "affirmed",
    "reaffirmed", "declared", "indicated", "reiterated", "explained", "informed", "conveyed",
    "outlined", "set", "briefed", "welcomed", "praised", "thanked", "urged", "called",
    "voiced", "raised", "proposed", "suggested", "assured", "warned", "insisted", "argued",
    "recalled", "acknowledged", "agreed", "congratulated", "invited", "mentioned", "announced",
    "confirmed", "underlines", "believes", "hopes", "expects", "discussed", "shared",
];

/// Verbs that narrate the event itself ("Xi held a phone call with Putin", "Blinken spoke with
/// Wang"): their subject did something with the other side rather than said something.
#[rustfmt::skip]
pub const EVENT_VERBS: &[&str] = &[
    "spoke", "speaks", "talked", "held", "holds", "had", "met", "meets", "hosted", "received",
    "visited", "called", "phoned", "exchanged",
];

/// Synonym groups that stand for a country (or a union of countries).
pub const COUNTRY_GROUPS: &[&str] = &[
    "@usa", "@russia", "@china", "@ukraine", "@taiwan", "@eu", "@uk", "@france", "@germany",
    "@japan", "@india", "@korea", "@dprk", "@iran", "@israel", "@turkey", "@belarus",
];

/// Auxiliaries and modals that can stand right after a subject as its finite verb.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "shall",
    "should", "must", "may", "might", "does", "did", "remains", "stands",
];

/// Month names and their abbreviations (`Sept.` too), in order.
#[rustfmt::skip]
pub const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Marks of text left out, longest first: each is one punctuation token, so a diff never splits
/// `[...]` into dots. The bracketed ones are what sources use for a cut-off ([`is_cutoff`]); all
/// of them split a quoted claim into parts.
pub const ELISIONS: &[&str] = &["(...)", "[...]", "(…)", "[…]", "[. . .]", ". . .", "...", "…"];

/// A bracketed elision, which sources write where they cut text off.
pub fn is_cutoff(mark: &str) -> bool {
    mark.starts_with('[')
}

/// Adverbs that strengthen or hedge without saying anything of their own; quotes swap them
/// freely ("really" / "truly"), so they weigh no more than function words.
pub const INTENSIFIERS: &[&str] = &[
    "really",
    "truly",
    "actually",
    "indeed",
    "very",
    "fully",
    "highly",
    "deeply",
    "greatly",
    "strongly",
    "firmly",
    "closely",
    "particularly",
    "especially",
    "even",
    "still",
    "quite",
    "certainly",
    "clearly",
    "completely",
    "entirely",
    "totally",
    "absolutely",
    "sincerely",
];

/// Pairs of word families of opposite sense (a phrasal verb as its words: `call off`). Each
/// side lists the forms a stemmer would not join (irregular verbs, prefixed adjectives); the
/// lists are matched on stems, so regular inflections (`supports`, `supported`) need not be
/// listed. Kept to words whose opposite sense holds in diplomatic prose whatever the context:
/// `close`/`open` (close ties), `back` (come back) and `foreign` (Foreign Minister) are left out.
pub const OPPOSITES: &[(&[&str], &[&str])] = &[
    (&["support", "endorse"], &["oppose", "opposition"]),
    // Helping a thing against holding it down ("end its suppression of China" against "end its
    // support of China").
    (&["support", "assist", "help"], &["suppress", "suppression", "obstruct", "hinder"]),
    // Standing by a thing or a rule against leaving or breaking it ("commitment to defending its
    // allies" against "to abandoning" them; "respect sovereignty" against "violate" it).
    (
        &["defend", "defence", "defense", "protect", "protection", "safeguard", "uphold"],
        &["abandon", "attack", "betray", "violate", "violation"],
    ),
    (&["respect", "observe", "honour", "honor"], &["violate", "violation", "breach", "infringe"]),
    (&["adhere", "abide"], &["abandon", "renounce", "violate", "breach", "deviate"]),
    // Measures put on against taken off ("lift sanctions" against "impose" them).
    (&["lift", "remove", "removal"], &["impose", "imposition"]),
    (&["withdraw", "withdrawal"], &["deploy", "deployment"]),
    (&["open", "reopen", "reopening"], &["close", "closure", "shut"]),
    (&["release"], &["detain", "detention", "arrest", "imprison"]),
    (&["welcome"], &["condemn", "deplore", "regret"]),
    (&["trust"], &["distrust", "mistrust"]),
    (&["benefit", "beneficial"], &["harm", "harmful", "damage", "detrimental"]),
    (&["willing", "ready"], &["unwilling", "reluctant"]),
    (&["progress"], &["setback", "stagnation"]),
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
    // The commonest of these in the other languages readout reads: more against less, for
    // against against.
    (
        &["увеличить", "увеличивать", "увеличение", "расширить", "расширять", "повысить", "рост"],
        &["сократить", "сокращать", "сокращение", "уменьшить", "снизить", "снижение", "спад"],
    ),
    (&["增加", "扩大", "提高", "增长"], &["减少", "缩小", "降低", "下降"]),
    (&["поддерживать", "поддержать", "поддержка"], &["осуждать", "осудить", "противодействовать"]),
    (&["支持", "赞成"], &["反对"]),
    (&["accept", "approve", "welcome"], &["reject", "rejection", "refuse"]),
    (&["always"], &["never"]),
    (&["with"], &["without"]),
    (&["strengthen", "deepen", "enhance"], &["weaken", "undermine"]),
    (&["improve", "improvement"], &["worsen", "deteriorate", "deterioration"]),
    (&["begin", "began", "begun", "start", "resume"], &["end", "stop", "halt", "suspend", "cease"]),
    // Keeping a thing going against ending it ("maintain channels of communication" against
    // "cut" them).
    (
        &["maintain", "maintenance", "keep", "kept", "preserve", "sustain", "continue"],
        &[
            "cut",
            "sever",
            "end",
            "stop",
            "halt",
            "suspend",
            "abandon",
            "close",
            "shut",
            "break off",
            "broke off",
            "broken off",
        ],
    ),
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
    // How near two positions are ("act from very close positions" against "very different").
    (
        &["close", "closer", "similar", "common", "identical", "shared"],
        &["different", "distant", "divergent", "opposing", "opposite"],
    ),
    (&["multipolar", "multipolarity"], &["unipolar", "unipolarity", "bipolar"]),
    // How long or deep the talks went ("a thorough exchange of views" against "a brief one").
    (
        &["thorough", "detailed", "in-depth", "lengthy", "long", "extensive"],
        &["brief", "short", "cursory"],
    ),
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
    // Approval against misgiving ("praised the breadth of China's policies" against "raised
    // concerns about" it).
    (&["praise", "commend", "hail", "applaud"], &["concern", "worry", "worried"]),
    (&["resilient", "robust", "solid", "sturdy"], &["fragile", "weak", "vulnerable", "shaky"]),
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
    // Quantifiers: how many of them is what a claim says ("Some parties" for "All parties").
    (&["all", "every", "each"], &["some", "several", "few", "none"]),
    (&["all", "every", "any"], &["no", "none"]),
    (&["most", "majority"], &["some", "few", "minority"]),
    (&["some"], &["no", "none"]),
    // Both parties against one alone ("benefits both countries" against "benefits only the
    // United States").
    (&["both", "mutual", "mutually"], &["only", "neither", "solely", "alone"]),
    // Evaluative words of opposite polarity: a warm account against a guarded one ("friendly"
    // talks against "candid" ones, which in diplomatic usage signals disagreement).
    (
        &["friendly", "cordial", "warm", "amicable", "fruitful", "productive", "positive"],
        &["candid", "frank", "blunt", "tense", "difficult", "heated", "sharp"],
    ),
    // Trend words: which way things go.
    (
        &["stabilize", "stabilise", "stabilization", "stabilisation", "calm"],
        &[
            "deteriorate",
            "deterioration",
            "destabilize",
            "destabilise",
            "destabilization",
            "escalate",
            "escalation",
            "worsen",
        ],
    ),
    (&["improve", "improvement"], &["escalate", "escalation"]),
    (&["accelerate", "acceleration"], &["slow", "slowdown", "delay"]),
    (&["restore", "restoration"], &["sever", "freeze", "break off", "broke off", "broken off"]),
    // Whether an event takes place: a meeting held, attended or invited to against one cancelled
    // or put off ("invited him to attend the forum" against "cancelled the forum"). A phrasal
    // verb is written with its particle ("call off"); the particle may follow the object ("called
    // the talks off"), and "called on" or "put forward" are not it.
    (
        &["hold", "held", "attend", "attendance", "host", "invite", "invitation", "convene"],
        &[
            "cancel",
            "cancellation",
            "postpone",
            "postponement",
            "scrap",
            "boycott",
            "shelve",
            "call off",
            "put off",
            "pull out",
            "back out",
        ],
    ),
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

// ---- Speakers: who can be a speaker (issue 10, speakers) ----

/// Titles that name one person's office ("President", "Foreign Minister", "Mr."): a capitalised
/// name after one is a person, and one standing alone ("the Secretary") names its holder. Other
/// [`TITLES`] words ("Affairs", "Security", "Ministry") only continue an office's or a body's name.
#[rustfmt::skip]
pub const PERSON_TITLES: &[&str] = &[
    "president", "minister", "premier", "chancellor", "secretary", "councilor", "councillor",
    "director", "chairman", "chairwoman", "chair", "envoy", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr", "excellency", "king", "queen", "emperor",
    "leader", "senator", "representative", "commander", "prince", "princess", "sheikh", "emir",
    "adviser", "advisor", "gen", "sen", "rep", "pm", "governor", "mayor",
];

/// Titles of a body's spokesperson: who speaks for their side rather than for themselves.
pub const SPOKESPERSONS: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];

/// Days of the week: a capitalised word after "on" that is a date, never a speaker ("Wang Yi on
/// Friday urged …").
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Modals of obligation: "The U.S. side should …", "The two sides must …" say what the speaker
/// demands of that subject, not what the subject says.
pub const OBLIGATION: &[&str] = &["should", "must", "ought", "need", "needs", "shall"];

// ---- Russian and Chinese (issue 12) -------------------------------------------------------
// Forms follow a word's script (see `text::lang`): these lists hold only Cyrillic or Han words,
// so no English word can meet them. General function words of each language, written for the
// project, none drawn from a particular readout.

/// Russian function words: pronouns, prepositions, conjunctions, particles and the forms of
/// "to be", which carry no point of their own. Negations are in [`NEGATIONS_RU`].
#[rustfmt::skip]
pub const STOP_WORDS_RU: &[&str] = &[
    "а", "без", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "ведь", "во",
    "вот", "все", "всё", "всего", "всех", "вы", "где", "да", "для", "до", "его", "ее", "её",
    "ей", "ему", "если", "есть", "еще", "ещё", "же", "за", "здесь", "и", "из", "или", "им",
    "ими", "их", "к", "как", "ко", "когда", "кто", "ли", "либо", "между", "меня", "мне", "мы",
    "на", "над", "нам", "нас", "наш", "наша", "наше", "наши", "него", "нее", "неё", "ней",
    "ним", "них", "о", "об", "обо", "он", "она", "они", "оно", "от", "по", "под", "при", "про",
    "с", "свой", "своей", "своего", "свои", "своих", "свою", "со", "так", "также", "такой",
    "там", "те", "тем", "то", "того", "тоже", "той", "только", "том", "тот", "ту", "у", "уже",
    "чем", "через", "что", "чтобы", "эта", "эти", "этих", "это", "этого", "этой", "этом",
    "этот", "эту", "я", "который", "которая", "которое", "которые", "которого", "которой",
    "котором", "которых", "будет", "будут", "является", "являются", "ради", "перед",
    "после", "вокруг", "около", "среди",
];

/// Russian words that negate what follows them.
pub const NEGATIONS_RU: &[&str] = &["не", "нет", "ни", "никогда", "ничего", "никто"];

/// Chinese function words as the segmenter cuts them: particles, prepositions, conjunctions,
/// pronouns and the copula. Negations are in [`NEGATIONS_ZH`].
#[rustfmt::skip]
pub const STOP_WORDS_ZH: &[&str] = &[
    "的", "了", "着", "过", "地", "得", "之", "和", "与", "及", "以及", "并", "并且", "而",
    "而且", "或", "或者", "在", "于", "对", "对于", "向", "从", "同", "跟", "把", "被", "将",
    "为", "以", "由", "给", "是", "也", "都", "就", "又", "还", "这", "那", "这些", "那些",
    "这个", "那个", "其", "此", "该", "各", "我", "我们", "你", "你们", "他", "他们", "她",
    "她们", "它", "它们", "等", "等等", "中", "上", "下", "里", "方面", "关于", "通过", "进行",
    "一个", "一些", "已", "已经", "所", "使", "让", "吗", "呢", "吧", "啊",
];

/// Chinese words that negate what follows them.
pub const NEGATIONS_ZH: &[&str] = &["不", "没有", "没", "未", "无", "非", "别", "勿"];

/// A negation of any language readout reads (a folded word).
pub fn is_negation(lower: &str) -> bool {
    [NEGATIONS, NEGATIONS_RU, NEGATIONS_ZH].iter().any(|l| l.contains(&lower))
}

// ---- Government bodies and state media (check: who an attribution names) ----

/// What kind of body a name in [`GOVERNMENT_BODIES`] is, so that a name that says no country
/// ("the Foreign Ministry", "the PMO") still finds a readout of the same kind.
pub const FOREIGN_MINISTRY: &str = "foreign ministry";
pub const LEADERS_OFFICE: &str = "leader's office";
pub const GOVERNMENT: &str = "government";
pub const STATE_MEDIA: &str = "state news outlet";

/// The usual names of government bodies and state media in news coverage of diplomacy, with the
/// kind of body and the country whose side each speaks for (one of [`COUNTRY_GROUPS`], or `""`
/// when the name alone says no country). `check` matches these against an attribution and
/// against each readout's `source` and `aliases`: "the MEA statement" names India's side, so
/// it is the readout from India (whatever its `source` says) that must bear the claim out.
/// General usage only; a readout's own `aliases` (and `event.yaml` participants) extend it.
#[rustfmt::skip]
pub const GOVERNMENT_BODIES: &[(&[&str], &str, &str)] = &[
    // Ministries of foreign affairs.
    (&["mfa", "foreign ministry", "ministry of foreign affairs", "foreign affairs ministry",
       "foreign office"], FOREIGN_MINISTRY, ""),
    (&["fmprc", "waijiaobu"], FOREIGN_MINISTRY, "@china"),
    (&["mea", "ministry of external affairs", "external affairs ministry"], FOREIGN_MINISTRY,
     "@india"),
    (&["smolenskaya square"], FOREIGN_MINISTRY, "@russia"),
    (&["state department", "department of state", "foggy bottom"], FOREIGN_MINISTRY, "@usa"),
    (&["quai d'orsay"], FOREIGN_MINISTRY, "@france"),
    (&["auswärtiges amt", "federal foreign office"], FOREIGN_MINISTRY, "@germany"),
    (&["mofa"], FOREIGN_MINISTRY, ""),
    // Offices of presidents and prime ministers.
    (&["pmo", "prime minister's office", "prime minister’s office", "presidential office",
       "presidential administration", "office of the president", "presidency"],
     LEADERS_OFFICE, ""),
    (&["kremlin"], LEADERS_OFFICE, "@russia"),
    (&["white house"], LEADERS_OFFICE, "@usa"),
    (&["blue house", "cheong wa dae", "yongsan"], LEADERS_OFFICE, "@korea"),
    (&["élysée", "elysee", "élysée palace", "elysee palace"], LEADERS_OFFICE, "@france"),
    (&["zhongnanhai"], LEADERS_OFFICE, "@china"),
    (&["kantei"], LEADERS_OFFICE, "@japan"),
    (&["downing street", "number 10", "no 10"], LEADERS_OFFICE, "@uk"),
    (&["bankova"], LEADERS_OFFICE, "@ukraine"),
    (&["chancellery", "bundeskanzleramt"], LEADERS_OFFICE, "@germany"),
    (&["south block"], LEADERS_OFFICE, "@india"),
    // Governments.
    (&["government", "cabinet", "state council"], GOVERNMENT, ""),
    // State media and news agencies of the state.
    (&["xinhua", "cctv", "cgtn", "people's daily", "people’s daily", "global times",
       "china daily", "china news service"], STATE_MEDIA, "@china"),
    (&["tass", "ria", "ria novosti", "sputnik", "rt", "rossiya", "interfax"], STATE_MEDIA,
     "@russia"),
    (&["ukrinform"], STATE_MEDIA, "@ukraine"),
    (&["kcna"], STATE_MEDIA, "@dprk"),
    (&["irna"], STATE_MEDIA, "@iran"),
    (&["anadolu"], STATE_MEDIA, "@turkey"),
    (&["belta"], STATE_MEDIA, "@belarus"),
    (&["pti", "doordarshan", "all india radio"], STATE_MEDIA, "@india"),
    (&["kyodo", "nhk"], STATE_MEDIA, "@japan"),
    (&["yonhap", "kbs"], STATE_MEDIA, "@korea"),
];

// ---- Aligner: diplomatic near-synonyms and readout roles (issue 9) ----------------------------
// Written from general English and general diplomatic usage, not from any readout: words that
// the two sides of one event swap freely for the same thing, and the wording by which any
// diplomatic readout marks its standard parts.

/// Near-synonyms of diplomatic prose, for the aligner only (the checker and word diff keep
/// words apart): every word of a group counts as the group's first word when statements are
/// matched. Single words and hyphenated compounds (`anti-drug`, `cross-strait`); a multi-word
/// entry is a phrase matched on its words' stems.
#[rustfmt::skip]
pub const NEAR_SYNONYMS: &[&[&str]] = &[
    &["~ceasefire", "ceasefire", "cease-fire", "truce", "armistice"],
    &["~war", "war", "wars", "conflict", "conflicts", "hostilities", "fighting"],
    &["~frank", "frank", "candid", "forthright", "straightforward", "open-minded"],
    &["~talks", "talks", "meeting", "meetings", "discussion", "discussions", "consultations"],
    &["~drugs", "drug", "drugs", "narcotics", "counternarcotics", "counter-narcotics",
      "anti-drug", "fentanyl", "opioid", "opioids"],
    &["@taiwan", "cross-strait"],
    &["~migrants", "migrant", "migrants", "immigrant", "immigrants", "migration",
      "immigration"],
    &["~military", "military", "militaries", "military-to-military", "armed forces"],
    &["~weapons", "weapons", "weapon", "arms", "armaments", "weaponry", "munitions"],
    &["~reunification", "reunification", "unification", "reunify", "reunified"],
    &["~ai", "ai", "artificial intelligence"],
    &["~tech", "technology", "technologies", "tech", "sci-tech", "high-tech"],
    &["~chips", "chips", "semiconductors", "semiconductor", "microchips"],
    &["~visit", "visit", "visits", "trip", "travel"],
    &["~nuclear", "nuclear", "atomic"],
    &["~humanitarian", "humanitarian", "aid", "relief"],
    &["~crisis", "crisis", "crises"],
    &["~refugees", "refugees", "displaced"],
    &["~grain", "grain", "grains", "wheat", "cereals"],
    &["~sovereignty", "sovereignty", "sovereign"],
];

/// Words that say when, by what they say: a claim's time against another in the readout's
/// place is a change ("next year" for "in the near future", "last week" for "next week"); words
/// of one class are the same time ("in the coming weeks" / "in the next weeks"). Figures with a
/// unit ("30 days") are numbers, checked as such.
pub const TIME_WORDS: &[(&str, &[&str])] = &[
    ("soon", &["soon", "shortly", "future", "upcoming", "forthcoming", "imminent", "imminently"]),
    ("next", &["next", "coming", "following"]),
    ("last", &["last", "past", "previous", "recent", "recently"]),
    ("day", &["day", "days"]),
    ("week", &["week", "weeks"]),
    ("month", &["month", "months"]),
    ("year", &["year", "years"]),
    ("spring", &["spring", "весна", "весной", "весну", "весны", "春季", "春天"]),
    ("summer", &["summer", "лето", "летом", "лета", "夏季", "夏天"]),
    ("autumn", &["autumn", "осень", "осенью", "осени", "秋季", "秋天"]),
    ("winter", &["winter", "зима", "зимой", "зиму", "зимы", "冬季", "冬天"]),
    ("monday", &["monday", "понедельник", "星期一", "周一"]),
    ("tuesday", &["tuesday", "вторник", "星期二", "周二"]),
    ("wednesday", &["wednesday", "среда", "среду", "星期三", "周三"]),
    ("thursday", &["thursday", "четверг", "星期四", "周四"]),
    ("friday", &["friday", "пятница", "пятницу", "星期五", "周五"]),
    ("saturday", &["saturday", "суббота", "субботу", "星期六", "周六"]),
    ("sunday", &["sunday", "воскресенье", "星期日", "周日"]),
    ("today", &["today", "tonight"]),
    ("tomorrow", &["tomorrow"]),
    ("yesterday", &["yesterday"]),
];

/// The [`TIME_WORDS`] classes that are units: a time only with a "next" or "last" ("next year").
pub const TIME_UNITS: &[&str] = &["day", "week", "month", "year"];

/// The class of a time word (lower case), if it is one.
pub fn time_class(lower: &str) -> Option<&'static str> {
    TIME_WORDS.iter().find(|(_, ws)| ws.contains(&lower)).map(|(class, _)| *class)
}

/// Words that join the last item of a list to the others ("energy, finance and transport"), in
/// the languages readout reads.
pub const LIST_JOINERS: &[&str] = &["and", "or", "и", "или", "和", "与", "及"];

/// Words that narrate the meeting or call itself: with one of them among its first statements,
/// a statement is the readout's opening (who met or spoke with whom, when, where).
#[rustfmt::skip]
pub const ROLE_OPENING: &[&str] = &[
    "met", "meet", "meets", "held", "holds", "hold", "spoke", "speaks", "talked", "talks",
    "call", "phoned", "conversation", "meeting", "visit", "visited", "hosted", "received",
    "communication", "consultations", "dialogue",
];

/// Adjectives that characterise the tone of talks ("candid, substantive and constructive").
#[rustfmt::skip]
pub const ROLE_TONE: &[&str] = &[
    "candid", "frank", "constructive", "substantive", "in-depth", "productive", "cordial",
    "friendly", "sincere", "fruitful", "businesslike", "warm", "thorough", "detailed",
    "forthright", "straightforward", "useful", "pragmatic", "open-minded", "trustful",
];

/// Nouns for the talks themselves, which a tone adjective qualifies.
#[rustfmt::skip]
pub const ROLE_TALKS: &[&str] = &[
    "discussion", "discussions", "talks", "conversation", "exchange", "exchanges", "atmosphere",
    "meeting", "call", "dialogue", "communication", "consultations", "conversations",
];

/// Nouns of the channel between the sides ("maintain communication", "stay in touch").
#[rustfmt::skip]
pub const ROLE_CHANNEL: &[&str] = &[
    "communication", "communications", "contact", "contacts", "touch", "channels", "channel",
    "dialogue", "interaction", "interactions", "exchanges", "lines",
];

/// Words that, beside a channel noun or a next contact, say it goes on ("keep in touch",
/// "the next meeting", "a call in the coming weeks").
#[rustfmt::skip]
pub const ROLE_ONGOING: &[&str] = &[
    "maintain", "maintaining", "keep", "keeping", "stay", "staying", "continue", "continued",
    "regular", "ongoing", "open", "close", "future", "next", "upcoming", "coming", "soon",
    "resume", "further", "near",
];

/// A next contact between the sides ("the next meeting", "a leader-level call").
#[rustfmt::skip]
pub const ROLE_NEXT: &[&str] = &[
    "meeting", "call", "visit", "talks", "summit", "interaction", "contact", "consultations",
];

/// Nouns of a list of topics ("a range of bilateral, regional and global issues").
#[rustfmt::skip]
pub const ROLE_TOPICS: &[&str] = &["issues", "topics", "matters", "questions", "subjects"];

/// The scope words such a list comes with.
#[rustfmt::skip]
pub const ROLE_SCOPE: &[&str] = &[
    "range", "variety", "number", "wide", "bilateral", "regional", "international", "global",
    "mutual", "interest", "concern", "multilateral", "key", "major",
];

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
