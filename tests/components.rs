//! Component tests in a real browser (`wasm-bindgen-test` in headless
//! Chromium): the filter controls, and the links the app follows in place,
//! mounted on a small portfolio written here. (The sections the build
//! alone writes are tested on the host, in `crates/ui`.)
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cyberfolio::page::Page;
use cyberfolio_model::load_str;
use cyberfolio_ui::browser::{self, next_task};
use cyberfolio_ui::site::SiteData;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const PORTFOLIO: &str = r#"{
  "basics": { "name": "Test Candidat", "email": "test@example.org" },
  "exam": { "option": "SISR", "candidateNumber": "0042" },
  "realisations": [
    { "id": "glpi", "name": "Inventaire GLPI", "cadre": "formation", "startDate": "2025-10-06", "endDate": "2025-11-14",
      "competencies": ["B1.1", "B1.4.2"], "documents": [{ "title": "Procédure GLPI", "url": "documents/glpi.pdf" }] },
    { "id": "vlan", "name": "Segmentation en VLAN du réseau", "cadre": "pro1", "competencies": ["B1.2", "B1.5"] },
    { "id": "site", "name": "Site vitrine", "cadre": "pro2", "competencies": ["B1.3", "B1.4", "B1.6"] }
  ]
}"#;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Mounts the page in a fresh container with the URL's query set first.
fn mount(query: &str) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let history = web_sys::window().unwrap().history().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let site = Arc::new(SiteData::new(
        load_str(PORTFOLIO).expect("test portfolio loads"),
    ));
    let handle = leptos::mount::mount_to(
        container.clone(),
        move || view! { <Page site=site.clone()/> },
    );
    (container, handle)
}

/// Lets effects and the DOM settle: the page mounts its live parts one
/// task after another, and marks itself `data-live` after the last.
async fn settle() {
    next_task().await;
    for _ in 0..50 {
        if document()
            .query_selector("[data-live]")
            .ok()
            .flatten()
            .is_some()
        {
            return;
        }
        next_task().await;
    }
    panic!("the page never finished rendering");
}

fn cards(root: &HtmlElement) -> Vec<String> {
    let list = root
        .query_selector_all(".cards [data-card]:not([hidden])")
        .unwrap();
    (0..list.length())
        .filter_map(|i| {
            list.item(i)?
                .unchecked_into::<HtmlElement>()
                .get_attribute("data-card")
        })
        .collect()
}

/// The first element matching `selector`, as the element type the test needs.
fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into()
}

/// Waits, a task at a time, until `ready` holds; fails after about two
/// seconds (tasks of `setTimeout(0)` run at most every 4 ms).
async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        next_task().await;
    }
    panic!("{what}: it never did");
}

/// The address's query as the app reads it: with the address of the
/// view shown, even within the frame before the browser's address has it.
fn search() -> String {
    browser::location_search()
}

/// The browser's own address's query, which the app writes a frame after
/// the view.
fn address() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn competency_checkboxes_filter_and_write_the_url() {
    let (root, _handle) = mount("");
    settle().await;
    assert_eq!(cards(&root), ["glpi", "vlan", "site"]);
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.4']").click();
    settle().await;
    assert_eq!(cards(&root), ["glpi", "site"]);
    wait_for("the address names the filter", || address() == "?c=B1.4").await;
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.1']").click();
    settle().await;
    assert_eq!(cards(&root), ["glpi", "site"], "au moins une");
    find::<HtmlInputElement>(&root, ".combine label:nth-child(2) input").click();
    settle().await;
    assert_eq!(cards(&root), ["glpi"], "toutes");
    wait_for("the address names both and « toutes »", || {
        address() == "?c=B1.1,B1.4&m=toutes"
    })
    .await;
    assert_eq!(
        find::<HtmlElement>(&root, ".result-count").inner_text(),
        "1\u{a0}réalisation sur 3\u{a0}— compétences B1.1 et B1.4 (toutes)"
    );
    // « Copier le lien » says whether it copied (here it may not be allowed
    // to), and the message goes once the view changes: it was about the
    // link of the view before.
    let copied = || find::<HtmlElement>(&root, ".copied").inner_text();
    find::<HtmlElement>(&root, ".filter-row button:nth-of-type(2)").click();
    for _ in 0..100 {
        if !copied().is_empty() {
            break;
        }
        next_task().await;
    }
    assert!(!copied().is_empty(), "a message after « Copier le lien »");
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.1']").click();
    settle().await;
    assert_eq!(copied(), "", "the message of the previous view is gone");
    root.remove();
}

