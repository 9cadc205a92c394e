//! Renders the safe Markdown subset as elements: text nodes only, never
//! raw HTML.

use cyberfolio_model::markdown::{parse, Block, Inline};
use cyberfolio_model::url::{is_external, is_safe_url};
use leptos::prelude::*;

use crate::texts::texts;

/// A rich-text field (description, contribution…).
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    parse(&text).into_iter().map(block).collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Paragraph(inlines) => view! { <p>{inlines_view(inlines)}</p> }.into_any(),
        Block::Heading(inlines) => view! { <p class="rich-heading"><strong>{inlines_view(inlines)}</strong></p> }.into_any(),
        Block::List { ordered: false, items } => {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{inlines_view(i)}</li> }).collect_view()}</ul> }.into_any()
        }
        Block::List { ordered: true, items } => {
            view! { <ol>{items.into_iter().map(|i| view! { <li>{inlines_view(i)}</li> }).collect_view()}</ol> }.into_any()
        }
        Block::Code(code) => view! { <pre><code>{code}</code></pre> }.into_any(),
    }
}

fn inlines_view(inlines: Vec<Inline>) -> Vec<AnyView> {
    inlines.into_iter().map(inline).collect()
}

fn inline(i: Inline) -> AnyView {
    match i {
        Inline::Text(t) => t.into_any(),
        Inline::Strong(c) => view! { <strong>{inlines_view(c)}</strong> }.into_any(),
        Inline::Emphasis(c) => view! { <em>{inlines_view(c)}</em> }.into_any(),
        Inline::Code(c) => view! { <code>{c}</code> }.into_any(),
        Inline::Link { label, url } => {
            view! { <Link href=url>{inlines_view(label)}</Link> }.into_any()
        }
    }
}

/// A link to a URL from the portfolio: external ones open in a new tab with
/// `rel="noopener noreferrer"` and say so. The validator already refuses
/// unsafe URLs; one that got here anyway is rendered as plain text.
/// Attributes given with `attr:` (`attr:class="button"`) go on the element.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    if !is_safe_url(&href) {
        view! { <span>{children()}</span> }.into_any()
    } else if is_external(&href) {
        view! { <a href=href target="_blank" rel="noopener noreferrer">{children()}<span class="visually-hidden">{texts().new_tab()}</span></a> }.into_any()
    } else {
        view! { <a href=href>{children()}</a> }.into_any()
    }
}

/// A link when the portfolio gives an address, the text alone otherwise
/// (a certification, a source, an article).
#[component]
pub fn LinkOrText(href: Option<String>, #[prop(into)] text: String) -> impl IntoView {
    match href {
        Some(href) => view! { <Link href=href>{text}</Link> }.into_any(),
        None => text.into_any(),
    }
}
