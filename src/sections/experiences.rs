//! Expériences: internships and jobs, with their réalisations and
//! certificates.

use cyberfolio_model::{DocumentKind, WorkKind};
use leptos::prelude::*;

use crate::format::period;
use crate::rich_text::Link;
use crate::sections::realisations::OpenLink;
use crate::site::use_site;

/// The internships and jobs as a timeline.
#[component]
pub fn Experiences() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    view! {
        <section id="experiences" aria-labelledby="experiences-titre">
            <h2 id="experiences-titre">"Expériences"</h2>
            <ol class="timeline experiences">
                {p
                    .work
                    .iter()
                    .map(|w| {
                        let realisations: Vec<(String, String)> = p
                            .realisations
                            .iter()
                            .filter(|r| w.id.is_some() && r.work == w.id)
                            .map(|r| (r.id.clone(), r.name.clone()))
                            .collect();
                        let certificate = p
                            .documents
                            .iter()
                            .find(|d| d.kind == Some(DocumentKind::Certificate) && w.id.is_some() && d.work == w.id)
                            .map(|d| d.url.clone());
                        let kind = w.kind.unwrap_or(WorkKind::Job).label();
                        view! {
                            <li>
                                <p class="timeline-when">{period(w.start_date, w.end_date)}</p>
                                <h3>
                                    <span class="tag">{kind}</span>
                                    " "
                                    {w.position.clone().unwrap_or_else(|| kind.to_string())}
                                    " — "
                                    {w.name.clone()}
                                </h3>
                                {w.location.clone().map(|l| view! { <p class="timeline-where">{l}</p> })}
                                {w.description.clone().map(|d| view! { <p class="note">{d}</p> })}
                                {w.summary.clone().map(|s| view! { <p>{s}</p> })}
                                {(!w.highlights.is_empty()).then(|| view! { <ul>{w.highlights.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul> })}
                                {(!realisations.is_empty()).then(|| {
                                    view! {
                                        <p class="linked">
                                            "Réalisations\u{a0}: "
                                            {realisations
                                                .into_iter()
                                                .enumerate()
                                                .map(|(i, (id, name))| view! { {(i > 0).then_some(", ")} <OpenLink id=id label=name/> })
                                                .collect_view()}
                                        </p>
                                    }
                                })}
                                {certificate.map(|url| view! { <p><Link href=url>"Attestation de stage"</Link></p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
