//! `cyberfolio validate`: the site's diagnostics, printed for a terminal
//! (`FILE:LINE:COL: erreur: chemin: message`, coloured when it is one) or as
//! JSON for tools, in French or, with `--lang en`, in English.

use std::io::IsTerminal;
use std::path::Path;

use cyberfolio_model::files::{self, read_and_load};
use cyberfolio_model::{Diagnostic, Lang, LoadError, Loaded, Severity};
use serde::Serialize;

use crate::{ReportFormat, EXIT_INVALID, EXIT_IO, EXIT_OK};

/// The French or the English text, as `lang` asks. (The model's `say!`
/// decides by its own crate's feature, which only the model can see.)
pub fn pick<T>(lang: Lang, french: T, english: T) -> T {
    match lang {
        Lang::French => french,
        Lang::English => english,
    }
}

/// Reads and loads a portfolio for a command that needs a valid one. On
/// failure, prints why (each diagnostic, then `refusal`, which says what
/// was not done) and gives the exit code.
pub fn load_valid(file: &Path, refusal: &str) -> Result<Loaded, u8> {
    match read_and_load(file, Lang::French) {
        Err(message) => {
            eprintln!("{message}");
            Err(EXIT_IO)
        }
        Ok(Ok(loaded)) => Ok(loaded),
        Ok(Err(error)) => {
            print_refusal(file, &error, refusal);
            Err(EXIT_INVALID)
        }
    }
}

/// Prints why `file` cannot be used ([`files::refusal`]).
pub fn print_refusal(file: &Path, error: &LoadError, refusal: &str) {
    eprintln!("{}", files::refusal(file, error, refusal));
}

/// What `--format json` prints.
#[derive(Serialize)]
struct JsonReport<'a> {
    file: String,
    valid: bool,
    errors: usize,
    warnings: usize,
    diagnostics: &'a [Diagnostic],
}

/// Runs `validate` and returns its exit code; what it prints is in
/// `lang`.
pub fn validate(file: &Path, format: ReportFormat, strict: bool, lang: Lang) -> u8 {
    let outcome = match read_and_load(file, lang) {
        Ok(outcome) => outcome,
        Err(message) => {
            if format == ReportFormat::Json {
                println!(
                    "{}",
                    serde_json::json!({ "file": file.display().to_string(), "valid": false, "readError": message })
                );
            } else {
                eprintln!("{message}");
            }
            return EXIT_IO;
        }
    };
    let (diagnostics, summary) = match outcome {
        Ok(loaded) => {
            let n = loaded.portfolio.realisations.len();
            let summary = pick(
                lang,
                format!("{n} réalisation(s)"),
                format!("{n} project(s)"),
            );
            (loaded.warnings, Some(summary))
        }
        Err(LoadError::Invalid(diagnostics)) => (diagnostics, None),
        // Size, encoding, emptiness: one error for the whole file, at the
        // first invalid byte for an encoding error. Its text is the error
        // page's, in `lang`.
        Err(other) => {
            let mut d =
                Diagnostic::error(cyberfolio_model::JsonPath::root(), other.explained(lang));
            if let LoadError::NotUtf8 { line, column, .. } = other {
                d.position = Some(cyberfolio_model::Position { line, column });
            }
            (vec![d], None)
        }
    };
    // The whole file's counts, also those a capped list leaves out.
    let total = cyberfolio_model::diagnostic::tally(&diagnostics);
    let (errors, warnings) = (total.errors, total.warnings);
    let failed = errors > 0 || (strict && warnings > 0);
    match format {
        ReportFormat::Json => {
            let report = JsonReport {
                file: file.display().to_string(),
                valid: errors == 0,
                errors,
                warnings,
                diagnostics: &diagnostics,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(e) => eprintln!("{}: {e}", file.display()),
            }
        }
        ReportFormat::Text => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let name = file.display();
            for d in &diagnostics {
                println!("{}", line(&name.to_string(), d, colour, lang));
            }
            let verdict = match (errors, summary) {
                (0, Some(summary)) => pick(
                    lang,
                    format!("valide : {summary}"),
                    format!("valid: {summary}"),
                ),
                _ => pick(
                    lang,
                    "invalide : corrigez les erreurs ci-dessus",
                    "invalid: fix the errors above",
                )
                .to_string(),
            };
            let refused = if strict && warnings > 0 && errors == 0 {
                pick(lang, " (refusé avec --strict)", " (refused with --strict)")
            } else {
                ""
            };
            println!(
                "{name}: {verdict}, {}{refused}",
                pick(
                    lang,
                    format!("{errors} erreur(s), {warnings} avertissement(s)"),
                    format!("{errors} error(s), {warnings} warning(s)"),
                )
            );
        }
    }
    if failed {
        EXIT_INVALID
    } else {
        EXIT_OK
    }
}

/// One diagnostic as a compiler would print it, its severity in `lang`.
pub fn line(file: &str, d: &Diagnostic, colour: bool, lang: Lang) -> String {
    let text = format!("{file}:{}", d.display_in(lang));
    if !colour {
        return text;
    }
    let label = d.severity.label(lang);
    let code = match d.severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
    };
    text.replacen(
        &format!(" {label}:"),
        &format!(" \x1b[{code}m{label}\x1b[0m:"),
        1,
    )
}
