//! The interface's texts, for the components: the table of
//! [`cyberfolio_model::texts`], in the page's language.

use cyberfolio_model::texts::{Texts, FRENCH};

/// The texts of the page. French is the one language today; a second one
/// is chosen here (by the portfolio's `site.language`), and every component
/// follows.
///
/// The wasm reads each text where it shows it (`texts().copied`), which
/// the compiler folds into the text itself; a reference into the table
/// (`format!` takes references to its arguments: bind the text to a local
/// first) would keep every text of it in the wasm, 1.3 kB of gzip.
#[inline(always)]
pub fn texts() -> &'static Texts {
    &FRENCH
}
