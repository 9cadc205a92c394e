//! The author view (`?verifier`): the validator's warnings, written hidden
//! into the page and shown by `public/init.js` when the address asks for
//! it. The student checks there what the jury would notice; the jury never
//! sees it unless they ask. The site itself no longer validates the file
//! (the build did), so this is where the warnings are written down.

use cyberfolio_model::diagnostic::tally;
use cyberfolio_model::Diagnostic;
use leptos::prelude::*;

use crate::diagnostics::diagnostic_list;
use crate::edition::{edition, Edition, OFFLINE_ARCHIVE};
use crate::texts::texts;

/// The hidden panel of warnings.
#[component]
pub fn AuthorPanel(warnings: Vec<Diagnostic>) -> impl IntoView {
    let t = texts();
    let summary = if warnings.is_empty() {
        t.no_warning().to_string()
    } else {
        let (before, after) = t.warnings_in_file();
        format!("{before}{}{after}", tally(&warnings).warnings)
    };
    view! {
        <aside class="author-panel" id="verifier" aria-labelledby="verifier-titre" hidden>
            <h2 id="verifier-titre">{t.verification()}</h2>
            <p>{summary}</p>
            {diagnostic_list(warnings)}
            {(edition() == Edition::Online { archive: true }).then(|| view! {
                <p>{t.offline_for_exam()}<a href=OFFLINE_ARCHIVE download="">{t.offline_download()}</a></p>
            })}
        </aside>
    }
}
