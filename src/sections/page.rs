//! The one page: skip link, navigation, every section, footer, and the
//! réalisation detail view above it all.

use leptos::prelude::*;

use crate::browser;
use crate::sections::{
    about::About, author::AuthorPanel, competences::Competences, contact::ContactSection,
    detail::Detail, documents::DocumentsSection, experiences::Experiences, footer::Footer,
    hero::Hero, nav::Nav, realisations::Realisations, tableau::TableauSection, veille::Veille,
};
use crate::site::Site;
use crate::view_state::{UrlState, REALISATIONS_ID};

/// The render stage at which every section is on the page.
const LAST_STAGE: u8 = 7;

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
    // other sections follow, one per task, so the accueil paints sooner and
    // no single task blocks the main thread for long (on a phone, one task
    // for the whole page was a long task of 300 ms).
    let stage = RwSignal::new(0u8);
    Effect::new(move |_| {
        let current = stage.get();
        if current == 0 {
            // The accueil written into the page by `cyberfolio meta` gives
            // way to the live one, in the task that rendered it.
            browser::remove_prerendered();
        }
        if current < LAST_STAGE {
            set_timeout(move || stage.set(current + 1), std::time::Duration::ZERO);
        } else {
            // A shared link such as `?c=B1.4#realisations` names a section
            // that did not exist when the browser looked for it: scroll to
            // it once everything is rendered. A filter without an anchor
            // (a link written by hand, or from before filtered views had
            // one) shows its results too.
            let filtered = url.with_untracked(|s| !s.filter.is_empty());
            request_animation_frame(move || {
                let hash = browser::location_hash();
                match hash.strip_prefix('#').filter(|id| !id.is_empty()) {
                    Some(id) => browser::scroll_to_id(id),
                    None if filtered => browser::scroll_to_id(REALISATIONS_ID),
                    None => {}
                }
            });
        }
    });
    let from = move |n: u8| move || stage.get() >= n;
    // Each stage's children are one `AnyView` (a section is one already,
    // under `--cfg erase_components`, see .cargo/config.toml):
    // with the same condition type, the stages then share one `Show`
    // instantiation, which made the wasm 1,367 bytes gzip smaller.
    view! {
        <a class="skip-link" href="#contenu">"Aller au contenu"</a>
        <Nav/>
        <main id="contenu" tabindex="-1">
            <Hero/>
            <Show when=from(1)>
                <About/>
            </Show>
            <Show when=from(2)>
                <Competences/>
            </Show>
            <Show when=from(3)>
                {has_work.then(|| view! { <Experiences/> }).into_any()}
            </Show>
            <Show when=from(4)>
                <Realisations/>
            </Show>
            <Show when=from(5)>
                <TableauSection/>
            </Show>
            <Show when=from(6)>
                {view! {
                    {has_watch.then(|| view! { <Veille/> })}
                    {has_documents.then(|| view! { <DocumentsSection/> })}
                }
                    .into_any()}
            </Show>
            <Show when=from(7)>
                <ContactSection/>
            </Show>
        </main>
        // The detail view and the author's panel are not needed for the
        // first paint: they come with the footer, in the last task.
        <Show when=from(LAST_STAGE)>
            {view! {
                <Footer/>
                <Detail/>
                <Show when=move || url.with(|s| s.author)>
                    <AuthorPanel/>
                </Show>
            }
                .into_any()}
        </Show>
    }
}
