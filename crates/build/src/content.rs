//! The page's content: the components of `cyberfolio-ui` rendered to HTML,
//! with what only the build's copy has. Its réalisations' form is marked
//! `data-written`, by which `public/init.js` tells it from the app's (a
//! filter chosen in it before the app has started goes into the address),
//! and carries the texts init.js says about it (`data-copied`,
//! `data-copy-failed`, `data-start-failed`, from the table of texts); a
//! note under their heading tells a visitor without JavaScript what they
//! lack. The app's copy has none of these: it needs no mark, says its own
//! texts, and in a page with JavaScript a `<noscript>` never shows.

use cyberfolio_model::Loaded;
use cyberfolio_ui::edition::Edition;
use cyberfolio_ui::page::{render_noscript_notice, render_page_as};
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

/// The attributes only the build's copy of the réalisations has: the
/// form's marks and texts, and the `checked` of « au moins une », the
/// written form's state (the app's follows the `checked` property: an
/// attribute on its radio cost the wasm 565 bytes of code).
pub const WRITTEN_ONLY: [&str; 5] = [
    "data-written",
    "data-copied",
    "data-copy-failed",
    "data-start-failed",
    "checked",
];

/// What the build writes inside `<div id="app">` for a valid portfolio.
pub fn written_content(loaded: Loaded, edition: Edition) -> Result<String, String> {
    let lang = loaded.portfolio.language();
    let page = render_page_as(loaded, edition);
    let notice = render_noscript_notice(lang);
    let t = lang.texts();
    rewrite_str(
        &page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("#realisations form.filters", |form| {
                let [written, copied, copy_failed, start_failed, _] = WRITTEN_ONLY;
                form.set_attribute(written, "")?;
                form.set_attribute(copied, t.copied)?;
                form.set_attribute(copy_failed, t.copy_failed)?;
                form.set_attribute(start_failed, t.filters_failed)?;
                Ok(())
            }))
            .append_element_content_handler(element!(
                "#realisations form.filters input[name=m][value='']",
                |any| {
                    any.set_attribute(WRITTEN_ONLY[4], "")?;
                    Ok(())
                }
            ))
            // Leptos writes the empty status as a space: the written one is
            // empty, as the app's.
            .append_element_content_handler(element!(
                "#realisations form.filters .copied",
                |status| {
                    status.set_inner_content("", ContentType::Text);
                    Ok(())
                }
            ))
            .append_element_content_handler(element!("#realisations-titre", |heading| {
                heading.after(&notice, ContentType::Html);
                Ok(())
            })),
    )
    .map_err(|e| format!("la page écrite n'a pas pu être complétée : {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_written_copy_is_marked_and_explains_itself_without_javascript() {
        let loaded = cyberfolio_model::load_str(r#"{"basics": {"name": "A"}}"#).expect("loads");
        let html = written_content(loaded, Edition::default()).expect("written");
        assert_eq!(html.matches("data-written").count(), 1);
        let form = &html[html.find("<form").expect("a form")..];
        assert!(form[..form.find('>').expect("end")].contains("data-written"));
        let heading = html.find("id=\"realisations-titre\"").expect("heading");
        let notice = html.find("<noscript>").expect("notice");
        assert!(heading < notice && notice < html.find("<form").expect("form"));
        // « au moins une » is the written form's choice; the status is empty.
        let any = &html[html.find("name=\"m\" value=\"\"").expect("the radio")..];
        assert!(any[..any.find('>').expect("end")].contains("checked"));
        assert!(html.contains("class=\"copied\"></span>"), "{html}");
    }
}
