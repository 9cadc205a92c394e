//! Documents: CV, internship certificates, certifications.

use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;
use crate::texts::{language, texts};

/// The section « Documents » (the page leaves it out when there are none).
#[component]
pub fn Documents() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let items = p
        .documents
        .iter()
        .map(|d| {
            let work = d
                .work
                .as_ref()
                .and_then(|id| p.work.iter().find(|w| w.id.as_ref() == Some(id)))
                .map(|w| w.name.as_str())
                .filter(|name| !d.title.contains(name))
                .map(|name| format!(" — {name}"));
            let title = d.title.clone();
            view! {
                <li>
                    {d.kind.map(|k| view! { <span class="tag">{k.label(language())}</span>" " })}
                    <Link href=d.url.clone()>{title}</Link>
                    {work}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="documents" aria-labelledby="documents-titre">
            <h2 id="documents-titre">{texts().documents()}</h2>
            <ul class="documents">{items}</ul>
        </section>
    }
}
