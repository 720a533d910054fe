//! Who issued a page, guessed from where it is published: a built-in table of official hosts
//! (listed in the README, "Readout files"), matched on the host or any domain it is under.

/// Official hosts and the `source` their readouts get. A host matches an entry when it is the
/// entry or ends with `.` + the entry; the longest match wins.
const OFFICIAL: &[(&str, &str)] = &[
    ("kremlin.ru", "Kremlin"),
    ("government.ru", "Government of Russia"),
    ("mid.ru", "Russian Foreign Ministry"),
    ("fmprc.gov.cn", "Chinese Foreign Ministry"),
    ("mfa.gov.cn", "Chinese Foreign Ministry"),
    ("china-embassy.gov.cn", "Chinese Embassy"),
    ("china-embassy.org", "Chinese Embassy"),
    ("china-consulate.gov.cn", "Chinese Consulate"),
    ("www.gov.cn", "Chinese Government"),
    ("news.cn", "Xinhua"),
    ("xinhuanet.com", "Xinhua"),
    ("whitehouse.gov", "White House"),
    ("state.gov", "State Department"),
    ("mea.gov.in", "Ministry of External Affairs of India"),
    ("pmindia.gov.in", "Prime Minister of India"),
    ("mofa.go.jp", "Ministry of Foreign Affairs of Japan"),
    ("kantei.go.jp", "Prime Minister's Office of Japan"),
    ("president.gov.ua", "President of Ukraine"),
    ("mfa.gov.ua", "Ukrainian Foreign Ministry"),
    ("elysee.fr", "Élysée"),
    ("bundesregierung.de", "German Federal Government"),
    ("consilium.europa.eu", "European Council"),
    ("eeas.europa.eu", "EU External Action Service"),
    ("un.org", "United Nations"),
];

/// The host of an http(s) URL, lower case, without port, user or trailing dot.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = authority.strip_prefix('[') {
        &authority[..v6.find(']').map_or(authority.len(), |i| i + 2)]
    } else {
        authority.split(':').next().unwrap_or("")
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// The source the table gives `host`, if any.
pub(crate) fn official_source(host: &str) -> Option<&'static str> {
    OFFICIAL
        .iter()
        .filter(|(domain, _)| {
            host == *domain || host.strip_suffix(domain).is_some_and(|h| h.ends_with('.'))
        })
        .max_by_key(|(domain, _)| domain.len())
        .map(|(_, source)| *source)
}

/// What to call a host the table does not know: the host, without a leading `www.`.
pub(crate) fn plain_name(host: &str) -> &str {
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_urls() {
        assert_eq!(host_of("https://en.Kremlin.ru./events/1").as_deref(), Some("en.kremlin.ru"));
        assert_eq!(host_of("http://127.0.0.1:8080/a").as_deref(), Some("127.0.0.1"));
        assert_eq!(host_of("https://user@www.state.gov?x").as_deref(), Some("www.state.gov"));
        assert_eq!(host_of("http://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(host_of("no scheme"), None);
    }

    #[test]
    fn official_hosts_match_their_subdomains_only() {
        assert_eq!(official_source("en.kremlin.ru"), Some("Kremlin"));
        assert_eq!(official_source("kremlin.ru"), Some("Kremlin"));
        assert_eq!(official_source("notkremlin.ru"), None);
        assert_eq!(official_source("www.fmprc.gov.cn"), Some("Chinese Foreign Ministry"));
        assert_eq!(official_source("us.china-embassy.gov.cn"), Some("Chinese Embassy"));
        assert_eq!(official_source("english.news.cn"), Some("Xinhua"));
        assert_eq!(official_source("english.www.gov.cn"), Some("Chinese Government"));
        assert_eq!(official_source("www.whitehouse.gov"), Some("White House"));
        assert_eq!(official_source("example.org"), None);
    }

    #[test]
    fn every_entry_is_a_lower_case_domain_with_a_name() {
        for (domain, source) in OFFICIAL {
            assert!(domain.contains('.') && *domain == domain.to_ascii_lowercase(), "{domain}");
            assert!(!source.trim().is_empty(), "{domain}");
        }
    }

    #[test]
    fn the_readme_lists_the_table() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("README.md");
        for (domain, source) in OFFICIAL {
            assert!(readme.contains(&format!("`{domain}` {source}")), "README lacks {domain}");
        }
    }

    #[test]
    fn unknown_hosts_are_named_by_the_host() {
        assert_eq!(plain_name("www.presidency.example"), "presidency.example");
        assert_eq!(plain_name("127.0.0.1"), "127.0.0.1");
    }
}
