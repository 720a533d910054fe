//! The one word type: a word (or a mark of punctuation) of a text as written, with its forms and
//! what its place in the sentence says (a capital mid-sentence, a clause break after it); and the
//! parts of compounds, and multi-word names, for the stages that match words one by one.

use super::fold::{fold_char, is_dash};
use super::forms::{Form, lists};
use super::lexicon::SYNONYMS;
use super::tokens::{Kind, tokens};

/// A word or a mark of punctuation of a text, borrowing the text. Spaces are not kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Word<'t> {
    /// As written.
    pub raw: &'t str,
    /// The compound a part belongs to as written (`cease-fire` for `fire`); else `raw`.
    pub whole: &'t str,
    /// Byte offset of `raw` in the text.
    pub start: u32,
    /// Every form of what is written (see [`Form`]).
    pub form: &'static Form,
    flags: u8,
    /// 1 + the index in [`SYNONYMS`] of the multi-word name the word is part of, else 0.
    phrase: u8,
}

const SENTENCE_START: u8 = 1;
const PROPER: u8 = 2;
const BREAK_AFTER: u8 = 4;
const JOINED: u8 = 8;

impl<'t> Word<'t> {
    /// Byte offset of the end of `raw` in the text.
    pub fn end(&self) -> usize {
        self.start as usize + self.raw.len()
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// A word, not punctuation.
    pub fn is_word(&self) -> bool {
        self.form.word
    }

    /// The first word of its sentence (or of the text), where a capital says nothing of names.
    pub fn sentence_start(&self) -> bool {
        self.flags & SENTENCE_START != 0
    }

    /// Written with a capital where no sentence starts, or an acronym: likely a name.
    pub fn proper(&self) -> bool {
        self.flags & PROPER != 0
    }

    /// A clause break (`,` `;` `:` a bracket or a dash) follows before the next word; full stops
    /// do not count, as inside one statement they end abbreviations (`Oct. 15`).
    pub fn break_after(&self) -> bool {
        self.flags & BREAK_AFTER != 0
    }

    /// A part of a compound that a hyphen joins to the next part (`cease` in `cease-fire`).
    pub fn joined(&self) -> bool {
        self.flags & JOINED != 0
    }

    /// Part of the same compound as `o` (or the same word).
    pub fn same_whole(&self, o: &Word) -> bool {
        std::ptr::eq(self.whole.as_ptr(), o.whole.as_ptr()) && self.whole.len() == o.whole.len()
    }

    /// The synonym group of the multi-word name the word is in (`United States` → `@usa`, see
    /// [`set_phrase_groups`]), else of the word itself.
    pub fn group(&self) -> Option<&'static str> {
        match self.phrase {
            0 => self.form.group,
            k => Some(SYNONYMS[k as usize - 1][0]),
        }
    }

    /// Same written form, for the verbatim test.
    pub fn same_as(&self, o: &Word) -> bool {
        self.form.exact == o.form.exact && self.joined() == o.joined()
    }

    fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }
}

/// The words and punctuation of a text, in order.
pub fn words(s: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::with_capacity(s.len() / 5);
    let mut sentence_start = true;
    for t in tokens(s) {
        if t.kind == Kind::Space {
            continue;
        }
        let form = Form::of(t.text);
        let mut w =
            Word { raw: t.text, whole: t.text, start: t.start as u32, form, flags: 0, phrase: 0 };
        if t.kind == Kind::Word {
            w.set(SENTENCE_START, sentence_start);
            w.set(PROPER, form.capital && (!sentence_start || form.acronym));
            sentence_start = false;
        } else {
            let folded = || t.text.chars().map(fold_char);
            if folded().any(|c| ",;:()[]-".contains(c))
                && let Some(last) = out.iter_mut().rev().find(|w| w.is_word())
            {
                last.set(BREAK_AFTER, true);
            }
            if folded().any(|c| matches!(c, '.' | '!' | '?' | ':' | ';')) {
                sentence_start = true;
            }
        }
        out.push(w);
    }
    // The guess above is generous; a run keeps every statement's words, so no slack.
    out.shrink_to_fit();
    out
}

/// The lower forms of the words of a short text such as a name (`the Kremlin's` → the, kremlin).
pub fn lowers(s: &str) -> Vec<&'static str> {
    words(s).into_iter().filter(|w| w.is_word()).map(|w| w.form.lower).collect()
}

