//! Everything the sections render, computed once after loading.

use std::sync::Arc;

use cyberfolio_model::{Loaded, Portfolio, Realisation, Referential, SearchIndex};
use leptos::prelude::*;

/// The loaded portfolio and the views derived from it, shared by all
/// sections through the context.
#[derive(Debug)]
pub struct SiteData {
    /// The student's data.
    pub portfolio: Portfolio,
    /// The référentiel the portfolio is checked against.
    pub referential: Referential,
    /// Filtering index over the réalisations.
    pub index: SearchIndex,
}

/// Shared handle on the site data.
pub type Site = Arc<SiteData>;

impl SiteData {
    /// Derives the views from a loaded portfolio.
    pub fn new(loaded: Loaded) -> SiteData {
        let index = SearchIndex::new(&loaded.portfolio.realisations, &loaded.referential);
        SiteData {
            index,
            portfolio: loaded.portfolio,
            referential: loaded.referential,
        }
    }

    /// The réalisation with this id.
    pub fn realisation(&self, id: &str) -> Option<&Realisation> {
        self.portfolio.realisations.iter().find(|r| r.id == id)
    }
}

/// The site data provided by the app root.
pub fn use_site() -> Site {
    expect_context::<Site>()
}
