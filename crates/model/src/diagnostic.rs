//! Diagnostics and the one error type of loading a portfolio.

use std::fmt;

use serde::Serialize;

use crate::language::Lang;
use crate::say;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be published as it is.
    Error,
    /// The file loads, but the exam asks for something that is missing.
    Warning,
}

impl Severity {
    /// The word compilers-style output prints: « erreur », « avertissement »
    /// in French, "error", "warning" in English.
    /// English only with the `english-messages` feature, as [`say!`].
    pub fn label(self, lang: Lang) -> &'static str {
        let english = cfg!(feature = "english-messages") && lang == Lang::English;
        match (self, english) {
            (Severity::Error, false) => "erreur",
            (Severity::Warning, false) => "avertissement",
            (Severity::Error, true) => "error",
            (Severity::Warning, true) => "warning",
        }
    }
}

/// One step of a JSON path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// A key of an object.
    Key(String),
    /// An index of an array.
    Index(usize),
}

/// A location inside the portfolio file, as a list of steps from the root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<PathSegment>);

impl JsonPath {
    /// The root of the file.
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// This path followed by an object key.
    pub fn key(&self, key: &str) -> JsonPath {
        let mut next = self.clone();
        next.0.push(PathSegment::Key(key.to_string()));
        next
    }

    /// This path followed by an array index.
    pub fn index(&self, index: usize) -> JsonPath {
        let mut next = self.clone();
        next.0.push(PathSegment::Index(index));
        next
    }

    /// The path as [`Display`](fmt::Display) writes it, with the root
    /// named in `lang`: `(racine)` in French, `(root)` in English.
    pub fn to_string_in(&self, lang: Lang) -> String {
        if self.0.is_empty() {
            return say!(lang, "(racine)", "(root)");
        }
        self.to_string()
    }
}

impl fmt::Display for JsonPath {
    /// `realisations[3].competencies[1]`; the root is written `(racine)`
    /// ([`JsonPath::to_string_in`] names it in another language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(racine)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                PathSegment::Key(key) if i == 0 => f.write_str(key)?,
                PathSegment::Key(key) => write!(f, ".{key}")?,
                PathSegment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

impl Serialize for JsonPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A line and column in the file, both counted from 1 (columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// A size in megabytes with one decimal (« 4,2 Mo »), or in bytes when
/// that would read the same as `other` (« 4 194 400 octets », not « 4,2 Mo ;
/// au plus 4,2 Mo »).
pub(crate) fn megabytes_beside(bytes: usize, other: usize, lang: crate::language::Lang) -> String {
    let t = lang.wording();
    if tenths_of_megabytes(bytes) == tenths_of_megabytes(other) {
        let digits = bytes.to_string();
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(t.thousands_mark());
            }
            grouped.push(d);
        }
        grouped.push_str(t.bytes());
        grouped
    } else {
        megabytes(bytes, lang)
    }
}

/// A size in megabytes with one decimal, as `lang` writes it (« 4,2 Mo »,
/// "4.2 MB"): the validator's limits and `cyberfolio build`'s summary.
pub fn megabytes(bytes: usize, lang: crate::language::Lang) -> String {
    let t = lang.wording();
    let tenths = tenths_of_megabytes(bytes);
    let (mark, unit) = (t.decimal_mark(), t.megabytes());
    format!("{}{mark}{}{unit}", tenths / 10, tenths % 10)
}

/// `bytes` in tenths of a megabyte (10⁶ bytes), rounded.
fn tenths_of_megabytes(bytes: usize) -> usize {
    (bytes + 50_000) / 100_000
}

/// One finding about the portfolio file: where it is and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the JSON structure.
    pub path: JsonPath,
    /// Where in the text, when the file could be read that far.
    pub position: Option<Position>,
    /// What is wrong and how to fix it, in the language the loader was
    /// given (French by default).
    pub message: String,
    /// On the last diagnostic of a list capped at
    /// [`MAX_DIAGNOSTICS`](crate::load::MAX_DIAGNOSTICS): how many of each
    /// kind it stands for, so that totals ([`tally`]) count the whole file.
    #[serde(rename = "leftOut", skip_serializing_if = "Option::is_none")]
    pub left_out: Option<Counts>,
}

/// How many errors and warnings: those a capped list leaves out, or a
/// file's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

/// The errors and warnings of a file, listed or left out of a capped list:
/// what a report's totals say.
pub fn tally(diagnostics: &[Diagnostic]) -> Counts {
    let mut total = Counts {
        errors: 0,
        warnings: 0,
    };
    for d in diagnostics {
        match d.left_out {
            Some(left_out) => {
                total.errors += left_out.errors;
                total.warnings += left_out.warnings;
            }
            None if d.is_error() => total.errors += 1,
            None => total.warnings += 1,
        }
    }
    total
}

impl Diagnostic {
    /// An error at a path.
    pub fn error(path: JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path,
            position: None,
            message: message.into(),
            left_out: None,
        }
    }

    /// A warning at a path.
    pub fn warning(path: JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            path,
            position: None,
            message: message.into(),
            left_out: None,
        }
    }

    /// Whether this diagnostic prevents publishing.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic as [`Display`](fmt::Display) writes it, with its
    /// severity and the root's name in `lang`: `42:17: error: basics: …`.
    /// The message is the one the loader wrote, in the language it was
    /// given.
    pub fn display_in(&self, lang: Lang) -> String {
        let place = match self.position {
            Some(p) => format!("{}:{}: ", p.line, p.column),
            None => String::new(),
        };
        format!(
            "{place}{}: {}: {}",
            self.severity.label(lang),
            self.path.to_string_in(lang),
            self.message
        )
    }
}

