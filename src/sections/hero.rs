//! Accueil: who the candidate is, in one screen.

use cyberfolio_model::meta::{cv_url, hero_label};
use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;

/// The first screen: name, title, pitch, photo and calls to action.
/// `cyberfolio meta` writes the same markup into the built page (keep the
/// two alike: the e2e test `the_accueil_is_served_and_stays_in_place`
/// checks that the live one takes the place of the written one).
#[component]
pub fn Hero() -> impl IntoView {
    let site = use_site();
    let basics = site.portfolio.basics.clone();
    let cv = cv_url(&site.portfolio).map(str::to_string);
    let label = hero_label(&site.portfolio);
    view! {
        <section id="accueil" class="hero" aria-labelledby="accueil-titre">
            <div class="hero-text">
                <p class="eyebrow">"Portfolio BTS SIO"</p>
                <h1 id="accueil-titre">{basics.name.clone()}</h1>
                {label.map(|l| view! { <p class="hero-label">{l}</p> })}
                {basics.summary.as_deref().map(|s| view! { <p class="hero-pitch">{cyberfolio_model::text::first_sentence(s).to_string()}</p> })}
                <p class="cta">
                    <a class="button primary" href="#realisations">"Voir mes réalisations"</a>
                    <a class="button" href="#tableau">"Tableau de synthèse"</a>
                    {cv.map(|url| view! { <Link href=url class="button">"Télécharger mon CV"</Link> })}
                </p>
            </div>
            {basics.image.clone().map(|src| {
                view! {
                    <img class="hero-photo" src=src alt=format!("Photo de {}", basics.name) width="200" height="200" fetchpriority="high"/>
                }
            })}
        </section>
    }
}
