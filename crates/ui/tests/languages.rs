//! The page the build writes speaks the portfolio's language: an English
//! copy of the example shows none of the French interface's texts, and the
//! French example none of the English ones (the portfolio's own texts
//! excepted, as the tableau's official French wording is).

#[path = "../../../tests/support/languages.rs"]
mod languages;

use cyberfolio_model::{load_str, Lang, LoadError};
use cyberfolio_ui::page::{render_error_page, render_page, render_without_javascript};
use languages::{foreign_texts_shown, has_word, shows};
use scraper::{Html, Node};

/// The attributes whose values a visitor reads or hears.
const READ_ATTRIBUTES: [&str; 6] = [
    "aria-label",
    "placeholder",
    "title",
    "alt",
    "data-copied",
    "data-copy-failed",
];

fn read(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
    std::fs::read_to_string(format!("{root}{path}")).expect("the example is readable")
}

/// Every text node and read attribute value of `html`, with the lang of
/// its nearest element that says one: the tableau says it is French.
fn pieces(html: &str) -> Vec<(String, Option<String>)> {
    let document = Html::parse_fragment(html);
    let mut found = Vec::new();
    for node in document.tree.nodes() {
        let lang = node
            .ancestors()
            .chain(std::iter::once(node))
            .filter_map(|n| n.value().as_element())
            .find_map(|e| e.attr("lang"))
            .map(str::to_string);
        match node.value() {
            Node::Text(text) => found.push((text.to_string(), lang)),
            Node::Element(element) => {
                for attribute in READ_ATTRIBUTES {
                    if let Some(value) = element.attr(attribute) {
                        found.push((value.to_string(), lang.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The foreign texts `html`, a page in `lang` of the portfolio `json`,
/// shows outside the parts that say they are in another language.
fn foreign_in(html: &str, lang: Lang, json: &str) -> Vec<String> {
    let pieces: Vec<(String, Option<Lang>)> = pieces(html)
        .into_iter()
        .map(|(piece, said)| (piece, said.as_deref().and_then(Lang::of_tag)))
        .collect();
    foreign_texts_shown(&pieces, lang, json)
}

#[test]
fn the_english_example_shows_no_french_interface_text() {
    let json = read("examples/portfolio.en.json");
    let loaded = load_str(&json).expect("the English example loads");
    assert_eq!(loaded.portfolio.language(), Lang::English);
    let html = render_page(loaded);
    assert_eq!(
        foreign_in(&html, Lang::English, &json),
        Vec::<String>::new()
    );
    // The tableau keeps its official French wording, and says so.
    assert!(html.contains("lang=\"fr\""));
    assert!(html.contains("Summary table (tableau de synthèse)"));
    assert!(html.contains("Compétences mises en œuvre"));
}

#[test]
fn the_french_example_shows_no_english_interface_text() {
    let json = read("data/portfolio.json");
    let loaded = load_str(&json).expect("the example loads");
    assert_eq!(loaded.portfolio.language(), Lang::French);
    let html = render_page(loaded);
    assert_eq!(foreign_in(&html, Lang::French, &json), Vec::<String>::new());
    assert!(!html.contains("lang=\"fr\""), "French needs no saying");
}

#[test]
fn the_error_page_and_the_notice_without_javascript_follow_the_language() {
    for lang in Lang::ALL {
        for error in [
            LoadError::Empty,
            load_str(r#"{"basics": {"name": 3}}"#).expect_err("refused"),
        ] {
            let html = render_error_page(error, lang);
            assert_eq!(
                foreign_in(&html, lang, ""),
                Vec::<String>::new(),
                "{lang:?}"
            );
        }
        let html = render_without_javascript(lang);
        assert_eq!(
            foreign_in(&html, lang, ""),
            Vec::<String>::new(),
            "{lang:?}"
        );
        assert!(html.contains("href=\"data/portfolio.json\""));
    }
}

/// The check itself finds what it looks for: the French page seen as an
/// English one is full of French.
#[test]
fn the_check_finds_a_page_in_the_other_language() {
    let json = read("data/portfolio.json");
    let loaded = load_str(&json).expect("the example loads");
    let found = foreign_in(&render_page(loaded), Lang::English, &json);
    assert!(found.len() > 30, "{found:#?}");
    assert!(found
        .iter()
        .any(|f| f.starts_with("\"Réalisations professionnelles\"")));
}

#[test]
fn a_text_shows_whole_words_at_either_end_and_a_month_anywhere() {
    assert!(shows(" Photo de Camille ", "Photo de "));
    assert!(shows("Camille — BTS SIO portfolio", "BTS SIO portfolio"));
    assert!(shows("Close", "Close"));
    assert!(!shows("Homelab", "Home"));
    assert!(!shows("Mon homelab Home", "Homelab"));
    assert!(!shows("La maison Home Assistant", "Home"));
    assert!(!shows("ANSSI, mars 2026", "mars"));
    assert!(has_word("ANSSI, mars 2026", "mars"));
    assert!(!has_word("Marseille", "mars"));
    let found = foreign_texts_shown(&[("ANSSI, mars 2026".into(), None)], Lang::English, "");
    assert_eq!(found, ["\"mars\" in \"ANSSI, mars 2026\""]);
}
