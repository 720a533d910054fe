//! The watchlist of loaded terms: named groups of words and phrases, read from YAML (a default
//! list is built into the binary), and found in statements through inflection and quote, dash
//! and hyphen styles.
//!
//! How a term matches, and why:
//! - Case, quote and dash styles are folded and abbreviation dots dropped (`U.S.` = `US`), as
//!   everywhere in readout.
//! - Words match through inflection, not derivation (the `base` form, [`Form`]): `sanctions`
//!   finds `sanction`, `sanctioned`; `independence` does not find `independently`.
//! - A phrase matches when its words are consecutive in one sentence, with no punctuation but
//!   quote marks between them: "illegitimate sanctions" is in "the illegitimate sanctions policy",
//!   not in "illegitimate unilateral sanctions" nor across a comma.
//! - Hyphenated compounds match whole or joined (`cease-fire` = `cease–fire` = `ceasefire`), and
//!   a term also matches inside one (`NATO` in `Russia-NATO`, `sanctions` in
//!   `counter-sanctions`).
//! - Every term is counted on its own: "unilateral sanctions" also counts for "sanctions". A
//!   watchlist lists both because users want both, the framing and the bare word.

use crate::analyse::Analysis;
use crate::io::error::{Error, Result};
use crate::io::{input, yaml};
use crate::model::Readout;
use crate::text::{self, Form, Word, fold_char};
use rustc_hash::FxHashMap;
use serde::Deserialize;

/// The built-in watchlist, so an installed binary has one without any file.
pub const DEFAULT_YAML: &str = include_str!("../../readouts/terms.yaml");

/// How reports name the built-in watchlist.
pub const DEFAULT_NAME: &str = "built-in (readouts/terms.yaml)";

/// A parsed, checked watchlist.
#[derive(Debug, Clone)]
pub struct Watchlist {
    /// Where it came from: a path, or [`DEFAULT_NAME`].
    pub source: String,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub terms: Vec<Term>,
}

/// One term of a group, as the file writes it and as matching sees it.
#[derive(Debug, Clone)]
pub struct Term {
    pub text: String,
    pattern: Vec<Key>,
}

/// What a word matches by: its inflection base whole (hyphens dropped) and by hyphenated part.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    joined: &'static str,
    parts: Vec<&'static str>,
}

/// The file's shape: `groups: [{name, terms: [...]}]`.
#[derive(Deserialize)]
struct Spec {
    groups: Vec<GroupSpec>,
}

#[derive(Deserialize)]
struct GroupSpec {
    name: String,
    terms: Vec<String>,
}

/// The watchlist `path` names, or the built-in one.
pub fn load(path: Option<&str>) -> Result<Watchlist> {
    match path {
        Some(p) => parse(input::display_name(p), &input::read_text(p)?),
        None => parse(DEFAULT_NAME, DEFAULT_YAML),
    }
}

/// Parses and checks a watchlist; errors name `name` and the line.
pub fn parse(name: &str, src: &str) -> Result<Watchlist> {
    const SHAPE: &str = "a terms file is `groups:` with a list of `{name, terms: [...]}`";
    let blank = src.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err(Error::at_line(name, 1, format!("empty; {SHAPE}")));
    }
    let spec: Spec = yaml::parse(name, src, 1)?;
    if spec.groups.is_empty() {
        let line = yaml::key_line(src, "groups", 1);
        return Err(Error::at_line(name, line, format!("no groups; {SHAPE}")));
    }
    let mut groups: Vec<Group> = Vec::new();
    // Lines are found by searching forward from the previous group or term, so a message points
    // at the right one even when the same words appear in several groups.
    let mut cursor = Cursor::new(src);
    for g in spec.groups {
        let group = check_group(name, g, &groups, &mut cursor)?;
        groups.push(group);
    }
    Ok(Watchlist { source: name.to_string(), groups })
}

