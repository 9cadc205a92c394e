//! The texts the page holds inline (its stylesheet, the start script, the
//! theme script) and the Content-Security-Policy sources that allow them.
//!
//! A stylesheet blocks the first paint: with a separate file, a phone on a
//! slow network waits one more round trip after the page before it shows
//! anything. The site's CSS is about 3 kB gzip, so it pays to send it with
//! the page. The policy keeps refusing every other inline style and script:
//! only these exact bytes are allowed, by their SHA-256.

use base64::Engine;
use sha2::{Digest, Sha256};

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
    let ends_early = lower.contains(&["</", element].concat());
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

/// `policy` with each of `hashes` in its `directive`, once.
pub(crate) fn with_hashes(policy: &str, directive: &str, hashes: &[String]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_text_in_base64() {
        // printf 'body{color:red}' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            sha256_source("body{color:red}"),
            "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"
        );
    }

    #[test]
    fn text_that_would_end_its_element_is_refused_and_line_ends_are_the_parser_s() {
        assert_eq!(inline_text("a{}</STYLE><script>", "style"), None);
        assert_eq!(inline_text("x</Script >", "script"), None);
        assert_eq!(inline_text("<!-- <script>", "script"), None);
        assert_eq!(
            inline_text("a{}\r\nb{}\r", "style").as_deref(),
            Some("a{}\nb{}\n")
        );
    }

    #[test]
    fn each_hash_is_added_once_to_its_directive() {
        let policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self'";
        let once = with_hashes(policy, "script-src", &["'sha256-a'".into()]);
        assert_eq!(
            once,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; img-src 'self'"
        );
        assert_eq!(
            with_hashes(&once, "script-src", &["'sha256-a'".into()]),
            once
        );
        // No style-src: one is made from default-src, plus the hash.
        assert_eq!(
            with_hashes("default-src 'none'", "style-src", &["'sha256-b'".into()]),
            "default-src 'none'; style-src 'none' 'sha256-b'"
        );
    }
}
