//! Accueil: who the candidate is, in one screen.

use cyberfolio_model::DocumentKind;
use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;

/// The first screen: name, title, pitch, photo and calls to action.
#[component]
pub fn Hero() -> impl IntoView {
    let site = use_site();
    let basics = site.portfolio.basics.clone();
    let option = site.portfolio.exam.as_ref().and_then(|e| e.option);
    let cv = site
        .portfolio
        .documents
        .iter()
        .find(|d| d.kind == Some(DocumentKind::Cv))
        .map(|d| d.url.clone());
    let label = basics
        .label
        .clone()
        .or_else(|| option.map(|o| format!("Étudiant·e en BTS SIO option {}", o.code())));
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
