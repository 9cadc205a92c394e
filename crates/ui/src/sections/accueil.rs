//! The first screen: name, title, pitch, photo and calls to action.

use cyberfolio_model::meta::{cv_url, hero_label};
use cyberfolio_model::text::first_sentence;
use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;

/// The accueil, the page's largest paint: written by the build only.
#[component]
pub fn Accueil() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let name = p.basics.name.clone();
    let photo = p.basics.image.clone().map(|src| {
        let alt = format!("Photo de {name}");
        view! { <img class="hero-photo" src=src alt=alt width="200" height="200" fetchpriority="high"/> }
    });
    view! {
        <section id="accueil" class="hero" aria-labelledby="accueil-titre">
            <div class="hero-text">
                <p class="eyebrow">"Portfolio BTS SIO"</p>
                <h1 id="accueil-titre">{name}</h1>
                {hero_label(p).map(|label| view! { <p class="hero-label">{label}</p> })}
                {p.basics.summary.as_deref().map(|s| view! { <p class="hero-pitch">{first_sentence(s).to_string()}</p> })}
                <p class="cta">
                    <a class="button primary" href="#realisations">"Voir mes réalisations"</a>
                    <a class="button" href="#tableau">"Tableau de synthèse"</a>
                    {cv_url(p).map(|cv| view! { <Link href=cv attr:class="button">"Télécharger mon CV"</Link> })}
                </p>
            </div>
            {photo}
        </section>
    }
}
