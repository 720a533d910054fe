//! The check page's own stylesheet, added after the shared one (`css::CSS`), and the
//! Content-Security-Policy that allows exactly those two stylesheets and nothing else.
//!
//! It is a second `<style>` with its own hash rather than more rules in `css::CSS`, so the
//! comparison report's stylesheet does not change for the check page's sake. Both hashes are
//! computed from the stylesheets themselves.

use super::css;
use std::sync::OnceLock;

/// `sha256-…` of [`CSS`].
pub fn style_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| css::hash_of(CSS))
}

/// The comparison report's policy with one more allowed stylesheet: still no network, no
/// script, no images, no frames, no forms.
pub fn csp() -> String {
    format!(
        "default-src 'none'; style-src '{}' '{}'; base-uri 'none'; form-action 'none'",
        css::style_hash(),
        style_hash()
    )
}

/// Verdict colours meet WCAG AA for white text (badges) and as text on the page; every badge
/// also carries a symbol and its name, and the two kinds of marked words differ in line style
/// (struck through for the claim's own, dotted underline for the readout's), so nothing depends
/// on colour alone.
pub const CSS: &str = r#"
:root { --verbatim: #17733a; --close: #0e6377; --altered: #b3261e; --misattributed: #7b2d9b; --absent: #8a4b08; --fail-tint: #fdf3f1; --quote-tint: #fff4c2; }
.readout .path { color: var(--muted); font-size: .85rem; margin: .25rem 0 0; overflow-wrap: anywhere; }
.verbatim { --v: var(--verbatim); }
.close { --v: var(--close); }
.altered { --v: var(--altered); }
.misattributed { --v: var(--misattributed); }
.absent { --v: var(--absent); }
.verdict { display: inline-block; padding: .05em .55em; border-radius: 999px; background: var(--v); color: #fff; font: 600 .85rem/1.5 var(--sans); white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.stats .verdict { color: #fff; font-size: .8rem; margin-top: .2rem; }
.result { font-weight: 700; padding: .5rem .85rem; border-left: 6px solid var(--verbatim); background: var(--shade); border-radius: 4px; }
.result.fail { border-left-color: var(--altered); background: var(--fail-tint); }
.verdicts { list-style: none; margin: .75rem 0 1.5rem; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: .3rem 1.5rem; font-size: .9rem; }
.verdicts .verdict { margin-right: .4rem; }
.claims-index td, .claims-index th { padding: .4rem .6rem; }
.claims-index td.cid { white-space: nowrap; font-weight: 700; }
.claims-index td.text { font-family: var(--serif); }
.claims-index td.ev { font-size: .9rem; }
.claims-index .sid { font: 700 .8rem var(--sans); color: var(--right); margin-right: .35em; }
.claims-index tr.fail td { background: var(--fail-tint); }
.claims-index tr.fail td.cid { box-shadow: inset 5px 0 0 var(--v); }
.claim { margin: 0 0 1.25rem; padding: .75rem 1rem .85rem; border: 1px solid var(--rule); border-left: 6px solid var(--v); border-radius: 6px; scroll-margin-top: 1rem; }
.claim.fail { background: var(--fail-tint); border-left-width: 10px; padding-left: calc(1rem - 4px); }
.claim h3 { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .75rem; margin: 0 0 .5rem; font-size: 1.05rem; }
.claim h3 .cid { color: var(--ink); text-decoration: none; }
.claim h3 .where { font: 400 .9rem var(--sans); color: var(--muted); }
.claim dl { display: grid; grid-template-columns: 7rem minmax(0, 1fr); gap: .4rem 1rem; margin: 0; }
.claim dt { font-weight: 600; font-size: .85rem; color: var(--muted); padding-top: .15rem; }
.claim dd { margin: 0; overflow-wrap: anywhere; }
.claim dd.text { font-family: var(--serif); font-size: 1.05rem; }
.claim .ctx { font-family: var(--serif); color: var(--muted); margin: .25rem 0 0; }
.claim .ctx .sid { color: var(--right); }
.claim .src .score { color: var(--muted); margin-left: .35rem; }
.claim ul.differs { margin: 0; padding-left: 1.1rem; }
.claim .none { color: var(--muted); font-style: italic; }
.quote { color: var(--ink); background: var(--quote-tint); padding: 0 .1em; border-radius: 2px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
del.claim-own, ins.src-own { color: var(--ink); padding: 0 .1em; border-radius: 2px; text-decoration-thickness: 2px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
del.claim-own { background: var(--left-tint); text-decoration-line: line-through; text-decoration-color: var(--left); }
ins.src-own { background: var(--right-tint); text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: var(--right); text-underline-offset: .2em; }
@media (max-width: 44rem) {
  .claims-index thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .claims-index, .claims-index tbody { display: block; width: 100%; }
  .claims-index tr { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .1rem .6rem; padding: .45rem .5rem; border-bottom: 1px solid var(--rule); }
  .claims-index tr.fail { background: var(--fail-tint); box-shadow: inset 5px 0 0 var(--v); padding-left: .8rem; }
  .claims-index td, .claims-index tr.fail td { display: block; border: 0; padding: 0; background: none; }
  .claims-index tr.fail td.cid { box-shadow: none; }
  .claims-index td.text, .claims-index td.attr, .claims-index td.ev { grid-column: 1 / -1; }
  .claims-index td.attr, .claims-index td.ev { font-size: .85rem; color: var(--muted); }
  .claims-index td.attr:empty, .claims-index td.ev:empty { display: none; }
  .claims-index td.attr::before { content: "Attributed to "; }
  .claims-index td.ev::before { content: "Evidence "; }
  .verdicts { grid-template-columns: minmax(0, 1fr); }
  .claim, .claim.fail { padding: .6rem .7rem; }
  .claim.fail { padding-left: calc(.7rem - 4px); }
  .claim dl { grid-template-columns: minmax(0, 1fr); gap: .1rem; }
  .claim dt { padding-top: .35rem; }
}
@media print {
  .claim, .claims-index tr, .result, .verdicts { break-inside: avoid; }
  .claims-index a, .claim h3 .cid { color: inherit; text-decoration: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    use crate::render::html::css::colour::{contrast, var};

    #[test]
    fn verdict_colours_and_tints_meet_wcag_aa() {
        let white = [1.0, 1.0, 1.0];
        for v in ["verbatim", "close", "altered", "misattributed", "absent"] {
            let c = contrast(white, var(CSS, v));
            assert!(c >= 4.5, "white on {v}: {c:.2}");
        }
        // Text on the tinted blocks and the quote highlight.
        for bg in ["fail-tint", "quote-tint"] {
            for fg in ["ink", "muted", "right", "left"] {
                let c = contrast(var(css::CSS, fg), var(CSS, bg));
                assert!(c >= 4.5, "{fg} on {bg}: {c:.2}");
            }
        }
    }

    #[test]
    fn policy_allows_both_stylesheets_and_nothing_else() {
        let p = csp();
        assert!(p.starts_with("default-src 'none';"));
        assert!(p.contains(css::style_hash()) && p.contains(style_hash()));
        assert_ne!(css::style_hash(), style_hash());
        assert!(!p.contains("unsafe") && !p.contains("http") && !p.contains("script-src"));
    }
}