/// The view changes at once and the address right after the frame that
/// shows it (`browser::write_url`); whatever reads the address first gets
/// the view's, and each change keeps its own history entry.
#[wasm_bindgen_test]
async fn the_address_follows_each_change_and_back_undoes_one() {
    let (root, _handle) = mount("");
    settle().await;
    // Two changes in one task: the second writes the first's address.
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.4']").click();
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.1']").click();
    assert_eq!(
        browser::location_search(),
        "?c=B1.1,B1.4",
        "read through the app"
    );
    settle().await;
    assert_eq!(cards(&root), ["glpi", "site"]);
    // Back undoes the last change only.
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    wait_for("Back to the first change's address", || {
        address() == "?c=B1.4"
    })
    .await;
    wait_for("the view follows", || cards(&root) == ["glpi", "site"]).await;
    // A change with nothing reading the address reaches it too.
    find::<HtmlInputElement>(&root, "input[name=c][value='B1.4']").click();
    settle().await;
    assert_eq!(cards(&root), ["glpi", "vlan", "site"]);
    wait_for("the address of the unfiltered view", || {
        address().is_empty()
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn the_url_restores_filters_and_explains_an_empty_result() {
    let (root, _handle) = mount("?c=B1.3&cadre=pro1");
    settle().await;
    assert_eq!(cards(&root), Vec::<String>::new());
    assert!(find::<HtmlInputElement>(&root, "input[name=c][value='B1.3']").checked());
    let empty = find::<HtmlElement>(&root, ".empty").inner_text();
    assert!(empty.contains("Tous les cadres"), "{empty}");
    assert_eq!(
        find::<HtmlElement>(&root, ".result-count").inner_text(),
        "Aucune réalisation sur 3\u{a0}— compétence B1.3 ; cadre\u{a0}: Stage de 1re année"
    );
    let clear: HtmlElement = find(&root, ".filter-row button");
    clear.focus().unwrap();
    clear.click();
    settle().await;
    assert_eq!(cards(&root).len(), 3);
    assert_eq!(search(), "");
    // « Tout effacer » is disabled now: the focus went to the first filter.
    let focused = document().active_element().expect("a focused element");
    assert_eq!(focused.get_attribute("value").as_deref(), Some("B1.1"));
    assert_eq!(
        find::<HtmlElement>(&root, ".result-count").inner_text(),
        "3\u{a0}réalisations au total"
    );
    root.remove();
}

/// Links that `cyberfolio-build page` writes into the page (Compétences,
/// Expériences) are plain links outside the app's views: the app follows a
/// plain click on them without reloading, and leaves other clicks alone.
#[wasm_bindgen_test]
async fn links_written_outside_the_app_are_followed_in_place() {
    let (root, _handle) = mount("");
    settle().await;
    let written: HtmlElement = document().create_element("p").unwrap().unchecked_into();
    written.set_inner_html(
        "<a id=w-filter href=\"?c=B1.2#realisations\"><span>Voir</span></a> \
         <a id=w-open href=\"?r=site\">Site vitrine</a> \
         <a id=w-section href=\"#contact\">Contact</a>",
    );
    document().body().unwrap().append_child(&written).unwrap();
    // A click on the link's content counts as a click on the link.
    find::<HtmlElement>(&written, "#w-filter span").click();
    settle().await;
    assert_eq!(cards(&root), ["vlan"]);
    assert_eq!(search(), "?c=B1.2");
    find::<HtmlElement>(&written, "#w-open").click();
    settle().await;
    assert_eq!(
        search(),
        "?c=B1.2&r=site",
        "the filter stays behind the detail view"
    );
    // The dialog opens in an animation frame, not in a task.
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog");
    wait_for("the detail view opens", || dialog.open()).await;
    // A link to a section is not a view link: the browser follows it.
    find::<HtmlElement>(&written, "#w-section").click();
    settle().await;
    assert_eq!(search(), "?c=B1.2&r=site");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#contact"
    );
    written.remove();
    root.remove();
}
