//! Who said what: the speaker each statement reports (a person, a side, both sides, or no one),
//! found from reporting patterns ("Xi noted that …", "…, Xi said.", "According to Putin, …",
//! "The Chinese side stands ready …", "He added …"), and which country each person speaks for.

use super::Analysis;
use crate::text::forms::{country_key, is_country_group, synonym_group};
use crate::text::{Word, lexicon};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// The speaker a statement reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A named person ("Xi Jinping"), or one named by office alone ("The Secretary").
    Person {
        label: String,
        names: Vec<String>,
        /// The country the text gives with the name or office ("Norlandic President").
        country: Option<String>,
    },
    /// A government or country as such ("The Chinese side", "China").
    Side { label: String, country: String },
    /// Both (all) sides together ("The two leaders agreed", "They reaffirmed").
    Both { label: String },
    /// Several named parties together, each a person or a side ("Putin and Xi discussed …",
    /// "The Secretary and the Foreign Minister agreed …", "Kestria and Mirava agreed …").
    Group { label: String, members: Vec<Speaker> },
    /// Nobody is named ("It was agreed …", "The issues … were touched upon").
    Unattributed,
}

impl Speaker {
    /// How the speaker is named in the text.
    pub fn label(&self) -> &str {
        match self {
            Speaker::Person { label, .. }
            | Speaker::Side { label, .. }
            | Speaker::Both { label }
            | Speaker::Group { label, .. } => label,
            Speaker::Unattributed => "unattributed",
        }
    }
}

/// The speakers of a readout's statements, in order. A statement that names no one goes on with
/// the speaker of the one before it in the same paragraph, as reported speech does ("President Xi noted that … China supports …").
pub fn detect(statements: &[Analysis], ev: &Evidence) -> Vec<Speaker> {
    let known = Names::of(statements);
    let mut out: Vec<Speaker> = Vec::with_capacity(statements.len());
    let mut prev_subject: Option<Speaker> = None;
    for (i, st) in statements.iter().enumerate() {
        let toks = toks(st);
        let same_para = i > 0 && st.paragraph == statements[i - 1].paragraph;
        let prev = out.last().filter(|p| !matches!(p, Speaker::Unattributed)).cloned();
        let carried = prev.clone().or_else(|| prev_subject.clone());
        let sp = match find(&toks, &known, ev) {
            Found::Speaker(sp) => sp,
            Found::Pronoun => carried.unwrap_or(Speaker::Unattributed),
            Found::Passive | Found::Author => Speaker::Unattributed,
            Found::Nothing => match prev {
                Some(p) if same_para => p,
                _ => Speaker::Unattributed,
            },
        };
        prev_subject = leading_subject(&toks, &known, ev);
        out.push(sp);
    }
    out
}

/// Whether speakers are read in a readout of this language: the reporting patterns are English
/// ones, so only a readout in English (or that gives no language) is read; in any other, every
/// statement is unattributed and the reports say that speakers were not detected.
pub fn reads(language: Option<&str>) -> bool {
    language.is_none_or(|l| {
        let l = l.trim().to_ascii_lowercase();
        l.is_empty()
            || l == "en"
            || l == "eng"
            || l == "english"
            || l.starts_with("en-")
            || l.starts_with("en_")
    })
}

