//! What the published check documents (HTML, Markdown) show of each claim, worked out once for
//! both: the claim as written with its own words marked, the statements the evidence is in with
//! the quoted words located and the readout's own words among them marked, anchors, and the
//! verdicts' symbols and meanings.

use super::sides::{self, Run};
use crate::compare::diff;
use crate::model::check::{Change, ClaimResult, Difference, Evidence, Report, Verdict};
use crate::model::diff::{Op, Piece};
use crate::model::{Readout, Statement};
use std::collections::{HashMap, HashSet};

/// A symbol per verdict, so a badge reads without its colour (greyscale print, colour blindness).
pub fn symbol(v: Verdict) -> &'static str {
    match v {
        Verdict::Verbatim => "✓",
        Verdict::Close => "≈",
        Verdict::Altered => "✗",
        Verdict::Misattributed => "⇄",
        Verdict::Absent => "∅",
    }
}

/// What a verdict means, for the legends.
pub fn meaning(v: Verdict) -> &'static str {
    match v {
        Verdict::Verbatim => "the words are in the attributed readout as they stand",
        Verdict::Close => "the same point with small differences of wording",
        Verdict::Altered => "the readout says something that differs in meaning",
        Verdict::Misattributed => "only a readout other than the one named says it",
        Verdict::Absent => "no readout says anything like it",
    }
}

/// The one-line result: how many claims fail, or that none does.
pub fn result_line(report: &Report, strict: bool) -> String {
    let failing = report.claims.iter().filter(|c| !c.verdict.passes(strict)).count();
    let s = if failing == 1 { "" } else { "s" };
    match (failing, strict) {
        (0, false) => "Every claim is verbatim or close.".to_string(),
        (0, true) => "Every claim is verbatim.".to_string(),
        (n, false) => format!("{n} claim{s} not borne out by the readouts."),
        (n, true) => format!("{n} claim{s} not verbatim (strict check)."),
    }
}

/// Element ids for the claims' blocks: each claim's own id (`c1`, `q3`), whitespace made `_`.
/// An id that is empty, already taken, or starts with `rd-` (the page's own ids) gets
/// `rd-claim-N` instead, so every block has exactly one anchor of its own.
pub fn anchors(claims: &[ClaimResult]) -> Vec<String> {
    let mut used = HashSet::new();
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let id: String =
                c.id.chars().map(|ch| if ch.is_whitespace() { '_' } else { ch }).collect();
            let id = if id.is_empty() || id.starts_with("rd-") || used.contains(&id) {
                format!("rd-claim-{}", i + 1)
            } else {
                id
            };
            used.insert(id.clone());
            id
        })
        .collect()
}

/// Statements of all readouts by id (ids are unique in one run), with their readout.
pub fn statements(readouts: &[Readout]) -> HashMap<&str, (&Readout, &Statement)> {
    readouts
        .iter()
        .flat_map(|r| r.statements.iter().map(move |s| (s.id.as_str(), (r, s))))
        .collect()
}

/// The claim as written, cut into runs with the words only the claim has (`own`) marked. `None`
/// when the claim's words and the diff's do not agree, so marks cannot be placed; the caller
/// then shows the diff inline instead.
pub fn claim_runs<'a>(claim: &'a ClaimResult) -> Option<Vec<Run<'a>>> {
    let whole = || vec![Run { own: false, text: claim.text.as_str() }];
    let Some(ev) = &claim.evidence else {
        return Some(whole());
    };
    if !fits(&[&claim.text], &ev.diff, Op::Left) {
        return None;
    }
    sides::runs(&[&claim.text], &ev.diff, Op::Left).pop()
}

/// Whether the words of `texts` are exactly the words of `side` in the diff (equal pieces and
/// that side's own), which is what lets `sides::runs` place marks.
fn fits(texts: &[&str], pieces: &[Piece], side: Op) -> bool {
    let have: usize = texts.iter().map(|t| crate::text::word_count(t)).sum();
    let want: usize = pieces
        .iter()
        .filter(|p| p.op == Op::Equal || p.op == side)
        .map(|p| crate::text::word_count(&p.text))
        .sum();
    have == want
}

/// Which part of a statement a stretch of its text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Around the quoted words.
    Context,
    /// Quoted words the claim has too.
    Quote,
    /// Quoted words only the readout has.
    Own,
}

/// A statement the evidence is in, its text cut into parts.
pub struct InContext<'a> {
    pub readout: &'a Readout,
    pub statement: &'a Statement,
    pub parts: Vec<(Part, &'a str)>,
}

