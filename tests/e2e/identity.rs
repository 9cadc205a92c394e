//! One source of markup: the tree the build writes and the tree the app
//! mounts are the same, for each live part of the page (the navigation; the
//! filters, result line and cards; the error page's explanation), as
//! Chromium parses and builds them. And `public/init.js`, which fills in the
//! address from the written filters before the app has started, writes the
//! address the model's `ViewState::to_query` does.

use std::time::Duration;

use cyberfolio_model::{Cadre, Combine, Filter, ViewState};
use fantoccini::Client;
use serde_json::Value;

use crate::harness::*;
use crate::hostile::{corpus, hostile_portfolio};

/// A page tree as JSON, the same for both sides: `[tag, {attributes},
/// children…]`, text with its runs of white space made one space, comments
/// left out (Leptos marks its places with them), and what only the build's
/// copy has left out (`<noscript>`, and the attributes of
/// `cyberfolio_build::content::WRITTEN_ONLY`, which the script receives). A U+0000 in a text
/// (the hostile corpus has one, `\u0000` in the JSON) is left out too: the
/// HTML parser drops it from the written page, as the specification says
/// ("in body": a NULL character token is ignored), while a text node the
/// app creates keeps it, unseen.
const TREE: &str = r##"
const tree = (node) => {
  const children = [];
  let text = null;
  const flush = () => {
    if (text !== null) {
      const t = text.replace(/\s+/g, " ");
      if (t !== "") children.push(t);
      text = null;
    }
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text = (text ?? "") + child.data.replaceAll("\0", "");
    else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== "noscript") {
      flush();
      children.push(tree(child));
    }
  }
  flush();
  const attributes = {};
  for (const a of [...node.attributes].sort((x, y) => x.name.localeCompare(y.name))) {
    if (!writtenOnly.includes(a.name)) attributes[a.name] = a.value;
  }
  return [node.localName, attributes, ...children];
};
const parts = (doc) => ({
  navigation: doc.querySelector(".site-header") && tree(doc.querySelector(".site-header")),
  realisations: doc.querySelector("#realisations") && tree(doc.querySelector("#realisations")),
});
"##;

/// The live parts as the build wrote them: the page fetched again and
/// parsed by the browser's own parser (as a visitor's browser read it,
/// before any script).
async fn written(c: &Client) -> Result<Value, fantoccini::error::CmdError> {
    c.execute_async(
        &format!(
            "const writtenOnly = arguments[0]; {TREE} const done = arguments[arguments.length - 1];
             fetch(location.href).then((r) => r.text()).then((html) => {{
               done(parts(new DOMParser().parseFromString(html, 'text/html')));
             }}, (e) => done(String(e)));"
        ),
        vec![written_only()],
    )
    .await
}

/// The live parts as the app mounted them.
async fn mounted(c: &Client) -> Result<Value, fantoccini::error::CmdError> {
    started(c)
        .await
        .map_err(|e| fantoccini::error::CmdError::InvalidArgument("app".into(), e.to_string()))?;
    c.execute(
        &format!("const writtenOnly = arguments[0]; {TREE} return parts(document);"),
        vec![written_only()],
    )
    .await
}

/// The attributes only the build's copy has, for the script.
fn written_only() -> Value {
    Value::from(cyberfolio_build::content::WRITTEN_ONLY.to_vec())
}

/// Where two trees first differ, as a path of child indices and the two
/// values there.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                let here = match x.first() {
                    Some(Value::String(tag)) => format!("{path}/{tag}[{i}]"),
                    _ => format!("{path}[{i}]"),
                };
                if let Some(d) = first_difference(p, q, &here) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| {
                format!(
                    "{path}: {} children written, {} mounted; first extra: {}",
                    x.len(),
                    y.len(),
                    x.get(y.len()).or(y.get(x.len())).unwrap_or(&Value::Null)
                )
            })
        }
        _ => (a != b).then(|| format!("{path}: written {a}, mounted {b}")),
    }
}

/// A portfolio with one réalisation and none of the optional fields.
const MINIMAL: &str = r#"{
  "basics": { "name": "Sam Seul" },
  "realisations": [
    { "id": "seule", "name": "La seule réalisation", "cadre": "formation", "competencies": ["B1.1"] }
  ]
}"#;

/// The example with its réalisations repeated up to 1,000, each with its
/// own id: the scale of the benchmark.
fn scale_portfolio() -> String {
    let mut value: Value = serde_json::from_str(&example_text()).expect("example");
    let base = value["realisations"]
        .as_array()
        .expect("réalisations")
        .clone();
    let many: Vec<Value> = (0..1000)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            r["id"] = Value::from(format!("r{i}"));
            r
        })
        .collect();
    value["realisations"] = Value::from(many);
    serde_json::to_string(&value).expect("json")
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_app_mounts_the_very_tree_the_build_wrote() {
    let scale = scale_portfolio();
    for (name, text) in [
        ("minimal", MINIMAL.to_string()),
        ("hostile", hostile_portfolio(&corpus())),
        ("scale", scale.clone()),
    ] {
        cyberfolio_model::load_str(&text).unwrap_or_else(|e| panic!("{name} must load: {e:?}"));
    }
    let cases = vec![
        Case::text("minimal", MINIMAL),
        Case::text("hostile", hostile_portfolio(&corpus())),
        Case::text("scale", scale),
    ];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        for (label, url) in [
            ("the example", format!("{base}/cyberfolio/")),
            (
                "one réalisation, no optional field",
                format!("{base}/case/minimal/"),
            ),
            ("the hostile corpus", format!("{base}/case/hostile/")),
            ("1,000 réalisations", format!("{base}/case/scale/")),
        ] {
            c.goto(&url).await?;
            let written = written(&c).await?;
            let mounted = mounted(&c).await?;
            for part in ["navigation", "realisations"] {
                assert!(written[part].is_array(), "{label}: no written {part}");
                if let Some(difference) = first_difference(&written[part], &mounted[part], part) {
                    panic!(
                        "{label}: the app's {part} differs from the written one at {difference}"
                    );
                }
            }
        }
        Ok(())
    })
    .await;
}