/// The words of `ws` (punctuation left out) with each compound cut into its parts (`China-U.S.`
/// → `China`, `U.S.`), so that each part matches on its own (`30-day` against `thirty-day`,
/// `U.S.` against `United States`). All but the last part of a compound are [`Word::joined`].
pub fn parts<'t>(ws: &[Word<'t>]) -> Vec<Word<'t>> {
    let mut out = Vec::with_capacity(ws.len());
    for w in ws.iter().filter(|w| w.is_word()) {
        if !w.raw.chars().any(is_dash) {
            out.push(*w);
            continue;
        }
        let mut pieces: Vec<(usize, &str)> = Vec::new();
        let mut from = 0;
        for (i, c) in w.raw.char_indices() {
            if is_dash(c) {
                if i > from {
                    pieces.push((from, &w.raw[from..i]));
                }
                from = i + c.len_utf8();
            }
        }
        if from < w.raw.len() {
            pieces.push((from, &w.raw[from..]));
        }
        let n = pieces.len();
        for (k, (offset, piece)) in pieces.into_iter().enumerate() {
            let form = Form::of(piece);
            let mut p = Word {
                raw: piece,
                whole: w.raw,
                start: w.start + offset as u32,
                form,
                flags: 0,
                phrase: 0,
            };
            p.set(SENTENCE_START, w.sentence_start() && k == 0);
            p.set(PROPER, form.capital && (k > 0 || w.proper()));
            p.set(JOINED, k + 1 < n);
            p.set(BREAK_AFTER, k + 1 == n && w.break_after());
            out.push(p);
        }
    }
    out
}

/// Marks the words of multi-word names (`United States`, `European Union`) with their synonym
/// group, matched on stems: [`Word::group`] then gives the group.
pub fn set_phrase_groups(parts: &mut [Word]) {
    let lists = lists();
    let mut i = 0;
    'outer: while i < parts.len() {
        if lists.phrase_starts.contains(parts[i].form.stem) {
            for n in (2..=lists.max_phrase.min(parts.len() - i)).rev() {
                let stems: Vec<String> =
                    parts[i..i + n].iter().map(|p| p.form.stem.to_string()).collect();
                if let Some(canon) = lists.phrases.get(&stems) {
                    let k = SYNONYMS.iter().position(|g| g[0] == *canon).map_or(0, |k| k + 1);
                    for p in &mut parts[i..i + n] {
                        p.phrase = k as u8;
                    }
                    i += n;
                    continue 'outer;
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<Word<'_>> {
        words(s).into_iter().filter(|w| w.is_word()).collect()
    }

    #[test]
    fn names_sentence_starts_and_breaks() {
        let w = ws("Then Putin met the President of Kazakhstan, NATO said. It rained");
        let proper: Vec<_> = w.iter().filter(|w| w.proper()).map(|w| w.raw).collect();
        assert_eq!(proper, vec!["Putin", "President", "Kazakhstan", "NATO"]);
        assert!(w[0].sentence_start() && !w[1].sentence_start() && w[9].sentence_start());
        assert!(w[6].break_after() && !w[5].break_after());
    }

    #[test]
    fn parts_of_compounds_match_on_their_own() {
        let all = words("The China-U.S. cease–fire of 30-day length");
        let p = parts(&all);
        let raw: Vec<_> = p.iter().map(|w| w.raw).collect();
        assert_eq!(raw, vec!["The", "China", "U.S", "cease", "fire", "of", "30", "day", "length"]);
        assert!(p[1].joined() && !p[2].joined() && p[3].joined());
        assert!(p[3].same_whole(&p[4]) && !p[4].same_whole(&p[5]));
        assert_eq!(p[4].whole, "cease–fire");
        assert_eq!(p[2].form.lower, "usa");
        assert_eq!(&"The China-U.S. cease–fire of 30-day length"[p[4].start()..p[4].end()], "fire");
    }

    #[test]
    fn multi_word_names_share_their_group() {
        let all = words("The United States and the U.S.");
        let mut p = parts(&all);
        set_phrase_groups(&mut p);
        assert_eq!(p[1].group(), Some("@usa"));
        assert_eq!(p[2].group(), Some("@usa"));
        assert_eq!(p[5].group(), Some("@usa"));
        assert_eq!(p[0].group(), None);
    }
}
