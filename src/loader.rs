//! Fetches `data/portfolio.json` and turns every failure into a
//! [`LoadError`] the error page can explain.

use std::sync::Arc;

use cyberfolio_model::{load_bytes, LoadError};
use gloo_net::http::Request;

use crate::site::{Site, SiteData};

/// The portfolio file, relative to the page so the site works under any
/// sub-path.
pub const PORTFOLIO_URL: &str = "data/portfolio.json";

/// Downloads and checks the portfolio.
pub async fn fetch_site() -> Result<Site, LoadError> {
    fetch_site_from(PORTFOLIO_URL).await
}

/// Downloads and checks a portfolio file at `url`.
pub async fn fetch_site_from(url: &str) -> Result<Site, LoadError> {
    let response = Request::get(url)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    let loaded = load_bytes(&bytes)?;
    Ok(Arc::new(SiteData::new(loaded)))
}
