//! The HTML report in a real browser (headless Chromium): hostile readout text runs nothing, the
//! page breaks no Content-Security-Policy rule (so its stylesheet applies and nothing tries to
//! load), and it paints a real page. Without Chromium the test says SKIPPED and passes, unless
//! READOUT_REQUIRE_BROWSER=1 (as in CI), when it fails.

use crate::common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A Chromium binary: $READOUT_CHROMIUM, else `chromium` or `chromium-browser` on the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("READOUT_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| [d.join("chromium"), d.join("chromium-browser")])
        .find(|p| p.is_file())
}

/// The browser, or `None` after saying loudly why the test is skipped.
fn browser_or_skip() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        let required = std::env::var("READOUT_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "READOUT_REQUIRE_BROWSER=1 but no chromium found (install Debian's `chromium`)"
        );
        // Written to stderr directly: the test harness captures eprintln! of passing tests.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: browser test: no chromium on PATH (apt-get install chromium); \
             set READOUT_REQUIRE_BROWSER=1 to make this a failure ***\n"
        );
    }
    found
}

struct Run {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on a local file with a throwaway profile and no background traffic,
/// killing it if it hangs.
fn headless(browser: &Path, profile: &Path, args: &[String], file: &Path) -> Run {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", file.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Run { stdout: reader.join().unwrap(), stderr: err_reader.join().unwrap() }
}

/// The page's DOM after load, as Chromium serialises it.
fn dump_dom(browser: &Path, dir: &Path, file: &Path) -> Run {
    let profile = tempfile::tempdir_in(dir).unwrap();
    headless(browser, profile.path(), &["--dump-dom".to_string()], file)
}

#[test]
fn report_runs_no_injected_script_and_paints_a_page() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();

    // Control: the same browser run does execute a page's script, so the absence of its
    // effects below means the report's hostile text really did not run.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><title>before</title><body><script>document.title='pwned';\
         document.body.appendChild(Object.assign(document.createElement('p'),{id:'pwned'}))\
         </script></body>",
    )
    .unwrap();
    let dom = dump_dom(&browser, dir.path(), &control).stdout;
    assert!(
        dom.contains("<title>pwned</title>") && dom.contains("id=\"pwned\""),
        "control page's script should have run: {dom}"
    );

    let ev = event(dir.path());
    let report = dir.path().join("report.html");
    ok(&["report", s(&ev), "-o", s(&report)]);
    let run = dump_dom(&browser, dir.path(), &report);
    let dom = &run.stdout;
    assert!(dom.contains("<h1>"), "the report loaded: {dom}");
    let title = dom.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap();
    assert!(title.starts_with("Talks &lt;script&gt;"), "title: {title}");
    assert!(!title.contains("pwned") || title.contains("&lt;script&gt;"));
    assert_ran_nothing(&run);
    assert!(!dom.contains("<img"), "an img element reached the DOM");
    assert!(dom.contains("&lt;img src=x onerror="), "the hostile markup shows as text");

    let shot = screenshot(&browser, dir.path(), &report, "desktop.png");
    check_screenshot(&shot);
}

/// The screenshot is a real page: a 1280×2000 PNG, not one colour, with the left readout's
/// highlight tint in it (which also shows the stylesheet applied).
fn check_screenshot(path: &Path) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).expect("screenshot written"),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1280, 2000));
    let channels = info.color_type.samples();
    assert!(channels >= 3, "{:?}", info.color_type);
    let px: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let first = &px[0][..3];
    let differing = px.iter().filter(|p| &p[..3] != first).count();
    assert!(
        differing > px.len() / 50,
        "page is nearly blank: {differing} of {} pixels differ",
        px.len()
    );
    // --left-tint: #dbe7fe, behind the left readout's own words.
    let tint = px
        .iter()
        .filter(|p| {
            p[0].abs_diff(0xdb) <= 3 && p[1].abs_diff(0xe7) <= 3 && p[2].abs_diff(0xfe) <= 3
        })
        .count();
    assert!(tint > 500, "no highlighted words painted ({tint} tint pixels)");
}

