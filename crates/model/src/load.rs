//! From the bytes of `portfolio.json` to a checked [`Portfolio`], or to the
//! located diagnostics that say what to fix.

use crate::decode::{decode_with_warnings, likely_field, PathStack};
use crate::diagnostic::{Counts, Diagnostic, JsonPath, LoadError, Position};
use crate::json::{self, Kind, Member, Value};
use crate::language::Lang;
use crate::locate::{offset_of, position_of, Lines};
use crate::messages;
use crate::order::sort_by_u64_key;
use crate::portfolio::Portfolio;
use crate::referential::Referential;
use crate::say;
use crate::validate::{validate_with_files, SiteFiles};

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
/// E5 rules, with French diagnostics. Never panics, whatever the bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    load_bytes_with_files(bytes, None, Lang::French)
}

/// [`load_bytes`], with the files the site will serve when the caller can
/// list them (`cyberfolio validate`): a link to a missing one is an error.
/// The diagnostics' messages are in `lang`.
pub fn load_bytes_with_files(
    bytes: &[u8],
    files: Option<SiteFiles<'_>>,
    lang: Lang,
) -> Result<Loaded, LoadError> {
    load_str_with_files(text_of(bytes)?, files, lang)
}

/// Reads a portfolio that the build has checked: its size, encoding,
/// syntax and types, as [`load_bytes`] does, but not the E5 rules, and
/// with no warnings. This is what the site runs in the browser.
///
/// The deployed file is the one `cyberfolio-build page` checked when it wrote
/// the page (it refuses a portfolio with errors, and writes the rules'
/// diagnostics and warnings into the page instead), so checking the
/// rules again in every visitor's browser would only cost their code: about
/// 10.8 kB of the gzipped wasm (`README.md`, Size). A file changed after
/// the build still reads only if it is valid JSON of the right types, and
/// the site still checks every address where it makes a link of it
/// (`url::is_safe_url`).
pub fn read_checked_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = without_bom(text_of(bytes)?)?;
    let root = syntax(text, Lang::French)?;
    members_of(text, &root, Lang::French)?;
    let portfolio = crate::decode::decode::<Portfolio>(&root)
        .map_err(|errors| LoadError::Invalid(located_at(text, errors, Lang::French)))?;
    let referential = portfolio
        .referential
        .clone()
        .unwrap_or_else(|| Referential::shipped(portfolio.language()));
    Ok(Loaded {
        portfolio,
        referential,
        warnings: Vec::new(),
    })
}

/// The bytes as text: refused over [`MAX_FILE_BYTES`] before anything
/// else, and located where they stop being UTF-8.
fn text_of(bytes: &[u8]) -> Result<&str, LoadError> {
    within_size(bytes.len())?;
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        // The bytes before it are valid UTF-8.
        let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        let Position { line, column } = position_of(valid, offset);
        LoadError::NotUtf8 {
            offset,
            line,
            column,
        }
    })
}

/// A file of `bytes` bytes is refused over [`MAX_FILE_BYTES`].
fn within_size(bytes: usize) -> Result<(), LoadError> {
    if bytes > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// The text without its byte order mark; an empty file is refused.
fn without_bom(text: &str) -> Result<&str, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(text)
}

/// The JSON tree of the whole file, or its first syntax error, located.
/// Syntax first, over the whole file, so that a typo anywhere is reported
/// before any type error.
fn syntax(text: &str, lang: Lang) -> Result<Value<'_>, LoadError> {
    json::parse(text).map_err(|e| {
        let mut d = Diagnostic::error(JsonPath::root(), messages::syntax(e.problem, lang));
        d.position = Some(position_of(text, e.offset));
        LoadError::Invalid(vec![d])
    })
}

