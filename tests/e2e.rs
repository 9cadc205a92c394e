//! End-to-end tests of the release build in headless Chromium.
//!
//! `CYBERFOLIO_DIST` names a `trunk build --release --public-url /cyberfolio/`
//! output. Each test serves it the way GitHub Pages does (gzip, under the
//! `/cyberfolio/` sub-path) on a loopback port, starts ChromeDriver, and
//! drives the page. Expected values come from the model crate applied to the
//! same `data/portfolio.json`, never from copies typed here.
#![cfg(not(target_arch = "wasm32"))]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::Router;
use cyberfolio_model::{load_str, Combine, Filter, Loaded, SearchIndex, ViewState};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// A portfolio file with a syntax error, served at `/broken/`.
const BROKEN_JSON: &str = "{\n  \"basics\": { \"name\": \"Camille\", }\n}\n";

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn dist() -> PathBuf {
    let dist = std::env::var_os("CYBERFOLIO_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/e2e-dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build it with `trunk build --release --public-url /cyberfolio/ --dist {}` (scripts/test.sh does)",
        dist.display(),
        dist.display()
    );
    dist
}

fn example() -> Loaded {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/portfolio.json"))
        .expect("example portfolio");
    load_str(&text).expect("the example portfolio loads")
}

async fn serve(dist: PathBuf) -> SocketAddr {
    let broken_data = tempdir("broken-data");
    std::fs::write(broken_data.join("portfolio.json"), BROKEN_JSON).expect("write broken json");
    let app = Router::new()
        .nest_service("/broken/data", ServeDir::new(&broken_data))
        .nest_service("/broken", ServeDir::new(&dist))
        .nest_service("/cyberfolio", ServeDir::new(&dist))
        .layer(CompressionLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    addr
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cyberfolio-e2e-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A browser session, with the server and ChromeDriver it needs; the
/// browser is closed whatever the test's outcome.
struct Browser {
    client: Client,
    base: String,
    _driver: tokio::process::Child,
}

impl Browser {
    async fn start(width: u32, height: u32) -> Browser {
        let addr = serve(dist()).await;
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
            l.local_addr().expect("addr").port()
        };
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_string());
        let driver = tokio::process::Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start chromedriver (installed by scripts/setup.sh)");
        let profile = tempdir(&format!("profile-{port}"));
        let mut caps = serde_json::Map::new();
        // Headless windows are at least 500 px wide: phone widths need
        // Chromium's mobile emulation.
        let mut options = json!({
            "binary": std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".to_string()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
            ]
        });
        if width < 500 {
            options["mobileEmulation"] =
                json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0 } });
        }
        caps.insert("goog:chromeOptions".to_string(), options);
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..100 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        base: format!("http://{addr}"),
                        _driver: driver,
                    };
                }
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("ChromeDriver did not start: {last:?}");
    }

    /// Runs a scenario and closes the browser, then reports the outcome.
    async fn run<F, Fut>(width: u32, height: u32, scenario: F)
    where
        F: FnOnce(Client, String) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        let browser = Browser::start(width, height).await;
        let outcome = scenario(browser.client.clone(), browser.base.clone()).await;
        let _ = browser.client.close().await;
        if let Err(e) = outcome {
            panic!("{e}");
        }
    }
}

async fn text(c: &Client, css: &str) -> Result<String, fantoccini::error::CmdError> {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await?
        .text()
        .await
}

/// The ids of the cards in the list, in order, once the list has settled.
async fn card_ids(c: &Client) -> Result<Vec<String>, fantoccini::error::CmdError> {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".result-count"))
        .await?;
    let value = c
        .execute(
            "return [...document.querySelectorAll('.cards [data-card]')].map(e => e.dataset.card)",
            vec![],
        )
        .await?;
    Ok(value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default())
}

/// Scrolls an element to the middle of the viewport (clear of the sticky
/// header) and clicks it with a plain left click.
async fn click(c: &Client, css: &str) -> TestResult {
    let element = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await?;
    c.execute("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' }); arguments[0].click()", vec![serde_json::to_value(&element)?]).await?;
    Ok(())
}

async fn eval(c: &Client, script: &str) -> Result<Value, fantoccini::error::CmdError> {
    c.execute(script, vec![]).await
}

/// The page URL of a filter, written by the model like the app writes it.
fn view_url(base: &str, filter: &Filter) -> String {
    let state = ViewState {
        filter: filter.clone(),
        ..ViewState::default()
    };
    format!("{base}/cyberfolio/{}", state.to_query())
}

fn expected_ids(loaded: &Loaded, filter: &Filter) -> Vec<String> {
    SearchIndex::new(&loaded.portfolio.realisations, &loaded.referential)
        .apply(filter)
        .into_iter()
        .map(|i| loaded.portfolio.realisations[i].id.clone())
        .collect()
}

