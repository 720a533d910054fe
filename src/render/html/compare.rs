//! HTML output: one self-contained page (inline CSS, inline SVG, no script, no network) with the
//! readouts, and for each pair a summary, the alignment map, the links side by side with each
//! side's own words marked, and the only-in lists. All readout text goes through `escape`.

use super::css::{CSS, csp};
use super::escape::{attr, html};
use super::page::{anchor, head, lang, readout_card};
use super::{points, svg, terms};
use crate::model::compare::{Comparison, Link, Report};
use crate::model::diff::Op;
use crate::model::{Readout, Statement};
use crate::render::stamp::Made;
use crate::render::view::sides::{self, Marked};
use crate::render::view::{self, said};
use crate::render::{list, title};
use std::collections::HashMap;
use std::fmt::Write;

/// The whole report as one HTML document.
pub fn compare(report: &Report, made: &Made) -> String {
    let title = title(report);
    let mut out = String::with_capacity(64 * 1024);
    head(&mut out, &format!("{title} — readout comparison"), made, &csp(), &[CSS]);
    out.push_str("<body>\n<div class=\"page\">\n");
    header(&mut out, report, &title, made);
    out.push_str("<main>\n");
    if view::points::shown(report) {
        out.push_str(&points::section(report));
    }
    let several = report.comparisons.len() > 1;
    for (n, c) in report.comparisons.iter().enumerate() {
        let pair = Pair { report, c, n: n + 1, several };
        comparison(&mut out, &pair);
    }
    out.push_str(&terms::html(report));
    out.push_str("</main>\n");
    footer(&mut out, made);
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// One pair of readouts being written, with what its parts need to know.
struct Pair<'a> {
    report: &'a Report,
    c: &'a Comparison,
    /// 1-based number of the pair in the report.
    n: usize,
    /// Whether the report has more than one pair, so element ids need the pair's number.
    several: bool,
}

impl<'a> Pair<'a> {
    fn left(&self) -> &'a Readout {
        &self.report.readouts[self.c.left]
    }
    fn right(&self) -> &'a Readout {
        &self.report.readouts[self.c.right]
    }
    /// The element id of a statement: its own id, prefixed with the pair when the page holds
    /// several pairs (each statement then appears once per pair it is in). Whitespace, which
    /// ids cannot hold, becomes `_`.
    fn anchor(&self, id: &str) -> String {
        anchor(self.several, self.n, id)
    }
    /// The id of one of the page's own sections in this pair.
    fn section(&self, name: &str) -> String {
        format!("rd-{name}-{}", self.n)
    }
}

