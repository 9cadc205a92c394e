//! Cyberfolio: the E5 portfolio of a BTS SIO student, rendered from one JSON
//! file by a single-page Leptos app that any static host can serve.
//!
//! This crate is the WebAssembly app. The data work (parsing, validation,
//! filtering, the tableau) is in `cyberfolio-model`; every part of the page
//! is a component of `cyberfolio-ui`, which the build
//! (`cyberfolio-build page`) renders into the built `index.html`. The app
//! fetches the portfolio and mounts the live components into that page
//! ([`page::Page`]), with the detail view and the error page.

pub mod app;
pub mod detail;
pub mod error_page;
pub mod live;
pub mod loader;
pub mod page;

use cyberfolio_model::Lang;
use cyberfolio_ui::browser;
use cyberfolio_ui::texts::set_language;

/// Mounts the app in `#app`, replacing the static loading shell of
/// `index.html`; a page written by the build stays, and the app mounts its
/// live parts into it.
///
/// The mount runs in the task after the one that instantiated the
/// WebAssembly module, so that neither is a long task on a phone.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        browser::next_task().await;
        mount();
    });
}

/// Mounts the app now.
fn mount() {
    let Some(root) = browser::element_by_id("app") else {
        return;
    };
    if browser::prerendered().is_none() {
        root.set_inner_html("");
    }
    // The page's language until the portfolio says its own: the build
    // wrote it on `<html>`, the same as the portfolio's.
    set_language(
        browser::root_attribute("lang")
            .and_then(|tag| Lang::of_tag(&tag))
            .unwrap_or_default(),
    );
    leptos::mount::mount_to(root, app::App).forget();
}
