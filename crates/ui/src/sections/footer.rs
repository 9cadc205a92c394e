//! The footer, with the mentions légales required of a French website.

use cyberfolio_model::url::full_web_address;
use leptos::prelude::*;

use crate::edition::{edition, Edition, OFFLINE_ARCHIVE};
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
    // The offline copy: a link to it from the site, and in it, where the
    // site is.
    let copy = match edition() {
        Edition::Online { archive: true } => Some(
            view! { <p class="no-print"><a href=OFFLINE_ARCHIVE download="">{t.offline_download()}</a>{t.offline_download_hint()}</p> }
                .into_any(),
        ),
        Edition::Online { archive: false } => None,
        Edition::Offline => Some(match published_address(&site) {
            Some(address) => view! { <p>{t.offline_copy_of()}{address}"."</p> }.into_any(),
            None => view! { <p>{t.offline_copy()}</p> }.into_any(),
        }),
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
            {copy}
            <p>{t.made_with()}</p>
        </footer>
    }
}

/// The published site's address as a link (`exam.portfolioUrl`, when it is
/// a full address), or as text.
fn published_address(site: &crate::site::Site) -> Option<AnyView> {
    let address = site.portfolio.exam.as_ref()?.portfolio_url.as_deref()?;
    Some(match full_web_address(address) {
        Some(full) => view! { <a href=full.to_string()>{full.to_string()}</a> }.into_any(),
        None => address.trim().to_string().into_any(),
    })
}
