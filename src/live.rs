//! Views mounted into the page that `cyberfolio meta` wrote at build time
//! (`crates/cli/src/page.rs`), rather than into an element of their own:
//! the live parts of [`crate::sections::page::Page`], and the error page
//! when the portfolio cannot be shown.

use cyberfolio_model::meta::LIVE_MARKER;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

use crate::browser;

/// Where the réalisations go in a written page: its `<main>`, before the
/// marker comment (at the end of `<main>` without one).
pub struct LivePlace {
    /// The page's `<main>`.
    pub main: web_sys::Element,
    /// The [`LIVE_MARKER`] comment.
    pub marker: Option<web_sys::Node>,
}

impl LivePlace {
    /// The place in `page` (the written page, or a page of the app's own).
    pub fn in_page(page: &web_sys::Element) -> Option<LivePlace> {
        let main = page.query_selector("main").ok().flatten()?;
        let marker = browser::marker_comment(&main, LIVE_MARKER);
        Some(LivePlace { main, marker })
    }

    /// The place in the page written at build time, if there is one.
    pub fn written() -> Option<LivePlace> {
        LivePlace::in_page(&browser::prerendered()?)
    }

    /// Mounts `view` at this place, under a child of `owner`.
    pub fn mount(&self, owner: &Owner, view: impl FnOnce() -> AnyView) -> Part {
        Part::mount(owner, &self.main, self.marker.as_ref(), view)
    }
}

/// One live part: its view, mounted in the page, and the reactive owner of
/// its signals and effects, a child of the page's (so that it sees the
/// page's context).
pub struct Part {
    owner: Owner,
    view: AnyViewState,
}

impl Part {
    /// Builds `view` under a new child of `owner` and inserts it into
    /// `parent`, before `marker` or at the end.
    pub fn mount(
        owner: &Owner,
        parent: &web_sys::Element,
        marker: Option<&web_sys::Node>,
        view: impl FnOnce() -> AnyView,
    ) -> Part {
        let child = owner.with(Owner::new);
        let mut state = child.with(|| view().build());
        state.mount(parent, marker);
        Part {
            owner: child,
            view: state,
        }
    }

    /// Removes the part from the page and disposes of its owner.
    pub fn unmount(mut self) {
        self.view.unmount();
        drop(self.owner);
    }
}
