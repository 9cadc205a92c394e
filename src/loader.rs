//! Fetches `data/portfolio.json` and turns every failure into a
//! [`LoadError`] the error page can explain.

use std::sync::Arc;

use cyberfolio_model::{load_bytes, LoadError, MAX_FILE_BYTES};
use gloo_net::http::Request;

use crate::site::{Site, SiteData};

/// The portfolio file, relative to the page so the site works under any
/// sub-path.
pub const PORTFOLIO_URL: &str = "data/portfolio.json";

/// How long the download may take before the visitor is told, rather than
/// left in front of a spinner on a dead connection.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Downloads and checks the portfolio.
pub async fn fetch_site() -> Result<Site, LoadError> {
    fetch_site_from(PORTFOLIO_URL).await
}

/// Downloads and checks a portfolio file at `url`.
pub async fn fetch_site_from(url: &str) -> Result<Site, LoadError> {
    // One signal for the request and the body: both count against the delay.
    let signal = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000);
    let response = Request::get(url)
        .cache(web_sys::RequestCache::NoCache)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| network_error(&signal, e))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    // A declared size over the limit is refused before the download.
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_FILE_BYTES) {
        return Err(LoadError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| network_error(&signal, e))?;
    let loaded = load_bytes(&bytes)?;
    Ok(Arc::new(SiteData::new(loaded)))
}

/// A failed request or body read: a timeout when our signal fired, the
/// network otherwise.
fn network_error(signal: &web_sys::AbortSignal, error: gloo_net::Error) -> LoadError {
    if signal.aborted() {
        LoadError::Timeout {
            seconds: TIMEOUT_SECONDS,
        }
    } else {
        LoadError::Network(error.to_string())
    }
}
