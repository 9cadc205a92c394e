//! Thin, panic-free wrappers around the browser APIs the app needs. Every
//! call that the platform may refuse returns an `Option` or does nothing.

use cyberfolio_model::meta::PRERENDERED_ATTRIBUTE;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The element with this id, if it exists and is an HTML element.
pub fn element_by_id(id: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The current query string, `?…` or empty.
pub fn location_search() -> String {
    write_pending_url();
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The current fragment, `#…` or empty.
pub fn location_hash() -> String {
    write_pending_url();
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current path, used to clear the query string.
pub fn location_pathname() -> String {
    write_pending_url();
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".to_string())
}

/// The full current URL, for « Copier le lien ».
pub fn location_href() -> String {
    write_pending_url();
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The address of a view already shown but not yet in the history
    /// ([`write_url`]), and whether it makes a new entry.
    static PENDING_URL: std::cell::RefCell<Option<(String, bool)>> =
        const { std::cell::RefCell::new(None) };
}

/// Writes a new URL (same path, new query) as a new history entry or in
/// place of the current one, right after the browser has painted the view
/// it names.
///
/// Changing the document's address makes Chromium walk the whole page to
/// forget every link's resolved address: at 1,000 réalisations (a card, a
/// tableau row and a written detail each, with their links) that took 6 ms
/// of a filter change's 8, between the click and the frame that shows its
/// result. The view changes at once, and the address one frame later. Any
/// read of the address, history step or later write ([`write_pending_url`])
/// writes a pending one first, so each change keeps its own entry and
/// nothing reads an address behind the view.
pub fn write_url(url: &str, push: bool) {
    write_pending_url();
    PENDING_URL.with_borrow_mut(|pending| *pending = Some((url.to_string(), push)));
    // Once the next frame is painted and the page has nothing else to do;
    // a timer as well, for a page the browser does not render (a tab in
    // the background).
    leptos::prelude::request_animation_frame(|| when_idle(write_pending_url));
    leptos::prelude::set_timeout(write_pending_url, std::time::Duration::from_millis(250));
}

/// Runs `run` when the browser is next idle (`requestIdleCallback`, at most
/// 250 ms later), or in the next task where the browser lacks it (Safari).
fn when_idle(run: fn()) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(request) = request else {
        leptos::prelude::set_timeout(run, std::time::Duration::ZERO);
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &250.into());
    let callback = wasm_bindgen::closure::Closure::once_into_js(run);
    let _ = request.call2(&window, &callback, &options);
}

/// Writes the address [`write_url`] left pending, if any.
pub fn write_pending_url() {
    let Some((url, push)) = PENDING_URL.with_borrow_mut(Option::take) else {
        return;
    };
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Forgets the address [`write_url`] left pending: the visitor went Back or
/// Forward before it was written, and the address they reached is the view.
pub fn discard_pending_url() {
    PENDING_URL.with_borrow_mut(|pending| *pending = None);
}

/// Goes back one history entry.
pub fn history_back() {
    write_pending_url();
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Moves focus to the first element matching a CSS selector.
pub fn focus_selector(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The controls and links that can take the focus, in document order.
const FOCUSABLE: &str = "a[href], input, select, button";

/// Which of `container`'s controls and links has the focus, if one does:
/// its rank, so that the same element of an identical replacement can
/// take it ([`focus_nth`]).
pub fn focus_index(container: &web_sys::Element) -> Option<u32> {
    let focused = focused_element()?;
    if !container.contains(Some(&focused)) {
        return None;
    }
    let all = container.query_selector_all(FOCUSABLE).ok()?;
    (0..all.length()).find(|&i| all.item(i).as_ref() == Some(focused.as_ref()))
}

/// Moves focus to `container`'s control or link of rank `index`.
pub fn focus_nth(container: &web_sys::Element, index: u32) {
    let element = container
        .query_selector_all(FOCUSABLE)
        .ok()
        .and_then(|all| all.item(index))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The element that has the keyboard focus, if any besides the page.
pub fn focused_element() -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let active = document.active_element()?.dyn_into::<HtmlElement>().ok()?;
    let body = document.body();
    (Some(&active) != body.as_ref()).then_some(active)
}

/// Whether an element is still in the page and displayed (a card hidden by
/// a filter is not), so that it can take the focus back.
pub fn is_shown(element: &HtmlElement) -> bool {
    element.is_connected() && element.offset_parent().is_some()
}

/// Goes to the section `id` as following a link to `#id` does: scrolls to
/// it and moves the focus there, so that the next Tab continues from that
/// section rather than from the link, now out of view.
pub fn go_to_id(id: &str) {
    let Some(section) = element_by_id(id) else {
        return;
    };
    section.scroll_into_view();
    if !section.has_attribute("tabindex") {
        let _ = section.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = section.focus_with_options(&options);
}

/// Scrolls an element into view (used after choosing a filter elsewhere).
pub fn scroll_to_id(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.scroll_into_view();
    }
}

/// Keeps the page where it is through a history step. Going back to an
/// entry whose URL has an anchor makes the browser scroll to that anchor,
/// even when only the query changed (closing the detail view): the position
/// read now is restored at the next frame, before anything is painted.
pub fn keep_scroll_position() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (left, top) = (
        window.scroll_x().unwrap_or_default(),
        window.scroll_y().unwrap_or_default(),
    );
    leptos::prelude::request_animation_frame(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let options = web_sys::ScrollToOptions::new();
        options.set_left(left);
        options.set_top(top);
        // Not the stylesheet's smooth scrolling: the page must not move.
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        window.scroll_to_with_scroll_to_options(&options);
    });
}

/// The `<html>` element.
fn root_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
}

/// An attribute of `<html>`: the theme the page shows (`data-theme`,
/// which `public/init.js` keeps).
pub fn root_attribute(name: &str) -> Option<String> {
    root_element()?.get_attribute(name)
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The top of an element relative to the viewport, for the scroll spy.
pub fn top_of(id: &str) -> Option<f64> {
    Some(element_by_id(id)?.get_bounding_client_rect().top())
}

/// The height of the viewport, and whether the page is scrolled to its
/// end (where the last sections can no longer reach the top).
pub fn viewport_at_end() -> Option<(f64, bool)> {
    let window = web_sys::window()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let scrolled = window.scroll_y().ok()?;
    let total = window.document()?.document_element()?.scroll_height();
    Some((height, scrolled + height >= f64::from(total) - 2.0))
}

/// Scrolls the list (`ul`) holding the first element matching `selector`
/// sideways, just enough to show that element, when the list overflows:
/// on a phone, the navigation is one scrolling row. Only the list moves,
/// never the page (an ongoing smooth scroll of the page goes on).
pub fn reveal_in_strip(selector: &str) {
    let Some(item) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
    else {
        return;
    };
    let Some(strip) = item.closest("ul").ok().flatten() else {
        return;
    };
    if strip.scroll_width() <= strip.client_width() {
        return;
    }
    let (at, box_) = (
        item.get_bounding_client_rect(),
        strip.get_bounding_client_rect(),
    );
    let margin = 16.0;
    let shift = if at.left() < box_.left() {
        at.left() - box_.left() - margin
    } else if at.right() > box_.right() {
        at.right() - box_.right() + margin
    } else {
        return;
    };
    strip.set_scroll_left(strip.scroll_left() + shift as i32);
}

/// Whether a click is a plain left click (not one that opens a new tab),
/// so that links can be handled in place and still work as links.
pub fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// Runs `update` and measures how long the page takes to apply it, as a
/// `performance.measure(name)` that the benchmark reads: from a mark before
/// `update` to the end of the effects it wakes. Leptos runs those effects as
/// tasks of wasm-bindgen-futures' queue, all woken by `update`; a task queued
/// after them runs once they are done, before the browser renders.
pub fn measure_update(name: &'static str, update: impl FnOnce()) {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    let marked = performance.as_ref().is_some_and(|p| p.mark(&start).is_ok());
    update();
    if let Some(performance) = performance.filter(|_| marked) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = performance.measure_with_start_mark(name, &start);
        });
    }
}

/// Resolves in a later task of the event loop, so that the browser can
/// paint and handle input between two steps of a long piece of work (on a
/// phone, every task over 50 ms delays the page's response to a tap).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
        });
        if !matches!(scheduled, Some(Ok(_))) {
            // No timer (no window): resolve now rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The page `cyberfolio-build page` wrote into `index.html` (navigation, accueil,
/// the sections that never change), into which the app mounts its live
/// parts.
pub fn prerendered() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("[{PRERENDERED_ATTRIBUTE}]"))
        .ok()?
}

/// The `href` attribute, as written, of the link a click landed in.
pub fn clicked_link(ev: &web_sys::MouseEvent) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest("a[href]").ok()??.get_attribute("href")
}

/// Whether `window[name]` is true: a flag that `public/init.js` sets
/// before the app has started.
pub fn window_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str(name)).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Sets `window[name]`, a flag that `public/init.js` reads.
pub fn set_window_flag(name: &str, value: bool) {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &window,
            &wasm_bindgen::JsValue::from_str(name),
            &wasm_bindgen::JsValue::from_bool(value),
        );
    }
}
