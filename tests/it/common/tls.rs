//! Local servers for the HTTPS tests, all on 127.0.0.1: an HTTPS server whose certificate no
//! public authority issued (made by rcgen at test time), a plain-HTTP server that answers
//! anything at once, and an HTTP CONNECT proxy that records what it was asked to reach.
//! Each counts what it saw, and stops on drop (or after a minute, whatever the test does).

use rustls::pki_types::CertificateDer;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The longest a server runs, so that a test that forgets it cannot leave it running.
const LIFETIME: Duration = Duration::from_secs(60);

/// The most a connection waits for its peer, so that no connection thread outlives a test.
const PATIENCE: Duration = Duration::from_secs(5);

/// What every server here keeps of what it saw.
#[derive(Default)]
pub struct Seen {
    /// TCP connections accepted.
    pub connections: AtomicUsize,
    /// What the server recorded per connection: request heads (TLS server) or request lines
    /// (proxy).
    pub lines: Mutex<Vec<String>>,
}

/// A listener on a free port of 127.0.0.1 handing each connection to its own thread.
pub struct Listener {
    pub port: u16,
    pub seen: Arc<Seen>,
    /// The certificate an HTTPS server shows.
    pub certificate: Option<CertificateDer<'static>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    fn start(handle: impl Fn(TcpStream, &Seen) + Send + Sync + 'static) -> Listener {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Seen::default());
        let stop = Arc::new(AtomicBool::new(false));
        let handle = Arc::new(handle);
        let (seen2, stop2) = (seen.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let started = Instant::now();
            while !stop2.load(Ordering::SeqCst) && started.elapsed() < LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => {
                        seen2.connections.fetch_add(1, Ordering::SeqCst);
                        let _ = stream.set_nonblocking(false);
                        let _ = stream.set_read_timeout(Some(PATIENCE));
                        let _ = stream.set_write_timeout(Some(PATIENCE));
                        let (handle, seen) = (handle.clone(), seen2.clone());
                        std::thread::spawn(move || handle(stream, &seen));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Listener { port, seen, certificate: None, stop, thread: Some(thread) }
    }

    pub fn connections(&self) -> usize {
        self.seen.connections.load(Ordering::SeqCst)
    }

    /// What was recorded, in order.
    pub fn lines(&self) -> Vec<String> {
        self.seen.lines.lock().unwrap().clone()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The certificate an HTTPS test server shows. None is issued by a public authority: readout
/// must refuse every one.
#[derive(Clone, Copy, Debug)]
pub enum Cert {
    /// A site's certificate for 127.0.0.1 and localhost, signed by its own key.
    SelfSigned,
    /// The same as a certificate authority's, as `openssl req -x509` makes it by default.
    SelfSignedCa,
    /// A self-signed site's certificate that expired in 2001.
    Expired,
}

/// Reads from `stream` until the end of an HTTP head (or 64 KiB, or the peer stops).
fn read_head(stream: &mut impl Read) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return None,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

/// An HTTPS server showing `cert`, serving `page` as HTML on every path to any client that
/// completes the handshake, so that a client that accepted the certificate would succeed.
/// It records the head of every request that reached it over TLS.
pub fn https_server(cert: Cert, page: &str) -> Listener {
    let (config, certificate) = server_config(cert);
    let config = Arc::new(config);
    let page = page.to_string();
    let mut server = Listener::start(move |tcp, seen| {
        let Ok(conn) = rustls::ServerConnection::new(config.clone()) else { return };
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        // A client that refuses the certificate ends the handshake here, before any request.
        let Some(head) = read_head(&mut tls) else { return };
        seen.lines.lock().unwrap().push(head);
        let answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{page}",
            page.len()
        );
        let _ = tls.write_all(answer.as_bytes());
        tls.conn.send_close_notify();
        let _ = tls.flush();
    });
    server.certificate = Some(certificate);
    server
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn server_config(cert: Cert) -> (rustls::ServerConfig, CertificateDer<'static>) {
    let names = vec!["127.0.0.1".to_string(), "localhost".to_string()];
    let mut params = rcgen::CertificateParams::new(names).expect("certificate names");
    match cert {
        Cert::SelfSigned => {}
        Cert::SelfSignedCa => {
            params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        }
        Cert::Expired => {
            params.not_before = rcgen::date_time_ymd(2000, 1, 1);
            params.not_after = rcgen::date_time_ymd(2001, 1, 1);
        }
    }
    let key = rcgen::KeyPair::generate().expect("key pair");
    let cert = params.self_signed(&key).expect("self-signed certificate");
    let key_der = rustls::pki_types::PrivatePkcs8KeyDer::from(key.serialize_der());
    let config = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], key_der.into())
        .expect("server certificate");
    (config, cert.der().clone())
}

/// Downloads `path` from an HTTPS test server as a client that trusts its certificate would,
/// and returns the whole answer: what readout refuses must be a working server otherwise.
pub fn get_trusting(server: &Listener, path: &str) -> String {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(server.certificate.clone().expect("an HTTPS server")).expect("root certificate");
    let config = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).expect("TLS client");
    let tcp = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    tcp.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    tls.write_all(request.as_bytes()).expect("send the request");
    let mut answer = Vec::new();
    tls.read_to_end(&mut answer).expect("read the answer");
    String::from_utf8(answer).expect("a UTF-8 answer")
}

/// A plain-HTTP server that answers whatever it is sent with 400 Bad Request at once, as
/// common servers do when a TLS handshake reaches them.
pub fn plain_http_server() -> Listener {
    Listener::start(|mut tcp, _| {
        let mut buf = [0u8; 1024];
        if matches!(tcp.read(&mut buf), Ok(n) if n > 0) {
            let _ = tcp.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\
                  Connection: close\r\n\r\nBad Request\n",
            );
        }
    })
}

/// An HTTP proxy that records the request line of every request and tunnels a `CONNECT` to a
/// port of 127.0.0.1 (named as 127.0.0.1 or localhost); it reaches nothing else.
pub fn connect_proxy() -> Listener {
    Listener::start(|mut client, seen| {
        let Some(head) = read_head(&mut client) else { return };
        let line = head.lines().next().unwrap_or("").to_string();
        seen.lines.lock().unwrap().push(line.clone());
        let local_port = match line.split(' ').collect::<Vec<_>>()[..] {
            ["CONNECT", target, _] => target
                .rsplit_once(':')
                .filter(|(host, _)| matches!(*host, "127.0.0.1" | "localhost"))
                .and_then(|(_, port)| port.parse::<u16>().ok()),
            _ => None,
        };
        let Some(port) = local_port else {
            let _ = client.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            return;
        };
        let Ok(server) = TcpStream::connect(("127.0.0.1", port)) else {
            let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            return;
        };
        let _ = server.set_read_timeout(Some(PATIENCE));
        if client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").is_err() {
            return;
        }
        let (Ok(client2), Ok(server2)) = (client.try_clone(), server.try_clone()) else { return };
        let up = std::thread::spawn(move || pipe(client2, server2));
        pipe(server, client);
        let _ = up.join();
    })
}

/// Copies `from` to `to` until `from` ends, then tells `to` no more is coming.
fn pipe(mut from: TcpStream, mut to: TcpStream) {
    let _ = std::io::copy(&mut from, &mut to);
    let _ = to.shutdown(Shutdown::Write);
}
