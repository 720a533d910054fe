//! Who a claim is attributed to: the names of the sources (their `source`, their `aliases`, and
//! the event's participants, each mapped to their own government's readout), matched loosely
//! against an `attributed_to` field or found in an article's sentence; and, for a name none of
//! them matches, the usual names of government bodies and state media
//! ([`lexicon::GOVERNMENT_BODIES`]) resolved to the side, and so the readout, they speak for.

use crate::model::{Event, Readout};
use crate::text::lexicon::{COUNTRY_GROUPS, GOVERNMENT_BODIES};
use crate::text::{self, Form, Word};

/// One way of naming a source.
#[derive(Debug, Clone)]
struct Entry {
    /// Lower-case words, a leading "the" dropped.
    words: Vec<String>,
    /// The same without function words, for loose matching.
    content: Vec<String>,
    source: usize,
    /// The source's own name or alias (the readout itself), not a participant's name.
    official: bool,
}

/// A name found in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub source: usize,
    pub official: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Names {
    entries: Vec<Entry>,
    /// Per source: what its names say of its side, to resolve government-body names.
    sides: Vec<Side>,
}

/// What a name (or all the names of a source) says of a side: the countries it names (synonym
/// groups of [`COUNTRY_GROUPS`]) and the kinds of government body it names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Side {
    pub countries: Vec<&'static str>,
    pub kinds: Vec<&'static str>,
    /// The body names found, as the table writes them.
    pub bodies: Vec<&'static str>,
}

impl Side {
    /// The countries and bodies a name speaks of.
    pub fn of(name: &str) -> Side {
        let lower = text::lowers(name);
        let mut side = Side::default();
        for (aliases, kind, country) in GOVERNMENT_BODIES {
            for a in *aliases {
                let aw = text::lowers(a);
                if !aw.is_empty() && lower.windows(aw.len()).any(|w| w == aw.as_slice()) {
                    push(&mut side.bodies, a);
                    push(&mut side.kinds, kind);
                    if !country.is_empty() {
                        push(&mut side.countries, country);
                    }
                }
            }
        }
        for w in super::words::words(name) {
            if let Some(g) = w.group().filter(|g| COUNTRY_GROUPS.contains(g)) {
                push(&mut side.countries, g);
            }
        }
        side
    }

    fn add(&mut self, o: Side) {
        for c in o.countries {
            push(&mut self.countries, c);
        }
        for k in o.kinds {
            push(&mut self.kinds, k);
        }
        for b in o.bodies {
            push(&mut self.bodies, b);
        }
    }

    fn is_empty(&self) -> bool {
        self.countries.is_empty() && self.kinds.is_empty()
    }
}

/// A country group as a reader writes it: `@india` → `India`, `@usa` → `USA`.
fn country_name(group: &str) -> String {
    let g = group.trim_start_matches('@');
    if g.len() <= 4 {
        g.to_uppercase()
    } else {
        let mut c = g.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }
}

fn push(v: &mut Vec<&'static str>, x: &'static str) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// How an attribution was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The sources it names; empty when it names none of them.
    pub sources: Vec<usize>,
    /// Why it names none of them, or which body it was taken to name, for the claim's note.
    pub note: Option<String>,
}

fn name_words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = text::lowers(s).into_iter().map(str::to_string).collect();
    if w.len() > 1 && w[0] == "the" {
        w.remove(0);
    }
    w
}

fn content(words: &[String]) -> Vec<String> {
    let c: Vec<String> = words.iter().filter(|w| !Form::of(w).stop).cloned().collect();
    if c.is_empty() { words.to_vec() } else { c }
}

/// How well two names match: 2 the same words, 1 one's words all in the other's, 0 not at all.
/// Among containments, the closer in length the better (the second value, lower is better).
fn affinity(a: &[String], b: &[String]) -> (u8, usize) {
    if a.is_empty() || b.is_empty() {
        return (0, 0);
    }
    let contains = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    let gap = a.len().abs_diff(b.len());
    match (contains(a, b), contains(b, a)) {
        (true, true) => (2, gap),
        (true, false) | (false, true) => (1, gap),
        _ => (0, 0),
    }
}

