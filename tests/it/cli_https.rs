//! Downloads over HTTPS: readout trusts only the root authorities built into it, so a server
//! whose certificate none of them issued is refused by every command that takes a URL, through a
//! proxy too, with one line that says so. Every server and proxy is one the test starts on
//! 127.0.0.1 (no outside network); the certificates are made at test time.

use crate::common::*;

/// What readout says of a self-signed site certificate (or one from a private authority).
const UNKNOWN_ISSUER: &str = "the server's certificate is not trusted (no certificate authority \
                              readout knows issued it; it may be self-signed)";

fn kastell() -> String {
    std::fs::read_to_string(manifest_dir().join("tests/pages/kastell-call.html"))
        .expect("fixture page")
}

fn https_url(server: &Listener, path: &str) -> String {
    format!("https://127.0.0.1:{}{path}", server.port)
}

/// Runs `args` expecting the one-line error `readout: URL: reason` (exit code 2, no panic), and
/// checks that nothing was written to the scratch folder.
fn fails_with(s: &Scratch, args: &[&str], env: &[(&str, &str)], url: &str, reason: &str) {
    let before = s.names();
    let run = s.run_env(args, &[&[("READOUT_FETCH_TIMEOUT", "5")], env].concat());
    assert_eq!(run.error_line(), format!("readout: {url}: {reason}"), "{args:?} {env:?}");
    assert_eq!(s.names(), before, "{args:?} wrote a file");
}

#[test]
fn a_self_signed_certificate_is_refused_by_every_command_and_nothing_is_asked_or_written() {
    let server = https_server(Cert::SelfSigned, &kastell());
    let s = Scratch::new();
    s.write("other.md", "---\nsource: Other\n---\nThe leaders spoke by phone.\n");
    s.write(
        "claims.yaml",
        "claims:\n  - text: The conversation was constructive and businesslike\n",
    );
    let url = https_url(&server, "/kastell");
    let runs: [&[&str]; 6] = [
        &["fetch", &url],
        &["fetch", &url, "-o", "kastell.md"],
        &["fetch", &url, "-d", "event"],
        &["compare", "other.md", &url, "-o", "out.json"],
        &["report", "other.md", &url, "-o", "report.html"],
        &["check", "claims.yaml", "--against", &url, "-o", "check.md"],
    ];
    for args in runs {
        fails_with(&s, args, &[], &url, UNKNOWN_ISSUER);
    }
    // Each run reached the server and left at the handshake: no request went over a
    // connection readout had not verified.
    assert_eq!(server.connections(), runs.len());
    assert_eq!(server.lines(), Vec::<String>::new());
    // And the refusal is of the certificate alone: a client that trusts it gets the page.
    let answer = get_trusting(&server, "/kastell");
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.contains("Vessa river bridge"), "{answer}");
}

#[test]
fn other_untrusted_certificates_say_why() {
    let s = Scratch::new();
    let cases = [
        (
            Cert::SelfSignedCa,
            "the server's certificate is not trusted (it is a certificate authority's, not a \
             site's; it may be self-signed)",
        ),
        (Cert::Expired, "the server's certificate is not trusted (it has expired)"),
    ];
    for (cert, reason) in cases {
        let server = https_server(cert, &kastell());
        let url = https_url(&server, "/kastell");
        fails_with(&s, &["fetch", &url, "-o", "kastell.md"], &[], &url, reason);
        assert_eq!(server.lines(), Vec::<String>::new(), "{cert:?}");
    }
}

#[test]
fn a_plain_http_server_on_an_https_url_is_named_as_such() {
    let server = plain_http_server();
    let s = Scratch::new();
    let url = format!("https://127.0.0.1:{}/kastell", server.port);
    let reason = "the server did not answer in TLS (is it a plain http:// server?)";
    fails_with(&s, &["fetch", &url, "-o", "kastell.md"], &[], &url, reason);
    fails_with(&s, &["segment", &url], &[], &url, reason);
    assert!(server.connections() >= 1);
}

#[test]
fn https_goes_through_the_proxy_in_https_proxy_and_the_certificate_is_still_checked() {
    let server = https_server(Cert::SelfSigned, &kastell());
    let proxy = connect_proxy();
    let s = Scratch::new();
    let url = https_url(&server, "/kastell");
    let via = format!("http://127.0.0.1:{}", proxy.port);
    fails_with(&s, &["fetch", &url, "-o", "k.md"], &[("HTTPS_PROXY", &via)], &url, UNKNOWN_ISSUER);
    // The proxy was asked for the host and port of the URL, and tunnelled the handshake.
    assert_eq!(proxy.lines(), [format!("CONNECT 127.0.0.1:{} HTTP/1.1", server.port)]);
    assert_eq!(server.connections(), 1);
    // A host in NO_PROXY is reached directly.
    let env = [("HTTPS_PROXY", via.as_str()), ("NO_PROXY", "127.0.0.1")];
    fails_with(&s, &["fetch", &url, "-o", "k.md"], &env, &url, UNKNOWN_ISSUER);
    assert_eq!(proxy.connections(), 1);
    assert_eq!(server.connections(), 2);
    assert_eq!(server.lines(), Vec::<String>::new());
}