/// Three readouts: the page with the points table before the pairs breaks no CSP rule, runs
/// nothing from the readouts, and paints the points' marks in their own tint.
#[test]
fn three_readout_report_with_points_runs_nothing() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    third(&ev);
    let report = dir.path().join("report.html");
    ok(&["report", s(&ev), "-o", s(&report)]);
    let run = dump_dom(&browser, dir.path(), &report);
    let dom = &run.stdout;
    assert!(dom.contains("<table class=\"points\">"), "the points table loaded: {dom}");
    assert_ran_nothing(&run);

    let shot = screenshot(&browser, dir.path(), &report, "points.png");
    // --point-tint: #e6e1fa, behind the words a row's first statement lacks.
    assert!(tint_pixels(&shot, [0xe6, 0xe1, 0xfa]) > 2000, "no marked words painted");
}

/// A page loaded in the browser ran none of its input's code: the injected title and element
/// are not there, no script element reached the DOM, and Chromium logged no Content Security
/// Policy violation (it logs every blocked inline style, script or load, so none means the
/// stylesheets' hashes are right and nothing tried to run or load).
fn assert_ran_nothing(run: &Run) {
    let dom = &run.stdout;
    assert!(!dom.contains("<title>pwned"), "injected script changed the title");
    assert!(!dom.contains("id=\"pwned\""), "injected code added an element");
    assert!(!dom.contains("<script"), "a script element reached the DOM");
    let violations: Vec<&str> =
        run.stderr.lines().filter(|l| l.contains("Content Security Policy")).collect();
    assert!(violations.is_empty(), "CSP violations: {violations:#?}");
}

/// A 1280×2000 screenshot of `page`, written as `name` in `dir`.
fn screenshot(browser: &Path, dir: &Path, page: &Path, name: &str) -> PathBuf {
    let shot = dir.join(name);
    let profile = tempfile::tempdir_in(dir).unwrap();
    let size = "--window-size=1280,2000".to_string();
    headless(browser, profile.path(), &[format!("--screenshot={}", shot.display()), size], page);
    shot
}

/// How many pixels of a screenshot are within 3 of an sRGB colour.
fn tint_pixels(path: &Path, rgb: [u8; 3]) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).expect("screenshot written"),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    buf[..info.buffer_size()]
        .chunks(channels)
        .filter(|p| (0..3).all(|i| p[i].abs_diff(rgb[i]) <= 3))
        .count()
}

#[test]
fn check_page_runs_no_injected_script_and_applies_both_stylesheets() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ev = event(dir.path());
    // Hostile text in a claim, its id and its attribution; the claim quotes the readout's own
    // hostile statement, so the evidence shows it too.
    let claims = dir.path().join("claims.yaml");
    let q = |s: &str| format!("'{}'", s.replace('\'', "''"));
    std::fs::write(
        &claims,
        format!(
            "claims:\n  - text: {}\n    attributed_to: Alpha\n  - id: {}\n    text: {}\n    attributed_to: {}\n",
            q(&format!("Alpha raised concerns about {EVIL} detentions")),
            q(EVIL),
            q(&format!("They agreed to expand cooperation in {EVIL} energy")),
            q(EVIL)
        ),
    )
    .unwrap();
    let page = dir.path().join("check.html");
    let out = run(&["check", s(&claims), "--against", s(&ev), "-o", s(&page)]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = dump_dom(&browser, dir.path(), &page);
    let dom = &run.stdout;
    assert!(dom.contains("<h1>") && dom.contains("class=\"claim "), "the page loaded: {dom}");
    assert_ran_nothing(&run);
    assert!(!dom.contains("<img") && !dom.contains("<svg"), "an element reached the DOM");
    assert!(dom.contains("&lt;img src=x onerror="), "the hostile markup shows as text");

    // The check's own stylesheet applied: the highlight behind the quoted words is painted.
    let shot = screenshot(&browser, dir.path(), &page, "check.png");
    // --quote-tint: #fff4c2.
    let tint = tint_pixels(&shot, [0xff, 0xf4, 0xc2]);
    assert!(tint > 500, "no highlighted quote painted ({tint} tint pixels)");
}
