//! Web pages as readouts: `readout fetch`, URLs and saved `.html` pages given to compare, report
//! and check. Every page is served by a server the test starts on 127.0.0.1 (no outside
//! network); the pages in `tests/pages/` are illustrations written for the project in the style
//! of official sites, with navigation, share bars, related news, scripts and cookie banners.

use crate::common::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::time::Duration;

fn page(name: &str) -> String {
    std::fs::read_to_string(manifest_dir().join("tests/pages").join(name)).expect("fixture page")
}

/// The readout paragraphs of `kastell-call.html`, exactly as written there.
const KASTELL: &[&str] = &[
    "Casimir Orlev had a telephone conversation with President of the Republic of Norland Edvin Sarkander.",
    "The presidents discussed the state of bilateral trade and the progress of the Vessa river bridge, which is to be completed next year.",
    "Casimir Orlev informed his counterpart of the situation on the Kalvarian border and of the measures Ostravia is taking to protect its citizens there.",
    "The two leaders agreed to hold the next round of intergovernmental consultations in Valmora in December.",
    "“We value the steady and pragmatic character of our dialogue,” Orlev said.",
    "The conversation was constructive and businesslike.",
];

/// The readout paragraphs of `norland-mfa-call.html`.
const NORLAND: &[&str] = &[
    "On the afternoon of October 12, President Edvin Sarkander spoke with Ostravian President Casimir Orlev on the phone at the request of the Ostravian side.",
    "Sarkander said that bilateral trade grew by 9 percent in the first nine months of the year, and that the Vessa river bridge should be completed next year as planned.",
    "Sarkander stressed that the two sides should settle their differences through dialogue and consultation, and that Norland supports a cease-fire along the Kalvarian border.",
    "The two leaders agreed to hold the next round of intergovernmental consultations in Valmora in December.",
    "Orlev said that Ostravia values its relations with Norland.",
];

const RUSSIAN: &[&str] = &[
    "Казимир Орлев провёл телефонный разговор с Президентом Республики Норландия Эдвином Саркандером.",
    "Президенты обсудили состояние двусторонней торговли и ход строительства моста через реку Вессу, который планируется завершить в следующем году.",
    "Лидеры договорились провести следующий раунд межправительственных консультаций в Вальморе в декабре.",
    "Разговор прошёл в конструктивном и деловом ключе.",
];

const CHINESE: &[&str] = &[
    "10月12日下午，萨尔坎德总统应约同奥斯特拉维亚总统奥尔列夫通电话。",
    "萨尔坎德指出，今年前九个月双边贸易增长百分之九，韦萨河大桥有望按计划于明年建成。",
    "两国元首同意于12月在瓦尔莫拉举行下一轮政府间磋商。",
    "奥尔列夫表示，奥斯特拉维亚重视同诺兰德的关系。",
];

/// Strings only the pages' scripts, script-written markup and noscript blocks contain.
const SCRIPT_MARKERS: &[&str] = &[
    "SCRIPT-MARKER",
    "pwned",
    "dataLayer",
    "acceptCookies",
    "_paq",
    "WRITTEN-BY-SCRIPT",
    "NOSCRIPT-MARKER",
];

fn windows_1251(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1251.encode(text).0.into_owned()
}

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

/// The pages every test may ask for.
fn site() -> Server {
    Server::start(vec![
        ("/kastell", Reply::html(&page("kastell-call.html"))),
        ("/norland", Reply::ok("text/html", page("norland-mfa-call.html"))),
        (
            "/ru",
            Reply::ok(
                "text/html; charset=windows-1251",
                windows_1251(&page("kastell-call-ru.html")),
            ),
        ),
        ("/zh", Reply::ok("text/html", gbk(&page("norland-mfa-call-zh.html")))),
        ("/moved", Reply::redirect(301, "/kastell")),
        ("/moved-ru", Reply::redirect(302, "/ru")),
        ("/loop", Reply::redirect(302, "/loop")),
        ("/slow", Reply::html(&page("kastell-call.html")).delayed(Duration::from_secs(5))),
        ("/big", Reply::html(&big_page())),
        ("/big-unsized", Reply::html(&big_page()).without_length()),
        ("/pdf", Reply::ok("application/pdf", b"%PDF-1.7\n%binary".to_vec())),
        ("/chrome", Reply::html(CHROME_ONLY)),
        ("/broken", Reply::status(500)),
    ])
}

