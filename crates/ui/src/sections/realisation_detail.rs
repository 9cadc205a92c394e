//! A réalisation in full (context, objectives, description, contribution,
//! competencies, technologies, documents, images): written once, shown in
//! two places. The app opens it in its dialog (`?r=<id>`); the build writes
//! every réalisation's into the page ([`WrittenDetails`]), where a card's
//! link leads (`#r-<id>`) when the app is not running (without JavaScript,
//! or when it could not start), and where search engines and link previews
//! read it.

use cyberfolio_model::date::period;
use cyberfolio_model::url::is_safe_url;
use cyberfolio_model::Realisation;
use leptos::prelude::*;

use crate::rich_text::{Link, RichText};
use crate::site::{use_site, SiteData};
use crate::texts::{language, texts};
use crate::view_links::CompetencyFilterLink;
use crate::view_state::REALISATIONS_ID;

/// The anchor of a réalisation's written detail: `r-<id>` (ids are slugs).
pub fn written_detail_id(id: &str) -> String {
    format!("r-{id}")
}

/// Every réalisation's detail, written into the page after the list, each
/// shown only as the target of the address (`#r-<id>`) while the app is
/// not running (the stylesheet's `.written-detail`). The app never mounts
/// it: it shows a réalisation in its dialog.
#[component]
pub fn WrittenDetails() -> impl IntoView {
    let site = use_site();
    let back = texts().back_to_realisations();
    let details = site
        .portfolio
        .realisations
        .iter()
        .map(|r| written_detail(&site, r, format!("#{REALISATIONS_ID}"), back))
        .collect_view();
    view! { <div class="written-details">{details}</div> }
}

/// One réalisation's written detail (`article#r-<id>`), with a link back
/// to `back_href` that says `back`: the page's list, or the presentation's
/// slide.
pub fn written_detail(
    site: &SiteData,
    r: &Realisation,
    back_href: String,
    back: &'static str,
) -> impl IntoView {
    let id = written_detail_id(&r.id);
    let heading = format!("{id}-titre");
    let labelled_by = heading.clone();
    view! {
        <article id=id class="written-detail" aria-labelledby=labelled_by tabindex="-1">
            {realisation_detail(site, r, heading)}
            <p class="back"><a href=back_href>{back}</a></p>
        </article>
    }
}

/// A réalisation in full, its heading's id `heading_id`: the content of
/// the app's dialog and of each detail written into the page. A function
/// of borrowed data rather than a component, so that opening one copies
/// only the texts it shows.
pub fn realisation_detail(site: &SiteData, r: &Realisation, heading_id: String) -> impl IntoView {
    let competencies = site
        .referential
        .competencies
        .iter()
        .filter(|c| c.is_mobilised_by(&r.competencies))
        .map(|c| {
            let subs: Vec<String> =
                c.sub_competencies.iter().filter(|s| r.competencies.contains(&s.code)).map(|s| format!("{} {}", s.code, s.label)).collect();
            let (code, label) = (c.code.clone(), c.label.clone());
            view! {
                <li>
                    <CompetencyFilterLink code=c.code.clone()>
                        <span class="code">{code}</span>
                        " "
                        {label}
                    </CompetencyFilterLink>
                    {(!subs.is_empty()).then(|| view! { <ul class="subs">{subs.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> })}
                </li>
            }
        })
        .collect_view();
    let work = r
        .work
        .as_ref()
        .and_then(|id| {
            site.portfolio
                .work
                .iter()
                .find(|w| w.id.as_ref() == Some(id))
        })
        .map(|w| w.name.clone());
    let organisation = r.organization.clone().or(work);
    // On paper, the réalisation says whose it is and where the rest is.
    // A text of the table goes into a local before `format!`, which takes
    // references: one into the table would keep all of it in the wasm.
    let portfolio_of = texts().portfolio_of();
    let (team_before, team_after) = texts().team_of();
    let owner = format!("{portfolio_of}{}", site.portfolio.basics.name);
    let address = site
        .portfolio
        .exam
        .as_ref()
        .and_then(|e| e.portfolio_url.clone())
        .map(|u| format!(" — {u}"));
    view! {
            <p class="print-only">{owner}{address}</p>
            <header class="detail-header">
                <p class="meta">
                    {r.cadre.map(|c| view! { <span class=format!("tag cadre-{}", c.code())>{c.short_label(language())}</span> })}
                    " "
                    {period(r.start_date, r.end_date, language())}
                    {organisation.map(|o| format!(" · {o}"))}
                    {r.team_size.map(|n| if n <= 1 { texts().individual_work().to_string() } else { format!("{team_before}{n}{team_after}") })}
                </p>
                <h2 id=heading_id>{r.name.clone()}</h2>
            </header>
            {r.summary.clone().map(|s| view! { <p class="lead">{s}</p> })}
            {r.context.clone().map(|text| view! { <h3>{texts().context()}</h3> <RichText text=text/> })}
            {(!r.objectives.is_empty()).then(|| view! { <h3>{texts().objectives()}</h3> <ul>{r.objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul> })}
            {r.description.clone().map(|text| view! { <h3>{texts().description()}</h3> <RichText text=text/> })}
            {r.contribution.clone().map(|text| view! { <div class="contribution"><h3>{texts().contribution()}</h3> <RichText text=text/></div> })}
            <h3>{texts().mobilised()}</h3>
            <ul class="detail-competencies">{competencies}</ul>
            {(!r.technologies.is_empty()).then(|| view! { <h3>{texts().technologies()}</h3> <ul class="badges">{r.technologies.iter().map(|tech| view! { <li class="badge">{tech.clone()}</li> }).collect_view()}</ul> })}
            {(!r.documents.is_empty()).then(|| {
                view! {
                    <h3>{texts().documents_and_productions()}</h3>
                    <ul class="documents">
                        {r
                            .documents
                            .iter()
                            .map(|d| {
                                let title = d.title.clone();
                                view! { <li><Link href=d.url.clone()>{title}</Link> {d.kind.map(|k| view! { " " <span class="tag">{k.label(language())}</span> })}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
            {(!r.images.is_empty()).then(|| {
                // Checked by the build; a file changed since cannot point
                // an image elsewhere than an address a link may have.
                r.images
                    .iter()
                    .filter(|i| is_safe_url(&i.src))
                    .map(|i| {
                        view! {
                            <figure>
                                <img src=i.src.clone() alt=i.alt.clone() width=i.width.map(|w| w.to_string()) height=i.height.map(|h| h.to_string()) loading="lazy" decoding="async"/>
                                {i.caption.clone().map(|c| view! { <figcaption>{c}</figcaption> })}
                            </figure>
                        }
                    })
                    .collect_view()
            })}
    }
}