/// The words a readout writes as names (see [`super::names`]).
struct Names(HashSet<&'static str>);

impl Names {
    fn of(statements: &[Analysis]) -> Names {
        Names(super::names::names(statements.iter().flat_map(|s| &s.words)))
    }
}

/// What all the texts of a run say of who is a person and what is a country, so that a
/// capitalised word is a speaker only when the texts use it as one: a name after a person's
/// title ("President Xi", "Mr. Sullivan") or a first-name–surname pair or a lone name that is the
/// subject of a verb of saying ("Xi Jinping noted", and "Orlev said" twice), never a day, a
/// place or a country. Countries are the words the texts put before an office or after "of" in
/// one ("Kestrian Prime Minister …", "President of Mirava …").
#[derive(Debug, Default)]
pub struct Evidence {
    persons: HashSet<String>,
    countries: HashSet<String>,
}

impl Evidence {
    /// Learns from every statement of every readout of the run.
    pub fn of(readouts: &[&[Analysis]]) -> Evidence {
        let mut ev = Evidence::default();
        let mut lone: rustc_hash::FxHashMap<String, usize> = Default::default();
        for st in readouts.iter().flat_map(|r| r.iter()) {
            let toks = toks(st);
            let mut seen_lone: HashSet<String> = HashSet::default();
            let mut k = 0;
            while k < toks.len() {
                if !in_run_at(&toks, k) || !toks[k].form.capital {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < toks.len() && in_run_at(&toks, k) {
                    k += 1;
                }
                let mut listed = false;
                for part in parts(&toks[start..k]) {
                    let r = parse_run(part);
                    if r.personal {
                        ev.persons.extend(r.names.iter().cloned());
                    }
                    if let Some(c) = r.country.as_ref().filter(|_| r.title.is_some() || r.both) {
                        ev.countries.insert(c.clone());
                        listed = r.country_raw.as_deref() == part.last().map(|t| t.raw);
                    }
                }
                // "The foreign ministers of Alpha, Beta and Gamma": the rest of a list of
                // countries an office names.
                let mut j = k;
                while listed && j + 1 < toks.len() && matches!(toks[j].raw, "," | "and") {
                    let next = if toks[j + 1].form.lower == "and" { j + 2 } else { j + 1 };
                    match toks.get(next) {
                        Some(t)
                            if t.form.capital
                                && !t.form.stop
                                && !titles().contains(t.form.lower) =>
                        {
                            ev.countries.insert(country_key(t.form.lower));
                            j = next + 1;
                        }
                        _ => break,
                    }
                }
                // The subject of a verb of saying: "Xi Jinping noted", "Orlev said".
                let verb = toks[k..].iter().find(|t| !adverb(t));
                if verb.is_some_and(|t| {
                    t.is_word() && !t.form.capital && saying().contains(t.form.lower)
                }) {
                    let r = parse_run(&toks[start..k]);
                    let plain = r.title.is_none() && r.country.is_none() && !r.both;
                    let no_and = !toks[start..k].iter().any(|t| t.form.lower == "and");
                    match r.names.as_slice() {
                        [_, _] if plain && no_and => ev.persons.extend(r.names.iter().cloned()),
                        [one] if plain && no_and => {
                            seen_lone.insert(one.clone());
                        }
                        _ => {}
                    }
                }
            }
            for n in seen_lone {
                *lone.entry(n).or_default() += 1;
            }
        }
        ev.persons.extend(lone.into_iter().filter(|&(_, c)| c >= 2).map(|(n, _)| n));
        ev.persons.retain(|n| {
            !lexicon::WEEKDAYS.contains(&n.as_str()) && !lexicon::MONTHS.contains(&n.as_str())
        });
        ev
    }

    /// Whether a name word stands for a country the texts name as one.
    fn country(&self, name: &str) -> Option<String> {
        let key = country_key(name);
        self.countries.contains(&key).then_some(key)
    }
}

/// An adverb between a subject and its verb: "He also expressed", "Xi further noted".
fn adverb(t: &Word) -> bool {
    t.is_word()
        && (t.form.lower.ends_with("ly")
            || matches!(t.form.lower, "also" | "further" | "then" | "once"))
}

/// A statement's words and punctuation as a speaker's name is read from them: an initial keeps
/// its full stop ("Antony J. Blinken"), so the name stays one run.
pub(super) fn toks<'t>(st: &Analysis<'t>) -> Vec<Word<'t>> {
    let mut out: Vec<Word> = Vec::with_capacity(st.words.len());
    for w in &st.words {
        if w.raw == "."
            && let Some(last) = out.last_mut()
            && last.is_word()
            && last.form.capital
            && (last.raw.chars().count() == 1 || person_titles().contains(last.form.lower))
            && last.end() == w.start()
        {
            last.raw = &st.text[last.start()..w.end()];
            continue;
        }
        out.push(*w);
    }
    out
}

