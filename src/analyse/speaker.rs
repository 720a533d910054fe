//! Who said what: the speaker each statement reports (a person, a side, both sides, or no one),
//! found from reporting patterns ("Xi noted that …", "…, Xi said.", "According to Putin, …",
//! "The Chinese side stands ready …", "He added …"), and which country each person speaks for.

use crate::model::speaker::{Attribution, Kind};
use crate::text::lexicon;
use crate::text::{self, Kind as TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;
use std::sync::OnceLock;

/// The speaker a statement reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Speaker {
    /// A named person ("Xi Jinping"), or one named by office alone ("The Secretary").
    Person {
        label: String,
        names: Vec<String>,
        /// The country the text gives with the name or office ("Norlandic President").
        #[serde(skip_serializing_if = "Option::is_none")]
        country: Option<String>,
    },
    /// A government or country as such ("The Chinese side", "China").
    Side { label: String, country: String },
    /// Both (all) sides together ("The two leaders agreed", "They reaffirmed").
    Both { label: String },
    /// Nobody is named ("It was agreed …", "The issues … were touched upon").
    Unattributed,
}

impl Speaker {
    /// How the speaker is named in the text.
    pub fn label(&self) -> &str {
        match self {
            Speaker::Person { label, .. }
            | Speaker::Side { label, .. }
            | Speaker::Both { label } => label,
            Speaker::Unattributed => "unattributed",
        }
    }
}

/// Whether two statements' speakers are the same party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// The same person.
    Same,
    /// The same side (a person and his or her own government).
    SameSide,
    /// Known to be different sides.
    Different,
    /// Not known (one is unattributed or both sides, or a country is unknown).
    Unknown,
}

/// Which country each person's name words belong to, learnt from how the texts introduce them
/// ("Russian President Vladimir Putin", "President of the People's Republic of China Xi Jinping"),
/// and which person an office names when it stands alone ("the Foreign Secretary").
#[derive(Debug, Clone, Default)]
pub struct People {
    country: HashMap<String, String>,
    /// Words of every person's name met with a title or country ("President Xi Jinping").
    names: HashSet<String>,
    /// An office's last word → the name words of who holds it ("secretary" → corinne, halloway).
    offices: HashMap<String, Vec<String>>,
    /// An office in a country → who holds it ("president", "norland" → edvin, sarkander).
    office_in: HashMap<(String, String), Vec<String>>,
    /// A name word → the fullest way the texts write that person's name ("xi" → "Xi Jinping").
    full: HashMap<String, String>,
    /// The event file's participants: name, and the words of their name and aliases.
    participants: Vec<(String, Vec<String>)>,
}

/// Counts gathered from part of the texts, merged into [`People`].
#[derive(Default)]
struct Tally {
    country: HashMap<String, HashMap<String, usize>>,
    names: HashSet<String>,
    offices: HashMap<String, HashMap<Vec<String>, usize>>,
    office_in: HashMap<(String, String), HashMap<Vec<String>, usize>>,
    full: HashMap<String, String>,
}

