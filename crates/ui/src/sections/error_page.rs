//! What a portfolio with errors shows: what is wrong, where in the file,
//! and what to do. The build writes [`BuildErrorPage`] in place of the
//! portfolio (the build fails; under `trunk serve`, the student reads it in
//! the browser); the app's error page, for a file it cannot load, explains
//! the same way ([`explanation`]).

use cyberfolio_model::texts::{error_advice, error_title};
use cyberfolio_model::LoadError;
use leptos::prelude::*;

use crate::diagnostics::diagnostic_list;
use crate::texts::{language, texts};

/// The advice for `error` and its located diagnostics (a function, as
/// [`diagnostic_list`] is).
pub fn explanation(error: &LoadError) -> impl IntoView {
    view! {
        <p>{error_advice(language(), error)}</p>
        {diagnostic_list(error.diagnostics().to_vec())}
    }
}

/// The page written in place of a portfolio with errors.
/// `data-build-errors` tells `public/init.js` not to start the app, which
/// has nothing to show.
#[component]
pub fn BuildErrorPage(error: LoadError) -> impl IntoView {
    let (before, command, after) = texts().rebuild();
    view! {
        <main id="contenu" class="error-page" tabindex="-1" data-build-errors="">
            <h1>{error_title(language(), &error)}</h1>
            {explanation(&error)}
            <p>{before}<code>{command}</code>{after}</p>
        </main>
    }
}
