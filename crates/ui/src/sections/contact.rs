//! Contact: e-mail, phone, social profiles, and an optional static form.

use leptos::prelude::*;

use crate::rich_text::{Link, LinkOrText};
use crate::site::use_site;
use crate::texts::texts;

/// The section « Contact ».
#[component]
pub fn Contact() -> impl IntoView {
    let site = use_site();
    let basics = &site.portfolio.basics;
    let contact = site.portfolio.contact.clone().unwrap_or_default();
    let t = texts();
    let email = basics.email.clone().map(|email| {
        view! { <li>{t.email()}<Link href=format!("mailto:{email}")>{email.clone()}</Link></li> }
    });
    let phone = basics.phone.clone().map(|phone| {
        view! { <li>{t.phone()}<Link href=format!("tel:{}", phone.replace(' ', ""))>{phone.clone()}</Link></li> }
    });
    let url = basics
        .url
        .clone()
        .map(|url| view! { <li>{t.website()}<Link href=url.clone()>{url.clone()}</Link></li> });
    let profiles = basics
        .profiles
        .iter()
        .map(|profile| {
            let text = match &profile.username {
                Some(u) => format!("{}\u{a0}: {}", profile.network, u),
                None => profile.network.clone(),
            };
            view! { <li><LinkOrText href=profile.url.clone() text=text/></li> }
        })
        .collect_view();
    let form = contact.form_endpoint.clone().map(|endpoint| {
        let fallback = basics.email.clone().map(|email| {
            view! { <p class="note">{t.form_fallback()}<Link href=format!("mailto:{email}")>{t.write_directly()}</Link>"."</p> }
        });
        view! {
            <form class="contact-form" action=endpoint method="post">
                <label>{t.your_name()}<input type="text" name="nom" autocomplete="name" required/></label>
                <label>{t.your_email()}<input type="email" name="email" autocomplete="email" required/></label>
                <label>{t.message()}<textarea name="message" rows="5" required></textarea></label>
                <button type="submit" class="button primary">{t.send()}</button>
                {fallback}
            </form>
        }
    });
    view! {
        <section id="contact" aria-labelledby="contact-titre">
            <h2 id="contact-titre">{t.contact()}</h2>
            {contact.message.clone().map(|m| view! { <p>{m}</p> })}
            <ul class="contact-list">{email}{phone}{url}{profiles}</ul>
            {form}
        </section>
    }
}
