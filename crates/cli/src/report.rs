//! `cyberfolio validate`: the site's diagnostics, printed for a terminal
//! (`FILE:LINE:COL: erreur: chemin: message`, coloured when it is one) or as
//! JSON for tools.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use cyberfolio_model::{load_bytes_with_files, Diagnostic, LoadError, Loaded, Severity, SiteFiles};
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
    let site = site_files(file);
    // Every address the validator asks about: a file of public/documents/
    // that none names is published for nothing.
    let asked = std::cell::RefCell::new(Vec::new());
    let exists = |path: &str| {
        // As the web server does before looking for the file.
        let path = cyberfolio_model::url::percent_decode(path, false);
        let found = site.as_ref().is_some_and(|site| site.has(&path));
        asked.borrow_mut().push(path);
        found
    };
    let files: Option<SiteFiles<'_>> = site.is_some().then_some(&exists);
    let mut outcome = load_bytes_with_files(&bytes, files);
    if let (Some(site), Ok(loaded)) = (&site, &mut outcome) {
        let unnamed = site.unnamed_documents(&asked.borrow());
        if !unnamed.is_empty() {
            loaded.warnings.push(unnamed_warning(&unnamed));
        }
    }
    Ok(outcome)
}

/// The warning for files of `public/documents/` that no link names.
fn unnamed_warning(unnamed: &[String]) -> Diagnostic {
    const SHOWN: usize = 5;
    let mut names: Vec<String> = unnamed
        .iter()
        .take(SHOWN)
        .map(|n| format!("« {n} »"))
        .collect();
    if unnamed.len() > SHOWN {
        names.push(format!("et {} autre(s)", unnamed.len() - SHOWN));
    }
    Diagnostic::warning(
        cyberfolio_model::JsonPath::root(),
        format!(
            "{} fichier(s) de public/documents/ publié(s) sans qu'aucun lien du portfolio n'y mène : {} ; retirez ceux qui ne sont pas à vous (les documents d'exemple du modèle), ou ajoutez-y un lien",
            unnamed.len(),
            names.join(", ")
        ),
    )
}

/// Where the files of the site come from, for a portfolio kept in a copy of
/// the Cyberfolio repository (`data/portfolio.json`, with `public/` beside
/// `data/`): Trunk copies `public/documents/`, `data/` and `schema/` into
/// the site (`index.html`). `None` for a file elsewhere, whose links cannot
/// be compared with anything.
struct SiteSources {
    repository: PathBuf,
}

impl SiteSources {
    /// Whether the site will serve `path` (`documents/cv.pdf`, with its
    /// `%XX` escapes decoded).
    fn has(&self, path: &str) -> bool {
        let relative = Path::new(path);
        if relative.components().any(|c| {
            !matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        }) {
            // `..` or an absolute path: not a file of the site.
            return false;
        }
        let copied_as_is = ["data/", "schema/"].iter().any(|dir| path.starts_with(dir));
        self.repository.join("public").join(relative).is_file()
            || (copied_as_is && self.repository.join(relative).is_file())
    }

    /// The files of `public/documents/` (as `documents/…`, sorted) that
    /// are not among `named`, leaving out hidden files and the folder's
    /// own notes (LISEZMOI, README).
    fn unnamed_documents(&self, named: &[String]) -> Vec<String> {
        fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let upper = name.to_uppercase();
                if name.starts_with('.')
                    || upper.starts_with("LISEZMOI")
                    || upper.starts_with("README")
                {
                    continue;
                }
                let path = format!("{prefix}/{name}");
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    walk(&entry.path(), &path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &self.repository.join("public/documents"),
            "documents",
            &mut files,
        );
        let normal = |p: &str| p.trim_start_matches("./").to_string();
        files.retain(|f| !named.iter().any(|n| normal(n) == *f));
        files.sort();
        files
    }
}

/// The sources of the site of the portfolio `file`, when it is in a
/// repository's `data/` folder with a `public/` folder beside it.
fn site_files(file: &Path) -> Option<SiteSources> {
    let repository = file.parent()?.join("..");
    repository
        .join("public")
        .is_dir()
        .then_some(SiteSources { repository })
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
        Ok(Err(error)) => {
            print_refusal(file, &error, refusal);
            Err(EXIT_INVALID)
        }
    }
}

/// Prints why `file` cannot be used: each diagnostic, then `refusal`
/// (what was not done), or the one error without diagnostics.
pub fn print_refusal(file: &Path, error: &LoadError, refusal: &str) {
    match error {
        LoadError::Invalid(diagnostics) => {
            for d in diagnostics {
                eprintln!("{}", line(&file.display().to_string(), d, false));
            }
            eprintln!("{}: {refusal}", file.display());
        }
        other => eprintln!("{}: erreur: {other}", file.display()),
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
