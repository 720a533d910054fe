//! Quoted passages of an article: straight, curly and single quotes, nested quotes, quotes that
//! news style re-opens at the start of the next paragraph, and who the sentence around each
//! quote says is speaking.

use super::names::{Found, Names};
use crate::load::segment;

/// Quotes shorter than this are terms ("war", "special military operation"), not claims.
pub const MIN_WORDS: usize = 4;

/// A quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, paragraphs of a re-opened quote joined by a space.
    pub text: String,
    /// 1-based line of the opening mark in the article.
    pub line: usize,
    /// The name the article gives the speaker, as written, and the source it stands for.
    pub attribution: Option<(String, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    CurlyDouble,
    StraightDouble,
    CurlySingle,
    StraightSingle,
}

impl Mark {
    fn double(self) -> bool {
        matches!(self, Mark::CurlyDouble | Mark::StraightDouble)
    }
}

/// A quote as found: where its marks are and the byte ranges of its words, all in the body.
#[derive(Debug, Clone)]
struct Span {
    open: usize,
    close: usize,
    ranges: Vec<(usize, usize)>,
}

/// Body of the article after optional `---` front matter, and where it starts.
fn body(src: &str) -> usize {
    let first_end = src.find('\n').unwrap_or(src.len());
    if src[..first_end].trim_end() != "---" {
        return 0;
    }
    let mut offset = first_end + 1;
    for line in src[offset.min(src.len())..].split_inclusive('\n') {
        offset += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return offset;
        }
    }
    0
}

/// Paragraphs: byte ranges of runs of non-blank lines.
fn paragraphs(text: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut pos = base;
    for line in text[base..].split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            out.extend(cur.take());
        } else {
            let end = start + line.trim_end().len();
            cur = Some((cur.map_or(start + line.len() - line.trim_start().len(), |c| c.0), end));
        }
    }
    out.extend(cur);
    out
}

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“‘\"'".contains(p))
}

/// Closes the innermost open quote of kind `want` and any opened inside it.
fn close_to(stack: &mut Vec<Mark>, want: Mark) -> bool {
    match stack.iter().rposition(|m| *m == want) {
        Some(i) => {
            stack.truncate(i);
            true
        }
        None => false,
    }
}

/// Scans one paragraph, carrying an outer quote that the previous paragraph left open.
/// Returns the quotes it closes and the quote it leaves open, if any.
fn scan(
    text: &str,
    (start, end): (usize, usize),
    carried: Option<(Span, Vec<Mark>)>,
    done: &mut Vec<Span>,
) -> Option<(Span, Vec<Mark>)> {
    let chars: Vec<(usize, char)> =
        text[start..end].char_indices().map(|(i, c)| (start + i, c)).collect();
    let (mut cur, mut stack) = match carried {
        Some((span, stack)) => (Some(span), stack),
        None => (None, Vec::new()),
    };
    let mut seg_start = start;
    let mut skip_first = cur.is_some();
    for k in 0..chars.len() {
        let (pos, c) = chars[k];
        let prev = if k == 0 { None } else { Some(chars[k - 1].1) };
        let next = chars.get(k + 1).map(|x| x.1);
        let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        if skip_first {
            // The re-opening mark of a quote carried over from the paragraph before.
            skip_first = false;
            seg_start = pos + c.len_utf8();
            continue;
        }
        let mut opened = None;
        let mut closed = false;
        match c {
            '“' => opened = Some(Mark::CurlyDouble),
            '”' => closed = close_to(&mut stack, Mark::CurlyDouble),
            '"' => {
                if stack.contains(&Mark::StraightDouble) {
                    closed = close_to(&mut stack, Mark::StraightDouble);
                } else if opens_after(prev) || (alnum(next) && !alnum(prev)) {
                    opened = Some(Mark::StraightDouble);
                }
            }
            '‘' if opens_after(prev) => opened = Some(Mark::CurlySingle),
            '’' | '\'' => {
                let kind = if c == '’' { Mark::CurlySingle } else { Mark::StraightSingle };
                if alnum(prev) && alnum(next) {
                    // An apostrophe: Russia’s, don't.
                } else if stack.contains(&kind)
                    && !alnum(next)
                    && !prev.is_some_and(char::is_whitespace)
                {
                    closed = close_to(&mut stack, kind);
                } else if c == '\'' && opens_after(prev) && alnum(next) {
                    opened = Some(kind);
                }
            }
            _ => {}
        }
        if let Some(m) = opened {
            if stack.is_empty() {
                cur = Some(Span { open: pos, close: pos, ranges: Vec::new() });
                seg_start = pos + c.len_utf8();
            }
            stack.push(m);
        } else if closed
            && stack.is_empty()
            && let Some(mut span) = cur.take()
        {
            span.ranges.push((seg_start, pos));
            span.close = pos + c.len_utf8();
            done.push(span);
        }
    }
    match cur {
        Some(mut span) if !stack.is_empty() => {
            span.ranges.push((seg_start, end));
            // Quotes nested inside the open one cannot run on into the next paragraph.
            stack.truncate(1);
            Some((span, stack))
        }
        _ => None,
    }
}

