//! Who a claim is attributed to: the names of the sources (their `source`, their `aliases`, and
//! the event's participants, each mapped to their own government's readout), matched loosely
//! against an `attributed_to` field or found in an article's sentence.

use crate::model::{Event, Readout};
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
        let mut names = Names { entries };
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
