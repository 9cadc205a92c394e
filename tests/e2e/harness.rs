//! What every end-to-end test needs: the release build served like GitHub
//! Pages (by the same router as `cyberfolio preview`), extra portfolio
//! files served under `/case/<name>/`, a ChromeDriver session, and helpers
//! that wait for the page rather than sleep.

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use cyberfolio_model::{load_str, Filter, Loaded, SearchIndex, ViewState};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use futures_util::FutureExt;
use serde_json::{json, Value};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// Every test returns this, so `?` works on WebDriver and I/O errors alike.
pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// How the server answers `/case/<name>/data/portfolio.json`.
#[derive(Clone)]
pub enum Data {
    /// These bytes, with status 200.
    Bytes(Vec<u8>),
    /// An empty answer with this status.
    Status(u16),
    /// The start of these bytes, then the connection is cut.
    CutAfterStart(Vec<u8>),
    /// No answer before this delay.
    Delay(Duration),
    /// This status the first time, these bytes afterwards.
    FailOnce(u16, Vec<u8>),
}

/// A portfolio file served under `/case/<name>/`, next to the real build.
#[derive(Clone)]
pub struct Case {
    /// The sub-path: the page is `/case/<name>/`.
    pub name: String,
    /// What its `data/portfolio.json` is.
    pub data: Data,
    /// Its own `index.html`, when it must differ from the build's.
    pub index: Option<String>,
    /// Holds back the app's wasm this long (for every page of the test's
    /// server, since cases share the build's files): a slow connection.
    pub wasm_delay: Option<Duration>,
    /// Whether the page is the one a build of this portfolio writes even
    /// when it has errors (`cyberfolio-build page` writes them in place of the
    /// portfolio), rather than the example's page serving a file changed
    /// after the build.
    pub built: bool,
}

impl Case {
    /// A case serving `data` as the portfolio file.
    pub fn new(name: &str, data: Data) -> Case {
        Case {
            name: name.to_string(),
            data,
            index: None,
            wasm_delay: None,
            built: false,
        }
    }

    /// The same case, served with the page its own build writes, errors
    /// included.
    pub fn with_own_build(self) -> Case {
        Case {
            built: true,
            ..self
        }
    }

    /// The same case, on a server that answers the wasm after `delay`.
    pub fn with_wasm_delay(self, delay: Duration) -> Case {
        Case {
            wasm_delay: Some(delay),
            ..self
        }
    }

    /// A case serving `text` as the portfolio file.
    pub fn text(name: &str, text: impl Into<String>) -> Case {
        Case::new(name, Data::Bytes(text.into().into_bytes()))
    }
}

pub fn dist() -> PathBuf {
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

/// The example portfolio, loaded by the model: where expected values come from.
pub fn example() -> Loaded {
    load_str(&example_text()).expect("the example portfolio loads")
}

/// The sections of the example's page, in order, the réalisations included.
pub const EXAMPLE_SECTIONS: [&str; 9] = [
    "accueil",
    "a-propos",
    "competences",
    "experiences",
    "realisations",
    "tableau",
    "veille",
    "documents",
    "contact",
];

/// The ids of the sections directly in `<main>`, in page order.
pub async fn section_ids(c: &Client) -> Result<Value, fantoccini::error::CmdError> {
    eval(
        c,
        "return [...document.querySelectorAll('main > section')].map(s => s.id)",
    )
    .await
}

/// The text of the example portfolio.
pub fn example_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/portfolio.json"))
        .expect("example portfolio")
}

/// An empty answer with this status.
fn empty(status: u16) -> Response {
    StatusCode::from_u16(status)
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
        .into_response()
}

async fn answer(data: Data, request: usize) -> Response {
    let json = [(header::CONTENT_TYPE, "application/json")];
    match data {
        Data::FailOnce(status, _) if request == 0 => empty(status),
        Data::FailOnce(_, bytes) => (json, bytes).into_response(),
        Data::Bytes(bytes) => (json, bytes).into_response(),
        Data::Status(status) => empty(status),
        Data::CutAfterStart(bytes) => {
            let head = Bytes::from(bytes[..bytes.len().min(64)].to_vec());
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(head),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "cut",
                )),
            ];
            (json, Body::from_stream(futures_util::stream::iter(chunks))).into_response()
        }
        Data::Delay(delay) => {
            tokio::time::sleep(delay).await;
            (json, "{}").into_response()
        }
    }
}

