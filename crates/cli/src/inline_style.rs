//! Puts the built page's own stylesheets inside it, as `<style>` elements
//! allowed by a hash in its Content-Security-Policy.
//!
//! A stylesheet blocks the first paint: with a separate file, a phone on a
//! slow network waits one more round trip after the page before it shows
//! anything. The site's CSS is about 3 kB gzip, so it pays to send it with
//! the page. The policy keeps refusing every other inline style: only these
//! exact bytes are allowed, by their SHA-256.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::html_tag::tags;

/// `html` with each `<link rel="stylesheet">` whose file `read` returns
/// replaced by a `<style>` holding that file, and with each inlined text's
/// `'sha256-…'` added to the `style-src` of the page's
/// Content-Security-Policy `<meta>` (when it has one). `read` gets the
/// link's `href` and returns `None` for a file it does not serve (an
/// external address, a missing file): that link stays.
///
/// Running it again on its own output changes nothing.
pub fn inline_stylesheets(html: &str, read: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut hashes = Vec::new();
    let mut copied = 0;
    for link in tags(html, "link") {
        let stylesheet = link.value("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case("stylesheet"))
        });
        let css = link
            .value("href")
            .filter(|_| stylesheet)
            .and_then(&read)
            .and_then(|css| inline_text(&css, "style"))
            .map(|css| legacy_media_ranges(&css));
        out.push_str(&html[copied..link.start]);
        match css {
            Some(css) => {
                let media = link
                    .value("media")
                    .map(|m| format!(" media=\"{}\"", double_quoted(m)))
                    .unwrap_or_default();
                out.push_str(&format!("<style{media}>{css}</style>"));
                hashes.push(sha256_source(&css));
            }
            None => out.push_str(&html[link.start..link.end]),
        }
        copied = link.end;
    }
    out.push_str(&html[copied..]);
    if hashes.is_empty() {
        out
    } else {
        allow_sources(&out, "style-src", &hashes)
    }
}

/// `css` with each media feature written in the range syntax of Media
/// Queries 4 with `<=` or `>=`, such as `(width<=74.99rem)`, written back
/// as `(max-width:74.99rem)`.
///
/// Trunk minifies the stylesheet with lightningcss and gives it no browser
/// targets, so lightningcss turns every `max-width` into the range syntax.
/// Safari before 16.4 (the iPhones that stay on iOS 15) and Chromium before
/// 104 ignore a query in that syntax with all its rules: there, the
/// navigation of a phone lost its one scrolling row. Strict comparisons
/// (`<`, `>`) have no such form and are left as written: the stylesheet
/// uses `max-width` and `min-width`.
pub fn legacy_media_ranges(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("@media") {
        let prelude_end = rest[at..].find('{').map_or(rest.len(), |i| at + i);
        out.push_str(&rest[..at]);
        out.push_str(&legacy_features(&rest[at..prelude_end]));
        rest = &rest[prelude_end..];
    }
    out.push_str(rest);
    out
}

/// One `@media` prelude with its `(name<=value)` and `(name>=value)`
/// features written as `(max-name:value)` and `(min-name:value)`.
fn legacy_features(prelude: &str) -> String {
    let mut out = String::with_capacity(prelude.len());
    let mut rest = prelude;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(')') else {
            break;
        };
        let feature = &rest[..close];
        let range = ["<=", ">="].iter().find_map(|op| {
            let (name, value) = feature.split_once(op)?;
            let (name, value) = (name.trim(), value.trim());
            let is_name =
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            let is_value = !value.is_empty() && !value.contains(['<', '>', '=']);
            (is_name && is_value).then(|| {
                let prefix = if *op == "<=" { "max" } else { "min" };
                format!("{prefix}-{name}:{value}")
            })
        });
        match range {
            Some(legacy) => out.push_str(&legacy),
            None => out.push_str(feature),
        }
        out.push(')');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `text` as the browser reads it inside a `<style>` or `<script>` element
/// (`element`), when it can be put there as it is: the HTML parser turns CR
/// and CRLF into LF, so that is what the policy's hash must be of. `None`
/// for text that would end the element, or, in a script, keep its end from
/// ending it (`<!--` then `<script`).
pub(crate) fn inline_text(text: &str, element: &str) -> Option<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lower = text.to_ascii_lowercase();
    let ends_early = lower.contains(&format!("</{element}"));
    let keeps_open = element == "script" && lower.contains("<!--");
    (!ends_early && !keeps_open).then_some(text)
}

