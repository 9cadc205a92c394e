//! The tableau de synthèse, laid out like the national model: candidate
//! header, a header row of competencies, a row group per cadre, the
//! coverage row. The site's section and the command line's HTML export
//! (`cyberfolio tableau --format html`) render the same table.

use cyberfolio_model::filter::competency_href;
use cyberfolio_model::tableau::Column;
use cyberfolio_model::Tableau;
use leptos::prelude::*;

use crate::view_links::OpenLink;

/// The title printed above the tableau, as on the national model.
pub const TITLE: &str =
    "BTS Services informatiques aux organisations — Épreuve E5 — Tableau de synthèse";

/// The section « Tableau de synthèse » of the page. Its two controls
/// (print the tableau alone, show the sub-competencies) need no data:
/// `public/init.js` makes them work (`data-tableau`), with or without the
/// app.
#[component]
pub fn TableauSection(tableau: Tableau) -> impl IntoView {
    let uncovered: Vec<String> = tableau.uncovered().into_iter().map(String::from).collect();
    let session = (!tableau.session.is_empty()).then(|| format!(" — Session {}", tableau.session));
    let header = tableau
        .candidate_header()
        .into_iter()
        // An empty value is no text at all (Leptos writes `""` as a space).
        .map(|(key, value)| view! { <div><dt>{key}</dt><dd>{(!value.is_empty()).then_some(value)}</dd></div> })
        .collect_view();
    view! {
        <section id="tableau" class="tableau-section" aria-labelledby="tableau-titre">
            <h2 id="tableau-titre">"Tableau de synthèse"</h2>
            <p class="no-print">
                "Le récapitulatif des réalisations et des compétences mises en œuvre, selon le modèle national. Choisissez une compétence pour filtrer les réalisations."
            </p>
            <div class="tableau-actions no-print">
                <button type="button" class="button primary" data-tableau="print">"Imprimer le tableau"</button>
                <label><input type="checkbox" data-tableau="subs"/>" Afficher les sous-compétences"</label>
            </div>
            <p class="tableau-title print-only">{TITLE}{session}</p>
            <dl class="tableau-header">{header}</dl>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Tableau de synthèse, défilable horizontalement">
                <TableauTable tableau=tableau linked=true/>
            </div>
            {(!uncovered.is_empty()).then(|| view! { <p class="warning">"Compétences non couvertes\u{a0}: "{uncovered.join(", ")}"."</p> })}
        </section>
    }
}

/// The table itself. `linked`: a competency's header shows its
/// réalisations and a réalisation's name opens its detail (the site);
/// without, both are text (a standalone export, away from the site). The
/// sub-competencies show when the table has the class `with-subs`.
#[component]
pub fn TableauTable(tableau: Tableau, linked: bool) -> impl IntoView {
    let t = tableau;
    let span = (t.columns.len() + 2).to_string();
    let columns = t
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="col-competency">{competency_heading(c, linked)}<ul class="subs">{c.sub_competencies.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul></th> })
        .collect_view();
    let groups = t
        .groups
        .iter()
        .map(|g| {
            let rows = g
                .rows
                .iter()
                .map(|row| {
                    let name = if linked {
                        view! { <OpenLink id=row.id.clone() label=row.name.clone()/> }.into_any()
                    } else {
                        row.name.clone().into_any()
                    };
                    let documents = (!row.documents.is_empty()).then(|| {
                        view! { <ul class="docs">{row.documents.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul> }
                    });
                    let marks = row
                        .marks
                        .iter()
                        .zip(&t.columns)
                        .zip(&row.sub_marks)
                        .map(|((&mark, col), subs)| {
                            let cell = if mark {
                                let subs = (!subs.is_empty()).then(|| view! { <span class="sub-marks">{subs.join(", ")}</span> });
                                view! {
                                    <span aria-hidden="true">"X"</span>
                                    <span class="visually-hidden">{format!("{} mobilisée", col.code)}</span>
                                    {subs}
                                }
                                .into_any()
                            } else {
                                view! { <span class="visually-hidden">{format!("{} non mobilisée", col.code)}</span> }.into_any()
                            };
                            view! { <td class="mark">{cell}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="col-realisation">{name}{documents}</th>
                            <td class="col-period">{row.period.clone()}</td>
                            {marks}
                        </tr>
                    }
                })
                .collect_view();
            let none = g.rows.is_empty().then(|| {
                view! { <tr><td colspan=span.clone() class="none">"Aucune réalisation dans ce cadre."</td></tr> }
            });
            // The heading's own box, so that it can stay in view while a
            // phone scrolls the table sideways (style/main.css).
            view! {
                <tbody>
                    <tr class="group"><th scope="rowgroup" colspan=span.clone()><span>{g.heading}</span></th></tr>
                    {rows}
                    {none}
                </tbody>
            }
        })
        .collect_view();
    let coverage = t
        .coverage
        .iter()
        .map(|n| view! { <td class="mark">{n.to_string()}</td> })
        .collect_view();
    view! {
        <table class="tableau">
            <thead>
                <tr>
                    <th scope="col" rowspan="2" class="col-realisation">"Réalisations professionnelles (intitulé et liste des documents et productions associés)"</th>
                    <th scope="col" rowspan="2" class="col-period">"Période"</th>
                    <th scope="colgroup" colspan=t.columns.len().to_string()>"Compétences mises en œuvre"</th>
                </tr>
                <tr>{columns}</tr>
            </thead>
            {groups}
            <tfoot>
                <tr>
                    <th scope="row" colspan="2">"Nombre de réalisations par compétence"</th>
                    {coverage}
                </tr>
            </tfoot>
        </table>
    }
}

/// A competency's code and label, a link to its réalisations on the site.
fn competency_heading(c: &Column, linked: bool) -> AnyView {
    let (code, label) = (c.code.clone(), c.label.clone());
    if linked {
        view! { <a href=competency_href(&c.code)><span class="code">{code}</span>" "{label}</a> }
            .into_any()
    } else {
        view! { <span class="code">{code}</span>" "{label} }.into_any()
    }
}
