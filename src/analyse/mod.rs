//! Once per run: each statement read into its words (with every form of each) and its speaker,
//! and the people the texts name. The aligner, the word diff, the loaded terms and the checker
//! all read this; none of them tokenises a statement again.

pub mod names;
pub mod people;
pub mod rarity;
pub mod speaker;

use crate::model::{Event, Readout};
use crate::text::{self, Word};
pub use people::People;
pub use speaker::Speaker;

/// One statement, read.
#[derive(Debug, Clone)]
pub struct Analysis<'t> {
    /// The statement's text, which `words` borrow.
    pub text: &'t str,
    /// Its words and punctuation, in order.
    pub words: Vec<Word<'t>>,
    pub paragraph: usize,
    /// Who the readout says is speaking.
    pub speaker: Speaker,
}

/// Every readout of a run, read.
#[derive(Debug)]
pub struct Analysed<'t> {
    /// Per readout, per statement.
    pub readouts: Vec<Vec<Analysis<'t>>>,
    /// Who the texts name, with their countries and offices.
    pub people: People,
}

/// The words of each statement of one readout (speakers not yet read).
pub fn words(rd: &Readout) -> Vec<Analysis<'_>> {
    rd.statements
        .iter()
        .map(|s| Analysis {
            text: &s.text,
            words: text::words(&s.text),
            paragraph: s.paragraph,
            speaker: Speaker::Unattributed,
        })
        .collect()
}

/// Reads every readout: words, then speakers, then the people named across all of them (with
/// the event's participants, where it names them).
pub fn analyse<'t>(readouts: &'t [Readout], event: Option<&Event>) -> Analysed<'t> {
    let mut read: Vec<Vec<Analysis<'t>>> = crate::par::map(readouts, words);
    // Who the texts use as a person, and as a country, is learnt from all of them.
    let evidence = {
        let all: Vec<&[Analysis]> = read.iter().map(Vec::as_slice).collect();
        speaker::Evidence::of(&all)
    };
    let english: Vec<bool> =
        readouts.iter().map(|rd| speaker::reads(rd.language.as_deref())).collect();
    let found = crate::par::map(&read.iter().zip(&english).collect::<Vec<_>>(), |(st, en)| {
        // The reporting patterns are English: in another language no one is named rather than
        // someone wrongly (reports say so, see [`speaker::reads`]).
        if **en { speaker::detect(st, &evidence) } else { vec![Speaker::Unattributed; st.len()] }
    });
    for (statements, found) in read.iter_mut().zip(found) {
        for (st, sp) in statements.iter_mut().zip(found) {
            st.speaker = sp;
        }
    }
    let mut people = People::learn(&read);
    if let Some(ev) = event {
        people.add_participants(&ev.participants);
    }
    read.shrink_to_fit();
    Analysed { readouts: read, people }
}

/// Statements read from bare texts, speakers not yet read: for unit tests.
#[cfg(test)]
pub(crate) fn statements<'t>(texts: &[&'t str], paragraphs: &[usize]) -> Vec<Analysis<'t>> {
    texts
        .iter()
        .zip(paragraphs)
        .map(|(t, &paragraph)| Analysis {
            text: t,
            words: text::words(t),
            paragraph,
            speaker: Speaker::Unattributed,
        })
        .collect()
}
