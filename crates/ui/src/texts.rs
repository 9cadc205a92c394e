//! The interface's texts, for the components: the table of
//! [`cyberfolio_model::texts`] in the page's language.
//!
//! The language is the portfolio's (`site.language`), fixed for the life
//! of a page: the build sets it before writing the page
//! ([`crate::page::render_page`]), the app once the portfolio has loaded
//! and before it mounts anything. One cell rather than a context: it is
//! read by plain functions as well as components, never changes once set,
//! and a context lookup for every text would cost the wasm code at each.

use std::cell::Cell;

use cyberfolio_model::texts::Texts;
use cyberfolio_model::Lang;

thread_local! {
    /// The page's language. Per thread: the host renders pages in parallel
    /// (tests), each on its thread.
    static LANGUAGE: Cell<Lang> = const { Cell::new(Lang::French) };
}

/// Sets the language of what this thread renders next.
pub fn set_language(lang: Lang) {
    LANGUAGE.with(|cell| cell.set(lang));
}

/// The page's language.
#[inline(always)]
pub fn language() -> Lang {
    LANGUAGE.with(Cell::get)
}

/// The texts of the page.
///
/// The wasm reads each text where it shows it (`texts().copied`), which
/// the compiler folds into a choice between the two languages' literals;
/// a reference into a table (`format!` takes references to its arguments:
/// bind the text to a local first) would keep every text of it in the
/// wasm, 1.3 kB of gzip per language.
#[inline(always)]
pub fn texts() -> &'static Texts {
    language().texts()
}
