//! One module per part of the page, in page order. The navigation and the
//! réalisations are live (the app mounts them in place of their written
//! copies); the others are written by the build alone.

pub mod about;
pub mod accueil;
pub mod author_panel;
pub mod competences;
pub mod contact;
pub mod documents;
pub mod error_page;
pub mod experiences;
pub mod footer;
pub mod nav;
pub mod presentation;
pub mod realisation_detail;
pub mod realisations;
pub mod tableau;
pub mod veille;

use cyberfolio_model::PartialDate;

use crate::texts::language;

/// « ANSSI, mars 2026 », "ANSSI, March 2026": who issued or published
/// something, and when, with whichever of the two is known.
pub(crate) fn who_and_when(who: Option<&str>, when: Option<PartialDate>) -> String {
    let when = when.map(|date| date.human(language()));
    [who, when.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}
