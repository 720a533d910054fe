//! Robustness: readouts and claims made of random text (words, names, numbers, quotes, dashes,
//! brackets, elisions, non-Latin letters, odd spacing) go through loading, segmentation,
//! comparison, every output format and checking without a panic, and keep their invariants.

use ::readout::compare::{self, align};
use ::readout::load::load_all;
use ::readout::{check, render as report};

/// A small deterministic generator (xorshift), so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Xi",
    "Putin",
    "said",
    "noted",
    "that",
    "the",
    "two",
    "sides",
    "agreed",
    "He",
    "China",
    "U.S.",
    "cease-fire",
    "cease–fire",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "[...]",
    "…",
    "...",
    "(",
    ")",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "—",
    "-",
    "30",
    "3.5",
    "Feb.",
    "No.",
    "Dr.",
    "J.",
    "It was",
    "They",
    "According to",
    "sanctions",
    "Сергей",
    "中国",
    "ünïcödé",
    "\u{a0}",
    "\u{200b}",
    "e\u{301}",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "#",
    "*",
    "|",
    "<script>",
    "&amp;",
    "🙂",
    "Moscow's",
    "US-China",
];

fn random_text(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for _ in 0..words {
        s.push_str(rng.pick(PIECES));
        if !rng.next().is_multiple_of(3) {
            s.push(' ');
        }
    }
    s
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn random_readouts_compare_render_and_check_without_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let made = report::stamp::Made::at(0);
    let mut compared = 0;
    for round in 0..150 {
        let n = 1 + (rng.next() % 40) as usize;
        let a = write(
            dir.path(),
            "a.txt",
            &format!("---\nsource: A\n---\n{}", random_text(&mut rng, n * 6)),
        );
        let b = write(dir.path(), "b.md", &random_text(&mut rng, n * 5 + 1));
        let Ok(loaded) = load_all(&[a.clone(), b.clone()]) else { continue };
        // Every statement is a non-empty piece of its file, in order.
        for r in &loaded.readouts {
            let file = std::fs::read_to_string(if r.path == a { &a } else { &b }).unwrap();
            let mut last = 0;
            for s in &r.statements {
                assert!(
                    !s.text.is_empty() && s.start >= last && s.end <= file.len(),
                    "round {round}"
                );
                assert!(file.is_char_boundary(s.start) && file.is_char_boundary(s.end));
                last = s.end;
            }
        }
        compared += 1;
        let list = ::readout::terms::watchlist::load(None).expect("built-in watchlist");
        let rep = compare::compare(loaded.readouts.clone(), None, align::tuning(), &list);
        let c = &rep.comparisons[0];
        // Each statement is in exactly one link or one only-in list.
        for (side, ids, only) in [
            (0, c.links.iter().flat_map(|l| l.left.clone()).collect::<Vec<_>>(), &c.only_left),
            (1, c.links.iter().flat_map(|l| l.right.clone()).collect(), &c.only_right),
        ] {
            let mut all: Vec<String> = ids.into_iter().chain(only.iter().cloned()).collect();
            all.sort();
            let mut want: Vec<String> =
                rep.readouts[side].statements.iter().map(|s| s.id.clone()).collect();
            want.sort();
            assert_eq!(all, want, "round {round}");
        }
        let _ = report::terminal::compare::compare(
            &rep,
            report::terminal::Style { color: true, width: 40 },
        );
        let _ = report::json::compare(&rep, report::json::Layout::Compact);
        let _ = report::markdown::compare::compare(&rep, &made);
        let _ = report::html::compare::compare(&rep, &made);
        let claims = write(
            dir.path(),
            "article.md",
            &format!(
                "“{}” said the Kremlin. \"{}\"",
                random_text(&mut rng, 8),
                random_text(&mut rng, 6)
            ),
        );
        let names = check::names::Names::new(&loaded.readouts, None);
        if let Ok(cl) = check::claims::load(&claims, &names) {
            let r = check::check(cl, &loaded, &names, &claims);
            let _ = report::json::check(&r, report::json::Layout::Compact);
            let _ = report::terminal::check::render(&r, report::terminal::Style::default(), false);
        }
    }
    assert!(
        compared > 100,
        "only {compared} rounds loaded: the generator makes too many empty readouts"
    );
}
