//! Whatever goes wrong between the server and the parser, the visitor gets
//! a French explanation, what to do, and « Réessayer »: never a blank page.

use std::time::Duration;

use cyberfolio_model::Tableau;
use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::harness::*;

/// Checks the error page of `/case/<name>/`: its title, that its text says
/// `advice`, and the « Réessayer » button. The page the build wrote stays
/// readable, its réalisations included: the error takes the filters' place.
async fn error_page(c: &Client, base: &str, name: &str, title: &str, advice: &str) -> TestResult {
    goto(c, &format!("{base}/case/{name}/")).await?;
    let h1 = c
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css(
            "main > section#realisations > .error-page[role=alert] h3",
        ))
        .await?
        .text()
        .await?;
    assert_eq!(h1, title, "title of case {name}");
    let page = text(c, ".error-page").await?;
    assert!(
        page.contains(advice),
        "case {name}: {advice:?} not in {page:?}"
    );
    c.find(Locator::XPath(
        "//*[contains(@class, 'error-page')]//button[normalize-space()='Réessayer']",
    ))
    .await?;
    let loaded = example();
    assert_eq!(
        text(c, "#accueil h1").await?,
        loaded.portfolio.basics.name,
        "case {name}: the written page is shown"
    );
    assert_eq!(
        card_ids(c).await?.len(),
        loaded.portfolio.realisations.len(),
        "case {name}: the written réalisations are shown"
    );
    let filters_hidden = "return document.querySelector('#realisations form.filters').hidden";
    assert_eq!(
        eval(c, filters_hidden).await?,
        Value::Bool(true),
        "case {name}: no dead filters"
    );
    Ok(())
}

