//! `cyberfolio validate`: the site's diagnostics, printed for a terminal
//! (`FILE:LINE:COL: erreur: chemin: message`, coloured when it is one) or as
//! JSON for tools.

use std::io::IsTerminal;
use std::path::Path;

use cyberfolio_model::files::{self, read_and_load};
use cyberfolio_model::{Diagnostic, Lang, LoadError, Loaded, Severity};
use serde::Serialize;

use crate::{ReportFormat, EXIT_INVALID, EXIT_IO, EXIT_OK};

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

/// Runs `validate` and returns its exit code.
pub fn validate(file: &Path, format: ReportFormat, strict: bool) -> u8 {
    let outcome = match read_and_load(file, Lang::French) {
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
            let summary = format!("{} réalisation(s)", loaded.portfolio.realisations.len());
            (loaded.warnings, Some(summary))
        }
        Err(LoadError::Invalid(diagnostics)) => (diagnostics, None),
        // Size, encoding, emptiness: one error for the whole file, at the
        // first invalid byte for an encoding error.
        Err(other) => {
            let mut d = Diagnostic::error(cyberfolio_model::JsonPath::root(), other.to_string());
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
                println!("{}", line(&name.to_string(), d, colour));
            }
            let verdict = match (errors, summary) {
                (0, Some(summary)) => format!("valide : {summary}"),
                _ => "invalide : corrigez les erreurs ci-dessus".to_string(),
            };
            println!(
                "{name}: {verdict}, {errors} erreur(s), {warnings} avertissement(s){}",
                if strict && warnings > 0 && errors == 0 {
                    " (refusé avec --strict)"
                } else {
                    ""
                }
            );
        }
    }
    if failed {
        EXIT_INVALID
    } else {
        EXIT_OK
    }
}

/// One diagnostic as a compiler would print it.
pub fn line(file: &str, d: &Diagnostic, colour: bool) -> String {
    let text = format!("{file}:{d}");
    if !colour {
        return text;
    }
    let label = d.severity.label(Lang::French);
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
