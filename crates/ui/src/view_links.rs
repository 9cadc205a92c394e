//! Links to a view of the page: one réalisation (`?r=…`) or the
//! réalisations of one competency (`?c=…#realisations`).
//!
//! They are plain links, whether the app renders them (cards, detail view)
//! or `cyberfolio-build page` wrote them into the page (Compétences, Expériences,
//! the tableau): [`follow_view_links`] installs one listener that follows a
//! plain click on any of them without reloading the page. A click with a
//! modifier, or a middle click, opens the view in a new tab, as any link.

use cyberfolio_model::filter::competency_href;
use cyberfolio_model::{Referential, ViewState};
use leptos::prelude::*;

use crate::browser;
use crate::sections::realisation_detail::written_detail_id;
use crate::view_state::{HistoryMode, UrlState, REALISATIONS_ID};

/// A link that opens a réalisation in the detail view; a real link
/// (`?r=id#r-id`), so it can be opened in a new tab or shared. The app
/// reads the query and opens its dialog; without the app (no JavaScript,
/// or it could not start), the page loads at the réalisation's detail
/// written into it (`#r-id`, [`written_detail_id`]). A plain click keeps
/// the current filters. The `href` does not follow them: with 1,000
/// réalisations, rewriting every card's and row's `href` on each filter
/// change cost more than the rest of the update.
#[component]
pub fn OpenLink(#[prop(into)] id: String, #[prop(into)] label: String) -> impl IntoView {
    let anchor = written_detail_id(&id);
    let query = ViewState {
        open: Some(id),
        ..ViewState::default()
    }
    .to_query();
    view! { <a href=format!("{query}#{anchor}")>{label}</a> }
}

/// A link that shows the réalisations of one competency.
#[component]
pub fn CompetencyFilterLink(
    #[prop(into)] code: String,
    children: Children,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    view! { <a href=competency_href(&code) aria-label=label>{children()}</a> }
}

/// Follows plain clicks on view links for as long as the current owner
/// lives: opening a réalisation makes a history entry; a competency's link
/// shows its réalisations, closing the detail view if it was in it, and
/// moves the focus to the list (from the detail view, the dialog does that
/// once it has closed: the page behind a modal cannot take the focus).
/// A click another handler already took (`preventDefault`) is left alone.
pub fn follow_view_links(url: UrlState, referential: Referential) {
    // `public/init.js` follows them until now.
    browser::set_window_flag("cyberfolioFollowsLinks", true);
    on_cleanup(|| browser::set_window_flag("cyberfolioFollowsLinks", false));
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented() || !browser::plain_click(&ev) {
            return;
        }
        let Some(href) = browser::clicked_link(&ev) else {
            return;
        };
        let Some(query) = href.strip_prefix('?') else {
            return;
        };
        let query = query.split('#').next().unwrap_or_default();
        let state = ViewState::from_query(query, &referential);
        if let Some(id) = state.open {
            ev.prevent_default();
            url.open(id);
        } else if !state.filter.is_empty() {
            ev.prevent_default();
            let in_dialog = url.with_untracked(|s| s.open.is_some());
            url.update_at_realisations(HistoryMode::Push, move |s| {
                s.filter = state.filter;
                s.open = None;
            });
            if !in_dialog {
                browser::go_to_id(REALISATIONS_ID);
            }
        }
    });
    on_cleanup(move || handle.remove());
}