fn big_file() -> Vec<u8> {
    let mut text = example_text().into_bytes();
    let end = text
        .iter()
        .rposition(|&b| b == b'}')
        .expect("closing brace");
    text.splice(end..end, std::iter::repeat_n(b' ', 10 * 1024 * 1024));
    text
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn every_failure_has_a_french_page_with_a_way_out() {
    let example = example_text();
    let mut not_utf8 = example.clone().into_bytes();
    let at = example.find("Camille").expect("a name to spoil") + 2;
    not_utf8[at] = 0xff;
    let cases = vec![
        Case::new("missing", Data::Status(404)),
        Case::new("server", Data::Status(503)),
        Case::new("cut", Data::CutAfterStart(example.clone().into_bytes())),
        Case::new("utf8", Data::Bytes(not_utf8)),
        Case::text("empty", ""),
        Case::text("array", "[\n  {\"basics\": {\"name\": \"Camille\"}}\n]\n"),
        Case::text("types", "{\n  \"basics\": {\"name\": \"Camille\"},\n  \"realisations\": [{\"id\": \"a\", \"name\": \"A\", \"cadre\": \"pro1\", \"competencies\": \"B1.1\"}]\n}\n"),
        Case::new("huge", Data::Bytes(big_file())),
    ];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        error_page(
            &c,
            &base,
            "missing",
            "Le fichier du portfolio est introuvable",
            "erreur 404",
        )
        .await?;
        error_page(
            &c,
            &base,
            "server",
            "Le serveur n'a pas pu fournir le portfolio",
            "erreur 503",
        )
        .await?;
        error_page(
            &c,
            &base,
            "cut",
            "Connexion impossible",
            "Vérifiez votre connexion",
        )
        .await?;
        error_page(
            &c,
            &base,
            "utf8",
            "Le fichier du portfolio n'est pas un texte UTF-8",
            "Enregistrez le fichier en UTF-8",
        )
        .await?;
        error_page(
            &c,
            &base,
            "empty",
            "Le fichier du portfolio est vide",
            "Il doit contenir un objet JSON",
        )
        .await?;
        error_page(
            &c,
            &base,
            "array",
            "Le fichier du portfolio contient des erreurs",
            "doit contenir un objet JSON",
        )
        .await?;
        error_page(
            &c,
            &base,
            "types",
            "Le fichier du portfolio contient des erreurs",
            "realisations[0].competencies",
        )
        .await?;
        assert!(text(&c, ".diagnostics li").await?.contains("ligne 3"));
        error_page(
            &c,
            &base,
            "huge",
            "Le fichier du portfolio est trop volumineux",
            "Le fichier fait 10,5 Mo ; un portfolio en fait au plus 4,2 Mo",
        )
        .await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_silent_server_times_out_after_15_seconds() {
    let slow = Case::new("slow", Data::Delay(Duration::from_secs(40)));
    Browser::run_with(1280, 900, vec![slow], |c, base| async move {
        let started = std::time::Instant::now();
        error_page(
            &c,
            &base,
            "slow",
            "Le serveur met trop de temps à répondre",
            "Aucune réponse après 15 secondes",
        )
        .await?;
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(14),
            "gave up after {waited:?}"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_portfolio_received_early_survives_a_slow_app_download() {
    // The portfolio arrives at once, the app 17 s later, as on a very slow
    // connection: the 15 s bound is for the portfolio's download, and must
    // not fail a file that arrived long before the app could read it.
    let case = Case::text("slow-app", example_text()).with_wasm_delay(Duration::from_secs(17));
    let loaded = example();
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        goto(&c, &format!("{base}/case/slow-app/")).await?;
        c.wait()
            .at_most(Duration::from_secs(40))
            .for_element(Locator::Css("[data-live]"))
            .await?;
        assert!(c.find(Locator::Css(".error-page")).await.is_err());
        assert_eq!(
            card_ids(&c).await?.len(),
            loaded.portfolio.realisations.len()
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn retry_recovers_once_the_server_does() {
    let flaky = Case::new("flaky", Data::FailOnce(500, example_text().into_bytes()));
    let loaded = example();
    Browser::run_with(1280, 900, vec![flaky], |c, base| async move {
        error_page(
            &c,
            &base,
            "flaky",
            "Le serveur n'a pas pu fournir le portfolio",
            "erreur 500",
        )
        .await?;
        click(&c, ".error-page button").await?;
        until(&c, "document.querySelector('[data-live]')").await?;
        assert!(c.find(Locator::Css(".error-page")).await.is_err());
        let filters_shown = "return !document.querySelector('#realisations form.filters').hidden";
        assert_eq!(eval(&c, filters_shown).await?, Value::Bool(true));
        assert_eq!(text(&c, "h1").await?, loaded.portfolio.basics.name);
        assert_eq!(
            card_ids(&c).await?.len(),
            loaded.portfolio.realisations.len()
        );
        Ok(())
    })
    .await;
}

/// A wasm that does not match the integrity written in the page is
/// refused (`public/init.js` fetches it with that integrity): the page
/// written at build time stays, réalisations included, and says what it
/// lacks in place of their filters.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_tampered_app_is_refused_and_the_written_page_says_what_is_missing() {
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    // The wasm's hash, then the glue's, each wrong in turn.
    let tampered_at = |attribute: &str| {
        let hash = format!("{attribute}=\"sha384-");
        let start = index
            .find(&hash)
            .unwrap_or_else(|| panic!("cyberfolio-build page moved {attribute} to the marker"))
            + hash.len();
        format!("{}AAAA{}", &index[..start], &index[start + 4..])
    };
    let mut wasm = Case::text("tampered-wasm", example_text());
    wasm.index = Some(tampered_at("data-wasm-integrity"));
    let mut glue = Case::text("tampered-glue", example_text());
    glue.index = Some(tampered_at("data-js-integrity"));
    Browser::run_with(1280, 900, vec![wasm, glue], |c, base| async move {
        for case in ["tampered-wasm", "tampered-glue"] {
            goto(&c, &format!("{base}/case/{case}/")).await?;
            let notice = text(&c, "#realisations > p.start-failed[role=alert]").await?;
            assert!(
                notice.starts_with(
                    "Les filtres et le détail des réalisations n'ont pas pu démarrer."
                ),
                "{case}: {notice}"
            );
            // In place of the filters; the written réalisations and the rest of
            // the page are still there.
            assert_eq!(section_ids(&c).await?, serde_json::json!(EXAMPLE_SECTIONS));
            assert_eq!(
                card_ids(&c).await?,
                example()
                    .portfolio
                    .realisations
                    .iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>()
            );
            let filters_hidden =
                "return document.querySelector('#realisations form.filters').hidden";
            assert_eq!(eval(&c, filters_hidden).await?, Value::Bool(true));
            assert!(c.find(Locator::Css("[data-live]")).await.is_err());
        }
        Ok(())
    })
    .await;
}

/// While the app's wasm is still on its way (held back 4 s here): a
/// visitor who moved keeps their place when the app mounts (it does not
/// go back to the address's anchor), and a written link to a réalisation
/// clicked meanwhile is taken in place, without reloading the page, and
/// opens once the app has started.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn before_the_app_starts_the_visitor_keeps_their_place_and_clicks() {
    let case = Case::text("slow-start", example_text()).with_wasm_delay(Duration::from_secs(4));
    let loaded = example();
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        goto(&c, &format!("{base}/case/slow-start/#veille")).await?;
        until(&c, "document.querySelector('#veille')").await?;
        assert!(c.find(Locator::Css("[data-live]")).await.is_err(), "the app is not there yet");
        eval(&c, "window.sameDocument = true; return null").await?;
        // The browser's own (smooth) scroll to the anchor, to its end.
        until(
            &c,
            "Math.abs(document.getElementById('veille').getBoundingClientRect().top - parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)) < 2",
        )
        .await?;
        // The visitor moves back up to the compétences (a wheel turn, as
        // `public/init.js` sees it, and where it took them).
        eval(
            &c,
            "dispatchEvent(new WheelEvent('wheel')); \
             document.getElementById('competences').scrollIntoView({ behavior: 'instant' }); return null",
        )
        .await?;
        let top_heading = "return Math.round(document.querySelector('#competences h2').getBoundingClientRect().top)";
        let before = eval(&c, top_heading).await?;
        // A réalisation of the tableau, clicked before the app has started.
        let row = "#tableau th.col-realisation a";
        let href = eval(&c, &format!("return document.querySelector('{row}').getAttribute('href')")).await?;
        eval(&c, &format!("document.querySelector('{row}').click(); return null")).await?;
        assert_eq!(
            eval(&c, "return location.search + location.hash").await?,
            // Its query: its anchor (`#r-<id>`) is the written detail, for
            // a page without the app.
            Value::String(format!("{}#veille", href.as_str().unwrap_or_default().split('#').next().unwrap_or_default())),
            "the address is the link's, with the page's anchor, at once"
        );
        c.wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css("[data-live] dialog.detail[open]"))
            .await?;
        assert_eq!(
            eval(&c, "return window.sameDocument === true").await?,
            Value::Bool(true),
            "the page was not reloaded"
        );
        let first_row = Tableau::new(&loaded.portfolio, &loaded.referential)
            .groups
            .iter()
            .flat_map(|g| &g.rows)
            .next()
            .map(|r| r.name.clone())
            .expect("a row");
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, first_row);
        // Within a pixel: the live header's measured height may round apart.
        let after = eval(&c, top_heading).await?;
        let moved = after.as_f64().unwrap_or(f64::MAX) - before.as_f64().unwrap_or_default();
        assert!(moved.abs() <= 1.0, "the visitor's place is kept: {before} then {after}");
        Ok(())
    })
    .await;
}

/// While the app's wasm is still on its way (held back 8 s here), the
/// written réalisations' form is a working copy of the app's: it shows the
/// filter the address names (read as the app reads it), Enter in the search
/// box does not reload the page, « Tout effacer » clears, a competency's
/// link leads to its réalisations; the app then shows that view.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn before_the_app_starts_the_written_filters_follow_the_address() {
    let case = Case::text("slow-filters", example_text()).with_wasm_delay(Duration::from_secs(8));
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        c.goto(&format!("{base}/case/slow-filters/?c=b1.4,B1.1.2&m=toutes#realisations"))
            .await?;
        until(&c, "document.querySelector('#realisations form[data-written]')").await?;
        eval(&c, "window.sameDocument = true; return null").await?;
        let form = "const f = document.querySelector('#realisations form[data-written]'); \
                    return f && [[...f.querySelectorAll('input[name=c]:checked')].map(b => b.value), \
                    f.querySelector('input[name=m]:checked').value, f.querySelector('button.clear-filters').disabled, \
                    f.querySelector('input[name=q]').value]";
        assert_eq!(
            eval(&c, form).await?,
            serde_json::json!([["B1.1", "B1.4"], "toutes", false, ""]),
            "the address's filter, shown before the app has started"
        );
        let search = c
            .find(Locator::Css("#realisations form[data-written] input[name=q]"))
            .await?;
        search.send_keys("vlan\u{E007}").await?;
        until(&c, "location.search.includes('q=vlan')").await?;
        assert_eq!(
            eval(&c, "return [location.search, location.hash]").await?,
            serde_json::json!(["?c=B1.1,B1.4&m=toutes&q=vlan", "#realisations"])
        );
        click(&c, "#realisations form[data-written] button.clear-filters").await?;
        assert_eq!(
            eval(&c, form).await?,
            serde_json::json!([[], "", true, ""]),
            "« Tout effacer » clears"
        );
        assert_eq!(
            eval(&c, "return [location.search, location.hash, document.activeElement.value]").await?,
            serde_json::json!(["", "#realisations", "B1.1"])
        );
        // A competency's link, from the top of the page.
        eval(&c, "scrollTo({ top: 0, behavior: 'instant' }); return null").await?;
        eval(&c, "document.querySelector('#competences a[href=\"?c=B1.3#realisations\"]').click(); return null").await?;
        assert_eq!(eval(&c, form).await?, serde_json::json!([["B1.3"], "", false, ""]));
        until(
            &c,
            "Math.abs(document.getElementById('realisations').getBoundingClientRect().top - parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)) < 2",
        )
        .await?;
        assert!(c.find(Locator::Css("[data-live]")).await.is_err(), "the app is not there yet");
        // The app shows that view.
        c.wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css("[data-live]"))
            .await?;
        let live = "return [...document.querySelectorAll('#realisations form.filters input[name=c]:checked')].map(b => b.value)";
        assert_eq!(eval(&c, live).await?, serde_json::json!(["B1.3"]));
        assert_eq!(
            eval(&c, "return window.sameDocument === true").await?,
            Value::Bool(true),
            "the page was never reloaded"
        );
        Ok(())
    })
    .await;
}

