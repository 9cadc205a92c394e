//! `presentation.html`: the presentation mode's page, written beside the
//! site's page from it (head, theme, stylesheet, policy),
//! with the slides of `cyberfolio-ui` ([`render_presentation`]) in place of
//! the written page, and its own script and stylesheet inside it, each
//! allowed by its hash, in place of the app's: the slides need no wasm.
//!
//! Its links to the site's views (a competency's réalisations from a
//! detail, « Quitter ») lead to the site's page, `./` on a host and
//! `index.html` in the offline copy, which is opened from a folder.

use cyberfolio_model::Loaded;
use cyberfolio_ui::page::render_presentation;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::inline::{inline_text, sha256_source};
use crate::offline::{offline_policy, OFFLINE_ATTRIBUTE};
use crate::page::{theme_script, without_app};

/// The page's file, beside `index.html`.
pub const PRESENTATION_PAGE: &str = "presentation.html";

/// The presentation's script (keys, swipe, address, timer).
const SCRIPT: &str = include_str!("presentation.js");

/// The presentation's stylesheet, after the site's.
const STYLE: &str = include_str!("presentation.css");

/// The attribute of `<html>` that says the page is the presentation.
pub const PRESENTATION_ATTRIBUTE: &str = "data-presentation";

/// The presentation's pages of `loaded`, for the site and for the offline
/// copy, from the site's written page (`site_page`, before `--base`): its
/// head, theme and stylesheet are the presentation's too. The slides are
/// rendered once.
pub fn presentation_pages(site_page: &str, loaded: Loaded) -> Result<(String, String), String> {
    let title = format!(
        "{}{}",
        loaded.portfolio.language().texts().presentation_of,
        loaded.portfolio.basics.name
    );
    let slides = render_presentation(loaded);
    Ok((
        presentation_page(site_page, &slides, &title, false)?,
        presentation_page(site_page, &slides, &title, true)?,
    ))
}

/// The presentation's page from the site's, with `slides` in place of the
/// written page (`offline`: for the offline copy, opened from a folder).
fn presentation_page(
    site_page: &str,
    slides: &str,
    title: &str,
    offline: bool,
) -> Result<String, String> {
    let fail =
        |e: &dyn std::fmt::Display| format!("la page de présentation n'a pas pu être écrite : {e}");
    // Its links to the site's views lead to the site's page.
    let site = if offline { "index.html" } else { "./" };
    let slides = rewrite_str(
        slides,
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
    .map_err(|e| fail(&e))?;
    let script = inline_text(SCRIPT, "script").ok_or("le script de la présentation")?;
    let scripts = [sha256_source(&theme_script()), sha256_source(&script)];
    let attributes: &[&str] = if offline {
        &[PRESENTATION_ATTRIBUTE, OFFLINE_ATTRIBUTE]
    } else {
        &[PRESENTATION_ATTRIBUTE]
    };
    let page = without_app(site_page, attributes, STYLE, |policy| {
        let policy = only_scripts(policy, &scripts);
        if offline {
            offline_policy(&policy)
        } else {
            policy.replace("connect-src 'self'", "connect-src 'none'")
        }
    })?;
    rewrite_str(
        &page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("title", |element| {
                element.set_inner_content(title, ContentType::Text);
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
    .map_err(|e| fail(&e))
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
