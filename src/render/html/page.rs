//! The pieces every HTML page of readout shares: the document head with its policy, a readout's
//! card, the `lang` of a readout's text, and statement anchors.

use super::escape::{attr, html};
use crate::io::escape::safe_url;
use crate::model::Readout;
use crate::render::stamp::Made;
use std::fmt::Write;

/// The element id of statement `id` in pair `n` (1-based) of a page that has `several` pairs or
/// one: see `Pair::anchor`. Other sections link to statements through it.
pub(crate) fn anchor(several: bool, n: usize, id: &str) -> String {
    let id: String = id.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
    if several { format!("p{n}-{id}") } else { id }
}

/// The document head: the policy that allows exactly `styles` and nothing else, and them.
pub(crate) fn head(out: &mut String, title: &str, made: &Made, policy: &str, styles: &[&str]) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"readout {}\">\n\
         <title>{}</title>\n",
        attr(policy),
        attr(made.version),
        html(title)
    );
    for s in styles {
        let _ = writeln!(out, "<style>{s}</style>");
    }
    out.push_str("</head>\n");
}

/// A readout's source, title, date and URL (a link only when it is http or https); with
/// `path`, also the file it was read from.
pub(crate) fn readout_card(out: &mut String, rd: &Readout, side: &str, path: bool) {
    let _ = write!(
        out,
        "<li class=\"readout{side}\"><div class=\"source\"><span class=\"prefix\">{}</span>{}</div>",
        html(&rd.prefix),
        html(&rd.source)
    );
    if let Some(t) = &rd.title {
        let _ = write!(out, "<p class=\"title\"{}>{}</p>", lang(rd), html(t));
    }
    if let Some(d) = &rd.date {
        let _ = write!(out, "<p class=\"date\">{}</p>", html(d));
    }
    if let Some(u) = &rd.url {
        let shown = match safe_url(u) {
            Some(s) => {
                format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", attr(s), html(s))
            }
            None => html(u),
        };
        let _ = write!(out, "<p class=\"url\">{shown}</p>");
    }
    // What `readout fetch` recorded, so a published report says exactly which page was compared.
    if let Some(f) = &rd.fetched {
        let _ = write!(out, "<p class=\"fetched\">Fetched {}</p>", html(f));
    }
    if let Some(h) = &rd.sha256 {
        let _ = write!(out, "<p class=\"sha256\">SHA-256 <code>{}</code></p>", html(h));
    }
    if path {
        let _ = write!(out, "<p class=\"path\">{}</p>", html(&rd.path));
    }
    // Said, as in every format, so an empty who-said-what is not read as "nobody spoke".
    if let Some(note) = crate::render::view::said::undetected(rd) {
        let _ = write!(out, "<p class=\"said\">{}</p>", html(&note));
    }
    out.push_str("</li>\n");
}

/// ` lang="…"` for a readout that says its language, so readers and hyphenation get it right.
pub(crate) fn lang(rd: &Readout) -> String {
    match &rd.language {
        Some(l) if !l.trim().is_empty() => format!(" lang=\"{}\"", attr(l.trim())),
        _ => String::new(),
    }
}
