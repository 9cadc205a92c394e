//! The whole page, as the build writes it into `<div id="app">`: skip link,
//! navigation, `<main>` with every section, the footer, and the hidden
//! author panel. A visitor reads all of it as soon as the HTML arrives,
//! with or without the app; the app then mounts the live parts in place of
//! their written copies.

use std::sync::Arc;

use cyberfolio_model::{Diagnostic, Lang, LoadError, Loaded, Tableau};
use leptos::prelude::*;

use crate::edition::Edition;
use crate::sections::about::About;
use crate::sections::accueil::Accueil;
use crate::sections::author_panel::AuthorPanel;
use crate::sections::competences::Competences;
use crate::sections::contact::Contact;
use crate::sections::documents::Documents;
use crate::sections::error_page::BuildErrorPage;
use crate::sections::experiences::Experiences;
use crate::sections::footer::Footer;
use crate::sections::nav::Nav;
use crate::sections::presentation::Presentation;
use crate::sections::realisation_detail::WrittenDetails;
use crate::sections::realisations::{NoScriptNotice, Realisations};
use crate::sections::tableau::TableauSection;
use crate::sections::veille::Veille;
use crate::site::{use_site, Site, SiteData};
use crate::texts::{set_language, texts};
use crate::view_state::UrlState;

/// The page of a valid portfolio, for the site data and the unfiltered
/// view in context, with the validator's `warnings` in the author view. The
/// element carries [`PRERENDERED_ATTRIBUTE`], by which the app finds it.
#[component]
pub fn WrittenPage(warnings: Vec<Diagnostic>) -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let tableau = Tableau::new(p, &site.referential);
    let t = texts();
    view! {
        <div data-prerendered="">
            <a class="skip-link" href="#contenu">{t.skip_link()}</a>
            <Nav/>
            <main id="contenu" tabindex="-1">
                <Accueil/>
                <About/>
                <Competences/>
                {(!p.work.is_empty()).then(|| view! { <Experiences/> })}
                <Realisations/>
                {(!p.realisations.is_empty()).then(|| view! { <WrittenDetails/> })}
                <TableauSection tableau=tableau/>
                {p.tech_watch.clone().map(|watch| view! { <Veille watch=watch/> })}
                {(!p.documents.is_empty()).then(|| view! { <Documents/> })}
                <Contact/>
            </main>
            <Footer/>
            <AuthorPanel warnings=warnings/>
        </div>
    }
}

/// The HTML of [`WrittenPage`] for a loaded portfolio: what the build puts
/// inside `<div id="app">`, for the site without its offline copy.
pub fn render_page(loaded: Loaded) -> String {
    render_page_as(loaded, Edition::default())
}

/// The HTML of [`WrittenPage`] for a loaded portfolio, in `edition`.
pub fn render_page_as(mut loaded: Loaded, edition: Edition) -> String {
    set_language(loaded.portfolio.language());
    let warnings = std::mem::take(&mut loaded.warnings);
    let site: Site = Arc::new(SiteData::new(loaded));
    on_the_host().with(|| {
        provide_context(site);
        provide_context(edition);
        provide_context(UrlState::unfiltered());
        view! { <WrittenPage warnings=warnings/> }.to_html()
    })
}

/// The HTML of the presentation mode ([`Presentation`]) for a loaded
/// portfolio: what the build puts inside `<div id="app">` of
/// `presentation.html`.
pub fn render_presentation(loaded: Loaded) -> String {
    set_language(loaded.portfolio.language());
    let site: Site = Arc::new(SiteData::new(loaded));
    on_the_host().with(|| {
        provide_context(site);
        provide_context(UrlState::unfiltered());
        view! { <Presentation/> }.to_html()
    })
}

/// The HTML of [`NoScriptNotice`] in `lang`, which the build adds to its
/// copy of the réalisations.
pub fn render_noscript_notice(lang: Lang) -> String {
    set_language(lang);
    on_the_host().with(|| view! { <NoScriptNotice/> }.to_html())
}

/// What the page says at its end without JavaScript: the content of
/// `index.html`'s `<noscript>`, which the build writes in the page's
/// language.
#[component]
pub fn WithoutJavaScript() -> impl IntoView {
    let (before, after) = texts().without_javascript();
    view! { <p class="noscript">{before}<a href="data/portfolio.json">"data/portfolio.json"</a>{after}</p> }
}

/// The HTML of [`WithoutJavaScript`] in `lang`.
pub fn render_without_javascript(lang: Lang) -> String {
    set_language(lang);
    on_the_host().with(|| view! { <WithoutJavaScript/> }.to_html())
}

/// The HTML of [`BuildErrorPage`]: what the build puts inside
/// `<div id="app">` when the portfolio has errors, in `lang`.
pub fn render_error_page(error: LoadError, lang: Lang) -> String {
    set_language(lang);
    on_the_host().with(|| view! { <BuildErrorPage error=error/> }.to_html())
}

/// A root owner for rendering on the host: with the server's shared
/// context, as Leptos's own integrations render, so that the live parts
/// know they are not in a browser (their window listeners do nothing).
pub fn on_the_host() -> Owner {
    Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use cyberfolio_model::meta::PRERENDERED_ATTRIBUTE;

    #[test]
    fn the_marker_attribute_is_the_one_the_app_looks_for() {
        let loaded = cyberfolio_model::load_str(r#"{"basics": {"name": "A"}}"#).expect("loads");
        let html = render_page(loaded);
        assert!(
            html.starts_with(&format!("<div {PRERENDERED_ATTRIBUTE}")),
            "{html}"
        );
    }
}
