//! Loaded terms: how often each readout uses each term of the watchlist (and where), and each
//! readout's most distinctive words by weighted log-odds.

pub mod logodds;
pub mod watchlist;

use crate::analyse::Analysis;
use crate::model::Readout;
use crate::model::terms::{Count, Distinctive, GroupRow, LoadedTerms, TermRow, Word};
use watchlist::Watchlist;

/// Counts `list`'s terms in `readouts` and finds each readout's distinctive words.
pub fn analyse(readouts: &[Readout], read: &[Vec<Analysis>], list: &Watchlist) -> LoadedTerms {
    let uses = watchlist::count(list, readouts, read);
    let (lists, alpha0) = logodds::distinctive(read, logodds::TOP);
    let mut uses = uses.into_iter();
    let mut groups = Vec::new();
    for g in &list.groups {
        let terms: Vec<TermRow> = g
            .terms
            .iter()
            .zip(uses.by_ref())
            .filter(|(_, per)| per.iter().any(|u| u.count > 0))
            .map(|(t, per)| TermRow {
                term: t.text.clone(),
                counts: per
                    .into_iter()
                    .enumerate()
                    .map(|(readout, u)| Count { readout, count: u.count, statements: u.statements })
                    .collect(),
            })
            .collect();
        if !terms.is_empty() {
            groups.push(GroupRow { name: g.name.clone(), terms });
        }
    }
    let distinctive = lists
        .into_iter()
        .enumerate()
        .map(|(readout, words)| Distinctive {
            readout,
            words: words
                .into_iter()
                .map(|s| Word {
                    word: s.word,
                    z: (s.z * 100.0).round() / 100.0,
                    count: s.count,
                    others: s.others,
                })
                .collect(),
        })
        .collect();
    LoadedTerms { watchlist: list.source.clone(), groups, distinctive, alpha0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readout(prefix: &str, texts: &[&str]) -> Readout {
        Readout::of(prefix, prefix, texts)
    }

    #[test]
    fn only_terms_some_readout_uses_are_rows() {
        let list = watchlist::parse(
            "t.yaml",
            "groups:\n  - name: Unused\n    terms: [truce]\n  - name: S\n    terms: [war, \
             sanctions, peace]\n",
        )
        .unwrap();
        let a = readout("A", &["No sanctions.", "Sanctions again."]);
        let b = readout("B", &["Peace, not sanctions."]);
        let rds = [a, b];
        let read: Vec<_> = rds.iter().map(crate::analyse::words).collect();
        let t = analyse(&rds, &read, &list);
        assert_eq!(t.groups.len(), 1);
        assert_eq!(t.groups[0].name, "S");
        let terms: Vec<&str> = t.groups[0].terms.iter().map(|r| r.term.as_str()).collect();
        assert_eq!(terms, ["sanctions", "peace"]);
        let s = &t.groups[0].terms[0].counts;
        assert_eq!(
            (s[0].readout, s[0].count, s[0].statements.clone()),
            (0, 2, vec!["A1".into(), "A2".into()])
        );
        assert_eq!((s[1].readout, s[1].count), (1, 1));
        assert_eq!(t.distinctive.len(), 2);
        assert_eq!(t.watchlist, "t.yaml");
    }
}