#[tokio::test]
async fn every_section_shows_what_the_json_says() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        c.goto(&format!("{base}/cyberfolio/")).await?;
        let p = &loaded.portfolio;
        assert_eq!(text(&c, "h1").await?, p.basics.name);
        for id in [
            "accueil",
            "a-propos",
            "competences",
            "experiences",
            "realisations",
            "tableau",
            "veille",
            "documents",
            "contact",
        ] {
            c.find(Locator::Css(&format!("section#{id}"))).await?;
        }
        let all: Vec<String> = p.realisations.iter().map(|r| r.id.clone()).collect();
        assert_eq!(card_ids(&c).await?, all);
        let rows = eval(
            &c,
            "return document.querySelectorAll('table.tableau tbody tr:not(.group)').length",
        )
        .await?;
        assert_eq!(rows.as_u64(), Some(p.realisations.len() as u64));
        let experiences = text(&c, "#experiences").await?;
        for w in &p.work {
            assert!(
                experiences.contains(&w.name),
                "{} missing from Expériences",
                w.name
            );
        }
        let watch = text(&c, "#veille").await?;
        for a in &p.tech_watch.as_ref().expect("veille").articles {
            assert!(watch.contains(&a.title), "article {} missing", a.title);
        }
        let documents = text(&c, "#documents").await?;
        for d in &p.documents {
            assert!(documents.contains(&d.title), "document {} missing", d.title);
        }
        let mailto = eval(
            &c,
            "return document.querySelector('#contact a[href^=\"mailto:\"]').getAttribute('href')",
        )
        .await?;
        assert_eq!(
            mailto.as_str(),
            p.basics
                .email
                .as_ref()
                .map(|e| format!("mailto:{e}"))
                .as_deref()
        );
        assert!(
            eval(
                &c,
                "return document.querySelector('.author-panel') === null"
            )
            .await?
            .as_bool()
            .unwrap_or(false),
            "warnings panel shown to the jury"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn each_competency_filter_shows_exactly_its_realisations() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        for competency in &loaded.referential.competencies {
            let filter = Filter {
                competencies: vec![competency.code.clone()],
                ..Filter::default()
            };
            c.goto(&view_url(&base, &filter)).await?;
            let expected = expected_ids(&loaded, &filter);
            assert!(!expected.is_empty());
            assert_eq!(card_ids(&c).await?, expected, "filter {}", competency.code);
        }
        let filter = Filter {
            competencies: vec!["B1.1".into(), "B1.4".into()],
            combine: Combine::All,
            ..Filter::default()
        };
        c.goto(&view_url(&base, &filter)).await?;
        assert_eq!(card_ids(&c).await?, expected_ids(&loaded, &filter));
        let nothing = Filter {
            query: "zzzzzz".into(),
            ..Filter::default()
        };
        c.goto(&view_url(&base, &nothing)).await?;
        assert_eq!(card_ids(&c).await?, Vec::<String>::new());
        assert!(text(&c, ".empty").await?.contains("effacez la recherche"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn filters_live_in_the_url_across_reload_and_back() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        c.goto(&format!("{base}/cyberfolio/")).await?;
        let all = card_ids(&c).await?;
        click(&c, "input[name=c][value='B1.3']").await?;
        c.wait()
            .for_url(&format!("{base}/cyberfolio/?c=B1.3").parse()?)
            .await?;
        let filtered = expected_ids(
            &loaded,
            &Filter {
                competencies: vec!["B1.3".into()],
                ..Filter::default()
            },
        );
        assert_eq!(card_ids(&c).await?, filtered);
        c.refresh().await?;
        assert_eq!(card_ids(&c).await?, filtered);
        assert_eq!(
            eval(
                &c,
                "return document.querySelector(\"input[name=c][value='B1.3']\").checked"
            )
            .await?,
            Value::Bool(true)
        );
        c.back().await?;
        c.wait()
            .for_url(&format!("{base}/cyberfolio/").parse()?)
            .await?;
        assert_eq!(card_ids(&c).await?, all);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_broken_file_gets_a_located_french_error_page() {
    Browser::run(1280, 900, |c, base| async move {
        c.goto(&format!("{base}/broken/")).await?;
        assert_eq!(
            text(&c, "h1").await?,
            "Le fichier du portfolio contient des erreurs"
        );
        let diag = text(&c, ".diagnostics li").await?;
        assert!(diag.contains("ligne 2, colonne 34"), "{diag}");
        assert!(diag.contains("virgule en trop"), "{diag}");
        c.find(Locator::XPath("//button[normalize-space()='Réessayer']"))
            .await?;
        Ok(())
    })
    .await;
}
