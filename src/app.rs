//! The app root: loading, the error page, and the page once loaded.

use cyberfolio_model::LoadError;
use leptos::prelude::*;

use cyberfolio_ui::browser;
use cyberfolio_ui::site::Site;
use cyberfolio_ui::texts::texts;

use crate::error_page::ErrorPage;
use crate::loader::fetch_site;
use crate::page::Page;

/// Loads the portfolio and shows it, or explains why it could not.
#[component]
pub fn App() -> impl IntoView {
    let site = LocalResource::new(fetch_site);
    view! {
        <Suspense fallback=Loading>
            <ErrorBoundary fallback=move |errors| {
                let error = move || {
                    errors
                        .get()
                        .into_iter()
                        .next()
                        .map(|(_, e)| e.downcast_ref::<LoadError>().cloned().unwrap_or_else(|| LoadError::Network(e.to_string())))
                };
                view! { {move || error().map(|error| view! { <ErrorPage error=error retry=move || site.refetch()/> })} }
            }>
                {move || Suspend::new(async move { site.await.map(|site: Site| view! { <Page site=site/> }) })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// Shown while the portfolio downloads; the same words as the static shell
/// of `index.html`, so the swap is invisible. Over a page written by the
/// build, only screen readers hear it.
#[component]
fn Loading() -> impl IntoView {
    let class = if browser::prerendered().is_some() {
        "visually-hidden"
    } else {
        "shell"
    };
    view! {
        <div class=class role="status">
            <span class="spinner" aria-hidden="true"></span>
            <p>{texts().loading()}</p>
        </div>
    }
}
