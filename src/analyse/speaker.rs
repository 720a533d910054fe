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

/// The speakers of a readout's statements, in order. A statement that names no one goes on with
/// the speaker of the one before it in the same paragraph, as reported speech does ("President Xi noted that … China supports …").
pub fn detect(statements: &[Analysis]) -> Vec<Speaker> {
    let known = Names::of(statements);
    let mut out: Vec<Speaker> = Vec::with_capacity(statements.len());
    let mut prev_subject: Option<Speaker> = None;
    for (i, st) in statements.iter().enumerate() {
        let toks = toks(st);
        let same_para = i > 0 && st.paragraph == statements[i - 1].paragraph;
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

/// The words a readout writes as names (see [`super::names`]).
struct Names(HashSet<&'static str>);

impl Names {
    fn of(statements: &[Analysis]) -> Names {
        Names(super::names::names(statements.iter().flat_map(|s| &s.words)))
    }
}

/// A statement's words and punctuation as a speaker's name is read from them: an initial keeps
/// its full stop ("Antony J. Blinken"), so the name stays one run.
pub(super) fn toks<'t>(st: &Analysis<'t>) -> Vec<Word<'t>> {
    let mut out: Vec<Word> = Vec::with_capacity(st.words.len());
    for w in &st.words {
        if w.raw == "."
            && let Some(last) = out.last_mut()
            && last.is_word()
            && last.raw.chars().count() == 1
            && last.form.capital
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
pub(super) fn in_run(t: &Word) -> bool {
    (t.form.capital && !t.form.stop)
        || matches!(t.form.lower, "of" | "the" | "for" | "and" | "side")
        || titles().contains(t.form.lower)
        || both_words().contains(t.form.lower)
}

/// A run of tokens naming someone, taken apart.
#[derive(Debug, Default)]
pub(super) struct Run {
    pub(super) names: Vec<String>,
    pub(super) raw_names: Vec<String>,
    pub(super) country: Option<String>,
    pub(super) country_raw: Option<String>,
    pub(super) title: Option<String>,
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
        let known = synonym_group(l).filter(|g| is_country_group(g));
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
    Nothing,
}

/// Reads one statement's speaker from its reporting pattern.
fn find(toks: &[Word], known: &Names) -> Found {
    let words: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].is_word()).collect();
    let Some(&w0) = words.first() else { return Found::Nothing };
    let first = toks[w0].form.lower;
    // "He noted …", "She also stressed …"
    if matches!(first, "he" | "she") {
        return Found::Pronoun;
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
        let end = (start..toks.len()).find(|&k| !in_run(&toks[k])).unwrap_or(toks.len());
        if let Some(sp) = speaker_of(&toks[start..end], None) {
            return Found::Speaker(sp);
        }
    }
    // "Xi noted that …", "The President of Russia informed …", "Both (Presidents) stated …":
    // a saying verb early on, right after a run that names someone.
    for &v in words.iter().take(14) {
        if !saying().contains(toks[v].form.lower) || toks[v].form.capital {
            continue;
        }
        // An adverb may stand between subject and verb: "He also expressed", "Xi further noted".
        let adverb = |t: &Word| {
            t.form.lower.ends_with("ly")
                || matches!(t.form.lower, "also" | "further" | "then" | "once")
        };
        let end = if v > 0 && adverb(&toks[v - 1]) { v - 1 } else { v };
        let mut start = end;
        while start > 0 && (in_run(&toks[start - 1]) || matches!(toks[start - 1].raw, "(" | ")")) {
            start -= 1;
        }
        if let Some(sp) = speaker_of(&toks[start..end], None).filter(|_| start < end) {
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
        while end < toks.len() && in_run(&toks[end]) {
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
            .filter(|t| t.is_word())
            .take(4)
            .any(|t| lexicon::EVENT_VERBS.contains(&t.form.lower))
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
fn leading_subject(toks: &[Word], known: &Names) -> Option<Speaker> {
    let end = (0..toks.len())
        .find(|&k| !(in_run(&toks[k]) || matches!(toks[k].raw, "(" | ")")))
        .unwrap_or(toks.len());
    if end == 0 {
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
    // Any capitalised word opens a sentence: only known names count here.
    speaker_of(&toks[..end], Some(known))
}

/// A word that can be a finite verb right after its subject: a verb of saying or of the event,
/// an auxiliary, or a third-person or past form.
fn verb_like(w: &str) -> bool {
    lexicon::AUXILIARIES.contains(&w)
        || saying().contains(w)
        || lexicon::EVENT_VERBS.contains(&w)
        || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || w.ends_with("ed")
}

fn speaker_of(run: &[Word], known: Option<&Names>) -> Option<Speaker> {
    let mut r = parse_run(run);
    if let Some(known) = known.filter(|_| r.title.is_none() && r.country.is_none()) {
        r.names.retain(|n| known.0.contains(n.as_str()));
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
    use crate::analyse::people::{Agreement, People};
    use crate::analyse::statements;

    fn one(s: &str) -> Speaker {
        detect(&statements(&[s], &[1])).remove(0)
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
        let s = detect(&statements(
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
}
