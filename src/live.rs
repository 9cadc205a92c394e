//! Views mounted into the page that the build wrote (`cyberfolio-build
//! page`), rather than into an element of their own: the live parts of
//! [`crate::page::Page`], and the error page when the portfolio cannot be
//! shown.

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

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
