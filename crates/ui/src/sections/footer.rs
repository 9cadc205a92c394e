//! The footer, with the mentions légales required of a French website.

use leptos::prelude::*;

use crate::site::use_site;
use crate::texts::texts;

/// The footer of the page.
#[component]
pub fn Footer() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let t = texts();
    let host = p
        .site
        .as_ref()
        .and_then(|s| s.host.clone())
        .unwrap_or_else(|| t.default_host().to_string());
    let publisher = match &p.basics.email {
        Some(email) => format!("{}, {email}", p.basics.name),
        None => p.basics.name.clone(),
    };
    view! {
        <footer class="site-footer">
            <h2 class="visually-hidden">{t.footer()}</h2>
            <details>
                <summary>{t.legal()}</summary>
                <p>{t.publisher()}{publisher}"."</p>
                <p>{t.host()}{host}"."</p>
                <p>{t.privacy()}</p>
            </details>
            <p>{t.made_with()}</p>
        </footer>
    }
}
