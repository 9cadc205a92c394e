//! The view state (filters, open réalisation, author view) lives in the
//! query string: it is read on load and on Back/Forward, and written with
//! the History API, so any view can be shared, reloaded and printed.

use cyberfolio_model::{Filter, Referential, ViewState};
use leptos::prelude::*;

use crate::browser;

/// The id of the réalisations section. A filtered view's URL ends with
/// this anchor, so that a shared or reloaded filter opens on its results
/// rather than on the accueil.
pub const REALISATIONS_ID: &str = "realisations";

/// Reactive handle on the URL's view state, provided by the app root.
#[derive(Clone, Copy)]
pub struct UrlState {
    state: RwSignal<ViewState>,
    /// Whether the current history entry was pushed by opening a
    /// réalisation, so that closing it can simply go back.
    open_pushed: StoredValue<bool>,
}

/// Whether a change makes a new history entry (Back returns to the
/// previous view) or replaces the current one (typing in the search box).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry.
    Push,
    /// The current entry.
    Replace,
}

impl UrlState {
    /// The view before any filter: the one the build writes, away from any
    /// address.
    pub fn unfiltered() -> UrlState {
        UrlState {
            state: RwSignal::new(ViewState::default()),
            open_pushed: StoredValue::new(false),
        }
    }

    /// Reads the current URL and follows Back/Forward.
    pub fn install(referential: Referential) -> UrlState {
        let state = RwSignal::new(ViewState::from_query(
            &browser::location_search(),
            &referential,
        ));
        let open_pushed = StoredValue::new(false);
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            browser::discard_pending_url();
            open_pushed.set_value(false);
            let next = ViewState::from_query(&browser::location_search(), &referential);
            // Back from an open réalisation (Escape, the close button or the
            // browser's Back) returns the visitor to where they opened it,
            // not to the URL's anchor.
            if next.open.is_none() && state.with_untracked(|s| s.open.is_some()) {
                browser::keep_scroll_position();
            }
            if next != state.get_untracked() {
                state.set(next);
            }
        });
        on_cleanup(move || handle.remove());
        UrlState { state, open_pushed }
    }

    /// The current view state (tracked).
    pub fn get(&self) -> ViewState {
        self.state.get()
    }

    /// Reads part of the view state (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&ViewState) -> R) -> R {
        self.state.with(f)
    }

    /// Reads part of the view state without subscribing to it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&ViewState) -> R) -> R {
        self.state.with_untracked(f)
    }

    /// Changes the view state and writes it to the URL, keeping the
    /// URL's anchor.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        self.write(mode, browser::location_hash(), change);
    }

    /// Changes the view state, as [`UrlState::update`] does, for a view of
    /// the réalisations: the URL's anchor becomes the réalisations section.
    pub fn update_at_realisations(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        self.write(mode, format!("#{REALISATIONS_ID}"), change);
    }

    fn write(&self, mode: HistoryMode, anchor: String, change: impl FnOnce(&mut ViewState)) {
        self.open_pushed.set_value(false);
        let mut next = self.state.get_untracked();
        // The link's unknown codes were said once; any change moves on.
        next.unknown_codes.clear();
        change(&mut next);
        if next == self.state.get_untracked() {
            return;
        }
        let url = url_for(&next) + &anchor;
        browser::write_url(&url, mode == HistoryMode::Push);
        self.state.set(next);
    }
}

impl UrlState {
    /// Changes the réalisations filter; an open réalisation stays open.
    /// Measured as `cyberfolio:filter` (see [`browser::measure_update`]).
    pub fn update_filter(&self, mode: HistoryMode, change: impl FnOnce(&mut Filter)) {
        browser::measure_update("cyberfolio:filter", || {
            self.update_at_realisations(mode, |s| change(&mut s.filter))
        });
    }

    /// Opens a réalisation in the detail view, as a new history entry.
    pub fn open(&self, id: String) {
        self.update(HistoryMode::Push, |s| s.open = Some(id));
        self.open_pushed.set_value(true);
    }

    /// Closes the detail view: going back when opening made the entry (so
    /// Back and Escape agree), otherwise removing `r` from the URL.
    pub fn close(&self) {
        if self.open_pushed.get_value() {
            self.open_pushed.set_value(false);
            browser::history_back();
        } else {
            self.update(HistoryMode::Replace, |s| s.open = None);
        }
    }
}

/// The URL of a view: its query string, or the bare path for the default view.
pub fn url_for(state: &ViewState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        browser::location_pathname()
    } else {
        query
    }
}

/// The current view of the réalisations as a link to share: the page's
/// address with the réalisations anchor.
pub fn realisations_link() -> String {
    let href = browser::location_href();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}#{REALISATIONS_ID}")
}

/// The URL state provided by the app root.
pub fn use_url_state() -> UrlState {
    expect_context::<UrlState>()
}