/// The same file with errors, explained by the page the build writes and
/// by the app's own error page (a page whose content was not written): the
/// same heading, advice and located diagnostics.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn the_error_page_explains_a_broken_file_as_the_build_does() {
    let text_of_file =
        "{\n  \"basics\": { \"name\": 3, \"label\": [] },\n  \"realisations\": {}\n}\n";
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    let shell = "<div class=shell role=status><p>Chargement du portfolio…</p></div>";
    let mut unwritten = Case::text("broken-unwritten", text_of_file);
    unwritten.index =
        Some(cyberfolio_build::page::with_content(&index, shell).expect("the app's element"));
    let cases = vec![
        Case::text("broken-written", text_of_file).with_own_build(),
        unwritten,
    ];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        let explanation = format!(
            "const writtenOnly = []; {TREE} const main = document.querySelector('main.error-page');
             return main && [...main.children].slice(0, 3).map(tree);"
        );
        c.goto(&format!("{base}/case/broken-written/")).await?;
        let written = eval(&c, &explanation).await?;
        goto(&c, &format!("{base}/case/broken-unwritten/")).await?;
        until(
            &c,
            "document.querySelector('main.error-page ol.diagnostics')",
        )
        .await?;
        let mounted = eval(&c, &explanation).await?;
        assert_eq!(written.as_array().map(Vec::len), Some(3), "{written}");
        assert_eq!(written[2][0], "ol", "the diagnostics: {written}");
        if let Some(difference) = first_difference(&written, &mounted, "main") {
            panic!("the app's error page differs from the written one at {difference}");
        }
        Ok(())
    })
    .await;
}

/// The filters of the written page, before the app, write the address the
/// model writes for the same view, for each of these filters.
#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn init_js_writes_the_address_the_model_writes() {
    let filter = |codes: &[&str], combine: Combine, cadre: Option<Cadre>, query: &str| Filter {
        competencies: codes.iter().map(|c| c.to_string()).collect(),
        combine,
        cadre,
        query: query.to_string(),
    };
    let table = [
        filter(&[], Combine::Any, None, ""),
        filter(&["B1.1"], Combine::Any, None, ""),
        filter(&["B1.1", "B1.4"], Combine::All, None, ""),
        filter(
            &["B1.2", "B1.3", "B1.6"],
            Combine::Any,
            Some(Cadre::Pro2),
            "",
        ),
        filter(&[], Combine::All, None, ""),
        filter(&[], Combine::Any, Some(Cadre::Formation), "VLAN"),
        filter(
            &["B1.5"],
            Combine::Any,
            Some(Cadre::Pro1),
            "réseau & sécurité",
        ),
        filter(&[], Combine::Any, None, "l'IA (générative) ! *vraiment* ?"),
        filter(&[], Combine::Any, None, "a+b=c; 50 % #1 /x"),
    ];
    // The app never mounts meanwhile: its wasm is held back.
    let cases = vec![Case::text("slow", example_text()).with_wasm_delay(Duration::from_secs(120))];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        c.goto(&format!("{base}/case/slow/")).await?;
        for f in &table {
            let expected = ViewState {
                filter: f.clone(),
                ..ViewState::default()
            }
            .to_query();
            let state = serde_json::json!({
                "codes": f.competencies,
                "all": f.combine == Combine::All,
                "cadre": f.cadre.map(|c| c.code()).unwrap_or(""),
                "query": f.query,
            });
            let search = c
                .execute(
                    "const s = arguments[0];
                     const form = document.querySelector('#realisations form[data-written]');
                     for (const box of form.querySelectorAll('input[name=c]')) box.checked = s.codes.includes(box.value);
                     for (const radio of form.querySelectorAll('input[name=m]')) radio.checked = (radio.value === 'toutes') === s.all;
                     form.querySelector('select[name=cadre]').value = s.cadre;
                     form.querySelector('input[name=q]').value = s.query;
                     form.querySelector('input[name=q]').dispatchEvent(new Event('input', { bubbles: true }));
                     return location.search;",
                    vec![state],
                )
                .await?;
            assert_eq!(search.as_str(), Some(expected.as_str()), "{f:?}");
        }
        assert!(
            eval(&c, "return !document.querySelector('[data-live]')").await? == Value::Bool(true),
            "the written form did it, not the app"
        );
        Ok(())
    })
    .await;
}
