//! Contact: e-mail, phone, social profiles, and an optional static form.

use leptos::prelude::*;

use crate::rich_text::Link;
use crate::site::use_site;

/// The contact section.
#[component]
pub fn ContactSection() -> impl IntoView {
    let site = use_site();
    let p = &site.portfolio;
    let basics = p.basics.clone();
    let contact = p.contact.clone().unwrap_or_default();
    let mailto = basics.email.clone().map(|e| format!("mailto:{e}"));
    view! {
        <section id="contact" aria-labelledby="contact-titre">
            <h2 id="contact-titre">"Contact"</h2>
            {contact.message.clone().map(|m| view! { <p>{m}</p> })}
            <ul class="contact-list">
                {basics.email.clone().map(|e| view! { <li>"E-mail\u{a0}: " <Link href=format!("mailto:{e}")>{e}</Link></li> })}
                {basics.phone.clone().map(|t| view! { <li>"Téléphone\u{a0}: " <Link href=format!("tel:{}", t.replace(' ', ""))>{t}</Link></li> })}
                {basics.url.clone().map(|u| view! { <li>"Site\u{a0}: " <Link href=u.clone()>{u}</Link></li> })}
                {basics
                    .profiles
                    .iter()
                    .map(|pr| {
                        let text = match &pr.username {
                            Some(u) => format!("{}\u{a0}: {}", pr.network, u),
                            None => pr.network.clone(),
                        };
                        view! {
                            <li>
                                {match pr.url.clone() {
                                    Some(url) => view! { <Link href=url>{text}</Link> }.into_any(),
                                    None => text.into_any(),
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {contact.form_endpoint.clone().map(|endpoint| {
                view! {
                    <form class="contact-form" action=endpoint method="post">
                        <label>"Votre nom" <input type="text" name="nom" autocomplete="name" required/></label>
                        <label>"Votre e-mail" <input type="email" name="email" autocomplete="email" required/></label>
                        <label>"Message" <textarea name="message" rows="5" required></textarea></label>
                        <button type="submit" class="button primary">"Envoyer"</button>
                        {mailto.clone().map(|m| view! { <p class="note">"Le formulaire ne fonctionne pas\u{a0}? " <Link href=m>"Écrivez-moi directement"</Link> "."</p> })}
                    </form>
                }
            })}
        </section>
    }
}
