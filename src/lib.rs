//! Cyberfolio: the E5 portfolio of a BTS SIO student, rendered from one JSON
//! file by a single-page Leptos app that any static host can serve.
//!
//! The data work (parsing, validation, filtering, the tableau) is in the
//! `cyberfolio-model` crate. `cyberfolio meta` writes the page's fixed
//! content into the built `index.html` (`crates/cli/src/page.rs`); this
//! crate fetches the file and mounts the live parts into that page.

pub mod app;
pub mod browser;
pub mod live;
pub mod loader;
pub mod rich_text;
pub mod sections;
pub mod site;
pub mod view_links;
pub mod view_state;

/// Mounts the app in `#app`, replacing the static loading shell of
/// `index.html`; an accueil written by `cyberfolio meta` stays until the
/// app renders its own.
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
    leptos::mount::mount_to(root, app::App).forget();
}
