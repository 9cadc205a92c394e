//! The page shown instead of the portfolio when it cannot be shown: what
//! happened, where in the file, and a way out.

use cyberfolio_model::LoadError;
use leptos::prelude::*;

/// A clear French explanation with the located diagnostics and « Réessayer ».
#[component]
pub fn ErrorPage(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    // The page written at build time, hidden until a retry succeeds.
    crate::browser::hide_prerendered();
    let diagnostics = error.diagnostics().to_vec();
    view! {
        <main id="contenu" class="error-page" tabindex="-1">
            <h1>{error.title()}</h1>
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
        </main>
    }
}
