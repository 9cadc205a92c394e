//! `cyberfolio-build page DIST`: writes the portfolio into the page Trunk
//! built. The content of `<div id="app">` is the components of
//! `cyberfolio-ui` rendered to HTML ([`crate::content`]), so that a visitor
//! reads the portfolio before, or without, the WebAssembly. The head gets
//! the portfolio's title, description, language and link preview
//! (OpenGraph), where link previews and search engines read them without
//! running the app, and the script that applies the visitor's theme before
//! the first paint. The stylesheet and the app's start script go inside the
//! page, and Trunk's preloads of the app go: the first load is the page
//! alone. Each inline text is allowed by its hash in the page's
//! Content-Security-Policy, which keeps refusing every other one.
//!
//! The page is read and rewritten with `lol_html`, as a browser tokenizes
//! it; the markup this module adds is rendered by Leptos.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::path::Path;

use cyberfolio_model::files::{io_reason, read_in_its_language, refusal};
use cyberfolio_model::meta::{PageMeta, THEME_STORAGE_KEY};
use cyberfolio_model::{Lang, LoadError, Loaded};
use cyberfolio_ui::edition::Edition;
use cyberfolio_ui::page::{on_the_host, render_error_page, render_without_javascript};
use leptos::html;
use leptos::prelude::*;
use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::content::written_content;
use crate::inline::{inline_text, legacy_media_ranges, sha256_source, with_hashes};
use crate::presentation::{presentation_pages, PRESENTATION_PAGE};
use crate::{write_atomically, EXIT_INVALID, EXIT_IO, EXIT_OK};