/// Serves the build under `/cyberfolio/` exactly as `cyberfolio preview`
/// does, and each case under `/case/<name>/`; adds the temporary
/// directories it makes to `made`.
async fn serve(dist: PathBuf, cases: Vec<Case>, made: &mut Vec<PathBuf>) -> SocketAddr {
    let wasm_delay = cases.iter().filter_map(|c| c.wasm_delay).max();
    let mut app = Router::new();
    for case in cases {
        let index = case_index(&dist, &case);
        let root = case_root(&dist, &case.name, index.as_deref());
        if root != dist {
            made.push(root.clone());
        }
        let data = Arc::new(case.data);
        let requests = Arc::new(AtomicUsize::new(0));
        app = app
            .route(
                &format!("/case/{}/data/portfolio.json", case.name),
                get(move || {
                    let data = Data::clone(&data);
                    let request = requests.fetch_add(1, Ordering::SeqCst);
                    Box::pin(answer(data, request))
                        as std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>
                }),
            )
            .nest_service(&format!("/case/{}", case.name), ServeDir::new(root));
    }
    let mut app = app
        .layer(CompressionLayer::new())
        .merge(cyberfolio_cli::preview::router(&dist, "/cyberfolio/"));
    if let Some(delay) = wasm_delay {
        app = app.layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| async move {
                if request.uri().path().ends_with(".wasm") {
                    tokio::time::sleep(delay).await;
                }
                next.run(request).await
            },
        ));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    addr
}

/// The page a case serves, when it is not the build's: the case's own, and
/// in either, when the case's portfolio loads (or the case is
/// [`Case::with_own_build`]), the content `cyberfolio-build page` writes for it, as a
/// build of that portfolio would have it.
fn case_index(dist: &std::path::Path, case: &Case) -> Option<String> {
    let Data::Bytes(bytes) = &case.data else {
        return case.index.clone();
    };
    let built = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
    let page = case.index.as_deref().unwrap_or(&built);
    let loaded = match cyberfolio_model::load_bytes(bytes) {
        Ok(loaded) => loaded,
        Err(error) if case.built => {
            let lang =
                cyberfolio_model::language::language_of_text(&String::from_utf8_lossy(bytes));
            return Some(
                cyberfolio_build::page::with_error_page(page, error, lang)
                    .unwrap_or_else(|e| panic!("case {}: {e}", case.name)),
            );
        }
        Err(_) => return case.index.clone(),
    };
    // The build's stylesheet is already in its page.
    let written = cyberfolio_build::page::rewrite(page, loaded, |_| None)
        .unwrap_or_else(|e| panic!("case {}: {e}", case.name));
    (written != built).then_some(written)
}

/// The directory a case serves: the build itself, or, when the case has its
/// own `index.html`, a copy made of links to the build's files.
fn case_root(dist: &std::path::Path, name: &str, index: Option<&str>) -> PathBuf {
    let Some(index) = index else {
        return dist.to_path_buf();
    };
    let root = tempdir(&format!("case-{name}"));
    for entry in std::fs::read_dir(dist).expect("read dist").flatten() {
        let target = root.join(entry.file_name());
        if entry.file_name() != "index.html" && !target.exists() {
            std::os::unix::fs::symlink(entry.path(), &target).expect("link build file");
        }
    }
    std::fs::write(root.join("index.html"), index).expect("write case index");
    root
}

