//! The page the build writes, read as a browser parses it: the sections in
//! order, the links the app follows, the réalisations as the app shows them
//! unfiltered, the tableau, and every text of the portfolio as text.

use cyberfolio_model::load_str;
use cyberfolio_ui::page::{on_the_host, render_error_page, render_page};
use cyberfolio_ui::rich_text::Link;
use leptos::prelude::*;
use scraper::{ElementRef, Html, Selector};

const PORTFOLIO: &str = r#"{
  "basics": { "name": "Test Candidat", "email": "test@example.org" },
  "exam": { "option": "SISR", "candidateNumber": "0042" },
  "work": [{ "id": "mairie", "name": "Mairie", "kind": "internship", "startDate": "2026-05" }],
  "realisations": [
    { "id": "glpi", "name": "Inventaire GLPI", "cadre": "formation", "startDate": "2025-10-06", "endDate": "2025-11-14",
      "competencies": ["B1.1", "B1.4.2"], "documents": [{ "title": "Procédure GLPI", "url": "documents/glpi.pdf" }] },
    { "id": "vlan", "name": "Segmentation en VLAN du réseau", "cadre": "pro1", "work": "mairie", "competencies": ["B1.2", "B1.5"] },
    { "id": "site", "name": "Site vitrine", "cadre": "pro2", "competencies": ["B1.3", "B1.4", "B1.6"] }
  ]
}"#;

fn written(json: &str) -> Html {
    Html::parse_fragment(&render_page(
        load_str(json).expect("the test portfolio loads"),
    ))
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("a selector");
    html.select(&selector).collect()
}

fn within<'a>(element: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("a selector");
    element.select(&selector).collect()
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

#[test]
fn sections_come_in_page_order_and_empty_ones_are_left_out() {
    let html = written(PORTFOLIO);
    let ids: Vec<&str> = select(&html, "[data-prerendered] > main > section")
        .iter()
        .filter_map(|s| s.value().attr("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "accueil",
            "a-propos",
            "competences",
            "experiences",
            "realisations",
            "tableau",
            "contact"
        ]
    );
    let children: Vec<&str> = select(&html, "[data-prerendered] > *")
        .iter()
        .map(|e| e.value().name())
        .collect();
    assert_eq!(children, ["a", "header", "main", "footer", "aside"]);
    // The navigation names the same sections, the first current.
    let links: Vec<&str> = select(&html, ".site-header nav a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "#accueil",
            "#a-propos",
            "#competences",
            "#experiences",
            "#realisations",
            "#tableau",
            "#contact"
        ]
    );
    assert_eq!(select(&html, "[aria-current=location]").len(), 1);
    let bare = written(r#"{"basics": {"name": "A"}}"#);
    assert!(select(&bare, "#experiences, #veille, #documents").is_empty());
}

#[test]
fn view_links_are_the_ones_the_app_follows() {
    let html = written(PORTFOLIO);
    let linked = select(&html, "#experiences p.linked a");
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].value().attr("href"), Some("?r=vlan#r-vlan"));
    assert_eq!(text(linked[0]), "Segmentation en VLAN du réseau");
    // A competency with réalisations links to them (all six here).
    let competencies = select(&html, ".competency-grid a");
    assert_eq!(competencies.len(), 6);
    assert_eq!(
        competencies[0].value().attr("href"),
        Some("?c=B1.1#realisations")
    );
    assert_eq!(
        competencies[0].value().attr("aria-label"),
        Some("Voir les réalisations de la compétence B1.1")
    );
}

