//! What is shown when the portfolio cannot be loaded: what happened,
//! where in the file, and a way out.
//!
//! In a page written at build time (`cyberfolio meta`), everything stays
//! readable, the réalisations included: what the visitor loses is their
//! filters and detail view. The explanation takes the filters' place, at
//! the top of the réalisations, so a visitor on a flaky connection still
//! reads the portfolio. Without a written page (`trunk serve` on a file
//! with errors, which `cyberfolio meta` refuses to write), it is the whole
//! page.

use cyberfolio_model::LoadError;
use leptos::prelude::*;

use crate::browser;
use crate::live::Part;
use crate::view_state::REALISATIONS_ID;

/// A clear French explanation with the located diagnostics and « Réessayer ».
#[component]
pub fn ErrorPage(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let written = browser::prerendered()
        .and_then(|_| browser::element_by_id(REALISATIONS_ID))
        .and_then(|section| {
            let filters = section.query_selector("form.filters").ok().flatten()?;
            Some((section, filters))
        });
    let (Some((section, filters)), Some(owner)) = (written, Owner::current()) else {
        return view! {
            <main id="contenu" class="error-page" tabindex="-1">
                <h1>{error.title()}</h1>
                {explanation(&error, retry)}
            </main>
        }
        .into_any();
    };
    // Filters that cannot work are not offered meanwhile.
    let _ = filters.set_attribute("hidden", "");
    let part = Part::mount(&owner, &section, Some(&filters), move || {
        view! {
            <div class="error-page" role="alert" aria-labelledby="erreur-titre">
                <h3 id="erreur-titre">{error.title()}</h3>
                {explanation(&error, retry)}
            </div>
        }
        .into_any()
    });
    let mounted = StoredValue::new_local(Some((part, filters)));
    on_cleanup(move || {
        mounted.try_update_value(|mounted| {
            if let Some((part, filters)) = mounted.take() {
                part.unmount();
                let _ = filters.remove_attribute("hidden");
            }
        });
    });
    ().into_any()
}

/// The advice, the located diagnostics and « Réessayer ».
fn explanation(error: &LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let diagnostics = error.diagnostics().to_vec();
    view! {
        <p>{error.advice()}</p>
        {(!diagnostics.is_empty()).then(|| {
            view! {
                <ol class="diagnostics">
                    {diagnostics
                        .into_iter()
                        .map(|d| {
                            let class = if d.is_error() { "diag error" } else { "diag warning" };
                            view! {
                                <li class=class>
                                    <span class="where">
                                        {d.severity.label()}
                                        {d.position.map(|p| format!(" — ligne {}, colonne {}", p.line, p.column))}
                                    </span>
                                    <code>{d.path.to_string()}</code>
                                    <p>{d.message}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
        })}
        <p>
            <button type="button" class="button primary" on:click=move |_| retry()>
                "Réessayer"
            </button>
        </p>
    }
}
