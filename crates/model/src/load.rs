//! From the bytes of `portfolio.json` to a checked [`Portfolio`], or to the
//! located diagnostics that say what to fix.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::diagnostic::{Diagnostic, JsonPath, LoadError, PathSegment};
use crate::locate::{children, locate, path_at, position_of, skip_string, skip_ws, Child};
use crate::messages;
use crate::portfolio::Portfolio;
use crate::referential::Referential;
use crate::validate::validate;

/// The largest file accepted. A portfolio with a thousand réalisations is
/// about 1.5 MB; anything much larger is a mistake (an embedded image) and
/// is refused before parsing so it cannot exhaust a phone's memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The longest text accepted in any field, in characters. The longest
/// field of a real portfolio (a réalisation's description) is a few thousand
/// characters; a 50,000-character word took Chromium 10 s to lay out, a
/// blank page for that long.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Top-level keys that are read: JSON Resume's sections and Cyberfolio's.
/// Any other key draws a warning, since it is most likely a typo.
pub const KNOWN_KEYS: [&str; 21] = [
    "$schema",
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
    "exam",
    "realisations",
    "techWatch",
    "documents",
    "contact",
    "site",
    "referential",
];

/// A portfolio that loaded without errors, with what it is checked against.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The student's data.
    pub portfolio: Portfolio,
    /// The portfolio's own référentiel, or the shipped BTS SIO one.
    pub referential: Referential,
    /// Warnings for the author (never errors: those make loading fail).
    pub warnings: Vec<Diagnostic>,
}

/// Loads a portfolio from raw bytes: size, encoding, syntax, types, then the
/// E5 rules. Never panics, whatever the bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        LoadError::NotUtf8 {
            offset,
            line: bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
        }
    })?;
    load_str(text)
}

/// Loads a portfolio from text; see [`load_bytes`].
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    // Syntax first, over the whole file, so that a typo anywhere is
    // reported before any type error.
    if let Err(e) = serde_json::from_str::<SyntaxOnly>(text) {
        return Err(LoadError::Invalid(vec![syntax_error(text, &e)]));
    }
    let root = skip_ws(text.as_bytes(), 0);
    if !text[root..].starts_with('{') {
        let mut d = Diagnostic::error(
            JsonPath::root(),
            "le fichier doit contenir un objet JSON, entre accolades : { \"basics\": { … }, \"realisations\": [ … ] }",
        );
        d.position = Some(locate(text, &JsonPath::root()));
        return Err(LoadError::Invalid(vec![d]));
    }
    let members = children(text, root);
    let portfolio: Portfolio = match serde_json::from_str(text) {
        Ok(portfolio) => portfolio,
        Err(whole) => {
            let mut diagnostics = type_errors(text, &members);
            // An error no single part shows (a key given twice) is reported
            // where the parser stopped on the whole file.
            if diagnostics.is_empty() {
                let offset = error_offset(text, &whole).min(text.len());
                let mut d =
                    Diagnostic::error(path_at(text, offset), messages::data(&bare_message(&whole)));
                d.position = Some(position_of(text, offset));
                diagnostics.push(d);
            }
            return Err(LoadError::Invalid(located(text, diagnostics)));
        }
    };
    let mut diagnostics: Vec<Diagnostic> = members
        .iter()
        .filter_map(|m| match &m.segment {
            PathSegment::Key(k) if !KNOWN_KEYS.contains(&k.as_str()) => Some(k),
            _ => None,
        })
        .map(|k| {
            Diagnostic::warning(
                JsonPath::root().key(k),
                format!("champ « {k} » inconnu, il sera ignoré : vérifiez son orthographe (les noms de champs sont en anglais, par exemple « realisations », « techWatch »)"),
            )
        })
        .collect();
    diagnostics.extend(too_long_texts(text));
    let referential = portfolio
        .referential
        .clone()
        .unwrap_or_else(Referential::bts_sio);
    diagnostics.extend(validate(&portfolio, &referential));
    let diagnostics = located(text, diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(LoadError::Invalid(diagnostics));
    }
    Ok(Loaded {
        portfolio,
        referential,
        warnings: diagnostics,
    })
}