impl Tally {
    fn scan(part: &[&str]) -> Tally {
        let mut t = Tally::default();
        for s in part {
            let toks = toks(s);
            let mut k = 0;
            while k < toks.len() {
                if !toks[k].cap {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < toks.len() && in_run(&toks[k]) {
                    k += 1;
                }
                let run = parse_run(&toks[start..k]);
                if run.country.is_some() || run.title.is_some() {
                    t.names.extend(run.names.iter().cloned());
                    let full = run.raw_names.join(" ");
                    for n in &run.names {
                        let e = t.full.entry(n.clone()).or_default();
                        if full.len() > e.len() {
                            e.clone_from(&full);
                        }
                    }
                }
                if let Some(c) = &run.country {
                    for n in &run.names {
                        *t.country.entry(n.clone()).or_default().entry(c.clone()).or_default() += 1;
                    }
                }
                if let (Some(office), false) = (&run.title, run.names.is_empty()) {
                    *t.offices
                        .entry(office.to_lowercase())
                        .or_default()
                        .entry(run.names.clone())
                        .or_default() += 1;
                }
                k = k.max(start + 1);
            }
        }
        t
    }

    fn merge(mut self, other: Tally) -> Tally {
        self.names.extend(other.names);
        for (n, f) in other.full {
            let e = self.full.entry(n).or_default();
            if f.len() > e.len() {
                *e = f;
            }
        }
        for (n, cs) in other.country {
            let mine = self.country.entry(n).or_default();
            for (c, v) in cs {
                *mine.entry(c).or_default() += v;
            }
        }
        for (o, ns) in other.offices {
            let mine = self.offices.entry(o).or_default();
            for (n, v) in ns {
                *mine.entry(n).or_default() += v;
            }
        }
        for (o, ns) in other.office_in {
            let mine = self.office_in.entry(o).or_default();
            for (n, v) in ns {
                *mine.entry(n).or_default() += v;
            }
        }
        self
    }
}

/// The key with the most votes (ties broken by the key, so results never depend on hashing).
fn winner<K: Ord + Clone>(votes: HashMap<K, usize>) -> Option<K> {
    votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(k, _)| k)
}

impl People {
    /// Learns names, countries and offices from every statement of the readouts compared.
    pub fn learn(texts: &[&str]) -> People {
        let (a, b) = texts.split_at(texts.len() / 2);
        let (ta, tb) = crate::par::both(|| Tally::scan(a), || Tally::scan(b));
        let t = ta.merge(tb);
        People {
            country: t.country.into_iter().filter_map(|(n, cs)| Some((n, winner(cs)?))).collect(),
            names: t.names,
            offices: t.offices.into_iter().filter_map(|(o, ns)| Some((o, winner(ns)?))).collect(),
            office_in: t
                .office_in
                .into_iter()
                .filter_map(|(o, ns)| Some((o, winner(ns)?)))
                .collect(),
            full: t.full,
            participants: Vec::new(),
        }
    }

    /// A detected speaker as reports show it, with the event's participant names where the
    /// event file gives them.
    pub fn attribution(&self, s: &Speaker) -> Attribution {
        let party = self.country_of(s);
        match s {
            Speaker::Person { label, .. } => {
                let names = self.names_of(s);
                let participant = self
                    .participants
                    .iter()
                    .find(|(_, words)| words.iter().any(|w| names.contains(w)))
                    .map(|(name, _)| name.clone());
                let fullest = || names.iter().find_map(|n| self.full.get(n).cloned());
                let name = participant.or_else(fullest).unwrap_or_else(|| label.clone());
                Attribution {
                    kind: Kind::Person,
                    name: Some(name),
                    written: Some(label.clone()),
                    party,
                }
            }
            Speaker::Side { label, .. } => Attribution {
                kind: Kind::Side,
                name: Some(label.clone()),
                written: Some(label.clone()),
                party,
            },
            Speaker::Both { label } => Attribution {
                kind: Kind::Both,
                name: None,
                written: Some(label.clone()),
                party: None,
            },
            Speaker::Unattributed => Attribution::unattributed(),
        }
    }

    /// The name words of a person speaker; for one named by office alone, of who holds it.
    pub fn names_of<'a>(&'a self, s: &'a Speaker) -> &'a [String] {
        let Speaker::Person { names, country, .. } = s else { return &[] };
        match names.as_slice() {
            [office] if titles().contains(office.as_str()) => {
                let in_country =
                    country.as_ref().and_then(|c| self.office_in.get(&(office.clone(), c.clone())));
                // An office of another country than the text says is not that person's.
                let anywhere = self.offices.get(office).filter(|n| {
                    country.is_none()
                        || n.iter().find_map(|w| self.country.get(w)) == country.as_ref()
                });
                in_country.or(anywhere).map_or(names.as_slice(), Vec::as_slice)
            }
            _ => names,
        }
    }

    /// Words of the names of people: they say who speaks, which the aligner weighs apart from
    /// what is said.
    pub fn name_words(&self) -> impl Iterator<Item = &str> {
        self.names.iter().chain(self.country.keys()).map(String::as_str)
    }