fn header(out: &mut String, report: &Report, title: &str, made: &Made) {
    out.push_str("<header>\n<p class=\"kicker\">Comparison of official readouts</p>\n");
    let _ = writeln!(out, "<h1>{}</h1>", html(title));
    if let Some(ev) = &report.event {
        let mut meta: Vec<String> = Vec::new();
        if let Some(d) = &ev.date {
            meta.push(html(d));
        }
        let people: Vec<String> = ev
            .participants
            .iter()
            .map(|p| match &p.side {
                Some(s) => format!("{} ({})", p.name, s),
                None => p.name.clone(),
            })
            .collect();
        if !people.is_empty() {
            let names: Vec<&str> = people.iter().map(String::as_str).collect();
            meta.push(format!("Participants: {}", html(&list(&names))));
        }
        if !meta.is_empty() {
            let _ = writeln!(out, "<p class=\"event-meta\">{}</p>", meta.join(" · "));
        }
    }
    out.push_str("<ul class=\"readouts\">\n");
    let two = report.readouts.len() == 2;
    for (i, rd) in report.readouts.iter().enumerate() {
        let side = match (two, i) {
            (true, 0) => " l",
            (true, _) => " r",
            _ => "",
        };
        readout_card(out, rd, side, false);
    }
    out.push_str("</ul>\n");
    if report.comparisons.len() > 1 {
        out.push_str("<nav aria-label=\"Contents\"><ol class=\"toc\">\n");
        if view::points::shown(report) {
            out.push_str("<li><a href=\"#points\">Points across the readouts</a></li>\n");
        }
        for (n, c) in report.comparisons.iter().enumerate() {
            let (l, r) = (&report.readouts[c.left], &report.readouts[c.right]);
            let _ = writeln!(
                out,
                "<li><a href=\"#rd-pair-{}\">{} and {}</a></li>",
                n + 1,
                html(&l.source),
                html(&r.source)
            );
        }
        out.push_str("</ol></nav>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"made\">Made by readout {} on {}.</p>\n</header>",
        html(made.version),
        html(&made.at)
    );
}

fn comparison(out: &mut String, p: &Pair) {
    let (l, r) = (p.left(), p.right());
    let _ = writeln!(
        out,
        "<section class=\"pair\" id=\"{}\" aria-labelledby=\"{}\">",
        p.section("pair"),
        p.section("pair-title")
    );
    let heading = if p.several {
        format!("{} and {}", html(&l.source), html(&r.source))
    } else {
        "Summary".to_string()
    };
    let _ = writeln!(out, "<h2 id=\"{}\">{heading}</h2>", p.section("pair-title"));
    let h = if p.several { "h3" } else { "h2" };
    if p.several {
        let _ = writeln!(out, "<{h}>Summary</{h}>");
    }
    summary(out, p);
    let _ = writeln!(out, "<{h} id=\"{}\">Alignment map</{h}>", p.section("map"));
    map(out, p);
    let _ = writeln!(
        out,
        "<{h} id=\"{}\">Links, in {}’s order</{h}>",
        p.section("links"),
        html(&l.source)
    );
    key(out, l, r);
    links(out, p);
    only(out, p, h);
    who_said_what(out, p, h);
    out.push_str("</section>\n");
}

fn summary(out: &mut String, p: &Pair) {
    let (l, r, c) = (p.left(), p.right(), p.c);
    let s = &c.stats;
    out.push_str("<ul class=\"stats\">\n");
    for (n, what) in [
        (s.links, "links"),
        (s.identical, "identical"),
        (s.reworded, "reworded"),
        (s.related, "related"),
        (s.moved, "moved"),
    ] {
        let _ = writeln!(out, "<li><b>{n}</b><span>{what}</span></li>");
    }
    out.push_str("</ul>\n");
    let _ = writeln!(
        out,
        "<table class=\"summary\"><thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"n l\">{}</th><th scope=\"col\" class=\"n r\">{}</th></tr></thead><tbody>",
        html(&l.source),
        html(&r.source)
    );
    for (k, a, b) in sides::summary_rows(c) {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{k}</th><td class=\"n\">{a}</td><td class=\"n\">{b}</td></tr>"
        );
    }
    out.push_str("</tbody></table>\n");
}

fn map(out: &mut String, p: &Pair) {
    let (l, r) = (p.left(), p.right());
    let _ = writeln!(
        out,
        "<figure class=\"map\"><div class=\"map-body\"><div class=\"map-head\" aria-hidden=\"true\"><span class=\"l\">{}</span><span class=\"r\">{}</span></div>",
        html(&l.source),
        html(&r.source)
    );
    out.push_str(&svg::map(l, r, p.c, &|id| p.anchor(id)));
    out.push_str("</div>\n<figcaption><ul class=\"legend\">");
    for (rel, what) in [
        ("identical", "identical: the same words"),
        ("reworded", "reworded: mostly the same words"),
        ("related", "related: the same point in other words"),
    ] {
        let _ = write!(
            out,
            "<li><svg class=\"swatch\" width=\"30\" height=\"12\" aria-hidden=\"true\"><path class=\"link {rel}\" d=\"M0 6 L30 6\"/></svg>{what}</li>"
        );
    }
    for (only, what) in
        [("", "a statement in a link"), (" only", "a statement only one readout has")]
    {
        let _ = write!(
            out,
            "<li><svg class=\"swatch\" width=\"30\" height=\"12\" aria-hidden=\"true\"><g class=\"box l{only}\"><rect x=\"1\" y=\"1\" width=\"13\" height=\"10\" rx=\"2\"/></g><g class=\"box r{only}\"><rect x=\"16\" y=\"1\" width=\"13\" height=\"10\" rx=\"2\"/></g></svg>{what}</li>"
        );
    }
    out.push_str(
        "</ul><p>Each column is one readout’s statements in its own order, paragraphs spaced \
         apart. Lines that cross are points the readouts report in a different order. Select a \
         box to go to its statement.</p></figcaption></figure>\n",
    );
}

