//! Expériences: internships and jobs, with their réalisations and
//! certificates.

use cyberfolio_model::date::period;
use cyberfolio_model::{DocumentKind, Portfolio, Work, WorkKind};
use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;
use crate::texts::{language, texts};
use crate::view_links::OpenLink;

/// The section « Expériences » (the page leaves it out when there is no
/// work to show).
#[component]
pub fn Experiences() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let items = p.work.iter().map(|w| experience(p, w)).collect_view();
    let t = texts();
    view! {
        <section id="experiences" aria-labelledby="experiences-titre">
            <h2 id="experiences-titre">{t.experiences()}</h2>
            <ol class="timeline experiences">{items}</ol>
        </section>
    }
}

/// One internship or job.
fn experience(p: &Portfolio, w: &Work) -> impl IntoView {
    let t = texts();
    let kind = w.kind.unwrap_or(WorkKind::Job).label(language());
    let title = format!("{} — {}", w.position.as_deref().unwrap_or(kind), w.name);
    let linked: Vec<_> = p
        .realisations
        .iter()
        .filter(|r| w.id.is_some() && r.work == w.id)
        .enumerate()
        .map(|(i, r)| view! { {(i > 0).then_some(", ")}<OpenLink id=r.id.clone() label=r.name.clone()/> })
        .collect();
    let realisations = (!linked.is_empty())
        .then(|| view! { <p class="linked">{t.its_realisations()}{linked}</p> });
    let certificate = p
        .documents
        .iter()
        .find(|d| d.kind == Some(DocumentKind::Certificate) && w.id.is_some() && d.work == w.id)
        .map(|d| view! { <p><Link href=d.url.clone()>{t.certificate()}</Link></p> });
    let highlights = (!w.highlights.is_empty()).then(|| {
        view! { <ul>{w.highlights.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul> }
    });
    view! {
        <li>
            <p class="timeline-when">{period(w.start_date, w.end_date, language())}</p>
            <h3><span class="tag">{kind}</span>" "{title}</h3>
            {w.location.clone().map(|l| view! { <p class="timeline-where">{l}</p> })}
            {w.description.clone().map(|d| view! { <p class="note">{d}</p> })}
            {w.summary.clone().map(|s| view! { <p>{s}</p> })}
            {highlights}
            {realisations}
            {certificate}
        </li>
    }
}