    /// Adds what an event file says of its participants: their names and aliases are people's
    /// names, and a participant whose country the texts do not give speaks for their side.
    pub fn add_participants(&mut self, participants: &[crate::model::Participant]) {
        for p in participants {
            let words: Vec<String> =
                std::iter::once(&p.name).chain(&p.aliases).flat_map(|n| name_words(n)).collect();
            self.participants.push((p.name.clone(), words.clone()));
            self.names.extend(words.iter().cloned());
            let known = words.iter().find_map(|w| self.country.get(w).cloned());
            if let Some(key) = known.or_else(|| p.side.as_ref().map(|s| format!("side:{s}"))) {
                for w in words {
                    self.country.entry(w).or_insert_with(|| key.clone());
                }
            }
        }
    }

    /// The countries the people speak for: the parties of the event, named in nearly every
    /// statement and so saying little about which point a statement makes.
    pub fn countries(&self) -> HashSet<&str> {
        self.country.values().map(String::as_str).collect()
    }

    /// The country a speaker belongs to, where known.
    pub fn country_of(&self, s: &Speaker) -> Option<String> {
        match s {
            Speaker::Person { country, .. } => self
                .names_of(s)
                .iter()
                .find_map(|n| self.country.get(n).cloned())
                .or_else(|| country.clone()),
            Speaker::Side { country, .. } => Some(country.clone()),
            _ => None,
        }
    }

    pub fn agreement(&self, a: &Speaker, b: &Speaker) -> Agreement {
        let mut two_named = false;
        if let (Speaker::Person { .. }, Speaker::Person { .. }) = (a, b) {
            let (x, y) = (self.names_of(a), self.names_of(b));
            if x.iter().any(|n| y.contains(n)) {
                return Agreement::Same;
            }
            let named = |v: &[String]| v.iter().any(|n| !titles().contains(n.as_str()));
            two_named = named(x) && named(y);
        }
        match (self.country_of(a), self.country_of(b)) {
            (Some(x), Some(y)) if x == y => Agreement::SameSide,
            (Some(_), Some(_)) => Agreement::Different,
            // Two people named differently in a readout pair are, as a rule, the two principals.
            _ if two_named => Agreement::Different,
            _ => Agreement::Unknown,
        }
    }
}

/// The folded words of a name, without titles and initials ("Antony J. Blinken" → antony, blinken).
pub fn name_words(name: &str) -> Vec<String> {
    text::words(name)
        .into_iter()
        .map(|w| w.lower)
        .filter(|w| w.chars().count() > 1 && !titles().contains(w.as_str()))
        .collect()
}

/// The speakers of a readout's statements, in order. `paragraphs` gives each statement's
/// paragraph: a statement that names no one goes on with the speaker of the one before it in
/// the same paragraph, as reported speech does ("President Xi noted that … China supports …").
pub fn detect(statements: &[&str], paragraphs: &[usize]) -> Vec<Speaker> {
    let known = Names::of(statements);
    let mut out: Vec<Speaker> = Vec::with_capacity(statements.len());
    let mut prev_subject: Option<Speaker> = None;
    for (i, s) in statements.iter().enumerate() {
        let toks = toks(s);
        let same_para = i > 0 && paragraphs.get(i) == paragraphs.get(i - 1);
        let prev = out.last().filter(|p| !matches!(p, Speaker::Unattributed)).cloned();
        let carried = prev.clone().or_else(|| prev_subject.clone());
        let sp = match find(&toks, &known) {
            Found::Speaker(sp) => sp,
            Found::Pronoun => carried.unwrap_or(Speaker::Unattributed),
            Found::Passive => Speaker::Unattributed,
            Found::Nothing => match prev {
                Some(p) if same_para => p,
                _ => Speaker::Unattributed,
            },
        };
        prev_subject = leading_subject(&toks, &known);
        out.push(sp);
    }
    out
}

/// Words a readout writes with a capital where no sentence starts, and never in lower case:
/// its names. A capitalised word opening a sentence ("Bilateral trade rose …") is a name only
/// if it is one of these, or stands with a title or a country ("President Xi").
struct Names(HashSet<String>);