/// A portfolio that breaks a rule of the épreuve (here, a référentiel
/// without competencies) is the build's to refuse: `cyberfolio-build page` fails
/// and writes the located errors in place of the page, which is what
/// `trunk serve` shows the student. The app, which has nothing to show,
/// does not start.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_portfolio_the_build_refuses_shows_its_errors_in_the_page() {
    let example = example_text();
    let broken = example.replacen(
        "{",
        "{\n  \"referential\": {\"id\": \"bloc1\", \"title\": \"Bloc 1\", \"competencies\": []},",
        1,
    );
    let case = Case::text("referential", broken).with_own_build();
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        goto(&c, &format!("{base}/case/referential/")).await?;
        assert_eq!(
            text(&c, "main.error-page[data-build-errors] h1").await?,
            "Le fichier du portfolio contient des erreurs"
        );
        let diagnostics = text(&c, ".diagnostics li.diag.error").await?;
        assert!(diagnostics.contains("ligne 2"), "{diagnostics}");
        assert!(diagnostics.contains("aucune compétence"), "{diagnostics}");
        tokio::time::sleep(Duration::from_millis(500)).await;
        let fetched = "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('.wasm') || e.name.endsWith('portfolio.json')).length";
        assert_eq!(eval(&c, fetched).await?, Value::from(0), "the app did not start");
        Ok(())
    })
    .await;
}
