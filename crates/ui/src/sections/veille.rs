//! Veille technologique: subject, method, tools, sources and articles.

use cyberfolio_model::TechWatch;
use leptos::prelude::*;

use super::who_and_when;
use crate::rich_text::{LinkOrText, RichText};
use crate::texts::texts;

/// The section « Veille technologique » (the page leaves it out when the
/// portfolio has none).
#[component]
pub fn Veille(watch: TechWatch) -> impl IntoView {
    let t = texts();
    let tools = (!watch.tools.is_empty()).then(|| {
        view! {
            <h3>{t.tools()}</h3>
            <ul class="badges">{watch.tools.iter().map(|t| view! { <li class="badge">{t.clone()}</li> }).collect_view()}</ul>
        }
    });
    let sources = (!watch.sources.is_empty()).then(|| {
        let items = watch
            .sources
            .iter()
            .map(|s| view! { <li><LinkOrText href=s.url.clone() text=s.name.clone()/></li> })
            .collect_view();
        view! { <h3>{t.sources()}</h3><ul>{items}</ul> }
    });
    let articles = (!watch.articles.is_empty()).then(|| {
        let items = watch
            .articles
            .iter()
            .map(|a| {
                let meta = who_and_when(a.source.as_deref(), a.date);
                view! {
                    <li class="card">
                        <h4><LinkOrText href=a.url.clone() text=a.title.clone()/></h4>
                        {(!meta.is_empty()).then(|| view! { <p class="meta">{meta}</p> })}
                        {a.summary.clone().map(|s| view! { <RichText text=s/> })}
                    </li>
                }
            })
            .collect_view();
        view! { <h3>{t.articles()}</h3><ul class="articles">{items}</ul> }
    });
    view! {
        <section id="veille" aria-labelledby="veille-titre">
            <h2 id="veille-titre">{t.veille()}</h2>
            <p class="lead">{watch.subject.clone()}</p>
            {watch.introduction.clone().map(|t| view! { <RichText text=t/> })}
            <div class="two-columns">
                {watch.method.clone().map(|m| view! { <div><h3>{t.method()}</h3><RichText text=m/></div> })}
                <div>{tools}{sources}</div>
            </div>
            {articles}
        </section>
    }
}