/// The evidence's statements in their order, each with the quoted words located and the
/// readout's own words among them marked. Spans that do not fit their statement (which the
/// model never produces) are left out rather than trusted.
pub fn in_context<'a>(
    ev: &Evidence,
    by_id: &HashMap<&str, (&'a Readout, &'a Statement)>,
) -> Vec<InContext<'a>> {
    let spans: Vec<(&'a Statement, usize, &'a str)> = ev
        .spans
        .iter()
        .filter_map(|sp| {
            let (_, st) = by_id.get(sp.statement.as_str())?;
            let text = st.text.get(sp.start..sp.end)?;
            Some((*st, sp.start, text))
        })
        .collect();
    let texts: Vec<&str> = spans.iter().map(|s| s.2).collect();
    let marked = if fits(&texts, &ev.diff, Op::Right) {
        sides::runs(&texts, &ev.diff, Op::Right)
    } else {
        texts.iter().map(|t| vec![Run { own: false, text: t }]).collect()
    };
    let mut out = Vec::new();
    for id in &ev.statements {
        let Some(&(readout, statement)) = by_id.get(id.as_str()) else { continue };
        let mine: Vec<(usize, &Vec<Run<'a>>)> = spans
            .iter()
            .zip(&marked)
            .filter(|((st, ..), _)| st.id == statement.id)
            .map(|((_, start, _), runs)| (*start, runs))
            .collect();
        out.push(InContext { readout, statement, parts: cut(&statement.text, &mine) });
    }
    out
}

/// A statement's text as context around its quoted spans (each given by its start and runs).
fn cut<'a>(text: &'a str, spans: &[(usize, &Vec<Run<'a>>)]) -> Vec<(Part, &'a str)> {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, runs) in spans {
        if *start < at {
            continue;
        }
        if *start > at {
            parts.push((Part::Context, &text[at..*start]));
        }
        for r in runs.iter() {
            parts.push((if r.own { Part::Own } else { Part::Quote }, r.text));
        }
        at = start + runs.iter().map(|r| r.text.len()).sum::<usize>();
    }
    if at < text.len() {
        parts.push((Part::Context, &text[at..]));
    }
    parts
}

/// The diff as one line, for claims whose marks cannot be placed in their own text: equal words,
/// the claim's own (`Op::Left`) and the readout's own (`Op::Right`). Differences of punctuation
/// alone are not word differences: the claim's are shown as plain text, the readout's left out.
pub fn inline_diff(pieces: &[Piece]) -> Vec<(Op, String)> {
    let mut out: Vec<(Op, String)> = Vec::new();
    let mut prev = String::new();
    for p in pieces {
        let op = match p.op {
            Op::Right if p.is_punctuation() => continue,
            Op::Left if p.is_punctuation() => Op::Equal,
            op => op,
        };
        let space = if diff::needs_space(&prev, &p.text) { " " } else { "" };
        out.push((Op::Equal, space.to_string()));
        out.push((op, p.text.clone()));
        prev = p.text.clone();
    }
    out.retain(|(_, t)| !t.is_empty());
    out
}

