//! Every réalisation readable without the app: the build writes each one's
//! detail into the page (`#r-<id>`), where its links (`?r=<id>#r-<id>`)
//! lead a page without JavaScript; the app shows the same detail in its
//! dialog, and hides the written ones.

use cyberfolio_model::Realisation;
use fantoccini::Client;

use crate::harness::*;

/// The build's page with every script taken out: what a visitor without
/// JavaScript gets (the app never starts, nothing rewrites a link).
fn without_scripts() -> String {
    let mut page = std::fs::read_to_string(dist().join("index.html")).expect("the built page");
    while let Some(start) = page.find("<script") {
        let end =
            page[start..].find("</script>").expect("closed script") + start + "</script>".len();
        page.replace_range(start..end, "");
    }
    page
}

/// Whether the written detail of `r` is shown, and its text.
async fn written_detail(
    c: &Client,
    r: &Realisation,
) -> Result<(bool, String), Box<dyn std::error::Error>> {
    let value = eval(
        c,
        &format!(
            "const d = document.getElementById('r-{}'); return [getComputedStyle(d).display !== 'none', d.innerText]",
            r.id
        ),
    )
    .await?;
    Ok(serde_json::from_value(value)?)
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn without_javascript_a_realisations_link_leads_to_its_written_detail() {
    let loaded = example();
    let first = loaded.portfolio.realisations[0].clone();
    let last = loaded
        .portfolio
        .realisations
        .last()
        .expect("réalisations")
        .clone();
    let case = Case {
        index: Some(without_scripts()),
        ..Case::new("sans-js", Data::Status(404))
    };
    Browser::run_with(1280, 900, vec![case], |c, base| async move {
        let home = format!("{base}/case/sans-js/");
        c.goto(&home).await?;
        for r in &loaded.portfolio.realisations {
            assert!(!written_detail(&c, r).await?.0, "{} hidden until asked for", r.id);
        }
        // A card's link: the page loads again, at the detail.
        click(&c, &format!("[data-card='{}'] h3 a", first.id)).await?;
        c.wait()
            .for_url(&format!("{home}?r={0}#r-{0}", first.id).parse()?)
            .await?;
        let (shown, text) = written_detail(&c, &first).await?;
        assert!(shown, "the detail the link leads to");
        for piece in [first.name.as_str(), "Contexte", "Ma contribution personnelle", "Compétences mobilisées"] {
            assert!(text.contains(piece), "{piece} in {text}");
        }
        if let Some(summary) = &first.summary {
            assert!(text.contains(summary.as_str()));
        }
        // Scrolled to it (the page scrolls smoothly).
        until(
            &c,
            &format!("(t => t >= 0 && t < innerHeight / 2)(document.getElementById('r-{}').getBoundingClientRect().top)", first.id),
        )
        .await?;
        assert!(!written_detail(&c, &last).await?.0, "one detail at a time");
        // Its way back, then a row of the tableau.
        click(&c, &format!("#r-{} p.back a", first.id)).await?;
        c.wait().for_url(&format!("{home}?r={0}#realisations", first.id).parse()?).await?;
        assert!(!written_detail(&c, &first).await?.0);
        click(&c, &format!("#tableau a[href^='?r={}#']", last.id)).await?;
        c.wait()
            .for_url(&format!("{home}?r={0}#r-{0}", last.id).parse()?)
            .await?;
        let (shown, text) = written_detail(&c, &last).await?;
        assert!(shown && text.contains(last.name.as_str()), "{text}");
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn with_the_app_the_same_links_open_the_dialog_and_the_written_details_stay_hidden() {
    let loaded = example();
    let first = loaded.portfolio.realisations[0].clone();
    let second = loaded.portfolio.realisations[1].clone();
    Browser::run(1280, 900, |c, base| async move {
        let home = format!("{base}/cyberfolio/");
        // A link as a card writes it, opened in a new tab.
        goto(&c, &format!("{home}?r={0}#r-{0}", first.id)).await?;
        until(&c, "document.querySelector('[data-live]') && document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, first.name);
        assert!(!written_detail(&c, &first).await?.0, "the dialog, not the written copy");
        // A clicked card's link: the dialog, at an address without the anchor.
        c.goto(&home).await?;
        started(&c).await?;
        click(&c, &format!("[data-card='{}'] h3 a", second.id)).await?;
        c.wait().for_url(&format!("{home}?r={}", second.id).parse()?).await?;
        until(&c, "document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, second.name);
        // An address with the written detail's anchor only (copied from a
        // page without the app): the app opens it too.
        c.goto(&format!("{home}#r-{}", second.id)).await?;
        until(&c, "document.querySelector('[data-live]') && document.querySelector('dialog.detail[open]')").await?;
        assert_eq!(text(&c, "dialog.detail[open] h2").await?, second.name);
        assert!(c.current_url().await?.as_str().contains(&format!("?r={}", second.id)));
        let errors = console_errors(&c).await?;
        assert!(errors.is_empty(), "{errors:?}");
        Ok(())
    })
    .await;
}