pub(super) fn titles() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| lexicon::TITLES.iter().chain(lexicon::PERSON_TITLES).copied().collect())
}

/// Titles that name one person (see [`lexicon::PERSON_TITLES`]).
pub(super) fn person_titles() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| lexicon::PERSON_TITLES.iter().copied().collect())
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
pub(super) fn in_run(t: &Word) -> bool {
    (t.form.capital && !t.form.stop)
        || matches!(t.form.lower, "of" | "the" | "for" | "and" | "side")
        || titles().contains(t.form.lower)
        || both_words().contains(t.form.lower)
}

/// [`in_run`] for the token at `k` of `toks`, where a capitalised short word right after a
/// person's title is a name even when it is also a common word ("Vice Premier He").
pub(super) fn in_run_at(toks: &[Word], k: usize) -> bool {
    let t = &toks[k];
    in_run(t)
        || (t.is_word()
            && t.form.capital
            && !t.sentence_start()
            && k > 0
            && toks[k - 1].form.capital
            && person_titles().contains(toks[k - 1].form.lower))
}

/// The parts of a run that name different parties: split at "and" ("Putin and Xi", "The
/// Secretary and the Foreign Minister"), except where a part is only an office without "the",
/// which goes with the next part ("State Councilor and Foreign Minister Wang Yi").
pub(super) fn parts<'a, 't>(run: &'a [Word<'t>]) -> Vec<&'a [Word<'t>]> {
    let mut out: Vec<&[Word]> = Vec::new();
    let mut start = 0;
    let mut pending: Option<usize> = None;
    for k in 0..=run.len() {
        if k < run.len() && run[k].form.lower != "and" {
            continue;
        }
        let part = &run[start..k];
        let named = part.iter().any(|t| {
            t.is_word()
                && t.form.capital
                && !titles().contains(t.form.lower)
                && !matches!(t.form.lower, "the" | "of" | "for" | "side")
        });
        let determined = part.first().is_some_and(|t| t.form.lower == "the");
        let from = pending.take().unwrap_or(start);
        if !named && !determined && k < run.len() && !part.is_empty() {
            // An office on its own, conjoined with the next: keep it with the next part.
            pending = Some(from);
        } else {
            out.push(&run[from..k]);
        }
        start = k + 1;
    }
    out
}

/// A run of tokens naming someone, taken apart.
#[derive(Debug, Default)]
pub(super) struct Run {
    pub(super) names: Vec<String>,
    pub(super) raw_names: Vec<String>,
    pub(super) country: Option<String>,
    pub(super) country_raw: Option<String>,
    pub(super) title: Option<String>,
    /// A title that names one person comes before the names ("President", "Mr.").
    pub(super) personal: bool,
    pub(super) both: bool,
}

/// Reads "Russian President Vladimir Putin", "President of the Republic of Norland Edvin
/// Sarkander", "The Chinese side", "The two leaders": words before the first title or after "of"
/// name the country; other capitalised words after a title are the person's name.
pub(super) fn parse_run(run: &[Word]) -> Run {
    let mut r = Run::default();
    let first_title = run.iter().position(|t| {
        t.is_word()
            && titles().contains(t.form.lower)
            && t.form.lower != "the"
            && t.form.lower != "of"
    });
    let mut after_of = false;
    for (k, t) in run.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        let l = t.form.lower;
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
        // The group of the multi-word name the word is in, too: "United States" is a country.
        let known = t.group().or_else(|| synonym_group(l)).filter(|g| is_country_group(g));
        if titles().contains(l) && known.is_none() {
            if r.names.is_empty() && person_titles().contains(l) {
                r.personal = true;
            }
            // The last word of an office names it best: "Foreign Secretary", "Minister".
            if !matches!(l, "people" | "republic" | "federation" | "state" | "of" | "the")
                && r.names.is_empty()
            {
                r.title = Some(t.raw.to_string());
            }
            continue;
        }
        let before_title = first_title.is_some_and(|ft| k < ft);
        // "Secretary of the Treasury Janet Yellen": after "of" in an office whose country is
        // known, a capitalised word goes on naming the office.
        if after_of
            && known.is_none()
            && r.country.is_some()
            && r.names.is_empty()
            && r.title.is_some()
        {
            after_of = false;
            continue;
        }
        if let Some(g) = known {
            r.country.get_or_insert_with(|| g.to_string());
            r.country_raw.get_or_insert_with(|| t.raw.to_string());
            after_of = false;
        } else if t.form.capital && (before_title || after_of) && r.country.is_none() {
            r.country = Some(country_key(l));
            r.country_raw = Some(t.raw.to_string());
            after_of = false;
        } else if t.form.capital {
            if l.chars().count() > 1 {
                r.names.push(l.to_string());
            }
            r.raw_names.push(t.raw.to_string());
            after_of = false;
        }
    }
    r
}

