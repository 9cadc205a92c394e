//! The tableau de synthèse, laid out like the national model, printable on
//! its own on A4 landscape.

use cyberfolio_model::Tableau;
use leptos::prelude::*;

use crate::browser;
use crate::site::use_site;
use crate::view_links::{CompetencyFilterLink, OpenLink};

/// The tableau with its candidate header, the three row groups and the
/// coverage row.
#[component]
pub fn TableauSection() -> impl IntoView {
    let site = use_site();
    let t = &site.tableau;
    let show_subs = RwSignal::new(false);
    // The class that prints the tableau alone goes when printing is over:
    // on `afterprint`, since on phones `print()` returns before the page is
    // laid out for printing.
    let printed = window_event_listener(leptos::ev::afterprint, |_| {
        browser::set_body_class("print-tableau", false)
    });
    on_cleanup(move || printed.remove());
    let print_tableau = move |_| {
        browser::set_body_class("print-tableau", true);
        browser::print();
    };
    let uncovered = t
        .uncovered()
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    let header = t.candidate_header();
    view! {
        <section id="tableau" class="tableau-section" aria-labelledby="tableau-titre">
            <h2 id="tableau-titre">"Tableau de synthèse"</h2>
            <p class="no-print">
                "Le récapitulatif des réalisations et des compétences mises en œuvre, selon le modèle national. Choisissez une compétence pour filtrer les réalisations."
            </p>
            <div class="tableau-actions no-print">
                <button type="button" class="button primary" on:click=print_tableau>
                    "Imprimer le tableau"
                </button>
                <label>
                    <input type="checkbox" prop:checked=move || show_subs.get() on:change=move |ev| show_subs.set(event_target_checked(&ev))/>
                    " Afficher les sous-compétences"
                </label>
            </div>
            <p class="tableau-title print-only">
                "BTS Services informatiques aux organisations — Épreuve E5 — Tableau de synthèse"
                {(!t.session.is_empty()).then(|| format!(" — Session {}", t.session))}
            </p>
            <dl class="tableau-header">
                {header.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
            {table_view(t, show_subs)}
            {(!uncovered.is_empty()).then(|| view! { <p class="warning">"Compétences non couvertes\u{a0}: " {uncovered.join(", ")} "."</p> })}
        </section>
    }
}

/// The table itself: a header row of competencies, a row group per cadre and
/// the coverage row. The sub-competencies show when `show_subs` is set (one
/// class on the table, not an effect per cell).
fn table_view(t: &Tableau, show_subs: RwSignal<bool>) -> impl IntoView {
    let columns = t.columns.len();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Tableau de synthèse, défilable horizontalement">
            <table class="tableau" class:with-subs=move || show_subs.get()>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2" class="col-realisation">
                            "Réalisations professionnelles (intitulé et liste des documents et productions associés)"
                        </th>
                        <th scope="col" rowspan="2" class="col-period">"Période"</th>
                        <th scope="colgroup" colspan=columns.to_string()>"Compétences mises en œuvre"</th>
                    </tr>
                    <tr>
                        {t
                            .columns
                            .iter()
                            .map(|c| {
                                let (code, label) = (c.code.clone(), c.label.clone());
                                view! {
                                    <th scope="col" class="col-competency">
                                        <CompetencyFilterLink code=c.code.clone()>
                                            <span class="code">{code}</span>
                                            " "
                                            {label}
                                        </CompetencyFilterLink>
                                        <ul class="subs">
                                            {c.sub_competencies.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}
                                        </ul>
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                {t
                    .groups
                    .iter()
                    .map(|g| {
                        let rows = g
                            .rows
                            .iter()
                            .map(|row| {
                                let marks = row
                                    .marks
                                    .iter()
                                    .zip(&t.columns)
                                    .zip(&row.sub_marks)
                                    .map(|((&mark, col), subs)| {
                                        let subs = subs.join(", ");
                                        view! {
                                            <td class="mark">
                                                {if mark {
                                                    view! {
                                                        <span aria-hidden="true">"X"</span>
                                                        <span class="visually-hidden">{format!("{} mobilisée", col.code)}</span>
                                                        {(!subs.is_empty()).then(|| view! { <span class="sub-marks">{subs.clone()}</span> })}
                                                    }
                                                        .into_any()
                                                } else {
                                                    view! { <span class="visually-hidden">{format!("{} non mobilisée", col.code)}</span> }.into_any()
                                                }}
                                            </td>
                                        }
                                    })
                                    .collect_view();
                                let name = row.name.clone();
                                view! {
                                    <tr>
                                        <th scope="row" class="col-realisation">
                                            <OpenLink id=row.id.clone() label=name/>
                                            {(!row.documents.is_empty()).then(|| view! { <ul class="docs">{row.documents.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul> })}
                                        </th>
                                        <td class="col-period">{row.period.clone()}</td>
                                        {marks}
                                    </tr>
                                }
                            })
                            .collect_view();
                        let empty = g.rows.is_empty();
                        view! {
                            <tbody>
                                <tr class="group">
                                    <th scope="rowgroup" colspan=(columns + 2).to_string()>{g.heading}</th>
                                </tr>
                                {rows}
                                {empty.then(|| view! { <tr><td colspan=(columns + 2).to_string() class="none">"Aucune réalisation dans ce cadre."</td></tr> })}
                            </tbody>
                        }
                    })
                    .collect_view()}
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">"Nombre de réalisations par compétence"</th>
                        {t.coverage.iter().map(|n| view! { <td class="mark">{n.to_string()}</td> }).collect_view()}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