/// Rewrites `dist/index.html` from the portfolio at `data` (by default the
/// one the site serves, `dist/data/portfolio.json`).
pub fn run(dist: &Path, data: Option<&Path>) -> u8 {
    let index = dist.join("index.html");
    let default_data = dist.join("data").join("portfolio.json");
    let data = data.unwrap_or(&default_data);
    // In the language the site asks for: its error page, and the
    // validator's messages in it, speak it too.
    let (lang, outcome) = match read_in_its_language(data) {
        Ok(read) => (read.lang, read.outcome),
        Err(message) => {
            eprintln!("{message}");
            return EXIT_IO;
        }
    };
    let html = match std::fs::read_to_string(&index) {
        Ok(html) => html,
        Err(e) => {
            if let Err(error) = &outcome {
                eprintln!(
                    "{}",
                    refusal(data, error, "le site ne peut pas être construit")
                );
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
            let written = with_error_page(&html, error.clone(), lang)
                .is_ok_and(|page| write_atomically(&index, page.as_bytes()).is_ok());
            let why = if written {
                format!(
                    "{} affiche ces erreurs à la place du portfolio",
                    index.display()
                )
            } else {
                "la page n'est pas modifiée tant que le fichier a des erreurs".to_string()
            };
            eprintln!("{}", refusal(data, &error, &why));
            return EXIT_INVALID;
        }
    };
    let title = PageMeta::of(&loaded.portfolio).title;
    let rewritten = match rewrite(&html, loaded.clone(), |href| read_local(dist, href)) {
        Ok(page) => page,
        Err(reason) => {
            eprintln!("{}: {reason}", index.display());
            return EXIT_IO;
        }
    };
    // The presentation mode's page, beside it, from it.
    let presentation = match presentation_pages(&rewritten, loaded) {
        Ok((site, _offline)) => site,
        Err(reason) => {
            eprintln!("{}: {reason}", index.display());
            return EXIT_IO;
        }
    };
    let presentation_path = dist.join(PRESENTATION_PAGE);
    if let Err(e) = write_atomically(&presentation_path, presentation.as_bytes()) {
        eprintln!(
            "{}: impossible d'écrire la page : {}",
            presentation_path.display(),
            io_reason(&e)
        );
        return EXIT_IO;
    }
    if let Err(e) = write_atomically(&index, rewritten.as_bytes()) {
        eprintln!(
            "{}: impossible d'écrire la page : {}",
            index.display(),
            io_reason(&e)
        );
        return EXIT_IO;
    }
    println!("{}: « {title} »", index.display());
    EXIT_OK
}

/// What the page Trunk built holds that the rewrite needs to know first:
/// the hashes of what it will inline go into the policy, which comes before
/// them.
#[derive(Debug, Default)]
struct Built {
    /// Whether the page has `<html>`, `<title>` and `<div id="app">`.
    html: bool,
    title: bool,
    app: bool,
    /// The app's JavaScript glue, as the marker of `Trunk.toml`'s
    /// `pattern_script` names it (`data-js`).
    glue: Option<String>,
    /// Every `<link rel=modulepreload>`: its `href` and `integrity`.
    module_preloads: Vec<(String, String)>,
    /// The `integrity` of the wasm's `<link rel=preload>`.
    wasm_integrity: Option<String>,
    /// The `href` of each stylesheet link.
    stylesheets: Vec<String>,
    /// The `src` of the start script (`<script type=module data-init>`).
    start_script: Option<String>,
}

/// Reads what [`Built`] holds.
fn inspect(html: &str) -> Result<Built, String> {
    let built = RefCell::new(Built::default());
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |_| {
                built.borrow_mut().html = true;
                Ok(())
            }))
            .append_element_content_handler(element!("title", |_| {
                built.borrow_mut().title = true;
                Ok(())
            }))
            .append_element_content_handler(element!("div#app", |_| {
                built.borrow_mut().app = true;
                Ok(())
            }))
            .append_element_content_handler(element!("meta[name=cyberfolio-app]", |marker| {
                built.borrow_mut().glue = marker.get_attribute("data-js");
                Ok(())
            }))
            .append_element_content_handler(element!("link", |link| {
                let mut built = built.borrow_mut();
                let href = link.get_attribute("href").unwrap_or_default();
                let integrity = link.get_attribute("integrity").unwrap_or_default();
                if has_rel(link, "modulepreload") {
                    built.module_preloads.push((href, integrity));
                } else if has_rel(link, "preload") && href.ends_with(".wasm") {
                    built.wasm_integrity = Some(integrity);
                } else if has_rel(link, "stylesheet") {
                    built.stylesheets.push(href);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("script[data-init][src]", |script| {
                let module = script
                    .get_attribute("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("module"));
                if module {
                    built.borrow_mut().start_script = script.get_attribute("src");
                }
                Ok(())
            })),
    )
    .map_err(|e| format!("la page n'a pas pu être lue : {e}"))?;
    Ok(built.into_inner())
}

/// Whether `link`'s `rel` holds `value` (ASCII case-insensitive).
fn has_rel(link: &Element, value: &str) -> bool {
    link.get_attribute("rel").is_some_and(|rel| {
        rel.split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case(value))
    })
}

/// The built page `html` with everything `cyberfolio-build page` writes for
/// the portfolio of `loaded`: the head ([`PageMeta`], the theme script),
/// the content ([`written_content`]), the stylesheets and the start script
/// that `read` returns inlined, the app's preloads removed (their
/// integrities moved to the app's marker), and the policy allowing exactly
/// the inlined texts. Running it again on its result gives the same page.
pub fn rewrite(
    html: &str,
    loaded: Loaded,
    read: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    rewrite_as(html, loaded, Edition::default(), read)
}

/// [`rewrite`], for the page of `edition`: the site that publishes its
/// offline copy links to it, and the offline copy says where the site is.
pub fn rewrite_as(
    html: &str,
    loaded: Loaded,
    edition: Edition,
    read: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let built = inspect(html)?;
    if !(built.html && built.title && built.app) {
        return Err(
            "pas de balise <html>, <title> ou <div id=\"app\"> ; est-ce bien la page du site ?"
                .to_string(),
        );
    }
    let meta = PageMeta::of(&loaded.portfolio);
    let without_javascript = render_without_javascript(loaded.portfolio.language());
    let content = written_content(loaded, edition)?;
    // The stylesheets the page can hold: the build's own, whose text would
    // not end the element.
    let styles: BTreeMap<String, String> = built
        .stylesheets
        .iter()
        .filter_map(|href| {
            let css = inline_text(&read(href)?, "style")?;
            Some((href.clone(), legacy_media_ranges(&css)))
        })
        .collect();
    let start = built
        .start_script
        .as_deref()
        .and_then(&read)
        .and_then(|code| inline_text(&code, "script"));
    let theme = theme_script();
    let style_hashes: Vec<String> = styles.values().map(|css| sha256_source(css)).collect();
    let script_hashes: Vec<String> = start
        .iter()
        .chain([&theme])
        .map(|code| sha256_source(code))
        .collect();
    // The glue's preload names the marker's file; another module's stays.
    let glue_integrity = built.module_preloads.iter().find_map(|(href, integrity)| {
        (built.glue.as_deref() == Some(href.as_str())).then(|| integrity.clone())
    });
    let head = head_tags(&meta, &theme);
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |root| {
                root.set_attribute("lang", &meta.language)?;
                match meta.theme {
                    Some(theme) => {
                        root.set_attribute("data-theme", theme)?;
                        root.set_attribute("data-default-theme", theme)?;
                    }
                    None => {
                        root.remove_attribute("data-theme");
                        root.remove_attribute("data-default-theme");
                    }
                }
                Ok(())
            }))
            .append_element_content_handler(element!("title", |title| {
                title.set_inner_content(&meta.title, ContentType::Text);
                title.after(&head, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("meta", |tag| {
                let name = tag.get_attribute("name").unwrap_or_default();
                let property = tag.get_attribute("property").unwrap_or_default();
                let policy = tag
                    .get_attribute("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
                if name == "description"
                    || name.starts_with("twitter:")
                    || property.starts_with("og:")
                {
                    // The portfolio's, written after the title.
                    tag.remove();
                } else if policy {
                    let content = tag.get_attribute("content").unwrap_or_default();
                    let content = with_hashes(&content, "style-src", &style_hashes);
                    let content = with_hashes(&content, "script-src", &script_hashes);
                    tag.set_attribute("content", &content)?;
                } else if name == "cyberfolio-app" {
                    if let Some(integrity) = &built.wasm_integrity {
                        tag.set_attribute("data-wasm-integrity", integrity)?;
                    }
                    if let Some(integrity) = &glue_integrity {
                        tag.set_attribute("data-js-integrity", integrity)?;
                    }
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link", |link| {
                let href = link.get_attribute("href").unwrap_or_default();
                let app_preload = (has_rel(link, "preload") && href.ends_with(".wasm"))
                    || (has_rel(link, "modulepreload")
                        && built.glue.as_deref() == Some(href.as_str()));
                if app_preload {
                    link.remove();
                } else if let Some(css) = styles.get(&href).filter(|_| has_rel(link, "stylesheet"))
                {
                    let media = link.get_attribute("media");
                    link.replace(&style_element(css, media), ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("script[data-theme-choice]", |script| {
                // Written again after the title.
                script.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("script[data-init][src]", |script| {
                if let Some(code) = &start {
                    for attribute in ["src", "integrity", "crossorigin"] {
                        script.remove_attribute(attribute);
                    }
                    script.set_inner_content(code, ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("div#app", |app| {
                app.set_inner_content(&content, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("body > noscript", |notice| {
                notice.set_inner_content(&without_javascript, ContentType::Html);
                Ok(())
            })),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))
}

/// A written page made to work without the app (the offline copy's, the
/// presentation's): `attributes` set on `<html>`, the app's marker gone,
/// `css` in a style element after the site's stylesheet (whose rules it
/// adjusts, `@page` included; after the title in a page without one), and
/// the policy allowing it by its hash then changed by `policy`. An error
/// when `css` would end its element.
pub(crate) fn without_app(
    page: &str,
    attributes: &[&str],
    css: &str,
    policy: impl Fn(&str) -> String,
) -> Result<String, String> {
    let css = inline_text(css, "style").ok_or("une feuille de style ne tient pas dans la page")?;
    let hash = sha256_source(&css);
    let style = style_element(&css, None);
    let placed = Cell::new(false);
    let page = rewrite_str(
        page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |root| {
                for attribute in attributes {
                    root.set_attribute(attribute, "")?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("style", |element| {
                if !placed.replace(true) {
                    element.after(&style, ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta", |tag| {
                let name = tag.get_attribute("name").unwrap_or_default();
                let is_policy = tag
                    .get_attribute("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
                if name == crate::site::APP_MARKER {
                    tag.remove();
                } else if is_policy {
                    let content = tag.get_attribute("content").unwrap_or_default();
                    let content = with_hashes(&content, "style-src", std::slice::from_ref(&hash));
                    tag.set_attribute("content", &policy(&content))?;
                }
                Ok(())
            })),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))?;
    if placed.get() {
        return Ok(page);
    }
    // A page without a stylesheet: after its title.
    rewrite_str(
        &page,
        RewriteStrSettings::new().append_element_content_handler(element!("title", |title| {
            title.after(&style, ContentType::Html);
            Ok(())
        })),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))
}

/// The page with `content` inside `<div id="app">`, in place of the
/// loading screen (or of an earlier content). An error without that
/// element.
pub fn with_content(html: &str, content: &str) -> Result<String, String> {
    let found = RefCell::new(false);
    let page = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("div#app", |app| {
            *found.borrow_mut() = true;
            app.set_inner_content(content, ContentType::Html);
            Ok(())
        })),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))?;
    if found.into_inner() {
        Ok(page)
    } else {
        Err("pas de <div id=\"app\"> : est-ce bien la page du site ?".to_string())
    }
}

/// The error page written in place of a portfolio with errors, in `lang`:
/// its explanation inside `<div id="app">`, the page's `lang` and the
/// notice without JavaScript in that language.
pub fn with_error_page(html: &str, error: LoadError, lang: Lang) -> Result<String, String> {
    let page = with_content(html, &render_error_page(error, lang))?;
    let without_javascript = render_without_javascript(lang);
    rewrite_str(
        &page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |root| {
                root.set_attribute("lang", lang.code())?;
                Ok(())
            }))
            .append_element_content_handler(element!("body > noscript", |notice| {
                notice.set_inner_content(&without_javascript, ContentType::Html);
                Ok(())
            })),
    )
    .map_err(|e| format!("la page n'a pas pu être écrite : {e}"))
}

/// The head's tags for the portfolio, written after the `<title>`: one
/// description, the OpenGraph and Twitter tags of link previews, and the
/// theme script.
fn head_tags(meta: &PageMeta, theme_script: &str) -> String {
    let image = preview_image(meta);
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    let named = |key: &'static str, value: String| (Some(key), None, value);
    let property = |key: &'static str, value: String| (None, Some(key), value);
    let tags: Vec<(Option<&str>, Option<&str>, String)> = [
        Some(named("description", meta.description.clone())),
        Some(property("og:type", "profile".into())),
        Some(property("og:title", meta.title.clone())),
        Some(property("og:description", meta.description.clone())),
        Some(property("og:locale", meta.language.replace('-', "_"))),
        meta.url.clone().map(|url| property("og:url", url)),
        image.clone().map(|image| property("og:image", image)),
        image
            .as_ref()
            .map(|_| property("og:image:alt", meta.image_alt.clone())),
        Some(named("twitter:card", card.into())),
        image.map(|_| named("twitter:image:alt", meta.image_alt.clone())),
    ]
    .into_iter()
    .flatten()
    .collect();
    let script = theme_script.to_string();
    // Each element alone: a list would leave Leptos's `<!>` markers, which
    // the next rewrite would not find to remove.
    on_the_host().with(|| {
        let mut head: String = tags
            .into_iter()
            // OpenGraph's `property` is not an HTML attribute Leptos knows
            // by name.
            .map(|(name, property, content)| {
                html::meta()
                    .name(name)
                    .attr("property", property)
                    .content(content)
                    .to_html()
            })
            .collect();
        // Checked by `inline_text`'s rule: it holds no `</script`.
        head.push_str(
            &view! { <script data-theme-choice="" inner_html=script></script> }.to_html(),
        );
        head
    })
}

/// A `<style>` holding `css` (checked by [`inline_text`]).
fn style_element(css: &str, media: Option<String>) -> String {
    let css = css.to_string();
    on_the_host().with(|| view! { <style media=media inner_html=css></style> }.to_html())
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

/// The text of the file of `dist` that a link of the page names, when it
/// is one of the build's own files ([`file_name_of_link`]).
fn read_local(dist: &Path, href: &str) -> Option<String> {
    std::fs::read_to_string(dist.join(file_name_of_link(href)?)).ok()
}

/// The name of the build's own file that a link of the page names: Trunk
/// writes them at the top of the site, and the link carries the public
/// URL in front (`/cyberfolio/main-….css`), `./` or nothing. `None` for
/// another host's address or a hidden name.
pub fn file_name_of_link(href: &str) -> Option<&str> {
    if href.contains("//") || href.contains(':') {
        return None;
    }
    let name = href.split(['?', '#']).next()?.rsplit('/').next()?;
    (!name.is_empty() && !name.starts_with('.')).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    /// Trunk's minified output, as `trunk build --release` writes it: no
    /// `<head>` start tag, unquoted attributes, the app's preloads and
    /// marker, the stylesheet and the start script as files.
    const BUILT: &str = "<!doctype html><html class=no-js lang=fr data-theme=light><meta charset=utf-8><meta content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:\" http-equiv=Content-Security-Policy><title>Portfolio BTS SIO — épreuve E5</title><meta content=\"Portfolio BTS SIO : parcours.\" name=description><meta content=\"light dark\" name=color-scheme><link href=/c/main-1a2b.css integrity=sha384-css rel=stylesheet><link href=https://cdn.example/x.css rel=stylesheet><link href=/c/other.js integrity=sha384-o rel=modulepreload><link crossorigin href=/c/app.js integrity=sha384-js rel=modulepreload><link as=fetch crossorigin href=/c/app_bg.wasm integrity=sha384-w+/= rel=preload type=application/wasm><meta data-js=/c/app.js data-wasm=/c/app_bg.wasm name=cyberfolio-app><script data-init integrity=sha384-i src=/c/init-0a1b.js type=module></script></head><body><div id=app><div class=shell role=status><p>Chargement du portfolio…</p></div></div><noscript>…</noscript></body></html>";

    const CSS: &str = "body{color:red}@media (width<=10rem){a{b:c}}\r\n";
    const INIT: &str = "document.documentElement.dataset.ready = \"1\";\n";

    fn files(href: &str) -> Option<String> {
        match href {
            "/c/main-1a2b.css" => Some(CSS.to_string()),
            "/c/init-0a1b.js" => Some(INIT.to_string()),
            _ => None,
        }
    }

    const PORTFOLIO: &str = r#"{
      "basics": { "name": "Zoé \"Z\" <Martin>", "summary": "Réseaux & systèmes. Seconde phrase." },
      "exam": { "portfolioUrl": "https://zoe.example/portfolio/" },
      "site": { "ogImage": "og.png" }
    }"#;

    fn loaded(json: &str) -> Loaded {
        cyberfolio_model::load_str(json).expect("the test portfolio loads")
    }

    fn written() -> String {
        rewrite(BUILT, loaded(PORTFOLIO), files).expect("the page")
    }

    fn all(html: &Html, selector: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("a selector");
        html.select(&selector).map(|e| e.html()).collect()
    }

    /// The text of the first element `selector` matches.
    fn text_of(html: &Html, selector: &str) -> String {
        let selector = Selector::parse(selector).expect("a selector");
        let element = html.select(&selector).next().expect("an element");
        element.text().collect()
    }

    fn attribute(html: &Html, selector: &str, name: &str) -> Option<String> {
        let selector = Selector::parse(selector).expect("a selector");
        let element = html.select(&selector).next()?;
        element.value().attr(name).map(str::to_string)
    }

    fn policy(html: &Html) -> String {
        attribute(html, "meta[http-equiv]", "content").expect("a policy")
    }

    #[test]
    fn the_head_says_what_the_portfolio_is() {
        let page = Html::parse_document(&written());
        assert_eq!(attribute(&page, "html", "lang").as_deref(), Some("fr"));
        assert_eq!(
            attribute(&page, "html", "class").as_deref(),
            Some("no-js"),
            "other attributes stay"
        );
        assert_eq!(
            attribute(&page, "html", "data-theme"),
            None,
            "no theme of its own: the system's"
        );
        assert_eq!(
            text_of(&page, "title"),
            "Zoé \"Z\" <Martin> — Portfolio BTS SIO"
        );
        assert_eq!(
            all(&page, "meta[name=description]").len(),
            1,
            "the old one is gone"
        );
        assert_eq!(
            attribute(&page, "meta[name=description]", "content").as_deref(),
            Some("Réseaux & systèmes.")
        );
        assert_eq!(
            attribute(&page, "meta[property='og:image']", "content").as_deref(),
            Some("https://zoe.example/portfolio/og.png")
        );
        assert_eq!(
            attribute(&page, "meta[name='twitter:card']", "content").as_deref(),
            Some("summary_large_image")
        );
        assert_eq!(
            all(&page, "meta[name=color-scheme]").len(),
            1,
            "other tags stay"
        );
    }

    #[test]
    fn the_content_takes_the_place_of_the_loading_screen() {
        let page = Html::parse_document(&written());
        assert!(all(&page, ".shell").is_empty());
        assert_eq!(all(&page, "#app > [data-prerendered]").len(), 1);
        assert_eq!(all(&page, "#realisations form[data-written]").len(), 1);
        assert_eq!(text_of(&page, "#accueil-titre"), "Zoé \"Z\" <Martin>");
        assert_eq!(
            all(&page, "body > noscript").len(),
            1,
            "the rest of the page stays"
        );
    }

    #[test]
    fn an_english_portfolio_writes_an_english_page_head_to_foot() {
        let english = r#"{
          "basics": { "name": "Zoé Martin" },
          "exam": { "option": "SLAM", "portfolioUrl": "https://zoe.example/portfolio/" },
          "site": { "language": "en-GB", "ogImage": "apercu.png" }
        }"#;
        let page = Html::parse_document(&rewrite(BUILT, loaded(english), files).expect("the page"));
        assert_eq!(attribute(&page, "html", "lang").as_deref(), Some("en-GB"));
        assert_eq!(
            text_of(&page, "title"),
            "Zoé Martin — BTS SIO portfolio SLAM"
        );
        assert_eq!(
            attribute(&page, "meta[property='og:image:alt']", "content").as_deref(),
            Some("Preview of the portfolio of Zoé Martin")
        );
        assert_eq!(
            attribute(&page, "meta[name='twitter:image:alt']", "content").as_deref(),
            Some("Preview of the portfolio of Zoé Martin")
        );
        assert_eq!(
            attribute(&page, "meta[property='og:locale']", "content").as_deref(),
            Some("en_GB")
        );
        let notice = all(&page, "body > noscript").concat();
        assert!(notice.contains("Without JavaScript"), "{notice}");
        assert!(!notice.contains("Sans JavaScript"), "{notice}");
    }

    #[test]
    fn the_error_page_of_an_english_portfolio_is_english() {
        let broken = r#"{ "site": { "language": "en" }, "basics": { "name": 3 } }"#;
        let error = cyberfolio_model::load_str(broken).expect_err("refused");
        let lang = cyberfolio_model::language::language_of_text(broken);
        let page = Html::parse_document(&with_error_page(BUILT, error, lang).expect("the page"));
        assert_eq!(attribute(&page, "html", "lang").as_deref(), Some("en"));
        assert_eq!(text_of(&page, "#app h1"), "The portfolio file has errors");
        assert!(all(&page, "body > noscript")
            .concat()
            .contains("Without JavaScript"));
    }

    #[test]
    fn the_app_is_not_preloaded_and_its_integrities_go_to_the_marker() {
        let page = Html::parse_document(&written());
        assert!(all(&page, "link[href$='.wasm'], link[href='/c/app.js']").is_empty());
        assert_eq!(
            all(&page, "link[href='/c/other.js']").len(),
            1,
            "another module's stays"
        );
        let marker = "meta[name=cyberfolio-app]";
        assert_eq!(
            attribute(&page, marker, "data-wasm-integrity").as_deref(),
            Some("sha384-w+/=")
        );
        assert_eq!(
            attribute(&page, marker, "data-js-integrity").as_deref(),
            Some("sha384-js")
        );
        assert_eq!(
            attribute(&page, marker, "data-js").as_deref(),
            Some("/c/app.js")
        );
    }

    #[test]
    fn the_stylesheet_and_the_start_script_are_inside_and_allowed_by_their_hashes_only() {
        let html = written();
        let page = Html::parse_document(&html);
        let css = "body{color:red}@media (max-width:10rem){a{b:c}}\n";
        assert!(
            html.contains(&format!("<style>{css}</style>")),
            "as the parser reads it"
        );
        assert!(all(&page, "link[href$='main-1a2b.css']").is_empty());
        assert_eq!(
            all(&page, "link[href^='https://cdn']").len(),
            1,
            "not ours: stays"
        );
        assert!(
            html.contains(&format!("<script data-init type=module>{INIT}</script>")),
            "{html}"
        );
        let policy = policy(&page);
        let directive = |name: &str| {
            policy
                .split(';')
                .map(str::trim)
                .find(|d| d.starts_with(name))
                .expect("a directive")
                .to_string()
        };
        assert_eq!(
            directive("style-src"),
            format!("style-src 'self' {}", sha256_source(css))
        );
        assert_eq!(
            directive("script-src"),
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {} {}",
                sha256_source(INIT),
                sha256_source(&theme_script())
            )
        );
        assert!(!policy.contains("unsafe-inline"));
        // A script it cannot read, or whose text would end the element,
        // stays a file.
        let hostile = |href: &str| match href {
            "/c/init-0a1b.js" => Some("x</script><script>alert(1)".to_string()),
            other => files(other),
        };
        let kept = rewrite(BUILT, loaded(PORTFOLIO), hostile).expect("the page");
        assert!(kept.contains("src=/c/init-0a1b.js"));
        assert!(!kept.contains("alert(1)"));
    }

    #[test]
    fn the_theme_script_applies_the_stored_choice_under_the_key_init_js_uses() {
        let page = Html::parse_document(&written());
        assert_eq!(all(&page, "script[data-theme-choice]").len(), 1);
        let init = include_str!("../../../public/init.js");
        let key = format!("const THEME_KEY = \"{THEME_STORAGE_KEY}\";");
        assert!(init.contains(&key), "init.js has {key}");
        assert!(theme_script().contains(&format!("\"{THEME_STORAGE_KEY}\"")));
    }

    #[test]
    fn the_static_shell_says_the_table_s_texts() {
        let template = include_str!("../../../index.html");
        let t = &cyberfolio_model::texts::FRENCH;
        assert!(template.contains(&format!("<p>{}</p>", t.loading)));
        assert!(template.contains(&format!("data-start-failed=\"{}\"", t.app_failed)));
    }

    #[test]
    fn writing_again_gives_the_same_page_and_follows_the_portfolio() {
        let once = written();
        assert_eq!(
            rewrite(&once, loaded(PORTFOLIO), files).as_deref(),
            Ok(once.as_str())
        );
        let dark = loaded(r#"{"basics": {"name": "A"}, "site": {"theme": "dark"}}"#);
        let dark = rewrite(&once, dark, files).expect("the page");
        let page = Html::parse_document(&dark);
        assert_eq!(
            attribute(&page, "html", "data-theme").as_deref(),
            Some("dark")
        );
        assert_eq!(
            attribute(&page, "html", "data-default-theme").as_deref(),
            Some("dark")
        );
        assert!(all(&page, "meta[property='og:image']").is_empty());
        assert_eq!(
            attribute(&page, "meta[name='twitter:card']", "content").as_deref(),
            Some("summary")
        );
        assert_eq!(all(&page, "script[data-theme-choice]").len(), 1);
        // Back to following the system: the attributes go.
        let followed = rewrite(&dark, loaded(PORTFOLIO), files).expect("the page");
        let page = Html::parse_document(&followed);
        assert_eq!(attribute(&page, "html", "data-theme"), None);
        assert_eq!(
            policy(&page)
                .matches(&sha256_source(&theme_script()))
                .count(),
            1
        );
        assert!(rewrite("<p>no page</p>", loaded(PORTFOLIO), files).is_err());
    }

    #[test]
    fn a_page_with_errors_keeps_its_head() {
        let content = "<main class=error-page data-build-errors><h1>Erreurs</h1></main>";
        let page = with_content(BUILT, content).expect("an app element");
        assert!(page.contains("<div id=app><main class=error-page data-build-errors>"));
        assert!(page.contains("<title>Portfolio BTS SIO — épreuve E5</title>"));
        assert!(with_content("<p>no app</p>", content).is_err());
    }

    #[test]
    fn the_preview_image_resolves_as_rfc_3986_says() {
        let meta = |base: Option<&str>, image: &str| PageMeta {
            title: String::new(),
            description: String::new(),
            language: "fr".into(),
            image_alt: String::new(),
            url: base.map(str::to_string),
            image_reference: Some(image.to_string()),
            theme: None,
        };
        let at = |base: Option<&str>, image: &str| preview_image(&meta(base, image));
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
        assert_eq!(at(None, "http://cdn.example/og.png"), None, "not https");
    }
}
