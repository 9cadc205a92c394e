//! The author view (`?verifier`): the validator's warnings, for the student
//! only, never shown to the jury by default.

use leptos::prelude::*;

use crate::site::use_site;

/// A panel listing warnings with their place in the file.
#[component]
pub fn AuthorPanel() -> impl IntoView {
    let site = use_site();
    let warnings = site.warnings.clone();
    view! {
        <aside class="author-panel" aria-labelledby="verifier-titre">
            <h2 id="verifier-titre">"Vérification du portfolio"</h2>
            {if warnings.is_empty() {
                view! { <p>"Aucun avertissement\u{a0}: le portfolio respecte les attendus de l'épreuve E5."</p> }.into_any()
            } else {
                view! {
                    <p>{format!("{} avertissement(s) dans data/portfolio.json\u{a0}:", warnings.len())}</p>
                    <ol class="diagnostics">
                        {warnings
                            .into_iter()
                            .map(|d| {
                                view! {
                                    <li class="diag warning">
                                        <span class="where">{d.position.map(|p| format!("ligne {}, colonne {}", p.line, p.column))}</span>
                                        <code>{d.path.to_string()}</code>
                                        <p>{d.message}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </aside>
    }
}
