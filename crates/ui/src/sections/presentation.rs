//! The presentation mode: slides made from the portfolio for the ten
//! minutes of the épreuve E5 ([`cyberfolio_model::presentation::slides`]),
//! written by the build into `presentation.html` (`?presentation=N` names
//! the slide). The build's script (`crates/build/src/presentation.js`)
//! shows one slide at a time, follows the keys, a swipe and the address,
//! and keeps the time; without it the slides read one after the other.
//! Each réalisation's slide leads to its full detail, written into the
//! same page, from which Escape comes back to the slide.

use cyberfolio_model::date::period;
use cyberfolio_model::meta::hero_label;
use cyberfolio_model::presentation::{slides, Slide};
use cyberfolio_model::url::is_safe_url;
use cyberfolio_model::{PartialDate, Portfolio, Realisation, Tableau, WorkKind};
use leptos::prelude::*;

use crate::qr_code::qr_code;
use crate::rich_text::RichText;
use crate::sections::realisation_detail::{written_detail, written_detail_id};
use crate::site::{use_site, SiteData};
use crate::texts::{language, texts};

/// The address of slide `n` (from 1).
pub fn slide_href(n: usize) -> String {
    format!("?presentation={n}")
}

/// The anchor of slide `n`, where a page without the script scrolls.
pub fn slide_id(n: usize) -> String {
    format!("diapo-{n}")
}

/// The whole presentation: the slides, the presenter's line (shown by the
/// script, which makes it work), and the presented réalisations' details.
#[component]
pub fn Presentation() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let t = texts();
    let slides = slides(p);
    let total = slides.len();
    let sections = slides
        .iter()
        .enumerate()
        .map(|(i, slide)| {
            let n = i + 1;
            let (kind, body) = match *slide {
                Slide::Title => ("title", title_slide(p).into_any()),
                Slide::Path => ("path", path_slide(p).into_any()),
                Slide::Competencies => ("competencies", competencies_slide(&site).into_any()),
                Slide::Realisation(r) => (
                    "realisation",
                    realisation_slide(&site, &p.realisations[r]).into_any(),
                ),
                Slide::Watch => ("watch", watch_slide(p).into_any()),
                Slide::Closing => ("closing", closing_slide(&site).into_any()),
            };
            let realisation = match *slide {
                Slide::Realisation(r) => Some(p.realisations[r].id.clone()),
                _ => None,
            };
            view! {
                <section
                    class=format!("slide slide-{kind}")
                    id=slide_id(n)
                    aria-roledescription=t.slide()
                    aria-label=format!("{n} / {total}")
                    data-realisation=realisation
                >
                    <div class="slide-body">{body}</div>
                </section>
            }
        })
        .collect_view();
    // The details the réalisation slides lead to; their link back goes to
    // the slide.
    let details = slides
        .iter()
        .enumerate()
        .filter_map(|(i, slide)| match *slide {
            Slide::Realisation(r) => Some(written_detail(
                &site,
                &p.realisations[r],
                format!("#{}", slide_id(i + 1)),
                t.back_to_slide(),
            )),
            _ => None,
        })
        .collect_view();
    view! {
        <div class="deck-page" data-deck=total.to_string()>
            <main class="deck" id="contenu" aria-label=format!("{}{}", t.presentation_of(), p.basics.name)>
                {sections}
            </main>
            <nav class="presenter" aria-label=t.presenter() hidden>
                <a class="button" href=slide_href(1) rel="prev" data-deck-step="-1">{t.previous_slide()}</a>
                <span class="deck-count"><span data-deck-current="">"1"</span>{format!(" / {total}")}</span>
                <a class="button" href=slide_href(2.min(total)) rel="next" data-deck-step="1">{t.next_slide()}</a>
                <span class="deck-timer" data-deck-timer="">
                    <span class="visually-hidden">{t.elapsed()}</span>
                    <time>"0:00"</time>
                    " / 10:00"
                </span>
                <button type="button" class="button" data-deck-restart="">{t.restart_timer()}</button>
                <span class="deck-keys">{t.presentation_keys()}</span>
                <a class="button" href="./" data-deck-leave="">{t.leave_presentation()}</a>
            </nav>
            <div class="written-details">{details}</div>
        </div>
    }
}

/// The candidate: name, what they study, session, training centre.
fn title_slide(p: &Portfolio) -> impl IntoView {
    let t = texts();
    let exam = p.exam.clone().unwrap_or_default();
    let option = exam.option.map(|o| o.label(language()));
    let session = exam
        .session
        .map(|s| format!("{}{s}", t.session().trim_start_matches([' ', '—'])));
    view! {
        <p class="eyebrow">{t.eyebrow()}</p>
        <h1>{p.basics.name.clone()}</h1>
        {hero_label(p).map(|label| view! { <p class="slide-lead">{label}</p> })}
        {option.map(|o| view! { <p>{o}</p> })}
        {session.map(|s| view! { <p>{s}</p> })}
        {exam.training_centre.map(|c| view! { <p>{c}</p> })}
    }
}

