//! The one page: skip link, navigation, every section, footer, and the
//! réalisation detail view above it all.

use leptos::prelude::*;

use crate::browser;
use crate::sections::{
    about::About, author::AuthorPanel, competences::Competences, contact::ContactSection,
    detail::Detail, documents::DocumentsSection, experiences::Experiences, footer::Footer,
    hero::Hero, nav::Nav, realisations::Realisations, tableau::TableauSection, veille::Veille,
};
use crate::site::{Site, SiteData};
use crate::view_state::UrlState;

/// A section of the page: its anchor id and its label in the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionLink {
    /// The element id (`#realisations`).
    pub id: &'static str,
    /// The navigation label.
    pub label: &'static str,
}

/// The sections that have something to show, in page order.
pub fn sections(site: &SiteData) -> Vec<SectionLink> {
    let p = &site.portfolio;
    let has_experience = !p.work.is_empty();
    let has_watch = p.tech_watch.is_some();
    let has_documents = !p.documents.is_empty();
    [
        ("accueil", "Accueil", true),
        ("a-propos", "À propos", true),
        ("competences", "Compétences", true),
        ("experiences", "Expériences", has_experience),
        ("realisations", "Réalisations", true),
        ("tableau", "Tableau de synthèse", true),
        ("veille", "Veille", has_watch),
        ("documents", "Documents", has_documents),
        ("contact", "Contact", true),
    ]
    .into_iter()
    .filter(|(_, _, shown)| *shown)
    .map(|(id, label, _)| SectionLink { id, label })
    .collect()
}

/// The loaded portfolio, with the site data and the URL state in context.
#[component]
pub fn Page(site: Site) -> impl IntoView {
    let url = UrlState::install(site.referential.clone());
    provide_context(site.clone());
    provide_context(url);
    let p = &site.portfolio;
    let (has_work, has_watch, has_documents) = (
        !p.work.is_empty(),
        p.tech_watch.is_some(),
        !p.documents.is_empty(),
    );
    // The first task renders what a phone shows first (nav, accueil); the
    // other sections follow in the next task, so the accueil paints sooner
    // and the main thread is not blocked by the whole page at once.
    let rest = RwSignal::new(false);
    set_timeout(move || rest.set(true), std::time::Duration::ZERO);
    // A shared link such as `?c=B1.4#realisations` names a section that did
    // not exist when the browser looked for it: scroll to it once rendered.
    Effect::new(move |_| {
        if rest.get() {
            request_animation_frame(|| {
                let hash = browser::location_hash();
                if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
                    browser::scroll_to_id(id);
                }
            });
        }
    });
    view! {
        <a class="skip-link" href="#contenu">"Aller au contenu"</a>
        <Nav/>
        <main id="contenu" tabindex="-1">
            <Hero/>
            <Show when=move || rest.get()>
                <About/>
                <Competences/>
                {has_work.then(|| view! { <Experiences/> })}
                <Realisations/>
                <TableauSection/>
                {has_watch.then(|| view! { <Veille/> })}
                {has_documents.then(|| view! { <DocumentsSection/> })}
                <ContactSection/>
            </Show>
        </main>
        <Show when=move || rest.get()>
            <Footer/>
        </Show>
        <Detail/>
        <Show when=move || url.with(|s| s.author)>
            <AuthorPanel/>
        </Show>
    }
}