/// A page of 11 MiB, past the 10 MiB limit.
fn big_page() -> String {
    let para = "<p>The delegations continued their talks on trade and transport.</p>\n";
    let mut s = String::from("<html><body><article>");
    while s.len() < 11 * 1024 * 1024 {
        s.push_str(para);
    }
    s.push_str("</article></body></html>");
    s
}

/// A page of site chrome alone: navigation, a cookie banner, a footer, no article.
const CHROME_ONLY: &str = "<!DOCTYPE html><!-- Illustration: site chrome with no article. -->\
<html><head><title>News</title><script>var x = 'SCRIPT-MARKER';</script></head><body>\
<nav><ul><li><a href=\"/a\">News</a></li><li><a href=\"/b\">Events</a></li></ul></nav>\
<div class=\"cookie-banner\"><button>Accept</button></div><footer><a href=\"/c\">Contacts</a></footer>\
</body></html>";

/// A readout file split into its front matter and its paragraphs.
struct ReadoutFile {
    front: BTreeMap<String, String>,
    paragraphs: Vec<String>,
}

fn parse_readout(text: &str) -> ReadoutFile {
    let rest = text.strip_prefix("---\n").unwrap_or_else(|| panic!("no front matter:\n{text}"));
    let (yaml, body) = rest.split_once("\n---\n").expect("front matter closes");
    let front: BTreeMap<String, String> = serde_yaml::from_str(yaml).expect("front matter is YAML");
    let paragraphs =
        body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
    ReadoutFile { front, paragraphs }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn fetch(s: &Scratch, url: &str) -> ReadoutFile {
    let run = s.run(&["fetch", url]);
    run.assert_ok();
    parse_readout(&run.stdout)
}

#[test]
fn extraction_keeps_exactly_the_readout_paragraphs_and_the_pages_facts() {
    let server = site();
    let s = Scratch::new();

    let k = fetch(&s, &server.url("/kastell"));
    assert_eq!(k.paragraphs, KASTELL);
    assert_eq!(k.front["source"], "President of Ostravia");
    assert_eq!(
        k.front["title"],
        "Telephone conversation with President of Norland Edvin Sarkander"
    );
    assert_eq!(k.front["date"], "2026-10-12");
    assert_eq!(k.front["url"], "https://kastell.example/en/events/president/news/71234");
    assert_eq!(k.front["language"], "en");
    assert_eq!(k.front["sha256"], sha256_hex(page("kastell-call.html").as_bytes()));
    let fetched = &k.front["fetched"];
    assert!(
        fetched.len() == 20 && fetched.ends_with('Z') && fetched.as_bytes()[10] == b'T',
        "{fetched}"
    );

    let n = fetch(&s, &server.url("/norland"));
    assert_eq!(n.paragraphs, NORLAND);
    assert_eq!(n.front["source"], "Ministry of Foreign Affairs of the Republic of Norland");
    // The site's name after the `_` is not part of the headline.
    assert_eq!(
        n.front["title"],
        "President Sarkander Speaks with Ostravian President Orlev on the Phone"
    );
    // The page gives its date only as text, and no URL of its own: the fetched one stands.
    assert!(!n.front.contains_key("date"));
    assert_eq!(n.front["url"], server.url("/norland"));

    let head = &server.seen()[0];
    assert!(
        head.lines().any(|l| l == format!("user-agent: readout/{}", env!("CARGO_PKG_VERSION"))
            || l == format!("User-Agent: readout/{}", env!("CARGO_PKG_VERSION"))),
        "{head}"
    );
}

#[test]
fn pages_in_windows_1251_and_gbk_decode() {
    let server = site();
    let s = Scratch::new();
    // windows-1251 named by the HTTP header only.
    let ru = fetch(&s, &server.url("/ru"));
    assert_eq!(ru.paragraphs, RUSSIAN);
    assert_eq!(
        ru.front["title"],
        "Телефонный разговор с Президентом Норландии Эдвином Саркандером"
    );
    assert_eq!(ru.front["source"], "Президент Остравии");
    assert_eq!(ru.front["language"], "ru");
    // GBK (declared as gb2312) named by the page's own meta tag only.
    let zh = fetch(&s, &server.url("/zh"));
    assert_eq!(zh.paragraphs, CHINESE);
    assert_eq!(zh.front["title"], "萨尔坎德总统同奥斯特拉维亚总统奥尔列夫通电话");

    // The same bytes saved from a browser: the meta tag is all there is, and it is enough.
    s.write("saved-zh.html", gbk(&page("norland-mfa-call-zh.html")));
    let json = s.run(&["segment", "saved-zh.html", "--format", "json"]).json();
    let texts: Vec<&str> = json["readouts"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| st["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, CHINESE);
    // A saved windows-1251 page that says nothing of its charset is not guessed at.
    s.write("saved-ru.html", windows_1251(&page("kastell-call-ru.html")));
    let run = s.run(&["segment", "saved-ru.html"]);
    assert_eq!(
        run.error_line(),
        "readout: saved-ru.html: is not UTF-8 and declares no charset (expected a <meta charset> \
         or a charset in the Content-Type header)"
    );
}

#[test]
fn redirects_are_followed_to_the_page() {
    let server = site();
    let s = Scratch::new();
    let k = fetch(&s, &server.url("/moved"));
    assert_eq!(k.paragraphs, KASTELL);
    // Without a canonical link, the URL recorded is where the page was found.
    let ru = fetch(&s, &server.url("/moved-ru"));
    assert_eq!(ru.paragraphs, RUSSIAN);
    assert_eq!(ru.front["url"], server.url("/ru"));
    let run = s.run(&["fetch", &server.url("/loop")]);
    assert_eq!(
        run.error_line(),
        format!("readout: {}: too many redirects (more than 5)", server.url("/loop"))
    );
}

/// Runs `args` expecting the one-line error `readout: URL: reason`, and checks that nothing was
/// written to the scratch folder.
fn fails_with(s: &Scratch, args: &[&str], url: &str, reason: &str) {
    let before = s.names();
    let run = s.run_env(args, &[("READOUT_FETCH_TIMEOUT", "1")]);
    assert_eq!(run.error_line(), format!("readout: {url}: {reason}"), "{args:?}");
    assert_eq!(s.names(), before, "{args:?} wrote a file");
}

#[test]
fn failed_downloads_are_one_line_naming_the_url_and_write_nothing() {
    let server = site();
    let s = Scratch::new();
    s.write("other.md", "---\nsource: Other\n---\nThe leaders spoke by phone.\n");
    let cases = [
        ("/missing", "the server answered HTTP 404 Not Found".to_string()),
        ("/broken", "the server answered HTTP 500 Internal Server Error".to_string()),
        ("/slow", "no complete answer within 1 s (timed out)".to_string()),
        ("/big", "the page is larger than the 10 MiB limit".to_string()),
        ("/big-unsized", "the page is larger than the 10 MiB limit".to_string()),
        ("/pdf", "unsupported content type 'application/pdf' (expected an HTML page)".to_string()),
        ("/chrome", "no readout text found in the page (no article paragraphs)".to_string()),
    ];
    for (path, reason) in &cases {
        let url = server.url(path);
        fails_with(&s, &["fetch", &url, "-o", "out.md"], &url, reason);
        fails_with(&s, &["compare", "other.md", &url, "-o", "out.json"], &url, reason);
    }
    // Nothing listens on a port just freed.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}/readout");
    fails_with(&s, &["fetch", &url], &url, "connection refused");
    fails_with(
        &s,
        &["fetch", "ftp://127.0.0.1/a"],
        "ftp://127.0.0.1/a",
        "only http:// and https:// URLs can be fetched",
    );
    // A bad timeout setting is an error, not a silent default.
    let run = s.run_env(&["fetch", &server.url("/kastell")], &[("READOUT_FETCH_TIMEOUT", "soon")]);
    assert_eq!(
        run.error_line(),
        "readout: READOUT_FETCH_TIMEOUT: expected a number of seconds, got 'soon'"
    );
}

#[test]
fn a_failure_among_several_pages_writes_none_of_them() {
    let server = site();
    let s = Scratch::new();
    let (good, bad) = (server.url("/kastell"), server.url("/missing"));
    fails_with(
        &s,
        &["fetch", &good, &bad, "-d", "event"],
        &bad,
        "the server answered HTTP 404 Not Found",
    );
    assert!(!s.path().join("event").exists());
}

/// A comparison's JSON without what differs between a readout file and the URL it came from:
/// the path given, and the time of download.
fn comparable(mut json: serde_json::Value) -> serde_json::Value {
    for r in json["readouts"].as_array_mut().unwrap() {
        let r = r.as_object_mut().unwrap();
        assert!(r.remove("path").is_some());
        assert!(r.remove("fetched").is_some(), "{r:?}");
    }
    json
}

#[test]
fn fetch_then_compare_gives_what_compare_of_the_urls_gives() {
    let server = site();
    let s = Scratch::new();
    let (k, n) = (server.url("/kastell"), server.url("/norland"));
    let run = s.run(&["fetch", &k, &n, "-d", "event"]);
    run.assert_ok();
    let files = [
        "event/president-of-ostravia.md",
        "event/ministry-of-foreign-affairs-of-the-republic-of-norland.md",
    ];
    assert_eq!(run.stdout, format!("{}\n{}\n", files[0], files[1]));

    let from_files = s.run(&["compare", files[0], files[1], "--format", "json"]).json();
    let from_urls = s.run(&["compare", &k, &n, "--format", "json"]).json();
    assert_eq!(
        from_urls["readouts"][0]["sha256"],
        sha256_hex(page("kastell-call.html").as_bytes())
    );
    assert_eq!(comparable(from_files.clone()), comparable(from_urls));
    // And the comparison found the point both readouts make.
    let links = from_files["comparisons"][0]["links"].as_array().unwrap();
    assert!(links.iter().any(|l| l["relation"] == "identical"), "{links:?}");

    // The folder is an event folder like any other (its files in name order).
    let folder = s.run(&["compare", "event", "--format", "json"]).json();
    let by_name = s.run(&["compare", files[1], files[0], "--format", "json"]).json();
    assert_eq!(comparable(folder), comparable(by_name));
    // Nothing was written by comparing URLs.
    assert_eq!(s.names(), ["event"]);
}

#[test]
fn fetch_writes_where_asked_and_never_over_a_file_it_was_not_given() {
    let server = site();
    let s = Scratch::new();
    let url = server.url("/kastell");
    s.run(&["fetch", &url, "-o", "kastell.md"]).assert_wrote("kastell.md");
    assert_eq!(parse_readout(&s.read("kastell.md")).paragraphs, KASTELL);
    // -o names the file: it is replaced.
    s.run(&["fetch", &url, "-o", "kastell.md", "--source", "Kastell"]).assert_wrote("kastell.md");
    assert_eq!(parse_readout(&s.read("kastell.md")).front["source"], "Kastell");
    // -d picks the names: an existing file stops the run before anything is written.
    s.write("event/president-of-ostravia.md", "mine");
    let run = s.run(&["fetch", &url, "-d", "event"]);
    assert_eq!(
        run.error_line(),
        "readout: event/president-of-ostravia.md: already exists; remove it, or fetch that page \
         with -o FILE"
    );
    assert_eq!(s.read("event/president-of-ostravia.md"), "mine");
    // The same source twice gets two names.
    let run = s.run(&["fetch", &url, &server.url("/moved"), "-d", "twice"]);
    run.assert_ok();
    assert_eq!(run.stdout, "twice/president-of-ostravia.md\ntwice/president-of-ostravia-2.md\n");
    // Several pages need a folder.
    let run = s.run(&["fetch", &url, &url]);
    assert_eq!(
        run.error_line(),
        "readout: fetch was given 2 pages; write them into a folder with -d DIR"
    );
}

#[test]
fn the_source_is_the_override_else_the_site_else_the_host() {
    let bare = "<!DOCTYPE html><!-- Illustration written for the readout project. -->\
        <html><head><title>Statement</title></head><body><nav><a href=\"/\">Home</a></nav>\
        <article><p>The ministry welcomed the agreement reached in Valmora on Monday between the \
        two delegations, and called on both sides to carry it out in good faith.</p>\
        <p>It said it stands ready to help.</p></article></body></html>";
    let server = Server::start(vec![("/bare", Reply::html(bare))]);
    let s = Scratch::new();
    let url = server.url("/bare");
    assert_eq!(fetch(&s, &url).front["source"], "127.0.0.1");
    let run = s.run(&["fetch", &url, "--source", "Ministry of Foreign Affairs of Kestria"]);
    run.assert_ok();
    assert_eq!(
        parse_readout(&run.stdout).front["source"],
        "Ministry of Foreign Affairs of Kestria"
    );
}

#[test]
fn check_and_report_take_urls_too() {
    let server = site();
    let s = Scratch::new();
    let (k, n) = (server.url("/kastell"), server.url("/norland"));
    s.write(
        "claims.yaml",
        "claims:\n  - text: We value the steady and pragmatic character of our dialogue\n    \
         attributed_to: President of Ostravia\n  - text: Norland supports a cease-fire along the \
         Kalvarian border\n    attributed_to: President of Ostravia\n",
    );
    let json = s.run(&["check", "claims.yaml", "--against", &k, &n, "--format", "json"]);
    assert_eq!(json.code, Some(1), "{}", json.stderr);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["claims"][0]["verdict"], "verbatim");
    assert_eq!(v["claims"][1]["verdict"], "misattributed");

    s.run(&["report", &k, &n, "-o", "report.md"]).assert_wrote("report.md");
    let md = s.read("report.md");
    assert!(md.contains("President of Ostravia") && md.contains("Vessa river bridge"), "{md}");
    assert_eq!(s.names(), ["claims.yaml", "report.md"]);
}

#[test]
fn reports_say_when_each_page_was_fetched_and_its_sha256() {
    let server = site();
    let s = Scratch::new();
    let (k, n) = (server.url("/kastell"), server.url("/norland"));
    let hash = sha256_hex(page("kastell-call.html").as_bytes());
    s.run(&["fetch", &k, &n, "-d", "event"]).assert_ok();
    let front = parse_readout(&s.read("event/president-of-ostravia.md")).front;
    let fetched = front["fetched"].clone();
    assert!(fetched.ends_with('Z'), "a UTC time: {fetched}");
    for format in ["md", "html"] {
        let out = format!("report.{format}");
        s.run(&["report", "event", "-o", &out]).assert_wrote(&out);
        let text = s.read(&out);
        assert!(text.contains(&hash), "{format}: no sha256 of the page:\n{text}");
        assert!(text.contains(&fetched), "{format}: no time of fetching:\n{text}");
    }
    // Readouts that were not fetched say nothing of it.
    s.write("a.txt", "The ministers met in Valmora.\n");
    s.write("b.txt", "The ministers held talks in Valmora.\n");
    s.run(&["report", "a.txt", "b.txt", "-o", "plain.md"]).assert_wrote("plain.md");
    assert!(!s.read("plain.md").contains("SHA-256"));
}

#[test]
fn no_script_of_a_page_runs_or_reaches_any_output() {
    let server = site();
    let s = Scratch::new();
    let (k, n) = (server.url("/kastell"), server.url("/norland"));
    let fetched = s.run(&["fetch", &k]);
    fetched.assert_ok();
    for format in ["terminal", "json", "markdown", "html"] {
        let run = s.run(&["compare", &k, &n, "--format", format]);
        run.assert_ok();
        for out in [&run.stdout, &fetched.stdout] {
            for marker in SCRIPT_MARKERS {
                assert!(!out.contains(marker), "{format} output has {marker}:\n{out}");
            }
        }
        if format == "html" {
            assert!(!tags(&run.stdout).iter().any(|t| t.name.eq_ignore_ascii_case("script")));
        }
    }
}

#[test]
fn markup_written_as_text_in_a_page_stays_text() {
    let evil = "<!DOCTYPE html><!-- Illustration written for the readout project. -->\
         <html><head><title>Statement</title></head><body><article>\
         <p>The ministry said the words &lt;script&gt;document.title='pwned'&lt;/script&gt; were a \
         quotation from the letter, and that the talks in Valmora had gone well for both sides.</p>\
         <p>It added <img src=x onerror=\"document.title='pwned'\">nothing <a href=\"javascript:alert(1)\">\
         more</a> on the matter, and said it stands ready to continue the dialogue in good faith.</p>\
         </article></body></html>";
    let server = Server::start(vec![
        ("/evil", Reply::html(evil)),
        ("/k", Reply::html(&page("kastell-call.html"))),
    ]);
    let s = Scratch::new();
    let run = s.run(&["compare", &server.url("/evil"), &server.url("/k"), "--format", "html"]);
    run.assert_ok();
    let html = &run.stdout;
    // The quoted markup is readout text: shown, escaped, never a tag.
    assert!(visible_text(html).contains("<script>document.title='pwned'</script>"), "{html}");
    for t in tags(html) {
        assert!(!t.name.eq_ignore_ascii_case("script") && !t.name.eq_ignore_ascii_case("img"));
        assert!(
            t.attrs.iter().all(|(a, _)| !a.to_ascii_lowercase().starts_with("on")),
            "{}",
            t.name
        );
        assert!(t.attrs.iter().all(|(_, v)| !v.contains("javascript:")), "{}", t.name);
    }
}

#[test]
fn a_saved_page_loads_without_touching_the_network() {
    let server = site();
    let s = Scratch::new();
    // A page saved from a browser still names its site: canonical link, images, scripts.
    let saved = page("kastell-call.html")
        .replace("https://kastell.example/", &server.url("/"))
        .replace("/static/js/app.js", &server.url("/static/js/app.js"));
    s.write("event/kastell.html", &saved);
    s.write("event/norland.htm", page("norland-mfa-call.html"));
    // A report readout wrote into the folder is not a readout.
    s.run(&["report", "event", "-o", "event/report.html"]).assert_wrote("event/report.html");
    let run = s.run(&["compare", "event", "--format", "json"]);
    // It is skipped with a note on standard error.
    assert_eq!(
        run.stderr,
        "readout: note: event/report.html: skipped: a report readout wrote, not a readout (name \
         it to read it anyway)\n"
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let readouts = json["readouts"].as_array().unwrap();
    assert_eq!(readouts.len(), 2);
    assert_eq!(readouts[0]["source"], "President of Ostravia");
    assert_eq!(readouts[0]["url"], server.url("/en/events/president/news/71234"));
    assert!(readouts[0].get("fetched").is_none());
    assert_eq!(readouts[0]["sha256"], sha256_hex(saved.as_bytes()));
    let texts: Vec<&str> = readouts[0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| st["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), KASTELL.len());
    assert_eq!(texts[4], KASTELL[4]);
    assert_eq!(server.requests(), 0, "{:?}", server.seen());
    // Named on the command line, a readout report is an error.
    let run = s.run(&["segment", "event/report.html"]);
    assert_eq!(
        run.error_line(),
        "readout: event/report.html: is a report made by readout, not a readout page"
    );
}
