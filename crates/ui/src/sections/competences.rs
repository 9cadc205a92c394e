//! Compétences: the six competencies of the block with how many
//! réalisations mobilise each (a chart, then a card each with its
//! sub-competencies and a link to its réalisations), then technical
//! skills, certifications and languages.

use cyberfolio_model::filter::sub_competency_count;
use cyberfolio_model::Competency;
use leptos::prelude::*;

use super::who_and_when;
use crate::rich_text::LinkOrText;
use crate::site::use_site;
use crate::texts::texts;
use crate::view_links::CompetencyFilterLink;

/// The height of one competency's row in the chart, in SVG units.
const CHART_ROW_HEIGHT: usize = 30;

/// The section « Compétences ».
#[component]
pub fn Competences() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let referential = &site.referential;
    let counts = site.index.counts();
    let t = texts();
    let intro = match referential.title.trim() {
        "" => t.competences_intro().to_string(),
        title => {
            let (before, after) = t.competences_intro_titled();
            format!("{before}{title}{after}")
        }
    };
    let cards = referential
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
                            <span class="code">{s.code.clone()}</span>" "{s.label.clone()}
                            {(k > 0).then(|| view! { <span class="count">{format!(" ({k})")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let link = (n > 0).then(|| {
                let label = format!("{}{}", t.see_realisations_of(), c.code);
                view! { <CompetencyFilterLink code=c.code.clone() label=label>{t.see_its_realisations()}</CompetencyFilterLink> }
            });
            view! {
                <li class="competency-card">
                    <h3><span class="code">{c.code.clone()}</span>" "{c.label.clone()}</h3>
                    <p class="count">{t.realisations_count(n)}</p>
                    <details>
                        <summary>{t.sub_competencies()}</summary>
                        <ul class="subs">{subs}</ul>
                    </details>
                    {link}
                </li>
            }
        })
        .collect_view();
    let skills = (!p.skills.is_empty()).then(|| {
        let items = p
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
            .collect_view();
        view! {
            <h3>{t.skills()}</h3>
            <ul class="skills">{items}</ul>
        }
    });
    let certificates = (!p.certificates.is_empty()).then(|| {
        let items = p
            .certificates
            .iter()
            .map(|c| {
                let detail = who_and_when(c.issuer.as_deref(), c.date);
                view! {
                    <li>
                        <LinkOrText href=c.url.clone() text=c.name.clone()/>
                        {(!detail.is_empty()).then(|| format!(" — {detail}"))}
                    </li>
                }
            })
            .collect_view();
        view! { <div><h3>{t.certifications()}</h3><ul>{items}</ul></div> }
    });
    let languages = (!p.languages.is_empty()).then(|| {
        let items = p
            .languages
            .iter()
            .map(|l| view! { <li>{l.language.clone()}{l.fluency.as_ref().map(|f| format!(" — {f}"))}</li> })
            .collect_view();
        view! { <div><h3>{t.languages()}</h3><ul>{items}</ul></div> }
    });
    view! {
        <section id="competences" aria-labelledby="competences-titre">
            <h2 id="competences-titre">{t.competences()}</h2>
            <p>{intro}</p>
            <Chart competencies=referential.competencies.clone() counts=counts.clone()/>
            <ul class="competency-grid">{cards}</ul>
            {skills}
            <div class="two-columns">{certificates}{languages}</div>
        </section>
    }
}

/// Bars of réalisations per competency, described for screen readers by
/// its label.
#[component]
fn Chart(competencies: Vec<Competency>, counts: Vec<usize>) -> impl IntoView {
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let label = competencies
        .iter()
        .zip(&counts)
        .map(|(c, n)| format!("{}\u{a0}: {}", c.code, n))
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!("{}{label}", texts().chart());
    let height = (competencies.len() * CHART_ROW_HEIGHT).to_string();
    let bars = competencies
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(i, (c, &n))| {
            let y = i * CHART_ROW_HEIGHT;
            let width = 300 * n / max;
            view! {
                <g>
                    <text x="0" y=(y + 20).to_string() class="chart-code">{c.code.clone()}</text>
                    <rect x="52" y=(y + 6).to_string() width=width.max(2).to_string() height="18" rx="3" class="chart-bar"></rect>
                    <text x=(58 + width).to_string() y=(y + 20).to_string() class="chart-count">{n.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 400 {height}") width="400" height=height.clone() role="img" aria-label=label>
                {bars}
            </svg>
        </figure>
    }
}
