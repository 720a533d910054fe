//! The only place text becomes words: the tokeniser, typographic folding, the forms of a word
//! side by side, the one word type, and every word list (the lexicon).

pub mod fold;
pub mod forms;
pub mod lang;
pub mod lexicon;
pub mod tokens;
pub mod word;

pub use fold::fold_char;
pub use forms::Form;
pub use lang::Language;
pub use tokens::{Kind, tokens, word_count};
pub use word::{Word, lowers, parts, set_phrase_groups, words};
