//! What the tests that render a site in each language look for: the other
//! languages' interface texts, in the text nodes and read attributes of a
//! page. Included with `#[path]` by `crates/ui/tests/languages.rs` (the
//! written page) and `tests/e2e/languages.rs` (the live app in Chromium).

use cyberfolio_model::Lang;

/// The fields whose texts the interface puts inside a sentence (« ANSSI,
/// mars 2026 »), found as a whole word anywhere in a piece; the others
/// begin or end the piece they are in.
const INSIDE_SENTENCES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The texts a page in `lang` must not show, with their fields: every
/// other language's texts that `lang`'s table does not also have (the
/// tableau's official wording, the words both write alike).
pub fn foreign_texts(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let own: Vec<&str> = lang
        .texts()
        .entries()
        .into_iter()
        .flat_map(|(_, parts)| parts)
        .map(str::trim)
        .collect();
    let mut foreign: Vec<(&'static str, &'static str)> = Lang::ALL
        .into_iter()
        .filter(|other| *other != lang)
        .flat_map(|other| other.texts().entries())
        .flat_map(|(field, parts)| parts.into_iter().map(move |text| (field, text.trim())))
        .filter(|(_, text)| text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|(_, text)| !own.contains(text))
        .collect();
    foreign.sort_unstable();
    foreign.dedup();
    foreign
}

/// The foreign texts a page in `lang` shows: `pieces` are its text nodes
/// and the attribute values a visitor reads, each with the language its
/// element says (`lang="fr"` on the tableau); the portfolio's own texts
/// (any piece within a string of `portfolio_json`, such as « Production »
/// in a réalisation's description) are the student's words, not the
/// interface's. One line per text found, for a test's message.
pub fn foreign_texts_shown(
    pieces: &[(String, Option<Lang>)],
    lang: Lang,
    portfolio_json: &str,
) -> Vec<String> {
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(members) => members.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut own = Vec::new();
    if let Ok(value) = serde_json::from_str(portfolio_json) {
        strings(&value, &mut own);
    }
    let foreign = foreign_texts(lang);
    pieces
        .iter()
        .filter(|(_, said)| said.is_none_or(|said| said == lang))
        .filter(|(piece, _)| {
            let piece = piece.trim();
            piece.is_empty() || !own.iter().any(|s| s.contains(piece))
        })
        .flat_map(|(piece, _)| {
            foreign
                .iter()
                .filter(|(field, text)| {
                    shows(piece, text)
                        || (INSIDE_SENTENCES.contains(field) && has_word(piece, text))
                })
                .map(|(_, text)| format!("{text:?} in {piece:?}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether a text node or an attribute value of a page shows `text`, a
/// text of a table: all of it, or begun or ended by it (an interface text
/// joined to the portfolio's, as in « Photo de Camille »). A text of the
/// portfolio's own that merely contains the words does not count.
pub fn shows(node: &str, text: &str) -> bool {
    let node = node.trim();
    let text = text.trim();
    let word_ends = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    let begun = node
        .strip_prefix(text)
        .is_some_and(|rest| word_ends(rest.chars().next()));
    let ended = node
        .strip_suffix(text)
        .is_some_and(|rest| word_ends(rest.chars().next_back()));
    !text.is_empty() && (begun || ended)
}

/// Whether `word` stands in `piece` as a whole word.
pub fn has_word(piece: &str, word: &str) -> bool {
    piece
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}