impl Names {
    pub fn new(readouts: &[Readout], event: Option<&Event>) -> Names {
        let mut entries = Vec::new();
        let mut add = |name: &str, source: usize, official: bool| {
            let words = name_words(name);
            if !words.is_empty() {
                entries.push(Entry { content: content(&words), words, source, official });
            }
        };
        for (i, r) in readouts.iter().enumerate() {
            add(&r.source, i, true);
            for a in &r.aliases {
                add(a, i, true);
            }
        }
        let sides = readouts
            .iter()
            .map(|r| {
                let mut side = Side::of(&r.source);
                for a in &r.aliases {
                    side.add(Side::of(a));
                }
                side
            })
            .collect();
        let mut names = Names { entries, sides };
        if let Some(ev) = event {
            let mut more = Vec::new();
            for p in &ev.participants {
                let Some(side) = &p.side else { continue };
                for source in names.official_match(side) {
                    for n in std::iter::once(&p.name).chain(&p.aliases) {
                        let words = name_words(n);
                        if !words.is_empty() {
                            more.push(Entry {
                                content: content(&words),
                                words,
                                source,
                                official: false,
                            });
                        }
                    }
                }
            }
            names.entries.extend(more);
        }
        names
    }

    fn official_match(&self, name: &str) -> Vec<usize> {
        self.best(name, |e| e.official)
    }

    /// The sources a written attribution names: the best-matching names win (same words first,
    /// then a name whose words are all in the other's); several sources when they tie. Empty
    /// when it names none of them.
    pub fn resolve(&self, attributed: &str) -> Vec<usize> {
        self.best(attributed, |_| true)
    }

    /// [`Names::resolve`], then the government bodies and countries the attribution names: "the
    /// MEA statement" names India's side, "Wang Yi (CCTV)" China's. A name that resolves to no
    /// source gets a note saying so (and which side it names, if one is known).
    pub fn resolve_noted(&self, attributed: &str) -> Resolved {
        let by_name = self.resolve(attributed);
        let side = Side::of(attributed);
        let of_country: Vec<usize> = (0..self.sides.len())
            .filter(|&i| self.sides[i].countries.iter().any(|c| side.countries.contains(c)))
            .collect();
        let of_kind: Vec<usize> = (0..self.sides.len())
            .filter(|&i| self.sides[i].kinds.iter().any(|k| side.kinds.contains(k)))
            .collect();
        let sources = if !side.countries.is_empty() {
            // A country named (or implied by a body's name) decides; the names narrow it down.
            let narrowed: Vec<usize> =
                by_name.iter().copied().filter(|i| of_country.contains(i)).collect();
            if !narrowed.is_empty() {
                narrowed
            } else if !of_country.is_empty() {
                of_country
            } else {
                by_name
            }
        } else if !by_name.is_empty() {
            by_name
        } else {
            of_kind
        };
        let note = if !sources.is_empty() {
            None
        } else if side.is_empty() {
            Some(format!(
                "'{attributed}' names none of the readouts checked against, nor a government \
                 body readout knows, so any of them may support the claim"
            ))
        } else if let Some(c) = side.countries.first() {
            Some(format!(
                "'{attributed}' names the side of {}, which none of the readouts checked against \
                 is from, so any of them may support the claim",
                country_name(c)
            ))
        } else {
            let kind = side.kinds.first().copied().unwrap_or_default();
            Some(format!(
                "'{attributed}' names a {kind}, which none of the readouts checked against is, so \
                 any of them may support the claim"
            ))
        };
        Resolved { sources, note }
    }