/// A syntax error at the character where the parser stopped (serde_json
/// counts columns in bytes, editors in characters).
fn syntax_error(text: &str, error: &serde_json::Error) -> Diagnostic {
    let mut d = Diagnostic::error(JsonPath::root(), messages::syntax(&bare_message(error)));
    d.position = Some(position_of(text, error_offset(text, error).min(text.len())));
    d
}

/// serde_json's message without its « at line … column … » suffix.
fn bare_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}

/// The byte offset, in the text that was parsed, of a parser error's line
/// and column.
fn error_offset(parsed: &str, error: &serde_json::Error) -> usize {
    let line_start = parsed
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    line_start + error.column().saturating_sub(1)
}

/// Every type error of the file, not only the first: each top-level member
/// and each element of each list is parsed on its own, as the only content
/// of a portfolio, and the parser's position is mapped back to a path.
fn type_errors(text: &str, members: &[Child]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for member in members {
        let Some(raw_key) = member.raw_key.clone() else {
            continue;
        };
        let key = &text[raw_key];
        let elements = children(text, member.start);
        let parts: Vec<(usize, usize, String)> = if text[member.start..].starts_with('[') {
            elements
                .iter()
                .map(|e| (e.start, e.end, format!("{{{key}:[")))
                .collect()
        } else {
            vec![(member.start, member.end, format!("{{{key}:"))]
        };
        for (start, end, prefix) in parts {
            let part = format!(
                "{prefix}{}{}",
                &text[start..end],
                if prefix.ends_with('[') { "]}" } else { "}" }
            );
            let Err(error) = serde_json::from_str::<Portfolio>(&part) else {
                continue;
            };
            let inside = error_offset(&part, &error).saturating_sub(prefix.len());
            // The parser reports the last byte it read: the rejected value's.
            let offset = (start + inside).clamp(start, end);
            let mut d =
                Diagnostic::error(path_at(text, offset), messages::data(&bare_message(&error)));
            d.position = Some(locate(text, &d.path));
            diagnostics.push(d);
        }
    }
    diagnostics
}

/// An error for each string value longer than [`MAX_TEXT_CHARS`], found by
/// scanning the text (every field at once, whatever its type).
fn too_long_texts(text: &str) -> Vec<Diagnostic> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(after) = skip_string(bytes, start) else {
            break;
        };
        i = after;
        // A key is followed by a colon; only values are checked.
        let is_key = bytes.get(skip_ws(bytes, after)) == Some(&b':');
        if after - start - 2 > MAX_TEXT_CHARS && !is_key {
            let chars = text[start + 1..after - 1].chars().count();
            if chars > MAX_TEXT_CHARS {
                out.push(Diagnostic::error(
                    path_at(text, start),
                    format!("texte trop long ({chars} caractères) : {MAX_TEXT_CHARS} au plus. Raccourcissez-le, ou mettez ce contenu dans un document lié"),
                ));
            }
        }
    }
    out
}

/// Reads any JSON value and keeps nothing: a full syntax check that, unlike
/// `IgnoredAny`, reports trailing commas as such and stops at serde_json's
/// nesting limit.
struct SyntaxOnly;

impl<'de> Deserialize<'de> for SyntaxOnly {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SyntaxOnly)
    }
}

impl<'de> Visitor<'de> for SyntaxOnly {
    type Value = SyntaxOnly;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("une valeur JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(SyntaxOnly)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<SyntaxOnly>()?.is_some() {}
        Ok(SyntaxOnly)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        while map.next_entry::<SyntaxOnly, SyntaxOnly>()?.is_some() {}
        Ok(SyntaxOnly)
    }
}

