//! Veille technologique: subject, method, tools, sources and articles.

use leptos::prelude::*;

use crate::rich_text::{Link, RichText};
use crate::site::use_site;

/// The veille section (only rendered when the portfolio has one).
#[component]
pub fn Veille() -> impl IntoView {
    let site = use_site();
    let watch = site.portfolio.tech_watch.clone().unwrap_or_default();
    view! {
        <section id="veille" aria-labelledby="veille-titre">
            <h2 id="veille-titre">"Veille technologique"</h2>
            <p class="lead">{watch.subject.clone()}</p>
            {watch.introduction.clone().map(|t| view! { <RichText text=t/> })}
            <div class="two-columns">
                {watch.method.clone().map(|t| view! { <div><h3>"Méthode"</h3> <RichText text=t/></div> })}
                <div>
                    {(!watch.tools.is_empty()).then(|| view! { <h3>"Outils"</h3> <ul class="badges">{watch.tools.iter().map(|t| view! { <li class="badge">{t.clone()}</li> }).collect_view()}</ul> })}
                    {(!watch.sources.is_empty()).then(|| {
                        view! {
                            <h3>"Sources"</h3>
                            <ul>
                                {watch
                                    .sources
                                    .iter()
                                    .map(|s| {
                                        let name = s.name.clone();
                                        view! {
                                            <li>
                                                {match s.url.clone() {
                                                    Some(url) => view! { <Link href=url>{name}</Link> }.into_any(),
                                                    None => name.into_any(),
                                                }}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                </div>
            </div>
            {(!watch.articles.is_empty()).then(|| {
                view! {
                    <h3>"Articles"</h3>
                    <ul class="articles">
                        {watch
                            .articles
                            .iter()
                            .map(|a| {
                                let title = a.title.clone();
                                let meta = [a.source.clone(), a.date.map(|d| d.french())].into_iter().flatten().collect::<Vec<_>>().join(", ");
                                view! {
                                    <li class="card">
                                        <h4>
                                            {match a.url.clone() {
                                                Some(url) => view! { <Link href=url>{title}</Link> }.into_any(),
                                                None => title.into_any(),
                                            }}
                                        </h4>
                                        {(!meta.is_empty()).then(|| view! { <p class="meta">{meta}</p> })}
                                        {a.summary.clone().map(|t| view! { <RichText text=t/> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        </section>
    }
}
