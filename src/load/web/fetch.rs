//! Downloading one page over HTTP(S) with `ureq` (rustls): bounded in time, redirects and size,
//! named by a User-Agent, and every failure turned into a short reason.

use std::time::{Duration, SystemTime};
use ureq::ResponseExt;

/// The largest page accepted. Official readout pages weigh tens to hundreds of kilobytes; a
/// bigger body is not a readout page.
pub(crate) const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;

/// Redirects followed before giving up.
pub(crate) const MAX_REDIRECTS: u32 = 5;

/// Time allowed for the whole download, redirects included, unless `READOUT_FETCH_TIMEOUT`
/// (seconds) says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Time allowed to connect (within the whole).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

const USER_AGENT: &str = concat!("readout/", env!("CARGO_PKG_VERSION"));

/// A downloaded page.
#[derive(Debug)]
pub(crate) struct Page {
    /// Where it was found, after redirects.
    pub final_url: String,
    /// The body exactly as received.
    pub body: Vec<u8>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// When the response arrived.
    pub at: SystemTime,
}

/// The time limit for a download: `READOUT_FETCH_TIMEOUT` seconds, else 30.
pub(crate) fn timeout() -> Result<Duration, String> {
    match std::env::var("READOUT_FETCH_TIMEOUT") {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s <= 86_400.0)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| {
                format!("READOUT_FETCH_TIMEOUT: expected a number of seconds, got '{v}'")
            }),
        _ => Ok(DEFAULT_TIMEOUT),
    }
}

/// Downloads `url` (http or https). The error is the reason alone; the caller names the URL.
pub(crate) fn get(url: &str, limit: Duration) -> Result<Page, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limit))
        .timeout_connect(Some(CONNECT_TIMEOUT.min(limit)))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        // Statuses are reported here, with their reason, rather than as ureq errors.
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .call()
        .map_err(|e| reason(&e, limit))?;
    let status = response.status();
    if !status.is_success() {
        let text = status.canonical_reason().map(|r| format!(" {r}")).unwrap_or_default();
        return Err(format!("the server answered HTTP {}{text}", status.as_u16()));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    if let Some(ct) = &content_type
        && !is_html(ct)
    {
        let mime = ct.split(';').next().unwrap_or(ct).trim();
        return Err(format!("unsupported content type '{mime}' (expected an HTML page)"));
    }
    if let Some(len) = response.body().content_length()
        && len > MAX_PAGE_BYTES
    {
        return Err(too_large());
    }
    let final_url = response.get_uri().to_string();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_PAGE_BYTES)
        .read_to_vec()
        .map_err(|e| reason(&e, limit))?;
    Ok(Page { final_url, body, content_type, at: SystemTime::now() })
}

fn is_html(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(mime.as_str(), "text/html" | "application/xhtml+xml")
}

fn too_large() -> String {
    format!("the page is larger than the {} MiB limit", MAX_PAGE_BYTES / (1024 * 1024))
}

/// A short reason for a failed download.
fn reason(e: &ureq::Error, limit: Duration) -> String {
    use std::io::ErrorKind;
    match e {
        ureq::Error::Timeout(_) => {
            format!("no complete answer within {} (timed out)", seconds(limit))
        }
        ureq::Error::HostNotFound => "host not found".to_string(),
        ureq::Error::TooManyRedirects => {
            format!("too many redirects (more than {MAX_REDIRECTS})")
        }
        ureq::Error::BodyExceedsLimit(_) => too_large(),
        ureq::Error::Rustls(tls) => tls_reason(tls),
        ureq::Error::Tls(tls) => format!("secure connection failed: {tls}"),
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => "not a valid URL".to_string(),
        // rustls reports from inside the stream, so its errors reach here wrapped in io errors.
        ureq::Error::Io(io) if let Some(tls) = io.get_ref().and_then(|e| e.downcast_ref()) => {
            tls_reason(tls)
        }
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => "connection refused".to_string(),
            ErrorKind::TimedOut | ErrorKind::WouldBlock => {
                format!("no complete answer within {} (timed out)", seconds(limit))
            }
            ErrorKind::ConnectionReset
            | ErrorKind::ConnectionAborted
            | ErrorKind::UnexpectedEof => "the server closed the connection".to_string(),
            _ => format!("cannot connect: {}", crate::io::input::io_reason(io)),
        },
        // ureq's own wording is lower-case and terse, like ours.
        other => other.to_string(),
    }
}

/// A short reason for a failed TLS connection. rustls's own wording is its enums' debug names
/// (`invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))`), which says nothing to a
/// reader; the cases a reader can act on get a sentence.
fn tls_reason(e: &rustls::Error) -> String {
    use rustls::{CertificateError as C, InvalidMessage};
    let untrusted = |why: &str| format!("the server's certificate is not trusted ({why})");
    match e {
        rustls::Error::InvalidCertificate(cert) => match cert {
            C::UnknownIssuer => {
                untrusted("no certificate authority readout knows issued it; it may be self-signed")
            }
            C::Expired | C::ExpiredContext { .. } => untrusted("it has expired"),
            C::NotValidYet | C::NotValidYetContext { .. } => untrusted("it is not valid yet"),
            C::NotValidForName | C::NotValidForNameContext { .. } => {
                untrusted("it was issued for another host name")
            }
            C::Revoked => untrusted("it has been revoked"),
            C::InvalidPurpose | C::InvalidPurposeContext { .. } => {
                untrusted("it is not issued for a web server")
            }
            C::BadSignature
            | C::UnsupportedSignatureAlgorithmContext { .. }
            | C::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => {
                untrusted("its signature is invalid or of a kind readout does not accept")
            }
            // What `openssl req -x509` makes by default, the commonest self-signed certificate.
            C::Other(other)
                if matches!(
                    other.0.downcast_ref::<webpki::Error>(),
                    Some(webpki::Error::CaUsedAsEndEntity)
                ) =>
            {
                untrusted("it is a certificate authority's, not a site's; it may be self-signed")
            }
            _ => untrusted("it is not a valid certificate for a web server"),
        },
        // What a plain-HTTP server's answer looks like to a TLS client: its first byte,
        // the `H` of `HTTP/1.1`, is no TLS record type.
        rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType) => {
            "the server did not answer in TLS (is it a plain http:// server?)".to_string()
        }
        other => format!("secure connection failed: {}", one_line(&other.to_string())),
    }
}

/// Text squeezed onto one line, since every error is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 { format!("{s:.0} s") } else { format!("{s} s") }
}
