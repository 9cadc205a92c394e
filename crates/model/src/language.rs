//! The interface's languages: which table of texts, which référentiel and
//! which date forms a site uses, chosen by the portfolio's `site.language`.
//!
//! Adding a language is adding a variant here, its [`Texts`] table (every
//! text of the interface, the sentences' pieces and the months included),
//! its arm in `texts.rs`'s `in_each_language!`, and a translated
//! référentiel; the validator's messages have their own second text, in
//! [`say!`](crate::say).

use crate::texts::{Texts, Wording, ENGLISH, FRENCH};

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the exam's language and the default.
    #[default]
    French,
    /// English, for employers and internship hosts abroad.
    English,
}

impl Lang {
    /// Every language, in the order the schema and the messages list them.
    pub const ALL: [Lang; 2] = [Lang::French, Lang::English];

    /// The language of a BCP 47 tag by its primary subtag (`fr`, `fr-FR`,
    /// `en-GB`), or `None` for a language the interface does not speak.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split('-').next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The interface's texts in this language, one method per text.
    #[inline(always)]
    pub fn wording(self) -> Wording {
        Wording(self)
    }

    /// The language's code: `fr`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::French => "fr",
            Lang::English => "en",
        }
    }

    /// The table of the interface's texts in this language: for the host
    /// (the build, the command line, the tests). Code that runs in the wasm
    /// reads its texts through [`Lang::wording`].
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::French => &FRENCH,
            Lang::English => &ENGLISH,
        }
    }
}

/// The language a portfolio's text asks for (`site.language`), read even
/// when the rest of the file has errors: the build explains those errors
/// in the site's language. French when the text is not JSON or says none.
pub fn language_of_text(text: &str) -> Lang {
    use crate::json::{parse, Kind, Member, Value};
    fn member<'m, 't>(members: &'m [Member<'t>], key: &str) -> Option<&'m Value<'t>> {
        members
            .iter()
            .rev()
            .find(|m| m.key == key)
            .map(|m| &m.value)
    }
    let Ok(root) = parse(text.trim_start_matches('\u{feff}')) else {
        return Lang::default();
    };
    let Kind::Object(members) = &root.kind else {
        return Lang::default();
    };
    let tag = member(members, "site").and_then(|site| match &site.kind {
        Kind::Object(site) => member(site, "language"),
        _ => None,
    });
    match tag.map(|tag| &tag.kind) {
        Some(Kind::String(tag)) => Lang::of_tag(tag.trim()).unwrap_or_default(),
        _ => Lang::default(),
    }
}

/// A validator's message in the language asked for: the French text, then
/// the English one, each a `format!` string that may name local variables.
///
/// English messages are compiled only with the `english-messages` feature
/// (the command line and the build); without it (the wasm, which shows a
/// broken file's diagnostics in French as the validator's default) every
/// message is French and the English texts cost nothing.
///
/// `cfg!` is read where the macro expands: outside this crate, which has
/// the feature, it would always give French (the command line picks with
/// a `match` of its own, `report::pick`).
#[macro_export]
macro_rules! say {
    ($lang:expr, $french:literal, $english:literal $(,)?) => {
        if cfg!(feature = "english-messages") && $lang == $crate::language::Lang::English {
            format!($english)
        } else {
            format!($french)
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_by_their_primary_subtag() {
        assert_eq!(Lang::of_tag("fr"), Some(Lang::French));
        assert_eq!(Lang::of_tag("fr-FR"), Some(Lang::French));
        assert_eq!(Lang::of_tag("EN-gb"), Some(Lang::English));
        assert_eq!(Lang::of_tag("de"), None);
        assert_eq!(Lang::of_tag("english"), None);
        assert_eq!(Lang::of_tag(""), None);
    }

    #[test]
    fn a_broken_file_still_says_its_language() {
        let english = r#"{"site": {"language": "en-GB"}, "basics": {"name": 3}}"#;
        assert_eq!(language_of_text(english), Lang::English);
        assert_eq!(language_of_text(r#"{"site": {}}"#), Lang::French);
        assert_eq!(language_of_text("{\"site\": "), Lang::French);
        assert_eq!(language_of_text("[]"), Lang::French);
    }

    #[test]
    fn messages_are_french_by_default_and_english_on_request() {
        let n = 3;
        assert_eq!(say!(Lang::French, "{n} erreurs", "{n} errors"), "3 erreurs");
        let english = say!(Lang::English, "{n} erreurs", "{n} errors");
        if cfg!(feature = "english-messages") {
            assert_eq!(english, "3 errors");
        } else {
            assert_eq!(english, "3 erreurs");
        }
    }
}
