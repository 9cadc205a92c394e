//! The presentation mode's slides as the build writes them
//! (`presentation.html`), read as a browser parses them: the slides the
//! model makes, in order, `exam.presentation`'s choice and order of
//! réalisations, what each slide says, and the detail each réalisation
//! slide leads to.

use cyberfolio_model::load_str;
use cyberfolio_ui::page::render_presentation;
use scraper::{ElementRef, Html, Selector};

const PORTFOLIO: &str = r#"{
  "basics": { "name": "Test Candidat" },
  "exam": { "option": "SLAM", "session": "2027", "trainingCentre": "Lycée Test", "portfolioUrl": "https://test.example/p/" },
  "education": [{ "institution": "Lycée Test", "studyType": "BTS", "area": "SIO", "startDate": "2025-09" }],
  "work": [{ "id": "mairie", "name": "Mairie", "kind": "internship", "startDate": "2026-05" }],
  "techWatch": { "subject": "Les passkeys", "tools": ["Feedly"] },
  "realisations": [
    { "id": "glpi", "name": "Inventaire GLPI", "cadre": "formation", "competencies": ["B1.1"],
      "context": "Le parc **n'était pas** inventorié.", "contribution": "J'ai écrit la procédure.",
      "images": [{ "src": "documents/glpi.png", "alt": "Le tableau de bord" }, { "src": "documents/b.png", "alt": "B" }] },
    { "id": "vlan", "name": "VLAN", "cadre": "pro1", "competencies": ["B1.2", "B1.5"] },
    { "id": "site", "name": "Site vitrine", "cadre": "pro2", "competencies": ["B1.3"] }
  ]
}"#;

fn slides(json: &str) -> Html {
    Html::parse_fragment(&render_presentation(load_str(json).expect("loads")))
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(selector).expect("a selector"))
        .collect()
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

#[test]
fn the_slides_are_the_models_in_order_and_say_what_the_portfolio_says() {
    let html = slides(PORTFOLIO);
    let deck = select(&html, ".deck > section.slide");
    let kinds: Vec<&str> = deck
        .iter()
        .filter_map(|s| s.value().attr("class"))
        .collect();
    assert_eq!(
        kinds,
        [
            "slide slide-title",
            "slide slide-path",
            "slide slide-competencies",
            "slide slide-realisation",
            "slide slide-realisation",
            "slide slide-realisation",
            "slide slide-watch",
            "slide slide-closing"
        ]
    );
    // Each slide is named for screen readers, and has its anchor.
    for (i, slide) in deck.iter().enumerate() {
        assert_eq!(
            slide.value().attr("aria-label"),
            Some(format!("{} / 8", i + 1).as_str())
        );
        assert_eq!(
            slide.value().attr("aria-roledescription"),
            Some("diapositive")
        );
        assert_eq!(
            slide.value().attr("id"),
            Some(format!("diapo-{}", i + 1).as_str())
        );
    }
    let title = text(deck[0]);
    for part in [
        "Test Candidat",
        "Session 2027",
        "Lycée Test",
        "Solutions logicielles",
    ] {
        assert!(title.contains(part), "{part}: {title}");
    }
    // The path: education and internship, in the order they started.
    let path: Vec<String> = select(&html, "#diapo-2 li").into_iter().map(text).collect();
    assert!(
        path[0].contains("BTS SIO") && path[1].contains("Mairie"),
        "{path:?}"
    );
    // The competencies: how many réalisations, and which.
    let counts: Vec<String> = select(&html, "#diapo-3 .competency-counts > li")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(counts.len(), 6);
    assert!(
        counts[0].contains("1 réalisation") && counts[0].contains("Inventaire GLPI"),
        "{}",
        counts[0]
    );
    assert!(counts[3].contains("0 réalisations"), "{}", counts[3]);
    // A réalisation: context, contribution, competencies, first image, and
    // the way to its detail.
    let glpi = text(deck[3]);
    for part in [
        "Inventaire GLPI",
        "n'était pas",
        "J'ai écrit la procédure.",
        "B1.1",
    ] {
        assert!(glpi.contains(part), "{part}: {glpi}");
    }
    let images: Vec<&str> = select(&html, "#diapo-4 img")
        .iter()
        .filter_map(|i| i.value().attr("src"))
        .collect();
    assert_eq!(images, ["documents/glpi.png"], "the first image only");
    assert_eq!(deck[3].value().attr("data-realisation"), Some("glpi"));
    let detail = select(&html, "#diapo-4 a[data-deck-detail]");
    assert_eq!(detail[0].value().attr("href"), Some("#r-glpi"));
    // Its detail is in the page, and leads back to the slide.
    let back = select(&html, ".written-details #r-glpi .back a");
    assert_eq!(back[0].value().attr("href"), Some("#diapo-4"));
    // The veille, and the closing slide with the portfolio's QR code.
    assert!(text(deck[6]).contains("Les passkeys"));
    let code = select(&html, "#diapo-8 svg.qr");
    assert_eq!(
        code[0].value().attr("aria-label"),
        Some("QR code du portfolio\u{a0}: https://test.example/p/")
    );
    // The presenter's line, which the script shows.
    let presenter = select(&html, "nav.presenter[hidden]");
    assert_eq!(presenter.len(), 1);
    assert!(text(presenter[0]).contains("0:00 / 10:00"));
}

#[test]
fn exam_presentation_chooses_and_orders_the_realisations() {
    let chosen = PORTFOLIO.replacen(
        "\"portfolioUrl\": \"https://test.example/p/\"",
        "\"portfolioUrl\": \"https://test.example/p/\", \"presentation\": [\"site\", \"glpi\"]",
        1,
    );
    let html = slides(&chosen);
    let presented: Vec<&str> = select(&html, ".deck > .slide-realisation")
        .iter()
        .filter_map(|s| s.value().attr("data-realisation"))
        .collect();
    assert_eq!(presented, ["site", "glpi"]);
    let details: Vec<&str> = select(&html, ".written-details > article")
        .iter()
        .filter_map(|a| a.value().attr("id"))
        .collect();
    assert_eq!(details, ["r-site", "r-glpi"]);
    // The competencies slide still counts every réalisation.
    assert!(text(select(&html, "#diapo-3 .competency-counts > li")[1]).contains("VLAN"));
}

#[test]
fn every_text_of_the_slides_is_text() {
    let hostile = PORTFOLIO
        .replace("Test Candidat", "<script>__pwned(1)</script>")
        .replace("Les passkeys", "<img src=x onerror=__pwned(2)>");
    let html = slides(&hostile);
    assert!(select(&html, "script, img[onerror]").is_empty());
    assert!(text(select(&html, "#diapo-1 h1")[0]).contains("<script>"));
}
