//! The tableau de synthèse, laid out like the national model: candidate
//! header, a header row of competencies, a row group per cadre, the
//! coverage row. The site's section and the command line's HTML export
//! (`cyberfolio tableau --format html`) render the same table.

use cyberfolio_model::filter::competency_href;
use cyberfolio_model::tableau::Column;
use cyberfolio_model::{Lang, Tableau};
use leptos::prelude::*;

use crate::qr_code::qr_code;
use crate::texts::{language, texts};
use crate::view_links::OpenLink;

/// The section « Tableau de synthèse » of the page. Its two controls
/// (print the tableau alone, show the sub-competencies) need no data:
/// `public/init.js` makes them work (`data-tableau`), with or without the
/// app.
#[component]
pub fn TableauSection(tableau: Tableau) -> impl IntoView {
    let t = texts();
    // The tableau is the exam's French document: in a site in another
    // language, it keeps its official wording, said to be French.
    let official = (language() != Lang::French).then_some("fr");
    let uncovered: Vec<String> = tableau.uncovered().into_iter().map(String::from).collect();
    let session =
        (!tableau.session.is_empty()).then(|| format!("{}{}", t.session(), tableau.session));
    let header = tableau
        .candidate_header()
        .into_iter()
        // An empty value is no text at all (Leptos writes `""` as a space).
        .map(|(key, value)| view! { <div><dt>{key}</dt><dd>{(!value.is_empty()).then_some(value)}</dd></div> })
        .collect_view();
    let site_code = site_qr_code(&tableau, "qr qr-site print-only");
    view! {
        <section id="tableau" class="tableau-section" aria-labelledby="tableau-titre">
            <h2 id="tableau-titre">{t.tableau()}</h2>
            <p class="no-print">{t.tableau_intro()}</p>
            <div class="tableau-actions no-print">
                <button type="button" class="button primary" data-tableau="print">{t.print_tableau()}</button>
                <label><input type="checkbox" data-tableau="subs"/>{t.show_sub_competencies()}</label>
            </div>
            <div class="tableau-head" lang=official>
                <div>
                    <p class="tableau-title print-only">{t.tableau_title()}{session}</p>
                    <dl class="tableau-header">{header}</dl>
                </div>
                {site_code}
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.tableau_region()>
                <TableauTable tableau=tableau linked=true lang=official/>
            </div>
            {(!uncovered.is_empty()).then(|| view! { <p class="warning">{t.uncovered()}{uncovered.join(", ")}"."</p> })}
        </section>
    }
}

/// The table itself. `linked`: a competency's header shows its
/// réalisations and a réalisation's name opens its detail (the site);
/// without, both are text (a standalone export, away from the site). The
/// sub-competencies show when the table has the class `with-subs`. `lang`:
/// the table's own language when it differs from the page's.
#[component]
pub fn TableauTable(
    tableau: Tableau,
    linked: bool,
    #[prop(default = None)] lang: Option<&'static str>,
) -> impl IntoView {
    let texts = texts();
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
                    // On paper, the row leads to the réalisation's detail
                    // on the published site; the site shows it in print only.
                    let code = t.realisation_address(&row.id).and_then(|address| {
                        let label = format!("{}{address}", texts.qr_code_of());
                        qr_code(&address, label, if linked { "qr print-only" } else { "qr" })
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
                                    <span class="visually-hidden">{format!("{}{}", col.code, texts.mobilised_mark())}</span>
                                    {subs}
                                }
                                .into_any()
                            } else {
                                view! { <span class="visually-hidden">{format!("{}{}", col.code, texts.not_mobilised_mark())}</span> }.into_any()
                            };
                            view! { <td class="mark">{cell}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="col-realisation">{code}{name}{documents}</th>
                            <td class="col-period">{row.period.clone()}</td>
                            {marks}
                        </tr>
                    }
                })
                .collect_view();
            let none = g.rows.is_empty().then(|| {
                view! { <tr><td colspan=span.clone() class="none">{texts.no_realisation_in_cadre()}</td></tr> }
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
        <table class="tableau" lang=lang>
            <thead>
                <tr>
                    <th scope="col" rowspan="2" class="col-realisation">{texts.column_realisations()}</th>
                    <th scope="col" rowspan="2" class="col-period">{texts.column_period()}</th>
                    <th scope="colgroup" colspan=t.columns.len().to_string()>{texts.column_competencies()}</th>
                </tr>
                <tr>{columns}</tr>
            </thead>
            {groups}
            <tfoot>
                <tr>
                    <th scope="row" colspan="2">{texts.coverage()}</th>
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

/// The QR code of the published site's address, for the printed tableau's
/// header; nothing without a full `exam.portfolioUrl` (the validator warns).
pub fn site_qr_code(tableau: &Tableau, class: &'static str) -> Option<impl IntoView> {
    let address = tableau.site_address()?;
    let label = format!("{}{address}", texts().qr_code_of());
    qr_code(address, label, class)
}
