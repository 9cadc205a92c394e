//! Which URLs may become links or image sources.

use crate::language::Lang;
use crate::say;

/// Schemes a link may use. Anything else (`javascript:`, `data:`,
/// `vbscript:`, `file:`…) is refused by the validator and never rendered.
pub const SAFE_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// The verdict on one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlCheck {
    /// A relative URL (`documents/cv.pdf`, `#contact`) or one with a safe scheme.
    Safe,
    /// An empty or blank URL.
    Empty,
    /// A scheme outside [`SAFE_SCHEMES`]; holds the scheme, lower-cased.
    UnsafeScheme(String),
    /// Control characters, backslashes or other text a browser would
    /// reinterpret; holds what is wrong ([`Malformation::reason`]).
    Malformed(Malformation),
}

/// What makes an address one a browser would reinterpret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformation {
    /// Control characters.
    Control,
    /// Zero-width or text-direction characters.
    Invisible,
    /// A backslash, which browsers read as a slash.
    Backslash,
    /// Spaces, outside a `mailto:` address.
    Spaces,
}

impl Malformation {
    /// The reason, as a short sentence in `lang` about the address (« elle
    /// contient… »).
    pub fn reason(self, lang: Lang) -> String {
        match self {
            Malformation::Control => say!(
                lang,
                "elle contient des caractères de contrôle",
                "it contains control characters",
            ),
            Malformation::Invisible => say!(
                lang,
                "elle contient des caractères invisibles (espace de largeur nulle, inversion du sens du texte)",
                "it contains invisible characters (zero-width space, reversal of the text's direction)",
            ),
            Malformation::Backslash => say!(
                lang,
                "elle contient une barre oblique inversée « \\ »",
                "it contains a backslash “\\”",
            ),
            Malformation::Spaces => say!(
                lang,
                "elle contient des espaces (écrivez-les %20)",
                "it contains spaces (write them %20)",
            ),
        }
    }
}

/// Classifies a URL the way a browser would parse its scheme: browsers drop
/// tabs and newlines anywhere and trim control characters and spaces at both
/// ends, so `java\tscript:` is still `javascript:`.
pub fn check_url(url: &str) -> UrlCheck {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    if trimmed.is_empty() {
        return UrlCheck::Empty;
    }
    if trimmed.chars().any(|c| c.is_control()) {
        return UrlCheck::Malformed(Malformation::Control);
    }
    if trimmed.chars().any(is_invisible) {
        return UrlCheck::Malformed(Malformation::Invisible);
    }
    if trimmed.contains('\\') {
        return UrlCheck::Malformed(Malformation::Backslash);
    }
    if trimmed.contains(|c: char| c.is_whitespace()) && !trimmed.starts_with("mailto:") {
        return UrlCheck::Malformed(Malformation::Spaces);
    }
    let scheme_end = trimmed.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if trimmed[i..].starts_with(':') => {
            let scheme = trimmed[..i].to_ascii_lowercase();
            if SAFE_SCHEMES.contains(&scheme.as_str()) {
                UrlCheck::Safe
            } else {
                UrlCheck::UnsafeScheme(scheme)
            }
        }
        _ => UrlCheck::Safe,
    }
}

/// Unicode format characters that hide or reorder what a visitor reads:
/// zero-width characters, bidirectional overrides and isolates, the BOM.
/// In a URL they only serve to disguise where a link goes.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Whether a URL may be rendered as `href` or `src`.
pub fn is_safe_url(url: &str) -> bool {
    check_url(url) == UrlCheck::Safe
}

/// Whether a URL leaves the site (gets `rel="noopener noreferrer"` and opens
/// in a new tab).
pub fn is_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https:") || lower.starts_with("http:") || lower.starts_with("//")
}

/// `text` with its `%XX` escapes decoded, and `+` as a space when
/// `plus_is_space` (a query string's values, not a path). An escape without
/// two hexadecimal digits is kept as written, and invalid UTF-8 is
/// replaced, so that any address a visitor types stays readable. One
/// decoder for the site's query (`ViewState::from_query`) and for the file
/// paths `cyberfolio validate` looks for.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `url` trimmed, when it is a full web address (`https://host/…` or
/// `http://host/…`) that a phone can open from paper: what the printed
/// tableau's QR codes need from `exam.portfolioUrl`. A relative, schemeless
/// or unsafe address gives `None`.
pub fn full_web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    if !is_safe_url(url) {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .into_iter()
        .find_map(|scheme| lower.strip_prefix(scheme))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!host.is_empty()).then_some(url)
}

/// The address of the view `query` (`?r=vlan`) of the site at `site`: the
/// site's own query and fragment give way to the view's.
pub fn view_address(site: &str, query: &str) -> String {
    let base = site.split(['?', '#']).next().unwrap_or_default();
    format!("{base}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_decode_and_broken_ones_stay() {
        assert_eq!(percent_decode("a%20b+c", true), "a b c");
        assert_eq!(percent_decode("a%20b+c", false), "a b+c");
        for kept in ["%", "%4", "%ZZ", "%+1", "%-1"] {
            assert_eq!(percent_decode(kept, true).replace(' ', "+"), kept);
        }
        assert_eq!(percent_decode("%C3%A9%ff", false), "é\u{fffd}");
    }

    #[test]
    fn relative_and_web_urls_are_safe() {
        for ok in [
            "documents/cv.pdf",
            "./a.png",
            "#contact",
            "?c=B1.1",
            "https://example.org/a:b",
            "HTTP://x",
            "mailto:a@b.fr",
            "tel:+33600000000",
            "//cdn.example/x",
        ] {
            assert_eq!(check_url(ok), UrlCheck::Safe, "{ok}");
        }
    }

    #[test]
    fn script_and_data_urls_are_refused_even_disguised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:x",
            "\u{1}javascript:x",
            "data:text/html,<script>",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(bad), "{bad:?}");
        }
        assert!(!is_safe_url("java\tscript:alert(1)"));
        assert!(!is_safe_url("java\nscript:alert(1)"));
        assert!(!is_safe_url("https:\\\\evil"));
        assert_eq!(check_url("  "), UrlCheck::Empty);
        assert_eq!(check_url("data:x"), UrlCheck::UnsafeScheme("data".into()));
    }

    #[test]
    fn external_links_are_recognised() {
        assert!(is_external("https://github.com/x"));
        assert!(!is_external("documents/cv.pdf"));
        assert!(!is_external("mailto:a@b.fr"));
    }

    #[test]
    fn only_full_web_addresses_can_be_printed_as_qr_codes() {
        for (url, full) in [
            (
                "https://camille.github.io/portfolio/",
                Some("https://camille.github.io/portfolio/"),
            ),
            ("  HTTP://x.example  ", Some("HTTP://x.example")),
            ("https://", None),
            ("https:///chemin", None),
            ("camille.github.io/portfolio/", None),
            ("/portfolio/", None),
            ("//x.example/", None),
            ("javascript:alert(1)//https://x.example", None),
            ("https://x.example/\u{202E}", None),
            ("mailto:a@b.example", None),
            ("", None),
        ] {
            assert_eq!(full_web_address(url), full, "{url:?}");
        }
    }

    #[test]
    fn a_view_address_replaces_the_sites_query_and_fragment() {
        assert_eq!(
            view_address("https://x.example/p/", "?r=vlan"),
            "https://x.example/p/?r=vlan"
        );
        assert_eq!(
            view_address("https://x.example/p/?utm=1#top", "?r=a"),
            "https://x.example/p/?r=a"
        );
        assert_eq!(
            view_address("https://x.example", "?r=a"),
            "https://x.example?r=a"
        );
    }
}
