//! The site speaks its portfolio's language: an English copy of the example
//! shows, in Chromium, none of the French interface's texts (the written
//! page and the live app, in each view a visitor reaches: the filters, an
//! empty result, the detail, a link to a réalisation the portfolio does not
//! have, the author view), and the French example none of the English ones.
//! The tableau de synthèse keeps its official French wording, and says it
//! is French (`lang="fr"`).

#[path = "../support/languages.rs"]
#[allow(dead_code)]
mod languages_support;

use cyberfolio_model::Lang;
use fantoccini::Client;
use languages_support::foreign_texts_shown;
use serde_json::Value;

use crate::harness::*;

/// Every text node and every read attribute value of the document, with
/// the language of the nearest element that says one; the title and the
/// link-preview tags included (they are in `<head>`).
const PIECES: &str = r#"
const out = [];
const read = ["aria-label", "placeholder", "title", "alt", "data-copied", "data-copy-failed", "content"];
const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
for (let n = walker.currentNode; n; n = walker.nextNode()) {
  const element = n.nodeType === Node.TEXT_NODE ? n.parentElement : n;
  if (!element || element.closest("script, style")) continue;
  const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
  if (n.nodeType === Node.TEXT_NODE) out.push([n.data, lang]);
  else for (const name of read) {
    const value = n.getAttribute(name);
    if (value !== null && !(name === "content" && n.getAttribute("http-equiv"))) out.push([value, lang]);
  }
}
return out;
"#;

/// The foreign texts the current page, in `lang` for the portfolio
/// `json`, shows outside the parts that say they are in another language.
async fn foreign_shown(
    c: &Client,
    lang: Lang,
    json: &str,
) -> Result<Vec<String>, fantoccini::error::CmdError> {
    let pieces: Vec<(String, String)> =
        serde_json::from_value(eval(c, PIECES).await?).unwrap_or_default();
    assert!(
        pieces.len() > 100,
        "the page has its texts: {}",
        pieces.len()
    );
    let pieces: Vec<(String, Option<Lang>)> = pieces
        .into_iter()
        .map(|(piece, said)| (piece, Lang::of_tag(&said)))
        .collect();
    Ok(foreign_texts_shown(&pieces, lang, json))
}

/// The views to look at, as URL suffixes after the site's address.
const VIEWS: [&str; 6] = [
    "",
    "?c=B1.4,B1.5&m=toutes&cadre=pro1",
    "?q=zzzzzz&cadre=formation",
    "?r=vlan-pfsense",
    "?r=absente&c=XYZ",
    "?verifier",
];

async fn check_site(c: &Client, site: &str, lang: Lang, json: &str) -> TestResult {
    let mut found = Vec::new();
    for view in VIEWS {
        goto(c, &format!("{site}{view}")).await?;
        started(c).await?;
        if view.contains("?r=vlan") {
            until(c, "document.querySelector('dialog.detail[open]')").await?;
        }
        if view.contains("?r=absente") {
            until(c, "document.querySelector('dialog.detail[open]')").await?;
        }
        for f in foreign_shown(c, lang, json).await? {
            found.push(format!("{view}: {f}"));
        }
    }
    // The language is said to the browser, and to link previews.
    let html_lang = eval(c, "return document.documentElement.lang").await?;
    assert_eq!(
        html_lang.as_str().and_then(Lang::of_tag),
        Some(lang),
        "{html_lang}"
    );
    assert!(
        found.is_empty(),
        "{} foreign text(s):\n{}",
        found.len(),
        found.join("\n")
    );
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_english_site_shows_no_french_interface_text_and_the_french_one_no_english() {
    let english = Case::text("english", english_example());
    Browser::run_with(1280, 900, vec![english], |c, base| async move {
        check_site(
            &c,
            &format!("{base}/case/english/"),
            Lang::English,
            &english_example(),
        )
        .await?;
        let title = eval(&c, "return document.title").await?;
        assert_eq!(
            title,
            Value::from("Camille Girard — BTS SIO portfolio SISR")
        );
        let tableau_lang = eval(&c, "return document.querySelector('table.tableau').lang").await?;
        assert_eq!(
            tableau_lang,
            Value::from("fr"),
            "the tableau says it is French"
        );
        check_site(
            &c,
            &format!("{base}/cyberfolio/"),
            Lang::French,
            &example_text(),
        )
        .await?;
        Ok(())
    })
    .await;
}

/// The English example: the French example's English copy.
pub fn english_example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/portfolio.en.json"
    ))
    .expect("the English example")
}