/// A difference in words: how every format states it.
pub fn phrase(d: &Difference) -> String {
    let q = |runs: &[String]| runs.iter().map(|r| format!("'{r}'")).collect::<Vec<_>>().join(", ");
    let (c, r) = (q(&d.claim), q(&d.readout));
    match &d.change {
        Change::Opposite => format!("opposite sense: {c} vs {r}"),
        Change::NegationAdded => {
            format!("negation added: the claim says {c}, the readout does not")
        }
        Change::NegationDropped => {
            format!("negation dropped: the readout says {r}, the claim does not")
        }
        Change::NumberChanged => format!("number changed: {c} vs {r}"),
        Change::NamesSwapped => {
            let q = |runs: &[String]| {
                runs.iter().map(|r| format!("'{r}'")).collect::<Vec<_>>().join(" … ")
            };
            format!("names trade places: {} vs {}", q(&d.claim), q(&d.readout))
        }
        Change::UnitChanged => format!("unit changed: {c} vs {r}"),
        Change::NumberMissing => format!("number not in the readout: {c}"),
        Change::TimeChanged => format!("time changed: {c} vs {r}"),
        Change::TimeMissing => format!("time not in the readout: {c}"),
        Change::NameChanged => format!("name changed: {c} vs {r}"),
        Change::ObjectChanged => format!("object changed: {c} vs {r}"),
        Change::ModalityChanged => format!("modality changed: {c} vs {r}"),
        Change::ModalityAdded => format!("modality changed: the claim adds {c}"),
        Change::ModalityDropped => format!("modality changed: the claim drops {r}"),
        Change::WordingDiffers { share } => format!(
            "much of the wording differs: {:.0}% of the claim's weighted words are in the readout",
            share * 100.0
        ),
        Change::Spread { share } => format!(
            "the claim's words are spread out: they make {:.0}% of the readout's passage",
            share * 100.0
        ),
        Change::Spelling => format!("{c} vs {r} (spelling)"),
        Change::Swapped => format!("{c} vs {r}"),
        Change::Moved => format!("{c} moved"),
        Change::Added => format!("{c} added"),
        Change::LeftOut => format!("{r} left out"),
        Change::MoreMinor { count } => format!("and {count} more small differences"),
        Change::Misattributed { named, source } => {
            format!("attributed to {}, but only {source} says it", named.join(" / "))
        }
        Change::OnlyElsewhere { source } => {
            format!("found only in {source}, not in the readout it is attributed to")
        }
        Change::OppositeElsewhere { source } => {
            format!("opposite sense in {source}: {c} vs {r}, for the same point")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::check::QuoteSpan;

    fn claim(id: &str, text: &str, ev: Option<Evidence>) -> ClaimResult {
        ClaimResult {
            id: id.into(),
            text: text.into(),
            attributed_to: None,
            attributed_sources: Vec::new(),
            verdict: Verdict::Close,
            found_in: Vec::new(),
            evidence: ev,
            line: None,
            note: None,
        }
    }

    fn evidence(quote: &str, spans: Vec<QuoteSpan>, claim: &str) -> Evidence {
        Evidence {
            source: "S".into(),
            statement: spans[0].statement.clone(),
            statements: {
                let mut ids: Vec<String> = spans.iter().map(|s| s.statement.clone()).collect();
                ids.dedup();
                ids
            },
            quote: quote.into(),
            spans,
            score: 0.9,
            diff: diff::diff_exact(claim, quote),
            differences: Vec::new(),
        }
    }

    fn show(parts: &[(Part, &str)]) -> String {
        parts
            .iter()
            .map(|(p, t)| match p {
                Part::Context => t.to_string(),
                Part::Quote => format!("<{t}>"),
                Part::Own => format!("[{t}]"),
            })
            .collect()
    }

    #[test]
    fn anchors_are_the_ids_unless_unusable() {
        let cs = [
            claim("c1", "x", None),
            claim("my id", "x", None),
            claim("c1", "x", None),
            claim("rd-summary", "x", None),
            claim("", "x", None),
        ];
        assert_eq!(anchors(&cs), ["c1", "my_id", "rd-claim-3", "rd-claim-4", "rd-claim-5"]);
    }

    #[test]
    fn claim_and_statement_marks_follow_the_diff() {
        let text = "The side supports a 30-day cease-fire as a first step, he said.";
        let quote = "supports a 30-day cease-fire as a first step";
        let start = text.find(quote).unwrap();
        let sp = QuoteSpan { statement: "P1".into(), start, end: start + quote.len() };
        let c = "supports a 60-day cease-fire as a first step";
        let ev = evidence(quote, vec![sp], c);
        let cr = claim("c1", c, Some(ev.clone()));
        let runs = claim_runs(&cr).unwrap();
        let own: Vec<&str> = runs.iter().filter(|r| r.own).map(|r| r.text).collect();
        assert_eq!(own, ["60-day"]);
        let rd = Readout::of("S", "P", &[text]);
        let ctx = in_context(&ev, &statements(std::slice::from_ref(&rd)));
        assert_eq!(ctx.len(), 1);
        assert_eq!(
            show(&ctx[0].parts),
            "The side <supports a >[30-day]< cease-fire as a first step>, he said."
        );
    }

    #[test]
    fn a_quote_over_two_statements_is_located_in_each() {
        let (a, b) = ("They met in May.", "Trade grew fast, they said.");
        let sps = vec![
            QuoteSpan { statement: "P1".into(), start: 5, end: 15 },
            QuoteSpan { statement: "P2".into(), start: 0, end: 15 },
        ];
        let ev = evidence("met in May. Trade grew fast", sps, "met in May. Trade grew fast");
        let rd = Readout::of("S", "P", &[a, b]);
        let ctx = in_context(&ev, &statements(std::slice::from_ref(&rd)));
        let shown: Vec<String> = ctx.iter().map(|c| show(&c.parts)).collect();
        assert_eq!(shown, ["They <met in May>.", "<Trade grew fast>, they said."]);
    }

    #[test]
    fn inline_diff_ignores_punctuation_differences() {
        let pieces = vec![
            Piece { op: Op::Left, text: "'".into() },
            Piece { op: Op::Equal, text: "We agree,".into() },
            Piece { op: Op::Left, text: "'".into() },
            Piece { op: Op::Right, text: "\"".into() },
            Piece { op: Op::Left, text: "she".into() },
            Piece { op: Op::Right, text: "he".into() },
            Piece { op: Op::Equal, text: "said".into() },
        ];
        let d = inline_diff(&pieces);
        let marked: Vec<&(Op, String)> = d.iter().filter(|(op, _)| *op != Op::Equal).collect();
        assert_eq!(marked, [&(Op::Left, "she".to_string()), &(Op::Right, "he".to_string())]);
        assert!(!d.iter().any(|(_, t)| t == "\""));
    }
}
