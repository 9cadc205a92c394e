//! À propos: the bio, what the BTS SIO is, and the path as a timeline.

use cyberfolio_model::date::period;
use cyberfolio_model::order::sort_by_u64_key;
use cyberfolio_model::{PartialDate, Portfolio, WorkKind};
use leptos::prelude::*;

use crate::site::use_site;
use crate::texts::{language, texts};

/// One step of the path, education or work.
struct Step {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    title: String,
    place: String,
    kind: &'static str,
    /// A diploma's result (« Mention bien »).
    score: Option<String>,
    /// A diploma's main courses.
    courses: Vec<String>,
}

/// The path, education and work together, most recent first; undated
/// steps last.
fn steps(p: &Portfolio) -> Vec<Step> {
    let mut steps: Vec<Step> = p
        .education
        .iter()
        .map(|e| Step {
            start: e.start_date,
            end: e.end_date,
            title: [e.study_type.as_deref(), e.area.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — "),
            place: e.institution.clone(),
            kind: texts().education(),
            score: e.score.clone(),
            courses: e.courses.clone(),
        })
        .chain(p.work.iter().map(|w| Step {
            start: w.start_date,
            end: w.end_date,
            title: w.position.clone().unwrap_or_else(|| w.name.clone()),
            place: w.name.clone(),
            kind: w.kind.unwrap_or(WorkKind::Job).label(language()),
            score: None,
            courses: Vec::new(),
        }))
        .collect();
    sort_by_u64_key(&mut steps, |s| {
        s.start.map_or(u64::MAX, |d| {
            let (year, month, day) = d.start_key();
            u64::MAX - 1 - ((u64::from(year) << 16) | (u64::from(month) << 8) | u64::from(day))
        })
    });
    steps
}

/// The section « À propos ».
#[component]
pub fn About() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let t = texts();
    let option = match p.exam.as_ref().and_then(|e| e.option) {
        Some(o) => format!(
            "{} {}\u{a0}: {}.",
            t.option(),
            o.code(),
            o.label(language())
        ),
        None => t.both_options().to_string(),
    };
    let city = p.basics.location.as_ref().and_then(|l| l.city.clone());
    let interests = (!p.interests.is_empty()).then(|| {
        let items = p
            .interests
            .iter()
            .map(|i| {
                let keywords =
                    (!i.keywords.is_empty()).then(|| format!("\u{a0}: {}", i.keywords.join(", ")));
                view! { <li><strong>{i.name.clone()}</strong>{keywords}</li> }
            })
            .collect_view();
        view! {
            <h3>{t.interests()}</h3>
            <ul class="interests">{items}</ul>
        }
    });
    let timeline = steps(p)
        .into_iter()
        .map(|step| {
            let courses = (!step.courses.is_empty()).then(|| {
                view! {
                    <ul class="timeline-courses" aria-label=t.courses()>
                        {step.courses.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                }
            });
            view! {
                <li>
                    <p class="timeline-when">{period(step.start, step.end, language())}</p>
                    <p class="timeline-what"><span class="tag">{step.kind}</span>" "<strong>{step.title}</strong></p>
                    <p class="timeline-where">{step.place}</p>
                    {step.score.map(|s| view! { <p class="timeline-score">{s}</p> })}
                    {courses}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="a-propos" aria-labelledby="a-propos-titre">
            <h2 id="a-propos-titre">{t.about()}</h2>
            <div class="two-columns">
                <div>
                    {p.basics.summary.clone().map(|s| view! { <p>{s}</p> })}
                    <p class="note">
                        {t.bts_sio()}
                        {option}
                    </p>
                    {city.map(|c| view! { <p>{t.location()}{c}</p> })}
                    {interests}
                </div>
                <div>
                    <h3>{t.path()}</h3>
                    <ol class="timeline">{timeline}</ol>
                </div>
            </div>
        </section>
    }
}
