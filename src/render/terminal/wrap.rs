//! Wrapping styled text to a width, so colour codes never count as columns and characters count
//! the columns a terminal gives them (two for Chinese, by `unicode-width`). All text reaches
//! the terminal through [`paint`] (and [`wrap`], which paints each word), which shows the
//! control characters input may carry instead of sending them (`io::escape::terminal`).

use crate::io::escape;
use colored::{Color, Colorize};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A run of text drawn one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Plain,
    Dim,
    Bold,
    Fg(Color),
    BoldFg(Color),
}

/// `s` drawn as `p`, its control characters shown (`^[`, `<9b>`), never sent.
pub fn paint(s: &str, p: Paint, color: bool) -> String {
    let s = &*escape::terminal(s);
    if !color {
        return s.to_string();
    }
    match p {
        Paint::Plain => s.to_string(),
        Paint::Dim => s.dimmed().to_string(),
        Paint::Bold => s.bold().to_string(),
        Paint::Fg(c) => s.color(c).to_string(),
        Paint::BoldFg(c) => s.color(c).bold().to_string(),
    }
}

/// Greedy word wrap of styled runs: every line starts with `indent` (the first with `first`)
/// and stays within `width` columns unless one word is wider. A run that does not start with
/// whitespace is glued to the text before it (punctuation after a highlighted word).
pub fn wrap(
    runs: &[(String, Paint)],
    width: usize,
    first: &str,
    indent: &str,
    color: bool,
) -> String {
    let mut out = String::new();
    let mut line = String::from(first);
    let mut col = first.width();
    let mut fresh = true;
    for (text, p) in runs {
        // Shown before it is split and measured: a vertical tab or NEL is a control to show,
        // not a space to break at, and `^K` takes two columns.
        let text = escape::terminal(text);
        let glued = !text.starts_with(char::is_whitespace);
        for (k, spaced) in text.split_whitespace().enumerate() {
            // Chinese runs on without spaces: a line may break between its characters too.
            for (n, word) in pieces(spaced).into_iter().enumerate() {
                let w = word.width();
                let space = usize::from(!(fresh || glued && k == 0 || n > 0));
                let breaks = space == 1 || n > 0;
                if !fresh && breaks && col + space + w > width {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line = String::from(indent);
                    col = indent.width();
                } else if space == 1 {
                    line.push(' ');
                    col += 1;
                }
                line.push_str(&paint(word, *p, color));
                col += w;
                fresh = false;
            }
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// `word` cut where a line may break inside it: before and after each wide (CJK) character,
/// except before closing punctuation (`。`, `，`, `”`) or after an opening mark (`“`, `《`).
fn pieces(word: &str) -> Vec<&str> {
    if word.is_ascii() {
        return vec![word];
    }
    let wide = |c: char| c.width() == Some(2);
    let closing = |c: char| "。，、！？；：”’」』）》〉】〕…·%,.;:!?)]}".contains(c);
    let opening = |c: char| "“‘「『（《〈【〔([{".contains(c);
    let mut out = Vec::new();
    let mut from = 0;
    let mut prev: Option<char> = None;
    for (i, c) in word.char_indices() {
        if let Some(p) = prev
            && (wide(p) || wide(c))
            && !closing(c)
            && !opening(p)
        {
            out.push(&word[from..i]);
            from = i;
        }
        prev = Some(c);
    }
    out.push(&word[from..]);
    out
}

/// Wraps `runs` after `indent` and a painted label (`K3    `), later lines hanging under the
/// text.
pub fn labelled(
    indent: &str,
    label: (&str, Paint),
    runs: &[(String, Paint)],
    width: usize,
    color: bool,
) -> String {
    let hang = format!("{indent}{}", " ".repeat(label.0.width()));
    let plain = wrap(runs, width, &hang, &hang, color);
    format!("{indent}{}{}", paint(label.0, label.1, color), &plain[hang.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_hanging_indent() {
        let runs = vec![
            ("one two three four".to_string(), Paint::Plain),
            (", five".to_string(), Paint::Plain),
        ];
        assert_eq!(wrap(&runs, 12, "> ", "  ", false), "> one two\n  three four,\n  five\n");
    }

    #[test]
    fn chinese_counts_two_columns_and_breaks_between_characters() {
        let runs = vec![("双方同意加强合作，推动关系发展。".to_string(), Paint::Plain)];
        let s = wrap(&runs, 12, "", "", false);
        assert!(s.lines().all(|l| l.width() <= 12), "{s}");
        assert_eq!(s.lines().count(), 3, "{s}");
        assert_eq!(s.replace('\n', ""), "双方同意加强合作，推动关系发展。");
        // No line starts with closing punctuation.
        assert!(s.lines().all(|l| !l.starts_with(['，', '。'])), "{s}");
    }

    #[test]
    fn colour_codes_do_not_count() {
        let runs = vec![("aaaa bbbb".to_string(), Paint::Fg(Color::Blue))];
        let s = wrap(&runs, 9, "", "", true);
        assert_eq!(s.lines().count(), 1, "{s:?}");
    }

    #[test]
    fn labelled_hangs_under_text() {
        let runs = vec![("one two three".to_string(), Paint::Plain)];
        assert_eq!(
            labelled(" ", ("K1 ", Paint::Bold), &runs, 12, false),
            " K1 one two\n    three\n"
        );
    }
}