enum Found {
    Speaker(Speaker),
    /// "He added …": the speaker of the sentence before.
    Pronoun,
    /// "It was agreed …": deliberately no one.
    Passive,
    /// "I believe …", "We are on our land …": the readout's author, whom the text does not name.
    Author,
    Nothing,
}

/// The start of the run of name words that ends right before `end`, without a leading "and",
/// "of", "for" (the run is the subject only from its first name word).
fn run_back(toks: &[Word], end: usize) -> usize {
    let mut start = end;
    while start > 0 && (in_run_at(toks, start - 1) || matches!(toks[start - 1].raw, "(" | ")")) {
        start -= 1;
    }
    while start < end && matches!(toks[start].form.lower, "and" | "of" | "for") {
        start += 1;
    }
    start
}

/// Reads one statement's speaker from its reporting pattern.
fn find(toks: &[Word], known: &Names, ev: &Evidence) -> Found {
    let words: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].is_word()).collect();
    let Some(&w0) = words.first() else { return Found::Nothing };
    let first = toks[w0].form.lower;
    // "He noted …", "She also stressed …"
    if matches!(first, "he" | "she") {
        return Found::Pronoun;
    }
    // "I believe …"; "We are …" (but "We discussed …", "We agreed …" are both sides).
    let opens_quote = toks[..w0].iter().any(|t| matches!(t.raw, "\"" | "“" | "'" | "‘"));
    if !opens_quote && (first == "i" || first == "we") {
        let verb = words[1..].iter().map(|&k| &toks[k]).find(|t| !adverb(t));
        if first == "i" || !verb.is_some_and(|t| saying().contains(t.form.lower)) {
            return Found::Author;
        }
    }
    // "It was agreed …", "It has been emphasized …": said on no one's behalf. ("It is important
    // to …" is not: it goes on in the voice of whoever spoke before.)
    if first == "it" && words.get(1).is_some_and(|&k| matches!(toks[k].form.lower, "was" | "has")) {
        let verb = words[1..]
            .iter()
            .map(|&k| toks[k].form.lower)
            .find(|w| !matches!(*w, "was" | "has" | "been" | "also" | "further"));
        if verb.is_some_and(|v| v.ends_with("ed")) {
            return Found::Passive;
        }
    }
    // "According to Putin, …"
    if first == "according" && words.get(1).is_some_and(|&k| toks[k].form.lower == "to") {
        let start = words[2.min(words.len() - 1)];
        let end = (start..toks.len()).find(|&k| !in_run_at(toks, k)).unwrap_or(toks.len());
        if let Some(sp) = speaker_of(&toks[start..end], None, ev) {
            return Found::Speaker(sp);
        }
    }
    // "Xi noted that …", "The President of Russia informed …", "Both (Presidents) stated …":
    // a saying verb early on, right after a run that names someone.
    for &v in words.iter().take(14) {
        if !saying().contains(toks[v].form.lower) || toks[v].form.capital {
            continue;
        }
        let mut end = if v > 0 && adverb(&toks[v - 1]) { v - 1 } else { v };
        let mut start = run_back(toks, end);
        // "Wang Yi on Friday urged …": a date between the subject and its verb.
        let date = |t: &Word| {
            lexicon::WEEKDAYS.contains(&t.form.lower) || lexicon::MONTHS.contains(&t.form.lower)
        };
        if end == start + 1
            && date(&toks[start])
            && start > 0
            && matches!(toks[start - 1].form.lower, "on" | "in" | "last" | "this" | "next")
        {
            end = start - 1;
            start = run_back(toks, end);
        }
        // "… exports via Odesa and agreed …": a run ending in a conjunction is not the subject.
        if end > 0 && matches!(toks[end - 1].form.lower, "and" | "of" | "for" | "the") {
            continue;
        }
        if let Some(sp) = speaker_of(&toks[start..end], None, ev).filter(|_| start < end) {
            return Found::Speaker(sp);
        }
        match end.checked_sub(1).map(|k| toks[k].form.lower) {
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
        while end < toks.len() && in_run_at(toks, end) {
            end += 1;
        }
        let verb = toks.get(end).filter(|t| t.is_word() && saying().contains(t.form.lower));
        if verb.is_none() {
            // "…, he said."
            if start < toks.len()
                && matches!(toks[start].form.lower, "he" | "she")
                && toks.get(start + 1).is_some_and(|t| saying().contains(t.form.lower))
            {
                return Found::Pronoun;
            }
            continue;
        }
        if end > start
            && let Some(sp) = speaker_of(&toks[start..end], None, ev)
        {
            return Found::Speaker(sp);
        }
        // "Wang, also a member of the Political Bureau, said …": the name the statement opens
        // with, then an aside between commas, then the verb.
        if end == start && toks[k].raw == "," {
            let head = (0..toks.len()).find(|&j| !in_run_at(toks, j)).unwrap_or(toks.len());
            let aside = toks.get(head + 1).is_some_and(|t| t.is_word() && !t.form.capital);
            if head > 0
                && head < k
                && toks[head].raw == ","
                && aside
                && let Some(sp) = speaker_of(&toks[..head], None, ev)
            {
                return Found::Speaker(sp);
            }
        }
    }
    // "The Chinese side stands ready …", "China supports …", "The two sides communicated …";
    // but "Xi held a phone call with Putin" narrates the event and puts words in no one's mouth.
    // The verb may come after an adverbial ("Xi on Wednesday held a phone call …").
    let after =
        (0..toks.len()).find(|&k| !in_run_at(toks, k) && toks[k].raw != "(" && toks[k].raw != ")");
    let narrates = after.is_some_and(|k| {
        toks[k..]
            .iter()
            .filter(|t| t.is_word())
            .take(4)
            .any(|t| lexicon::EVENT_VERBS.contains(&t.form.lower))
    });
    // "The U.S. side should abide …", "The two sides must …": what the speaker demands of
    // them, in the voice of whoever spoke before, not their own words.
    let demands = after.is_some_and(|k| {
        toks[k..].iter().find(|t| !adverb(t)).is_some_and(|t| {
            lexicon::OBLIGATION.contains(&t.form.lower)
                || (matches!(t.form.lower, "has" | "have")
                    && toks[k..]
                        .iter()
                        .filter(|t| t.is_word())
                        .nth(1)
                        .is_some_and(|n| n.form.lower == "to"))
        })
    });
    match leading_subject(toks, known, ev) {
        Some(_) if demands => return Found::Nothing,
        Some(sp @ Speaker::Both { .. }) => return Found::Speaker(sp),
        Some(sp) if !narrates => return Found::Speaker(sp),
        _ => {}
    }
    Found::Nothing
}

