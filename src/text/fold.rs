//! Folding of typographic styles: curly and straight quotes, every kind of dash, exotic spaces,
//! case. Two texts equal under [`fold`] read the same to a reader.

/// Folds one character's typographic variants: curly quotes to straight, every dash and hyphen
/// to `-`, exotic spaces to a space.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        c => c,
    }
}

/// Case, quote, dash and spacing folded: two texts equal under `fold` read the same.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether a character is a dash or hyphen of any style.
pub fn is_dash(c: char) -> bool {
    fold_char(c) == '-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_quotes_dashes_case_spaces() {
        assert_eq!(fold("“Cease–fire”  Now\u{a0}’s"), "\"cease-fire\" now 's");
    }
}
