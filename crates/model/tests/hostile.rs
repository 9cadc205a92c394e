//! The injection corpus (`tests/fixtures/injection-payloads.json`) against
//! the validator: each URL payload is refused or accepted as the corpus says,
//! each Markdown payload too, and nothing panics. The browser half of this
//! test is `tests/e2e/hostile.rs`.

use cyberfolio_model::url::is_safe_url;
use cyberfolio_model::{load_str, LoadError};

#[path = "../../../tests/fixtures/payloads.rs"]
mod payloads;

use payloads::corpus;

#[test]
fn the_corpus_is_large_and_varied() {
    let corpus = corpus();
    assert!(corpus.len() >= 50, "{} payloads", corpus.len());
    assert!(corpus.iter().filter(|p| p.url).count() >= 20);
    assert!(corpus
        .iter()
        .any(|p| p.validator.as_deref() == Some("refuse")));
    assert!(corpus
        .iter()
        .any(|p| p.validator.as_deref() == Some("accept")));
}

#[test]
fn url_payloads_are_refused_or_accepted_as_expected() {
    let wrong: Vec<String> = corpus()
        .into_iter()
        .filter(|p| p.url)
        .filter(|p| is_safe_url(&p.payload) != (p.validator.as_deref() == Some("accept")))
        .map(|p| format!("{}: {:?}", p.name, p.payload))
        .collect();
    assert!(
        wrong.is_empty(),
        "unexpected verdicts:\n{}",
        wrong.join("\n")
    );
}

/// A minimal valid portfolio whose first réalisation's contribution (a
/// Markdown field) and whose profile URL are the given strings.
fn portfolio(contribution: &str, profile_url: &str) -> String {
    serde_json::json!({
        "basics": { "name": "Zoé", "profiles": [{ "network": "GitHub", "url": profile_url }] },
        "realisations": [{
            "id": "a", "name": "A", "cadre": "formation", "competencies": ["B1.1"],
            "contribution": contribution
        }]
    })
    .to_string()
}

#[test]
fn every_payload_in_a_real_file_gets_the_expected_verdict() {
    for p in corpus() {
        let (text, refused, path) = if p.url {
            (
                portfolio("texte", &p.payload),
                p.validator.as_deref() == Some("refuse"),
                "basics.profiles[0].url",
            )
        } else {
            (
                portfolio(&p.payload, "https://github.com/zoe"),
                p.rich_text_validator.as_deref() == Some("refuse"),
                "realisations[0].contribution",
            )
        };
        match load_str(&text) {
            Ok(_) => assert!(!refused, "{} was accepted", p.name),
            Err(LoadError::Invalid(diagnostics)) => {
                assert!(refused, "{} was refused: {diagnostics:?}", p.name);
                assert!(
                    diagnostics
                        .iter()
                        .filter(|d| d.is_error())
                        .all(|d| d.path.to_string() == path && d.position.is_some()),
                    "{}: {diagnostics:?}",
                    p.name
                );
            }
            Err(other) => panic!("{}: {other:?}", p.name),
        }
    }
}

#[test]
fn a_card_summary_is_plain_text_so_its_brackets_are_not_links() {
    let text = serde_json::json!({
        "basics": { "name": "Zoé" },
        "realisations": [{
            "id": "a", "name": "A", "cadre": "formation", "competencies": ["B1.1"],
            "summary": "[x](javascript:__pwned('summary'))"
        }]
    })
    .to_string();
    let loaded = load_str(&text).expect("a plain summary is never a link, so it loads");
    assert_eq!(
        loaded.portfolio.realisations[0].summary.as_deref(),
        Some("[x](javascript:__pwned('summary'))")
    );
}