/// The members of the file's top-level object: a file that holds anything
/// else (a list, a string…) is refused with what it should hold.
fn members_of<'t, 'v>(
    text: &str,
    root: &'v Value<'t>,
    lang: Lang,
) -> Result<&'v [Member<'t>], LoadError> {
    match &root.kind {
        Kind::Object(members) => Ok(members),
        _ => {
            let d = Diagnostic::error(
                JsonPath::root(),
                say!(
                    lang,
                    "le fichier doit contenir un objet JSON, entre accolades : {{ \"basics\": {{ … }}, \"realisations\": [ … ] }}",
                    "the file must hold a JSON object, between braces: {{ \"basics\": {{ … }}, \"realisations\": [ … ] }}",
                ),
            );
            Err(LoadError::Invalid(located_at(
                text,
                vec![(root.start, d)],
                lang,
            )))
        }
    }
}

/// Loads a portfolio from text, with French diagnostics; see
/// [`load_bytes`].
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    load_str_with_files(text, None, Lang::French)
}

/// Loads a portfolio from text, with diagnostics in `lang`; see
/// [`load_bytes_with_files`].
pub fn load_str_with_files(
    text: &str,
    files: Option<SiteFiles<'_>>,
    lang: Lang,
) -> Result<Loaded, LoadError> {
    within_size(text.len())?;
    let text = without_bom(text)?;
    let root = syntax(text, lang)?;
    let members = members_of(text, &root, lang)?;
    let long_texts = too_long_texts(&root, lang);
    let (portfolio, ignored_keys) = match decode_with_warnings::<Portfolio>(&root, lang) {
        Ok(decoded) => decoded,
        Err(mut errors) => {
            errors.extend(long_texts);
            return Err(LoadError::Invalid(located_at(text, errors, lang)));
        }
    };
    let present = |key: &str| members.iter().any(|m| &*m.key == key);
    let mut diagnostics: Vec<Diagnostic> = members
        .iter()
        .map(|m| &*m.key)
        .filter(|k| !KNOWN_KEYS.contains(k))
        .map(|k| {
            let path = JsonPath::root().key(k);
            match likely_field(k, &KNOWN_KEYS) {
                // `realisation` for a missing `realisations`: the site would
                // be published without any, so it is not published.
                Some(meant) if !present(meant) => Diagnostic::error(
                    path,
                    say!(
                        lang,
                        "champ « {k} » inconnu : vouliez-vous écrire « {meant} » ? Tel quel, son contenu est ignoré",
                        "unknown field “{k}”: did you mean “{meant}”? As it is, its content is ignored",
                    ),
                ),
                Some(meant) => Diagnostic::warning(
                    path,
                    say!(
                        lang,
                        "champ « {k} » inconnu, il sera ignoré : vouliez-vous écrire « {meant} » (déjà présent plus haut ou plus bas) ?",
                        "unknown field “{k}”, it will be ignored: did you mean “{meant}” (already present above or below)?",
                    ),
                ),
                None => Diagnostic::warning(
                    path,
                    say!(
                        lang,
                        "champ « {k} » inconnu, il sera ignoré : vérifiez son orthographe (les noms de champs sont en anglais, par exemple « realisations », « techWatch »)",
                        "unknown field “{k}”, it will be ignored: check its spelling (field names are in English, for example “realisations”, “techWatch”)",
                    ),
                ),
            }
        })
        .collect();
    let referential = portfolio
        .referential
        .clone()
        .unwrap_or_else(|| Referential::shipped(portfolio.language()));
    diagnostics.extend(validate_with_files(&portfolio, &referential, files, lang));
    let mut at: Vec<(usize, Diagnostic)> = diagnostics
        .into_iter()
        .map(|d| (offset_of(&root, &d.path), d))
        .collect();
    at.extend(long_texts);
    at.extend(ignored_keys);
    let diagnostics = located_at(text, at, lang);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(LoadError::Invalid(diagnostics));
    }
    Ok(Loaded {
        portfolio,
        referential,
        warnings: diagnostics,
    })
}

