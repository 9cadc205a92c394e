//! The offline copy (`portfolio-hors-ligne.zip`), as a candidate uses it on
//! the day of the exam: the archive the built site offers is unzipped into
//! a folder, and its `index.html` opened from a `file://` address in
//! Chromium with the network cut. Every section shows, every competency
//! filter keeps what the model keeps (CSS over the written form: the wasm
//! cannot be fetched from a folder), every réalisation's detail opens,
//! the tableau prints on A4 landscape, every document is there and opens,
//! and nothing is asked of the network. A hostile portfolio's copy runs
//! none of its payloads and turns no unsafe address into a link.

use std::path::{Path, PathBuf};

use cyberfolio_model::{Cadre, Combine, Filter, Loaded};
use fantoccini::Client;
use serde_json::{json, Value};

use crate::harness::*;
use crate::hostile::{corpus, hostile_portfolio, nothing_ran};
use crate::presentation::walk_the_slides;
use crate::standalone::binary;

/// The archive's folder, unzipped into `into` (emptied first).
pub(crate) fn unzip(archive: &Path, into: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(into);
    let file =
        std::fs::File::open(archive).unwrap_or_else(|e| panic!("{}: {e}", archive.display()));
    zip::ZipArchive::new(file)
        .expect("a zip archive")
        .extract(into)
        .expect("unzipped");
    into.join("portfolio-hors-ligne")
}

/// A scratch folder of this test run.
fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("cyberfolio-offline-{name}-{}", std::process::id()))
}

/// The `file://` address of `path`.
fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// Cuts the browser's network, as on a laptop without Wi-Fi.
async fn cut_the_network(c: &Client) -> TestResult {
    cdp(c, "Network.enable", json!({})).await?;
    cdp(
        c,
        "Network.emulateNetworkConditions",
        json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    Ok(())
}

/// The ids of the cards shown, in page order.
async fn shown_cards(c: &Client) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let shown = eval(
        c,
        "return [...document.querySelectorAll('#realisations .card')] \
           .filter(card => card.getBoundingClientRect().height > 0) \
           .map(card => card.dataset.card)",
    )
    .await?;
    Ok(serde_json::from_value(shown)?)
}

/// Sets the written form as a visitor would, by clicks: exactly `filter`'s
/// competencies, its combination and its cadre.
async fn choose(c: &Client, filter: &Filter) -> TestResult {
    let codes = serde_json::to_string(&filter.competencies)?;
    eval(
        c,
        &format!(
            "const codes = {codes}; \
             for (const box of document.querySelectorAll('#realisations input[name=c]')) \
               if (box.checked !== codes.includes(box.value)) box.click(); \
             return null"
        ),
    )
    .await?;
    let combine = if filter.combine == Combine::All {
        "toutes"
    } else {
        ""
    };
    click(
        c,
        &format!("#realisations input[name=m][value='{combine}']"),
    )
    .await?;
    let cadre = filter.cadre.map(Cadre::code).unwrap_or_default();
    eval(
        c,
        &format!(
            "const select = document.querySelector('#realisations select[name=cadre]'); \
             select.value = '{cadre}'; select.dispatchEvent(new Event('change', {{ bubbles: true }})); return null"
        ),
    )
    .await?;
    Ok(())
}

/// What the line under the form says.
async fn count_line(c: &Client) -> Result<String, Box<dyn std::error::Error>> {
    let content = eval(
        c,
        "return getComputedStyle(document.querySelector('#realisations'), '::after').content",
    )
    .await?;
    Ok(content.as_str().unwrap_or_default().to_string())
}

