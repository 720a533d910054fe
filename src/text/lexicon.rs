//! Word lists the matching relies on: function words, reporting verbs, titles, boilerplate,
//! number words, and small synonym groups of diplomatic prose (countries with their demonyms and
//! capitals). One place for all of them, so that tuning one never hides in the code that uses it.

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