impl fmt::Display for Diagnostic {
    /// `42:17: erreur: realisations[3].competencies[1]: …`, the form compilers use
    /// (the file name is the caller's to prepend); French labels, as
    /// [`Diagnostic::display_in`] writes them for [`Lang::French`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_in(Lang::French))
    }
}

/// Everything that can stop a portfolio from being shown, from the network
/// to the last semantic check. The site turns each into a French page with
/// a way out; the command line turns each into an exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered with an HTTP error status.
    Http {
        /// The status code, such as 404.
        status: u16,
    },
    /// The request did not reach the server (offline, DNS, CORS…).
    Network(String),
    /// The server did not answer in time.
    Timeout {
        /// How long we waited.
        seconds: u32,
    },
    /// The file is larger than any real portfolio; refused before parsing.
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The largest size accepted.
        limit: usize,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// Line of that offset, from 1.
        line: usize,
        /// Column of that offset, in characters, from 1.
        column: usize,
    },
    /// The file is empty or blank.
    Empty,
    /// The file was read but has errors (and maybe warnings).
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    /// The located diagnostics, when the file was read.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Invalid(diagnostics) => diagnostics,
            _ => &[],
        }
    }

    /// Whether trying again may help (network trouble), as opposed to a
    /// file that must be fixed first.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LoadError::Http { status: 500.. } | LoadError::Network(_) | LoadError::Timeout { .. }
        )
    }
}

impl LoadError {
    /// The title and the advice as one line in `lang`, as a command prints
    /// an error of the whole file.
    pub fn explained(&self, lang: crate::language::Lang) -> String {
        let title = crate::texts::error_title(lang, self);
        let advice = crate::texts::error_advice(lang, self);
        match lang {
            crate::language::Lang::French => format!("{title} : {advice}"),
            crate::language::Lang::English => format!("{title}: {advice}"),
        }
    }
}

impl fmt::Display for LoadError {
    /// [`LoadError::explained`] in French.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explained(crate::language::Lang::French))
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Lang;
    use crate::texts::{error_advice, error_title};

    #[test]
    fn paths_print_like_javascript_accessors() {
        let p = JsonPath::root()
            .key("realisations")
            .index(3)
            .key("competencies")
            .index(1);
        assert_eq!(p.to_string(), "realisations[3].competencies[1]");
        assert_eq!(JsonPath::root().to_string(), "(racine)");
    }

    #[test]
    fn diagnostics_print_in_compiler_form() {
        let mut d = Diagnostic::error(JsonPath::root().key("basics"), "nom manquant");
        d.position = Some(Position {
            line: 42,
            column: 17,
        });
        assert_eq!(d.to_string(), "42:17: erreur: basics: nom manquant");
        assert_eq!(d.display_in(Lang::French), d.to_string());
        let root = Diagnostic::warning(JsonPath::root(), "x");
        assert_eq!(root.to_string(), "avertissement: (racine): x");
        if cfg!(feature = "english-messages") {
            assert_eq!(
                d.display_in(Lang::English),
                "42:17: error: basics: nom manquant"
            );
            assert_eq!(root.display_in(Lang::English), "warning: (root): x");
        }
    }

    #[test]
    fn every_error_has_french_title_and_advice() {
        let all = [
            LoadError::Http { status: 404 },
            LoadError::Http { status: 503 },
            LoadError::Network("x".into()),
            LoadError::Timeout { seconds: 15 },
            LoadError::TooLarge {
                bytes: 10_000_000,
                limit: 4_000_000,
            },
            LoadError::NotUtf8 {
                offset: 3,
                line: 1,
                column: 4,
            },
            LoadError::Empty,
            LoadError::Invalid(vec![]),
        ];
        for e in all {
            let (title, advice) = (
                error_title(Lang::French, &e),
                error_advice(Lang::French, &e),
            );
            assert!(!title.is_empty() && !advice.is_empty());
        }
        assert!(LoadError::Http { status: 503 }.is_transient());
        assert!(!LoadError::Http { status: 404 }.is_transient());
    }

    #[test]
    fn sizes_that_round_alike_are_given_in_bytes() {
        let too_large = |bytes| {
            let error = LoadError::TooLarge {
                bytes,
                limit: 4_194_304,
            };
            error_advice(Lang::French, &error)
        };
        assert!(
            too_large(10_000_000).starts_with(
                "Le fichier fait 10,0\u{a0}Mo ; un portfolio en fait au plus 4,2\u{a0}Mo."
            ),
            "{}",
            too_large(10_000_000)
        );
        assert!(too_large(4_194_400).starts_with("Le fichier fait 4\u{202f}194\u{202f}400\u{a0}octets ; un portfolio en fait au plus 4\u{202f}194\u{202f}304\u{a0}octets."), "{}", too_large(4_194_400));
    }
}
