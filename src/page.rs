//! The one page. The build writes all of it into `index.html`
//! (`cyberfolio_ui::page::WrittenPage`), the réalisations and the tableau
//! included. The app mounts the live parts into that page, the same
//! components as the build wrote: the navigation that follows the reader,
//! the réalisations with their filters (in place of the written ones), and
//! the detail view.

use leptos::html::Div;
use leptos::prelude::*;

use cyberfolio_ui::browser;
use cyberfolio_ui::sections::{nav::Nav, realisations::Realisations};
use cyberfolio_ui::site::Site;
use cyberfolio_ui::texts::set_language;
use cyberfolio_ui::view_links::follow_view_links;
use cyberfolio_ui::view_state::{UrlState, REALISATIONS_ID};

use crate::detail::Detail;
use crate::live::Part;

/// The attribute the page gets once every live part is in place.
pub const LIVE_ATTRIBUTE: &str = "data-live";

/// The loaded portfolio, with the site data and the URL state in context:
/// mounts the live parts into the written page, one per task, so that the
/// navigation responds first and no task blocks a phone for long.
///
/// Without a written page (a component test, or a page the build did not
/// write), the live parts go into a page of the component's own.
#[component]
pub fn Page(site: Site) -> impl IntoView {
    set_language(site.portfolio.language());
    let url = UrlState::install(site.referential.clone());
    provide_context(site.clone());
    provide_context(url);
    follow_view_links(url, site.referential.clone());
    let written = browser::prerendered();
    let own = NodeRef::<Div>::new();
    let parts = StoredValue::new_local(Vec::<Part>::new());
    on_cleanup(move || {
        parts.try_update_value(|parts| parts.drain(..).for_each(Part::unmount));
    });
    if let Some(owner) = Owner::current() {
        let written = written.clone();
        leptos::task::spawn_local(async move {
            // The component's own page, when there is one, is mounted by
            // the next task.
            browser::next_task().await;
            let Some(page) = written.or_else(|| own.get_untracked().map(Into::into)) else {
                return;
            };
            mount_live_parts(&owner, &page, parts).await;
        });
    }
    written.is_none().then(|| {
        view! {
            <div node_ref=own>
                <main id="contenu" tabindex="-1"></main>
            </div>
        }
    })
}

/// Mounts the live parts into `page`, in the order a visitor needs them,
/// one task each; stops if the page component is gone meanwhile.
async fn mount_live_parts(
    owner: &Owner,
    page: &web_sys::Element,
    parts: StoredValue<Vec<Part>, LocalStorage>,
) {
    let Some(main) = page.query_selector("main").ok().flatten() else {
        return;
    };
    let keep = |part: Part| parts.try_update_value(|parts| parts.push(part)).is_some();
    // The live navigation takes the place of the written one in the same
    // task, so that nothing moves; a keyboard user's focus moves with it.
    let written_header = page.query_selector(".site-header").ok().flatten();
    let focus_after = written_header.as_ref().and_then(focused_in_header);
    let before: &web_sys::Node = written_header.as_deref().unwrap_or(&main);
    // The theme `public/init.js` set on the page, which the build could
    // not know.
    let dark = browser::root_attribute("data-theme").as_deref() == Some("dark");
    if !keep(Part::mount(owner, page, Some(before), move || {
        view! { <Nav dark=dark/> }.into_any()
    })) {
        return;
    }
    if let Some(header) = written_header {
        header.remove();
    }
    if let Some(selector) = focus_after {
        browser::focus_selector(&selector);
    }
    browser::next_task().await;
    // The réalisations take the place of the section written with the
    // page, identical to it before any filter, in one task; the focus goes
    // to the same control or link in the live section.
    let written_section = main
        .query_selector(&format!("#{REALISATIONS_ID}"))
        .ok()
        .flatten();
    let focus_after = written_section.as_ref().and_then(browser::focus_index);
    let before = written_section.as_deref();
    let realisations = || view! { <Realisations/> }.into_any();
    if !keep(Part::mount(owner, &main, before, realisations)) {
        return;
    }
    if let Some(section) = written_section {
        section.remove();
    }
    if let (Some(index), Some(live)) = (focus_after, browser::element_by_id(REALISATIONS_ID)) {
        browser::focus_nth(&live, index);
    }
    browser::next_task().await;
    let url = expect_context_in::<UrlState>(owner);
    if !keep(Part::mount(owner, page, None, || {
        view! { <Detail/> }.into_any()
    })) {
        return;
    }
    let _ = page.set_attribute(LIVE_ATTRIBUTE, "");
    // The browser has scrolled to the address's anchor in the written
    // page, which the live parts leave in place. A filter without the
    // réalisations' anchor (a link written by hand, or from before
    // filtered views had one) shows its results, unless the visitor has
    // moved meanwhile.
    let filtered = url.with_untracked(|s| !s.filter.is_empty());
    if filtered && browser::location_hash().is_empty() && !browser::window_flag("cyberfolioMoved") {
        request_animation_frame(|| browser::scroll_to_id(REALISATIONS_ID));
    }
}

/// The selector of the focused element of the written `header`, as the
/// live header will have it: a link by its `href` (`#…`), or the theme
/// switch.
fn focused_in_header(header: &web_sys::Element) -> Option<String> {
    let focused = browser::focused_element()?;
    if !header.contains(Some(&focused)) {
        return None;
    }
    match focused.get_attribute("href") {
        Some(href) if href.starts_with('#') => Some(format!(".site-header a[href=\"{href}\"]")),
        Some(_) => None,
        None => Some(".site-header .theme-switch".to_string()),
    }
}

/// The URL state that [`Page`] provided to `owner`.
fn expect_context_in<T: Clone + 'static>(owner: &Owner) -> T {
    owner.with(expect_context::<T>)
}