/// The quotes of an article of four words or more, with their attributions.
pub fn extract(src: &str, names: &Names) -> Vec<Quote> {
    let base = body(src);
    let paras = paragraphs(src, base);
    let mut spans: Vec<Span> = Vec::new();
    let mut carried: Option<(Span, Vec<Mark>)> = None;
    for (n, &p) in paras.iter().enumerate() {
        carried = scan(src, p, carried, &mut spans);
        if let Some((_, stack)) = &carried {
            // News style re-opens a quote that runs on at the start of the next paragraph; a
            // quote left open any other way is a stray mark, and is dropped.
            let reopened = paras.get(n + 1).is_some_and(|&(s, _)| {
                let first = src[s..].chars().next();
                match stack[0] {
                    m if m.double() => matches!(first, Some('“' | '"')),
                    Mark::CurlySingle => first == Some('‘'),
                    _ => first == Some('\''),
                }
            });
            if !reopened {
                carried = None;
            }
        }
    }
    let sentences: Vec<Vec<(usize, usize)>> = paras
        .iter()
        .map(|&(s, e)| {
            segment::segment(&src[s..e], false, s, "en")
                .into_iter()
                .map(|st| (st.start, st.end))
                .collect()
        })
        .collect();
    let masks: Vec<(usize, usize)> = spans.iter().map(|s| (s.open, s.close)).collect();
    let mut out = Vec::new();
    for span in &spans {
        let text = span.ranges.iter().map(|&(s, e)| src[s..e].trim()).collect::<Vec<_>>().join(" ");
        let text = segment::fold_space(&text);
        if crate::text::word_count(&text) < MIN_WORDS {
            continue;
        }
        out.push(Quote {
            line: crate::io::input::line_of(src.as_bytes(), span.open),
            attribution: attribute(src, span, &paras, &sentences, &masks, names),
            text,
        });
    }
    out
}