/// The filters a jury uses: each competency alone, two together with
/// « au moins une » and « toutes », a cadre, and a competency in a cadre.
fn filters(loaded: &Loaded) -> Vec<Filter> {
    let codes: Vec<String> = loaded
        .referential
        .competencies
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let mut filters: Vec<Filter> = codes
        .iter()
        .map(|code| Filter {
            competencies: vec![code.clone()],
            ..Filter::default()
        })
        .collect();
    for combine in [Combine::Any, Combine::All] {
        filters.push(Filter {
            competencies: vec![codes[1].clone(), codes[4].clone()],
            combine,
            ..Filter::default()
        });
    }
    filters.push(Filter {
        cadre: Some(Cadre::Pro2),
        ..Filter::default()
    });
    filters.push(Filter {
        competencies: vec![codes[0].clone()],
        cadre: Some(Cadre::Formation),
        ..Filter::default()
    });
    filters.push(Filter::default());
    filters
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_offline_copy_works_from_a_folder_with_the_network_cut() {
    let loaded = example();
    let folder = unzip(
        &dist().join("portfolio-hors-ligne.zip"),
        &scratch("example"),
    );
    let index = folder.join("index.html");
    assert!(
        index.is_file(),
        "the archive holds index.html in its folder"
    );
    // No app in the copy: a page opened from a folder cannot run it.
    for entry in std::fs::read_dir(&folder).expect("the folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(
            !name.ends_with(".wasm") && !name.ends_with(".js"),
            "{name} in the copy"
        );
    }
    // Every document a link of the page names is in the copy, as published.
    let page = std::fs::read_to_string(&index).expect("the page");
    let html = scraper::Html::parse_document(&page);
    let links = scraper::Selector::parse("a[href^='documents/'], img[src^='documents/']")
        .expect("selector");
    let mut documents: Vec<String> = html
        .select(&links)
        .filter_map(|e| {
            e.value()
                .attr("href")
                .or(e.value().attr("src"))
                .map(str::to_string)
        })
        .collect();
    documents.sort();
    documents.dedup();
    assert!(documents.len() >= 10, "{documents:?}");
    for document in &documents {
        let copied =
            std::fs::read(folder.join(document)).unwrap_or_else(|e| panic!("{document}: {e}"));
        let published = std::fs::read(dist().join(document)).expect("published");
        assert!(copied == published, "{document} is the published one");
    }
    let url = file_url(&index);
    Browser::run(1280, 900, |c, _| async move {
        cut_the_network(&c).await?;
        c.goto(&url).await?;
        assert_eq!(section_ids(&c).await?, json!(EXAMPLE_SECTIONS), "every section");
        assert_eq!(c.current_url().await?.as_str(), url, "no app took the address");
        // The filters: what the model keeps, for each filter a jury uses.
        for filter in filters(&loaded) {
            choose(&c, &filter).await?;
            let expected = expected_ids(&loaded, &filter);
            assert_eq!(shown_cards(&c).await?, expected, "{filter:?}");
            // The line says how many show, of how many (a CSS counter).
            let line = count_line(&c).await?;
            assert!(
                line.starts_with("\"Réalisations affichées\u{a0}: \"")
                    && line.ends_with(&format!(" sur {}\"", loaded.portfolio.realisations.len())),
                "{line}"
            );
            let shown = eval(
                &c,
                "return [...document.querySelectorAll('#realisations .card')].filter(c => getComputedStyle(c).display !== 'none').length",
            )
            .await?;
            assert_eq!(shown, json!(expected.len()));
        }
        // The search box and « Copier le lien » need the app: not offered.
        let offered = eval(
            &c,
            "return ['input[name=q]', '.copy-link'].map(s => document.querySelector('#realisations ' + s).getBoundingClientRect().height)",
        )
        .await?;
        assert_eq!(offered, json!([0, 0]));
        // A competency's link in the tableau filters the cards in place.
        let code = &loaded.referential.competencies[2].code;
        click(&c, &format!("#tableau thead a[href^='?c={code}']")).await?;
        let only = Filter {
            competencies: vec![code.clone()],
            ..Filter::default()
        };
        assert_eq!(shown_cards(&c).await?, expected_ids(&loaded, &only), "from the tableau");
        assert_eq!(c.current_url().await?.as_str(), format!("{url}#realisations"));
        choose(&c, &Filter::default()).await?;
        // Every réalisation's detail, from its card, in the page.
        for r in &loaded.portfolio.realisations {
            click(&c, &format!("#realisations [data-card='{}'] h3 a", r.id)).await?;
            assert_eq!(c.current_url().await?.as_str(), format!("{url}#r-{}", r.id));
            let detail = eval(
                &c,
                &format!(
                    "const d = document.getElementById('r-{}'); \
                     return [d.getBoundingClientRect().height > 0, d.querySelector('h2').textContent]",
                    r.id
                ),
            )
            .await?;
            assert_eq!(detail, json!([true, r.name]), "{}'s detail shows", r.id);
        }
        // The images of the page load from the folder.
        let images = eval(
            &c,
            "return Promise.all([...document.images].map(i => i.decode().then(() => i.naturalWidth > 0, () => i.getAttribute('src'))))",
        )
        .await?;
        let failed: Vec<&Value> = images.as_array().into_iter().flatten().filter(|v| **v != json!(true)).collect();
        assert!(failed.is_empty(), "images that did not load: {failed:?}");
        // A document opens: the browser shows the PDF from the folder.
        let pdf = format!("{}/documents/procedure-vlan-pfsense.pdf", url.trim_end_matches("/index.html"));
        c.goto(&pdf).await?;
        assert_eq!(eval(&c, "return document.contentType").await?, json!("application/pdf"));
        c.goto(&url).await?;
        // The tableau prints alone, on A4 landscape, 3 pages at most.
        click(&c, "[data-tableau=subs]").await?;
        eval(&c, "document.body.classList.add('print-tableau')").await?;
        cdp(&c, "Emulation.setEmulatedMedia", json!({ "media": "print" })).await?;
        let rows = eval(&c, "return [...document.querySelectorAll('table.tableau tbody tr:not(.group)')].filter(r => r.getBoundingClientRect().height > 0).length").await?;
        assert_eq!(rows, json!(loaded.portfolio.realisations.len()));
        let pages = printed_pages(&c).await?;
        assert!(!pages.is_empty() && pages.len() <= 3, "{} pages", pages.len());
        for (w, h) in &pages {
            assert!((w - 841.9).abs() < 2.0 && (h - 595.3).abs() < 2.0, "A4 landscape, got {w}×{h}");
        }
        cdp(&c, "Emulation.setEmulatedMedia", json!({ "media": "" })).await?;
        // Nothing asked of the network, and nothing refused or broken.
        let requested = eval(
            &c,
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'))",
        )
        .await?;
        assert_eq!(requested, json!([]), "requests beyond the folder");
        let errors = console_errors(&c).await?;
        assert!(errors.is_empty(), "{errors:#?}");
        Ok(())
    })
    .await;
}

