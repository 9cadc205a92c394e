//! Hostile content in the real browser: every text and URL field of a copy
//! of the example holds a payload of `tests/fixtures/injection-payloads.json`.
//! Payloads call `__pwned(…)`; none may run, with the site's Content Security
//! Policy and without it (so that the policy cannot hide an escaping bug).
//! The URLs the validator refuses give the build's error page, never a link.

use std::collections::BTreeSet;

use fantoccini::Client;
use serde_json::Value;

use crate::harness::*;

#[path = "../fixtures/payloads.rs"]
mod payloads;

pub(crate) use payloads::corpus;
use payloads::Payload;

/// Fields whose values are URLs.
const URL_KEYS: [&str; 4] = ["url", "image", "src", "ogImage"];
/// Fields the validator types strictly (ids, codes, enums, dates, e-mail…):
/// a payload there is refused for its shape, which tells nothing about
/// escaping.
const TYPED_KEYS: [&str; 17] = [
    "$schema",
    "id",
    "work",
    "kind",
    "cadre",
    "option",
    "theme",
    "startDate",
    "endDate",
    "date",
    "competencies",
    "code",
    "email",
    "phone",
    "language",
    "countryCode",
    "formEndpoint",
];

/// Puts the next payload into every string of `value`, by field kind.
fn poison(
    value: &mut Value,
    key: &str,
    text: &mut impl Iterator<Item = String>,
    urls: &mut impl Iterator<Item = String>,
) {
    match value {
        Value::String(s) => {
            if URL_KEYS.contains(&key) {
                *s = urls.next().expect("cycled");
            } else if !TYPED_KEYS.contains(&key) && key != "portfolioUrl" {
                *s = text.next().expect("cycled");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, key, text, urls)),
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if k != "referential" {
                    poison(v, k, text, urls);
                }
            }
        }
        _ => {}
    }
}

/// The example with every text and URL field poisoned by accepted payloads
/// (texts over `MAX_TEXT_CHARS` are refused in any field, so they are in the
/// refused copy instead).
pub(crate) fn hostile_portfolio(corpus: &[Payload]) -> String {
    let texts: Vec<String> = corpus
        .iter()
        .filter(|p| !p.url && p.rich_text_validator.as_deref() != Some("refuse"))
        .map(|p| p.payload.clone())
        .collect();
    let urls: Vec<String> = corpus
        .iter()
        .filter(|p| p.url && p.validator.as_deref() == Some("accept"))
        .map(|p| p.payload.clone())
        .collect();
    let mut value: Value = serde_json::from_str(&example_text()).expect("example");
    poison(
        &mut value,
        "",
        &mut texts.into_iter().cycle(),
        &mut urls.into_iter().cycle(),
    );
    serde_json::to_string_pretty(&value).expect("json")
}

/// The example with one profile per refused URL and one réalisation rich
/// text per refused Markdown payload; also the paths that must be in error.
fn refused_portfolio(corpus: &[Payload]) -> (String, BTreeSet<String>) {
    let mut value: Value = serde_json::from_str(&example_text()).expect("example");
    let refused_urls: Vec<&Payload> = corpus
        .iter()
        .filter(|p| p.url && p.validator.as_deref() == Some("refuse"))
        .collect();
    value["basics"]["profiles"] = refused_urls
        .iter()
        .map(|p| serde_json::json!({ "network": p.name, "url": p.payload }))
        .collect();
    let refused_rich: Vec<&Payload> = corpus
        .iter()
        .filter(|p| !p.url && p.rich_text_validator.as_deref() == Some("refuse"))
        .collect();
    let realisations = value["realisations"].as_array_mut().expect("réalisations");
    let n = realisations.len();
    let slots = ["contribution", "context", "description"]
        .into_iter()
        .flat_map(|field| (0..n).map(move |i| (i, field)));
    let mut paths: BTreeSet<String> = (0..refused_urls.len())
        .map(|i| format!("basics.profiles[{i}].url"))
        .collect();
    for ((i, field), p) in slots.zip(&refused_rich) {
        realisations[i][field] = Value::String(p.payload.clone());
        paths.insert(format!("realisations[{i}].{field}"));
    }
    assert_eq!(
        paths.len(),
        refused_urls.len() + refused_rich.len(),
        "room for every refused payload"
    );
    (serde_json::to_string_pretty(&value).expect("json"), paths)
}

