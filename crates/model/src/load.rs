//! From the bytes of `portfolio.json` to a checked [`Portfolio`], or to the
//! located diagnostics that say what to fix.

use serde_json::Value;

use crate::diagnostic::{Diagnostic, JsonPath, LoadError, PathSegment};
use crate::locate::{locate, position_of};
use crate::messages;
use crate::portfolio::Portfolio;
use crate::referential::Referential;
use crate::validate::validate;

/// The largest file accepted. A portfolio with a thousand réalisations is
/// about 1.5 MB; anything much larger is a mistake (an embedded image) and
/// is refused before parsing so it cannot exhaust a phone's memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

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
    let value: Value =
        serde_json::from_str(text).map_err(|e| LoadError::Invalid(vec![syntax_error(text, &e)]))?;
    let Some(object) = value.as_object() else {
        let mut d = Diagnostic::error(
            JsonPath::root(),
            "le fichier doit contenir un objet JSON, entre accolades : { \"basics\": { … }, \"realisations\": [ … ] }",
        );
        d.position = Some(locate(text, &JsonPath::root()));
        return Err(LoadError::Invalid(vec![d]));
    };
    let portfolio: Portfolio = match serde_path_to_error::deserialize(&value) {
        Ok(portfolio) => portfolio,
        Err(_) => return Err(LoadError::Invalid(located(text, type_errors(object)))),
    };
    let mut diagnostics: Vec<Diagnostic> = object
        .keys()
        .filter(|k| !KNOWN_KEYS.contains(&k.as_str()))
        .map(|k| {
            Diagnostic::warning(
                JsonPath::root().key(k),
                format!("champ « {k} » inconnu, il sera ignoré : vérifiez son orthographe (les noms de champs sont en anglais, par exemple « realisations », « techWatch »)"),
            )
        })
        .collect();
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

fn syntax_error(text: &str, error: &serde_json::Error) -> Diagnostic {
    let full = error.to_string();
    let message = full
        .rfind(" at line ")
        .map_or(full.as_str(), |i| &full[..i]);
    let mut d = Diagnostic::error(JsonPath::root(), messages::syntax(message));
    // serde_json counts columns in bytes; convert to characters like editors.
    let line_start = text
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    d.position = Some(position_of(
        text,
        line_start + error.column().saturating_sub(1),
    ));
    d
}

/// Every type error of the file, not only the first: each top-level section
/// and each element of each list is checked on its own.
fn type_errors(object: &serde_json::Map<String, Value>) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (key, value) in object {
        match value {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let single = Value::Object(
                        [(key.clone(), Value::Array(vec![item.clone()]))]
                            .into_iter()
                            .collect(),
                    );
                    diagnostics.extend(check_part(&single, Some(index)));
                }
            }
            _ => {
                let single = Value::Object([(key.clone(), value.clone())].into_iter().collect());
                diagnostics.extend(check_part(&single, None));
            }
        }
    }
    diagnostics
}

/// Deserializes a one-key object as a portfolio; on failure, the error with
/// its path (the list index put back when the part was one element).
fn check_part(part: &Value, index: Option<usize>) -> Option<Diagnostic> {
    let error = serde_path_to_error::deserialize::<_, Portfolio>(part).err()?;
    let mut path = JsonPath::root();
    for (i, segment) in error.path().iter().enumerate() {
        match segment {
            serde_path_to_error::Segment::Map { key } => path.0.push(PathSegment::Key(key.clone())),
            serde_path_to_error::Segment::Seq { index: seq } => {
                path.0.push(PathSegment::Index(if i == 1 {
                    index.unwrap_or(*seq)
                } else {
                    *seq
                }))
            }
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    Some(Diagnostic::error(
        path,
        messages::data(&error.inner().to_string()),
    ))
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