/// `cyberfolio offline` makes the same archive for a portfolio, before any
/// push; a hostile portfolio's copy runs nothing.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_hostile_portfolio_s_offline_copy_runs_nothing() {
    let corpus = corpus();
    let hostile = hostile_portfolio(&corpus);
    let loaded = cyberfolio_model::load_str(&hostile).expect("the poisoned copy loads");
    let work = scratch("hostile-work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(work.join("data")).expect("data/");
    std::fs::write(work.join("data/portfolio.json"), &hostile).expect("written");
    let made = std::process::Command::new(binary())
        .args(["offline", "data/portfolio.json", "-o", "copie.zip"])
        .current_dir(&work)
        .output()
        .expect("run cyberfolio offline");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let folder = unzip(&work.join("copie.zip"), &scratch("hostile"));
    let url = file_url(&folder.join("index.html"));
    let ids: Vec<String> = loaded
        .portfolio
        .realisations
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let name = loaded.portfolio.basics.name.trim().to_string();
    Browser::run(1280, 900, |c, _| async move {
        cut_the_network(&c).await?;
        c.goto(&url).await?;
        assert_eq!(text(&c, "h1").await?, name, "the name is shown as text");
        eval(
            &c,
            "window.__pwnedCalls = []; window.__pwned = n => window.__pwnedCalls.push(n)",
        )
        .await?;
        nothing_ran(&c, "offline").await?;
        for id in &ids {
            click(&c, &format!("#realisations [data-card='{id}'] h3 a")).await?;
            nothing_ran(&c, &format!("offline #r-{id}")).await?;
        }
        click(&c, "#realisations input[name=c]").await?;
        nothing_ran(&c, "offline filtered").await?;
        // Its presentation too, every slide and detail, from the folder.
        let deck = url.replace("index.html", "presentation.html");
        walk_the_slides(&c, &deck, "offline presentation").await?;
        Ok(())
    })
    .await;
}