impl Names {
    fn of(statements: &[&str]) -> Names {
        let mut names = HashSet::default();
        let mut lower = HashSet::default();
        for s in statements {
            for w in text::words(s) {
                if w.raw.starts_with(char::is_lowercase) {
                    lower.insert(w.lower);
                } else if w.proper {
                    names.insert(w.lower);
                }
            }
        }
        names.retain(|n| !lower.contains(n));
        Names(names)
    }
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    lower: String,
    raw: &'a str,
    word: bool,
    cap: bool,
}

fn toks(s: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    for t in text::tokens(s).into_iter().filter(|t| t.kind != TokenKind::Space) {
        // An initial keeps its full stop ("Antony J. Blinken"), so the name stays one run.
        if t.text == "."
            && out.last().is_some_and(|p| p.word && p.raw.chars().count() == 1 && p.cap)
            && ends.last() == Some(&t.start)
        {
            let last = out.last_mut().unwrap();
            let start = t.start - last.raw.len();
            last.raw = &s[start..t.start + 1];
            continue;
        }
        let word = t.kind == TokenKind::Word;
        let lower = if word { text::word_form(t.text) } else { t.text.to_string() };
        out.push(Tok {
            cap: word && t.text.starts_with(char::is_uppercase),
            lower,
            raw: t.text,
            word,
        });
        ends.push(t.start + t.text.len());
    }
    out
}

fn titles() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| lexicon::TITLES.iter().copied().collect())
}

fn saying() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| lexicon::SAYING.iter().copied().collect())
}

fn both_words() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| lexicon::BOTH.iter().copied().collect())
}

/// Tokens that can be part of how a speaker is named.
fn in_run(t: &Tok) -> bool {
    (t.cap && !text::is_stop_word(&t.lower))
        || matches!(t.lower.as_str(), "of" | "the" | "for" | "and" | "side")
        || titles().contains(t.lower.as_str())
        || both_words().contains(t.lower.as_str())
}

/// A run of tokens naming someone, taken apart.
#[derive(Debug, Default)]
struct Run {
    names: Vec<String>,
    raw_names: Vec<String>,
    country: Option<String>,
    country_raw: Option<String>,
    title: Option<String>,
    both: bool,
}

/// Reads "Russian President Vladimir Putin", "President of the Republic of Norland Edvin
/// Sarkander", "The Chinese side", "The two leaders": words before the first title or after "of"
/// name the country; other capitalised words after a title are the person's name.
fn parse_run(run: &[Tok]) -> Run {
    let mut r = Run::default();
    let first_title = run.iter().position(|t| {
        t.word && titles().contains(t.lower.as_str()) && t.lower != "the" && t.lower != "of"
    });
    let mut after_of = false;
    for (k, t) in run.iter().enumerate() {
        if !t.word {
            continue;
        }
        let l = t.lower.as_str();
        if both_words().contains(l) {
            r.both = true;
            continue;
        }
        if l == "of" {
            after_of = true;
            continue;
        }
        // "Secretary of State", "Minister of Foreign Affairs": the office goes on, no country.
        if after_of && titles().contains(l) && !matches!(l, "people" | "republic" | "federation") {
            after_of = false;
        }
        if l == "the" || l == "and" || l == "for" {
            continue;
        }
        if l == "side" {
            continue;
        }
        let known = text::synonym_group(l).filter(|g| is_country_group(g));
        if titles().contains(l) {
            // The last word of an office names it best: "Foreign Secretary", "Minister".
            if !matches!(l, "people" | "republic" | "federation" | "state" | "of" | "the")
                && r.names.is_empty()
            {
                r.title = Some(t.raw.to_string());
            }
            continue;
        }
        let before_title = first_title.is_some_and(|ft| k < ft);
        if let Some(g) = known {
            r.country.get_or_insert_with(|| g.to_string());
            r.country_raw.get_or_insert_with(|| t.raw.to_string());
            after_of = false;
        } else if t.cap && (before_title || after_of) && r.country.is_none() {
            r.country = Some(text::country_key(l));
            r.country_raw = Some(t.raw.to_string());
            after_of = false;
        } else if t.cap {
            if l.chars().count() > 1 {
                r.names.push(l.to_string());
            }
            r.raw_names.push(t.raw.to_string());
            after_of = false;
        }
    }
    r
}

