//! The footer, with the mentions légales required of a French website.

use leptos::prelude::*;

use crate::site::use_site;

/// The footer of the page.
#[component]
pub fn Footer() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let host = p
        .site
        .as_ref()
        .and_then(|s| s.host.clone())
        .unwrap_or_else(|| "GitHub Pages (GitHub Inc., San Francisco, États-Unis)".to_string());
    let publisher = match &p.basics.email {
        Some(email) => format!("{}, {email}", p.basics.name),
        None => p.basics.name.clone(),
    };
    view! {
        <footer class="site-footer">
            <h2 class="visually-hidden">"Pied de page"</h2>
            <details>
                <summary>"Mentions légales"</summary>
                <p>"Éditeur et directeur de la publication\u{a0}: "{publisher}"."</p>
                <p>"Hébergeur\u{a0}: "{host}"."</p>
                <p>"Ce site ne dépose aucun cookie et ne collecte aucune donnée personnelle\u{a0}; le thème choisi est mémorisé dans votre navigateur uniquement."</p>
            </details>
            <p>"Portfolio réalisé avec Cyberfolio, pour l'épreuve E5 du BTS SIO."</p>
        </footer>
    }
}
