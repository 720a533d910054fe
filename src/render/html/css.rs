//! The look of readout's HTML pages, in one stylesheet every HTML output shares, and the
//! Content-Security-Policy that allows exactly this stylesheet and nothing else.
//!
//! The policy names the stylesheet by its SHA-256 hash rather than allowing any inline style,
//! so a `<style>` that escaped escaping still would not apply. The hash is computed from the
//! stylesheet itself, so changing the CSS never leaves a stale policy behind.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// `sha256-…` of a stylesheet, as CSP writes it.
pub(crate) fn hash_of(css: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css)))
}

/// `sha256-…` of [`CSS`].
pub fn style_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_of(CSS))
}

/// No network, no scripts, no images, no plugins, no frames, no forms: only this page's own
/// stylesheet. (The map is inline SVG, which needs no `img-src`.)
pub fn csp() -> String {
    format!("default-src 'none'; style-src '{}'; base-uri 'none'; form-action 'none'", style_hash())
}

/// The stylesheet. Colours meet WCAG AA on their backgrounds; each side's own words carry an
/// underline style too (solid for the left readout, dotted for the right), so the marks survive
/// greyscale printing and colour blindness.
pub const CSS: &str = r#"
:root {
  --ink: #1b1f24; --muted: #555e68; --rule: #d0d7de; --paper: #ffffff; --shade: #f6f8fa;
  --left: #1d4ed8; --left-tint: #dbe7fe; --right: #a14200; --right-tint: #fde6c8;
  --identical: #17733a; --reworded: #3b2f95; --related: #a03a8c; --target: #f2c200;
  --point: #3b2f95; --point-tint: #e6e1fa;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 var(--sans); }
.page { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
a { color: var(--left); }
a:focus-visible { outline: 3px solid var(--target); outline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; margin: .25rem 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: .35rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 2rem 0 .75rem; }
p { margin: .5rem 0; }
.kicker { margin: 0; color: var(--muted); font-size: .8rem; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; }
.event-meta, .made { color: var(--muted); margin: 0 0 .25rem; }
.made { font-size: .85rem; margin-top: 1rem; }
.readouts { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; margin: 1.25rem 0 0; padding: 0; list-style: none; }
.readout { border: 1px solid var(--rule); border-left: 6px solid var(--muted); border-radius: 6px; padding: .75rem 1rem; background: var(--paper); }
.readout.l { border-left-color: var(--left); }
.readout.r { border-left-color: var(--right); }
.readout .source { font-weight: 700; font-size: 1.05rem; }
.readout .title { font-family: var(--serif); margin: .25rem 0; }
.readout .date { color: var(--muted); font-size: .9rem; margin: 0; }
.readout .url, .readout .fetched, .readout .sha256 { font-size: .85rem; margin: .25rem 0 0; overflow-wrap: anywhere; color: var(--muted); }
.prefix { display: inline-block; min-width: 2.2em; padding: 0 .35em; margin-right: .4em; border-radius: 4px; background: var(--shade); border: 1px solid var(--rule); font: 600 .8rem/1.5 var(--sans); text-align: center; }
.toc { margin: 1rem 0 0; padding-left: 1.25rem; }
.key { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin: .5rem 0 1rem; padding: .6rem .9rem; background: var(--shade); border: 1px solid var(--rule); border-radius: 6px; font-size: .9rem; }
.key > span { white-space: nowrap; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stats li { flex: 1 1 7rem; padding: .5rem .75rem; border: 1px solid var(--rule); border-radius: 6px; background: var(--shade); }
.stats b { display: block; font-size: 1.5rem; line-height: 1.2; }
.stats span { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); font-size: .9rem; }
.summary { max-width: 44rem; }
.summary td.n, .summary th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.l, .l .sid, .only .l h2, .only .l h3 { color: var(--left); }
th.r, .r .sid, .only .r h2, .only .r h3 { color: var(--right); }
.links td.side { width: 44%; font-family: var(--serif); }
.links td.rel { width: 12%; font-size: .85rem; white-space: nowrap; }
.links tr.moved td.rel { background: var(--shade); }
.st { margin: 0; scroll-margin-top: 1rem; overflow-wrap: anywhere; }
h1, h2, h3, .readout, .event-meta { overflow-wrap: anywhere; }
.summary th { overflow-wrap: break-word; }
.st + .st { margin-top: .5rem; }
.sid { font: 700 .8rem var(--sans); text-decoration: none; margin-right: .35em; }
.sid:hover { text-decoration: underline; }
mark { color: inherit; padding: 0 .1em; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.l { background: var(--left-tint); text-decoration-color: var(--left); text-decoration-style: solid; }
mark.r { background: var(--right-tint); text-decoration-color: var(--right); text-decoration-style: dotted; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 999px; color: #fff; font-weight: 600; font-size: .8rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge.identical { background: var(--identical); }
.badge.reworded { background: var(--reworded); }
.badge.related { background: var(--related); }
.score { color: var(--muted); font-variant-numeric: tabular-nums; }
.moved-mark { display: block; font-weight: 700; margin-top: .25rem; }
.speakers-mark { display: block; font-weight: 700; margin-top: .25rem; border-bottom: 2px dotted var(--ink); width: max-content; }
.said { margin: .35rem 0 0; font: italic .8rem var(--sans); color: var(--muted); }
.speakers { max-width: 60rem; }
.speakers td { font-size: .9rem; }
.speakers .elsewhere { display: block; color: var(--muted); }
.only { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
.only ul { list-style: none; margin: 0; padding: 0; }
.only li { padding: .5rem 0; border-bottom: 1px solid var(--rule); font-family: var(--serif); }
.only .none { color: var(--muted); font-style: italic; }
:target { outline: 3px solid var(--target); outline-offset: 2px; background: #fff8d6; }
figure.map { margin: 0 0 1rem; display: grid; grid-template-columns: minmax(0, 30rem) minmax(12rem, 22rem); gap: 1rem 2.5rem; align-items: start; }
.map-head { display: flex; justify-content: space-between; gap: 1rem; font-weight: 700; font-size: .9rem; margin-bottom: .35rem; }
.map-head .r { text-align: right; color: var(--right); }
.map-head .l { color: var(--left); }
svg.map { display: block; width: 100%; height: auto; font-family: var(--sans); }
svg .box rect { stroke-width: 1.5; }
svg .box.l rect { fill: var(--left-tint); stroke: var(--left); }
svg .box.r rect { fill: var(--right-tint); stroke: var(--right); }
svg .box.only.l rect { fill: var(--left); }
svg .box.only.r rect { fill: var(--right); }
svg .box text { font-size: 13px; font-weight: 600; fill: var(--ink); }
svg .box.only text { fill: #fff; }
svg a.box:hover rect, svg a.box:focus rect { stroke-width: 3; }
svg .link, svg .stub { fill: none; stroke-width: 2; }
svg .identical { stroke: var(--identical); stroke-width: 3; }
svg .reworded { stroke: var(--reworded); }
svg .related { stroke: var(--related); stroke-dasharray: 6 4; }
svg .link:hover { stroke-width: 4; }
figcaption { font-size: .9rem; color: var(--muted); padding-top: 1.6rem; }
.legend { list-style: none; margin: 0 0 .75rem; padding: 0; }
.legend li { margin: 0 0 .35rem; }
.swatch { display: inline-block; vertical-align: middle; margin-right: .5em; }
.terms .note { color: var(--muted); max-width: 50rem; }
.terms .none { color: var(--muted); font-style: italic; }
.scroll { overflow-x: auto; margin: 0 0 1rem; }
table.terms, table.distinctive { width: auto; min-width: 60%; }
table.terms td.group { font-weight: 600; max-width: 14rem; }
table.terms tr.first th, table.terms tr.first td { border-top: 2px solid var(--rule); }
table.terms th.term { font-family: var(--serif); font-weight: 400; }
table.terms td.uses { min-width: 7rem; }
table.terms .count { display: inline-block; min-width: 1.5em; font-weight: 700; font-variant-numeric: tabular-nums; }
table.terms .count.zero { color: var(--muted); font-weight: 400; }
table.terms .uses .sid { margin: 0 0 0 .35em; }
th.rd .prefix { margin-right: .35em; }
table.distinctive td.rank, table.distinctive th.rank { width: 2.5rem; text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
table.distinctive .z { color: var(--muted); font-size: .85rem; font-variant-numeric: tabular-nums; margin-left: .35em; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; }
@media (max-width: 44rem) {
  body { font-size: 15px; }
  .page { padding: 1rem .85rem 2rem; }
  h1 { font-size: 1.45rem; }
  h2 { font-size: 1.25rem; }
  .links thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .links, .links tbody, .links tr, .links td { display: block; width: 100%; }
  .links tr { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 .85rem; overflow: hidden; }
  .links td { border: 0; }
  .links td.side { width: 100%; }
  .links td.side::before { content: attr(data-label); display: block; font: 700 .75rem var(--sans); text-transform: uppercase; letter-spacing: .05em; margin-bottom: .2rem; }
  .links td.l::before { color: var(--left); }
  .links td.r::before { color: var(--right); }
  .links td.rel { width: 100%; white-space: normal; background: var(--shade); border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .3rem .75rem; }
  .moved-mark, .speakers-mark { display: inline-block; margin: 0 0 0 .5rem; }
  .key > span { white-space: normal; }
  .stats { gap: .4rem; }
  .stats li { flex: 1 1 4rem; padding: .35rem .5rem; }
  .stats b { font-size: 1.2rem; }
  .stats span { font-size: .75rem; }
  .summary th, .summary td { padding: .4rem .5rem; }
  .summary th.n { white-space: normal; }
  figure.map { grid-template-columns: minmax(0, 1fr); }
  figcaption { padding-top: 0; }
  table.terms th, table.terms td, table.distinctive th, table.distinctive td { padding: .35rem .45rem; }
}
/* Points across three or more readouts: a row per point, a column per readout. */
.points-summary { margin: 0 0 .5rem; }
table.points { table-layout: fixed; }
table.points th.pn { width: 6.5rem; }
table.points td { font-family: var(--serif); }
table.points thead th:not(.pn) { overflow-wrap: break-word; }
table.points tbody th.pn { font-weight: 400; font-size: .85rem; color: var(--muted); }
table.points .num { display: block; font-weight: 700; color: var(--ink); }
table.points tr.in-all th.pn { border-left: 4px solid var(--identical); }
table.points tr.in-some th.pn { border-left: 4px solid var(--point); }
table.points tr.in-one th.pn { border-left: 4px solid var(--rule); }
table.points td.gap { background: var(--shade); }
.gap-mark { color: var(--muted); font-family: var(--sans); }
mark.pt { background: var(--point-tint); text-decoration-color: var(--point); text-decoration-style: solid; }
@media (max-width: 44rem) {
  table.points { table-layout: auto; }
  table.points thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.points, table.points tbody, table.points tr, table.points th, table.points td { display: block; width: 100%; }
  table.points tr { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 .85rem; overflow: hidden; }
  table.points th.pn { width: 100%; background: var(--shade); border-bottom: 1px solid var(--rule); padding: .3rem .75rem; }
  table.points .num { display: inline; margin-right: .5rem; }
  table.points td { border: 0; }
  table.points td::before { content: attr(data-label); display: block; font: 700 .75rem var(--sans); text-transform: uppercase; letter-spacing: .05em; margin-bottom: .2rem; color: var(--muted); }
  table.points td.gap { display: flex; gap: .75rem; align-items: baseline; padding: .3rem .75rem; }
  table.points td.gap::before { margin: 0; }
}
@media print { .points + .pair { break-before: page; } }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  html { font-size: 10.5pt; }
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  h2 { break-after: avoid; margin-top: 1.5rem; }
  h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .readout, .stats, .summary, .only li { break-inside: avoid; }
  .pair + .pair { break-before: page; }
  figure.map { grid-template-columns: minmax(0, 26rem) minmax(0, 1fr); break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .readout .url a { text-decoration: underline; }
  :target { outline: none; background: none; }
}
"#;

/// Reading colours out of a stylesheet and their WCAG contrast, for the tests of every
/// stylesheet.
#[cfg(test)]
pub(crate) mod colour {
    /// A colour variable's value (`--name: #rrggbb`) from a stylesheet, as sRGB.
    pub(crate) fn var(sheet: &str, name: &str) -> [f64; 3] {
        let at = sheet.find(&format!("--{name}: #")).expect(name) + name.len() + 5;
        let hex = &sheet[at..at + 6];
        let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        [c(0), c(2), c(4)]
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    pub(crate) fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
        let lum = |c: [f64; 3]| {
            let f = |x: f64| {
                if x <= 0.03928 { x / 12.92 } else { ((x + 0.055) / 1.055).powf(2.4) }
            };
            0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2])
        };
        let (x, y) = (lum(a) + 0.05, lum(b) + 0.05);
        x.max(y) / x.min(y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_as_csp_expects() {
        // SHA-256 of the empty string, from FIPS 180-2, in base64.
        assert_eq!(hash_of(""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assert!(csp().contains(&format!("style-src '{}'", hash_of(CSS))));
    }

    /// A colour variable's value from this stylesheet.
    fn var(name: &str) -> [f64; 3] {
        colour::var(CSS, name)
    }

    use colour::contrast;

    #[test]
    fn text_colours_meet_wcag_aa() {
        let white = [1.0, 1.0, 1.0];
        let text_on = [
            ("ink", "paper"),
            ("muted", "paper"),
            ("muted", "shade"),
            ("left", "paper"),
            ("right", "paper"),
            ("left", "shade"),
            ("ink", "left-tint"),
            ("ink", "right-tint"),
            ("ink", "point-tint"),
            ("muted", "point-tint"),
        ];
        for (fg, bg) in text_on {
            let c = contrast(var(fg), var(bg));
            assert!(c >= 4.5, "{fg} on {bg}: {c:.2}");
        }
        // White text: badges and the filled boxes of the map.
        for bg in ["identical", "reworded", "related", "left", "right", "point"] {
            let c = contrast(white, var(bg));
            assert!(c >= 4.5, "white on {bg}: {c:.2}");
        }
    }

    #[test]
    fn policy_allows_no_network_and_no_script() {
        let p = csp();
        assert!(p.starts_with("default-src 'none';"));
        assert!(!p.contains("unsafe") && !p.contains("http") && !p.contains("script-src"));
    }
}