fn key(out: &mut String, l: &Readout, r: &Readout) {
    let _ = writeln!(
        out,
        "<p class=\"key\"><span><mark class=\"l\">Solid underline</mark>: words only {} has</span>\
         <span><mark class=\"r\">Dotted underline</mark>: words only {} has</span>\
         <span>Plain: words both have</span>\
         <span><span class=\"badge identical\">identical</span> same words</span>\
         <span><span class=\"badge reworded\">reworded</span> mostly the same words</span>\
         <span><span class=\"badge related\">related</span> same point, other words</span>\
         <span><b>↕ moved</b>: out of the order the other links keep</span>\
         <span><b>≠ speakers</b>: the readouts give the point to different speakers</span>\
         <span><span class=\"strength strong\">strong</span> / <span class=\"strength weak\">weak</span>: a score to trust, or one to check</span></p>",
        html(&l.source),
        html(&r.source)
    );
}

fn links(out: &mut String, p: &Pair) {
    let (l, r, c) = (p.left(), p.right(), p.c);
    if c.links.is_empty() {
        out.push_str(
            "<p class=\"none\">None: no statement of one readout reports a point of the other.</p>\n",
        );
        return;
    }
    let (lmap, rmap) = (p.report.statements_by_id(c.left), p.report.statements_by_id(c.right));
    let _ = writeln!(
        out,
        "<table class=\"links\"><thead><tr><th scope=\"col\" class=\"l\">{}</th><th scope=\"col\">Link</th><th scope=\"col\" class=\"r\">{}</th></tr></thead><tbody>",
        html(&l.source),
        html(&r.source)
    );
    for link in &c.links {
        link_row(out, p, link, &lmap, &rmap);
    }
    out.push_str("</tbody></table>\n");
}

fn link_row(
    out: &mut String,
    p: &Pair,
    link: &Link,
    lmap: &HashMap<&str, &Statement>,
    rmap: &HashMap<&str, &Statement>,
) {
    let (l, r) = (p.left(), p.right());
    let rel = link.relation.name();
    let strength = link.strength.name();
    let moved = if link.moved { " moved" } else { "" };
    let _ = write!(out, "<tr class=\"{rel}{moved}\">");
    let said = [said::link_side(link, Op::Left, lmap), said::link_side(link, Op::Right, rmap)];
    side_cell(out, p, l, "l", &sides::link_side(link, Op::Left, lmap), &said[0]);
    let _ = write!(
        out,
        "<td class=\"rel\"><span class=\"badge {rel}\">{rel}</span> <span class=\"score\" title=\"alignment score\">{:.2}</span> <span class=\"strength {strength}\">{strength}</span>{}{}</td>",
        link.score,
        if link.moved { "<span class=\"moved-mark\">↕ moved</span>" } else { "" },
        if link.speakers_differ { "<span class=\"speakers-mark\">≠ speakers</span>" } else { "" }
    );
    side_cell(out, p, r, "r", &sides::link_side(link, Op::Right, rmap), &said[1]);
    out.push_str("</tr>\n");
}