/// One group of file `name`, checked against the groups before it; `at` is where in the file
/// to search on from for its lines, moved past the group.
fn check_group(name: &str, g: GroupSpec, before: &[Group], at: &mut Cursor) -> Result<Group> {
    let gname = g.name.trim().to_string();
    let name_line = at.seek(&gname, "name");
    let fail = |line: usize, msg: String| Err(Error::at_line(name, line + 1, msg));
    if gname.is_empty() {
        return fail(name_line, "a group needs a non-empty `name`".to_string());
    }
    if before.iter().any(|o| o.name == gname) {
        return fail(
            name_line,
            format!("group `{gname}` is given twice; merge its terms into one group"),
        );
    }
    if g.terms.is_empty() {
        return fail(name_line, format!("group `{gname}` has no terms"));
    }
    let mut terms: Vec<(Term, usize)> = Vec::with_capacity(g.terms.len());
    // Each term's words, to find one listed twice in one look-up rather than a scan.
    let mut words: FxHashMap<Vec<&'static str>, usize> = FxHashMap::default();
    for t in g.terms {
        let line = at.seek(t.trim(), "");
        let term = compile(&t).map_err(|why| Error::at_line(name, line + 1, why))?;
        match words.entry(joined(&term)) {
            std::collections::hash_map::Entry::Occupied(same) => {
                let (same, at) = &terms[*same.get()];
                let (this, that) = (&term.text, &same.text);
                let at = at + 1;
                return fail(
                    line,
                    format!(
                        "`{this}` in group `{gname}` matches the same words as `{that}` (line \
                         {at}); list it once"
                    ),
                );
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(terms.len());
            }
        }
        terms.push((term, line));
    }
    Ok(Group { name: gname, terms: terms.into_iter().map(|(t, _)| t).collect() })
}

/// A place in a terms file, moved forward as its groups and terms are found, so that finding
/// them all takes one pass over the file (searching each anew from the line before took time
/// in the square of the terms).
struct Cursor<'a> {
    src: &'a str,
    /// Byte offset to search on from.
    pos: usize,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> Cursor<'a> {
    fn new(src: &'a str) -> Self {
        let starts =
            std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Cursor { src, pos: 0, starts }
    }

    /// 0-based line of a byte offset.
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    fn line_text(&self, line: usize) -> &'a str {
        let end = self.starts.get(line + 1).copied().unwrap_or(self.src.len());
        &self.src[self.starts[line]..end]
    }

    /// The 0-based line of the next `text` (on a line that also holds `with`, unless empty; the
    /// next `with` when `text` is empty), moving past it; the current line when the file does
    /// not write it as is (an escaped string), without moving.
    fn seek(&mut self, text: &str, with: &str) -> usize {
        let (text, with) = if text.is_empty() { (with, "") } else { (text, with) };
        let mut from = self.pos;
        while !text.is_empty()
            && let Some(k) = self.src[from..].find(text)
        {
            let hit = from + k;
            let line = self.line_of(hit);
            from = hit + text.len();
            if with.is_empty() || self.line_text(line).contains(with) {
                self.pos = from;
                return line;
            }
        }
        self.line_of(self.pos)
    }
}

/// A term's pattern, or why it can never match.
fn compile(text: &str) -> std::result::Result<Term, String> {
    let runs = runs(text);
    match runs.len() {
        0 => Err(format!("term `{}` has no words to match", text.trim())),
        1 => Ok(Term { text: text.trim().to_string(), pattern: runs.into_iter().next().unwrap() }),
        _ => Err(format!(
            "term `{}` has punctuation between its words, which no sentence can match; write \
             the words alone",
            text.trim()
        )),
    }
}

/// What two terms that always match the same words (`ceasefire` and `cease-fire`, `UN Charter`
/// and `U.N. Charter`) have in common: their words' joined bases.
fn joined(t: &Term) -> Vec<&'static str> {
    t.pattern.iter().map(|w| w.joined).collect()
}

/// The words of a text in runs no phrase crosses: split at punctuation other than quote marks
/// and hyphens inside compounds (`U.S.-China`).
fn runs(text: &str) -> Vec<Vec<Key>> {
    let mut keys = Keys::default();
    let ws = text::words(text);
    runs_in(&ws, &mut keys).into_iter().map(|run| run.into_iter().cloned().collect()).collect()
}

/// The key of every distinct spelling seen, each worked out once: a long readout repeats its
/// words, and cutting compounds anew each time would cost more than the matching.
#[derive(Default)]
struct Keys {
    of: FxHashMap<*const Form, Key>,
}

