//! The complete `cyberfolio` binary alone on a machine: copied into an
//! empty folder, run with a `PATH` that holds only that folder and an empty
//! `HOME` (no Rust, no Trunk, no copy of the engine), it creates a
//! portfolio (`new`), builds its site under `/cyberfolio/` (`build`) and
//! serves it (`preview`), and what it serves passes the site's checks in
//! Chromium: the sections, every competency filter, the detail view, the
//! tableau, the app started with its integrity hashes under the page's
//! CSP, and no console error. For three portfolios: the one `new` writes,
//! the example, and the English example.
//!
//! `CYBERFOLIO_BIN` names the binary (scripts/test.sh: target/debug/
//! cyberfolio, compiled with `CYBERFOLIO_APP`).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;

use cyberfolio_model::meta::PageMeta;
use cyberfolio_model::{load_str, Filter, Loaded};
use fantoccini::Client;

use crate::harness::*;

#[path = "../support/alone.rs"]
mod alone;

use alone::Alone;

/// The complete binary.
pub(crate) fn binary() -> PathBuf {
    let binary = std::env::var_os("CYBERFOLIO_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/target/debug/cyberfolio"
            ))
        });
    assert!(
        binary.is_file(),
        "{}: build the complete binary first (CYBERFOLIO_APP=$PWD/target/cyberfolio-app cargo build -p cyberfolio-cli; scripts/test.sh does)",
        binary.display()
    );
    binary
}

/// `cyberfolio build --base /cyberfolio/` in `dir`, then `cyberfolio
/// preview` of its site: the checks run against what it serves, and the
/// server stops with the test.
async fn build_and_check(alone: &Alone, dir: &str, portfolio: String) {
    let loaded = load_str(&portfolio).expect("the portfolio loads");
    let built = alone.run(dir, &["build", "--base", "/cyberfolio/"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let mut preview = Server(
        alone
            .command(
                dir,
                &["preview", "dist", "--base", "/cyberfolio/", "--port", "0"],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start cyberfolio preview"),
    );
    let mut line = String::new();
    BufReader::new(preview.0.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the address");
    let base = line
        .trim()
        .strip_suffix("/cyberfolio/")
        .unwrap_or_else(|| panic!("preview says its address: {line:?}"))
        .to_string();
    Browser::run_at(1280, 900, base, |c, base| async move {
        the_site_works(&c, &base, &loaded).await
    })
    .await;
}

/// The preview server, stopped when the test ends, whatever its outcome.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The site's checks, for any portfolio.
async fn the_site_works(c: &Client, base: &str, loaded: &Loaded) -> TestResult {
    let home = format!("{base}/cyberfolio/");
    goto(c, &home).await?;
    // The app starts: its glue and its wasm came, matching the integrity
    // hashes the page holds.
    started(c).await?;
    until(c, "document.querySelector('[data-live]')").await?;
    assert_eq!(c.title().await?, PageMeta::of(&loaded.portfolio).title);
    let fetched = eval(
        c,
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)",
    )
    .await?;
    let fetched: Vec<String> = serde_json::from_value(fetched)?;
    for kind in [".wasm", ".js"] {
        assert!(
            fetched.iter().any(
                |path| path.starts_with("/cyberfolio/cyberfolio-site-") && path.ends_with(kind)
            ),
            "the app's {kind} under the sub-path: {fetched:?}"
        );
    }
    let marker = eval(
        c,
        "const m = document.querySelector('meta[name=cyberfolio-app]'); return [m.dataset.jsIntegrity, m.dataset.wasmIntegrity, document.querySelector('meta[http-equiv]').content]",
    )
    .await?;
    let [js, wasm, policy]: [String; 3] = serde_json::from_value(marker)?;
    assert!(
        js.starts_with("sha384-") && wasm.starts_with("sha384-"),
        "{js} {wasm}"
    );
    assert!(
        policy.starts_with("default-src 'self'") && !policy.contains("unsafe-inline"),
        "{policy}"
    );
    let sections: Vec<String> = serde_json::from_value(section_ids(c).await?)?;
    for id in [
        "accueil",
        "a-propos",
        "competences",
        "realisations",
        "tableau",
        "contact",
    ] {
        assert!(
            sections.iter().any(|s| s == id),
            "section {id} in {sections:?}"
        );
    }
    // Every competency filter shows exactly its réalisations.
    for competency in &loaded.referential.competencies {
        let filter = Filter {
            competencies: vec![competency.code.clone()],
            ..Filter::default()
        };
        goto(c, &view_url(base, &filter)).await?;
        assert_eq!(
            card_ids(c).await?,
            expected_ids(loaded, &filter),
            "filter {}",
            competency.code
        );
    }
    // The detail view of the first réalisation opens and closes.
    if let Some(first) = loaded.portfolio.realisations.first() {
        goto(c, &home).await?;
        card_ids(c).await?;
        click(c, &format!("[data-card='{}'] a", first.id)).await?;
        until(c, "document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(c, "dialog.detail[open] h2").await?, first.name);
        c.active_element().await?.send_keys("\u{E00C}").await?;
        until(c, "!document.querySelector('dialog.detail[open]')").await?;
    }
    // The tableau has a row for each réalisation.
    let rows = eval(
        c,
        "return document.querySelectorAll('#tableau tbody th.col-realisation').length",
    )
    .await?;
    assert_eq!(
        rows.as_u64(),
        Some(loaded.portfolio.realisations.len() as u64)
    );
    let errors = console_errors(c).await?;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs the complete cyberfolio binary; `bash scripts/test.sh` runs it, see the README"]
async fn the_binary_alone_builds_and_serves_working_sites() {
    let root = std::env::temp_dir().join(format!("cyberfolio-e2e-alone-{}", std::process::id()));
    let alone = Alone::new(&binary(), &root);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));

    let new = alone.run(
        ".",
        &["new", "zoe", "--name", "Zoé Martin", "--option", "slam"],
    );
    assert!(
        new.status.success(),
        "{}",
        String::from_utf8_lossy(&new.stderr)
    );
    let text =
        std::fs::read_to_string(alone.work.join("zoe/data/portfolio.json")).expect("new portfolio");
    build_and_check(&alone, "zoe", text).await;

    for (dir, json) in [
        ("example", "data/portfolio.json"),
        ("english", "examples/portfolio.en.json"),
    ] {
        alone.repository(dir, &repo, json);
        let text = std::fs::read_to_string(repo.join(json)).expect("portfolio");
        build_and_check(&alone, dir, text).await;
    }
    let _ = std::fs::remove_dir_all(&root);
}
