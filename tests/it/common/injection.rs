//! Shared by the report tests: readouts written to a temporary folder (with hostile text and
//! metadata), and running the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Markup that would run script if any of it reached a page unescaped: each variant changes
/// the title to "pwned" or adds an element with id "pwned".
pub const EVIL: &str = concat!(
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.body.appendChild(Object.assign(document.createElement('p'),{id:'pwned'}))\">",
    "</style><script>document.title='pwned'</script>",
    "\"><svg onload=\"document.title='pwned'\">",
    "<a href=\"javascript:document.title='pwned'\">x</a>"
);

/// Markdown that would break a table or add markup if it were not escaped.
pub const MD_EVIL: &str = "a | pipe, *stars*, __under__, `ticks`, [link](javascript:alert(1)), ~~strike~~, $x$, <b>bold</b> &amp; @someone #1";

pub const EVENT_TITLE: &str = "Talks <script>document.title='pwned'</script> & more";
pub const LEFT_URL: &str = "https://example.org/alpha/readout?a=1&b=2";
pub const EVIL_URL: &str = "javascript:document.title='pwned'";

/// A YAML single-quoted scalar.
fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn readout(source: &str, title: &str, url: &str, statements: &[String]) -> String {
    let mut y = format!(
        "source: {}\ntitle: {}\ndate: 2026-03-04\nurl: {}\nlanguage: en\nstatements:\n",
        q(source),
        q(title),
        q(url)
    );
    for s in statements {
        y.push_str(&format!("  - {}\n", q(s)));
    }
    y
}

/// An event folder with two readouts (links, a reorder, only-in statements on both sides) and
/// hostile text in statements, source, title, URL and event title.
pub fn event(dir: &Path) -> PathBuf {
    let ev = dir.join("event");
    std::fs::create_dir_all(&ev).unwrap();
    std::fs::write(ev.join("event.yaml"), format!("title: {}\ndate: 2026-03-04\n", q(EVENT_TITLE)))
        .unwrap();
    let left = [
        "The two ministers met in Halvik on Monday to discuss trade and security.".to_string(),
        "They agreed to expand cooperation in energy and finance.".to_string(),
        format!("Alpha raised concerns about {EVIL} detentions, {MD_EVIL}."),
        "The ministers agreed to meet again in July.".to_string(),
        "Alpha also invited Beta to the spring forum in the capital.".to_string(),
    ];
    let right = [
        "The two ministers met in Halvik on Monday to discuss trade and security.".to_string(),
        "The ministers agreed to meet again in July, the office said.".to_string(),
        "They agreed to expand cooperation in energy, finance and transport.".to_string(),
        format!("Beta noted that {MD_EVIL} stay text."),
        format!("Beta also raised concerns about {EVIL} detentions and arrests, {MD_EVIL}."),
    ];
    std::fs::write(
        ev.join("a-alpha.yaml"),
        readout("Alpha & <i>Ministry</i>", "Alpha readout <b>title</b>", LEFT_URL, &left),
    )
    .unwrap();
    std::fs::write(
        ev.join("b-beta.yaml"),
        readout(
            "Beta \"Office\" | Press",
            "\"><svg onload=\"document.title='pwned'\">",
            EVIL_URL,
            &right,
        ),
    )
    .unwrap();
    ev
}

/// A third readout beside the two of [`event`], for reports with several pairs.
pub fn third(ev: &Path) {
    let st = [
        "The two ministers met in Halvik on Monday to discuss trade and security.".to_string(),
        "Gamma welcomed the plan to meet again in July.".to_string(),
        format!("Gamma said {EVIL} nothing."),
    ];
    std::fs::write(
        ev.join("c-gamma.yaml"),
        readout("Gamma Agency", "Gamma report", "https://example.net/gamma", &st),
    )
    .unwrap();
}

pub const EPOCH: &str = "1772625600";
pub const STAMP: &str = "2026-03-04 12:00:00 UTC";

/// Runs the binary with a fixed time.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env_remove("NO_COLOR")
        .output()
        .expect("binary runs")
}

/// Runs the binary and insists it succeeds; returns its standard output.
pub fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "readout {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The comparison model of an event, from `compare --format json`.
pub fn model(ev: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&["compare", s(ev), "--format", "json"])).unwrap()
}

/// Each readout's statements by id.
pub fn statements(m: &serde_json::Value) -> Vec<Vec<(String, String)>> {
    m["readouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["statements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (s["id"].as_str().unwrap().to_string(), s["text"].as_str().unwrap().to_string())
                })
                .collect()
        })
        .collect()
}