/// Education and work, in the order they started.
fn path_slide(p: &Portfolio) -> impl IntoView {
    let t = texts();
    let lang = language();
    let mut steps: Vec<(Option<PartialDate>, AnyView)> = Vec::new();
    for e in &p.education {
        let what = [e.study_type.as_deref(), e.area.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let when = period(e.start_date, e.end_date, lang);
        steps.push((
            e.start_date,
            view! {
                <li>
                    <p class="timeline-when">{when}</p>
                    <p><strong>{(!what.is_empty()).then_some(what)}</strong>" "{e.institution.clone()}</p>
                </li>
            }
            .into_any(),
        ));
    }
    for w in &p.work {
        let kind = w.kind.unwrap_or(WorkKind::Job).label(lang);
        let title = match &w.position {
            Some(position) => format!("{position} — {}", w.name),
            None => w.name.clone(),
        };
        let when = period(w.start_date, w.end_date, lang);
        steps.push((
            w.start_date,
            view! {
                <li>
                    <p class="timeline-when">{when}</p>
                    <p><span class="tag">{kind}</span>" "<strong>{title}</strong></p>
                </li>
            }
            .into_any(),
        ));
    }
    steps.sort_by_key(|(start, _)| start.map(|d| d.start_key()));
    view! {
        <h2>{t.path()}</h2>
        <ol class="timeline slide-timeline">{steps.into_iter().map(|(_, step)| step).collect_view()}</ol>
    }
}

/// The competencies, with how many réalisations mobilise each, and which.
fn competencies_slide(site: &SiteData) -> impl IntoView {
    let t = texts();
    let tableau = Tableau::new(&site.portfolio, &site.referential);
    let (one, several) = t.realisation_count();
    let rows = site
        .referential
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let count = tableau.coverage.get(i).copied().unwrap_or_default();
            let names: Vec<String> = site
                .portfolio
                .realisations
                .iter()
                .filter(|r| c.is_mobilised_by(&r.competencies))
                .map(|r| r.name.clone())
                .collect();
            let class = if count == 0 { "uncovered" } else { "" };
            view! {
                <li class=class>
                    <p><span class="code">{c.code.clone()}</span>" "{c.short_label().to_string()}" — "<strong>{format!("{count}{}", if count == 1 { one } else { several })}</strong></p>
                    <p class="slide-names">{names.join(" · ")}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t.competencies_slide()}</h2>
        <ul class="competency-counts">{rows}</ul>
    }
}

/// One réalisation: context, personal contribution, competencies, first
/// image, and the way to its detail.
fn realisation_slide(site: &SiteData, r: &Realisation) -> impl IntoView {
    let t = texts();
    let lang = language();
    let competencies = site
        .referential
        .competencies
        .iter()
        .filter(|c| c.is_mobilised_by(&r.competencies))
        .map(|c| view! { <li class="badge"><span class="code">{c.code.clone()}</span>" "{c.short_label().to_string()}</li> })
        .collect_view();
    let image = r.images.iter().find(|i| is_safe_url(&i.src)).map(|i| {
        view! {
            <figure class="slide-figure">
                <img src=i.src.clone() alt=i.alt.clone() loading="lazy" decoding="async"/>
                {i.caption.clone().map(|c| view! { <figcaption>{c}</figcaption> })}
            </figure>
        }
    });
    view! {
        <p class="meta">
            {r.cadre.map(|c| view! { <span class=format!("tag cadre-{}", c.code())>{c.short_label(lang)}</span> })}
            " "
            {period(r.start_date, r.end_date, lang)}
        </p>
        <h2>{r.name.clone()}</h2>
        <div class="slide-columns">
            <div class="slide-text">
                {r.context.clone().or_else(|| r.summary.clone()).map(|text| view! { <h3>{t.context()}</h3> <div class="slide-clamp"><RichText text=text/></div> })}
                {r.contribution.clone().map(|text| view! { <h3>{t.contribution()}</h3> <div class="slide-clamp"><RichText text=text/></div> })}
                <ul class="badges slide-badges" aria-label=t.mobilised()>{competencies}</ul>
                <p><a class="button" href=format!("#{}", written_detail_id(&r.id)) data-deck-detail="">{t.see_detail()}</a></p>
            </div>
            {image}
        </div>
    }
}

/// The veille: its subject, introduction, tools and sources.
fn watch_slide(p: &Portfolio) -> impl IntoView {
    let t = texts();
    let watch = p.tech_watch.clone().unwrap_or_default();
    let tools = (!watch.tools.is_empty()).then(|| {
        view! { <ul class="badges">{watch.tools.iter().map(|tool| view! { <li class="badge">{tool.clone()}</li> }).collect_view()}</ul> }
    });
    let sources: Vec<String> = watch.sources.iter().map(|s| s.name.clone()).collect();
    view! {
        <p class="eyebrow">{t.veille()}</p>
        <h2>{watch.subject.clone()}</h2>
        {watch.introduction.clone().map(|text| view! { <div class="slide-clamp"><RichText text=text/></div> })}
        {tools}
        {(!sources.is_empty()).then(|| view! { <p class="slide-names">{sources.join(" · ")}</p> })}
    }
}

/// Thanks, and where the portfolio is, with its QR code.
fn closing_slide(site: &SiteData) -> impl IntoView {
    let t = texts();
    let tableau = Tableau::new(&site.portfolio, &site.referential);
    let address = tableau.site_address().map(str::to_string);
    let code = address
        .as_deref()
        .and_then(|a| qr_code(a, format!("{}{a}", t.portfolio_qr_code()), "qr qr-closing"));
    view! {
        <h2>{t.thanks()}</h2>
        <p class="slide-lead">{site.portfolio.basics.name.clone()}</p>
        {address.map(|a| { let shown = a.clone(); view! { <p>{t.portfolio_at()}<a href=a>{shown}</a></p> } })}
        {code}
    }
}
