//! Which copy of the portfolio a page is written for: the site on its
//! host, or the offline copy a candidate keeps on a USB key for the exam.
//! The build says it ([`crate::page::render_page_as`]); the footer and the
//! author view read it.

use leptos::prelude::*;

/// The offline copy's archive, which `cyberfolio build` writes beside the
/// site's page and the footer links to.
pub const OFFLINE_ARCHIVE: &str = "portfolio-hors-ligne.zip";

/// The copy a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// The site on its host. `archive`: the offline copy is published
    /// beside it ([`OFFLINE_ARCHIVE`]), and the page links to it.
    Online {
        /// Whether the archive is there to link to.
        archive: bool,
    },
    /// The offline copy, opened from a folder (`file://`), with no app.
    Offline,
}

impl Default for Edition {
    fn default() -> Edition {
        Edition::Online { archive: false }
    }
}

/// The edition in context; the site's without one.
pub fn edition() -> Edition {
    use_context::<Edition>().unwrap_or_default()
}