/// The nearest name outside any quote in the sentence(s) holding the quote, else in the
/// sentence before it. The source's own names (the Kremlin, Moscow's official readout) win over
/// participants' names (Putin): "Strelsk said the Norlandic President 'expressed …'" is Strelsk's
/// account of what the President did.
fn attribute(
    src: &str,
    span: &Span,
    paras: &[(usize, usize)],
    sentences: &[Vec<(usize, usize)>],
    masks: &[(usize, usize)],
    names: &Names,
) -> Option<(String, usize)> {
    let locate = |pos: usize| -> Option<(usize, usize)> {
        let p = paras.iter().position(|&(s, e)| s <= pos && pos <= e)?;
        let k = sentences[p]
            .iter()
            .position(|&(s, e)| s <= pos && pos <= e)
            .or_else(|| sentences[p].iter().rposition(|&(s, _)| s <= pos))?;
        Some((p, k))
    };
    let (p0, k0) = locate(span.open)?;
    let (p1, k1) = locate(span.close.saturating_sub(1)).unwrap_or((p0, k0));
    let window = (sentences[p0][k0].0, sentences[p1][k1].1);
    let mut windows = vec![window];
    if k0 > 0 {
        windows.push(sentences[p0][k0 - 1]);
    }
    for (ws, we) in windows {
        let found: Vec<Found> = names
            .find(&src[ws..we])
            .into_iter()
            .map(|f| Found { start: f.start + ws, end: f.end + ws, ..f })
            .filter(|f| !masks.iter().any(|&(a, b)| f.start < b && a < f.end))
            .collect();
        let distance = |f: &Found| {
            if f.end <= span.open { span.open - f.end } else { f.start.saturating_sub(span.close) }
        };
        let best = found
            .iter()
            .filter(|f| f.official)
            .min_by_key(|f| distance(f))
            .or_else(|| found.iter().min_by_key(|f| distance(f)));
        if let Some(f) = best {
            return Some((src[f.start..f.end].to_string(), f.source));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Readout;

    fn readout(source: &str, aliases: &[&str]) -> Readout {
        Readout::aliased(source, aliases)
    }

    fn names() -> Names {
        Names::new(
            &[
                readout("Kremlin", &["Moscow's official readout"]),
                readout("Xinhua", &["the Chinese foreign ministry"]),
            ],
            None,
        )
    }

    fn texts(src: &str) -> Vec<String> {
        extract(src, &names()).into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            texts("He said \"all parties should push for peace\" and “the talks went very well”."),
            vec!["all parties should push for peace", "the talks went very well"]
        );
    }

    #[test]
    fn short_quotes_are_terms_not_claims() {
        assert!(texts("It called it a \"special military operation\" again.").is_empty());
    }

    #[test]
    fn curly_single_quotes_but_not_apostrophes() {
        assert_eq!(
            texts(
                "Russia’s envoy said Xi ‘noted the legitimacy of the actions’ taken by Russia’s army."
            ),
            vec!["noted the legitimacy of the actions"]
        );
        // A plural possessive is no closing mark when no single quote is open.
        assert!(texts("The two governments’ accounts of the call differ a lot.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            texts("It ended: “‘Our partnership is not directed against anyone,’ Orlev said.” Then"),
            vec!["‘Our partnership is not directed against anyone,’ Orlev said."]
        );
        assert_eq!(
            texts("It ended: \"'We will not let anyone dictate terms,' he said.\" Then"),
            vec!["'We will not let anyone dictate terms,' he said."]
        );
    }

    #[test]
    fn a_quote_reopened_after_a_paragraph_break_is_one_quote() {
        let src = "The ministry said: “First part of the quote ends here.\n\n“Second part goes on,” it said.\n";
        assert_eq!(texts(src), vec!["First part of the quote ends here. Second part goes on,"]);
    }

    #[test]
    fn an_unclosed_quote_not_reopened_is_dropped() {
        let src =
            "He said “this never closes at all\n\nNext paragraph has “four words in quotes”.\n";
        assert_eq!(texts(src), vec!["four words in quotes"]);
    }

    #[test]
    fn front_matter_is_skipped_and_lines_counted() {
        let src = "---\ntitle: \"A quoted title of words\"\n---\n\nXinhua said \"all parties should push for peace\".\n";
        let q = extract(src, &names());
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].line, 5);
    }

    #[test]
    fn attribution_is_the_nearest_source_name_outside_quotes() {
        let src = "Xi “noted the legitimacy of the actions taken”, according to Moscow’s official readout. \
                   The Chinese foreign ministry said “all parties should push for peace”, unlike “the Kremlin says so often”.";
        let q = extract(src, &names());
        let attr: Vec<_> = q.iter().map(|q| q.attribution.clone().map(|a| (a.0, a.1))).collect();
        assert_eq!(
            attr,
            vec![
                Some(("Moscow’s official readout".to_string(), 0)),
                Some(("Chinese foreign ministry".to_string(), 1)),
                Some(("Chinese foreign ministry".to_string(), 1)),
            ]
        );
    }

    #[test]
    fn attribution_falls_back_to_the_sentence_before() {
        let src =
            "Xinhua put it first. “The two leaders agreed to raise trade,” the statement said.";
        let q = extract(src, &names());
        assert_eq!(q[0].attribution.as_ref().map(|a| a.1), Some(1));
        let src = "Nobody is named here. “The two leaders agreed to raise trade,” it said.";
        assert_eq!(extract(src, &names())[0].attribution, None);
    }
}
