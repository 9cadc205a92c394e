//! `cyberfolio validate`: the site's diagnostics, printed for a terminal
//! (`FILE:LINE:COL: erreur: chemin: message`, coloured when it is one) or as
//! JSON for tools.

use std::io::IsTerminal;
use std::path::Path;

use cyberfolio_model::{load_bytes, Diagnostic, LoadError, Loaded, Severity};
use serde::Serialize;

use crate::{ReportFormat, EXIT_INVALID, EXIT_IO, EXIT_OK};

/// Reads a portfolio file and loads it, or says in French why it could not
/// be read (exit code 2).
pub fn read_and_load(file: &Path) -> Result<Result<Loaded, LoadError>, String> {
    let bytes = std::fs::read(file).map_err(|e| {
        format!(
            "{}: impossible de lire le fichier : {}",
            file.display(),
            io_reason(&e)
        )
    })?;
    Ok(load_bytes(&bytes))
}

/// Reads and loads a portfolio for a command that needs a valid one. On
/// failure, prints why (each diagnostic, then `refusal`, which says what
/// was not done) and gives the exit code.
pub fn load_valid(file: &Path, refusal: &str) -> Result<Loaded, u8> {
    match read_and_load(file) {
        Err(message) => {
            eprintln!("{message}");
            Err(EXIT_IO)
        }
        Ok(Ok(loaded)) => Ok(loaded),
        Ok(Err(LoadError::Invalid(diagnostics))) => {
            for d in &diagnostics {
                eprintln!("{}", line(&file.display().to_string(), d, false));
            }
            eprintln!("{}: {refusal}", file.display());
            Err(EXIT_INVALID)
        }
        Ok(Err(other)) => {
            eprintln!("{}: erreur: {other}", file.display());
            Err(EXIT_INVALID)
        }
    }
}

/// A French reason for the usual I/O errors.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "fichier introuvable".to_string(),
        std::io::ErrorKind::PermissionDenied => "accès refusé".to_string(),
        std::io::ErrorKind::IsADirectory => "c'est un dossier, pas un fichier".to_string(),
        _ => e.to_string(),
    }
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
    let outcome = match read_and_load(file) {
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
        // Size, encoding, emptiness: one error for the whole file.
        Err(other) => (
            vec![Diagnostic::error(
                cyberfolio_model::JsonPath::root(),
                other.to_string(),
            )],
            None,
        ),
    };
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
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
    let label = d.severity.label();
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
