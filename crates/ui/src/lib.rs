//! The portfolio's components: every part of the page, written once, as
//! Leptos components.
//!
//! The build (`crates/build`) renders them to HTML with `ssr`
//! ([`page::render_page`]): the page a visitor reads before, or without,
//! the WebAssembly. The app (the root package) mounts the live ones in the
//! browser with `csr`: the navigation ([`sections::nav::Nav`]) and the
//! réalisations with their filters ([`sections::realisations::Realisations`]),
//! in place of their written copies; the sections that never change are
//! rendered by the build alone and cost the wasm nothing. The command line
//! renders the tableau ([`sections::tableau::TableauTable`]) for its HTML
//! export.
//!
//! Component bodies make no browser call: what needs the browser runs in
//! effects and event handlers ([`browser`]), which never run on the host.

pub mod browser;
pub mod diagnostics;
pub mod edition;
pub mod page;
pub mod qr_code;
pub mod rich_text;
pub mod sections;
pub mod site;
pub mod texts;
pub mod view_links;
pub mod view_state;
