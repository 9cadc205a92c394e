//! `presentation.html`: the presentation mode's page, written beside the
//! site's page from the same app page (head, theme, stylesheet, policy),
//! with the slides of `cyberfolio-ui` ([`render_presentation`]) in place of
//! the written page, and its own script and stylesheet inside it, each
//! allowed by its hash, in place of the app's: the slides need no wasm.
//!
//! Its links to the site's views (a competency's réalisations from a
//! detail, « Quitter ») lead to the site's page, `./` on a host and
//! `index.html` in the offline copy, which is opened from a folder.

use cyberfolio_model::Loaded;
use cyberfolio_ui::edition::Edition;
use cyberfolio_ui::page::render_presentation;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::inline::{inline_text, sha256_source, with_hashes};
use crate::offline::offline_policy;
use crate::page::{rewrite_as, theme_script};

/// The page's file, beside `index.html`.
pub const PRESENTATION_PAGE: &str = "presentation.html";

/// The presentation's script (keys, swipe, address, timer).
const SCRIPT: &str = include_str!("presentation.js");

/// The presentation's stylesheet, after the site's.
const STYLE: &str = include_str!("presentation.css");

/// The attribute of `<html>` that says the page is the presentation.
pub const PRESENTATION_ATTRIBUTE: &str = "data-presentation";

/// The presentation page of `loaded`, from the page Trunk built (`html`)
/// and the app's files (`read`), for the site (`offline`: for the offline
/// copy, opened from a folder).
pub fn presentation_page(
    html: &str,
    loaded: Loaded,
    read: impl Fn(&str) -> Option<String>,
    offline: bool,
) -> Result<String, String> {
    let lang = loaded.portfolio.language();
    let title = format!(
        "{}{}",
        lang.texts().presentation_of,
        loaded.portfolio.basics.name
    );
    // Its links to the site's views lead to the site's page.
    let site = if offline { "index.html" } else { "./" };
    let slides = rewrite_str(
        &render_presentation(loaded.clone()),
        RewriteStrSettings::new().append_element_content_handler(element!("a[href]", |link| {
            let href = link.get_attribute("href").unwrap_or_default();
            if href == "./" {
                link.set_attribute("href", site)?;
            } else if href.starts_with('?') && !href.starts_with("?presentation") {
                link.set_attribute("href", &format!("{site}{href}"))?;
            }
            Ok(())
        })),
    )
    .map_err(|e| format!("la page de présentation n'a pas pu être écrite : {e}"))?;
    let edition = if offline {
        Edition::Offline
    } else {
        Edition::Online { archive: false }
    };
    let page = rewrite_as(html, loaded, edition, read)?;
    let script = inline_text(SCRIPT, "script").ok_or("le script de la présentation")?;
    let style = inline_text(STYLE, "style").ok_or("la feuille de la présentation")?;
    let scripts = [sha256_source(&theme_script()), sha256_source(&script)];
    let style_hash = sha256_source(&style);
    let placed = std::cell::Cell::new(false);
    rewrite_str(
        &page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |root| {
                root.set_attribute(PRESENTATION_ATTRIBUTE, "")?;
                if offline {
                    root.set_attribute(crate::offline::OFFLINE_ATTRIBUTE, "")?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("title", |element| {
                element.set_inner_content(&title, ContentType::Text);
                Ok(())
            }))
            // After the site's stylesheet, whose rules it adjusts (its
            // `@page` first).
            .append_element_content_handler(element!("style", |element| {
                if !placed.replace(true) {
                    element.after(
                        &format!("<style data-presentation-style>{style}</style>"),
                        ContentType::Html,
                    );
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta", |tag| {
                let name = tag.get_attribute("name").unwrap_or_default();
                let policy = tag
                    .get_attribute("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
                if name == crate::site::APP_MARKER {
                    tag.remove();
                } else if policy {
                    let content = tag.get_attribute("content").unwrap_or_default();
                    let content = only_scripts(&content, &scripts);
                    let content =
                        with_hashes(&content, "style-src", std::slice::from_ref(&style_hash));
                    let content = if offline {
                        offline_policy(&content)
                    } else {
                        content.replace("connect-src 'self'", "connect-src 'none'")
                    };
                    tag.set_attribute("content", &content)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("script[data-init]", |element| {
                element.set_inner_content(&script, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("div#app", |app| {
                app.set_inner_content(&slides, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("body > noscript", |notice| {
                notice.remove();
                Ok(())
            })),
    )
    .map_err(|e| format!("la page de présentation n'a pas pu être écrite : {e}"))
}

/// `policy` with its `script-src` allowing `'self'` and `hashes` only: the
/// app's start script and its wasm are not in this page.
fn only_scripts(policy: &str, hashes: &[String]) -> String {
    policy
        .split(';')
        .map(str::trim)
        .filter(|directive| !directive.is_empty())
        .map(|directive| {
            if directive.split_whitespace().next() == Some("script-src") {
                format!("script-src 'self' {}", hashes.join(" "))
            } else {
                directive.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_the_theme_and_the_presentation_scripts_only() {
        let policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-init' 'sha256-theme'; style-src 'self'";
        assert_eq!(
            only_scripts(policy, &["'sha256-theme'".into(), "'sha256-deck'".into()]),
            "default-src 'self'; script-src 'self' 'sha256-theme' 'sha256-deck'; style-src 'self'"
        );
    }
}