/// The CSP source that allows exactly `text` as an inline style.
pub fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `html` with `hashes` added to the `directive` (`style-src`,
/// `script-src`) of its Content-Security-Policy `<meta>` (created from
/// `default-src` when the policy has none). Unchanged without such a
/// `<meta>`.
pub(crate) fn allow_sources(html: &str, directive: &str, hashes: &[String]) -> String {
    for meta in tags(html, "meta") {
        let is_policy = meta
            .value("http-equiv")
            .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
        let tag = &html[meta.start..meta.end];
        if let Some((_, policy, span)) = meta.attribute("content").filter(|_| is_policy) {
            // Only the value changes: the tag keeps its form and quotes.
            let quote = tag[..span.start].chars().last();
            let value = with_hashes(policy, directive, hashes);
            let value = match quote {
                Some('\'') => value.replace('&', "&amp;").replace('\'', "&#39;"),
                Some('"') => double_quoted(&value),
                // Unquoted, a value cannot hold a policy's spaces: quote it.
                _ => format!("\"{}\"", double_quoted(&value)),
            };
            return format!(
                "{}{}{value}{}{}",
                &html[..meta.start],
                &tag[..span.start],
                &tag[span.end..],
                &html[meta.end..]
            );
        }
    }
    html.to_string()
}

/// `policy` with each of `hashes` in its `directive`, once.
fn with_hashes(policy: &str, directive: &str, hashes: &[String]) -> String {
    let mut directives: Vec<String> = policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    let name_of = |d: &str| d.split_ascii_whitespace().next().unwrap_or("").to_string();
    let index = match directives
        .iter()
        .position(|d| name_of(d).eq_ignore_ascii_case(directive))
    {
        Some(i) => i,
        None => {
            // Without it, the directive follows default-src: start from it.
            let sources = directives
                .iter()
                .find(|d| name_of(d).eq_ignore_ascii_case("default-src"))
                .map(|d| d["default-src".len()..].trim().to_string())
                .unwrap_or_else(|| "'self'".into());
            directives.push(format!("{directive} {sources}"));
            directives.len() - 1
        }
    };
    for hash in hashes {
        let present = directives[index]
            .split_ascii_whitespace()
            .any(|source| source == hash);
        if !present {
            directives[index].push(' ');
            directives[index].push_str(hash);
        }
    }
    directives.join("; ")
}

/// `value` for an attribute between double quotes: a policy keeps its
/// single quotes readable.
fn double_quoted(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = "body{color:red}";

    /// The head of `trunk build --release`'s page, minified.
    const MINIFIED: &str = "<meta charset=utf-8><meta content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:\" http-equiv=Content-Security-Policy><link href=/cyberfolio/main-1a2b.css integrity=sha384-xyz rel=stylesheet><link href=favicon.svg rel=icon type=image/svg+xml></head>";

    fn site(href: &str) -> Option<String> {
        (href == "/cyberfolio/main-1a2b.css").then(|| CSS.to_string())
    }

    #[test]
    fn media_ranges_are_written_in_the_syntax_older_browsers_read() {
        // What Trunk's minifier makes of `@media (max-width: 74.99rem)`.
        let minified = "a{color:red}@media (width<=74.99rem){.bar{flex-wrap:wrap}}@media screen and (width>=40em) and (prefers-reduced-motion:reduce){b{x:y}}@media print{c{d:e}}";
        assert_eq!(
            legacy_media_ranges(minified),
            "a{color:red}@media (max-width:74.99rem){.bar{flex-wrap:wrap}}@media screen and (min-width:40em) and (prefers-reduced-motion:reduce){b{x:y}}@media print{c{d:e}}"
        );
        // Strict comparisons, intervals and selectors are left alone.
        for css in [
            "@media (width<75rem){a{b:c}}",
            "@media (40rem<=width<=75rem){a{b:c}}",
            "a[title=\"(width<=1px)\"]{b:c}",
        ] {
            assert_eq!(legacy_media_ranges(css), css);
        }
        let page = "<link href=/main.css rel=stylesheet>";
        let out = inline_stylesheets(page, |_| Some("@media (width<=10rem){a{b:c}}".into()));
        assert!(
            out.contains("<style>@media (max-width:10rem){a{b:c}}</style>"),
            "{out}"
        );
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_text_in_base64() {
        // printf 'body{color:red}' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            sha256_source(CSS),
            "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"
        );
    }

    #[test]
    fn inlines_the_stylesheet_and_allows_exactly_it() {
        let out = inline_stylesheets(MINIFIED, site);
        assert!(out.contains("<style>body{color:red}</style>"), "{out}");
        assert!(!out.contains("main-1a2b.css"), "the link is gone: {out}");
        assert!(
            out.contains("<link href=favicon.svg rel=icon"),
            "other links stay"
        );
        assert!(
            out.contains(&format!(
                "<meta content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {}; img-src 'self' https:\" http-equiv=Content-Security-Policy>",
                sha256_source(CSS)
            )),
            "{out}"
        );
        assert_eq!(inline_stylesheets(&out, site), out, "idempotent");
    }

    #[test]
    fn leaves_links_it_cannot_read_and_pages_without_a_policy() {
        let external = "<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">";
        assert_eq!(inline_stylesheets(external, site), external);
        let no_policy =
            "<link rel=\"stylesheet\" href=\"/cyberfolio/main-1a2b.css\" media=\"print\">";
        assert_eq!(
            inline_stylesheets(no_policy, site),
            "<style media=\"print\">body{color:red}</style>"
        );
    }

    #[test]
    fn refuses_text_that_would_end_the_style_element() {
        let page = "<link rel=stylesheet href=a.css>";
        let hostile = |_: &str| Some("a{}</STYLE><script>alert(1)</script>".to_string());
        assert_eq!(inline_stylesheets(page, hostile), page);
    }

    #[test]
    fn hashes_line_ends_as_the_browser_reads_them() {
        let page = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"><link rel=stylesheet href=a.css>";
        let out = inline_stylesheets(page, |_| Some("a{}\r\nb{}\r".to_string()));
        assert!(out.contains("<style>a{}\nb{}\n</style>"), "{out}");
        // No style-src: one is made from default-src, plus the hash.
        assert!(
            out.contains(&format!(
                "content=\"default-src 'none'; style-src 'none' {}\"",
                sha256_source("a{}\nb{}\n")
            )),
            "{out}"
        );
    }
}
