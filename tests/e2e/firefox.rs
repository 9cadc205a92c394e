//! The offline copy in Firefox ESR (Debian's `firefox-esr`, driven by
//! `geckodriver`, both installed by scripts/setup.sh): a candidate's
//! laptop may not have Chromium. The unzipped copy is opened from a
//! `file://` address, as by a double-click: every section shows, a
//! competency filter keeps what the model keeps (CSS `:has()` over the
//! written form), a réalisation's link shows its detail, the presentation
//! moves with the keys, and nothing is asked of the network.

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use cyberfolio_model::Filter;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use futures_util::FutureExt;
use serde_json::json;

use crate::harness::*;
use crate::offline::unzip;

/// Firefox ESR through geckodriver, headless; the driver stops with it.
struct Firefox {
    client: Client,
    driver: tokio::process::Child,
}

impl Firefox {
    async fn start() -> Firefox {
        let port = free_port();
        let geckodriver =
            std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".to_string());
        let driver = tokio::process::Command::new(geckodriver)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start geckodriver (installed by scripts/setup.sh)");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "moz:firefoxOptions".to_string(),
            json!({
                "binary": std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".to_string()),
                "args": ["-headless", "-width=1280", "-height=900"],
                // No network: any request to a host goes to a closed port.
                "prefs": {
                    "network.proxy.type": 1,
                    "network.proxy.http": "127.0.0.1",
                    "network.proxy.http_port": 9,
                    "network.proxy.ssl": "127.0.0.1",
                    "network.proxy.ssl_port": 9,
                    "app.update.enabled": false,
                    "browser.shell.checkDefaultBrowser": false
                }
            }),
        );
        let client = connect(port, caps, "geckodriver").await;
        Firefox { client, driver }
    }
}

/// The ids of the cards shown, in page order.
async fn shown_cards(c: &Client) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let shown = c
        .execute(
            "return [...document.querySelectorAll('#realisations .card')] \
               .filter(card => card.getBoundingClientRect().height > 0) \
               .map(card => card.dataset.card)",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(shown)?)
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site and Firefox ESR; `bash scripts/test.sh` runs it, see the README"]
async fn the_offline_copy_works_in_firefox_esr_from_a_folder() {
    let loaded = example();
    let folder: PathBuf = unzip(
        &dist().join("portfolio-hors-ligne.zip"),
        &std::env::temp_dir().join(format!("cyberfolio-firefox-{}", std::process::id())),
    );
    let index = format!("file://{}", folder.join("index.html").display());
    let deck = format!("file://{}", folder.join("presentation.html").display());
    let mut firefox = Firefox::start().await;
    let c = firefox.client.clone();
    let outcome = AssertUnwindSafe(async {
        c.goto(&index).await?;
        let sections = c
            .execute("return [...document.querySelectorAll('main > section[id]')].map(s => s.id)", vec![])
            .await?;
        assert_eq!(sections, json!(EXAMPLE_SECTIONS), "every section");
        // A competency alone, then with a second one and « toutes ».
        let codes: Vec<String> = loaded.referential.competencies.iter().map(|c| c.code.clone()).collect();
        c.find(Locator::Css(&format!("#realisations input[name=c][value='{}']", codes[1]))).await?.click().await?;
        let one = Filter { competencies: vec![codes[1].clone()], ..Filter::default() };
        assert_eq!(shown_cards(&c).await?, expected_ids(&loaded, &one), "{one:?}");
        c.find(Locator::Css(&format!("#realisations input[name=c][value='{}']", codes[4]))).await?.click().await?;
        c.find(Locator::Css("#realisations input[name=m][value='toutes']")).await?.click().await?;
        let both = Filter {
            competencies: vec![codes[1].clone(), codes[4].clone()],
            combine: cyberfolio_model::Combine::All,
            ..Filter::default()
        };
        assert_eq!(shown_cards(&c).await?, expected_ids(&loaded, &both), "{both:?}");
        // A réalisation's link shows its detail, in the page.
        let first = expected_ids(&loaded, &both)[0].clone();
        c.find(Locator::Css(&format!("#realisations [data-card='{first}'] h3 a"))).await?.click().await?;
        let detail = c
            .execute(&format!("const d = document.getElementById('r-{first}'); return [location.hash, d.getBoundingClientRect().height > 0]"), vec![])
            .await?;
        assert_eq!(detail, json!([format!("#r-{first}"), true]));
        // The presentation, with the keys.
        c.goto(&deck).await?;
        let body = c.find(Locator::Css("body")).await?;
        body.send_keys(&Key::Right.to_string()).await?;
        let shown = c
            .execute("return [location.search, document.getElementById('diapo-2').getBoundingClientRect().height > 0, document.getElementById('diapo-1').getBoundingClientRect().height]", vec![])
            .await?;
        assert_eq!(shown, json!(["?presentation=2", true, 0]));
        // Nothing asked of the network.
        let requested = c
            .execute("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'))", vec![])
            .await?;
        assert_eq!(requested, json!([]));
        Ok::<(), Box<dyn std::error::Error>>(())
    })
    .catch_unwind()
    .await;
    // Closed whatever the outcome: an orphaned Firefox outlives the test.
    let _ = firefox.client.close().await;
    let _ = firefox.driver.kill().await;
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!("{e}"),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