fn is_country_group(g: &str) -> bool {
    text::COUNTRY_GROUPS.contains(&g)
}

enum Found {
    Speaker(Speaker),
    /// "He added …": the speaker of the sentence before.
    Pronoun,
    /// "It was agreed …": deliberately no one.
    Passive,
    Nothing,
}

/// Reads one statement's speaker from its reporting pattern.
fn find(toks: &[Tok], known: &Names) -> Found {
    let words: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].word).collect();
    let Some(&w0) = words.first() else { return Found::Nothing };
    let first = toks[w0].lower.as_str();
    // "He noted …", "She also stressed …"
    if matches!(first, "he" | "she") {
        return Found::Pronoun;
    }
    // "It was agreed …", "It has been emphasized …": said on no one's behalf. ("It is important
    // to …" is not: it goes on in the voice of whoever spoke before.)
    if first == "it"
        && words.get(1).is_some_and(|&k| matches!(toks[k].lower.as_str(), "was" | "has"))
    {
        let verb = words[1..]
            .iter()
            .map(|&k| toks[k].lower.as_str())
            .find(|w| !matches!(*w, "was" | "has" | "been" | "also" | "further"));
        if verb.is_some_and(|v| v.ends_with("ed")) {
            return Found::Passive;
        }
    }
    // "According to Putin, …"
    if first == "according" && words.get(1).is_some_and(|&k| toks[k].lower == "to") {
        let start = words[2.min(words.len() - 1)];
        let end = (start..toks.len()).find(|&k| !in_run(&toks[k])).unwrap_or(toks.len());
        if let Some(sp) = speaker_of(&toks[start..end], None) {
            return Found::Speaker(sp);
        }
    }
    // "Xi noted that …", "The President of Russia informed …", "Both (Presidents) stated …":
    // a saying verb early on, right after a run that names someone.
    for &v in words.iter().take(14) {
        if !saying().contains(toks[v].lower.as_str()) || toks[v].cap {
            continue;
        }
        // An adverb may stand between subject and verb: "He also expressed", "Xi further noted".
        let adverb = |t: &Tok| {
            t.lower.ends_with("ly")
                || matches!(t.lower.as_str(), "also" | "further" | "then" | "once")
        };
        let end = if v > 0 && adverb(&toks[v - 1]) { v - 1 } else { v };
        let mut start = end;
        while start > 0 && (in_run(&toks[start - 1]) || matches!(toks[start - 1].raw, "(" | ")")) {
            start -= 1;
        }
        if let Some(sp) = speaker_of(&toks[start..end], None).filter(|_| start < end) {
            return Found::Speaker(sp);
        }
        match end.checked_sub(1).map(|k| toks[k].lower.as_str()) {
            Some("he" | "she") => return Found::Pronoun,
            Some("they") => return Found::Speaker(Speaker::Both { label: "They".into() }),
            _ => {}
        }
    }
    // "…, Xi said." / "…, Xi said, adding that …" / "…, he said."
    for k in 1..toks.len() {
        if toks[k].raw != "," && toks[k].raw != "\"" && toks[k].raw != "”" {
            continue;
        }
        let start = k + 1;
        let mut end = start;
        while end < toks.len() && in_run(&toks[end]) {
            end += 1;
        }
        let verb = toks.get(end).filter(|t| t.word && saying().contains(t.lower.as_str()));
        if verb.is_none() {
            // "…, he said."
            if start < toks.len()
                && matches!(toks[start].lower.as_str(), "he" | "she")
                && toks.get(start + 1).is_some_and(|t| saying().contains(t.lower.as_str()))
            {
                return Found::Pronoun;
            }
            continue;
        }
        if end > start
            && let Some(sp) = speaker_of(&toks[start..end], None)
        {
            return Found::Speaker(sp);
        }
    }
    // "The Chinese side stands ready …", "China supports …", "The two sides communicated …";
    // but "Xi held a phone call with Putin" narrates the event and puts words in no one's mouth.
    // The verb may come after an adverbial ("Xi on Wednesday held a phone call …").
    let after =
        (0..toks.len()).find(|&k| !in_run(&toks[k]) && toks[k].raw != "(" && toks[k].raw != ")");
    let narrates = after.is_some_and(|k| {
        toks[k..]
            .iter()
            .filter(|t| t.word)
            .take(4)
            .any(|t| lexicon::EVENT_VERBS.contains(&t.lower.as_str()))
    });
    match leading_subject(toks, known) {
        Some(sp @ Speaker::Both { .. }) => return Found::Speaker(sp),
        Some(sp) if !narrates => return Found::Speaker(sp),
        _ => {}
    }
    Found::Nothing
}

