//! The first screen: name, title, pitch, photo and calls to action.

use cyberfolio_model::meta::{cv_url, hero_label};
use cyberfolio_model::text::first_sentence;
use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;
use crate::texts::texts;

/// The accueil, the page's largest paint: written by the build only.
#[component]
pub fn Accueil() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let name = p.basics.name.clone();
    let t = texts();
    let photo = p.basics.image.clone().map(|src| {
        let alt = format!("{}{name}", t.photo_of());
        view! { <img class="hero-photo" src=src alt=alt width="200" height="200" fetchpriority="high"/> }
    });
    view! {
        <section id="accueil" class="hero" aria-labelledby="accueil-titre">
            <div class="hero-text">
                <p class="eyebrow">{t.eyebrow()}</p>
                <h1 id="accueil-titre">{name}</h1>
                {hero_label(p).map(|label| view! { <p class="hero-label">{label}</p> })}
                {p.basics.summary.as_deref().map(|s| view! { <p class="hero-pitch">{first_sentence(s).to_string()}</p> })}
                <p class="cta">
                    <a class="button primary" href="#realisations">{t.see_realisations()}</a>
                    <a class="button" href="#tableau">{t.see_tableau()}</a>
                    {cv_url(p).map(|cv| view! { <Link href=cv attr:class="button">{t.download_cv()}</Link> })}
                    // The presentation mode, for the candidate's ten minutes
                    // (presentation.html, written beside the page).
                    <a class="button" href="presentation.html">{t.present()}</a>
                </p>
            </div>
            {photo}
        </section>
    }
}
