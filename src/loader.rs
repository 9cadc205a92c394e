//! Fetches `data/portfolio.json` and turns every failure into a
//! [`LoadError`] the error page can explain.

use std::sync::Arc;

use cyberfolio_model::{read_checked_bytes, LoadError, MAX_FILE_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use cyberfolio_ui::site::{Site, SiteData};

/// The portfolio file, relative to the page so the site works under any
/// sub-path.
pub const PORTFOLIO_URL: &str = "data/portfolio.json";

/// How long the download may take before the visitor is told, rather than
/// left in front of a spinner on a dead connection.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Downloads and reads the portfolio (checked by the build:
/// [`read_checked_bytes`]).
pub async fn fetch_site() -> Result<Site, LoadError> {
    fetch_site_from(PORTFOLIO_URL).await
}

/// Downloads and reads a portfolio file at `url`, taking the download
/// `public/init.js` started with the page when it is for this file.
pub async fn fetch_site_from(url: &str) -> Result<Site, LoadError> {
    let (request, signal) = match take_preloaded(url) {
        Some(preloaded) => preloaded,
        None => {
            // One signal for the request and the body: both count against
            // the delay.
            let signal = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000);
            let init = web_sys::RequestInit::new();
            init.set_cache(web_sys::RequestCache::NoCache);
            init.set_signal(Some(&signal));
            let window = web_sys::window().ok_or_else(|| LoadError::Network("no window".into()))?;
            (window.fetch_with_str_and_init(url, &init), signal)
        }
    };
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(|e| network_error(&signal, e))?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    // A declared size over the limit is refused before the download.
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_FILE_BYTES) {
        return Err(LoadError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    let body = response
        .array_buffer()
        .map_err(|e| network_error(&signal, e))?;
    let body = JsFuture::from(body)
        .await
        .map_err(|e| network_error(&signal, e))?;
    let bytes = js_sys::Uint8Array::new(&body).to_vec();
    let site = Arc::new(SiteData::new(read_checked_bytes(&bytes)?));
    // The page renders as soon as this future returns: checking the file
    // and rendering the page are two tasks, not one long one.
    cyberfolio_ui::browser::next_task().await;
    Ok(site)
}

/// The response promise and timeout signal of the download `init.js`
/// started for `url`, once: a retry downloads the file again.
fn take_preloaded(url: &str) -> Option<(js_sys::Promise, web_sys::AbortSignal)> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("cyberfolioPreload");
    let preload = js_sys::Reflect::get(&window, &key).ok()?;
    if preload.is_undefined() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let field = |name: &str| js_sys::Reflect::get(&preload, &JsValue::from_str(name)).ok();
    if field("url")?.as_string().as_deref() != Some(url) {
        return None;
    }
    Some((
        field("response")?.dyn_into().ok()?,
        field("signal")?.dyn_into().ok()?,
    ))
}

/// A failed request or body read: a timeout when our signal fired, the
/// network otherwise.
fn network_error(signal: &web_sys::AbortSignal, error: JsValue) -> LoadError {
    if signal.aborted() {
        LoadError::Timeout {
            seconds: TIMEOUT_SECONDS,
        }
    } else {
        let message = match error.dyn_ref::<js_sys::Error>() {
            Some(e) => String::from(e.message()),
            None => error.as_string().unwrap_or_default(),
        };
        LoadError::Network(message)
    }
}