/// An error, with the offset of its value, for each string longer than
/// [`MAX_TEXT_CHARS`], whatever the field (known or not).
fn too_long_texts(root: &Value<'_>, lang: Lang) -> Vec<(usize, Diagnostic)> {
    fn walk<'v>(
        value: &'v Value<'_>,
        path: &mut PathStack<'v>,
        lang: Lang,
        out: &mut Vec<(usize, Diagnostic)>,
    ) {
        match &value.kind {
            Kind::String(s) if s.len() > MAX_TEXT_CHARS => {
                let chars = s.chars().count();
                if chars > MAX_TEXT_CHARS {
                    out.push((value.start, Diagnostic::error(
                        path.to_path(),
                        say!(
                            lang,
                            "texte trop long ({chars} caractères) : {MAX_TEXT_CHARS} au plus. Raccourcissez-le, ou mettez ce contenu dans un document lié",
                            "text too long ({chars} characters): {MAX_TEXT_CHARS} at most. Shorten it, or put this content in a linked document",
                        ),
                    )));
                }
            }
            Kind::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push_index(i);
                    walk(item, path, lang, out);
                    path.pop();
                }
            }
            Kind::Object(members) => {
                for m in members {
                    path.push_key(&m.key);
                    walk(&m.value, path, lang, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(root, &mut PathStack::default(), lang, &mut out);
    out
}

/// At most this many diagnostics are listed: past it, the student is told
/// how many of each kind were left out and to fix the first ones (a list of
/// thousands helps nobody, and costs the error page seconds to render).
/// Whether the file is valid does not depend on the cap: it has errors or
/// it has none, listed or not.
pub const MAX_DIAGNOSTICS: usize = 1000;

/// Gives each diagnostic the line and column of its offset, sorted by
/// position (errors first on the same spot), and caps the list at
/// [`MAX_DIAGNOSTICS`]: errors are kept before warnings, so that a file with
/// an error late in it and a thousand warnings before still shows the
/// error; the rest is counted in one last diagnostic, an error when errors
/// were left out and a warning otherwise, so that the cap never changes the
/// verdict.
fn located_at(
    text: &str,
    mut diagnostics: Vec<(usize, Diagnostic)>,
    lang: Lang,
) -> Vec<Diagnostic> {
    let total = diagnostics.len();
    let mut omitted = (0, 0);
    if total > MAX_DIAGNOSTICS {
        // Errors first, each kind in file order, then the cap.
        sort_by_u64_key(&mut diagnostics, |(offset, d)| {
            (u64::from(!d.is_error()) << 63) | *offset as u64
        });
        for (_, d) in &diagnostics[MAX_DIAGNOSTICS..] {
            if d.is_error() {
                omitted.0 += 1;
            } else {
                omitted.1 += 1;
            }
        }
        diagnostics.truncate(MAX_DIAGNOSTICS);
    }
    // Errors first on the same spot.
    sort_by_u64_key(&mut diagnostics, |(offset, d)| {
        ((*offset as u64) << 1) | u64::from(!d.is_error())
    });
    let mut lines = Lines::new(text);
    let mut out: Vec<Diagnostic> = diagnostics
        .into_iter()
        .map(|(offset, mut d)| {
            d.position = Some(lines.position(offset));
            d
        })
        .collect();
    if total > MAX_DIAGNOSTICS {
        out.push(left_out(omitted, out.last().and_then(|d| d.position), lang));
    }
    out
}

/// The last diagnostic of a capped list: how many errors and warnings it
/// leaves out, at the position of the last one listed.
fn left_out(
    (errors, warnings): (usize, usize),
    position: Option<Position>,
    lang: Lang,
) -> Diagnostic {
    let counts = match (errors, warnings) {
        (0, 1) => say!(
            lang,
            "1 autre avertissement n'est pas listé",
            "1 other warning is not listed"
        ),
        (0, w) => say!(
            lang,
            "{w} autres avertissements ne sont pas listés",
            "{w} other warnings are not listed"
        ),
        (1, 0) => say!(
            lang,
            "1 autre erreur n'est pas listée",
            "1 other error is not listed"
        ),
        (e, 0) => say!(
            lang,
            "{e} autres erreurs ne sont pas listées",
            "{e} other errors are not listed"
        ),
        (e, w) => {
            let errors = match e {
                1 => say!(lang, "1 autre erreur", "1 other error"),
                e => say!(lang, "{e} autres erreurs", "{e} other errors"),
            };
            let warnings = match w {
                1 => say!(lang, "1 avertissement", "1 warning"),
                w => say!(lang, "{w} avertissements", "{w} warnings"),
            };
            say!(
                lang,
                "{errors} et {warnings} ne sont pas listés",
                "{errors} and {warnings} are not listed"
            )
        }
    };
    let message = say!(
        lang,
        "{counts} : corrigez d'abord les problèmes listés, puis rechargez",
        "{counts}: fix the listed problems first, then reload"
    );
    let mut d = if errors > 0 {
        Diagnostic::error(JsonPath::root(), message)
    } else {
        Diagnostic::warning(JsonPath::root(), message)
    };
    d.position = position;
    d.left_out = Some(Counts { errors, warnings });
    d
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
            Err(LoadError::NotUtf8 {
                offset: 8,
                line: 2,
                column: 7
            })
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
    fn thousands_of_errors_are_listed_up_to_the_cap_in_one_pass() {
        let n = MAX_DIAGNOSTICS + 500;
        let items = vec![r#"{"teamSize": "deux"}"#; n].join(",\n");
        let d = errors(&format!("{{\"realisations\": [\n{items}\n]}}"));
        assert_eq!(d.len(), MAX_DIAGNOSTICS + 1);
        assert_eq!(d[0].position.map(|p| p.line), Some(2));
        assert_eq!(
            d[MAX_DIAGNOSTICS - 1].path.to_string(),
            format!("realisations[{}].teamSize", MAX_DIAGNOSTICS - 1)
        );
        assert!(
            d[MAX_DIAGNOSTICS]
                .message
                .starts_with("500 autres erreurs ne sont pas listées"),
            "{}",
            d[MAX_DIAGNOSTICS].message
        );
        assert!(d[MAX_DIAGNOSTICS].is_error());
    }

    /// The example with `n` copies of its first réalisation, each without
    /// documents or contribution (two warnings each, no error), and then
    /// `extra` appended to the list.
    fn many_realisations(n: usize, extra: Option<serde_json::Value>) -> String {
        let mut example: serde_json::Value =
            serde_json::from_str(include_str!("../../../data/portfolio.json")).expect("JSON");
        let template = example["realisations"][0].clone();
        let mut list: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let mut r = template.clone();
                let fields = r.as_object_mut().expect("an object");
                fields.insert("id".into(), format!("r-{i:04}").into());
                fields.remove("documents");
                fields.remove("contribution");
                r
            })
            .collect();
        list.extend(extra);
        example["realisations"] = list.into();
        serde_json::to_string_pretty(&example).expect("JSON")
    }

    #[test]
    fn many_warnings_leave_a_valid_portfolio_valid() {
        let loaded = load_str(&many_realisations(1000, None)).expect("valid: no error");
        let w = &loaded.warnings;
        assert_eq!(w.len(), MAX_DIAGNOSTICS + 1);
        assert!(w.iter().all(|d| !d.is_error()));
        let last = &w[MAX_DIAGNOSTICS];
        assert!(
            last.message.ends_with("autres avertissements ne sont pas listés : corrigez d'abord les problèmes listés, puis rechargez"),
            "{}",
            last.message
        );
        let left_out: usize = last.message.split(' ').next().unwrap().parse().unwrap();
        assert!(left_out >= 1000, "two warnings a réalisation: {left_out}");
        let total = crate::diagnostic::tally(w);
        assert_eq!(total.errors, 0);
        assert_eq!(total.warnings, MAX_DIAGNOSTICS + left_out, "the whole file");
    }

    #[test]
    fn an_error_after_a_thousand_warnings_is_listed() {
        let late = serde_json::json!({"id": "tard", "name": "Tard", "competencies": ["B9.9"]});
        let d = errors(&many_realisations(1000, Some(late)));
        let listed: Vec<&Diagnostic> = d.iter().filter(|d| d.is_error()).collect();
        assert!(!listed.is_empty());
        assert!(
            listed
                .iter()
                .all(|d| d.path.to_string().starts_with("realisations[1000]")),
            "{listed:?}"
        );
        let last = d.last().unwrap();
        assert!(!last.is_error(), "only warnings were left out");
        assert!(last
            .message
            .contains("autres avertissements ne sont pas listés"));
        let position = |d: &Diagnostic| d.position.expect("located");
        assert!(
            d[..d.len() - 1]
                .windows(2)
                .all(|w| position(&w[0]) <= position(&w[1])),
            "in file order"
        );
    }

    #[test]
    fn unknown_top_level_keys_are_warned_about() {
        let mut text = String::from("{\"basics\": {\"name\": \"A\"}, \"portefolio\": []}");
        let loaded = load_str(&text).expect("loads");
        assert!(loaded
            .warnings
            .iter()
            .any(|w| w.path.to_string() == "portefolio"));
        text.insert(0, '\u{feff}');
        assert!(load_str(&text).is_ok());
    }

    #[test]
    fn a_misspelt_top_level_key_is_an_error_when_the_right_one_is_missing() {
        let text = "{\"basics\": {\"name\": \"A\"}, \"realisation\": [], \"TechWatch\": {}}";
        let d = load_str(text).expect_err("refused").diagnostics().to_vec();
        let messages: Vec<String> = d
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("{}: {}", d.path, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "realisation: champ « realisation » inconnu : vouliez-vous écrire « realisations » ? Tel quel, son contenu est ignoré",
                "TechWatch: champ « TechWatch » inconnu : vouliez-vous écrire « techWatch » ? Tel quel, son contenu est ignoré",
            ]
        );
        // Beside the right key, the misspelt one is only ignored.
        let both = "{\"basics\": {\"name\": \"A\"}, \"realisations\": [], \"realisation\": []}";
        let loaded = load_str(both).expect("loads");
        assert!(loaded
            .warnings
            .iter()
            .any(|w| w.message.contains("vouliez-vous écrire « realisations »")));
    }

    #[test]
    fn the_sites_reader_reads_what_the_loader_accepts_without_the_rules() {
        let example = include_str!("../../../data/portfolio.json");
        let loaded = load_str(example).expect("the example loads");
        let read = read_checked_bytes(example.as_bytes()).expect("and reads");
        assert_eq!(read.portfolio, loaded.portfolio);
        assert_eq!(read.referential, loaded.referential);
        assert!(read.warnings.is_empty());
        // Size, encoding, syntax and types: refused alike, located alike.
        for bad in [
            &b"  "[..],
            b"{\n\"a\": \"\xff\"}",
            b"{\"basics\": {\"name\": \"A\",}}",
            b"{\"realisations\": [{\"teamSize\": \"deux\"}]}",
            b"[{\"basics\": {\"name\": \"A\"}}]",
        ] {
            assert_eq!(read_checked_bytes(bad), load_bytes(bad));
        }
        assert!(matches!(
            read_checked_bytes(&vec![b' '; MAX_FILE_BYTES + 1]),
            Err(LoadError::TooLarge { .. })
        ));
        // The E5 rules are the build's: a référentiel without competencies
        // is refused by the loader, read by the site.
        let rules = r#"{"basics": {"name": "A"}, "referential": {"id": "b", "title": "B", "competencies": []}}"#;
        assert!(load_str(rules).is_err());
        assert!(read_checked_bytes(rules.as_bytes()).is_ok());
    }
}
