//! A portfolio file on disk: read, loaded, and checked against the files
//! its site will serve (the repository's `public/documents/`), with the
//! reasons a command gives when it cannot (in French, or in the language
//! asked for). The command line and the build both read portfolios this
//! way.

use std::path::{Path, PathBuf};

use crate::language::Lang;
use crate::say;
use crate::{load_bytes_with_files, Diagnostic, LoadError, Loaded, SiteFiles};

/// Exit code of both commands (`cyberfolio`, `cyberfolio-build`) when the
/// file is valid (or only has warnings, without `--strict`) and the work
/// is done.
pub const EXIT_OK: u8 = 0;
/// Exit code when the portfolio has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code when a file cannot be read or written, or arguments are wrong.
pub const EXIT_IO: u8 = 2;

/// Reads a portfolio file and loads it, with its diagnostics in `lang`,
/// or says in `lang` why it could not be read (exit code 2).
pub fn read_and_load(file: &Path, lang: Lang) -> Result<Result<Loaded, LoadError>, String> {
    let bytes = read(file, lang)?;
    Ok(load_read(file, &bytes, lang))
}

/// A portfolio file read once, and loaded in the language its bytes ask
/// for (`site.language`, found even in a file too broken to load): what
/// the build steps need, which publish the bytes and explain errors in the
/// site's language.
#[derive(Debug)]
pub struct ReadPortfolio {
    /// The file's bytes, as read.
    pub bytes: Vec<u8>,
    /// The language they ask for.
    pub lang: Lang,
    /// The portfolio, or why it cannot be used, in `lang`.
    pub outcome: Result<Loaded, LoadError>,
}

/// Reads `file` and loads it in its own language ([`ReadPortfolio`]), or
/// says in French why it could not be read (exit code 2).
pub fn read_in_its_language(file: &Path) -> Result<ReadPortfolio, String> {
    let bytes = read(file, Lang::default())?;
    let lang = crate::language::language_of_text(&String::from_utf8_lossy(&bytes));
    let outcome = load_read(file, &bytes, lang);
    Ok(ReadPortfolio {
        bytes,
        lang,
        outcome,
    })
}

/// The bytes of a portfolio file, or why it could not be read, in `lang`.
pub fn read(file: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    std::fs::read(file).map_err(|e| {
        let (file, reason) = (file.display(), io_reason_in(&e, lang));
        say!(
            lang,
            "{file}: impossible de lire le fichier : {reason}",
            "{file}: cannot read the file: {reason}"
        )
    })
}

/// Loads the `bytes` read from `file`, with its diagnostics in `lang`: a
/// caller that needs the bytes first (to find the language they ask for)
/// reads the file once.
pub fn load_read(file: &Path, bytes: &[u8], lang: Lang) -> Result<Loaded, LoadError> {
    let site = site_files(file);
    // Every address the validator asks about: a file of public/documents/
    // that none names is published for nothing.
    let asked = std::cell::RefCell::new(Vec::new());
    let exists = |path: &str| {
        // As the web server does before looking for the file.
        let path = crate::url::percent_decode(path, false);
        let found = site.as_ref().is_some_and(|site| site.has(&path));
        asked.borrow_mut().push(path);
        found
    };
    let files: Option<SiteFiles<'_>> = site.is_some().then_some(&exists);
    let mut outcome = load_bytes_with_files(bytes, files, lang);
    if let (Some(site), Ok(loaded)) = (&site, &mut outcome) {
        let unnamed = site.unnamed_documents(&asked.borrow());
        if !unnamed.is_empty() {
            loaded.warnings.push(unnamed_warning(&unnamed, lang));
        }
    }
    outcome
}

/// The warning for files of `public/documents/` that no link names.
fn unnamed_warning(unnamed: &[String], lang: Lang) -> Diagnostic {
    const SHOWN: usize = 5;
    let mut names: Vec<String> = unnamed
        .iter()
        .take(SHOWN)
        .map(|n| say!(lang, "« {n} »", "“{n}”"))
        .collect();
    if unnamed.len() > SHOWN {
        let more = unnamed.len() - SHOWN;
        names.push(say!(lang, "et {more} autre(s)", "and {more} other(s)"));
    }
    let (count, names) = (unnamed.len(), names.join(", "));
    Diagnostic::warning(
        crate::JsonPath::root(),
        say!(
            lang,
            "{count} fichier(s) de public/documents/ publié(s) sans qu'aucun lien du portfolio n'y mène : {names} ; retirez ceux qui ne sont pas à vous (les documents d'exemple du modèle), ou ajoutez-y un lien",
            "{count} file(s) of public/documents/ published without any link of the portfolio leading to them: {names}; remove those that are not yours (the template's example documents), or add a link to them"
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
    site_root(file).map(|repository| SiteSources { repository })
}

/// The repository of the portfolio `file`, when it is in a repository's
/// `data/` folder with a `public/` folder beside it: where the validator
/// looks for the documents it names, and where `cyberfolio build` takes
/// them from.
pub fn site_root(file: &Path) -> Option<PathBuf> {
    let folder = match file.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let named_data = std::path::absolute(&folder)
        .ok()
        .and_then(|folder| folder.file_name().map(|name| name == "data"))
        .unwrap_or(false);
    let repository = folder.join("..");
    (named_data && repository.join("public").is_dir()).then_some(repository)
}

/// What a command prints when `file` cannot be used: each diagnostic as a
/// compiler prints it, then `refusal` (what was not done), or the one error
/// without diagnostics.
pub fn refusal(file: &Path, error: &LoadError, refusal: &str) -> String {
    match error {
        LoadError::Invalid(diagnostics) => {
            let mut lines: Vec<String> = diagnostics
                .iter()
                .map(|d| format!("{}:{d}", file.display()))
                .collect();
            lines.push(format!("{}: {refusal}", file.display()));
            lines.join("\n")
        }
        other => format!("{}: erreur: {other}", file.display()),
    }
}

/// A French reason for the usual I/O errors.
pub fn io_reason(e: &std::io::Error) -> String {
    io_reason_in(e, Lang::French)
}

/// A reason for the usual I/O errors, in `lang` (the others are the
/// system's).
pub fn io_reason_in(e: &std::io::Error, lang: Lang) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => say!(lang, "fichier introuvable", "file not found"),
        std::io::ErrorKind::PermissionDenied => say!(lang, "accès refusé", "permission denied"),
        std::io::ErrorKind::IsADirectory => say!(
            lang,
            "c'est un dossier, pas un fichier",
            "it is a folder, not a file"
        ),
        _ => e.to_string(),
    }
}
