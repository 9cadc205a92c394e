//! What is shown instead of the réalisations when the portfolio cannot be
//! shown: what happened, where in the file, and a way out.
//!
//! In a page written at build time (`cyberfolio meta`), the page stays
//! readable and the explanation takes the réalisations' place: a visitor
//! on a flaky connection still reads the portfolio. Without one (`trunk
//! serve` on a file with errors, which `cyberfolio meta` refuses to
//! write), it is the whole page.

use cyberfolio_model::LoadError;
use leptos::prelude::*;

use crate::live::{LivePlace, Part};

/// A clear French explanation with the located diagnostics and « Réessayer ».
#[component]
pub fn ErrorPage(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let Some(place) = LivePlace::written() else {
        return view! {
            <main id="contenu" class="error-page" tabindex="-1">
                <h1>{error.title()}</h1>
                {explanation(&error, retry)}
            </main>
        }
        .into_any();
    };
    let Some(owner) = Owner::current() else {
        return ().into_any();
    };
    let part = place.mount(&owner, move || {
        // The navigation's « Réalisations » leads here.
        view! {
            <section id="realisations" class="error-page" role="alert" aria-labelledby="erreur-titre">
                <h2 id="erreur-titre">{error.title()}</h2>
                {explanation(&error, retry)}
            </section>
        }
        .into_any()
    });
    let part = StoredValue::new_local(Some(part));
    on_cleanup(move || {
        part.try_update_value(|part| part.take().map(Part::unmount));
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