/// Fails if anything ran or tried to: the recorder, the console (an
/// undefined `__pwned` throws a ReferenceError there, a blocked script is a
/// CSP report there) and the DOM (handlers, script-bearing URLs, frames).
pub(crate) async fn nothing_ran(c: &Client, label: &str) -> TestResult {
    let calls = eval(c, "return window.__pwnedCalls || []").await?;
    assert_eq!(calls, Value::Array(vec![]), "{label}: payloads ran");
    let errors: Vec<String> = console_errors(c)
        .await?
        .into_iter()
        // A 404 for a relative URL that merely contains the text is fine;
        // an exception thrown by a call, or a blocked script, is not.
        .filter(|m| {
            (m.contains("Uncaught") && m.contains("__pwned"))
                || m.contains("Content Security Policy")
        })
        .collect();
    assert!(errors.is_empty(), "{label}: {errors:#?}");
    let dom = eval(
        c,
        "const bad = [];
         for (const e of document.querySelectorAll('*')) {
           for (const a of e.attributes) {
             if (/^on/i.test(a.name)) bad.push(`${e.tagName} ${a.name}`);
             if (['href', 'src', 'action', 'xlink:href', 'formaction'].includes(a.name) && /^\\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${e.tagName} ${a.name}=${a.value.slice(0, 40)}`);
           }
         }
         for (const e of document.querySelectorAll('iframe, object, embed, frame, math, base, form[action^=\"javascript\"]')) bad.push(e.tagName);
         const theme = document.head.querySelector('script[data-theme-choice]');
         const start = document.head.querySelector('script[data-init]');
         const scripts = [...document.scripts].filter(s => s !== theme && s !== start);
         for (const s of scripts) bad.push('script ' + (s.src || s.textContent.slice(0, 40)));
         return bad;",
    )
    .await?;
    assert_eq!(
        dom,
        Value::Array(vec![]),
        "{label}: dangerous markup in the DOM"
    );
    Ok(())
}

/// Visits the page, every detail view (where the Markdown fields render),
/// and the filters, with the recorder installed once the app has started.
async fn visit(c: &Client, base: &str, case: &str, ids: &[String], name: &str) -> TestResult {
    goto(c, &format!("{base}/case/{case}/")).await?;
    started(c).await?;
    let h1 = text(c, "h1").await?;
    assert_eq!(h1, name.trim(), "{case}: the name is shown as text");
    eval(
        c,
        "window.__pwnedCalls = []; window.__pwned = n => window.__pwnedCalls.push(n)",
    )
    .await?;
    for id in ids {
        goto(c, &format!("{base}/case/{case}/?r={id}")).await?;
        until(c, "document.querySelector('dialog.detail[open]')").await?;
        eval(c, "window.__pwnedCalls = window.__pwnedCalls || []; window.__pwned = window.__pwned || (n => window.__pwnedCalls.push(n))").await?;
        nothing_ran(c, &format!("{case} ?r={id}")).await?;
    }
    goto(
        c,
        &format!("{base}/case/{case}/?q=%3Cscript%3E__pwned(1)%3C%2Fscript%3E"),
    )
    .await?;
    until(c, "document.querySelector('[data-live]')").await?;
    nothing_ran(c, &format!("{case} search")).await?;
    Ok(())
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn no_payload_runs_and_refused_urls_never_become_links() {
    let corpus = corpus();
    let hostile = hostile_portfolio(&corpus);
    let loaded = cyberfolio_model::load_str(&hostile)
        .unwrap_or_else(|e| panic!("the poisoned copy must load: {e:?}"));
    let ids: Vec<String> = loaded
        .portfolio
        .realisations
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let name = loaded.portfolio.basics.name.clone();
    let (refused, refused_paths) = refused_portfolio(&corpus);
    // Every refused payload is in error where it is, and nothing else is.
    let refused_count = match cyberfolio_model::load_str(&refused) {
        Err(cyberfolio_model::LoadError::Invalid(d)) => {
            let errors: Vec<_> = d.iter().filter(|d| d.is_error()).collect();
            let paths: BTreeSet<String> = errors.iter().map(|d| d.path.to_string()).collect();
            assert_eq!(paths, refused_paths);
            errors.len()
        }
        other => panic!("refused payloads must not load: {other:?}"),
    };
    let index = std::fs::read_to_string(dist().join("index.html")).expect("index.html");
    let csp_start = index
        .find("<meta content=\"default-src")
        .expect("the CSP meta");
    let csp_end = csp_start + index[csp_start..].find('>').expect("end of meta") + 1;
    let without_csp = format!("{}{}", &index[..csp_start], &index[csp_end..]);
    let control = index.replacen("<title>", "<script>window.__control = 1</script><title>", 1);
    let mut bare = Case::text("hostile-nocsp", hostile.clone());
    bare.index = Some(without_csp);
    let mut inline = Case::text("control", example_text());
    inline.index = Some(control);
    let cases = vec![
        Case::text("hostile", hostile),
        bare,
        Case::text("refused", refused).with_own_build(),
        inline,
    ];
    Browser::run_with(1280, 900, cases, |c, base| async move {
        // The detector works: an inline script is blocked and reported.
        goto(&c, &format!("{base}/case/control/")).await?;
        started(&c).await?;
        assert!(
            !csp_violations(&c).await?.is_empty(),
            "a blocked inline script is reported"
        );
        assert_eq!(
            eval(&c, "return window.__control === undefined").await?,
            Value::Bool(true)
        );
        console_errors(&c).await?;

        visit(&c, &base, "hostile", &ids, &name).await?;
        visit(&c, &base, "hostile-nocsp", &ids, &name).await?;

        // The build refuses them, and writes their errors in place of the
        // page.
        goto(&c, &format!("{base}/case/refused/")).await?;
        assert_eq!(
            text(&c, "main.error-page[data-build-errors] h1").await?,
            "Le fichier du portfolio contient des erreurs"
        );
        let listed = eval(
            &c,
            "return document.querySelectorAll('.diagnostics li.diag.error').length",
        )
        .await?;
        assert_eq!(listed.as_u64(), Some(refused_count as u64));
        nothing_ran(&c, "refused").await?;
        Ok(())
    })
    .await;
}
