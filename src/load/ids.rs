//! Statement ids: a short prefix per readout from its source's initials, unique in the run, plus
//! the statement's number; and the check that ids given in YAML clash with nothing.

use crate::io::error::{Error, Result};
use crate::model::Readout;
use std::collections::HashSet;

/// Ids given in YAML can clash with each other across readouts; reports and renderers find
/// statements by id, so that is an error, blamed on the later file that declared the id and
/// naming the earlier one. Made ids never clash: [`assign_ids`] picks prefixes that avoid every
/// given id.
pub(super) fn check_unique_ids(readouts: &[Readout]) -> Result<()> {
    let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for r in readouts {
        for s in &r.statements {
            if let Some(other) = seen.insert(&s.id, &r.path) {
                let place = if other == r.path {
                    "used twice in this readout".to_string()
                } else {
                    format!("already used in {other}")
                };
                return Err(Error::in_file(
                    &r.path,
                    format!("statement id `{}` is {place}; ids must be unique in one run", s.id),
                ));
            }
        }
    }
    Ok(())
}

/// Gives every statement without an id one made of its readout's prefix and its number. The
/// prefix is unique in the run (for any number of readouts), and none of the ids it makes is an
/// id a YAML readout gave, so a made id never clashes with a given one.
pub(super) fn assign_ids(readouts: &mut [Readout]) {
    let given: HashSet<String> = readouts
        .iter()
        .flat_map(|r| &r.statements)
        .filter(|s| !s.id.is_empty())
        .map(|s| s.id.clone())
        .collect();
    let mut taken: Vec<String> = Vec::new();
    for r in readouts.iter_mut() {
        let made: Vec<usize> =
            (0..r.statements.len()).filter(|&i| r.statements[i].id.is_empty()).collect();
        let free = |p: &str| made.iter().all(|i| !given.contains(&format!("{p}{}", i + 1)));
        let prefix = unique_prefix(&r.source, &taken, free);
        taken.push(prefix.clone());
        r.prefix = prefix.clone();
        for (i, s) in r.statements.iter_mut().enumerate() {
            if s.id.is_empty() {
                s.id = format!("{prefix}{}", i + 1);
            }
        }
    }
}

/// Initials of the source's words ("Chinese MFA" → "CM"), lengthened until unique in this run
/// and `free` (its ids clash with no given one).
fn unique_prefix(source: &str, taken: &[String], free: impl Fn(&str) -> bool) -> String {
    let words: Vec<&str> = source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    // "Presidency of Norland" → "PN": small words written in lower case are skipped.
    let significant: Vec<&str> =
        match words.iter().filter(|w| !w.starts_with(char::is_lowercase)).count() {
            0 => words.clone(),
            _ => words.iter().copied().filter(|w| !w.starts_with(char::is_lowercase)).collect(),
        };
    let initials: String = significant
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect();
    let base = if initials.is_empty() { "S".to_string() } else { initials };
    let mut candidates = vec![base.clone()];
    // Then more letters of the first word: "Kremlin" → "Kr", "Kre", …
    if let Some(first) = words.first() {
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
        for n in 2..=letters.len() {
            let mut p: String = letters[..1].iter().flat_map(|c| c.to_uppercase()).collect();
            p.extend(letters[1..n].iter().flat_map(|c| c.to_lowercase()));
            candidates.push(p);
        }
    }
    // Digits would run into statement numbers, so the last resort appends letters: a … z, then
    // aa, ab, …, without end, so any number of readouts with one source get their own.
    let ok = |c: &String| !taken.iter().any(|t| t.eq_ignore_ascii_case(c)) && free(c);
    candidates
        .into_iter()
        .chain((1..).map(|n| format!("{base}{}", letters(n))))
        .find(ok)
        .expect("the letter suffixes never end")
}

/// The `n`th (from 1) name in the sequence a, b, …, z, aa, ab, …, zz, aaa, …
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_initials_and_unique() {
        let any = |_: &str| true;
        assert_eq!(unique_prefix("Kremlin", &[], any), "K");
        assert_eq!(unique_prefix("Chinese MFA", &[], any), "CM");
        assert_eq!(unique_prefix("Presidency of Norland", &[], any), "PN");
        assert_eq!(unique_prefix("xinhua", &[], any), "X");
        assert_eq!(unique_prefix("Kiev Post", &["K".into(), "KP".into()], any), "Ki");
        assert_eq!(unique_prefix("Kiev Post", &[], |p: &str| p != "KP"), "Ki");
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
        assert_eq!(letters(28), "ab");
        assert_eq!(letters(26 * 27 + 1), "aaa");
        let mut rs = vec![
            super::super::text::from_text(
                "a.txt",
                "---\nsource: Kremlin\n---\nAlpha one. Beta two.",
                false,
            )
            .unwrap(),
            super::super::text::from_text("b.txt", "---\nsource: Kyiv\n---\nGamma.", false)
                .unwrap(),
        ];
        assign_ids(&mut rs);
        assert_eq!(rs[0].statements[1].id, "K2");
        assert_eq!(rs[1].statements[0].id, "Ky1");
    }
}
