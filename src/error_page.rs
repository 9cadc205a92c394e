//! What is shown when the portfolio cannot be loaded: what happened,
//! where in the file, and a way out.
//!
//! In a page written at build time, everything stays readable, the
//! réalisations included: what the visitor loses is their filters and
//! detail view. The explanation takes the filters' place, at the top of the
//! réalisations, so a visitor on a flaky connection still reads the
//! portfolio. Without a written page (a page whose content was not written,
//! as in a test of the app alone), it is the whole page.

use cyberfolio_model::texts::error_title;
use cyberfolio_model::LoadError;
use cyberfolio_ui::browser;
use cyberfolio_ui::sections::error_page::explanation as located;
use cyberfolio_ui::texts::{language, texts};
use cyberfolio_ui::view_state::REALISATIONS_ID;
use leptos::prelude::*;

use crate::live::Part;

/// A clear French explanation with the located diagnostics and « Réessayer ».
#[component]
pub fn ErrorPage(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let written = browser::prerendered()
        .and_then(|_| browser::element_by_id(REALISATIONS_ID))
        .and_then(|section| {
            let filters = section.query_selector("form.filters").ok().flatten()?;
            Some((section, filters))
        });
    let title = error_title(language(), &error);
    let (Some((section, filters)), Some(owner)) = (written, Owner::current()) else {
        return view! {
            <main id="contenu" class="error-page" tabindex="-1">
                <h1>{title}</h1>
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
                <h3 id="erreur-titre">{title}</h3>
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
    view! {
        {located(error)}
        <p>
            <button type="button" class="button primary" on:click=move |_| retry()>
                {texts().retry()}
            </button>
        </p>
    }
}