/// The subject a statement opens with, when it names someone: the referent of a "He" in the
/// next statement even when this one reports no saying ("Blinken spoke with Wang. He added …").
fn leading_subject(toks: &[Tok], known: &Names) -> Option<Speaker> {
    let end = (0..toks.len())
        .find(|&k| !(in_run(&toks[k]) || matches!(toks[k].raw, "(" | ")")))
        .unwrap_or(toks.len());
    if end == 0 {
        return None;
    }
    // The run must be the subject of a verb ("China supports", "The Chinese side stands"), not a
    // fronted phrase or a name used as a modifier ("The Saltmere port upgrade is …").
    let next =
        toks[end..].iter().find(|t| !t.word || !(t.lower.ends_with("ly") || t.lower == "also"))?;
    if !next.word || next.cap || !verb_like(&next.lower) {
        return None;
    }
    // Any capitalised word opens a sentence: only known names count here.
    speaker_of(&toks[..end], Some(known))
}

/// A word that can be a finite verb right after its subject: a verb of saying or of the event,
/// an auxiliary, or a third-person or past form.
fn verb_like(w: &str) -> bool {
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "shall",
        "should", "must", "may", "might", "does", "did", "remains", "stands",
    ];
    AUX.contains(&w)
        || saying().contains(w)
        || lexicon::EVENT_VERBS.contains(&w)
        || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || w.ends_with("ed")
}

