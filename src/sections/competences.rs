//! Compétences: the six competencies of the block with how many
//! réalisations mobilise each, then technical skills, certifications and
//! languages.

use cyberfolio_model::filter::sub_competency_count;
use cyberfolio_model::Filter;
use leptos::prelude::*;

use crate::browser;
use crate::format::count;
use crate::rich_text::Link;
use crate::site::use_site;
use crate::view_state::{use_url_state, HistoryMode, REALISATIONS_ID};

/// A link that shows the réalisations of one competency.
#[component]
pub fn CompetencyFilterLink(
    #[prop(into)] code: String,
    children: Children,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let url = use_url_state();
    let href = format!("?c={code}#{REALISATIONS_ID}");
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !browser::plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        let code = code.clone();
        // From the detail view, the dialog moves the focus once it has
        // closed (the page behind a modal cannot take it).
        let in_dialog = url.with_untracked(|s| s.open.is_some());
        url.update_at_realisations(HistoryMode::Push, move |s| {
            s.filter = Filter {
                competencies: vec![code],
                ..Filter::default()
            };
            s.open = None;
        });
        if !in_dialog {
            browser::go_to_id(REALISATIONS_ID);
        }
    };
    view! { <a href=href on:click=on_click aria-label=label>{children()}</a> }
}

/// The competencies of the block, a chart of their coverage, and the
/// candidate's technical skills.
#[component]
pub fn Competences() -> impl IntoView {
    let site = use_site();
    let counts = site.index.counts();
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let chart_label = site
        .referential
        .competencies
        .iter()
        .zip(&counts)
        .map(|(c, n)| format!("{}\u{a0}: {}", c.code, n))
        .collect::<Vec<_>>()
        .join(", ");
    let row_height = 30;
    let height = site.referential.competencies.len() * row_height;
    let p = &site.portfolio;
    // The référentiel's own title: a portfolio may bring its own (another
    // block, another diploma).
    let intro = match site.referential.title.trim() {
        "" => "Les compétences du bloc, et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations.".to_string(),
        title => format!("Les compétences du «\u{a0}{title}\u{a0}», et le nombre de réalisations qui mobilisent chacune. Choisissez-en une pour voir ses réalisations."),
    };
    view! {
        <section id="competences" aria-labelledby="competences-titre">
            <h2 id="competences-titre">"Compétences"</h2>
            <p>{intro}</p>
            <figure class="chart">
                <svg viewBox=format!("0 0 400 {height}") width="400" height=height.to_string() role="img" aria-label=format!("Nombre de réalisations par compétence\u{a0}: {chart_label}")>
                    {site
                        .referential
                        .competencies
                        .iter()
                        .zip(&counts)
                        .enumerate()
                        .map(|(i, (c, n))| {
                            let y = i * row_height;
                            let width = 300 * n / max;
                            view! {
                                <g>
                                    <text x="0" y=(y + 20).to_string() class="chart-code">{c.code.clone()}</text>
                                    <rect x="52" y=(y + 6).to_string() width=width.max(2).to_string() height="18" rx="3" class="chart-bar"></rect>
                                    <text x=(58 + width).to_string() y=(y + 20).to_string() class="chart-count">{n.to_string()}</text>
                                </g>
                            }
                        })
                        .collect_view()}
                </svg>
            </figure>
            <ul class="competency-grid">
                {site
                    .referential
                    .competencies
                    .iter()
                    .zip(&counts)
                    .map(|(c, &n)| {
                        let subs = c
                            .sub_competencies
                            .iter()
                            .map(|s| {
                                let k = sub_competency_count(&p.realisations, &s.code);
                                view! {
                                    <li>
                                        <span class="code">{s.code.clone()}</span>
                                        " "
                                        {s.label.clone()}
                                        {(k > 0).then(|| view! { <span class="count">" (" {k.to_string()} ")"</span> })}
                                    </li>
                                }
                            })
                            .collect_view();
                        view! {
                            <li class="competency-card">
                                <h3>
                                    <span class="code">{c.code.clone()}</span>
                                    " "
                                    {c.label.clone()}
                                </h3>
                                <p class="count">{count(n, "réalisation", "réalisations")}</p>
                                <details>
                                    <summary>"Sous-compétences"</summary>
                                    <ul class="subs">{subs}</ul>
                                </details>
                                {(n > 0).then(|| {
                                    view! {
                                        <CompetencyFilterLink code=c.code.clone() label=format!("Voir les réalisations de la compétence {}", c.code)>
                                            "Voir les réalisations"
                                        </CompetencyFilterLink>
                                    }
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!p.skills.is_empty()).then(|| {
                view! {
                    <h3>"Compétences techniques"</h3>
                    <ul class="skills">
                        {p
                            .skills
                            .iter()
                            .map(|s| {
                                view! {
                                    <li>
                                        <strong>{s.name.clone()}</strong>
                                        {s.level.clone().map(|l| view! { <span class="tag">{l}</span> })}
                                        <p>{s.keywords.join(" · ")}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
            <div class="two-columns">
                {(!p.certificates.is_empty()).then(|| {
                    view! {
                        <div>
                            <h3>"Certifications"</h3>
                            <ul>
                                {p
                                    .certificates
                                    .iter()
                                    .map(|c| {
                                        let name = c.name.clone();
                                        let detail = [c.issuer.clone(), c.date.map(|d| d.french())].into_iter().flatten().collect::<Vec<_>>().join(", ");
                                        view! {
                                            <li>
                                                {match c.url.clone() {
                                                    Some(url) => view! { <Link href=url>{name}</Link> }.into_any(),
                                                    None => name.into_any(),
                                                }}
                                                {(!detail.is_empty()).then(|| format!(" — {detail}"))}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
                {(!p.languages.is_empty()).then(|| {
                    view! {
                        <div>
                            <h3>"Langues"</h3>
                            <ul>
                                {p
                                    .languages
                                    .iter()
                                    .map(|l| view! { <li>{l.language.clone()} {l.fluency.clone().map(|f| format!(" — {f}"))}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
            </div>
        </section>
    }
}