    fn best(&self, name: &str, keep: impl Fn(&Entry) -> bool) -> Vec<usize> {
        let c = content(&name_words(name));
        let mut best: Option<(u8, usize)> = None;
        let mut out: Vec<usize> = Vec::new();
        for e in self.entries.iter().filter(|e| keep(e)) {
            let (q, gap) = affinity(&c, &e.content);
            if q == 0 {
                continue;
            }
            let rank = (q, usize::MAX - gap);
            match best {
                Some(b) if b > rank => {}
                Some(b) if b == rank => {
                    if !out.contains(&e.source) {
                        out.push(e.source);
                    }
                }
                _ => {
                    best = Some(rank);
                    out = vec![e.source];
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Every name in `s`, longest first where names overlap.
    pub fn find(&self, s: &str) -> Vec<Found> {
        let ws: Vec<Word> = text::words(s).into_iter().filter(|w| w.is_word()).collect();
        let lower: Vec<&str> = ws.iter().map(|w| w.form.lower).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let mut hit: Option<(usize, &Entry)> = None;
            for e in &self.entries {
                let n = e.words.len();
                if i + n <= ws.len()
                    && lower[i..i + n].iter().zip(&e.words).all(|(a, b)| a == b)
                    && hit.is_none_or(|(len, h)| n > len || (n == len && e.official && !h.official))
                {
                    hit = Some((n, e));
                }
            }
            match hit {
                Some((n, e)) => {
                    out.push(Found {
                        start: ws[i].start(),
                        end: ws[i + n - 1].end(),
                        source: e.source,
                        official: e.official,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Participant;

    fn readout(source: &str, aliases: &[&str]) -> Readout {
        Readout::aliased(source, aliases)
    }

    fn names() -> Names {
        let rs = [
            readout("US State Department", &["Foggy Bottom"]),
            readout("Kremlin", &["Moscow's official readout"]),
        ];
        let ev = Event {
            participants: vec![Participant {
                name: "Vladimir Putin".into(),
                side: Some("kremlin".into()),
                aliases: vec!["the Russian President".into()],
            }],
            ..Event::default()
        };
        Names::new(&rs, Some(&ev))
    }

    #[test]
    fn attribution_matches_loosely() {
        let n = names();
        assert_eq!(n.resolve("State Department"), vec![0]);
        assert_eq!(n.resolve("the US State Department"), vec![0]);
        assert_eq!(n.resolve("Ned Price (US State Department)"), vec![0]);
        assert_eq!(n.resolve("KREMLIN"), vec![1]);
        assert_eq!(n.resolve("foggy bottom"), vec![0]);
        assert_eq!(n.resolve("Putin"), vec![1]);
        assert_eq!(n.resolve("Russian President"), vec![1]);
        assert!(n.resolve("Reuters").is_empty());
    }

    #[test]
    fn government_bodies_resolve_to_their_side() {
        let rs = [
            readout("Government of India (PMO)", &[]),
            readout("Kremlin", &[]),
            readout("Chinese Foreign Ministry", &[]),
        ];
        let n = Names::new(&rs, None);
        assert_eq!(n.resolve_noted("the MEA statement").sources, vec![0]);
        assert_eq!(n.resolve_noted("an Indian official").sources, vec![0]);
        assert_eq!(n.resolve_noted("TASS").sources, vec![1]);
        assert_eq!(n.resolve_noted("RIA Novosti").sources, vec![1]);
        assert_eq!(n.resolve_noted("Wang Yi (CCTV)").sources, vec![2]);
        assert_eq!(n.resolve_noted("the MFA").sources, vec![2]);
        let r = n.resolve_noted("the White House");
        assert!(r.sources.is_empty());
        assert!(r.note.unwrap().contains("the side of USA"));
        let r = n.resolve_noted("Reuters");
        assert!(r.sources.is_empty() && r.note.unwrap().contains("nor a government body"));
    }

    #[test]
    fn names_are_found_in_text_with_possessives() {
        let n = names();
        let s = "According to Moscow’s official readout, Vladimir Putin said";
        let f = n.find(s);
        assert_eq!(f.len(), 2);
        assert_eq!(&s[f[0].start..f[0].end], "Moscow’s official readout");
        assert!(f[0].official && !f[1].official);
        assert_eq!(f[1].source, 1);
    }
}
