//! HTML output of `check`: one self-contained page in the comparison report's style (shared
//! stylesheet plus the check's own, strict CSP, no script, no network) with the claims file and
//! readouts checked against, a summary of the verdicts, an index of the claims, and a block per
//! claim with its verdict, the claim with its own words marked, the statements the evidence is
//! in with the quoted words located, and the differences. All input text goes through `escape`.

use super::escape::{attr, html};
use super::page::{head, lang, readout_card};
use super::{check_css, css};
use crate::model::check::{ClaimResult, Difference, Report, Verdict};
use crate::model::diff::Op;
use crate::model::{Loaded, Readout, Statement};
use crate::render::stamp::Made;
use crate::render::view::check::{self as check_view, InContext, Part, phrase, symbol};
use crate::render::view::sides::Run;
use crate::render::{list, plural};
use std::collections::HashMap;
use std::fmt::Write;

/// Everything a claim's block needs to know besides the claim.
struct Page<'a> {
    report: &'a Report,
    by_id: HashMap<&'a str, (&'a Readout, &'a Statement)>,
    anchors: Vec<String>,
    strict: bool,
}

/// The whole check as one HTML document. `loaded` holds the readouts the report was made from
/// (for their titles, dates, URLs and statements); `strict` is what the exit code follows.
pub fn render(report: &Report, loaded: &Loaded, strict: bool, made: &Made) -> String {
    let page = Page {
        report,
        by_id: check_view::statements(&loaded.readouts),
        anchors: check_view::anchors(&report.claims),
        strict,
    };
    let title = title(report, loaded);
    let mut out = String::with_capacity(32 * 1024);
    let styles = [css::CSS, check_css::CSS];
    head(&mut out, &format!("{title} — readout check"), made, &check_css::csp(), &styles);
    out.push_str("<body>\n<div class=\"page\">\n");
    header(&mut out, report, loaded, &title, made);
    out.push_str("<main>\n");
    summary(&mut out, &page);
    index(&mut out, &page);
    out.push_str("<section id=\"rd-claims\" aria-labelledby=\"rd-claims-title\">\n");
    out.push_str("<h2 id=\"rd-claims-title\">Claims, in the file’s order</h2>\n");
    key(&mut out);
    for (c, anchor) in report.claims.iter().zip(&page.anchors) {
        claim_block(&mut out, &page, c, anchor);
    }
    out.push_str("</section>\n</main>\n");
    footer(&mut out, made, strict);
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// The event's title when the readouts' folder names one, else the claims file.
fn title(report: &Report, loaded: &Loaded) -> String {
    match loaded.event.as_ref().and_then(|e| e.title.as_deref()) {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => format!("Claims in {}", report.claims_path),
    }
}

fn header(out: &mut String, report: &Report, loaded: &Loaded, title: &str, made: &Made) {
    out.push_str("<header>\n<p class=\"kicker\">Quotes checked against official readouts</p>\n");
    let _ = writeln!(out, "<h1>{}</h1>", html(title));
    let n = report.claims.len();
    let _ = writeln!(
        out,
        "<p class=\"event-meta\">{n} claim{} from <b>{}</b>, checked against {} readout{}:</p>",
        plural(n),
        html(&report.claims_path),
        loaded.readouts.len(),
        plural(loaded.readouts.len())
    );
    out.push_str("<ul class=\"readouts\">\n");
    for rd in &loaded.readouts {
        readout_card(out, rd, "", true);
    }
    out.push_str("</ul>\n");
    let _ = writeln!(
        out,
        "<p class=\"made\">Made by readout {} on {}.</p>\n</header>",
        html(made.version),
        html(&made.at)
    );
}

fn badge(v: Verdict) -> String {
    format!("<span class=\"verdict {n}\">{} {n}</span>", symbol(v), n = v.name())
}

fn summary(out: &mut String, p: &Page) {
    let r = p.report;
    out.push_str("<section id=\"rd-summary\" aria-labelledby=\"rd-summary-title\">\n");
    out.push_str("<h2 id=\"rd-summary-title\">Summary</h2>\n<ul class=\"stats\">\n");
    let _ = writeln!(out, "<li><b>{}</b><span>claims</span></li>", r.claims.len());
    for v in Verdict::ALL {
        let _ = writeln!(out, "<li><b>{}</b>{}</li>", r.stats.get(v), badge(v));
    }
    out.push_str("</ul>\n");
    verdicts(out);
    let failing = r.claims.iter().any(|c| !c.verdict.passes(p.strict));
    let _ = writeln!(
        out,
        "<p class=\"result{}\">{}</p>\n</section>",
        if failing { " fail" } else { "" },
        html(&check_view::result_line(r, p.strict))
    );
}

/// Classes of a claim's block or index row: its verdict, and `fail` when it does not pass.
fn classes(c: &ClaimResult, strict: bool) -> String {
    let fail = if c.verdict.passes(strict) { "" } else { " fail" };
    format!("{}{fail}", c.verdict.name())
}

/// A table of every claim with its verdict, each linking to its block.
fn index(out: &mut String, p: &Page) {
    out.push_str(
        "<nav aria-label=\"Claims\">\n<table class=\"claims-index\"><thead><tr>\
        <th scope=\"col\">Claim</th><th scope=\"col\">Verdict</th><th scope=\"col\">Text</th>\
        <th scope=\"col\">Attributed to</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n",
    );
    for (c, anchor) in p.report.claims.iter().zip(&p.anchors) {
        let evidence = match &c.evidence {
            Some(ev) => format!(
                "<span class=\"sid\">{}</span> {}",
                html(&ev.statements.join("+")),
                html(&ev.source)
            ),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><td class=\"cid\"><a href=\"#{}\">{}</a></td><td>{}</td>\
             <td class=\"text\">{}</td><td class=\"attr\">{}</td><td class=\"ev\">{evidence}</td></tr>",
            classes(c, p.strict),
            attr(anchor),
            html(&c.id),
            badge(c.verdict),
            html(&short(&c.text, 160)),
            html(c.attributed_to.as_deref().unwrap_or(""))
        );
    }
    out.push_str("</tbody></table>\n</nav>\n");
}

/// At most `max` characters of a text, cut at a space with `…` when longer.
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// What each verdict means.
fn verdicts(out: &mut String) {
    out.push_str("<ul class=\"verdicts\">");
    for v in Verdict::ALL {
        let _ = write!(out, "<li>{}{}</li>", badge(v), html(check_view::meaning(v)));
    }
    out.push_str("</ul>\n");
}

/// How the words of a claim and of the readout are marked.
fn key(out: &mut String) {
    out.push_str(
        "<p class=\"key\"><span><del class=\"claim-own\">Struck through</del>: words only the \
         claim has</span><span><ins class=\"src-own\">Dotted underline</ins>: words only the \
         readout has</span><span><span class=\"quote\">Highlighted</span>: the readout’s words \
         the claim matches, in their statement</span></p>\n",
    );
}

fn claim_block(out: &mut String, p: &Page, c: &ClaimResult, anchor: &str) {
    let _ =
        writeln!(out, "<article class=\"claim {}\" id=\"{}\">", classes(c, p.strict), attr(anchor));
    let _ = write!(
        out,
        "<h3>{} <a class=\"cid\" href=\"#{}\">{}</a><span class=\"where\">{}</span></h3>\n<dl>",
        badge(c.verdict),
        attr(anchor),
        html(&c.id),
        html(&where_from(c))
    );
    claim_row(out, c);
    match &c.evidence {
        Some(ev) => {
            let found = check_view::in_context(ev, &p.by_id);
            let _ = write!(
                out,
                "<dt>Evidence</dt><dd class=\"src\">{}<span class=\"score\" title=\"weighted share \
                 of words the claim and the readout have in common\">· score {:.2}</span>",
                html(&ev.source),
                ev.score
            );
            for st in &found {
                context(out, st);
            }
            out.push_str("</dd>");
            differences(out, &ev.differences);
        }
        None => out.push_str(
            "<dt>Evidence</dt><dd class=\"none\">None: no readout says anything like it.</dd>",
        ),
    }
    others(out, c);
    if let Some(n) = &c.note {
        let _ = write!(out, "<dt>Note</dt><dd>{}</dd>", html(n));
    }
    out.push_str("</dl>\n</article>\n");
}

/// "line 31 · attributed to Valmora (Presidency of Norland)".
fn where_from(c: &ClaimResult) -> String {
    let mut parts = Vec::new();
    if let Some(l) = c.line {
        parts.push(format!("line {l}"));
    }
    parts.push(match (&c.attributed_to, c.attributed_sources.as_slice()) {
        (Some(a), [s]) if !a.eq_ignore_ascii_case(s) => format!("attributed to {a} ({s})"),
        (Some(a), _) => format!("attributed to {a}"),
        (None, _) => "no attribution".to_string(),
    });
    parts.join(" · ")
}

/// The claim as written with its own words struck through; when the marks cannot be placed in
/// its text, the claim plain and the word diff inline.
fn claim_row(out: &mut String, c: &ClaimResult) {
    out.push_str("<dt>Claim</dt><dd class=\"text\">");
    match check_view::claim_runs(c) {
        Some(runs) => marked(out, &runs),
        None => {
            out.push_str(&html(&c.text));
            out.push_str("</dd><dt>Diff</dt><dd class=\"text\">");
            for (op, t) in c.evidence.iter().flat_map(|e| check_view::inline_diff(&e.diff)) {
                match op {
                    Op::Equal => out.push_str(&html(&t)),
                    Op::Left => {
                        let _ = write!(out, "<del class=\"claim-own\">{}</del>", html(&t));
                    }
                    Op::Right => {
                        let _ = write!(out, "<ins class=\"src-own\">{}</ins>", html(&t));
                    }
                }
            }
        }
    }
    out.push_str("</dd>");
}

fn marked(out: &mut String, runs: &[Run]) {
    for r in runs {
        if r.own {
            let _ = write!(out, "<del class=\"claim-own\">{}</del>", html(r.text));
        } else {
            out.push_str(&html(r.text));
        }
    }
}

/// One statement of the evidence: its id, the words around the quote muted, the quoted words
/// highlighted, and among them the readout's own words underlined.
fn context(out: &mut String, st: &InContext) {
    let _ = write!(
        out,
        "<p class=\"ctx\"{}><span class=\"sid\">{}</span> ",
        lang(st.readout),
        html(&st.statement.id)
    );
    let mut in_quote = false;
    for (part, text) in &st.parts {
        let quoted = *part != Part::Context;
        if quoted != in_quote {
            out.push_str(if quoted { "<span class=\"quote\">" } else { "</span>" });
            in_quote = quoted;
        }
        match part {
            Part::Own => {
                let _ = write!(out, "<ins class=\"src-own\">{}</ins>", html(text));
            }
            _ => out.push_str(&html(text)),
        }
    }
    if in_quote {
        out.push_str("</span>");
    }
    out.push_str("</p>");
}

fn differences(out: &mut String, diffs: &[Difference]) {
    if diffs.is_empty() {
        return;
    }
    out.push_str("<dt>Differences</dt><dd><ul class=\"differs\">");
    for d in diffs {
        let _ = write!(out, "<li>{}</li>", html(&phrase(d)));
    }
    out.push_str("</ul></dd>");
}

/// Other readouts that say it too (or, for an altered claim, that it alters), beyond the one the
/// evidence comes from.
fn others(out: &mut String, c: &ClaimResult) {
    let shown = c.evidence.as_ref().map(|e| e.source.as_str());
    let rest: Vec<&str> =
        c.found_in.iter().map(String::as_str).filter(|s| Some(*s) != shown).collect();
    if rest.is_empty() {
        return;
    }
    let what = if c.verdict == Verdict::Altered { "Also altered from" } else { "Also in" };
    let _ = write!(out, "<dt>{what}</dt><dd>{}</dd>", html(&list(&rest)));
}

fn footer(out: &mut String, made: &Made, strict: bool) {
    let pass = if strict {
        "With --strict, only verbatim claims pass"
    } else {
        "Verbatim and close claims are borne out; altered, misattributed and absent ones are not"
    };
    let _ = writeln!(
        out,
        "<footer><p>Each claim is located in each readout word by word, after folding case, \
         quotes and dashes; the score is the weighted share of words the claim and the readout \
         have in common. {pass}. Statement ids (K3) number each readout’s sentences in reading \
         order, as <code>readout segment</code> shows them. Made by readout {} on {}.</p></footer>",
        html(made.version),
        html(&made.at)
    );
}