/// The subject a statement opens with, when it names someone: the referent of a "He" in the
/// next statement even when this one reports no saying ("Blinken spoke with Wang. He added …").
fn leading_subject(toks: &[Word], known: &Names, ev: &Evidence) -> Option<Speaker> {
    let end = (0..toks.len())
        .find(|&k| !(in_run_at(toks, k) || matches!(toks[k].raw, "(" | ")")))
        .unwrap_or(toks.len());
    if end == 0 || matches!(toks[end - 1].form.lower, "and" | "of" | "for" | "the") {
        return None;
    }
    // The run must be the subject of a verb ("China supports", "The Chinese side stands"), not a
    // fronted phrase or a name used as a modifier ("The Saltmere port upgrade is …").
    let next = toks[end..]
        .iter()
        .find(|t| !t.is_word() || !(t.form.lower.ends_with("ly") || t.form.lower == "also"))?;
    if !next.is_word() || next.form.capital || !verb_like(next.form.lower) {
        return None;
    }
    // "We are …": the author, not both sides.
    if toks[..end].iter().filter(|t| t.is_word()).all(|t| t.form.lower == "we") {
        return None;
    }
    // Any capitalised word opens a sentence: only known names count here.
    speaker_of(&toks[..end], Some(known), ev)
}

/// A word that can be a finite verb right after its subject: a verb of saying or of the event,
/// an auxiliary, or a third-person or past form.
fn verb_like(w: &str) -> bool {
    lexicon::AUXILIARIES.contains(&w)
        || lexicon::OBLIGATION.contains(&w)
        || saying().contains(w)
        || lexicon::EVENT_VERBS.contains(&w)
        || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || w.ends_with("ed")
}

