//! The interface's texts, for the components: the table of
//! [`cyberfolio_model::texts`], in the page's language.

use cyberfolio_model::texts::{Texts, FRENCH};

/// The texts of the page. French is the one language today; a second one
/// is chosen here (by the portfolio's `site.language`), and every component
/// follows.
pub fn texts() -> &'static Texts {
    &FRENCH
}
