//! What the page says about itself: its title, description and language,
//! and the preview shown when its link is shared (OpenGraph).
//!
//! The portfolio's `site` settings (`description`, `ogImage`, `language`)
//! and its public address (`exam.portfolioUrl`) feed it. Link previews on
//! LinkedIn, Discord or a messaging app are built from the HTML as served,
//! without running scripts, so the command line writes these into the
//! built `index.html` (`cyberfolio-build page`); the site sets the same title,
//! language and description once loaded.

use crate::language::Lang;
use crate::portfolio::{DocumentKind, Portfolio, Theme};
use crate::text::first_sentence;
use crate::url::{check_url, UrlCheck};

/// The page's metadata, derived from a portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// `<title>` and `og:title`: « Camille Girard — Portfolio BTS SIO SISR ».
    pub title: String,
    /// The meta description and `og:description`.
    pub description: String,
    /// The `lang` of the page (BCP 47), `fr` unless the portfolio says otherwise.
    pub language: String,
    /// The link-preview image's alternative text (`og:image:alt`).
    pub image_alt: String,
    /// The portfolio's public address (`og:url`), when it is an https URL.
    pub url: Option<String>,
    /// The sharing image (`site.ogImage`) as the portfolio writes it, kept
    /// only when link previews can reach it: an https URL, or a relative
    /// reference with an https [`url`](Self::url) to resolve it against.
    /// The build resolves it (RFC 3986) into the absolute `og:image` that
    /// previews need; the model stays free of a URL library, which would
    /// weigh on the WebAssembly.
    pub image_reference: Option<String>,
    /// The portfolio's own theme (`site.theme`), `light` or `dark`, for the
    /// page's first paint: without it, the system's theme shows until the
    /// app starts. `None` follows the system.
    pub theme: Option<&'static str>,
}

impl PageMeta {
    /// The metadata of a portfolio, with defaults in its language for what
    /// it leaves out.
    pub fn of(portfolio: &Portfolio) -> PageMeta {
        let lang = portfolio.language();
        let texts = lang.wording();
        let name = portfolio.basics.name.trim();
        let exam = portfolio.exam.as_ref();
        let site = portfolio.site.as_ref();
        let option = exam
            .and_then(|e| e.option)
            .map(|o| format!(" {}", o.code()))
            .unwrap_or_default();
        let portfolio_title = texts.portfolio_title();
        let title = if name.is_empty() {
            format!("{portfolio_title}{option}")
        } else {
            format!("{name} — {portfolio_title}{option}")
        };
        let description = site
            .and_then(|s| s.description.as_deref())
            .or(portfolio.basics.summary.as_deref().map(first_sentence))
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| {
                let (before, after) = texts.default_description();
                format!("{before}{name}{after}")
            });
        let language = site
            .and_then(|s| s.language.as_deref())
            .map(str::trim)
            .filter(|l| is_language_tag(l))
            .unwrap_or("fr")
            .to_string();
        let url = exam
            .and_then(|e| e.portfolio_url.as_deref())
            .map(str::trim)
            .filter(|u| is_https(u))
            .map(str::to_string);
        let image_reference = site
            .and_then(|s| s.og_image.as_deref())
            .map(str::trim)
            .filter(|image| is_previewable(image, url.as_deref()))
            .map(str::to_string);
        let theme = match site.and_then(|s| s.theme) {
            Some(Theme::Light) => Some("light"),
            Some(Theme::Dark) => Some("dark"),
            Some(Theme::Auto) | None => None,
        };
        let image_alt = format!("{}{name}", texts.preview_alt());
        PageMeta {
            title,
            description,
            language,
            image_alt,
            url,
            image_reference,
            theme,
        }
    }
}

/// Where the site stores the visitor's theme choice (`dark` or `light`):
/// the theme switch writes it, and the page's first script reads it.
pub const THEME_STORAGE_KEY: &str = "cyberfolio-theme";

/// The attribute of the element that holds the page `cyberfolio-build page`
/// writes into `index.html`; the app finds it there to mount its live
/// parts into it.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// A section of the page: its anchor id and its label in the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionLink {
    /// The element id (`#realisations`).
    pub id: &'static str,
    /// The navigation label.
    pub label: &'static str,
}

/// The sections that have something to show, in page order: the site's
/// navigation, and the one `cyberfolio-build page` writes into the page.
pub fn sections(portfolio: &Portfolio) -> Vec<SectionLink> {
    let lang = portfolio.language();
    let p = portfolio;
    let shown = [
        ("accueil", true),
        ("a-propos", true),
        ("competences", true),
        ("experiences", !p.work.is_empty()),
        ("realisations", true),
        ("tableau", true),
        ("veille", p.tech_watch.is_some()),
        ("documents", !p.documents.is_empty()),
        ("contact", true),
    ];
    // Constants of their own, evaluated at compile time: a copy out of the
    // table at run time would keep all of the table in the wasm.
    const FRENCH: [&str; 9] = crate::texts::FRENCH.section_names;
    const ENGLISH: [&str; 9] = crate::texts::ENGLISH.section_names;
    let names = match lang {
        Lang::French => FRENCH,
        Lang::English => ENGLISH,
    };
    shown
        .into_iter()
        .zip(names)
        .filter(|((_, shown), _)| *shown)
        .map(|((id, _), label)| SectionLink { id, label })
        .collect()
}