/// Adds positions and sorts by position, errors first on the same spot.
fn located(text: &str, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        if d.position.is_none() {
            d.position = Some(locate(text, &d.path));
        }
    }
    diagnostics.sort_by_key(|d| (d.position, d.severity));
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Position;

    fn errors(text: &str) -> Vec<Diagnostic> {
        match load_str(text) {
            Err(LoadError::Invalid(d)) => d,
            other => panic!("expected diagnostics, got {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_are_located_in_characters() {
        let d = errors("{\n  \"basics\": { \"name\": \"Zoé\", }\n}");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("virgule en trop"), "{}", d[0].message);
        assert_eq!(
            d[0].position,
            Some(Position {
                line: 2,
                column: 30
            })
        );
    }

    #[test]
    fn all_type_errors_are_reported_with_paths() {
        let text = r#"{"basics": {"name": "A"}, "realisations": [
            {"id": "a", "name": "A", "cadre": "pro3", "competencies": ["B1.1"]},
            {"id": "b", "name": "B", "cadre": "pro1", "competencies": ["B1.1"], "teamSize": "deux"}
        ], "work": [{"name": 3}]}"#;
        let d = errors(text);
        let paths: Vec<String> = d.iter().map(|d| d.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "realisations[0].cadre",
                "realisations[1].teamSize",
                "work[0].name"
            ]
        );
        assert!(d[0].message.contains("« pro3 » inconnue"));
        assert_eq!(d[1].position.map(|p| p.line), Some(3));
    }

    #[test]
    fn refuses_before_parsing() {
        assert_eq!(load_str("  \n"), Err(LoadError::Empty));
        assert!(matches!(
            load_bytes(&vec![b' '; MAX_FILE_BYTES + 1]),
            Err(LoadError::TooLarge { .. })
        ));
        assert_eq!(
            load_bytes(b"{\n\"a\": \"\xff\"}"),
            Err(LoadError::NotUtf8 { offset: 8, line: 2 })
        );
        assert!(errors("[1, 2]")[0].message.contains("objet JSON"));
        assert!(errors(&"[".repeat(10_000))[0]
            .message
            .contains("imbrication trop profonde"));
        let deep = format!(
            "{{\"basics\": {{\"name\": \"A\"}}, \"x\": {}{}}}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert!(load_str(&deep).is_ok(), "100 levels are fine");
    }

    #[test]
    fn a_key_given_twice_is_reported_where_it_is() {
        let d = errors("{\"basics\": {\"name\": \"A\"},\n \"basics\": {\"name\": \"B\"}}");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].message.contains("« basics » apparaît deux fois"),
            "{}",
            d[0].message
        );
        assert_eq!(d[0].position.map(|p| p.line), Some(2));
    }

    #[test]
    fn overlong_texts_are_refused_where_they_are() {
        let long = "A".repeat(MAX_TEXT_CHARS + 1);
        let text = format!(
            "{{\"basics\": {{\"name\": \"A\", \"summary\": \"{long}\"}}, \"x\\\"\": \"é\"}}"
        );
        let d: Vec<Diagnostic> = errors(&text)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].path.to_string(), "basics.summary");
        assert!(
            d[0].message.contains("10001 caractères"),
            "{}",
            d[0].message
        );
        let fine = format!(
            "{{\"basics\": {{\"name\": \"A\", \"summary\": \"{}\"}}}}",
            "é".repeat(MAX_TEXT_CHARS)
        );
        assert!(
            load_str(&fine).is_ok(),
            "the limit counts characters, not bytes"
        );
    }

    #[test]
    fn unknown_top_level_keys_are_warned_about() {
        let mut text = String::from("{\"basics\": {\"name\": \"A\"}, \"realisation\": []}");
        let loaded = load_str(&text).expect("loads");
        assert!(loaded
            .warnings
            .iter()
            .any(|w| w.path.to_string() == "realisation"));
        text.insert(0, '\u{feff}');
        assert!(load_str(&text).is_ok());
    }
}
