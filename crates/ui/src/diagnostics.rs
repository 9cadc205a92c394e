//! The located diagnostics of the validator, as the error pages and the
//! author view list them.

use cyberfolio_model::Diagnostic;
use leptos::prelude::*;

use crate::texts::texts;

/// « Erreur — ligne 3, colonne 14 », the JSON path, the message: one item
/// per diagnostic; nothing when there are none.
#[component]
pub fn DiagnosticList(diagnostics: Vec<Diagnostic>) -> impl IntoView {
    (!diagnostics.is_empty()).then(|| {
        view! {
            <ol class="diagnostics">
                {diagnostics
                    .into_iter()
                    .map(|d| {
                        let class = if d.is_error() { "diag error" } else { "diag warning" };
                        let place = match d.position {
                            Some(p) => format!("{} — {} {}, {} {}", d.severity.label(), texts().line, p.line, texts().column, p.column),
                            None => d.severity.label().to_string(),
                        };
                        view! {
                            <li class=class>
                                <span class="where">{place}</span>
                                <code>{d.path.to_string()}</code>
                                <p>{d.message}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
    })
}