/// A new empty directory, unique to this process and call.
fn tempdir(name: &str) -> PathBuf {
    static MADE: AtomicUsize = AtomicUsize::new(0);
    let n = MADE.fetch_add(1, Ordering::SeqCst);
    let dir =
        std::env::temp_dir().join(format!("cyberfolio-e2e-{}-{n}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A port free on the loopback, for a WebDriver server.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
    listener.local_addr().expect("addr").port()
}

/// A WebDriver session with `capabilities`, on the driver (`name`) just
/// started on `port`: tried for 10 s while it starts.
pub async fn connect(
    port: u16,
    capabilities: serde_json::Map<String, Value>,
    name: &str,
) -> Client {
    let url = format!("http://127.0.0.1:{port}");
    let mut last = None;
    for _ in 0..100 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{name} did not start: {last:?}");
}

/// A browser session, with the server and ChromeDriver it needs; the
/// browser is closed and its temporary directories removed whatever the
/// test's outcome.
pub struct Browser {
    client: Client,
    base: String,
    driver: tokio::process::Child,
    temporary: Vec<PathBuf>,
}

impl Browser {
    /// Starts ChromeDriver, and the test server unless `served` names a
    /// server already running (`http://host:port`, serving under
    /// `/cyberfolio/`).
    async fn start(width: u32, height: u32, cases: Vec<Case>, served: Option<String>) -> Browser {
        let mut temporary = Vec::new();
        let base = match served {
            Some(base) => base,
            None => format!("http://{}", serve(dist(), cases, &mut temporary).await),
        };
        let port = free_port();
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
        temporary.push(profile.clone());
        let mut caps = serde_json::Map::new();
        // Headless windows are at least 500 px wide: phone widths need
        // Chromium's mobile emulation.
        let mut options = json!({
            "binary": std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".to_string()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", format!("--user-data-dir={}", profile.display()),
                // Only the test server exists: any other host fails at once
                // instead of waiting for a DNS timeout.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                format!("--window-size={width},{height}"),
            ]
        });
        if width < 500 {
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true, "mobile": true }
            });
        }
        caps.insert("goog:chromeOptions".to_string(), options);
        caps.insert("goog:loggingPrefs".to_string(), json!({ "browser": "ALL" }));
        let client = connect(port, caps, "ChromeDriver").await;
        Browser {
            client,
            base,
            driver,
            temporary,
        }
    }

    /// Runs a scenario in a `width`×`height` window and closes the browser,
    /// then reports the outcome.
    pub async fn run<F, Fut>(width: u32, height: u32, scenario: F)
    where
        F: FnOnce(Client, String) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        Browser::run_with(width, height, Vec::new(), scenario).await;
    }

    /// Like [`Browser::run`], with extra portfolio files under `/case/…`.
    pub async fn run_with<F, Fut>(width: u32, height: u32, cases: Vec<Case>, scenario: F)
    where
        F: FnOnce(Client, String) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        Browser::run_on(width, height, cases, None, scenario).await;
    }

    /// Like [`Browser::run`], against a server already running at `base`
    /// (`http://host:port`, the site under `/cyberfolio/`), such as a
    /// `cyberfolio preview`.
    pub async fn run_at<F, Fut>(width: u32, height: u32, base: String, scenario: F)
    where
        F: FnOnce(Client, String) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        Browser::run_on(width, height, Vec::new(), Some(base), scenario).await;
    }

    async fn run_on<F, Fut>(
        width: u32,
        height: u32,
        cases: Vec<Case>,
        served: Option<String>,
        scenario: F,
    ) where
        F: FnOnce(Client, String) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        let mut browser = Browser::start(width, height, cases, served).await;
        // A failed assert! panics inside the scenario: catch it, so that the
        // browser is closed (an orphaned Chromium outlived a failed test)
        // and the temporary profile removed, then fail with it.
        let outcome = AssertUnwindSafe(scenario(browser.client.clone(), browser.base.clone()))
            .catch_unwind()
            .await;
        let _ = browser.client.close().await;
        let _ = browser.driver.kill().await;
        for dir in &browser.temporary {
            let _ = std::fs::remove_dir_all(dir);
        }
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("{e}"),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

/// The script that starts the app as a visitor's first action would
/// (`public/init.js` starts it then, or when the réalisations come near
/// the screen, or at once for an address that names a view).
pub const START: &str = "window.cyberfolioStart?.(); return null";