#[test]
fn the_realisations_are_written_as_the_app_shows_them_unfiltered() {
    let html = written(PORTFOLIO);
    // The build marks its copy `data-written` (crates/build): the
    // component is the app's as well.
    let form = select(&html, "#realisations form.filters");
    assert_eq!(form.len(), 1);
    assert_eq!(within(form[0], "input[type=checkbox][name=c]").len(), 6);
    assert_eq!(within(form[0], "select[name=cadre] option").len(), 4);
    // Nothing chosen (the build checks « au moins une » in its copy).
    assert!(within(form[0], "input[checked]").is_empty());
    assert_eq!(within(form[0], "button.clear-filters[disabled]").len(), 1);
    let line = select(&html, "#realisations p.result-count[role=status]");
    assert_eq!(text(line[0]), "3\u{a0}réalisations au total");
    let cards = select(&html, "#realisations .cards > li.card");
    let ids: Vec<&str> = cards
        .iter()
        .filter_map(|c| c.value().attr("data-card"))
        .collect();
    assert_eq!(ids, ["glpi", "vlan", "site"]);
    assert!(cards.iter().all(|c| c.value().attr("hidden").is_none()));
    let open = within(cards[0], "h3 a");
    assert_eq!(open[0].value().attr("href"), Some("?r=glpi#r-glpi"));
    assert_eq!(
        text(within(cards[0], ".tag.cadre-formation")[0]),
        "En formation"
    );
    // A sub-competency counts for its competency.
    let badges: Vec<String> = within(cards[0], ".badges .badge")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(badges, ["B1.1", "B1.4"]);
    // No réalisation: the line says so, with the hint the app gives.
    let empty = written(r#"{"basics": {"name": "A"}}"#);
    assert_eq!(
        text(select(&empty, ".result-count")[0]),
        "Aucune réalisation au total"
    );
    assert_eq!(select(&empty, "#realisations p.empty").len(), 1);
}

#[test]
fn every_realisation_is_written_in_full_where_its_links_lead() {
    let json = r#"{
      "basics": { "name": "Test Candidat" },
      "exam": { "portfolioUrl": "https://test.example/portfolio/" },
      "work": [{ "id": "mairie", "name": "Mairie", "kind": "internship" }],
      "realisations": [
        { "id": "glpi", "name": "Inventaire GLPI", "cadre": "formation", "work": "mairie", "summary": "Un inventaire.",
          "context": "Le parc n'était **pas** inventorié.", "objectives": ["Inventorier 40 postes", "Former le service"],
          "description": "Agents *GLPI* déployés par GPO.", "contribution": "J'ai écrit la procédure.",
          "technologies": ["GLPI", "Windows Server"], "competencies": ["B1.1.2", "B1.4"],
          "documents": [{ "title": "Procédure GLPI", "url": "documents/glpi.pdf", "kind": "document" }],
          "images": [{ "src": "documents/glpi.png", "alt": "Le tableau de bord de GLPI", "caption": "Le parc inventorié" }] },
        { "id": "vlan", "name": "VLAN", "cadre": "pro1", "competencies": ["B1.2"] }
      ]
    }"#;
    let html = written(json);
    // After the list, outside the part the app mounts.
    let details = select(
        &html,
        "[data-prerendered] > main > div.written-details > article.written-detail",
    );
    let ids: Vec<&str> = details
        .iter()
        .filter_map(|d| d.value().attr("id"))
        .collect();
    assert_eq!(ids, ["r-glpi", "r-vlan"]);
    assert!(select(&html, "#realisations .written-detail").is_empty());
    // Every link to a réalisation leads there without the app, and names
    // it in its query for the app.
    for link in select(&html, "a[href*='r=']") {
        let href = link.value().attr("href").expect("href");
        let id = href
            .trim_start_matches("?r=")
            .split('#')
            .next()
            .expect("id");
        assert_eq!(href, format!("?r={id}#r-{id}"));
        assert_eq!(
            select(&html, &format!("article#r-{id}")).len(),
            1,
            "{href} leads to its detail"
        );
    }
    let glpi = details[0];
    let heading = within(glpi, "h2");
    assert_eq!(text(heading[0]), "Inventaire GLPI");
    assert_eq!(
        glpi.value().attr("aria-labelledby"),
        heading[0].value().attr("id")
    );
    assert_eq!(heading[0].value().attr("id"), Some("r-glpi-titre"));
    let shown = text(glpi);
    for piece in [
        "Un inventaire.",
        "Contexte",
        "pas",
        "Inventorier 40 postes",
        "Former le service",
        "Agents",
        "J'ai écrit la procédure.",
        "Windows Server",
        "Procédure GLPI",
        "Le parc inventorié",
        "Mairie",
        "Retour aux réalisations",
    ] {
        assert!(shown.contains(piece), "{piece} in {shown}");
    }
    assert_eq!(within(glpi, "strong").len(), 1, "its rich text is rendered");
    assert_eq!(within(glpi, "a[href='documents/glpi.pdf']").len(), 1);
    assert_eq!(
        within(
            glpi,
            "img[src='documents/glpi.png'][alt='Le tableau de bord de GLPI']"
        )
        .len(),
        1
    );
    assert_eq!(
        within(glpi, ".detail-competencies a[href='?c=B1.1#realisations']").len(),
        1
    );
    assert_eq!(within(glpi, "p.back a[href='#realisations']").len(), 1);
    // Without réalisations, no empty container.
    assert!(select(&written(r#"{"basics": {"name": "A"}}"#), ".written-details").is_empty());
}

#[test]
fn the_tableau_has_its_groups_marks_and_coverage() {
    let html = written(PORTFOLIO);
    let groups: Vec<String> = select(&html, "table.tableau tr.group th[scope=rowgroup] span")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        groups,
        [
            "Réalisations en cours de formation",
            "Réalisations en milieu professionnel en cours de première année",
            "Réalisations en milieu professionnel en cours de seconde année"
        ]
    );
    let rows = select(&html, "table.tableau tbody tr:not(.group)");
    let first = rows[0];
    assert_eq!(
        within(first, "th a")[0].value().attr("href"),
        Some("?r=glpi#r-glpi")
    );
    assert_eq!(text(within(first, "th ul.docs li")[0]), "Procédure GLPI");
    assert_eq!(
        text(within(first, "td.col-period")[0]),
        "du 06/10/25 au 14/11/25"
    );
    let marks: Vec<bool> = within(first, "td.mark")
        .iter()
        .map(|cell| !within(*cell, "span[aria-hidden=true]").is_empty())
        .collect();
    assert_eq!(marks, [true, false, false, true, false, false]);
    assert_eq!(text(within(first, ".sub-marks")[0]), "B1.4.2");
    let coverage: String = select(&html, "table.tableau tfoot td.mark")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(coverage, "111211");
    let header = select(&html, "table.tableau thead th.col-competency a");
    assert_eq!(header[4].value().attr("href"), Some("?c=B1.5#realisations"));
    // The two controls that public/init.js runs.
    assert_eq!(
        select(&html, "[data-tableau=print], [data-tableau=subs]").len(),
        2
    );
}

#[test]
fn the_printed_tableau_carries_qr_codes_only_with_a_full_portfolio_address() {
    let qr_labels = |json: &str| -> Vec<String> {
        let html = written(json);
        // Printed only: the screen has the links.
        assert!(select(&html, "#tableau svg.qr:not(.print-only)").is_empty());
        select(&html, "#tableau svg.qr[role=img]")
            .into_iter()
            .filter_map(|svg| svg.value().attr("aria-label").map(str::to_string))
            .collect()
    };
    let with = |address: &str| {
        PORTFOLIO.replacen(
            "\"candidateNumber\": \"0042\"",
            &format!("\"candidateNumber\": \"0042\", \"portfolioUrl\": \"{address}\""),
            1,
        )
    };
    let with_address = with("https://test.example/p/");
    let labels = qr_labels(&with_address);
    let rows = select(
        &written(&with_address),
        "table.tableau tbody tr:not(.group)",
    )
    .len();
    assert_eq!(labels.len(), rows + 1, "{labels:?}");
    assert_eq!(labels[0], "QR code de l'adresse https://test.example/p/");
    assert_eq!(
        labels[1],
        "QR code de l'adresse https://test.example/p/?r=glpi"
    );
    // The site's code beside the candidate header, each row's in its cell.
    let html = written(&with_address);
    assert_eq!(select(&html, ".tableau-head > svg.qr-site").len(), 1);
    assert_eq!(
        select(&html, "table.tableau tbody th.col-realisation > svg.qr").len(),
        rows
    );
    // No address, or one a phone cannot open: no code (the validator says
    // why).
    assert!(qr_labels(PORTFOLIO).is_empty());
    assert!(qr_labels(&with("portfolio/")).is_empty());
}

#[test]
fn every_text_is_text_and_no_unsafe_address_becomes_a_link() {
    let hostile = r#"{
      "basics": { "name": "<script>alert(1)</script>", "summary": "\"><img src=x onerror=alert(1)>. Suite.",
        "profiles": [{ "network": "<b>GitHub</b>", "url": "https://github.com/a?b=\"><x>" }] },
      "techWatch": { "subject": "<i>IA</i> & sécurité", "introduction": "[clic](https://ok.example/\"a) et **<u>gras</u>**",
        "articles": [{ "title": "<h1>Titre</h1>", "summary": "`<code>` & <svg onload=alert(1)>" }] },
      "documents": [{ "title": "CV <b>", "url": "documents/cv.pdf", "kind": "cv" }]
    }"#;
    let html = written(hostile);
    for tag in ["script", "img", "b", "x", "i", "u", "h4 h1", "svg[onload]"] {
        assert!(select(&html, tag).is_empty(), "<{tag}> written as markup");
    }
    assert_eq!(
        text(select(&html, "h1#accueil-titre")[0]),
        "<script>alert(1)</script>"
    );
    assert_eq!(
        text(select(&html, "#veille p.lead")[0]),
        "<i>IA</i> & sécurité"
    );
    let github = select(&html, "#contact a[href^='https://github.com']");
    assert_eq!(
        github[0].value().attr("href"),
        Some("https://github.com/a?b=\"><x>")
    );
    assert_eq!(github[0].value().attr("rel"), Some("noopener noreferrer"));
    assert_eq!(github[0].value().attr("target"), Some("_blank"));
    assert!(text(github[0]).ends_with(" (nouvel onglet)"));
}

#[test]
fn an_address_the_site_would_refuse_is_text_never_a_link() {
    // The validator refuses it; a file changed since the build cannot
    // make it a link either.
    let html = on_the_host().with(|| {
        view! { <p><Link href="javascript:alert(1)" attr:class="button">"clic"</Link></p> }
            .to_html()
    });
    assert_eq!(html, "<p><span class=\"button\">clic</span></p>");
}

#[test]
fn a_portfolio_with_errors_gets_its_located_diagnostics() {
    let error = load_str(r#"{"basics": {"name": 3}}"#).expect_err("refused");
    let html = Html::parse_fragment(&render_error_page(error, cyberfolio_model::Lang::French));
    let main = select(&html, "main#contenu.error-page[data-build-errors]");
    assert_eq!(main.len(), 1);
    assert_eq!(
        text(within(main[0], "h1")[0]),
        "Le fichier du portfolio contient des erreurs"
    );
    let diagnostic = within(main[0], "ol.diagnostics li.diag.error");
    assert_eq!(
        text(within(diagnostic[0], ".where")[0]),
        "erreur — ligne 1, colonne 21"
    );
    assert_eq!(text(within(diagnostic[0], "code")[0]), "basics.name");
}
