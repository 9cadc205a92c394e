//! One module per live part of the page (the rest is written into the
//! page at build time by `cyberfolio meta`), plus the page, the detail view
//! and the error page.

pub mod detail;
pub mod error_page;
pub mod nav;
pub mod page;
pub mod realisations;