fn side_cell(out: &mut String, p: &Pair, rd: &Readout, side: &str, marked: &[Marked], said: &str) {
    let _ =
        write!(out, "<td class=\"side {side}\" data-label=\"{}\"{}>", attr(&rd.source), lang(rd));
    for (st, runs) in marked {
        let _ = write!(
            out,
            "<p class=\"st\" id=\"{a}\"><a class=\"sid\" href=\"#{a}\">{}</a> ",
            html(&st.id),
            a = attr(&p.anchor(&st.id))
        );
        for run in runs {
            if run.own {
                let _ = write!(out, "<mark class=\"{side}\">{}</mark>", html(run.text));
            } else {
                out.push_str(&html(run.text));
            }
        }
        out.push_str("</p>");
    }
    if said != "unattributed" {
        let _ = write!(out, "<p class=\"said\">said by {}</p>", html(said));
    }
    out.push_str("</td>");
}

/// Per speaker, the statements each readout gives them and what the other does with those.
fn who_said_what(out: &mut String, p: &Pair, h: &str) {
    let (l, r, c) = (p.left(), p.right(), p.c);
    if c.speakers.is_empty() {
        return;
    }
    let _ = writeln!(out, "<{h} id=\"{}\">Who said what</{h}>", p.section("speakers"));
    let _ = writeln!(
        out,
        "<table class=\"speakers\"><thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\" class=\"l\">{}</th><th scope=\"col\" class=\"r\">{}</th></tr></thead><tbody>",
        html(&l.source),
        html(&r.source)
    );
    for s in &c.speakers {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", html(&s.speaker));
        for (side, rd, other) in [(&s.sides[0], l, r), (&s.sides[1], r, l)] {
            let _ = write!(out, "<td data-label=\"{}\">", attr(&rd.source));
            if side.statements.is_empty() {
                out.push_str("none");
            }
            let ids: Vec<String> = side
                .statements
                .iter()
                .map(|id| format!("<a href=\"#{}\">{}</a>", attr(&p.anchor(id)), html(id)))
                .collect();
            out.push_str(&ids.join(", "));
            let elsewhere = said::elsewhere(side, &other.source);
            if !elsewhere.is_empty() {
                let _ = write!(out, " <span class=\"elsewhere\">{}</span>", html(&elsewhere));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

fn only(out: &mut String, p: &Pair, h: &str) {
    let (l, r, c) = (p.left(), p.right(), p.c);
    let _ = writeln!(out, "<div class=\"only\" id=\"{}\">", p.section("only"));
    for (rd, ids, side) in [(l, &c.only_left, "l"), (r, &c.only_right, "r")] {
        let map = p.report.statements_by_id(if side == "l" { c.left } else { c.right });
        let _ = writeln!(
            out,
            "<div class=\"{side}\"><{h}>Only in {} ({})</{h}>",
            html(&rd.source),
            ids.len()
        );
        let sts = sides::only(ids, &map);
        if sts.is_empty() {
            out.push_str("<p class=\"none\">None.</p>");
        } else {
            let _ = write!(out, "<ul{}>", lang(rd));
            for st in sts {
                let near = match c.closest.get(&st.id) {
                    Some(n) => format!(
                        " <span class=\"closest\">closest: <a href=\"#{}\">{}</a> {:.2}</span>",
                        attr(&p.anchor(&n.id)),
                        html(&n.id),
                        n.score
                    ),
                    None => String::new(),
                };
                let _ = write!(
                    out,
                    "<li class=\"st\" id=\"{a}\"><a class=\"sid\" href=\"#{a}\">{}</a> {}{near}</li>",
                    html(&st.id),
                    html(&st.text),
                    a = attr(&p.anchor(&st.id))
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
}

fn footer(out: &mut String, made: &Made) {
    let _ = writeln!(
        out,
        "<footer><p>Statements are sentences of each readout as published, numbered in reading \
         order. A link joins statements of the two readouts that report the same point; words \
         are compared after folding case, quotes and dashes. Made by readout {} on {}.</p></footer>",
        html(made.version),
        html(&made.at)
    );
}
