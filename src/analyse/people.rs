//! Who the texts name: which country each person speaks for, learnt from how the texts introduce
//! them ("Russian President Vladimir Putin"), which person an office names when it stands alone
//! ("the Foreign Secretary"), and the event file's participants.

use super::Analysis;
use super::speaker::{Speaker, in_run_at, parse_run, parts, titles, toks};
use crate::model::speaker::{Attribution, Kind};
use crate::text;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
    /// Each participant's aliases as folded words without "the" ("the President" → president),
    /// with the words of the participant's name: an office named alone that is an alias is
    /// that participant.
    aliases: Vec<(Vec<String>, Vec<String>)>,
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
    /// Counts what one run says: its names, its country, its office.
    fn note(&mut self, run: super::speaker::Run) {
        let t = self;
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
    }

    fn scan(part: &[&Analysis]) -> Tally {
        let mut t = Tally::default();
        for st in part {
            let toks = toks(st);
            let mut k = 0;
            while k < toks.len() {
                if !toks[k].form.capital {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < toks.len() && in_run_at(&toks, k) {
                    k += 1;
                }
                // "Wang Yi and Jake Sullivan": each party of a run on its own.
                for part in parts(&toks[start..k]) {
                    t.note(parse_run(part));
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
    pub fn learn(readouts: &[Vec<Analysis>]) -> People {
        let all: Vec<&Analysis> = readouts.iter().flatten().collect();
        let (a, b) = all.split_at(all.len() / 2);
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
            aliases: Vec::new(),
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
                    members: Vec::new(),
                }
            }
            Speaker::Side { label, .. } => Attribution {
                kind: Kind::Side,
                name: Some(label.clone()),
                written: Some(label.clone()),
                party,
                members: Vec::new(),
            },
            Speaker::Both { label } => Attribution {
                kind: Kind::Both,
                name: None,
                written: Some(label.clone()),
                party: None,
                members: Vec::new(),
            },
            Speaker::Group { label, members } => {
                let members: Vec<Attribution> =
                    members.iter().map(|m| self.attribution(m)).collect();
                let mut a = Attribution {
                    kind: Kind::Group,
                    name: None,
                    written: Some(label.clone()),
                    party: None,
                    members,
                };
                a.name = Some(a.display());
                a
            }
            Speaker::Unattributed => Attribution::unattributed(),
        }
    }

    /// The name words of a person speaker; for one named by office alone, of who holds it.
    pub fn names_of<'a>(&'a self, s: &'a Speaker) -> &'a [String] {
        let Speaker::Person { names, country, label } = s else { return &[] };
        let written = alias_words(label);
        if let Some((_, who)) = self.aliases.iter().find(|(a, _)| *a == written) {
            return who;
        }
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
            for a in &p.aliases {
                let folded = alias_words(a);
                if !folded.is_empty() {
                    self.aliases.push((folded, name_words(&p.name)));
                }
            }
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
        // A group agrees with a party when one of its members does, and differs when every
        // member differs.
        if matches!(b, Speaker::Group { .. }) && !matches!(a, Speaker::Group { .. }) {
            return self.agreement(b, a);
        }
        if let Speaker::Group { members, .. } = a {
            let each: Vec<Agreement> = match b {
                Speaker::Group { members: others, .. } => members
                    .iter()
                    .map(|m| {
                        let v: Vec<Agreement> =
                            others.iter().map(|o| self.agreement(m, o)).collect();
                        best(&v)
                    })
                    .collect(),
                _ => members.iter().map(|m| self.agreement(m, b)).collect(),
            };
            return best(&each);
        }
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

/// The closest of several agreements: the same party if any is, different only if all are.
fn best(v: &[Agreement]) -> Agreement {
    // A group and one of its members are not the same speaker, but they share a side.
    if v.iter().any(|a| matches!(a, Agreement::Same | Agreement::SameSide)) {
        return Agreement::SameSide;
    }
    if !v.is_empty() && v.iter().all(|&a| a == Agreement::Different) {
        Agreement::Different
    } else {
        Agreement::Unknown
    }
}

/// The folded words of an alias or a label, without "the" ("the President" → president).
fn alias_words(s: &str) -> Vec<String> {
    text::lowers(s).into_iter().filter(|w| *w != "the").map(str::to_string).collect()
}

/// The folded words of a name, without titles and initials ("Antony J. Blinken" → antony, blinken).
pub fn name_words(name: &str) -> Vec<String> {
    text::lowers(name)
        .into_iter()
        .filter(|w| w.chars().count() > 1 && !titles().contains(w))
        .map(str::to_string)
        .collect()
}
