//! `cyberfolio meta DIST`: writes the portfolio's title, description,
//! language and link preview (OpenGraph) into the built `index.html`, where
//! link previews and search engines read them without running the app,
//! and the page's content ([`crate::page`]), so that a visitor reads the
//! portfolio before, or without, the WebAssembly. It also puts the
//! stylesheet ([`inline_stylesheets`]) and the app's start script
//! ([`with_start_script_inline`]) inside the page, and removes Trunk's
//! preloads of the app ([`without_app_preloads`]): the first load is the
//! page alone.

use std::path::Path;

use cyberfolio_model::meta::{PageMeta, THEME_STORAGE_KEY};
use cyberfolio_model::Loaded;

use crate::export::escape_html;
use crate::html_tag::{attributes, next_tag, tags};
use crate::inline_style::{allow_sources, inline_stylesheets, inline_text, sha256_source};
use crate::page;
use crate::report::{io_reason, print_refusal, read_and_load};
use crate::{EXIT_INVALID, EXIT_IO, EXIT_OK};

/// Rewrites `dist/index.html` from the portfolio at `data` (by default the
/// one the site serves, `dist/data/portfolio.json`).
pub fn run(dist: &Path, data: Option<&Path>) -> u8 {
    let index = dist.join("index.html");
    let default_data = dist.join("data").join("portfolio.json");
    let data = data.unwrap_or(&default_data);
    let outcome = match read_and_load(data) {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    let html = match std::fs::read_to_string(&index) {
        Ok(html) => html,
        Err(e) => {
            if let Err(error) = &outcome {
                print_refusal(data, error, "le site ne peut pas être construit");
            }
            eprintln!(
                "{}: impossible de lire la page : {} ; construisez d'abord le site (trunk build --release)",
                index.display(),
                io_reason(&e)
            );
            return EXIT_IO;
        }
    };
    let loaded = match outcome {
        Ok(loaded) => loaded,
        Err(error) => {
            // The errors go into the page, in place of the portfolio: under
            // `trunk serve` (scripts/trunk-meta.sh), the student reads them
            // in the browser. The build itself fails.
            let written = with_content(&html, &page::error_page(&error))
                .is_some_and(|page| std::fs::write(&index, page).is_ok());
            let refusal = if written {
                format!(
                    "{} affiche ces erreurs à la place du portfolio",
                    index.display()
                )
            } else {
                "la page n'est pas modifiée tant que le fichier a des erreurs".to_string()
            };
            print_refusal(data, &error, &refusal);
            return EXIT_INVALID;
        }
    };
    let Some(rewritten) = rewrite(&html, &loaded, |href| read_local(dist, href)) else {
        eprintln!(
            "{}: pas de balise <title>, <html>, </head> ou <div id=\"app\"> ; est-ce bien la page du site ?",
            index.display()
        );
        return EXIT_IO;
    };
    if let Err(e) = std::fs::write(&index, rewritten) {
        eprintln!(
            "{}: impossible d'écrire la page : {}",
            index.display(),
            io_reason(&e)
        );
        return EXIT_IO;
    }
    println!(
        "{}: « {} »",
        index.display(),
        PageMeta::of(&loaded.portfolio).title
    );
    EXIT_OK
}

/// The built page `html` with everything `cyberfolio meta` writes for the
/// portfolio of `loaded`: head ([`apply`]), content ([`page::page`]),
/// no preload of the app, the stylesheets and the start script read by
/// `read` and inlined, and the theme script. Running
/// it again on its result gives the same page. `None` when `html` lacks a
/// `<title>`, `<html>`, `</head>` or `<div id="app">`.
pub fn rewrite(
    html: &str,
    loaded: &Loaded,
    read: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let content = page::page(&loaded.portfolio, &loaded.referential, &loaded.warnings);
    let page = apply(html, &PageMeta::of(&loaded.portfolio))?;
    let page = with_content(&page, &content)?;
    let page = inline_stylesheets(&without_app_preloads(&page), &read);
    with_theme_script(&with_start_script_inline(&page, &read))
}

/// The page without Trunk's preloads of the app: the `<link rel="preload">`
/// of the wasm and the `<link rel="modulepreload">` of its JavaScript glue,
/// whose `integrity` hashes go to the app's marker (`data-wasm-integrity`
/// and `data-js-integrity` on `<meta name="cyberfolio-app">`), where
/// `public/init.js` reads them when it starts the app, and fetches both
/// together, each checked against its hash.
///
/// With the content written into the page, the app is needed for no paint;
/// preloaded from the head, it took bandwidth from the page itself on a
/// slow connection. Lighthouse's simulated LCP on mobile went from
/// 1.80–1.95 s to 0.95–1.26 s without the wasm's preload (two runs each);
/// with the glue's preload and the start script as a file, it was still
/// 1.21 times a static page's ([`with_start_script_inline`]).
pub fn without_app_preloads(html: &str) -> String {
    let mut page = html.to_string();
    for (rel, extension, attribute) in [
        ("preload", ".wasm", "data-wasm-integrity"),
        ("modulepreload", ".js", "data-js-integrity"),
    ] {
        page = without_preload(&page, rel, extension, attribute);
    }
    page
}

/// The page without the `<link rel=REL>` of the app's file ending in
/// `extension`, its `integrity` moved to `attribute` of the app's marker.
fn without_preload(html: &str, rel: &str, extension: &str, attribute: &str) -> String {
    let marker =
        |page: &str| tags(page, "meta").find(|meta| meta.value("name") == Some("cyberfolio-app"));
    // The glue's link names the marker's file; the wasm's is the only one.
    let app_file = marker(html).and_then(|m| m.value("data-js").map(str::to_string));
    let preload = tags(html, "link").find(|link| {
        let href = link.value("href").unwrap_or_default();
        link.value("rel")
            .is_some_and(|r| r.eq_ignore_ascii_case(rel))
            && href.ends_with(extension)
            && (extension != ".js" || app_file.as_deref() == Some(href))
    });
    let Some(preload) = preload else {
        return html.to_string();
    };
    let integrity = preload.value("integrity").unwrap_or_default();
    let page = format!("{}{}", &html[..preload.start], &html[preload.end..]);
    let Some(marker) = marker(&page) else {
        return page;
    };
    let kept: String = marker
        .attributes
        .iter()
        .filter(|(n, _, _)| !n.eq_ignore_ascii_case(attribute))
        .map(|(n, v, _)| format!(" {n}=\"{}\"", escape_html(v)))
        .collect();
    format!(
        "{}<meta{kept} {attribute}=\"{}\">{}",
        &page[..marker.start],
        escape_html(integrity),
        &page[marker.end..]
    )
}

/// The page with the app's start script (the `<script type="module"
/// data-init src=…>` of `index.html`, `public/init.js`) inside it, as
/// `<script type="module" data-init>`, allowed by its SHA-256 in the
/// policy's `script-src`, like the theme script.
///
/// As a file, its request was one the page had started before its first
/// paint: Lighthouse's simulated mobile LCP, which counts such requests on
/// a slow 4G, was 1.11 s with it against 0.97 s inline (median of 5
/// alternated runs each, 2026-12-07; the page with no script at all:
/// 0.93 s). Inline, its 3 kB come with the page and cost no round trip;
/// a module script runs after the page is parsed either way. `read` gets
/// the script's `src`; a script it cannot read, or whose text would end
/// the element, stays a file. Running it again changes nothing.
pub fn with_start_script_inline(html: &str, read: impl Fn(&str) -> Option<String>) -> String {
    const CLOSE: &str = "</script>";
    let script = tags(html, "script").find(|tag| {
        tag.attribute("data-init").is_some()
            && tag.value("src").is_some()
            && tag
                .value("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("module"))
            && html[tag.end..].starts_with(CLOSE)
    });
    let Some(script) = script else {
        return html.to_string();
    };
    let code = script
        .value("src")
        .and_then(&read)
        .and_then(|code| inline_text(&code, "script"));
    let Some(code) = code else {
        return html.to_string();
    };
    let page = format!(
        "{}<script type=\"module\" data-init>{code}{CLOSE}{}",
        &html[..script.start],
        &html[script.end + CLOSE.len()..]
    );
    allow_sources(&page, "script-src", &[sha256_source(&code)])
}

/// The text of the file of `dist` that a link of the page names, when it
/// is one of the build's own files: Trunk writes them at the top of `dist`,
/// and the link carries the public URL in front (`/cyberfolio/main-….css`)
/// or nothing.
fn read_local(dist: &Path, href: &str) -> Option<String> {
    if href.contains("//") || href.contains(':') {
        return None;
    }
    let name = href.split(['?', '#']).next()?.rsplit('/').next()?;
    if name.is_empty() || name.starts_with('.') {
        return None;
    }
    std::fs::read_to_string(dist.join(name)).ok()
}

/// The page with `meta` in its head: the `<html lang>` (and, for a
/// portfolio with its own theme, `data-theme` for the first paint and
/// `data-default-theme`, which the theme switch of `public/init.js` returns
/// to when the visitor's choice is forgotten), the `<title>`, one
/// description and the OpenGraph and Twitter tags, replacing any earlier
/// ones (running it twice gives the same page). `None` without a `<title>`
/// or an `<html>` tag.
pub fn apply(html: &str, meta: &PageMeta) -> Option<String> {
    let theme = meta
        .theme
        .map(|t| format!(" data-theme=\"{t}\" data-default-theme=\"{t}\""))
        .unwrap_or_default();
    let (start, end) = next_tag(html, "html")?;
    // The tag's other attributes stay; `lang` and the theme's are ours.
    let tag = &html[start..end];
    let ours = ["lang", "data-theme", "data-default-theme"];
    let kept: String = attributes(tag)
        .into_iter()
        .filter(|(name, _, _)| !ours.iter().any(|o| name.eq_ignore_ascii_case(o)))
        .map(|(name, value, _)| format!(" {name}=\"{}\"", escape_html(&value)))
        .collect();
    let html = format!(
        "{}<html lang=\"{}\"{theme}{kept}>{}",
        &html[..start],
        escape_html(&meta.language),
        &html[end..]
    );
    let title_start = html.find("<title>")?;
    let title_end = title_start + html[title_start..].find("</title>")? + "</title>".len();
    let mut head = format!("<title>{}</title>", escape_html(&meta.title));
    let mut tag = |attribute: &str, key: &str, value: &str| {
        head.push_str(&format!(
            "<meta {attribute}=\"{key}\" content=\"{}\">",
            escape_html(value)
        ));
    };
    tag("name", "description", &meta.description);
    tag("property", "og:type", "profile");
    tag("property", "og:title", &meta.title);
    tag("property", "og:description", &meta.description);
    tag("property", "og:locale", &meta.language.replace('-', "_"));
    if let Some(url) = &meta.url {
        tag("property", "og:url", url);
    }
    if let Some(image) = preview_image(meta) {
        tag("property", "og:image", &image);
        tag("name", "twitter:card", "summary_large_image");
    } else {
        tag("name", "twitter:card", "summary");
    }
    let rebuilt = format!("{}{head}{}", &html[..title_start], &html[title_end..]);
    Some(remove_meta_tags(&rebuilt, title_start + head.len()))
}

/// The absolute address of the link-preview image (`og:image`): the
/// portfolio's `site.ogImage` resolved against its public address as RFC
/// 3986 says (`../`, `./`, `?v=2` and `#…` included), as a browser resolves
/// a link on that page. `None` when there is no image previews can reach,
/// or when the result would not be an https address.
pub fn preview_image(meta: &PageMeta) -> Option<String> {
    let reference = meta.image_reference.as_deref()?;
    let resolved = match meta.url.as_deref() {
        Some(base) => url::Url::parse(base).ok()?.join(reference).ok()?,
        None => url::Url::parse(reference).ok()?,
    };
    (resolved.scheme() == "https").then(|| resolved.into())
}

/// The page with `content` ([`page::page`]) inside `<div id="app">`, in
/// place of the loading screen (or of an earlier content). `None` without
/// that element.
pub fn with_content(html: &str, content: &str) -> Option<String> {
    let open = ["<div id=app>", "<div id=\"app\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|i| i + tag.len()))?;
    // The matching </div>: the app's element holds nested divs.
    let mut depth = 1;
    let mut at = open;
    while depth > 0 {
        let next_open = html[at..].find("<div").map(|i| at + i);
        let next_close = at + html[at..].find("</div>")?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 4;
            }
            _ => {
                depth -= 1;
                at = next_close + "</div>".len();
            }
        }
    }
    let close = at - "</div>".len();
    Some(format!("{}{}{}", &html[..open], content, &html[close..]))
}

/// The script that applies the visitor's stored theme choice (the theme
/// switch of `public/init.js` stores it) before the first paint. An
/// inline script, parsed before the body: the app, and even the module that
/// starts it, may run after the page is first painted, and the other theme
/// showed until then (up to a second on a slow connection).
pub fn theme_script() -> String {
    format!(
        "try{{var t=localStorage.getItem(\"{THEME_STORAGE_KEY}\");if(t===\"dark\"||t===\"light\")document.documentElement.dataset.theme=t}}catch(e){{}}"
    )
}

/// The marker of the script of [`theme_script`] in the page.
const THEME_SCRIPT_TAG: &str = "<script data-theme-choice>";

/// The page with [`theme_script`] at the end of its head, allowed by its
/// hash in the page's `script-src` (the policy has no 'unsafe-inline'),
/// replacing an earlier copy. `None` without a `</head>`.
pub fn with_theme_script(html: &str) -> Option<String> {
    let script = theme_script();
    let html = match html.find(THEME_SCRIPT_TAG) {
        Some(start) => {
            let end = start + html[start..].find("</script>")? + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    };
    let head_end = html.find("</head>")?;
    let page = format!(
        "{}{THEME_SCRIPT_TAG}{script}</script>{}",
        &html[..head_end],
        &html[head_end..]
    );
    Some(allow_sources(
        &page,
        "script-src",
        &[sha256_source(&script)],
    ))
}

/// Removes, outside `html[..keep_until]`, the description, OpenGraph and
/// Twitter `<meta>` tags, quoted or minified (`name=description`).
fn remove_meta_tags(html: &str, keep_until: usize) -> String {
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..keep_until]);
    let mut rest = &html[keep_until..];
    while let Some(start) = rest.find("<meta") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        let ours = [
            "name=description",
            "name=\"description\"",
            "property=og:",
            "property=\"og:",
            "name=twitter:",
            "name=\"twitter:",
        ]
        .iter()
        .any(|marker| tag.contains(marker));
        out.push_str(&rest[..start]);
        if !ours {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> PageMeta {
        PageMeta {
            title: "Zoé \"Z\" <Martin> — Portfolio BTS SIO".into(),
            description: "Réseaux & systèmes.".into(),
            language: "fr-FR".into(),
            url: Some("https://zoe.example/portfolio/".into()),
            image_reference: Some("og.png".into()),
            theme: None,
        }
    }

    /// Trunk's minified output, as `trunk build --release` writes it.
    const MINIFIED: &str = "<!doctype html><html lang=fr><meta charset=utf-8><meta content=\"default-src 'self'\" http-equiv=Content-Security-Policy><title>Portfolio BTS SIO — épreuve E5</title><meta content=\"Portfolio BTS SIO : parcours.\" name=description><meta content=\"light dark\" name=color-scheme></head><body></body></html>";

    #[test]
    fn writes_the_head_of_a_minified_page() {
        let out = apply(MINIFIED, &meta()).expect("a page");
        assert!(out.starts_with("<!doctype html><html lang=\"fr-FR\"><meta charset=utf-8>"));
        assert!(out.contains("<title>Zoé &quot;Z&quot; &lt;Martin&gt; — Portfolio BTS SIO</title>"));
        assert_eq!(out.matches("name=\"description\"").count(), 1);
        assert!(!out.contains("parcours."), "the old description is gone");
        assert!(out.contains(
            "<meta property=\"og:image\" content=\"https://zoe.example/portfolio/og.png\">"
        ));
        assert!(out.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(
            out.contains("http-equiv=Content-Security-Policy"),
            "other tags stay"
        );
        assert!(out.contains("name=color-scheme"));
    }

    #[test]
    fn writes_the_content_in_place_of_the_loading_screen() {
        let mut p = cyberfolio_model::Portfolio::default();
        p.basics.name = "Zoé <Martin>".into();
        p.basics.summary = Some("Première phrase. Seconde.".into());
        let content = page::page(&p, &cyberfolio_model::Referential::bts_sio(), &[]);
        let once = with_content(MINIFIED_APP, &content).expect("an app element");
        assert!(once.starts_with("<body><div id=app><div data-prerendered>"));
        assert!(
            once.ends_with("</footer><aside class=\"author-panel\" id=\"verifier\" aria-labelledby=\"verifier-titre\" hidden><h2 id=\"verifier-titre\">Vérification du portfolio</h2><p>Aucun avertissement\u{a0}: le portfolio respecte les attendus de l'épreuve E5.</p></aside></div></div><noscript>…</noscript></body>"),
            "{once}"
        );
        assert!(!once.contains("Chargement"));
        assert!(once.contains("<h1 id=\"accueil-titre\">Zoé &lt;Martin&gt;</h1>"));
        assert!(once.contains("<p class=\"hero-pitch\">Première phrase.</p>"));
        assert_eq!(
            with_content(&once, &content).as_deref(),
            Some(once.as_str())
        );
        assert_eq!(with_content("<p>no app</p>", &content), None);
    }

    #[test]
    fn the_app_is_not_preloaded_and_its_integrities_go_to_the_marker() {
        let built = "<head><meta content=x name=description><link crossorigin href=/c/app.js integrity=sha384-js rel=modulepreload><link as=fetch crossorigin href=/c/app_bg.wasm integrity=sha384-w+/= rel=preload type=application/wasm><meta data-js=/c/app.js data-wasm=/c/app_bg.wasm name=cyberfolio-app><script src=/c/init.js type=module integrity=sha384-i></script></head>";
        let once = without_app_preloads(built);
        assert_eq!(
            once,
            "<head><meta content=x name=description><meta data-js=\"/c/app.js\" data-wasm=\"/c/app_bg.wasm\" name=\"cyberfolio-app\" data-wasm-integrity=\"sha384-w+/=\" data-js-integrity=\"sha384-js\"><script src=/c/init.js type=module integrity=sha384-i></script></head>"
        );
        assert_eq!(without_app_preloads(&once), once, "idempotent");
        // Another module's preload stays.
        let other = "<link href=/c/other.js integrity=sha384-o rel=modulepreload><meta data-js=/c/app.js name=cyberfolio-app>";
        assert_eq!(without_app_preloads(other), other);
        // The source page, before Trunk: nothing to move.
        let source = include_str!("../../../index.html");
        assert_eq!(without_app_preloads(source), source);
    }

    #[test]
    fn the_start_script_is_inside_the_page_and_allowed_by_its_hash_only() {
        let built = "<head><meta content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\" http-equiv=Content-Security-Policy><script data-init src=/c/init-0a1b.js type=module integrity=sha384-i crossorigin></script></head><body><script src=/c/other.js></script><script src=/c/init-ffff.js type=module></script></body>";
        let read = |src: &str| (src == "/c/init-0a1b.js").then(|| "start();\r\n".to_string());
        let once = with_start_script_inline(built, read);
        assert!(
            once.contains("<script type=\"module\" data-init>start();\n</script></head>"),
            "{once}"
        );
        assert!(!once.contains("init-0a1b.js"));
        assert!(
            once.contains(
                "<script src=/c/other.js></script><script src=/c/init-ffff.js type=module></script>"
            ),
            "other scripts stay"
        );
        assert!(once.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {}\"",
            sha256_source("start();\n")
        )));
        assert_eq!(with_start_script_inline(&once, read), once, "idempotent");
        // A file it cannot read, or text that would end the element, stays a file.
        assert_eq!(with_start_script_inline(built, |_| None), built);
        for text in ["x = '</script>';", "x = '<!--<script>';"] {
            assert_eq!(
                with_start_script_inline(built, |_| Some(text.to_string())),
                built
            );
        }
    }

    const MINIFIED_APP: &str = "<body><div id=app><div class=shell role=status><span aria-hidden=true class=spinner></span><p>Chargement du portfolio…</p></div></div><noscript>…</noscript></body>";

    #[test]
    fn the_theme_script_is_in_the_head_and_allowed_by_its_hash_only() {
        let once = with_theme_script(MINIFIED).expect("a page");
        let script = theme_script();
        assert!(once.contains(&format!(
            "<script data-theme-choice>{script}</script></head>"
        )));
        // The key the theme switch of `public/init.js` stores the choice under.
        let switch = include_str!("../../../public/init.js");
        let key = format!("const THEME_KEY = \"{THEME_STORAGE_KEY}\";");
        assert!(switch.contains(&key), "init.js has {key}");
        assert!(script.contains(&format!("\"{THEME_STORAGE_KEY}\"")));
        // The page's policy has only default-src: script-src starts from it.
        assert!(once.contains(&format!(
            "default-src 'self'; script-src 'self' {}\"",
            sha256_source(&script)
        )));
        assert!(!once.contains("unsafe-inline"));
        assert_eq!(with_theme_script(&once).as_deref(), Some(once.as_str()));
        assert_eq!(with_theme_script("<body></body>"), None);
    }

    #[test]
    fn is_idempotent_and_handles_the_source_page() {
        let source = include_str!("../../../index.html");
        let once = apply(source, &meta()).expect("a page");
        assert_eq!(apply(&once, &meta()).as_deref(), Some(once.as_str()));
        assert_eq!(once.matches("<title>").count(), 1);
        assert_eq!(once.matches("og:title").count(), 1);
        let without_image = PageMeta {
            image_reference: None,
            ..meta()
        };
        let again = apply(&once, &without_image).expect("a page");
        assert!(!again.contains("og:image"));
        assert!(again.contains("content=\"summary\""));
        let dark = PageMeta {
            theme: Some("dark"),
            ..meta()
        };
        let dark_page = apply(&again, &dark).expect("a page");
        assert!(dark_page
            .contains("<html lang=\"fr-FR\" data-theme=\"dark\" data-default-theme=\"dark\">"));
        // Back to following the system: the attribute goes.
        let followed = apply(&dark_page, &meta()).expect("a page");
        assert!(followed.contains("<html lang=\"fr-FR\">"), "{followed}");
        assert_eq!(apply("<p>no head</p>", &meta()), None);
    }

    #[test]
    fn the_preview_image_resolves_as_rfc_3986_says() {
        let at = |base: Option<&str>, image: &str| {
            preview_image(&PageMeta {
                url: base.map(str::to_string),
                image_reference: Some(image.to_string()),
                ..meta()
            })
        };
        let page = Some("https://a.example/depot/index.html?x=1#haut");
        for (image, expected) in [
            ("og.png", "https://a.example/depot/og.png"),
            ("./og.png", "https://a.example/depot/og.png"),
            ("../og.png", "https://a.example/og.png"),
            ("../../../og.png", "https://a.example/og.png"),
            ("documents/../og.png", "https://a.example/depot/og.png"),
            ("/og.png", "https://a.example/og.png"),
            ("?v=2", "https://a.example/depot/index.html?v=2"),
            ("og.png?v=2", "https://a.example/depot/og.png?v=2"),
            ("#frag", "https://a.example/depot/index.html?x=1#frag"),
            ("og.png#frag", "https://a.example/depot/og.png#frag"),
            ("https://cdn.example/og.png", "https://cdn.example/og.png"),
        ] {
            assert_eq!(at(page, image).as_deref(), Some(expected), "{image}");
        }
        // A directory address without its final slash: the last segment is
        // a file name, as in a browser.
        assert_eq!(
            at(Some("https://a.example/depot"), "og.png").as_deref(),
            Some("https://a.example/og.png")
        );
        assert_eq!(
            at(None, "https://cdn.example/og.png").as_deref(),
            Some("https://cdn.example/og.png")
        );
        assert_eq!(at(None, "og.png"), None, "nothing to resolve it against");
        let out = apply(MINIFIED, &meta()).expect("a page");
        assert!(out.contains(
            "<meta property=\"og:image\" content=\"https://zoe.example/portfolio/og.png\">"
        ));
    }

    #[test]
    fn the_html_tag_is_read_as_a_tag_and_keeps_its_other_attributes() {
        let page = "<!doctype html><!-- <htmlish> --><html class=\"no-js\" data-note='a>b' lang=en data-theme=light><head><title>x</title></head><body></body></html>";
        let out = apply(page, &meta()).expect("a page");
        assert!(
            out.contains("<!-- <htmlish> --><html lang=\"fr-FR\" class=\"no-js\" data-note=\"a&gt;b\"><head>"),
            "{out}"
        );
    }
}