fn speaker_of(run: &[Tok], known: Option<&Names>) -> Option<Speaker> {
    let mut r = parse_run(run);
    if let Some(known) = known.filter(|_| r.title.is_none() && r.country.is_none()) {
        r.names.retain(|n| known.0.contains(n));
        if r.names.is_empty() {
            r.raw_names.clear();
        }
    }
    let label = run
        .iter()
        .map(|t| t.raw)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(" )", ")");
    let label = label.trim_start_matches("The ").trim_start_matches("the ").to_string();
    if !r.names.is_empty() {
        return Some(Speaker::Person {
            label: r.raw_names.join(" "),
            names: r.names,
            country: r.country,
        });
    }
    if r.both {
        return Some(Speaker::Both { label });
    }
    // Named by office alone: "The Secretary raised …", "The Norlandic President expressed …".
    match (r.title, r.country) {
        (Some(t), country) => Some(Speaker::Person {
            label: format!("the {label}"),
            names: vec![t.to_lowercase()],
            country,
        }),
        (None, Some(country)) => Some(Speaker::Side { label, country }),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Speaker {
        detect(&[s], &[1]).remove(0)
    }

    fn person<'a>(names: &'a [&'a str]) -> impl Fn(&Speaker) -> bool + 'a {
        move |s| matches!(s, Speaker::Person { names: n, .. } if names.iter().all(|x| n.iter().any(|y| y == x)))
    }

    #[test]
    fn verb_after_the_name() {
        assert!(person(&["xi"])(&one("During their conversation, Xi noted that relations grew.")));
        assert!(person(&["xi", "jinping"])(&one(
            "Xi Jinping underscored that he treats the actions with respect."
        )));
        assert!(person(&["putin"])(&one("President Putin set forth the historical context.")));
        assert!(person(&["wang", "yi"])(&one(
            "Wang Yi stressed that China abides by international law."
        )));
    }

    #[test]
    fn verb_after_the_clause() {
        assert!(person(&["xi"])(&one(
            "All parties should push for a settlement, Xi said, adding that China will help."
        )));
        assert!(person(&["orlev"])(&one(
            "\"We will not let anyone dictate the terms,\" Orlev said."
        )));
    }

    #[test]
    fn according_to() {
        assert!(person(&["sarkander"])(&one(
            "According to Sarkander, the first deliveries will begin in 2027."
        )));
    }

    #[test]
    fn sides_both_and_no_one() {
        assert!(
            matches!(one("The Chinese side stands ready to work with the Russian side."), Speaker::Side { country, .. } if country == "@china")
        );
        // An office with its country: that country's holder of the office.
        let office =
            one("The President of Russia informed the President of China about the reasons.");
        assert!(
            matches!(&office, Speaker::Person { country: Some(c), .. } if c == "@russia"),
            "{office:?}"
        );
        assert!(matches!(one("The two leaders agreed to stay in contact."), Speaker::Both { .. }));
        assert!(matches!(
            one("Both (Presidents) stated that sanctions must not be allowed."),
            Speaker::Both { .. }
        ));
        assert!(matches!(
            one("They reaffirmed desire to deepen partnership."),
            Speaker::Both { .. }
        ));
        assert_eq!(one("It was agreed to expand cooperation."), Speaker::Unattributed);
        assert_eq!(
            one("The issues of military ties were also touched upon."),
            Speaker::Unattributed
        );
    }

    #[test]
    fn pronoun_and_paragraph_carry_the_speaker() {
        let s = detect(
            &[
                "Secretary of State Antony J. Blinken spoke today with Wang Yi.",
                "He underscored that the United States is committed to diplomacy.",
                "President Xi noted that the situation has changed.",
                "China determines its position on its own merits.",
                "It is important to reject Cold War mentality.",
            ],
            &[1, 2, 3, 3, 3],
        );
        assert!(person(&["blinken"])(&s[1]), "{:?}", s[1]);
        assert!(person(&["xi"])(&s[2]));
        assert!(
            matches!(&s[3], Speaker::Side { country, .. } if country == "@china"),
            "{:?}",
            s[3]
        );
        assert!(matches!(&s[4], Speaker::Side { .. }), "{:?}", s[4]);
    }

    #[test]
    fn people_learn_their_countries() {
        let texts = [
            "Russian President Vladimir Putin had a phone conversation with President of the People's Republic of China Xi Jinping.",
            "Norlandic President Edvin Sarkander held a call with President of Ostravia Casimir Orlev.",
        ];
        let p = People::learn(&texts);
        let putin = one("Putin said it.");
        let xi = one("Xi said it.");
        assert_eq!(p.country_of(&putin).as_deref(), Some("@russia"));
        assert_eq!(p.country_of(&xi).as_deref(), Some("@china"));
        assert_eq!(p.agreement(&putin, &xi), Agreement::Different);
        let side = one("The Chinese side stands ready to help.");
        assert_eq!(p.agreement(&xi, &side), Agreement::SameSide);
        let s = one("Sarkander noted that trade grew.");
        let o = one("According to Orlev, trade grew.");
        assert_eq!(p.agreement(&s, &o), Agreement::Different);
        assert_eq!(p.country_of(&o).as_deref(), Some(text::country_key("ostravian").as_str()));
    }

    #[test]
    fn an_office_alone_names_who_holds_it() {
        let texts = [
            "Tavoran Foreign Secretary Corinne Halloway met Arvenian Foreign Minister Anselm Rudak.",
            "The Foreign Secretary underscored the importance of open lines.",
        ];
        let p = People::learn(&texts);
        let office = one(texts[1]);
        assert!(
            matches!(&office, Speaker::Person { label, .. } if label == "the Foreign Secretary"),
            "{office:?}"
        );
        assert_eq!(p.agreement(&office, &one("Halloway said that trade grew.")), Agreement::Same);
        assert_eq!(p.agreement(&office, &one("Rudak said that trade grew.")), Agreement::Different);
    }
}