impl Keys {
    fn get(&mut self, w: &Word) -> &Key {
        self.of.entry(w.form as *const Form).or_insert_with(|| key(w))
    }
}

/// [`runs`] of words already read.
fn runs_in<'k>(ws: &[Word], keys: &'k mut Keys) -> Vec<Vec<&'k Key>> {
    for w in ws.iter().filter(|w| w.is_word()) {
        keys.get(w);
    }
    let keys = &*keys;
    let mut out: Vec<Vec<&Key>> = Vec::new();
    let mut run: Vec<&Key> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if w.is_word() {
            run.push(&keys.of[&(w.form as *const Form)]);
        } else if breaks_phrase(ws, i) && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Whether punctuation `i` ends a phrase: anything but quote marks, and a hyphen glued to words
/// on both sides (`U.S.-China`, where the tokenizer keeps the dotted `U.S.` apart).
fn breaks_phrase(ws: &[Word], i: usize) -> bool {
    let folded = || ws[i].raw.chars().map(fold_char);
    if folded().all(|c| c == '"' || c == '\'') {
        return false;
    }
    let glued = |k: Option<usize>, before: bool| {
        k.and_then(|k| ws.get(k)).is_some_and(|w| {
            w.is_word() && if before { w.end() == ws[i].start() } else { ws[i].end() == w.start() }
        })
    };
    let hyphen = folded().eq(['-']);
    !(hyphen && glued(i.checked_sub(1), true) && glued(Some(i + 1), false))
}

/// A word's key for terms. Each hyphenated part is read as a word of its own, so `China-US`
/// has the country `US` (→ `usa`), not the pronoun.
fn key(w: &Word) -> Key {
    let parts = text::parts(std::slice::from_ref(w));
    let lowers: String = parts.iter().map(|p| p.form.lower).collect();
    Key { joined: Form::of(&lowers).base, parts: parts.iter().map(|p| p.form.base).collect() }
}

/// How often one readout uses one term, and in which statements (ids in reading order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Uses {
    pub count: usize,
    pub statements: Vec<String>,
}

/// For each term of the watchlist (groups in order, terms in order, flattened), its uses in
/// each readout: `result[term][readout]`.
pub fn count(list: &Watchlist, readouts: &[Readout], read: &[Vec<Analysis>]) -> Vec<Vec<Uses>> {
    let terms: Vec<&Term> = list.groups.iter().flat_map(|g| &g.terms).collect();
    let index = Index::new(&terms);
    let mut keys = Keys::default();
    let mut out = vec![vec![Uses::default(); readouts.len()]; terms.len()];
    for (r, (rd, statements)) in readouts.iter().zip(read).enumerate() {
        for (st, a) in rd.statements.iter().zip(statements) {
            // Only the terms found: a pass over every term per statement would cost statements
            // times terms.
            let mut found: Vec<(usize, usize)> = Vec::new();
            for run in runs_in(&a.words, &mut keys) {
                found.extend(index.find(&run));
            }
            found.sort_unstable();
            let mut last = None;
            for (t, n) in found {
                out[t][r].count += n;
                if last != Some(t) {
                    out[t][r].statements.push(st.id.clone());
                    last = Some(t);
                }
            }
        }
    }
    out
}

