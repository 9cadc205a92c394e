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

use cyberfolio_model::texts::Wording;
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

/// The texts of the page, one method per text: `texts().close()`.
///
/// Each method is a choice between the languages' literals, inlined where
/// the text is shown, so that the wasm keeps only the texts it shows (see
/// [`Wording`]).
#[inline(always)]
pub fn texts() -> Wording {
    language().wording()
}
