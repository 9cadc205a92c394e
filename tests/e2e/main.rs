//! End-to-end tests of the release build in headless Chromium.
//!
//! `CYBERFOLIO_DIST` names a `trunk build --release --public-url /cyberfolio/`
//! output. Each test serves it the way GitHub Pages does (gzip, under the
//! `/cyberfolio/` sub-path, with the router of `cyberfolio preview`) on a
//! loopback port, starts ChromeDriver, and drives the page. Expected values
//! come from the model crate applied to the same `data/portfolio.json`,
//! never from copies typed here.
//!
//! Every test is `#[ignore]`d with its reason, so that a plain `cargo test`
//! reports them instead of failing on a missing build; `scripts/test.sh`
//! builds the site and runs them with `--include-ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod details;
mod failures;
mod firefox;
mod harness;
mod hostile;
mod identity;
mod languages;
mod offline;
mod presentation;
mod quality;
mod site;
mod standalone;