/// Who a run names: one party, or several joined by "and" (each must name someone, or the run
/// names no one for sure).
fn speaker_of(run: &[Word], known: Option<&Names>, ev: &Evidence) -> Option<Speaker> {
    let ps = parts(run);
    if ps.len() < 2 {
        return one_speaker(run, known, ev);
    }
    let mut members = Vec::new();
    for p in ps {
        match one_speaker(p, known, ev)? {
            sp @ (Speaker::Person { .. } | Speaker::Side { .. }) => members.push(sp),
            _ => return None,
        }
    }
    Some(Speaker::Group { label: label_of(run), members })
}

fn label_of(run: &[Word]) -> String {
    let label = run
        .iter()
        .map(|t| t.raw)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(" )", ")");
    label.trim_start_matches("The ").trim_start_matches("the ").to_string()
}

fn one_speaker(run: &[Word], known: Option<&Names>, ev: &Evidence) -> Option<Speaker> {
    let mut r = parse_run(run);
    if let Some(known) = known.filter(|_| r.title.is_none() && r.country.is_none()) {
        r.names.retain(|n| known.0.contains(n.as_str()));
        if r.names.is_empty() {
            r.raw_names.clear();
        }
    }
    // "Spokesperson for the Norvish Foreign Ministry": a name word the texts use as a country.
    if r.country.is_none()
        && let Some(k) = r.names.iter().position(|n| ev.country(n).is_some())
        && (r.title.is_some() || r.names.len() > 1)
    {
        r.country = ev.country(&r.names[k]);
        let gone = r.names.remove(k);
        r.raw_names.retain(|w| w.to_lowercase() != gone);
        if r.names.is_empty() {
            r.raw_names.clear();
        }
    }
    let label = label_of(run);
    let spokesperson = r
        .title
        .as_deref()
        .is_some_and(|t| lexicon::SPOKESPERSONS.contains(&t.to_lowercase().as_str()));
    if !r.names.is_empty() {
        // "Kestria and Mirava": names the texts give as countries are sides.
        if r.title.is_none()
            && r.country.is_none()
            && let [n] = r.names.as_slice()
            && let Some(country) = ev.country(n)
        {
            return Some(Speaker::Side { label, country });
        }
        // A person only where the texts use the name as one.
        if !r.personal && !r.names.iter().any(|n| ev.persons.contains(n)) {
            return None;
        }
        // A side's spokesperson speaks for the side.
        if spokesperson && let Some(country) = r.country {
            return Some(Speaker::Side { label, country });
        }
        return Some(Speaker::Person {
            label: r.raw_names.join(" "),
            names: r.names,
            country: r.country,
        });
    }
    if r.both {
        return Some(Speaker::Both { label });
    }
    match (r.title, r.country) {
        // "The Chinese Foreign Ministry spokesperson said …"
        (Some(_), Some(country)) if spokesperson => Some(Speaker::Side { label, country }),
        // Named by office alone: "The Secretary raised …", "The Norlandic President expressed …".
        (Some(t), country) if r.personal => Some(Speaker::Person {
            label: format!("the {label}"),
            names: vec![t.to_lowercase()],
            country,
        }),
        // A government body: "The Chinese Foreign Ministry said …".
        (Some(_), Some(country)) | (None, Some(country)) => Some(Speaker::Side { label, country }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::people::{Agreement, People};
    use crate::analyse::statements;

    /// Where the texts introduce the people the tests name, so that a lone name is a person.
    const INTRO: &str = "President Xi Jinping, President Vladimir Putin, Foreign Minister Wang Yi, \
        President Edvin Sarkander, President Casimir Orlev, Premier Ana Mirel, Foreign Secretary \
        Corinne Halloway and Foreign Minister Anselm Rudak met.";

    /// The speaker of `s`, read with [`INTRO`] as another statement of the texts.
    fn one(s: &str) -> Speaker {
        let intro = statements(&[INTRO], &[1]);
        let st = statements(&[s], &[1]);
        detect(&st, &Evidence::of(&[&intro, &st])).remove(0)
    }

    /// The speaker of `s` read from it alone.
    fn alone(s: &str) -> Speaker {
        let st = statements(&[s], &[1]);
        detect(&st, &Evidence::of(&[&st])).remove(0)
    }

    fn detect_alone(st: &[Analysis]) -> Vec<Speaker> {
        detect(st, &Evidence::of(&[st]))
    }

    fn learn(texts: &[&str]) -> People {
        let paras: Vec<usize> = (1..=texts.len()).collect();
        People::learn(&[statements(texts, &paras)])
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
        let s = detect_alone(&statements(
            &[
                "Secretary of State Antony J. Blinken spoke today with Wang Yi.",
                "He underscored that the United States is committed to diplomacy.",
                "President Xi noted that the situation has changed.",
                "China determines its position on its own merits.",
                "It is important to reject Cold War mentality.",
            ],
            &[1, 2, 3, 3, 3],
        ));
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
        let p = learn(&texts);
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
        assert_eq!(p.country_of(&o).as_deref(), Some(country_key("ostravian").as_str()));
    }

    #[test]
    fn an_office_alone_names_who_holds_it() {
        let texts = [
            "Tavoran Foreign Secretary Corinne Halloway met Arvenian Foreign Minister Anselm Rudak.",
            "The Foreign Secretary underscored the importance of open lines.",
        ];
        let p = learn(&texts);
        let office = one(texts[1]);
        assert!(
            matches!(&office, Speaker::Person { label, .. } if label == "the Foreign Secretary"),
            "{office:?}"
        );
        assert_eq!(p.agreement(&office, &one("Halloway said that trade grew.")), Agreement::Same);
        assert_eq!(p.agreement(&office, &one("Rudak said that trade grew.")), Agreement::Different);
    }

    #[test]
    fn a_name_is_a_person_only_where_the_texts_use_it_as_one() {
        // Alone, a capitalised word before a verb is no one: a day, a place, a phrase ending in
        // a conjunction.
        assert_eq!(alone("Friday urged calm."), Speaker::Unattributed);
        assert!(!matches!(
            alone("The ministers held talks on exports via Odesa and agreed to meet."),
            Speaker::Person { .. }
        ));
        // With a title, or introduced so elsewhere, it is a person.
        assert!(person(&["orlev"])(&alone("President Orlev said that trade grew.")));
        assert!(person(&["orlev"])(&one("Orlev said that trade grew.")));
        // "Wang, also …, said": the name before an aside.
        assert!(person(&["wang"])(&one("Wang, also a member of the bureau, said that ties grew.")));
    }

    #[test]
    fn named_parties_together_are_a_group() {
        let g = one("Xi and Putin discussed the situation.");
        let Speaker::Group { members, .. } = &g else { panic!("{g:?}") };
        assert!(person(&["xi"])(&members[0]) && person(&["putin"])(&members[1]), "{g:?}");
        // "State Councilor and Foreign Minister Wang Yi" is one person with two offices.
        assert!(person(&["wang", "yi"])(&one(
            "State Councilor and Foreign Minister Wang Yi said that ties grew."
        )));
    }
}
