//! Documents: CV, internship certificates, certifications.

use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;

/// The downloadable documents of the dossier.
#[component]
pub fn DocumentsSection() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    view! {
        <section id="documents" aria-labelledby="documents-titre">
            <h2 id="documents-titre">"Documents"</h2>
            <ul class="documents">
                {p
                    .documents
                    .iter()
                    .map(|d| {
                        let work = d.work.as_ref().and_then(|id| p.work.iter().find(|w| w.id.as_ref() == Some(id))).map(|w| w.name.clone());
                        let title = d.title.clone();
                        view! {
                            <li>
                                {d.kind.map(|k| view! { <span class="tag">{k.label()}</span> " " })}
                                <Link href=d.url.clone()>{title}</Link>
                                {work.filter(|w| !d.title.contains(w.as_str())).map(|w| format!(" — {w}"))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
