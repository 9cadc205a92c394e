//! Accessibility measured, not assumed: axe-core (pinned in package.json)
//! runs in the page on every view, light and dark, desktop and phone, and
//! must find no violation of the WCAG 2.1 A and AA rules.

use fantoccini::Client;
use serde_json::{json, Value};

use crate::harness::*;

/// The views a visitor or the jury reaches, as (label, URL suffix).
const VIEWS: [(&str, &str); 11] = [
    ("top of the page", "/cyberfolio/"),
    ("English site, top of the page", "/case/english/"),
    ("English site, empty result", "/case/english/?q=zzzzzz"),
    ("English site, detail view", "/case/english/?r=vlan-pfsense"),
    ("filtered list", "/cyberfolio/?c=B1.4&cadre=pro1"),
    ("empty result", "/cyberfolio/?q=zzzzzz"),
    ("detail view", "/cyberfolio/?r=vlan-pfsense"),
    ("tableau with sub-competencies", "/cyberfolio/#tableau"),
    ("error page", "/case/broken/"),
    ("the build's error page", "/case/built-broken/"),
    ("author view", "/cyberfolio/?verifier"),
];

pub(crate) fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e} (run scripts/setup.sh)"))
}

/// Runs axe on the current page; returns one line per violation.
pub(crate) async fn violations(
    c: &Client,
    axe: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    if eval(c, "return typeof window.axe").await? != json!("object") {
        c.execute(axe, vec![]).await?;
    }
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {
               runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
               resultTypes: ['violations'],
             }).then(r => done(r.violations.map(v =>
               `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value::<Vec<String>>(result)?)
}

async fn audit(width: u32, height: u32) {
    let file = "{\n  \"basics\": { \"name\": 3 }\n}\n";
    let broken = Case::text("broken", file);
    let built = Case::text("built-broken", file).with_own_build();
    let english = Case::text("english", crate::languages::english_example());
    Browser::run_with(
        width,
        height,
        vec![broken, built, english],
        |c, base| async move {
            let axe = axe_source();
            let mut found = Vec::new();
            for scheme in ["light", "dark"] {
                cdp(
                    &c,
                    "Emulation.setEmulatedMedia",
                    json!({ "features": [
                    { "name": "prefers-color-scheme", "value": scheme },
                    { "name": "prefers-reduced-motion", "value": "reduce" }
                ] }),
                )
                .await?;
                for (label, path) in VIEWS {
                    goto(&c, &format!("{base}{path}")).await?;
                    until(&c, "document.querySelector('[data-live], .error-page')").await?;
                    if path.ends_with("#tableau") {
                        click(&c, ".tableau-actions input[type=checkbox]").await?;
                    }
                    if path.contains("?r=") {
                        until(&c, "document.querySelector('dialog.detail[open]')").await?;
                    }
                    let dark = eval(
                        &c,
                        "return matchMedia('(prefers-color-scheme: dark)').matches",
                    )
                    .await?;
                    assert_eq!(dark, Value::Bool(scheme == "dark"), "emulated scheme");
                    for v in violations(&c, &axe).await? {
                        found.push(format!("{width}px {scheme}, {label}: {v}"));
                    }
                }
            }
            assert!(
                found.is_empty(),
                "axe found {} violation(s):\n{}",
                found.len(),
                found.join("\n")
            );
            Ok(())
        },
    )
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn no_wcag_violation_on_desktop() {
    audit(1280, 900).await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built site; `bash scripts/test.sh` runs it, see the README"]
async fn no_wcag_violation_on_a_phone() {
    audit(375, 812).await;
}
