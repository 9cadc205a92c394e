//! The portfolio as visitors and the jury use it: every section, the
//! filters, the URL as state, the detail view, print and phone layouts.

use std::time::Duration;

use cyberfolio_model::{Combine, Filter, Tableau};
use fantoccini::Locator;
use serde_json::{json, Value};

use crate::harness::*;

/// True once the réalisations section sits at the top of the window, just
/// under the sticky header (the page's `scroll-padding-top`), within 10 px.
const REALISATIONS_AT_TOP: &str =
    "Math.abs(document.getElementById('realisations').getBoundingClientRect().top \
    - parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)) < 10";

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn every_section_shows_what_the_json_says() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        let p = &loaded.portfolio;
        started(&c).await?;
        assert_eq!(text(&c, "h1").await?, p.basics.name);
        // The page as served, before any script: what link previews read
        // (`cyberfolio-build page`, run on the build by scripts/test.sh).
        let served = eval(&c, "return fetch(location.href).then(r => r.text())").await?;
        let served = served.as_str().unwrap_or_default().to_string();
        let title = format!("{} — Portfolio BTS SIO SISR", p.basics.name);
        for expected in [
            format!("<title>{title}</title>"),
            "<html lang=\"fr\">".to_string(),
            format!("<meta property=\"og:title\" content=\"{title}\">"),
            "<meta property=\"og:image\" content=\"https://cgirard-sio.github.io/cyberfolio/documents/og-image.png\">".to_string(),
            "<meta property=\"og:url\" content=\"https://cgirard-sio.github.io/cyberfolio/\">".to_string(),
        ] {
            assert!(served.contains(&expected), "{expected} not in the served page");
        }
        assert_eq!(served.matches("name=\"description\"").count(), 1);
        assert_eq!(eval(&c, "return document.title").await?, Value::String(title));
        for id in EXAMPLE_SECTIONS {
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
        // À propos: every diploma's result and courses, every interest.
        let about = text(&c, "#a-propos").await?;
        let education = p.education.iter();
        let facts = education
            .flat_map(|e| e.score.iter().chain(&e.courses))
            .chain(p.interests.iter().flat_map(|i| std::iter::once(&i.name).chain(&i.keywords)));
        for fact in facts {
            // WebDriver's text turns no-break spaces into spaces.
            let fact = fact.replace('\u{a0}', " ");
            assert!(about.contains(&fact), "« {fact} » missing from À propos");
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
        // The app runs under the strict CSP of index.html, which is there.
        let policy = eval(
            &c,
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        )
        .await?;
        let policy = policy.as_str().unwrap_or_default();
        // Scripts: the site's files, the wasm, and the two scripts that
        // `cyberfolio-build page` puts inside the page (the app's start script and
        // the one-line theme script), each by its hash; nothing else inline.
        let scripts = policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"))
            .unwrap_or_default();
        assert!(
            scripts.starts_with("script-src 'self' 'wasm-unsafe-eval' 'sha256-")
                && scripts.matches("'sha256-").count() == 2,
            "{policy}"
        );
        let inline = "return [...document.scripts].filter(s => !s.src).map(s => Object.keys(s.dataset).join())";
        // The theme script first, in the head right after the title.
        assert_eq!(eval(&c, inline).await?, json!(["themeChoice", "init"]));
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        // `cyberfolio-build page` put the stylesheet in the page (no request
        // before the first paint), allowed by its hash alone.
        assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
        let styles = eval(
            &c,
            "return [document.querySelectorAll('link[rel=stylesheet]').length, \
             document.querySelectorAll('style').length, \
             getComputedStyle(document.querySelector('.site-header')).position]",
        )
        .await?;
        assert_eq!(styles, serde_json::json!([0, 1, "sticky"]));
        assert_eq!(csp_violations(&c).await?, Vec::<String>::new());
        assert_eq!(
            eval(&c, "return document.querySelector('.author-panel').hidden").await?,
            Value::Bool(true),
            "warnings panel shown to the jury"
        );
        // The author asks for it.
        goto(&c, &format!("{base}/cyberfolio/?verifier")).await?;
        until(&c, "!document.querySelector('.author-panel').hidden").await?;
        let panel = text(&c, ".author-panel").await?;
        assert!(panel.starts_with("Vérification du portfolio"), "{panel}");
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn each_competency_filter_shows_exactly_its_realisations() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        for competency in &loaded.referential.competencies {
            let filter = Filter {
                competencies: vec![competency.code.clone()],
                ..Filter::default()
            };
            goto(&c, &view_url(&base, &filter)).await?;
            let expected = expected_ids(&loaded, &filter);
            assert!(!expected.is_empty());
            assert_eq!(card_ids(&c).await?, expected, "filter {}", competency.code);
        }
        let filter = Filter {
            competencies: vec!["B1.1".into(), "B1.4".into()],
            combine: Combine::All,
            ..Filter::default()
        };
        goto(&c, &view_url(&base, &filter)).await?;
        assert_eq!(card_ids(&c).await?, expected_ids(&loaded, &filter));
        // A shared link to a section lands on it once the page has rendered.
        goto(&c, &format!("{}#realisations", view_url(&base, &filter)))
            .await?;
        until(
            &c,
            "window.scrollY > 0 && Math.abs(document.getElementById('realisations').getBoundingClientRect().top) < 150",
        )
        .await?;
        let nothing = Filter {
            query: "zzzzzz".into(),
            ..Filter::default()
        };
        goto(&c, &view_url(&base, &nothing)).await?;
        assert_eq!(card_ids(&c).await?, Vec::<String>::new());
        assert!(text(&c, ".empty").await?.contains("effacez la recherche"));
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn filters_live_in_the_url_across_reload_and_back() {
    let loaded = example();
    Browser::run(1280, 900, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        let all = card_ids(&c).await?;
        click(&c, "input[name=c][value='B1.3']").await?;
        // The address of a filtered view names the réalisations section.
        c.wait()
            .for_url(&format!("{base}/cyberfolio/?c=B1.3#realisations").parse()?)
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
        // A filter link without the anchor (typed, or copied before the
        // anchor existed) opens on its results too, not on the accueil.
        goto(&c, &format!("{base}/cyberfolio/?c=B1.3")).await?;
        assert_eq!(card_ids(&c).await?, filtered);
        until(&c, REALISATIONS_AT_TOP).await?;
        Ok(())
    })
    .await;
}

/// A file with errors gets its located diagnostics: on a page of their own
/// where `cyberfolio-build page` refused to write the page (`trunk serve`, the
/// hook lets the build through), in the place of the réalisations' filters
/// in a written page (a file changed after the build).
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_broken_file_gets_a_located_french_error_page() {
    let text_of_file = "{\n  \"basics\": { \"name\": \"Camille\", }\n}\n";
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    let shell = "<div class=shell role=status><p>Chargement du portfolio…</p></div>";
    let mut unwritten = Case::text("broken-unwritten", text_of_file);
    unwritten.index =
        Some(cyberfolio_build::page::with_content(&index, shell).expect("the app's element"));
    let cases = vec![Case::text("broken", text_of_file), unwritten];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        for (case, heading) in [
            ("broken-unwritten", "main.error-page h1"),
            ("broken", "main > section#realisations > .error-page h3"),
        ] {
            goto(&c, &format!("{base}/case/{case}/")).await?;
            assert_eq!(
                text(&c, heading).await?,
                "Le fichier du portfolio contient des erreurs",
                "{case}"
            );
            let diag = text(&c, ".diagnostics li").await?;
            assert!(diag.contains("ligne 2, colonne 34"), "{diag}");
            assert!(diag.contains("virgule en trop"), "{diag}");
            c.find(Locator::XPath("//button[normalize-space()='Réessayer']"))
                .await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_detail_view_opens_closes_and_returns_focus() {
    let loaded = example();
    let first = loaded.portfolio.realisations[0].clone();
    let second = loaded.portfolio.realisations[1].clone();
    Browser::run(1280, 900, |c, base| async move {
        let home = format!("{base}/cyberfolio/");
        let focus_on_first_card = format!(
            "document.activeElement && document.activeElement.closest(\"[data-card='{}']\")",
            first.id
        );
        goto(&c, &home).await?;
        card_ids(&c).await?;
        // Open by clicking the card's link: a new history entry.
        click(&c, &format!("[data-card='{}'] a", first.id)).await?;
        c.wait()
            .for_url(&format!("{home}?r={}", first.id).parse()?)
            .await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        let title = text(&c, "dialog.detail[open] h2").await?;
        assert_eq!(title, first.name);
        // Escape closes it, goes back to the list URL, and focus returns
        // to the link that opened it.
        let focused = c.active_element().await?;
        focused.send_keys("\u{E00C}").await?;
        c.wait().for_url(&home.parse()?).await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        until(&c, &focus_on_first_card).await?;
        // Back closes it too; Forward reopens it.
        click(&c, &format!("[data-card='{}'] a", second.id)).await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        c.back().await?;
        c.wait().for_url(&home.parse()?).await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        c.forward().await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, second.name);
        // A deep link opens it directly, and survives a reload.
        goto(&c, &format!("{home}?r={}", first.id)).await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        c.refresh().await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, first.name);
        // The close button closes a deep-linked view without leaving the
        // site, and the focus goes to the réalisation's card (not to the
        // top of the page, where the next Tab would start over).
        click(&c, "dialog.detail[open] .close").await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(c.current_url().await?.as_str(), home);
        until(&c, &focus_on_first_card).await?;
        Ok(())
    })
    .await;
}

/// Keyboard: closing a réalisation opened from the tableau gives the focus
/// back to the tableau's link, where the jury was (not to the card, far
/// above); a link that filters the list moves the focus to the list, so
/// that the next Tab reaches the results (from the page or the dialog).
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_focus_follows_the_jury_from_the_tableau_and_to_the_filtered_list() {
    let loaded = example();
    let second = loaded.portfolio.realisations[1].clone();
    Browser::run(1280, 900, |c, base| async move {
        let enter = |c: fantoccini::Client| async move {
            c.active_element().await?.send_keys("\u{E007}").await
        };
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        card_ids(&c).await?;
        let opener = format!("#tableau tbody a[href*='r={}']", second.id);
        let before = eval(
            &c,
            &format!("const a = document.querySelector(\"{opener}\"); a.scrollIntoView({{ block: 'center', behavior: 'instant' }}); a.focus(); return Math.round(scrollY)"),
        )
        .await?;
        enter(c.clone()).await?;
        until(&c, "document.querySelector('dialog.detail[open] h2')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, second.name);
        c.active_element().await?.send_keys("\u{E00C}").await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        until(&c, &format!("document.activeElement === document.querySelector(\"{opener}\")")).await?;
        let after = eval(&c, "return Math.round(scrollY)").await?;
        assert_eq!(after, before, "the page stays at the tableau");

        // « Voir les réalisations » of a competency card.
        eval(&c, "document.querySelector('#competences a[href^=\"?c=\"]').focus()").await?;
        enter(c.clone()).await?;
        until(&c, "location.search.startsWith('?c=')").await?;
        until(&c, "document.activeElement && document.activeElement.id === 'realisations'").await?;
        c.active_element().await?.send_keys("\u{E004}").await?;
        until(&c, "document.activeElement.closest('#realisations form.filters')").await?;

        // A competency of the detail view: the dialog closes, the focus
        // goes to the filtered list.
        let card = format!("[data-card='{}'] a", second.id);
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        card_ids(&c).await?;
        eval(&c, &format!("document.querySelector(\"{card}\").focus()")).await?;
        enter(c.clone()).await?;
        until(&c, "document.querySelector('dialog.detail[open] .detail-competencies a')").await?;
        eval(&c, "document.querySelector('dialog.detail[open] .detail-competencies a').focus()").await?;
        enter(c.clone()).await?;
        until(&c, "!document.querySelector('dialog.detail[open]') && location.search.startsWith('?c=')").await?;
        until(&c, "document.activeElement && document.activeElement.id === 'realisations'").await?;
        Ok(())
    })
    .await;
}

/// A hand-written link: codes in any case and sub-competencies are read as
/// their competency; a code that means nothing is named, not dropped in
/// silence (the address bar would make the list look filtered).
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_mistyped_filter_link_is_understood_or_said_to_be_ignored() {
    Browser::run(1280, 900, |c, base| async move {
        goto(
            &c,
            &format!("{base}/cyberfolio/?c=b1.4,B1.2.1,XYZ#realisations"),
        )
        .await?;
        card_ids(&c).await?;
        let line = text(&c, "#realisations .result-count").await?;
        assert!(line.contains("B1.2") && line.contains("B1.4"), "{line}");
        let warning = text(&c, "#realisations .warning").await?;
        assert_eq!(
            warning,
            // WebDriver reads no-break spaces as spaces.
            "Compétence « XYZ » inconnue dans ce lien : ce filtre a été ignoré."
        );
        // Any change of the filter moves on from it.
        click(&c, "#realisations .chips input").await?;
        until(&c, "!document.querySelector('#realisations .warning')").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_realisation_link_never_loses_the_visitor() {
    let loaded = example();
    let last = loaded
        .portfolio
        .realisations
        .last()
        .cloned()
        .expect("réalisations");
    Browser::run(1280, 900, |c, base| async move {
        let home = format!("{base}/cyberfolio/");
        // Closing a réalisation opened far below the URL's anchor returns
        // to where it was opened: the browser would scroll back to the
        // anchor, 3,600 px up, when Back restores the URL.
        goto(&c, &format!("{home}#competences")).await?;
        card_ids(&c).await?;
        let card = format!("[data-card='{}'] a", last.id);
        click(&c, &card).await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        let opened_at = eval(&c, "return scrollY").await?.as_f64().unwrap_or_default();
        assert!(opened_at > 2000.0, "the card is far below #competences: {opened_at}");
        c.active_element().await?.send_keys("\u{E00C}").await?;
        c.wait().for_url(&format!("{home}#competences").parse()?).await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        // Two frames: the browser's scroll to the anchor, then ours back.
        let settled = c
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(scrollY), 300)))",
                vec![],
            )
            .await?
            .as_f64()
            .unwrap_or_default();
        assert!(
            (settled - opened_at).abs() <= 1.0,
            "closed at {settled}, opened at {opened_at}"
        );

        // A link to a réalisation that no longer exists says so, names
        // the id, and leads to the réalisations.
        goto(&c, &format!("{home}?c=B1.1&r=ancien-projet")).await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, "Réalisation introuvable");
        assert!(text(&c, "dialog.detail[open] article").await?.contains("ancien-projet"));
        let link = c
            .find(Locator::Css("dialog.detail[open] article a"))
            .await?;
        assert_eq!(link.text().await?, "Voir toutes les réalisations");
        assert_eq!(
            link.attr("href").await?.as_deref(),
            Some("/cyberfolio/?c=B1.1#realisations"),
            "the list with the same filter (its own click handler, not a view link's)"
        );
        link.click().await?;
        until(&c, "!document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(
            c.current_url().await?.as_str(),
            format!("{home}?c=B1.1#realisations")
        );
        until(&c, REALISATIONS_AT_TOP).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_theme_switch_can_return_to_following_the_system() {
    Browser::run(1280, 900, |c, base| async move {
        let home = format!("{base}/cyberfolio/");
        let system = |scheme: &'static str| {
            serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] })
        };
        let state = "return [document.documentElement.dataset.theme, document.querySelector('.theme-switch').getAttribute('aria-pressed'), localStorage.getItem('cyberfolio-theme')]";
        let expect = |theme: &str, pressed: &str, stored: Option<&str>| {
            serde_json::json!([theme, pressed, stored])
        };
        cdp(&c, "Emulation.setEmulatedMedia", system("dark")).await?;
        // The switch is `public/init.js`'s: it shows the theme, and works,
        // before the app has started (its first click starts it).
        c.goto(&home).await?;
        until(&c, "document.querySelector('.theme-switch')").await?;
        assert_eq!(eval(&c, state).await?, expect("dark", "true", None), "follows the system");
        assert_eq!(
            eval(&c, "return document.querySelector('[data-live]') === null").await?,
            Value::Bool(true),
            "before the app has started"
        );
        // A choice against the system is remembered…
        click(&c, ".theme-switch").await?;
        assert_eq!(eval(&c, state).await?, expect("light", "false", Some("light")));
        // …and the app's live header shows it.
        started(&c).await?;
        assert_eq!(eval(&c, state).await?, expect("light", "false", Some("light")));
        assert_eq!(text(&c, ".theme-switch [aria-hidden]").await?, "☀");
        click(&c, ".theme-switch").await?;
        assert_eq!(eval(&c, state).await?, expect("dark", "true", None));
        assert_eq!(text(&c, ".theme-switch [aria-hidden]").await?, "☾");
        click(&c, ".theme-switch").await?;
        assert_eq!(eval(&c, state).await?, expect("light", "false", Some("light")));
        // The choice applies before the app has started (`public/init.js`),
        // not only once it has: no flash of the system's theme.
        cdp(
            &c,
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "document.addEventListener('DOMContentLoaded', () => { \
                window.themeBeforeApp = [document.documentElement.dataset.theme || null, \
                                         !!document.querySelector('[data-prerendered]')]; })" }),
        )
        .await?;
        c.refresh().await?;
        started(&c).await?;
        until(&c, "document.querySelector('.theme-switch')").await?;
        assert_eq!(
            eval(&c, "return window.themeBeforeApp").await?,
            serde_json::json!(["light", true]),
            "[theme, accueil still the prerendered one] when the page is parsed"
        );
        assert_eq!(eval(&c, state).await?, expect("light", "false", Some("light")), "after a reload");
        // …and switching back forgets it: the page follows the system again,
        // also when the system changes.
        click(&c, ".theme-switch").await?;
        assert_eq!(eval(&c, state).await?, expect("dark", "true", None));
        cdp(&c, "Emulation.setEmulatedMedia", system("light")).await?;
        until(&c, "document.documentElement.dataset.theme === 'light'").await?;
        assert_eq!(eval(&c, state).await?, expect("light", "false", None));
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn a_phone_gets_the_page_without_horizontal_scrolling() {
    Browser::run(375, 812, |c, base| async move {
        for view in ["", "?c=B1.4", "?r=vlan-pfsense"] {
            goto(&c, &format!("{base}/cyberfolio/{view}")).await?;
            card_ids(&c).await?;
            let width = eval(&c, "return window.innerWidth").await?;
            assert_eq!(width.as_u64(), Some(375), "layout viewport on {view:?}");
            // Wider elements are fine inside a container that scrolls or
            // clips them (the nav row, the tableau); nowhere else.
            let overflow = eval(
                &c,
                "const w = document.documentElement.clientWidth; \
                 const contained = e => { for (let a = e.parentElement; a; a = a.parentElement) { \
                   if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true; } return false; }; \
                 return [...document.querySelectorAll('body *')] \
                   .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1 && !contained(e); }) \
                   .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));",
            )
            .await?;
            assert_eq!(overflow, Value::Array(vec![]), "elements wider than the phone on {view:?}");
            let scroll = eval(&c, "return document.documentElement.scrollWidth").await?;
            assert_eq!(scroll.as_u64(), Some(375), "horizontal scrolling on {view:?}");
            // The tableau scrolls sideways under its réalisations' column
            // and its groups' headings.
            let sticky = eval(
                &c,
                "const t = document.querySelector('.tableau tbody .col-realisation'); return t && getComputedStyle(t).position",
            )
            .await?;
            assert_eq!(sticky.as_str(), Some("sticky"), "tableau column on {view:?}");
            let heading = eval(
                &c,
                "const s = document.querySelector('.table-scroll'); s.scrollLeft = s.scrollWidth; \
                 const v = s.getBoundingClientRect(); \
                 const headings = [...s.querySelectorAll('.group span')].map(h => h.getBoundingClientRect()); \
                 const shown = headings.length === 3 && headings.every(h => h.left >= v.left && h.right <= v.right); \
                 s.scrollLeft = 0; return shown;",
            )
            .await?;
            assert_eq!(heading, Value::Bool(true), "group headings in view, scrolled right, on {view:?}");
            if view.starts_with("?r=") {
                // A long réalisation scrolls inside the dialog; its close
                // button stays in view, on a bar the text passes under
                // (the text beside the button is hidden, not overlapped).
                until(&c, "document.querySelector('dialog.detail[open] .close')").await?;
                let shown = eval(
                    &c,
                    "const d = document.querySelector('dialog.detail[open]'); d.scrollTop = d.scrollHeight / 2; \
                     return new Promise(done => requestAnimationFrame(() => { \
                       const b = d.querySelector('.close').getBoundingClientRect(), v = d.getBoundingClientRect(); \
                       const beside = document.elementFromPoint(v.left + 24, (b.top + b.bottom) / 2); \
                       const bar = d.querySelector('.detail-bar').getBoundingClientRect(); \
                       done([d.scrollTop > 0, b.top >= v.top && b.bottom <= v.bottom, \
                             !!beside && !!beside.closest('.detail-bar'), bar.top - v.top <= 2]); }));",
                )
                .await?;
                assert_eq!(
                    shown,
                    serde_json::json!([true, true, true, true]),
                    "[dialog scrolled, close button in view, text hidden beside it, bar at the dialog's top edge]"
                );
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_tableau_shows_its_sub_competencies_and_prints_alone_on_a4_landscape() {
    let loaded = example();
    // « Afficher les sous-compétences » shows a list under each column header
    // and the sub-competencies beside each mark that has some.
    let tableau = Tableau::new(&loaded.portfolio, &loaded.referential);
    let marks_with_subs = tableau
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .flat_map(|r| r.marks.iter().zip(&r.sub_marks))
        .filter(|(&mark, subs)| mark && !subs.is_empty())
        .count();
    let subs = (tableau.columns.len() + marks_with_subs) as u64;
    Browser::run(1280, 900, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        until(&c, "document.querySelector('table.tableau tfoot')").await?;
        assert_eq!(sub_competencies(&c).await?, [subs, 0], "in the page, hidden at first");
        let toggle = ".tableau-actions input[type=checkbox]";
        click(&c, toggle).await?;
        assert_eq!(sub_competencies(&c).await?, [subs, subs], "all shown once asked for");
        click(&c, toggle).await?;
        assert_eq!(sub_competencies(&c).await?, [subs, 0], "hidden again");
        click(&c, toggle).await?;
        // What « Imprimer le tableau » sets while the print dialog is open.
        eval(&c, "document.body.classList.add('print-tableau')").await?;
        cdp(&c, "Emulation.setEmulatedMedia", serde_json::json!({ "media": "print" })).await?;
        let visible = eval(
            &c,
            "return [...document.querySelectorAll('section[id], .site-header, .site-footer, .skip-link')] \
               .filter(e => e.getBoundingClientRect().height > 0 && getComputedStyle(e).display !== 'none') \
               .map(e => e.id || e.className)",
        )
        .await?;
        let visible: Vec<String> = serde_json::from_value(visible)?;
        assert_eq!(visible, ["tableau"], "only the tableau prints");
        let rows = eval(&c, "return [...document.querySelectorAll('table.tableau tbody tr:not(.group)')].filter(r => r.getBoundingClientRect().height > 0).length").await?;
        assert_eq!(rows.as_u64(), Some(loaded.portfolio.realisations.len() as u64));
        assert_eq!(sub_competencies(&c).await?, [subs, subs], "the sub-competencies print as shown");
        // The PDF Chromium prints follows the CSS page size: A4 landscape.
        let pages = printed_pages(&c).await?;
        assert!(!pages.is_empty(), "a PDF with pages");
        for (w, h) in &pages {
            assert!((w - 841.9).abs() < 2.0 && (h - 595.3).abs() < 2.0, "A4 landscape page, got {w}×{h}");
        }
        // The example's 13 réalisations, with their sub-competencies, on
        // 3 pages: 7 (header broken across pages) before the tableau's print
        // styles were fitted.
        assert!(pages.len() <= 3, "the tableau prints on {} pages", pages.len());
        Ok(())
    })
    .await;
}

/// On paper, the tableau points back to the site: its header carries the
/// QR code of `exam.portfolioUrl`, and each réalisation's row the QR code
/// of its detail there (`?r=<id>`), which a QR decoder reads from what
/// Chromium prints; the screen does not show them.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_printed_tableau_carries_qr_codes_of_the_site_and_of_each_realisation() {
    let loaded = example();
    let tableau = Tableau::new(&loaded.portfolio, &loaded.referential);
    let site = tableau
        .site_address()
        .expect("the example's address")
        .to_string();
    let mut expected = vec![site.clone()];
    for row in tableau.groups.iter().flat_map(|g| &g.rows) {
        expected.push(format!("{site}?r={}", row.id));
    }
    Browser::run(1280, 900, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        until(&c, "document.querySelector('table.tableau tfoot')").await?;
        let shown = "return [...document.querySelectorAll('#tableau svg.qr')].filter(q => q.getBoundingClientRect().height > 0).length";
        assert_eq!(eval(&c, shown).await?, json!(0), "no QR code on screen");
        eval(&c, "document.body.classList.add('print-tableau')").await?;
        cdp(&c, "Emulation.setEmulatedMedia", json!({ "media": "print" })).await?;
        assert_eq!(eval(&c, shown).await?, json!(expected.len()), "a QR code per row, and the site's");
        // 13 mm a side for a row's code, 16 mm for the site's: modules of
        // 0.4 mm, which a phone reads at arm's length.
        let sides = eval(&c, "return [...document.querySelectorAll('#tableau svg.qr')].map(q => Math.round(q.getBoundingClientRect().width * 25.4 / 96))").await?;
        let mut want = vec![13; expected.len()];
        want[0] = 16;
        assert_eq!(sides, json!(want), "sides in mm");
        let read = qr_codes_read(&c, "#tableau svg.qr").await?;
        assert_eq!(read, expected, "what a phone reads: the site, then each row's réalisation");
        // And they fit: still 3 A4 landscape pages at most.
        let pages = printed_pages(&c).await?;
        assert!(pages.len() <= 3, "the tableau prints on {} pages", pages.len());
        Ok(())
    })
    .await;
}

/// A word longer than a column (a 74-letter title, a 120-character file
/// name as a document's title) breaks inside its cell: the printed tableau
/// stays within the printable width of A4 landscape, on 3 pages at most.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_printed_tableau_breaks_long_words_inside_the_page() {
    let long_title = "Anticonstitutionnellementinterministériellementdocumentationdessauvegardes";
    // A file name: underscores are no place to break a line.
    let long_document: String = format!("procedure_{}", "sauvegarde_restauration_".repeat(6))
        .chars()
        .take(120)
        .collect();
    assert_eq!(long_document.chars().count(), 120);
    let mut portfolio: Value = serde_json::from_str(&example_text()).expect("the example");
    let first = portfolio["realisations"]
        .as_array_mut()
        .and_then(|list| {
            list.iter_mut()
                .find(|r| r["documents"].as_array().is_some_and(|d| !d.is_empty()))
        })
        .expect("a réalisation with a document");
    first["name"] = json!(long_title);
    first["documents"][0]["title"] = json!(long_document);
    let case = Case::text("long-words", portfolio.to_string());
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        goto(&c, &format!("{base}/case/long-words/")).await?;
        until(&c, "document.querySelector('table.tableau tfoot')").await?;
        let shown = eval(&c, "return document.querySelector('table.tableau tbody').textContent").await?;
        let shown = shown.as_str().unwrap_or_default();
        assert!(shown.contains(long_title) && shown.contains(&long_document), "the case's tableau");
        // Laid out as Chromium prints it: the printable width of A4
        // landscape (297 mm less the 10 mm margins: 277 mm, 1047 CSS px).
        eval(&c, "document.body.classList.add('print-tableau')").await?;
        cdp(&c, "Emulation.setEmulatedMedia", json!({ "media": "print" })).await?;
        cdp(
            &c,
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 1047, "height": 756, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await?;
        let fits = eval(
            &c,
            "const table = document.querySelector('table.tableau');              const overflowing = [...table.querySelectorAll('th, td')]                .filter(cell => cell.scrollWidth > cell.clientWidth + 1)                .map(cell => cell.textContent.slice(0, 40));              return { right: table.getBoundingClientRect().right, width: innerWidth,                       page: document.documentElement.scrollWidth, overflowing }",
        )
        .await?;
        assert_eq!(fits["width"], json!(1047), "{fits}");
        let right = fits["right"].as_f64().ok_or("a right edge")?;
        assert!(right <= 1047.0, "the table's right edge at {right} px: {fits}");
        assert!(fits["page"].as_f64().is_some_and(|w| w <= 1047.0), "{fits}");
        assert_eq!(fits["overflowing"], json!([]), "text past its cell: {fits}");
        let pages = printed_pages(&c).await?;
        for (w, h) in &pages {
            assert!((w - 841.9).abs() < 2.0 && (h - 595.3).abs() < 2.0, "A4 landscape page, got {w}×{h}");
        }
        assert!((1..=3).contains(&pages.len()), "the tableau prints on {} pages", pages.len());
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn an_open_realisation_prints_alone() {
    let loaded = example();
    let first = loaded.portfolio.realisations[0].clone();
    Browser::run(1280, 900, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/?r={}", first.id)).await?;
        until(&c, "document.querySelector('dialog.detail[open] h2')").await?;
        cdp(&c, "Emulation.setEmulatedMedia", serde_json::json!({ "media": "print" })).await?;
        let printed = eval(
            &c,
            "const shows = e => !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; \
             return [shows(document.querySelector('main')), shows(document.querySelector('.site-footer')), \
                     shows(document.querySelector('dialog.detail h2')), shows(document.querySelector('dialog.detail .close'))]",
        )
        .await?;
        assert_eq!(
            printed,
            serde_json::json!([false, false, true, false]),
            "[page, footer, réalisation, close button] in print"
        );
        let title = text(&c, "dialog.detail h2").await?;
        assert_eq!(title, first.name);
        // Paper is black on white, in the dark theme too.
        let paper = eval(
            &c,
            "document.documentElement.dataset.theme = 'dark'; \
             return [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('dialog.detail h2')).color]",
        )
        .await?;
        assert_eq!(paper, serde_json::json!(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]));
        // On paper it says whose it is, and where its documents are.
        let owner = text(&c, "dialog.detail .print-only").await?;
        assert!(owner.contains(&loaded.portfolio.basics.name), "{owner}");
        let addresses = eval(
            &c,
            "return [...document.querySelectorAll('dialog.detail .documents a')].map(a => getComputedStyle(a, '::after').content)",
        )
        .await?;
        let first_document = first.documents.first().map(|d| d.url.clone()).unwrap_or_default();
        // Chromium gives the rule as written (`attr(href)`) or resolved.
        let printed = addresses[0].as_str().unwrap_or_default();
        assert!(
            printed.contains(&first_document) || printed.contains("attr(href)"),
            "{addresses}"
        );
        // What closed <details> hold prints too (sub-competencies, the
        // mentions légales), and they close again afterwards.
        let closed = "return document.querySelectorAll('details:not([open])').length";
        let before = eval(&c, closed).await?;
        assert!(before.as_u64().unwrap_or(0) > 0, "{before}");
        eval(&c, "dispatchEvent(new Event('beforeprint'))").await?;
        assert_eq!(eval(&c, closed).await?.as_u64(), Some(0));
        eval(&c, "dispatchEvent(new Event('afterprint'))").await?;
        assert_eq!(eval(&c, closed).await?, before);
        // Their summary prints as a heading (« Mentions légales »).
        let summary = eval(
            &c,
            "return getComputedStyle(document.querySelector('.site-footer summary')).display",
        )
        .await?;
        assert_ne!(summary.as_str(), Some("none"), "{summary}");
        Ok(())
    })
    .await;
}

/// The tableau's sub-competency lists and marks: how many are in the page,
/// and how many of them show.
async fn sub_competencies(c: &fantoccini::Client) -> Result<[u64; 2], Box<dyn std::error::Error>> {
    let counts = eval(
        c,
        "const all = [...document.querySelectorAll('table.tableau :is(.subs, .sub-marks)')]; \
         return [all.length, all.filter(e => e.getClientRects().length > 0).length]",
    )
    .await?;
    Ok(serde_json::from_value(counts)?)
}

/// A link of the navigation, or a shared link to a section, puts that
/// section at the top of the window, under the sticky header
/// (`scroll-padding-top: 5rem`), or scrolls to the end of the page: on a
/// desktop and on a phone, for the sections after the réalisations, whose
/// cards come before them.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn section_links_land_on_their_section() {
    // Resolves once the page has stopped scrolling (smooth scrolling), with
    // the section's top, whether the page is scrolled to its end, the
    // page's scroll-padding-top, the sticky header's height, the highlighted
    // link of the navigation and whether it shows in the navigation's row
    // (on a phone, a row that scrolls sideways).
    const LANDED: &str = "const id = arguments[0];
        return new Promise(resolve => {
            let last = -1, still = 0;
            const timer = setInterval(() => {
                if (scrollY !== last) { last = scrollY; still = 0; return; }
                if (++still < 4) return;
                clearInterval(timer);
                const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
                const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
                const header = document.querySelector('.site-header').getBoundingClientRect().height;
                const current = document.querySelector('.site-header nav a[aria-current]');
                const strip = current && current.closest('ul').getBoundingClientRect();
                const link = current && current.getBoundingClientRect();
                const shown = !!current && link.left >= strip.left - 1 && link.right <= strip.right + 1;
                resolve([Math.round(document.getElementById(id).getBoundingClientRect().top), end, padding, header,
                         current && current.getAttribute('href'), shown]);
            }, 100);
        });";
    for (width, height) in [(1280, 900), (412, 823)] {
        Browser::run(width, height, |c, base| async move {
            for id in ["tableau", "veille", "documents", "contact"] {
                for by_click in [true, false] {
                    let url = if by_click {
                        format!("{base}/cyberfolio/")
                    } else {
                        format!("{base}/cyberfolio/#{id}")
                    };
                    goto(&c, &url).await?;
                    started(&c).await?;
                    if by_click {
                        c.find(Locator::Css(&format!(".site-header nav a[href='#{id}']")))
                            .await?
                            .click()
                            .await?;
                    }
                    let landed = c.execute(LANDED, vec![Value::from(id)]).await?;
                    let top = landed[0].as_f64().unwrap_or(f64::NAN);
                    let at_end = landed[1].as_bool().unwrap_or(false);
                    let padding = landed[2].as_f64().unwrap_or(f64::NAN);
                    let header = landed[3].as_f64().unwrap_or(f64::NAN);
                    let how = if by_click { "nav click" } else { "shared link" };
                    // Whatever scrolls into view (a section, a focused
                    // field) lands below the sticky header.
                    assert!(
                        padding >= header + 8.0,
                        "at {width}×{height}: scroll-padding-top {padding} px does not clear the {header} px header"
                    );
                    assert!(
                        (padding - 10.0..=padding + 10.0).contains(&top)
                            || (at_end && (0.0..=height as f64).contains(&top)),
                        "#{id} by {how} at {width}×{height}: its top is at {top} px, not at {padding} px (end of page: {at_end})"
                    );
                    // The navigation highlights that section, even at the end
                    // of the page where its top cannot reach the header, and
                    // its link is in view.
                    assert_eq!(
                        landed[4].as_str(),
                        Some(format!("#{id}").as_str()),
                        "highlighted link for #{id} by {how} at {width}×{height}"
                    );
                    assert_eq!(landed[5], Value::Bool(true), "#{id}'s link in view at {width}×{height}");
                }
            }
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn at_the_end_of_the_page_the_highlight_follows_links_that_do_not_scroll() {
    // A window tall enough for « Documents » and « Contact » to share the
    // screen at the end of the page: a link from one to the other changes
    // the address but scrolls nothing.
    Browser::run(1280, 1600, |c, base| async move {
        goto(&c, &format!("{base}/cyberfolio/#contact")).await?;
        started(&c).await?;
        until(&c, "scrollY + innerHeight >= document.documentElement.scrollHeight - 2").await?;
        let on_screen = eval(
            &c,
            "return ['documents', 'contact'].every(id => { const t = document.getElementById(id).getBoundingClientRect().top; return t >= 0 && t < innerHeight; })",
        )
        .await?;
        assert_eq!(on_screen, Value::Bool(true), "both sections on screen at the end");
        for id in ["documents", "contact", "documents"] {
            // A click from script: WebDriver's own click may scroll.
            eval(
                &c,
                &format!("document.querySelector(\".site-header nav a[href='#{id}']\").click()"),
            )
            .await?;
            until(
                &c,
                &format!("document.querySelector('.site-header nav a[aria-current]').getAttribute('href') === '#{id}'"),
            )
            .await?;
        }
        Ok(())
    })
    .await;
}

/// The page as served already shows the whole portfolio (written by
/// `cyberfolio-build page`), réalisations included, and the app's live parts
/// take the written ones' place without moving anything: its navigation
/// and its réalisations are laid out as the written ones were.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_page_is_served_written_and_stays_in_place() {
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    let script_start = index.find("<script").expect("the start script");
    let script_end = script_start + index[script_start..].find("</script>").expect("end") + 9;
    // The same page, without the script that starts the app.
    let mut still = Case::text("still", example_text());
    still.index = Some(format!(
        "{}{}",
        &index[..script_start],
        &index[script_end..]
    ));
    let geometry = "return [...document.querySelectorAll('.brand, .site-header nav a, .theme-switch, #accueil h1, .hero-label, .hero-pitch, .cta a, .hero-photo, #a-propos h2, #a-propos li, #competences h2, .competency-card h3, #experiences h3, #realisations h2, #realisations .chip, #realisations select, #realisations input[type=search], #realisations button, .result-count, .card h3, .card .badge, #tableau h2, #contact h2')].map(e => { const r = e.getBoundingClientRect(); return [e.className || e.tagName, e.textContent, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; })";
    Browser::run_with(1280, 900, vec![still], |c, base| async move {
        goto(&c, &format!("{base}/case/still/")).await?;
        let name = example().portfolio.basics.name;
        assert_eq!(text(&c, "h1").await?, name);
        let written = eval(&c, geometry).await?;
        assert!(written.as_array().is_some_and(|a| a.len() > 20), "{written}");
        // Every section is there without the app, the réalisations too.
        assert_eq!(section_ids(&c).await?, serde_json::json!(EXAMPLE_SECTIONS));
        let all: Vec<String> = example().portfolio.realisations.iter().map(|r| r.id.clone()).collect();
        assert_eq!(shown_card_ids(&c).await?, all);
        assert_eq!(text(&c, ".site-footer summary").await?, "Mentions légales");
        goto(&c, &format!("{base}/cyberfolio/")).await?;
        started(&c).await?;
        let live = eval(&c, geometry).await?;
        assert_eq!(live, written, "the live page keeps the written one in place");
        assert_eq!(section_ids(&c).await?, serde_json::json!(EXAMPLE_SECTIONS));
        // Each shift with what moved, so that a failure says where to look.
        let shifts = eval(
            &c,
            "return new Promise(done => { const out = []; new PerformanceObserver(list => { for (const e of list.getEntries()) out.push({ value: e.value, at: Math.round(e.startTime), moved: e.sources.map(s => [s.node ? s.node.nodeName + '.' + s.node.className : '?', s.previousRect.toJSON(), s.currentRect.toJSON()]) }); }).observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(out), 300); })",
        )
        .await?;
        assert_eq!(
            shifts.as_array().map(Vec::len),
            Some(0),
            "layout shifts while loading: {shifts}"
        );
        Ok(())
    })
    .await;
}

/// Safari before 16.4 (iPhones that stay on iOS 15) and Chromium before 104
/// skip a media query written in the range syntax, with all its rules: the
/// built page has none (`cyberfolio-build page` rewrites what Trunk's minifier
/// writes, see `legacy_media_ranges`).
#[test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
fn the_media_queries_of_the_page_are_read_by_older_phones() {
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    let preludes: Vec<&str> = index
        .match_indices("@media")
        .map(|(at, _)| &index[at..at + index[at..].find('{').expect("a block")])
        .collect();
    assert!(
        preludes.iter().any(|p| p.contains("max-width")),
        "the narrow layout's query: {preludes:?}"
    );
    assert!(
        preludes.iter().all(|p| !p.contains(['<', '>'])),
        "{preludes:?}"
    );
}

/// The app starts when the visitor needs it, not with the page: a visitor
/// who only reads the top of the page downloads neither the wasm nor the
/// portfolio. Coming near the réalisations starts it; so does a filter
/// ticked in the written réalisations, which the app then shows.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_app_starts_when_the_visitor_needs_it() {
    let loaded = example();
    // The app's files: the wasm, its JavaScript glue (`cyberfolio-site-….js`)
    // and the portfolio; the page fetches none of them, nor preloads them.
    let fetched = "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.wasm') || /cyberfolio-site-[^/]*\\.js$/.test(n) || n.endsWith('portfolio.json')).length";
    Browser::run(412, 823, |c, base| async move {
        let home = format!("{base}/cyberfolio/");
        c.goto(&home).await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(eval(&c, fetched).await?, json!(0), "nothing downloaded for the app");
        assert_eq!(
            eval(&c, "return document.querySelectorAll('link[rel=preload], link[rel=modulepreload]').length").await?,
            json!(0),
            "nothing preloaded"
        );
        // The first load is the page alone: its start script is inside it.
        assert_eq!(
            eval(&c, "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')).length").await?,
            json!(0),
            "no script file fetched"
        );
        assert!(c.find(Locator::Css("[data-live]")).await.is_err());
        // Scrolled (without a wheel, as by the scroll bar) to a screen above
        // the réalisations.
        eval(
            &c,
            "const top = document.getElementById('realisations').getBoundingClientRect().top + scrollY; \
             scrollTo({ top: top - 1.5 * innerHeight, behavior: 'instant' }); return null",
        )
        .await?;
        until(&c, "document.querySelector('[data-live]')").await?;
        assert_eq!(eval(&c, fetched).await?, json!(3), "the glue, the wasm and the portfolio");

        // A filter ticked in the written list, before the app has started.
        c.goto(&home).await?;
        let code = loaded.referential.competencies[1].code.clone();
        let tick = format!("#realisations input[name=c][value='{code}']");
        click(&c, &tick).await?;
        until(&c, "document.querySelector('[data-live]')").await?;
        let filter = Filter {
            competencies: vec![code.clone()],
            ..Filter::default()
        };
        assert_eq!(card_ids(&c).await?, expected_ids(&loaded, &filter));
        assert_eq!(
            eval(&c, "return location.search + location.hash").await?,
            json!(format!("?c={code}#realisations"))
        );
        assert_eq!(
            eval(&c, &format!("return document.querySelector(\"{tick}\").checked")).await?,
            json!(true),
            "the live filter shows the choice"
        );
        Ok(())
    })
    .await;
}