/// The terms by their first part and by their first whole word, so a sentence is scanned once
/// rather than once per term.
struct Index<'a> {
    terms: &'a [&'a Term],
    /// Each term's parts in a row, compounds split.
    parts: Vec<Vec<&'a str>>,
    by_part: FxHashMap<&'a str, Vec<usize>>,
    by_word: FxHashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(terms: &'a [&'a Term]) -> Self {
        let mut by_part: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        let mut by_word: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, t) in terms.iter().enumerate() {
            if let Some(p) = t.pattern.first().and_then(|w| w.parts.first()) {
                by_part.entry(p).or_default().push(i);
            }
            if let Some(w) = t.pattern.first() {
                by_word.entry(w.joined).or_default().push(i);
            }
        }
        let parts = terms
            .iter()
            .map(|t| t.pattern.iter().flat_map(|w| w.parts.iter().copied()).collect())
            .collect();
        Index { terms, parts, by_part, by_word }
    }

    /// How many times each term occurs in one run of words: (term, count) for those found.
    /// Occurrences of one term never overlap; different terms may share words.
    fn find(&self, run: &[&Key]) -> Vec<(usize, usize)> {
        // Positions are counted in parts, so both ways of matching give comparable spans.
        let parts: Vec<&str> = run.iter().flat_map(|w| w.parts.iter().copied()).collect();
        let mut first_part = Vec::with_capacity(run.len() + 1);
        let mut n = 0;
        for w in run {
            first_part.push(n);
            n += w.parts.len();
        }
        first_part.push(n);
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        // Part by part: compounds split, so `NATO` is found in `Russia-NATO`.
        for p in 0..parts.len() {
            for &t in self.by_part.get(parts[p]).into_iter().flatten() {
                let want = &self.parts[t];
                if parts[p..].starts_with(want) {
                    spans.push((t, p, p + want.len()));
                }
            }
        }
        // Word by word, compounds joined, so `cease-fire` and `ceasefire` meet.
        for w in 0..run.len() {
            for &t in self.by_word.get(run[w].joined).into_iter().flatten() {
                let pat = &self.terms[t].pattern;
                let same = run[w..].len() >= pat.len()
                    && run[w..w + pat.len()].iter().zip(pat).all(|(a, b)| a.joined == b.joined);
                if same {
                    spans.push((t, first_part[w], first_part[w + pat.len()]));
                }
            }
        }
        spans.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut end = 0;
        for (t, start, stop) in spans {
            match out.last_mut() {
                Some((last, n)) if *last == t => {
                    if start >= end {
                        *n += 1;
                        end = stop;
                    }
                }
                _ => {
                    out.push((t, 1));
                    end = stop;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(yaml: &str) -> Watchlist {
        parse("t.yaml", yaml).unwrap()
    }

    /// Occurrences of each term of `terms` in one sentence.
    fn counts(terms: &[&str], sentence: &str) -> Vec<usize> {
        let yaml = format!(
            "groups:\n  - name: g\n    terms: [{}]\n",
            terms.iter().map(|t| format!("{t:?}")).collect::<Vec<_>>().join(", ")
        );
        let w = list(&yaml);
        let flat: Vec<&Term> = w.groups.iter().flat_map(|g| &g.terms).collect();
        let index = Index::new(&flat);
        let mut out = vec![0; flat.len()];
        for run in runs(sentence) {
            for (t, n) in index.find(&run.iter().collect::<Vec<_>>()) {
                out[t] += n;
            }
        }
        out
    }

    #[test]
    fn inflections_match_derivations_do_not() {
        let s = "Sanctions were sanctioned; the sanctioning states' sanction. China independently \
                 assessed it.";
        assert_eq!(counts(&["sanction", "independence"], s), [4, 0]);
        assert_eq!(counts(&["occupation", "occupied"], "the occupied land, occupying"), [0, 2]);
    }

    #[test]
    fn dash_quote_and_case_styles_fold() {
        let s = "A cease-fire, a cease\u{2013}fire, a ceasefire and a CEASEFIRE.";
        assert_eq!(counts(&["ceasefire"], s), [4]);
        assert_eq!(counts(&["cease-fire"], s), [4]);
        // Quote marks inside a phrase do not stop it; curly and straight are the same.
        let q = "the so-called \u{201c}special military operation\u{201d} and 'special military' \
                 operation";
        assert_eq!(counts(&["special military operation", "so-called"], q), [2, 1]);
        assert_eq!(counts(&["UN Charter"], "the U.N. Charter and the UN charter"), [2]);
        assert_eq!(counts(&["US"], "the U.S. told us"), [1]);
    }

    #[test]
    fn phrases_need_consecutive_words_in_one_clause() {
        let s = "the illegitimate sanctions policy of the West";
        assert_eq!(counts(&["illegitimate sanctions", "sanctions policy"], s), [1, 1]);
        assert_eq!(counts(&["illegitimate sanctions"], "illegitimate unilateral sanctions"), [0]);
        assert_eq!(counts(&["sanctions policy"], "no sanctions, policy aside"), [0]);
        assert_eq!(counts(&["war crisis"], "the war \u{2013} crisis"), [0]);
    }

    #[test]
    fn nested_terms_each_count_on_their_own() {
        let s = "the illegitimate unilateral sanctions and other sanctions";
        assert_eq!(
            counts(&["sanctions", "unilateral sanctions", "illegitimate unilateral sanctions"], s),
            [2, 1, 1]
        );
    }

    #[test]
    fn terms_match_inside_compounds_and_across_joined_hyphens() {
        assert_eq!(counts(&["NATO"], "Russia-NATO relations and NATO's role"), [2]);
        assert_eq!(counts(&["one-China principle"], "the one China principle"), [1]);
        assert_eq!(counts(&["China"], "U.S.-China ties"), [1]);
        assert_eq!(counts(&["win-win"], "win-win and win–win cooperation"), [2]);
    }

    #[test]
    fn occurrences_of_one_term_do_not_overlap() {
        assert_eq!(counts(&["win win"], "win win win win"), [2]);
        assert_eq!(counts(&["war"], "war, war and war"), [3]);
    }

    #[test]
    fn count_gives_statement_ids_per_readout() {
        let rd = |prefix: &str, texts: &[&str]| Readout::of(prefix, prefix, texts);
        let a = rd("A", &["Sanctions, sanctions.", "Peace.", "More sanctions."]);
        let b = rd("B", &["Peace."]);
        let w = list("groups:\n  - name: S\n    terms: [sanctions]\n");
        let rds = [a, b];
        let read: Vec<_> = rds.iter().map(crate::analyse::words).collect();
        let uses = count(&w, &rds, &read);
        assert_eq!(uses[0][0], Uses { count: 3, statements: vec!["A1".into(), "A3".into()] });
        assert_eq!(uses[0][1], Uses::default());
    }

    #[test]
    fn the_built_in_list_is_valid() {
        let w = load(None).unwrap();
        assert!(w.groups.len() >= 10);
        assert_eq!(w.source, DEFAULT_NAME);
    }

    fn error(yaml: &str) -> String {
        parse("bad.yaml", yaml).unwrap_err().message().to_string()
    }

    #[test]
    fn bad_files_are_one_line_errors_with_file_and_line() {
        assert!(error("groups: [unclosed\n").starts_with("bad.yaml:"), "{}", error("groups: [\n"));
        let e = error("group:\n  - name: x\n");
        assert!(e.starts_with("bad.yaml:1: invalid YAML: missing field `groups`"), "{e}");
        assert_eq!(
            error("groups: []\n"),
            "bad.yaml:1: no groups; a terms file is `groups:` with a list of `{name, terms: [...]}`"
        );
        assert_eq!(
            error("groups:\n  - name: War\n    terms: []\n"),
            "bad.yaml:2: group `War` has no terms"
        );
        assert_eq!(
            error("groups:\n  - name: A\n    terms:\n      - ok\n      - '--'\n"),
            "bad.yaml:5: term `--` has no words to match"
        );
        let e = error("groups:\n  - name: A\n    terms:\n      - ceasefire\n      - cease-fire\n");
        assert_eq!(
            e,
            "bad.yaml:5: `cease-fire` in group `A` matches the same words as `ceasefire` \
             (line 4); list it once"
        );
        let e = error("groups:\n  - name: A\n    terms: [x]\n  - name: A\n    terms: [y]\n");
        assert!(e.starts_with("bad.yaml:4: group `A` is given twice"), "{e}");
        let e = error("groups:\n  - name: A\n    terms: [\"war, peace\"]\n");
        assert!(e.starts_with("bad.yaml:3: term `war, peace` has punctuation"), "{e}");
        assert_eq!(
            error("# nothing yet\n\n"),
            "bad.yaml:1: empty; a terms file is `groups:` with a list of `{name, terms: [...]}`"
        );
        assert_eq!(
            error("groups:\n  - name: ''\n    terms: [x]\n"),
            "bad.yaml:2: a group needs a non-empty `name`"
        );
        let e = error("groups:\n  - name: A\n    terms: [[x]]\n");
        assert!(e.starts_with("bad.yaml:3: invalid YAML"), "{e}");
    }
}
