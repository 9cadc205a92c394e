//! Réalisations: the jury's filters and the filtered list of cards.
//!
//! The build writes this section, unfiltered, into the page; the app mounts
//! it again, live, in place of the written one, identical to it before any
//! filter, so that nothing moves. Until then (or without JavaScript) the
//! visitor reads the written cards, and a filter ticked before the app has
//! started goes into the address (`public/init.js`, which finds the written
//! form by its `data-written`, and also shows in it the filter the address
//! names), which the app reads.

use cyberfolio_model::{Cadre, Combine, Filter, Realisation};
use leptos::prelude::*;

use crate::browser;
use crate::site::use_site;
use crate::texts::{language, texts};
use crate::view_links::OpenLink;
use crate::view_state::{realisations_link, use_url_state, HistoryMode, REALISATIONS_ID};
use cyberfolio_model::date::period;
use cyberfolio_model::texts::{empty_hint, ignored_codes, result_line};

/// Filters and cards.
#[component]
pub fn Realisations() -> impl IntoView {
    let site = use_site();
    let url = use_url_state();
    let total = site.portfolio.realisations.len();
    let results = {
        let site = site.clone();
        Memo::new(move |_| url.with(|s| site.index.apply(&s.filter)))
    };
    let shown = Memo::new(move |_| {
        let mut shown = vec![false; total];
        results.with(|r| {
            for &i in r {
                if let Some(s) = shown.get_mut(i) {
                    *s = true;
                }
            }
        });
        shown
    });
    let filter = Memo::new(move |_| url.with(|s| s.filter.clone()));
    // One effect shows and hides the cards, touching only those whose
    // visibility changes. A reactive `hidden` on each card meant 1,000
    // effect runs per filter change at 1,000 réalisations: 22.7 ms median
    // for the update, more than a frame.
    let list = NodeRef::<leptos::html::Ul>::new();
    let rendered = shown.get_untracked();
    {
        let rendered = rendered.clone();
        Effect::new(move |previous: Option<Vec<bool>>| {
            let previous = previous.unwrap_or_else(|| rendered.clone());
            let Some(list) = list.get() else {
                return previous;
            };
            let cards = list.children();
            shown.with(|current| {
                for (i, (&now, &before)) in current.iter().zip(&previous).enumerate() {
                    if now != before {
                        if let Some(card) = cards.item(i as u32) {
                            let _ = card.toggle_attribute_with_force("hidden", !now);
                        }
                    }
                }
                current.clone()
            })
        });
    }
    let copied = RwSignal::new(None::<bool>);
    // « Lien copié » is about the view that was copied: it goes when the
    // view changes.
    Effect::new(move |_| {
        filter.track();
        copied.set(None);
    });
    let copy_link = move |_| {
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(realisations_link()).await;
            copied.set(Some(ok));
        });
    };
    let referential = site.referential.clone();
    let checkboxes = site
        .referential
        .competencies
        .iter()
        .map(|c| {
            let code = c.code.clone();
            let code_for_check = c.code.clone();
            let referential = referential.clone();
            view! {
                <li>
                    <label class="chip">
                        <input
                            type="checkbox"
                            name="c"
                            value=c.code.clone()
                            prop:checked=move || filter.with(|f| f.competencies.contains(&code_for_check))
                            on:change=move |_| {
                                let code = code.clone();
                                let referential = referential.clone();
                                url.update_filter(HistoryMode::Push, move |f| f.toggle(&code, &referential));
                            }
                        />
                        <span class="code">{c.code.clone()}</span>
                        " "
                        {c.short_label().to_string()}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=REALISATIONS_ID aria-labelledby="realisations-titre">
            <h2 id="realisations-titre">{texts().realisations()}</h2>
            <form class="filters" role="search" aria-label=texts().filter_realisations() on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{texts().mobilised()}</legend>
                    <ul class="chips">{checkboxes}</ul>
                    <div class="combine" role="radiogroup" aria-label=texts().combination()>
                        <label>
                            <input
                                type="radio"
                                name="m"
                                value=""
                                prop:checked=move || filter.with(|f| f.combine == Combine::Any)
                                on:change=move |_| url.update_filter(HistoryMode::Push, |f| f.combine = Combine::Any)
                            />
                            {texts().any()}
                        </label>
                        <label>
                            <input
                                type="radio"
                                name="m"
                                value="toutes"
                                prop:checked=move || filter.with(|f| f.combine == Combine::All)
                                on:change=move |_| url.update_filter(HistoryMode::Push, |f| f.combine = Combine::All)
                            />
                            {texts().all()}
                        </label>
                    </div>
                </fieldset>
                <div class="filter-row">
                    <label>
                        {texts().cadre()}
                        <select
                            name="cadre"
                            prop:value=move || filter.with(|f| f.cadre.map(|c| c.code()).unwrap_or(""))
                            on:change=move |ev| {
                                let cadre = Cadre::from_code(&event_target_value(&ev));
                                url.update_filter(HistoryMode::Push, move |f| f.cadre = cadre);
                            }
                        >
                            <option value="">{texts().all_cadres()}</option>
                            {Cadre::ALL.into_iter().map(|c| view! { <option value=c.code()>{c.short_label(language())}</option> }).collect_view()}
                        </select>
                    </label>
                    <label>
                        {texts().search()}
                        <input
                            type="search"
                            name="q"
                            placeholder=texts().search_placeholder()
                            prop:value=move || filter.with(|f| f.query.clone())
                            on:input=move |ev| {
                                let q = event_target_value(&ev);
                                url.update_filter(HistoryMode::Replace, move |f| f.query = q);
                            }
                        />
                    </label>
                    <button
                        type="button"
                        class="button clear-filters"
                        disabled=move || filter.with(Filter::is_empty)
                        on:click=move |_| {
                            url.update_filter(HistoryMode::Push, |f| *f = Filter::default());
                            // The button is now disabled: the focus goes to
                            // the first filter rather than to the page.
                            browser::focus_selector(&format!("#{REALISATIONS_ID} .chips input"));
                        }
                    >
                        {texts().clear()}
                    </button>
                    <button type="button" class="button copy-link" on:click=copy_link>
                        {texts().copy_link()}
                    </button>
                    <span class="copied" role="status">
                        {move || match copied.get() {
                            Some(true) => texts().copied(),
                            Some(false) => texts().copy_failed(),
                            None => "",
                        }}
                    </span>
                </div>
            </form>
            // Says what the filter is, not only how many match: a printed
            // view, where the filters are not shown, says what it holds.
            <p class="result-count" role="status" aria-live="polite">
                {move || result_line(language(), results.with(Vec::len), total, &filter.read())}
            </p>
            {move || {
                url.with(|s| {
                    (!s.unknown_codes.is_empty())
                        .then(|| view! { <p class="warning">{ignored_codes(language(), &s.unknown_codes)}</p> })
                })
            }}
            <Show when=move || results.with(Vec::is_empty)>
                <p class="empty">{move || empty_hint(language(), &filter.get())}</p>
            </Show>
            // Every card is rendered once and hidden when filtered out: a
            // filter change then touches attributes, not hundreds of nodes
            // (at 1,000 réalisations, recreating cards took about 200 ms).
            // The list itself never changes, so it is a plain iterator, not
            // a keyed `<For>`: the keyed diffing would never run, yet its
            // code was 4,546 bytes of the gzipped wasm (docs/size.md).
            <ul class="cards" node_ref=list>
                {site
                    .portfolio
                    .realisations
                    .iter()
                    .zip(&rendered)
                    .map(|(r, &visible)| view! { <Card r=r.clone() hidden=!visible/> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// What the written réalisations say to a visitor without JavaScript,
/// under their heading: the build adds it to its copy only (in the app's,
/// it could never show).
#[component]
pub fn NoScriptNotice() -> impl IntoView {
    view! {
        <noscript>
            <p>{texts().realisations_need_javascript()}</p>
        </noscript>
    }
}

/// One réalisation in the list; `hidden` when the filters of the URL
/// exclude it at first render (the list's effect keeps it up to date).
#[component]
fn Card(r: Realisation, hidden: bool) -> impl IntoView {
    let site = use_site();
    let badges: Vec<String> = site
        .referential
        .competencies
        .iter()
        .filter(|c| c.is_mobilised_by(&r.competencies))
        .map(|c| c.code.clone())
        .collect();
    view! {
        <li class="card" data-card=r.id.clone() hidden=hidden>
            <h3>
                <OpenLink id=r.id.clone() label=r.name.clone()/>
            </h3>
            <p class="meta">
                {r.cadre.map(|c| view! { <span class=format!("tag cadre-{}", c.code())>{c.short_label(language())}</span> })}
                " "
                {period(r.start_date, r.end_date, language())}
            </p>
            {r.summary.clone().map(|s| view! { <p>{s}</p> })}
            <ul class="badges" aria-label=texts().mobilised()>
                {badges.into_iter().map(|c| view! { <li class="badge">{c}</li> }).collect_view()}
            </ul>
        </li>
    }
}
