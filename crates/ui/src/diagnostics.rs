//! The located diagnostics of the validator, as the error pages and the
//! author view list them.

use cyberfolio_model::Diagnostic;
use leptos::prelude::*;

use crate::texts::{language, texts};

/// « Erreur — ligne 3, colonne 14 », the JSON path, the message: one item
/// per diagnostic; nothing when there are none. A function rather than a
/// component: the app's error page calls it too, and a component's props
/// cost the wasm more than the list itself.
pub fn diagnostic_list(diagnostics: Vec<Diagnostic>) -> impl IntoView {
    // Texts of the table go into locals before `format!`, which takes
    // references: one into the table would keep all of it in the wasm.
    let (line, column) = (texts().line(), texts().column());
    let lang = language();
    (!diagnostics.is_empty()).then(|| {
        view! {
            <ol class="diagnostics">
                {diagnostics
                    .into_iter()
                    .map(|d| {
                        let class = if d.is_error() { "diag error" } else { "diag warning" };
                        let place = match d.position {
                            Some(p) => format!("{} — {line} {}, {column} {}", d.severity.label(lang), p.line, p.column),
                            None => d.severity.label(lang).to_string(),
                        };
                        view! {
                            <li class=class>
                                <span class="where">{place}</span>
                                <code>{d.path.to_string_in(lang)}</code>
                                <p>{d.message}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
    })
}