/// What the accueil says under the name: the student's own title, or one
/// made from their BTS SIO option.
pub fn hero_label(portfolio: &Portfolio) -> Option<String> {
    let option = portfolio.exam.as_ref().and_then(|e| e.option);
    portfolio.basics.label.clone().or_else(|| {
        let before = portfolio.language().wording().student_of_option();
        option.map(|o| format!("{before}{}", o.code()))
    })
}

/// The CV the accueil offers to download: the first document of kind `cv`.
pub fn cv_url(portfolio: &Portfolio) -> Option<&str> {
    portfolio
        .documents
        .iter()
        .find(|d| d.kind == Some(DocumentKind::Cv))
        .map(|d| d.url.as_str())
}

/// Whether a URL is a safe absolute https URL.
fn is_https(url: &str) -> bool {
    check_url(url) == UrlCheck::Safe && url.to_ascii_lowercase().starts_with("https://")
}

/// Letters, digits and hyphens, as in `fr`, `fr-FR`: anything else is not
/// put in a `lang` attribute (and the validator refuses it).
pub(crate) fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether link previews can show `image`: an https URL, or a relative one
/// resolved against an https page address `base`. The validator warns
/// when they cannot.
pub(crate) fn is_previewable(image: &str, base: Option<&str>) -> bool {
    let relative = check_url(image) == UrlCheck::Safe
        && !image.is_empty()
        && !image.contains(':')
        && !image.starts_with("//");
    is_https(image) || (relative && base.is_some_and(is_https))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::{Exam, SioOption, Site};

    fn portfolio() -> Portfolio {
        let mut p = Portfolio::default();
        p.basics.name = "Camille Girard".into();
        p.basics.summary = Some("Étudiante en BTS SIO. Passionnée de réseaux.".into());
        p
    }

    #[test]
    fn defaults_come_from_the_name_and_the_summary() {
        let meta = PageMeta::of(&portfolio());
        assert_eq!(meta.title, "Camille Girard — Portfolio BTS SIO");
        assert_eq!(meta.description, "Étudiante en BTS SIO.");
        assert_eq!(meta.language, "fr");
        assert_eq!((meta.url, meta.image_reference), (None, None));
    }

    #[test]
    fn site_settings_and_the_public_address_are_used() {
        let mut p = portfolio();
        p.exam = Some(Exam {
            option: Some(SioOption::Sisr),
            portfolio_url: Some("https://camille.github.io/portfolio/".into()),
            ..Exam::default()
        });
        p.site = Some(Site {
            description: Some("Mon portfolio.".into()),
            og_image: Some("documents/og-image.png".into()),
            language: Some("fr-FR".into()),
            ..Site::default()
        });
        let meta = PageMeta::of(&p);
        assert_eq!(meta.title, "Camille Girard — Portfolio BTS SIO SISR");
        assert_eq!(meta.description, "Mon portfolio.");
        assert_eq!(meta.language, "fr-FR");
        assert_eq!(
            meta.url.as_deref(),
            Some("https://camille.github.io/portfolio/")
        );
        assert_eq!(
            meta.image_reference.as_deref(),
            Some("documents/og-image.png")
        );
    }

    #[test]
    fn the_validator_warns_of_an_image_previews_cannot_reach() {
        let warned = |p: &Portfolio| {
            crate::validate::validate(p, &crate::Referential::bts_sio(), crate::Lang::French)
                .iter()
                .any(|d| {
                    d.path.to_string() == "site.ogImage"
                        && !d.is_error()
                        && d.message.contains("aperçus de lien")
                })
        };
        let mut p = portfolio();
        p.site = Some(Site {
            og_image: Some("documents/og.png".into()),
            ..Site::default()
        });
        // The validator warns exactly when the page would have no image.
        for address in [
            None,
            Some("https://zoe.example/p/"),
            Some("http://zoe.example/"),
        ] {
            for image in [
                "documents/og.png",
                "/og.png",
                "https://cdn.example/og.png",
                "http://x.example/og.png",
                "//x.example/og.png",
            ] {
                p.exam = Some(Exam {
                    portfolio_url: address.map(str::to_string),
                    ..Exam::default()
                });
                p.site = Some(Site {
                    og_image: Some(image.into()),
                    ..Site::default()
                });
                assert_eq!(
                    warned(&p),
                    PageMeta::of(&p).image_reference.is_none(),
                    "{image} at {address:?}"
                );
            }
        }
    }

    #[test]
    fn language_tags_are_letters_digits_and_hyphens() {
        assert!(is_language_tag("fr-FR"));
        assert!(!is_language_tag("fr\" onload=\"x"));
    }
}
