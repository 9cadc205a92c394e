//! The detail view of one réalisation: a modal dialog that is deep-linkable
//! (`?r=id`), closes with Escape, the close button and Back, and returns
//! focus to the link it was opened from.

use cyberfolio_model::Filter;
use leptos::html::Dialog;
use leptos::prelude::*;

use cyberfolio_ui::browser;
use cyberfolio_ui::sections::realisation_detail::realisation_detail;
use cyberfolio_ui::site::use_site;
use cyberfolio_ui::texts::texts;
use cyberfolio_ui::view_state::{use_url_state, HistoryMode, REALISATIONS_ID};

/// The dialog, present in the page and opened when the URL names a
/// réalisation: its detail, or why there is none (a link to a réalisation
/// the student has since renamed or removed).
#[component]
pub fn Detail() -> impl IntoView {
    let url = use_url_state();
    let dialog = NodeRef::<Dialog>::new();
    let current = Memo::new(move |_| url.with(|s| s.open.clone()));
    // The link that opened the dialog (a card, a row of the tableau, an
    // expérience): the focus goes back to it, where the jury was reading.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |previous: Option<(Option<String>, Filter)>| {
        let open = current.get();
        // The dialog is modal: only a link inside it (a competency) changes
        // the filter while it is open, and that link leads to the list.
        let filter = url.with_untracked(|s| s.filter.clone());
        let (was_open, filter_before) = match previous {
            Some((was, f)) => (Some(was), Some(f)),
            None => (None, None),
        };
        // Opened now, or when the page mounts: by a link clicked before
        // the app had started (`public/init.js` kept its address), which
        // has the focus; by a shared link, nothing has.
        if open.is_some() && !matches!(was_open, Some(Some(_))) {
            opener.set_value(browser::focused_element());
        }
        let closed = match (&open, was_open) {
            (None, Some(Some(id))) => Some(id),
            _ => None,
        };
        // Where the focus goes once closed: the filtered list, the opener
        // if it is still on screen, or else the réalisation's card (a
        // dialog opened by a shared link was opened by nothing).
        let focus = closed.map(|id| {
            let opener = opener.try_update_value(Option::take).flatten();
            if filter_before.is_some_and(|f| f != filter) {
                FocusAfter::List
            } else if let Some(opener) = opener.filter(browser::is_shown) {
                FocusAfter::Opener(opener)
            } else {
                FocusAfter::Card(id)
            }
        });
        if let Some(d) = dialog.get() {
            // `showModal` throws on an element not yet in the document: the
            // page may still be mounting, so sync on the next frame.
            let want_open = open.is_some();
            request_animation_frame(move || {
                if want_open && !d.open() {
                    let _ = d.show_modal();
                } else if !want_open && d.open() {
                    d.close();
                }
                // After `close`: while the modal is open, the rest of the
                // page is inert and cannot take the focus.
                match focus {
                    Some(FocusAfter::List) => browser::go_to_id(REALISATIONS_ID),
                    Some(FocusAfter::Opener(opener)) => {
                        let _ = opener.focus();
                    }
                    Some(FocusAfter::Card(id)) => {
                        browser::focus_selector(&format!("[data-card=\"{id}\"] a"));
                    }
                    None => {}
                }
            });
        }
        (open, filter)
    });
    view! {
        <dialog
            node_ref=dialog
            class="detail"
            aria-labelledby="detail-titre"
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                url.close();
            }
        >
            // First, so that it stays in view (a sticky bar) while a long
            // réalisation scrolls inside the dialog on a phone.
            <div class="detail-bar">
                <button type="button" class="close" on:click=move |_| url.close() autofocus>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">{texts().close()}</span>
                </button>
            </div>
            {move || current.get().map(|id| view! { <DetailContent id=id/> })}
        </dialog>
    }
}

/// Where the focus goes when the dialog closes.
enum FocusAfter {
    /// The réalisations list, which a competency link of the dialog filtered.
    List,
    /// The link that opened the dialog.
    Opener(web_sys::HtmlElement),
    /// The card of the réalisation (there is none for an unknown id, and
    /// then nothing is focused).
    Card(String),
}

/// The dialog's content for the réalisation `id`.
#[component]
fn DetailContent(id: String) -> impl IntoView {
    let site = use_site();
    match site.realisation(&id) {
        Some(r) => {
            view! { <article>{realisation_detail(&site, r, "detail-titre".to_string())}</article> }
                .into_any()
        }
        None => view! { <UnknownRealisation id=id/> }.into_any(),
    }
}

/// What a link to an unknown réalisation opens: the id it asked for, so
/// that the jury can tell the student, and a way to the réalisations.
#[component]
fn UnknownRealisation(id: String) -> impl IntoView {
    let url = use_url_state();
    // The dialog is modal: the filters cannot change while it is open.
    let mut list = url.with_untracked(Clone::clone);
    list.open = None;
    // The path in front even without a filter: a bare `?…` link would be
    // a view link, which `view_links` follows too, before this handler.
    let href = format!(
        "{}{}#{REALISATIONS_ID}",
        browser::location_pathname(),
        list.to_query()
    );
    let show_all = move |ev: leptos::ev::MouseEvent| {
        if !browser::plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        url.update_at_realisations(HistoryMode::Replace, |s| s.open = None);
        // After the frame that closes the dialog.
        request_animation_frame(|| browser::scroll_to_id(REALISATIONS_ID));
    };
    view! {
        <article>
            <h2 id="detail-titre">{texts().unknown_realisation()}</h2>
            <p>
                {texts().unknown_realisation_text().0}<code>{id}</code>{texts().unknown_realisation_text().1}
            </p>
            <p>
                <a href=href on:click=show_all>{texts().see_all_realisations()}</a>
            </p>
        </article>
    }
}
