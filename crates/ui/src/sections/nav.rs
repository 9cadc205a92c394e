//! The sticky navigation with the current section highlighted, and the
//! theme switch.

use cyberfolio_model::meta::sections;
use leptos::prelude::*;

use crate::browser;
use crate::site::use_site;
use crate::texts::texts;

/// How far below the sticky header a section's top may be and still count
/// as the current section.
const SPY_MARGIN: f64 = 60.0;

/// Navigation bar: name, section links, theme switch. `dark`: the theme
/// the page shows now (`public/init.js` keeps it on `<html>`; the build
/// writes the light one, and init.js corrects it before the first paint).
///
/// The scroll spy and the strip's scrolling are effects and window
/// listeners: they run in the browser only.
#[component]
pub fn Nav(#[prop(optional)] dark: bool) -> impl IntoView {
    let site = use_site();
    let links = sections(&site.portfolio);
    let ids: Vec<&'static str> = links.iter().map(|l| l.id).collect();
    let active = RwSignal::new(ids.first().copied().unwrap_or("accueil"));
    // Where the visible part of the page starts: the header wraps to two
    // rows on narrow screens or with a long name. (`public/init.js` gives
    // its height to the stylesheet, for `scroll-padding-top`.)
    let header = NodeRef::<leptos::html::Header>::new();
    let ids = StoredValue::new(ids);
    let spy = move || {
        let height = header
            .get_untracked()
            .map_or(56.0, |h| h.get_bounding_client_rect().height());
        let current = ids.with_value(|ids| current_section(ids, height + SPY_MARGIN));
        if active.get_untracked() != current {
            active.set(current);
        }
    };
    // The app may start with the visitor anywhere in the page: the
    // highlight follows from the first frame, not from the next scroll.
    Effect::new(move |_| {
        if header.get().is_some() {
            request_animation_frame(spy);
        }
    });
    let scrolled = window_event_listener(leptos::ev::scroll, move |_| spy());
    // A link to a section already on screen at the end of the page does
    // not scroll: the address changes, and the highlight follows it.
    let followed = window_event_listener(leptos::ev::hashchange, move |_| spy());
    on_cleanup(move || {
        scrolled.remove();
        followed.remove();
    });
    // On a phone the links are one scrolling row: keep the current one in
    // it, once its `aria-current` is written.
    Effect::new(move |_| {
        active.track();
        request_animation_frame(|| browser::reveal_in_strip(".site-header nav a[aria-current]"));
    });
    let name = site.portfolio.basics.name.clone();
    view! {
        <header class="site-header" node_ref=header>
            <div class="bar">
                <a class="brand" href="#accueil">{name}</a>
                <nav aria-label=texts().navigation()>
                    <ul>
                        {links
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{}", l.id)
                                            aria-current=move || (active.get() == l.id).then_some("location")
                                        >
                                            {l.label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <ThemeSwitch dark=dark/>
            </div>
        </header>
    }
}

/// The section the visitor is reading: the last whose top is above
/// `offset` (the header's bottom and a margin). At the end of the page,
/// where the last sections never reach the top: the one the address names
/// (the link just followed) if it is on screen, else the last on screen.
fn current_section(ids: &[&'static str], offset: f64) -> &'static str {
    let reached = ids
        .iter()
        .copied()
        .rfind(|id| browser::top_of(id).is_some_and(|top| top <= offset))
        .unwrap_or("accueil");
    let Some((viewport, true)) = browser::viewport_at_end() else {
        return reached;
    };
    let on_screen = |id: &&str| browser::top_of(id).is_some_and(|top| top < viewport);
    let hash = browser::location_hash();
    let named = ids
        .iter()
        .copied()
        .find(|id| hash.strip_prefix('#') == Some(*id));
    named
        .filter(on_screen)
        .or_else(|| ids.iter().copied().rfind(on_screen))
        .unwrap_or(reached)
}

/// The light/dark switch. `public/init.js` runs it (the visitor's choice,
/// stored or forgotten, the portfolio's default, the system's preference as
/// it changes), before the app has started as after: here it only shows
/// the theme the page has now.
#[component]
fn ThemeSwitch(dark: bool) -> impl IntoView {
    view! {
        <button type="button" class="theme-switch" aria-pressed=dark.to_string()>
            <span aria-hidden="true">{if dark { "☾" } else { "☀" }}</span>
            <span class="visually-hidden">{texts().dark_theme()}</span>
        </button>
    }
}