/// Opens `url` and starts the app, as a visitor who goes on to use the
/// page does.
pub async fn goto(c: &Client, url: &str) -> TestResult {
    c.goto(url).await?;
    c.execute(START, vec![]).await?;
    Ok(())
}

/// Starts the app if it has not started, then waits until it has mounted
/// its live parts into the page written by `cyberfolio-build page` (it marks the
/// page `data-live`), or shown its error page.
pub async fn started(c: &Client) -> TestResult {
    c.execute(START, vec![]).await?;
    until(c, "document.querySelector('[data-live], .error-page')").await
}

/// The text of the first element matching `css`, once it exists.
pub async fn text(c: &Client, css: &str) -> Result<String, fantoccini::error::CmdError> {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await?
        .text()
        .await
}

/// The ids of the cards in the list, in order, once the app has started
/// (or could not): the written list shows every card until then.
pub async fn card_ids(c: &Client) -> Result<Vec<String>, fantoccini::error::CmdError> {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("[data-live], .error-page, .start-failed"))
        .await?;
    shown_card_ids(c).await
}

/// The ids of the cards the list shows now, in order.
pub async fn shown_card_ids(c: &Client) -> Result<Vec<String>, fantoccini::error::CmdError> {
    let value = c
        .execute(
            "return [...document.querySelectorAll('.cards [data-card]:not([hidden])')].map(e => e.dataset.card)",
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
pub async fn click(c: &Client, css: &str) -> TestResult {
    let element = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await?;
    c.execute("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' }); arguments[0].click()", vec![serde_json::to_value(&element)?]).await?;
    Ok(())
}

pub async fn eval(c: &Client, script: &str) -> Result<Value, fantoccini::error::CmdError> {
    c.execute(script, vec![]).await
}

/// Polls a JavaScript expression until it is truthy (20 s at most).
pub async fn until(c: &Client, expression: &str) -> TestResult {
    for _ in 0..200 {
        let v = eval(c, &format!("return !!({expression})")).await?;
        if v == Value::Bool(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("timed out waiting for `{expression}`").into())
}

/// The page URL of a filter: its query as the model writes it, without the
/// `#realisations` anchor the app adds (the page scrolls there either way).
pub fn view_url(base: &str, filter: &Filter) -> String {
    let state = ViewState {
        filter: filter.clone(),
        ..ViewState::default()
    };
    format!("{base}/cyberfolio/{}", state.to_query())
}

/// What the model says a filter keeps, in order.
pub fn expected_ids(loaded: &Loaded, filter: &Filter) -> Vec<String> {
    SearchIndex::new(&loaded.portfolio.realisations, &loaded.referential)
        .apply(filter)
        .into_iter()
        .map(|i| loaded.portfolio.realisations[i].id.clone())
        .collect()
}

/// A POST to one of ChromeDriver's own endpoints of the session (beyond
/// W3C WebDriver): `goog/cdp/execute` for the DevTools Protocol (media
/// emulation, PDF printing) and `se/log` for the browser console.
#[derive(Debug)]
struct ChromeDriverPost {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for ChromeDriverPost {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Runs a Chrome DevTools Protocol command and returns its result.
pub async fn cdp(
    c: &Client,
    method: &'static str,
    params: Value,
) -> Result<Value, fantoccini::error::CmdError> {
    c.issue_cmd(ChromeDriverPost {
        path: "goog/cdp/execute",
        body: json!({ "cmd": method, "params": params }),
    })
    .await
}

/// The console errors of the page since the last call (Chromium logs every
/// Content-Security-Policy violation and every uncaught error there).
pub async fn console_errors(c: &Client) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let entries = c
        .issue_cmd(ChromeDriverPost {
            path: "se/log",
            body: json!({ "type": "browser" }),
        })
        .await?;
    Ok(entries
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["level"] == "SEVERE")
        .filter_map(|e| e["message"].as_str().map(str::to_string))
        .collect())
}

/// The Content-Security-Policy violations among [`console_errors`].
pub async fn csp_violations(c: &Client) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    Ok(console_errors(c)
        .await?
        .into_iter()
        .filter(|m| m.contains("Content Security Policy"))
        .collect())
}

/// The pages of the PDF Chromium prints of the current page (with the CSS
/// page size, as a visitor's print dialog does), as (width, height) in
/// points: A4 landscape is 841.9 × 595.3.
pub async fn printed_pages(c: &Client) -> Result<Vec<(f64, f64)>, Box<dyn std::error::Error>> {
    let pdf = cdp(
        c,
        "Page.printToPDF",
        json!({ "preferCSSPageSize": true, "printBackground": true }),
    )
    .await?;
    let data = pdf["data"].as_str().ok_or("no PDF data")?;
    let bytes = base64_decode(data)?;
    let text = String::from_utf8_lossy(&bytes);
    let mut pages = Vec::new();
    for (i, _) in text.match_indices("/MediaBox") {
        let numbers: Vec<f64> = text[i..(i + 60).min(text.len())]
            .split(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
            .filter_map(|n| n.parse().ok())
            .take(4)
            .collect();
        let [x0, y0, x1, y1] = numbers[..] else {
            return Err(format!("a MediaBox without four numbers: {numbers:?}").into());
        };
        pages.push((x1 - x0, y1 - y0));
    }
    Ok(pages)
}

/// What the QR codes matching `css` hold, read from what Chromium draws
/// (the page as it is, print emulation included) by a QR decoder, in
/// document order. Each code is drawn at 10 CSS pixels a module for the
/// screenshot: what is read is the drawing, at any size; the size on paper
/// is the stylesheet's.
pub async fn qr_codes_read(
    c: &Client,
    css: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let count = eval(
        c,
        &format!("return document.querySelectorAll({css:?}).length"),
    )
    .await?;
    let mut read = Vec::new();
    for i in 0..count.as_u64().unwrap_or_default() {
        let rect = eval(
            c,
            &format!(
                "const svg = document.querySelectorAll({css:?})[{i}]; \
                 const side = svg.viewBox.baseVal.width * 10; \
                 svg.style.cssText = `width:${{side}}px;height:${{side}}px;float:none;background:#fff`; \
                 svg.scrollIntoView(); \
                 const r = svg.getBoundingClientRect(); \
                 return [r.left + scrollX, r.top + scrollY, r.width, r.height]"
            ),
        )
        .await?;
        let [x, y, width, height]: [f64; 4] = serde_json::from_value(rect)?;
        let shot = cdp(
            c,
            "Page.captureScreenshot",
            json!({ "format": "png", "captureBeyondViewport": true,
                    "clip": { "x": x, "y": y, "width": width, "height": height, "scale": 1 } }),
        )
        .await?;
        let png = base64_decode(shot["data"].as_str().ok_or("no screenshot")?)?;
        read.push(read_qr_code(&png)?);
        eval(
            c,
            &format!("document.querySelectorAll({css:?})[{i}].style.cssText = ''"),
        )
        .await?;
    }
    Ok(read)
}

/// The text of the one QR code in a PNG.
fn read_qr_code(png_bytes: &[u8]) -> Result<String, Box<dyn std::error::Error>> {
    let mut decoder = png::Decoder::new(png_bytes);
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info()?;
    let mut pixels = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut pixels)?;
    let channels = frame.color_type.samples();
    let (width, height) = (frame.width as usize, frame.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let at = (y * width + x) * channels;
        // The first channel: the codes are black on white.
        pixels[at]
    });
    let grids = image.detect_grids();
    let [grid] = grids.as_slice() else {
        return Err(format!("{} QR codes in the screenshot, not one", grids.len()).into());
    };
    Ok(grid.decode()?.1)
}

/// Standard base64, enough for a PDF from CDP.
fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for ch in s.bytes().filter(|b| !b.is_ascii_whitespace() && *b != b'=') {
        let v = match ch {
            b'A'..=b'Z' => ch - b'A',
            b'a'..=b'z' => ch - b'a' + 26,
            b'0'..=b'9' => ch - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("not base64: {ch}")),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}
